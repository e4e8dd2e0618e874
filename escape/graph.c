/*
 * graph.c - the data-flow graph: locations, edges, holes, notes.
 *
 * Building the graph is a walk over the function bodies (expr.c, stmt.c,
 * assign.c, call.c) that evaluates each expression into a hole -- "the
 * place its value goes, through so many dereferences" -- and turns every
 * value that reaches a hole into an edge on the hole's location.
 *
 * Because a sub-expression may have side effects (a call, a closure, an
 * allocation), the walk must visit every expression even when its value
 * is thrown away.  Route the value to the discard hole instead of skipping
 * the expression:
 *
 *     k = discard ? esc_discard_hole(b) : k;   expr(e, k, x);   -- good
 *     if (!discard) expr(e, k, x);                               -- BAD:
 *                                       loses the allocations inside x
 */
#include <string.h>

#include "escape/escape.h"

EscBatch *esc_batch_new(Arena *a, int mflag, EscReporter *rep)
{
	EscBatch *b = fe_alloc(a, sizeof *b);
	b->arena = a;
	b->rep = rep;
	b->m = mflag;
	b->vars = bs_map_new(a);
	b->heapLoc.escapes = true;
	b->heapLoc.index = -1;
	b->blankLoc.index = -1;
	return b;
}

EscState esc_with(EscBatch *b, EscFunc *fn)
{
	return (EscState){ .b = b, .curfn = fn, .loopDepth = 1 };
}

/*
 * esc_new_loc makes a location for n (NULL for a temporary) in the
 * function being walked, at the current loop depth.  Locations are
 * numbered in creation order: that order is the order of finish's
 * diagnostics.
 */
EscLocation *esc_new_loc(EscState *e, Node *n, EscLocClass cls, bool transient)
{
	EscBatch *b = e->b;
	if (!e->curfn)
		fe_ice(n ? n->pos : (Pos){ 0 }, "escape: newLoc outside a function");
	EscLocation *l = fe_alloc(b->arena, sizeof *l);
	l->n = n;
	l->cls = cls;
	l->curfn = e->curfn;
	l->loopDepth = e->loopDepth;
	l->transient = transient;
	if (n)
		l->pos = n->pos;
	l->index = b->nlocs;
	b->allLocs = fe_grow(b->arena, b->allLocs, b->nlocs, &b->caplocs, sizeof *b->allLocs, 8);
	b->allLocs[b->nlocs++] = l;
	return l;
}

EscHole esc_loc_hole(EscLocation *l)
{
	return (EscHole){ .dst = l };
}

EscHole esc_heap_hole(EscBatch *b)
{
	return esc_loc_hole(&b->heapLoc);
}

EscHole esc_discard_hole(EscBatch *b)
{
	return esc_loc_hole(&b->blankLoc);
}

/* esc_shift adds delta dereferences; a negative delta takes an address. */
EscHole esc_shift(EscHole k, int delta)
{
	k.derefs += delta;
	if (k.derefs < -1)
		fe_ice((Pos){ 0 }, "escape: derefs underflow: %d", k.derefs);
	k.addrtaken = delta < 0;
	return k;
}

/*
 * esc_note records why a value takes this step, for -m=2.  Notes cost an
 * allocation each, so they exist only when someone will read them.
 */
EscHole esc_note(EscBatch *b, EscHole k, Pos pos, const char *where, const char *why)
{
	if (!where || !why)
		fe_ice(pos, "escape: note: missing where/why");
	if (b->m >= 2) {
		EscNote *nt = fe_alloc(b->arena, sizeof *nt);
		nt->next = k.notes;
		nt->where = where;
		nt->pos = pos;
		nt->why = why;
		k.notes = nt;
	}
	return k;
}

EscHole esc_note_at(EscBatch *b, EscHole k, Pos pos, Node *where, const char *why)
{
	if (b->m >= 2) {
		EscNote *nt = fe_alloc(b->arena, sizeof *nt);
		nt->next = k.notes;
		nt->wnode = where;
		nt->pos = pos;
		nt->why = why;
		k.notes = nt;
	}
	return k;
}

const char *esc_note_where(EscBatch *b, EscNote *nt)
{
	return nt->where ? nt->where : esc_fmt_node(b->arena, nt->wnode);
}

const char *esc_loc_what(EscBatch *b, EscLocation *l)
{
	if (l->whatnode && b->m)
		l->what = esc_fmt_node(b->arena, l->whatnode);
	return l->what;
}

EscHole esc_deref(EscBatch *b, EscHole k, Pos pos, const char *where, const char *why)
{
	return esc_note(b, esc_shift(k, 1), pos, where, why);
}

EscHole esc_addr(EscBatch *b, EscHole k, Pos pos, const char *where, const char *why)
{
	return esc_note(b, esc_shift(k, -1), pos, where, why);
}

