/*
 * stmt.c - statements into flows, and the loop depth.
 *
 * Control flow is ignored (both arms of an if, every case of a switch, a
 * loop body once) except for one thing: how deeply loops nest.  A
 * variable records the depth of its declaration, and a location declared
 * outside a loop outlives one declared inside it.  A label that some
 * later goto jumps back to opens a loop too, until the end of its block.
 */
#include <string.h>

#include "escape/escape.h"
#include "inline/inline.h"

typedef struct Label {
	const char *name;
	bool looping;
} Label;

typedef struct Labels {
	Label *v;
	int len, cap;
} Labels;

static Label *find_label(Labels *ls, const char *name)
{
	for (int i = 0; i < ls->len; i++)
		if (strcmp(ls->v[i].name, name) == 0)
			return &ls->v[i];
	return NULL;
}

static void scan_labels(Arena *a, Labels *ls, Node *n);

typedef struct LabelScan {
	Arena *a;
	Labels *ls;
} LabelScan;

/* The bodies of inlined calls in an expression or a simple
 * statement: gc's scan visits them too. */
static void scan_inlcalls(Node *n, void *ctx)
{
	LabelScan *sc = ctx;
	if (n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_INLCALL) {
		/* its statements once, as statements (a nested one's are
		 * reached through them): walking its children too would
		 * visit each level of nested inlining twice, 2^depth */
		scan_labels(sc->a, sc->ls, n->inlcall.init);
		scan_labels(sc->a, sc->ls, n->inlcall.body);
		for (int i = 0; i < n->inlcall.results.len; i++)
			scan_inlcalls(n->inlcall.results.v[i], ctx);
		return;
	}
	fe_each_child(n, scan_inlcalls, ctx);
}

/* scan_labels: a label is looping when a goto to it follows it. */
static void scan_labels(Arena *a, Labels *ls, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_LABELED: {
		const char *name = n->labeled.label->ident.name;
		if (strcmp(name, "_") != 0 && !find_label(ls, name))
			FE_PUSH(a, ls->v, ls->len, ls->cap, (Label){ name, false });
		scan_labels(a, ls, n->labeled.stmt);
		return;
	}
	case N_BRANCH:
		if (n->branch.label && strcmp(fe_token_name(n->branch.tok), "goto") == 0) {
			Label *l = find_label(ls, n->branch.label->ident.name);
			if (l)
				l->looping = true;
		}
		return;
	case N_BLOCK:
		for (int i = 0; i < n->block.stmts.len; i++)
			scan_labels(a, ls, n->block.stmts.v[i]);
		return;
	case N_IF:
		scan_labels(a, ls, n->if_.then);
		scan_labels(a, ls, n->if_.els);
		return;
	case N_FOR:
		scan_labels(a, ls, n->for_.body);
		return;
	case N_RANGE:
		scan_labels(a, ls, n->range.body);
		return;
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECTSTMT:
		for (int i = 0; i < n->switch_.body.len; i++) {
			Node *cl = n->switch_.body.v[i];
			for (int j = 0; j < cl->caseclause.body.len; j++)
				scan_labels(a, ls, cl->caseclause.body.v[j]);
		}
		return;
	default: {
		LabelScan sc = { a, ls };
		fe_each_child(n, scan_inlcalls, &sc);
		return;
	}
	}
}

static void block(EscState *e, Node *n);
static void stmts(EscState *e, NodeList *l);

/* dcl: a declaration records the loop depth at which it happens. */
static EscHole dcl(EscState *e, Object *obj)
{
	EscLocation *l = esc_var_loc(e->b, obj);
	if (!l)
		return esc_discard_hole(e->b);
	l->loopDepth = e->loopDepth;
	return esc_loc_hole(l);
}

static bool is_define(Node *n)
{
	const char *op = fe_token_name(n->assign.op);
	return op && strcmp(op, ":=") == 0;
}

/* Only a plain call yields several values to an assignment. */
static bool is_multi_call(Node *n)
{
	n = fe_unparen(n);
	return n->kind == N_CALL && n->type && n->type->kind == TY_TUPLE;
}

