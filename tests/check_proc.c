/*
 * check_proc.c - goroutines, channels, select, semaphores and sleeping
 * (proc.c, chan.c, select.c, sema.c, time.c), driven from C.
 *
 * Goroutines are started as generated code starts them: rt_newproc with a
 * closure object allocated on the GC heap whose first word is a thunk that
 * makes the call.  Every test body runs on the big stack as main.main does
 * (rt_run_on_big_stack), so the test is goroutine 1.  Check forks each
 * test, so every test starts with a fresh scheduler.  The fatal cases
 * (deadlock, panics, overflow) run in a child of their own and are judged
 * as the run tests judge a program against go build's binary: stderr's
 * first line(s) exactly, and exit status 2.
 */
#include <check.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

/* sync's and time's runtime hooks (sema.c, time.c) */
void rt_sync_Semacquire(uint32_t *s) GO_NAME("sync.runtime_Semacquire");
void rt_sync_SemacquireMutex(uint32_t *s, bool lifo, intptr_t skipframes) GO_NAME("sync.runtime_SemacquireMutex");
void rt_sync_Semrelease(uint32_t *s, bool handoff, intptr_t skipframes) GO_NAME("sync.runtime_Semrelease");
typedef struct { uint32_t wait, notify; uintptr_t lock; void *head, *tail; } notifyList;
uint32_t rt_sync_notifyListAdd(notifyList *l) GO_NAME("sync.runtime_notifyListAdd");
void rt_sync_notifyListWait(notifyList *l, uint32_t t) GO_NAME("sync.runtime_notifyListWait");
void rt_sync_notifyListNotifyAll(notifyList *l) GO_NAME("sync.runtime_notifyListNotifyAll");
void rt_sync_notifyListNotifyOne(notifyList *l) GO_NAME("sync.runtime_notifyListNotifyOne");
void rt_time_Sleep(int64_t ns) GO_NAME("time.Sleep");
void rt_deferproc(void *frame, void *closure) GO_NAME("runtime.deferproc");
void rt_deferreturn(void *frame) GO_NAME("runtime.deferreturn");

#if defined(__SANITIZE_ADDRESS__)
#define ASAN 1
#else
#define ASAN 0
#endif

#define HIDE(p) ((uintptr_t)(p) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL)
#define UNHIDE(h) ((void *)((h) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL))

/* ---- goroutines from C ---- */

typedef struct closure {
	void (*thunk)(void *);
	void (*fn)(void *);
	void *arg;
} closure;
static const uint8_t closureBits[] = { 0x4 };   /* arg may be a heap pointer */
static const GoType closureType = {
	.size = sizeof(closure), .ptrdata = 3 * sizeof(void *), .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = closureBits, .str = "main.closure",
};

static void thunk(void *p)
{
	closure *c = p;
	c->fn(c->arg);
}

static void go(void (*fn)(void *), void *arg)
{
	closure *c = rt_mallocgc(sizeof *c, &closureType, true);
	c->thunk = thunk;
	c->fn = fn;
	c->arg = arg;
	rt_newproc(c);
}

static const GoChanType chanInt = {
	.typ = { .size = 8, .ptrdata = 8, .kind = KindChan, .align = 8, .fieldAlign = 8, .str = "chan int" },
	.elem = &rt_type_int, .dir = 3,
};
static const GoChanType chanPtr = {
	.typ = { .size = 8, .ptrdata = 8, .kind = KindChan, .align = 8, .fieldAlign = 8, .str = "chan *int" },
	.elem = &rt_type_ptr_int.typ, .dir = 3,
};
typedef struct { char b[0]; } empty;
static const GoType tEmpty = { .size = 0, .kind = KindStruct, .align = 1, .fieldAlign = 1, .str = "struct {}" };
static const GoChanType chanEmpty = {
	.typ = { .size = 8, .ptrdata = 8, .kind = KindChan, .align = 8, .fieldAlign = 8, .str = "chan struct {}" },
	.elem = &tEmpty, .dir = 3,
};

static void *mkchan(intptr_t n) { return rt_makechan(&chanInt, n); }
static void send(void *c, intptr_t v) { rt_chansend1(c, &v); }
static intptr_t recv(void *c)
{
	intptr_t v = -1;
	rt_chanrecv1(c, &v);
	return v;
}

/* Let every other goroutine run until it blocks or ends (one Gosched may
 * come straight back: the scheduler looks at the global queue first every
 * 61st time). */
static void drain(void)
{
	for (int i = 0; i < 3; i++)
		rt_Gosched();
}

typedef struct runargs { void (*fn)(void); } runargs;
static void runbody(void *p) { ((runargs *)p)->fn(); }
/* The test body as goroutine 1 on the big stack. */
static void onbig(void (*fn)(void))
{
	runargs a = { fn };
	rt_run_on_big_stack(runbody, &a);
}

/* ---- the fatal cases, in a child ---- */

typedef struct outcome { int status; char err[16384]; } outcome;

static void runChild(void (*fn)(void), outcome *o)
{
	int err[2];
	pid_t pid;
	size_t n = 0;
	ssize_t r;

	ck_assert(pipe(err) == 0);
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ck_assert(pid >= 0);
	if (pid == 0) {
		dup2(err[1], 2);
		close(err[0]);
		close(err[1]);
		onbig(fn);
		_exit(0);
	}
	close(err[1]);
	while (n + 1 < sizeof o->err && (r = read(err[0], o->err + n, sizeof o->err - 1 - n)) > 0)
		n += (size_t)r;
	o->err[n] = '\0';
	close(err[0]);
	ck_assert(waitpid(pid, &o->status, 0) == pid);
}

