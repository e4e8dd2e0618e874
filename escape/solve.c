/*
 * solve.c - solving the graph: which locations outlive which.
 *
 * walkAll walks the graph backwards from every location (the root) along
 * incoming edges, computing for each location reachable from the root the
 * fewest dereferences with which its value reaches the root.  A location
 * reached at -1 -- its address flows into the root -- must be heap
 * allocated if the root outlives it; a parameter reached at all from a
 * root that outlives it leaks there, which becomes its tag.
 *
 * Edges can be negative (address-of), so a walk is a Bellman-Ford
 * relaxation rather than Dijkstra; there are no negative cycles to fear
 * because a count below zero is clamped back to zero after one step
 * (root = &l; l = x: l's address reaches root, x's does not).
 */
#include <string.h>

#include "escape/escape.h"


/*
 * esc_contains_closure reports whether c is a closure nested (at any
 * depth) inside f.
 */
bool esc_contains_closure(const EscFunc *f, const EscFunc *c)
{
	if (f == c)
		return false;
	for (const EscFunc *o = c->outer; o; o = o->outer)
		if (o == f)
			return true;
	return false;
}

/*
 * esc_outlives reports whether a value stored in l may survive other's
 * lifetime if other lives on the stack.
 */
bool esc_outlives(EscBatch *b, EscLocation *l, EscLocation *other)
{
	/* The heap outlives everything. */
	if (l->escapes)
		return true;

	/*
	 * Callers may do anything with results, so results outlive
	 * everything -- except the results of a func literal called where it
	 * stands, which its own enclosing function receives:
	 *     var u int; *(func() *int { return &u }()) = 42   keeps u
	 */
	if (l->cls == ESC_LOC_RESULT) {
		if (esc_contains_closure(other->curfn, l->curfn) && l->curfn->closureCalled)
			return false;
		return true;
	}

	/*
	 * In one function, a location declared outside a loop outlives one
	 * declared inside: var p *int; for { x := 0; p = &x }.
	 */
	if (l->curfn == other->curfn && l->loopDepth < other->loopDepth)
		return true;

	/* A variable outlives the locals of the closures nested in its
	 * function: var p *int; func() { p = new(int) }(). */
	if (esc_contains_closure(l->curfn, other->curfn))
		return true;

	return false;
}

/*
 * leak_to records that parameter l reaches sink with derefs
 * dereferences: as a result leak when sink is a non-escaping result of
 * l's own function that fits in the tag, as a heap leak otherwise.
 */
static void leak_to(EscLocation *l, EscLocation *sink, int derefs)
{
	if (!sink->escapes && sink->cls == ESC_LOC_RESULT && sink->curfn == l->curfn) {
		int ri = sink->resultIndex - 1;
		if (ri < ESC_NUM_RESULTS) {
			esc_leaks_add_result(&l->paramEsc, ri, derefs);
			return;
		}
	}
	esc_leaks_add_heap(&l->paramEsc, derefs);
}

const char *esc_explain_loc(EscBatch *b, EscLocation *l)
{
	if (l == &b->heapLoc)
		return "{heap}";
	if (l->cls == ESC_LOC_TEMP || !l->what)
		return "{temp}";
	if (l->cls != ESC_LOC_EXPR)
		/* a blank result, gc's ~bN, prints as _ */
		return strncmp(l->what, "~b", 2) == 0 ? "_" : l->what;
	return fe_sprintf(b->arena, "{storage for %s}", esc_loc_what(b, l));
}

/* One "flow:" line and its "from" lines, innermost note first. */
void esc_explain_flow(EscBatch *b, Pos pos, EscLocation *dst, EscLocation *src, int derefs, EscNote *notes)
{
	char ops[64];
	if (derefs < 0) {
		strcpy(ops, "&");
	} else {
		int n = derefs < (int)sizeof ops - 1 ? derefs : (int)sizeof ops - 1;
		memset(ops, '*', n);
		ops[n] = 0;
	}
	esc_explain_step(b, pos, esc_explain_loc(b, dst), ops, esc_explain_loc(b, src), derefs, notes);
}

