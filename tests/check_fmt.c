/*
 * check_fmt.c - package fmt and float formatting against Go 1.19.
 *
 * Every expectation here was produced by Go itself.  fmt_cases.h comes from
 * tests/gen/fmtcases, a Go program that formats each case with Go 1.19's fmt
 * and writes it out next to a C expression building the same operands:
 * basic values directly, composite ones as named fixtures that X() below
 * builds from hand-made type descriptors, the way the code generator lays
 * them out (the Go program declares the same types and methods).
 * ftoa_cases.h (tests/gen/ftoacases) holds random float64 and float32 bit
 * patterns with strconv.FormatFloat's shortest and fixed-precision output.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "tests/maptypes.h"
#include "tests/rttypes.h"

/* ---- fixtures: the types and values of tests/gen/fmtcases ---- */

static GoSlice *SL(GoSlice s)
{
	GoSlice *p = malloc(sizeof *p);
	*p = s;
	return p;
}

static GoString *ST(const char *s)
{
	GoString *p = malloc(sizeof *p);
	*p = gs(s);
	return p;
}

typedef struct { intptr_t A; GoString B; } T;
typedef struct { intptr_t X, Y; } P;
typedef struct { intptr_t a, c; } Inner;
typedef struct { GoString Name; Inner In; intptr_t C; GoSlice S; GoEface I; } Outer;

static GoType *tT, *tPT, *tP, *tInts, *tStrs, *tArr3, *tEface, *tEfaces, *tMyInt, *tMyInts;
static GoType *tE, *tPE, *tColor, *tInner, *tOuter, *tBytes, *tNamedBytes, *tCelsius, *tStr;
static GoType *tPair, *tPs, *tEmpty, *tStrs2, *tPStrs2, *tU8s, *tF32s, *tPPs, *tBools;
static GoMapType *mSI, *mIS, *mFS, *mBI, *mSInts, *mPS, *mCC;
static GoType *tPMapSI;

static GoString myIntString(void *rcvr)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "MyInt<%ld>", (long)*(intptr_t *)rcvr);
	return rt_gostring(buf, n);
}

static GoString colorString(void *rcvr)
{
	static const char *names[] = { "red", "green", "blue" };
	return gs(names[*(intptr_t *)rcvr]);
}

static GoString eError(void *rcvr)
{
	GoString msg = *(GoString *)rcvr;   /* *E is pointer-shaped: rcvr is the *E */
	GoString parts[] = { gs("E:"), msg };
	return rt_concatstrings(NULL, (GoSlice){ parts, 2, 2 });
}

static const GoMethod myIntMethods[] = { { "String", &rt_type_func_string, (void (*)(void))myIntString, NULL } };
static const GoMethod colorMethods[] = { { "String", &rt_type_func_string, (void (*)(void))colorString, NULL } };
static const GoMethod peMethods[] = { { "Error", &rt_type_func_string, (void (*)(void))eError, NULL } };

