/*
 * check_stack.c - the big stack (stack.c) and the fault handlers.
 *
 * Every test runs its code through rt_run_on_big_stack, as rt0's main does
 * for main.main.  The fatal cases (overflow, nil write, division trap,
 * unexpected fault) run in a forked child whose stdout and stderr come back
 * through pipes, and are judged the way the run tests judge a program
 * against `go build`'s binary: the first stderr line exactly, and exit
 * status 2.  The texts are go1.19.8's, measured with `go build`
 * (runtime/stack.c's header lists them).
 *
 * The faulting accesses are written in inline assembly: a C NULL
 * dereference is undefined behaviour that GCC compiles to ud2 (SIGILL) and
 * the sanitizers would report before the store ever ran.
 */
#include <check.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

#define HIDE(p) ((uintptr_t)(p) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL)
#define UNHIDE(h) ((void *)((h) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL))

static uintptr_t cursp(void)
{
	uintptr_t sp;
	__asm__ volatile("movq %%rsp, %0" : "=r"(sp));
	return sp;
}

/* ---- running code on the big stack ---- */

/* ~1 KiB per level that the compiler can neither drop nor turn into a loop. */
__attribute__((noinline)) static long recurse(long n)
{
	volatile char frame[1000];

	frame[n % sizeof frame] = (char)n;
	if (n == 0)
		return 0;
	return recurse(n - 1) + frame[n % sizeof frame] % 3;
}

static long depthResult;
static uintptr_t lowestSp;

static void deep(void *arg)
{
	long n = *(long *)arg;
	depthResult = recurse(n);
}

START_TEST(test_deep_recursion)
{
	long n = 100 * 1000;    /* > 100 MB: a thousand bytes a level plus the call */
	long want = 0;

	for (long i = 1; i <= n; i++)
		want += (char)i % 3;
	rt_run_on_big_stack(deep, &n);
	ck_assert_int_eq(depthResult, want);
	ck_assert_uint_ne(rt_bigstacklo, 0);
	ck_assert_uint_ge(rt_bigstackhi - rt_bigstacklo, (uintptr_t)RT_MAXSTACK);
}
END_TEST

__attribute__((noinline)) static void bigArray(void *arg)
{
	volatile char a[10 << 20];
	long sum = 0;

	for (size_t i = 0; i < sizeof a; i++)
		a[i] = (char)(i >> 12);
	for (size_t i = 0; i < sizeof a; i += 4096)
		sum += a[i];
	lowestSp = cursp();
	*(long *)arg = sum;
}

START_TEST(test_10mb_array)
{
	long sum = -1, want = 0;

	for (size_t i = 0; i < (10 << 20); i += 4096)
		want += (char)(i >> 12);
	rt_run_on_big_stack(bigArray, &sum);
	ck_assert_int_eq(sum, want);
	/* it really ran there, and the collector was pointed at it meanwhile */
	ck_assert_uint_ge(lowestSp, rt_bigstacklo);
	ck_assert_uint_lt(lowestSp, rt_bigstackhi - (10 << 20) + 128);  /* a leaf: the red zone holds part of a */
}
END_TEST

static uintptr_t topDuring;

static void recordTop(void *arg)
{
	topDuring = rt_stacktop;
	(void)arg;
}

static void nested(void *arg)
{
	uintptr_t sp = cursp();
	rt_run_on_big_stack(recordTop, NULL);  /* already there: a plain call */
	*(uintptr_t *)arg = sp;
}

START_TEST(test_collector_top)
{
	uintptr_t before, sp = 0;

	rt_schedinit(NULL);
	before = rt_stacktop;
	rt_run_on_big_stack(recordTop, NULL);
	ck_assert_uint_eq(topDuring, rt_bigstackhi);
	ck_assert_uint_eq(rt_stacktop, before);
	rt_run_on_big_stack(nested, &sp);
	ck_assert_uint_eq(topDuring, rt_bigstackhi);
	ck_assert(sp >= rt_bigstacklo && sp < rt_bigstackhi);
	ck_assert_uint_eq(rt_stacktop, before);
}
END_TEST

/* ---- the collector scans the big stack ---- */

typedef struct node { struct node *next; intptr_t val; } node;
static const uint8_t nodeMask[] = { 0x1 };
static GoType tNode = { .size = 16, .ptrdata = 8, .gcdata = nodeMask, .kind = KindStruct, .str = "main.node" };

static bool live(uintptr_t hidden)
{
	uintptr_t p = (uintptr_t)UNHIDE(hidden);
	mspan *s = rt_spanOf(p);
	return s && !rt_isFree(s, rt_objIndex(s, p));
}

