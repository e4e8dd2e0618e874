/*
 * calls.c - inlining calls (unless -l): gc's InlineCalls, mkinlcall and
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
 * or export data, which keeps the inlinable bodies), their pristine
 * bodies kept on their declarations (func_.inlbody); the copy's nodes
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
 * The callee of a call of a value is found as gc's ir.StaticValue finds
 * it (static_func): through parentheses, func-to-func conversions, an
 * inlined call's one result, and the variables of the function being
 * compiled declared with a value and never assigned again nor
 * address-taken -- its own locals and the parameters and delayed
 * results of the bodies inlined into it, not their other locals (gc
 * gives those no Defn; escape is told so too: their IrDcl.init is
 * dropped).  The callee may then be a function, a method expression
 * T.M whose T is M's receiver type (the first argument the receiver),
 * or a func literal.  A literal is decided (CanInline, through
 * inline.c's callback) when a call to it is first met, which puts its
 * "can inline" line among the caller's "inlining call" lines as gc's
 * lazy inlCallee does; its pristine body is kept then, before its own
 * calls are inlined (components list a function before its closures).
 *
 * The func literals of a copied body become closures of the caller
 * (adopt_lits): new IrFuncs in the program's list after the caller's
 * others, named with the caller's next number in post-order (the ones
 * inside a literal first: main.func9, then main.func10), init.funcN in
 * the package initialiser, undecided until a call to them is met.  The
 * literal itself is placed at the call, but what is inside it keeps its
 * own positions (gc's noPosUpdate), and its "can inline" line is at the
 * original literal's position (inl_calls_own_pos).
 *
 * Calls irgen rewrote through temporaries are inlined too: f()(x) and
 * recv().M() with f() or recv() inlined into the callee's temporary;
 * f(g()), return g(), a, b = g() and copy(g()) with g's several results,
 * where the rewrite's inner call becomes the N_INLCALL (codegen's
 * cg_rewrite_values and escape's esc_rewrite_init take either), a
 * return or builtin call without a rewrite getting one (inline_return);
 * then f itself, its arguments the temporaries.  A promoted method's
 * receiver is the embedded field, one selector along the path.  The
 * package initialiser's calls are inlined last (inl_calls_run_init), its
 * variables owned by a marker node (codegen takes a variable of no
 * function for a global).
 *
 * Not inlined yet, though gc would: the runtime's functions (the C
 * runtime has no Go bodies), and f()(x) or recv().M() when f(g()) also
 * needs the rewrite.
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
	/* func literals (inl_calls_closures) */
	IrProgram *prog;
	void (*decide)(void *, IrFunc *);  /* CanInline of a literal, lazily */
	void *decidectx;
	BsMap *values;     /* a local's Object -> the value it is declared with */
	BsMap *litpos;     /* a copied N_FUNCLIT -> the literal's own position */
	BsMap *nodefn;     /* the locals of inlined bodies (gc gives them no Defn) */
	int ninit;         /* closures copied into the package initialiser (init.funcN) */
	Node *initmark;    /* owns the variables inlined into the package initialiser */
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

/* Bodies this inliner does not copy yet: a func literal without its
 * IR. */
static void scan_body(Node *n, void *ctx)
{
	Scan *s = ctx;
	if (n->kind == N_FUNCLIT && (!n->irfn || !n->func_.body))
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

/* ---- func literals ---- */

/* A function's signature: a declaration's, or a literal's type. */
static Type *sig_of(Node *d)
{
	if (d->kind == N_FUNCLIT)
		return under(d->type);
	return d->func_.name && d->func_.name->obj ? under(d->func_.name->obj->type) : NULL;
}

void inl_calls_closures(InlCalls *c, IrProgram *prog, void (*decide)(void *, IrFunc *), void *ctx)
{
	c->prog = prog;
	c->decide = decide;
	c->decidectx = ctx;
	c->values = bs_map_new(c->a);
	c->litpos = bs_map_new(c->a);
	c->nodefn = bs_map_new(c->a);
}

Pos inl_calls_own_pos(InlCalls *c, Node *d)
{
	Pos *own = c->litpos && d->kind == N_FUNCLIT ? bs_map_get(c->litpos, d) : NULL;
	return own ? *own : d->pos;
}

/* The values the declaring identifiers of lhs get (gc's Name.Defn and
 * its right side), when each has its own; an inlined body's locals only
 * when they are its parameters (params). */
static void note_values(InlCalls *c, NodeList *lhs, NodeList *rhs, bool params)
{
	if (!c->values || lhs->len != rhs->len)
		return;
	for (int i = 0; i < lhs->len; i++) {
		Node *x = fe_unparen(lhs->v[i]);
		if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && x->obj->decl == x &&
		    (params || !bs_map_get(c->nodefn, x->obj)))
			bs_map_put(c->values, x->obj, rhs->v[i]);
	}
}

