/*
 * call.c - calls: arguments into the callee's parameters.
 *
 * A call to a function already analysed reads the callee's tags: each
 * argument flows into the heap and into the call's result holes with the
 * dereferences its parameter's leak set records.  A call within the batch
 * being analysed (recursion) is wired directly: arguments into the
 * callee's parameter locations, its result locations into the call's
 * destinations.  A call whose callee is unknown -- through a func value
 * or an interface -- sends every argument, the receiver included, to the
 * heap.  The bundled packages are not analysed: their tags are gc's own,
 * copied from `go build -gcflags=-m` of the Go 1.19 standard library.
 *
 * go and defer wrap a call with arguments into a closure that captures
 * copies of them (gc rewrites `defer f(x)` into `tmp := x; defer
 * func() { f(tmp) }()`); the wrapper's record lives until the function
 * returns (a defer outside any loop) or goes to the heap.
 */
#include <string.h>

#include "escape/escape.h"

/* ---- the bundled packages' tags ---- */

typedef struct Tag {
	const char *s;
	int len;
} Tag;

#define T(lit) { lit, sizeof lit - 1 }
#define NONE T("esc:")            /* does not escape */
#define HEAP T("")                /* leaking param */
#define CONTENT T("esc:\x02")     /* leaking param content */
#define RESULT0 T("esc:\x00\x01") /* leaking param: x to result ~r0 level=0 */
#define RESULT0L1 T("esc:\x00\x02") /* ... level=1 */

static const struct {
	const char *name; /* package path . Func, or package path . (*T).M */
	int n;
	Tag tags[3];
} bundled[] = {
	{ "reflect.ValueOf", 1, { HEAP } },
	{ "reflect.Value.Elem", 1, { RESULT0 } },
	{ "reflect.Value.Pointer", 1, { NONE } },
	{ "reflect.Value.UnsafeAddr", 1, { NONE } },
	{ "runtime.GC", 0, { NONE } },
	{ "runtime.ReadMemStats", 1, { NONE } },
	{ "runtime.NumGoroutine", 0, { NONE } },
	{ "runtime.Gosched", 0, { NONE } },
	{ "runtime.Goexit", 0, { NONE } },
	{ "runtime.NumCPU", 0, { NONE } },
	{ "runtime.Version", 0, { NONE } },
	{ "runtime.SetFinalizer", 2, { HEAP, HEAP } },
	{ "runtime.KeepAlive", 1, { NONE } },
	{ "runtime.Caller", 1, { NONE } },
	{ "runtime.Callers", 2, { NONE, NONE } },
	{ "runtime.Stack", 2, { HEAP, NONE } },
	{ "runtime.FuncForPC", 1, { NONE } },
	{ "runtime.(*Func).Name", 1, { RESULT0L1 } },
	{ "runtime.(*Func).Entry", 1, { NONE } },
	{ "runtime.(*Func).FileLine", 2, { CONTENT, NONE } },
	{ "runtime.CallersFrames", 1, { HEAP } },
	{ "runtime.(*Frames).Next", 1, { HEAP } },
};

/* A bundled function or method, by gc's name for it. */
static EscCallee bundled_callee(Arena *a, Object *obj)
{
	EscCallee c = { .known = true };
	const char *pkg = obj->pkg && obj->pkg->path ? obj->pkg->path : "?";
	const char *name = fe_sprintf(a, "%s.%s", pkg, obj->name);
	if ((obj->flags & OF_METHOD) && obj->type && obj->type->recv) {
		Type *rt = obj->type->recv->type;
		bool ptr = rt && rt->kind == TY_PTR;
		Type *base = ptr ? rt->elem : rt;
		const char *tn = base && base->kind == TY_NAMED && base->obj ? base->obj->name : "?";
		name = ptr ? fe_sprintf(a, "%s.(*%s).%s", pkg, tn, obj->name) : fe_sprintf(a, "%s.%s.%s", pkg, tn, obj->name);
	}
	for (size_t i = 0; i < sizeof bundled / sizeof bundled[0]; i++) {
		if (strcmp(bundled[i].name, name) == 0) {
			c.ntags = bundled[i].n;
			c.tags = fe_alloc(a, (c.ntags + 1) * sizeof *c.tags);
			for (int j = 0; j < c.ntags; j++)
				c.tags[j] = esc_leaks_parse(bundled[i].tags[j].s, bundled[i].tags[j].len);
			return c;
		}
	}
	/* Not in the table: assume the worst, as for any untagged parameter. */
	c.ntags = -1;
	return c;
}

