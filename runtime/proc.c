/*
 * proc.c - the scheduler: goroutines (G) run by one thread (M) holding the
 * one P, Go's proc.go with GOMAXPROCS fixed at 1 for now.
 *
 * The names are Go's and so is the shape, so that the next step - M:N,
 * one P per GOMAXPROCS with its mcache, idle Ms, work stealing - adds
 * threads and locks to this design rather than replacing it:
 *
 *   G   a goroutine: its stack, its saved context, its wait reason, and the
 *       state that belongs to the goroutine rather than the thread (the
 *       defer and panic chains, defer.c's).
 *   P   what an M needs to run Go code: a local run queue (a 256-slot ring
 *       plus the runnext slot, which a G just readied takes so that a
 *       sender and a receiver hand the processor back and forth without
 *       waiting behind the queue) and the timer heap (time.c).  One, p0.
 *   M   the thread; there is one and it needs no record yet.
 *
 * schedule() is Go's: run the expired timers, take runnext, else the
 * local ring, else the global queue (checked first every 61st tick, for
 * fairness); if nothing is runnable but a timer is pending, sleep the
 * thread until it is due; if nothing at all can ever run, it is Go's
 * checkdead: "all goroutines are asleep - deadlock!" with every goroutine's
 * trace, or "no goroutines (main called runtime.Goexit)".  Go runs
 * schedule on the M's g0 stack; here the G that gives up the processor
 * runs it on its own stack and switches straight to the chosen G, one
 * switch instead of two.  A G that exits cannot free its own stack while
 * standing on it, so it leaves itself in sched.deadg and the next G to run
 * puts it on the free list (afterswitch).
 *
 * Switching.  swapctx below pushes the callee-saved registers onto the
 * old G's stack, stores %rsp in the old G, loads the new G's %rsp and pops
 * its registers: what Go's gosave/gogo pair does, minus the registers the
 * C ABI lets a call clobber anyway.  Its CFI describes the pushes, so gdb
 * walks through a parked goroutine's switch into its frames.  A new G's
 * stack is prepared so that the first switch "returns" into gostart with
 * the stack aligned as after a call, a zero return address above it and a
 * zero %rbp: frame-pointer walks and debuggers stop there.  Under ASan
 * every switch is announced with the fiber API, as stack.c announces its.
 *
 * Stacks.  Go's stacks start at 8 KiB and move when they grow; minigo's
 * frames cannot move (stack.c), so every G gets its final stack up front:
 * 256 MiB of address space (MAP_NORESERVE, committed page by page as
 * touched) over a 64 MiB PROT_NONE guard.  256 MiB is a quarter of Go's
 * 1e9-byte limit, deep enough for the recursion real programs do in
 * goroutines, while the 32000 goroutines the mapping limit below allows
 * take 10 TiB, a twelfth of the 2^47-byte address space (a full 1e9 each
 * would take a quarter of it, and ASan's shadow wants the rest); the main
 * goroutine keeps the full 1e9 (the big stack).  Running
 * past any G's stack into its guard prints Go's overflow text ("goroutine
 * stack exceeds 1000000000-byte limit", the limit Go would have enforced)
 * and exits 2.  When a G exits its stack goes to the free list (Go's
 * gfree), for the next newproc to reuse: as it is if it stayed within its
 * top 64 KiB, else with everything but its top page given back
 * (MADV_DONTNEED), so that RSS falls back after a burst of deep
 * goroutines; each collection gives back the rest and unmaps the free
 * stacks beyond the 256 most recent.
 *
 * Limits.  Each live G's stack is two kernel mappings (guard and stack),
 * and the kernel allows vm.max_map_count of them per process (65530 by
 * default): some 32000 goroutines can exist at once, fewer the more the
 * rest of the program maps.  The next newproc then ends the program with
 * "runtime: cannot allocate goroutine stack" and "fatal error: out of
 * memory" (exit 2), naming the limit, rather than crashing.
 *
 * With one M, a goroutine blocked in a system call (a read of a terminal,
 * a pipe) blocks them all: entersyscall has no other M to hand the P to.
 *
 * Goroutine ids: main is 1 and the program's goroutines are numbered from
 * 17, as Go 1.19 numbers them in a program that has not started system
 * goroutines of its own.  NumGoroutine counts the Gs not dead but the
 * runtime's own (Go's gcount without system goroutines: the finalizer
 * goroutine mfinal.c starts, which checkdead neither waits for nor
 * shows).  When main.main returns the
 * program exits, whatever the other goroutines are doing, as in Go.
 *
 * Preemption is cooperative: while two or more Gs exist, a POSIX interval
 * timer sends SIGURG (Go's preemption signal) every 10 ms; the handler
 * sets runtime.preemptflag, which generated code tests at loop back-edges
 * and answers by calling preemptcheck, a Gosched.  The handler is
 * SA_RESTART, so system calls it interrupts resume; the few that cannot
 * resume (nanosleep) are retried by their callers, and Go's own os and
 * internal/poll code retries EINTR.
 */
