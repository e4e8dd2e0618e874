/*
 * calls.c - inlining calls (-d=inline): gc's InlineCalls, mkinlcall and
 * oldInline.
 *
 * inl_analyze visits the functions bottom-up; right after deciding a
 * function (CanInline) it keeps a pristine copy of its body when it is
 * inlinable (gc's fn.Inl) and inlines the calls in it.  A call is
 * inlined when gc's inlnode would: its callee statically known
 * (inlCallee), inlinable, no dearer than the caller's limit (80, or 20
 * in a big function: isBigFunc), neither the function being compiled
 * nor one being inlined already at this point (inlMap).  The walk is
 * post-order, arguments before their call, and an inlined body is
 * walked again at once for the calls it makes (mid-stack inlining), as
 * mkinlcall's EditChildren does; "inlining call to F" is printed as
 * each call is replaced.
 *
 * The N_INLCALL (frontend.h) is oldInline's OINLCALL: the callee's
 * pristine body copied with ir_clone into the caller, its parameters and
 * locals new variables of the caller (added to its Dcl list in gc's
 * order: parameters, locals, then the results), declared and assigned
 * from the arguments in one `:=`; unnamed results are named ~R0, ~R1 as
 * retvar does; each return assigns the results and jumps to the label
 * that ends the body.  Every copied node is placed at the call: gc's -m
 * prints positions inside inlined bodies at the outermost call.
 *
 * Other packages' functions and methods are inlined too: the packages
 * a program imports were compiled earlier in this process (from source
 * or export data, which keeps the inlinable bodies) and never inlined
 * into, so their declarations are the pristine bodies; the copy's nodes
 * carry their package (inl_imported) for escape to print them as gc
 * prints an imported body.  gc's intrinsics (math/bits, math, atomics)
 * stay calls.  A variadic call without `...` passes the implicit slice
 * of its extra arguments (INL_DOTS, "... argument") or nil.  A callee
 * with several results is inlined where its values are dropped (a call
 * statement) or go to variables (`a, b := f()`); one returning once,
 * with unnamed results, declares them at that return (gc's
 * CanDelayResults: devirtualization follows them).  The copy loses what
 * gc's deadcode removed before keeping the body, and calls in the dead
 * arm of an `if CONST` are not inlined.
 *
 * Not inlined yet, though gc would: calls of func literals, method
 * expressions T.M(x), promoted methods, calls in package-level
 * initialisers, other calls of callees with several results, and calls
 * irgen rewrote through temporaries (f(g()) with g's several results).
 */
#include <string.h>

#include "inline/inline.h"

enum {
	MAX_COST = 80,           /* inlineMaxBudget */
	BIG_MAX_COST = 20,       /* inlineBigFunctionMaxCost */
	BIG_NODES = 5000,        /* inlineBigFunctionNodes */
};

struct InlCalls {
	Comp *comp;
	Arena *a;
	int inlgen;        /* numbers the labels of the copies (gc's inlgen) */
	int tok_define, tok_goto;
	/* the function being compiled (gc's ir.CurFunc) and its limit */
	IrFunc *cur;
	int maxcost;
	Node **active;     /* gc's inlMap: callees being inlined here */
	int nactive, capactive;
};

/* A parser token by its spelling (the token codes are the parser's). */
static int token_of(const char *s)
{
	for (int t = 256; t < 1024; t++) {
		const char *n = fe_token_name(t);
		if (n && strcmp(n, s) == 0)
			return t;
	}
	fe_ice((Pos){ 0 }, "inline: no token %s", s);
}

InlCalls *inl_calls_new(Comp *comp)
{
	InlCalls *c = fe_alloc(comp->a, sizeof *c);
	c->comp = comp;
	c->a = comp->a;
	c->tok_define = token_of(":=");
	c->tok_goto = token_of("goto");
	return c;
}

