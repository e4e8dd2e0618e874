/*
 * sema.c - the runtime side of package sync (Go's sema.go, and the hooks
 * sync reaches through //go:linkname in proc.go, panic.go and mgc.go).
 *
 * sync is compiled from Go's own source: Mutex, RWMutex, WaitGroup, Once,
 * Cond, Map and Pool are Go's code, and they touch the runtime only here.
 * A semaphore is a uint32 counter plus a queue of parked goroutines;
 * acquire takes a unit if there is one and otherwise parks ("semacquire")
 * until a release hands one over.  Go hashes the counter's address into a
 * table of 251 roots, each a treap of per-address wait lists, so that a
 * release finds its address's waiters in O(log n) however many distinct
 * semaphores share a root.  Here each root is one FIFO list of sudogs of
 * every address that hashes there, and a release takes the first of its
 * address: with one thread the list is walked without contention and is
 * short unless thousands of distinct semaphores are contended at once,
 * which the treap can replace when M:N makes it matter.  Go's protocol is
 * kept: nwait counts a root's waiters so that an uncontended release
 * touches nothing else; a waiter rechecks the counter after waking; lifo
 * (a Mutex waiter that already waited once) queues at the front; and a
 * handoff release (a starving Mutex) takes the unit for the waiter (its
 * ticket) and yields to it at once.
 *
 * Notify lists (Cond) are Go's tickets: Add hands out wait tickets, Wait
 * parks ("sync.Cond.Wait") unless its ticket is already notified,
 * NotifyOne wakes the holder of the next ticket, NotifyAll everyone.
 *
 * Spinning (runtime_canSpin) needs another thread to be running the lock
 * holder, so it is never worth it with one M; procPin pins to P 0, the only P.
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

/* ---- semaphores ---- */

enum { SEMTAB_SIZE = 251 };

static struct semaroot {
	sudog *head, *tail;
	uint32_t nwait;
} semtable[SEMTAB_SIZE];

static struct semaroot *semroot(uint32_t *addr)
{
	return &semtable[((uintptr_t)addr >> 3) % SEMTAB_SIZE];
}

static bool cansemacquire(uint32_t *addr)
{
	uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
	while (v > 0)
		if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			return true;
	return false;
}

static void semqueue(struct semaroot *r, sudog *s, bool lifo)
{
	if (lifo) {
		s->next = r->head;
		r->head = s;
		if (!r->tail)
			r->tail = s;
	} else {
		s->next = NULL;
		if (r->tail)
			r->tail->next = s;
		else
			r->head = s;
		r->tail = s;
	}
}

/* The first waiter on addr, out of the list; NULL if none. */
static sudog *semdequeue(struct semaroot *r, uint32_t *addr)
{
	for (sudog *prev = NULL, *s = r->head; s; prev = s, s = s->next) {
		if (s->elem != addr)
			continue;
		if (prev)
			prev->next = s->next;
		else
			r->head = s->next;
		if (r->tail == s)
			r->tail = prev;
		s->next = NULL;
		return s;
	}
	return NULL;
}

static void semacquire1(uint32_t *addr, bool lifo, const char *reason)
{
	struct semaroot *r;
	sudog s;

	if (cansemacquire(addr))
		return;
	r = semroot(addr);
	for (;;) {
		r->nwait++;
		if (cansemacquire(addr)) {
			r->nwait--;
			return;
		}
		s = (sudog){ .g = rt_curg, .elem = addr };
		semqueue(r, &s, lifo);
		rt_gopark(reason);
		if (s.ticket != 0 || cansemacquire(addr))
			return;
	}
}

static void semrelease1(uint32_t *addr, bool handoff)
{
	struct semaroot *r = semroot(addr);
	sudog *s;

	__atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
	if (r->nwait == 0)
		return;
	s = semdequeue(r, addr);
	if (!s)
		return;
	r->nwait--;
	if (handoff && cansemacquire(addr))
		s->ticket = 1;
	rt_goready(s->g);
	if (s->ticket == 1)
		rt_goyield();   /* the waiter runs next, on the unit handed to it */
}

void rt_sync_Semacquire(uint32_t *s)
{
	semacquire1(s, false, "semacquire");
}

void rt_sync_SemacquireMutex(uint32_t *s, bool lifo, intptr_t skipframes)
{
	(void)skipframes;
	semacquire1(s, lifo, "semacquire");
}

void rt_sync_Semrelease(uint32_t *s, bool handoff, intptr_t skipframes)
{
	(void)skipframes;
	semrelease1(s, handoff);
}

/* ---- notify lists ---- */

static bool less(uint32_t a, uint32_t b)
{
	return (int32_t)(a - b) < 0;
}

uint32_t rt_sync_notifyListAdd(notifyList *l)
{
	return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void rt_sync_notifyListWait(notifyList *l, uint32_t t)
{
	sudog s;

	/* a ticket already notified returns at once */
	if (less(t, l->notify))
		return;
	s = (sudog){ .g = rt_curg, .ticket = t };
	if (l->tail)
		((sudog *)l->tail)->next = &s;
	else
		l->head = &s;
	l->tail = &s;
	rt_gopark("sync.Cond.Wait");
}

void rt_sync_notifyListNotifyAll(notifyList *l)
{
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == l->notify)
		return;
	sudog *s = l->head;
	l->head = l->tail = NULL;
	l->notify = __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST);
	while (s) {
		sudog *next = s->next;
		s->next = NULL;
		rt_goready(s->g);
		s = next;
	}
}

void rt_sync_notifyListNotifyOne(notifyList *l)
{
	if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == l->notify)
		return;
	uint32_t t = l->notify++;
	for (sudog *prev = NULL, *s = l->head; s; prev = s, s = s->next) {
		if (s->ticket != t)
			continue;
		sudog *next = s->next;
		if (prev)
			prev->next = next;
		else
			l->head = next;
		if (!next)
			l->tail = prev;
		s->next = NULL;
		rt_goready(s->g);
		return;
	}
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
