/*
 * check_grammar.c - the grammar: every valid program of testdata/parse
 * parses, node positions are gc's, hostile nesting neither crashes nor
 * recurses, and syntax errors give a NULL tree.
 *
 * Run from the repository root (make check does).
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "frontend/parser.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

static Node *parse(Arena *a, const char *src)
{
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	return fe_parse(D, a, src, strlen(src));
}

/* The -d=ast dump of src, in a static buffer. */
static const char *dump(const char *src)
{
	static char out[1 << 16];
	Arena *a = fe_arena_new();
	Node *f = parse(a, src);
	ck_assert_ptr_nonnull(f);
	FILE *m = fmemopen(out, sizeof out, "w");
	fe_dump_ast(m, f);
	fclose(m);
	fe_arena_free(a);
	return out;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	*len = fread(buf, 1, (size_t)n, f);
	fclose(f);
	return buf;
}

static const char *const valid[] = {
	"testdata/parse/decls.go", "testdata/parse/stmts.go", "testdata/parse/exprs.go", "examples/demo.go",
};

START_TEST(test_valid_files)
{
	size_t len;
	char *src = slurp(valid[_i], &len);
	ck_assert_msg(src != NULL, "cannot read %s (run from the repository root)", valid[_i]);
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new(valid[_i], false);
	Node *f = fe_parse(D, a, src, len);
	ck_assert_int_eq(fe_error_count(D), 0);
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->kind, N_FILE);
	FILE *null = fopen("/dev/null", "w");
	fe_dump_ast(null, f);
	fclose(null);
	fe_arena_free(a);
	free(src);
}
END_TEST

/* Positions as gc gives them: '(' of calls, '{' of literals, the operator
 * of binary expressions and assignments, '.' of selectors, '[' of index
 * expressions, '&' of &T{}. */
START_TEST(test_positions)
{
	const char *d = dump("package p\n"
	                     "func f() {\n"
	                     "\tx := g(1) + a.b[2]\n"
	                     "\tp := &T{}\n"
	                     "}\n");
	ck_assert_msg(strstr(d, "3:4 Assign :=") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "3:12 Binary +") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "3:8 Call") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "3:17 Index") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "3:15 Selector") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "4:7 Unary &") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "4:9 CompositeLit") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "2:7 FuncType") != NULL, "%s", d);
}
END_TEST

/* The header rule: T{} is a literal in parentheses, []int{} always. */
START_TEST(test_header_literals)
{
	const char *d = dump("package p\n"
	                     "func f() {\n"
	                     "\tif x == (T{}) {\n\t}\n"
	                     "\tfor _, v := range []int{1} {\n\t\t_ = v\n\t}\n"
	                     "\tswitch x := (T{}); x {\n\t}\n"
	                     "}\n");
	ck_assert_msg(strstr(d, "3:12 CompositeLit") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "5:25 CompositeLit") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "5:14 Range :=") != NULL, "%s", d);
}
END_TEST

START_TEST(test_type_switch)
{
	const char *d = dump("package p\nfunc f(i interface{}) {\n\tswitch v := i.(type) {\n\tcase int:\n\t\t_ = v\n\t}\n}\n");
	ck_assert_msg(strstr(d, "TypeSwitch") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "TypeAssert (type)") != NULL, "%s", d);
}
END_TEST

START_TEST(test_params_grouped)
{
	const char *d = dump("package p\nfunc f(a, b int, c ...string) (x, y int) { return }\n");
	/* one field for a, b; one for c */
	ck_assert_msg(strstr(d, "param: 2:8 Field\n        name: 2:8 Ident a\n        name: 2:11 Ident b\n        type: 2:13 Ident int") != NULL, "%s", d);
	ck_assert_msg(strstr(d, "2:20 Ellipsis") != NULL, "%s", d);
}
END_TEST

START_TEST(test_node_string)
{
	Arena *a = fe_arena_new();
	Node *f = parse(a, "package p\nvar x = f(a, b...) + -c.d[1:2] * T{1}.e\n");
	ck_assert_ptr_nonnull(f);
	Node *v = f->file.decls.v[0]->spec.values.v[0];
	ck_assert_str_eq(fe_node_string(a, v), "f(a, b...) + -c.d[1:2] * T{…}.e");
	fe_arena_free(a);
}
END_TEST

