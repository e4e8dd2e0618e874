/*
 * devirt.c - devirtualization: interface calls whose receiver's dynamic
 * type is known.
 *
 * gc runs a small pass between type checking and escape analysis that
 * looks at every call through an interface, x.M(), and asks where x's
 * value came from.  Following local variables that are initialised once
 * and never assigned again nor address-taken (gc's ir.StaticValue), it
 * may arrive at an interface conversion of a concrete value of type T.
 * Then the dynamic type is T for sure, and the call is rewritten into
 * the static call x.(T).M() -- "devirtualizing x.M to T" -- which escape
 * analysis then treats like any method call: through M's parameter tags
 * rather than by sending the receiver to the heap.  When T's M is itself
 * promoted from an embedded interface field, the call stays dynamic, but
 * on x.(T).I: "partially devirtualizing x.M to T".
 *
 * The rewrite is an optimisation of escape analysis only: code generation
 * still makes the interface call (the result is the same), so the tree is
 * not touched; the decision is kept on the call's selector (Node.aux),
 * where call.c and the call graph consult it.
 *
 * gc devirtualizes every function before analysing any, so its lines come
 * first in -m's output, function by function in source order, each body
 * in pre-order with its func literals where they stand.
 */
#include <string.h>

#include "escape/escape.h"

/* The record of a devirtualized call sits on its selector (Node.aux,
 * escape's own slot). */
EscDevirt *esc_devirt_lookup(Node *sel)
{
	return sel ? sel->aux : NULL;
}

/* Locals initialised where they are declared: the defining value. */
typedef struct Init {
	Object *obj;
	Node *value;
} Init;

typedef struct Devirt {
	Arena *a;
	EscReporter *rep;
	bool report;
	Node *curfn;         /* the N_FUNCDECL or N_FUNCLIT whose body is walked */
	const char *curname; /* its gc name (escape.c named them all) */
	Init *inits;
	int ninits, capinits;
	Object **blind;      /* locals of inlined bodies: no definition to follow */
	int nblind, capblind;
} Devirt;

static void add_init(Devirt *d, Object *obj, Node *value)
{
	if (d->ninits == d->capinits) {
		int ncap = d->capinits ? 2 * d->capinits : 32;
		Init *ni = fe_alloc(d->a, ncap * sizeof *ni);
		if (d->ninits)
			memcpy(ni, d->inits, d->ninits * sizeof *ni);
		d->inits = ni;
		d->capinits = ncap;
	}
	d->inits[d->ninits++] = (Init){ obj, value };
}

/* The variables an inlined body declares, but for its results (and what
 * an inlined call in it declares: that call's own): gc's inliner gives
 * them no Defn, unlike the parameters and results it assigns. */
typedef struct Blind {
	Devirt *d;
	Node *inl;
} Blind;

static void note_blind(Node *n, void *ctx)
{
	Blind *bl = ctx;
	if (n->kind == N_INLCALL || n->kind == N_FUNCLIT)
		return;
	Object *o = n->kind == N_IDENT ? n->obj : NULL;
	if (o && o->kind == OBJ_VAR && o->decl == n) {
		bool result = false;
		for (int i = 0; i < bl->inl->inlcall.results.len; i++)
			result |= bl->inl->inlcall.results.v[i]->obj == o;
		if (!result)
			FE_PUSH(bl->d->a, bl->d->blind, bl->d->nblind, bl->d->capblind, o);
	}
	fe_each_child(n, note_blind, ctx);
}

/* gc's Defn: a declaration that pairs each name with one value. */
static void note_inits(Node *n, void *ctx)
{
	Devirt *d = ctx;
	if (n->kind == N_INLCALL && n->inlcall.body) {
		Blind bl = { d, n };
		fe_each_child(n->inlcall.body, note_blind, &bl);
		return;
	}
	if (n->kind == N_VARSPEC && n->spec.values.len == n->spec.names.len) {
		for (int i = 0; i < n->spec.names.len; i++) {
			Node *id = n->spec.names.v[i];
			if (id->obj && id->obj->kind == OBJ_VAR)
				add_init(d, id->obj, n->spec.values.v[i]);
		}
	} else if (n->kind == N_ASSIGN && n->assign.lhs.len == n->assign.rhs.len) {
		const char *op = fe_token_name(n->assign.op);
		if (!op || strcmp(op, ":=") != 0)
			return;
		for (int i = 0; i < n->assign.lhs.len; i++) {
			Node *id = fe_unparen(n->assign.lhs.v[i]);
			if (id->kind == N_IDENT && id->obj && id->obj->kind == OBJ_VAR && id->obj->decl == id)
				add_init(d, id->obj, n->assign.rhs.v[i]);
		}
	}
}

/*
 * static_value follows n back through single-assignment locals of the
 * function being walked (a variable of an enclosing function is, inside
 * a closure, a captured copy gc does not look through) to the
 * expression that produced it.
 */
