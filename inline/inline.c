/*
 * inline.c - which functions gc would inline, and at what cost.
 *
 * gc's CanInline walks a function's body as typecheck and deadcode left
 * it and charges one unit of an 80-unit budget per IR node, with a few
 * exceptions: a call costs 57 more unless the callee is inlinable (then
 * its own cost) or an intrinsic, a panic one more, a closure 15 more plus
 * its body; blocks, no-op conversions, method expressions, constant
 * declarations and fallthrough are free, and a dereference of an address
 * costs nothing.  Some constructs refuse outright (defer, go, local type
 * declarations, recover).
 *
 * minigo's tree is the syntax tree, so the walk below counts for each
 * construct the nodes gc's IR has for it: a promoted field x.f is one
 * node per field walked; x.M() is the call, the type of T.M, the
 * receiver with its implicit & or *, and the arguments; a map index is
 * one node; `x := v` declares x (2 nodes) and assigns (3); a constant
 * expression of any size is one literal; conditions gc's deadcode
 * folds decide which branch is charged at all.
 *
 * Functions are visited bottom-up over the call graph (Tarjan, as
 * ir.VisitFuncsBottomUp: closures glued to their outer function), so a
 * callee's cost is known when its callers are priced; a function alone in
 * a recursive component is "recursive".
 */
#include <string.h>

#include "inline/inline.h"

enum {
	BUDGET = 80,
	CALL_COST = 57,
	PANIC_COST = 1,
	CLOSURE_COST = 15,
	ST_INLINABLE = 1,
	ST_NOT = 2,
};

typedef struct Rec {
	IrFunc *fn;
	uint32_t id;
	IrFunc **refs;
	int nrefs, caprefs;
} Rec;

typedef struct Inl {
	Comp *comp;
	int m;             /* the -m level its lines print at (0 under -l) */
	Arena *a;
	BsMap *recs;       /* IrFunc -> Rec */
	BsMap *inits;      /* a local variable's Object -> the value it is declared with */
	uint32_t visitgen;
	InlCalls *calls;   /* unless -l: the calls are inlined too */
	Rec **stack;
	int len, cap;
} Inl;

/* One walk over a body: pricing it, or collecting its references. */
typedef struct Walk {
	Inl *in;
	Rec *refs;         /* collecting the call graph's edges (no prices) */
	int budget;
	const char *reason;
} Walk;

static void can_inline(Inl *in, IrFunc *fn);
static bool expr(Walk *w, Node *n);
static bool stmt(Walk *w, Node *n);
static bool stmt_list(Walk *w, NodeList *l);

#define DONE UINT32_MAX

/* ---- helpers ---- */

static Type *under(Type *t)
{
	return t ? fe_under(t) : NULL;
}

static bool is_ptr(Type *t)
{
	t = under(t);
	return t && t->kind == TY_PTR;
}

static Node *unparen(Node *n)
{
	return n ? fe_unparen(n) : NULL;
}

static bool is_value_const(Node *n)
{
	n = unparen(n);
	return n && n->val && n->kind != N_FUNCLIT;
}

/* The Rec of a function of this package's IR, or NULL. */
static Rec *rec_of(Inl *in, Node *decl)
{
	if (!decl || (decl->kind != N_FUNCDECL && decl->kind != N_FUNCLIT) || !decl->irfn)
		return NULL;
	return bs_map_get(in->recs, decl->irfn);
}

static void add_ref(Walk *w, Node *decl)
{
	Rec *r = rec_of(w->in, decl);
	if (r)
		FE_PUSH(w->in->a, w->refs->refs, w->refs->nrefs, w->refs->caprefs, r->fn);
}

/*
 * Charges one node (n units); false: the walk goes on.  gc gives up as
 * soon as the budget is spent below -m=2 ("too expensive"); minigo walks
 * on to keep -m=2's cost and reason on the declaration either way.
 */
static bool charge(Walk *w, int n)
{
	if (w->refs)
		return false;
	w->budget -= n;
	return false;
}

static bool refuse(Walk *w, const char *reason)
{
	if (w->refs)
		return false;
	w->reason = reason;
	return true;
}

/* ---- conversions: which are gc's OCONVNOP ---- */

/* amd64's simtype: int is int64, uint and uintptr are uint64. */
static TypeKind simkind(TypeKind k)
{
	switch (k) {
	case TY_INT: return TY_INT64;
	case TY_UINT: case TY_UINTPTR: return TY_UINT64;
	default: return k;
	}
}

static bool is_named(Type *t)
{
	return t && (t->kind == TY_NAMED || t->basic_name);
}

