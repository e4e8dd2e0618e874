/*
 * irgen.c - the IR: what gc's noder leaves in its IR that the syntax tree
 * does not show, added to the checked tree (ir.h says what and where).
 *
 * gc builds its IR from the type-checked syntax (noder's irgen).  It names
 * every function as it builds it -- f.func1 for the first literal in f,
 * f.func1.2 inside that, glob..funcN at package level, in source order,
 * dead code included -- and lists them in its Decls order; the IrFuncs and
 * IrProgram here are that, with the closure variables it captures.  And
 * three things it does are visible in -m output:
 *
 *   Positions.  The implicit conversions to interfaces (OCONVIFACE) are
 *   built at base.Pos, a global "current position" that irgen moves as it
 *   goes: to every non-constant expression it enters (pre-order), to a
 *   declaration, to a call, composite literal or argument that it
 *   transforms (ir.SetPos, which skips names).  So where "x escapes to
 *   heap" is reported depends on what irgen visited last.  This file walks
 *   the file in irgen's order (package-level type and var declarations,
 *   then function bodies and initialisers in source order), keeps that
 *   position, and puts each conversion there: an N_CONVIFACE node in the
 *   converted value's place.
 *
 *   Temporaries.  A call whose callee (or method receiver) contains a call
 *   is given `tmp := callee` first (typecheck.RewriteNonNameCall), and a
 *   multi-value call passed on as the arguments of a call or the results of
 *   a return, or assigned to variables of other types, gets one temporary
 *   per result (RewriteMultiValueCall).  They print as .autotmp_N, N being
 *   the length of the function's Dcl list when they are made.  Each is
 *   recorded as an IrRewrite on the call, return or assignment (Node.rw),
 *   with synthesised identifiers used in the expressions' stead.
 *
 *   Dcl order.  The locals of a function enter its Dcl list as irgen
 *   declares them -- a var's names before its values, a := after its
 *   values -- and the temporaries among them; the analysis creates the
 *   variables' locations in that order.
 *
 * irgen visits dead code (gc removes it later), so this walk does too.
 */
#include <string.h>

#include "ir/ir.h"

/* ---- the walk ---- */

typedef struct Noder {
	Arena *a;
	IrProgram *prog;
	Pos base;          /* gc's base.Pos */
	Node *fn;          /* the function being built (NULL: package level) */
	IrFunc *irfn;      /* its IR function (the initialiser at package level) */
	int nglob;         /* package-level func literals so far: glob..funcN */
} Noder;

static void expr(Noder *nd, Node *n);
static void stmt(Noder *nd, Node *n);
static void stmts(Noder *nd, NodeList *l);
static void func_body(Noder *nd, Node *fn);

static void add_dcl(Noder *nd, Node *n, Node *init)
{
	IrFunc *f = nd->irfn;
	FE_PUSH(nd->a, f->dcl, f->ndcl, f->capdcl, (IrDcl){ n, init });
	f->dcllen++;
}

/* A declared (not blank, not redeclared) local variable. */
static void def(Noder *nd, Node *id, Node *init)
{
	id = fe_unparen(id);
	if (!id || id->kind != N_IDENT || fe_is_blank(id) || !id->obj || id->obj->kind != OBJ_VAR ||
	    id->obj->decl != id)
		return;
	add_dcl(nd, id, init);
}

/* typecheck.Temp: a new local named after the Dcl list's length. */
static Node *temp(Noder *nd, Type *t)
{
	const char *name = fe_sprintf(nd->a, ".autotmp_%d", nd->irfn->dcllen);
	Node *id = fe_node(nd->a, N_IDENT, nd->base);
	id->ident.name = name;
	id->type = t;
	id->mode = MODE_VAR;
	Object *o = fe_object_new(nd->a, OBJ_VAR, name, nd->base, t);
	o->decl = id;
	o->fn = nd->fn;
	id->obj = o;
	add_dcl(nd, id, NULL);
	return id;
}

/* A use of temporary tmp, converted to type to where needed. */
static Node *use(Noder *nd, Node *tmp, Type *to)
{
	Node *id = fe_node(nd->a, N_IDENT, tmp->pos);
	id->ident.name = tmp->ident.name;
	id->type = tmp->type;
	id->mode = MODE_VAR;
	id->obj = tmp->obj;
	if (to && fe_is_interface(to) && tmp->type && !fe_identical(tmp->type, to))
		id->convto = to;
	return id;
}

