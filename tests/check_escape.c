/*
 * check_escape.c - the escape pass's graph, solver, tags and batching, on
 * graphs built by hand through escape.h (no parser, no checker): the
 * classic verdicts (return &x, params leaking to results, to the heap, by
 * content), the loop-depth and closure rules, cycles, the order and
 * wording of finish's -m lines, Tarjan's batches, and gc's leak tags.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "escape/escape.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

static Arena *arena;
static Comp comp;
static EscReporter *rep; /* the -m lines go through D */

static void setup(void)
{
	arena = fe_arena_new();
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	comp = (Comp){ .a = arena, .diag = D, .path = "t.go" };
	rep = esc_reporter_new(&comp);
}

static void teardown(void) {}

/* ---- building graphs ---- */

static EscFunc *func(const char *name, EscFunc *outer)
{
	EscFunc *fn = fe_alloc(arena, sizeof *fn);
	fn->name = name;
	fn->outer = outer;
	fn->hasBody = true;
	return fn;
}

static int nextline = 1;

/* A location of class cls named what, at a fresh line. */
static EscLocation *loc(EscState *e, EscLocClass cls, const char *what)
{
	EscLocation *l = esc_new_loc(e, NULL, cls, cls == ESC_LOC_EXPR);
	l->what = what;
	l->pos = (Pos){ nextline++, 2, 0 };
	l->size = 8;
	if (cls != ESC_LOC_EXPR)
		esc_func_add_dcl(arena, e->curfn, l);
	return l;
}

/* Parameter of fn (with pointers) backed by a location. */
static EscLocation *param(EscState *e, const char *name)
{
	EscFunc *fn = e->curfn;
	EscLocation *l = loc(e, ESC_LOC_PARAM, name);
	EscParam *np = fe_alloc(arena, (fn->nparams + 1) * sizeof *np);
	if (fn->nparams)
		memcpy(np, fn->params, fn->nparams * sizeof *np);
	np[fn->nparams] = (EscParam){ .name = name, .pos = l->pos, .pointers = true, .loc = l };
	fn->params = np;
	fn->nparams++;
	return l;
}

static EscLocation *result(EscState *e, const char *name)
{
	EscFunc *fn = e->curfn;
	EscLocation *l = loc(e, ESC_LOC_RESULT, name);
	EscLocation **nr = fe_alloc(arena, (fn->nresults + 1) * sizeof *nr);
	const char **nn = fe_alloc(arena, (fn->nresults + 1) * sizeof *nn);
	if (fn->nresults) {
		memcpy(nr, fn->results, fn->nresults * sizeof *nr);
		memcpy(nn, fn->resultNames, fn->nresults * sizeof *nn);
	}
	nr[fn->nresults] = l;
	nn[fn->nresults] = name;
	fn->results = nr;
	fn->resultNames = nn;
	fn->nresults++;
	return l;
}

static const Pos P = { 99, 1, 0 };

/* dst = src */
static void assign(EscBatch *b, EscLocation *dst, EscLocation *src)
{
	esc_flow(b, esc_note(b, esc_loc_hole(dst), P, "dst = src", "assign"), src);
}

/* dst = &src */
static void assign_addr(EscBatch *b, EscLocation *dst, EscLocation *src)
{
	esc_flow(b, esc_addr(b, esc_loc_hole(dst), P, "&src", "address-of"), src);
}

/* dst = *src (k derefs) */
static void assign_deref(EscBatch *b, EscHole k, EscLocation *src, int derefs)
{
	for (int i = 0; i < derefs; i++)
		k = esc_deref(b, k, P, "*src", "indirection");
	esc_flow(b, k, src);
}

/* Captures stderr while fn's batch finishes. */
static char captured[1 << 14];

static void finish_captured(EscBatch *b, EscFunc **fns, int n)
{
	char path[] = "/tmp/check-escape-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	fflush(stderr);
	int saved = dup(2);
	dup2(fd, 2);
	esc_solve(b);
	esc_finish(b, fns, n);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ssize_t r = read(fd, captured, sizeof captured - 1);
	captured[r < 0 ? 0 : r] = 0;
	close(fd);
	unlink(path);
}

