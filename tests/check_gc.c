/*
 * check_gc.c - the collector: reachability, reclamation, pacing, tracing.
 *
 * The stack is scanned conservatively, so a test cannot simply drop a
 * pointer and expect its object to die: a stale copy may survive in a dead
 * stack slot or a register.  The tests therefore allocate in helper
 * functions, keep addresses only in "hidden" form (XORed with a mask, which
 * no scanner takes for a pointer), scrub the stack below them before
 * collecting, and ask about liveness through the span's alloc bits, which
 * after runtime.GC's complete sweep say exactly what survived.  Counts of
 * freed objects allow a handful of false retentions.
 *
 * Tests that need a fresh process with an environment (GODEBUG=gctrace=1,
 * gcstress, GOGC=off, the bounded-RSS run) re-execute this binary with a
 * child mode as argv[1]; see childMain.
 */
#include <check.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

#define EXPECT(c) do { if (!(c)) ck_abort_msg("%s:%d: expected %s", __FILE__, __LINE__, #c); } while (0)
#define HIDE(p) ((uintptr_t)(p) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL)
#define UNHIDE(h) ((void *)((h) ^ (uintptr_t)0x5a5a5a5a5a5a5a5aULL))

typedef struct node { struct node *left, *right; intptr_t val; } node;
static const uint8_t nodeMask[] = { 0x3 };
static GoType tNode = { .size = 24, .ptrdata = 16, .gcdata = nodeMask, .kind = KindStruct, .str = "main.node" };
static const uint8_t ptrMask[] = { 0x1 };
static GoType tPtr = { .size = 8, .ptrdata = 8, .gcdata = ptrMask, .kind = KindPointer, .str = "*main.node" };
/* {n int; p *node}: only word 1 is a pointer */
static const uint8_t scalarPtrMask[] = { 0x2 };
static GoType tScalarPtr = { .size = 16, .ptrdata = 16, .gcdata = scalarPtrMask, .kind = KindStruct, .str = "main.sp" };

static bool live(uintptr_t hidden)
{
	uintptr_t p = (uintptr_t)UNHIDE(hidden);
	mspan *s = rt_spanOf(p);
	return s && !rt_isFree(s, rt_objIndex(s, p));
}

/* Overwrite the dead part of the stack below the caller, where stale pointers linger. */
__attribute__((noinline)) static void scrubStack(void)
{
	volatile char buf[64 << 10];
	memset((char *)buf, 0, sizeof buf);
	__asm__ volatile("" : : "r"(buf) : "memory");
}

static void collect(void)
{
	scrubStack();
	rt_GC();
}

static node *newNode(node *l, node *r, intptr_t v)
{
	node *n = rt_newobject(&tNode);
	n->left = l;
	n->right = r;
	n->val = v;
	return n;
}

enum { N = 2000 };
static uintptr_t hidden[N];
static node *volatile gkeep;     /* a root in .bss */

__attribute__((noinline)) static void makeGarbage(void)
{
	for (int i = 0; i < N; i++)
		hidden[i] = HIDE(newNode(NULL, NULL, i));
}

static int countLive(void)
{
	int n = 0;
	for (int i = 0; i < N; i++)
		n += live(hidden[i]);
	return n;
}

START_TEST(test_unreachable_freed)
{
	GoMemStats m1, m2;
	makeGarbage();
	ck_assert_int_eq(countLive(), N);
	rt_ReadMemStats(&m1);
	collect();
	rt_ReadMemStats(&m2);
	ck_assert_int_le(countLive(), 5);
	ck_assert_uint_ge(m2.Frees - m1.Frees, N - 5);
	ck_assert_uint_lt(m2.HeapAlloc, m1.HeapAlloc);
	ck_assert_uint_eq(m2.NumGC, m1.NumGC + 1);
	ck_assert_uint_eq(m2.NumForcedGC, m1.NumForcedGC + 1);
}
END_TEST