#if !defined(__x86_64__) || !defined(__linux__)
#error "proc.c: the context switch is written for linux/amd64"
#endif

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

#ifdef RT_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

enum {
	STACK_BYTES = 256 << 20,
	GUARD_BYTES = 64 << 20,
	KEEP_BYTES = 4096,       /* the top of a free stack that stays committed */
	SHALLOW_BYTES = 64 << 10, /* a free stack used no deeper stays as it is */
	MAX_FREE_STACKS = 256,   /* free stacks kept mapped across a collection */
	RUNQ_SIZE = 256,
	FIRST_GOID = 17,
	PREEMPT_NS = 10 * 1000 * 1000,
};

/* The GODEBUG setting, for internal/cpu.Initialize, which main.init runs
 * first when the program has internal/cpu (Go's runtime.cpuinit). */
GoString rt_godebugenv(void) GO_NAME("runtime.godebugenv");

GoString rt_godebugenv(void)
{
	const char *s = getenv("GODEBUG");
	return s ? (GoString){ (const uint8_t *)s, (intptr_t)strlen(s) } : (GoString){ NULL, 0 };
}

/* ---- state ---- */

typedef struct P {
	uint32_t runqhead, runqtail;
	G *runq[RUNQ_SIZE];
	G *runnext;
	uint32_t schedtick;
} P;

static G gmain = { .goid = 1, .status = _Grunning };
G *rt_curg = &gmain;
G **rt_allgs;
intptr_t rt_nallgs;
static intptr_t capallgs;
static P p0 = { .schedtick = 1 };   /* main.main is running: its execute counted */
uint32_t rt_preempt;
extern void *rt_deferfn GO_NAME("runtime.deferfn");

static struct {
	G *runqhead, *runqtail;   /* the global run queue */
	intptr_t runqsize;
	G *gfree;                 /* dead Gs, their stacks kept (or unmapped: stackbase 0) */
	intptr_t ngfree, nfreestacks;
	intptr_t ngoroutines;     /* Gs not dead */
	intptr_t nsys;            /* of which the runtime's own (never exit) */
	int64_t goidgen;
	G *deadg;                 /* exited, still standing on its stack: afterswitch frees it */
	G *prevg;                 /* the G switched away from, for afterswitch */
	bool preemptarmed;
	timer_t preempttimer;
} sched = { .ngoroutines = 1, .goidgen = FIRST_GOID - 1 };

/* ---- printing on fatal paths: write(2) ---- */