static Node *static_value(Devirt *d, Node *n)
{
	for (int hops = 0; hops < 64; hops++) {
		n = fe_unparen(n);
		if (n->kind == N_INLCALL && n->inlcall.results.len == 1) { /* its result variable */
			n = n->inlcall.results.v[0];
			continue;
		}
		if (n->kind != N_IDENT)
			return n;
		Object *o = n->obj;
		if (!o || o->kind != OBJ_VAR || o->fn != d->curfn ||
		    (o->flags & (OF_GLOBAL | OF_PARAM | OF_RESULT | OF_ASSIGNED | OF_ADDRTAKEN)))
			return n;
		for (int i = 0; i < d->nblind; i++)
			if (d->blind[i] == o)
				return n;
		Node *v = NULL;
		for (int i = 0; i < d->ninits && !v; i++)
			if (d->inits[i].obj == o)
				v = d->inits[i].value;
		if (!v)
			return n;
		/* Converted from another interface type: gc's OCONVIFACE of an
		 * interface, which tells nothing of the dynamic type. */
		Node *vu = fe_unparen(v);
		if (vu->type && fe_is_interface(vu->type) && o->type && !fe_identical(vu->type, o->type))
			return NULL;
		n = v;
	}
	return n;
}

/* The concrete type an interface conversion at n converts, or NULL. */
static Type *converted_type(Node *n)
{
	Type *from = NULL;
	if (n->kind == N_CONVIFACE)
		from = n->unary.x->type;
	else if (n->kind == N_CALL && n->sub == CALL_CONV && n->type && fe_is_interface(n->type) && n->call.args.len == 1)
		from = n->call.args.v[0]->type;
	if (!from || n->mode == MODE_NIL || fe_is_interface(from))
		return NULL;
	return from;
}

static void devirt_call(Devirt *d, Node *call)
{
	Node *sel = fe_unparen(call->call.fun);
	if (sel->kind != N_SELECTOR || sel->sub != SEL_IFACEMETHOD)
		return;
	/* A receiver irgen moved into a temporary (it has a call in it) is
	 * a variable without a definition to look through. */
	IrRewrite *rw = call->rw;
	if (rw && rw->tmp && fe_unparen(sel->selector.x)->kind != N_INLCALL)
		return;   /* (an inlined call's result is looked through) */
	Node *v = static_value(d, sel->selector.x);
	Type *typ = v ? converted_type(v) : NULL;
	if (!typ)
		return;
	Lookup lk = fe_lookup(typ, sel->selector.sel->ident.name);
	if (lk.kind != LOOK_METHOD || !lk.mobj)
		return;

	/* Where the method is found: on an embedded interface field, the
	 * call stays dynamic. */
	Type *t = typ;
	for (int i = 0; i < lk.npath && t; i++) {
		Type *u = fe_under(t);
		if (u->kind == TY_PTR)
			u = fe_under(u->elem);
		t = u->kind == TY_STRUCT && lk.path[i] < u->nfields ? u->fields[lk.path[i]].type : NULL;
	}
	if (!t)
		return;
	bool partial = fe_is_interface(t);

	EscDevirt *r = fe_alloc(d->a, sizeof *r);
	sel->aux = r;
	*r = (EscDevirt){ .sel = sel, .typ = typ, .mobj = lk.mobj, .partial = partial, .npath = lk.npath };
	r->path = fe_alloc(d->a, (lk.npath + 1) * sizeof *r->path);
	memcpy(r->path, lk.path, lk.npath * sizeof *r->path);
	if (d->report) {
		const char *subject = rw && rw->tmp ? fe_sprintf(d->a, "%s.%s", rw->tmp->ident.name, sel->selector.sel->ident.name)
		                                    : esc_fmt_node(d->a, sel);
		EscReport rep = { .kind = partial ? "partially-devirtualized" : "devirtualized", .pos = call->pos,
		                  .func = d->curname, .subject = subject };
		esc_report(d->rep, &rep, "%sdevirtualizing %s to %s", partial ? "partially " : "", rep.subject,
		           esc_fmt_type(d->a, typ));
	}
}

static void walk_body(Devirt *d, Node *fn);

static void visit(Node *n, void *ctx)
{
	Devirt *d = ctx;
	if (n->kind == N_CALL && n->sub == CALL_IFACE)
		devirt_call(d, n);
	else if (n->kind == N_FUNCLIT)
		walk_body(d, n);
}

static void walk_body(Devirt *d, Node *fn)
{
	Node *outer = d->curfn;
	const char *outername = d->curname;
	d->curfn = fn;
	d->curname = fn->irfn ? fn->irfn->name : NULL;
	esc_visit(fn->func_.body, false, visit, d);
	d->curfn = outer;
	d->curname = outername;
}

void esc_devirtualize(EscReporter *rep, Arena *a, Node *file, int mflag)
{
	Devirt d = { .a = a, .rep = rep, .report = mflag != 0 };
	NodeList *decls = &file->file.decls;
	for (int i = 0; i < decls->len; i++)
		if (decls->v[i]->kind == N_FUNCDECL && decls->v[i]->func_.body)
			esc_visit(decls->v[i]->func_.body, true, note_inits, &d);
	for (int i = 0; i < decls->len; i++)
		if (decls->v[i]->kind == N_FUNCDECL && decls->v[i]->func_.body)
			walk_body(&d, decls->v[i]);
}
