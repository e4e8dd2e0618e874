/*
 * check_emit.c - the LLVM back half (codegen/emit.c) on a hand-built module:
 * the IR, assembly and object outputs, and an object that really runs when
 * linked by the system C compiler.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codegen/codegen.h"

/* i64 "main.add"(i64 a, i64 b) { return a + b; } -- Go's symbol spelling. */
static LLVMModuleRef add_module(LLVMContextRef c)
{
	LLVMModuleRef m = LLVMModuleCreateWithNameInContext("test", c);
	LLVMTypeRef i64 = LLVMInt64TypeInContext(c);
	LLVMTypeRef params[] = { i64, i64 };
	LLVMTypeRef fty = LLVMFunctionType(i64, params, 2, 0);
	LLVMValueRef f = LLVMAddFunction(m, "main.add", fty);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
	LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(c, f, "entry"));
	LLVMBuildRet(b, LLVMBuildAdd(b, LLVMGetParam(f, 0), LLVMGetParam(f, 1), "sum"));
	LLVMDisposeBuilder(b);
	return m;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = 0;
	fclose(f);
	return buf;
}

START_TEST(test_ir)
{
	LLVMContextRef c = LLVMContextCreate();
	char *err = NULL, path[] = "/tmp/minigo-emit-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	ck_assert(cg_emit(add_module(c), 0, CG_LLVM_IR, path, &err));
	char *ir = slurp(path);
	ck_assert_ptr_nonnull(strstr(ir, "define i64 @main.add(i64"));
	ck_assert_ptr_nonnull(strstr(ir, "target triple"));
	unlink(path);
	LLVMContextDispose(c);
}
END_TEST

START_TEST(test_asm)
{
	LLVMContextRef c = LLVMContextCreate();
	char *err = NULL, path[] = "/tmp/minigo-emit-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	ck_assert(cg_emit(add_module(c), 2, CG_ASSEMBLY, path, &err));
	char *s = slurp(path);
	ck_assert_ptr_nonnull(strstr(s, "main.add:"));
	ck_assert_ptr_nonnull(strstr(s, "ret"));
	unlink(path);
	LLVMContextDispose(c);
}
END_TEST

START_TEST(test_object_runs)
{
	LLVMContextRef c = LLVMContextCreate();
	char *err = NULL;
	char dir[] = "/tmp/minigo-emit-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char obj[128], harness[128], exe[128], cmd[1024];
	snprintf(obj, sizeof obj, "%s/add.o", dir);
	snprintf(harness, sizeof harness, "%s/h.c", dir);
	snprintf(exe, sizeof exe, "%s/h", dir);
	ck_assert(cg_emit(add_module(c), 2, CG_OBJECT, obj, &err));
	FILE *f = fopen(harness, "w");
	fputs("long add(long, long) __asm__(\"main.add\");\n"
	      "int main(void) { return add(40, 2) == 42 ? 0 : 1; }\n", f);
	fclose(f);
	snprintf(cmd, sizeof cmd, "cc -o %s %s %s && %s", exe, harness, obj, exe);
	ck_assert_int_eq(system(cmd), 0);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
	LLVMContextDispose(c);
}
END_TEST

static Suite *emit_suite(void)
{
	Suite *s = suite_create("emit");
	TCase *tc = tcase_create("emit");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_ir);
	tcase_add_test(tc, test_asm);
	tcase_add_test(tc, test_object_runs);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(emit_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
