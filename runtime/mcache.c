/*
 * mcache.c - the per-P allocation cache.
 *
 * The point of an mcache is that the common allocation touches nothing
 * shared: it owns one span per span class and carves objects out of it with
 * a bit scan (malloc.c's nextFreeFast), no lock, no atomic.  Only when the
 * span is used up does it go to the mcentral for another (refill).  minigo
 * has one P, so there is one mcache, rt_mcache0; everything shared that the
 * refill path touches is locked or atomic, so more Ps would need only more
 * mcaches.
 *
 * Statistics follow Go 1.19's bargain: a refill counts every free slot of the
 * new span as allocated right away (smallAllocCount, heapLive), and
 * releaseAll subtracts the slots that were not used when the span goes back.
 * So the fast path keeps no counters, and whoever needs exact numbers
 * (ReadMemStats, the collector) flushes the cache first.
 *
 * Every slot of alloc[] starts out as rt_emptymspan, a span with no free
 * slots, so the fast path never tests for NULL: an empty cache just fails
 * its first bit scan and refills.
 */
#include "runtime/runtime.h"

mcache rt_mcache0;
mspan rt_emptymspan;

mspan *rt_mcache_refill(mcache *c, spanClass spc)
{
	mspan *s = c->alloc[spc];
	uint8_t sizeclass = rt_spanClassSize(spc);

	if (s != &rt_emptymspan) {
		if (s->allocCount != s->nelems)
			rt_throw("refill of span with free space remaining");
		rt_mcentral_uncacheSpan(&rt_central[spc], s);
	}
	s = rt_mcentral_cacheSpan(&rt_central[spc]);
	__atomic_fetch_add(&rt_memstats.smallAllocCount[sizeclass], s->nelems - s->allocCount, __ATOMIC_RELAXED);
	__atomic_fetch_add(&rt_gcController.heapLive, s->npages * RT_PAGE_SIZE - (uint64_t)s->allocCount * s->elemsize,
			   __ATOMIC_RELAXED);
	c->alloc[spc] = s;
	return s;
}

mspan *rt_mcache_allocLarge(mcache *c, uintptr_t size, bool noscan)
{
	uintptr_t npages;
	spanClass spc = rt_makeSpanClass(0, noscan);
	mspan *s;

	if (size + RT_PAGE_SIZE < size)
		rt_throw("runtime: out of memory");
	npages = (size + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
	s = rt_mheap_alloc(npages, spc);
	__atomic_fetch_add(&rt_memstats.largeAlloc, npages * RT_PAGE_SIZE, __ATOMIC_RELAXED);
	__atomic_fetch_add(&rt_memstats.largeAllocCount, 1, __ATOMIC_RELAXED);
	__atomic_fetch_add(&rt_gcController.heapLive, npages * RT_PAGE_SIZE, __ATOMIC_RELAXED);
	/* Interior pointers past the requested size do not keep the object alive. */
	s->limit = s->startAddr + size;
	s->freeindex = 1;
	s->allocCount = 1;
	s->allocCache = 0;
	/* In the swept full set, where the sweeper will look for it. */
	rt_mcentral_pushSwept(&rt_central[spc], s, true);
	return s;
}

/* Give every cached span back (GC start, ReadMemStats), correcting the stats. */
void rt_mcache_releaseAll(mcache *c)
{
	for (int i = 0; i < RT_NUM_SPAN_CLASSES; i++) {
		mspan *s = c->alloc[i];
		uintptr_t n;

		if (s == &rt_emptymspan)
			continue;
		n = s->nelems - s->allocCount;
		if (n > 0) {
			__atomic_fetch_sub(&rt_memstats.smallAllocCount[rt_spanClassSize((spanClass)i)], n, __ATOMIC_RELAXED);
			__atomic_fetch_sub(&rt_gcController.heapLive, (uint64_t)n * s->elemsize, __ATOMIC_RELAXED);
		}
		rt_mcentral_uncacheSpan(&rt_central[i], s);
		c->alloc[i] = &rt_emptymspan;
	}
	c->tiny = 0;
	c->tinyoffset = 0;
	__atomic_fetch_add(&rt_memstats.tinyAllocCount, c->tinyAllocs, __ATOMIC_RELAXED);
	c->tinyAllocs = 0;
}
