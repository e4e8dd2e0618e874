/*
 * clone.c - ir_clone: a copy of a function body, statement or expression,
 * IR included, for the inliner to put into a caller.
 *
 * A body may be inlined several times, into one function or into many,
 * and escape and codegen then treat each copy as code of its own; so the
 * copy shares nothing that a later stage writes or tells things apart by:
 *
 *   Nodes.  Every node is new: the whole struct is copied, then its
 *   children are replaced by their copies (fe_each_slot: one traversal for
 *   every kind), the lists in arrays of the copy's own.  What no stage
 *   writes is shared: types, constants, selector paths, names, literal
 *   text.  What escape writes (esc, dots, walked) and the stage-private
 *   aux start empty: escape runs on the copy.
 *
 *   Objects.  A variable declared inside n -- its declaring identifier
 *   (obj->decl) is in n: locals, temporaries, a type switch's clause
 *   variables (N_CASECLAUSE.obj), parameters and results when n is a whole
 *   function -- gets a new Object, a copy of the old one declared by the
 *   copied identifier and owned by fn, or by the copy of its function when
 *   that was copied too (a func literal in n, or n itself).  Every
 *   reference in the copy (identifiers, clauses, closure variables) names
 *   the new Object; whatever is declared outside n stays as it is.  So
 *   every declaring identifier of the copy is its Object's decl, which is
 *   how later stages tell a declaration from a use.  Local constants are
 *   renewed the same way, and a label with an OBJ_LABEL object (the
 *   checker gives labels none: they go by name).  Local types keep their
 *   Objects: a named Type points back at its Object, and types are
 *   shared.
 *
 *   Substitutions.  An identifier of subst[i].from -- a use, not the
 *   declaring one -- becomes a fresh copy of subst[i].to, one per use.  The
 *   substitute is the caller's expression: its variables and temporaries
 *   stay; only what a func literal in it declares is new.
 *
 *   IR.  A rewrite (Node.rw) is copied with its temporaries, its inner call
 *   being the copy's (it is in the tree).  The IrFunc of a func literal or
 *   declaration in n is copied with its Dcl list and closure variables
 *   mapped onto the copy; its name, outer function and escape record are
 *   the inliner's and escape's to fill in.  A closure variable that was
 *   substituted becomes what its substitute uses: the variable a name
 *   names, nothing for a constant.
 *
 * fn may be NULL only when n is a whole function: then everything n
 * declares is owned by n's copy or a literal's in it.  The new Objects
 * keep the checker's scope links (scope, next): no one looks them up by
 * name any more.
 *
 * Three steps, so that the order of the tree does not matter (a goto
 * precedes its label): declare makes the new Objects of everything n
 * declares, copy copies the nodes, remembering which copy each node has,
 * and finish sets each new Object's decl and fn.  The state lives in a
 * Clone on the stack, its maps and the result in the arena: ir_clone is
 * reentrant.
 */
#include <string.h>

#include "ir/ir.h"

/* ---- the state of one copy ---- */

typedef struct Clone {
	Arena *a;
	const IrSubst *subst;
	int nsubst;
	Node *fn;          /* the function the copy goes into */
	BsMap *objs;       /* Object declared in the original -> its copy */
	BsMap *nodes;      /* node of the original -> its copy */
	Object **declared; /* the keys of objs, in order */
	int ndeclared, capdeclared;
} Clone;

static Node *copy(Clone *cl, Node *n);

/* What takes the place of a use of o, or NULL. */
static Node *subst_of(const Clone *cl, const Object *o)
{
	for (int i = 0; o && i < cl->nsubst; i++)
		if (cl->subst[i].from == o)
			return cl->subst[i].to;
	return NULL;
}

/* The copy n has, or (a node outside the tree: a synthesised identifier)
 * a new one. */
static Node *copy_of(Clone *cl, Node *n)
{
	Node *c = bs_map_get(cl->nodes, n);
	return c ? c : copy(cl, n);
}

/* ---- declare: new Objects for what the original declares ---- */

typedef struct Declare {
	Clone *cl;
	bool on;           /* false: in a substitute, outside its func literals */
} Declare;

static void renew(Clone *cl, Object *o)
{
	if (bs_map_get(cl->objs, o))
		return;
	Object *c = fe_alloc(cl->a, sizeof *c);
	*c = *o;
	bs_map_put(cl->objs, o, c);
	cl->declared = fe_grow(cl->a, cl->declared, cl->ndeclared, &cl->capdeclared, sizeof *cl->declared, 8);
	cl->declared[cl->ndeclared++] = o;
}

static void declare(Node *n, void *ctx);

static void declare_rw(Declare *d, IrRewrite *rw)
{
	if (rw->tmp)
		declare(rw->tmp, d);
	for (int i = 0; i < rw->nresults; i++)
		declare(rw->results[i], d);
}

