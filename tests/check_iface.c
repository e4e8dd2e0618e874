/*
 * check_iface.c - interfaces (boxing, itabs, assertions, their panics) and
 * the builtin print/println, against Go 1.19.
 *
 * The type descriptors are built the way the code generator emits them:
 * I is interface { M() }, T a struct with a value method M (so T and *T
 * both implement I), U a struct without methods.  Panic texts and print
 * formats were taken from Go 1.19 programs doing the same operations (the
 * programs are quoted next to each expectation).
 */
#include <check.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "tests/rttypes.h"

static GoType *tI, *tT, *tPT, *tU, *tStringer, *tFuncVoid, *tInts;
static int mCalls;

static void tM(void *rcvr)
{
	mCalls++;
}

static const GoMethod tMethods[] = { { "M", NULL, (void (*)(void))tM, NULL } };
static GoIMethod iMethods[1], stringerMethods[1];

static void types(void)
{
	if (tI != NULL)
		return;
	tFuncVoid = newtype("func()", KindFunc | KindDirectIface, 8, sizeof(GoFuncType));
	iMethods[0] = (GoIMethod){ "M", tFuncVoid };
	stringerMethods[0] = (GoIMethod){ "String", &rt_type_func_string.typ };
	tI = ifacetype("main.I", 1, iMethods);
	tStringer = ifacetype("fmt.Stringer", 1, stringerMethods);
	tT = structof("main.T", 0, 0, NULL);
	withmethods(tT, 1, tMethods);
	tPT = ptrto(tT, "*main.T");
	withmethods(tPT, 1, tMethods);
	tU = structof("main.U", 8, 0, NULL);
	tInts = sliceof(&rt_type_int, "[]int");
}

/* ---- boxing ---- */

START_TEST(test_convT)
{
	void *p;

	/* small values share the static table; larger ones are copied to the heap */
	ck_assert_ptr_eq(rt_convT64(5), &rt_staticuint64s[5]);
	ck_assert_ptr_eq(rt_convT32(255), &rt_staticuint64s[255]);
	ck_assert_ptr_eq(rt_convT16(0), &rt_staticuint64s[0]);
	p = rt_convT64(1000);
	ck_assert_ptr_ne(p, &rt_staticuint64s[0]);
	ck_assert_int_eq(*(uint64_t *)p, 1000);
	ck_assert_int_eq(*(uint32_t *)rt_convT32(70000), 70000);
	ck_assert_int_eq(*(uint16_t *)rt_convT16(300), 300);
	/* "" and nil slices point at the shared zero value */
	ck_assert_ptr_eq(rt_convTstring(gs("")), rt_zeroVal);
	ck_assert_ptr_eq(rt_convTslice((GoSlice){ NULL, 0, 0 }), rt_zeroVal);
	p = rt_convTstring(gs("hi"));
	ck_assert(gseq(*(GoString *)p, "hi", 2));
	p = rt_convTslice((GoSlice){ &p, 1, 1 });
	ck_assert_int_eq(((GoSlice *)p)->cap, 1);
	p = rt_convT(&rt_type_float64, &(double){ 2.5 });
	ck_assert(*(double *)p == 2.5);
	p = rt_convTnoptr(&rt_type_int32, &(int32_t){ -3 });
	ck_assert_int_eq(*(int32_t *)p, -3);
}
END_TEST

/* ---- itabs ---- */