void inl_calls_save(InlCalls *c, IrFunc *fn)
{
	Node *d = fn->decl;
	if (d->kind != N_FUNCDECL || d->func_.inlstate != 1 || !d->func_.body)
		return;
	if (!d->func_.inlbody)
		d->func_.inlbody = ir_clone(c->a, d, NULL, 0, NULL);
}

/* ---- what may be inlined ---- */

typedef struct Scan {
	bool bad;
} Scan;

/* Bodies this inliner does not copy yet: closures, returns through
 * temporaries. */
static void scan_body(Node *n, void *ctx)
{
	Scan *s = ctx;
	if (n->kind == N_FUNCLIT)
		s->bad = true;
	if (!s->bad)
		fe_each_child(n, scan_body, ctx);
}

static int count_nodes(Node *n, int limit);

typedef struct Count {
	int n, limit;
} Count;

static void count_kid(Node *n, void *ctx)
{
	Count *c = ctx;
	if (c->n >= c->limit)
		return;
	c->n++;
	fe_each_child(n, count_kid, c);
}

/* Nodes in n, up to limit (gc's isBigFunc counts the function's). */
static int count_nodes(Node *n, int limit)
{
	Count c = { 0, limit };
	if (n)
		count_kid(n, &c);
	return c.n;
}

static Type *under(Type *t)
{
	return t ? fe_under(t) : NULL;
}

/* The callee's body as decided (gc's fn.Inl), kept by inl_calls_save
 * before calls were inlined into it -- in this package or in another one
 * compiled earlier in this process, from source or from export data --
 * or NULL.  A bundled package's functions are the C runtime's. */
static Node *pristine_of(InlCalls *c, Node *d)
{
	(void)c;
	Object *o = d->func_.name ? d->func_.name->obj : NULL;
	if (d->func_.inlstate != 1 || !d->func_.body || d->func_.stripped || (o && o->pkg && o->pkg->native))
		return NULL;
	/* no copy: its package was not inlined into (-l), the body is as decided */
	return d->func_.inlbody ? d->func_.inlbody : d;
}

/* Another package's function (its nodes are printed as gc prints an
 * imported body). */
static bool foreign(Node *d)
{
	Object *o = d->func_.name ? d->func_.name->obj : NULL;
	return o && o->pkg;
}

/* The calls gc's SSA back end makes instructions on amd64 (ssagen's
 * intrinsics, the ones with Go bodies): never inlined. */
static bool intrinsic(Node *d)
{
	static const char *const bits[] = {
		"Add", "Add64", "Sub", "Sub64", "Mul", "Mul64", "Div", "Div64",
		"Len", "Len8", "Len16", "Len32", "Len64",
		"OnesCount", "OnesCount16", "OnesCount32", "OnesCount64",
		"TrailingZeros8", "TrailingZeros16", "TrailingZeros32", "TrailingZeros64",
		"ReverseBytes32", "ReverseBytes64",
		"RotateLeft", "RotateLeft8", "RotateLeft16", "RotateLeft32", "RotateLeft64", NULL,
	};
	static const char *const math[] = { "Floor", "Ceil", "Trunc", "RoundToEven", "Sqrt", "FMA", NULL };
	static const char *const runtime[] = { "KeepAlive", "getcallerpc", "getcallersp", "getclosureptr", NULL };
	Object *o = d->func_.name ? d->func_.name->obj : NULL;
	if (!o || !o->pkg || !o->pkg->path || d->func_.recv)
		return false;
	const char *const *names = strcmp(o->pkg->path, "math/bits") == 0 ? bits
	                         : strcmp(o->pkg->path, "math") == 0    ? math
	                         : strcmp(o->pkg->path, "runtime") == 0 ? runtime
	                                                                 : NULL;
	if (!names)
		return strcmp(o->pkg->path, "sync/atomic") == 0 || strcmp(o->pkg->path, "runtime/internal/atomic") == 0;
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], o->name) == 0)
			return true;
	return false;
}

/* gc's inlCallee for what minigo inlines: the N_FUNCDECL a call calls,
 * with the receiver's node for a method call (*recv), or NULL; multi:
 * the call's values are dropped or go to variables, so it may have
 * several. */