static void finish1(EscBatch *b, EscFunc *fn)
{
	finish_captured(b, &fn, 1);
}

/* ---- verdicts ---- */

/* func f() *int { x := 0; return &x }  ->  moved to heap: x */
START_TEST(test_return_addr)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *r0 = result(&e, "~r0");
	EscLocation *x = loc(&e, ESC_LOC_AUTO, "x");
	esc_init_func(b, f);
	assign_addr(b, r0, x);
	finish1(b, f);
	ck_assert(x->escapes);
	ck_assert(!r0->escapes);
	ck_assert_str_eq(captured, "t.go:2:2: moved to heap: x\n");
}
END_TEST

/* func f() { x := 0; p := &x; _ = p }  ->  nothing escapes */
START_TEST(test_local_addr)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *x = loc(&e, ESC_LOC_AUTO, "x");
	EscLocation *p = loc(&e, ESC_LOC_AUTO, "p");
	esc_init_func(b, f);
	assign_addr(b, p, x);
	finish1(b, f);
	ck_assert(!x->escapes);
	ck_assert(!p->escapes);
	ck_assert_str_eq(captured, "");
}
END_TEST

/* func f(p *int) *int { return p }  ->  leaking param: p to result ~r0 level=0 */
START_TEST(test_param_to_result)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = param(&e, "p");
	EscLocation *r0 = result(&e, "~r0");
	esc_init_func(b, f);
	assign(b, r0, p);
	finish1(b, f);
	ck_assert(!p->escapes);
	ck_assert_int_eq(esc_leaks_heap(f->params[0].tag), -1);
	ck_assert_int_eq(esc_leaks_result(f->params[0].tag, 0), 0);
	ck_assert_str_eq(captured, "t.go:1:2: leaking param: p to result ~r0 level=0\n");
}
END_TEST

/* func f(pp **int) *int { return *pp }  ->  level=1 */
START_TEST(test_param_to_result_level)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *pp = param(&e, "pp");
	EscLocation *r0 = result(&e, "~r0");
	esc_init_func(b, f);
	assign_deref(b, esc_loc_hole(r0), pp, 1);
	finish1(b, f);
	ck_assert_str_eq(captured, "t.go:1:2: leaking param: pp to result ~r0 level=1\n");
}
END_TEST

/* func f(p *int) { gp = p }  ->  leaking param: p */
START_TEST(test_param_to_heap)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = param(&e, "p");
	esc_init_func(b, f);
	esc_flow(b, esc_heap_hole(b), p);
	finish1(b, f);
	ck_assert_int_eq(esc_leaks_heap(f->params[0].tag), 0);
	ck_assert_str_eq(captured, "t.go:1:2: leaking param: p\n");
}
END_TEST

/* func f(pp **int) { gp = *pp }  ->  leaking param content: pp */
START_TEST(test_param_content)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *pp = param(&e, "pp");
	esc_init_func(b, f);
	assign_deref(b, esc_heap_hole(b), pp, 1);
	finish1(b, f);
	ck_assert_int_eq(esc_leaks_heap(f->params[0].tag), 1);
	ck_assert_str_eq(captured, "t.go:1:2: leaking param content: pp\n");
}
END_TEST

/* func f(p *int) int { return *p }: the result has no pointers, so nothing
 * flows; and the param's own address to the heap moves it instead of
 * tagging it: func f(p *int) **int { return &p }. */
START_TEST(test_param_noescape_and_moved)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = param(&e, "p");
	EscLocation *q = param(&e, "q");
	EscLocation *r0 = result(&e, "~r0");
	esc_init_func(b, f);
	assign_addr(b, r0, q);
	finish1(b, f);
	ck_assert(!p->escapes);
	ck_assert(q->escapes);
	ck_assert_str_eq(captured,
	                 "t.go:1:2: p does not escape\n"
	                 "t.go:2:2: moved to heap: q\n");
}
END_TEST