__attribute__((noinline)) static void makeCycles(void)
{
	for (int i = 0; i < N; i += 2) {
		node *a = newNode(NULL, NULL, i), *b = newNode(a, a, i + 1);
		a->left = b;
		a->right = a;
		hidden[i] = HIDE(a);
		hidden[i + 1] = HIDE(b);
	}
}

START_TEST(test_cycles)
{
	makeCycles();
	/* keep one cycle through a global: both halves live */
	gkeep = UNHIDE(hidden[10]);
	collect();
	ck_assert(live(hidden[10]) && live(hidden[11]));
	ck_assert_int_le(countLive(), 2 + 5);
	ck_assert_int_eq(gkeep->left->val, 11);
	ck_assert_ptr_eq(gkeep->left->left, gkeep);
	gkeep = NULL;
	collect();
	ck_assert(!live(hidden[10]) || !live(hidden[11]) || countLive() <= 5);
}
END_TEST

/* A long list reachable only from a global, then only from the stack, then only through an interior pointer. */
__attribute__((noinline)) static node *makeList(int n)
{
	node *head = NULL;
	for (int i = 0; i < n; i++) {
		head = newNode(head, NULL, i);
		hidden[i] = HIDE(head);
	}
	return head;
}

static void checkList(node *head, int n)
{
	for (int i = n - 1; i >= 0; i--, head = head->left) {
		EXPECT(head != NULL);
		EXPECT(head->val == i);
	}
	EXPECT(head == NULL);
}

START_TEST(test_roots_global)
{
	gkeep = makeList(N);
	collect();
	/* churn so freed memory would be reused */
	for (int i = 0; i < 50000; i++)
		newNode(NULL, NULL, -1);
	collect();
	ck_assert_int_eq(countLive(), N);
	checkList(gkeep, N);
	gkeep = NULL;
}
END_TEST

START_TEST(test_roots_stack)
{
	node *volatile head = makeList(N);
	collect();
	for (int i = 0; i < 50000; i++)
		newNode(NULL, NULL, -1);
	collect();
	ck_assert_int_eq(countLive(), N);
	checkList(head, N);
}
END_TEST

START_TEST(test_roots_interior)
{
	/* only a pointer to the middle of the head object (its val field) */
	char *volatile inner = (char *)&makeList(N)->val;
	collect();
	for (int i = 0; i < 50000; i++)
		newNode(NULL, NULL, -1);
	collect();
	ck_assert_int_eq(countLive(), N);
	checkList((node *)(inner - offsetof(node, val)), N);
}
END_TEST

START_TEST(test_roots_registered)
{
	/* a pointer held in malloc'd memory is invisible unless registered */
	node **box = malloc(sizeof *box);
	*box = makeList(N);
	rt_gcAddRoot(box, sizeof *box);
	collect();
	ck_assert_int_eq(countLive(), N);
	rt_gcRemoveRoot(box);
	*box = (node *)HIDE(*box);
	collect();
	ck_assert_int_le(countLive(), 5);
	free(box);
}
END_TEST

__attribute__((noinline)) static void makePrecise(void)
{
	/* noscan holder: the address in it is just a number */
	uintptr_t *num = rt_mallocgc(8, NULL, true);
	node *a = newNode(NULL, NULL, 1);
	*num = (uintptr_t)a;
	hidden[0] = HIDE(a);
	/* scalar word holding an address, pointer word holding another */
	uintptr_t *sp = rt_newobject(&tScalarPtr);
	node *b = newNode(NULL, NULL, 2), *c = newNode(NULL, NULL, 3);
	sp[0] = (uintptr_t)b;
	sp[1] = (uintptr_t)c;
	hidden[1] = HIDE(b);
	hidden[2] = HIDE(c);
	gkeep = (node *)num;
	hidden[3] = HIDE(sp);
}