static void mkfixtures(void)
{
	static const GoStructField tFields[2] = { { "A", &rt_type_int, 0, false, NULL }, { "B", &rt_type_string, 8, false, NULL } };
	static const GoStructField pFields[2] = { { "X", &rt_type_int, 0, false, NULL }, { "Y", &rt_type_int, 8, false, NULL } };
	static GoStructField eFields[1] = { { "msg", &rt_type_string, 0, false, NULL } };
	static GoStructField innerFields[2] = { { "a", &rt_type_int, 0, false, NULL }, { "c", NULL, 8, false, NULL } };
	static GoStructField outerFields[5];

	if (tT != NULL)
		return;
	tT = structof("main.T", 24, 2, tFields);
	tPT = ptrto(tT, "*main.T");
	tP = structof("main.P", 16, 2, pFields);
	tP->equal = rt_memequal128;
	tInts = sliceof(&rt_type_int, "[]int");
	tStrs = sliceof(&rt_type_string, "[]string");
	tArr3 = arrayof(&rt_type_int, 3, "[3]int");
	tEface = ifacetype("interface {}", 0, NULL);
	tEfaces = sliceof(tEface, "[]interface {}");
	tMyInt = named(&rt_type_int, "main.MyInt");
	withmethods(tMyInt, 1, myIntMethods);
	tMyInts = sliceof(tMyInt, "[]main.MyInt");
	tE = structof("main.E", 16, 1, eFields);
	tPE = ptrto(tE, "*main.E");
	withmethods(tPE, 1, peMethods);
	tColor = named(&rt_type_int, "main.Color");
	withmethods(tColor, 1, colorMethods);
	innerFields[1].typ = tColor;
	tInner = structof("main.inner", 16, 2, innerFields);
	outerFields[0] = (GoStructField){ "Name", &rt_type_string, 0, false, NULL };
	outerFields[1] = (GoStructField){ "In", tInner, 16, false, NULL };
	outerFields[2] = (GoStructField){ "C", tColor, 32, false, NULL };
	outerFields[3] = (GoStructField){ "S", tInts, 40, false, NULL };
	outerFields[4] = (GoStructField){ "I", tEface, 64, false, NULL };
	tOuter = structof("main.Outer", 80, 5, outerFields);
	tBytes = sliceof(&rt_type_uint8, "[]uint8");
	tNamedBytes = sliceof(&rt_type_uint8, "main.Bytes");
	tNamedBytes->tflag |= TflagNamed;
	tCelsius = named(&rt_type_float64, "main.Celsius");
	tStr = named(&rt_type_string, "main.Str");
	tPair = arrayof(&rt_type_int, 2, "main.Pair");
	tPs = sliceof(tP, "[]main.P");
	tEmpty = structof("struct {}", 0, 0, NULL);
	tStrs2 = arrayof(&rt_type_string, 2, "[2]string");
	tPStrs2 = ptrto(tStrs2, "*[2]string");
	tU8s = tBytes;
	tF32s = sliceof(&rt_type_float32, "[]float32");
	tPPs = ptrto(tPs, "*[]main.P");
	tBools = arrayof(&rt_type_bool, 2, "[2]bool");

	mSI = mt_maptype(&rt_type_string, &rt_type_int, rt_strhash, true, true, "map[string]int");
	mIS = mt_maptype(&rt_type_int, &rt_type_string, rt_memhash64, true, false, "map[int]string");
	mFS = mt_maptype(&rt_type_float64, &rt_type_string, rt_f64hash, false, true, "map[float64]string");
	mBI = mt_maptype(&rt_type_bool, &rt_type_int, rt_memhash8, true, false, "map[bool]int");
	mSInts = mt_maptype(&rt_type_string, tInts, rt_strhash, true, true, "map[string][]int");
	mPS = mt_maptype(tP, &rt_type_string, rt_memhash128, true, false, "map[main.P]string");
	mCC = mt_maptype(tColor, tColor, rt_memhash64, true, false, "map[main.Color]main.Color");
	tPMapSI = ptrto(&mSI->typ, "*map[string]int");
}

static GoSlice mkslice(const GoType *elem, intptr_t n, const void *src)
{
	void *p = rt_makeslice(elem, n, n);
	memcpy(p, src, (size_t)(n * (intptr_t)elem->size));
	return (GoSlice){ p, n, n };
}

static void put(GoMapType *t, GoHmap *h, const void *k, const void *v)
{
	memcpy(rt_mapassign(t, h, k), v, t->elem->size);
}