static bool conv_is_nop(Type *from, Type *to)
{
	if (!from || !to)
		return false;
	Type *uf = under(from), *ut = under(to);
	if (ut->kind == TY_INTERFACE)
		return fe_identical(from, to);
	/* a float or complex conversion rounds: typecheck keeps it an OCONV */
	if (uf->kind == ut->kind && (fe_is_float(ut) || fe_is_complex(ut)))
		return false;
	if (fe_identical(from, to) || fe_identical_ignore_tags(uf, ut))
		return true;
	if (uf->kind == TY_PTR && ut->kind == TY_PTR && !is_named(from) && !is_named(to) &&
	    fe_identical_ignore_tags(under(uf->elem), under(ut->elem)))
		return true;
	if ((fe_is_integer(uf) || fe_is_float(uf)) && (fe_is_integer(ut) || fe_is_float(ut)))
		return simkind(uf->kind) == simkind(ut->kind);
	if (ut->kind == TY_UNSAFEPTR && (uf->kind == TY_PTR || uf->kind == TY_UINTPTR))
		return true;
	if (uf->kind == TY_UNSAFEPTR && (ut->kind == TY_PTR || ut->kind == TY_UINTPTR))
		return true;
	return false;
}

/* n without parentheses and no-op conversions (ir.StaticValue's first step). */
static Node *strip_nop(Node *n)
{
	for (;;) {
		n = unparen(n);
		if (n && n->kind == N_CALL && n->sub == CALL_CONV && n->call.args.len == 1 && !n->val &&
		    conv_is_nop(n->call.args.v[0]->type, n->type))
			n = n->call.args.v[0];
		else
			return n;
	}
}

/* ---- callees ---- */

static const char *pkgpath_of(Inl *in, Object *o)
{
	if (o->pkg)
		return o->pkg->path;
	return in->comp->pkgpath ? in->comp->pkgpath : "main";
}

/* amd64's intrinsics among the functions minigo compiles (ssagen's table). */
static bool is_intrinsic(Inl *in, Object *o)
{
	static const char *const math[] = { "Sqrt", "FMA", "RoundToEven", "Floor", "Ceil", "Trunc", NULL };
	static const char *const bits[] = {
		"TrailingZeros64", "TrailingZeros32", "TrailingZeros16", "TrailingZeros8",
		"ReverseBytes64", "ReverseBytes32", "Len64", "Len32", "Len16", "Len8", "Len",
		"RotateLeft8", "RotateLeft16", "RotateLeft32", "RotateLeft64", "RotateLeft",
		"OnesCount64", "OnesCount32", "OnesCount16", "OnesCount",
		"Mul64", "Mul", "Add64", "Add", "Sub64", "Sub", "Div64", "Div", NULL
	};
	static const char *const atomic[] = {
		"LoadInt32", "LoadInt64", "LoadPointer", "LoadUint32", "LoadUint64", "LoadUintptr",
		"StoreInt32", "StoreInt64", "StoreUint32", "StoreUint64", "StoreUintptr",
		"SwapInt32", "SwapInt64", "SwapUint32", "SwapUint64", "SwapUintptr",
		"CompareAndSwapInt32", "CompareAndSwapInt64", "CompareAndSwapUint32", "CompareAndSwapUint64",
		"CompareAndSwapUintptr", "AddInt32", "AddInt64", "AddUint32", "AddUint64", "AddUintptr", NULL
	};
	static const char *const big[] = { "mulWW", NULL };
	if (!o || o->kind != OBJ_FUNC || (o->flags & OF_METHOD))
		return false;
	const char *p = pkgpath_of(in, o);
	const char *const *names = !strcmp(p, "math") ? math : !strcmp(p, "math/bits") ? bits :
				   !strcmp(p, "sync/atomic") ? atomic : !strcmp(p, "math/big") ? big : NULL;
	for (int i = 0; names && names[i]; i++)
		if (!strcmp(names[i], o->name))
			return true;
	return false;
}

/* A local variable gc's ir.StaticValue sees through: assigned once, at
 * its declaration, never address-taken. */
static Node *static_value(Inl *in, Node *n)
{
	for (int guard = 0; guard < 100; guard++) {
		n = strip_nop(n);
		if (!n || n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR)
			return n;
		Object *o = n->obj;
		Node *init = bs_map_get(in->inits, o);
		if (!o->fn || (o->flags & (OF_PARAM | OF_RESULT | OF_ASSIGNED | OF_ADDRTAKEN | OF_GLOBAL)) || !init)
			return n;
		n = init;
	}
	return n;
}

/* Records the values local variables are declared with (gc's Defn). */
static void note_inits(Node *n, void *ctx)
{
	Inl *in = ctx;
	if (!n)
		return;
	NodeList *lhs = NULL, *rhs = NULL;
	if (n->kind == N_ASSIGN && n->assign.op != '=' && fe_op(n->assign.op) == OP_NONE) {
		lhs = &n->assign.lhs;
		rhs = &n->assign.rhs;
	} else if (n->kind == N_VARSPEC) {
		lhs = &n->spec.names;
		rhs = &n->spec.values;
	}
	if (lhs && lhs->len == rhs->len)
		for (int i = 0; i < lhs->len; i++) {
			Node *x = unparen(lhs->v[i]);
			if (x->kind == N_IDENT && x->obj && x->obj->decl == x)
				bs_map_put(in->inits, x->obj, rhs->v[i]);
		}
	fe_each_child(n, note_inits, ctx);
}

