/*
 * check_inline.c - gc's CanInline in minigo (inline/): which functions
 * are inlinable, at what cost, and why the others are not.
 *
 * Programs go through the real parser, checker and irgen, then
 * inl_analyze; the -m=2 lines it prints are compared with the ones
 * `go tool compile -m=2` printed for the same source (the expectations
 * below are gc's output, pasted), and the verdicts left on the
 * declarations (func_.inlstate, inlcost, inlreason) with the lines.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inline/inline.h"
#include "escape/escape.h"

static FeDiag *D;
static Arena *A;
static Comp C;
static BsBuf Out;

static void setup(void)
{
	A = fe_arena_new();
	Out = (BsBuf){ .a = A };
}

static void teardown(void)
{
	fe_arena_free(A);
}

static void sink(Pos pos, const char *msg, void *ctx)
{
	(void)ctx;
	bs_printf(&Out, "t.go:%d:%d: %s\n", pos.line, pos.col, msg);
}

/* Parses, checks, builds the IR of src and decides its functions at -m=m. */
static Node *load(const char *src, int m)
{
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	Node *file = fe_parse(D, A, src, strlen(src));
	ck_assert_ptr_nonnull(file);
	C = (Comp){ .a = A, .diag = D, .path = "t.go", .src = src, .len = strlen(src), .m = m };
	ck_assert(fe_check(&C, file));
	ck_assert_int_eq(fe_flush_errors(D), 0);
	IrProgram *p = ir_build(&C, file);
	ck_assert_ptr_nonnull(p);
	fe_note_sink(D, sink, NULL);
	inl_analyze(&C, p, true);
	fe_note_sink(D, NULL, NULL);
	return file;
}

static Node *func(Node *file, const char *name)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind == N_FUNCDECL && strcmp(d->func_.name->ident.name, name) == 0)
			return d;
	}
	ck_abort_msg("no func %s", name);
	return NULL;
}

/* One function of each kind gc prices or refuses. */
static const char *const prog =
	"package main\n"
	"\n"
	"type T struct{ x int }\n"
	"type I interface{ M() int }\n"
	"\n"
	"func (t *T) Get() int { return t.x }\n"
	"func add(a, b int) int { return a + b }\n"
	"func big(n int) int {\n"
	"	s := 0\n"
	"	for i := 0; i < n; i++ {\n"
	"		s += add(i, i) * add(s, i)\n"
	"	}\n"
	"	return s\n"
	"}\n"
	"func rec(n int) int {\n"
	"	if n == 0 {\n"
	"		return 0\n"
	"	}\n"
	"	return rec(n - 1)\n"
	"}\n"
	"\n"
	"//go:noinline\n"
	"func noi(x int) int { return x }\n"
	"func clo() func() int {\n"
	"	x := 1\n"
	"	return func() int { return x }\n"
	"}\n"
	"func iface(i I) int { return i.M() }\n"
	"func callclo() { f := func() int { return 1 }; f() }\n"
	"func def() { defer add(1, 2) }\n"
	"func dcltype() { type X int; var x X; _ = x }\n"
	"func rcv() { recover() }\n"
	"func tc(f func() int) int { return f() + f() }\n"
	"func viavar() int { f := iface; return f(nil) }\n"
	"func m(m map[string]int, k string) { m[k] = 1; m[k]++ }\n"
	"func dead(x int) int { if false { return 1 }; return 2 }\n"
	"func main() {}\n";