/* esc_func_callee: the callee for a function Object (declared or bundled). */
static EscCallee func_callee(Arena *a, Object *obj)
{
	if (!obj || obj->kind != OBJ_FUNC)
		return (EscCallee){ 0 };
	if (!obj->pkg || !obj->pkg->native) {
		/* this package's, or another one analysed before (its tags) */
		EscFunc *fn = obj->decl ? esc_func_of(obj->decl) : NULL;
		return (EscCallee){ .fn = fn, .known = fn != NULL };
	}
	return bundled_callee(a, obj);
}

EscCallee esc_method_callee(Arena *a, Object *m)
{
	return func_callee(a, m);
}

/*
 * static_callee finds the function a call's fun denotes, as gc's
 * ir.StaticValue does: a declared function, a method expression, a func
 * literal, or a local variable initialised once with a func literal.
 */
static EscCallee static_callee(EscState *e, Node *fun)
{
	fun = fe_unparen(fun);
	for (int hops = 0; hops < 16 && fun; hops++) {
		switch (fun->kind) {
		case N_FUNCLIT:
			return (EscCallee){ .fn = esc_func_of(fun), .known = esc_func_of(fun) != NULL };
		case N_IDENT: {
			Object *o = fun->obj;
			if (!o)
				return (EscCallee){ 0 };
			if (o->kind == OBJ_FUNC)
				return func_callee(e->b->arena, o);
			if (o->kind == OBJ_VAR && !(o->flags & (OF_GLOBAL | OF_PARAM | OF_RESULT | OF_ASSIGNED | OF_ADDRTAKEN))) {
				EscLocation *l = esc_var_loc(e->b, o);
				if (l && l->init) {
					fun = fe_unparen(l->init);
					continue;
				}
			}
			return (EscCallee){ 0 };
		}
		case N_SELECTOR:
			if (fun->sub == SEL_PKG || fun->sub == SEL_METHODEXPR)
				return func_callee(e->b->arena, fun->obj);
			return (EscCallee){ 0 };
		default:
			return (EscCallee){ 0 };
		}
	}
	return (EscCallee){ 0 };
}

/*
 * esc_tag_hole is the hole for the argument of parameter i (receiver
 * first) of callee c, whose results go to ks.
 */
EscHole esc_tag_hole(EscState *e, EscHole *ks, int nks, EscCallee *c, int i)
{
	EscBatch *b = e->b;
	if (!c->known)
		return esc_heap_hole(b);
	EscLeaks l;
	if (c->fn) {
		if (esc_in_mutual_batch(c->fn)) {
			if (i < c->fn->nparams && c->fn->params[i].loc)
				return esc_loc_hole(c->fn->params[i].loc);
			return esc_discard_hole(b);
		}
		if (i >= c->fn->nparams)
			return esc_heap_hole(b);
		l = c->fn->params[i].tag;
	} else if (c->ntags < 0 || i >= c->ntags) {
		l = esc_leaks_parse("", 0);
	} else {
		l = c->tags[i];
	}

	EscHole tagKs[1 + ESC_NUM_RESULTS];
	int n = 0;
	int x = esc_leaks_heap(l);
	if (x >= 0)
		tagKs[n++] = esc_shift(esc_heap_hole(b), x);
	if (ks) {
		for (int r = 0; r < ESC_NUM_RESULTS && r < nks; r++) {
			x = esc_leaks_result(l, r);
			if (x >= 0)
				tagKs[n++] = esc_shift(ks[r], x);
		}
	}
	return esc_tee_hole(e, tagKs, n);
}

/* ---- arguments ---- */

typedef struct Call {
	Node *call;
	EscFunc *wrapper; /* go/defer: arguments are copied into captured temporaries */
} Call;

/* Is n converted to an interface where it is used (gc's OCONVIFACE)? */
static bool converted(Node *n)
{
	return fe_unparen(n)->kind == N_CONVIFACE;
}

