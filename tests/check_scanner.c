/*
 * check_scanner.c - the scanner: automatic semicolons, every literal form,
 * positions, and the bytes gc refuses.
 *
 * Tokens are compared as their texts joined by spaces, with the inserted
 * semicolons spelt "newline" and "EOF" as in gc's messages, so a table row
 * reads like the token stream it expects.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "frontend/parser.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

/* The token texts of src, space-separated, without the final EOF token. */
static const char *lex(const char *src, size_t len, int *errors)
{
	static char out[4096];
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("lex.go", false);
	FeToken *t;
	int n = fe_lex_all(D, a, src, len, &t);
	out[0] = 0;
	for (int i = 0; i < n && t[i].tok != 0; i++) {
		if (out[0])
			strcat(out, " ");
		strncat(out, t[i].text, sizeof out - strlen(out) - 1);
	}
	*errors = fe_error_count(D);
	fe_arena_free(a);
	return out;
}

static const struct {
	const char *src, *want;
} semis[] = {
	{ "x\n", "x newline" },
	{ "x", "x EOF" },
	{ "42\ny", "42 newline y EOF" },
	{ "1.5\n", "1.5 newline" },
	{ "2i\n", "2i newline" },
	{ "'a'\n", "'a' newline" },
	{ "\"s\"\n", "\"s\" newline" },
	{ "`r`\n", "`r` newline" },
	{ "break\n", "break newline" },
	{ "continue\n", "continue newline" },
	{ "fallthrough\n", "fallthrough newline" },
	{ "return\n", "return newline" },
	{ "x++\n", "x ++ newline" },
	{ "x--\n", "x -- newline" },
	{ "f()\n", "f ( ) newline" },
	{ "a[1]\n", "a [ 1 ] newline" },
	{ "{}\n", "{ } newline" },
	{ "x +\ny", "x + y EOF" },
	{ "x,\ny", "x , y EOF" },
	{ "if\n", "if" },
	{ "func\n", "func" },
	{ "x = (\n1)", "x = ( 1 ) EOF" },
	{ "x // comment\ny", "x newline y EOF" },
	{ "x /* c */ y", "x y EOF" },
	{ "x /* a\nb */ y", "x newline y EOF" },
	{ "x;y", "x ; y EOF" },
	{ "\n\n\nx\n\n", "x newline" },
	{ "x\r\n", "x newline" },
	{ "a...", "a ..." },
	{ "a..b", "a . . b EOF" },
	{ "x.5", "x .5 EOF" },
	{ "a&^=b<<=c>>=d", "a &^= b <<= c >>= d EOF" },
	{ "a&&b||!c", "a && b || ! c EOF" },
	{ "c<-x", "c <- x EOF" },
	{ "x:=y", "x := y EOF" },
	{ "a!=b==c<=d>=e", "a != b == c <= d >= e EOF" },
	{ "~x", "~ x EOF" },
};

START_TEST(test_semicolons)
{
	int errors;
	const char *got = lex(semis[_i].src, strlen(semis[_i].src), &errors);
	ck_assert_str_eq(got, semis[_i].want);
	ck_assert_int_eq(errors, 0);
}
END_TEST