static const char *line(const char *s, int i, char *buf, size_t cap)
{
	while (i-- > 0 && (s = strchr(s, '\n')) != NULL)
		s++;
	if (!s)
		s = "";
	size_t n = strcspn(s, "\n");
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

static void expectFatal(void (*fn)(void), const char *l0, const char *l1, const char *l2)
{
	outcome o;
	char b[512];

	runChild(fn, &o);
	ck_assert_msg(WIFEXITED(o.status) && WEXITSTATUS(o.status) == 2, "status %#x, stderr:\n%s", o.status, o.err);
	ck_assert_msg(strcmp(line(o.err, 0, b, sizeof b), l0) == 0, "got:\n%s", o.err);
	if (l1)
		ck_assert_msg(strcmp(line(o.err, 1, b, sizeof b), l1) == 0, "got:\n%s", o.err);
	if (l2)
		ck_assert_msg(strcmp(line(o.err, 2, b, sizeof b), l2) == 0, "got:\n%s", o.err);
}

/* ---- unbuffered channels ---- */

static void ponger(void *c)
{
	void **cs = c;
	for (;;) {
		intptr_t v = recv(cs[0]);
		if (v < 0)
			return;
		send(cs[1], v + 1);
	}
}

static void pingpong(void)
{
	void **cs = rt_mallocgc(2 * sizeof(void *), &rt_type_ptr_int.typ, true);  /* two pointer words */
	cs[0] = mkchan(0);
	cs[1] = mkchan(0);
	go(ponger, cs);
	ck_assert_int_eq(rt_NumGoroutine(), 2);
	intptr_t v = 0;
	for (int i = 0; i < 1000; i++) {
		send(cs[0], v);
		v = recv(cs[1]);
	}
	ck_assert_int_eq(v, 1000);
	send(cs[0], -1);
	drain();
	ck_assert_int_eq(rt_NumGoroutine(), 1);
}

START_TEST(test_pingpong) { onbig(pingpong); }
END_TEST

/* ---- buffered channels ---- */

static void producer(void *c)
{
	for (intptr_t i = 0; i < 100; i++)
		send(c, i * i);
	rt_closechan(c);
}

static void buffered(void)
{
	void *c = mkchan(10);
	ck_assert_int_eq(rt_chancap(c), 10);
	for (intptr_t i = 0; i < 10; i++) {
		ck_assert(rt_selectnbsend(c, &i));
		ck_assert_int_eq(rt_chanlen(c), i + 1);
		ck_assert_int_eq(((GoHchan *)c)->qcount, (uintptr_t)i + 1);  /* len(c) at offset 0 */
	}
	intptr_t x = 99;
	ck_assert(!rt_selectnbsend(c, &x));   /* full */
	for (intptr_t i = 0; i < 10; i++)
		ck_assert_int_eq(recv(c), i);
	ck_assert_int_eq(rt_chanlen(c), 0);
	ck_assert_int_eq(rt_chanlen(NULL), 0);
	ck_assert_int_eq(rt_chancap(NULL), 0);

	/* a producer through a small buffer, ranged over until closed */
	void *d = mkchan(3);
	go(producer, d);
	intptr_t n = 0, v;
	while (rt_chanrecv2(d, &v)) {
		ck_assert_int_eq(v, n * n);
		n++;
	}
	ck_assert_int_eq(n, 100);
	ck_assert_int_eq(v, 0);   /* the zero value once closed */

	/* zero-sized elements */
	void *e = rt_makechan(&chanEmpty, 2);
	empty z;
	rt_chansend1(e, &z);
	rt_chansend1(e, &z);
	ck_assert_int_eq(rt_chanlen(e), 2);
	rt_chanrecv1(e, NULL);
	ck_assert_int_eq(rt_chanlen(e), 1);
}

START_TEST(test_buffered) { onbig(buffered); }
END_TEST

/* ---- close ---- */

static intptr_t closeResults[3];
static int closeDone;

static void closeWaiter(void *c)
{
	intptr_t v = 7;
	bool ok = rt_chanrecv2(c, &v);
	closeResults[closeDone++] = ok ? 100 + v : v;
}

static void closing(void)
{
	void *c = mkchan(2);
	intptr_t v;
	send(c, 1);
	send(c, 2);
	rt_closechan(c);
	ck_assert(rt_chanrecv2(c, &v) && v == 1);
	ck_assert(rt_chanrecv2(c, &v) && v == 2);
	v = 5;
	ck_assert(!rt_chanrecv2(c, &v));
	ck_assert_int_eq(v, 0);
	bool received = true;
	ck_assert(rt_selectnbrecv(&v, c, &received));   /* closed: selected, not received */
	ck_assert(!received);

	/* receivers already waiting are woken by close with zero values and ok false */
	void *u = mkchan(0);
	go(closeWaiter, u);
	go(closeWaiter, u);
	go(closeWaiter, u);
	drain();
	ck_assert_int_eq(closeDone, 0);
	rt_closechan(u);
	drain();
	ck_assert_int_eq(closeDone, 3);
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(closeResults[i], 0);
}

START_TEST(test_close) { onbig(closing); }
END_TEST

/* ---- select ---- */

static void selectFair(void)
{
	void *c[3] = { mkchan(1), mkchan(1), mkchan(1) };
	int count[3] = { 0 };
	for (int i = 0; i < 3000; i++) {
		GoScase cas[3];
		uint16_t order[6];
		intptr_t v[3];
		bool ok;
		for (int k = 0; k < 3; k++) {
			if (rt_chanlen(c[k]) == 0)
				send(c[k], k);
			cas[k] = (GoScase){ c[k], &v[k] };
		}
		intptr_t ch = rt_selectgo(cas, order, 0, 3, true, &ok);
		ck_assert(ch >= 0 && ch < 3 && ok);
		ck_assert_int_eq(v[ch], ch);
		count[ch]++;
	}
	for (int k = 0; k < 3; k++)
		ck_assert_msg(count[k] > 850 && count[k] < 1150, "case %d chosen %d times of 3000", k, count[k]);
}

START_TEST(test_select_fair) { onbig(selectFair); }
END_TEST

static void selectDefault(void)
{
	void *a = mkchan(0), *b = mkchan(1);
	intptr_t x = 42, y = 0;
	bool ok;
	GoScase cas[2] = { { b, &x }, { a, &y } };   /* send on b, receive from a */
	uint16_t order[4];

	send(b, 1);   /* b full, a has no sender */
	ck_assert_int_eq(rt_selectgo(cas, order, 1, 1, false, &ok), -1);
	ck_assert_int_eq(recv(b), 1);
	ck_assert_int_eq(rt_selectgo(cas, order, 1, 1, false, &ok), 0);   /* room now */
	ck_assert_int_eq(recv(b), 42);

	/* nil channels are never ready */
	GoScase nilc[2] = { { NULL, &x }, { NULL, &y } };
	ck_assert_int_eq(rt_selectgo(nilc, order, 1, 1, false, &ok), -1);
	ck_assert(!rt_selectnbsend(NULL, &x));
	bool received;
	ck_assert(!rt_selectnbrecv(&y, NULL, &received));
	/* a nil case next to a ready one: always the ready one */
	for (int i = 0; i < 50; i++) {
		GoScase mix[2] = { { NULL, &x }, { b, &x } };
		ck_assert_int_eq(rt_selectgo(mix, order, 2, 0, true, &ok), 1);
		ck_assert_int_eq(recv(b), 42);
	}
}

START_TEST(test_select_default) { onbig(selectDefault); }
END_TEST

static void lateSender(void *c)
{
	rt_Gosched();
	send(c, 77);
}

static void lateReceiver(void *c)
{
	ck_assert_int_eq(recv(c), 55);
}

static void selectBlocks(void)
{
	void *a = mkchan(0), *b = mkchan(0), *d = mkchan(0);
	intptr_t va = -1, vb = -1, out = 55;
	bool ok;
	uint16_t order[6];

	go(lateSender, b);
	GoScase cas[2] = { { a, &va }, { b, &vb } };
	ck_assert_int_eq(rt_selectgo(cas, order, 0, 2, true, &ok), 1);
	ck_assert(ok);
	ck_assert_int_eq(vb, 77);
	ck_assert_int_eq(va, -1);
	/* the losing case's sudog is out of a's queue */
	ck_assert_ptr_null(((GoHchan *)a)->recvq.first);
	ck_assert_ptr_null(((GoHchan *)b)->recvq.first);

	/* a send case taken by a receiver that comes later */
	go(lateReceiver, d);
	GoScase cas2[3] = { { d, &out }, { a, &va }, { b, &vb } };
	ck_assert_int_eq(rt_selectgo(cas2, order, 1, 2, true, &ok), 0);
	ck_assert_ptr_null(((GoHchan *)a)->recvq.first);
	ck_assert_ptr_null(((GoHchan *)b)->recvq.first);
	drain();
	ck_assert_int_eq(rt_NumGoroutine(), 1);

	/* closed while the select waits: ok false, the zero value */
	go((void (*)(void *))rt_closechan, a);
	va = 9;
	GoScase cas3[1] = { { a, &va } };
	ck_assert_int_eq(rt_selectgo(cas3, order, 0, 1, true, &ok), 0);
	ck_assert(!ok);
	ck_assert_int_eq(va, 0);
}

START_TEST(test_select_blocks) { onbig(selectBlocks); }
END_TEST

/* Two selects waiting on the same channel pair: each value goes to exactly one. */
static int selectorsGot;

static void selector(void *p)
{
	void **cs = p;
	intptr_t v1, v2;
	bool ok;
	uint16_t order[4];
	GoScase cas[2] = { { cs[0], &v1 }, { cs[1], &v2 } };
	intptr_t ch = rt_selectgo(cas, order, 0, 2, true, &ok);
	ck_assert(ch == 0 || ch == 1);
	selectorsGot++;
}

static void selectMany(void)
{
	void **cs = rt_mallocgc(2 * sizeof(void *), &rt_type_ptr_int.typ, true);
	cs[0] = mkchan(0);
	cs[1] = mkchan(0);
	for (int i = 0; i < 10; i++)
		go(selector, cs);
	drain();
	for (int i = 0; i < 10; i++)
		send(cs[i & 1], i);
	drain();
	ck_assert_int_eq(selectorsGot, 10);
	ck_assert_ptr_null(((GoHchan *)cs[0])->recvq.first);
	ck_assert_ptr_null(((GoHchan *)cs[1])->recvq.first);
	ck_assert_int_eq(rt_NumGoroutine(), 1);
}

START_TEST(test_select_many) { onbig(selectMany); }
END_TEST

/* ---- fatal errors and panics ---- */

static void deadlockMain(void)
{
	recv(mkchan(0));
}

START_TEST(test_deadlock)
{
	expectFatal(deadlockMain, "fatal error: all goroutines are asleep - deadlock!", "", "goroutine 1 [chan receive]:");
}
END_TEST

static void blockForever(void *c)
{
	send(c, 1);
}

static void deadlockMany(void)
{
	void *c = mkchan(0);
	go(blockForever, c);
	go(blockForever, c);
	GoScase cas[1] = { { NULL, NULL } };
	uint16_t order[2];
	bool ok;
	rt_selectgo(cas, order, 0, 1, true, &ok);
}

START_TEST(test_deadlock_many)
{
	outcome o;
	char b[256];
	runChild(deadlockMany, &o);
	ck_assert(WIFEXITED(o.status) && WEXITSTATUS(o.status) == 2);
	ck_assert_str_eq(line(o.err, 0, b, sizeof b), "fatal error: all goroutines are asleep - deadlock!");
	ck_assert_str_eq(line(o.err, 2, b, sizeof b), "goroutine 1 [select]:");
	ck_assert_msg(strstr(o.err, "\n\ngoroutine 17 [chan send]:\n") != NULL, "%s", o.err);
	ck_assert_msg(strstr(o.err, "\n\ngoroutine 18 [chan send]:\n") != NULL, "%s", o.err);
}
END_TEST

static void nilRecvMain(void) { recv(NULL); }
static void nilSendMain(void) { send(NULL, 1); }
static void blockMain(void) { rt_block(); }
static void semaMain(void)
{
	static uint32_t sema;
	rt_sync_Semacquire(&sema);
}

START_TEST(test_deadlock_reasons)
{
	const char *d = "fatal error: all goroutines are asleep - deadlock!";
	expectFatal(nilRecvMain, d, "", "goroutine 1 [chan receive (nil chan)]:");
	expectFatal(nilSendMain, d, "", "goroutine 1 [chan send (nil chan)]:");
	expectFatal(blockMain, d, "", "goroutine 1 [select (no cases)]:");
	expectFatal(semaMain, d, "", "goroutine 1 [semacquire]:");
}
END_TEST

static void sendClosedMain(void)
{
	void *c = mkchan(1);
	rt_closechan(c);
	send(c, 1);
}
static void closeClosedMain(void)
{
	void *c = mkchan(1);
	rt_closechan(c);
	rt_closechan(c);
}
static void closeNilMain(void) { rt_closechan(NULL); }
static void makechanMain(void) { mkchan(-1); }
static void blockedSender(void *c) { send(c, 1); }
static void sendClosedWaitingMain(void)
{
	void *c = mkchan(0);
	go(blockedSender, c);
	rt_Gosched();
	rt_closechan(c);
	rt_Gosched();   /* the sender wakes and panics */
}

START_TEST(test_chan_panics)
{
	expectFatal(sendClosedMain, "panic: send on closed channel", "", "goroutine 1 [running]:");
	expectFatal(closeClosedMain, "panic: close of closed channel", "", "goroutine 1 [running]:");
	expectFatal(closeNilMain, "panic: close of nil channel", "", "goroutine 1 [running]:");
	expectFatal(makechanMain, "panic: makechan: size out of range", "", NULL);
	expectFatal(sendClosedWaitingMain, "panic: send on closed channel", "", "goroutine 17 [running]:");
}
END_TEST

static void boom(void *arg)
{
	(void)arg;
	rt_panicplain("boom");
}

static void panicInGoroutine(void)
{
	go(boom, NULL);
	rt_time_Sleep(1000 * 1000 * 1000);
}

static void storeTo(uintptr_t addr)
{
	__asm__ volatile("movl $1, (%0)" : : "r"(addr) : "memory");
}

static void nilWriter(void *arg) { storeTo((uintptr_t)arg); }
static void nilInGoroutine(void)
{
	go(nilWriter, NULL);
	recv(mkchan(0));
}

static volatile bool stopForever;
__attribute__((noinline)) static long forever(long n)
{
	volatile char frame[64 << 10];
	frame[0] = (char)n;
	if (stopForever)
		return 0;
	return forever(n + 1) + frame[0];
}
static void overflower(void *arg) { forever((long)arg); }
static void overflowInGoroutine(void)
{
	go(overflower, NULL);
	recv(mkchan(0));
}

START_TEST(test_goroutine_panics)
{
	expectFatal(panicInGoroutine, "panic: boom", "", "goroutine 17 [running]:");
	expectFatal(nilInGoroutine, "panic: runtime error: invalid memory address or nil pointer dereference", NULL,
		    NULL);
	expectFatal(overflowInGoroutine, "runtime: goroutine stack exceeds 1000000000-byte limit", NULL, NULL);
	outcome o;
	char b[256];
	runChild(overflowInGoroutine, &o);
	ck_assert_str_eq(line(o.err, 2, b, sizeof b), "fatal error: stack overflow");
}
END_TEST

/* ---- panics recovered per goroutine ---- */

bool rt_canrecover(void *self) GO_NAME("runtime.canrecover");
GoEface rt_gorecover(bool can) GO_NAME("runtime.gorecover");
extern void *rt_deferfn GO_NAME("runtime.deferfn");
_Noreturn void rt_gopanic(GoEface v) GO_NAME("runtime.gopanic");

static void *recoverGate;        /* the deferred call parks here before it recovers */
static GoEface recovered[2];

/* The deferred function: parks mid-panic (another goroutine panics and
 * recovers meanwhile), then recovers its own panic. */
static void recoverer(void *arg)
{
	intptr_t which = (intptr_t)arg;
	if (which == 0)
		recv(recoverGate);
	recovered[which] = rt_gorecover(rt_canrecover((void *)recoverer));
}

static void recoverThunk(void *p)
{
	closure *c = p;
	rt_deferfn = (void *)recoverer;
	recoverer(c->arg);
}

static int resumedAfter[2];

static void panicker(void *arg)
{
	struct { jmp_buf jb; } frame;
	intptr_t which = (intptr_t)arg;
	closure *d = rt_mallocgc(sizeof *d, &closureType, true);
	d->thunk = recoverThunk;
	d->arg = arg;
	if (_setjmp(frame.jb) == 0) {
		rt_deferproc(&frame, d);
		rt_panicplain(which == 0 ? "first" : "second");
	}
	resumedAfter[which] = 1;
}

static void recoverInGoroutines(void)
{
	recoverGate = mkchan(0);
	go(panicker, (void *)0);
	drain();                       /* goroutine 17 panics and parks inside its deferred call */
	ck_assert_ptr_null(recovered[0].type);
	panicker((void *)1);           /* main panics and recovers meanwhile: its own panic, not 17's */
	ck_assert_int_eq(resumedAfter[1], 1);
	ck_assert_ptr_nonnull(recovered[1].type);
	ck_assert_str_eq(recovered[1].type->str, "runtime.plainError");
	ck_assert_int_eq(((GoString *)recovered[1].data)->len, 6);   /* "second" */
	send(recoverGate, 0);
	drain();
	ck_assert_int_eq(resumedAfter[0], 1);
	ck_assert_ptr_nonnull(recovered[0].type);
	ck_assert_int_eq(((GoString *)recovered[0].data)->len, 5);   /* "first" */
	ck_assert_ptr_null(rt_curg->panic);
	ck_assert_ptr_null(rt_curg->defer);
	ck_assert_int_eq(rt_NumGoroutine(), 1);
}

START_TEST(test_recover_in_goroutines) { onbig(recoverInGoroutines); }
END_TEST

/* runtime.Callers in a goroutine ends at runtime.goexit, as Go's. */
static GoString lastFunc;
/* with a frame pointer, as generated code has (the tests are built without) */
__attribute__((optimize("no-omit-frame-pointer"))) static void callersFn(void *p)
{
	uintptr_t pcs[32];
	intptr_t n = rt_Callers(0, (GoSlice){ pcs, 32, 32 });
	ck_assert_int_ge(n, 2);
	GoString first = rt_Func_Name(rt_FuncForPC(pcs[0]));
	ck_assert(first.len == 15 && memcmp(first.ptr, "runtime.Callers", 15) == 0);
	lastFunc = rt_Func_Name(rt_FuncForPC(pcs[n - 1]));
	(void)p;
}

static void callersInGoroutine(void)
{
	go(callersFn, NULL);
	drain();
	ck_assert_msg(lastFunc.len == 14 && memcmp(lastFunc.ptr, "runtime.goexit", 14) == 0, "%.*s",
		      (int)lastFunc.len, (const char *)lastFunc.ptr);
}

START_TEST(test_callers_in_goroutine) { onbig(callersInGoroutine); }
END_TEST

/* ---- Goexit ---- */

static int deferRan;
static void deferredFn(void *p) { (void)p; deferRan++; }

static void exiter(void *c)
{
	struct { jmp_buf jb; } frame;
	closure *d = rt_mallocgc(sizeof *d, &closureType, true);
	d->thunk = thunk;
	d->fn = deferredFn;
	if (_setjmp(frame.jb) == 0) {
		rt_deferproc(&frame, d);
		rt_Goexit();
	}
	send(c, 1);   /* never reached */
}

static void goexitMain(void)
{
	void *c = mkchan(0);
	go(exiter, c);
	drain();
	ck_assert_int_eq(deferRan, 1);
	ck_assert_int_eq(rt_NumGoroutine(), 1);
	ck_assert_ptr_null(((GoHchan *)c)->recvq.first);
}

START_TEST(test_goexit) { onbig(goexitMain); }
END_TEST

static void mainGoexit(void) { rt_Goexit(); }
static void mainGoexitOthersBlocked(void)
{
	go(blockForever, mkchan(0));
	rt_Goexit();
}

START_TEST(test_main_goexit)
{
	expectFatal(mainGoexit, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!", NULL, NULL);
	expectFatal(mainGoexitOthersBlocked, "fatal error: all goroutines are asleep - deadlock!", "",
		    "goroutine 17 [chan send]:");
}
END_TEST

/* ---- the collector and parked goroutines ---- */

typedef struct node { struct node *next; intptr_t val; } node;
static const uint8_t nodeMask[] = { 0x1 };
static const GoType tNode = { .size = 16, .ptrdata = 8, .gcdata = nodeMask, .kind = KindStruct, .str = "main.node" };
enum { NKEEPERS = 100, MAGIC = 0x1234567 };
static uintptr_t keptHidden[NKEEPERS];
static int keepersOk;

__attribute__((noinline)) static void scrub(void)
{
	volatile char buf[16 << 10];
	memset((char *)buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory");
}

__attribute__((noinline)) static node *newKept(intptr_t i)
{
	node *n = rt_newobject(&tNode);
	n->val = MAGIC + i;
	keptHidden[i] = HIDE(n);
	return n;
}

static void keeper(void *c)
{
	static intptr_t next;
	intptr_t i = next++;
	node *volatile kept = newKept(i);   /* the only reference: this parked frame */
	scrub();
	recv(c);
	if (kept->val == MAGIC + i)
		keepersOk++;
}

static bool live(uintptr_t hidden)
{
	uintptr_t p = (uintptr_t)UNHIDE(hidden);
	mspan *s = rt_spanOf(p);
	return s && !rt_isFree(s, rt_objIndex(s, p));
}

static void gcParked(void)
{
	void *c = mkchan(0);
	for (int i = 0; i < NKEEPERS; i++)
		go(keeper, c);
	drain();
	for (int round = 0; round < 20; round++) {
		for (int k = 0; k < 2000; k++)
			rt_newobject(&tNode);   /* garbage, reusing freed slots */
		scrub();
		rt_GC();
	}
	for (int i = 0; i < NKEEPERS; i++)
		ck_assert_msg(live(keptHidden[i]), "object %d of a parked goroutine was freed", i);
	for (int i = 0; i < NKEEPERS; i++)
		send(c, 0);
	drain();
	ck_assert_int_eq(keepersOk, NKEEPERS);
}

START_TEST(test_gc_parked) { onbig(gcParked); }
END_TEST

/* The closure of a goroutine not yet run is kept by the G alone. */
static uintptr_t argHidden;
static intptr_t argSeen;
static void readArg(void *p) { argSeen = ((node *)p)->val; }

__attribute__((noinline)) static void startReader(void)
{
	node *n = rt_newobject(&tNode);
	n->val = MAGIC;
	argHidden = HIDE(n);
	go(readArg, n);
}

static void gcUnstarted(void)
{
	startReader();
	scrub();
	/* cycles without runtime.GC's yield, which would run the reader */
	for (int i = 0; i < 5; i++) {
		rt_gcStart(gcTriggerCycle);
		rt_finishsweep();
	}
	ck_assert(live(argHidden));
	drain();
	ck_assert_int_eq(argSeen, MAGIC);
}

START_TEST(test_gc_unstarted) { onbig(gcUnstarted); }
END_TEST

/* A buffered channel of pointers holds the only references to its elements. */
static uintptr_t bufHidden[8];

__attribute__((noinline)) static void *fillPtrChan(void)
{
	void *c = rt_makechan(&chanPtr, 8);
	for (int i = 0; i < 8; i++) {
		node *n = rt_newobject(&tNode);
		n->val = MAGIC + i;
		bufHidden[i] = HIDE(n);
		rt_chansend1(c, &n);
	}
	return c;
}

static void gcChanBuf(void)
{
	void *volatile c = fillPtrChan();
	scrub();
	for (int i = 0; i < 5; i++) {
		for (int k = 0; k < 2000; k++)
			rt_newobject(&tNode);
		rt_GC();
	}
	for (int i = 0; i < 8; i++) {
		ck_assert(live(bufHidden[i]));
		node *n = NULL;
		rt_chanrecv1(c, &n);
		ck_assert_int_eq(n->val, MAGIC + i);
	}
	/* a received slot is cleared: the channel no longer keeps the node */
	ck_assert_ptr_null(*(void **)((GoHchan *)c)->buf);
}

START_TEST(test_gc_chanbuf) { onbig(gcChanBuf); }
END_TEST

/* ---- many goroutines ---- */

static long rssKiB(void)
{
	long size = 0, res = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &size, &res) != 2)
			res = 0;
		fclose(f);
	}
	return res * (sysconf(_SC_PAGESIZE) / 1024);
}