/* What a call of fun costs beyond its nodes: the callee's inline cost if
 * it is inlinable, nothing for an intrinsic, CALL_COST otherwise. */
static int callee_cost(Walk *w, Node *fun)
{
	Node *f = static_value(w->in, fun);
	Object *o = f ? f->obj : NULL;
	Node *decl = NULL;
	if (f && f->kind == N_FUNCLIT) {
		/* gc decides the closure here, unless (below -m=2) it gave up
		 * on the caller already: then in the component's order */
		if (f->irfn && !w->refs && (w->budget >= 0 || w->in->m >= 2))
			can_inline(w->in, f->irfn);
		decl = f;
	} else if (f && f->kind == N_IDENT && o && o->kind == OBJ_FUNC) {
		if (is_intrinsic(w->in, o))
			return 0;
		decl = o->decl;
	} else if (f && f->kind == N_SELECTOR && f->sub == SEL_PKG && o && o->kind == OBJ_FUNC) {
		if (is_intrinsic(w->in, o))
			return 0;
		decl = o->decl;
	} else if (f && f->kind == N_SELECTOR && f->sub == SEL_METHODEXPR && o && o->kind == OBJ_FUNC) {
		/* T.M inlines only when T is M's receiver type */
		Type *rt = o->type && o->type->recv ? o->type->recv->type : NULL;
		if (rt && f->selector.x->type && fe_identical(rt, f->selector.x->type))
			decl = o->decl;
	}
	if (decl && (decl->kind == N_FUNCDECL || decl->kind == N_FUNCLIT) && decl->func_.inlstate == ST_INLINABLE)
		return decl->func_.inlcost;
	return w->in->comp->cheap_calls ? 1 : CALL_COST;
}

/* encoding/binary's byte order methods, which amd64 makes single loads
 * and stores: gc prices a call of one as any other node, whatever the
 * method's own cost (issue 42958). */
static bool cheap_method(Object *m)
{
	static const char *const names[] = { "Uint16", "Uint32", "Uint64", "PutUint16", "PutUint32", "PutUint64", NULL };
	Type *rt = m && m->kind == OBJ_FUNC && m->type && m->type->recv ? m->type->recv->type : NULL;
	if (!rt || rt->kind != TY_NAMED || !rt->obj || !m->pkg || !m->pkg->path ||
	    strcmp(m->pkg->path, "encoding/binary") != 0 ||
	    (strcmp(rt->obj->name, "littleEndian") != 0 && strcmp(rt->obj->name, "bigEndian") != 0))
		return false;
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], m->name) == 0)
			return true;
	return false;
}

/* ---- expressions ---- */

static bool expr_list(Walk *w, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		if (expr(w, l->v[i]))
			return true;
	return false;
}

/* The receiver of a method reached through sel: its embedded fields (one
 * node each) and the & or * gc adds to match the method's receiver. */
static bool receiver(Walk *w, Node *sel, Object *m)
{
	int n = sel->npath;
	Type *reached = fe_path_type(sel, sel->npath);
	Type *rt = m && m->type && m->type->recv ? m->type->recv->type : NULL;
	if (rt && reached && is_ptr(rt) != is_ptr(reached))
		n++;
	if (charge(w, n))
		return true;
	return expr(w, sel->selector.x);
}

/* The temporaries of gc's RewriteMultiValueCall: tmps... = inner, in the
 * statement's init: ODCL per temporary, the OAS2FUNC, its left side. */
static bool rewrite_init(Walk *w, IrRewrite *rw)
{
	if (!rw || !rw->inner)
		return false;
	if (charge(w, 1 + 3 * rw->nresults))
		return true;
	return expr(w, rw->inner);
}

static bool rewrite_uses(Walk *w, IrRewrite *rw)
{
	for (int i = 0; i < rw->nresults; i++)
		if (expr(w, rw->uses[i]))
			return true;
	return false;
}

static bool builtin_call(Walk *w, Node *n)
{
	NodeList *args = &n->call.args;
	switch (fe_call_builtin(n)) {
	case BI_RECOVER:
		return refuse(w, "call to recover");
	case BI_NEW:
		return charge(w, 2);
	case BI_MAKE: {
		/* make(map[K]V) has a size all the same (0) */
		Type *u = args->len ? under(args->v[0]->type) : NULL;
		if (charge(w, 1 + (args->len == 1 && u && u->kind == TY_MAP)))
			return true;
		for (int i = 1; i < args->len; i++)
			if (expr(w, args->v[i]))
				return true;
		return false;
	}
	case BI_PANIC: {
		Node *x = args->len ? unparen(args->v[0]) : NULL;
		int c = 1 + PANIC_COST - (x && x->kind == N_CONVIFACE);
		if (charge(w, c))
			return true;
		return expr_list(w, args);
	}
	default:
		if (charge(w, 1))
			return true;
		if (n->rw && n->rw->inner) {
			if (rewrite_init(w, n->rw))
				return true;
			/* append(f()): the slice, then the rest converted */
			return rewrite_uses(w, n->rw);
		}
		return expr_list(w, args);
	}
}