/* go tool compile -m=2 t.go (Go 1.19), the can/cannot inline lines */
static const char *const gc_m2[] = {
	"t.go:6:6: can inline (*T).Get with cost 3 as: method(*T) func() int { return t.x }",
	"t.go:7:6: can inline add with cost 4 as: func(int, int) int { return a + b }",
	"t.go:8:6: can inline big with cost 38 as: func(int) int { s := 0; for loop; return s }",
	"t.go:15:6: cannot inline rec: recursive",
	"t.go:23:6: cannot inline noi: marked go:noinline",
	"t.go:24:6: can inline clo with cost 24 as: func() func() int { x := 1; return func literal }",
	"t.go:26:9: can inline clo.func1 with cost 2 as: func() int { return x }",
	"t.go:28:6: can inline iface with cost 61 as: func(I) int { return i.M() }",
	"t.go:29:23: can inline callclo.func1 with cost 2 as: func() int { return 1 }",
	"t.go:29:6: can inline callclo with cost 26 as: func() { f := func literal; f() }",
	"t.go:30:6: cannot inline def: unhandled op DEFER",
	"t.go:31:6: cannot inline dcltype: unhandled op DCLTYPE",
	"t.go:32:6: cannot inline rcv: call to recover",
	"t.go:33:6: cannot inline tc: function too complex: cost 120 exceeds budget 80",
	"t.go:34:6: can inline viavar with cost 70 as: func() int { f := iface; return f(nil) }",
	"t.go:35:6: can inline m with cost 10 as: func(map[string]int, string) { m[k] = 1; m[k] += 1 }",
	"t.go:36:6: can inline dead with cost 2 as: func(int) int { if false {  }; return 2 }",
	"t.go:37:6: can inline main with cost 0 as: func() {  }",
};

START_TEST(test_m2_as_gc)
{
	load(prog, 2);
	BsBuf want = { .a = A };
	for (size_t i = 0; i < sizeof gc_m2 / sizeof *gc_m2; i++)
		bs_printf(&want, "%s\n", gc_m2[i]);
	ck_assert_str_eq(bs_str(&Out), bs_str(&want));
}
END_TEST

START_TEST(test_m1_as_gc)
{
	load(prog, 1);
	/* -m: the inlinable ones, without cost, in the same order */
	BsBuf want = { .a = A };
	for (size_t i = 0; i < sizeof gc_m2 / sizeof *gc_m2; i++) {
		const char *s = gc_m2[i], *w = strstr(s, " with cost");
		if (strstr(s, ": can inline "))
			bs_printf(&want, "%.*s\n", (int)(w - s), s);
	}
	ck_assert_str_eq(bs_str(&Out), bs_str(&want));
}
END_TEST

START_TEST(test_verdicts)
{
	Node *f = load(prog, 0);
	ck_assert_str_eq(bs_str(&Out), "");   /* no -m, no lines */
	static const struct { const char *name; int state, cost; const char *reason; } want[] = {
		{ "add", 1, 4, NULL },
		{ "big", 1, 38, NULL },      /* two calls of add at its cost of 4 */
		{ "rec", 2, 0, "recursive" },
		{ "noi", 2, 0, "marked go:noinline" },
		{ "clo", 1, 24, NULL },      /* a closure: 15 more, and its body */
		{ "iface", 1, 61, NULL },    /* an interface call: 57 more */
		{ "callclo", 1, 26, NULL },  /* f := func...; f(): the closure's cost */
		{ "def", 2, 0, "unhandled op DEFER" },
		{ "dcltype", 2, 0, "unhandled op DCLTYPE" },
		{ "rcv", 2, 0, "call to recover" },
		{ "tc", 2, 0, "function too complex: cost 120 exceeds budget 80" },
		{ "viavar", 1, 70, NULL },   /* f := iface; f(nil): iface's cost */
		{ "m", 1, 10, NULL },
		{ "dead", 1, 2, NULL },      /* deadcode: if false costs nothing */
		{ "main", 1, 0, NULL },
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		Node *d = func(f, want[i].name);
		ck_assert_msg(d->func_.inlstate == want[i].state, "%s: state %d", want[i].name, d->func_.inlstate);
		if (want[i].state == 1)
			ck_assert_msg(d->func_.inlcost == want[i].cost, "%s: cost %d", want[i].name, d->func_.inlcost);
		else
			ck_assert_str_eq(d->func_.inlreason, want[i].reason);
	}
}
END_TEST