START_TEST(test_precise_heap)
{
	static void *volatile holder;
	makePrecise();
	holder = UNHIDE(hidden[3]);
	collect();
	ck_assert(live(hidden[3]));
	ck_assert(!live(hidden[0])); /* only a noscan object held its address */
	ck_assert(!live(hidden[1])); /* only a scalar word held its address */
	ck_assert(live(hidden[2]));  /* a pointer word holds it */
	ck_assert_ptr_nonnull(holder);
	holder = NULL;
	gkeep = NULL;
}
END_TEST

START_TEST(test_span_reuse)
{
	GoMemStats m1, m2;
	makeGarbage();
	collect();
	rt_ReadMemStats(&m1);
	/* Empty spans went back to the heap; the same objects again land on the same pages. */
	uintptr_t lo = UINTPTR_MAX, hi = 0;
	for (int i = 0; i < N; i++) {
		uintptr_t h = (uintptr_t)UNHIDE(hidden[i]);
		lo = h < lo ? h : lo;
		hi = h > hi ? h : hi;
	}
	int reused = 0;
	for (int i = 0; i < N; i++) {
		uintptr_t p = (uintptr_t)newNode(NULL, NULL, i);
		reused += p >= lo && p <= hi;
	}
	rt_ReadMemStats(&m2);
	ck_assert_int_ge(reused, N * 9 / 10);
	ck_assert_uint_eq(m2.HeapSys, m1.HeapSys);
	ck_assert_uint_le(m2.HeapInuse - m1.HeapInuse, (N * 24 / RT_PAGE_SIZE + 2) * RT_PAGE_SIZE);
}
END_TEST

/* Keep every 10th node: the spans survive the sweep with free slots, which are reused in place. */
static node *volatile keepers[N / 10];

__attribute__((noinline)) static void makeSparse(void)
{
	for (int i = 0; i < N; i++) {
		node *n = newNode(NULL, NULL, i);
		hidden[i] = HIDE(n);
		if (i % 10 == 0)
			keepers[i / 10] = n;
	}
}

START_TEST(test_slot_reuse)
{
	GoMemStats m1, m2;
	makeSparse();
	collect();
	for (int i = 0; i < N; i++)
		EXPECT(live(hidden[i]) == (i % 10 == 0) || live(hidden[i]));
	rt_ReadMemStats(&m1);
	/* the freed slots: allocation must hand them out again before any new span */
	int reused = 0;
	for (int i = 0; i < N * 9 / 10 - 20; i++) {
		uintptr_t p = (uintptr_t)newNode(NULL, NULL, -i);
		for (int k = 0; k < N; k++)
			if (k % 10 && (uintptr_t)UNHIDE(hidden[k]) == p) {
				reused++;
				break;
			}
	}
	rt_ReadMemStats(&m2);
	ck_assert_int_ge(reused, N * 9 / 10 - 40);
	ck_assert_uint_eq(m2.HeapInuse, m1.HeapInuse);
	for (int i = 0; i < N / 10; i++)
		EXPECT(keepers[i]->val == i * 10);
}
END_TEST

__attribute__((noinline)) static uintptr_t makeLarge(uintptr_t size)
{
	uint8_t *p = rt_mallocgc(size, NULL, true);
	memset(p, 1, size);
	return HIDE(p);
}

START_TEST(test_large_reclaimed_and_released)
{
	GoMemStats m0, m1, m2;
	rt_ReadMemStats(&m0);
	uintptr_t h = makeLarge(64u << 20);
	ck_assert(live(h));
	collect();
	ck_assert(!live(h));
	rt_ReadMemStats(&m1);
	ck_assert_uint_le(m1.HeapInuse, m0.HeapInuse + (1u << 20));
	/* the pages are reused, not grown */
	uintptr_t h2 = makeLarge(64u << 20);
	ck_assert_uint_eq(h2, h);
	collect();
	/* the scavenger runs at the next cycle's start: the free 64 MiB go back to the OS */
	collect();
	rt_ReadMemStats(&m2);
	ck_assert_uint_ge(m2.HeapReleased, 32u << 20);
	ck_assert_uint_eq(m2.HeapIdle, m2.HeapSys - m2.HeapInuse);
	ck_assert_uint_ge(m2.HeapIdle, m2.HeapReleased);
	/* released pages are handed out again, zeroed */
	uint8_t *p = rt_mallocgc(60u << 20, NULL, true);
	for (uintptr_t i = 0; i < (60u << 20); i += 4096)
		EXPECT(p[i] == 0);
}
END_TEST