/* gc's ir.StaticValue, for a called value: through parentheses, through
 * an inlined call to its one result, and through a variable of the
 * function being compiled that was declared with a value and is never
 * assigned again nor has its address taken (gc's reassigned).  A
 * captured variable belongs to another function and stops the search;
 * so does a local of an inlined body (gc gives those no Defn): only the
 * parameters and the results declared at the return are followed. */
static Node *static_func(InlCalls *c, Node *n)
{
	for (int guard = 0; n && guard < 100; guard++) {
		n = fe_unparen(n);
		if (n->kind == N_INLCALL && n->inlcall.results.len == 1) {
			n = n->inlcall.results.v[0];
			continue;
		}
		if (n->kind == N_CALL && n->sub == CALL_CONV && n->call.args.len == 1 && n->type &&
		    under(n->type)->kind == TY_FUNC) {   /* Op(f): gc's OCONVNOP */
			n = n->call.args.v[0];
			continue;
		}
		Object *o = n->kind == N_IDENT ? n->obj : NULL;
		if (!o || o->kind != OBJ_VAR || !c->values || o->fn != (c->cur->decl ? c->cur->decl : c->initmark) ||
		    (o->flags & (OF_PARAM | OF_RESULT | OF_ASSIGNED | OF_ADDRTAKEN | OF_GLOBAL)))
			return n;
		Node *v = bs_map_get(c->values, o);
		if (!v)
			return n;
		n = v;
	}
	return n;
}

/* The func literal a call calls, decided and inlinable, or NULL.  gc
 * decides a literal (CanInline) when it meets a call to it, if pricing
 * a caller has not already; a copied literal's line is at its own
 * position, not the call's. */
static Node *lit_callee(InlCalls *c, Node *lit)
{
	if (!lit || lit->kind != N_FUNCLIT || !lit->irfn || !lit->func_.body || !c->decide)
		return NULL;
	if (!lit->func_.inlstate)
		c->decide(c->decidectx, lit->irfn);
	if (lit->func_.inlstate != 1)
		return NULL;
	if (!lit->func_.inlbody)   /* its own calls are inlined after its callers' */
		lit->func_.inlbody = ir_clone(c->a, lit, NULL, 0, NULL);
	return lit;
}

/* gc's inlCallee of a called value, through static_func: a function of
 * this package or another, a func literal, or a method expression T.M
 * whose T is M's receiver type (*mexpr: the first argument is the
 * receiver). */
static Node *value_callee(InlCalls *c, Node *fun, bool *mexpr)
{
	Node *v = c->values ? static_func(c, fun) : fe_unparen(fun);
	Object *o = v ? v->obj : NULL;
	*mexpr = false;
	if (v && v->kind == N_FUNCLIT)
		return lit_callee(c, v);
	if (!o || o->kind != OBJ_FUNC)
		return NULL;
	if (v->kind == N_IDENT && !(o->flags & OF_METHOD))   /* of this package, or of a copied body's */
		return o->decl;
	if (v->kind == N_SELECTOR && v->sub == SEL_PKG && o->pkg && !(o->flags & OF_METHOD))
		return o->decl;
	if (v->kind == N_SELECTOR && v->sub == SEL_METHODEXPR && c->values) {
		Type *rt = o->type && o->type->recv ? o->type->recv->type : NULL;
		if (rt && v->selector.x->type && fe_identical(rt, v->selector.x->type)) {
			*mexpr = true;
			return o->decl;
		}
	}
	return NULL;
}