/* The costs of typical bodies, gc's numbers for each. */
static const char *const costs =
	"package main\n"
	"type T struct{ x int; y *T; s []int }\n"
	"type E struct{ T }\n"
	"func (t T) M() int { return t.x }\n"
	"func (t *T) P() int { return t.x }\n"
	"func f2(a int) int { var x int; x = a; return x }\n"
	"func f5(t *T) int { return t.M() }\n"
	"func f6(t T) int { return t.P() }\n"
	"func f9(m map[int]int) (int, bool) { v, ok := m[1]; return v, ok }\n"
	"func f14(x int) { panic(x) }\n"
	"func f17(e E) int { return e.y.x }\n"
	"func f19() T { return T{1, nil, nil} }\n"
	"func f20() []int { return []int{1, 2, 3} }\n"
	"func f22() *int { return new(int) }\n"
	"func f24(a, b string) string { return a + b + a }\n"
	"func f25(s []int) int { t := 0; for _, v := range s { t += v }; return t }\n"
	"func f28(x interface{}) int { switch v := x.(type) { case int: return v; case string: return len(v) }; return 0 }\n"
	"func f35() int { if true { return 1 }; return 2 }\n"
	"func f38(a [4]int) []int { return a[:] }\n"
	"func f47(t T) func() int { return t.M }\n"
	"func f49(i interface{}, x int) bool { return i == x }\n"
	"func f66() int { const c = 3; return c * 2 }\n"
	"func h1() int { var a, b int; return a + b }\n"
	"func h25(x int) int64 { return int64(x) }\n"
	"func h24(x int32) int64 { return int64(x) }\n"
	"func main() {}\n";

START_TEST(test_costs)
{
	Node *f = load(costs, 0);
	static const struct { const char *name; int cost; } want[] = {
		{ "M", 3 }, { "P", 3 }, { "f2", 9 }, { "f5", 8 }, { "f6", 8 }, { "f9", 13 }, { "f14", 3 },
		{ "f17", 5 }, { "f19", 8 }, { "f20", 6 }, { "f22", 3 }, { "f24", 5 }, { "f25", 16 },
		{ "f28", 17 }, { "f35", 2 }, { "f38", 4 }, { "f47", 4 }, { "f49", 4 },
		{ "f66", 2 }, { "h1", 12 }, { "h25", 2 }, { "h24", 3 },
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		Node *d = func(f, want[i].name);
		ck_assert_msg(d->func_.inlstate == 1 && d->func_.inlcost == want[i].cost, "%s: state %d cost %d, want %d",
			      want[i].name, d->func_.inlstate, d->func_.inlcost, want[i].cost);
	}
}
END_TEST

/* ---- calls inlined (calls.c) ---- */

static const char *const inl_prog =
	"package main\n"
	"\n"
	"type T struct{ a, b int }\n"
	"\n"
	"func g(x int) *T { return &T{x, x} }\n"
	"\n"
	"func f(x int) int {\n"
	"	p := g(x)\n"
	"	q := &x\n"
	"	return p.a + *q\n"
	"}\n"
	"\n"
	"func (t *T) sum() (s int) {\n"
	"	s = t.a + t.b\n"
	"	return\n"
	"}\n"
	"\n"
	"func main() {\n"
	"	t := T{1, 2}\n"
	"	println(f(1), t.sum(), g(3).sum())\n"
	"}\n";

/* go tool compile -m t.go (Go 1.19), inlining on */
static const char *const inl_gc_m[] = {
	"t.go:5:6: can inline g",
	"t.go:7:6: can inline f",
	"t.go:8:8: inlining call to g",
	"t.go:13:6: can inline (*T).sum",
	"t.go:18:6: can inline main",
	"t.go:20:11: inlining call to f",
	"t.go:20:11: inlining call to g",
	"t.go:20:21: inlining call to (*T).sum",
	"t.go:20:26: inlining call to g",
	"t.go:20:33: inlining call to (*T).sum",
	"t.go:5:27: &T{...} escapes to heap",
	"t.go:8:8: &T{...} does not escape",
	"t.go:13:7: t does not escape",
	"t.go:20:11: &T{...} does not escape",
	"t.go:20:26: &T{...} does not escape",
};

