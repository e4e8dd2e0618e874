/*
 * check_export.c - export data (export/): what ex_write keeps, cuts and
 * adds, that every token left keeps its line and column, that ex_open and
 * ex_annotate give the declarations back with their escape tags, and what
 * makes the writer give up.
 *
 * Packages go through the real parser, checker, irgen and escape pass.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape/escape.h"
#include "export/export.h"

static Arena *A;
static Comp C;
static Package Pkg = { .name = "p", .path = "example.com/p" };

static void setup(void)
{
	A = fe_arena_new();
}

static void teardown(void)
{
	fe_arena_free(A);
}

/* Compiles src as package example.com/p through escape analysis. */
static Node *compile(const char *src)
{
	FeDiag *d = fe_diag_new("p.go", false);
	Node *file = fe_parse(d, A, src, strlen(src));
	ck_assert_ptr_nonnull(file);
	Pkg.scope = NULL;
	C = (Comp){ .a = A, .diag = d, .path = "p.go", .src = src, .len = strlen(src), .pkg = &Pkg,
		    .pkgpath = Pkg.path };
	fe_set_local_package(&Pkg);
	ck_assert(fe_check_files(&C, &file, 1));
	ck_assert_int_eq(fe_flush_errors(d), 0);
	IrProgram *p = ir_build(&C, file);
	esc_analyze(&C, p);
	fe_set_local_package(NULL);
	return file;
}

/* The export data of src, or NULL; its first file's text in *text. */
static char *write(const char *src, const char **text, size_t *tlen)
{
	Node *file = compile(src);
	size_t len = strlen(src), xlen;
	const char *texts[1] = { src };
	char *x = ex_write(&C, &file, texts, &len, 1, false, &xlen);
	if (x && text) {
		ExData *d = ex_open(&C, x, xlen, 1);
		ck_assert_ptr_nonnull(d);
		*text = ex_file(d, 0, tlen);
	}
	return x;
}

static int lines(const char *s, size_t n)
{
	int k = 1;
	for (size_t i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

/* Line and column of the first occurrence of what in s[0, n). */
static void where(const char *s, size_t n, const char *what, int *line, int *col)
{
	const char *at = memmem(s, n, what, strlen(what));
	ck_assert_msg(at != NULL, "%s not in %.*s", what, (int)n, s);
	*line = lines(s, (size_t)(at - s));
	const char *bol = at;
	while (bol > s && bol[-1] != '\n')
		bol--;
	*col = (int)(at - bol) + 1;
}

static bool has(const char *s, size_t n, const char *what)
{
	return memmem(s, n, what, strlen(what)) != NULL;
}

static const char big[] =
	"package p\n"
	"\n"
	"// Big is documented.\n"
	"func Big(p *int, n int) *int {\n"
	"\ts := 0\n"
	"\tfor i := 0; i < n; i++ {\n"
	"\t\ts += i * i\n"
	"\t\tif s > 100 {\n"
	"\t\t\ts -= 100\n"
	"\t\t}\n"
	"\t\tif s%7 == 3 {\n"
	"\t\t\ts += 2 * i\n"
	"\t\t}\n"
	"\t\tif s%11 == 5 {\n"
	"\t\t\ts += 3 * i\n"
	"\t\t}\n"
	"\t\tif s%13 == 1 {\n"
	"\t\t\ts += 5 * i\n"
	"\t\t}\n"
	"\t}\n"
	"\t*p = s\n"
	"\treturn p\n"
	"}\n"
	"\n"
	"func Small(x int) int { return x + 1 }\n"
	"\n"
	"type T struct{ a, B int }\n"
	"\n"
	"var V = map[string]*T{\"a\": {1, 2}} /* why */\n"
	"var W T = T{B: Small(1)}\n"
	"\n"
	"//go:noinline\n"
	"func init() { V[\"b\"] = &W }\n"
	"\n"
	"func After() int { return len(V) }\n";

START_TEST(test_cuts)
{
	const char *t;
	size_t n;
	char *x = write(big, &t, &n);
	ck_assert_ptr_nonnull(x);
	/* the large body goes, the small one stays */
	ck_assert(has(t, n, "func Big(p *int, n int) *int\n"));
	ck_assert(!has(t, n, "s += i * i"));
	ck_assert(has(t, n, "func Small(x int) int { return x + 1 }"));
	/* initialisers go; the type is written where the spec had none */
	ck_assert(has(t, n, "var V map[string]*T"));
	ck_assert(!has(t, n, "\"a\""));
	ck_assert(has(t, n, "var W T\n"));
	ck_assert(!has(t, n, "Small(1)"));
	/* init goes with its directive; comments go */
	ck_assert(!has(t, n, "init"));
	ck_assert(!has(t, n, "//go:noinline"));
	ck_assert(!has(t, n, "documented"));
	ck_assert(!has(t, n, "why"));
	/* every token left where the source has it */
	ck_assert_int_eq(lines(t, n), lines(big, strlen(big)));
	const char *marks[] = { "func Small", "type T", "var V", "var W", "func After", "return len(V)" };
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		int l1, c1, l2, c2;
		where(big, strlen(big), marks[i], &l1, &c1);
		where(t, n, marks[i], &l2, &c2);
		ck_assert_msg(l1 == l2 && c1 == c2, "%s moved from %d:%d to %d:%d", marks[i], l1, c1, l2, c2);
	}
	free(x);
}
END_TEST

/* Read back: the same declarations, Big stripped with the tags the
 * source's analysis gave it (p leaks to the result), Small kept. */
START_TEST(test_round_trip)
{
	Node *src = compile(big);
	EscFunc *bf = NULL;
	for (int i = 0; i < src->file.decls.len; i++)
		if (src->file.decls.v[i]->kind == N_FUNCDECL &&
		    strcmp(src->file.decls.v[i]->func_.name->ident.name, "Big") == 0)
			bf = esc_func_of(src->file.decls.v[i]);
	ck_assert_ptr_nonnull(bf);
	ck_assert_int_eq(bf->nparams, 2);
	EscLeaks tag = bf->params[0].tag;
	ck_assert_int_eq(esc_leaks_result(tag, 0), 0);

	size_t len = strlen(big), xlen;
	const char *texts[1] = { big };
	char *x = ex_write(&C, &src, texts, &len, 1, true, &xlen);
	ck_assert_ptr_nonnull(x);
	Comp c2 = { .a = A, .diag = fe_diag_new("p.go", false), .pkg = &(Package){ .name = "p", .path = "example.com/p" },
		    .pkgpath = "example.com/p" };
	ExData *d = ex_open(&c2, x, xlen, 1);
	ck_assert_ptr_nonnull(d);
	ck_assert(ex_introspects(d));
	ck_assert_ptr_null(ex_open(&c2, x, xlen, 2));
	size_t n;
	const char *t = ex_file(d, 0, &n);
	Node *file = fe_parse(c2.diag, A, t, n);
	ck_assert_ptr_nonnull(file);
	ex_annotate(d, 0, file);
	int funcs = 0;
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *fd = file->file.decls.v[i];
		if (fd->kind != N_FUNCDECL)
			continue;
		funcs++;
		const char *name = fd->func_.name->ident.name;
		ck_assert(strcmp(name, "init") != 0);
		ck_assert_int_eq(fd->func_.stripped, strcmp(name, "Big") == 0);
		/* a tag per parameter: After has none */
		ck_assert_int_eq(fd->func_.esctags == NULL, strcmp(name, "After") == 0);
	}
	ck_assert_int_eq(funcs, 3);
	/* the stripped function's callers see the source's tags */
	c2.from_export = true;
	fe_set_local_package(c2.pkg);
	ck_assert(fe_check_files(&c2, &file, 1));
	IrProgram *p = ir_build(&c2, file);
	esc_analyze(&c2, p);
	fe_set_local_package(NULL);
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *fd = file->file.decls.v[i];
		if (fd->kind == N_FUNCDECL && strcmp(fd->func_.name->ident.name, "Big") == 0) {
			EscFunc *f = esc_func_of(fd);
			ck_assert(!f->hasBody);
			ck_assert_mem_eq(f->params[0].tag.v, tag.v, sizeof tag.v);
			ck_assert_int_eq(f->params[1].tagged, bf->params[1].tagged);
		}
	}
	free(x);
}
END_TEST

