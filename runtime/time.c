/*
 * time.c - the runtime side of package time (Go's time.go and timestub.go).
 *
 * time is compiled from Go's source; it asks the runtime for the clocks
 * and for Sleep.  Go reads CLOCK_REALTIME for the wall clock and
 * CLOCK_MONOTONIC for the monotonic one (runtime.nanotime, which time
 * links as runtimeNano and which the collector's timings use too, so
 * Time values' "m=+..." readings and gctrace agree).  Sleep parks the
 * goroutine on a timer in Go; with one goroutine (issue 17 brings the
 * scheduler and per-P timer heaps) nothing else could run meanwhile, so
 * the thread sleeps, for at least d as Go promises, resuming after a
 * signal until the deadline is reached.  The timers behind Timer, Ticker,
 * After and AfterFunc need channels and goroutines: time's source keeps
 * them set aside (fe_parse_std) until then.
 */
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

void rt_time_Sleep(int64_t ns)
{
	if (ns <= 0)
		return;
	int64_t deadline;
	if (__builtin_add_overflow(rt_nanotime(), ns, &deadline)) /* as long as it takes */
		deadline = INT64_MAX;
	for (;;) {
		int64_t left = deadline - rt_nanotime();
		if (left <= 0)
			return;
		struct timespec ts = { left / 1000000000, left % 1000000000 };
		nanosleep(&ts, NULL);
	}
}