static Node *callee_of(InlCalls *c, Node *call, Node **recv, bool multi)
{
	*recv = NULL;
	if (call->kind != N_CALL || (call->rw && (call->rw->inner || call->sub != CALL_METHOD)))
		return NULL;
	Node *fun = fe_unparen(call->call.fun);
	Node *d = NULL;
	if (call->sub == CALL_FUNC && fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_FUNC &&
	    !(fun->obj->flags & OF_METHOD)) {   /* of this package, or of the package a copied body is from */
		d = fun->obj->decl;
	} else if (call->sub == CALL_FUNC && fun->kind == N_SELECTOR && fun->sub == SEL_PKG && fun->obj &&
	           fun->obj->kind == OBJ_FUNC && fun->obj->pkg && !(fun->obj->flags & OF_METHOD)) {
		d = fun->obj->decl;
	} else if (call->sub == CALL_METHOD && fun->kind == N_SELECTOR && fun->sub == SEL_METHOD && fun->npath == 0 &&
	           fun->obj) {
		d = fun->obj->decl;
		*recv = fun->selector.x;
	}
	if (!d || d->kind != N_FUNCDECL || !d->irfn || !pristine_of(c, d) || intrinsic(d))
		return NULL;
	Type *sig = d->func_.name && d->func_.name->obj ? under(d->func_.name->obj->type) : NULL;
	if (!sig || (sig->nresults > 1 && !multi))
		return NULL;
	Scan s = { false };
	scan_body(d->func_.body, &s);
	return s.bad ? NULL : d;
}

/* ---- the copy ---- */

typedef struct Place {
	Pos pos;
	Node *fn;      /* the caller's declaration */
	Node *copy;    /* the callee's copy, whose variables become the caller's */
	Package *pkg;  /* the callee's package when not this one (inl_imported) */
} Place;

/* Every node of the copy at the call; its variables the caller's. */
static void place(Node *n, void *ctx)
{
	Place *p = ctx;
	n->pos = p->pos;
	if (p->pkg && (n->kind == N_IDENT || n->kind == N_BASICLIT || n->kind == N_CONVIFACE ||
	               (n->val && n->kind != N_SELECTOR && n->kind != N_PAREN)))
		n->aux = p->pkg;
	Object *o = n->obj;
	if (o && o->kind == OBJ_VAR && o->fn == p->copy) {
		o->fn = p->fn;
		o->pos = p->pos;
		o->flags &= ~(unsigned)(OF_PARAM | OF_RESULT);
	}
	if (n->kind == N_BLOCK)
		n->block.rbrace = p->pos;
	fe_each_child(n, place, ctx);
}

typedef struct Relabel {
	InlCalls *c;
	NodeList *results;  /* the result variables, uses */
	NodeList *decls;    /*   and their declaring identifiers */
	Node *ret;          /* the label ending the body */
	bool named;         /* results named in the callee: bare returns */
	bool delay;         /* gc's CanDelayResults: declared at the one return */
} Relabel;

/* gc's canDelayResults: one return, with values, and unnamed results. */
typedef struct Returns {
	int n;
} Returns;

static void count_returns(Node *n, void *ctx)
{
	Returns *r = ctx;
	if (n->kind == N_RETURN)
		r->n += n->ret.results.len ? 1 : 2;
	if (n->kind != N_FUNCLIT)
		fe_each_child(n, count_returns, ctx);
}

static const char *label_name(InlCalls *c, const char *name)
{
	return fe_sprintf(c->a, "%s\xc2\xb7%d", name, c->inlgen);
}

static Node *ident_use(Arena *a, Node *decl, Pos pos)
{
	Node *u = fe_node(a, N_IDENT, pos);
	u->ident.name = decl->ident.name;
	u->obj = decl->obj;
	u->type = decl->type ? decl->type : decl->obj->type;
	u->mode = MODE_VAR;
	return u;
}