START_TEST(test_pacing_arithmetic)
{
	ck_assert_int_eq(rt_readGOGC(NULL), 100);
	ck_assert_int_eq(rt_readGOGC("off"), -1);
	ck_assert_int_eq(rt_readGOGC("50"), 50);
	ck_assert_int_eq(rt_readGOGC("0"), 0);
	ck_assert_int_eq(rt_readGOGC("junk"), 100);
	/* the scavenger's goal: in-use pages scaled by the goal's move, +10%, page-aligned; none before a cycle */
	ck_assert_uint_eq(rt_scavengeGoalFor(10u << 20, 8u << 20, 0), UINT64_MAX);
	ck_assert_uint_eq(rt_scavengeGoalFor(10u << 20, 20u << 20, 20u << 20), 11534336);
	ck_assert_uint_eq(rt_scavengeGoalFor(10u << 20, 10u << 20, 20u << 20), 5767168);
	ck_assert_uint_eq(rt_scavengeGoalFor(1000, 4u << 20, 4u << 20), 4096);
	/* minimum: 4 MiB * GOGC/100 (measured: 4194304, 2097152, 8388608) */
	ck_assert_uint_eq(rt_heapGoalFor(0, 0, 0, 100), 4194304);
	ck_assert_uint_eq(rt_heapGoalFor(0, 0, 0, 50), 2097152);
	ck_assert_uint_eq(rt_heapGoalFor(0, 0, 0, 200), 8388608);
	ck_assert_uint_eq(rt_heapGoalFor(1000, 0, 0, 100), 4194304);
	/* goal = live + (live + stacks + globals) * GOGC/100 */
	ck_assert_uint_eq(rt_heapGoalFor(10573192, 200000, 31000, 100), 10573192 + 10573192 + 231000);
	ck_assert_uint_eq(rt_heapGoalFor(10u << 20, 0, 0, 200), 30u << 20);
	ck_assert_uint_eq(rt_heapGoalFor(10u << 20, 1u << 20, 1u << 20, 50), (10u << 20) + (6u << 20));
	ck_assert_uint_eq(rt_heapGoalFor(0, 0, 0, 0), 0);
	ck_assert_uint_eq(rt_heapGoalFor(1u << 30, 0, 0, -1), INT64_MAX);

	/* the live pacer: after a collection NextGC follows the formula */
	GoMemStats m;
	gkeep = makeList(N);
	collect();
	rt_ReadMemStats(&m);
	gcControllerState *c = &rt_gcController;
	ck_assert_uint_eq(m.NextGC, rt_heapGoalFor(c->heapMarked, c->lastStackScan, c->globalsScan, 100));
	ck_assert_uint_ge(c->heapMarked, N * 24);
	gkeep = NULL;
}
END_TEST

START_TEST(test_sweep_distance)
{
	/* GOGC=1 makes a goal of a few KiB, but Go keeps 1 MiB of allocation
	 * between cycles while the last one is swept: 12 MB allocated make a
	 * dozen collections (gc: 12; 541 without the sweep distance) */
	GoMemStats m1, m2;
	collect();   /* the allocator set up: GOGC read */
	int32_t old = rt_setGCPercent(1);
	collect();
	rt_ReadMemStats(&m1);
	for (int i = 0; i < 40000; i++)
		rt_mallocgc(304, NULL, false);
	rt_ReadMemStats(&m2);
	uint32_t n = m2.NumGC - m1.NumGC;
	rt_setGCPercent(old);
	ck_assert_msg(n >= 5 && n <= 40, "%u collections for 12 MB at GOGC=1", n);
}
END_TEST