static int finished;
static void touchAndFinish(void *c)
{
	volatile char buf[32 << 10];   /* some stack in use: 8 pages */
	buf[0] = 1;
	buf[sizeof buf - 1] = buf[0];
	if (c)
		recv(c);
	finished++;
}

static void manyGoroutines(void)
{
	/* 10000 one after another: the stacks are reused, allgs stays small */
	for (int round = 0; round < 100; round++) {
		for (int i = 0; i < 100; i++)
			go(touchAndFinish, NULL);
		while (rt_NumGoroutine() > 1)
			rt_Gosched();
	}
	ck_assert_int_eq(finished, 10000);
	ck_assert_int_le(rt_nallgs, 101);
	long base = rssKiB();

	/* 10000 alive at once, then all finished: RSS falls back */
	void *c = rt_makechan(&chanEmpty, 0);
	for (int i = 0; i < 10000; i++)
		go(touchAndFinish, c);
	drain();
	ck_assert_int_eq(rt_NumGoroutine(), 10001);
	long peak = rssKiB();
	rt_closechan(c);
	drain();
	ck_assert_int_eq(finished, 20000);
	ck_assert_int_eq(rt_NumGoroutine(), 1);
	long after = rssKiB();
	ck_assert_msg(peak - base > 40 * 1024, "peak %ld KiB over %ld", peak, base);
	/* (under ASan the shadow of the stacks' touched pages stays: RSS says nothing there) */
	ck_assert_msg(after - base < 8 * 1024 || ASAN, "RSS %ld KiB after, %ld before, %ld at the peak", after, base,
		      peak);

	/* and again: no new Gs, no growth */
	intptr_t ngs = rt_nallgs;
	for (int i = 0; i < 10000; i++)
		go(touchAndFinish, c);
	drain();
	ck_assert_int_eq(rt_nallgs, ngs);
	ck_assert_int_eq(finished, 30000);
	ck_assert_msg(rssKiB() - base < 8 * 1024 || ASAN, "RSS %ld KiB, %ld before", rssKiB(), base);
}

