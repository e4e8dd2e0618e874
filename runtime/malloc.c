/*
 * malloc.c - mallocgc and the entry points generated code calls.
 *
 * Go's allocator is a cascade of caches, each a little slower and a little
 * more shared than the one before: the tiny block inside the mcache, the
 * mcache's span for the size class, the mcentral's partially free spans, and
 * at the bottom the page heap.  Almost every allocation is served by the
 * first two, and those two touch only the calling P's data, which is why
 * mallocgc stays short on the fast path: a table lookup for the size class,
 * a count-trailing-zeros on the span's allocCache, a store of the heap
 * bitmap if the object has pointers.  Everything slower lives in other files.
 *
 * Three sizes of objects take three paths, exactly as in Go:
 *  - tiny: pointer-free and under 16 bytes.  Several share one 16-byte
 *    block, aligned by their size; the block is freed only when all of them
 *    are dead, which is safe because nothing in them is ever scanned and
 *    bounded (at most 2x waste) because the block is small.
 *  - small: up to 32 KiB, rounded up to the size class, carved from a span
 *    of that class; pointer-free and pointerful objects use different spans
 *    (spanClass = sizeclass<<1 | noscan), so the collector skips noscan spans
 *    without looking inside.
 *  - large: a span of their own, straight from the heap, rounded to pages.
 *
 * Memory is zeroed only when it may hold stale data (span.needzero); fresh
 * pages from the OS are already zero.  Objects with pointers are always
 * cleared, whatever the caller's needzero says, because the collector will
 * read every pointer slot; the one exception is growslice's allocation,
 * which fills the prefix it copies before a cycle can start, and so clears
 * only the rest.
 *
 * The collector is started from here, on the slow paths only (a span refill
 * or a large object), when the heap has grown past the pacer's trigger: the
 * check costs nothing on the fast path, and a span refill happens at most
 * once per span of allocation, which is often enough for pacing (Go 1.19
 * does the same).
 */
#include <string.h>

#include "runtime/runtime.h"

uintptr_t rt_zerobase;

/* Go's nextFreeFast: the next slot from allocCache alone, or 0. */
static inline uintptr_t nextFreeFast(mspan *s)
{
	uint64_t cache = s->allocCache;
	unsigned theBit;
	uintptr_t result, freeidx;

	if (!cache)
		return 0;
	theBit = (unsigned)__builtin_ctzll(cache);
	result = s->freeindex + theBit;
	if (result >= s->nelems)
		return 0;
	freeidx = result + 1;
	/* Crossing into the next 64 slots needs a cache refill: leave that to nextFree. */
	if (freeidx % 64 == 0 && freeidx != s->nelems)
		return 0;
	s->allocCache = (cache >> theBit) >> 1;
	s->freeindex = freeidx;
	s->allocCount++;
	return s->startAddr + result * s->elemsize;
}

/*
 * In stress mode every free slot holds either zeros (never used) or poison
 * (freed by a sweep).  Anything else means a freed object was written after
 * the collector freed it: the object was live and the collector was wrong.
 */
static void checkPoison(uintptr_t x, uintptr_t n)
{
	for (uintptr_t i = 0; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, (void *)(x + i), 8);
		if (w != 0 && w != RT_POISON)
			rt_throw("gcstress: freed object was written after it was freed (live object collected?)");
	}
}

/* Go's mcache.nextFree: the slow path, refilling the span when it is full. */
static uintptr_t nextFree(mcache *c, spanClass spc, mspan **sp, bool *shouldhelpgc)
{
	mspan *s = c->alloc[spc];
	uintptr_t freeIndex = rt_nextFreeIndex(s);
	uintptr_t v;

	if (freeIndex == s->nelems) {
		if (s->allocCount != s->nelems)
			rt_throw("s.allocCount != s.nelems && freeIndex == s.nelems");
		s = rt_mcache_refill(c, spc);
		*shouldhelpgc = true;
		freeIndex = rt_nextFreeIndex(s);
	}
	if (freeIndex >= s->nelems)
		rt_throw("freeIndex is not valid");
	v = s->startAddr + freeIndex * s->elemsize;
	s->allocCount++;
	if (s->allocCount > s->nelems)
		rt_throw("s.allocCount > s.nelems");
	*sp = s;
	return v;
}

/*
 * The allocation proper: a slot of at least size bytes with its heap bits
 * written, not cleared.  *stale says whether it may hold old data (the tiny
 * block is always clean), *helpgc whether a slow path ran and the caller
 * should check the GC trigger once the object is initialised.
 */