/* Overwrite the dead stack below the caller, where stale pointers linger. */
__attribute__((noinline)) static void scrubStack(void)
{
	volatile char buf[64 << 10];
	memset((char *)buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory");
}

enum { NGARBAGE = 200 };
static uintptr_t garbage[NGARBAGE];
static uintptr_t keptHidden;

__attribute__((noinline)) static node *allocKept(void)
{
	node *n = rt_newobject(&tNode);
	n->val = 42;
	keptHidden = HIDE(n);
	return n;
}

__attribute__((noinline)) static void allocGarbage(void)
{
	for (int i = 0; i < NGARBAGE; i++)
		garbage[i] = HIDE(rt_newobject(&tNode));
}

static int countLive(void)
{
	int n = 0;
	for (int i = 0; i < NGARBAGE; i++)
		n += live(garbage[i]);
	return n;
}

/* Collect from deep below the frame that holds the only reference: the whole range is scanned. */
__attribute__((noinline)) static void collectDeep(long levels)
{
	volatile char pad[4096];

	pad[0] = 1;
	if (levels > 0 && pad[0]) {
		collectDeep(levels - 1);
		return;
	}
	scrubStack();
	rt_GC();
}

static int liveAfter;

static void gcOnBigStack(void *arg)
{
	node *volatile kept = allocKept();     /* the only reference: a slot in this frame */

	allocGarbage();
	scrubStack();                           /* no stale copies left by the allocating calls */
	collectDeep(5000);                      /* 20 MB below */
	ck_assert(live(keptHidden));
	ck_assert_int_eq(kept->val, 42);
	liveAfter = countLive();
	(void)arg;
}

START_TEST(test_gc_scans_big_stack)
{
	rt_run_on_big_stack(gcOnBigStack, NULL);
	/* conservative scanning may retain a few through stale words */
	ck_assert_int_le(liveAfter, 5);
}
END_TEST

static void nothing(void *arg) { (void)arg; }

START_TEST(test_gc_scans_original_stack_after)
{
	node *volatile kept = allocKept();

	rt_run_on_big_stack(nothing, NULL);
	scrubStack();
	rt_GC();
	ck_assert(live(keptHidden));
	ck_assert_int_eq(kept->val, 42);
}
END_TEST

/* ---- the fatal cases, in a child ---- */

typedef struct outcome {
	int status;
	char out[4096], err[8192];
} outcome;

static void drain(int fd, char *buf, size_t cap)
{
	size_t n = 0;
	ssize_t r;

	while (n + 1 < cap && (r = read(fd, buf + n, cap - 1 - n)) > 0)
		n += (size_t)r;
	buf[n] = '\0';
	/* keep the pipe from filling if the child writes more */
	char sink[512];
	while (read(fd, sink, sizeof sink) > 0)
		;
}

static void runChild(void (*fn)(void *), outcome *o)
{
	int out[2], err[2];
	pid_t pid;

	ck_assert(pipe(out) == 0 && pipe(err) == 0);
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ck_assert(pid >= 0);
	if (pid == 0) {
		dup2(out[1], 1);
		dup2(err[1], 2);
		close(out[0]);
		close(out[1]);
		close(err[0]);
		close(err[1]);
		rt_run_on_big_stack(fn, NULL);
		_exit(0);
	}
	close(out[1]);
	close(err[1]);
	drain(err[0], o->err, sizeof o->err);   /* stderr first: the child writes little to stdout */
	drain(out[0], o->out, sizeof o->out);
	close(out[0]);
	close(err[0]);
	ck_assert(waitpid(pid, &o->status, 0) == pid);
}

/* Line i (from 0) of s, without its newline. */
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

static void expectExit2(const outcome *o)
{
	ck_assert_msg(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 2,
		      "status %#x, stderr:\n%s", o->status, o->err);
}

static volatile bool stopForever;   /* never set: hides the recursion's endlessness from GCC */

__attribute__((noinline)) static long forever(long n)
{
	volatile char frame[64 << 10];   /* large frames touching one page each: overflow in ~15k calls */

	frame[0] = (char)n;
	if (stopForever)
		return 0;
	return forever(n + 1) + frame[0];
}

static void overflowMain(void *arg)
{
	printf("before\n");              /* buffered: the handler must flush it */
	forever(0);
	(void)arg;
}

START_TEST(test_overflow)
{
	outcome o;
	char b[256];
	unsigned long sp, lo, hi;

	runChild(overflowMain, &o);
	expectExit2(&o);
	ck_assert_str_eq(line(o.err, 0, b, sizeof b), "runtime: goroutine stack exceeds 1000000000-byte limit");
	ck_assert_int_eq(sscanf(line(o.err, 1, b, sizeof b), "runtime: sp=%lx stack=[%lx, %lx]", &sp, &lo, &hi), 3);
	ck_assert(sp < lo && lo < hi && hi - lo >= RT_MAXSTACK);
	ck_assert_str_eq(line(o.err, 2, b, sizeof b), "fatal error: stack overflow");
	ck_assert_str_eq(o.out, "before\n");
}
END_TEST

static void storeTo(uintptr_t addr)
{
	__asm__ volatile("movl $1, (%0)" : : "r"(addr) : "memory");
}

static void nilWrite(void *arg)
{
	printf("before\n");
	storeTo((uintptr_t)arg);         /* arg is NULL */
	printf("after\n");
}

START_TEST(test_nil_write)
{
	outcome o;
	char b[256];

	runChild(nilWrite, &o);
	expectExit2(&o);
	ck_assert_str_eq(line(o.err, 0, b, sizeof b),
			 "panic: runtime error: invalid memory address or nil pointer dereference");
	ck_assert_msg(strncmp(line(o.err, 1, b, sizeof b),
			      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x", 63) == 0, "%s", b);
	ck_assert_str_eq(o.out, "before\n");
}
END_TEST

/* A fault neither at a nil-ish address nor in the guard: Go's throw("fault"), not a panic. */
static void farWrite(void *arg)
{
	storeTo(0xdead0000);
	(void)arg;
}

START_TEST(test_unexpected_fault)
{
	outcome o;
	char b[256];

	runChild(farWrite, &o);
	expectExit2(&o);
	ck_assert_str_eq(line(o.err, 0, b, sizeof b), "unexpected fault address 0xdead0000");
	ck_assert_str_eq(line(o.err, 1, b, sizeof b), "fatal error: fault");
	ck_assert_msg(strncmp(line(o.err, 2, b, sizeof b),
			      "[signal SIGSEGV: segmentation violation code=", 45) == 0, "%s", b);
	ck_assert(strstr(b, " addr=0xdead0000 pc=0x") != NULL);
}
END_TEST

static void divideTrap(void *arg)
{
	long x = 7, rem, zero = (long)(uintptr_t)arg;

	/* idiv by zero: #DE, SIGFPE with FPE_INTDIV */
	__asm__ volatile("cqto\n\tidivq %2" : "+a"(x), "=&d"(rem) : "r"(zero) : "cc");
	printf("%ld %ld\n", x, rem);
}

START_TEST(test_divide_trap)
{
	outcome o;
	char b[256];

	runChild(divideTrap, &o);
	expectExit2(&o);
	ck_assert_str_eq(line(o.err, 0, b, sizeof b), "panic: runtime error: integer divide by zero");
}
END_TEST

/*
 * A nil write under a deferred recover(): the fault is a panic like any
 * other.  The frame record, closure and deferfn protocol are defer.c's
 * (see its header), spelled out here the way generated code does it.
 */
void rt_deferproc(void *frame, void *closure) GO_NAME("runtime.deferproc");
bool rt_canrecover(void *self) GO_NAME("runtime.canrecover");
GoEface rt_gorecover(bool can) GO_NAME("runtime.gorecover");
extern void *rt_deferfn GO_NAME("runtime.deferfn");

static GoEface recovered;

static void recoverer(void)
{
	recovered = rt_gorecover(rt_canrecover((void *)recoverer));
}

static void recoverThunk(void *closure)
{
	rt_deferfn = (void *)recoverer;
	recoverer();
	(void)closure;
}

static struct { void (*thunk)(void *); } recoverClosure = { recoverThunk };
static volatile int resumed;

static void nilWriteRecovered(void *arg)
{
	struct { jmp_buf jb; } frame;

	if (_setjmp(frame.jb) == 0) {
		rt_deferproc(&frame, &recoverClosure);
		storeTo((uintptr_t)arg);
		return;
	}
	resumed = 1;
}

START_TEST(test_nil_write_recovered)
{
	recovered = (GoEface){ NULL, NULL };
	rt_run_on_big_stack(nilWriteRecovered, NULL);
	ck_assert_int_eq(resumed, 1);
	ck_assert_ptr_nonnull(recovered.type);
	ck_assert_str_eq(recovered.type->str, "runtime.errorString");
	const GoString *s = recovered.data;
	ck_assert_int_eq(s->len, (intptr_t)strlen("invalid memory address or nil pointer dereference"));
	ck_assert(memcmp(s->ptr, "invalid memory address or nil pointer dereference", (size_t)s->len) == 0);
	ck_assert_int_eq(rt_siginfo.sig, SIGSEGV);
	ck_assert_uint_eq(rt_siginfo.addr, 0);
	ck_assert_uint_eq(rt_siginfo.code, 1);  /* SEGV_MAPERR */
}
END_TEST

static Suite *stack_suite(void)
{
	Suite *s = suite_create("stack");
	TCase *tc = tcase_create("stack");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_deep_recursion);
	tcase_add_test(tc, test_10mb_array);
	tcase_add_test(tc, test_collector_top);
	tcase_add_test(tc, test_gc_scans_big_stack);
	tcase_add_test(tc, test_gc_scans_original_stack_after);
	tcase_add_test(tc, test_overflow);
	tcase_add_test(tc, test_nil_write);
	tcase_add_test(tc, test_unexpected_fault);
	tcase_add_test(tc, test_divide_trap);
	tcase_add_test(tc, test_nil_write_recovered);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(stack_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