START_TEST(test_many_goroutines) { onbig(manyGoroutines); }
END_TEST

static void parker(void *c);

/* Stacks that cannot be mapped (here: an address-space limit standing in
 * for vm.max_map_count) end the program with a clear fatal error. */
static void tooManyGoroutines(void)
{
	struct rlimit rl = { 0, 0 };
	FILE *f = fopen("/proc/self/statm", "r");
	long pages = 0;
	ck_assert(f && fscanf(f, "%ld", &pages) == 1);
	fclose(f);
	rl.rlim_cur = rl.rlim_max = (rlim_t)pages * 4096 + ((rlim_t)4 << 30);
	ck_assert(setrlimit(RLIMIT_AS, &rl) == 0);
	void *c = mkchan(0);
	for (int i = 0; i < 1000; i++)
		go(parker, c);
}

START_TEST(test_too_many_goroutines)
{
	if (ASAN)
		return;   /* ASan's shadow needs more address space than any limit leaves */
	outcome o;
	char b[512];
	runChild(tooManyGoroutines, &o);
	ck_assert_msg(WIFEXITED(o.status) && WEXITSTATUS(o.status) == 2, "status %#x, stderr:\n%s", o.status, o.err);
	ck_assert_msg(strncmp(line(o.err, 0, b, sizeof b), "runtime: cannot allocate goroutine stack: ", 42) == 0,
		      "%s", o.err);
	ck_assert_str_eq(line(o.err, 1, b, sizeof b), "fatal error: out of memory");
}
END_TEST