static IrRewrite *rewrite_of(Noder *nd, Node *n)
{
	if (!n->rw)
		n->rw = fe_alloc(nd->a, sizeof *n->rw);
	return n->rw;
}

static Node *conv_node(Noder *nd, Node *x, Type *to, Pos pos)
{
	Node *c = fe_node(nd->a, N_CONVIFACE, pos);
	c->unary.x = x;
	c->type = to;
	c->mode = MODE_VALUE;
	x->convto = NULL;
	return c;
}

/*
 * The implicit conversion of the value in *slot to type t (NULL: not
 * known here) is built here, at base.Pos (assignconvfn): the N_CONVIFACE
 * node takes the value's place.  The checker marked the conversions of
 * concrete values (Node.convto, on the value or a parenthesis around it);
 * one from an interface to another interface type it leaves unmarked, and
 * t tells.  Built again later, the conversion moves (gc's last SetPos).
 */
static void conv(Noder *nd, Node **slot, Type *t)
{
	Node *n = *slot;
	if (n->kind == N_CONVIFACE) {
		n->pos = nd->base;
		return;
	}
	if (t && fe_is_interface(t) && n->type && fe_is_interface(n->type) && !fe_identical(n->type, t)) {
		*slot = conv_node(nd, n, t, nd->base);
		return;
	}
	for (; slot && *slot; slot = (*slot)->kind == N_PAREN ? &(*slot)->unary.x : NULL) {
		Node *x = *slot;
		if (x->convto && x->type && !fe_identical(x->type, x->convto)) {
			*slot = conv_node(nd, x, x->convto, nd->base);
			return;
		}
	}
}

static bool is_const(Node *n)
{
	return n->val != NULL;
}

/*
 * ir.HasUniquePos of the node irgen makes of n: every node but a name
 * (a variable or a function; constants become nodes of their own).
 */
static bool unique_pos(Node *n)
{
	n = fe_unparen(n);
	if (!n || is_const(n))
		return true;
	if (n->kind == N_IDENT && n->mode != MODE_NIL)
		return false;
	if (n->kind == N_SELECTOR && n->sub == SEL_PKG)
		return false;
	return true;
}

/* ir.SetPos. */
static void set_pos(Noder *nd, Node *n)
{
	if (unique_pos(n))
		nd->base = fe_unparen(n)->pos;
}

/*
 * typecheck's callOrChan over what irgen built: does n contain a call
 * (new and make excepted, conversions are not calls) outside func
 * literals?
 */
static bool has_call(Node *n)
{
	if (!n || is_const(n) || n->mode == MODE_TYPE)
		return false;
	switch (n->kind) {
	case N_CALL:
		if (n->sub == CALL_BUILTIN) {
			Builtin bi = fe_call_builtin(n);
			if (bi != BI_NEW && bi != BI_MAKE)
				return true;
		} else if (n->sub != CALL_CONV) {
			return true;
		}
		if (has_call(n->call.fun))
			return true;
		for (int i = 0; i < n->call.args.len; i++)
			if (has_call(n->call.args.v[i]))
				return true;
		return false;
	case N_COMPOSITE:
		for (int i = 0; i < n->composite.elts.len; i++)
			if (has_call(n->composite.elts.v[i]))
				return true;
		return false;
	case N_KEYVALUE: case N_INDEX: case N_BINARY:
		return has_call(n->binary.x) || has_call(n->binary.y);
	case N_PAREN: case N_STAR: case N_UNARY: case N_CONVIFACE:
		return has_call(n->unary.x);
	case N_SELECTOR:
		return has_call(n->selector.x);
	case N_SLICEEXPR:
		return has_call(n->slice.x) || has_call(n->slice.lo) || has_call(n->slice.hi) || has_call(n->slice.max);
	case N_TYPEASSERT:
		return has_call(n->typeassert.x);
	default:
		return false;
	}
}


/*
 * RewriteNonNameCall: a callee, or a method call's receiver, with a call
 * in it is evaluated into a temporary first.
 */
static void rewrite_callee(Noder *nd, Node *call)
{
	Node *fun = fe_unparen(call->call.fun);
	Node *x = fun;
	Type *t = fun->type;
	if (call->sub == CALL_METHOD || call->sub == CALL_IFACE) {
		if (fun->kind != N_SELECTOR)
			return;
		x = fun->selector.x;
		if (call->sub == CALL_METHOD) {
			Object *m = fun->obj;
			t = m && m->type && m->type->recv ? m->type->recv->type : NULL;
		} else {
			t = fe_path_type(fun, fun->npath);
		}
	}
	if (!has_call(x) || !t)
		return;
	rewrite_of(nd, call)->tmp = temp(nd, t);
}