/* dsts = srcs for the statement where, with gc's reasons. */
static void assign(EscState *e, NodeList *lhs, NodeList *rhs, Node *where)
{
	EscBatch *b = e->b;
	int n = lhs->len;
	/* x, y = f() into variables of other types: through temporaries. */
	NodeList *tmps = esc_rewrite_init(e, where->rw);
	if (tmps)
		rhs = tmps;
	EscHole *ks = fe_alloc(b->arena, (n + 1) * sizeof *ks);
	for (int i = 0; i < n; i++)
		ks[i] = esc_addr_of(e, lhs->v[i]);

	if (n > 1 && rhs->len == 1) {
		Node *r = fe_unparen(rhs->v[0]);
		if (r->kind == N_INLCALL) { /* a, b = f() inlined: its results */
			esc_inlcall(e, ks, n, r);
			esc_reassigned(e, ks, lhs->v, n, where);
			return;
		}
		if (is_multi_call(r)) { /* a, b = f() */
			esc_call(e, ks, n, r);
			esc_reassigned(e, ks, lhs->v, n, where);
			return;
		}
		/* v, ok = x.(T) / m[k]: gc's order pass moves the value through
		 * a temporary, so converting it to an interface allocates no
		 * box of its own here. */
		const char *why = r->kind == N_TYPEASSERT ? "assign-pair-dot-type" :
		                  r->kind == N_UNARY ? "assign-pair-receive" : "assign-pair-mapr";
		esc_expr(e, esc_note_node(e, ks[0], where, why), r);
		esc_reassigned(e, ks, lhs->v, n, where);
		return;
	}
	esc_assign_list(e, ks, lhs->v, n, rhs->v, rhs->len, n > 1 || where->sub == INL_RESULTS ? "assign-pair" : "assign",
	                where);
}

static void var_spec(EscState *e, Node *spec)
{
	NodeList *names = &spec->spec.names;
	for (int i = 0; i < names->len; i++)
		if (!fe_is_blank(names->v[i]))
			dcl(e, names->v[i]->obj);
	/* var x T: the zero value is its initialisation, nothing flows. */
	if (!spec->spec.values.len)
		return;
	/* static data whose code only fills in some elements (staticinit) */
	if (spec->esc && spec->esc->where == IR_STATIC) {
		for (int i = 0; i < spec->spec.values.len; i++)
			esc_static_leaves(e, spec->spec.values.v[i]);
		return;
	}
	/* var a, b = x, y is one assignment per name to gc (irgen's varDecl),
	 * each printing as a = x. */
	NodeList *values = &spec->spec.values;
	if (names->len > 1 && values->len == names->len) {
		for (int i = 0; i < names->len; i++) {
			Node *as = fe_node(e->b->arena, N_ASSIGN, spec->pos);
			as->assign.op = '=';
			fe_list_push(e->b->arena, &as->assign.lhs, names->v[i]);
			fe_list_push(e->b->arena, &as->assign.rhs, values->v[i]);
			assign(e, &as->assign.lhs, &as->assign.rhs, as);
		}
		return;
	}
	assign(e, names, values, spec);
}

/* return e1, e2: into the result parameters. */
static void return_stmt(EscState *e, Node *n)
{
	EscBatch *b = e->b;
	EscFunc *fn = e->curfn;
	NodeList *res = &n->ret.results;
	if (!res->len)
		return;
	/* return f(): gc returns the temporaries that hold f's results. */
	NodeList *tmps = esc_rewrite_init(e, n->rw);
	if (tmps)
		res = tmps;
	int nr = fn->nresults;
	EscHole *ks = fe_alloc(b->arena, (nr + 1) * sizeof *ks);
	for (int i = 0; i < nr; i++)
		ks[i] = fn->results[i] ? esc_loc_hole(fn->results[i]) : esc_discard_hole(b);
	if (res->len == 1 && nr > 1 && is_multi_call(res->v[0])) {
		EscHole *nks = fe_alloc(b->arena, (nr + 1) * sizeof *nks);
		for (int i = 0; i < nr; i++)
			nks[i] = esc_note_node(e, ks[i], n, "return");
		esc_call(e, nks, nr, fe_unparen(res->v[0]));
		esc_reassigned(e, ks, NULL, nr, n);
		return;
	}
	for (int i = 0; i < nr && i < res->len; i++)
		esc_expr(e, esc_note_node(e, ks[i], n, "return"), res->v[i]);
	esc_reassigned(e, ks, NULL, nr, n);
}

