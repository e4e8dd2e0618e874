/*
 * frame.c - gc's backend limit on stack frames, checked after the escape pass.
 *
 * gc refuses a function whose frame reaches 1GB: its locals (the variables
 * the escape pass left on the stack, the backing arrays of slice literals
 * that do not escape, the temporaries it makes for call arguments that
 * call, the copy of an array ranged over with its values),
 * its own arguments and results, or its locals plus
 * the outgoing area of the largest call it makes.  We estimate the three
 * the way gc lays them out (no slot sharing), which gives gc's figures for
 * the frames where the limit matters: those holding a few huge values.
 * Function literals are frames of their own.
 */
#include <string.h>

#include "escape/escape.h"

enum { MAX_FRAME = 1 << 30 };

typedef struct Frame {
	int64_t locals, callee;
	FeDiag *diag;   /* where "stack frame too large" goes */
	int inlined;    /* inside an inlined call's copy: its parameters and
	                 * results are locals of this frame */
	struct Uses *uses;   /* the function's locals and who reads them */
} Frame;

/*
 * gc measures the frame after SSA, whose dead-code pass has dropped the
 * locals nothing reads: a slice literal whose variable is only copied
 * into other such variables (an inlined callee's unused parameter), or
 * whose length alone is asked, never has its backing array stored.  The
 * uses of each local are collected first; a variable is dead when it is
 * read only by len/cap or as the whole right side of an assignment to
 * dead variables or to _.
 */
typedef struct Use {
	bool read;          /* read otherwise: live */
	Object **copies;    /* assigned whole to these */
	int ncopies, capcopies;
	int state;          /* dead(): 0 unknown, 1 being decided, 2 dead, 3 live */
} Use;

typedef struct Uses {
	Arena *a;
	BsMap *m;       /* local Object -> its Use */
	BsMap *lits;    /* slice literal -> the local it initialises */
} Uses;

static bool is_local(Object *o)
{
	return o && o->kind == OBJ_VAR && !(o->flags & (OF_GLOBAL | OF_FIELD));
}

static Use *use_of(Uses *u, Object *o)
{
	Use *x = bs_map_get(u->m, o);
	if (!x) {
		x = fe_alloc(u->a, sizeof *x);
		bs_map_put(u->m, o, x);
	}
	return x;
}

static void collect_uses(Node *n, void *ctx);

/* dst = src: a copy edge when src is a local and dst a local or _. */
static void assign_use(Uses *u, Node *dst, Node *src)
{
	Node *s = fe_unparen(src), *d = fe_unparen(dst);
	if (s && s->kind == N_COMPOSITE && d && d->kind == N_IDENT && is_local(d->obj))
		bs_map_put(u->lits, s, d->obj);
	if (s && s->kind == N_IDENT && is_local(s->obj) && s->obj->decl != s && d && d->kind == N_IDENT &&
	    (fe_is_blank(d) || is_local(d->obj))) {
		Use *x = use_of(u, s->obj);
		if (!fe_is_blank(d))
			FE_PUSH(u->a, x->copies, x->ncopies, x->capcopies, d->obj);
		return;
	}
	collect_uses(src, u);
}