static GoEface X(const char *name)
{
	mkfixtures();
#define IS(s) (strcmp(name, s) == 0)
	if (IS("T1"))
		return box(tT, &(T){ 1, gs("x") });
	if (IS("pT1")) {
		T *p = rt_newobject(tT);
		*p = (T){ 1, gs("x") };
		return (GoEface){ tPT, p };
	}
	if (IS("P0"))
		return box(tP, &(P){ 0, 0 });
	if (IS("ints"))
		return box(tInts, SL(mkslice(&rt_type_int, 3, (intptr_t[]){ 1, 2, 3 })));
	if (IS("nilints"))
		return box(tInts, &(GoSlice){ NULL, 0, 0 });
	if (IS("strs"))
		return box(tStrs, SL(mkslice(&rt_type_string, 2, (GoString[]){ gs("a"), gs("b c") })));
	if (IS("arr"))
		return box(tArr3, (intptr_t[]){ 1, 2, 3 });
	if (IS("msi") || IS("pmap")) {
		GoHmap *h = rt_makemap(mSI, 0, NULL);
		if (IS("pmap")) {
			GoHmap **pp = rt_mallocgc(8, tPMapSI, true);
			put(mSI, h, ST(("k")), &(intptr_t){ 1 });
			*pp = h;
			return (GoEface){ tPMapSI, pp };
		}
		put(mSI, h, ST(("b")), &(intptr_t){ 2 });
		put(mSI, h, ST(("a")), &(intptr_t){ 1 });
		put(mSI, h, ST(("c")), &(intptr_t){ 3 });
		return (GoEface){ &mSI->typ, h };
	}
	if (IS("mis")) {
		GoHmap *h = rt_makemap(mIS, 0, NULL);
		put(mIS, h, &(intptr_t){ 3 }, ST(("c")));
		put(mIS, h, &(intptr_t){ -1 }, ST(("z")));
		put(mIS, h, &(intptr_t){ 2 }, ST(("b")));
		return (GoEface){ &mIS->typ, h };
	}
	if (IS("nilmap"))
		return (GoEface){ &mSI->typ, NULL };
	if (IS("mfs")) {
		GoHmap *h = rt_makemap(mFS, 0, NULL);
		put(mFS, h, &(double){ NAN }, ST(("nan")));
		put(mFS, h, &(double){ 1.5 }, ST(("x")));
		put(mFS, h, &(double){ -2 }, ST(("y")));
		return (GoEface){ &mFS->typ, h };
	}
	if (IS("mbi")) {
		GoHmap *h = rt_makemap(mBI, 0, NULL);
		put(mBI, h, &(bool){ true }, &(intptr_t){ 1 });
		put(mBI, h, &(bool){ false }, &(intptr_t){ 0 });
		return (GoEface){ &mBI->typ, h };
	}
	if (IS("efaces")) {
		GoEface e[] = { I(1), S("a", 1), NIL, F64(0x4004000000000000ULL) };
		return box(tEfaces, SL(mkslice(tEface, 4, e)));
	}
	if (IS("myint"))
		return box(tMyInt, &(intptr_t){ 7 });
	if (IS("myints"))
		return box(tMyInts, SL(mkslice(tMyInt, 2, (intptr_t[]){ 1, 2 })));
	if (IS("perr") || IS("Eval")) {
		GoString *e = rt_newobject(tE);
		*e = gs("boom");
		return IS("perr") ? (GoEface){ tPE, e } : box(tE, e);
	}
	if (IS("outer")) {
		Outer o = { gs("o"), { 1, 1 }, 2, mkslice(&rt_type_int, 1, (intptr_t[]){ 4 }), I(5) };
		return box(tOuter, &o);
	}
	if (IS("bytes") || IS("u8s")) {
		if (IS("u8s"))
			return box(tU8s, SL(mkslice(&rt_type_uint8, 2, (uint8_t[]){ 1, 255 })));
		return box(tBytes, SL(mkslice(&rt_type_uint8, 2, "hi")));
	}
	if (IS("Bytes"))
		return box(tNamedBytes, SL(mkslice(&rt_type_uint8, 3, "hi\0")));
	if (IS("nilptr"))
		return (GoEface){ tPT, NULL };
	if (IS("celsius"))
		return box(tCelsius, &(double){ 36.6 });
	if (IS("str"))
		return box(tStr, ST(("named")));
	if (IS("pair"))
		return box(tPair, (intptr_t[]){ 1, 2 });
	if (IS("nested"))
		return box(tPs, SL(mkslice(tP, 2, (P[]){ { 1, 2 }, { 3, 4 } })));
	if (IS("pnested")) {
		GoSlice *s = rt_newobject(tPs);
		*s = mkslice(tP, 1, (P[]){ { 5, 6 } });
		return (GoEface){ tPPs, s };
	}
	if (IS("mapnested")) {
		GoHmap *h = rt_makemap(mSInts, 0, NULL);
		put(mSInts, h, ST(("a")), SL(mkslice(&rt_type_int, 1, (intptr_t[]){ 1 })));
		put(mSInts, h, ST(("b")), &(GoSlice){ NULL, 0, 0 });
		return (GoEface){ &mSInts->typ, h };
	}
	if (IS("structmap")) {
		GoHmap *h = rt_makemap(mPS, 0, NULL);
		put(mPS, h, &(P){ 2, 1 }, ST(("b")));
		put(mPS, h, &(P){ 1, 2 }, ST(("a")));
		put(mPS, h, &(P){ 1, -1 }, ST(("c")));
		return (GoEface){ &mPS->typ, h };
	}
	if (IS("empty"))
		return (GoEface){ tEmpty, &rt_zerobase };
	if (IS("parr")) {
		GoString *a = rt_newobject(tStrs2);
		a[0] = gs("x");
		a[1] = gs("y");
		return (GoEface){ tPStrs2, a };
	}
	if (IS("colors")) {
		GoHmap *h = rt_makemap(mCC, 0, NULL);
		put(mCC, h, &(intptr_t){ 2 }, &(intptr_t){ 0 });
		put(mCC, h, &(intptr_t){ 0 }, &(intptr_t){ 1 });
		return (GoEface){ &mCC->typ, h };
	}
	if (IS("f32s"))
		return box(tF32s, SL(mkslice(&rt_type_float32, 2, (float[]){ 0.1f, 1e10f })));
	if (IS("bools"))
		return box(tBools, (bool[]){ true, false });
#undef IS
	ck_abort_msg("no fixture %s", name);
	return NIL;
}