/*
 * RewriteMultiValueCall: the results of inner go to temporaries, which n
 * (a call, return or assignment) uses in its stead, converted to the
 * types in to[] where they are interfaces.
 */
static void rewrite_results(Noder *nd, Node *n, Node *inner, Type **to, int nto)
{
	IrRewrite *rw = rewrite_of(nd, n);
	Type *tt = inner->type;
	int nr = tt && tt->kind == TY_TUPLE ? tt->nresults : 0;
	rw->inner = fe_unparen(inner);
	rw->nresults = nr;
	rw->results = fe_alloc(nd->a, (nr + 1) * sizeof *rw->results);
	rw->uses = fe_alloc(nd->a, (nr + 1) * sizeof *rw->uses);
	for (int i = 0; i < nr; i++)
		rw->results[i] = temp(nd, tt->results[i]);
	for (int i = 0; i < nr; i++)
		rw->uses[i] = use(nd, rw->results[i], i < nto ? to[i] : NULL);
}

static bool is_tuple_call(Node *n)
{
	n = fe_unparen(n);
	return n && n->kind == N_CALL && n->type && n->type->kind == TY_TUPLE;
}

/* The parameter types a call's arguments are assigned to, the variadic
 * tail spread out. */
static Type **param_types(Noder *nd, Node *call, int nargs)
{
	Node *fun = fe_unparen(call->call.fun);
	Type *ft = fun && fun->type ? fe_under(fun->type) : NULL;
	Type **ts = fe_alloc(nd->a, (nargs + 1) * sizeof *ts);
	if (!ft || ft->kind != TY_FUNC)
		return ts;
	for (int i = 0; i < nargs; i++) {
		if (ft->variadic && i >= ft->nparams - 1 && !call->call.dots) {
			Type *st = ft->params[ft->nparams - 1];
			ts[i] = st ? fe_under(st)->elem : NULL;
		} else if (i < ft->nparams) {
			ts[i] = ft->params[i];
		}
	}
	return ts;
}

/* typecheckaste: each value is converted where it stands, or, a name,
 * where the previous one was; base.Pos is restored afterwards. */
static void assign_each(Noder *nd, NodeList *vals, Node **uses, int n, Type **to)
{
	Pos saved = nd->base;
	for (int i = 0; i < n; i++) {
		Node **v = uses ? &uses[i] : &vals->v[i];
		if (!uses)
			set_pos(nd, *v);
		conv(nd, v, uses || !to ? NULL : to[i]);
	}
	nd->base = saved;
}

static void call(Noder *nd, Node *n)
{
	NodeList *args = &n->call.args;
	if (n->sub == CALL_CONV) {
		/* An explicit conversion to an interface is the call itself
		 * (gc's OCONVIFACE at the '('), not one of its operand. */
		if (args->len)
			for (Node *x = args->v[0]; x; x = x->kind == N_PAREN ? x->unary.x : NULL)
				x->convto = NULL;
		return;
	}
	if (n->sub == CALL_BUILTIN) {
		switch (fe_call_builtin(n)) {
		case BI_APPEND:
			if (args->len == 1 && is_tuple_call(args->v[0])) {
				Type *st = args->v[0]->type->nresults ? args->v[0]->type->results[0] : NULL;
				int nr = args->v[0]->type->nresults;
				Type **to = fe_alloc(nd->a, (nr + 1) * sizeof *to);
				for (int i = 1; i < nr && st; i++)
					to[i] = fe_under(st)->elem;
				rewrite_results(nd, n, args->v[0], to, nr);
				IrRewrite *rw = n->rw;
				for (int i = 1; i < rw->nresults; i++)
					conv(nd, &rw->uses[i], NULL);
				return;
			}
			if (!n->call.dots && args->len) {
				Type *st = args->v[0]->type ? fe_under(args->v[0]->type) : NULL;
				for (int i = 1; i < args->len; i++)
					conv(nd, &args->v[i], st && st->kind == TY_SLICE ? st->elem : NULL);
			}
			return;
		case BI_DELETE:
			if (args->len == 2) {
				Type *mt = args->v[0]->type ? fe_under(args->v[0]->type) : NULL;
				conv(nd, &args->v[1], mt && mt->kind == TY_MAP ? mt->key : NULL);
			}
			return;
		case BI_PANIC:
			if (args->len == 1)
				conv(nd, &args->v[0], fe_type_emptyiface);
			return;
		case BI_PRINT:
		case BI_PRINTLN:
			if (args->len == 1 && is_tuple_call(args->v[0]))
				rewrite_results(nd, n, args->v[0], NULL, 0);
			return;
		default:
			return;
		}
	}
	/* transformCall */
	nd->base = n->pos;
	rewrite_callee(nd, n);
	if (args->len == 1 && !n->call.dots && is_tuple_call(args->v[0])) {
		int nr = args->v[0]->type->nresults;
		rewrite_results(nd, n, args->v[0], param_types(nd, n, nr), nr);
		IrRewrite *rw = n->rw;
		assign_each(nd, NULL, rw->uses, rw->nresults, NULL);
		return;
	}
	assign_each(nd, args, NULL, args->len, param_types(nd, n, args->len));
}