/* A goroutine may recurse deep (100 MB here); its stack is given back when it exits. */
__attribute__((noinline)) static long recurse(long n)
{
	volatile char frame[1000];
	frame[n % sizeof frame] = (char)n;
	if (n == 0)
		return 0;
	return recurse(n - 1) + frame[n % sizeof frame] % 3;
}

static long deepResult;
static void deepGoroutine(void *p) { deepResult = recurse((long)p); }

static void deepStacks(void)
{
	long n = 100 * 1000, want = 0;
	for (long i = 1; i <= n; i++)
		want += (char)i % 3;
	long base = rssKiB();
	go(deepGoroutine, (void *)n);
	drain();
	ck_assert_int_eq(deepResult, want);
	ck_assert_int_eq(rt_NumGoroutine(), 1);
	ck_assert_msg(rssKiB() - base < 8 * 1024 || ASAN, "RSS %ld KiB after, %ld before", rssKiB(), base);
}

START_TEST(test_deep_goroutine) { onbig(deepStacks); }
END_TEST

/* ---- Gosched order ---- */

static char schedLog[64];
static int schedN;
static void yielder(void *p)
{
	for (int i = 0; i < 5; i++) {
		schedLog[schedN++] = (char)(uintptr_t)p;
		rt_Gosched();
	}
}