static void writestr(const char *s)
{
	size_t n = strlen(s), off = 0;

	while (off < n) {
		ssize_t r = write(2, s + off, n - off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		off += (size_t)r;
	}
}

static _Noreturn void fatal(const char *msg)
{
	fflush(stdout);
	writestr("fatal error: ");
	writestr(msg);
	writestr("\n");
	_exit(2);
}

/* ---- the context switch ---- */

/*
 * void swapctx(uintptr_t *oldsp, uintptr_t newsp): push rbp, rbx, r12-r15,
 * save %rsp at *oldsp, continue on newsp by popping the same six and
 * returning.  The saved rbp sits right under the return address, so
 * sp + 40 is a frame record (next rbp, return pc) tracebacks start from.
 */
__asm__(
	"	.text\n"
	"	.p2align 4\n"
	"	.type minigo_swapctx, @function\n"
	"minigo_swapctx:\n"
	"	.cfi_startproc\n"
	"	pushq %rbp\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %rbp, 0\n"
	"	pushq %rbx\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %rbx, 0\n"
	"	pushq %r12\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %r12, 0\n"
	"	pushq %r13\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %r13, 0\n"
	"	pushq %r14\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %r14, 0\n"
	"	pushq %r15\n"
	"	.cfi_adjust_cfa_offset 8\n"
	"	.cfi_rel_offset %r15, 0\n"
	"	movq %rsp, (%rdi)\n"
	"	movq %rsi, %rsp\n"
	"	popq %r15\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %r15\n"
	"	popq %r14\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %r14\n"
	"	popq %r13\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %r13\n"
	"	popq %r12\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %r12\n"
	"	popq %rbx\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %rbx\n"
	"	popq %rbp\n"
	"	.cfi_adjust_cfa_offset -8\n"
	"	.cfi_restore %rbp\n"
	"	ret\n"
	"	.cfi_endproc\n"
	"	.size minigo_swapctx, .-minigo_swapctx\n");
extern void swapctx(uintptr_t *oldsp, uintptr_t newsp) __asm__("minigo_swapctx");

static void gfput(G *gp);

/* What every G does first when it gets the processor back (or for the first time). */
static void afterswitch(void)
{
#ifdef RT_ASAN
	const void *bottom;
	size_t size;
	G *prev = sched.prevg;

	__sanitizer_finish_switch_fiber(rt_curg->asanfake, &bottom, &size);
	if (prev && prev->status != _Gdead) {
		prev->asanbottom = bottom;
		prev->asansize = size;
	}
#endif
	rt_deferfn = rt_curg->deferfn;
	if (sched.deadg) {
		G *gp = sched.deadg;
		sched.deadg = NULL;
		if (gp != &gmain)
			gfput(gp);
	}
}

/* Give the processor to gp (runnable, chosen by schedule) and return when this G runs again. */
static void gogo(G *gp)
{
	G *from = rt_curg;

	from->deferfn = rt_deferfn;
	from->stackhi = rt_stacktop;
	rt_stacktop = gp->stackhi;
	sched.prevg = from;
	rt_curg = gp;
#ifdef RT_ASAN
	const void *bottom = gp->asanbottom ? gp->asanbottom : (const void *)gp->stacklo;
	size_t size = gp->asanbottom ? gp->asansize : gp->stackhi - gp->stacklo;
	__sanitizer_start_switch_fiber(from->status == _Gdead ? NULL : &from->asanfake, bottom, size);
#endif
	swapctx(&from->sp, gp->sp);
	afterswitch();
}

/* ---- run queues ---- */

static void globrunqput(G *gp)
{
	gp->schedlink = NULL;
	if (sched.runqtail)
		sched.runqtail->schedlink = gp;
	else
		sched.runqhead = gp;
	sched.runqtail = gp;
	sched.runqsize++;
}

static G *globrunqget(void)
{
	G *gp = sched.runqhead;

	if (gp) {
		sched.runqhead = gp->schedlink;
		if (!sched.runqhead)
			sched.runqtail = NULL;
		gp->schedlink = NULL;
		sched.runqsize--;
	}
	return gp;
}

/* Go's runqput: next puts gp in runnext, kicking the G there to the tail; a full ring spills half to the global queue. */
static void runqput(P *pp, G *gp, bool next)
{
	if (next) {
		G *old = pp->runnext;
		pp->runnext = gp;
		if (!old)
			return;
		gp = old;
	}
	if (pp->runqtail - pp->runqhead < RUNQ_SIZE) {
		pp->runq[pp->runqtail++ % RUNQ_SIZE] = gp;
		return;
	}
	for (int i = 0; i < RUNQ_SIZE / 2; i++)
		globrunqput(pp->runq[pp->runqhead++ % RUNQ_SIZE]);
	globrunqput(gp);
}

static G *runqget(P *pp)
{
	G *gp = pp->runnext;

	if (gp) {
		pp->runnext = NULL;
		return gp;
	}
	if (pp->runqhead == pp->runqtail)
		return NULL;
	return pp->runq[pp->runqhead++ % RUNQ_SIZE];
}

/* ---- stacks and G records ---- */

static long maxmapcount(void)
{
	char buf[32];
	FILE *f = fopen("/proc/sys/vm/max_map_count", "r");
	long v = 65530;

	if (f) {
		if (fgets(buf, sizeof buf, f))
			v = strtol(buf, NULL, 10);
		fclose(f);
	}
	return v;
}

static _Noreturn void nostack(void)
{
	char buf[256];

	fflush(stdout);
	snprintf(buf, sizeof buf,
		 "runtime: cannot allocate goroutine stack: %ld goroutines exist (each stack is 2 of the "
		 "vm.max_map_count=%ld mappings a process may have): %s\n",
		 (long)sched.ngoroutines, maxmapcount(), strerror(errno));
	writestr(buf);
	fatal("out of memory");
}

static void stackalloc(G *gp)
{
	void *p = mmap(NULL, GUARD_BYTES + STACK_BYTES, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);

	if (p == MAP_FAILED)
		nostack();
	if (mprotect(p, GUARD_BYTES, PROT_NONE) != 0) {
		int e = errno;
		munmap(p, GUARD_BYTES + STACK_BYTES);
		errno = e;
		nostack();
	}
	gp->stackbase = (uintptr_t)p;
	gp->stacklo = gp->stackbase + GUARD_BYTES;
	gp->stackhi = gp->stacklo + STACK_BYTES;
}

/*
 * Did the G use no more than the top SHALLOW_BYTES of its stack?  Stacks
 * are used from the top down, so if the page below that was never touched
 * (not resident) nothing deeper was either, but for a frame that skipped
 * over it, whose pages the next collection gives back.
 */
static bool shallow(G *gp)
{
	unsigned char vec;
	uintptr_t page = gp->stackhi - SHALLOW_BYTES - 4096;

	return mincore((void *)page, 4096, &vec) == 0 && !(vec & 1);
}

/*
 * A dead G to the free list, with its stack.  One that stayed shallow is
 * kept as it is (at most SHALLOW_BYTES committed: the common goroutine is
 * reused without a system call on its mapping); any other is given back to
 * the OS (MADV_DONTNEED) but for its top page, or whole when
 * MAX_FREE_STACKS stacks are already free.  The stacks stay mapped; the
 * collector releases the rest of every free stack and unmaps those beyond
 * MAX_FREE_STACKS (rt_gcfreestacks), as Go frees free Gs' stacks at each
 * cycle.
 */
static void gfput(G *gp)
{
	gp->stackdirty = false;
	if (sched.nfreestacks >= MAX_FREE_STACKS)
		madvise((void *)gp->stacklo, STACK_BYTES, MADV_DONTNEED);
	else if (!shallow(gp))
		madvise((void *)gp->stacklo, STACK_BYTES - KEEP_BYTES, MADV_DONTNEED);
	else
		gp->stackdirty = true;
	sched.nfreestacks++;
	gp->schedlink = sched.gfree;
	sched.gfree = gp;
	sched.ngfree++;
}

void rt_gcfreestacks(void)
{
	intptr_t n = 0;

	for (G *gp = sched.gfree; gp; gp = gp->schedlink) {
		if (!gp->stackbase)
			continue;
		if (++n > MAX_FREE_STACKS) {
			munmap((void *)gp->stackbase, GUARD_BYTES + STACK_BYTES);
			gp->stackbase = gp->stacklo = gp->stackhi = 0;
			sched.nfreestacks--;
		} else if (gp->stackdirty) {
			madvise((void *)gp->stacklo, STACK_BYTES - KEEP_BYTES, MADV_DONTNEED);
			gp->stackdirty = false;
		}
	}
}

static G *gfget(void)
{
	G *gp = sched.gfree;

	if (!gp)
		return NULL;
	sched.gfree = gp->schedlink;
	sched.ngfree--;
	if (gp->stackbase)
		sched.nfreestacks--;
	else
		stackalloc(gp);
	return gp;
}

static void allgadd(G *gp)
{
	if (rt_nallgs == capallgs) {
		capallgs = capallgs ? 2 * capallgs : 64;
		G **n = realloc(rt_allgs, (size_t)capallgs * sizeof *n);
		if (!n)
			fatal("out of memory");
		rt_allgs = n;
	}
	rt_allgs[rt_nallgs++] = gp;
}

static G *malg(void)
{
	G *gp = calloc(1, sizeof *gp);

	if (!gp)
		fatal("out of memory");
	if (rt_nallgs == 0)
		allgadd(&gmain);
	stackalloc(gp);
	allgadd(gp);
	return gp;
}

bool rt_stackof(uintptr_t p, uintptr_t *lo, uintptr_t *hi)
{
	G *gp = rt_curg;

	if (gp != &gmain && p >= gp->stacklo && p < gp->stackhi)
		goto found;
	if (rt_bigstackhi && p >= rt_bigstacklo && p < rt_bigstackhi) {
		*lo = rt_bigstacklo;
		*hi = rt_bigstackhi;
		return true;
	}
	for (intptr_t i = 0; i < rt_nallgs; i++) {
		gp = rt_allgs[i];
		if (gp != &gmain && gp->stackbase && p >= gp->stacklo && p < gp->stackhi)
			goto found;
	}
	return false;
found:
	*lo = gp->stacklo;
	*hi = gp->stackhi;
	return true;
}

bool rt_stackguard(uintptr_t p, uintptr_t *lo, uintptr_t *hi)
{
	for (intptr_t i = 0; i < rt_nallgs; i++) {
		G *gp = rt_allgs[i];
		if (gp != &gmain && gp->stackbase && p >= gp->stackbase && p < gp->stacklo) {
			*lo = gp->stacklo;
			*hi = gp->stackhi;
			return true;
		}
	}
	return false;
}

/* ---- preemption ---- */

static void preempthandler(int sig, siginfo_t *info, void *ctx)
{
	(void)sig, (void)info, (void)ctx;
	if (sched.ngoroutines > 1) {
		__atomic_store_n(&rt_preempt, 1, __ATOMIC_RELAXED);
		return;
	}
	/* one goroutine left: nothing to share the processor with */
	struct itimerspec its = { { 0, 0 }, { 0, 0 } };
	timer_settime(sched.preempttimer, 0, &its, NULL);
	sched.preemptarmed = false;
}

static void preemptarm(void)
{
	static bool made;
	struct itimerspec its = { { 0, PREEMPT_NS }, { 0, PREEMPT_NS } };

	if (!made) {
		struct sigaction sa;
		struct sigevent sev;

		memset(&sa, 0, sizeof sa);
		sa.sa_sigaction = preempthandler;
		sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
		sigfillset(&sa.sa_mask);
		sigaction(SIGURG, &sa, NULL);
		memset(&sev, 0, sizeof sev);
		sev.sigev_notify = SIGEV_SIGNAL;
		sev.sigev_signo = SIGURG;
		if (timer_create(CLOCK_MONOTONIC, &sev, &sched.preempttimer) != 0)
			return;   /* no timer: goroutines still switch at every blocking point */
		made = true;
	}
	if (timer_settime(sched.preempttimer, 0, &its, NULL) == 0)
		sched.preemptarmed = true;
}

/* ---- scheduling ---- */

static _Noreturn void checkdead(void)
{
	intptr_t waiting = 0;

	for (intptr_t i = 0; i < rt_nallgs; i++)
		waiting += rt_allgs[i]->status == _Gwaiting && !rt_allgs[i]->system;
	if (rt_nallgs == 0)
		waiting = gmain.status == _Gwaiting;
	if (waiting == 0)
		fatal("no goroutines (main called runtime.Goexit) - deadlock!");
	fflush(stdout);
	writestr("fatal error: all goroutines are asleep - deadlock!\n");
	if (rt_nallgs == 0) {
		writestr("\n");
		rt_printgoroutine(&gmain);
	}
	for (intptr_t i = 0; i < rt_nallgs; i++)
		if (rt_allgs[i]->status == _Gwaiting && !rt_allgs[i]->system) {
			writestr("\n");
			rt_printgoroutine(rt_allgs[i]);
		}
	_exit(2);
}

/* The next G to run: Go's findrunnable reduced to one P and no network poller. */
static G *findrunnable(void)
{
	G *gp;

	if (p0.schedtick % 61 == 0 && sched.runqsize > 0 && (gp = globrunqget()) != NULL)
		return gp;
	if ((gp = runqget(&p0)) != NULL)
		return gp;
	return globrunqget();
}

/* Sleep the thread until the monotonic clock reads when (or a signal comes). */
static void idlesleep(int64_t when)
{
	struct timespec ts = { when / 1000000000, when % 1000000000 };

	clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
}

/*
 * The current G has given up the processor (its status already says how:
 * runnable and queued, waiting, or dead): find the next and switch to it.
 * Returns when the current G is scheduled again.
 */
static void schedule(void)
{
	G *gp;

	for (;;) {
		int64_t next = rt_runtimers();
		if ((gp = findrunnable()) != NULL)
			break;
		if (next == 0)
			checkdead();
		idlesleep(next);
	}
	p0.schedtick++;
	gp->status = _Grunning;
	__atomic_store_n(&rt_preempt, 0, __ATOMIC_RELAXED);
	if (gp != rt_curg)
		gogo(gp);
}

void rt_gopark(const char *reason)
{
	G *gp = rt_curg;

	gp->waitreason = reason;
	gp->status = _Gwaiting;
	schedule();
	gp->waitreason = NULL;
}

/* Go's ready: runnable, and next in line (runnext). */
void rt_goready(G *gp)
{
	if (gp->status != _Gwaiting)
		fatal("bad g->status in ready");
	gp->status = _Grunnable;
	runqput(&p0, gp, true);
}

void rt_Gosched(void)
{
	G *gp = rt_curg;

	gp->status = _Grunnable;
	globrunqput(gp);
	schedule();
}

void rt_goyield(void)
{
	G *gp = rt_curg;

	gp->status = _Grunnable;
	runqput(&p0, gp, false);
	schedule();
}

/* Held above 0 while the scheduler runs Go code of its own (time.c's
 * timer functions), which a loop's preemption check must not reenter. */
int rt_nopreempt;

void rt_preemptcheck(void)
{
	if (rt_nopreempt)
		return;
	__atomic_store_n(&rt_preempt, 0, __ATOMIC_RELAXED);
	rt_Gosched();
}

/* ---- creating and ending goroutines ---- */

static _Noreturn void goexit1(void)
{
	G *gp = rt_curg;

	gp->status = _Gdead;
	gp->startfn = NULL;
	gp->defer = NULL;
	gp->panic = NULL;
	gp->inpanicdefer = false;
	gp->waiting = NULL;
	gp->param = NULL;
	sched.ngoroutines--;
	sched.deadg = gp;
#ifdef RT_ASAN
	/* the frames above, which never return (Goexit), leave no poisoned redzones for the stack's next G */
	__asan_handle_no_return();
#endif
	schedule();
	fatal("goexit: dead goroutine rescheduled");
}

/* Where a new G starts (the bottom frame of its stack): the call go made, then the exit. */
static _Noreturn void gostart(void) __asm__("runtime.gostart");
static _Noreturn void gostart(void)
{
	__asm__ volatile(".cfi_undefined rip"); /* the outermost frame, to debuggers */
	afterswitch();
	void *fn = rt_curg->startfn;
	void (*thunk)(void *) = *(void (**)(void *))fn;
	thunk(fn);
	goexit1();
}

static G *newproc1(void *fn, uintptr_t gopc)
{
	G *gp = gfget();
	uintptr_t *sp;

	if (!gp)
		gp = malg();
	gp->goid = ++sched.goidgen;
	gp->startfn = fn;
	gp->system = false;
	gp->gopc = gopc;
	gp->waitreason = NULL;
	gp->selectDone = 0;
	gp->deferfn = NULL;
	gp->asanfake = NULL;
	gp->asanbottom = NULL;
	gp->asansize = 0;
	/* what swapctx pops: six registers (rbp = 0 among them), gostart as the return address, a zero return address above */
	sp = (uintptr_t *)gp->stackhi;
	*--sp = 0;
	*--sp = (uintptr_t)gostart;
	for (int i = 0; i < 6; i++)
		*--sp = 0;
	gp->sp = (uintptr_t)sp;
	gp->status = _Grunnable;
	sched.ngoroutines++;
	runqput(&p0, gp, true);
	if (!sched.preemptarmed)
		preemptarm();
	return gp;
}

void rt_newproc(void *fn)
{
	newproc1(fn, (uintptr_t)__builtin_return_address(0));
}

void rt_Goexit(void)
{
	rt_rundefers_goexit();
	goexit1();
}

/* runtime.NumGoroutine: Go's gcount, the goroutines not dead, but the runtime's own. */
intptr_t rt_NumGoroutine(void)
{
	return sched.ngoroutines - sched.nsys;
}

/* A goroutine of the runtime's own running fn (mfinal.c's finalizer
 * goroutine), which is handed its one-word closure. */
G *rt_newsystemproc(void (*fn)(void *))
{
	void **clo = rt_mallocgc(sizeof(void *), NULL, true);
	clo[0] = (void *)fn;
	G *gp = newproc1(clo, 0);
	gp->system = true;
	sched.nsys++;
	return gp;
}

/* runtime.NumCPU: the CPUs this process may run on, as Go counts them at start. */
intptr_t rt_NumCPU(void)
{
	cpu_set_t set;

	if (sched_getaffinity(0, sizeof set, &set) != 0)
		return 1;
	int n = CPU_COUNT(&set);
	return n > 0 ? n : 1;
}

/* runtime.GOMAXPROCS: the setting, which Go starts at $GOMAXPROCS or the
 * CPU count; setting it changes nothing else while there is one goroutine. */
intptr_t rt_GOMAXPROCS(intptr_t n)
{
	static intptr_t procs;

	if (procs == 0) {
		const char *e = getenv("GOMAXPROCS");
		long v = e ? strtol(e, NULL, 10) : 0;
		procs = v > 0 ? v : rt_NumCPU();
	}
	intptr_t old = procs;
	if (n > 0)
		procs = n;
	return old;
}

/* runtime.GOROOT: $GOROOT, or the Go tree the program was built against
 * (Go's sys.DefaultGoroot). */
GoString rt_GOROOT(void)
{
	const char *s = getenv("GOROOT");
	if (!s || !*s)
		s = MINIGO_GOROOT;
	return (GoString){ (const uint8_t *)s, (intptr_t)strlen(s) };
}

/* runtime.Breakpoint: Go executes a breakpoint trap, which without a
 * debugger ends the program as a SIGTRAP does: Go's signal report (the pc
 * of the trap, in the caller here), the goroutine's trace, exit 2. */
_Noreturn void rt_Breakpoint(void)
{
	fprintf(stderr, "SIGTRAP: trace trap\nPC=%#lx m=0 sigcode=128\n\n",
		(unsigned long)(uintptr_t)__builtin_return_address(0));
	rt_traceback_here();
	fflush(stderr);
	_exit(2);
}

/* runtime.Version: the release of the Go that minigo answers to. */
GoString rt_Version(void)
{
	static const char v[] = "go1.19.8";
	return (GoString){ (const uint8_t *)v, (intptr_t)sizeof v - 1 };
}