/* Returns become `results = values; goto .iN`; labels get the copy's names. */
static void relabel(Node **slot, void *ctx)
{
	Relabel *r = ctx;
	Node *n = *slot;
	Arena *a = r->c->a;
	if (n->kind == N_LABELED)
		n->labeled.label->ident.name = label_name(r->c, n->labeled.label->ident.name);
	if (n->kind == N_BRANCH && n->branch.label)
		n->branch.label->ident.name = label_name(r->c, n->branch.label->ident.name);
	if (n->kind == N_RETURN) {
		Node *b = fe_node(a, N_BLOCK, n->pos);
		b->block.rbrace = n->pos;
		if (n->ret.results.len) {
			/* return f(): through the same temporaries (IrRewrite) */
			Node *as = fe_node(a, N_ASSIGN, n->pos);
			as->assign.op = r->delay ? r->c->tok_define : '=';
			as->rw = n->rw;
			for (int i = 0; i < r->results->len; i++)
				fe_list_push(a, &as->assign.lhs,
				             r->delay ? r->decls->v[i] : ident_use(a, r->results->v[i], n->pos));
			as->assign.rhs = n->ret.results;
			fe_list_push(a, &b->block.stmts, as);
		}
		Node *g = fe_node(a, N_BRANCH, n->pos);
		g->branch.tok = r->c->tok_goto;
		g->branch.label = fe_node(a, N_IDENT, n->pos);
		g->branch.label->ident.name = r->ret->labeled.label->ident.name;
		fe_list_push(a, &b->block.stmts, g);
		*slot = b;
		return;
	}
	if (n->kind != N_FUNCLIT)
		fe_each_slot(n, relabel, ctx);
}

static void add_dcl(InlCalls *c, Node *ident)
{
	IrFunc *f = c->cur;
	FE_PUSH(c->a, f->dcl, f->ndcl, f->capdcl, (IrDcl){ .n = ident });
	f->dcllen++;
}

static Node *blank(Arena *a, Type *t, Pos pos)
{
	Node *b = fe_node(a, N_IDENT, pos);
	b->ident.name = "_";
	b->type = t;
	b->mode = MODE_VAR;
	return b;
}

/* The receiver argument: x, &x or *x as the method's receiver wants it. */
static Node *receiver_arg(Arena *a, Node *x, Type *rt, Pos pos)
{
	bool wantptr = under(rt)->kind == TY_PTR && !(under(x->type)->kind == TY_PTR);
	bool wantval = under(rt)->kind != TY_PTR && under(x->type)->kind == TY_PTR;
	if (wantptr) {
		Node *u = fe_node(a, N_UNARY, pos);
		u->unary.op = '&';
		u->unary.x = x;
		u->type = rt;
		u->mode = MODE_VALUE;
		return u;
	}
	if (wantval) {
		Node *s = fe_node(a, N_STAR, pos);
		s->unary.x = x;
		s->type = rt;
		s->mode = MODE_VAR;
		return s;
	}
	return x;
}

/* The variadic parameter's value for a call without `...`: the implicit
 * slice of the arguments from first on (mkinlcall's OSLICELIT, marked
 * INL_DOTS for escape to name it "... argument"), or nil for none. */
static Node *dots_slice(Arena *a, Node *call, int first, Type *st)
{
	NodeList *args = &call->call.args;
	if (first >= args->len) {
		Node *nil = fe_node(a, N_IDENT, call->pos);
		nil->ident.name = "nil";
		nil->obj = fe_scope_lookup(fe_universe(a), "nil");
		nil->type = st;
		nil->mode = MODE_VALUE;
		return nil;
	}
	Node *lit = fe_node(a, N_COMPOSITE, call->pos);
	lit->composite.rbrace = call->pos;
	lit->type = st;
	lit->mode = MODE_VALUE;
	lit->sub = INL_DOTS;
	for (int i = first; i < args->len; i++)
		fe_list_push(a, &lit->composite.elts, args->v[i]);
	return lit;
}