/* The position ir.SetPos finds at a composite literal's element: its
 * key's colon, its own, or for a name the wrapper irgen puts around it. */
static void set_elt_pos(Noder *nd, Node *elt)
{
	if (elt->kind == N_KEYVALUE) {
		nd->base = elt->pos;
		return;
	}
	if (!unique_pos(elt)) {
		nd->base = elt->pos;
		return;
	}
	nd->base = fe_unparen(elt)->pos;
}

static void complit(Noder *nd, Node *n)
{
	Type *t = n->type ? fe_under(n->type) : NULL;
	if (t && t->kind == TY_PTR) /* an elided &T in an outer literal */
		t = fe_under(t->elem);
	bool isstruct = t && t->kind == TY_STRUCT;
	NodeList *elts = &n->composite.elts;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		if (e->kind == N_KEYVALUE) {
			if (!isstruct)
				expr(nd, e->binary.x);
			expr(nd, e->binary.y);
		} else {
			expr(nd, e);
		}
	}
	/* transformCompLit */
	Pos saved = nd->base;
	nd->base = n->pos;
	for (int i = 0; t && i < elts->len; i++) {
		Node *e = elts->v[i];
		set_elt_pos(nd, e);
		Type *et = t->kind == TY_STRUCT ? NULL : t->elem;
		if (isstruct && e->kind != N_KEYVALUE && i < t->nfields)
			et = t->fields[i].type;
		if (isstruct && e->kind == N_KEYVALUE && e->binary.x->kind == N_IDENT)
			for (int j = 0; j < t->nfields; j++)
				if (strcmp(t->fields[j].name, e->binary.x->ident.name) == 0)
					et = t->fields[j].type;
		if (e->kind == N_KEYVALUE) {
			if (t->kind == TY_MAP)
				conv(nd, &e->binary.x, t->key);
			conv(nd, &e->binary.y, et);
		} else {
			conv(nd, &elts->v[i], et);
		}
	}
	nd->base = saved;
}

/* Adds id's variable to f's closure variables, unless it has it. */
static void add_capture(Noder *nd, IrFunc *f, Node *id)
{
	for (int j = 0; j < f->ncvars; j++)
		if (f->cvars[j].var == id->obj)
			return;
	FE_PUSH(nd->a, f->cvars, f->ncvars, f->capcvars, (IrCvar){ .var = id->obj, .use = id });
}

/*
 * ir.CaptureName: a use of a variable of an enclosing function makes it a
 * closure variable of the func literal being built, at this first use.
 */
static void capture(Noder *nd, Node *id)
{
	Object *o = id->obj;
	if (!o || o->kind != OBJ_VAR || (o->flags & (OF_GLOBAL | OF_FIELD)) || !o->fn || o->fn == nd->fn)
		return;
	if (nd->fn && nd->fn->kind == N_FUNCLIT)
		add_capture(nd, nd->irfn, id);
}

/*
 * ir.FinishCaptureNames: once func literal fn is built, its closure
 * variables declared further out become closure variables of the
 * function enclosing it, at fn's position.
 */
static void finish_captures(Noder *nd, Node *fn, Node *outer)
{
	IrFunc *f = fn->irfn;
	if (!outer || outer->kind != N_FUNCLIT)
		return;
	for (int i = 0; i < f->ncvars; i++) {
		Node *id = f->cvars[i].use;
		if (id->obj->fn == outer)
			continue;
		Node *at = fe_node(nd->a, N_IDENT, fn->pos);
		at->ident.name = id->ident.name;
		at->obj = id->obj;
		at->type = id->type;
		at->mode = id->mode;
		add_capture(nd, outer->irfn, at);
	}
}