/* ---- the generated table ---- */

static int C(char kind, const char *format, const char *want, int wantlen, int nargs, ...)
{
	va_list ap;
	GoSlice args;
	GoString got;

	va_start(ap, nargs);
	args = efaces(nargs, ap);
	va_end(ap);
	switch (kind) {
	case 'f': got = rt_fmt_Sprintf(gs(format), args); break;
	case 'p': got = rt_fmt_Sprint(args); break;
	default: got = rt_fmt_Sprintln(args); break;
	}
	ck_assert_msg(gseq(got, want, wantlen), "Sprintf(%s): got \"%s\", want \"%s\"", format, cstr(got), want);
	return 1;
}

#include "tests/fmt_cases.h"

START_TEST(test_fmtcase)
{
	fmtcase(_i);
}
END_TEST

/* ---- strconv.FormatFloat, random values ---- */

#include "tests/ftoa_cases.h"

static char *ftoa(double v, char fmt, int prec, int bitSize)
{
	rt_buf b = { 0 };

	rt_appendfloat(&b, v, fmt, prec, bitSize);
	rt_bufputc(&b, 0);
	return (char *)b.p;
}

START_TEST(test_ftoa64)
{
	double v;
	char *s;

	memcpy(&v, &ftoa64[_i].bits, 8);
	s = ftoa(v, 'g', -1, 64);
	ck_assert_str_eq(s, ftoa64[_i].g);
	free(s);
	s = ftoa(v, 'e', 3, 64);
	ck_assert_str_eq(s, ftoa64[_i].e3);
	free(s);
	s = ftoa(v, 'e', 17, 64);
	ck_assert_str_eq(s, ftoa64[_i].e17);
	free(s);
	if (ftoa64[_i].f4) {
		s = ftoa(v, 'f', 4, 64);
		ck_assert_str_eq(s, ftoa64[_i].f4);
		free(s);
	}
}
END_TEST

START_TEST(test_ftoa32)
{
	float f;
	char *s;

	memcpy(&f, &ftoa32[_i].bits, 4);
	s = ftoa(f, 'g', -1, 32);
	ck_assert_str_eq(s, ftoa32[_i].g);
	free(s);
	s = ftoa(f, 'e', 2, 32);
	ck_assert_str_eq(s, ftoa32[_i].e2);
	free(s);
}
END_TEST

/* ---- Errorf, Print to stdout, pointers ---- */

static GoString sprintf1(const char *format, GoEface a)
{
	return rt_fmt_Sprintf(gs(format), (GoSlice){ &a, 1, 1 });
}

static GoEface ifaceToEface(GoIface i)
{
	return (GoEface){ i.tab ? i.tab->type : NULL, i.data };
}