static int ranFirst;
static void runFirst(void *p) { (void)p; ranFirst = 1; }

static void goschedOrder(void)
{
	/* go f(); runtime.Gosched(): f runs before main resumes */
	go(runFirst, NULL);
	rt_Gosched();
	ck_assert_int_eq(ranFirst, 1);
	go(yielder, (void *)'a');
	go(yielder, (void *)'b');
	while (rt_NumGoroutine() > 1)
		rt_Gosched();
	schedLog[schedN] = 0;
	ck_assert_str_eq(schedLog, "bababababa");   /* b took runnext; each Gosched goes to the back */
}

START_TEST(test_gosched_order) { onbig(goschedOrder); }
END_TEST

/* ---- semaphores and notify lists ---- */

static uint32_t sema;
static int semaLog;

static void semaWaiter(void *p)
{
	(void)p;
	rt_sync_Semacquire(&sema);
	semaLog++;
}

static uint32_t mutexSema;
static int inside, maxInside;
static void locker(void *p)
{
	(void)p;
	for (int i = 0; i < 3; i++) {
		/* a toy mutex: the semaphore holds one unit */
		rt_sync_SemacquireMutex(&mutexSema, i > 0, 0);
		if (++inside > maxInside)
			maxInside = inside;
		rt_Gosched();
		inside--;
		rt_sync_Semrelease(&mutexSema, i == 2, 0);
	}
}

