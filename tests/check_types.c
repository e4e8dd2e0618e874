/*
 * check_types.c - unit tests for frontend/types.c: layouts as gc lays
 * types out on amd64 (checked with unsafe.Sizeof/Offsetof in go1.19),
 * pointer bitmaps, identity, comparability, lookup through embedded
 * fields, interface satisfaction, and type strings.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

static Arena *A;

static void setup(void)
{
	A = fe_arena_new();
	fe_types_init();
}

static Type *T(TypeKind k) { return fe_types[k]; }

static Field fld(const char *name, Type *t)
{
	return (Field){ .name = name, .type = t };
}

static Type *named(const char *name, Type *u)
{
	Object *o = fe_object_new(A, OBJ_TYPE, name, (Pos){ 1, 1, 0 }, NULL);
	Type *t = fe_type_named(A, o, u);
	o->type = t;
	return t;
}

static Object *method(Type *recvtype, const char *name, Type *sig)
{
	Object *m = fe_object_new(A, OBJ_FUNC, name, (Pos){ 1, 1, 0 }, sig);
	m->flags |= OF_METHOD;
	sig->recv = fe_object_new(A, OBJ_VAR, "r", (Pos){ 1, 1, 0 }, recvtype);
	return m;
}

static void add_method(Type *t, Object *m)
{
	Object **ms = fe_alloc(A, (t->nmethods + 1) * sizeof *ms);
	if (t->nmethods)
		memcpy(ms, t->methods, t->nmethods * sizeof *ms);
	ms[t->nmethods++] = m;
	t->methods = ms;
}

START_TEST(test_basic_layout)
{
	ck_assert_int_eq(fe_sizeof(T(TY_INT)), 8);
	ck_assert_int_eq(fe_sizeof(T(TY_INT8)), 1);
	ck_assert_int_eq(fe_sizeof(T(TY_FLOAT32)), 4);
	ck_assert_int_eq(fe_sizeof(T(TY_STRING)), 16);
	ck_assert_int_eq(fe_sizeof(fe_type_slice(A, T(TY_INT))), 24);
	ck_assert_int_eq(fe_sizeof(fe_type_map(A, T(TY_INT), T(TY_INT))), 8);
	ck_assert_int_eq(fe_sizeof(fe_type_any), 16);
	ck_assert_int_eq(fe_sizeof(fe_type_error), 16);
	Type *s = T(TY_STRING);
	fe_layout(s);
	ck_assert_int_eq(s->ptrdata, 8);
	Type *i = fe_type_any;
	fe_layout(i);
	ck_assert_int_eq(i->ptrdata, 16);
}
END_TEST

START_TEST(test_struct_layout)
{
	/* struct{ a int8; b int64; c int8 }: 24 bytes */
	Field f1[] = { fld("a", T(TY_INT8)), fld("b", T(TY_INT64)), fld("c", T(TY_INT8)) };
	Type *s1 = fe_type_struct(A, f1, 3);
	ck_assert_int_eq(fe_sizeof(s1), 24);
	ck_assert_int_eq(s1->fields[1].offset, 8);
	ck_assert_int_eq(s1->fields[2].offset, 16);
	/* struct{ a int64; b struct{} }: trailing zero-size field padded, 16 */
	Type *empty = fe_type_struct(A, NULL, 0);
	ck_assert_int_eq(fe_sizeof(empty), 0);
	Field f2[] = { fld("a", T(TY_INT64)), fld("b", empty) };
	ck_assert_int_eq(fe_sizeof(fe_type_struct(A, f2, 2)), 16);
	/* struct{ a int32; b string; c []int; d interface{}; e map[int]int; f *int; g bool }: 88 */
	Field f3[] = {
		fld("a", T(TY_INT32)), fld("b", T(TY_STRING)), fld("c", fe_type_slice(A, T(TY_INT))),
		fld("d", fe_type_any), fld("e", fe_type_map(A, T(TY_INT), T(TY_INT))),
		fld("f", fe_type_ptr(A, T(TY_INT))), fld("g", T(TY_BOOL)),
	};
	Type *s3 = fe_type_struct(A, f3, 7);
	ck_assert_int_eq(fe_sizeof(s3), 88);
	int64_t offs[] = { 0, 8, 24, 48, 64, 72, 80 };
	for (int k = 0; k < 7; k++)
		ck_assert_int_eq(s3->fields[k].offset, offs[k]);
	ck_assert_int_eq(s3->ptrdata, 80);
	/* pointer words: b.ptr(1) c.ptr(3) d(6,7) e(8) f(9) */
	const uint8_t *m = fe_gcmask(A, s3);
	ck_assert_uint_eq(m[0], (1 << 1) | (1 << 3) | (1 << 6) | (1 << 7));
	ck_assert_uint_eq(m[1], (1 << 0) | (1 << 1));
}
END_TEST