static int rune_count(const Const *v)
{
	int n = 0;
	for (size_t i = 0; i < v->len; n++) {
		uint32_t r;
		int k = fe_utf8_decode((const unsigned char *)v->s + i, v->len - i, &r);
		i += k > 0 ? k : 1;
	}
	return n;
}

static bool call(Walk *w, Node *n)
{
	if (n->sub == CALL_CONV) {
		Node *x = n->call.args.len ? n->call.args.v[0] : NULL;
		Type *u = under(n->type);
		if (x && is_value_const(x) && unparen(x)->val->kind == CONST_STRING && u->kind == TY_SLICE &&
		    under(u->elem)->kind == TY_INT32)   /* []rune("..."): a literal, index: rune each */
			return charge(w, 2 + 3 * rune_count(unparen(x)->val));
		if (x && !conv_is_nop(x->type, n->type) && charge(w, 1))
			return true;
		return expr(w, x);
	}
	if (n->sub == CALL_BUILTIN)
		return builtin_call(w, n);
	Node *fun = unparen(n->call.fun);
	IrRewrite *rw = n->rw;
	int extra = w->in->comp->cheap_calls ? 1 : CALL_COST;   /* -l=4: 1 */
	if (n->sub == CALL_METHOD) {
		/* x.M(): FixMethodCall's T.M(x), T the method's receiver type */
		Node *d = fun && fun->obj ? fun->obj->decl : NULL;
		if (d && d->kind == N_FUNCDECL && d->func_.inlstate == ST_INLINABLE)
			extra = d->func_.inlcost;
		if (fun && cheap_method(fun->obj))
			extra = 0;
	} else if (n->sub != CALL_IFACE) {
		extra = callee_cost(w, fun);
	}
	if (w->refs && fun && fun->kind == N_SELECTOR && n->sub == CALL_METHOD)
		add_ref(w, fun->obj ? fun->obj->decl : NULL);
	if (charge(w, 1 + extra))
		return true;
	/* the call's init: the callee or receiver into a temporary, the
	 * results of f(g()) into temporaries */
	if (rw && rw->tmp && charge(w, 3))
		return true;
	if (rewrite_init(w, rw))
		return true;
	if (n->sub == CALL_METHOD) {
		/* T.M(recv, args...): the method expression's type node */
		if (charge(w, 1) || receiver(w, fun, fun->obj))
			return true;
	} else if (n->sub == CALL_IFACE) {
		/* ODOTINTER over the interface value reached */
		if (charge(w, 1 + fun->npath) || expr(w, fun->selector.x))
			return true;
	} else if (expr(w, fun)) {
		return true;
	}
	if (rw && rw->inner)
		return rewrite_uses(w, rw);
	return expr_list(w, &n->call.args);
}

/* The leaves of a string concatenation gc flattens into one OADDSTR. */
static bool is_concat(Node *n)
{
	n = unparen(n);
	return n && n->kind == N_BINARY && n->binary.op == '+' && !n->val && fe_is_string(n->type);
}

static bool concat_leaves(Walk *w, Node *n)
{
	n = unparen(n);
	if (is_concat(n))
		return concat_leaves(w, n->binary.x) || concat_leaves(w, n->binary.y);
	return expr(w, n);
}

static bool composite(Walk *w, Node *n)
{
	Type *t = n->type;
	if (is_ptr(t)) {   /* an elided &T{...} */
		if (charge(w, 1))
			return true;
		t = under(t)->elem;
	}
	Type *u = under(t);
	int k = u ? u->kind : TY_STRUCT;
	if (charge(w, k == TY_SLICE ? 2 : 1))
		return true;
	for (int i = 0; i < n->composite.elts.len; i++) {
		Node *e = n->composite.elts.v[i];
		bool kv = e->kind == N_KEYVALUE;
		Node *v = kv ? e->binary.y : e;
		if (k == TY_STRUCT || k == TY_MAP || kv) {
			if (charge(w, 1))
				return true;
		}
		if (kv && k != TY_STRUCT && expr(w, e->binary.x))
			return true;
		if (expr(w, v))
			return true;
	}
	return false;
}

static bool func_lit(Walk *w, Node *n)
{
	if (w->refs) {
		add_ref(w, n);
		return false;
	}
	if (charge(w, 1 + CLOSURE_COST))
		return true;
	return n->func_.body && stmt_list(w, &n->func_.body->block.stmts);
}