/* The outermost function a closure is in. */
static IrFunc *top_func(IrFunc *f)
{
	while (f->outer)
		f = f->outer;
	return f;
}

/* The literals of a copied body become the caller's closures, each
 * named with the caller's next func literal number as gc names the
 * closures its inliner makes -- the ones inside a literal before it,
 * all as the caller's own (main.func9, main.func10), and init.funcN in
 * the package initialiser -- undecided (gc decides a copy when a call
 * to it is met), and listed among the program's functions after the
 * caller's own closures, for escape and codegen. */
typedef struct Adopt {
	InlCalls *c;
	IrFunc *encl;      /* the literal copy n is in, or NULL */
} Adopt;

static void adopt_lits(Node *n, void *ctx)
{
	Adopt *ad = ctx;
	InlCalls *c = ad->c;
	if (n->kind != N_FUNCLIT) {
		fe_each_child(n, adopt_lits, ctx);
		return;
	}
	IrFunc *f = n->irfn, *cur = c->cur;
	IrProgram *p = c->prog;
	f->nclosures = 0;
	n->func_.inlstate = 0;
	n->func_.inlcost = 0;
	n->func_.inlreason = NULL;
	n->func_.inlbody = NULL;
	/* listed before the literals in it (escape finds a closure's outer
	 * function listed first), named after them */
	if (!cur->decl) {   /* the package initialiser's: a top-level function of codegen's */
		f->outer = ad->encl;
		FE_PUSH(c->a, p->funcs, p->nfuncs, p->capfuncs, f);
	} else {
		f->outer = ad->encl ? ad->encl : cur;
		IrFunc *top = top_func(cur);
		int at = 0;
		while (at < p->nfuncs && p->funcs[at] != top)
			at++;
		if (at < p->nfuncs)
			at++;
		while (at < p->nfuncs && p->funcs[at]->outer)
			at++;
		FE_PUSH(c->a, p->funcs, p->nfuncs, p->capfuncs, f);
		memmove(p->funcs + at + 1, p->funcs + at, (size_t)(p->nfuncs - 1 - at) * sizeof *p->funcs);
		p->funcs[at] = f;
	}
	Adopt in = { c, f };
	fe_each_child(n, adopt_lits, &in);
	if (!cur->decl)
		f->name = fe_sprintf(c->a, "init.func%d", ++c->ninit);
	else
		f->name = fe_sprintf(c->a, cur->outer || cur->decl->kind == N_FUNCLIT ? "%s.%d" : "%s.func%d",
		                     cur->name, ++cur->nclosures);
}

/* x.M() with M promoted from an embedded field: the receiver is that
 * field, x.E or x.E1.E2 (gc's implicit selection: one selector along the
 * embedded path, as a promoted field is), or NULL. */
static Node *promoted_receiver(Arena *a, Node *sel)
{
	Type *outer = fe_path_type(sel, sel->npath - 1);
	Type *u = outer ? under(outer) : NULL;
	if (u && u->kind == TY_PTR)
		u = under(u->elem);
	int fi = sel->path[sel->npath - 1];
	if (!u || u->kind != TY_STRUCT || fi >= u->nfields)
		return NULL;
	Node *s = fe_node(a, N_SELECTOR, sel->pos);
	s->sub = SEL_FIELD;
	s->selector.x = sel->selector.x;
	s->selector.sel = fe_node(a, N_IDENT, sel->pos);
	s->selector.sel->ident.name = u->fields[fi].name;
	s->path = sel->path;
	s->npath = sel->npath;
	s->type = u->fields[fi].type;
	s->mode = MODE_VAR;
	return s;
}

/* gc's inlCallee for what minigo inlines: the N_FUNCDECL a call calls,
 * with the receiver's node for a method call (*recv), or NULL; multi:
 * the call's values are dropped or go to variables, so it may have
 * several. */