/* explain_path prints how src's value reached the walk's root. */
static void explain_path(EscBatch *b, EscLocation *root, EscLocation *src)
{
	Pos pos = src->pos;
	/* A path can revisit a location when the walk improved a count
	 * through a cycle after recording the step (golang.org/issue/35518). */
	uint8_t *visited = fe_alloc(b->arena, b->nlocs + 1);
	for (;;) {
		int vi = src->index < 0 ? b->nlocs : src->index;
		if (visited[vi]) {
			esc_explain_truncated(b, pos);
			break;
		}
		visited[vi] = 1;
		EscLocation *dst = src->dst;
		EscEdge *edge = &dst->edges[src->dstEdgeIdx];
		if (edge->src != src)
			fe_ice(pos, "escape: path inconsistency");
		esc_explain_flow(b, pos, dst, src, edge->derefs, edge->notes);
		if (dst == root)
			break;
		src = dst;
	}
}

typedef struct {
	EscLocation **v;
	int len, cap;
} Stack;

static void push(Arena *a, Stack *s, EscLocation *l)
{
	s->v = fe_grow(a, s->v, s->len, &s->cap, sizeof *s->v, 64);
	s->v[s->len++] = l;
}

static void enqueue(EscBatch *b, Stack *todo, EscLocation *l)
{
	if (!l->queued) {
		push(b->arena, todo, l);
		l->queued = true;
	}
}

/*
 * walk_one computes the fewest dereferences from every location that
 * reaches root, acting on the ones that root outlives.  Locations that
 * change state (start to escape, stop being transient) are queued again
 * on the global work list.
 */
static void walk_one(EscBatch *b, EscLocation *root, uint32_t walkgen, Stack *queue, Stack *todo)
{
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;

	todo->len = 0;
	push(b->arena, todo, root); /* LIFO */
	while (todo->len > 0) {
		EscLocation *l = todo->v[--todo->len];
		int derefs = l->derefs;

		/* l's address flows to root; whatever flows into l does not
		 * have its address taken by that. */
		bool addressOf = derefs < 0;
		if (addressOf) {
			derefs = 0;
			/* Stored in something that lives on: not transient. */
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(b, queue, l);
			}
		}

		if (esc_outlives(b, root, l)) {
			if (l->cls == ESC_LOC_PARAM) {
				if (b->m >= 2 && !l->escapes) {
					esc_explain_begin(b, l, l->pos, "parameter %s leaks to %s with derefs=%d:", l->what,
					                  esc_explain_loc(b, root), derefs);
					explain_path(b, root, l);
				}
				leak_to(l, root, derefs);
			}
			/* l's address is kept by something that outlives it. */
			if (addressOf && !l->escapes) {
				if (b->m >= 2) {
					esc_explain_begin(b, l, l->pos, "%s escapes to heap:", esc_loc_what(b, l));
					explain_path(b, root, l);
				}
				l->escapes = true;
				enqueue(b, queue, l);
				continue;
			}
		}

		for (int i = 0; i < l->nedges; i++) {
			EscEdge *edge = &l->edges[i];
			if (edge->src->escapes)
				continue;
			int d = derefs + edge->derefs;
			if (edge->src->walkgen != walkgen || edge->src->derefs > d) {
				edge->src->walkgen = walkgen;
				edge->src->derefs = d;
				edge->src->dst = l;
				edge->src->dstEdgeIdx = i;
				push(b->arena, todo, edge->src);
			}
		}
	}
}

/*
 * esc_walk_all walks once from every location, heap first, then the
 * others newest first (a LIFO of allLocs), and again from each location
 * when it stops being transient or starts escaping -- each can happen
 * once, so the walks are linear in the number of locations.  The fixed
 * point does not depend on the order; the -m=2 explanations do, which is
 * why the order is gc's.
 */
void esc_walk_all(EscBatch *b)
{
	Stack queue = {0}, todo = {0};
	for (int i = 0; i < b->nlocs; i++)
		enqueue(b, &queue, b->allLocs[i]);
	enqueue(b, &queue, &b->heapLoc);

	uint32_t walkgen = 0;
	while (queue.len > 0) {
		EscLocation *root = queue.v[--queue.len];
		root->queued = false;
		walk_one(b, root, ++walkgen, &queue, &todo);
	}
}
