/*
 * mgcsweep.c - turning mark bits back into free slots.
 *
 * After a mark, every span's gcmarkBits say which objects survived.  Sweeping
 * a span is then almost free: the mark bits simply become the alloc bits
 * (the two pointers are swapped and the old alloc bits, cleared, become the
 * next cycle's mark bits), freeindex goes back to 0, and the allocator will
 * find the dead slots with the same bit scan it uses for fresh ones.  No
 * free list is built, no freed object is touched.  A span with no survivor
 * goes back to the page heap whole; a large object is a span of one, so it
 * is either kept or freed.
 *
 * Sweeping is lazy, as in Go: the end of a mark only advances
 * mheap.sweepgen, which turns every span into "unswept" at once (see
 * mcentral.c).  Spans are then swept on demand: by the mcentral when it
 * looks for a span with free slots, by the heap before it grows (reclaim),
 * and all the rest at the start of the next cycle (finishsweep) or by
 * runtime.GC, which returns only once the sweep is complete.  The sweeper's
 * own queue is just the unswept sets of each mcentral in turn.
 *
 * Stress mode (GODEBUG=gcstress=N) poisons every freed object with
 * 0xdeadbeef words, so a live object freed by mistake reads as garbage at
 * once, and mallocgc checks the poison is intact when it reuses the slot.
 */
#include <string.h>

#include "runtime/runtime.h"

void rt_poisonRange(uintptr_t p, uintptr_t n)
{
	uint64_t *w = (uint64_t *)p;

	for (uintptr_t i = 0; i < n / 8; i++)
		w[i] = RT_POISON;
}

/*
 * Sweep s.  preserve: the caller (mcentral.cacheSpan) keeps the span, so
 * neither free it nor file it in a set.  Returns true if s went back to the
 * heap.
 */
bool rt_sweepspan(mspan *s, bool preserve)
{
	uint32_t sg = rt_mheap.sweepgen;
	uint8_t sizeclass = rt_spanClassSize(s->spanclass);
	uintptr_t nwords = (s->nelems + 63) / 64, nalloc = 0, nfreed;
	uint64_t *old;

	if (s->state != mSpanInUse || s->sweepgen != sg - 2)
		rt_throw("mspan.sweep: bad span state");
	s->sweepgen = sg - 1;

	for (uintptr_t i = 0; i < nwords; i++) {
		uint64_t marks = s->gcmarkBits[i];
		if (i == nwords - 1 && s->nelems % 64)
			marks &= ((uint64_t)1 << (s->nelems % 64)) - 1;
		s->gcmarkBits[i] = marks;
		nalloc += (uintptr_t)__builtin_popcountll(marks);
	}
	if (nalloc > s->allocCount)
		rt_throw("sweep increased allocation count");
	nfreed = s->allocCount - nalloc;

	if (rt_gcstress && nfreed > 0 && sizeclass != 0) {
		/* Allocated before this sweep: below freeindex, or set in allocBits. */
		for (uintptr_t i = 0; i < s->nelems; i++) {
			bool allocated = i < s->freeindex || (s->allocBits[i / 64] >> (i % 64) & 1);
			bool marked = s->gcmarkBits[i / 64] >> (i % 64) & 1;
			if (allocated && !marked)
				rt_poisonRange(s->startAddr + i * s->elemsize, s->elemsize);
		}
	}

	/* The marks become the alloc bits; the old alloc bits, cleared, the next marks. */
	old = s->allocBits;
	s->allocBits = s->gcmarkBits;
	s->gcmarkBits = old;
	memset(old, 0, nwords * 8);
	s->allocCount = (uint16_t)nalloc;
	s->freeindex = 0;
	rt_refillAllocCache(s, 0);
	s->sweepgen = sg;

	if (sizeclass != 0) {
		if (nfreed > 0) {
			s->needzero = 1;
			__atomic_fetch_add(&rt_memstats.smallFreeCount[sizeclass], nfreed, __ATOMIC_RELAXED);
		}
		if (preserve)
			return false;
		if (nalloc == 0) {
			rt_mheap_freeSpan(s);
			return true;
		}
		rt_mcentral_pushSwept(&rt_central[s->spanclass], s, nalloc == s->nelems);
		return false;
	}

	/* A large object: kept or freed whole. */
	if (nfreed > 0) {
		__atomic_fetch_add(&rt_memstats.largeFree, s->npages * RT_PAGE_SIZE, __ATOMIC_RELAXED);
		__atomic_fetch_add(&rt_memstats.largeFreeCount, 1, __ATOMIC_RELAXED);
		if (!preserve) {
			rt_mheap_freeSpan(s);
			return true;
		}
	}
	if (!preserve) {
		s->freeindex = 1;       /* the one object is allocated: nothing to hand out */
		s->allocCache = 0;
		rt_mcentral_pushSwept(&rt_central[s->spanclass], s, true);
	}
	return false;
}

/*
 * Sweep one span that still needs it.  Returns the pages it gave back to the
 * heap (0 if it survived), or ~0 when nothing is left to sweep.
 */
uintptr_t rt_sweepone(void)
{
	mheap *h = &rt_mheap;

	while (!h->sweepdone) {
		uintptr_t i = __atomic_load_n(&h->sweepCentral, __ATOMIC_RELAXED);
		mspan *s;

		if (i >= RT_NUM_SPAN_CLASSES) {
			h->sweepdone = true;
			break;
		}
		s = rt_mcentral_popUnswept(&rt_central[i]);
		if (!s) {
			__atomic_compare_exchange_n(&h->sweepCentral, &i, i + 1, false, __ATOMIC_RELAXED,
						    __ATOMIC_RELAXED);
			continue;
		}
		{
			uintptr_t npages = s->npages;
			return rt_sweepspan(s, false) ? npages : 0;
		}
	}
	return ~(uintptr_t)0;
}

void rt_finishsweep(void)
{
	while (rt_sweepone() != ~(uintptr_t)0)
		;
}