static void declare(Node *n, void *ctx)
{
	Declare *d = ctx;
	if (n->kind == N_FUNCLIT && !d->on) {
		Declare in = { d->cl, true };
		fe_each_child(n, declare, &in);
		return;
	}
	if (d->on) {
		Object *o = n->obj;
		if (n->kind == N_IDENT && o && (o->kind == OBJ_VAR || o->kind == OBJ_CONST) && o->decl == n)
			renew(d->cl, o);
		else if (n->kind == N_CASECLAUSE && o && o->kind == OBJ_VAR)
			renew(d->cl, o);   /* the clause's own variable; its decl is the switch's v */
		else if (n->kind == N_LABELED && n->labeled.label && (o = n->labeled.label->obj) &&
		         o->kind == OBJ_LABEL && o->decl == n)
			renew(d->cl, o);
		if (n->rw)
			declare_rw(d, n->rw);
	}
	fe_each_child(n, declare, d);
}

/* ---- finish: the new Objects' declarations and owners ---- */

/* Once every node is copied: each new Object is declared by its copied
 * identifier (clause variables: the switch's v; labels: the labelled
 * statement) and owned by its function's copy, or by fn. */
static void finish(Clone *cl)
{
	for (int i = 0; i < cl->ndeclared; i++) {
		const Object *o = cl->declared[i];
		Object *c = bs_map_get(cl->objs, o);
		Node *decl = bs_map_get(cl->nodes, o->decl);
		if (decl)
			c->decl = decl;
		Node *init = bs_map_get(cl->nodes, o->init);
		if (init)
			c->init = init;
		Node *fn = bs_map_get(cl->nodes, o->fn);
		if (fn)
			c->fn = fn;
		else if (o->fn || o->kind == OBJ_VAR)
			c->fn = cl->fn;
	}
}

/* ---- copy ---- */

/* The lists of a node (fe_each_slot visits their elements, not them). */
static int lists_of(Node *n, NodeList **l)
{
	switch (n->kind) {
	case N_COMPOSITE: l[0] = &n->composite.elts; return 1;
	case N_CALL: l[0] = &n->call.args; return 1;
	case N_STRUCTTYPE:
	case N_INTERFACETYPE: l[0] = &n->fields.fields; return 1;
	case N_FUNCTYPE: l[0] = &n->functype.params; l[1] = &n->functype.results; return 2;
	case N_FIELD: l[0] = &n->field.names; return 1;
	case N_DECLSTMT: l[0] = &n->decl.specs; return 1;
	case N_ASSIGN: l[0] = &n->assign.lhs; l[1] = &n->assign.rhs; return 2;
	case N_RETURN: l[0] = &n->ret.results; return 1;
	case N_BLOCK: l[0] = &n->block.stmts; return 1;
	case N_CASECLAUSE: l[0] = &n->caseclause.exprs; l[1] = &n->caseclause.body; return 2;
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECTSTMT: l[0] = &n->switch_.body; return 1;
	case N_CONSTSPEC:
	case N_VARSPEC: l[0] = &n->spec.names; l[1] = &n->spec.values; return 2;
	case N_FILE: l[0] = &n->file.imports; l[1] = &n->file.decls; return 2;
	case N_INLCALL: l[0] = &n->inlcall.results; return 1;
	default: return 0;
	}
}

/* A node being copied: its children's slots are in it or in its lists. */
typedef struct Slots {
	Clone *cl;
	Node *c;
	NodeList *lists[2];
	int nlists;
} Slots;

static bool within(const void *p, const void *lo, size_t size)
{
	return (uintptr_t)p >= (uintptr_t)lo && (uintptr_t)p < (uintptr_t)lo + size;
}

static void copy_slot(Node **slot, void *ctx)
{
	Slots *s = ctx;
	bool own = within(slot, s->c, sizeof *s->c);
	for (int i = 0; i < s->nlists && !own; i++)
		own = within(slot, s->lists[i]->v, (size_t)s->lists[i]->len * sizeof *slot);
	if (!own) /* a list lists_of does not know: it would be the original's */
		fe_ice(s->c->pos, "ir_clone: %s has a list clone.c does not copy", fe_kind_name(s->c->kind));
	*slot = copy(s->cl, *slot);
}

static IrRewrite *copy_rw(Clone *cl, const IrRewrite *rw)
{
	IrRewrite *c = fe_alloc(cl->a, sizeof *c);
	*c = *rw;
	c->tmp = rw->tmp ? copy_of(cl, rw->tmp) : NULL;
	c->inner = rw->inner ? copy_of(cl, rw->inner) : NULL;
	if (rw->results) {
		c->results = fe_alloc(cl->a, (rw->nresults + 1) * sizeof *c->results);
		for (int i = 0; i < rw->nresults; i++)
			c->results[i] = copy_of(cl, rw->results[i]);
	}
	if (rw->uses) {
		c->uses = fe_alloc(cl->a, (rw->nresults + 1) * sizeof *c->uses);
		for (int i = 0; i < rw->nresults; i++)
			c->uses[i] = copy_of(cl, rw->uses[i]);
	}
	return c;
}


/* Adds var to f's closure variables, unless it has it (irgen's add_capture). */
static void add_cvar(Arena *a, IrFunc *f, Object *var, Node *use)
{
	for (int i = 0; i < f->ncvars; i++)
		if (f->cvars[i].var == var)
			return;
	FE_PUSH(a, f->cvars, f->ncvars, f->capcvars, (IrCvar){ .var = var, .use = use });
}

