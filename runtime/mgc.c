/*
 * mgc.c - the collector: a cycle from sweep termination to mark termination.
 *
 * minigo's collector is Go's tri-colour mark-sweep with the concurrency taken
 * out.  A cycle runs the same phases in the same order as Go 1.19's, but all
 * with the world stopped (one thread runs every goroutine, and it is in
 * here):
 *
 *   sweep termination  finish last cycle's sweep, run the scavenger, flush
 *                      the mcache (its spans go back to their mcentrals),
 *   mark               grey the roots, then drain the grey set, blackening
 *                      objects by scanning them,
 *   mark termination   record what was marked, let the pacer set the next
 *                      goal, advance sweepgen (every span becomes unswept),
 *
 * after which sweeping happens lazily as the program allocates
 * (mgcsweep.c).  The state is kept as a concurrent collector needs it: mark
 * bits are separate from alloc bits, grey objects sit in a work list rather
 * than on the C stack, gcphase says which phase we are in, and mallocgc
 * marks where allocate-black and a write barrier would go.  Making marking
 * concurrent would add those two, not change this file's structure.
 *
 * Roots, all scanned conservatively (any word that points into an allocated
 * object keeps it, interior pointers included):
 *   - the program's globals: the data and bss segments of the executable,
 *     between the linker's __data_start/_edata and __bss_start/_end;
 *   - the stack of the running goroutine, from the current stack pointer up
 *     to its top, with callee-saved registers spilled into the scanned frame
 *     first (__builtin_unwind_init), and every other live goroutine's from
 *     its saved stack pointer (its registers pushed there by the switch) up
 *     to its top, with the defer chain and start closure of each;
 *   - ranges registered with rt_gcAddRoot, for pointers the runtime keeps in
 *     memory the collector does not otherwise see;
 *   - finalizers (mfinal.c): what an object with a finalizer reaches, but
 *     not the object, and the queued finalizers' objects and func values.
 * Heap objects are scanned precisely, by the heap bitmap (mbitmap.c), and
 * objects in noscan spans are never scanned at all.
 *
 * Scanning the stack and the globals reads memory that AddressSanitizer
 * considers out of bounds (redzones between globals, dead stack slots), so
 * those two functions are built without ASan instrumentation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "runtime/runtime.h"

/*
 * Under valgrind, the conservative scan reads stack slots and padding that
 * were never written; each word it loads is declared defined, so memcheck
 * does not report the scan itself (the client request costs a few no-op
 * instructions when not under valgrind).
 */
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define LAUNDER(v) VALGRIND_MAKE_MEM_DEFINED(&(v), sizeof(v))
#else
#define LAUNDER(v) ((void)0)
#endif

int rt_gcphase = _GCoff;
uintptr_t rt_stacktop;
int rt_gctrace;
int rt_gcstress;
uint64_t rt_gcstressCount;

extern char __data_start[], _edata[], __bss_start[], _end[];
extern void *__libc_stack_end;

#define NO_ASAN __attribute__((no_sanitize("address")))

/* Go's `work`: the timing and sizes of the cycle in progress. */
static struct {
	int64_t tSweepTerm, tMark, tMarkTerm, tEnd;
	uint64_t heap0, heap1, heap2;
	uint64_t bytesMarked;
	uint64_t stackScan;
	uintptr_t stackLo;      /* lowest stack address that is a root */
	bool userForced;
	bool running;
} work;

/* The grey set: a stack of object addresses, off-heap, grown with mremap. */
static struct {
	uintptr_t *buf;
	uintptr_t n, cap;
} gcw;

static struct {
	uintptr_t addr, size;
} roots[64];
static int nroots;