static bool expr(Walk *w, Node *n)
{
	if (!n)
		return false;
	n = unparen(n);
	if (is_value_const(n) || n->mode == MODE_TYPE)
		return charge(w, 1);
	switch (n->kind) {
	case N_IDENT:
		if (w->refs && n->obj && n->obj->kind == OBJ_FUNC)
			add_ref(w, n->obj->decl);
		return charge(w, 1);
	case N_CONVIFACE:
		return charge(w, 1) || expr(w, n->unary.x);
	case N_FUNCLIT:
		return func_lit(w, n);
	case N_SELECTOR:
		switch (n->sub) {
		case SEL_PKG:
			if (w->refs && n->obj && n->obj->kind == OBJ_FUNC)
				add_ref(w, n->obj->decl);
			return charge(w, 1);
		case SEL_METHODEXPR:
			if (w->refs)
				add_ref(w, n->obj ? n->obj->decl : NULL);
			return charge(w, 1);
		case SEL_METHOD:
			if (w->refs)
				add_ref(w, n->obj ? n->obj->decl : NULL);
			return charge(w, 2) || receiver(w, n, n->obj);
		case SEL_IFACEMETHOD:
			return charge(w, 2 + n->npath) || expr(w, n->selector.x);
		default:
			return charge(w, n->npath > 0 ? n->npath : 1) || expr(w, n->selector.x);
		}
	case N_INDEX: {
		Type *u = under(unparen(n->binary.x)->type);
		int c = u && u->kind == TY_PTR ? 2 : 1;
		return charge(w, c) || expr(w, n->binary.x) || expr(w, n->binary.y);
	}
	case N_SLICEEXPR: {
		Type *u = under(unparen(n->slice.x)->type);
		int c = u && u->kind == TY_ARRAY ? 2 : 1;
		return charge(w, c) || expr(w, n->slice.x) || expr(w, n->slice.lo) || expr(w, n->slice.hi) ||
		       expr(w, n->slice.max);
	}
	case N_TYPEASSERT:
		return charge(w, 1) || expr(w, n->typeassert.x);
	case N_STAR: {
		/* *(*T)(unsafe.Pointer(&x)) costs as &x alone */
		Node *p = strip_nop(n->unary.x);
		int c = p && p->kind == N_UNARY && p->unary.op == '&' ? 0 : 1;
		return charge(w, c) || expr(w, n->unary.x);
	}
	case N_UNARY:
		if (n->unary.op == '&' && unparen(n->unary.x)->kind == N_COMPOSITE) {
			Node *lit = unparen(n->unary.x);
			if (is_ptr(lit->type))   /* never: &T{} has T's type */
				return composite(w, lit);
			return charge(w, 1) || composite(w, lit);
		}
		return charge(w, 1) || expr(w, n->unary.x);
	case N_BINARY:
		if (is_concat(n))
			return charge(w, 1) || concat_leaves(w, n);
		return charge(w, 1) || expr(w, n->binary.x) || expr(w, n->binary.y);
	case N_COMPOSITE:
		return composite(w, n);
	case N_CALL:
		return call(w, n);
	case N_KEYVALUE:
		return charge(w, 1) || expr(w, n->binary.x) || expr(w, n->binary.y);
	default:
		/* a type in expression position */
		return charge(w, 1);
	}
}

/* ---- statements, with gc's deadcode ---- */

/* deadcode's folding of && and || with a constant left operand: the
 * condition as priced (NULL: a constant). */
static Node *fold_cond(Node *n, int *val)
{
	n = unparen(n);
	*val = -1;
	if (is_value_const(n)) {
		*val = n->val->kind == CONST_BOOL ? n->val->b : -1;
		return *val >= 0 ? NULL : n;
	}
	FeOp op = n->kind == N_BINARY ? fe_op(n->binary.op) : OP_NONE;
	if (op != OP_LAND && op != OP_LOR)
		return n;
	int x;
	Node *l = fold_cond(n->binary.x, &x);
	if (!l && x >= 0) {
		if ((op == OP_LAND) == (x == 1))
			return fold_cond(n->binary.y, val);   /* true && y, false || y */
		*val = x;
		return NULL;
	}
	return n;
}

static bool stmt_list(Walk *w, NodeList *l)
{
	int lastlabel = -1;
	for (int i = 0; i < l->len; i++)
		if (l->v[i]->kind == N_LABELED)
			lastlabel = i;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->v[i];
		if (stmt(w, s))
			return true;
		if (s->kind == N_IF && i > lastlabel) {
			int v;
			if (!fold_cond(s->if_.cond, &v) && v >= 0 && ir_ends_in_exit(v ? s->if_.then : s->if_.els))
				break;   /* deadcode cuts what follows */
		}
	}
	return false;
}

static bool block(Walk *w, Node *b)
{
	if (!b)
		return false;
	if (b->kind == N_BLOCK)
		return stmt_list(w, &b->block.stmts);
	return stmt(w, b);
}

/* ODCL x for each variable a := declares (a name, not _). */
static int declared(NodeList *lhs)
{
	int n = 0;
	for (int i = 0; i < lhs->len; i++) {
		Node *x = unparen(lhs->v[i]);
		if (x->kind == N_IDENT && !fe_is_blank(x) && x->obj && x->obj->decl == x)
			n++;
	}
	return n;
}