/* A param that leaks both by content and to a result prints both lines,
 * heap first (append(dst, src...) returning dst). */
START_TEST(test_param_content_and_result)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *dst = param(&e, "dst");
	EscLocation *r0 = result(&e, "~r0");
	esc_init_func(b, f);
	assign_deref(b, esc_heap_hole(b), dst, 1);
	assign(b, r0, dst);
	finish1(b, f);
	ck_assert_str_eq(captured,
	                 "t.go:1:2: leaking param content: dst\n"
	                 "t.go:1:2: leaking param: dst to result ~r0 level=0\n");
}
END_TEST

/* Optimize: a result leak no shorter than the heap leak is dropped. */
START_TEST(test_param_optimized)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = param(&e, "p");
	EscLocation *r0 = result(&e, "r");
	esc_init_func(b, f);
	esc_flow(b, esc_heap_hole(b), p);
	assign(b, r0, p);
	finish1(b, f);
	ck_assert_str_eq(captured, "t.go:1:2: leaking param: p\n");
	ck_assert_int_eq(esc_leaks_result(f->params[0].tag, 0), -1);
}
END_TEST

/* var p *int; for { x := 0; p = &x }  ->  x moves, at the same depth it stays. */
START_TEST(test_loop_depth)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = loc(&e, ESC_LOC_AUTO, "p");
	e.loopDepth = 2;
	EscLocation *x = loc(&e, ESC_LOC_AUTO, "x");
	EscLocation *q = loc(&e, ESC_LOC_AUTO, "q");
	EscLocation *y = loc(&e, ESC_LOC_AUTO, "y");
	e.loopDepth = 1;
	esc_init_func(b, f);
	assign_addr(b, p, x);
	assign_addr(b, q, y);
	finish1(b, f);
	ck_assert(x->escapes);
	ck_assert(!y->escapes);
	ck_assert(!p->escapes);
	ck_assert_str_eq(captured, "t.go:2:2: moved to heap: x\n");
}
END_TEST

/* An allocation site in a loop assigned to an outer variable escapes. */
START_TEST(test_loop_alloc)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = loc(&e, ESC_LOC_AUTO, "p");
	esc_init_func(b, f);
	e.loopDepth = 2;
	EscLocation *n1 = loc(&e, ESC_LOC_EXPR, "new(int)");
	esc_spill(&e, esc_loc_hole(p), n1);
	EscLocation *r = loc(&e, ESC_LOC_AUTO, "r");
	EscLocation *n2 = loc(&e, ESC_LOC_EXPR, "new(int)");
	esc_spill(&e, esc_loc_hole(r), n2);
	finish1(b, f);
	ck_assert(n1->escapes);
	ck_assert(!n2->escapes);
	ck_assert(!n1->transient);
	ck_assert_str_eq(captured,
	                 "t.go:2:2: new(int) escapes to heap\n"
	                 "t.go:4:2: new(int) does not escape\n");
}
END_TEST

/* a = &b; b = &c; c = &a, and a leaks: everything goes. A value cycle
 * (p = q; q = p) with a param in it leaks the param once. */
START_TEST(test_cycles)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *s = param(&e, "s");
	EscLocation *x = loc(&e, ESC_LOC_AUTO, "a");
	EscLocation *y = loc(&e, ESC_LOC_AUTO, "b");
	EscLocation *z = loc(&e, ESC_LOC_AUTO, "c");
	EscLocation *p = loc(&e, ESC_LOC_AUTO, "p");
	EscLocation *q = loc(&e, ESC_LOC_AUTO, "q");
	esc_init_func(b, f);
	assign_addr(b, x, y);
	assign_addr(b, y, z);
	assign_addr(b, z, x);
	esc_flow(b, esc_heap_hole(b), x);
	assign(b, p, q);
	assign(b, q, p);
	assign(b, p, s);
	assign_deref(b, esc_heap_hole(b), q, 2);
	finish1(b, f);
	ck_assert(x->escapes && y->escapes && z->escapes);
	ck_assert(!p->escapes && !q->escapes);
	ck_assert_int_eq(esc_leaks_heap(f->params[0].tag), 2);
	ck_assert_str_eq(captured,
	                 "t.go:1:2: leaking param content: s\n"
	                 "t.go:2:2: moved to heap: a\n"
	                 "t.go:3:2: moved to heap: b\n"
	                 "t.go:4:2: moved to heap: c\n");
}
END_TEST