/* ---- deadcode's cut, on the copy ---- */

static void cut_dead(Node *n, void *ctx);

/* The statements after an `if CONST` whose taken arm exits (and no label
 * follows): gc's deadcode removed them before keeping the body. */
static void cut_list(NodeList *l)
{
	int lastlabel = -1;
	for (int i = 0; i < l->len; i++)
		if (l->v[i]->kind == N_LABELED)
			lastlabel = i;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->v[i];
		cut_dead(s, NULL);
		if (s->kind == N_IF && i > lastlabel) {
			int live = fe_const_cond(s->if_.cond);
			if (live >= 0 && ir_ends_in_exit(live ? s->if_.then : s->if_.els)) {
				l->len = i + 1;
				return;
			}
		}
	}
}

static void cut_dead(Node *n, void *ctx)
{
	(void)ctx;
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_BLOCK) {
		cut_list(&n->block.stmts);
		return;
	}
	if (n->kind == N_CASECLAUSE) {
		cut_list(&n->caseclause.body);
		return;
	}
	fe_each_child(n, cut_dead, NULL);
}

/* oldInline: the N_INLCALL that replaces call. */
static Node *old_inline(InlCalls *c, Node *call, Node *callee, Node *recv)
{
	Arena *a = c->a;
	Pos pos = call->pos;
	Node *caller = c->cur->decl;
	Node *copy = ir_clone(a, pristine_of(c, callee), NULL, 0, caller);
	Place pl = { pos, caller, copy, foreign(callee) ? callee->func_.name->obj->pkg : NULL };
	place(copy, &pl);
	cut_dead(copy->func_.body, NULL);
	c->inlgen++;

	Node *res = fe_node(a, N_INLCALL, pos);
	res->type = call->type;
	res->mode = call->mode;
	res->inlcall.call = call;
	res->inlcall.callee = callee;
	Node *init = fe_node(a, N_BLOCK, pos);
	init->block.rbrace = pos;
	res->inlcall.init = init;

	/* recv, params := x, args (gc's inlvars, in the callee's Dcl order) */
	Node *as = fe_node(a, N_ASSIGN, pos);
	as->assign.op = c->tok_define;
	Node *fields[2] = { copy->func_.recv, NULL };
	Node *ftype = copy->func_.type;
	Type *sig = under(callee->func_.name->obj->type);
	if (fields[0] && call->rw && call->rw->tmp) {
		/* typecheck's tmp = receiver first (RewriteNonNameCall): a
		 * temporary of the function, not declared here (no ODCL: its
		 * loop depth is the function's); codegen declares it */
		Node *tas = fe_node(a, N_ASSIGN, pos);
		tas->assign.op = '=';
		fe_list_push(a, &tas->assign.lhs, ident_use(a, call->rw->tmp, pos));
		fe_list_push(a, &tas->assign.rhs, recv);
		fe_list_push(a, &init->block.stmts, tas);
		recv = ident_use(a, call->rw->tmp, pos);
	}
	if (fields[0]) {
		Node *id = fields[0]->field.names.len ? fields[0]->field.names.v[0] : NULL;
		Type *rt = sig->recv ? sig->recv->type : NULL;
		if (id && !fe_is_blank(id)) {
			fe_list_push(a, &as->assign.lhs, id);
			add_dcl(c, id);
		} else {
			fe_list_push(a, &as->assign.lhs, blank(a, rt, pos));
		}
		fe_list_push(a, &as->assign.rhs, receiver_arg(a, recv, rt, pos));
	}
	int argi = 0;
	for (int i = 0; i < ftype->functype.params.len; i++) {
		Node *f = ftype->functype.params.v[i];
		int nn = f->field.names.len ? f->field.names.len : 1;
		for (int j = 0; j < nn; j++, argi++) {
			Node *id = f->field.names.len ? f->field.names.v[j] : NULL;
			if (id && !fe_is_blank(id)) {
				fe_list_push(a, &as->assign.lhs, id);
				add_dcl(c, id);
			} else {
				fe_list_push(a, &as->assign.lhs, blank(a, sig->params[argi], pos));
			}
			if (sig->variadic && !call->call.dots && argi == sig->nparams - 1)
				fe_list_push(a, &as->assign.rhs, dots_slice(a, call, argi, sig->params[argi]));
			else
				fe_list_push(a, &as->assign.rhs, call->call.args.v[argi]);
		}
	}
	/* the callee's locals, then its results */
	for (int i = 0; copy->irfn && i < copy->irfn->ndcl; i++) {
		Node *n = copy->irfn->dcl[i].n;
		FE_PUSH(a, c->cur->dcl, c->cur->ndcl, c->cur->capdcl, copy->irfn->dcl[i]);
		c->cur->dcllen++;
		(void)n;
	}
	if (as->assign.lhs.len)
		fe_list_push(a, &init->block.stmts, as);

	int ri = 0;
	bool named = false;
	NodeList decls = { 0 };
	Returns nret = { 0 };
	for (int i = 0; i < copy->func_.body->block.stmts.len; i++)
		count_returns(copy->func_.body->block.stmts.v[i], &nret);
	bool delay = nret.n == 1;
	for (int i = 0; i < ftype->functype.results.len; i++) {
		Node *f = ftype->functype.results.v[i];
		int nn = f->field.names.len ? f->field.names.len : 1;
		for (int j = 0; j < nn; j++, ri++) {
			Node *id = f->field.names.len ? f->field.names.v[j] : NULL;
			if (!id || fe_is_blank(id)) {
				Type *t = sig->results[ri];
				Object *o = fe_object_new(a, OBJ_VAR, fe_sprintf(a, "~R%d", ri), pos, t);
				o->fn = caller;
				id = fe_node(a, N_IDENT, pos);
				id->ident.name = o->name;
				id->obj = o;
				id->type = t;
				id->mode = MODE_VAR;
				o->decl = id;
			} else {
				named = true;
			}
			add_dcl(c, id);
			fe_list_push(a, &decls, id);
			fe_list_push(a, &res->inlcall.results, ident_use(a, id, pos));
		}
	}
	delay = delay && !named;
	/* `var ~R0 T` first, unless declared at the one return (`~R0 := x`) */
	for (int i = 0; !delay && i < decls.len; i++) {
		Node *spec = fe_node(a, N_VARSPEC, pos);
		fe_list_push(a, &spec->spec.names, decls.v[i]);
		Node *ds = fe_node(a, N_DECLSTMT, pos);
		fe_list_push(a, &ds->decl.specs, spec);
		fe_list_push(a, &init->block.stmts, ds);
	}

	/* the body, its returns made jumps to .iN at its end */
	Node *body = copy->func_.body;
	Node *end = fe_node(a, N_LABELED, pos);
	end->labeled.label = fe_node(a, N_IDENT, pos);
	end->labeled.label->ident.name = fe_sprintf(a, ".i%d", c->inlgen - 1);
	end->labeled.stmt = fe_node(a, N_EMPTYSTMT, pos);
	Relabel r = { c, &res->inlcall.results, &decls, end, named, delay };
	for (int i = 0; i < body->block.stmts.len; i++)
		relabel(&body->block.stmts.v[i], &r);
	fe_list_push(a, &body->block.stmts, end);
	res->inlcall.body = body;
	return res;
}