/*
 * Arguments gc leaves in a go/defer call rather than copying them out:
 * constants, nil, functions and method expressions -- as they stand,
 * not once converted to an interface.
 */
static bool stays_in_call(Node *arg)
{
	Node *u = fe_unparen(arg);
	if (!u || converted(arg))
		return false;
	return u->val || u->mode == MODE_NIL || (u->kind == N_IDENT && u->obj && u->obj->kind == OBJ_FUNC) ||
	       (u->kind == N_SELECTOR &&
	        (u->sub == SEL_METHODEXPR || (u->sub == SEL_PKG && u->obj && u->obj->kind == OBJ_FUNC)));
}

/*
 * wrap_temp is escape's own temporary for a go/defer argument (copyExpr):
 * numbered after everything irgen declared, at the expression's position
 * if it has one, else at pos.
 */
static EscLocation *wrap_temp(EscState *e, Node *arg, Pos pos, int64_t size)
{
	EscBatch *b = e->b;
	EscLocation *tmp = esc_new_loc(e, NULL, ESC_LOC_AUTO, false);
	tmp->what = fe_sprintf(b->arena, ".autotmp_%d", e->curfn->autotmps++);
	Node *u = arg ? fe_unparen(arg) : NULL;
	if (u && converted(arg))
		pos = u->pos;
	else if (u && !(u->kind == N_IDENT && !u->val && u->mode != MODE_NIL) &&
	         !(u->kind == N_SELECTOR && u->sub == SEL_PKG && !u->val))
		pos = u->pos;
	tmp->pos = pos;
	tmp->size = size;
	return tmp;
}

/*
 * argument evaluates one argument into k.  Under a go/defer wrapper the
 * value is first copied into a temporary that the wrapper captures, and
 * the temporary is what the call receives.
 */
static void argument(EscState *e, Call *c, EscHole k, Node *arg)
{
	EscBatch *b = e->b;
	k = esc_note_node(e, k, c->call, "call parameter");
	if (!c->wrapper || stays_in_call(arg)) {
		esc_expr(e, k, arg);
		return;
	}
	Node *u = fe_unparen(arg);
	Type *t = u->type;
	EscLocation *tmp = wrap_temp(e, arg, c->call->pos, t ? fe_sizeof(t) : 8);
	EscHole tk = esc_loc_hole(tmp);
	if (b->m >= 2)
		tk = esc_note(b, tk, tmp->pos, fe_sprintf(b->arena, "%s = %s", tmp->what, esc_fmt_node(b->arena, u)), "assign");
	esc_expr(e, tk, arg);
	tmp->captured = true;
	/* the wrapper's closure variable sits at the call */
	esc_func_add_capture(b->arena, c->wrapper, (EscCapture){ .loc = tmp, .usepos = c->call->pos, .name = tmp->what });
	if (k.derefs >= 0 && t && !esc_has_pointers(t))
		k.dst = &b->blankLoc;
	esc_flow(b, k, tmp);
}

/* The packed `...` argument of a variadic call: an implicit slice literal
 * at the call's '('. */
static void dots_argument(EscState *e, Call *c, EscHole k, NodeList *args, int first)
{
	EscBatch *b = e->b;
	Node *call = c->call;
	if (first >= args->len)
		return; /* no extra arguments: nil */
	/* Wrapped elements are copied out first, as gc peels the literal. */
	EscLocation **tmps = NULL;
	if (c->wrapper) {
		tmps = fe_alloc(b->arena, args->len * sizeof *tmps);
		for (int i = first; i < args->len; i++) {
			Node *arg = args->v[i];
			if (stays_in_call(arg))
				continue;
			EscLocation *tmp = wrap_temp(e, arg, call->pos, 16);
			EscHole tk = esc_loc_hole(tmp);
			if (b->m >= 2)
				tk = esc_note(b, tk, tmp->pos,
				              fe_sprintf(b->arena, "%s = %s", tmp->what, esc_fmt_node(b->arena, fe_unparen(arg))),
				              "assign");
			esc_expr(e, tk, arg);
			tmp->captured = true;
			esc_func_add_capture(b->arena, c->wrapper, (EscCapture){ .loc = tmp, .usepos = call->pos, .name = tmp->what });
			tmps[i] = tmp;
		}
	}
	k = esc_note_node(e, k, call, "call parameter");
	/* The slice's element type decides whether anything flows at all. */
	Node *f = fe_unparen(call->call.fun);
	Type *ft = f && f->type ? fe_under(f->type) : NULL;
	Type *st = ft && ft->kind == TY_FUNC && ft->nparams ? ft->params[ft->nparams - 1] : NULL;
	if (k.derefs >= 0 && st && !esc_has_pointers(st))
		k.dst = &b->blankLoc;
	EscLocation *l = esc_expr_loc(e, call, call->pos, "... argument");
	l->dots = true;
	EscHole sk = esc_spill(e, k, l);
	if (b->m >= 2)
		sk = esc_note(b, sk, call->pos, "... argument", "slice-literal-element");
	for (int i = first; i < args->len; i++) {
		Node *arg = args->v[i];
		if (tmps && tmps[i]) {
			esc_flow(b, sk, tmps[i]);
			continue;
		}
		esc_expr(e, sk, arg);
	}
}

