/*
 * mheap.c - the page heap: arenas, the page allocator, spans.
 *
 * Go reserves its heap in 64 MiB arenas of address space and commits them a
 * 4 MiB chunk at a time as the heap grows.  We do the same with mmap: an
 * arena is reserved PROT_NONE (free address space, no memory), and a chunk is
 * made readable and writable when the page allocator runs out of free pages.
 * The first reservation asks for Go's own hint, 0xc000000000, so heap
 * addresses look like Go's (0xc000012345); if the kernel or a sanitizer has
 * something there we take what mmap gives and align it.
 *
 * Each arena carries a heapArena record, off-heap and as lazily committed as
 * the arena itself: the heap bitmap (mbitmap.c), the page -> span table that
 * makes "which object does this pointer point into" O(1), and the page
 * allocator's bitmaps.  Arenas are found from an address through one flat
 * index of 4M entries (Go's arenas[0][L2] on amd64: 48-bit addresses, 64 MiB
 * arenas), reserved once; only the pages of it we touch cost memory.
 *
 * The page allocator is a bitmap, one bit per page, searched first-fit from
 * the lowest address, as Go's pageAlloc is since Go 1.14 (Go adds a radix
 * tree of summaries to make the search O(log n); our heaps are small enough
 * that scanning 128 words per arena, with a hint that skips full arenas,
 * costs less than the summaries would to maintain).  Free runs coalesce by
 * construction: freeing a span clears its bits, and the next search sees one
 * longer run.  A run may cross from one arena into the next only when the
 * arenas are contiguous and the request is at least a chunk (512 pages), so
 * small-object spans always lie inside one arena and their bitmap work never
 * checks for arena boundaries.
 *
 * A second bitmap, pageScav, marks free pages whose memory went back to the
 * OS (the scavenger, rt_mheap_scavenge).  Memory is zero when first mapped;
 * each arena's zeroedBase watermark remembers how far pages have been handed
 * out, so a span made of never-used pages skips zeroing (needzero = 0).
 *
 * Locking: rt_mheap.lock guards the page allocator, the span records and the
 * heap byte counts.  mheap_alloc may sweep (to reuse memory before growing),
 * which takes mcentral locks and the heap lock itself, so it sweeps before it
 * takes the lock: the order is mcentral -> mheap, never the reverse.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/runtime.h"

mheap rt_mheap = { .lock = PTHREAD_MUTEX_INITIALIZER };
bool rt_mallocinited;

static pthread_mutex_t initlock = PTHREAD_MUTEX_INITIALIZER;

/* ---- talking to the OS ---- */

static void *sysAllocOS(uintptr_t n)
{
	void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		rt_throw("runtime: out of memory");
	return p;
}