START_TEST(test_array_layout)
{
	Type *a = fe_type_array(A, T(TY_STRING), 3);
	ck_assert_int_eq(fe_sizeof(a), 48);
	ck_assert_int_eq(a->ptrdata, 40);
	const uint8_t *m = fe_gcmask(A, a);
	ck_assert_uint_eq(m[0], 0x15); /* words 0, 2, 4 */
	Type *big = fe_type_array(A, T(TY_UINT8), 1 << 20);
	ck_assert_int_eq(fe_sizeof(big), 1 << 20);
	ck_assert(!fe_has_pointers(big));
	ck_assert_ptr_null(fe_gcmask(A, big));
	Type *zero = fe_type_array(A, T(TY_INT), 0);
	ck_assert_int_eq(fe_sizeof(zero), 0);
}
END_TEST

START_TEST(test_identity)
{
	ck_assert(fe_identical(fe_type_byte, T(TY_UINT8)));
	ck_assert(fe_identical(fe_type_rune, T(TY_INT32)));
	ck_assert(!fe_identical(T(TY_INT), T(TY_INT64)));
	ck_assert(fe_identical(fe_type_slice(A, T(TY_INT)), fe_type_slice(A, T(TY_INT))));
	ck_assert(!fe_identical(fe_type_array(A, T(TY_INT), 3), fe_type_array(A, T(TY_INT), 4)));
	Type *n1 = named("A", T(TY_INT)), *n2 = named("B", T(TY_INT));
	ck_assert(!fe_identical(n1, n2));
	ck_assert(fe_identical(fe_under(n1), fe_under(n2)));
	Type *p[] = { T(TY_INT) }, *r[] = { T(TY_STRING) };
	Type *f1 = fe_type_func(A, p, 1, r, 1, false), *f2 = fe_type_func(A, p, 1, r, 1, false);
	f1->pnames = (const char *[]){ "x" };
	ck_assert(fe_identical(f1, f2)); /* names do not matter */
	ck_assert(!fe_identical(f1, fe_type_func(A, p, 1, r, 1, true)));
	ck_assert(fe_identical(fe_type_any, fe_type_emptyiface));
}
END_TEST

START_TEST(test_comparable)
{
	ck_assert(fe_comparable(T(TY_INT)));
	ck_assert(fe_comparable(fe_type_any));
	ck_assert(!fe_comparable(fe_type_slice(A, T(TY_INT))));
	ck_assert(!fe_comparable(fe_type_func(A, NULL, 0, NULL, 0, false)));
	Field f[] = { fld("a", T(TY_INT)), fld("s", fe_type_slice(A, T(TY_INT))) };
	ck_assert(!fe_hashable(fe_type_struct(A, f, 2)));
	ck_assert(fe_hashable(fe_type_array(A, T(TY_STRING), 2)));
	ck_assert(!fe_hashable(fe_type_array(A, fe_type_map(A, T(TY_INT), T(TY_INT)), 2)));
}
END_TEST

START_TEST(test_lookup)
{
	/* type Inner struct{ X int }; func (*Inner) M(); type Outer struct{ Inner; Y int } */
	Field fi[] = { fld("X", T(TY_INT)) };
	Type *inner = named("Inner", fe_type_struct(A, fi, 1));
	add_method(inner, method(fe_type_ptr(A, inner), "M", fe_type_func(A, NULL, 0, NULL, 0, false)));
	Field fo[] = { { .name = "Inner", .type = inner, .embedded = true }, fld("Y", T(TY_INT)) };
	Type *outer = named("Outer", fe_type_struct(A, fo, 2));
	Lookup l = fe_lookup(outer, "X");
	ck_assert_int_eq(l.kind, LOOK_FIELD);
	ck_assert_int_eq(l.npath, 2);
	ck_assert_int_eq(l.path[0], 0);
	ck_assert_int_eq(l.path[1], 0);
	l = fe_lookup(outer, "M");
	ck_assert_int_eq(l.kind, LOOK_METHOD);
	ck_assert(l.ptrrecv);
	ck_assert_int_eq(l.npath, 1);
	ck_assert_int_eq(fe_lookup(outer, "Z").kind, LOOK_NONE);
	/* two embedded structs with X at the same depth: ambiguous */
	Field fi2[] = { fld("X", T(TY_STRING)) };
	Type *other = named("Other", fe_type_struct(A, fi2, 1));
	Field fb[] = { { .name = "Inner", .type = inner, .embedded = true },
		       { .name = "Other", .type = other, .embedded = true } };
	Type *both = named("Both", fe_type_struct(A, fb, 2));
	ck_assert_int_eq(fe_lookup(both, "X").kind, LOOK_AMBIGUOUS);
	/* a shallower field wins */
	Field fs[] = { { .name = "Inner", .type = inner, .embedded = true }, fld("X", T(TY_BOOL)) };
	Type *sh = named("Sh", fe_type_struct(A, fs, 2));
	l = fe_lookup(sh, "X");
	ck_assert_int_eq(l.kind, LOOK_FIELD);
	ck_assert_int_eq(l.npath, 1);
	ck_assert(l.field->type == T(TY_BOOL));
}
END_TEST