/* Deref counts clamp at zero after an address: root = &l; l = &m keeps m
 * on the stack when root does not outlive it, moves it when root escapes. */
START_TEST(test_addr_chain)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *l = loc(&e, ESC_LOC_AUTO, "l");
	EscLocation *m = loc(&e, ESC_LOC_AUTO, "m");
	EscLocation *n = loc(&e, ESC_LOC_AUTO, "n");
	esc_init_func(b, f);
	assign_addr(b, l, m);
	assign_addr(b, m, n);
	/* heap = *l: m's value (which is &n) goes to the heap. */
	assign_deref(b, esc_heap_hole(b), l, 1);
	finish1(b, f);
	ck_assert(!l->escapes);
	ck_assert(!m->escapes);
	ck_assert(n->escapes);
}
END_TEST

/* Flowing an address into something already escaping is immediate. */
START_TEST(test_flow_immediate)
{
	EscBatch *b = esc_batch_new(arena, 0, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *x = loc(&e, ESC_LOC_AUTO, "x");
	esc_init_func(b, f);
	esc_flow(b, esc_addr(b, esc_heap_hole(b), P, "&x", "address-of"), x);
	ck_assert(x->escapes);
	ck_assert(x->addrtaken);
	ck_assert_int_eq(b->heapLoc.nedges, 0);
	/* x = x adds nothing; a discard adds nothing. */
	assign(b, x, x);
	esc_flow(b, esc_discard_hole(b), x);
	ck_assert_int_eq(x->nedges, 0);
}
END_TEST

/* A size reason sends its location to the heap before the walk. */
START_TEST(test_heap_reason)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *big = loc(&e, ESC_LOC_AUTO, "b");
	big->heapReason = "too large for stack";
	esc_init_func(b, f);
	EscLocation *mk = loc(&e, ESC_LOC_EXPR, "make([]int, n)");
	mk->heapReason = "non-constant size";
	esc_spill(&e, esc_discard_hole(b), mk);
	finish1(b, f);
	ck_assert_str_eq(captured,
	                 "t.go:1:2: moved to heap: b\n"
	                 "t.go:2:2: make([]int, n) escapes to heap\n");
}
END_TEST

/* -m=2: the explanation chain, then the verdict. */
START_TEST(test_explain)
{
	EscBatch *b = esc_batch_new(arena, 2, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *r0 = result(&e, "~r0");
	EscLocation *x = loc(&e, ESC_LOC_AUTO, "x");
	esc_init_func(b, f);
	EscHole k = esc_note(b, esc_loc_hole(r0), (Pos){ 3, 2, 0 }, "return &x", "return");
	esc_flow(b, esc_addr(b, k, (Pos){ 3, 9, 0 }, "&x", "address-of"), x);
	finish1(b, f);
	ck_assert_str_eq(captured,
	                 "t.go:2:2: x escapes to heap:\n"
	                 "t.go:2:2:   flow: ~r0 = &x:\n"
	                 "t.go:2:2:     from &x (address-of) at t.go:3:9\n"
	                 "t.go:2:2:     from return &x (return) at t.go:3:2\n"
	                 "t.go:2:2: moved to heap: x\n");
}
END_TEST

/* teeHole: one value into two places; transient temporaries stay quiet. */
START_TEST(test_tee)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscState e = esc_with(b, f);
	EscLocation *p = param(&e, "p");
	EscLocation *r0 = result(&e, "~r0");
	esc_init_func(b, f);
	EscHole ks[2] = { esc_loc_hole(r0), esc_deref(b, esc_heap_hole(b), P, "x", "y") };
	EscHole k = esc_tee_hole(&e, ks, 2);
	esc_flow(b, k, p);
	finish1(b, f);
	ck_assert_str_eq(captured,
	                 "t.go:1:2: leaking param content: p\n"
	                 "t.go:1:2: leaking param: p to result ~r0 level=0\n");
	ck_assert_int_eq(esc_tee_hole(&e, NULL, 0).dst == &b->blankLoc, 1);
}
END_TEST