static Node *callee_of(InlCalls *c, Node *call, Node **recv, bool multi)
{
	*recv = NULL;
	if (call->kind != N_CALL || (call->rw && ((call->rw->inner && call->rw->tmp) ||
	                                          (call->sub != CALL_METHOD && call->sub != CALL_FUNC))))
		return NULL;
	Node *fun = fe_unparen(call->call.fun);
	Node *d = NULL;
	if (call->sub == CALL_METHOD && fun->kind == N_SELECTOR && fun->sub == SEL_METHOD && fun->obj &&
	    (fun->npath == 0 || !(call->rw && call->rw->tmp))) {
		d = fun->obj->decl;
		*recv = fun->npath ? promoted_receiver(c->a, fun) : fun->selector.x;
		if (!*recv)
			return NULL;
	} else if (call->sub == CALL_FUNC) {
		bool mexpr = false;
		d = value_callee(c, fun, &mexpr);
		if (mexpr) {   /* T.M(x, args): x is the receiver */
			if (!call->call.args.len || call->call.dots)
				return NULL;
			/* T.M(g()): the first of g's results, through irgen's
			 * temporaries */
			*recv = call->rw && call->rw->inner ? call->rw->uses[0] : call->call.args.v[0];
		}
	}
	if (!d || (d->kind != N_FUNCDECL && d->kind != N_FUNCLIT) || !d->irfn || !pristine_of(c, d) || intrinsic(d))
		return NULL;
	Type *sig = sig_of(d);
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
	InlCalls *c;   /* keeps the func literals' own positions (litpos) */
	BsMap *srcpos; /* each node's position in the callee (N_INLCALL's inlcall.srcpos) */
	bool inlit;    /* in a func literal of the copy: positions kept */
} Place;

