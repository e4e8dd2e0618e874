/*
 * assign.c - assignments: where a store goes.
 *
 * esc_addr returns the hole for storing into an assignable expression.
 * A local variable is its own location, and so are its fields and array
 * elements (the analysis does not tell them apart); everything reached
 * through a pointer, a slice or a map is in the heap, as is every global.
 */
#include <string.h>

#include "escape/escape.h"

EscHole esc_addr_of(EscState *e, Node *n)
{
	EscBatch *b = e->b;
	n = fe_unparen(n);
	if (!n || fe_is_blank(n))
		return esc_discard_hole(b);
	EscHole k = esc_heap_hole(b);
	switch (n->kind) {
	case N_IDENT: {
		EscLocation *l = esc_var_loc(b, n->obj);
		if (l)
			k = esc_loc_hole(l);
		return k;
	}
	case N_SELECTOR: {
		if (n->sub != SEL_FIELD)
			return k; /* a package's variable */
		/* x.f is x unless a pointer is followed on the way. */
		Type *t = n->selector.x->type;
		bool viaptr = false;
		for (int i = 0; i < n->npath && t; i++) {
			Type *u = fe_under(t);
			if (u->kind == TY_PTR) {
				viaptr = true;
				u = fe_under(u->elem);
			}
			t = u->kind == TY_STRUCT && n->path[i] < u->nfields ? u->fields[n->path[i]].type : NULL;
		}
		if (viaptr) {
			esc_discard(e, n);
			return k;
		}
		return esc_addr_of(e, n->selector.x);
	}
	case N_INDEX: {
		Type *t = n->binary.x->type ? fe_under(n->binary.x->type) : NULL;
		if (t && t->kind == TY_MAP) {
			esc_discard(e, n->binary.x);
			EscHole hk = esc_note_node(e, esc_heap_hole(b), n, "key of map put");
			esc_expr(e, hk, n->binary.y);
			return k;
		}
		esc_discard(e, n->binary.y);
		if (t && t->kind == TY_ARRAY)
			return esc_addr_of(e, n->binary.x);
		esc_discard(e, n->binary.x);
		return k;
	}
	case N_STAR:
		esc_discard(e, n);
		return k;
	default:
		fe_ice(n->pos, "escape: unexpected assignment target %s", fe_kind_name(n->kind));
	}
}

/* esc_assign_heap: src is stored where only the heap can hold it (a
 * value sent on a channel). */
void esc_assign_heap(EscState *e, Node *src, const char *why, Node *where)
{
	esc_expr(e, esc_note_node(e, esc_heap_hole(e->b), where, why), src);
}

/*
 * esc_reassigned marks the destinations of an assignment as reassigned,
 * except a variable the statement itself declares (not a range: its
 * variables are assigned on every iteration).
 */
void esc_reassigned(EscState *e, EscHole *ks, Node **dsts, int n, Node *where)
{
	for (int i = 0; i < n; i++) {
		EscLocation *l = ks[i].dst;
		Node *d = dsts ? fe_unparen(dsts[i]) : NULL;
		if (d && d->kind == N_IDENT && d->obj && d->obj->decl == d && where && where->kind != N_RANGE)
			continue;
		l->reassigned = true;
	}
}

/*
 * esc_assign_list evaluates dsts... = srcs... into the holes ks (one per
 * destination), converting to interfaces where needed, and skipping the
 * assignments that only copy an object into itself.
 */
void esc_assign_list(EscState *e, EscHole *ks, Node **dsts, int n, Node **srcs, int nsrcs, const char *why,
                     Node *where)
{
	EscBatch *b = e->b;
	for (int i = 0; i < n; i++) {
		Node *src = i < nsrcs ? srcs[i] : NULL;
		Node *dst = dsts ? dsts[i] : NULL;
		EscHole k = ks[i];
		/* storing a uintptr into a reflect header's Data stores a pointer */
		if (dst && src && esc_reflect_data_ptr(dst)) {
			esc_unsafe_value(e, esc_note_node(e, esc_heap_hole(b), where, why), src);
			continue;
		}
		if (dst && src && esc_is_self_assign(dst, src)) {
			if (b->m) {
				EscReport r = { .kind = "ignoring-self-assignment", .pos = where->pos,
				                .func = e->curfn->name, .subject = esc_fmt_node(b->arena, dst) };
				esc_report(e->b->rep, &r, "%s ignoring self-assignment in %s", e->curfn->name,
				           esc_fmt_node(b->arena, where));
			}
			k = esc_discard_hole(b);
		}
		esc_expr(e, esc_note_node(e, k, where, why), src);
	}
	esc_reassigned(e, ks, dsts, n, where);
}