/* g.expr */
static void expr(Noder *nd, Node *n)
{
	n = fe_unparen(n);
	if (!n || fe_is_blank(n) || is_const(n))
		return;
	if (n->mode == MODE_TYPE || n->mode == MODE_BUILTIN || n->mode == MODE_PKG)
		return;
	nd->base = n->pos;
	switch (n->kind) {
	case N_IDENT:
		capture(nd, n);
		return;
	case N_COMPOSITE:
		complit(nd, n);
		return;
	case N_FUNCLIT:
		func_body(nd, n);
		return;
	case N_TYPEASSERT:
		expr(nd, n->typeassert.x);
		return;
	case N_CALL:
		expr(nd, n->call.fun);
		for (int i = 0; i < n->call.args.len; i++)
			expr(nd, n->call.args.v[i]);
		call(nd, n);
		return;
	case N_INDEX: {
		expr(nd, n->binary.x);
		expr(nd, n->binary.y);
		Type *t = n->binary.x->type ? fe_under(n->binary.x->type) : NULL;
		if (t && t->kind == TY_MAP)
			conv(nd, &n->binary.y, t->key);
		return;
	}
	case N_SELECTOR:
		if (n->sub != SEL_PKG)
			expr(nd, n->selector.x);
		return;
	case N_SLICEEXPR:
		expr(nd, n->slice.x);
		expr(nd, n->slice.lo);
		expr(nd, n->slice.hi);
		expr(nd, n->slice.max);
		return;
	case N_STAR:
	case N_UNARY:
		expr(nd, n->unary.x);
		return;
	case N_BINARY:
		expr(nd, n->binary.x);
		expr(nd, n->binary.y);
		/* An interface compared with a concrete value is not converted
		 * (gc's walkCompare compares type and data in place). */
		n->binary.x->convto = n->binary.y->convto = NULL;
		return;
	default:
		return;
	}
}

static void exprs(Noder *nd, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		expr(nd, l->v[i]);
}

/* transformAssign of lhs = rhs, once both sides are built. */
static void assign(Noder *nd, Node *stmt, NodeList *rhs, Node **lhsv, int nlhs)
{
	if (rhs->len == 1 && nlhs > 1) {
		Node *r = rhs->v[0];
		if (!is_tuple_call(r)) {
			/* v, ok = m[k] / x.(T): converted later, by order (codegen
			 * converts the value where it stores it) */
			for (Node *x = r; x; x = x->kind == N_PAREN ? x->unary.x : NULL)
				x->convto = NULL;
			return;
		}
		/* x, y = f(): temporaries when a type differs */
		Type *tt = fe_unparen(r)->type;
		bool mismatched = false;
		Type **to = fe_alloc(nd->a, (nlhs + 1) * sizeof *to);
		for (int i = 0; i < nlhs && i < tt->nresults; i++) {
			Node *d = fe_unparen(lhsv[i]);
			if (fe_is_blank(d))
				continue;
			to[i] = d->type ? d->type : (d->obj ? d->obj->type : NULL);
			if (to[i] && tt->results[i] && !fe_identical(to[i], tt->results[i]))
				mismatched = true;
		}
		if (!mismatched)
			return;
		rewrite_results(nd, stmt, r, to, nlhs);
		IrRewrite *rw = stmt->rw;
		for (int i = 0; i < rw->nresults; i++)
			conv(nd, &rw->uses[i], NULL);
		return;
	}
	for (int i = 0; i < rhs->len; i++) {
		Node *d = i < nlhs ? fe_unparen(lhsv[i]) : NULL;
		Type *t = d && !fe_is_blank(d) ? (d->type ? d->type : d->obj ? d->obj->type : NULL) : NULL;
		conv(nd, &rhs->v[i], t);
	}
}

static void var_spec(Noder *nd, Node *spec)
{
	NodeList *names = &spec->spec.names;
	if (names->len)
		nd->base = names->v[0]->pos;
	bool paired = spec->spec.values.len == names->len;
	for (int i = 0; i < names->len; i++)
		def(nd, names->v[i], paired ? spec->spec.values.v[i] : NULL);
	exprs(nd, &spec->spec.values);
	if (spec->spec.values.len)
		assign(nd, spec, &spec->spec.values, names->v, names->len);
}

static void decl_stmt(Noder *nd, Node *n)
{
	for (int i = 0; i < n->decl.specs.len; i++) {
		Node *s = n->decl.specs.v[i];
		if (s->kind == N_VARSPEC)
			var_spec(nd, s);
		else if (s->kind == N_TYPESPEC && s->typespec.name)
			nd->base = s->typespec.name->pos;
	}
}