static bool assign(Walk *w, Node *n)
{
	NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	if (n->assign.op != '=' && fe_op(n->assign.op) != OP_NONE)   /* x op= y */
		return charge(w, 1) || expr_list(w, lhs) || expr_list(w, rhs);
	if (n->assign.op != '=' && charge(w, 2 * declared(lhs)))   /* := */
		return true;
	if (rewrite_init(w, n->rw))
		return true;
	if (charge(w, 1) || expr_list(w, lhs))
		return true;
	if (n->rw && n->rw->inner)
		return rewrite_uses(w, n->rw);
	return expr_list(w, rhs);
}

static bool var_spec(Walk *w, Node *spec)
{
	NodeList *names = &spec->spec.names, *vals = &spec->spec.values;
	if (vals->len == 1 && names->len > 1) {
		/* var a, b = f(): the declarations, then one OAS2FUNC */
		if (charge(w, 2 * declared(names) + 1) || expr_list(w, names))
			return true;
		if (spec->rw && spec->rw->inner)
			return rewrite_init(w, spec->rw) || rewrite_uses(w, spec->rw);
		return expr(w, vals->v[0]);
	}
	for (int i = 0; i < names->len; i++) {
		Node *x = names->v[i];
		if (!fe_is_blank(x) && charge(w, 2))
			return true;
		if (charge(w, 1) || expr(w, x) || (i < vals->len && expr(w, vals->v[i])))
			return true;
	}
	return false;
}

static bool decl_stmt(Walk *w, Node *n)
{
	for (int i = 0; i < n->decl.specs.len; i++) {
		Node *s = n->decl.specs.v[i];
		if (s->kind == N_TYPESPEC)
			return refuse(w, "unhandled op DCLTYPE");
		if (s->kind == N_VARSPEC && var_spec(w, s))
			return true;
	}
	return false;
}

static bool if_stmt(Walk *w, Node *n)
{
	int v;
	Node *cond = fold_cond(n->if_.cond, &v);
	if (!cond && v >= 0)   /* the if and its condition cost nothing */
		return stmt(w, n->if_.init) || block(w, v ? n->if_.then : n->if_.els);
	return charge(w, 1) || stmt(w, n->if_.init) || expr(w, cond) || block(w, n->if_.then) ||
	       block(w, n->if_.els);
}

static bool range_stmt(Walk *w, Node *n)
{
	int defs = 0;
	if (n->range.define) {
		if (n->range.key && !fe_is_blank(n->range.key))
			defs++;
		if (n->range.value && !fe_is_blank(n->range.value))
			defs++;
	}
	return charge(w, 1 + 2 * defs) || expr(w, n->range.x) || expr(w, n->range.key) ||
	       expr(w, n->range.value) || block(w, n->range.body);
}

static bool has_fallthrough(Node *clause)
{
	NodeList *b = &clause->caseclause.body;
	for (int i = 0; i < b->len; i++)
		if (b->v[i]->kind == N_BRANCH && !strcmp(fe_token_name(b->v[i]->branch.tok), "fallthrough"))
			return true;
	return false;
}

/*
 * deadcode's constant switch: a constant tag (or none: true) and
 * constant cases keep only the clause that matches (*keep, with its
 * matching value *keepexpr), or the default, or nothing (*keep NULL).
 * False: the switch stays as it is.
 */
static bool const_switch(Node *n, Node **keep, int *keepexpr)
{
	Node *tag = n->switch_.tag;
	const Const *x = NULL;
	if (tag) {
		if (!is_value_const(tag))
			return false;
		x = unparen(tag)->val;
	}
	Node *def = NULL;
	for (int i = 0; i < n->switch_.body.len; i++) {
		Node *c = n->switch_.body.v[i];
		if (!c->caseclause.exprs.len) {
			def = c;
			continue;
		}
		for (int j = 0; j < c->caseclause.exprs.len; j++) {
			Node *e = c->caseclause.exprs.v[j];
			if (!is_value_const(e))
				return false;
			const Const *v = unparen(e)->val;
			bool eq = x ? (x->kind == v->kind && fe_const_compare(x, OP_EQL, v)) : (v->kind == CONST_BOOL && v->b);
			if (eq) {
				if (has_fallthrough(c))
					return false;
				*keep = c;
				*keepexpr = j;
				return true;
			}
		}
	}
	if (def && has_fallthrough(def))
		return false;
	*keep = def;
	*keepexpr = -1;
	return true;
}