/* What the format cannot say: the package then compiles from source. */
START_TEST(test_gives_up)
{
	/* two names of different types in one spec without a type */
	ck_assert_ptr_null(write("package p\n\nvar A, B = 1, \"x\"\n", NULL, NULL));
	/* a struct literal type with an unexported field (whose package?) */
	ck_assert_ptr_null(write("package p\n\nvar S = struct{ a int }{1}\n", NULL, NULL));
	/* ... but the same with a type written is kept as it is */
	const char *t;
	size_t n;
	char *x = write("package p\n\nvar S struct{ a int } = struct{ a int }{1}\nvar A, B = 1, 2\n", &t, &n);
	ck_assert_ptr_nonnull(x);
	ck_assert(has(t, n, "var S struct{ a int }\n"));
	ck_assert(has(t, n, "var A, B int\n"));
	free(x);
}
END_TEST

/* Strings, runes and raw strings are not comments; a block comment
 * inside a line keeps the columns after it. */
START_TEST(test_literals)
{
	const char *src = "package p\n\nconst S = \"// not a comment\" + `/* nor this */`\n"
			  "const R = '\"'\n"
			  "func F(a /* x */, b int) int { return a + b }\n";
	const char *t;
	size_t n;
	char *x = write(src, &t, &n);
	ck_assert_ptr_nonnull(x);
	ck_assert(has(t, n, "\"// not a comment\" + `/* nor this */`"));
	ck_assert(has(t, n, "'\"'"));
	int l1, c1, l2, c2;
	where(src, strlen(src), "b int) int", &l1, &c1);
	where(t, n, "b int) int", &l2, &c2);
	ck_assert_int_eq(l1, l2);
	ck_assert_int_eq(c1, c2);
	free(x);
}
END_TEST

static Suite *export_suite(void)
{
	Suite *s = suite_create("export");
	TCase *tc = tcase_create("export");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_cuts);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_gives_up);
	tcase_add_test(tc, test_literals);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(export_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