/*
 * esc_rewrite_init walks what irgen put before a call, return or
 * assignment: the temporaries receiving a multi-value call's results
 * (declared where the statement is).  Returns the arguments to use in
 * the call's stead, or NULL.
 */
NodeList *esc_rewrite_init(EscState *e, IrRewrite *rw)
{
	if (!rw || !rw->inner)
		return NULL;
	EscBatch *b = e->b;
	int n = rw->nresults;
	EscHole *ks = fe_alloc(b->arena, (n + 1) * sizeof *ks);
	for (int i = 0; i < n; i++) {
		EscLocation *l = esc_var_loc(b, rw->results[i]->obj);
		if (l) {
			l->loopDepth = e->loopDepth;
			ks[i] = esc_loc_hole(l);
		} else {
			ks[i] = esc_discard_hole(b);
		}
	}
	if (rw->inner->kind == N_INLCALL)   /* inlined */
		esc_inlcall(e, ks, n, rw->inner);
	else
		esc_call(e, ks, n, rw->inner);
	esc_reassigned(e, ks, NULL, n, NULL);
	NodeList *args = fe_alloc(b->arena, sizeof *args);
	for (int i = 0; i < n; i++)
		fe_list_push(b->arena, args, rw->uses[i]);
	return args;
}

/*
 * The receiver of method or interface call sel, along the embedded
 * fields and with the implicit & or *, into k.
 */
static void receiver(EscState *e, EscHole k, Node *call, EscDevirt *dv)
{
	Node *fun = fe_unparen(call->call.fun);
	/* The receiver as the method takes it (x, *x or &x): a value without
	 * pointers flows nowhere, as any pointer-free expression (gc's
	 * exprSkipInit); v.Scale(k) through v *Vec does not leak *v. */
	Object *m = call->sub == CALL_METHOD ? fun->obj : dv && !dv->partial ? dv->mobj : NULL;
	Type *rt = m && m->type && m->type->recv ? m->type->recv->type : NULL;
	if (k.derefs >= 0 && rt && !esc_has_pointers(rt))
		k.dst = &e->b->blankLoc;
	if (call->sub == CALL_METHOD)
		esc_receiver(e, k, fun);
	else if (dv)
		esc_devirt_receiver(e, k, dv);
	else
		esc_iface_receiver(e, k, fun);
}

/* The receiver type of a method selector's method. */
static Type *recv_type_of(Node *sel)
{
	Object *m = sel->obj;
	return m && m->type && m->type->recv ? m->type->recv->type : NULL;
}

/* Where gc's receiver argument sits: an implicit &, * or embedded field
 * at the selector, a name nowhere (the call's '(' is taken), anything
 * else where it is. */
static Pos recv_pos(Node *call, EscDevirt *dv)
{
	Node *sel = fe_unparen(call->call.fun);
	Node *x = fe_unparen(sel->selector.x);
	if (sel->npath || dv) /* a devirtualized receiver is x.(T), at the selector */
		return sel->pos;
	if (call->sub == CALL_METHOD) {
		Object *m = sel->obj;
		Type *rt = m && m->type && m->type->recv ? m->type->recv->type : NULL;
		bool wantptr = rt && fe_under(rt)->kind == TY_PTR && rt->kind != TY_NAMED;
		bool isptr = x->type && fe_under(x->type)->kind == TY_PTR;
		if (rt && wantptr != isptr)
			return sel->pos;
	}
	if (x->kind == N_IDENT || (x->kind == N_SELECTOR && x->sub == SEL_PKG))
		return call->pos;
	return x->pos;
}

