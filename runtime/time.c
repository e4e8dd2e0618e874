/*
 * time.c - the runtime side of package time (Go's time.go and timestub.go),
 * and the P's timers.
 *
 * time is compiled from Go's source; it asks the runtime for the clocks
 * and for Sleep.  Go reads CLOCK_REALTIME for the wall clock and
 * CLOCK_MONOTONIC for the monotonic one (runtime.nanotime, which time
 * links as runtimeNano and which the collector's timings use too, so
 * Time values' "m=+..." readings and gctrace agree).
 *
 * Timers are Go's design with one P: a binary min-heap ordered by when
 * (Go uses a 4-ary heap; with one P and no concurrent adds, two children
 * per node keep the code shortest).  The scheduler runs the expired ones
 * each time it picks a goroutine, and when nothing is runnable sleeps the
 * thread until the earliest is due: a program whose goroutines all sleep
 * is waiting, not deadlocked.  time.Sleep parks the goroutine on the
 * timer in its G and the timer readies it, so Sleep lasts at least d as
 * Go promises: the timer fires only once the monotonic clock has passed
 * the deadline.
 *
 * Timer, Ticker, After and AfterFunc are time's own code (sleep.go,
 * tick.go) over four hooks, startTimer, stopTimer, resetTimer and
 * modTimer, on time's runtimeTimer, whose layout Go's time.go and
 * sleep.go share.  A pending runtimeTimer is on the heap through a box,
 * a small GC object holding an rt_timer and the runtimeTimer; its pp
 * field, the P in Go, points to the box while the timer is pending and
 * is 0 otherwise.  The heap array is a root of the collector, so a timer
 * nobody else references (time.AfterFunc's, a Ticker's) lives while it
 * is pending, as on Go's P.  When a box comes due the timer's f runs --
 * sendTime, a non-blocking send of the time on the Timer's channel, or
 * goFunc, which starts AfterFunc's goroutine -- on the scheduler's way to
 * the next goroutine, with preemption held off: it must not block, and
 * in Go it does not.  A Ticker's box goes back on the heap first, its
 * when advanced past now by whole periods, as Go's runOneTimer does.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

typedef struct {
	int64_t sec;
	int32_t nsec;
	int64_t mono;
} GoTimeNow;

int64_t rt_runtime_nanotime(void) GO_NAME("runtime.nanotime");
GoTimeNow rt_time_now(void) GO_NAME("time.now");
void rt_time_Sleep(int64_t ns) GO_NAME("time.Sleep");

int64_t rt_runtime_nanotime(void)
{
	return rt_nanotime();
}

GoTimeNow rt_time_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (GoTimeNow){ ts.tv_sec, (int32_t)ts.tv_nsec, rt_nanotime() };
}

/* ---- the timer heap ---- */

static rt_timer **heap;
static intptr_t nheap, capheap;

static void siftup(intptr_t i)
{
	rt_timer *t = heap[i];

	while (i > 0) {
		intptr_t p = (i - 1) / 2;
		if (heap[p]->when <= t->when)
			break;
		heap[i] = heap[p];
		heap[i]->i = i;
		i = p;
	}
	heap[i] = t;
	t->i = i;
}

static void siftdown(intptr_t i)
{
	rt_timer *t = heap[i];

	for (;;) {
		intptr_t c = 2 * i + 1;
		if (c >= nheap)
			break;
		if (c + 1 < nheap && heap[c + 1]->when < heap[c]->when)
			c++;
		if (t->when <= heap[c]->when)
			break;
		heap[i] = heap[c];
		heap[i]->i = i;
		i = c;
	}
	heap[i] = t;
	t->i = i;
}

void rt_addtimer(rt_timer *t)
{
	if (nheap == capheap) {
		capheap = capheap ? 2 * capheap : 64;
		rt_timer **n = calloc((size_t)capheap, sizeof *n);
		if (!n)
			rt_throw("out of memory");
		if (nheap)
			memcpy(n, heap, (size_t)nheap * sizeof *n);
		if (heap)
			rt_gcRemoveRoot(heap);
		free(heap);
		heap = n;
		rt_gcAddRoot(heap, (uintptr_t)capheap * sizeof *heap);   /* time's boxes */
	}
	heap[nheap] = t;
	t->i = nheap++;
	siftup(t->i);
}

void rt_deltimer(rt_timer *t)
{
	intptr_t i = t->i;

	if (i < 0 || i >= nheap || heap[i] != t)
		return;
	t->i = -1;
	if (i == --nheap) {
		heap[nheap] = NULL;
		return;
	}
	rt_timer *last = heap[nheap];
	heap[nheap] = NULL;
	heap[i] = last;
	last->i = i;
	siftup(i);
	siftdown(last->i);
}