/* ---- closures ---- */

/*
 * func counter() func() int { n := 0; return func() int { n++; return n } }
 * n reassigned -> by reference; the closure escapes through the result.
 */
START_TEST(test_closure_byref)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("counter", NULL);
	EscFunc *c = func("counter.func1", f);
	EscState e = esc_with(b, f);
	EscLocation *r0 = result(&e, "~r0");
	EscLocation *n = loc(&e, ESC_LOC_AUTO, "n");
	EscState ec = esc_with(b, c);
	EscLocation *cr = result(&ec, "~r0");
	esc_init_func(b, f);
	esc_init_func(b, c);
	EscLocation *lit = loc(&e, ESC_LOC_EXPR, "func literal");
	EscHole k = esc_spill(&e, esc_loc_hole(r0), lit);
	esc_add_closure(b, k, c);
	n->captured = true;
	n->reassigned = true;
	esc_func_add_capture(arena, c, (EscCapture){ .loc = n, .usepos = { 9, 3 }, .name = "n" });
	esc_func_add_capture(arena, c, (EscCapture){ .loc = n, .usepos = { 9, 9 }, .name = "n" });
	ck_assert_int_eq(c->ncaptures, 1);
	(void)cr;
	esc_flow_closures(b);
	EscFunc *fns[] = { f, c };
	finish_captured(b, fns, 2);
	ck_assert(!c->captures[0].byval);
	ck_assert(n->escapes);
	ck_assert(lit->escapes);
	ck_assert_str_eq(captured,
	                 "t.go:2:2: moved to heap: n\n"
	                 "t.go:4:2: func literal escapes to heap\n");
}
END_TEST

/* A small unmodified variable is captured by value: it does not move even
 * when the closure escapes. Large ones go by reference. */
START_TEST(test_closure_byval)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscFunc *c = func("f.func1", f);
	EscState e = esc_with(b, f);
	EscLocation *a = loc(&e, ESC_LOC_AUTO, "a");
	EscLocation *big = loc(&e, ESC_LOC_AUTO, "big");
	big->size = 200;
	esc_init_func(b, f);
	esc_init_func(b, c);
	EscLocation *lit = loc(&e, ESC_LOC_EXPR, "func literal");
	EscHole k = esc_spill(&e, esc_heap_hole(b), lit);
	esc_add_closure(b, k, c);
	a->captured = big->captured = true;
	esc_func_add_capture(arena, c, (EscCapture){ .loc = a, .usepos = { 9, 3 }, .name = "a" });
	esc_func_add_capture(arena, c, (EscCapture){ .loc = big, .usepos = { 9, 5 }, .name = "big" });
	esc_flow_closures(b);
	EscFunc *fns[] = { f, c };
	finish_captured(b, fns, 2);
	ck_assert(c->captures[0].byval);
	ck_assert(!c->captures[1].byval);
	ck_assert(!a->escapes);
	ck_assert(big->escapes);
	ck_assert_str_eq(captured,
	                 "t.go:2:2: moved to heap: big\n"
	                 "t.go:3:2: func literal escapes to heap\n");
}
END_TEST

/*
 * Inside a closure, assigning to an outer variable outlives the closure's
 * locals: var p *int; func() { x := 0; p = &x }()  ->  x moves.  And a
 * directly called closure's result does not force the caller's variable
 * out: *(func() *int { return &u }()) = 42  keeps u.
 */