/*
 * esc_flow records that src's value flows into k.  Two shortcuts: a
 * variable assigned to itself (possibly through dereferences) adds
 * nothing, and taking the address of src into a location that already
 * escapes makes src escape on the spot -- under -m=2 the explanation is
 * printed right here, during the walk, which is why gc prints some
 * explanations before all the others.
 */
void esc_flow(EscBatch *b, EscHole k, EscLocation *src)
{
	if (k.addrtaken)
		src->addrtaken = true;

	EscLocation *dst = k.dst;
	if (dst == &b->blankLoc)
		return;
	if (dst == src && k.derefs >= 0) /* x = x, x = *x, ... */
		return;
	if (dst->escapes && k.derefs < 0) { /* dst = &src */
		if (b->m >= 2) {
			esc_explain_begin(b, src, src->pos, "%s escapes to heap:", esc_loc_what(b, src));
			esc_explain_flow(b, src->pos, dst, src, k.derefs, k.notes);
		}
		src->escapes = true;
		return;
	}
	dst->edges = fe_grow(b->arena, dst->edges, dst->nedges, &dst->capedges, sizeof *dst->edges, 8);
	dst->edges[dst->nedges++] = (EscEdge){ src, k.derefs, k.notes };
}

/*
 * esc_spill gives an allocating expression its location (made by the
 * caller, so that it can print itself), flows the location's address into
 * k and returns the hole for the values stored into it.
 */
EscHole esc_spill(EscState *e, EscHole k, EscLocation *loc)
{
	EscBatch *b = e->b;
	k = esc_shift(k, -1);
	if (loc->whatnode)
		k = esc_note_at(b, k, loc->pos, loc->whatnode, "spill");
	else
		k = esc_note(b, k, loc->pos, loc->what, "spill");
	esc_flow(b, k, loc);
	return esc_loc_hole(loc);
}

/*
 * esc_tee_hole returns one hole that feeds all of ks, like tee(1): a
 * temporary flows into each of them.  None of ks may take an address:
 * "p = &q" is not "p = &tmp; tmp = q".
 */
EscHole esc_tee_hole(EscState *e, EscHole *ks, int nks)
{
	if (nks == 0)
		return esc_discard_hole(e->b);
	if (nks == 1)
		return ks[0];
	EscLocation *tmp = esc_new_loc(e, NULL, ESC_LOC_TEMP, true);
	for (int i = 0; i < nks; i++) {
		if (ks[i].derefs < 0)
			fe_ice((Pos){ 0 }, "escape: teeHole: negative derefs");
		esc_flow(e->b, ks[i], tmp);
	}
	return esc_loc_hole(tmp);
}

/*
 * esc_later returns a hole flowing into k "some time later": a temporary
 * that is not transient, so whatever flows in must live until k is used
 * (the arguments of a top-level defer).
 */
EscHole esc_later(EscState *e, EscHole k)
{
	EscLocation *tmp = esc_new_loc(e, NULL, ESC_LOC_TEMP, false);
	esc_flow(e->b, k, tmp);
	return esc_loc_hole(tmp);
}

void esc_func_add_dcl(Arena *a, EscFunc *fn, EscLocation *l)
{
	fn->dcl = fe_grow(a, fn->dcl, fn->ndcl, &fn->capdcl, sizeof *fn->dcl, 8);
	fn->dcl[fn->ndcl++] = l;
}

void esc_func_add_ref(Arena *a, EscFunc *fn, EscFunc *callee)
{
	fn->refs = fe_grow(a, fn->refs, fn->nrefs, &fn->caprefs, sizeof *fn->refs, 8);
	fn->refs[fn->nrefs++] = callee;
}

void esc_func_add_capture(Arena *a, EscFunc *fn, EscCapture c)
{
	for (int i = 0; i < fn->ncaptures; i++)
		if (fn->captures[i].loc == c.loc)
			return;
	fn->captures = fe_grow(a, fn->captures, fn->ncaptures, &fn->capcaptures, sizeof *fn->captures, 8);
	fn->captures[fn->ncaptures++] = c;
}

void esc_add_closure(EscBatch *b, EscHole k, EscFunc *fn)
{
	b->closures = fe_grow(b->arena, b->closures, b->nclosures, &b->capclosures, sizeof *b->closures, 8);
	b->closures[b->nclosures++] = (EscClosure){ k, fn };
}

/* The variables' locations, by Object (a variable is only ever used
 * inside its own batch). */
void esc_bind(EscBatch *b, Object *obj, EscLocation *l)
{
	bs_map_put(b->vars, obj, l);
}

EscLocation *esc_lookup(EscBatch *b, Object *obj)
{
	return obj ? bs_map_get(b->vars, obj) : NULL;
}