static void type_switch(EscState *e, Node *n)
{
	EscBatch *b = e->b;
	Node *guard = n->switch_.tag;
	Node *x = NULL;
	bool named = false;
	if (guard->kind == N_ASSIGN) {
		named = true;
		x = guard->assign.rhs.len ? guard->assign.rhs.v[0] : NULL;
	} else {
		x = guard->unary.x;
	}
	x = fe_unparen(x);
	if (x && x->kind == N_TYPEASSERT)
		x = x->typeassert.x;

	NodeList *body = &n->switch_.body;
	EscHole *ks = fe_alloc(b->arena, (body->len + 1) * sizeof *ks);
	int nks = 0;
	if (named) {
		for (int i = 0; i < body->len; i++) {
			Node *cl = body->v[i];
			if (!cl->obj)
				continue;
			EscHole k = dcl(e, cl->obj);
			if (esc_has_pointers(cl->obj->type))
				ks[nks++] = esc_dot_type(e, k, cl->obj->type, cl, "switch case");
		}
	}
	esc_expr(e, esc_tee_hole(e, ks, nks), x);
	for (int i = 0; i < body->len; i++) {
		Node *cl = body->v[i];
		int old = e->loopDepth;
		stmts(e, &cl->caseclause.body);
		e->loopDepth = old;
	}
}

static void range_stmt(EscState *e, Node *n)
{
	EscBatch *b = e->b;
	if (n->range.define) {
		if (n->range.key && !fe_is_blank(n->range.key))
			dcl(e, n->range.key->obj);
		if (n->range.value && !fe_is_blank(n->range.value))
			dcl(e, n->range.value->obj);
	}
	/* The ranged value is evaluated once, outside the loop. */
	EscLocation *tmp = esc_new_loc(e, NULL, ESC_LOC_TEMP, false);
	esc_expr(e, esc_loc_hole(tmp), n->range.x);

	e->loopDepth++;
	EscHole ks[2] = { esc_addr_of(e, n->range.key), esc_addr_of(e, n->range.value) };
	Type *t = n->range.x->type ? fe_under(n->range.x->type) : NULL;
	if (t && t->kind == TY_ARRAY)
		esc_flow(b, esc_note_node(e, ks[1], n, "range"), tmp);
	else
		esc_flow(b, esc_note_node(e, esc_shift(ks[1], 1), n, "range-deref"), tmp);
	Node *dsts[2] = { n->range.key, n->range.value };
	esc_reassigned(e, ks, dsts, 2, n);
	block(e, n->range.body);
	e->loopDepth--;
}

static void stmt(EscState *e, Node *n)
{
	if (!n)
		return;
	EscBatch *b = e->b;
	switch (n->kind) {
	case N_EMPTYSTMT:
	case N_BRANCH:
		return;
	case N_DECLSTMT:
		for (int i = 0; i < n->decl.specs.len; i++)
			if (n->decl.specs.v[i]->kind == N_VARSPEC)
				var_spec(e, n->decl.specs.v[i]);
		return;
	case N_LABELED: {
		Labels *ls = e->labels;
		Label *l = ls ? find_label(ls, n->labeled.label->ident.name) : NULL;
		if (l && l->looping)
			e->loopDepth++;
		stmt(e, n->labeled.stmt);
		return;
	}
	case N_EXPRSTMT: {
		Node *x = fe_unparen(n->unary.x);
		if (x->kind == N_INLCALL)
			esc_inlcall(e, NULL, 0, x);
		else if (x->kind == N_CALL)
			esc_call(e, NULL, 0, x);
		else
			esc_discard(e, x);
		return;
	}
	case N_INCDEC: {
		EscHole k = esc_addr_of(e, n->incdec.x);
		Node *d = n->incdec.x;
		esc_reassigned(e, &k, &d, 1, n);
		return;
	}
	case N_ASSIGN:
		if (!is_define(n) && fe_op(n->assign.op) != OP_NONE) { /* x op= y */
			EscHole k = esc_addr_of(e, n->assign.lhs.v[0]);
			esc_assign_list(e, &k, n->assign.lhs.v, 1, n->assign.rhs.v, 1, "assign", n);
			return;
		}
		if (is_define(n)) {
			for (int i = 0; i < n->assign.lhs.len; i++) {
				Node *d = fe_unparen(n->assign.lhs.v[i]);
				if (d->kind == N_IDENT && d->obj && d->obj->decl == d)
					dcl(e, d->obj);
			}
		}
		assign(e, &n->assign.lhs, &n->assign.rhs, n);
		return;
	case N_GOSTMT:
	case N_DEFER:
		esc_go_defer(e, n);
		return;
	case N_RETURN:
		return_stmt(e, n);
		return;
	case N_BLOCK:
		block(e, n);
		return;
	case N_IF: {
		/* gc's dead-code pass has removed the dead arm of `if CONST`. */
		int live = esc_const_if(n);
		stmt(e, n->if_.init);
		if (live < 0) /* a folded condition (false && f(x)) is a constant to gc */
			esc_discard(e, n->if_.cond);
		if (live != 0)
			block(e, n->if_.then);
		if (n->if_.els && live != 1) {
			int old = e->loopDepth;
			stmt(e, n->if_.els);
			e->loopDepth = old;
		}
		return;
	}
	case N_SWITCH: {
		bool decided = false;
		Node *only = esc_const_switch_case(n, &decided);
		stmt(e, n->switch_.init);
		esc_discard(e, n->switch_.tag);
		for (int i = 0; i < n->switch_.body.len; i++) {
			Node *cl = n->switch_.body.v[i];
			if (decided && cl != only)
				continue;
			for (int j = 0; j < cl->caseclause.exprs.len; j++)
				esc_discard(e, cl->caseclause.exprs.v[j]);
			int old = e->loopDepth;
			stmts(e, &cl->caseclause.body);
			e->loopDepth = old;
		}
		return;
	}
	case N_TYPESWITCH:
		stmt(e, n->switch_.init);
		type_switch(e, n);
		return;
	case N_SEND:
		esc_discard(e, n->binary.x);
		esc_assign_heap(e, n->binary.y, "send", n);
		return;
	case N_SELECTSTMT:
		for (int i = 0; i < n->switch_.body.len; i++) {
			Node *cl = n->switch_.body.v[i];
			if (cl->caseclause.exprs.len)
				stmt(e, cl->caseclause.exprs.v[0]);
			int old = e->loopDepth;
			stmts(e, &cl->caseclause.body);
			e->loopDepth = old;
		}
		return;
	case N_FOR:
		/* The init runs once, at the outer depth. */
		stmt(e, n->for_.init);
		e->loopDepth++;
		esc_discard(e, n->for_.cond);
		stmt(e, n->for_.post);
		block(e, n->for_.body);
		e->loopDepth--;
		return;
	case N_RANGE:
		range_stmt(e, n);
		return;
	default:
		fe_ice(n->pos, "escape: unexpected statement %s", fe_kind_name(n->kind));
	}
	(void)b;
}