static void collect_uses(Node *n, void *ctx)
{
	Uses *u = ctx;
	if (!n)
		return;
	switch (n->kind) {
	case N_IDENT:
		if (is_local(n->obj) && n->obj->decl != n)
			use_of(u, n->obj)->read = true;
		return;
	case N_ASSIGN: {
		NodeList *l = &n->assign.lhs, *r = &n->assign.rhs;
		bool plain = (n->assign.op == '=' || fe_op(n->assign.op) == OP_NONE) && l->len == r->len;
		for (int i = 0; i < l->len; i++) {
			Node *d = fe_unparen(l->v[i]);
			if (!plain || d->kind != N_IDENT)
				collect_uses(l->v[i], u);   /* a[i], *p, x op= y read */
		}
		for (int i = 0; i < r->len; i++) {
			if (plain)
				assign_use(u, l->v[i], r->v[i]);
			else
				collect_uses(r->v[i], u);
		}
		return;
	}
	case N_VARSPEC:
		for (int i = 0; i < n->spec.values.len; i++) {
			if (n->spec.values.len == n->spec.names.len)
				assign_use(u, n->spec.names.v[i], n->spec.values.v[i]);
			else
				collect_uses(n->spec.values.v[i], u);
		}
		return;
	case N_CALL: {
		Builtin b = fe_call_builtin(n);
		Node *x = n->call.args.len ? fe_unparen(n->call.args.v[0]) : NULL;
		if ((b == BI_LEN || b == BI_CAP) && x && x->kind == N_IDENT && is_local(x->obj) &&
		    fe_under(x->type)->kind == TY_SLICE)
			return;   /* a constant to SSA when the slice is a literal's */
		break;
	}
	default:
		break;
	}
	fe_each_child(n, collect_uses, u);
}

static bool dead(Uses *u, Object *o)
{
	Use *x = bs_map_get(u->m, o);
	if (!x)
		return true;
	if (x->state == 2 || x->state == 1)   /* a cycle of copies reads nothing */
		return x->state != 3;
	if (x->state == 3)
		return false;
	if (x->read || (o->flags & (OF_ADDRTAKEN | OF_PARAM | OF_RESULT))) {
		x->state = 3;
		return false;
	}
	x->state = 1;
	bool d = true;
	for (int i = 0; i < x->ncopies && d; i++)
		d = dead(u, x->copies[i]);
	x->state = d ? 2 : 3;
	return d;
}

static void frame_node(Node *n, void *ctx);

static int64_t size_of(Type *t)
{
	if (!t)
		return 0;
	int64_t s = fe_sizeof(t);
	return s > 0 ? s : 0;
}

/* The arguments and results of a signature, receiver included. */
static int64_t sig_args(Type *sig)
{
	if (!sig || sig->kind != TY_FUNC)
		return 0;
	int64_t n = sig->recv ? size_of(sig->recv->type) : 0;
	for (int i = 0; i < sig->nparams; i++)
		n += size_of(sig->params[i]);
	for (int i = 0; i < sig->nresults; i++)
		n += size_of(sig->results[i]);
	return n;
}

/* Does evaluating e call a function (gc's mayCall, for calls only)? */
static void find_call(Node *n, void *ctx)
{
	bool *found = ctx;
	if (!n || *found || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_CALL && n->sub != CALL_CONV && n->sub != CALL_BUILTIN) {
		*found = true;
		return;
	}
	fe_each_child(n, find_call, ctx);
}

/* The signature a call goes through: the method's own for x.M(). */
static Type *call_sig(Node *call)
{
	Node *fun = call->call.fun;
	while (fun && fun->kind == N_PAREN)
		fun = fun->unary.x;
	if (fun && fun->kind == N_SELECTOR && call->sub == CALL_METHOD && fun->obj && fun->obj->type)
		return fun->obj->type;
	return fun ? fe_under(fun->type) : NULL;
}

static void check_frame(FeDiag *d, Node *fn, Type *sig, Node *body);

