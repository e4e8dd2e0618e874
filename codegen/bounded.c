/*
 * bounded.c - array indexes that need no bounds check, as gc's walk decides
 * them, and its -m line "index bounds check elided".
 *
 * gc's walk marks an index into an array (or through a pointer to one) or
 * into a constant string "bounded" when the index's type and shape alone
 * keep it in range (walk/expr.go's bounded): a uint8 index into a
 * [256]T, i&7 into an [8]T, u%8 or u>>61 for unsigned u, and so on.
 * Under -m it says so for every such index that is not itself a constant.
 * The line comes from walk, so it follows the escape report, function by
 * function in the order gc walks them:
 *
 *   - the functions in the order of the package's declarations, where each
 *     function's closures that capture nothing (gc compiles them as
 *     top-level functions) come before the function, in source order;
 *   - after a function, its other closures, depth first, the last one
 *     first (enqueueFunc's todo stack);
 *   - package-level initializers last, in the init function.
 *
 * Within a function the walk follows the source.  An index already marked
 * is silent when walked again, and gc's dead-code pass has removed the
 * branch of an `if` with a constant condition (and what follows one that
 * ends in return or panic) before walk sees it.
 */
#include <string.h>

#include "codegen/codegen.h"

typedef struct B {
	Arena *a;
	FeDiag *diag;
	bool report;
	/* marked index expressions */
	BsMap *marked;
	/* indexes walk sees with their index in a temporary (safe_chain) */
	BsMap *silent;
	/* inlined calls whose bodies were walked first */
	BsMap *hoisted;
} B;

/* ---- walk's bounded ---- */

static bool small_const(Node *n, int64_t *v)
{
	if (n->mode != MODE_CONST || !n->val || n->val->kind != CONST_INT || !mpz_fits_slong_p(n->val->i))
		return false;
	long x = mpz_get_si(n->val->i);
	if (x != (int32_t)x)
		return false;
	*v = x;
	return true;
}

static bool is_bounded(Node *n, int64_t max)
{
	n = fe_unparen(n);
	Type *t = n->type ? fe_under(n->type) : NULL;
	if (!t || !fe_is_integer(t) || fe_is_untyped(t))
		return false;
	bool sign = !fe_is_unsigned(t);
	int bits = (int)(8 * fe_sizeof(t));
	int64_t v;
	if (small_const(n, &v))
		return 0 <= v && v < max;
	if (n->kind == N_BINARY) {
		FeOp op = fe_op(n->binary.op);
		Node *x = fe_unparen(n->binary.x), *y = fe_unparen(n->binary.y);
		switch (op) {
		case OP_AND: case OP_ANDNOT:
			v = -1;
			if (small_const(x, &v)) {
				;
			} else if (small_const(y, &v)) {
				if (op == OP_ANDNOT) {
					v = ~v;
					if (!sign && bits < 64)
						v &= ((int64_t)1 << bits) - 1;
				}
			} else {
				v = -1;
			}
			if (0 <= v && v < max)
				return true;
			break;
		case OP_REM:
			if (!sign && small_const(y, &v) && 0 <= v && v <= max)
				return true;
			break;
		case OP_QUO:
			if (!sign && small_const(y, &v))
				for (; bits > 0 && v >= 2; v >>= 1)
					bits--;
			break;
		case OP_SHR:
			if (!sign && small_const(y, &v)) {
				if (v > bits)
					return true;
				bits -= (int)v;
			}
			break;
		default:
			break;
		}
	}
	return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

/* bounded for a temporary of i's type: an unsigned type too narrow to
 * reach max (a uint8 into a [256]T) */
static bool bounded_by_type(Node *i, int64_t max)
{
	Type *t = i->type ? fe_under(i->type) : NULL;
	if (!t || !fe_is_integer(t) || fe_is_untyped(t) || !fe_is_unsigned(t))
		return false;
	int bits = (int)(8 * fe_sizeof(t));
	return bits <= 62 && ((int64_t)1 << bits) <= max;
}

static void index_expr(B *b, Node *e)
{
	if (bs_map_get(b->marked, e))
		return;
	Node *x = e->binary.x, *i = e->binary.y;
	Type *t = x->type ? fe_under(x->type) : NULL;
	if (t && t->kind == TY_PTR)
		t = fe_under(t->elem);
	int64_t max;
	if (t && t->kind == TY_ARRAY)
		max = t->len;
	else if (x->mode == MODE_CONST && x->val && x->val->kind == CONST_STRING)
		max = (int64_t)x->val->len;
	else
		return;
	if (bs_map_get(b->silent, e) ? !bounded_by_type(i, max) : !is_bounded(i, max))
		return;
	bs_map_put(b->marked, e, e);
	if (b->report && i->mode != MODE_CONST)
		fe_note(b->diag, e->pos, "index bounds check elided");
}

/* ---- the walk of one function body (closures are walked on their own) ---- */

static void walk(B *b, Node *n);

static void walk_list(B *b, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		walk(b, l->v[i]);
}

static bool const_bool(Node *n, bool *v)
{
	int c = fe_const_cond(n);
	*v = c == 1;
	return c >= 0;
}

/* Statements of a block, without what gc's deadcode drops. */
static void walk_stmts(B *b, NodeList *l)
{
	int lastlabel = -1;
	for (int i = 0; i < l->len; i++)
		if (l->v[i]->kind == N_LABELED)
			lastlabel = i;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->v[i];
		bool v;
		if (s->kind == N_IF && !s->if_.init && const_bool(s->if_.cond, &v)) {
			Node *taken = v ? s->if_.then : s->if_.els;
			if (taken)
				walk(b, taken);
			if (i > lastlabel && ir_ends_in_exit(taken))
				return;
			continue;
		}
		walk(b, s);
	}
}