/* call_common handles calls of functions and methods (not builtins). */
static void call_common(EscState *e, EscHole *ks, int nks, Node *call, EscFunc *wrapper)
{
	EscBatch *b = e->b;
	Node *fun = fe_unparen(call->call.fun);
	Call c = { .call = call, .wrapper = wrapper };
	EscCallee callee = { 0 };
	IrRewrite *rw = call->rw;

	/* irgen's temporaries first: tmp := callee (or receiver), then the
	 * results of an inner multi-value call. */
	EscLocation *tmp = rw && rw->tmp ? esc_var_loc(b, rw->tmp->obj) : NULL;
	/* (a receiver in a temporary is devirtualized only when inlining
	 * inlined the call that makes it) */
	EscDevirt *dv = call->sub == CALL_IFACE ? esc_devirt_lookup(fun) : NULL;
	if (tmp) {
		EscHole tk = esc_note(b, esc_loc_hole(tmp), call->pos,
		                      b->m >= 2 ? fe_sprintf(b->arena, "%s := %s", tmp->what,
		                                             esc_fmt_node(b->arena, call->sub == CALL_FUNC ? fun : fun->selector.x)) : "",
		                      "assign");
		/* (an inlined call's value: gc's temporary is
		 * declared at the call, in its loop) */
		if (fe_unparen(call->sub == CALL_FUNC ? fun : fun->selector.x)->kind == N_INLCALL)
			tmp->loopDepth = e->loopDepth;
		if (call->sub == CALL_FUNC)
			esc_expr(e, tk, fun);
		else
			receiver(e, tk, call, NULL);
		tmp->reassigned = true;
	}
	NodeList *args = esc_rewrite_init(e, rw);
	if (!args)
		args = &call->call.args;
	call->walked = true;

	if (call->sub == CALL_FUNC) {
		if (fun->kind == N_FUNCLIT && esc_func_of(fun))
			esc_func_of(fun)->closureCalled = true;
		if (!tmp)
			callee = static_callee(e, fun);
	} else if (call->sub == CALL_METHOD) {
		callee = esc_method_callee(b->arena, fun->obj);
	}
	/* A devirtualized interface call is a call of the concrete method. */
	if (dv && !dv->partial)
		callee = esc_method_callee(b->arena, dv->mobj);

	Type *ft = fun->type ? fe_under(fun->type) : NULL;
	int nres = ft && ft->kind == TY_FUNC ? ft->nresults : 0;

	/* Within the batch, the callee's results flow to our destinations. */
	if (ks && callee.fn && esc_in_mutual_batch(callee.fn)) {
		for (int i = 0; i < callee.fn->nresults && i < nks; i++) {
			EscLocation *r = callee.fn->results[i];
			EscHole k = ks[i];
			Type *rt = ft && i < nres ? ft->results[i] : NULL;
			if (k.derefs >= 0 && rt && !esc_has_pointers(rt))
				k.dst = &b->blankLoc;
			if (r)
				esc_flow(b, k, r);
		}
	}

	int pi = 0; /* parameter index, receiver first */
	if (call->sub == CALL_FUNC) {
		/* The function value itself is evaluated, not passed. */
		argument(e, &c, esc_discard_hole(b), tmp ? rw->tmp : fun);
	} else if (call->sub == CALL_METHOD || call->sub == CALL_IFACE) {
		EscHole rk = esc_tag_hole(e, ks, nks, &callee, pi++);
		if (wrapper) {
			/* The receiver is copied as the method receives it. */
			Type *rt = tmp ? tmp->n->type : call->sub == CALL_METHOD ? recv_type_of(fun) : NULL;
			if (!tmp && dv && !dv->partial)
				rt = dv->mobj->type && dv->mobj->type->recv ? dv->mobj->type->recv->type : NULL;
			EscLocation *wt = wrap_temp(e, NULL, tmp ? call->pos : recv_pos(call, dv), rt ? fe_sizeof(rt) : 16);
			EscHole wk = esc_loc_hole(wt);
			if (b->m >= 2) {
				const char *x = tmp ? tmp->what
				              : dv ? fe_sprintf(b->arena, "%s.(%s)", esc_fmt_dots(b->arena, fun->selector.x, NULL, NULL, NULL, 1),
				                                esc_fmt_type(b->arena, dv->typ))
				                   : esc_fmt_dots(b->arena, fun->selector.x, NULL, fun->selector.x->type, fun->path, fun->npath);
				if (dv && !tmp)
					x = esc_fmt_dots(b->arena, NULL, x, dv->typ, dv->path, dv->npath);
				wk = esc_note(b, wk, wt->pos, fe_sprintf(b->arena, "%s = %s", wt->what, x), "assign");
			}
			if (tmp)
				esc_flow(b, wk, tmp);
			else
				receiver(e, wk, call, dv);
			wt->captured = true;
			esc_func_add_capture(b->arena, wrapper, (EscCapture){ .loc = wt, .usepos = call->pos, .name = wt->what });
			esc_flow(b, esc_note_node(e, rk, call, "call parameter"), wt);
		} else if (tmp && dv && !dv->partial) {   /* T.M(tmp.(T)), tmp an inlined call's value */
			esc_devirt_receiver_from(e, esc_note_node(e, rk, call, "call parameter"), dv, rw->tmp);
		} else if (tmp) {
			esc_flow(b, esc_note_node(e, rk, call, "call parameter"), tmp);
		} else {
			receiver(e, esc_note_node(e, rk, call, "call parameter"), call, dv);
		}
	}

	int extra = esc_variadic_extra(call);
	int nfixed = extra >= 0 ? extra : args->len;
	for (int i = 0; i < nfixed && i < args->len; i++)
		argument(e, &c, esc_tag_hole(e, ks, nks, &callee, pi + i), args->v[i]);
	if (extra >= 0)
		dots_argument(e, &c, esc_tag_hole(e, ks, nks, &callee, pi + extra), args, extra);
}

