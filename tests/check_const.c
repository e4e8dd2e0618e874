/*
 * check_const.c - unit tests for exact constant arithmetic (frontend/const.c).
 *
 * The expectations are Go's: each case below was checked against go1.19
 * (a constant expression printed with fmt, or the float64/float32 value a
 * typed constant gets).
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

static Arena *A;

static void setup(void) { A = fe_arena_new(); }

static Const *lit(LitKind k, const char *raw)
{
	Node n = { .kind = N_BASICLIT };
	n.lit.kind = k;
	n.lit.raw = raw;
	return fe_const_lit(A, &n);
}

static const char *str(const Const *c) { return fe_const_str(A, c); }

START_TEST(test_int_literals)
{
	ck_assert_str_eq(str(lit(LIT_INT, "42")), "42");
	ck_assert_str_eq(str(lit(LIT_INT, "0x_FF")), "255");
	ck_assert_str_eq(str(lit(LIT_INT, "0o17")), "15");
	ck_assert_str_eq(str(lit(LIT_INT, "017")), "15");
	ck_assert_str_eq(str(lit(LIT_INT, "0b1010")), "10");
	ck_assert_str_eq(str(lit(LIT_INT, "1_000_000")), "1000000");
	ck_assert_str_eq(str(lit(LIT_INT, "123456789012345678901234567890")), "123456789012345678901234567890");
	ck_assert_ptr_null(lit(LIT_INT, "09"));
}
END_TEST

START_TEST(test_float_literals)
{
	ck_assert_str_eq(str(lit(LIT_FLOAT, "1.5")), "1.5");
	ck_assert_str_eq(str(lit(LIT_FLOAT, "1e3")), "1000");
	ck_assert_str_eq(str(lit(LIT_FLOAT, ".25")), "0.25");
	ck_assert_str_eq(str(lit(LIT_FLOAT, "0x1p-2")), "0.25");
	ck_assert_str_eq(str(lit(LIT_FLOAT, "0x1.8p1")), "3");
	ck_assert_str_eq(str(lit(LIT_FLOAT, "1e100")), "1e+100");
	ck_assert_str_eq(str(lit(LIT_FLOAT, "3.14159265358979323846264338327950288")), "3.14159");
	/* out of float64 range: approximated as go/constant does */
	ck_assert_str_eq(str(lit(LIT_FLOAT, "1e400")), "1e+400");
}
END_TEST

/* Exponents beyond a fraction's reach: 512-bit floats with an int32 exponent. */
START_TEST(test_huge_exponents)
{
	Const *n = lit(LIT_FLOAT, "1e646456992"), *d = lit(LIT_FLOAT, "1e646456991");
	ck_assert_str_eq(str(n), "1e+646456992");
	ck_assert_str_eq(str(lit(LIT_FLOAT, "1.23456789e-100000")), "1.23457e-100000");
	bool ovf;
	ck_assert(fe_const_to_double(fe_const_binary(A, OP_QUO, n, d, false), &ovf) == 10 && !ovf);
	fe_const_to_double(n, &ovf);
	ck_assert(ovf);
	ck_assert(fe_const_to_double(lit(LIT_FLOAT, "1e-779137"), &ovf) == 0 && !ovf);
	ck_assert_ptr_null(fe_const_to_int(A, n));
	/* past big.Float's exponent range: malformed, or zero below it */
	ck_assert_ptr_null(lit(LIT_FLOAT, "1e646456993"));
	ck_assert_ptr_null(lit(LIT_FLOAT, "1e+1000000000"));
	ck_assert_int_eq(fe_const_sign(lit(LIT_FLOAT, "1e-1000000000")), 0);
	ck_assert_ptr_null(fe_const_binary(A, OP_MUL, n, n, false));
}
END_TEST

START_TEST(test_big_integers)
{
	Const *two = fe_const_int64(A, 2);
	Const *p = fe_const_shift(A, OP_SHL, fe_const_int64(A, 1), 256);
	ck_assert_str_eq(str(p), "115792089237316195423570985008687907853269984665640564039457584007913129639936");
	ck_assert_uint_eq(fe_const_bitlen(p), 257);
	Const *q = fe_const_binary(A, OP_QUO, p, two, true);
	ck_assert_uint_eq(fe_const_bitlen(q), 256);
	/* 1<<63 is not an int64 but is a uint64 */
	Const *b63 = fe_const_shift(A, OP_SHL, fe_const_int64(A, 1), 63);
	int64_t i;
	uint64_t u;
	ck_assert(!fe_const_is_int64(b63, &i));
	ck_assert(fe_const_is_uint64(b63, &u));
	ck_assert(u == (uint64_t)1 << 63);
	Const *m = fe_const_unary(A, OP_SUB, b63, 0);
	ck_assert(fe_const_is_int64(m, &i));
	ck_assert(i == INT64_MIN);
}
END_TEST

