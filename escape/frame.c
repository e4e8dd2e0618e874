/*
 * frame.c - stack frames of 1 GB or more, refused as gc's back end does.
 *
 * gc lays out each function's frame after escape analysis and refuses one
 * whose locals, or whose own arguments and results, take 1 GB or more:
 * "stack frame too large (>1GB): L MB locals + A MB args", at the function
 * (the token after 'func').  Its locals are the variables left on the stack
 * (escape analysis sends those above 10 MB to the heap), the backing
 * arrays of slice literals that do not escape, and the copies its order
 * pass makes: ranging over an array value with a value variable copies
 * the array first.  Registers and small temporaries do not matter
 * at this scale, so summing those sizes gives gc's figures in megabytes.
 */
#include <string.h>

#include "escape/escape.h"

#define ESC_MAX_FRAME ((int64_t)1 << 30)

typedef struct Frame {
	Arena *a;
	int64_t locals;
	NodeList lits; /* closures met in the body: frames of their own */
} Frame;

static int64_t align_up(int64_t w, int64_t al)
{
	return al > 1 ? (w + al - 1) / al * al : w;
}

static int64_t add_slot(int64_t w, Type *t)
{
	if (!t)
		return w;
	return align_up(w, fe_alignof(t)) + fe_sizeof(t);
}

/* receiver, parameters and results, laid out one after the other */
static int64_t arg_width(Type *sig)
{
	int64_t w = 0;
	if (!sig || sig->kind != TY_FUNC)
		return 0;
	if (sig->recv)
		w = add_slot(w, sig->recv->type);
	for (int i = 0; i < sig->nparams; i++)
		w = add_slot(w, sig->params[i]);
	w = align_up(w, 8);
	for (int i = 0; i < sig->nresults; i++)
		w = add_slot(w, sig->results[i]);
	return align_up(w, 8);
}

static void count_local(Node *n, void *ctx)
{
	Frame *f = ctx;
	switch (n->kind) {
	case N_FUNCLIT:
		fe_list_push(f->a, &f->lits, n);
		break;
	case N_IDENT: {
		Object *o = n->obj;
		if (!o || o->kind != OBJ_VAR || o->decl != n || esc_is_blank(n))
			break;
		if (o->flags & (OF_GLOBAL | OF_PARAM | OF_RESULT | OF_FIELD))
			break;
		if (ESC_VERDICT(n) == ESC_HEAP)
			break;
		f->locals = add_slot(f->locals, o->type);
		break;
	}
	case N_COMPOSITE: {
		/* a slice literal that does not escape keeps its backing array
		 * in the frame, whatever its size (gc sends only new/&T{} and
		 * make of a large constant size to the heap) */
		Type *t = n->type ? fe_under(n->type) : NULL;
		if (!t || t->kind != TY_SLICE || ESC_VERDICT(n) != ESC_NONE)
			break;
		int64_t idx = 0, len = 0;
		for (int i = 0; i < n->composite.elts.len; i++) {
			Node *e = n->composite.elts.v[i];
			if (e->kind == N_KEYVALUE && e->binary.x->val)
				fe_const_is_int64(e->binary.x->val, &idx);
			idx++;
			if (idx > len)
				len = idx;
		}
		f->locals = align_up(f->locals, fe_alignof(t->elem)) + len * fe_sizeof(t->elem);
		break;
	}
	case N_RANGE: {
		Type *t = n->range.x ? n->range.x->type : NULL;
		if (t && fe_under(t)->kind == TY_ARRAY && n->range.value && !esc_is_blank(n->range.value))
			f->locals = add_slot(f->locals, t);
		break;
	}
	default:
		break;
	}
}

static void check_frame(Arena *a, Pos pos, Type *sig, Node *body)
{
	if (!body)
		return;
	Frame f = { .a = a };
	esc_visit(body, false, count_local, &f);
	int64_t args = arg_width(sig);
	if (f.locals >= ESC_MAX_FRAME || args >= ESC_MAX_FRAME)
		fe_error(pos, "stack frame too large (>1GB): %lld MB locals + %lld MB args", (long long)(f.locals >> 20),
			 (long long)(args >> 20));
	for (int i = 0; i < f.lits.len; i++) {
		Node *lit = f.lits.v[i];
		check_frame(a, lit->pos, lit->type, lit->func_.body);
	}
}

void esc_check_frames(Arena *a, Node *file)
{
	NodeList *decls = &file->file.decls;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind != N_FUNCDECL || !d->func_.body)
			continue;
		Object *o = d->func_.name ? d->func_.name->obj : NULL;
		check_frame(a, d->pos, o ? o->type : NULL, d->func_.body);
	}
}
