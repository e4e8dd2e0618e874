/*
 * check_codegen_abi.c - the calling convention (codegen/abi.c): how Go
 * signatures map onto the SysV C ABI, checked on the LLVM function types
 * cg_abi produces.  These decisions are what lets C call Go methods (fmt's
 * String/Error calls) and Go call the runtime's C prototypes, so each case
 * states the C prototype it must agree with.
 */
#include <check.h>
#include <string.h>

#include "codegen/codegen.h"

static Arena *arena;
static CG *g;

static void setup(void)
{
	fe_types_init();
	arena = fe_arena_new();
	g = cg_new_state(arena, "abi_test.go");
}

static void teardown(void)
{
	LLVMDisposeModule(g->mod);
	fe_arena_free(arena);
}

static Type *T(TypeKind k) { return fe_types[k]; }

static Type *sig(Type **ps, int np, Type **rs, int nr)
{
	return fe_type_func(arena, ps, np, rs, nr, false);
}

static Type *strct(Type *a, Type *b)
{
	Field fs[2] = { { .name = "a", .type = a }, { .name = "b", .type = b } };
	Field *f = fe_alloc(arena, sizeof fs);
	memcpy(f, fs, sizeof fs);
	Type *t = fe_type_struct(arena, f, 2);
	fe_layout(t);
	return t;
}

static LLVMTypeRef param(CgAbi *abi, unsigned i)
{
	LLVMTypeRef ps[16];
	ck_assert_uint_le(LLVMCountParamTypes(abi->fnty), 16);
	LLVMGetParamTypes(abi->fnty, ps);
	return ps[i];
}

/* GoIntError fmt.Println(GoSlice a): slice byval, 24-byte result by sret. */
START_TEST(test_slice_byval_sret)
{
	Type *ps[1] = { fe_type_slice(arena, fe_type_any) };
	Type *rs[2] = { T(TY_INT), fe_type_error };
	CgAbi *abi = cg_abi(g, sig(ps, 1, rs, 2), NULL, false);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 2);
	ck_assert_int_eq(abi->sretidx, 0);
	ck_assert(LLVMGetReturnType(abi->fnty) == g->voidt);
	ck_assert(param(abi, 1) == g->ptr); /* byval */
}
END_TEST

/* GoString m(void *rcvr): what fmt calls for String(); nest takes no register. */
START_TEST(test_string_result_in_registers)
{
	Type *rs[1] = { T(TY_STRING) };
	CgAbi *abi = cg_abi(g, sig(NULL, 0, rs, 1), T(TY_UNSAFEPTR), true);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 2);
	ck_assert_int_eq(abi->ctxidx, 0);
	ck_assert(param(abi, 1) == g->ptr);
	LLVMTypeRef rt = LLVMGetReturnType(abi->fnty);
	ck_assert_int_eq(LLVMGetTypeKind(rt), LLVMStructTypeKind);
	ck_assert_uint_eq(LLVMCountStructElementTypes(rt), 2);
}
END_TEST

/* A string argument is two INTEGER eightbytes: {ptr, i64}. */
START_TEST(test_string_param_split)
{
	Type *ps[1] = { T(TY_STRING) };
	CgAbi *abi = cg_abi(g, sig(ps, 1, NULL, 0), NULL, false);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 2);
	ck_assert(param(abi, 0) == g->ptr);
	ck_assert(param(abi, 1) == g->i64);
}
END_TEST

/* struct {a, b int32} packs into one INTEGER eightbyte; {float64, int} is SSE + INTEGER. */
START_TEST(test_small_structs)
{
	Type *ps[2] = { strct(T(TY_INT32), T(TY_INT32)), strct(T(TY_FLOAT64), T(TY_INT)) };
	CgAbi *abi = cg_abi(g, sig(ps, 2, NULL, 0), NULL, false);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 3);
	ck_assert(param(abi, 0) == g->i64);
	ck_assert(param(abi, 1) == g->f64);
	ck_assert(param(abi, 2) == g->i64);
}
END_TEST

/* Out of integer registers: a string that no longer fits goes in memory, whole. */
START_TEST(test_registers_run_out)
{
	Type *ps[4] = { T(TY_STRING), T(TY_STRING), T(TY_STRING), T(TY_STRING) };
	CgAbi *abi = cg_abi(g, sig(ps, 4, NULL, 0), NULL, false);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 7);
	ck_assert(param(abi, 6) == g->ptr);
	ck_assert_int_eq(abi->pcount[3], 1);
}
END_TEST

/* Scalars pass directly; bool is i1 (zeroext, like C's _Bool); zero-size values vanish. */
START_TEST(test_scalars_and_empty)
{
	Type *empty = fe_type_struct(arena, NULL, 0);
	fe_layout(empty);
	Type *ps[3] = { T(TY_BOOL), empty, T(TY_FLOAT32) };
	Type *rs[1] = { T(TY_BOOL) };
	CgAbi *abi = cg_abi(g, sig(ps, 3, rs, 1), NULL, false);
	ck_assert_uint_eq(LLVMCountParamTypes(abi->fnty), 2);
	ck_assert(param(abi, 0) == g->i1);
	ck_assert(param(abi, 1) == g->f32);
	ck_assert(LLVMGetReturnType(abi->fnty) == g->i1);
}
END_TEST

/* Two results of 16 bytes or less come back in registers as one struct. */
START_TEST(test_two_small_results)
{
	Type *rs[2] = { T(TY_INT32), T(TY_INT) };
	CgAbi *abi = cg_abi(g, sig(NULL, 0, rs, 2), NULL, false);
	ck_assert_int_eq(abi->sretidx, -1);
	ck_assert_int_eq(LLVMGetTypeKind(LLVMGetReturnType(abi->fnty)), LLVMStructTypeKind);
}
END_TEST

static Suite *abi_suite(void)
{
	Suite *s = suite_create("codegen_abi");
	TCase *tc = tcase_create("abi");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_slice_byval_sret);
	tcase_add_test(tc, test_string_result_in_registers);
	tcase_add_test(tc, test_string_param_split);
	tcase_add_test(tc, test_small_structs);
	tcase_add_test(tc, test_registers_run_out);
	tcase_add_test(tc, test_scalars_and_empty);
	tcase_add_test(tc, test_two_small_results);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(abi_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