static bool is_define(Node *n)
{
	const char *op = fe_token_name(n->assign.op);
	return op && strcmp(op, ":=") == 0;
}

static void return_stmt(Noder *nd, Node *n)
{
	NodeList *res = &n->ret.results;
	exprs(nd, res);
	Node *fn = nd->fn;
	Type *sig = NULL;
	if (fn && fn->kind == N_FUNCDECL)
		sig = fn->func_.name->obj ? fn->func_.name->obj->type : NULL;
	else if (fn)
		sig = fn->type;
	sig = sig ? fe_under(sig) : NULL;
	if (res->len == 1 && is_tuple_call(res->v[0])) {
		rewrite_results(nd, n, res->v[0], sig ? sig->results : NULL, sig ? sig->nresults : 0);
		IrRewrite *rw = n->rw;
		assign_each(nd, NULL, rw->uses, rw->nresults, NULL);
		return;
	}
	assign_each(nd, res, NULL, sig && res->len > sig->nresults ? sig->nresults : res->len, sig ? sig->results : NULL);
}

static void stmt(Noder *nd, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_LABELED:
		stmt(nd, n->labeled.stmt);
		return;
	case N_BLOCK:
		stmts(nd, &n->block.stmts);
		return;
	case N_EXPRSTMT:
	case N_DEFER:
	case N_GOSTMT:
		expr(nd, n->unary.x);
		return;
	case N_DECLSTMT:
		decl_stmt(nd, n);
		return;
	case N_INCDEC:
		expr(nd, n->incdec.x);
		return;
	case N_SEND: {
		expr(nd, n->binary.x);
		expr(nd, n->binary.y);
		Type *ct = n->binary.x->type ? fe_under(n->binary.x->type) : NULL;
		conv(nd, &n->binary.y, ct && ct->kind == TY_CHAN ? ct->elem : NULL);
		return;
	}
	case N_SELECTSTMT:
		for (int i = 0; i < n->switch_.body.len; i++) {
			Node *cl = n->switch_.body.v[i];
			Node *comm = cl->caseclause.exprs.len ? cl->caseclause.exprs.v[0] : NULL;
			/* x = <-c: typecheck's tcSelect drops the implicit
			 * conversion (the assignment after the receive converts) */
			if (comm && comm->kind == N_ASSIGN)
				for (Node *x = comm->assign.rhs.v[0]; x; x = x->kind == N_PAREN ? x->unary.x : NULL)
					x->convto = NULL;
			stmt(nd, comm);
			stmts(nd, &cl->caseclause.body);
		}
		return;
	case N_ASSIGN: {
		NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
		if (!is_define(n) && fe_op(n->assign.op) != OP_NONE) { /* x op= y */
			exprs(nd, rhs);
			exprs(nd, lhs);
			return;
		}
		exprs(nd, rhs);
		bool paired = lhs->len == rhs->len;
		for (int i = 0; i < lhs->len; i++) {
			Node *d = fe_unparen(lhs->v[i]);
			if (!is_define(n))
				expr(nd, d);
			else
				def(nd, d, paired ? rhs->v[i] : NULL);
		}
		assign(nd, n, rhs, lhs->v, lhs->len);
		return;
	}
	case N_RETURN:
		return_stmt(nd, n);
		return;
	case N_IF:
		stmt(nd, n->if_.init);
		expr(nd, n->if_.cond);
		stmt(nd, n->if_.then);
		stmt(nd, n->if_.els);
		return;
	case N_FOR:
		stmt(nd, n->for_.init);
		expr(nd, n->for_.cond);
		stmt(nd, n->for_.post);
		stmt(nd, n->for_.body);
		return;
	case N_RANGE:
		if (n->range.define) {
			def(nd, n->range.key, NULL);
			def(nd, n->range.value, NULL);
		} else {
			expr(nd, n->range.key);
			expr(nd, n->range.value);
		}
		expr(nd, n->range.x);
		stmt(nd, n->range.body);
		return;
	case N_SWITCH:
	case N_TYPESWITCH: {
		stmt(nd, n->switch_.init);
		Node *tag = n->switch_.tag;
		if (n->kind == N_TYPESWITCH && tag) {
			Node *x = tag->kind == N_ASSIGN ? (tag->assign.rhs.len ? tag->assign.rhs.v[0] : NULL) : tag->unary.x;
			x = fe_unparen(x);
			if (x && x->kind == N_TYPEASSERT)
				x = x->typeassert.x;
			expr(nd, x);
		} else {
			expr(nd, tag);
		}
		/* A case compared with the tag is not converted (gc's walkSwitch
		 * compares an interface with a concrete value in place). */
		if (n->kind == N_SWITCH && tag) {
			tag->convto = NULL;
			for (int i = 0; i < n->switch_.body.len; i++) {
				NodeList *cs = &n->switch_.body.v[i]->caseclause.exprs;
				for (int j = 0; j < cs->len; j++)
					cs->v[j]->convto = NULL;
			}
		}
		for (int i = 0; i < n->switch_.body.len; i++) {
			Node *cl = n->switch_.body.v[i];
			if (n->kind == N_TYPESWITCH && cl->obj && cl->obj->kind == OBJ_VAR && cl->obj->decl)
				add_dcl(nd, cl, NULL);
			exprs(nd, &cl->caseclause.exprs);
			stmts(nd, &cl->caseclause.body);
		}
		return;
	}
	default:
		return;
	}
}