START_TEST(test_itab)
{
	const GoItab *a, *b;
	GoIface r;

	types();
	a = rt_getitab((const GoInterfaceType *)tI, tT, false);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(a->type, tT);
	ck_assert_ptr_eq((const void *)a->fun[0], (const void *)tM);
	b = rt_getitab((const GoInterfaceType *)tI, tT, true);
	ck_assert_ptr_eq(a, b);   /* cached: one itab per pair */
	ck_assert_ptr_null(rt_getitab((const GoInterfaceType *)tI, tU, true));
	ck_assert_ptr_null(rt_getitab((const GoInterfaceType *)tI, &rt_type_int, true));
	/* calling through the itab */
	mCalls = 0;
	((void (*)(void *))a->fun[0])(NULL);
	ck_assert_int_eq(mCalls, 1);

	/* e.(I) with comma-ok */
	r = rt_assertE2I2((const GoInterfaceType *)tI, (GoEface){ tPT, &r });
	ck_assert_ptr_eq(r.data, &r);
	ck_assert_ptr_eq(r.tab->type, tPT);
	r = rt_assertE2I2((const GoInterfaceType *)tI, (GoEface){ tU, &r });
	ck_assert_ptr_null(r.tab);
	ck_assert_ptr_null(r.data);
	r = rt_assertE2I2((const GoInterfaceType *)tI, (GoEface){ NULL, NULL });
	ck_assert_ptr_null(r.tab);
	ck_assert_ptr_eq(rt_assertE2I((const GoInterfaceType *)tI, tT), a);

	/* interface to interface */
	ck_assert_ptr_eq(rt_convI2I((const GoInterfaceType *)tI, a), a);
	ck_assert_ptr_null(rt_convI2I((const GoInterfaceType *)tI, NULL));
	ck_assert_ptr_eq(rt_assertI2I((const GoInterfaceType *)tI, a), a);
	r = rt_assertI2I2((const GoInterfaceType *)tStringer, (GoIface){ a, NULL });
	ck_assert_ptr_null(r.tab);
	r = rt_assertI2I2((const GoInterfaceType *)tI, (GoIface){ NULL, NULL });
	ck_assert_ptr_null(r.tab);

	/* the error interface finds Error methods */
	{
		static const GoMethod errMethods[] = { { "Error", &rt_type_func_string, (void (*)(void))tM, NULL } };
		GoType *tE = structof("main.E", 0, 0, NULL);
		withmethods(tE, 1, errMethods);
		const GoItab *tab = rt_getitab(&rt_type_error, tE, false);
		ck_assert_ptr_eq(tab->inter, &rt_type_error);
		ck_assert_ptr_eq(rt_getitab(&rt_type_error, tE, false), tab);
		ck_assert_ptr_eq(rt_errormethod(tE), &errMethods[0]);
		ck_assert_ptr_null(rt_getitab((const GoInterfaceType *)tStringer, tE, true));
	}
}
END_TEST

START_TEST(test_itabsinit)
{
	/* a statically laid-out itab, registered at start-up, is the one getitab returns */
	static struct { GoItab tab; void (*fun[1])(void); } st;
	GoItab *tabs[1] = { &st.tab };
	GoType *tV;

	types();
	tV = structof("main.V", 0, 0, NULL);
	withmethods(tV, 1, tMethods);
	st.tab.inter = (const GoInterfaceType *)tI;
	st.tab.type = tV;
	st.tab.fun[0] = (void (*)(void))tM;
	rt_itabsinit(tabs, 1);
	ck_assert_ptr_eq(rt_getitab((const GoInterfaceType *)tI, tV, false), &st.tab);
}
END_TEST

START_TEST(test_itab_many)
{
	/* enough types to grow the table past its first size, all still found */
	enum { N = 1500 };
	static GoType *ts[N];
	static const GoItab *tabs[N];

	types();
	for (int i = 0; i < N; i++) {
		ts[i] = structof("main.Many", 0, 0, NULL);
		withmethods(ts[i], 1, tMethods);
		tabs[i] = rt_getitab((const GoInterfaceType *)tI, ts[i], false);
	}
	for (int i = 0; i < N; i++)
		ck_assert_ptr_eq(rt_getitab((const GoInterfaceType *)tI, ts[i], false), tabs[i]);
}
END_TEST

/* ---- panics (Go 1.19 first lines; see the comments for the Go source) ---- */

static void p1(void) { types(); rt_panicdottypeE(&rt_type_int, &rt_type_string, ifacetype("interface {}", 0, NULL)); }
static void p2(void) { types(); rt_panicdottypeE(NULL, &rt_type_string, ifacetype("interface {}", 0, NULL)); }
static void p3(void) { types(); rt_assertE2I((const GoInterfaceType *)tI, tU); }
static void p4(void) { types(); rt_assertE2I((const GoInterfaceType *)tI, NULL); }
static void p5(void)
{
	types();
	rt_panicdottypeI(rt_getitab((const GoInterfaceType *)tI, tT, false), tPT, tI);
}
static void p6(void) { types(); rt_assertE2I((const GoInterfaceType *)tStringer, &rt_type_int); }
static void p7(void) { types(); rt_panicdottypeI(NULL, tT, tI); }
static void p8(void)
{
	GoSlice x = { NULL, 0, 0 };
	types();
	rt_efaceeq(tInts, &x, &x);
}
static void p9(void) { types(); rt_assertI2I((const GoInterfaceType *)tStringer, NULL); }
static void p10(void)
{
	/* the negative cache entry still names the missing method */
	types();
	rt_getitab((const GoInterfaceType *)tI, tU, true);
	rt_getitab((const GoInterfaceType *)tI, tU, false);
}

