/*
 * check_overlay.c - the native overlay (runtime/overlay_math.c) against Go.
 *
 * overlay_cases.h comes from scripts/gen_overlay_cases.go, which calls real
 * Go 1.19's math functions on amd64 (they run the assembly the overlay
 * transcribes) on special values, thresholds and pseudo-random doubles,
 * and writes inputs and results as bits.  Every result must be the same
 * bits, NaN payloads included (a NaN expectation is checked as "NaN"
 * first, so a lost NaN reads as such).  archExp is run on both of its
 * paths: this file defines math.useFMA, the Go variable the assembly and
 * the overlay read, and sets it as math's init would with and without FMA.
 *
 * internal/cpu's functions return what the machine says, so they are
 * checked for what holds everywhere: leaf 0 as <cpuid.h> reads it, a
 * printable vendor, XCR0's x87 bit when the OS has XSAVE on.  Last, the
 * result layouts the overlay's C structs assume are checked against
 * codegen/abi.c's classification of the Go signatures.
 */
#include <check.h>
#include <cpuid.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "codegen/codegen.h"
#include "runtime/abi.h"
#include "tests/overlay_cases.h"

/* The overlay's entry points (declared in runtime/overlay_math.c, not in abi.h). */
typedef struct { uint32_t eax, ebx, ecx, edx; } GoCpuid;
typedef struct { uint32_t eax, edx; } GoXgetbv;
double rt_math_archMax(double x, double y) GO_NAME("math.archMax");
double rt_math_archMin(double x, double y) GO_NAME("math.archMin");
double rt_math_archExp(double x) GO_NAME("math.archExp");
double rt_math_archFloor(double x) GO_NAME("math.archFloor");
double rt_math_archCeil(double x) GO_NAME("math.archCeil");
double rt_math_archTrunc(double x) GO_NAME("math.archTrunc");
double rt_math_archHypot(double p, double q) GO_NAME("math.archHypot");
double rt_math_archLog(double x) GO_NAME("math.archLog");
double rt_math_archSqrt(double x) GO_NAME("math.archSqrt");
GoCpuid rt_cpu_cpuid(uint32_t eaxArg, uint32_t ecxArg) GO_NAME("\"internal/cpu.cpuid\"");
GoXgetbv rt_cpu_xgetbv(void) GO_NAME("\"internal/cpu.xgetbv\"");
int32_t rt_cpu_getGOAMD64level(void) GO_NAME("\"internal/cpu.getGOAMD64level\"");

/* math's var useFMA bool, which the overlay reads as the assembly does. */
uint8_t test_useFMA GO_NAME("math.useFMA");

#define N(a) ((int)(sizeof a / sizeof a[0]))

static uint64_t bits(double f)
{
	uint64_t u;
	memcpy(&u, &f, sizeof u);
	return u;
}

static double frombits(uint64_t u)
{
	double f;
	memcpy(&f, &u, sizeof f);
	return f;
}

/* Compares got with Go's want; prints the first few differences. */
static int differ(const char *fn, uint64_t x, const uint64_t *y, uint64_t got, uint64_t want, int bad)
{
	if (got == want)
		return 0;
	if (bad < 10) {
		const char *why = isnan(frombits(want)) && !isnan(frombits(got)) ? " (want NaN)" : "";
		if (y)
			fprintf(stderr, "%s(%#018llx, %#018llx) = %#018llx, Go %#018llx%s\n", fn, (unsigned long long)x,
				(unsigned long long)*y, (unsigned long long)got, (unsigned long long)want, why);
		else
			fprintf(stderr, "%s(%#018llx) = %#018llx, Go %#018llx%s\n", fn, (unsigned long long)x,
				(unsigned long long)got, (unsigned long long)want, why);
	}
	return 1;
}