static void stmts(Noder *nd, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		stmt(nd, l->v[i]);
}

/* The Dcl entries irgen makes for a signature: named receiver and
 * parameters (not blank), and every result. */
static int count_params(Node *fn)
{
	Node *ft = fn->func_.type;
	int n = 0;
	Node *recv = fn->kind == N_FUNCDECL ? fn->func_.recv : NULL;
	if (recv)
		for (int j = 0; j < recv->field.names.len; j++)
			n += !fe_is_blank(recv->field.names.v[j]);
	for (int i = 0; i < ft->functype.params.len; i++) {
		Node *f = ft->functype.params.v[i];
		for (int j = 0; j < f->field.names.len; j++)
			n += !fe_is_blank(f->field.names.v[j]);
	}
	for (int i = 0; i < ft->functype.results.len; i++) {
		Node *f = ft->functype.results.v[i];
		n += f->field.names.len ? f->field.names.len : 1;
	}
	return n;
}

/* ---- the conversions no context built ---- */

/* Any value the checker marked that the walk did not convert (a switch
 * case compared with an interface tag, ...) is converted where it stands. */
static void sweep(Node **slot, void *ctx)
{
	Noder *nd = ctx;
	Node *n = *slot;
	if (n->rw && n->rw->inner)
		for (int i = 0; i < n->rw->nresults; i++)
			sweep(&n->rw->uses[i], nd);
	fe_each_slot(n, sweep, nd);
	if (n->convto) {
		/* (a multi-value call's results are converted one by one, through temporaries) */
		if (n->type && n->type->kind != TY_TUPLE && !fe_identical(n->type, n->convto))
			*slot = conv_node(nd, n, n->convto, n->pos);
		n->convto = NULL;
	}
}

/* ---- functions and their names ---- */

static void add_func(Noder *nd, IrFunc *f)
{
	IrProgram *p = nd->prog;
	FE_PUSH(nd->a, p->funcs, p->nfuncs, p->capfuncs, f);
}

/* gc's name of a declared function: f, T.M or (*T).M. */
static const char *decl_name(Arena *a, Node *decl, int *ninit)
{
	const char *name = decl->func_.name->ident.name;
	Object *o = decl->func_.name->obj;
	/* gc numbers a package's init functions in source order: init.0, ... */
	if (!decl->func_.recv && strcmp(name, "init") == 0)
		return fe_sprintf(a, "init.%d", (*ninit)++);
	if (!decl->func_.recv || !o || !o->type || !o->type->recv)
		return name;
	Type *rt = o->type->recv->type;
	bool ptr = rt && rt->kind == TY_PTR;
	Type *base = ptr ? rt->elem : rt;
	const char *tn = base && base->kind == TY_NAMED && base->obj ? base->obj->name : "?";
	return ptr ? fe_sprintf(a, "(*%s).%s", tn, name) : fe_sprintf(a, "%s.%s", tn, name);
}

static void name_lits(Node *n, void *ctx);

/*
 * Func literals are named as gc's irgen names them, in source order,
 * dead code included: glob..funcN at package level, F.funcN in a
 * declared function F, C.N in a closure C.
 */
static void name_lits_in(Noder *nd, IrFunc *outer, Node *n)
{
	IrFunc *saved = nd->irfn;
	nd->irfn = outer;
	fe_each_child(n, name_lits, nd);
	nd->irfn = saved;
}