START_TEST(test_panics)
{
	/* var e interface{} = 1; _ = e.(string) */
	expectdeath(p1, "panic: interface conversion: interface {} is int, not string");
	/* var ne interface{}; _ = ne.(string) */
	expectdeath(p2, "panic: interface conversion: interface {} is nil, not string");
	/* _ = interface{}(U{}).(I) */
	expectdeath(p3, "panic: interface conversion: main.U is not main.I: missing method M");
	/* _ = ne.(I) */
	expectdeath(p4, "panic: interface conversion: interface is nil, not main.I");
	/* var i I = T{}; _ = i.(*T) */
	expectdeath(p5, "panic: interface conversion: main.I is main.T, not *main.T");
	/* _ = e.(fmt.Stringer) */
	expectdeath(p6, "panic: interface conversion: int is not fmt.Stringer: missing method String");
	/* var ni I; _ = ni.(T) */
	expectdeath(p7, "panic: interface conversion: main.I is nil, not main.T");
	/* var a, b interface{} = []int{1}, []int{1}; _ = a == b */
	expectdeath(p8, "panic: runtime error: comparing uncomparable type []int");
	/* _ = ni.(fmt.Stringer) */
	expectdeath(p9, "panic: interface conversion: interface is nil, not fmt.Stringer");
	expectdeath(p10, "panic: interface conversion: main.U is not main.I: missing method M");
}
END_TEST

/* ---- print and println ---- */

static void printall(void)
{
	static const double fs[] = { 0, -0.0, 1.5, 0.1, 100, -2.25, 1e21, 1e-300, 123456789, 9.9999999,
		0.99999995, 5e-324, 1.7976931348623157e308, INFINITY, -INFINITY, NAN, 1.0 / 3, 2.0 / 3,
		999999.95, 1e100 };
	int64_t minint = INT64_MIN;

	for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) {
		rt_printlock();
		rt_printfloat(fs[i]);
		rt_printnl();
		rt_printunlock();
	}
	rt_printlock();
	rt_printfloat(0.1f);
	rt_printsp();
	rt_printfloat(16777217.0f);
	rt_printnl();
	rt_printbool(true);
	rt_printsp();
	rt_printbool(false);
	rt_printsp();
	rt_printint(42);
	rt_printsp();
	rt_printint(-42);
	rt_printsp();
	rt_printint(minint);
	rt_printsp();
	rt_printuint(UINT64_MAX);
	rt_printsp();
	rt_printint('a');
	rt_printsp();
	rt_printstring(gs("str"));
	rt_printnl();
	rt_printcomplex(1, -2);
	rt_printnl();
	rt_printpointer(NULL);
	rt_printnl();
	rt_printslice((GoSlice){ NULL, 0, 0 });
	rt_printnl();
	rt_printeface((GoEface){ NULL, NULL });
	rt_printnl();
	rt_printunlock();
}

START_TEST(test_print)
{
	/* the output of println for the same operands in a Go 1.19 program */
	static const char want[] =
		"+0.000000e+000\n-0.000000e+000\n+1.500000e+000\n+1.000000e-001\n+1.000000e+002\n"
		"-2.250000e+000\n+1.000000e+021\n+1.000000e-300\n+1.234568e+008\n+1.000000e+001\n"
		"+1.000000e+000\n+4.940656e-324\n+1.797693e+308\n+Inf\n-Inf\nNaN\n+3.333333e-001\n"
		"+6.666667e-001\n+1.000000e+006\n+1.000000e+100\n"
		"+1.000000e-001 +1.677722e+007\n"
		"true false 42 -42 -9223372036854775808 18446744073709551615 97 str\n"
		"(+1.000000e+000-2.000000e+000i)\n0x0\n[0/0]0x0\n(0x0,0x0)\n";
	char path[] = "/tmp/check_iface_XXXXXX", got[2048] = { 0 };
	int fd = mkstemp(path), saved = dup(2);
	ssize_t n;

	dup2(fd, 2);
	printall();
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	n = read(fd, got, sizeof got - 1);
	close(fd);
	unlink(path);
	ck_assert_int_gt(n, 0);
	ck_assert_str_eq(got, want);
}
END_TEST