static void gcwPut(uintptr_t obj)
{
	if (gcw.n == gcw.cap) {
		uintptr_t ncap = gcw.cap ? 2 * gcw.cap : 8192;
		void *p = gcw.buf ? mremap(gcw.buf, gcw.cap * sizeof(uintptr_t), ncap * sizeof(uintptr_t), MREMAP_MAYMOVE)
				  : mmap(NULL, ncap * sizeof(uintptr_t), PROT_READ | PROT_WRITE,
					 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			rt_throw("runtime: cannot allocate memory for the mark stack");
		rt_mheap.gcSys += (ncap - gcw.cap) * sizeof(uintptr_t);
		gcw.buf = p;
		gcw.cap = ncap;
	}
	gcw.buf[gcw.n++] = obj;
}

/* Shade an object: set its mark bit and, if it may hold pointers, queue it for scanning. */
static inline void greyobject(uintptr_t obj, mspan *s, uintptr_t idx)
{
	uint64_t *w = &s->gcmarkBits[idx / 64], m = (uint64_t)1 << (idx % 64);

	if (*w & m)
		return;
	*w |= m;
	work.bytesMarked += s->elemsize;
	if (!rt_spanClassNoscan(s->spanclass))
		gcwPut(obj);
}

/* A word that may be a pointer: mark what it points into, if anything. */
static inline void markword(uintptr_t p, bool precise)
{
	mspan *s;
	uintptr_t idx;

	if (p - rt_mheap.arenaMin >= rt_mheap.arenaMax - rt_mheap.arenaMin)
		return;
	s = rt_spanOf(p);
	if (!s)
		return;
	idx = rt_objIndex(s, p);
	if (rt_isFree(s, idx)) {
		/* A precise pointer to a free slot is a dangling pointer: Go's "bad pointer". */
		if (precise && rt_gcstress)
			rt_throw("found bad pointer in Go heap");
		return;
	}
	greyobject(s->startAddr + idx * s->elemsize, s, idx);
}

/* Conservative scan of [b, b+n). */
NO_ASAN static void scanblock(uintptr_t b, uintptr_t n)
{
	b = (b + 7) & ~(uintptr_t)7;
	for (uintptr_t p = b; p + 8 <= b + n; p += 8) {
		uintptr_t v = *(volatile uintptr_t *)p;
		LAUNDER(v);
		markword(v, false);
	}
}

/* Precise scan of one object, by the heap bitmap. */
static void scanobject(uintptr_t b, mspan *s)
{
	uintptr_t nw = (s->limit - s->startAddr < s->elemsize ? s->limit - s->startAddr : s->elemsize) / 8;

	for (uintptr_t i = 0; i < nw; i += 64) {
		uint64_t bits = rt_heapBits64(b + i * 8);
		if (nw - i < 64)
			bits &= ((uint64_t)1 << (nw - i)) - 1;
		while (bits) {
			unsigned j = (unsigned)__builtin_ctzll(bits);
			bits &= bits - 1;
			markword(*(uintptr_t *)(b + (i + j) * 8), true);
		}
	}
}

/*
 * Drain the grey set.  Scanning an object is dominated by the cache miss on
 * its first word, so objects pass through a small FIFO after leaving the
 * work list: each is prefetched when it enters and scanned PREFETCH pops
 * later, when its line has (usually) arrived.
 */
static void gcDrain(void)
{
	enum { PREFETCH = 8 };
	uintptr_t ring[PREFETCH];
	unsigned head = 0, cnt = 0;

	for (;;) {
		uintptr_t obj;

		if (gcw.n > 0 && cnt < PREFETCH) {
			obj = gcw.buf[--gcw.n];
			__builtin_prefetch((void *)obj);
			ring[(head + cnt) % PREFETCH] = obj;
			cnt++;
			continue;
		}
		if (cnt == 0)
			break;
		obj = ring[head];
		head = (head + 1) % PREFETCH;
		cnt--;
		scanobject(obj, rt_spanOf(obj));
	}
}

/*
 * The goroutines' stacks.  The running one's from the frame of rt_gcStart
 * (whose registers it spilled there) to the top; the collector's own
 * frames below are not roots: they hold the runtime's working values,
 * arena addresses among them, and would keep whatever object sits at such
 * an address alive.  Every other live G's from its saved stack pointer,
 * under which nothing of it lives and above which its switch pushed its
 * registers, to its top.  Dead Gs' stacks are garbage.  Each live G also
 * holds its defer chain and the closure newproc started it with.
 */
NO_ASAN static void markrootStack(void)
{
	if (rt_stacktop > work.stackLo) {
		work.stackScan += rt_stacktop - work.stackLo;
		scanblock(work.stackLo, rt_stacktop - work.stackLo);
	}
	markword((uintptr_t)rt_curg->defer, false);
	markword((uintptr_t)rt_curg->startfn, false);
	for (intptr_t i = 0; i < rt_nallgs; i++) {
		G *gp = rt_allgs[i];
		if (gp == rt_curg || gp->status == _Gdead)
			continue;
		markword((uintptr_t)gp->defer, false);
		markword((uintptr_t)gp->startfn, false);
		if (gp->stackhi > gp->sp) {
			work.stackScan += gp->stackhi - gp->sp;
			scanblock(gp->sp, gp->stackhi - gp->sp);
		}
	}
}

static uint64_t globalsSize(void)
{
	return (uint64_t)(_edata - __data_start) + (uint64_t)(_end - __bss_start);
}

/*
 * The runtime's own globals are not roots: they are full of heap addresses
 * (arena bounds, span bases) that are bookkeeping, not references.  The
 * data and bss segments are scanned around them.
 */
static void scanGlobals(uintptr_t lo, uintptr_t hi)
{
	struct { uintptr_t lo, hi; } skip[] = {
#define SKIP(x) { (uintptr_t)&(x), (uintptr_t)&(x) + sizeof(x) }
		SKIP(rt_mheap), SKIP(rt_central), SKIP(rt_mcache0), SKIP(rt_emptymspan),
		SKIP(rt_gcController), SKIP(rt_memstats), SKIP(work), SKIP(gcw), SKIP(roots),
#undef SKIP
	};
	enum { NSKIP = sizeof skip / sizeof skip[0] };

	/* sort by address (a handful of entries) */
	for (int i = 1; i < NSKIP; i++)
		for (int j = i; j > 0 && skip[j].lo < skip[j - 1].lo; j--) {
			uintptr_t tl = skip[j].lo, th = skip[j].hi;
			skip[j] = skip[j - 1];
			skip[j - 1].lo = tl;
			skip[j - 1].hi = th;
		}
	for (int i = 0; i < NSKIP && lo < hi; i++) {
		if (skip[i].hi <= lo || skip[i].lo >= hi)
			continue;
		if (skip[i].lo > lo)
			scanblock(lo, skip[i].lo - lo);
		lo = skip[i].hi;
	}
	if (lo < hi)
		scanblock(lo, hi - lo);
}

/*
 * Finalizers (mfinal.c): what an object with a finalizer reaches is live,
 * and so is its func value, but not the object itself; queued finalizers
 * keep their object and func value until they have run.
 */
static void markrootFinalizers(void)
{
	for (size_t i = 0; i < rt_nfintab; i++) {
		mspan *s;
		uintptr_t idx, base = rt_findObject(rt_fintab[i].p, &s, &idx);
		if (base && !rt_spanClassNoscan(s->spanclass))
			scanobject(base, s);
		markword((uintptr_t)rt_fintab[i].fn, false);
	}
	for (size_t i = 0; i < rt_nfinq; i++) {
		markword(rt_finq[i].p, false);
		markword((uintptr_t)rt_finq[i].fn, false);
	}
}

/*
 * After mark: queue the finalizers of unmarked objects and keep those
 * objects for this cycle.  Every finalizer of an unmarked block goes, the
 * tiny allocator's four int32s in one 16-byte block included: which are
 * dead is decided for all before any block is kept.
 */
static void queueFinalizers(void)
{
	bool any = false;
	for (size_t i = 0; i < rt_nfintab; i++) {
		mspan *s;
		uintptr_t idx, base = rt_findObject(rt_fintab[i].p, &s, &idx);
		rt_fintab[i].dead = base && !(s->gcmarkBits[idx / 64] >> (idx % 64) & 1);
	}
	for (size_t i = 0; i < rt_nfintab;) {
		if (rt_fintab[i].dead) {
			mspan *s;
			uintptr_t idx, base = rt_findObject(rt_fintab[i].p, &s, &idx);
			greyobject(base, s, idx);
			rt_queuefinalizer(i);   /* moves the last entry to i */
			any = true;
			continue;
		}
		i++;
	}
	if (any)
		gcDrain();
}

static void markroots(void)
{
	scanGlobals((uintptr_t)__data_start, (uintptr_t)_edata);
	scanGlobals((uintptr_t)__bss_start, (uintptr_t)_end);
	for (int i = 0; i < nroots; i++)
		scanblock(roots[i].addr, roots[i].size);
	markrootStack();
	markrootFinalizers();
}

void rt_gcAddRoot(void *addr, uintptr_t size)
{
	if (nroots == (int)(sizeof roots / sizeof roots[0]))
		rt_throw("runtime: too many GC roots");
	roots[nroots].addr = (uintptr_t)addr;
	roots[nroots].size = size;
	nroots++;
}

void rt_gcRemoveRoot(void *addr)
{
	for (int i = 0; i < nroots; i++)
		if (roots[i].addr == (uintptr_t)addr) {
			roots[i] = roots[--nroots];
			return;
		}
}

/* ---- time ---- */

int64_t rt_runtimeInitTime;

int64_t rt_nanotime(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t unixnano(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Go's itoaDiv: val in decimal with a point dec digits from the right, built from the end of buf. */
static char *itoaDiv(char *buf, size_t n, uint64_t val, int dec)
{
	int i = (int)n - 2, idec = i - dec;

	buf[n - 1] = '\0';
	while (val >= 10 || i >= idec) {
		buf[i--] = (char)('0' + val % 10);
		if (i == idec)
			buf[i--] = '.';
		val /= 10;
	}
	buf[i] = (char)('0' + val);
	return buf + i;
}

char *rt_fmtNSAsMS(char *buf, size_t n, uint64_t ns)
{
	uint64_t x;
	int dec = 3;

	if (ns >= 10000000)
		return itoaDiv(buf, n, ns / 1000000, 0);
	x = ns / 1000;
	if (x == 0) {
		buf[0] = '0';
		buf[1] = '\0';
		return buf;
	}
	while (x >= 100) {
		x /= 10;
		dec--;
	}
	return itoaDiv(buf, n, x, dec);
}

static void gctraceLine(uint64_t sweepTermCpu, uint64_t markCpu, uint64_t markTermCpu)
{
	char b[5][32];
	rt_heapStats *st = &rt_memstats;
	gcControllerState *c = &rt_gcController;
	char at[32];

	fprintf(stderr,
		"gc %u @%ss %d%%: %s+%s+%s ms clock, ",
		st->numgc, itoaDiv(at, sizeof at, (uint64_t)(work.tSweepTerm - rt_runtimeInitTime) / 1000000, 3),
		(int)(st->gc_cpu_fraction * 100),
		rt_fmtNSAsMS(b[0], sizeof b[0], (uint64_t)(work.tMark - work.tSweepTerm)),
		rt_fmtNSAsMS(b[1], sizeof b[1], (uint64_t)(work.tMarkTerm - work.tMark)),
		rt_fmtNSAsMS(b[2], sizeof b[2], (uint64_t)(work.tEnd - work.tMarkTerm)));
	fprintf(stderr, "%s+%s/%s/%s+%s ms cpu, ",
		rt_fmtNSAsMS(b[0], sizeof b[0], sweepTermCpu),
		rt_fmtNSAsMS(b[1], sizeof b[1], 0),          /* assists: none, the mark is not concurrent */
		rt_fmtNSAsMS(b[2], sizeof b[2], markCpu),    /* the one "dedicated worker": us */
		rt_fmtNSAsMS(b[3], sizeof b[3], 0),          /* idle workers: none */
		rt_fmtNSAsMS(b[4], sizeof b[4], markTermCpu));
	fprintf(stderr, "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, %d P%s\n",
		(unsigned long long)(work.heap0 >> 20), (unsigned long long)(work.heap1 >> 20),
		(unsigned long long)(work.heap2 >> 20), (unsigned long long)(c->lastHeapGoal >> 20),
		(unsigned long long)(c->maxStackScan >> 20), (unsigned long long)(c->globalsScan >> 20), 1,
		work.userForced ? " (forced)" : "");
}

/*
 * Give back what the scavenger's goal (set by the pacer at the last mark
 * termination) says is more than the heap will need this cycle.
 */
static void scavenge(void)
{
	uint64_t goal = rt_gcController.scavengeGoal;

	if (rt_gcController.gcPercent < 0 || goal == UINT64_MAX)
		return;
	rt_mheap_scavenge(goal);
}

static void gcStart(int trigger)
{
	gcControllerState *c = &rt_gcController;
	rt_heapStats *st = &rt_memstats;
	int64_t now;
	uint64_t sweepTermCpu, markCpu, markTermCpu;

	if (!rt_mallocinited)
		rt_mallocinit();
	if (work.running || rt_gcphase != _GCoff)
		return;
	if (trigger == gcTriggerHeap && !rt_gcTriggerTest())
		return;
	work.running = true;
	work.userForced = trigger == gcTriggerCycle;

	/* sweep termination */
	work.tSweepTerm = rt_nanotime();
	rt_finishsweep();
	rt_clearpools();        /* before marking, so the pools' old victims are garbage now */
	rt_gcfreestacks();      /* Go's markrootFreeGStacks: dead goroutines' stacks beyond a cache */
	scavenge();
	rt_mcache_releaseAll(&rt_mcache0);
	work.heap0 = __atomic_load_n(&c->heapLive, __ATOMIC_RELAXED);

	/* mark */
	work.tMark = rt_nanotime();
	rt_gcphase = _GCmark;
	work.bytesMarked = 0;
	work.stackScan = 0;
	markroots();
	gcDrain();
	queueFinalizers();

	/* mark termination */
	work.tMarkTerm = rt_nanotime();
	rt_gcphase = _GCmarktermination;
	work.heap1 = __atomic_load_n(&c->heapLive, __ATOMIC_RELAXED);
	work.heap2 = work.bytesMarked;
	c->heapMarked = work.bytesMarked;
	__atomic_store_n(&c->heapLive, work.bytesMarked, __ATOMIC_RELAXED);
	c->lastStackScan = work.stackScan;
	if (work.stackScan > c->maxStackScan)
		c->maxStackScan = work.stackScan;
	c->globalsScan = globalsSize();
	c->lastHeapGoal = c->heapGoal;
	pthread_mutex_lock(&rt_mheap.lock);
	c->lastHeapInUse = rt_mheap.heapInUse;
	pthread_mutex_unlock(&rt_mheap.lock);

	/* Every span is now unswept; sweeping starts lazily. */
	pthread_mutex_lock(&rt_mheap.lock);
	rt_mheap.sweepgen += 2;
	rt_mheap.sweepdone = false;
	rt_mheap.sweepCentral = 0;
	pthread_mutex_unlock(&rt_mheap.lock);
	rt_gcControllerCommit();   /* after: the goal keeps Go's sweep distance */
	rt_gcphase = _GCoff;

	now = rt_nanotime();
	work.tEnd = now;
	st->pause_ns[st->numgc % 256] = (uint64_t)(now - work.tSweepTerm);
	st->pause_end[st->numgc % 256] = (uint64_t)unixnano();
	st->last_gc_unix = st->pause_end[st->numgc % 256];
	st->pause_total_ns += (uint64_t)(now - work.tSweepTerm);
	sweepTermCpu = (uint64_t)(work.tMark - work.tSweepTerm);
	markCpu = (uint64_t)(work.tMarkTerm - work.tMark);
	markTermCpu = (uint64_t)(work.tEnd - work.tMarkTerm);
	st->gcTotalTime += sweepTermCpu + markCpu + markTermCpu;
	st->gc_cpu_fraction = now > rt_runtimeInitTime ? (double)st->gcTotalTime / (double)(now - rt_runtimeInitTime) : 0;
	if (work.userForced)
		st->numforcedgc++;
	st->numgc++;
	if (rt_gctrace > 0)
		gctraceLine(sweepTermCpu, markCpu, markTermCpu);
	work.running = false;
}

/*
 * The entry to a cycle.  It spills the callee-saved registers into its own
 * frame, which may hold the only reference to some object, and records its
 * stack pointer as the low end of the stack to scan.
 */
NO_ASAN __attribute__((noinline)) void rt_gcStart(int trigger)
{
	uintptr_t sp;

	__builtin_unwind_init();
#if defined(__x86_64__)
	__asm__ volatile("mov %%rsp, %0" : "=r"(sp) : : "memory");
#else
	sp = (uintptr_t)__builtin_frame_address(0) - 256;
#endif
	work.stackLo = sp;
	gcStart(trigger);
	work.stackLo = 0;       /* also keeps gcStart from being a tail call that would pop this frame */
}

/* runtime.GC: a complete cycle, sweep included, before returning. */
void rt_GC(void)
{
	/* Go's GC blocks its caller while the cycle runs, and the other
	 * goroutines run meanwhile: among them the finalizer goroutine with
	 * what earlier cycles queued.  What this cycle queues runs later, as
	 * Go's finalizer goroutine runs after runtime.GC has returned. */
	rt_Gosched();
	rt_gcStart(gcTriggerCycle);
	rt_finishsweep();
}

/* GODEBUG is a comma-separated list of name=value; we read gctrace and gcstress. */
static void parsedebugvars(const char *s)
{
	while (s && *s) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		char item[64];

		if (len < sizeof item) {
			memcpy(item, s, len);
			item[len] = '\0';
			if (strncmp(item, "gctrace=", 8) == 0)
				rt_gctrace = atoi(item + 8);
			else if (strncmp(item, "gcstress=", 9) == 0)
				rt_gcstress = atoi(item + 9) > 0 ? atoi(item + 9) : 0;
		}
		s = comma ? comma + 1 : NULL;
	}
}

void rt_gcinit(void)
{
	parsedebugvars(getenv("GODEBUG"));
	rt_gcControllerInit(rt_readGOGC(getenv("GOGC")));
	if (!rt_stacktop)
		rt_stacktop = (uintptr_t)__libc_stack_end;
}

void rt_schedinit(void *stacktop)
{
	if (stacktop)
		rt_stacktop = (uintptr_t)stacktop;
	if (!rt_mallocinited)
		rt_mallocinit();
}