START_TEST(test_heap_trigger)
{
	/* Garbage only: collections start by themselves, about every 4 MiB. */
	GoMemStats m1, m2;
	rt_ReadMemStats(&m1);
	for (int i = 0; i < 1000000; i++)
		newNode(NULL, NULL, i);   /* 24 MB of 24-byte nodes */
	rt_ReadMemStats(&m2);
	ck_assert_uint_ge(m2.NumGC - m1.NumGC, 4);
	ck_assert_uint_le(m2.NumGC - m1.NumGC, 12);
	ck_assert_uint_eq(m2.NumForcedGC, m1.NumForcedGC);
	ck_assert_uint_le(m2.HeapSys, 16u << 20);
	ck_assert_uint_gt(m2.PauseTotalNs, m1.PauseTotalNs);
	ck_assert_uint_gt(m2.PauseNs[(m2.NumGC + 255) % 256], 0);
	ck_assert_uint_gt(m2.LastGC, 0);
	uint64_t sum = 0;
	for (int i = 0; i < 256; i++)
		sum += m2.PauseNs[i];
	ck_assert_uint_eq(sum, m2.PauseTotalNs); /* fewer than 256 cycles so far */
	ck_assert_uint_eq(m2.HeapObjects, m2.Mallocs - m2.Frees);
}
END_TEST

START_TEST(test_fmt_ns_as_ms)
{
	char b[32];
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 0), "0");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 999), "0");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 6000), "0.006");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 28000), "0.028");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 500000), "0.50");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 950000), "0.95");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 1600000), "1.6");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 9499999), "9.4");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 10000000), "10");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 86000000), "86");
	ck_assert_str_eq(rt_fmtNSAsMS(b, sizeof b, 1234567890), "1234");
}
END_TEST

/* ---- child processes ---- */

static char selfExe[4096];