static notifyList nl;
static int woken;
static void condWaiter(void *p)
{
	(void)p;
	uint32_t t = rt_sync_notifyListAdd(&nl);
	rt_sync_notifyListWait(&nl, t);
	woken++;
}

static void semaphores(void)
{
	go(semaWaiter, NULL);
	go(semaWaiter, NULL);
	drain();
	ck_assert_int_eq(semaLog, 0);
	rt_sync_Semrelease(&sema, false, 0);
	drain();
	ck_assert_int_eq(semaLog, 1);
	rt_sync_Semrelease(&sema, true, 0);   /* handoff: the waiter runs at once */
	ck_assert_int_eq(semaLog, 2);
	ck_assert_uint_eq(sema, 0);
	rt_sync_Semrelease(&sema, false, 0);   /* nobody waits: a unit */
	ck_assert_uint_eq(sema, 1);

	mutexSema = 1;
	for (int i = 0; i < 5; i++)
		go(locker, NULL);
	while (rt_NumGoroutine() > 1)
		drain();
	ck_assert_int_eq(maxInside, 1);
	ck_assert_uint_eq(mutexSema, 1);

	for (int i = 0; i < 4; i++)
		go(condWaiter, NULL);
	drain();
	ck_assert_int_eq(woken, 0);
	rt_sync_notifyListNotifyOne(&nl);
	drain();
	ck_assert_int_eq(woken, 1);
	rt_sync_notifyListNotifyAll(&nl);
	drain();
	ck_assert_int_eq(woken, 4);
	rt_sync_notifyListNotifyOne(&nl);   /* nobody left: no effect */
	ck_assert_uint_eq(nl.wait, nl.notify);
}

