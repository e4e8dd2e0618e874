/*
 * debug.c - the runtime side of package runtime/debug (Go's mgc.go,
 * mgcpacer.go, mheap.go, stack.go and proc.go hooks, linked by name).
 *
 * runtime/debug is compiled from Go's source; these are the functions it
 * declares without a body.  The collector's: SetGCPercent moves the
 * pacer's GOGC (as GOGC does at start) and commits a new heap goal;
 * FreeOSMemory runs a full collection and then returns every free page to
 * the OS; ReadGCStats reads the pause history MemStats keeps, most recent
 * first, as Go's readGCStats_m lays it out.  The others are settings a
 * program may change and read back: SetPanicOnFault makes any fault a
 * panic (stack.c's signal handler); SetMaxStack, SetMaxThreads,
 * SetTraceback and SetMemoryLimit record the value and return the previous
 * one (Go's defaults), and minigo's one-stack runtime and its pacer do not
 * act on them yet (docs/packages.md).  ReadBuildInfo
 * finds no module information: minigo's executables carry none.
 * WriteHeapDump, whose format is Go's runtime internals, is not supported.
 */
#include <stdint.h>
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

int32_t rt_debug_setGCPercent(int32_t in) GO_NAME("\"runtime/debug.setGCPercent\"");
void rt_debug_freeOSMemory(void) GO_NAME("\"runtime/debug.freeOSMemory\"");
void rt_debug_readGCStats(GoSlice *pauses) GO_NAME("\"runtime/debug.readGCStats\"");
intptr_t rt_debug_setMaxStack(intptr_t in) GO_NAME("\"runtime/debug.setMaxStack\"");
intptr_t rt_debug_setMaxThreads(intptr_t in) GO_NAME("\"runtime/debug.setMaxThreads\"");
bool rt_debug_setPanicOnFault(bool in) GO_NAME("\"runtime/debug.setPanicOnFault\"");
int64_t rt_debug_setMemoryLimit(int64_t in) GO_NAME("\"runtime/debug.setMemoryLimit\"");
void rt_debug_SetTraceback(GoString level) GO_NAME("\"runtime/debug.SetTraceback\"");
void rt_debug_WriteHeapDump(uintptr_t fd) GO_NAME("\"runtime/debug.WriteHeapDump\"");
GoString rt_debug_modinfo(void) GO_NAME("\"runtime/debug.modinfo\"");

int32_t rt_debug_setGCPercent(int32_t in)
{
	return rt_setGCPercent(in);
}

void rt_debug_freeOSMemory(void)
{
	rt_GC();
	rt_mheap_scavenge(0);
}

void rt_debug_readGCStats(GoSlice *pauses)
{
	rt_heapStats *st = &rt_memstats;
	uint32_t nbuf = sizeof st->pause_ns / sizeof st->pause_ns[0];
	uint64_t *p = pauses->ptr;
	if ((uint32_t)pauses->cap < nbuf + 3)
		rt_throw("short slice passed to readGCStats");
	uint32_t n = st->numgc < nbuf ? st->numgc : nbuf;
	for (uint32_t i = 0; i < n; i++) {
		uint32_t j = (st->numgc - 1 - i) % nbuf;
		p[i] = st->pause_ns[j];
		p[n + i] = st->pause_end[j];
	}
	p[2 * n] = st->last_gc_unix;
	p[2 * n + 1] = st->numgc;
	p[2 * n + 2] = st->pause_total_ns;
	pauses->len = 2 * n + 3;
}

static intptr_t maxstack = 1000000000, maxthreads = 10000;
static int64_t memoryLimit = INT64_MAX;

intptr_t rt_debug_setMaxStack(intptr_t in)
{
	intptr_t out = maxstack;
	maxstack = in;
	return out;
}

intptr_t rt_debug_setMaxThreads(intptr_t in)
{
	intptr_t out = maxthreads;
	maxthreads = in;
	return out;
}

bool rt_debug_setPanicOnFault(bool in)
{
	bool out = rt_panicOnFault;
	rt_panicOnFault = in;
	return out;
}

/* a negative limit only reads the current one, as in Go */
int64_t rt_debug_setMemoryLimit(int64_t in)
{
	int64_t out = memoryLimit;
	if (in >= 0)
		memoryLimit = in;
	return out;
}

void rt_debug_SetTraceback(GoString level)
{
	(void)level;
}

void rt_debug_WriteHeapDump(uintptr_t fd)
{
	(void)fd;
	rt_throw("runtime/debug.WriteHeapDump not supported by minigo");
}

GoString rt_debug_modinfo(void)
{
	return (GoString){ NULL, 0 };
}