START_TEST(test_int_ops)
{
	Const *m7 = fe_const_int64(A, -7), *two = fe_const_int64(A, 2);
	/* Go truncates toward zero */
	ck_assert_str_eq(str(fe_const_binary(A, OP_QUO, m7, two, true)), "-3");
	ck_assert_str_eq(str(fe_const_binary(A, OP_REM, m7, two, true)), "-1");
	/* arithmetic right shift floors */
	ck_assert_str_eq(str(fe_const_shift(A, OP_SHR, m7, 1)), "-4");
	ck_assert_str_eq(str(fe_const_binary(A, OP_ANDNOT, fe_const_int64(A, 0xff), fe_const_int64(A, 0x0f), false)), "240");
	ck_assert_str_eq(str(fe_const_binary(A, OP_XOR, fe_const_int64(A, 5), fe_const_int64(A, 3), false)), "6");
	/* ^x: -x-1 untyped; within the width for unsigned types */
	ck_assert_str_eq(str(fe_const_unary(A, OP_XOR, fe_const_int64(A, 5), 0)), "-6");
	ck_assert_str_eq(str(fe_const_unary(A, OP_XOR, fe_const_int64(A, 5), 8)), "250");
	ck_assert_ptr_null(fe_const_binary(A, OP_QUO, m7, fe_const_int64(A, 0), true));
	/* untyped 7/2 is the exact rational 3.5; 8/2 is the integer 4 */
	Const *h = fe_const_binary(A, OP_QUO, fe_const_int64(A, 7), two, false);
	ck_assert_int_eq(h->kind, CONST_FLOAT);
	ck_assert_str_eq(str(h), "3.5");
	Const *four = fe_const_binary(A, OP_QUO, fe_const_int64(A, 8), two, false);
	ck_assert_int_eq(four->kind, CONST_INT);
}
END_TEST

START_TEST(test_exact_rationals)
{
	Const *one = lit(LIT_FLOAT, "1.0"), *three = lit(LIT_FLOAT, "3.0");
	Const *third = fe_const_binary(A, OP_QUO, one, three, false);
	Const *back = fe_const_binary(A, OP_MUL, third, three, false);
	ck_assert(fe_const_compare(back, OP_EQL, one));
	/* 0.1 + 0.2 == 0.3 exactly, unlike float64 */
	Const *s = fe_const_binary(A, OP_ADD, lit(LIT_FLOAT, "0.1"), lit(LIT_FLOAT, "0.2"), false);
	ck_assert(fe_const_compare(s, OP_EQL, lit(LIT_FLOAT, "0.3")));
	ck_assert_ptr_nonnull(fe_const_to_int(A, lit(LIT_FLOAT, "1e3")));
	ck_assert_ptr_null(fe_const_to_int(A, lit(LIT_FLOAT, "1.5")));
}
END_TEST

START_TEST(test_rounding)
{
	bool ovf;
	ck_assert(fe_const_to_double(lit(LIT_FLOAT, "0.1"), &ovf) == 0.1 && !ovf);
	ck_assert(fe_const_to_double(lit(LIT_FLOAT, "1.7976931348623157e308"), &ovf) == 1.7976931348623157e308 && !ovf);
	fe_const_to_double(lit(LIT_FLOAT, "1.8e308"), &ovf);
	ck_assert(ovf);
	/* smallest subnormal, and half of it rounds to even (zero) */
	ck_assert(fe_const_to_double(lit(LIT_FLOAT, "4.9406564584124654e-324"), &ovf) == 4.9406564584124654e-324);
	ck_assert(fe_const_to_double(lit(LIT_FLOAT, "2.4703282292062327e-324"), &ovf) == 0);
	/* 2^53+1 rounds to even: 2^53 */
	Const *big = fe_const_binary(A, OP_ADD, fe_const_shift(A, OP_SHL, fe_const_int64(A, 1), 53), fe_const_int64(A, 1), false);
	ck_assert(fe_const_to_double(big, &ovf) == 9007199254740992.0);
	/* float32: 16777217 -> 16777216; 3.4028236e38 overflows */
	ck_assert(fe_const_to_float32(fe_const_int64(A, 16777217), &ovf) == 16777216.0 && !ovf);
	fe_const_to_float32(lit(LIT_FLOAT, "3.5e38"), &ovf);
	ck_assert(ovf);
	ck_assert(fe_const_to_float32(lit(LIT_FLOAT, "0.1"), &ovf) == (double)0.1f);
	/* negative values round symmetrically */
	ck_assert(fe_const_to_double(fe_const_unary(A, OP_SUB, lit(LIT_FLOAT, "0.1"), 0), &ovf) == -0.1);
}
END_TEST