/* ---- the walk (inlnode) ---- */

static void edit(Node **slot, void *ctx);

static bool active(InlCalls *c, Node *callee)
{
	for (int i = 0; i < c->nactive; i++)
		if (c->active[i] == callee)
			return true;
	return false;
}

/* mkinlcall: call replaced by its inlined body, or left as it is. */
static Node *mkinlcall(InlCalls *c, Node *call, bool multi)
{
	Node *recv;
	Node *callee = callee_of(c, call, &recv, multi);
	if (!callee || callee->func_.inlcost > c->maxcost || callee == c->cur->decl || active(c, callee))
		return call;
	if (c->comp->m) {
		Object *o = callee->func_.name->obj;
		const char *pkg = foreign(callee) && o->pkg->name ? fe_sprintf(c->a, "%s.", o->pkg->name) : "";
		fe_note(c->comp->diag, call->pos, "inlining call to %s%s", pkg, callee->irfn->name);
	}
	Node *res = old_inline(c, call, callee, recv);
	FE_PUSH(c->a, c->active, c->nactive, c->capactive, callee);
	Node **stmts = res->inlcall.body->block.stmts.v;
	for (int i = 0; i < res->inlcall.body->block.stmts.len; i++)
		edit(&stmts[i], c);
	c->nactive--;
	return res;
}

