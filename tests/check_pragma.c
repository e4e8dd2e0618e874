/*
 * check_pragma.c - //go: directives (frontend/pragma.c) where an
 * errorcheck file cannot say it: a "// ERROR" comment on a directive's
 * line becomes part of the directive, so an empty //go:embed or a
 * well-formed //go:linkname cannot carry one, and errorcheck does not look
 * at the order of messages, which gc fixes for //go:linkname.  Each
 * expected text is what `go tool compile` (Go 1.19) prints for the same
 * source in a file t.go; the rest is in testdata/typecheck/directive_*.go
 * and Go's own test/directive*.go, which the suite runs in place.  Also
 * here: the second line of a redeclaration ("\tPOS: other declaration of
 * x"), which errorcheck does not read either.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/frontend.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

static char out[1 << 14];

/* Parses and checks src as main.c does and returns what went to stderr. */
static const char *compile(const char *src)
{
	char cpath[] = "/tmp/check-pragma-XXXXXX";
	int fd = mkstemp(cpath);
	ck_assert_int_ge(fd, 0);
	fflush(stderr);
	int saved = dup(2);
	dup2(fd, 2);
	Arena *a = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	Node *file = fe_parse(D, a, src, strlen(src));
	if (file && !fe_too_many_errors(D))
		fe_check(&(Comp){ .a = a, .diag = D, .path = "t.go", .src = src, .len = strlen(src) }, file);
	fe_flush_errors(D);
	fe_arena_free(a);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ssize_t r = read(fd, out, sizeof out - 1);
	out[r < 0 ? 0 : r] = 0;
	close(fd);
	unlink(cpath);
	return out;
}

START_TEST(test_embed_without_patterns)
{
	ck_assert_str_eq(compile("package main\n"
	                         "\n"
	                         "//go:linkname f runtime.f\n"
	                         "func f() {}\n"
	                         "\n"
	                         "//go:noinline\n"
	                         "var v int\n"
	                         "\n"
	                         "//go:embed\n"
	                         "func main() {}\n"),
	                 /* a parse-time error: the declarations are not judged */
	                 "t.go:9:3: usage: //go:embed pattern...\n");
}
END_TEST

START_TEST(test_linkname_comes_last)
{
	ck_assert_str_eq(compile("package main\n"
	                         "\n"
	                         "//go:linkname f runtime.f\n"
	                         "func f() {}\n"
	                         "\n"
	                         "//go:noinline\n"
	                         "var v int\n"
	                         "\n"
	                         "func main() {}\n"),
	                 "t.go:6:3: misplaced compiler directive\n"
	                 "t.go:3:3: //go:linkname only allowed in Go files that import \"unsafe\"\n");
}
END_TEST

START_TEST(test_crlf)
{
	/* the CR is not part of the verb */
	ck_assert_str_eq(compile("package main\r\n\r\n//go:noinline\r\nvar x int\r\n\r\nfunc main() {}\r\n"),
	                 "t.go:3:3: misplaced compiler directive\n");
}
END_TEST

START_TEST(test_accepted)
{
	ck_assert_str_eq(compile("//go:build linux\n"
	                         "\n"
	                         "package main\n"
	                         "\n"
	                         "//go:noinline\n"
	                         "//go:nosplit\n"
	                         "func main() {}\n"),
	                 "");
}
END_TEST

START_TEST(test_other_declaration)
{
	ck_assert_str_eq(compile("package main\n"
	                         "\n"
	                         "type E struct{ f int }\n"
	                         "\n"
	                         "func (E) f() {}\n"
	                         "func (E) f() {}\n"
	                         "\n"
	                         "var a, a int\n"
	                         "\n"
	                         "func main() {}\n"),
	                 "t.go:5:10: field and method with the same name f\n"
	                 "\tt.go:3:16: other declaration of f\n"
	                 "t.go:6:10: E.f redeclared in this block\n"
	                 "\tt.go:5:10: other declaration of f\n"
	                 "t.go:8:8: a redeclared in this block\n"
	                 "\tt.go:8:5: other declaration of a\n");
}
END_TEST

static Suite *pragma_suite(void)
{
	Suite *s = suite_create("pragma");
	TCase *tc = tcase_create("directives");
	tcase_add_test(tc, test_embed_without_patterns);
	tcase_add_test(tc, test_linkname_comes_last);
	tcase_add_test(tc, test_crlf);
	tcase_add_test(tc, test_accepted);
	tcase_add_test(tc, test_other_declaration);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(pragma_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