static void stmts(EscState *e, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		stmt(e, l->v[i]);
		if (esc_dead_tail(l, i))
			break;
	}
}

/* block walks statements, restoring the loop depth a label raised. */
static void block(EscState *e, Node *n)
{
	if (!n)
		return;
	int old = e->loopDepth;
	if (n->kind == N_BLOCK)
		stmts(e, &n->block.stmts);
	else
		stmt(e, n);
	e->loopDepth = old;
}

/* gc's OINLCALL: the parameters' assignment and the
 * results' declarations, the body, then the results into ks (nks 0: a
 * statement, they are discarded). */
void esc_inlcall(EscState *e, EscHole *ks, int nks, Node *n)
{
	/* the parameters are assigned by one OAS2 in gc, however many:
	 * -m=2 explains even a lone one as an "assign-pair" */
	Node *init = n->inlcall.init;
	for (int i = 0; init && i < init->block.stmts.len; i++) {
		Node *s = init->block.stmts.v[i];
		NodeList *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
		if (s->kind != N_ASSIGN || !is_define(s) || lhs->len != rhs->len || lhs->len != 1) {
			stmt(e, s);
			continue;
		}
		Node *d = fe_unparen(lhs->v[0]);
		if (d->kind == N_IDENT && d->obj && d->obj->decl == d)
			dcl(e, d->obj);
		EscHole k = esc_addr_of(e, lhs->v[0]);
		esc_assign_list(e, &k, lhs->v, 1, rhs->v, 1, "assign-pair", s);
	}
	stmt(e, n->inlcall.body);
	for (int i = 0; i < n->inlcall.results.len; i++)
		esc_expr(e, i < nks ? ks[i] : esc_discard_hole(e->b), n->inlcall.results.v[i]);
}

/* esc_walk_func walks a function's body (a closure's, when its literal is
 * reached) at loop depth 1. */
void esc_walk_func(EscBatch *b, EscFunc *fn)
{
	EscState e = esc_with(b, fn);
	fn->state = ESC_FUNC_STARTED;
	Node *body = fn->decl ? fn->decl->func_.body : NULL;
	Labels *ls = fe_alloc(b->arena, sizeof *ls);
	scan_labels(b->arena, ls, body);
	e.labels = ls;
	if (body)
		block(&e, body);
	else if (fn->initSpecs)
		for (int i = 0; i < fn->initSpecs->len; i++)
			var_spec(&e, fn->initSpecs->v[i]);
}