/* Address space only, aligned to an arena; 0 if the OS refuses. */
static uintptr_t sysReserveAligned(uintptr_t hint, uintptr_t n)
{
	void *p = mmap((void *)hint, n, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	uintptr_t a, end;

	if (p != MAP_FAILED && ((uintptr_t)p & (RT_ARENA_BYTES - 1)) == 0)
		return (uintptr_t)p;
	if (p != MAP_FAILED)
		munmap(p, n);
	p = mmap(NULL, n + RT_ARENA_BYTES, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		return 0;
	a = ((uintptr_t)p + RT_ARENA_BYTES - 1) & ~(uintptr_t)(RT_ARENA_BYTES - 1);
	end = (uintptr_t)p + n + RT_ARENA_BYTES;
	if (a > (uintptr_t)p)
		munmap(p, a - (uintptr_t)p);
	if (end > a + n)
		munmap((void *)(a + n), end - (a + n));
	return a;
}

/* ---- span records (Go's fixalloc for mspan) ---- */

static mspan *spanalloc(void)
{
	mspan *s = rt_mheap.spanFree;

	if (!s) {
		enum { CHUNK = 64 << 10 };
		uint8_t *p = sysAllocOS(CHUNK);
		for (uintptr_t off = 0; off + sizeof(mspan) <= CHUNK; off += sizeof(mspan)) {
			mspan *t = (mspan *)(p + off);
			t->next = rt_mheap.spanFree;
			rt_mheap.spanFree = t;
		}
		rt_mheap.mspanSys += CHUNK;
		s = rt_mheap.spanFree;
	}
	rt_mheap.spanFree = s->next;
	rt_mheap.spanInuse++;
	return s;
}

static void spanfree(mspan *s)
{
	s->state = mSpanDead;
	s->next = rt_mheap.spanFree;
	rt_mheap.spanFree = s;
	rt_mheap.spanInuse--;
}

/* ---- arenas ---- */

static void registerArena(uintptr_t base)
{
	mheap *h = &rt_mheap;
	heapArena *ha = sysAllocOS(sizeof(heapArena));
	uintptr_t i;

	ha->base = base;
	memset(ha->pageAlloc, 0xff, sizeof ha->pageAlloc); /* nothing is mapped yet */
	h->gcSys += sizeof(heapArena);
	h->otherSys += 4096;    /* the page of the arena index this entry lands in, at most */
	h->arenas[rt_arenaIndex(base) & (((uintptr_t)1 << RT_ARENA_L2_BITS) - 1)] = ha;
	if (h->nallArenas == h->capAllArenas) {
		uintptr_t ncap = h->capAllArenas ? 2 * h->capAllArenas : 64;
		heapArena **n = sysAllocOS(ncap * sizeof *n);
		if (h->nallArenas)
			memcpy(n, h->allArenas, h->nallArenas * sizeof *n);
		if (h->allArenas)
			munmap(h->allArenas, h->capAllArenas * sizeof *n);
		h->otherSys += (ncap - h->capAllArenas) * sizeof *n;
		h->allArenas = n;
		h->capAllArenas = ncap;
	}
	for (i = h->nallArenas; i > 0 && h->allArenas[i - 1]->base > base; i--)
		h->allArenas[i] = h->allArenas[i - 1];
	h->allArenas[i] = ha;
	h->nallArenas++;
	if (i < h->searchHint)
		h->searchHint = i;
	if (h->arenaMin == 0 || base < h->arenaMin)
		h->arenaMin = base;
	if (base + RT_ARENA_BYTES > h->arenaMax)
		h->arenaMax = base + RT_ARENA_BYTES;
}

static uintptr_t arenaOrdinal(const heapArena *ha)
{
	uintptr_t lo = 0, hi = rt_mheap.nallArenas;

	while (lo < hi) {
		uintptr_t mid = (lo + hi) / 2;
		if (rt_mheap.allArenas[mid]->base < ha->base)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Set or clear the page-allocator bits of [base, base+npages*P), which may
 * cross contiguous arenas.  Returns how many of the pages had been released
 * to the OS (their scav bits are cleared when allocating).
 */
static uintptr_t markPages(uintptr_t base, uintptr_t npages, bool inuse)
{
	uintptr_t released = 0;

	for (uintptr_t p = base; p < base + npages * RT_PAGE_SIZE; p += RT_PAGE_SIZE) {
		heapArena *ha = rt_arenaOf(p);
		uintptr_t i = (p - ha->base) >> RT_PAGE_SHIFT;
		uint64_t bit = (uint64_t)1 << (i % 64);

		if (inuse) {
			ha->pageAlloc[i / 64] |= bit;
			if (ha->pageScav[i / 64] & bit) {
				ha->pageScav[i / 64] &= ~bit;
				released++;
			}
		} else {
			ha->pageAlloc[i / 64] &= ~bit;
		}
	}
	return released;
}

/* Map [base, base+n) read-write and hand it to the page allocator.  As
 * Go's sysMap, the pages are mapped anew with a commit charge (the
 * reservation was address space only): a request the OS cannot back, such
 * as make([]byte, 1<<40) on a machine without a terabyte, fails here at
 * once, as in Go, instead of when the pages are touched. */
static void sysMap(uintptr_t base, uintptr_t n)
{
	void *p = mmap((void *)base, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p == MAP_FAILED)
		rt_throw("runtime: out of memory");
	markPages(base, n / RT_PAGE_SIZE, false);
	rt_mheap.heapFree += n;
	for (uintptr_t i = 0; i < rt_mheap.nallArenas; i++)
		if (rt_mheap.allArenas[i]->base <= base && base < rt_mheap.allArenas[i]->base + RT_ARENA_BYTES) {
			if (i < rt_mheap.searchHint)
				rt_mheap.searchHint = i;
			break;
		}
}

/*
 * Go's mheap.grow: add at least npages to the page allocator, in whole
 * chunks, from the current reservation; reserve more arenas when it runs
 * out, contiguous with the last if the OS agrees.
 */
static void grow(uintptr_t npages)
{
	mheap *h = &rt_mheap;
	uintptr_t ask = ((npages + RT_CHUNK_PAGES - 1) / RT_CHUNK_PAGES) * RT_CHUNK_PAGES * RT_PAGE_SIZE;

	if (h->curArenaEnd - h->curArenaBase < ask) {
		uintptr_t n = (ask + RT_ARENA_BYTES - 1) & ~(uintptr_t)(RT_ARENA_BYTES - 1);
		uintptr_t hint = h->curArenaEnd ? h->curArenaEnd : (uintptr_t)0xc000000000;
		uintptr_t v = sysReserveAligned(hint, n);

		if (!v)
			rt_throw("runtime: out of memory");
		for (uintptr_t a = v; a < v + n; a += RT_ARENA_BYTES)
			registerArena(a);
		if (v == h->curArenaEnd && h->curArenaEnd) {
			h->curArenaEnd += n;
		} else {
			/* Not contiguous: what is left of the old reservation becomes free heap. */
			if (h->curArenaEnd > h->curArenaBase)
				sysMap(h->curArenaBase, h->curArenaEnd - h->curArenaBase);
			h->curArenaBase = v;
			h->curArenaEnd = v + n;
		}
	}
	sysMap(h->curArenaBase, ask);
	h->curArenaBase += ask;
}

/*
 * First fit, lowest address.  Runs restart at every arena boundary unless the
 * request is at least a chunk and the arenas touch.
 */
static uintptr_t findRun(uintptr_t npages)
{
	mheap *h = &rt_mheap;
	uintptr_t run = 0, start = 0, prevEnd = 0;
	bool full = true;

	for (uintptr_t ai = h->searchHint; ai < h->nallArenas; ai++) {
		heapArena *ha = h->allArenas[ai];
		bool arenaFull = true;

		if (ha->base != prevEnd || npages < RT_CHUNK_PAGES)
			run = 0;
		for (uintptr_t w = 0; w < RT_PAGES_PER_ARENA / 64; w++) {
			uint64_t word = ha->pageAlloc[w];
			uintptr_t pbase = ha->base + w * 64 * RT_PAGE_SIZE;

			if (word == ~(uint64_t)0) {
				run = 0;
				continue;
			}
			arenaFull = false;
			if (npages == 1)
				return pbase + (uintptr_t)__builtin_ctzll(~word) * RT_PAGE_SIZE;
			if (word == 0) {
				if (run == 0)
					start = pbase;
				run += 64;
				if (run >= npages)
					return start;
				continue;
			}
			for (unsigned b = 0; b < 64; b++) {
				if (word >> b & 1) {
					run = 0;
					continue;
				}
				if (run == 0)
					start = pbase + b * RT_PAGE_SIZE;
				if (++run >= npages)
					return start;
			}
		}
		if (arenaFull && full && ai == h->searchHint)
			h->searchHint = ai + 1;
		else
			full = false;
		prevEnd = ha->base + RT_ARENA_BYTES;
	}
	return 0;
}

/*
 * Transparent huge pages, as Go 1.19 asks for them.  When a span takes
 * pages that are fresh or were released, the 2 MiB pages wholly inside it
 * are marked MADV_HUGEPAGE: a big object (a large map's bucket array, a
 * long slice) then costs one TLB entry per 2 MiB instead of 512, which is
 * most of a random lookup's cost once the table outgrows the TLB's reach.
 * Spans smaller than a huge page never qualify.  Releasing part of a huge
 * page (sysUnused) marks the huge pages at the ends of the released run
 * MADV_NOHUGEPAGE, so that the kernel does not fill the released part back
 * in by collapsing the page again.  With THP off both calls do nothing.
 */
enum { HUGE_PAGE = 2 << 20 };

static void sysHugePage(uintptr_t v, uintptr_t n)
{
	uintptr_t beg = (v + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	uintptr_t end = (v + n) & ~(uintptr_t)(HUGE_PAGE - 1);

	if (beg < end)
		madvise((void *)beg, end - beg, MADV_HUGEPAGE);
}

static void sysUnused(uintptr_t v, uintptr_t n)
{
	uintptr_t head = 0, tail = 0;

	if (v & (HUGE_PAGE - 1))
		head = v & ~(uintptr_t)(HUGE_PAGE - 1);
	if ((v + n) & (HUGE_PAGE - 1))
		tail = (v + n - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	if (head)
		madvise((void *)head, HUGE_PAGE, MADV_NOHUGEPAGE);
	if (tail && tail != head)
		madvise((void *)tail, HUGE_PAGE, MADV_NOHUGEPAGE);
	madvise((void *)v, n, MADV_DONTNEED);
}

/*
 * Go's allocNeedsZero: has any of these pages been handed out before?
 * *fresh: has any of them never been (Go counts those as scavenged).
 */
static bool allocNeedsZero(uintptr_t base, uintptr_t npages, bool *fresh)
{
	bool needzero = false;
	uintptr_t end = base + npages * RT_PAGE_SIZE;

	while (base < end) {
		heapArena *ha = rt_arenaOf(base);
		uintptr_t aend = ha->base + RT_ARENA_BYTES;
		uintptr_t lo = base - ha->base, hi = (end < aend ? end : aend) - ha->base;

		if (lo < ha->zeroedBase)
			needzero = true;
		if (hi > ha->zeroedBase) {
			*fresh = true;
			ha->zeroedBase = hi;
		}
		base = ha->base + hi;
	}
	return needzero;
}

static void setSpans(mspan *s, mspan *v)
{
	for (uintptr_t p = s->startAddr; p < s->startAddr + s->npages * RT_PAGE_SIZE; p += RT_PAGE_SIZE) {
		heapArena *ha = rt_arenaOf(p);
		ha->spans[(p - ha->base) >> RT_PAGE_SHIFT] = v;
	}
}

/*
 * Go's reclaim: while last cycle's sweep is unfinished, sweep until npages
 * have come back to the heap, so the heap reuses garbage before it grows.
 */
static void reclaim(uintptr_t npages)
{
	uintptr_t got = 0;

	while (got < npages && !rt_mheap.sweepdone) {
		uintptr_t n = rt_sweepone();
		if (n == ~(uintptr_t)0)
			break;
		got += n;
	}
}

mspan *rt_mheap_alloc(uintptr_t npages, spanClass spc)
{
	mheap *h = &rt_mheap;
	uint8_t sizeclass = rt_spanClassSize(spc);
	uintptr_t base, released;
	bool fresh = false;
	mspan *s;

	if (!h->sweepdone)
		reclaim(npages);
	pthread_mutex_lock(&h->lock);
	base = findRun(npages);
	if (!base) {
		grow(npages);
		base = findRun(npages);
		if (!base)
			rt_throw("runtime: out of memory");
	}
	released = markPages(base, npages, true);
	h->heapReleased -= released * RT_PAGE_SIZE;
	h->heapFree -= (npages - released) * RT_PAGE_SIZE;
	h->heapInUse += npages * RT_PAGE_SIZE;

	s = spanalloc();
	s->next = NULL;
	s->startAddr = base;
	s->npages = npages;
	s->spanclass = spc;
	if (sizeclass == 0) {
		s->elemsize = npages * RT_PAGE_SIZE;
		s->nelems = 1;
		s->divMul = 0;
	} else {
		s->elemsize = rt_class_to_size[sizeclass];
		s->nelems = npages * RT_PAGE_SIZE / s->elemsize;
		s->divMul = rt_class_to_divmagic[sizeclass];
	}
	s->limit = base + s->nelems * s->elemsize;
	s->freeindex = 0;
	s->allocCount = 0;
	s->allocCache = ~(uint64_t)0;
	memset(s->bits, 0, sizeof s->bits);
	s->allocBits = s->bits[0];
	s->gcmarkBits = s->bits[1];
	s->sweepgen = h->sweepgen;
	s->needzero = allocNeedsZero(base, npages, &fresh) || released;
	if (fresh || released)
		sysHugePage(base, npages * RT_PAGE_SIZE);
	s->state = mSpanInUse;
	setSpans(s, s);
	pthread_mutex_unlock(&h->lock);
	return s;
}

void rt_mheap_freeSpan(mspan *s)
{
	mheap *h = &rt_mheap;
	heapArena *ha;
	uintptr_t ord;

	if (rt_gcstress)
		rt_poisonRange(s->startAddr, s->npages * RT_PAGE_SIZE);
	pthread_mutex_lock(&h->lock);
	setSpans(s, NULL);
	markPages(s->startAddr, s->npages, false);
	h->heapInUse -= s->npages * RT_PAGE_SIZE;
	h->heapFree += s->npages * RT_PAGE_SIZE;
	ha = rt_arenaOf(s->startAddr);
	ord = arenaOrdinal(ha);
	if (ord < h->searchHint)
		h->searchHint = ord;
	spanfree(s);
	pthread_mutex_unlock(&h->lock);
}

/*
 * The scavenger.  Go 1.19 keeps the heap's retained memory (mapped and not
 * released) near a goal the pacer sets (rt_scavengeGoalFor: the pages in use
 * at the last mark termination plus 10%) and gives the rest back to the OS
 * from a background goroutine, highest addresses first so that the low,
 * densely used part of the heap stays resident.  We run the same policy once
 * per GC cycle, at sweep termination (mgc.c): pages freed by a cycle's sweep
 * are therefore released at the start of the next cycle at the earliest, a
 * full GC cycle "later".  MADV_DONTNEED drops the pages now and leaves the
 * mapping, so reuse needs no syscall and sees zeroed pages.
 */
static bool freeResident(const heapArena *ha, uintptr_t i)
{
	uint64_t bit = (uint64_t)1 << (i % 64);
	return !(ha->pageAlloc[i / 64] & bit) && !(ha->pageScav[i / 64] & bit);
}

void rt_mheap_scavenge(uint64_t retain)
{
	mheap *h = &rt_mheap;
	uint64_t retained, want;

	pthread_mutex_lock(&h->lock);
	retained = h->heapInUse + h->heapFree;
	if (retained <= retain) {
		pthread_mutex_unlock(&h->lock);
		return;
	}
	want = retained - retain;
	for (uintptr_t ai = h->nallArenas; ai-- > 0 && want > 0;) {
		heapArena *ha = h->allArenas[ai];
		uintptr_t end = RT_PAGES_PER_ARENA, start;

		while (want > 0) {
			while (end > 0 && !freeResident(ha, end - 1))
				end--;
			if (end == 0)
				break;
			start = end - 1;
			while (start > 0 && freeResident(ha, start - 1) && (end - start) * RT_PAGE_SIZE < want)
				start--;
			for (uintptr_t i = start; i < end; i++)
				ha->pageScav[i / 64] |= (uint64_t)1 << (i % 64);
			sysUnused(ha->base + start * RT_PAGE_SIZE, (end - start) * RT_PAGE_SIZE);
			h->heapFree -= (end - start) * RT_PAGE_SIZE;
			h->heapReleased += (end - start) * RT_PAGE_SIZE;
			want = want > (end - start) * RT_PAGE_SIZE ? want - (end - start) * RT_PAGE_SIZE : 0;
			end = start;
		}
	}
	pthread_mutex_unlock(&h->lock);
}

uintptr_t rt_findObject(uintptr_t p, mspan **sp, uintptr_t *idxp)
{
	mspan *s = rt_spanOf(p);
	uintptr_t idx;

	if (!s)
		return 0;
	idx = rt_objIndex(s, p);
	if (sp)
		*sp = s;
	if (idxp)
		*idxp = idx;
	return s->startAddr + idx * s->elemsize;
}

void rt_refillAllocCache(mspan *s, uintptr_t whichWord)
{
	s->allocCache = ~s->allocBits[whichWord];
}

/* Go's nextFreeIndex: the next free slot at or after freeindex, or nelems. */
uintptr_t rt_nextFreeIndex(mspan *s)
{
	uintptr_t sfreeindex = s->freeindex, snelems = s->nelems, result;
	unsigned bitIndex;

	if (sfreeindex == snelems)
		return sfreeindex;
	while (s->allocCache == 0) {
		sfreeindex = (sfreeindex + 64) & ~(uintptr_t)63;
		if (sfreeindex >= snelems) {
			s->freeindex = snelems;
			return snelems;
		}
		rt_refillAllocCache(s, sfreeindex / 64);
	}
	bitIndex = (unsigned)__builtin_ctzll(s->allocCache);
	result = sfreeindex + bitIndex;
	if (result >= snelems) {
		s->freeindex = snelems;
		return snelems;
	}
	s->allocCache = (s->allocCache >> bitIndex) >> 1;
	sfreeindex = result + 1;
	if (sfreeindex % 64 == 0 && sfreeindex != snelems)
		rt_refillAllocCache(s, sfreeindex / 64);
	s->freeindex = sfreeindex;
	return result;
}

/*
 * Heap set-up: the arena index, the mcentrals, GOGC and GODEBUG.  Runs once,
 * from rt_schedinit or from the first allocation, whichever comes first.
 */
void rt_mallocinit(void)
{
	pthread_mutex_lock(&initlock);
	if (!rt_mallocinited) {
		uintptr_t n = ((uintptr_t)1 << RT_ARENA_L2_BITS) * sizeof(heapArena *);
		rt_mheap.arenas = sysAllocOS(n);
		for (int i = 0; i < RT_NUM_SPAN_CLASSES; i++) {
			pthread_mutex_init(&rt_central[i].lock, NULL);
			rt_central[i].spanclass = (spanClass)i;
		}
		for (int i = 0; i < RT_NUM_SPAN_CLASSES; i++)
			rt_mcache0.alloc[i] = &rt_emptymspan;
		rt_mheap.sweepdone = true;
		rt_runtimeInitTime = rt_nanotime();
		rt_gcinit();
		__atomic_store_n(&rt_mallocinited, true, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&initlock);
}