static char *repeat(const char *pre, const char *open, int n, const char *mid, const char *close, const char *post)
{
	size_t lo = strlen(open), lc = strlen(close);
	char *s = malloc(strlen(pre) + n * (lo + lc) + strlen(mid) + strlen(post) + 1);
	char *p = stpcpy(s, pre);
	for (int i = 0; i < n; i++)
		p = stpcpy(p, open);
	p = stpcpy(p, mid);
	for (int i = 0; i < n; i++)
		p = stpcpy(p, close);
	strcpy(p, post);
	return s;
}

/* gc accepts 10,000 nested parentheses and blocks; so must minigo (on the
 * big stack main.c gives the compiler: the parser's branch checks recurse
 * along the blocks), and the dump of a 100,000-term chain must not recurse. */
static void *deep_nesting(void *arg);

START_TEST(test_deep_nesting)
{
	pthread_attr_t attr;
	pthread_t t;
	ck_assert_int_eq(pthread_attr_init(&attr), 0);
	ck_assert_int_eq(pthread_attr_setstacksize(&attr, 1 << 30), 0);
	ck_assert_int_eq(pthread_create(&t, &attr, deep_nesting, NULL), 0);
	pthread_join(t, NULL);
}
END_TEST

static void *deep_nesting(void *arg)
{
	(void)arg;
	Arena *a = fe_arena_new();
	char *s = repeat("package p\nvar x = ", "(", 10000, "1", ")", "\n");
	Node *f = parse(a, s);
	ck_assert_ptr_nonnull(f);
	free(s);
	s = repeat("package p\nfunc f() ", "{", 10000, "", "}", "\n");
	ck_assert_ptr_nonnull(parse(a, s));
	free(s);
	s = repeat("package p\nvar x = 1", "", 0, "", "", "");
	size_t n = 100000;
	char *chain = malloc(strlen(s) + 4 * n + 2);
	char *p = stpcpy(chain, s);
	for (size_t i = 0; i < n; i++)
		p = stpcpy(p, " + 1");
	strcpy(p, "\n");
	f = parse(a, chain);
	ck_assert_ptr_nonnull(f);
	FILE *null = fopen("/dev/null", "w");
	fe_dump_ast(null, f);
	fclose(null);
	free(chain);
	free(s);
	fe_arena_free(a);
	return NULL;
}

static const char *const invalid[] = {
	"", "package", "package p; func", "package p\nfunc f() { x := }\n", "package p\nvar x = (((1\n",
	"\0\0\0", "package p\nfunc f() { if x == T{} { } }\n", "package p\nx := 1\n",
};

START_TEST(test_invalid)
{
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	const char *src = invalid[_i];
	size_t len = _i == 5 ? 3 : strlen(src);
	ck_assert_ptr_null(fe_parse(D, a, src, len));
	ck_assert_int_gt(fe_error_count(D), 0);
	fe_arena_free(a);
}
END_TEST

/* At most 10 errors, then the parse stops. */
START_TEST(test_too_many_errors)
{
	Arena *a = fe_arena_new();
	char *s = repeat("package p\nfunc f() {\n", "\tx := 1 2\n", 100, "", "", "}\n");
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	ck_assert_ptr_null(fe_parse(D, a, s, strlen(s)));
	ck_assert(fe_too_many_errors(D));
	ck_assert_int_eq(fe_error_count(D), 10);
	free(s);
	fe_arena_free(a);
}
END_TEST

static Suite *parser_suite(void)
{
	Suite *s = suite_create("parser");
	TCase *tc = tcase_create("parser");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_valid_files, 0, sizeof valid / sizeof valid[0]);
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_header_literals);
	tcase_add_test(tc, test_type_switch);
	tcase_add_test(tc, test_params_grouped);
	tcase_add_test(tc, test_node_string);
	tcase_add_test(tc, test_deep_nesting);
	tcase_add_loop_test(tc, test_invalid, 0, sizeof invalid / sizeof invalid[0]);
	tcase_add_test(tc, test_too_many_errors);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *r = srunner_create(parser_suite());
	srunner_run_all(r, CK_NORMAL);
	int failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? 1 : 0;
}
