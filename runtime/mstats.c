/*
 * mstats.c - runtime.ReadMemStats.
 *
 * Go keeps its statistics as cumulative counters that only ever grow
 * (allocations and frees per size class, large allocations and frees, tiny
 * allocations) and derives everything else when asked: HeapAlloc is what was
 * allocated minus what was freed, HeapObjects is Mallocs minus Frees.  That
 * keeps the identities users check (HeapObjects == Mallocs - Frees, HeapIdle
 * == HeapSys - HeapInuse, Alloc == HeapAlloc) true by construction rather
 * than by careful bookkeeping.  Counts are in size-class bytes, not requested
 * bytes, as Go's are: a 100-byte request counts 112.
 *
 * The mcache counts a whole span's free slots as allocated when it caches
 * the span (mcache.c), so ReadMemStats flushes it first, as Go's does, and
 * the numbers are exact at the call.  A tiny allocation counts as one malloc
 * and one free: the 16-byte block it lives in is what is really allocated,
 * and it is counted in its size class.
 */
#include <string.h>

#include "runtime/runtime.h"

rt_heapStats rt_memstats;

void rt_ReadMemStats(GoMemStats *m)
{
	rt_heapStats *st = &rt_memstats;
	mheap *h = &rt_mheap;
	uint64_t totalAlloc, totalFree, nMalloc, nFree, stack;
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);

	if (!rt_mallocinited)
		rt_mallocinit();
	rt_mcache_releaseAll(&rt_mcache0);
	memset(m, 0, sizeof *m);

	pthread_mutex_lock(&h->lock);
	totalAlloc = st->largeAlloc;
	nMalloc = st->largeAllocCount;
	totalFree = st->largeFree;
	nFree = st->largeFreeCount;
	for (int i = 0; i < RT_NUM_SIZE_CLASSES; i++) {
		uint64_t a = st->smallAllocCount[i], f = st->smallFreeCount[i];

		totalAlloc += a * rt_class_to_size[i];
		nMalloc += a;
		totalFree += f * rt_class_to_size[i];
		nFree += f;
		if (i < 61) {
			m->BySize[i].Size = rt_class_to_size[i];
			m->BySize[i].Mallocs = a;
			m->BySize[i].Frees = f;
		}
	}
	nMalloc += st->tinyAllocCount;
	nFree += st->tinyAllocCount;

	/* The goroutines' stacks: what is in use below each one's top, in whole pages. */
	stack = rt_stacktop > sp ? ((rt_stacktop - sp) + RT_PAGE_SIZE - 1) & ~(uint64_t)(RT_PAGE_SIZE - 1) : 0;
	for (intptr_t i = 0; i < rt_nallgs; i++) {
		const G *gp = rt_allgs[i];
		if (gp != rt_curg && gp->status != _Gdead && gp->stackhi > gp->sp)
			stack += ((gp->stackhi - gp->sp) + RT_PAGE_SIZE - 1) & ~(uint64_t)(RT_PAGE_SIZE - 1);
	}

	m->Alloc = totalAlloc - totalFree;
	m->TotalAlloc = totalAlloc;
	m->Mallocs = nMalloc;
	m->Frees = nFree;
	m->HeapAlloc = totalAlloc - totalFree;
	m->HeapSys = h->heapInUse + h->heapFree + h->heapReleased;
	m->HeapIdle = h->heapFree + h->heapReleased;
	m->HeapInuse = h->heapInUse;
	m->HeapReleased = h->heapReleased;
	m->HeapObjects = nMalloc - nFree;
	m->StackInuse = stack;
	m->StackSys = stack;
	m->MSpanInuse = h->spanInuse * sizeof(mspan);
	m->MSpanSys = h->mspanSys;
	m->MCacheInuse = sizeof(mcache);
	m->MCacheSys = sizeof(mcache);
	m->BuckHashSys = 0;
	m->GCSys = h->gcSys;
	m->OtherSys = h->otherSys;
	m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->BuckHashSys + m->GCSys +
		 m->OtherSys;
	pthread_mutex_unlock(&h->lock);

	m->NextGC = rt_gcController.heapGoal;
	m->LastGC = st->last_gc_unix;
	m->PauseTotalNs = st->pause_total_ns;
	memcpy(m->PauseNs, st->pause_ns, sizeof m->PauseNs);
	memcpy(m->PauseEnd, st->pause_end, sizeof m->PauseEnd);
	m->NumGC = st->numgc;
	m->NumForcedGC = st->numforcedgc;
	m->GCCPUFraction = st->gc_cpu_fraction;
	m->EnableGC = true;
	m->DebugGC = false;
}
