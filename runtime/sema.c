/*
 * sema.c - the runtime side of package sync (Go's sema.go, and the hooks
 * sync reaches through //go:linkname in proc.go, panic.go and mgc.go).
 *
 * sync is compiled from Go's own source: Mutex, RWMutex, WaitGroup, Once,
 * Cond, Map and Pool are Go's code, and they touch the runtime only here.
 * In Go a semaphore is a uint32 counter plus a queue of parked goroutines
 * (a treap of sudogs keyed by the counter's address); acquire takes a
 * unit if there is one and otherwise parks until a release hands one
 * over.  minigo has one goroutine so far (issue 17 brings the rest), and
 * with one goroutine the queue is always empty: an acquire that finds no
 * unit could only be woken by another goroutine, so it is exactly Go's
 * deadlock -- "fatal error: all goroutines are asleep - deadlock!", exit 2
 * -- and a release just adds a unit.  Notify lists (Cond) are the same:
 * a Wait with nobody else to Signal is a deadlock; Signal and Broadcast
 * with no waiters only move the notify ticket up to the wait ticket.
 *
 * Spinning (runtime_canSpin) needs another thread to be running the lock
 * holder, so it is never worth it here; procPin pins to P 0, the only P.
 * The pool cleanup sync registers runs at the start of every collection,
 * before marking, as Go's clearpools does: it moves each pool's objects to
 * its victim cache and drops the old victims, so a sync.Pool loses its
 * contents over two cycles exactly as Go's does.
 *
 * The functions use the C ABI on their Go signatures (bodiless functions
 * of a package compiled from source; see codegen's cg_native_func).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

/* sync's notifyList (sync/runtime2.go), whose size sync checks at init. */
typedef struct {
	uint32_t wait;
	uint32_t notify;
	uintptr_t lock;
	void *head;
	void *tail;
} notifyList;

void rt_sync_Semacquire(uint32_t *s) GO_NAME("sync.runtime_Semacquire");
void rt_sync_SemacquireMutex(uint32_t *s, bool lifo, intptr_t skipframes) GO_NAME("sync.runtime_SemacquireMutex");
void rt_sync_Semrelease(uint32_t *s, bool handoff, intptr_t skipframes) GO_NAME("sync.runtime_Semrelease");
uint32_t rt_sync_notifyListAdd(notifyList *l) GO_NAME("sync.runtime_notifyListAdd");
void rt_sync_notifyListWait(notifyList *l, uint32_t t) GO_NAME("sync.runtime_notifyListWait");
void rt_sync_notifyListNotifyAll(notifyList *l) GO_NAME("sync.runtime_notifyListNotifyAll");
void rt_sync_notifyListNotifyOne(notifyList *l) GO_NAME("sync.runtime_notifyListNotifyOne");
void rt_sync_notifyListCheck(uintptr_t size) GO_NAME("sync.runtime_notifyListCheck");
bool rt_sync_canSpin(intptr_t i) GO_NAME("sync.runtime_canSpin");
void rt_sync_doSpin(void) GO_NAME("sync.runtime_doSpin");
int64_t rt_sync_nanotime(void) GO_NAME("sync.runtime_nanotime");
_Noreturn void rt_sync_throw(GoString s) GO_NAME("sync.throw");
_Noreturn void rt_sync_fatal(GoString s) GO_NAME("sync.fatal");
void rt_sync_registerPoolCleanup(void *cleanup) GO_NAME("sync.runtime_registerPoolCleanup");
intptr_t rt_sync_procPin(void) GO_NAME("sync.runtime_procPin");
void rt_sync_procUnpin(void) GO_NAME("sync.runtime_procUnpin");
intptr_t rt_atomic_procPin(void) GO_NAME("\"sync/atomic.runtime_procPin\"");
void rt_atomic_procUnpin(void) GO_NAME("\"sync/atomic.runtime_procUnpin\"");
uint32_t rt_sync_fastrandn(uint32_t n) GO_NAME("sync.fastrandn");
uintptr_t rt_LoadAcquintptr(uintptr_t *p) GO_NAME("\"runtime/internal/atomic.LoadAcquintptr\"");
uintptr_t rt_StoreReluintptr(uintptr_t *p, uintptr_t v) GO_NAME("\"runtime/internal/atomic.StoreReluintptr\"");