/* Every node of the copy at the call; its variables the caller's. */
static void place(Node *n, void *ctx)
{
	Place *p = ctx;
	if (n->kind == N_FUNCLIT && p->c->litpos) {
		Pos *own = fe_alloc(p->c->a, sizeof *own);
		*own = n->pos;
		bs_map_put(p->c->litpos, n, own);
	}
	/* the positions codegen's debug locations use: statements' and calls' */
	if (p->srcpos && n->pos.line > 0 && !p->inlit &&
	    ((n->kind >= N_DECLSTMT && n->kind <= N_SELECTSTMT) || n->kind == N_CALL || n->kind == N_VARSPEC)) {
		Pos *src = fe_alloc(p->c->a, sizeof *src);
		*src = n->pos;
		bs_map_put(p->srcpos, n, src);
	}
	/* gc keeps the positions inside a copied func literal (noPosUpdate);
	 * the literal itself is at the call */
	if (!p->inlit)
		n->pos = p->pos;
	if (p->pkg && (n->kind == N_IDENT || n->kind == N_BASICLIT || n->kind == N_CONVIFACE ||
	               (n->val && n->kind != N_SELECTOR && n->kind != N_PAREN)))
		n->aux = p->pkg;
	Object *o = n->obj;
	if (o && o->kind == OBJ_VAR && o->fn == p->copy) {
		if (p->c->nodefn)
			bs_map_put(p->c->nodefn, o, o);
		o->fn = p->fn;
		o->pos = p->pos;
		o->flags &= ~(unsigned)(OF_PARAM | OF_RESULT);
	}
	if (n->kind == N_BLOCK && !p->inlit)
		n->block.rbrace = p->pos;
	if (n->rw && p->c->litpos) {   /* irgen's temporaries and their uses, at the call too */
		IrRewrite *rw = n->rw;
		for (int i = 0; i < rw->nresults; i++) {
			place(rw->results[i], ctx);
			place(rw->uses[i], ctx);
		}
		if (rw->tmp)
			place(rw->tmp, ctx);
	}
	if (n->kind == N_FUNCLIT && n != p->copy && !p->inlit && p->c->litpos) {
		p->inlit = true;
		fe_each_child(n, place, ctx);
		p->inlit = false;
		return;
	}
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
			as->sub = INL_RESULTS;
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
static Node *dots_slice(Arena *a, Node *call, NodeList *args, int first, Type *st)
{
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
	if (!caller) {
		/* the package initialiser has no declaration; its variables
		 * need an owner (a variable of none is a package-level one),
		 * some node, as codegen gives its own temporaries there */
		if (!c->initmark)
			c->initmark = fe_node(a, N_IDENT, call->pos);
		caller = c->initmark;
	}
	Node *copy = ir_clone(a, pristine_of(c, callee), NULL, 0, caller);
	Place pl = { pos, caller, copy, foreign(callee) ? callee->func_.name->obj->pkg : NULL, c, bs_map_new(a), false };
	place(copy, &pl);
	cut_dead(copy->func_.body, NULL);
	if (c->prog) {
		Adopt ad = { c, NULL };
		fe_each_child(copy->func_.body, adopt_lits, &ad);
	}
	c->inlgen++;

	Node *res = fe_node(a, N_INLCALL, pos);
	res->type = call->type;
	res->mode = call->mode;
	res->inlcall.call = call;
	res->inlcall.callee = callee;
	res->inlcall.srcpos = pl.srcpos;
	Node *init = fe_node(a, N_BLOCK, pos);
	init->block.rbrace = pos;
	res->inlcall.init = init;

	/* recv, params := x, args (gc's inlvars, in the callee's Dcl order) */
	Node *as = fe_node(a, N_ASSIGN, pos);
	as->assign.op = c->tok_define;
	Node *fields[2] = { copy->func_.recv, NULL };
	Node *ftype = copy->func_.type;
	Type *sig = sig_of(callee);
	if (call->sub == CALL_FUNC && call->rw && call->rw->tmp) {
		/* f()(args): typecheck's tmp = f() first, the callee found
		 * through it (gc's CalleeEffects keeps that assignment) */
		Node *tas = fe_node(a, N_ASSIGN, pos);
		tas->assign.op = '=';
		fe_list_push(a, &tas->assign.lhs, ident_use(a, call->rw->tmp, pos));
		fe_list_push(a, &tas->assign.rhs, call->call.fun);
		fe_list_push(a, &init->block.stmts, tas);
	}
	if (fields[0] && call->rw && call->rw->tmp) {
		/* typecheck's tmp = receiver first (RewriteNonNameCall): a
		 * temporary of the function, not declared here (no ODCL: its
		 * loop depth is the function's); codegen declares it */
		Node *tas = fe_node(a, N_ASSIGN, pos);
		tas->assign.op = '=';
		fe_list_push(a, &tas->assign.lhs, ident_use(a, call->rw->tmp, pos));
		/* the receiver as the method takes it: the temporary has the
		 * method's receiver type (x, *x or &x) */
		Type *tt = call->rw->tmp->type ? call->rw->tmp->type : call->rw->tmp->obj->type;
		fe_list_push(a, &tas->assign.rhs, tt ? receiver_arg(a, recv, tt, pos) : recv);
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
	int argi = 0, shift = call->sub == CALL_FUNC && recv ? 1 : 0;   /* T.M(x, ...) */
	NodeList *args = &call->call.args;
	if (call->rw && call->rw->inner) {
		/* f(g()): typecheck's tmps := g() first (RewriteMultiValueCall),
		 * the temporaries the arguments; g() may be inlined already */
		IrRewrite *rw = call->rw;
		Node *tas = fe_node(a, N_ASSIGN, pos);
		tas->assign.op = c->tok_define;
		args = fe_alloc(a, sizeof *args);
		for (int i = 0; i < rw->nresults; i++) {
			fe_list_push(a, &tas->assign.lhs, rw->results[i]);
			fe_list_push(a, args, rw->uses[i]);
		}
		fe_list_push(a, &tas->assign.rhs, rw->inner);
		fe_list_push(a, &init->block.stmts, tas);
	}
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
				fe_list_push(a, &as->assign.rhs, dots_slice(a, call, args, argi + shift, sig->params[argi]));
			else
				fe_list_push(a, &as->assign.rhs, args->v[argi + shift]);
		}
	}
	/* the callee's locals, then its results */
	for (int i = 0; copy->irfn && i < copy->irfn->ndcl; i++) {
		IrDcl dl = copy->irfn->dcl[i];
		if (c->prog)   /* gc gives an inlined body's locals no Defn: escape does not follow them */
			dl.init = NULL;
		FE_PUSH(a, c->cur->dcl, c->cur->ndcl, c->cur->capdcl, dl);
		c->cur->dcllen++;
	}
	if (as->assign.lhs.len)
		fe_list_push(a, &init->block.stmts, as);
	note_values(c, &as->assign.lhs, &as->assign.rhs, true);   /* gc's inlParam sets their Defn */

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
			Node *use = ident_use(a, id, pos);
			use->aux = id->aux;   /* a named result of another package's: printed qualified */
			fe_list_push(a, &res->inlcall.results, use);
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
	if (!callee || callee->func_.inlcost > c->maxcost || callee == c->cur->decl)
		return call;
	Object *o = callee->func_.name ? callee->func_.name->obj : NULL;
	const char *pkg = foreign(callee) && o->pkg->name ? fe_sprintf(c->a, "%s.", o->pkg->name) : "";
	if (active(c, callee)) {
		if (c->comp->m >= 2)
			fe_note(c->comp->diag, call->pos, "cannot inline %s%s into %s: repeated recursive cycle", pkg,
				callee->irfn->name, c->cur->name);
		return call;
	}
	if (c->comp->m)
		fe_note(c->comp->diag, call->pos, "inlining call to %s%s", pkg, callee->irfn->name);
	Node *res = old_inline(c, call, callee, recv);
	FE_PUSH(c->a, c->active, c->nactive, c->capactive, callee);
	Node **stmts = res->inlcall.body->block.stmts.v;
	for (int i = 0; i < res->inlcall.body->block.stmts.len; i++)
		edit(&stmts[i], c);
	c->nactive--;
	return res;
}