static bool switch_stmt(Walk *w, Node *n)
{
	if (charge(w, 1) || stmt(w, n->switch_.init))
		return true;
	bool bound = false;
	if (n->kind == N_TYPESWITCH) {
		Node *g = n->switch_.tag;
		Node *x = g;
		if (g->kind == N_ASSIGN) {
			bound = true;
			x = g->assign.rhs.v[0];
		} else if (g->kind == N_EXPRSTMT) {
			x = g->unary.x;
		}
		x = unparen(x);
		if (charge(w, 1 + bound) || expr(w, x->typeassert.x))
			return true;
	} else if (expr(w, n->switch_.tag)) {
		return true;
	}
	Node *keep = NULL;
	int keepexpr = -1;
	if (n->kind == N_SWITCH && const_switch(n, &keep, &keepexpr)) {
		/* deadcode kept one clause, with the one value that matched */
		if (!keep)
			return false;
		if (charge(w, 1) || (keepexpr >= 0 && expr(w, keep->caseclause.exprs.v[keepexpr])))
			return true;
		return stmt_list(w, &keep->caseclause.body);
	}
	for (int i = 0; i < n->switch_.body.len; i++) {
		Node *c = n->switch_.body.v[i];
		if (charge(w, 1 + bound) || expr_list(w, &c->caseclause.exprs) || stmt_list(w, &c->caseclause.body))
			return true;
	}
	return false;
}

/* OSELECT: typecheck makes every receive case an OSELRECV2 of two
 * destinations, `_` standing for the missing ones. */
static bool select_stmt(Walk *w, Node *n)
{
	if (charge(w, 1))
		return true;
	for (int i = 0; i < n->switch_.body.len; i++) {
		Node *c = n->switch_.body.v[i];
		Node *comm = c->caseclause.exprs.len ? c->caseclause.exprs.v[0] : NULL;
		if (charge(w, 1))
			return true;
		if (comm && comm->kind == N_SEND) {
			if (stmt(w, comm))
				return true;
		} else if (comm && comm->kind == N_ASSIGN) {
			NodeList *lhs = &comm->assign.lhs;
			if (comm->assign.op != '=' && charge(w, 2 * declared(lhs)))
				return true;
			if (charge(w, 1 + (lhs->len < 2)) || expr_list(w, lhs) || expr_list(w, &comm->assign.rhs))
				return true;
		} else if (comm && comm->kind == N_EXPRSTMT) {
			if (charge(w, 3) || expr(w, comm->unary.x))
				return true;
		}
		if (stmt_list(w, &c->caseclause.body))
			return true;
	}
	return false;
}

static bool stmt(Walk *w, Node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case N_EXPRSTMT:
		return expr(w, n->unary.x);
	case N_ASSIGN:
		return assign(w, n);
	case N_INCDEC:
		return charge(w, 2) || expr(w, n->incdec.x);
	case N_DECLSTMT:
		return decl_stmt(w, n);
	case N_RETURN:
		if (charge(w, 1) || rewrite_init(w, n->rw))
			return true;
		if (n->rw && n->rw->inner)
			return rewrite_uses(w, n->rw);
		return expr_list(w, &n->ret.results);
	case N_BLOCK:
		return stmt_list(w, &n->block.stmts);
	case N_IF:
		return if_stmt(w, n);
	case N_FOR:
		return charge(w, 1) || stmt(w, n->for_.init) || expr(w, n->for_.cond) || stmt(w, n->for_.post) ||
		       block(w, n->for_.body);
	case N_RANGE:
		return range_stmt(w, n);
	case N_SWITCH:
	case N_TYPESWITCH:
		return switch_stmt(w, n);
	case N_SELECTSTMT:
		return select_stmt(w, n);
	case N_SEND:
		return charge(w, 1) || expr(w, n->binary.x) || expr(w, n->binary.y);
	case N_LABELED:
		return charge(w, 1) || stmt(w, n->labeled.stmt);
	case N_BRANCH:
		return !strcmp(fe_token_name(n->branch.tok), "fallthrough") ? false : charge(w, 1);
	case N_GOSTMT:
	case N_DEFER:
		if (w->refs)
			return expr(w, n->unary.x);
		return refuse(w, n->kind == N_DEFER ? "unhandled op DEFER" : "unhandled op GO");
	case N_EMPTYSTMT:
		return false;
	default:
		return expr(w, n);
	}
}

/* ---- the verdicts ---- */

static const char *pragma_reason(unsigned p)
{
	if (p & FE_FUNC_NOINLINE)
		return "marked go:noinline";
	if (p & FE_FUNC_CGOUNSAFEARGS)
		return "marked go:cgo_unsafe_args";
	if (p & FE_FUNC_UINTPTRKEEPALIVE)
		return "marked as having a keep-alive uintptr argument";
	if (p & FE_FUNC_UINTPTRESCAPES)
		return "marked as having an escaping uintptr argument";
	if (p & FE_FUNC_YESWRITEBARRIERREC)
		return "marked go:yeswritebarrierrec";
	return NULL;
}

/* Where a function's verdict is reported: a func literal copied by the
 * inliner at the literal's own position (its nodes are at the call). */
static Pos decl_pos(Inl *in, Node *d)
{
	return in->calls ? inl_calls_own_pos(in->calls, d) : d->pos;
}