typedef struct Capture {
	Arena *a;
	IrFunc *f;
} Capture;

/*
 * A substituted closure variable: the literal captures the variables of
 * the substitute's copy n instead -- its local variables, and those the
 * func literals in it capture (irgen's FinishCaptureNames: used at the
 * literal) -- in their order.  A constant captures nothing.
 */
static void capture_in(Node *n, void *ctx)
{
	Capture *cp = ctx;
	if (n->kind == N_FUNCLIT) {
		for (int i = 0; n->irfn && i < n->irfn->ncvars; i++) {
			Node *u = n->irfn->cvars[i].use;
			Node *at = fe_node(cp->a, N_IDENT, n->pos);
			at->ident.name = u->ident.name;
			at->obj = u->obj;
			at->type = u->type;
			at->mode = u->mode;
			add_cvar(cp->a, cp->f, at->obj, at);
		}
		return;
	}
	Object *o = n->obj;
	if (n->kind == N_IDENT && o && o->kind == OBJ_VAR && o->fn && !(o->flags & (OF_GLOBAL | OF_FIELD)))
		add_cvar(cp->a, cp->f, o, n);
	fe_each_child(n, capture_in, cp);
}

/* The IrFunc of decl, the copy of f's function: its Dcl list and closure
 * variables refer to the copy (whose nodes are all made by now). */
static IrFunc *copy_func(Clone *cl, const IrFunc *f, Node *decl)
{
	IrFunc *c = fe_alloc(cl->a, sizeof *c);
	*c = *f;
	c->decl = decl;
	c->name = NULL;
	c->outer = NULL;
	c->esc = NULL;
	c->cvars = NULL;
	c->ncvars = c->capcvars = 0;
	for (int i = 0; i < f->ncvars; i++) {
		const IrCvar *cv = &f->cvars[i];
		Node *use = copy_of(cl, cv->use);
		if (subst_of(cl, cv->var)) {
			Capture cp = { cl->a, c };
			capture_in(use, &cp);
		} else {
			Object *v = bs_map_get(cl->objs, cv->var);
			add_cvar(cl->a, c, v ? v : cv->var, use);
		}
	}
	c->dcl = f->ndcl ? fe_alloc(cl->a, f->ndcl * sizeof *c->dcl) : NULL;
	c->capdcl = f->ndcl;
	for (int i = 0; i < f->ndcl; i++) {
		c->dcl[i].n = copy_of(cl, f->dcl[i].n);
		c->dcl[i].init = f->dcl[i].init ? copy_of(cl, f->dcl[i].init) : NULL;
	}
	return c;
}

/* A copy of the caller's expression to: new only in its func literals. */
static Node *substitute(Clone *cl, Node *to)
{
	Clone sub = { .a = cl->a, .fn = cl->fn, .objs = bs_map_new(cl->a), .nodes = bs_map_new(cl->a) };
	Declare d = { &sub, false };
	declare(to, &d);
	Node *c = copy(&sub, to);
	finish(&sub);
	return c;
}

/*
 * The copy of n: the struct, then its lists in arrays of its own, then its
 * children (fe_each_slot), then what irgen recorded on it, which refers to
 * them.  A use of a substituted variable is its substitute's copy.
 */
static Node *copy(Clone *cl, Node *n)
{
	Node *to = n->kind == N_IDENT && n->obj && n->obj->decl != n ? subst_of(cl, n->obj) : NULL;
	if (to) {
		Node *c = substitute(cl, to);
		bs_map_put(cl->nodes, n, c);
		return c;
	}
	Node *c = fe_alloc(cl->a, sizeof *c);
	*c = *n;
	c->walked = false;
	c->esc = c->dots = NULL;
	c->aux = NULL;
	Object *o = bs_map_get(cl->objs, n->obj);
	if (o)
		c->obj = o;
	bs_map_put(cl->nodes, n, c);

	Slots s = { cl, c, { NULL, NULL }, 0 };
	s.nlists = lists_of(c, s.lists);
	for (int i = 0; i < s.nlists; i++) {
		NodeList *l = s.lists[i];
		Node **v = l->len ? fe_alloc(cl->a, (size_t)l->len * sizeof *v) : NULL;
		if (l->len)
			memcpy(v, l->v, (size_t)l->len * sizeof *v);
		*l = (NodeList){ v, l->len, l->len };
	}
	fe_each_slot(c, copy_slot, &s);

	if (n->rw)
		c->rw = copy_rw(cl, n->rw);
	if (n->irfn)
		c->irfn = copy_func(cl, n->irfn, c);
	return c;
}

Node *ir_clone(Arena *a, Node *n, const IrSubst *subst, int nsubst, Node *fn)
{
	if (!n)
		return NULL;
	Clone cl = { .a = a, .subst = subst, .nsubst = nsubst, .fn = fn,
	             .objs = bs_map_new(a), .nodes = bs_map_new(a) };
	Declare d = { &cl, true };
	declare(n, &d);
	Node *c = copy(&cl, n);
	finish(&cl);
	return c;
}