#define UNARY_TEST(name, fn, cases)                                                     \
	START_TEST(name)                                                                \
	{                                                                               \
		int bad = 0;                                                            \
		for (int i = 0; i < N(cases); i++)                                      \
			bad += differ(#fn, cases[i].x, NULL, bits(fn(frombits(cases[i].x))), \
				      cases[i].r, bad);                                 \
		ck_assert_msg(bad == 0, "%s: %d of %d differ from Go", #fn, bad, N(cases)); \
	}                                                                               \
	END_TEST

#define BINARY_TEST(name, fn, cases)                                                    \
	START_TEST(name)                                                                \
	{                                                                               \
		int bad = 0;                                                            \
		for (int i = 0; i < N(cases); i++)                                      \
			bad += differ(#fn, cases[i].x, &cases[i].y,                     \
				      bits(fn(frombits(cases[i].x), frombits(cases[i].y))), \
				      cases[i].r, bad);                                 \
		ck_assert_msg(bad == 0, "%s: %d of %d differ from Go", #fn, bad, N(cases)); \
	}                                                                               \
	END_TEST

UNARY_TEST(test_floor, rt_math_archFloor, floor_cases)
UNARY_TEST(test_ceil, rt_math_archCeil, ceil_cases)
UNARY_TEST(test_trunc, rt_math_archTrunc, trunc_cases)
UNARY_TEST(test_sqrt, rt_math_archSqrt, sqrt_cases)
UNARY_TEST(test_log, rt_math_archLog, log_cases)
BINARY_TEST(test_max, rt_math_archMax, max_cases)
BINARY_TEST(test_min, rt_math_archMin, min_cases)
BINARY_TEST(test_hypot, rt_math_archHypot, hypot_cases)

/* exp on both paths of exp_amd64.s: _i is useFMA. */
START_TEST(test_exp)
{
	int bad = 0, nfmadiff = 0;
	test_useFMA = (uint8_t)_i;
	for (int i = 0; i < N(exp_cases); i++) {
		uint64_t want = _i ? exp_cases[i].fma : exp_cases[i].nofma;
		bad += differ(_i ? "archExp[fma]" : "archExp[nofma]", exp_cases[i].x, NULL,
			      bits(rt_math_archExp(frombits(exp_cases[i].x))), want, bad);
		nfmadiff += exp_cases[i].fma != exp_cases[i].nofma;
	}
	ck_assert_msg(bad == 0, "archExp (useFMA=%d): %d of %d differ from Go", _i, bad, N(exp_cases));
	ck_assert_msg(nfmadiff > 0, "the cases do not tell the two paths apart");
}
END_TEST

/* Leaf 0: the maximum leaf and the vendor, as <cpuid.h> reads them. */
START_TEST(test_cpuid)
{
	unsigned a, b, c, d;
	GoCpuid r = rt_cpu_cpuid(0, 0);
	char vendor[13];

	__cpuid_count(0, 0, a, b, c, d);
	ck_assert_uint_gt(r.eax, 0);
	ck_assert(r.eax == a && r.ebx == b && r.ecx == c && r.edx == d);
	memcpy(vendor, &r.ebx, 4);
	memcpy(vendor + 4, &r.edx, 4);
	memcpy(vendor + 8, &r.ecx, 4);
	vendor[12] = 0;
	for (int i = 0; i < 12; i++)
		ck_assert_msg(vendor[i] >= 0x20 && vendor[i] < 0x7f, "vendor \"%s\" byte %d", vendor, i);
	/* leaf 1's feature bits do not depend on the CPU the thread is on */
	r = rt_cpu_cpuid(1, 0);
	__cpuid_count(1, 0, a, b, c, d);
	ck_assert_uint_eq(r.eax, a);
	ck_assert_uint_eq(r.ecx, c);
	ck_assert_uint_eq(r.edx, d);
	ck_assert_int_eq(rt_cpu_getGOAMD64level(), 1);
}
END_TEST

/* XGETBV only where CPUID says OSXSAVE: XCR0's x87 bit is always set. */
START_TEST(test_xgetbv)
{
	if (!(rt_cpu_cpuid(1, 0).ecx & (1u << 27)))
		return;
	GoXgetbv x = rt_cpu_xgetbv();
	ck_assert_uint_eq(x.eax & 1, 1);
}
END_TEST

/*
 * The overlay's result structs against codegen/abi.c: a body-less Go
 * function is called as a bundled one (no closure context), so
 * (eax, ebx, ecx, edx uint32) must come back as {i64, i64} (RAX, RDX),
 * (eax, edx uint32) as i64 (RAX), int32 as i32; uint32 arguments go as i32.
 */
START_TEST(test_result_layouts)
{
	fe_types_init();
	Arena *a = fe_arena_new();
	CG *g = cg_new_state(a, "overlay_test.go");
	Type *u32 = fe_types[TY_UINT32], *f64 = fe_types[TY_FLOAT64];
	Type *ps[2] = { u32, u32 }, *rs[4] = { u32, u32, u32, u32 };
	LLVMTypeRef pt[2], el[2];

	CgAbi *abi = cg_abi(g, fe_type_func(a, ps, 2, rs, 4, false), NULL, false);
	LLVMTypeRef rt = LLVMGetReturnType(abi->fnty);
	ck_assert_int_eq(abi->sretidx, -1);
	ck_assert_int_eq(LLVMGetTypeKind(rt), LLVMStructTypeKind);
	ck_assert_uint_eq(LLVMCountStructElementTypes(rt), 2);
	LLVMGetStructElementTypes(rt, el);
	ck_assert(el[0] == g->i64 && el[1] == g->i64);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 2);
	LLVMGetParamTypes(abi->fnty, pt);
	ck_assert(LLVMGetTypeKind(pt[0]) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(pt[0]) == 32);
	ck_assert(LLVMGetTypeKind(pt[1]) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(pt[1]) == 32);
	ck_assert_uint_eq(sizeof(GoCpuid), 16);

	abi = cg_abi(g, fe_type_func(a, NULL, 0, rs, 2, false), NULL, false);
	ck_assert(LLVMGetReturnType(abi->fnty) == g->i64);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 0);
	ck_assert_uint_eq(sizeof(GoXgetbv), 8);

	Type *i32 = fe_types[TY_INT32];
	abi = cg_abi(g, fe_type_func(a, NULL, 0, &i32, 1, false), NULL, false);
	rt = LLVMGetReturnType(abi->fnty);
	ck_assert(LLVMGetTypeKind(rt) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(rt) == 32);

	Type *pp[2] = { f64, f64 };
	abi = cg_abi(g, fe_type_func(a, pp, 2, &f64, 1, false), NULL, false);
	ck_assert(LLVMGetReturnType(abi->fnty) == g->f64);
	LLVMGetParamTypes(abi->fnty, pt);
	ck_assert(pt[0] == g->f64 && pt[1] == g->f64);

	LLVMDisposeModule(g->mod);
	fe_arena_free(a);
}
END_TEST

static Suite *overlay_suite(void)
{
	Suite *s = suite_create("overlay");
	TCase *tc = tcase_create("math");

	tcase_add_test(tc, test_floor);
	tcase_add_test(tc, test_ceil);
	tcase_add_test(tc, test_trunc);
	tcase_add_test(tc, test_sqrt);
	tcase_add_test(tc, test_log);
	tcase_add_test(tc, test_max);
	tcase_add_test(tc, test_min);
	tcase_add_test(tc, test_hypot);
	tcase_add_loop_test(tc, test_exp, 0, 2);
	suite_add_tcase(s, tc);
	tc = tcase_create("cpu");
	tcase_add_test(tc, test_cpuid);
	tcase_add_test(tc, test_xgetbv);
	tcase_add_test(tc, test_result_layouts);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(overlay_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