/* Builtin calls that are not allocations (new and make are in expr.c). */
static void builtin_call(EscState *e, EscHole *ks, int nks, Node *call, EscFunc *wrapper)
{
	EscBatch *b = e->b;
	Call c = { .call = call, .wrapper = wrapper };
	NodeList *args = esc_rewrite_init(e, call->rw);
	if (!args)
		args = &call->call.args;
	call->walked = true;
	switch (fe_call_builtin(call)) {
	case BI_APPEND: {
		if (!args->len)
			return;
		Type *st = args->v[0]->type ? fe_under(args->v[0]->type) : NULL;
		EscHole appendeeK = nks ? ks[0] : esc_discard_hole(b);
		/* The appendee may come back as is, or its elements be copied
		 * into a new heap array. */
		if (st && st->kind == TY_SLICE && esc_has_pointers(st->elem)) {
			EscHole tee[2] = { appendeeK, esc_note_at(b, esc_shift(esc_heap_hole(b), 1), call->pos, call, "appendee slice") };
			appendeeK = esc_tee_hole(e, tee, 2);
		}
		argument(e, &c, appendeeK, args->v[0]);
		if (call->call.dots) {
			EscHole appendedK = esc_discard_hole(b);
			Type *t2 = args->len > 1 && args->v[1]->type ? fe_under(args->v[1]->type) : NULL;
			if (t2 && t2->kind == TY_SLICE && esc_has_pointers(t2->elem))
				appendedK = esc_note_at(b, esc_shift(esc_heap_hole(b), 1), call->pos, call, "appended slice...");
			if (args->len > 1)
				argument(e, &c, appendedK, args->v[1]);
		} else {
			for (int i = 1; i < args->len; i++)
				argument(e, &c, esc_heap_hole(b), args->v[i]);
		}
		return;
	}
	case BI_COPY: {
		if (args->len < 2)
			return;
		argument(e, &c, esc_discard_hole(b), args->v[0]);
		EscHole copiedK = esc_discard_hole(b);
		Type *t = args->v[1]->type ? fe_under(args->v[1]->type) : NULL;
		if (t && t->kind == TY_SLICE && esc_has_pointers(t->elem))
			copiedK = esc_note_at(b, esc_shift(esc_heap_hole(b), 1), call->pos, call, "copied slice");
		argument(e, &c, copiedK, args->v[1]);
		return;
	}
	case BI_PANIC:
		if (args->len)
			argument(e, &c, esc_heap_hole(b), args->v[0]);
		return;
	case BI_ADD:   /* unsafe.Add(p, n), unsafe.Slice(p, n): the result is p */
	case BI_SLICE:
		if (args->len == 2) {
			argument(e, &c, nks ? ks[0] : esc_discard_hole(b), args->v[0]);
			argument(e, &c, esc_discard_hole(b), args->v[1]);
		}
		return;
	default: /* len, cap, delete, print, println, recover, complex, real, imag */
		for (int i = 0; i < args->len; i++)
			if (args->v[i]->mode != MODE_TYPE)
				argument(e, &c, esc_discard_hole(b), args->v[i]);
		return;
	}
}

