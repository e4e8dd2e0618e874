/*
 * check_ir.c - the IR's clone (ir/clone.c), which the inliner will use to
 * put a function body into a caller.
 *
 * Programs go through the real parser, checker and irgen; then bodies are
 * cloned and the copy is compared with the original structurally: no node
 * (nor list array) shared, the same kinds, positions, types and constants,
 * new Objects for what the body declares and every use pointing at them,
 * substitutions copied once per use, irgen's rewrites, temporaries and
 * func literals' IrFuncs copied consistently -- and the original, its
 * -d=ast and -d=ir dumps included, unchanged.  Last, the escape pass run
 * on a program whose function is replaced by its copy says of it what it
 * says of the original, line for line: the copy is IR escape can read.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape/escape.h"
#include "ir/ir.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

static Arena *A;
static Comp C;
static IrProgram *P;

static void setup(void)
{
	A = fe_arena_new();
}

static void teardown(void)
{
	fe_arena_free(A);
}

/* Parses, checks and builds the IR of src. */
static Node *load(const char *src)
{
	fe_diag_free(D);
	D = fe_diag_new("t.go", false);
	Node *file = fe_parse(D, A, src, strlen(src));
	ck_assert_ptr_nonnull(file);
	C = (Comp){ .a = A, .diag = D, .path = "t.go", .src = src, .len = strlen(src) };
	ck_assert(fe_check(&C, file));
	ck_assert_int_eq(fe_flush_errors(D), 0);
	P = ir_build(&C, file);
	ck_assert_ptr_nonnull(P);
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

/* ---- finding nodes ---- */

typedef struct Find {
	NodeKind kind;
	const char *name;   /* N_IDENT: its name (NULL: any) */
	int nth;
	Node *found;
} Find;

static void find_in(Node *n, void *ctx)
{
	Find *f = ctx;
	if (f->found)
		return;
	if (n->kind == f->kind && (!f->name || (n->kind == N_IDENT && strcmp(n->ident.name, f->name) == 0)) &&
	    f->nth-- == 0) {
		f->found = n;
		return;
	}
	fe_each_child(n, find_in, f);
}

/* The nth node of kind (and name) in root, in source order (root itself included). */
static Node *find(Node *root, NodeKind kind, const char *name, int nth)
{
	Find f = { kind, name, nth, NULL };
	find_in(root, &f);
	ck_assert_msg(f.found != NULL, "no %s %s #%d", fe_kind_name(kind), name ? name : "", nth);
	return f.found;
}

/* How many identifiers named name root holds. */
static void count_in(Node *n, void *ctx)
{
	Find *f = ctx;
	if (n->kind == N_IDENT && strcmp(n->ident.name, f->name) == 0)
		f->nth++;
	fe_each_child(n, count_in, f);
}

static int count(Node *root, const char *name)
{
	Find f = { N_IDENT, name, 0, NULL };
	count_in(root, &f);
	return f.nth;
}

/* ---- every node reachable: the tree, rewrites, IrFuncs ---- */

typedef struct Nodes {
	Node **v;
	int len, cap;
} Nodes;

static void push(Nodes *s, Node *n)
{
	if (s->len == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 256;
		s->v = realloc(s->v, s->cap * sizeof *s->v);
		ck_assert_ptr_nonnull(s->v);
	}
	s->v[s->len++] = n;
}

static void collect(Node *n, void *ctx)
{
	Nodes *s = ctx;
	if (!n)
		return;
	push(s, n);
	if (n->rw) {
		collect(n->rw->tmp, s);
		for (int i = 0; i < n->rw->nresults; i++) {
			collect(n->rw->results[i], s);
			collect(n->rw->uses[i], s);
		}
	}
	if (n->irfn)
		for (int i = 0; i < n->irfn->ncvars; i++)
			push(s, n->irfn->cvars[i].use);
	fe_each_child(n, collect, s);
}

static bool holds(const Nodes *s, const Node *n)
{
	for (int i = 0; i < s->len; i++)
		if (s->v[i] == n)
			return true;
	return false;
}

/* No node reachable from c is reachable from o. */
static void disjoint(Node *o, Node *c)
{
	Nodes so = { 0 }, sc = { 0 };
	collect(o, &so);
	collect(c, &sc);
	ck_assert_int_gt(sc.len, 0);
	for (int i = 0; i < sc.len; i++)
		ck_assert_msg(!holds(&so, sc.v[i]), "%s at %d:%d shared with the original",
		              fe_kind_name(sc.v[i]->kind), sc.v[i]->pos.line, sc.v[i]->pos.col);
	free(so.v);
	free(sc.v);
}

/* ---- the same shape ---- */

typedef struct Slots {
	Node **v[256];
	int len;
} Slots;

static void slot_in(Node **slot, void *ctx)
{
	Slots *s = ctx;
	ck_assert_int_lt(s->len, 256);
	s->v[s->len++] = slot;
}

/* The original's nodes: what is declared by one of them is renewed in the copy. */
typedef struct Orig {
	Nodes all;
} Orig;

static void same(const Orig *g, Node *o, Node *c);

static void same_rw(const Orig *g, IrRewrite *o, IrRewrite *c)
{
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_ne(o, c);
	ck_assert_int_eq(o->nresults, c->nresults);
	ck_assert_int_eq(o->tmp != NULL, c->tmp != NULL);
	if (o->tmp)
		same(g, o->tmp, c->tmp);
	ck_assert_int_eq(o->inner != NULL, c->inner != NULL);
	for (int i = 0; i < o->nresults; i++) {
		same(g, o->results[i], c->results[i]);
		same(g, o->uses[i], c->uses[i]);
	}
}

/*
 * c is a copy of o: another node of the same kind, position, type,
 * constant, mode, refinement and path, with no escape verdict, naming a
 * new Object for what the original declares and the same one otherwise,
 * whose children (in slots of its own) are copies of o's.
 */
static void same(const Orig *g, Node *o, Node *c)
{
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_ne(o, c);
	ck_assert_int_eq(o->kind, c->kind);
	ck_assert_int_eq(o->pos.line, c->pos.line);
	ck_assert_int_eq(o->pos.col, c->pos.col);
	ck_assert_ptr_eq(o->type, c->type);
	ck_assert_ptr_eq(o->val, c->val);
	ck_assert_int_eq(o->mode, c->mode);
	ck_assert_int_eq(o->sub, c->sub);
	ck_assert_ptr_eq(o->path, c->path);
	ck_assert_int_eq(o->npath, c->npath);
	ck_assert_ptr_eq(o->convto, c->convto);
	ck_assert_ptr_null(c->esc);
	ck_assert_ptr_null(c->dots);
	ck_assert(!c->walked);
	if (o->kind == N_IDENT)
		ck_assert_str_eq(o->ident.name, c->ident.name);
	ck_assert_int_eq(o->obj != NULL, c->obj != NULL);
	if (o->obj && (o->obj->kind == OBJ_VAR || o->obj->kind == OBJ_CONST || o->obj->kind == OBJ_LABEL) &&
	    holds(&g->all, o->obj->decl)) {
		ck_assert_ptr_ne(o->obj, c->obj);
		ck_assert_int_eq(o->obj->kind, c->obj->kind);
		ck_assert_str_eq(o->obj->name, c->obj->name);
		ck_assert_ptr_eq(o->obj->type, c->obj->type);
		ck_assert_int_eq(o->obj->flags, c->obj->flags);
	} else if (o->obj) {
		ck_assert_ptr_eq(o->obj, c->obj);   /* declared outside: types, functions, globals, ... */
	}
	if (o->kind == N_IDENT && o->obj && o->obj->decl == o)
		ck_assert_ptr_eq(c->obj->decl, c);
	ck_assert_int_eq(o->rw != NULL, c->rw != NULL);
	if (o->rw)
		same_rw(g, o->rw, c->rw);
	ck_assert_int_eq(o->irfn != NULL, c->irfn != NULL);
	if (o->irfn) {
		ck_assert_ptr_ne(o->irfn, c->irfn);
		ck_assert_ptr_eq(c->irfn->decl, c);
	}

	Slots so = { .len = 0 }, sc = { .len = 0 };
	fe_each_slot(o, slot_in, &so);
	fe_each_slot(c, slot_in, &sc);
	ck_assert_int_eq(so.len, sc.len);
	for (int i = 0; i < so.len; i++) {
		/* in the copy's struct or its own list arrays, never the original's */
		ck_assert_ptr_ne(so.v[i], sc.v[i]);
		ck_assert((char *)sc.v[i] < (char *)o || (char *)sc.v[i] >= (char *)(o + 1));
		same(g, *so.v[i], *sc.v[i]);
	}
}

/* c is a copy of the tree o. */
static void same_tree(Node *o, Node *c)
{
	Orig g = { { 0 } };
	collect(o, &g.all);
	same(&g, o, c);
	free(g.all.v);
}

/* ---- dumps: the original stays as it was ---- */

static char *ast_dump(Node *n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	fe_dump_ast(f, n);
	fclose(f);
	return buf;
}

static char *ir_text(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ir_dump(f, P, NULL);
	fclose(f);
	return buf;
}

/* ---- the tests ---- */

static const char *rich_src =
	"package main\n"
	"\n"
	"type T struct{ a, b int }\n"
	"\n"
	"func (t *T) M() int { return t.a }\n"
	"\n"
	"func pair() (int, string) { return 1, \"a\" }\n"
	"\n"
	"func g(a, b interface{}) {}\n"
	"\n"
	"func getf() func(int) { return func(int) {} }\n"
	"\n"
	"func rich(xs []int, m map[string]int, i interface{}) (r int) {\n"
	"\tt := &T{a: 1, b: 2}\n"
	"\ts := []interface{}{t, 3, \"x\"}\n"
	"\tfor k, v := range xs {\n"
	"\t\tr += k * v\n"
	"\t}\n"
	"\tfor k := range m {\n"
	"\t\tr += len(k)\n"
	"\t}\n"
	"\tswitch v := i.(type) {\n"
	"\tcase int:\n"
	"\t\tr += v\n"
	"\tcase string:\n"
	"\t\tr += len(v)\n"
	"\tdefault:\n"
	"\t\t_ = v\n"
	"\t}\n"
	"\tswitch r {\n"
	"\tcase 1, 2:\n"
	"\t\tr++\n"
	"\tdefault:\n"
	"\t}\n"
	"\tf := func() int { return t.a + r }\n"
	"\tdefer func() { r += f() }()\n"
	"\tg(pair())\n"
	"\tgetf()(1)\n"
	"\tif r > 10 {\n"
	"\t\treturn t.M() + len(s)\n"
	"\t} else if r < 0 {\n"
	"\t\tr = -r\n"
	"\t}\n"
	"\tvar z [3]int\n"
	"\tz[1] = xs[0:1][0]\n"
	"\ta, b := pair()\n"
	"\t_, _ = a, b\n"
	"\tvar e interface{} = r\n"
	"\t_ = e\n"
	"\tconst c = 3\n"
	"\treturn r + c\n"
	"}\n"
	"\n"
	"func caller() {}\n"
	"\n"
	"func main() {}\n";

/* A body with most constructs: the copy has the original's shape and
 * shares no node with it; the original (tree and IR) is unchanged. */
START_TEST(test_shape)
{
	Node *file = load(rich_src);
	Node *f = func(file, "rich"), *fn = func(file, "caller");
	char *ast = ast_dump(f), *ir = ir_text();
	Node *body = f->func_.body;
	Node *c = ir_clone(A, body, NULL, 0, fn);
	same_tree(body, c);
	disjoint(body, c);

	char *ast_after = ast_dump(f), *ir_after = ir_text(), *copy_ast = ast_dump(c), *body_ast = ast_dump(body);
	ck_assert_str_eq(ast, ast_after);
	ck_assert_str_eq(ir, ir_after);
	ck_assert_str_eq(body_ast, copy_ast);
	free(ast);
	free(ir);
	free(ast_after);
	free(ir_after);
	free(copy_ast);
	free(body_ast);
}
END_TEST

/* The whole declaration: parameters and results renewed too, owned by the
 * copy; its IrFunc copied with the Dcl list mapped onto the copy. */
START_TEST(test_funcdecl)
{
	Node *file = load(rich_src);
	Node *f = func(file, "rich");
	Node *c = ir_clone(A, f, NULL, 0, NULL);
	same_tree(f, c);
	disjoint(f, c);

	Node *x = c->func_.type->functype.params.v[0]->field.names.v[0];
	Node *ox = f->func_.type->functype.params.v[0]->field.names.v[0];
	ck_assert_str_eq(x->ident.name, "xs");
	ck_assert_ptr_ne(x->obj, ox->obj);
	ck_assert_ptr_eq(x->obj->decl, x);
	ck_assert_ptr_eq(x->obj->fn, c);
	ck_assert_ptr_eq(ox->obj->decl, ox);
	ck_assert_ptr_eq(ox->obj->fn, f);
	Node *r = c->func_.type->functype.results.v[0]->field.names.v[0];
	ck_assert_ptr_eq(r->obj->fn, c);
	ck_assert_ptr_eq(find(c->func_.body, N_IDENT, "r", 0)->obj, r->obj);

	IrFunc *of = f->irfn, *cf = c->irfn;
	ck_assert_ptr_ne(of, cf);
	ck_assert_ptr_eq(cf->decl, c);
	ck_assert_ptr_null(cf->name);
	ck_assert_ptr_null(cf->outer);
	ck_assert_ptr_null(cf->esc);
	ck_assert_int_eq(cf->dcllen, of->dcllen);
	ck_assert_int_eq(cf->ndcl, of->ndcl);
	ck_assert_int_eq(cf->nclosures, of->nclosures);
	ck_assert_ptr_ne(cf->dcl, of->dcl);
	Nodes all = { 0 };
	collect(c, &all);
	for (int i = 0; i < cf->ndcl; i++) {
		Node *on = of->dcl[i].n, *cn = cf->dcl[i].n;
		ck_assert_int_eq(on->kind, cn->kind);
		ck_assert_ptr_ne(on, cn);
		ck_assert_msg(holds(&all, cn), "dcl %d not in the copy", i);
		ck_assert_ptr_ne(on->obj, cn->obj);
		ck_assert_ptr_eq(cn->obj->fn, c);
		if (cn->kind == N_IDENT)
			ck_assert_ptr_eq(cn->obj->decl, cn);
		else   /* a type switch clause: its variable is declared by the switch's v */
			ck_assert_ptr_eq(cn->obj->decl, find(c, N_TYPESWITCH, NULL, 0)->switch_.tag->assign.lhs.v[0]);
		ck_assert_int_eq(of->dcl[i].init != NULL, cf->dcl[i].init != NULL);
		if (of->dcl[i].init) {
			ck_assert_ptr_ne(of->dcl[i].init, cf->dcl[i].init);
			ck_assert(holds(&all, cf->dcl[i].init));
			ck_assert_int_eq(of->dcl[i].init->pos.line, cf->dcl[i].init->pos.line);
			ck_assert_int_eq(of->dcl[i].init->pos.col, cf->dcl[i].init->pos.col);
		}
	}
	free(all.v);
}
END_TEST

/* A local gets a new Object, owned by fn and declared by the copy's
 * identifier; every use in the copy names it, the original's do not. */
START_TEST(test_local)
{
	Node *file = load("package main\n"
	                  "func f() int { y := 1; y++; return y }\n"
	                  "func caller() {}\n"
	                  "func main() {}\n");
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Node *body = f->func_.body;
	Object *old = find(body, N_IDENT, "y", 0)->obj;
	Node *c = ir_clone(A, body, NULL, 0, fn);
	Node *decl = find(c, N_IDENT, "y", 0);
	Object *y = decl->obj;
	ck_assert_ptr_ne(y, old);
	ck_assert_ptr_eq(y->decl, decl);
	ck_assert_ptr_eq(y->fn, fn);
	ck_assert_int_eq(y->kind, OBJ_VAR);
	ck_assert_str_eq(y->name, "y");
	ck_assert_ptr_eq(y->type, old->type);
	ck_assert_int_eq(count(c, "y"), 3);
	for (int i = 0; i < 3; i++) {
		ck_assert_ptr_eq(find(c, N_IDENT, "y", i)->obj, y);
		ck_assert_ptr_eq(find(body, N_IDENT, "y", i)->obj, old);
	}
	ck_assert_ptr_eq(old->decl, find(body, N_IDENT, "y", 0));
	ck_assert_ptr_eq(old->fn, f);
}
END_TEST

static const char *subst_src =
	"package main\n"
	"func f(x int) int { y := x + 1; return y * x }\n"
	"func caller() int { z := 5; return f(z) + f(7) }\n"
	"func main() {}\n";

/* A parameter replaced by a caller's variable: each use of x becomes its
 * own copy of the substitute, naming the caller's Object; y is new. */
START_TEST(test_subst_var)
{
	Node *file = load(subst_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Object *x = f->func_.type->functype.params.v[0]->field.names.v[0]->obj;
	Node *z = find(fn->func_.body, N_IDENT, "z", 0);   /* z's declaring identifier */
	Node *body = f->func_.body;
	IrSubst s = { x, z };
	Node *c = ir_clone(A, body, &s, 1, fn);
	ck_assert_int_eq(count(c, "x"), 0);
	ck_assert_int_eq(count(c, "z"), 2);
	Node *z1 = find(c, N_IDENT, "z", 0), *z2 = find(c, N_IDENT, "z", 1);
	ck_assert_ptr_ne(z1, z2);
	ck_assert_ptr_ne(z1, z);
	ck_assert_ptr_ne(z2, z);
	ck_assert_ptr_eq(z1->obj, z->obj);   /* the caller's variable, not re-declared */
	ck_assert_ptr_eq(z2->obj, z->obj);
	ck_assert_ptr_eq(z->obj->decl, z);
	ck_assert_int_eq(z1->pos.line, z->pos.line);   /* the substitute's positions */
	/* y := z + 1; return y * z */
	Node *y = find(c, N_IDENT, "y", 0);
	ck_assert_ptr_ne(y->obj, find(body, N_IDENT, "y", 0)->obj);
	ck_assert_ptr_eq(y->obj->decl, y);
	ck_assert_ptr_eq(y->obj->fn, fn);
	ck_assert_ptr_eq(find(c, N_IDENT, "y", 1)->obj, y->obj);
	ck_assert_ptr_eq(find(c, N_BINARY, NULL, 0)->binary.x, z1);
	ck_assert_ptr_eq(find(c, N_BINARY, NULL, 1)->binary.y, z2);
	/* the original still uses x */
	ck_assert_int_eq(count(body, "x"), 2);
	ck_assert_ptr_eq(find(body, N_IDENT, "x", 0)->obj, x);
}
END_TEST

/* A parameter replaced by a constant: a literal per use. */
START_TEST(test_subst_const)
{
	Node *file = load(subst_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Object *x = f->func_.type->functype.params.v[0]->field.names.v[0]->obj;
	Node *seven = find(fn->func_.body, N_BASICLIT, NULL, 1);
	ck_assert_str_eq(seven->lit.raw, "7");
	IrSubst s = { x, seven };
	Node *c = ir_clone(A, f->func_.body, &s, 1, fn);
	Node *ret = find(c, N_RETURN, NULL, 0);
	Node *mul = ret->ret.results.v[0];
	ck_assert_int_eq(mul->kind, N_BINARY);
	Node *lit = mul->binary.y;
	ck_assert_int_eq(lit->kind, N_BASICLIT);
	ck_assert_ptr_ne(lit, seven);
	ck_assert_str_eq(lit->lit.raw, "7");
	ck_assert_ptr_eq(lit->val, seven->val);
	ck_assert_ptr_eq(lit->type, seven->type);
	Node *add = find(c, N_BINARY, NULL, 0);
	ck_assert_int_eq(add->binary.x->kind, N_BASICLIT);
	ck_assert_ptr_ne(add->binary.x, lit);
	ck_assert_ptr_ne(add->binary.x, seven);
	ck_assert_int_eq(count(c, "x"), 0);
}
END_TEST

static const char *closure_src =
	"package main\n"
	"func f() func() int {\n"
	"\tn, k := 0, 1\n"
	"\treturn func() int {\n"
	"\t\tm := n\n"
	"\t\tn++\n"
	"\t\tinner := func() int { return n + m + k }\n"
	"\t\treturn inner()\n"
	"\t}\n"
	"}\n"
	"func caller() {}\n"
	"func main() {}\n";

/* A func literal capturing locals: its copy has its own IrFunc, whose
 * closure variables are the new Objects at the copy's identifiers. */
START_TEST(test_closure)
{
	Node *file = load(closure_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Node *body = f->func_.body;
	Node *olit = find(body, N_FUNCLIT, NULL, 0);
	char *ir = ir_text();
	Node *c = ir_clone(A, body, NULL, 0, fn);
	same_tree(body, c);
	disjoint(body, c);
	char *ir_after = ir_text();
	ck_assert_str_eq(ir, ir_after);
	free(ir);
	free(ir_after);

	Object *n = find(c, N_IDENT, "n", 0)->obj, *k = find(c, N_IDENT, "k", 0)->obj;
	ck_assert_ptr_eq(n->fn, fn);
	ck_assert_ptr_eq(k->fn, fn);
	Node *lit = find(c, N_FUNCLIT, NULL, 0);
	IrFunc *lf = lit->irfn, *of = olit->irfn;
	ck_assert_ptr_ne(lf, of);
	ck_assert_ptr_eq(lf->decl, lit);
	ck_assert_ptr_null(lf->name);
	ck_assert_ptr_null(lf->outer);
	ck_assert_ptr_null(lf->esc);
	ck_assert_int_eq(of->ncvars, 2);
	ck_assert_int_eq(lf->ncvars, 2);
	/* n at its first use in the literal (m := n) */
	ck_assert_ptr_eq(lf->cvars[0].var, n);
	ck_assert_ptr_eq(lf->cvars[0].use, find(lit, N_IDENT, "n", 0));
	ck_assert(!lf->cvars[0].byval);
	/* k: captured through inner, at inner's position (a synthesised use) */
	ck_assert_ptr_eq(lf->cvars[1].var, k);
	ck_assert_ptr_ne(lf->cvars[1].use, of->cvars[1].use);
	ck_assert_ptr_eq(lf->cvars[1].use->obj, k);
	Node *ilit = find(lit, N_FUNCLIT, NULL, 1);
	ck_assert_int_eq(lf->cvars[1].use->pos.line, ilit->pos.line);
	ck_assert_int_eq(lf->cvars[1].use->pos.col, ilit->pos.col);

	/* the literal's locals are owned by the literal's copy */
	Node *m = find(lit, N_IDENT, "m", 0);
	ck_assert_ptr_eq(m->obj->decl, m);
	ck_assert_ptr_eq(m->obj->fn, lit);
	ck_assert_int_eq(lf->ndcl, 2);
	ck_assert_ptr_eq(lf->dcl[0].n, m);
	ck_assert_ptr_eq(lf->dcl[0].init, find(lit, N_IDENT, "n", 0));
	ck_assert_ptr_eq(lf->dcl[1].n, find(lit, N_IDENT, "inner", 0));
	ck_assert_ptr_eq(lf->dcl[1].init, ilit);

	/* the inner literal: n, m, k, all new */
	IrFunc *inf = ilit->irfn;
	ck_assert_ptr_eq(inf->decl, ilit);
	ck_assert_int_eq(inf->ncvars, 3);
	ck_assert_ptr_eq(inf->cvars[0].var, n);
	ck_assert_ptr_eq(inf->cvars[1].var, m->obj);
	ck_assert_ptr_eq(inf->cvars[2].var, k);
	for (int i = 0; i < 3; i++)
		ck_assert_ptr_eq(inf->cvars[i].use, find(ilit, N_IDENT, inf->cvars[i].var->name, 0));
}
END_TEST

static const char *subst_closure_src =
	"package main\n"
	"var global int\n"
	"func f(x int) func() int { return func() int { return x } }\n"
	"func caller() int {\n"
	"\ta, b := 1, 2\n"
	"\treturn f(a)() + f(7)() + f(a+b)() + f(global)()\n"
	"}\n"
	"func main() {}\n";

/* A substituted parameter a func literal captures: the literal captures
 * what the substitute uses instead (a variable; nothing for a constant
 * or a global; each local variable of an expression). */
START_TEST(test_subst_closure)
{
	Node *file = load(subst_closure_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Object *x = f->func_.type->functype.params.v[0]->field.names.v[0]->obj;
	Node *olit = find(f->func_.body, N_FUNCLIT, NULL, 0);
	ck_assert_int_eq(olit->irfn->ncvars, 1);
	Node *args[4];
	for (int i = 0; i < 4; i++) {
		/* f(a)(), f(7)(), ...: the inner calls are f(...) */
		Node *call = find(fn->func_.body, N_CALL, NULL, 2 * i + 1);
		ck_assert_int_eq(call->call.args.len, 1);
		args[i] = call->call.args.v[0];
	}
	Object *a = find(fn->func_.body, N_IDENT, "a", 0)->obj, *b = find(fn->func_.body, N_IDENT, "b", 0)->obj;

	IrSubst s = { x, args[0] };
	Node *c = ir_clone(A, f->func_.body, &s, 1, fn);
	IrFunc *lf = find(c, N_FUNCLIT, NULL, 0)->irfn;
	ck_assert_int_eq(lf->ncvars, 1);
	ck_assert_ptr_eq(lf->cvars[0].var, a);
	ck_assert_ptr_eq(lf->cvars[0].use, find(c, N_IDENT, "a", 0));

	s.to = args[1];
	c = ir_clone(A, f->func_.body, &s, 1, fn);
	ck_assert_int_eq(find(c, N_FUNCLIT, NULL, 0)->irfn->ncvars, 0);
	ck_assert_int_eq(find(c, N_BASICLIT, NULL, 0)->kind, N_BASICLIT);

	s.to = args[2];
	c = ir_clone(A, f->func_.body, &s, 1, fn);
	lf = find(c, N_FUNCLIT, NULL, 0)->irfn;
	ck_assert_int_eq(lf->ncvars, 2);
	ck_assert_ptr_eq(lf->cvars[0].var, a);
	ck_assert_ptr_eq(lf->cvars[1].var, b);
	ck_assert_ptr_eq(lf->cvars[1].use, find(c, N_IDENT, "b", 0));

	s.to = args[3];
	c = ir_clone(A, f->func_.body, &s, 1, fn);
	ck_assert_int_eq(find(c, N_FUNCLIT, NULL, 0)->irfn->ncvars, 0);

	/* the original literal is unchanged */
	ck_assert_int_eq(olit->irfn->ncvars, 1);
	ck_assert_ptr_eq(olit->irfn->cvars[0].var, x);
}
END_TEST

static const char *rewrite_src =
	"package main\n"
	"func pair() (int, string) { return 1, \"a\" }\n"
	"func g(a, b interface{}) {}\n"
	"func getf() func(int) { return func(int) {} }\n"
	"func f() { g(pair()); getf()(1) }\n"
	"func caller() {}\n"
	"func main() {}\n";

/* Calls irgen rewrote through temporaries: the copy's rewrite has new
 * temporaries (new Objects, declared by the copy's identifiers), uses
 * naming them, and the copy's inner call. */
START_TEST(test_rewrite)
{
	Node *file = load(rewrite_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Node *body = f->func_.body;
	Node *ocall = find(body, N_CALL, NULL, 0);
	ck_assert_ptr_nonnull(ocall->rw);
	ck_assert_int_eq(ocall->rw->nresults, 2);
	Node *c = ir_clone(A, body, NULL, 0, fn);
	same_tree(body, c);
	disjoint(body, c);

	Node *call = find(c, N_CALL, NULL, 0);
	IrRewrite *rw = call->rw, *orw = ocall->rw;
	ck_assert_ptr_ne(rw, orw);
	ck_assert_ptr_eq(rw->inner, fe_unparen(call->call.args.v[0]));
	ck_assert_ptr_ne(rw->results, orw->results);
	ck_assert_ptr_ne(rw->uses, orw->uses);
	for (int i = 0; i < 2; i++) {
		Node *t = rw->results[i], *u = rw->uses[i];
		ck_assert_ptr_ne(t, orw->results[i]);
		ck_assert_ptr_ne(t->obj, orw->results[i]->obj);
		ck_assert_str_eq(t->obj->name, orw->results[i]->obj->name);
		ck_assert_ptr_eq(t->obj->decl, t);
		ck_assert_ptr_eq(t->obj->fn, fn);
		/* converted to interface{}: N_CONVIFACE around the use */
		ck_assert_int_eq(u->kind, N_CONVIFACE);
		ck_assert_ptr_ne(u, orw->uses[i]);
		ck_assert_ptr_eq(u->unary.x->obj, t->obj);
		ck_assert_ptr_eq(orw->uses[i]->unary.x->obj, orw->results[i]->obj);
	}

	/* getf()(1): the callee in a temporary */
	Node *ocall2 = find(body, N_CALL, NULL, 2);
	Node *call2 = find(c, N_CALL, NULL, 2);
	ck_assert_ptr_nonnull(ocall2->rw);
	ck_assert_ptr_nonnull(ocall2->rw->tmp);
	ck_assert_ptr_ne(call2->rw->tmp, ocall2->rw->tmp);
	ck_assert_ptr_ne(call2->rw->tmp->obj, ocall2->rw->tmp->obj);
	ck_assert_ptr_eq(call2->rw->tmp->obj->decl, call2->rw->tmp);
	ck_assert_ptr_eq(call2->rw->tmp->obj->fn, fn);

	/* the declaration's copy lists the new temporaries in its Dcl */
	Node *cf = ir_clone(A, f, NULL, 0, NULL);
	IrFunc *irf = cf->irfn;
	ck_assert_int_eq(irf->ndcl, 3);
	Node *ccall = find(cf, N_CALL, NULL, 0), *ccall2 = find(cf, N_CALL, NULL, 2);
	ck_assert_ptr_eq(irf->dcl[0].n, ccall->rw->results[0]);
	ck_assert_ptr_eq(irf->dcl[1].n, ccall->rw->results[1]);
	ck_assert_ptr_eq(irf->dcl[2].n, ccall2->rw->tmp);
	ck_assert_ptr_eq(ccall->rw->results[0]->obj->fn, cf);
}
END_TEST

static const char *label_src =
	"package main\n"
	"func f() int {\n"
	"\ts := 0\n"
	"L:\n"
	"\tfor i := 0; i < 10; i++ {\n"
	"\t\tfor j := 0; j < 10; j++ {\n"
	"\t\t\tif j == 5 {\n"
	"\t\t\t\tcontinue L\n"
	"\t\t\t}\n"
	"\t\t\tif i == 7 {\n"
	"\t\t\t\tbreak L\n"
	"\t\t\t}\n"
	"\t\t\ts += j\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn s\n"
	"}\n"
	"func caller() {}\n"
	"func main() {}\n";

/* A labelled loop: the label and the branches' labels are new
 * identifiers (with a new OBJ_LABEL object when the label has one; the
 * checker gives none, labels go by name); loop variables are new. */
START_TEST(test_labels)
{
	Node *file = load(label_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Node *body = f->func_.body;
	Node *c = ir_clone(A, body, NULL, 0, fn);
	same_tree(body, c);
	disjoint(body, c);
	Node *ol = find(body, N_LABELED, NULL, 0), *l = find(c, N_LABELED, NULL, 0);
	ck_assert_ptr_ne(l, ol);
	ck_assert_ptr_ne(l->labeled.label, ol->labeled.label);
	ck_assert_str_eq(l->labeled.label->ident.name, "L");
	ck_assert_ptr_eq(l->labeled.stmt, find(c, N_FOR, NULL, 0));
	for (int i = 0; i < 2; i++) {
		Node *ob = find(body, N_BRANCH, NULL, i), *b = find(c, N_BRANCH, NULL, i);
		ck_assert_int_eq(b->branch.tok, ob->branch.tok);
		ck_assert_ptr_ne(b->branch.label, ob->branch.label);
		ck_assert_str_eq(b->branch.label->ident.name, "L");
		Object *lo = l->labeled.label->obj;
		if (ol->labeled.label->obj) {
			ck_assert_ptr_ne(lo, ol->labeled.label->obj);
			ck_assert_ptr_eq(lo->decl, l);
			ck_assert_ptr_eq(b->branch.label->obj, lo);
		} else {
			ck_assert_ptr_null(lo);
			ck_assert_ptr_null(b->branch.label->obj);
		}
	}
	Node *i0 = find(c, N_IDENT, "i", 0);
	ck_assert_ptr_ne(i0->obj, find(body, N_IDENT, "i", 0)->obj);
	ck_assert_ptr_eq(i0->obj->decl, i0);
	ck_assert_ptr_eq(find(c, N_IDENT, "i", 3)->obj, i0->obj);
}
END_TEST

/* Two copies of one body share nothing: nodes, Objects, rewrites, IrFuncs. */
START_TEST(test_twice)
{
	Node *file = load(rich_src);
	Node *f = func(file, "rich"), *fn = func(file, "caller");
	Node *c1 = ir_clone(A, f->func_.body, NULL, 0, fn);
	Node *c2 = ir_clone(A, f->func_.body, NULL, 0, fn);
	same_tree(c1, c2);
	disjoint(c1, c2);
	disjoint(f->func_.body, c2);
	const char *names[] = { "t", "s", "k", "v", "f", "z", "e" };
	for (int i = 0; i < 7; i++) {
		Object *o1 = find(c1, N_IDENT, names[i], 0)->obj, *o2 = find(c2, N_IDENT, names[i], 0)->obj;
		ck_assert_ptr_ne(o1, o2);
		ck_assert_ptr_ne(o1, find(f->func_.body, N_IDENT, names[i], 0)->obj);
		ck_assert_ptr_eq(o1->fn, fn);
		ck_assert_ptr_eq(o2->fn, fn);
	}
	ck_assert_ptr_ne(find(c1, N_FUNCLIT, NULL, 0)->irfn, find(c2, N_FUNCLIT, NULL, 0)->irfn);
}
END_TEST

/* A type switch's clause variables: one new Object per clause, each
 * clause's uses naming its own; the declaring v names the first. */
START_TEST(test_typeswitch)
{
	Node *file = load(rich_src);
	Node *f = func(file, "rich"), *fn = func(file, "caller");
	Node *osw = find(f->func_.body, N_TYPESWITCH, NULL, 0);
	Node *c = ir_clone(A, f->func_.body, NULL, 0, fn);
	Node *sw = find(c, N_TYPESWITCH, NULL, 0);
	Node *v = sw->switch_.tag->assign.lhs.v[0];
	ck_assert_int_eq(sw->switch_.body.len, 3);
	Object *seen[3];
	for (int i = 0; i < 3; i++) {
		Node *cl = sw->switch_.body.v[i], *ocl = osw->switch_.body.v[i];
		ck_assert_ptr_nonnull(cl->obj);
		ck_assert_ptr_ne(cl->obj, ocl->obj);
		ck_assert_ptr_eq(cl->obj->decl, v);
		ck_assert_ptr_eq(cl->obj->fn, fn);
		ck_assert_ptr_eq(ocl->obj->decl, osw->switch_.tag->assign.lhs.v[0]);
		/* the use in the clause's body */
		ck_assert_ptr_eq(find(cl, N_IDENT, "v", 0)->obj, cl->obj);
		seen[i] = cl->obj;
		for (int j = 0; j < i; j++)
			ck_assert_ptr_ne(seen[i], seen[j]);
	}
	ck_assert_ptr_eq(v->obj, seen[0]);
}
END_TEST

/* A func literal substituted twice: two literals, each with its own
 * IrFunc and its own parameters and locals; what it captures of the
 * caller stays the caller's. */
START_TEST(test_subst_funclit)
{
	Node *file = load("package main\n"
	                  "func f(h func(int) int) int { return h(1) + h(2) }\n"
	                  "func caller() int {\n"
	                  "\tk := 3\n"
	                  "\treturn f(func(a int) int { b := a + k; return b })\n"
	                  "}\n"
	                  "func main() {}\n");
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Object *h = f->func_.type->functype.params.v[0]->field.names.v[0]->obj;
	Node *lit = find(fn->func_.body, N_FUNCLIT, NULL, 0);
	Object *k = find(fn->func_.body, N_IDENT, "k", 0)->obj;
	IrSubst s = { h, lit };
	Node *c = ir_clone(A, f->func_.body, &s, 1, fn);
	Node *l1 = find(c, N_FUNCLIT, NULL, 0), *l2 = find(c, N_FUNCLIT, NULL, 1);
	ck_assert_ptr_ne(l1, lit);
	ck_assert_ptr_ne(l2, lit);
	ck_assert_ptr_ne(l1, l2);
	same_tree(lit, l1);
	same_tree(lit, l2);
	disjoint(l1, l2);
	ck_assert_ptr_ne(l1->irfn, l2->irfn);
	Node *lits[2] = { l1, l2 };
	Object *bs[2];
	for (int i = 0; i < 2; i++) {
		Node *l = lits[i];
		ck_assert_ptr_eq(l->irfn->decl, l);
		Node *a = find(l, N_IDENT, "a", 0), *b = find(l, N_IDENT, "b", 0);
		ck_assert_ptr_eq(a->obj->decl, a);
		ck_assert_ptr_eq(a->obj->fn, l);
		ck_assert_ptr_eq(b->obj->fn, l);
		ck_assert_ptr_eq(find(l, N_IDENT, "a", 1)->obj, a->obj);
		ck_assert_int_eq(l->irfn->ndcl, 1);
		ck_assert_ptr_eq(l->irfn->dcl[0].n, b);
		ck_assert_int_eq(l->irfn->ncvars, 1);
		ck_assert_ptr_eq(l->irfn->cvars[0].var, k);
		ck_assert_ptr_eq(l->irfn->cvars[0].use, find(l, N_IDENT, "k", 0));
		ck_assert_ptr_eq(find(l, N_IDENT, "k", 0)->obj, k);
		bs[i] = b->obj;
	}
	ck_assert_ptr_ne(bs[0], bs[1]);
	ck_assert_ptr_eq(find(lit, N_IDENT, "b", 0)->obj->fn, lit);
}
END_TEST

/* A cloned body can be cloned again, substitutions included, and a copy of
 * a copy declares anew. */
START_TEST(test_clone_of_clone)
{
	Node *file = load(subst_src);
	Node *f = func(file, "f"), *fn = func(file, "caller");
	Node *c1 = ir_clone(A, f, NULL, 0, NULL);
	Object *x1 = c1->func_.type->functype.params.v[0]->field.names.v[0]->obj;
	Node *seven = find(fn->func_.body, N_BASICLIT, NULL, 1);
	IrSubst s = { x1, seven };
	Node *c2 = ir_clone(A, c1->func_.body, &s, 1, fn);
	ck_assert_int_eq(count(c2, "x"), 0);
	Node *y1 = find(c1, N_IDENT, "y", 0), *y2 = find(c2, N_IDENT, "y", 0);
	ck_assert_ptr_ne(y1->obj, y2->obj);
	ck_assert_ptr_eq(y1->obj->fn, c1);
	ck_assert_ptr_eq(y2->obj->fn, fn);
	ck_assert_ptr_eq(y2->obj->decl, y2);
	ck_assert_ptr_null(ir_clone(A, NULL, NULL, 0, fn));
}
END_TEST

/* ---- the copy through the escape pass ---- */

typedef struct Notes {
	char *buf;
	size_t len;
	FILE *f;
} Notes;

static void note(Pos pos, const char *msg, void *ctx)
{
	Notes *n = ctx;
	fprintf(n->f, "%d:%d: %s\n", pos.line, pos.col, msg);
}

/* The func literals of n in source order (n itself included). */
static void lits_in(Node *n, void *ctx)
{
	if (n->kind == N_FUNCLIT)
		push(ctx, n);
	fe_each_child(n, lits_in, ctx);
}

/*
 * What escape analysis (-m) says of src; with swap, of src whose function
 * swap is replaced by its copy, put in its place as irgen left the
 * original: its IrFunc and its literals' named and linked, in the
 * program's function list and the file.
 */
static char *escape_m(const char *src, const char *swap)
{
	Node *file = load(src);
	if (swap) {
		Node *f = func(file, swap);
		Node *c = ir_clone(A, f, NULL, 0, NULL);
		for (int i = 0; i < file->file.decls.len; i++)
			if (file->file.decls.v[i] == f)
				file->file.decls.v[i] = c;
		c->func_.name->obj->decl = c;
		Nodes ol = { 0 }, cl = { 0 };
		lits_in(f, &ol);
		lits_in(c, &cl);
		push(&ol, f);
		push(&cl, c);
		ck_assert_int_eq(ol.len, cl.len);
		for (int i = 0; i < ol.len; i++) {
			IrFunc *o = ol.v[i]->irfn, *n = cl.v[i]->irfn;
			ck_assert_ptr_null(n->name);
			ck_assert_ptr_null(n->outer);
			n->name = o->name;
			for (int j = 0; j < ol.len; j++)
				if (o->outer && ol.v[j]->irfn == o->outer)
					n->outer = cl.v[j]->irfn;
			for (int j = 0; j < P->nfuncs; j++)
				if (P->funcs[j] == o)
					P->funcs[j] = n;
		}
		free(ol.v);
		free(cl.v);
	}
	Notes n = { 0 };
	n.f = open_memstream(&n.buf, &n.len);
	fe_note_sink(D, note, &n);
	C.m = 1;
	esc_analyze(&C, P);
	fe_note_sink(D, NULL, NULL);
	fclose(n.f);
	return n.buf;
}

static const char *escape_src =
	"package main\n"
	"\n"
	"type T struct{ a, b int }\n"
	"\n"
	"func pair() (*T, *T) { return &T{1, 2}, &T{3, 4} }\n"
	"\n"
	"func sink(a, b interface{}) {}\n"
	"\n"
	"var keep func() int\n"
	"\n"
	"func f(n int) *int {\n"
	"\tx := n\n"
	"\tp := &x\n"
	"\ty := 0\n"
	"\tadd := func(d int) { y += d; *p += d }\n"
	"\tadd(2)\n"
	"\tkeep = func() int { return y + func() int { return x }() }\n"
	"\tsink(pair())\n"
	"\ts := make([]int, n)\n"
	"\t_ = s\n"
	"\tvar e interface{} = x\n"
	"\tt := &T{a: x}\n"
	"\tswitch v := e.(type) {\n"
	"\tcase int:\n"
	"\t\ty += v\n"
	"\t}\n"
	"L:\n"
	"\tfor i := range s {\n"
	"\t\tif i > 2 {\n"
	"\t\t\tbreak L\n"
	"\t\t}\n"
	"\t}\n"
	"\treturn &t.a\n"
	"}\n"
	"\n"
	"func main() { f(1) }\n";

/* Escape analysis of the copy says what it says of the original. */
START_TEST(test_escape)
{
	char *want = escape_m(escape_src, NULL);
	char *got = escape_m(escape_src, "f");
	ck_assert_ptr_nonnull(strstr(want, "moved to heap: y"));
	ck_assert_ptr_nonnull(strstr(want, "func literal escapes to heap"));
	ck_assert_str_eq(want, got);
	free(want);
	free(got);
}
END_TEST

static Suite *ir_suite(void)
{
	Suite *s = suite_create("ir");
	TCase *tc = tcase_create("clone");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_shape);
	tcase_add_test(tc, test_funcdecl);
	tcase_add_test(tc, test_local);
	tcase_add_test(tc, test_subst_var);
	tcase_add_test(tc, test_subst_const);
	tcase_add_test(tc, test_closure);
	tcase_add_test(tc, test_subst_closure);
	tcase_add_test(tc, test_rewrite);
	tcase_add_test(tc, test_labels);
	tcase_add_test(tc, test_twice);
	tcase_add_test(tc, test_typeswitch);
	tcase_add_test(tc, test_subst_funclit);
	tcase_add_test(tc, test_clone_of_clone);
	tcase_add_test(tc, test_escape);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(ir_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