static void verdict_not(Inl *in, IrFunc *fn, const char *reason)
{
	Node *d = fn->decl;
	d->func_.inlstate = ST_NOT;
	d->func_.inlreason = reason;
	if (in->m >= 2)
		fe_note(in->comp->diag, decl_pos(in, d), "cannot inline %s: %s", fn->name, reason);
}

/* gc's CanInline. */
static void can_inline(Inl *in, IrFunc *fn)
{
	Node *d = fn->decl;
	if (d->func_.inlstate)
		return;
	const char *why = d->kind == N_FUNCDECL ? pragma_reason(d->func_.pragmas) : NULL;
	if (!why && !d->func_.body)
		why = "no function body";
	if (why) {
		verdict_not(in, fn, why);
		return;
	}
	Walk w = { .in = in, .budget = BUDGET };
	bool stop = stmt_list(&w, &d->func_.body->block.stmts);
	if (!stop && w.budget < 0)
		w.reason = fe_sprintf(in->a, "function too complex: cost %d exceeds budget %d", BUDGET - w.budget, BUDGET);
	if (stop || w.budget < 0) {
		verdict_not(in, fn, w.reason);
		return;
	}
	d->func_.inlstate = ST_INLINABLE;
	d->func_.inlcost = BUDGET - w.budget;
	if (in->m >= 2)
		fe_note(in->comp->diag, decl_pos(in, d), "can inline %s with cost %d as: %s", fn->name, d->func_.inlcost,
			inl_body_string(in->a, d));
	else if (in->m)
		fe_note(in->comp->diag, decl_pos(in, d), "can inline %s", fn->name);
}

/* ---- the call graph, bottom up ---- */

static void collect_refs(Inl *in, Rec *r)
{
	Node *d = r->fn->decl;
	if (!d->func_.body)
		return;
	Walk w = { .in = in, .refs = r };
	stmt_list(&w, &d->func_.body->block.stmts);
}

static void analyze_component(Inl *in, Rec **list, int n, bool recursive)
{
	int nonclosures = 0;
	for (int i = 0; i < n; i++)
		nonclosures += list[i]->fn->decl->kind == N_FUNCDECL;
	for (int i = 0; i < n; i++) {
		IrFunc *fn = list[i]->fn;
		if (!recursive || nonclosures > 1)
			can_inline(in, fn);
		else if (!fn->decl->func_.inlstate)
			verdict_not(in, fn, "recursive");
		if (in->calls) {
			inl_calls_save(in->calls, fn);
			inl_calls_run(in->calls, fn);
		}
	}
}

static uint32_t visit(Inl *in, Rec *r)
{
	if (r->id > 0)
		return r->id;
	uint32_t id = ++in->visitgen;
	r->id = id;
	uint32_t min = ++in->visitgen;
	FE_PUSH(in->a, in->stack, in->len, in->cap, r);
	collect_refs(in, r);
	for (int i = 0; i < r->nrefs; i++) {
		uint32_t m = visit(in, bs_map_get(in->recs, r->refs[i]));
		if (m < min)
			min = m;
	}
	if ((min == id || min == id + 1) && !r->fn->outer) {
		int i;
		for (i = in->len - 1; i >= 0; i--) {
			in->stack[i]->id = DONE;
			if (in->stack[i] == r)
				break;
		}
		int n = in->len - i;
		in->len = i;
		analyze_component(in, in->stack + i, n, min == id);
	}
	return min;
}

/* CanInline of a func literal a call is found to call (calls.c). */
static void decide_lit(void *ctx, IrFunc *fn)
{
	/* a copy's variables are new: their values, for static_value */
	note_inits(fn->decl->func_.body, ctx);
	can_inline(ctx, fn);
}

static void analyze(Comp *comp, IrProgram *prog, bool report, bool inline_calls)
{
	Inl in = { .comp = comp, .m = report ? comp->m : 0, .a = comp->a, .recs = bs_map_new(comp->a), .inits = bs_map_new(comp->a) };
	if (inline_calls) {
		in.calls = inl_calls_new(comp);
		inl_calls_closures(in.calls, prog, decide_lit, &in);
	}
	note_inits(prog->file, &in);
	for (int i = 0; i < prog->nfuncs; i++) {
		IrFunc *f = prog->funcs[i];
		if (!f->decl || f == prog->init)
			continue;
		Rec *r = fe_alloc(comp->a, sizeof *r);
		r->fn = f;
		bs_map_put(in.recs, f, r);
	}
	for (int i = 0; i < prog->nfuncs; i++) {
		IrFunc *f = prog->funcs[i];
		Rec *r = bs_map_get(in.recs, f);
		if (r && !f->outer)
			visit(&in, r);
	}
	if (in.calls)
		inl_calls_run_init(in.calls, prog->init);
}

void inl_analyze(Comp *comp, IrProgram *prog, bool report)
{
	analyze(comp, prog, report, false);
}

void inl_analyze_inline(Comp *comp, IrProgram *prog, bool report)
{
	analyze(comp, prog, report, true);
}