START_TEST(test_closure_outlives)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("f", NULL);
	EscFunc *c = func("f.func1", f);
	EscState e = esc_with(b, f);
	EscLocation *p = loc(&e, ESC_LOC_AUTO, "p");
	EscLocation *u = loc(&e, ESC_LOC_AUTO, "u");
	EscState ec = esc_with(b, c);
	EscLocation *cr = result(&ec, "~r0");
	EscLocation *x = loc(&ec, ESC_LOC_AUTO, "x");
	esc_init_func(b, f);
	esc_init_func(b, c);
	c->closureCalled = true;
	assign_addr(b, p, x);
	assign_addr(b, cr, u);
	ck_assert(esc_contains_closure(f, c));
	ck_assert(!esc_contains_closure(c, f));
	ck_assert(!esc_contains_closure(f, f));
	EscFunc *fns[] = { f, c };
	finish_captured(b, fns, 2);
	ck_assert(x->escapes);
	ck_assert(!u->escapes);
}
END_TEST

/* ---- batches: Tarjan bottom-up ---- */

static char order[256];

static void record(EscFunc **fns, int n, bool recursive, void *ctx)
{
	(void)ctx;
	strcat(order, "[");
	for (int i = 0; i < n; i++) {
		if (i)
			strcat(order, " ");
		strcat(order, fns[i]->name);
	}
	strcat(order, recursive ? "]r " : "] ");
}

/* e02: main calls f and g, g calls h: f, h, g, main. */
START_TEST(test_scc_order)
{
	EscFunc *mainf = func("main", NULL), *f = func("f", NULL), *g = func("g", NULL), *h = func("h", NULL);
	esc_func_add_ref(arena, mainf, f);
	esc_func_add_ref(arena, mainf, g);
	esc_func_add_ref(arena, g, h);
	EscFunc *list[] = { mainf, f, g, h };
	order[0] = 0;
	esc_visit_bottom_up(arena, list, 4, record, NULL);
	ck_assert_str_eq(order, "[f] [h] [g] [main] ");
}
END_TEST

/* Mutual recursion shares a batch, first reached first; self-recursion is
 * flagged; closures join their outer function's batch after it. */
START_TEST(test_scc_recursion_closures)
{
	EscFunc *mainf = func("main", NULL), *even = func("even", NULL), *odd = func("odd", NULL);
	EscFunc *fact = func("fact", NULL);
	EscFunc *c1 = func("main.func1", mainf), *c2 = func("main.func2", mainf);
	EscFunc *leaf = func("leaf", NULL);
	esc_func_add_ref(arena, mainf, c1);
	esc_func_add_ref(arena, mainf, even);
	esc_func_add_ref(arena, mainf, c2);
	esc_func_add_ref(arena, c1, leaf);
	esc_func_add_ref(arena, c2, fact);
	esc_func_add_ref(arena, even, odd);
	esc_func_add_ref(arena, odd, even);
	esc_func_add_ref(arena, fact, fact);
	EscFunc *list[] = { mainf, c1, c2, even, odd, fact, leaf };
	order[0] = 0;
	esc_visit_bottom_up(arena, list, 7, record, NULL);
	ck_assert_str_eq(order, "[leaf] [even odd]r [fact]r [main main.func1 main.func2] ");
}
END_TEST

/* ---- tags ---- */