START_TEST(test_implements)
{
	Type *sig = fe_type_func(A, NULL, 0, NULL, 0, false);
	Method m = { .name = "M", .sig = sig };
	Type *iface = named("I", fe_type_interface(A, &m, 1, NULL, 0));
	Type *t = named("T", fe_type_struct(A, NULL, 0));
	add_method(t, method(fe_type_ptr(A, t), "M", fe_type_func(A, NULL, 0, NULL, 0, false)));
	Method *missing;
	bool wrong, ptr;
	ck_assert(!fe_implements(t, iface, &missing, &wrong, &ptr));
	ck_assert(ptr);
	ck_assert_str_eq(missing->name, "M");
	ck_assert(fe_implements(fe_type_ptr(A, t), iface, &missing, &wrong, &ptr));
	ck_assert(fe_implements(T(TY_INT), fe_type_any, &missing, &wrong, &ptr));
	ck_assert(!fe_implements(T(TY_INT), iface, &missing, &wrong, &ptr));
	ck_assert(!wrong && !ptr);
	/* error's method set */
	Type *u = fe_under(fe_type_error);
	ck_assert_int_eq(u->nimethods, 1);
	ck_assert_str_eq(u->imethods[0].name, "Error");
}
END_TEST

START_TEST(test_type_strings)
{
	ck_assert_str_eq(fe_type_string(A, fe_type_byte), "byte");
	ck_assert_str_eq(fe_type_string(A, fe_type_slice(A, fe_type_ptr(A, T(TY_INT)))), "[]*int");
	ck_assert_str_eq(fe_type_string(A, fe_type_map(A, T(TY_STRING), fe_type_array(A, T(TY_BOOL), 3))),
			 "map[string][3]bool");
	Field f[] = { fld("x", T(TY_INT)), fld("y", T(TY_STRING)) };
	ck_assert_str_eq(fe_type_string(A, fe_type_struct(A, f, 2)), "struct{x int; y string}");
	Type *p[] = { T(TY_INT), fe_type_slice(A, T(TY_STRING)) }, *r[] = { T(TY_BOOL), fe_type_error };
	ck_assert_str_eq(fe_type_string(A, fe_type_func(A, p, 2, r, 2, true)), "func(int, ...string) (bool, error)");
	ck_assert_str_eq(fe_type_string(A, fe_type_func(A, p, 1, r, 1, false)), "func(int) bool");
	ck_assert_str_eq(fe_type_string(A, fe_type_any), "any");
	ck_assert_str_eq(fe_type_string(A, fe_type_emptyiface), "interface{}");
	ck_assert_str_eq(fe_type_string(A, T(TY_UNTYPED_FLOAT)), "untyped float");
}
END_TEST

START_TEST(test_bundled_layouts)
{
	fe_diag_free(D);
	D = fe_diag_new("check_types", false);
	Package *rt = fe_package(A, "runtime");
	ck_assert_ptr_nonnull(rt);
	Object *ms = fe_scope_lookup(rt->scope, "MemStats");
	ck_assert_ptr_nonnull(ms);
	Type *t = ms->type;
	ck_assert_int_eq(fe_sizeof(t), 5776);
	Type *u = fe_under(t);
	ck_assert_str_eq(u->fields[24].name, "PauseNs");
	ck_assert_int_eq(u->fields[24].offset, 192);
	ck_assert_int_eq(u->fields[26].offset, 4288);
	ck_assert_int_eq(u->fields[31].offset, 4312);
	ck_assert_str_eq(fe_type_string(A, fe_type_ptr(A, t)), "*runtime.MemStats");
	Object *ge = fe_scope_lookup(rt->scope, "LockOSThread");
	ck_assert_int_eq(ge->kind, OBJ_UNSUPPORTED);
	ck_assert_ptr_null(fe_package(A, "strings")); /* compiled from source, not bundled */
	ck_assert_ptr_null(fe_package(A, "math"));
}
END_TEST

static Suite *types_suite(void)
{
	Suite *s = suite_create("types");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_basic_layout);
	tcase_add_test(tc, test_struct_layout);
	tcase_add_test(tc, test_array_layout);
	tcase_add_test(tc, test_identity);
	tcase_add_test(tc, test_comparable);
	tcase_add_test(tc, test_lookup);
	tcase_add_test(tc, test_implements);
	tcase_add_test(tc, test_type_strings);
	tcase_add_test(tc, test_bundled_layouts);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(types_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