/* Parses, checks, builds the IR, inlines (and analyses escapes) at -m=m. */
static Node *load_inlined(const char *src, int m, bool escape)
{
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	Node *file = fe_parse(D, A, src, strlen(src));
	ck_assert_ptr_nonnull(file);
	C = (Comp){ .a = A, .diag = D, .path = "t.go", .src = src, .len = strlen(src), .m = m };
	ck_assert(fe_check(&C, file));
	ck_assert_int_eq(fe_flush_errors(D), 0);
	IrProgram *p = ir_build(&C, file);
	ck_assert_ptr_nonnull(p);
	fe_note_sink(D, sink, NULL);
	inl_analyze_inline(&C, p, true);
	if (escape)
		esc_analyze(&C, p);
	fe_note_sink(D, NULL, NULL);
	return file;
}

START_TEST(test_inline_m_as_gc)
{
	load_inlined(inl_prog, 1, true);
	BsBuf want = { .a = A };
	for (size_t i = 0; i < sizeof inl_gc_m / sizeof *inl_gc_m; i++)
		bs_printf(&want, "%s\n", inl_gc_m[i]);
	ck_assert_str_eq(Out.s ? Out.s : "", want.s);
}
END_TEST

START_TEST(test_inline_shape)
{
	Node *file = load_inlined(inl_prog, 0, false);
	Node *mainf = func(file, "main");
	Node *st = mainf->func_.body->block.stmts.v[1];
	ck_assert_int_eq(st->kind, N_EXPRSTMT);
	Node *call = fe_unparen(st->unary.x);
	ck_assert_int_eq(call->kind, N_CALL);   /* println: a builtin */
	Node *ic = call->call.args.v[0];
	ck_assert_int_eq(ic->kind, N_INLCALL);
	ck_assert_ptr_eq(ic->inlcall.callee, func(file, "f"));
	ck_assert_int_eq(ic->pos.line, 20);
	ck_assert_int_eq(ic->pos.col, 11);
	/* x := 1 */
	Node *as = ic->inlcall.init->block.stmts.v[0];
	ck_assert_int_eq(as->kind, N_ASSIGN);
	ck_assert_str_eq(as->assign.lhs.v[0]->ident.name, "x");
	ck_assert_ptr_eq(as->assign.lhs.v[0]->obj->fn, mainf);
	ck_assert_ptr_ne(as->assign.lhs.v[0]->obj, func(file, "f")->func_.type->functype.params.v[0]->field.names.v[0]->obj);
	/* the result: ~R0 */
	ck_assert_int_eq(ic->inlcall.results.len, 1);
	ck_assert_str_eq(ic->inlcall.results.v[0]->ident.name, "~R0");
	/* the body: p := g(x) inlined in turn, ..., the return a jump, the label last */
	NodeList *body = &ic->inlcall.body->block.stmts;
	Node *p = body->v[0];
	ck_assert_int_eq(p->kind, N_ASSIGN);
	ck_assert_int_eq(p->assign.rhs.v[0]->kind, N_INLCALL);
	ck_assert_ptr_eq(p->assign.rhs.v[0]->inlcall.callee, func(file, "g"));
	Node *ret = body->v[body->len - 2];
	ck_assert_int_eq(ret->kind, N_BLOCK);
	ck_assert_int_eq(ret->block.stmts.v[1]->kind, N_BRANCH);
	Node *end = body->v[body->len - 1];
	ck_assert_int_eq(end->kind, N_LABELED);
	ck_assert_str_eq(ret->block.stmts.v[1]->branch.label->ident.name, end->labeled.label->ident.name);
	/* the body is a copy: f's own is untouched but for its own call of g */
	Node *fb = func(file, "f")->func_.body;
	ck_assert_int_eq(fb->block.stmts.v[2]->kind, N_RETURN);
	/* main's Dcl list has the inlined variables */
	bool seen = false;
	for (int i = 0; i < mainf->irfn->ndcl; i++)
		seen |= strcmp(mainf->irfn->dcl[i].n->ident.name, "~R0") == 0;
	ck_assert(seen);
}
END_TEST

/* Variadic calls without `...`: the implicit slice into the parameter
 * (nil for none); a callee with one return declares its result there. */