START_TEST(test_errorf)
{
	GoEface a[] = { I(42), S("x", 1) };
	GoIface err = rt_fmt_Errorf(gs("bad %d: %s"), (GoSlice){ a, 2, 2 });
	GoEface e = ifaceToEface(err);

	/* Go 1.19: fmt.Errorf("bad %d: %s", 42, "x") */
	ck_assert(gseq(sprintf1("%v", e), "bad 42: x", 9));
	ck_assert(gseq(sprintf1("%T", e), "*errors.errorString", 19));
	ck_assert(gseq(sprintf1("%#v", e), "&errors.errorString{s:\"bad 42: x\"}", 34));
	ck_assert(gseq(sprintf1("%q", e), "\"bad 42: x\"", 11));
	ck_assert(gseq(sprintf1("%d", e), "&{%!d(string=bad 42: x)}", 24));

	/* Go 1.19: fmt.Errorf("wrapped: %w", errors.New("inner")) */
	{
		GoIface inner = rt_newerror(gs("inner"));
		GoEface ie = ifaceToEface(inner);
		GoIface w = rt_fmt_Errorf(gs("wrapped: %w"), (GoSlice){ &ie, 1, 1 });
		ck_assert(gseq(sprintf1("%v", ifaceToEface(w)), "wrapped: inner", 14));
		ck_assert(gseq(sprintf1("%T", ifaceToEface(w)), "*fmt.wrapError", 14));
		/* a second %w, and %w on a non-error, are bad verbs */
		GoEface two[] = { ie, ie };
		w = rt_fmt_Errorf(gs("%w %w"), (GoSlice){ two, 2, 2 });
		ck_assert(gseq(sprintf1("%v", ifaceToEface(w)), "inner %!w(*errors.errorString=&{inner})", 39));
		GoEface one = I(1);
		w = rt_fmt_Errorf(gs("%w"), (GoSlice){ &one, 1, 1 });
		ck_assert(gseq(sprintf1("%v", ifaceToEface(w)), "%!w(int=1)", 10));
		/* %w outside Errorf */
		ck_assert(gseq(sprintf1("%w", ie), "%!w(*errors.errorString=&{inner})", 33));
	}
}
END_TEST

START_TEST(test_pointers)
{
	intptr_t *p = rt_newobject(&rt_type_int);
	GoType *tpi = ptrto(&rt_type_int, "*int");
	GoEface e = { tpi, p };
	char want[64];
	int n;

	mkfixtures();
	/* Go prints addresses as 0x + hex, %#v as (*int)(0x...) */
	n = snprintf(want, sizeof want, "%p", (void *)p);
	ck_assert(gseq(sprintf1("%v", e), want, n));
	ck_assert(gseq(sprintf1("%p", e), want, n));
	n = snprintf(want, sizeof want, "(*int)(%p)", (void *)p);
	ck_assert(gseq(sprintf1("%#v", e), want, n));
	ck_assert(gseq(sprintf1("%v", (GoEface){ tpi, NULL }), "<nil>", 5));
	ck_assert(gseq(sprintf1("%#v", (GoEface){ tpi, NULL }), "(*int)(nil)", 11));
	/* a pointer inside a struct prints as an address, not as &{} */
	{
		GoStructField f[] = { { "P", tPT, 0, false, NULL } };
		GoType *tw = structof("main.W", 8, 1, f);
		T *t = rt_newobject(tT);
		n = snprintf(want, sizeof want, "{%p}", (void *)t);
		ck_assert(gseq(sprintf1("%v", box(tw, &t)), want, n));
	}
}
END_TEST

START_TEST(test_println_stdout)
{
	GoEface a[] = { I(1), S("two", 3), F64(0x3ff8000000000000ULL) };
	GoIntError r;
	char buf[64] = { 0 };
	FILE *saved = stdout;

	stdout = fmemopen(buf, sizeof buf, "w");
	r = rt_fmt_Println((GoSlice){ a, 3, 3 });
	ck_assert_int_eq(r.n, 10);
	ck_assert_ptr_null(r.err.tab);
	r = rt_fmt_Printf(gs("%d|%s\n"), (GoSlice){ a, 2, 2 });
	ck_assert_int_eq(r.n, 6);
	r = rt_fmt_Print((GoSlice){ a, 3, 3 });
	fclose(stdout);
	stdout = saved;
	/* Go 1.19: Println(1, "two", 1.5); Printf("%d|%s\n", 1, "two"); Print(1, "two", 1.5) */
	ck_assert_str_eq(buf, "1 two 1.5\n1|two\n1two1.5");
}
END_TEST

static Suite *fmt_suite(void)
{
	Suite *s = suite_create("fmt");
	TCase *tc = tcase_create("cases");

	tcase_add_loop_test(tc, test_fmtcase, 0, NFMTCASES);
	tcase_add_test(tc, test_errorf);
	tcase_add_test(tc, test_pointers);
	tcase_add_test(tc, test_println_stdout);
	suite_add_tcase(s, tc);
	tc = tcase_create("ftoa");
	tcase_add_loop_test(tc, test_ftoa64, 0, (int)(sizeof ftoa64 / sizeof ftoa64[0]));
	tcase_add_loop_test(tc, test_ftoa32, 0, (int)(sizeof ftoa32 / sizeof ftoa32[0]));
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(fmt_suite());
	int failed;

	rt_setGCPercent(-1);   /* fixtures live in C-heap tables the collector does not scan */
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