static void name_lits(Node *n, void *ctx)
{
	Noder *nd = ctx;
	if (n->kind != N_FUNCLIT) {
		fe_each_child(n, name_lits, nd);
		return;
	}
	IrFunc *outer = nd->irfn, *f = fe_alloc(nd->a, sizeof *f);
	f->decl = n;
	f->outer = outer;
	if (!outer)
		f->name = fe_sprintf(nd->a, "glob..func%d", ++nd->nglob);
	else if (outer->outer || (outer->decl && outer->decl->kind == N_FUNCLIT))
		f->name = fe_sprintf(nd->a, "%s.%d", outer->name, ++outer->nclosures);
	else
		f->name = fe_sprintf(nd->a, "%s.func%d", outer->name, ++outer->nclosures);
	n->irfn = f;
	add_func(nd, f);
	name_lits_in(nd, f, n->func_.body);
}

/* irgen's Dcl entries of a function start with its parameters and results. */
static void func_body(Noder *nd, Node *fn)
{
	Node *outer = nd->fn;
	IrFunc *outerfn = nd->irfn;
	nd->fn = fn;
	nd->irfn = fn->irfn;
	nd->irfn->dcllen = count_params(fn);
	if (fn->func_.body)
		stmt(nd, fn->func_.body);
	if (fn->kind == N_FUNCLIT)
		finish_captures(nd, fn, outer);
	nd->fn = outer;
	nd->irfn = outerfn;
}

IrProgram *ir_build(Comp *comp, Node *file)
{
	Arena *a = comp->a;
	Noder nd = { .a = a };
	nd.prog = fe_alloc(a, sizeof *nd.prog);
	nd.prog->file = file;
	nd.prog->comp = comp;
	IrFunc *init = fe_alloc(a, sizeof *init);
	init->name = "init";
	init->initSpecs = &comp->init_order;
	nd.irfn = init;
	NodeList *decls = &file->file.decls;

	/* The functions in gc's Decls order, and their names. */
	int ninit = 0;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_FUNCDECL) {
			IrFunc *f = fe_alloc(a, sizeof *f);
			f->decl = d;
			f->name = decl_name(a, d, &ninit);
			d->irfn = f;
			add_func(&nd, f);
			name_lits_in(&nd, f, d);
		} else if (d->kind == N_VARSPEC) {
			name_lits_in(&nd, NULL, d);
		}
	}

	/* Package-level types first, then the other declarations (a var's
	 * position is taken now, its initialiser built later), then the
	 * queued bodies and initialisers in order. */
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_TYPESPEC && d->typespec.name)
			nd.base = d->typespec.name->pos;
	}
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_VARSPEC && d->spec.names.len)
			nd.base = d->spec.names.v[0]->pos;
	}
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_FUNCDECL) {
			func_body(&nd, d);
		} else if (d->kind == N_VARSPEC) {
			exprs(&nd, &d->spec.values);
			if (d->spec.values.len)
				assign(&nd, d, &d->spec.values, d->spec.names.v, d->spec.names.len);
		}
	}
	for (int i = 0; i < decls->len; i++)
		sweep(&decls->v[i], &nd);
	nd.prog->init = init;
	return nd.prog;
}

/* ---- bodies that travel ---- */

enum { SMALL_NODES = 64 };

typedef struct Size {
	int nodes;
	bool complex;
} Size;

static void size_of(Node *n, void *ctx)
{
	Size *z = ctx;
	if (z->complex)
		return;
	if (++z->nodes > SMALL_NODES || n->kind == N_FUNCLIT || n->kind == N_DEFER || n->kind == N_GOSTMT ||
	    (n->kind == N_CALL && fe_call_builtin(n) == BI_RECOVER)) {
		z->complex = true;
		return;
	}
	fe_each_child(n, size_of, z);
}

bool ir_small_body(const Node *decl)
{
	if (!decl || decl->kind != N_FUNCDECL || !decl->func_.body)
		return false;
	Size z = { 0, false };
	size_of(decl->func_.body, &z);
	return !z.complex;
}

bool ir_ends_in_exit(const Node *branch)
{
	if (!branch || branch->kind != N_BLOCK || branch->block.stmts.len == 0)
		return false;
	Node *s = branch->block.stmts.v[branch->block.stmts.len - 1];
	if (s->kind == N_RETURN)
		return true;
	if (s->kind != N_EXPRSTMT)
		return false;
	Node *x = fe_unparen(s->unary.x);
	return x->kind == N_CALL && fe_call_builtin(x) == BI_PANIC;
}