static const char *const var_prog =
	"package main\n"
	"\n"
	"func sum(xs ...int) int {\n"
	"\ts := 0\n"
	"\tfor _, x := range xs {\n"
	"\t\ts += x\n"
	"\t}\n"
	"\treturn s\n"
	"}\n"
	"\n"
	"func keep(ps ...*int) *int {\n"
	"\treturn ps[0]\n"
	"}\n"
	"\n"
	"var sink *int\n"
	"\n"
	"func main() {\n"
	"\ta, b := 1, 2\n"
	"\tprintln(sum(a, b, 3), sum())\n"
	"\tx, y := 5, 6\n"
	"\tprintln(*keep(&x))\n"
	"\tsink = keep(&y, &x)\n"
	"}\n";

static const char *const var_gc_m[] = {
	"t.go:3:6: can inline sum",
	"t.go:11:6: can inline keep",
	"t.go:17:6: can inline main",
	"t.go:19:13: inlining call to sum",
	"t.go:19:27: inlining call to sum",
	"t.go:21:15: inlining call to keep",
	"t.go:22:13: inlining call to keep",
	"t.go:3:10: xs does not escape",
	"t.go:11:11: leaking param: ps to result ~r0 level=1",
	"t.go:20:2: moved to heap: x",
	"t.go:20:5: moved to heap: y",
	"t.go:19:13: ... argument does not escape",
	"t.go:21:15: ... argument does not escape",
	"t.go:22:13: ... argument does not escape",
};

START_TEST(test_inline_variadic)
{
	Node *file = load_inlined(var_prog, 1, true);
	BsBuf want = { .a = A };
	for (size_t i = 0; i < sizeof var_gc_m / sizeof *var_gc_m; i++)
		bs_printf(&want, "%s\n", var_gc_m[i]);
	ck_assert_str_eq(Out.s ? Out.s : "", want.s);

	/* println(sum(a, b, 3), sum()): xs := []int{a, b, 3}, xs := nil */
	Node *mainf = func(file, "main");
	Node *pr = fe_unparen(mainf->func_.body->block.stmts.v[1]->unary.x);
	Node *ic = pr->call.args.v[0];
	ck_assert_int_eq(ic->kind, N_INLCALL);
	Node *as = ic->inlcall.init->block.stmts.v[0];
	ck_assert_int_eq(as->kind, N_ASSIGN);
	Node *lit = as->assign.rhs.v[0];
	ck_assert_int_eq(lit->kind, N_COMPOSITE);
	ck_assert_int_eq(lit->sub, INL_DOTS);
	ck_assert_int_eq(lit->composite.elts.len, 3);
	ck_assert(lit->dots == NULL && lit->esc && lit->esc->where == IR_STACK);
	Node *none = pr->call.args.v[1]->inlcall.init->block.stmts.v[0]->assign.rhs.v[0];
	ck_assert_int_eq(none->kind, N_IDENT);
	ck_assert_str_eq(none->ident.name, "nil");
	/* sum returns once: its ~R0 is declared where it returns */
	ck_assert_int_eq(ic->inlcall.init->block.stmts.len, 1);
	NodeList *body = &ic->inlcall.body->block.stmts;
	Node *ret = body->v[body->len - 2];
	Node *ras = ret->block.stmts.v[0];
	ck_assert_int_eq(ras->kind, N_ASSIGN);
	ck_assert_str_eq(fe_token_name(ras->assign.op), ":=");
	ck_assert_ptr_eq(ras->assign.lhs.v[0]->obj->decl, ras->assign.lhs.v[0]);
}
END_TEST

static Suite *inline_suite(void)
{
	Suite *s = suite_create("inline");
	TCase *tc = tcase_create("caninline");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_m2_as_gc);
	tcase_add_test(tc, test_m1_as_gc);
	tcase_add_test(tc, test_verdicts);
	tcase_add_test(tc, test_costs);
	tcase_add_test(tc, test_inline_m_as_gc);
	tcase_add_test(tc, test_inline_shape);
	tcase_add_test(tc, test_inline_variadic);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(inline_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