/*
 * walk's safeExpr: the values append adds (walkExprListSafe) are made
 * safe to evaluate twice first.  An index into them keeps names and
 * constants, but any other index expression goes to a temporary of its
 * type, and walkIndex then sees a plain name: bounded only if that type
 * alone keeps it in range.  The chain runs through indexes, field
 * selections and dereferences.  (The left-hand sides of v, ok = ... go
 * through safeExpr too, but order has already moved them out of the
 * assignment.)
 */
static void safe_chain(B *b, Node *n)
{
	for (n = n ? fe_unparen(n) : NULL; n; n = n ? fe_unparen(n) : NULL) {
		switch (n->kind) {
		case N_INDEX:
			if (fe_unparen(n->binary.y)->mode != MODE_CONST && fe_unparen(n->binary.y)->kind != N_IDENT)
				bs_map_put(b->silent, n, n);
			n = n->binary.x;
			break;
		case N_SELECTOR:
			n = n->sub == SEL_PKG ? NULL : n->selector.x;
			break;
		case N_STAR:
			n = n->unary.x;
			break;
		default:
			n = NULL;
		}
	}
}

static void safe_exprs(B *b, Node *n)
{
	if (n->kind == N_CALL && fe_call_builtin(n) == BI_APPEND) {
		for (int i = n->call.dots ? 0 : 1; i < n->call.args.len; i++)
			safe_chain(b, n->call.args.v[i]);
	}
}

static void walk_kid(Node *n, void *ctx)
{
	walk(ctx, n);
}

/* gc's order moves the bodies of the calls inlined in a statement ahead
 * of it (not those on the right of && and ||, which get their own
 * blocks): their indexes come first. */
static void hoist_inlcalls(Node *n, void *ctx)
{
	B *b = ctx;
	if (n->kind == N_FUNCLIT || n->kind == N_BLOCK || n->kind == N_CASECLAUSE || bs_map_get(b->hoisted, n))
		return;
	if (n->kind == N_INLCALL) {
		bs_map_put(b->hoisted, n, n);
		walk(b, n->inlcall.init);
		walk(b, n->inlcall.body);
		return;
	}
	if (n->kind == N_BINARY && (fe_op(n->binary.op) == OP_LAND || fe_op(n->binary.op) == OP_LOR)) {
		hoist_inlcalls(n->binary.x, ctx);
		return;
	}
	fe_each_child(n, hoist_inlcalls, ctx);
}

static void walk(B *b, Node *n)
{
	if (!n || n->mode == MODE_CONST || n->kind == N_FUNCLIT)
		return; /* folded, or a function of its own */
	switch (n->kind) {
	case N_SELECTOR:
		if (n->sub == SEL_PKG)
			return;
		break;
	case N_BLOCK:
		walk_stmts(b, &n->block.stmts);
		return;
	case N_CASECLAUSE:
		walk_list(b, &n->caseclause.exprs);
		walk_stmts(b, &n->caseclause.body);
		return;
	case N_INLCALL:
		if (bs_map_get(b->hoisted, n)) {   /* its body walked already */
			walk_list(b, &n->inlcall.results);
			return;
		}
		break;
	case N_EXPRSTMT: case N_ASSIGN: case N_RETURN: case N_DECLSTMT: case N_INCDEC:
		fe_each_child(n, hoist_inlcalls, b);   /* the statements an inlined call can be in */
		break;
	default:
		break;
	}
	safe_exprs(b, n);
	fe_each_child(n, walk_kid, b);
	if (n->kind == N_INDEX)
		index_expr(b, n);
}

/* ---- gc's order of functions ---- */

/*
 * gc's enqueueFunc: the function, then its closures from a stack.  run
 * holds the closures of one declared function in source order (the IR
 * lists them after it); the direct closures of f are those whose outer
 * function is f.
 */
static void enqueue(B *b, IrFunc **run, int n, IrFunc *f)
{
	IrFunc **todo = fe_alloc(b->a, (n + 1) * sizeof *todo);
	int ntodo = 0;
	walk(b, f->decl->func_.body);
	for (int i = 0; i < n; i++)
		if (run[i]->outer == f)
			todo[ntodo++] = run[i];
	while (ntodo > 0) {
		IrFunc *c = todo[--ntodo];
		walk(b, c->decl->func_.body);
		for (int i = 0; i < n; i++)
			if (run[i]->outer == c)
				todo[ntodo++] = run[i];
	}
}

void cg_bounded(Comp *comp, IrProgram *p, bool report)
{
	Arena *a = comp->a;
	B b = { .a = a, .diag = comp->diag, .report = report, .marked = bs_map_new(a),
	       .silent = bs_map_new(a), .hoisted = bs_map_new(a) };
	for (int i = 0; i < p->nfuncs; i++) {
		IrFunc *f = p->funcs[i];
		Node *d = f->decl;
		if (f->outer || d->kind != N_FUNCDECL || !d->func_.body || strcmp(d->func_.name->ident.name, "_") == 0)
			continue;
		int end = i + 1;
		while (end < p->nfuncs && p->funcs[end]->outer)
			end++;
		IrFunc **run = p->funcs + i + 1;
		int n = end - i - 1;
		/* closures that capture nothing are top-level functions in gc */
		for (int k = 0; k < n; k++)
			if (run[k]->ncvars == 0)
				enqueue(&b, run, n, run[k]);
		enqueue(&b, run, n, f);
	}
	/* the package's initializers, in the init function */
	NodeList *decls = &p->file->file.decls;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_DECLSTMT || d->kind == N_VARSPEC)
			walk(&b, d);
	}
}