START_TEST(test_semaphores) { onbig(semaphores); }
END_TEST

/* ---- sleeping ---- */

static char sleepLog[8];
static int sleepN;
static int64_t sleptFor[2];
typedef struct sleeper { char tag; int64_t ns; int idx; } sleeper;
static sleeper sleepers[2] = { { 'x', 60 * 1000 * 1000, 0 }, { 'y', 20 * 1000 * 1000, 1 } };

static void sleeperFn(void *p)
{
	sleeper *s = p;
	int64_t t0 = rt_nanotime();
	rt_time_Sleep(s->ns);
	sleptFor[s->idx] = rt_nanotime() - t0;
	sleepLog[sleepN++] = s->tag;
}

static void sleeping(void)
{
	int64_t t0 = rt_nanotime();
	go(sleeperFn, &sleepers[0]);
	go(sleeperFn, &sleepers[1]);
	rt_time_Sleep(40 * 1000 * 1000);
	sleepLog[sleepN++] = 'm';
	rt_time_Sleep(40 * 1000 * 1000);
	sleepLog[sleepN] = 0;
	ck_assert_str_eq(sleepLog, "ymx");
	ck_assert_int_ge(sleptFor[0], 60 * 1000 * 1000);
	ck_assert_int_ge(sleptFor[1], 20 * 1000 * 1000);
	int64_t total = rt_nanotime() - t0;
	ck_assert_int_ge(total, 80 * 1000 * 1000);
	ck_assert_int_lt(total, 500 * 1000 * 1000);   /* the sleeps overlapped */
}

START_TEST(test_sleep) { onbig(sleeping); }
END_TEST

/* ---- preemption ---- */

static void parker(void *c) { recv(c); }

static void preemptFlag(void)
{
	ck_assert_uint_eq(rt_preempt, 0);
	void *c = mkchan(0);
	go(parker, c);
	int64_t t0 = rt_nanotime(), t;
	while (!__atomic_load_n(&rt_preempt, __ATOMIC_RELAXED) && (t = rt_nanotime() - t0) < 500 * 1000 * 1000)
		;
	t = rt_nanotime() - t0;
	ck_assert_msg(rt_preempt, "flag not set after %ld ns", (long)t);
	ck_assert_msg(t < 40 * 1000 * 1000, "flag set after %ld ns", (long)t);
	rt_preemptcheck();   /* clears it and yields: the parker runs and parks */
	ck_assert_uint_eq(rt_preempt, 0);
	send(c, 1);
	drain();
	ck_assert_int_eq(rt_NumGoroutine(), 1);
	/* one goroutine: the timer stops setting it */
	rt_time_Sleep(30 * 1000 * 1000);
	__atomic_store_n(&rt_preempt, 0, __ATOMIC_RELAXED);
	rt_time_Sleep(30 * 1000 * 1000);
	ck_assert_uint_eq(rt_preempt, 0);
}

START_TEST(test_preempt) { onbig(preemptFlag); }
END_TEST

/* A goroutine spinning on the flag, as a compiled loop would, lets the others run. */
static volatile int spinnerSaw;
static void spinner(void *p)
{
	(void)p;
	while (!spinnerSaw)
		if (__atomic_load_n(&rt_preempt, __ATOMIC_RELAXED))
			rt_preemptcheck();
}
static void setter(void *p) { (void)p; spinnerSaw = 1; }

static void preemptLoop(void)
{
	go(spinner, NULL);
	rt_Gosched();   /* spinner runs until preempted, then main */
	go(setter, NULL);
	while (rt_NumGoroutine() > 1)
		if (__atomic_load_n(&rt_preempt, __ATOMIC_RELAXED))
			rt_preemptcheck();
	ck_assert(spinnerSaw);
}

START_TEST(test_preempt_loop) { onbig(preemptLoop); }
END_TEST

static Suite *proc_suite(void)
{
	Suite *s = suite_create("proc");
	TCase *tc = tcase_create("proc");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_pingpong);
	tcase_add_test(tc, test_buffered);
	tcase_add_test(tc, test_close);
	tcase_add_test(tc, test_select_fair);
	tcase_add_test(tc, test_select_default);
	tcase_add_test(tc, test_select_blocks);
	tcase_add_test(tc, test_select_many);
	tcase_add_test(tc, test_deadlock);
	tcase_add_test(tc, test_deadlock_many);
	tcase_add_test(tc, test_deadlock_reasons);
	tcase_add_test(tc, test_chan_panics);
	tcase_add_test(tc, test_goroutine_panics);
	tcase_add_test(tc, test_recover_in_goroutines);
	tcase_add_test(tc, test_callers_in_goroutine);
	tcase_add_test(tc, test_goexit);
	tcase_add_test(tc, test_main_goexit);
	tcase_add_test(tc, test_gc_parked);
	tcase_add_test(tc, test_gc_unstarted);
	tcase_add_test(tc, test_gc_chanbuf);
	tcase_add_test(tc, test_many_goroutines);
	tcase_add_test(tc, test_deep_goroutine);
	tcase_add_test(tc, test_too_many_goroutines);
	tcase_add_test(tc, test_gosched_order);
	tcase_add_test(tc, test_semaphores);
	tcase_add_test(tc, test_sleep);
	tcase_add_test(tc, test_preempt);
	tcase_add_test(tc, test_preempt_loop);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(proc_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