static void scan_calls(Node *n, void *ctx)
{
	Scan *s = ctx;
	if (n->kind == N_CALL || n->kind == N_INLCALL || n->kind == N_FUNCLIT)
		s->bad = true;
	if (!s->bad)
		fe_each_child(n, scan_calls, ctx);
}

/* Are the targets of an assignment free of calls (the inlined body runs
 * before anything on the left is evaluated; gc's order, which no call
 * on the left can tell from the language's)? */
static bool names_only(NodeList *lhs)
{
	Scan s = { false };
	for (int i = 0; i < lhs->len && !s.bad; i++)
		scan_calls(lhs->v[i], &s);
	return !s.bad;
}

/* f(g()) with g's several results: g is inlined first, into the
 * temporaries typecheck gave its results (gc's OAS2FUNC before the
 * call). */
static void inline_inner(InlCalls *c, Node *n)
{
	IrRewrite *rw = n->rw;
	if (c->prog && rw && rw->inner && rw->inner->kind == N_CALL && !rw->tmp &&
	    rw->inner->sub != CALL_BUILTIN && rw->inner->sub != CALL_CONV)
		rw->inner = mkinlcall(c, rw->inner, true);
}

/* return g() and copy(g()), g's results taken as they are: irgen made
 * no temporaries; when g is inlined, its results go through new ones, as
 * a rewrite of the return or builtin call (gc's inlined OAS2FUNC before
 * it). */
