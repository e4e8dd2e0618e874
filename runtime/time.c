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
 * the deadline.  The timers behind Timer, Ticker, After and AfterFunc
 * need channels in time's source, which keeps them set aside
 * (fe_parse_std) for now; rt_addtimer is what they will use.
 */
#include <stdlib.h>
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
		rt_timer **n = realloc(heap, (size_t)capheap * sizeof *n);
		if (!n)
			rt_throw("out of memory");
		heap = n;
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
	if (i == --nheap)
		return;
	rt_timer *last = heap[nheap];
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