/* Every literal form scans as one literal token without errors. */
static const struct {
	const char *src;
	LitKind kind;
} lits[] = {
	{ "0", LIT_INT }, { "42", LIT_INT }, { "1_000_000", LIT_INT }, { "0x_1F", LIT_INT },
	{ "0XaBc", LIT_INT }, { "0o17", LIT_INT }, { "0O17", LIT_INT }, { "017", LIT_INT },
	{ "0b1010", LIT_INT }, { "0B1_1", LIT_INT }, { "170141183460469231731687303715884105727", LIT_INT },
	{ "1.5", LIT_FLOAT }, { "1.", LIT_FLOAT }, { ".5", LIT_FLOAT }, { "1e10", LIT_FLOAT },
	{ "1E-10", LIT_FLOAT }, { "1e+1_0", LIT_FLOAT }, { "0x1p-2", LIT_FLOAT }, { "0x1.8P+1", LIT_FLOAT },
	{ "0X.8p0", LIT_FLOAT }, { "0x_1.2_3p4", LIT_FLOAT }, { "09.5", LIT_FLOAT }, { "0e0", LIT_FLOAT },
	{ "1i", LIT_IMAG }, { "1.5i", LIT_IMAG }, { "0x1p2i", LIT_IMAG }, { "0i", LIT_IMAG }, { "089i", LIT_IMAG },
	{ "'a'", LIT_CHAR }, { "'\\n'", LIT_CHAR }, { "'\\''", LIT_CHAR }, { "'\\x41'", LIT_CHAR },
	{ "'\\101'", LIT_CHAR }, { "'\\u00e9'", LIT_CHAR }, { "'\\U0001F600'", LIT_CHAR }, { "'\xc3\xa9'", LIT_CHAR },
	{ "\"\"", LIT_STRING }, { "\"a\\\"b\"", LIT_STRING }, { "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"", LIT_STRING },
	{ "`raw\\n`", LIT_STRING }, { "`multi\nline`", LIT_STRING },
};

START_TEST(test_literals)
{
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("lit.go", false);
	FeToken *t;
	int n = fe_lex_all(D, a, lits[_i].src, strlen(lits[_i].src), &t);
	ck_assert_int_ge(n, 2);
	ck_assert_int_eq(t[0].tok, TOK_LITERAL);
	ck_assert_str_eq(t[0].text, lits[_i].src);
	ck_assert_int_eq(t[0].node->lit.kind, lits[_i].kind);
	ck_assert(!t[0].node->lit.bad);
	ck_assert_int_eq(fe_error_count(D), 0);
	fe_arena_free(a);
}
END_TEST

static Node *first_lit(Arena *a, const char *src)
{
	fe_diag_free(D);
	D = fe_diag_new("lit.go", false);
	FeToken *t;
	fe_lex_all(D, a, src, strlen(src), &t);
	ck_assert_int_eq(t[0].tok, TOK_LITERAL);
	return t[0].node;
}

START_TEST(test_values)
{
	Arena *a = fe_arena_new();
	Node *n = first_lit(a, "\"\\x41\\101\\u00e9\\U0001F600\\377\"");
	ck_assert_int_eq(n->lit.len, 1 + 1 + 2 + 4 + 1);
	ck_assert(memcmp(n->lit.str, "AA\xc3\xa9\xf0\x9f\x98\x80\xff", n->lit.len) == 0);
	n = first_lit(a, "`a\r\nb`");
	ck_assert_int_eq(n->lit.len, 3); /* carriage returns are dropped */
	ck_assert(memcmp(n->lit.str, "a\nb", 3) == 0);
	ck_assert_int_eq(first_lit(a, "'\\U0001F600'")->lit.rune, 0x1F600);
	ck_assert_int_eq(first_lit(a, "'\\377'")->lit.rune, 255);
	ck_assert_int_eq(first_lit(a, "'\xe4\xb8\x96'")->lit.rune, 0x4E16);
	ck_assert_int_eq(first_lit(a, "'\\''")->lit.rune, '\'');
	n = first_lit(a, "\"a\\000b\"");
	ck_assert_int_eq(n->lit.len, 3);
	ck_assert_int_eq(n->lit.str[1], 0);
	fe_arena_free(a);
}
END_TEST

/* Malformed literals: one error each, and the token is still one literal. */
static const char *const bad[] = {
	"0128", "0b102", "0o8", "1__0", "10_", "0x", "0x1.8", "1e+", "1p4", "0b1.0", "0x_",
	"'ab'", "''", "'a", "\"abc", "`abc", "\"\\q\"", "\"\\x4g\"", "\"\\400\"", "'\\ud800'",
	"'\\U00110000'",
};

START_TEST(test_bad_literals)
{
	int errors;
	lex(bad[_i], strlen(bad[_i]), &errors);
	ck_assert_int_eq(errors, 1);
}
END_TEST

START_TEST(test_positions)
{
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("pos.go", false);
	const char *src = "a\n\tb  c\n\xc3\xa9 d\n/* x\ny */ e";
	FeToken *t;
	int n = fe_lex_all(D, a, src, strlen(src), &t);
	/* a newline b c newline é d newline e EOF(semi) EOF */
	ck_assert_int_ge(n, 10);
	ck_assert_int_eq(t[0].pos.line, 1); ck_assert_int_eq(t[0].pos.col, 1);
	ck_assert_int_eq(t[1].pos.line, 1); ck_assert_int_eq(t[1].pos.col, 2);   /* the newline itself */
	ck_assert_int_eq(t[2].pos.line, 2); ck_assert_int_eq(t[2].pos.col, 2);   /* a tab is one column */
	ck_assert_int_eq(t[3].pos.line, 2); ck_assert_int_eq(t[3].pos.col, 5);
	ck_assert_int_eq(t[5].pos.line, 3); ck_assert_int_eq(t[5].pos.col, 1);   /* é */
	ck_assert_str_eq(t[5].text, "\xc3\xa9");
	ck_assert_int_eq(t[6].pos.line, 3); ck_assert_int_eq(t[6].pos.col, 4);   /* bytes, not runes */
	ck_assert_str_eq(t[8].text, "e");
	ck_assert_int_eq(t[8].pos.line, 5); ck_assert_int_eq(t[8].pos.col, 6);
	ck_assert_int_eq(fe_error_count(D), 0);
	fe_arena_free(a);
}
END_TEST

/* NUL, invalid UTF-8 and BOMs are reported and skipped, keeping columns. */
START_TEST(test_bad_bytes)
{
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("bytes.go", false);
	static const char src[] = "\xef\xbb\xbf" "a\0b \xff c\xef\xbb\xbf" "d";
	FeToken *t;
	int n = fe_lex_all(D, a, src, sizeof src - 1, &t);
	ck_assert_int_ge(n, 3);
	ck_assert_str_eq(t[0].text, "ab");       /* the NUL is skipped */
	ck_assert_int_eq(t[0].pos.col, 4);       /* after the initial BOM */
	ck_assert_str_eq(t[1].text, "cd");
	ck_assert_int_eq(t[1].pos.col, 10);
	ck_assert_int_eq(fe_error_count(D), 3);   /* NUL, UTF-8, BOM; not the first BOM */
	fe_arena_free(a);
}
END_TEST

START_TEST(test_identifiers)
{
	int errors;
	ck_assert_str_eq(lex("\xc3\xa4\xce\xb1_1", 6, &errors), "\xc3\xa4\xce\xb1_1 EOF");
	ck_assert_int_eq(errors, 0);
	lex("a\xc2\xb7" "b", 4, &errors); /* U+00B7 is not a letter */
	ck_assert_int_eq(errors, 1);
	lex("\xd9\xa1x", 3, &errors);    /* an Arabic-Indic digit cannot start one */
	ck_assert_int_eq(errors, 1);
	lex("#", 1, &errors);
	ck_assert_int_eq(errors, 1);
}
END_TEST

static Suite *lexer_suite(void)
{
	Suite *s = suite_create("lexer");
	TCase *tc = tcase_create("lexer");
	tcase_add_loop_test(tc, test_semicolons, 0, sizeof semis / sizeof semis[0]);
	tcase_add_loop_test(tc, test_literals, 0, sizeof lits / sizeof lits[0]);
	tcase_add_test(tc, test_values);
	tcase_add_loop_test(tc, test_bad_literals, 0, sizeof bad / sizeof bad[0]);
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_bad_bytes);
	tcase_add_test(tc, test_identifiers);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *r = srunner_create(lexer_suite());
	srunner_run_all(r, CK_NORMAL);
	int failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? 1 : 0;
}