static void inline_return(InlCalls *c, Node *ret)
{
	NodeList *l = ret->kind == N_RETURN ? &ret->ret.results : &ret->call.args;
	Node *x = l->len == 1 ? fe_unparen(l->v[0]) : NULL;
	if (!c->prog || ret->rw || !x || x->kind != N_CALL || !x->type || x->type->kind != TY_TUPLE ||
	    x->sub == CALL_BUILTIN || x->sub == CALL_CONV)
		return;
	Node *ic = mkinlcall(c, x, true);
	if (ic == x)
		return;
	Arena *a = c->a;
	int nr = x->type->nresults;
	IrRewrite *rw = fe_alloc(a, sizeof *rw);
	rw->inner = ic;
	rw->nresults = nr;
	rw->results = fe_alloc(a, (nr + 1) * sizeof *rw->results);
	rw->uses = fe_alloc(a, (nr + 1) * sizeof *rw->uses);
	for (int i = 0; i < nr; i++) {
		Type *t = x->type->results[i];
		Object *o = fe_object_new(a, OBJ_VAR, fe_sprintf(a, ".autotmp_%d", c->cur->dcllen), ret->pos, t);
		o->fn = c->cur->decl ? c->cur->decl : c->initmark;
		Node *id = fe_node(a, N_IDENT, ret->pos);
		id->ident.name = o->name;
		id->obj = o;
		id->type = t;
		id->mode = MODE_VAR;
		o->decl = id;
		add_dcl(c, id);
		rw->results[i] = id;
		rw->uses[i] = ident_use(a, id, ret->pos);
	}
	ret->rw = rw;
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
			inline_inner(c, x);   /* defer f(g()): g's values are the arguments */
			return;
		}
		fe_each_slot(n, edit_kids, c);
		return;
	}
	if (n->kind == N_EXPRSTMT && n->unary.x && n->unary.x->kind == N_CALL) {
		/* a call whose values are dropped: it may have several */
		Node *x = n->unary.x;
		fe_each_slot(x, edit, c);
		inline_inner(c, x);
		if (x->sub == CALL_BUILTIN)
			inline_return(c, x);
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
	if (n->kind == N_VARSPEC && n->spec.names.len > 1 && n->spec.values.len == 1 && !n->rw &&
	    n->spec.values.v[0]->kind == N_CALL) {
		/* var a, b = f(): the same */
		Node *x = n->spec.values.v[0];
		fe_each_slot(x, edit, c);
		if (x->sub != CALL_BUILTIN && x->sub != CALL_CONV)
			n->spec.values.v[0] = mkinlcall(c, x, true);
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
	if (n->kind == N_RETURN || n->kind == N_ASSIGN || n->kind == N_VARSPEC)
		inline_inner(c, n);   /* through irgen's temporaries */
	if (n->kind == N_RETURN)
		inline_return(c, n);
	if (n->kind == N_ASSIGN && n->assign.op == c->tok_define)
		note_values(c, &n->assign.lhs, &n->assign.rhs, false);
	else if (n->kind == N_VARSPEC)
		note_values(c, &n->spec.names, &n->spec.values, false);
	if (n->kind == N_CALL)
		inline_inner(c, n);   /* copy(f()) too */
	if (n->kind == N_CALL && n->sub == CALL_BUILTIN)
		inline_return(c, n);
	if (n->kind == N_CALL && n->sub != CALL_BUILTIN && n->sub != CALL_CONV)
		*slot = mkinlcall(c, n, false);
}

/* The package initialiser's calls: the values of the package-level
 * variables initialised by code, in initialisation order (gc's init
 * function comes after every declared function). */
void inl_calls_run_init(InlCalls *c, IrFunc *init)
{
	if (!init || !init->initSpecs)
		return;
	int n = 0;
	for (int i = 0; i < init->initSpecs->len; i++)
		n += count_nodes(init->initSpecs->v[i], BIG_NODES);
	c->cur = init;
	c->maxcost = n >= BIG_NODES ? BIG_MAX_COST : MAX_COST;
	c->nactive = 0;
	for (int i = 0; i < init->initSpecs->len; i++) {
		Node *spec = init->initSpecs->v[i];
		if (spec->kind == N_VARSPEC)
			edit(&init->initSpecs->v[i], c);
	}
	c->cur = NULL;
}

void inl_calls_run(InlCalls *c, IrFunc *fn)
{
	Node *d = fn->decl;
	if (!d || !d->func_.body)
		return;
	if (d->kind == N_FUNCLIT && d->func_.inlstate == 1 && !d->func_.inlbody)
		d->func_.inlbody = ir_clone(c->a, d, NULL, 0, NULL);   /* gc's fn.Inl, before its calls */
	c->cur = fn;
	c->maxcost = count_nodes(d, BIG_NODES) >= BIG_NODES ? BIG_MAX_COST : MAX_COST;
	c->nactive = 0;
	NodeList *l = &d->func_.body->block.stmts;
	for (int i = 0; i < l->len; i++)
		edit(&l->v[i], c);
	c->cur = NULL;
}