START_TEST(test_leaks_encoding)
{
	EscLeaks l = {{0}};
	char buf[16];
	ck_assert(esc_leaks_empty(l));
	ck_assert_int_eq(esc_leaks_encode(l, buf), 4);
	ck_assert(memcmp(buf, "esc:", 4) == 0);

	esc_leaks_add_heap(&l, 0);
	ck_assert_int_eq(esc_leaks_encode(l, buf), 0); /* "" */

	EscLeaks c = {{0}};
	esc_leaks_add_heap(&c, 1);
	ck_assert_int_eq(esc_leaks_encode(c, buf), 5);
	ck_assert(memcmp(buf, "esc:\x02", 5) == 0);

	EscLeaks r = {{0}};
	esc_leaks_add_result(&r, 0, 1); /* strings.Builder.String's b */
	esc_leaks_add_result(&r, 0, 3); /* longer: ignored */
	int n = esc_leaks_encode(r, buf);
	ck_assert_int_eq(n, 6);
	ck_assert(memcmp(buf, "esc:\x00\x02", 6) == 0);
	EscLeaks back = esc_leaks_parse(buf, n);
	ck_assert(memcmp(&back, &r, sizeof r) == 0);
	ck_assert_int_eq(esc_leaks_heap(back), -1);
	ck_assert_int_eq(esc_leaks_result(back, 0), 1);

	/* Anything without the prefix (including "") leaks to the heap. */
	EscLeaks h = esc_leaks_parse("", 0);
	ck_assert_int_eq(esc_leaks_heap(h), 0);

	/* Saturation and the last result slot. */
	EscLeaks s = {{0}};
	esc_leaks_add_result(&s, 6, 1000);
	ck_assert_int_eq(esc_leaks_result(s, 6), 254);
	ck_assert_int_eq(esc_leaks_encode(s, buf), 12);

	/* Optimize drops results at or beyond the heap level. */
	EscLeaks o = {{0}};
	esc_leaks_add_heap(&o, 1);
	esc_leaks_add_result(&o, 0, 0);
	esc_leaks_add_result(&o, 1, 1);
	esc_leaks_add_result(&o, 2, 2);
	esc_leaks_optimize(&o);
	ck_assert_int_eq(esc_leaks_result(o, 0), 0);
	ck_assert_int_eq(esc_leaks_result(o, 1), -1);
	ck_assert_int_eq(esc_leaks_result(o, 2), -1);
}
END_TEST

/* Body-less declarations: pointers leak unless //go:noescape. */
START_TEST(test_bodyless)
{
	EscBatch *b = esc_batch_new(arena, 1, rep);
	EscFunc *f = func("ext", NULL);
	f->hasBody = false;
	EscParam ps[3] = {
		{ .name = "p", .pos = { 1, 10 }, .pointers = true },
		{ .name = "n", .pos = { 1, 18 } },
		{ .name = "u", .pos = { 1, 25 }, .isuintptr = true },
	};
	f->params = ps;
	f->nparams = 3;
	esc_init_func(b, f);
	finish1(b, f);
	ck_assert_str_eq(captured,
	                 "t.go:1:10: leaking param: p\n"
	                 "t.go:1:25: assuming u is unsafe uintptr\n");
	ck_assert_int_eq(esc_leaks_heap(ps[0].tag), 0);
}
END_TEST

static Suite *escape_suite(void)
{
	Suite *s = suite_create("escape");
	TCase *tc = tcase_create("solve");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_return_addr);
	tcase_add_test(tc, test_local_addr);
	tcase_add_test(tc, test_param_to_result);
	tcase_add_test(tc, test_param_to_result_level);
	tcase_add_test(tc, test_param_to_heap);
	tcase_add_test(tc, test_param_content);
	tcase_add_test(tc, test_param_noescape_and_moved);
	tcase_add_test(tc, test_param_content_and_result);
	tcase_add_test(tc, test_param_optimized);
	tcase_add_test(tc, test_loop_depth);
	tcase_add_test(tc, test_loop_alloc);
	tcase_add_test(tc, test_cycles);
	tcase_add_test(tc, test_addr_chain);
	tcase_add_test(tc, test_flow_immediate);
	tcase_add_test(tc, test_heap_reason);
	tcase_add_test(tc, test_explain);
	tcase_add_test(tc, test_tee);
	suite_add_tcase(s, tc);

	tc = tcase_create("closures");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_closure_byref);
	tcase_add_test(tc, test_closure_byval);
	tcase_add_test(tc, test_closure_outlives);
	suite_add_tcase(s, tc);

	tc = tcase_create("batches");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_scc_order);
	tcase_add_test(tc, test_scc_recursion_closures);
	suite_add_tcase(s, tc);

	tc = tcase_create("tags");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_leaks_encoding);
	tcase_add_test(tc, test_bodyless);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(escape_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