/*
 * esc_call evaluates a call whose results go to ks (nks of them; none
 * for a call statement).
 */
void esc_call(EscState *e, EscHole *ks, int nks, Node *call)
{
	call = fe_unparen(call);
	if (call->kind != N_CALL) {
		esc_expr(e, nks ? ks[0] : esc_discard_hole(e->b), call);
		return;
	}
	if (call->sub == CALL_CONV || fe_call_builtin(call) == BI_NEW || fe_call_builtin(call) == BI_MAKE) {
		esc_expr(e, nks ? ks[0] : esc_discard_hole(e->b), call);
		return;
	}
	if (call->sub == CALL_BUILTIN)
		builtin_call(e, ks, nks, call, NULL);
	else
		call_common(e, ks, nks, call, NULL);
}

/*
 * esc_go_defer: `go call` and `defer call` (gc's goDeferStmt).  A defer
 * outside any loop keeps its record on the stack until the function
 * returns; one in a loop puts it in the heap, and a go statement's
 * function and arguments always go there: the new goroutine outlives the
 * frame.
 */
void esc_go_defer(EscState *e, Node *n)
{
	EscBatch *b = e->b;
	EscHole k = esc_heap_hole(b);
	if (n->kind == N_DEFER && e->loopDepth == 1) {
		k = esc_later(e, esc_discard_hole(b));
		n->esc = fe_alloc(b->arena, sizeof *n->esc);
		*n->esc = (IrVerdict){ .where = IR_STACK };
	}
	Node *call = fe_unparen(n->unary.x);
	if (call->kind != N_CALL)
		return;

	/* A call without arguments and results is deferred as it is. */
	Node *fun = fe_unparen(call->call.fun);
	Type *ft = fun->type ? fe_under(fun->type) : NULL;
	if (call->sub == CALL_FUNC && ft && ft->kind == TY_FUNC && ft->nparams == 0 && ft->nresults == 0) {
		IrRewrite *rw = call->rw;
		EscLocation *tmp = rw && rw->tmp ? esc_var_loc(b, rw->tmp->obj) : NULL;
		if (tmp) { /* defer f()(): tmp := f(), then tmp is deferred */
			esc_expr(e, esc_note_node(e, esc_loc_hole(tmp), call, "assign"), fun);
			tmp->reassigned = true;
			esc_flow(b, k, tmp);
			return;
		}
		if (fun->kind == N_FUNCLIT && esc_func_of(fun))
			esc_func_of(fun)->closureCalled = true;
		esc_expr(e, k, fun);
		return;
	}

	EscFunc *w = fe_alloc(b->arena, sizeof *w);
	w->name = fe_sprintf(b->arena, "%s.%swrap", e->curfn->name, n->kind == N_DEFER ? "defer" : "go");
	w->outer = e->curfn;
	w->wrapper = true;
	w->hasBody = true;
	w->state = ESC_FUNC_TAGGED;
	if (call->sub == CALL_BUILTIN)
		builtin_call(e, NULL, 0, call, w);
	else if (call->sub == CALL_CONV)
		esc_discard(e, call);
	else
		call_common(e, NULL, 0, call, w);
	EscLocation *l = esc_expr_loc(e, NULL, n->pos, "func literal");
	l->silent = true;
	esc_add_closure(b, esc_spill(e, k, l), w);
}