/* Run this binary as `self mode` with env set; capture stderr; return exit status. */
static int runChild(const char *mode, const char *env1, const char *env2, char *err, size_t errcap)
{
	int fds[2], status;
	pid_t pid;
	size_t n = 0;
	ssize_t r;

	ck_assert_int_eq(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		unsetenv("GODEBUG");
		unsetenv("GOGC");
		if (env1)
			putenv((char *)env1);
		if (env2)
			putenv((char *)env2);
		execl(selfExe, selfExe, mode, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	while (n + 1 < errcap && (r = read(fds[0], err + n, errcap - 1 - n)) > 0)
		n += (size_t)r;
	err[n] = '\0';
	{
		char sink[4096];
		while (read(fds[0], sink, sizeof sink) > 0)
			;
	}
	close(fds[0]);
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static char childErr[1 << 20];

START_TEST(test_gctrace_format)
{
	regex_t re;
	int lines = 0, forced = 0;
	const char *pat =
		"^gc ([0-9]+) @[0-9]+\\.[0-9]{3}s [0-9]+%: "
		"[0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
		"[0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, "
		"[0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, 1 P( \\(forced\\))?$";

	ck_assert_int_eq(runChild("trace", "GODEBUG=gctrace=1", NULL, childErr, sizeof childErr), 0);
	ck_assert_int_eq(regcomp(&re, pat, REG_EXTENDED), 0);
	for (char *line = strtok(childErr, "\n"); line; line = strtok(NULL, "\n")) {
		regmatch_t m[2];
		if (strncmp(line, "numgc ", 6) == 0) {
			ck_assert_int_eq(atoi(line + 6), lines);
			continue;
		}
		ck_assert_msg(regexec(&re, line, 2, m, 0) == 0, "bad gctrace line: %s", line);
		ck_assert_int_eq(atoi(line + m[1].rm_so), lines + 1);
		lines++;
		forced += strstr(line, "(forced)") != NULL;
		if (lines == 1)
			ck_assert_msg(strstr(line, ", 4 MB goal,") != NULL, "first goal: %s", line);
	}
	regfree(&re);
	ck_assert_int_ge(lines, 4);
	ck_assert_int_eq(forced, 2);
}
END_TEST

START_TEST(test_gogc_off)
{
	ck_assert_int_eq(runChild("gogcoff", "GOGC=off", "GODEBUG=gctrace=1", childErr, sizeof childErr), 0);
	/* one line, the forced cycle, paced against the memory limit */
	ck_assert_msg(strstr(childErr, "gc 1 @") == childErr, "%s", childErr);
	ck_assert_ptr_null(strstr(childErr, "gc 2 @"));
	ck_assert_ptr_nonnull(strstr(childErr, "(forced)"));
	ck_assert_ptr_nonnull(strstr(childErr, " 87960930222"));
}
END_TEST

START_TEST(test_gcstress)
{
	int st = runChild("stress", "GODEBUG=gcstress=7", NULL, childErr, sizeof childErr);
	ck_assert_msg(st == 0, "stress child exit %d: %s", st, childErr);
}
END_TEST

START_TEST(test_bounded_rss)
{
	int st = runChild("rss", NULL, NULL, childErr, sizeof childErr);
	ck_assert_msg(st == 0, "rss child exit %d: %s", st, childErr);
}
END_TEST

/* Child: two forced cycles and some heap-triggered ones, then print NumGC. */
static int childTrace(void)
{
	GoMemStats m;
	for (int i = 0; i < 600000; i++)
		newNode(NULL, NULL, i);
	rt_GC();
	rt_GC();
	rt_ReadMemStats(&m);
	fprintf(stderr, "numgc %u\n", m.NumGC);
	return 0;
}

static int childGogcOff(void)
{
	GoMemStats m;
	for (int i = 0; i < 600000; i++)
		newNode(NULL, NULL, i);
	rt_ReadMemStats(&m);
	if (m.NumGC != 0 || m.NextGC < (1ull << 62))
		return 1;
	rt_GC();
	return 0;
}

/* Binary trees under gcstress: any wrongly freed node shows up as poison or a wrong sum. */
static node *bottomUp(int depth)
{
	if (depth <= 0)
		return newNode(NULL, NULL, 1);
	node *l = bottomUp(depth - 1);
	node *r = bottomUp(depth - 1);
	return newNode(l, r, 1);
}

static intptr_t check(node *n)
{
	if (!n->left)
		return n->val;
	return n->val + check(n->left) + check(n->right);
}

static int childStress(void)
{
	node *volatile longLived = bottomUp(12);
	GoMemStats m;
	for (int i = 0; i < 40; i++) {
		node *t = bottomUp(8);
		/* mix in sizes: tiny, small noscan, pointer slices, a large one now and then */
		char *str = rt_mallocgc(5 + i % 11, NULL, false);
		memset(str, 'x', 5 + i % 11);
		GoSlice s = { NULL, 0, 0 };
		for (int k = 0; k < 300; k++) {
			if (s.len == s.cap)
				s = rt_growslice(&tPtr, s, s.len + 1);
			((node **)s.ptr)[s.len++] = newNode(NULL, NULL, k);
		}
		if (i % 10 == 0)
			rt_mallocgc(100000, &tPtr, true);
		if (check(t) != 511)
			return 2;
		for (int k = 0; k < 300; k++)
			if (((node **)s.ptr)[k]->val != k)
				return 3;
		for (int k = 0; k < 5 + i % 11; k++)
			if (str[k] != 'x')
				return 4;
	}
	if (check(longLived) != 8191)
		return 5;
	rt_ReadMemStats(&m);
	if (m.NumGC < 100)
		return 6;
	return 0;
}

static long vmHWMkB(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, "VmHWM:", 6) == 0)
			kb = atol(line + 6);
	if (f)
		fclose(f);
	return kb;
}

/*
 * Keep ~16 MB live in a ring of 64 KiB-ish blocks and allocate 10x that
 * (and more) through it; with GOGC=100 the heap should settle near twice
 * the live size.  The bound allows the runtime's own metadata and libc.
 */
static int childRSS(void)
{
	enum { RING = 256, BLOCK = 64 << 10 };
	void **ring = rt_makeslice(&tPtr, RING, RING);
	uint64_t allocated = 0, live = (uint64_t)RING * BLOCK;
	long before = vmHWMkB();
	for (int i = 0; allocated < 12 * live; i++) {
		ring[i % RING] = rt_mallocgc(BLOCK - 1000 * (i % 7), NULL, true);
		((char *)ring[i % RING])[0] = 1;
		allocated += BLOCK;
		/* small garbage too */
		for (int k = 0; k < 16; k++)
			newNode(NULL, NULL, k);
		allocated += 16 * 24;
	}
	long peak = vmHWMkB();
	GoMemStats m;
	rt_ReadMemStats(&m);
	fprintf(stderr, "live %llu MB, allocated %llu MB, peak RSS %ld MB (start %ld MB), NumGC %u, HeapSys %llu MB\n",
		(unsigned long long)(live >> 20), (unsigned long long)(allocated >> 20), peak >> 10, before >> 10, m.NumGC,
		(unsigned long long)(m.HeapSys >> 20));
	/* 2x live for GOGC=100, plus room for metadata and the process itself */
	if (peak - before > (long)(live * 5 / 2 / 1024) + 8 * 1024)
		return 1;
	if (m.NumGC < 5)
		return 2;
	return 0;
}

static int childMain(const char *mode)
{
	rt_schedinit(NULL);
	if (strcmp(mode, "trace") == 0)
		return childTrace();
	if (strcmp(mode, "gogcoff") == 0)
		return childGogcOff();
	if (strcmp(mode, "stress") == 0)
		return childStress();
	if (strcmp(mode, "rss") == 0)
		return childRSS();
	return 100;
}

static Suite *gc_suite(void)
{
	Suite *s = suite_create("gc");
	TCase *tc = tcase_create("reachability");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_unreachable_freed);
	tcase_add_test(tc, test_cycles);
	tcase_add_test(tc, test_roots_global);
	tcase_add_test(tc, test_roots_stack);
	tcase_add_test(tc, test_roots_interior);
	tcase_add_test(tc, test_roots_registered);
	tcase_add_test(tc, test_precise_heap);
	suite_add_tcase(s, tc);

	tc = tcase_create("sweep");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_span_reuse);
	tcase_add_test(tc, test_slot_reuse);
	tcase_add_test(tc, test_large_reclaimed_and_released);
	suite_add_tcase(s, tc);

	tc = tcase_create("pacing");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_pacing_arithmetic);
	tcase_add_test(tc, test_heap_trigger);
	tcase_add_test(tc, test_sweep_distance);
	tcase_add_test(tc, test_fmt_ns_as_ms);
	tcase_add_test(tc, test_gctrace_format);
	tcase_add_test(tc, test_gogc_off);
	suite_add_tcase(s, tc);

	tc = tcase_create("stress");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_gcstress);
	tcase_add_test(tc, test_bounded_rss);
	suite_add_tcase(s, tc);
	return s;
}

int main(int argc, char **argv)
{
	ssize_t n;

	if (argc > 1)
		return childMain(argv[1]);
	n = readlink("/proc/self/exe", selfExe, sizeof selfExe - 1);
	if (n > 0)
		selfExe[n] = '\0';
	SRunner *sr = srunner_create(gc_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