/* Are the targets of an assignment variables (the inlined body runs
 * before anything on the left is evaluated)? */
static bool names_only(NodeList *lhs)
{
	for (int i = 0; i < lhs->len; i++)
		if (fe_unparen(lhs->v[i])->kind != N_IDENT)
			return false;
	return true;
}

/* The children of a go or defer statement's call, not the call itself. */
static void edit_kids(Node **slot, void *ctx)
{
	fe_each_slot(*slot, edit, ctx);
}

static void edit(Node **slot, void *ctx)
{
	InlCalls *c = ctx;
	Node *n = *slot;
	if (!n || n->kind == N_FUNCLIT || n->kind == N_INLCALL)
		return;
	if (n->kind == N_DEFER || n->kind == N_GOSTMT) {
		Node *x = fe_unparen(n->unary.x);
		if (x->kind == N_CALL) {
			fe_each_slot(x, edit, c);
			return;
		}
		fe_each_slot(n, edit_kids, c);
		return;
	}
	if (n->kind == N_EXPRSTMT && n->unary.x && n->unary.x->kind == N_CALL) {
		/* a call whose values are dropped: it may have several */
		Node *x = n->unary.x;
		fe_each_slot(x, edit, c);
		if (x->sub != CALL_BUILTIN && x->sub != CALL_CONV)
			n->unary.x = mkinlcall(c, x, true);
		return;
	}
	if (n->kind == N_ASSIGN && n->assign.lhs.len > 1 && n->assign.rhs.len == 1 && !n->rw &&
	    n->assign.rhs.v[0]->kind == N_CALL && names_only(&n->assign.lhs)) {
		/* a, b := f(): the results into the variables (gc's OAS2FUNC
		 * of an OINLCALL) */
		Node *x = n->assign.rhs.v[0];
		fe_each_slot(x, edit, c);
		if (x->sub != CALL_BUILTIN && x->sub != CALL_CONV)
			n->assign.rhs.v[0] = mkinlcall(c, x, true);
		return;
	}
	if (n->kind == N_IF) {
		/* deadcode has removed the dead arm of `if CONST` */
		int live = fe_const_cond(n->if_.cond);
		edit(&n->if_.init, c);
		if (live < 0)   /* a folded condition (false && f(x)) calls nothing */
			edit(&n->if_.cond, c);
		if (live != 0)
			edit(&n->if_.then, c);
		if (live != 1)
			edit(&n->if_.els, c);
		return;
	}
	fe_each_slot(n, edit, c);
	if (n->kind == N_CALL && n->sub != CALL_BUILTIN && n->sub != CALL_CONV)
		*slot = mkinlcall(c, n, false);
}

void inl_calls_run(InlCalls *c, IrFunc *fn)
{
	Node *d = fn->decl;
	if (!d || !d->func_.body)
		return;
	c->cur = fn;
	c->maxcost = count_nodes(d, BIG_NODES) >= BIG_NODES ? BIG_MAX_COST : MAX_COST;
	c->nactive = 0;
	NodeList *l = &d->func_.body->block.stmts;
	for (int i = 0; i < l->len; i++)
		edit(&l->v[i], c);
	c->cur = NULL;
}