int64_t rt_runtimers(void)
{
	int64_t now;

	if (nheap == 0)
		return 0;
	now = rt_nanotime();
	while (nheap > 0 && heap[0]->when <= now) {
		rt_timer *t = heap[0];
		rt_deltimer(t);
		t->f(t->arg);
	}
	return nheap > 0 ? heap[0]->when : 0;
}

static void wakesleeper(void *arg)
{
	rt_goready(arg);
}

void rt_time_Sleep(int64_t ns)
{
	G *gp = rt_curg;
	rt_timer *t = &gp->timer;

	if (ns <= 0)
		return;
	if (__builtin_add_overflow(rt_nanotime(), ns, &t->when)) /* as long as it takes */
		t->when = INT64_MAX;
	t->f = wakesleeper;
	t->arg = gp;
	rt_addtimer(t);
	rt_gopark("sleep");
}

/* ---- package time's timers (Go's time.go: addtimer, deltimer, modtimer) ---- */

/* time.runtimeTimer (time/sleep.go), as Go's runtime.timer begins. */
typedef struct {
	uintptr_t pp;             /* the box while pending, else 0 */
	int64_t when;
	int64_t period;
	void *f;                  /* func(any, uintptr): sendTime or goFunc */
	GoEface arg;
	uintptr_t seq;
	int64_t nextwhen;
	uint32_t status;
} GoRuntimeTimer;

_Static_assert(sizeof(GoRuntimeTimer) == 72, "time.runtimeTimer is 72 bytes");

typedef struct {
	rt_timer t;
	GoRuntimeTimer *r;
} timerbox;

/* words 0-3 the rt_timer (arg points back at the box), word 4 the runtimeTimer */
static const uint8_t timerboxbits[] = { 0x10 };
static const GoType timerboxtype = {
	.size = sizeof(timerbox), .ptrdata = 5 * sizeof(void *), .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = timerboxbits, .str = "runtime.timerbox",
};

enum { timerNoStatus, timerWaiting };

static void runtimer(void *arg);

void rt_time_startTimer(GoRuntimeTimer *r) GO_NAME("time.startTimer");
bool rt_time_stopTimer(GoRuntimeTimer *r) GO_NAME("time.stopTimer");
bool rt_time_resetTimer(GoRuntimeTimer *r, int64_t when) GO_NAME("time.resetTimer");
void rt_time_modTimer(GoRuntimeTimer *r, int64_t when, int64_t period, void *f, GoEface arg, uintptr_t seq)
	GO_NAME("time.modTimer");

void rt_time_startTimer(GoRuntimeTimer *r)
{
	timerbox *b = rt_mallocgc(sizeof *b, &timerboxtype, true);
	b->r = r;
	b->t.when = r->when < 0 ? INT64_MAX : r->when;   /* Go: when < 0 is maxWhen */
	b->t.f = runtimer;
	b->t.arg = b;
	r->pp = (uintptr_t)b;
	r->status = timerWaiting;
	rt_addtimer(&b->t);
}

/* Go's deltimer: whether the timer was pending, that is, stopped before it ran. */
bool rt_time_stopTimer(GoRuntimeTimer *r)
{
	timerbox *b = (timerbox *)r->pp;
	if (!b)
		return false;
	rt_deltimer(&b->t);
	r->pp = 0;
	r->status = timerNoStatus;
	return true;
}

bool rt_time_resetTimer(GoRuntimeTimer *r, int64_t when)
{
	bool pending = rt_time_stopTimer(r);
	r->when = when;
	rt_time_startTimer(r);
	return pending;
}

void rt_time_modTimer(GoRuntimeTimer *r, int64_t when, int64_t period, void *f, GoEface arg, uintptr_t seq)
{
	rt_time_stopTimer(r);
	r->when = when;
	r->period = period;
	r->f = f;
	r->arg = arg;
	r->seq = seq;
	rt_time_startTimer(r);
}

/* A box come due (from rt_runtimers): Go's runOneTimer. */
static void runtimer(void *arg)
{
	timerbox *b = arg;
	GoRuntimeTimer *r = b->r;
	if (r->period > 0) {
		int64_t now = rt_nanotime(), delta = r->when - now;
		int64_t when = r->when + r->period * (1 + -delta / r->period);
		if (when < r->when)   /* overflow: maxWhen */
			when = INT64_MAX;
		r->when = b->t.when = when;
		rt_addtimer(&b->t);
	} else {
		r->pp = 0;
		r->status = timerNoStatus;
	}
	/* f is a top-level Go func (time: "must not be closure"): its func
	 * value's first word is the code, called with the C ABI */
	void (*fn)(GoEface, uintptr_t) = *(void (**)(GoEface, uintptr_t))r->f;
	GoEface a = r->arg;
	uintptr_t seq = r->seq;
	rt_nopreempt++;
	fn(a, seq);
	rt_nopreempt--;
}