/* Parking the only goroutine: nothing can ever wake it. */
static _Noreturn void deadlock(const char *reason)
{
	fflush(stdout);
	fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [%s]:\n", reason);
	rt_traceback_here();
	fflush(stderr);
	_exit(2);
}

static void semacquire(uint32_t *s)
{
	uint32_t v = __atomic_load_n(s, __ATOMIC_SEQ_CST);
	while (v > 0)
		if (__atomic_compare_exchange_n(s, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			return;
	deadlock("semacquire");
}

void rt_sync_Semacquire(uint32_t *s)
{
	semacquire(s);
}

void rt_sync_SemacquireMutex(uint32_t *s, bool lifo, intptr_t skipframes)
{
	(void)lifo, (void)skipframes;
	semacquire(s);
}

void rt_sync_Semrelease(uint32_t *s, bool handoff, intptr_t skipframes)
{
	(void)handoff, (void)skipframes;
	__atomic_add_fetch(s, 1, __ATOMIC_SEQ_CST);
}

uint32_t rt_sync_notifyListAdd(notifyList *l)
{
	return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void rt_sync_notifyListWait(notifyList *l, uint32_t t)
{
	/* a ticket already notified returns at once, as in Go */
	if ((int32_t)(t - l->notify) < 0)
		return;
	deadlock("sync.Cond.Wait");
}

void rt_sync_notifyListNotifyAll(notifyList *l)
{
	__atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
}

void rt_sync_notifyListNotifyOne(notifyList *l)
{
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) != l->notify)
		l->notify++;
}

void rt_sync_notifyListCheck(uintptr_t size)
{
	if (size != sizeof(notifyList)) {
		fprintf(stderr, "runtime: bad notifyList size - sync=%lu runtime=%zu\n", (unsigned long)size,
			sizeof(notifyList));
		rt_throw("bad notifyList size");
	}
}

bool rt_sync_canSpin(intptr_t i)
{
	(void)i;
	return false;
}

void rt_sync_doSpin(void)
{
}

int64_t rt_sync_nanotime(void)
{
	return rt_nanotime();
}

static _Noreturn void fatal(GoString s)
{
	char buf[512];
	int n = s.len < (intptr_t)sizeof buf - 1 ? (int)s.len : (int)sizeof buf - 1;
	memcpy(buf, s.ptr, (size_t)n);
	buf[n] = 0;
	rt_throw(buf);
}

void rt_sync_throw(GoString s)
{
	fatal(s);
}

void rt_sync_fatal(GoString s)
{
	fatal(s);
}

/* sync.poolCleanup, run at the start of each collection (mgc.c). */
static void *poolcleanup;

void rt_sync_registerPoolCleanup(void *cleanup)
{
	if (!poolcleanup)
		rt_gcAddRoot(&poolcleanup, sizeof poolcleanup);
	poolcleanup = cleanup;
}

void rt_clearpools(void)
{
	if (poolcleanup)
		rt_callclosure3(poolcleanup, 0, 0, 0);
}

intptr_t rt_sync_procPin(void)
{
	return 0;
}

void rt_sync_procUnpin(void)
{
}

intptr_t rt_atomic_procPin(void)
{
	return 0;
}

void rt_atomic_procUnpin(void)
{
}

/* Pool's race-mode sampling: a value in [0, n), as Go's fastrandn. */
uint32_t rt_sync_fastrandn(uint32_t n)
{
	return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32);
}

uintptr_t rt_LoadAcquintptr(uintptr_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

uintptr_t rt_StoreReluintptr(uintptr_t *p, uintptr_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
	return v;
}
