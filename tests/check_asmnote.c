/*
 * check_asmnote.c - codegen/asmnote.c on hand-written inputs: the -S
 * annotator (directives and debug sections dropped, one source comment per
 * change of line, @PLT and quotes stripped, -S=FUNC selection) and the
 * -emit-llvm=FUNC filter.  No LLVM and no built minigo: text in, text out.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"

static const char src[] =
	"package main\n"
	"\n"
	"func f() []int {\n"
	"\treturn make([]int, 5)\n"
	"}\n"
	"\n"
	"type T struct{}\n"
	"\n"
	"func (t *T) M() {}\n";

static const char asm_text[] =
	"\t.text\n"
	"\t.file\t\"prog.go\"\n"
	"\t.globl\tmain.f\n"
	"\t.p2align\t4, 0x90\n"
	"\t.type\tmain.f,@function\n"
	"main.f:\n"
	".Lfunc_begin0:\n"
	"\t.file\t1 \"dir\" \"prog.go\"\n"
	"\t.loc\t1 3 0\n"
	"\t.cfi_startproc\n"
	"# %bb.0:\n"
	"\tpushq\t%rax\n"
	"\t.cfi_def_cfa_offset 16\n"
	".Ltmp0:\n"
	"\t.loc\t1 4 9 prologue_end\n"
	"\tmovq\ttype.int@GOTPCREL(%rip), %rdi\n"
	"\t.loc\t1 0 9 is_stmt 0\n"
	"\tmovl\t$5, %esi\n"
	"\t.loc\t1 4 9 is_stmt 1\n"
	"\tcallq\truntime.makeslice@PLT\n"
	".LBB0_1:\n"
	"\t.loc\t1 4 2\n"
	"\tpopq\t%rcx\n"
	"\tretq\n"
	".Lfunc_end0:\n"
	"\t.size\tmain.f, .Lfunc_end0-main.f\n"
	"\t.cfi_endproc\n"
	"\t.globl\t\"main.(*T).M\"\n"
	"\"main.(*T).M\":\n"
	"\t.loc\t1 9 0\n"
	"\tcallq\t\"runtime.(*x).y\"@PLT\n"
	"\tretq\n"
	".Lfunc_end1:\n"
	"\t.section\t.rodata,\"a\",@progbits\n"
	"type.int:\n"
	"\t.quad\t8\n"
	"\t.section\t.debug_abbrev,\"\",@progbits\n"
	".Ldebug_abbrev0:\n"
	"\t.byte\t1\n"
	"\t.section\t.debug_line,\"\",@progbits\n"
	".Lline_table_start0:\n";

/* cg_annotate_asm's output as a string (static buffer). */
static const char *annotate(const char *func, int *nfuncs)
{
	static char buf[8192];
	FILE *f = fmemopen(buf, sizeof buf, "w");
	ck_assert_ptr_nonnull(f);
	*nfuncs = cg_annotate_asm(asm_text, "dir/prog.go", src, strlen(src), func, f);
	fclose(f);
	return buf;
}

START_TEST(test_whole_program)
{
	int n;
	const char *out = annotate(NULL, &n);
	ck_assert_int_eq(n, 2);
	ck_assert_str_eq(out,
		"main.f:\n"
		"# prog.go:3    func f() []int {\n"
		"\tpushq\t%rax\n"
		"# prog.go:4    return make([]int, 5)\n"
		"\tmovq\ttype.int@GOTPCREL(%rip), %rdi\n"
		"\tmovl\t$5, %esi\n"
		"\tcallq\truntime.makeslice\n"
		".LBB0_1:\n"
		"\tpopq\t%rcx\n"
		"\tretq\n"
		"\n"
		"main.(*T).M:\n"
		"# prog.go:9    func (t *T) M() {}\n"
		"\tcallq\truntime.(*x).y\n"
		"\tretq\n"
		"type.int:\n");
}
END_TEST

START_TEST(test_one_function)
{
	int n;
	const char *out = annotate("(*T).M", &n);
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(out,
		"main.(*T).M:\n"
		"# prog.go:9    func (t *T) M() {}\n"
		"\tcallq\truntime.(*x).y\n"
		"\tretq\n");
	out = annotate("main.f", &n);
	ck_assert_int_eq(n, 1);
	ck_assert_ptr_nonnull(strstr(out, "callq\truntime.makeslice\n"));
	ck_assert_ptr_null(strstr(out, "(*T)"));
	ck_assert_ptr_null(strstr(out, "type.int:"));
	annotate("nosuch", &n);
	ck_assert_int_eq(n, 0);
}
END_TEST

START_TEST(test_filter_ir)
{
	static const char ir[] =
		"; ModuleID = 'prog.go'\n"
		"define ptr @main.f(ptr nest %0) #0 {\n"
		"entry:\n"
		"  ret ptr null\n"
		"}\n"
		"\n"
		"define void @\"main.(*T).M\"(ptr %0) {\n"
		"entry:\n"
		"  ret void\n"
		"}\n"
		"declare ptr @runtime.makeslice(ptr, i64, i64)\n";
	char buf[1024];
	FILE *f = fmemopen(buf, sizeof buf, "w");
	ck_assert_int_eq(cg_filter_ir(ir, "(*T).M", f), 1);
	fclose(f);
	ck_assert_str_eq(buf, "define void @\"main.(*T).M\"(ptr %0) {\nentry:\n  ret void\n}\n");
	f = fmemopen(buf, sizeof buf, "w");
	ck_assert_int_eq(cg_filter_ir(ir, "main.f", f), 1);
	fclose(f);
	ck_assert_str_eq(buf, "define ptr @main.f(ptr nest %0) #0 {\nentry:\n  ret ptr null\n}\n");
}
END_TEST

static Suite *asmnote_suite(void)
{
	Suite *s = suite_create("asmnote");
	TCase *tc = tcase_create("asmnote");
	tcase_add_test(tc, test_whole_program);
	tcase_add_test(tc, test_one_function);
	tcase_add_test(tc, test_filter_ir);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(asmnote_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