START_TEST(test_strings_and_bools)
{
	Const *a = fe_const_string(A, "ab", 2), *b = fe_const_string(A, "c\n", 2);
	Const *s = fe_const_binary(A, OP_ADD, a, b, false);
	ck_assert_str_eq(str(s), "\"abc\\n\"");
	ck_assert(fe_const_compare(a, OP_LSS, b));
	Const *t = fe_const_bool(A, true), *f = fe_const_bool(A, false);
	ck_assert(!fe_const_binary(A, OP_LAND, t, f, false)->b);
	ck_assert(fe_const_binary(A, OP_LOR, t, f, false)->b);
	ck_assert(fe_const_unary(A, OP_NOT, f, 0)->b);
	/* go/constant shortens long strings to 72 runes */
	char buf[200];
	memset(buf, 'x', 100);
	const char *q = str(fe_const_string(A, buf, 100));
	ck_assert_uint_eq(strlen(q), 72);
	ck_assert_str_eq(q + 69, "...");
	ck_assert_str_eq(str(fe_const_string(A, "\x01\xff", 2)), "\"\\x01\\xff\"");
}
END_TEST

/* Complex constants: go/constant's complexVal, printed "(re + imi)". */
START_TEST(test_complex)
{
	Const *x = fe_const_binary(A, OP_ADD, lit(LIT_INT, "1"), lit(LIT_IMAG, "2i"), false);
	Const *y = fe_const_binary(A, OP_SUB, lit(LIT_INT, "3"), lit(LIT_IMAG, "4i"), false);
	ck_assert_str_eq(str(x), "(1 + 2i)");
	ck_assert_str_eq(str(fe_const_binary(A, OP_MUL, x, y, false)), "(11 + 2i)");
	Const *q = fe_const_binary(A, OP_QUO, x, y, false);
	ck_assert_str_eq(str(q), "(-0.2 + 0.4i)");
	ck_assert_str_eq(str(fe_const_real(A, q)), "-0.2");
	ck_assert_str_eq(str(fe_const_imag(A, lit(LIT_INT, "7"))), "0");
	ck_assert_str_eq(str(fe_const_unary(A, OP_SUB, x, 0)), "(-1 + -2i)");
	Const *big = lit(LIT_IMAG, "1e300i");
	ck_assert_str_eq(str(fe_const_binary(A, OP_MUL, big, big, false)), "(-1e+600 + 0i)");
	ck_assert_str_eq(str(lit(LIT_IMAG, "0b101i")), "(0 + 5i)");
	ck_assert_str_eq(str(lit(LIT_IMAG, "0x1p-2i")), "(0 + 0.25i)");
	ck_assert_str_eq(str(lit(LIT_IMAG, "0123i")), "(0 + 123i)");
	ck_assert_ptr_null(fe_const_binary(A, OP_QUO, x, lit(LIT_IMAG, "0i"), false));
	ck_assert(fe_const_compare(fe_const_binary(A, OP_MUL, lit(LIT_IMAG, "1i"), lit(LIT_IMAG, "1i"), false),
				   OP_EQL, fe_const_int64(A, -1)));
	ck_assert_ptr_null(fe_const_to_float(A, x));
	ck_assert_str_eq(str(fe_const_to_int(A, fe_const_to_complex(A, lit(LIT_FLOAT, "4.0")))), "4");
}
END_TEST

START_TEST(test_char_literal)
{
	Node n = { .kind = N_BASICLIT };
	n.lit.kind = LIT_CHAR;
	n.lit.raw = "'a'";
	n.lit.rune = 'a';
	ck_assert_str_eq(str(fe_const_lit(A, &n)), "97");
}
END_TEST

static Suite *const_suite(void)
{
	Suite *s = suite_create("const");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_int_literals);
	tcase_add_test(tc, test_float_literals);
	tcase_add_test(tc, test_huge_exponents);
	tcase_add_test(tc, test_big_integers);
	tcase_add_test(tc, test_int_ops);
	tcase_add_test(tc, test_exact_rationals);
	tcase_add_test(tc, test_rounding);
	tcase_add_test(tc, test_strings_and_bools);
	tcase_add_test(tc, test_char_literal);
	tcase_add_test(tc, test_complex);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(const_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