static void frame_node(Node *n, void *ctx)
{
	Frame *f = ctx;
	if (!n)
		return;
	switch (n->kind) {
	case N_FUNCLIT:
		check_frame(f->diag, n, n->type, n->func_.body);
		return;
	case N_IDENT: {
		/* a local variable's declaration, when it stays on the stack */
		Object *o = n->obj;
		if (o && o->kind == OBJ_VAR && o->decl == n && !(o->flags & (OF_GLOBAL | OF_FIELD)) &&
		    (f->inlined || !(o->flags & (OF_PARAM | OF_RESULT))) && !ir_on_heap(n->esc))
			f->locals += size_of(o->type);
		return;
	}
	case N_INLCALL: {
		/* the callee's variables join the caller's frame; its
		 * parameters are assigned together (gc's OAS2), so an argument
		 * that calls is evaluated into a temporary first */
		Node *init = n->inlcall.init;
		for (int i = 0; init && i < init->block.stmts.len; i++) {
			Node *as = init->block.stmts.v[i];
			if (as->kind != N_ASSIGN || as->assign.lhs.len != as->assign.rhs.len)
				continue;
			for (int j = 0; j < as->assign.rhs.len; j++) {
				bool calls = false;
				find_call(as->assign.rhs.v[j], &calls);
				if (calls)
					f->locals += size_of(as->assign.lhs.v[j]->type);
			}
		}
		f->inlined++;
		fe_each_child(n, frame_node, ctx);
		f->inlined--;
		return;
	}
	case N_CALL:
		if (n->sub != CALL_CONV && n->sub != CALL_BUILTIN) {
			Type *sig = call_sig(n);
			int64_t out = sig_args(sig);
			if (out > f->callee)
				f->callee = out;
			/* arguments that call are evaluated into temporaries first */
			for (int i = 0; sig && sig->kind == TY_FUNC && i < n->call.args.len; i++) {
				bool calls = false;
				find_call(n->call.args.v[i], &calls);
				if (calls && i < sig->nparams)
					f->locals += size_of(sig->params[i]);
			}
		}
		break;
	case N_COMPOSITE: {
		/* a slice literal that does not escape keeps its backing array
		 * in the frame, whatever its size (gc sends only new, &T{} and
		 * make of a large constant size to the heap) */
		Type *t = n->type ? fe_under(n->type) : NULL;
		if (!t || t->kind != TY_SLICE || !ir_on_stack(n->esc))
			break;
		Object *v = f->uses ? bs_map_get(f->uses->lits, n) : NULL;
		if (v && dead(f->uses, v))
			break;   /* SSA drops it */
		int64_t idx = 0, len = 0;
		for (int i = 0; i < n->composite.elts.len; i++) {
			Node *e = n->composite.elts.v[i];
			if (e->kind == N_KEYVALUE && e->binary.x->val)
				fe_const_is_int64(e->binary.x->val, &idx);
			idx++;
			if (idx > len)
				len = idx;
		}
		f->locals += len * size_of(t->elem);
		break;
	}
	case N_RANGE: {
		/* ranging over an array value with a value variable ranges over
		 * a copy (changes made by the loop are not seen) */
		Node *v = n->range.value;
		Type *xt = n->range.x ? n->range.x->type : NULL;
		if (xt && fe_under(xt)->kind == TY_ARRAY && v && !(v->kind == N_IDENT && strcmp(v->ident.name, "_") == 0))
			f->locals += size_of(xt);
		break;
	}
	default:
		break;
	}
	fe_each_child(n, frame_node, ctx);
}

static void check_frame(FeDiag *d, Node *fn, Type *sig, Node *body)
{
	if (!body)
		return; /* its code comes from elsewhere */
	Uses u = { .a = fe_arena_new() };
	u.m = bs_map_new(u.a);
	u.lits = bs_map_new(u.a);
	collect_uses(body, &u);
	Frame f = { .diag = d, .uses = &u };
	frame_node(body, &f);
	fe_arena_free(u.a);
	int64_t args = sig_args(sig);
	if (f.locals >= MAX_FRAME || args >= MAX_FRAME)
		fe_error(d, fn->pos, "stack frame too large (>1GB): %lld MB locals + %lld MB args", (long long)(f.locals >> 20),
			 (long long)(args >> 20));
	else if (f.locals + f.callee >= MAX_FRAME)
		fe_error(d, fn->pos, "stack frame too large (>1GB): %lld MB locals + %lld MB args + %lld MB callee",
			 (long long)(f.locals >> 20), (long long)(args >> 20), (long long)(f.callee >> 20));
}

void esc_check_frames(Comp *comp, Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d && d->kind == N_FUNCDECL && d->func_.name && d->func_.name->obj)
			check_frame(comp->diag, d, d->func_.name->obj->type, d->func_.body);
	}
}