static inline uintptr_t allocate(uintptr_t size, const GoType *typ, uintptr_t *slot, bool *stale, bool *helpgc)
{
	mcache *c = &rt_mcache0;
	bool noscan = typ == NULL || typ->ptrdata == 0;
	uintptr_t dataSize = size, x;
	mspan *s;

	if (__builtin_expect(rt_gcstress != 0, 0) && ++rt_gcstressCount % (uint64_t)rt_gcstress == 0)
		rt_gcStart(gcTriggerStress);
	*stale = false;
	if (size <= RT_MAX_SMALL_SIZE) {
		if (noscan && size < RT_TINY_SIZE) {
			uintptr_t off = c->tinyoffset;

			if ((size & 7) == 0)
				off = (off + 7) & ~(uintptr_t)7;
			else if ((size & 3) == 0)
				off = (off + 3) & ~(uintptr_t)3;
			else if ((size & 1) == 0)
				off = (off + 1) & ~(uintptr_t)1;
			if (off + size <= RT_TINY_SIZE && c->tiny != 0) {
				x = c->tiny + off;
				c->tinyoffset = off + size;
				c->tinyAllocs++;
				*slot = size;
				return x;
			}
			s = c->alloc[RT_TINY_SPAN_CLASS];
			x = nextFreeFast(s);
			if (!x)
				x = nextFree(c, RT_TINY_SPAN_CLASS, &s, helpgc);
			if (__builtin_expect(rt_gcstress != 0, 0))
				checkPoison(x, RT_TINY_SIZE);
			((uint64_t *)x)[0] = 0;
			((uint64_t *)x)[1] = 0;
			/* Keep whichever block has more room left. */
			if (size < c->tinyoffset || c->tiny == 0) {
				c->tiny = x;
				c->tinyoffset = size;
			}
			*slot = size;
			return x;
		} else {
			uint8_t sizeclass = rt_sizeToClass(size);
			spanClass spc = rt_makeSpanClass(sizeclass, noscan);

			size = rt_class_to_size[sizeclass];
			s = c->alloc[spc];
			x = nextFreeFast(s);
			if (!x)
				x = nextFree(c, spc, &s, helpgc);
			if (__builtin_expect(rt_gcstress != 0, 0))
				checkPoison(x, size);
		}
	} else {
		*helpgc = true;
		s = rt_mcache_allocLarge(c, size, noscan);
		x = s->startAddr;
		size = s->elemsize;
		if (__builtin_expect(rt_gcstress != 0, 0))
			checkPoison(x, size);
	}
	*stale = s->needzero;
	*slot = size;
	if (!noscan)
		rt_heapBitsSetType(x, size, dataSize, typ);
	return x;
}

/*
 * A concurrent collector would mark a new object when gcphase != _GCoff
 * (allocate black); ours stops the world, so a cycle only ever starts here,
 * after the object is initialised, never during an allocation.
 */
static inline void helpGC(bool helpgc)
{
	if (helpgc && rt_gcTriggerTest())
		rt_gcStart(gcTriggerHeap);
}

void *rt_mallocgc(uintptr_t size, const GoType *typ, bool needzero)
{
	bool stale, helpgc = false;
	uintptr_t slot, x;

	if (__builtin_expect(!rt_mallocinited, 0))
		rt_mallocinit();
	if (size == 0)
		return &rt_zerobase;
	x = allocate(size, typ, &slot, &stale, &helpgc);
	/* The collector will read every word of a pointerful object: clear it whatever the caller says. */
	if (stale && (needzero || (typ && typ->ptrdata)))
		memset((void *)x, 0, slot);
	helpGC(helpgc);
	return (void *)x;
}

/*
 * growslice's allocation: size bytes for an array of typ (NULL: no
 * pointers) whose first n bytes are copied from src and whose bytes from
 * zeroFrom (>= n) on are cleared; [n, zeroFrom) is left for the caller to
 * overwrite.  The collector cannot run between allocate and the end of the
 * copy, so the copied prefix never needs clearing first, even when it holds
 * pointers (Go clears it because its collector may scan the object
 * concurrently); and memory fresh from the OS is already zero.
 */
void *rt_mallocgcCopy(uintptr_t size, const GoType *typ, const void *src, uintptr_t n, uintptr_t zeroFrom)
{
	bool stale, helpgc = false;
	uintptr_t slot, x;

	if (__builtin_expect(!rt_mallocinited, 0))
		rt_mallocinit();
	if (size == 0)
		return &rt_zerobase;
	x = allocate(size, typ, &slot, &stale, &helpgc);
	if (n)
		memmove((void *)x, src, n);
	if (stale && zeroFrom < size)
		memset((void *)(x + zeroFrom), 0, size - zeroFrom);
	helpGC(helpgc);
	return (void *)x;
}

void *rt_newobject(const GoType *typ)
{
	return rt_mallocgc(typ->size, typ, true);
}