START_TEST(test_printhex)
{
	char path[] = "/tmp/check_iface_XXXXXX", got[256] = { 0 };
	int fd = mkstemp(path), saved = dup(2);

	dup2(fd, 2);
	rt_printhex(0xdeadbeef);
	rt_printsp();
	rt_printpointer((void *)0xc000012345);
	rt_printsp();
	rt_printslice((GoSlice){ (void *)0xc000010000, 3, 8 });
	rt_printsp();
	rt_printiface((GoIface){ (void *)0x10, (void *)0x20 });
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ck_assert_int_gt(read(fd, got, sizeof got - 1), 0);
	close(fd);
	unlink(path);
	ck_assert_str_eq(got, "0xdeadbeef 0xc000012345 [3/8]0xc000010000 (0x10,0x20)");
}
END_TEST

/* ---- os ---- */

GoSlice rt_os_runtime_args(void) GO_NAME("os.runtime_args"); /* runtime/os.c */

static void exit3(void)
{
	fputs("buffered", stdout);
	rt_syscall_Exit(3);
}

START_TEST(test_os)
{
	char *argv[] = { "prog", "a b", "", NULL };
	GoString *a;
	int fds[2], status;
	char buf[64] = { 0 };
	pid_t pid;

	rt_args_init(3, argv);
	GoSlice args = rt_os_runtime_args();
	ck_assert_int_eq(args.len, 3);
	a = args.ptr;
	ck_assert(gseq(a[0], "prog", 4));
	ck_assert(gseq(a[1], "a b", 3));
	ck_assert_int_eq(a[2].len, 0);

	/* syscall.Exit (os.Exit's end) flushes stdio, then exits with the code */
	ck_assert_int_eq(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		exit3();
	}
	close(fds[1]);
	ck_assert_int_eq(read(fds[0], buf, sizeof buf - 1), 8);
	close(fds[0]);
	waitpid(pid, &status, 0);
	ck_assert_str_eq(buf, "buffered");
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 3);
}
END_TEST

/* ---- the runtime's descriptors ---- */

/* codegen/type.c's type hash: FNV-1a (32 bits) of the type's string. */
static uint32_t fnv32(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

START_TEST(test_basic_descriptors)
{
	static const GoType *const basics[] = {
		&rt_type_bool, &rt_type_int, &rt_type_int8, &rt_type_int16, &rt_type_int32, &rt_type_int64,
		&rt_type_uint, &rt_type_uint8, &rt_type_uint16, &rt_type_uint32, &rt_type_uint64,
		&rt_type_uintptr, &rt_type_float32, &rt_type_float64, &rt_type_string,
	};
	char star[32];

	/* hashes as the code generator computes them for the types it emits */
	ck_assert_uint_eq(rt_type_error.typ.hash, fnv32("error"));
	ck_assert_uint_eq(rt_type_func_string.typ.hash, fnv32("func() string"));
	for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++) {
		const GoType *t = basics[i];
		const GoPtrType *p = (const GoPtrType *)t->ptrToThis;

		ck_assert_uint_eq(t->hash, fnv32(t->str));
		/* *T: the runtime's, linked both ways, shaped as codegen shapes pointers */
		ck_assert_ptr_nonnull(p);
		ck_assert_ptr_eq(p->elem, t);
		snprintf(star, sizeof star, "*%s", t->str);
		ck_assert_str_eq(p->typ.str, star);
		ck_assert_uint_eq(p->typ.hash, fnv32(star));
		ck_assert_uint_eq(p->typ.size, 8);
		ck_assert_uint_eq(p->typ.ptrdata, 8);
		ck_assert_int_eq(p->typ.kind, KindPointer | KindDirectIface);
		ck_assert_int_eq(p->typ.tflag, TflagRegularMemory);
		ck_assert(p->typ.equal == rt_memequal64);
		ck_assert_int_eq(p->typ.gcdata[0], 1);
		ck_assert_ptr_null(p->typ.ptrToThis);
	}
	ck_assert_ptr_eq(rt_type_int.ptrToThis, &rt_type_ptr_int.typ);
	ck_assert_ptr_eq(rt_type_string.ptrToThis, &rt_type_ptr_string.typ);
}
END_TEST

static Suite *iface_suite(void)
{
	Suite *s = suite_create("iface");
	TCase *tc = tcase_create("iface");

	tcase_add_test(tc, test_convT);
	tcase_add_test(tc, test_itab);
	tcase_add_test(tc, test_itabsinit);
	tcase_add_test(tc, test_itab_many);
	tcase_add_test(tc, test_panics);
	tcase_add_test(tc, test_basic_descriptors);
	suite_add_tcase(s, tc);
	tc = tcase_create("print");
	tcase_add_test(tc, test_print);
	tcase_add_test(tc, test_printhex);
	tcase_add_test(tc, test_os);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(iface_suite());
	int failed;

	rt_setGCPercent(-1);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
