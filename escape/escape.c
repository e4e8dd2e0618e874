/*
 * escape.c - escape analysis: the algorithm, the batch driver, finish.
 *
 * The question.  Go lets a program take the address of any variable and
 * keep it as long as it likes; the language does not say where variables
 * live.  A variable may live in its function's stack frame only if no
 * pointer to it survives the frame -- none is stored in the heap, none is
 * returned, none is kept by something that lives longer (a variable of an
 * outer loop keeping the address of a variable that is fresh on every
 * iteration).  Everything else goes to the heap.  The same question is
 * asked of the storage that expressions allocate: new(T), &T{...}, make,
 * slice and map literals, closures, method values, the boxes behind
 * interface values, the buffers of string conversions and concatenations.
 *
 * The model.  Each variable and each allocating expression becomes a
 * *location*.  Each assignment, explicit or implied (passing an argument,
 * returning, capturing, converting), becomes an *edge* between two
 * locations weighted by how many dereferences separate them, counting an
 * address-of as minus one:
 *
 *     p = &q    -1         p = *q     1
 *     p = q      0         p = **q    2
 *
 * An address-of applies only to something addressable and &q itself is
 * not, so a weight never drops below -1.  The model is deliberately
 * coarse, exactly as coarse as gc's, because its output must be gc's: it
 * ignores control flow (both arms of an if assign), fields (x.f is x),
 * elements (a[i] is a, s[i] is *s) and the contents of maps, and a store
 * through any pointer is a store into the heap.
 *
 * The solution.  For every location -- the *root* -- walk the edges
 * backwards, keeping for each location reached the fewest dereferences
 * with which its value reaches the root (solve.c).  If a location's
 * address reaches a root that outlives it -- the heap, a result, a
 * variable of an outer loop or of the function enclosing a closure -- it
 * must live in the heap, and since it now escapes, everything whose
 * address it holds is examined again.  The walks stop when nothing
 * changes state any more.
 *
 * Between functions.  A call is modelled through the callee's summary: for
 * each parameter, the dereferences on its cheapest path to the heap and to
 * each result (leaks.c).  So callees are analysed before their callers:
 * the call graph is cut into strongly connected components, visited
 * bottom-up, and each component is a *batch* analysed at once, in which
 * calls between members are wired directly, parameter to argument and
 * result to destination.  A func literal is analysed with the function
 * that contains it, as its variables are that function's variables.
 *
 * Reporting.  After each batch, finish prints what -m asks for: first the
 * parameters' summaries, function by function, then one line per
 * location in creation order -- the variables of every function first
 * ("moved to heap: x"), then the expressions as the walk met them
 * ("&T{...} escapes to heap", "make([]int, 5) does not escape").  The
 * lines go out immediately, never sorted, so the order is part of the
 * output; it is gc's order by construction.
 */
#include <stdio.h>
#include <string.h>

#include "escape/escape.h"
#include "inline/inline.h"

/* ---- the call graph, bottom up ---- */

typedef struct {
	Arena *arena;
	EscAnalyzeFn *analyze;
	void *ctx;
	uint32_t visitgen;
	EscFunc **stack;
	int len, cap;
} Visitor;

#define DONE UINT32_MAX

/*
 * visit is Tarjan's algorithm with gc's two twists.  Each function gets
 * two numbers, id and id+1, and searches from id+1: coming back with id
 * means the function reaches itself (the component is recursive).  And a
 * closure never roots a component, which glues it to its outer function.
 */
static uint32_t visit(Visitor *v, EscFunc *fn)
{
	if (fn->sccid > 0)
		return fn->sccid;

	uint32_t id = ++v->visitgen;
	fn->sccid = id;
	uint32_t min = ++v->visitgen;
	FE_PUSH(v->arena, v->stack, v->len, v->cap, fn);

	for (int i = 0; i < fn->nrefs; i++) {
		uint32_t m = visit(v, fn->refs[i]);
		if (m < min)
			min = m;
	}

	if ((min == id || min == id + 1) && !fn->outer) {
		bool recursive = min == id;
		int i;
		for (i = v->len - 1; i >= 0; i--) {
			v->stack[i]->sccid = DONE;
			if (v->stack[i] == fn)
				break;
		}
		int n = v->len - i;
		v->len = i;
		v->analyze(v->stack + i, n, recursive, v->ctx);
	}
	return min;
}

void esc_visit_bottom_up(Arena *a, EscFunc **list, int n, EscAnalyzeFn *analyze, void *ctx)
{
	Visitor v = { .arena = a, .analyze = analyze, .ctx = ctx };
	for (int i = 0; i < n; i++)
		if (!list[i]->outer)
			visit(&v, list[i]);
}

/* ---- a batch ---- */

/*
 * esc_in_mutual_batch reports whether fn belongs to the batch being
 * analysed: not tagged yet, so a call to it is wired into the graph
 * rather than read from its tags.
 */
bool esc_in_mutual_batch(const EscFunc *fn)
{
	if (fn->state < ESC_FUNC_TAGGED) {
		if (fn->state == ESC_FUNC_UNKNOWN)
			fe_ice((Pos){ 0 }, "escape: graph inconsistency: %s", fn->name);
		return true;
	}
	return false;
}

/*
 * esc_init_func readies a function whose declared variables already have
 * their locations (parameters, results, locals, in declaration order).
 */
void esc_init_func(EscBatch *b, EscFunc *fn)
{
	if (fn->state != ESC_FUNC_UNKNOWN)
		fe_ice((Pos){ 0 }, "escape: %s analysed twice", fn->name);
	fn->state = ESC_FUNC_PLANNED;
	for (int i = 0; i < fn->nresults; i++)
		if (fn->results[i])
			fn->results[i]->resultIndex = 1 + i;
}

/*
 * esc_flow_closures decides, once every body of the batch has been
 * walked, how each closure captures each free variable: by value when
 * the variable is small (128 bytes at most), never reassigned after
 * being captured and never has its address taken; by reference
 * otherwise.  Then the variables flow into the closure records.
 */
void esc_flow_closures(EscBatch *b)
{
	for (int ci = 0; ci < b->nclosures; ci++) {
		EscClosure *clo = &b->closures[ci];
		for (int i = 0; i < clo->fn->ncaptures; i++) {
			EscCapture *cv = &clo->fn->captures[i];
			EscLocation *loc = cv->loc;
			if (!loc->captured)
				fe_ice(cv->usepos, "escape: closure variable never captured: %s", cv->name);
			cv->byval = !loc->addrtaken && !loc->reassigned && loc->size <= 128;
			if (cv->cvar)
				cv->cvar->byval = cv->byval;
			if (b->m >= 2) {
				EscReport r = { .kind = cv->byval ? "capture-by-value" : "capture-by-ref", .pos = loc->pos,
				                .func = loc->curfn->name, .subject = loc->what };
				esc_report(b->rep, &r, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)", loc->curfn->name,
				           cv->byval ? "value" : "ref", loc->what, loc->addrtaken ? "true" : "false",
				           loc->reassigned ? "true" : "false", (long long)loc->size);
			}
			if (!cv->byval)
				loc->byref = true;
			EscHole k = clo->k;
			if (!cv->byval)
				k = esc_addr(b, k, cv->usepos, cv->name, "reference");
			esc_flow(b, esc_note(b, k, cv->usepos, cv->name, "captured by a closure"), loc);
		}
	}
	b->nclosures = 0;
}

/*
 * esc_solve sends to the heap what the size rules put there, then walks
 * the graph to its fixed point.
 */
void esc_solve(EscBatch *b)
{
	for (int i = 0; i < b->nlocs; i++) {
		EscLocation *loc = b->allLocs[i];
		if (loc->heapReason)
			esc_flow(b, esc_addr(b, esc_heap_hole(b), loc->pos, esc_loc_what(b, loc), loc->heapReason), loc);
	}
	esc_walk_all(b);
}

/* ---- finish: tags and diagnostics ---- */

/*
 * A function read from export data (export/) carries the tags its
 * package's own analysis gave it, "t" (or "u" when untagged) and the
 * leak set's bytes in hex for each parameter, receiver first: its callers
 * see those, whether or not its body came along.
 */
static bool exported_tag(EscFunc *fn, int i, EscParam *p)
{
	const char *s = fn->decl && fn->decl->kind == N_FUNCDECL ? fn->decl->func_.esctags : NULL;
	if (!s)
		return false;
	for (int k = 0; k < i && s; k++) {
		s = strchr(s, ' ');
		s = s ? s + 1 : NULL;
	}
	if (!s || (s[0] != 't' && s[0] != 'u'))
		fe_ice(fn->decl->pos, "export data: no escape tag for parameter %d of %s", i, fn->name);
	p->tagged = s[0] == 't';
	for (int k = 0; k < 1 + ESC_NUM_RESULTS; k++) {
		unsigned v;
		if (sscanf(s + 1 + 2 * k, "%2x", &v) != 1)
			fe_ice(fn->decl->pos, "export data: bad escape tag for %s", fn->name);
		p->tag.v[k] = (uint8_t)v;
	}
	return true;
}

/*
 * param_tag summarises parameter i of fn for its callers and prints the
 * parameter's -m line.
 */
static void param_tag(EscBatch *b, EscFunc *fn, int i)
{
	EscParam *p = &fn->params[i];
	bool diagnose = b->m != 0 && !fn->wrapper;
	const char *name = p->name ? p->name : fe_sprintf(b->arena, "arg#%d", i + 1);
	EscLeaks none = {{0}};
	EscLeaks heap = none;
	esc_leaks_add_heap(&heap, 0);
	EscReport r = { .pos = p->pos, .func = fn->name, .subject = name, .namelen = p->name ? (int)strlen(name) : 0,
	                .loc = p->loc };

	p->tagged = true;
	if (exported_tag(fn, i, p))
		return;
	if (!fn->hasBody) {
		/* Declared without a body: assume the worst unless
		 * //go:noescape says otherwise. */
		if (p->isuintptr) {
			if (diagnose) {
				r.kind = "unsafe-uintptr";
				esc_report(b->rep, &r, "assuming %s is unsafe uintptr", name);
			}
			p->tag = heap;
			return;
		}
		if (!p->pointers) {
			p->tag = heap;
			p->tagged = false;
			return;
		}
		if (fn->noescape) {
			if (diagnose && p->name) {
				r.kind = "does-not-escape";
				esc_report(b->rep, &r, "%s does not escape", name);
			}
			p->tag = none;
		} else {
			if (diagnose && p->name) {
				r.kind = "leaking-param";
				esc_report(b->rep, &r, "leaking param: %s", name);
			}
			p->tag = heap;
		}
		return;
	}

	/* //go:uintptrescapes: the uintptrs a caller passes are pointers
	 * that must reach the heap (gc's call.go moves the unsafe.Pointer
	 * operand there; minigo has no unsafe, so only the line remains) */
	if (fn->uintptrescapes && (p->isuintptr || p->isddduintptr)) {
		if (diagnose) {
			r.kind = "escaping-uintptr";
			esc_report(b->rep, &r, p->isuintptr ? "marking %s as escaping uintptr" : "marking %s as escaping ...uintptr",
				   name);
		}
		p->tag = heap;
		p->tagged = false;
		return;
	}

	if (!p->pointers) { /* scalars are never consulted */
		p->tag = heap;
		p->tagged = false;
		return;
	}
	/* Unnamed and blank parameters are unused: nothing escapes. */
	if (!p->name || strcmp(p->name, "_") == 0 || !p->loc) {
		p->tag = none;
		return;
	}

	EscLocation *loc = p->loc;
	EscLeaks esc = loc->paramEsc;
	esc_leaks_optimize(&esc);
	if (diagnose && !loc->escapes) {
		/* The explanations go with the first line about the parameter. */
		if (esc_leaks_empty(esc)) {
			r.kind = "does-not-escape";
			esc_report(b->rep, &r, "%s does not escape", name);
		}
		int x = esc_leaks_heap(esc);
		if (x == 0) {
			r.kind = "leaking-param";
			esc_report(b->rep, &r, "leaking param: %s", name);
		} else if (x > 0) {
			r.kind = "leaking-param-content";
			esc_report(b->rep, &r, "leaking param content: %s", name);
		}
		for (int res = 0; res < ESC_NUM_RESULTS && res < fn->nresults; res++) {
			x = esc_leaks_result(esc, res);
			if (x >= 0) {
				r.kind = "leaking-param-to-result";
				r.result = fn->resultNames[res];
				r.level = x;
				esc_report(b->rep, &r, "leaking param: %s to result %s level=%d", name, fn->resultNames[res], x);
			}
		}
	}
	p->tag = esc;
}

/*
 * set_verdict records a location's verdict on its node (a variadic
 * call's `...` slice on the call's dots).  Type-switch clause variables
 * share their identifier: any heap wins.
 */
static void set_verdict(EscBatch *b, EscLocation *loc, IrWhere where, bool transient)
{
	Node *n = loc->n;
	if (!n)
		return;
	IrVerdict **slot = loc->dots ? &n->dots : &n->esc;
	if (*slot && loc->cls != ESC_LOC_EXPR && (*slot)->where == IR_HEAP)
		return;
	if (!*slot)
		*slot = fe_alloc(b->arena, sizeof **slot);
	**slot = (IrVerdict){ .where = where, .transient = transient, .reason = loc->heapReason,
	                      .flow = loc->flow.len ? loc->flow.s : NULL };
}

/* gc marks transient only closures, method values, slice literals and
 * (here) `...` slices: the storage it may reuse after the statement. */
static bool transient_kind(EscLocation *loc)
{
	Node *n = loc->n;
	if (loc->dots || n->kind == N_FUNCLIT)
		return true;
	if (n->kind == N_SELECTOR)
		return n->sub == SEL_METHOD || n->sub == SEL_IFACEMETHOD;
	return n->kind == N_COMPOSITE && n->type && fe_under(n->type)->kind == TY_SLICE;
}

/*
 * esc_finish tags the batch's parameters, then reports and records the
 * verdict of every location in creation order.
 */
void esc_finish(EscBatch *b, EscFunc **fns, int n)
{
	for (int i = 0; i < n; i++) {
		fns[i]->state = ESC_FUNC_TAGGED;
		for (int j = 0; j < fns[i]->nparams; j++)
			param_tag(b, fns[i], j);
	}

	for (int i = 0; i < b->nlocs; i++) {
		EscLocation *loc = b->allLocs[i];
		if (loc->cls == ESC_LOC_TEMP)
			continue;
		esc_loc_what(b, loc);
		bool isname = loc->cls != ESC_LOC_EXPR;
		EscReport r = { .pos = loc->pos, .func = loc->curfn ? loc->curfn->name : NULL, .subject = loc->what,
		                .namelen = isname && loc->n ? (int)strlen(loc->what) : 0, .loc = loc };
		if (loc->escapes) {
			if (b->m && isname) {
				r.kind = "moved-to-heap";
				esc_report(b->rep, &r, "moved to heap: %s", loc->what);
			} else if (b->m && !loc->silent) {
				r.kind = "escapes";
				esc_report(b->rep, &r, "%s escapes to heap", loc->what);
			}
			set_verdict(b, loc, IR_HEAP, false);
		} else {
			if (b->m && !isname && !loc->silent) {
				r.kind = "does-not-escape";
				esc_report(b->rep, &r, "%s does not escape", loc->what);
			} else if (b->m && loc->cls == ESC_LOC_AUTO && loc->n && (loc->addrtaken || loc->byref) &&
			           esc_report_json(b->rep)) {
				/* gc says nothing of a variable that stays; the
				 * JSON does, for the ones whose address is kept. */
				r.kind = "stays-on-stack";
				r.nongc = true;
				esc_report(b->rep, &r, "%s does not escape", loc->what);
			}
			set_verdict(b, loc, IR_STACK, loc->transient && transient_kind(loc));
		}
	}
	esc_report_orphans(b);
}

/* ---- from the checked file to batches ---- */

typedef struct Prep {
	Arena *a;
	EscReporter *rep;
	int m;
	EscFunc **funcs;
	int nfuncs, cap;
	EscFunc *cur;      /* whose references are being collected */
	Package *pkg;      /* the package analysed (NULL: main): calls leaving it are not edges */
} Prep;

static void add_func(Prep *p, EscFunc *fn)
{
	FE_PUSH(p->a, p->funcs, p->nfuncs, p->cap, fn);
}

/* visit_nodes is esc_visit (escape.h). */
typedef EscVisitFn VisitFn;

static void visit_list(NodeList *l, bool into_lits, VisitFn *f, void *ctx);
static void visit_stmts(NodeList *l, bool into_lits, VisitFn *f, void *ctx);

static void visit_nodes(Node *n, bool into_lits, VisitFn *f, void *ctx)
{
	if (!n)
		return;
	f(n, ctx);
	if (n->kind != N_CALL && n->rw && n->rw->inner && n->rw->inner->kind == N_INLCALL)
		visit_nodes(n->rw->inner, into_lits, f, ctx);   /* return g(), g inlined */
	switch (n->kind) {
	case N_COMPOSITE: visit_list(&n->composite.elts, into_lits, f, ctx); break;
	case N_KEYVALUE: case N_INDEX: case N_BINARY: case N_MAPTYPE: case N_SEND:
		visit_nodes(n->binary.x, into_lits, f, ctx);
		visit_nodes(n->binary.y, into_lits, f, ctx);
		break;
	case N_FUNCLIT:
		if (into_lits)
			visit_nodes(n->func_.body, into_lits, f, ctx);
		break;
	case N_PAREN: case N_CONVIFACE: case N_STAR: case N_UNARY: case N_EXPRSTMT: case N_GOSTMT: case N_DEFER:
		visit_nodes(n->unary.x, into_lits, f, ctx);
		break;
	case N_SELECTOR: visit_nodes(n->selector.x, into_lits, f, ctx); break;
	case N_SLICEEXPR:
		visit_nodes(n->slice.x, into_lits, f, ctx);
		visit_nodes(n->slice.lo, into_lits, f, ctx);
		visit_nodes(n->slice.hi, into_lits, f, ctx);
		visit_nodes(n->slice.max, into_lits, f, ctx);
		break;
	case N_TYPEASSERT: visit_nodes(n->typeassert.x, into_lits, f, ctx); break;
	case N_CALL:
		visit_nodes(n->call.fun, into_lits, f, ctx);
		if (n->rw && n->rw->inner && n->rw->inner->kind == N_INLCALL)   /* f(g()), g inlined */
			visit_nodes(n->rw->inner, into_lits, f, ctx);
		else
			visit_list(&n->call.args, into_lits, f, ctx);
		break;
	case N_DECLSTMT: visit_list(&n->decl.specs, into_lits, f, ctx); break;
	case N_VARSPEC: visit_list(&n->spec.names, into_lits, f, ctx); visit_list(&n->spec.values, into_lits, f, ctx); break;
	case N_LABELED: visit_nodes(n->labeled.stmt, into_lits, f, ctx); break;
	case N_INCDEC: visit_nodes(n->incdec.x, into_lits, f, ctx); break;
	case N_ASSIGN:
		visit_list(&n->assign.lhs, into_lits, f, ctx);
		visit_list(&n->assign.rhs, into_lits, f, ctx);
		break;
	case N_RETURN: visit_list(&n->ret.results, into_lits, f, ctx); break;
	case N_BLOCK: visit_stmts(&n->block.stmts, into_lits, f, ctx); break;
	case N_IF: {
		/* gc removes the dead branch of `if CONST` before analysis. */
		int live = esc_const_if(n);
		visit_nodes(n->if_.init, into_lits, f, ctx);
		if (live < 0) /* folded (false && f(x)): gc's condition is a constant */
			visit_nodes(n->if_.cond, into_lits, f, ctx);
		if (live != 0)
			visit_nodes(n->if_.then, into_lits, f, ctx);
		if (live != 1)
			visit_nodes(n->if_.els, into_lits, f, ctx);
		break;
	}
	case N_CASECLAUSE:
		visit_list(&n->caseclause.exprs, into_lits, f, ctx);
		visit_stmts(&n->caseclause.body, into_lits, f, ctx);
		break;
	case N_SWITCH: case N_TYPESWITCH: {
		bool decided = false;
		Node *only = n->kind == N_SWITCH ? esc_const_switch_case(n, &decided) : NULL;
		visit_nodes(n->switch_.init, into_lits, f, ctx);
		visit_nodes(n->switch_.tag, into_lits, f, ctx);
		if (decided) {
			if (only)
				visit_nodes(only, into_lits, f, ctx);
		} else {
			visit_list(&n->switch_.body, into_lits, f, ctx);
		}
		break;
	}
	case N_SELECTSTMT:
		visit_list(&n->switch_.body, into_lits, f, ctx);
		break;
	case N_FOR:
		visit_nodes(n->for_.init, into_lits, f, ctx);
		visit_nodes(n->for_.cond, into_lits, f, ctx);
		visit_nodes(n->for_.post, into_lits, f, ctx);
		visit_nodes(n->for_.body, into_lits, f, ctx);
		break;
	case N_RANGE:
		visit_nodes(n->range.key, into_lits, f, ctx);
		visit_nodes(n->range.value, into_lits, f, ctx);
		visit_nodes(n->range.x, into_lits, f, ctx);
		visit_nodes(n->range.body, into_lits, f, ctx);
		break;
	case N_INLCALL: /* inlined: the parameters' assignment, the body */
		visit_nodes(n->inlcall.init, into_lits, f, ctx);
		visit_nodes(n->inlcall.body, into_lits, f, ctx);
		visit_list(&n->inlcall.results, into_lits, f, ctx);
		break;
	default:
		break;
	}
}

void esc_visit(Node *n, bool into_lits, EscVisitFn *f, void *ctx)
{
	visit_nodes(n, into_lits, f, ctx);
}

static void visit_list(NodeList *l, bool into_lits, VisitFn *f, void *ctx)
{
	for (int i = 0; i < l->len; i++)
		visit_nodes(l->v[i], into_lits, f, ctx);
}

/* A statement list, without what dead-code removal cuts off. */
static void visit_stmts(NodeList *l, bool into_lits, VisitFn *f, void *ctx)
{
	for (int i = 0; i < l->len; i++) {
		visit_nodes(l->v[i], into_lits, f, ctx);
		if (esc_dead_tail(l, i))
			break;
	}
}

/* The functions a body refers to: the edges of the call graph. */
static void add_refs(Node *n, void *ctx)
{
	Prep *p = ctx;
	EscFunc *callee = NULL;
	if (n->kind == N_FUNCLIT) {
		callee = n->irfn->esc;
	} else if (n->kind == N_SELECTOR && n->sub == SEL_IFACEMETHOD) {
		/* A devirtualized call is a static call of T's method. */
		EscDevirt *d = esc_devirt_lookup(n);
		Object *o = d && !d->partial ? d->mobj : NULL;
		if (o && o->pkg == p->pkg && o->decl && o->decl->kind == N_FUNCDECL && o->decl->irfn)
			callee = o->decl->irfn->esc;
	} else if (n->kind == N_IDENT || (n->kind == N_SELECTOR && (n->sub == SEL_METHOD || n->sub == SEL_METHODEXPR))) {
		Object *o = n->obj;
		if (o && o->kind == OBJ_FUNC && o->pkg == p->pkg && o->decl && o->decl->kind == N_FUNCDECL && o->decl->irfn)
			callee = o->decl->irfn->esc;
	}
	if (callee)
		esc_func_add_ref(p->a, p->cur, callee);
}

/* []byte("constant"): staticinit's InitSliceBytes, a static array. */
static bool bytes_of_const(Node *n)
{
	if (n->kind != N_CALL || n->sub != CALL_CONV || n->call.args.len != 1 || !n->type)
		return false;
	Type *t = fe_under(n->type);
	Node *x = n->call.args.v[0];
	return t->kind == TY_SLICE && fe_under(t->elem)->kind == TY_UINT8 && x->val && x->val->kind == CONST_STRING;
}

/* Can gc initialise this package-level value statically (no code)? */
static bool static_value(Node *n)
{
	n = fe_unparen(n);
	if (!n || n->val || n->mode == MODE_NIL)
		return true;
	switch (n->kind) {
	case N_IDENT:
	case N_FUNCLIT:
		return true;
	case N_CONVIFACE:
		return static_value(n->unary.x);
	case N_CALL:
		return bytes_of_const(n);
	case N_COMPOSITE: {
		Type *t = n->type ? fe_under(n->type) : NULL;
		if (!t || t->kind == TY_MAP)
			return false;
		for (int i = 0; i < n->composite.elts.len; i++) {
			Node *e = n->composite.elts.v[i];
			if (e->kind == N_KEYVALUE)
				e = e->binary.y;
			if (!static_value(e))
				return false;
		}
		return true;
	}
	case N_UNARY:
		if (fe_op(n->unary.op) == OP_AND) {
			Node *x = fe_unparen(n->unary.x);
			return x->kind == N_IDENT || (x->kind == N_COMPOSITE && static_value(x));
		}
		return false;
	default:
		return false;
	}
}

/* Are all of a package-level var spec's values static data (no init code)? */
static bool static_spec(Node *spec)
{
	for (int j = 0; j < spec->spec.values.len; j++)
		if (!static_value(spec->spec.values.v[j]))
			return false;
	return true;
}

/* The allocations of a static initialiser are data, not code. */
static void mark_static(Node *n, void *arena)
{
	Arena *a = arena;
	Node *u = fe_unparen(n);
	bool site = u->kind == N_FUNCLIT || u->kind == N_CONVIFACE || bytes_of_const(u) ||
	            (u->kind == N_UNARY && fe_op(u->unary.op) == OP_AND) ||
	            (u->kind == N_COMPOSITE && u->type && fe_under(u->type)->kind != TY_STRUCT &&
	             fe_under(u->type)->kind != TY_ARRAY);
	if (site && !u->val) {
		u->esc = fe_alloc(a, sizeof *u->esc);
		*u->esc = (IrVerdict){ .where = IR_STATIC };
	}
	if (u->kind != N_FUNCLIT)
		fe_each_child(u, mark_static, a);
}

/*
 * A package-level value gc's staticinit makes static data whatever its
 * elements: a struct or array literal, a slice literal (its backing array
 * a static temporary), &T{...} of those (T a static temporary), an elided
 * &T in an outer literal.  Its elements that are not static are assigned
 * by code in init, into the static memory (StaticAssign's dynamic part).
 */
static Node *container_lit(Node *n)
{
	Node *u = fe_unparen(n);
	if (u->kind == N_UNARY && fe_op(u->unary.op) == OP_AND)
		u = fe_unparen(u->unary.x);
	else if (u->kind != N_COMPOSITE)
		return NULL;
	if (u->kind != N_COMPOSITE || !u->type)
		return NULL;
	Type *t = fe_under(u->type);
	if (t->kind == TY_PTR)
		t = fe_under(t->elem);
	return t->kind == TY_STRUCT || t->kind == TY_ARRAY || t->kind == TY_SLICE ? u : NULL;
}

static Node *elem_value(Node *e)
{
	return e->kind == N_KEYVALUE ? e->binary.y : e;
}

/* staticinit's AnySideEffects: may evaluating n do anything but compute
 * a value (call, panic on a size or a division, receive...)? */
static bool side_effects(Node *n, void *unused);

static void side_effects_kid(Node *n, void *res)
{
	if (side_effects(n, NULL))
		*(bool *)res = true;
}

static bool side_effects(Node *n, void *unused)
{
	(void)unused;
	Node *u = fe_unparen(n);
	if (!u || u->val || u->mode == MODE_TYPE || u->mode == MODE_NIL)
		return false;
	switch (u->kind) {
	case N_IDENT: case N_BASICLIT: case N_COMPOSITE: case N_KEYVALUE: case N_CONVIFACE: case N_UNARY:
		break;
	case N_SELECTOR:
		/* a package's name, or a field of a value (no pointer to follow) */
		if (u->sub == SEL_PKG)
			return false;
		if (u->sub != SEL_FIELD || u->npath != 1 || !u->selector.x->type ||
		    fe_under(u->selector.x->type)->kind == TY_PTR)
			return true;
		break;
	case N_BINARY: {
		FeOp op = fe_op(u->binary.op);
		if ((op == OP_QUO || op == OP_REM) &&
		    (!u->binary.y->val || u->binary.y->val->kind != CONST_INT || fe_const_sign(u->binary.y->val) == 0))
			return true;
		break;
	}
	case N_CALL:
		if (u->sub == CALL_CONV)
			break;
		switch (fe_call_builtin(u)) {
		case BI_LEN: case BI_CAP: case BI_NEW: case BI_REAL: case BI_IMAG: case BI_COMPLEX:
			break;
		case BI_MAKE:
			/* make(map[K]V) or make(chan T, 0): nothing can go wrong */
			if (u->type && fe_under(u->type)->kind != TY_SLICE &&
			    (u->call.args.len < 2 || (u->call.args.v[1]->val && u->call.args.v[1]->val->kind == CONST_INT &&
						       fe_const_sign(u->call.args.v[1]->val) == 0)))
				break;
			return true;
		default:
			return true;
		}
		break;
	default:
		return true;
	}
	bool res = false;
	fe_each_child(u, side_effects_kid, &res);
	return res;
}

/* var _ = x with x free of side effects: gc discards it. */
static bool discarded_spec(Node *spec)
{
	for (int j = 0; j < spec->spec.names.len; j++)
		if (!fe_is_blank(spec->spec.names.v[j]))
			return false;
	if (spec->spec.values.len != spec->spec.names.len)
		return false;
	for (int j = 0; j < spec->spec.values.len; j++)
		if (side_effects(spec->spec.values.v[j], NULL))
			return false;
	return true;
}

/* Is the spec static containers with some elements that need code? */
static bool partial_spec(Node *spec)
{
	if (spec->spec.values.len != spec->spec.names.len)
		return false;
	for (int j = 0; j < spec->spec.values.len; j++) {
		Node *v = spec->spec.values.v[j];
		if (!static_value(v) && !container_lit(v))
			return false;
	}
	return true;
}

/* The static parts of a partly static value: the containers' allocation
 * sites and the wholly static elements. */
static void mark_partial(Node *n, Arena *a)
{
	Node *u = fe_unparen(n);
	if (static_value(u)) {
		mark_static(u, a);
		return;
	}
	Node *lit = container_lit(u);
	if (!lit)
		return; /* code in init */
	if (u != lit || fe_under(lit->type)->kind == TY_SLICE || fe_under(lit->type)->kind == TY_PTR) {
		u->esc = fe_alloc(a, sizeof *u->esc);
		*u->esc = (IrVerdict){ .where = IR_STATIC };
	}
	for (int i = 0; i < lit->composite.elts.len; i++)
		mark_partial(elem_value(lit->composite.elts.v[i]), a);
}

/* In init: the elements of a partly static value that need code are
 * stored into static memory, a global: they flow to the heap. */
void esc_static_leaves(EscState *e, Node *n)
{
	Node *u = fe_unparen(n);
	if (static_value(u))
		return;
	Node *lit = container_lit(u);
	if (!lit) {
		esc_expr(e, esc_heap_hole(e->b), u);
		return;
	}
	for (int i = 0; i < lit->composite.elts.len; i++)
		esc_static_leaves(e, elem_value(lit->composite.elts.v[i]));
}

/* ---- one batch ---- */

static EscLocation *var_loc(EscState *e, Node *ident, EscLocClass cls, Type *t)
{
	EscLocation *l = esc_new_loc(e, ident, cls, false);
	l->what = ident->ident.name;
	Package *pkg = inl_imported(ident);   /* a variable of another package's inlined body */
	if (pkg && pkg != fe_local_package() && pkg->name)
		l->what = fe_sprintf(e->b->arena, "%s.%s", pkg->name, ident->ident.name);
	l->size = t ? fe_sizeof(t) : 8;
	if (cls == ESC_LOC_AUTO)
		l->heapReason = esc_var_heap_reason(t);
	if (ident->obj)
		esc_bind(e->b, ident->obj, l);
	esc_func_add_dcl(e->b->arena, e->curfn, l);
	return l;
}

/* declare_locals: the variables of a function's body (and the
 * temporaries irgen made), in gc's Dcl order (ir/irgen.c). */
static void declare_locals(EscState *e, IrFunc *dl)
{
	for (int i = 0; i < dl->ndcl; i++) {
		Node *n = dl->dcl[i].n;
		if (n->kind == N_IDENT) {
			EscLocation *l = var_loc(e, n, ESC_LOC_AUTO, n->obj->type);
			l->init = dl->dcl[i].init;
		} else if (n->kind == N_CASECLAUSE) {
			EscLocation *l = esc_new_loc(e, n->obj->decl, ESC_LOC_AUTO, false);
			l->what = n->obj->name;
			/* noder: a clause's variable is positioned at the clause's ':' */
			l->pos = n->caseclause.colon.line ? n->caseclause.colon : n->obj->decl->pos;
			l->size = n->obj->type ? fe_sizeof(n->obj->type) : 8;
			esc_bind(e->b, n->obj, l);
			esc_func_add_dcl(e->b->arena, e->curfn, l);
		}
	}
	e->curfn->autotmps = dl->dcllen;
}

static void fill_params(EscState *e, EscFunc *fn, Node *decl)
{
	Arena *a = e->b->arena;
	Node *ftype = decl->func_.type;
	Type *sig = decl->kind == N_FUNCDECL ? (decl->func_.name->obj ? decl->func_.name->obj->type : NULL) : decl->type;
	if (sig)
		sig = fe_under(sig);
	int np = 0, nr = 0;
	Node *fields[3] = { decl->kind == N_FUNCDECL ? decl->func_.recv : NULL, NULL, NULL };
	/* Count first. */
	int cap = 8;
	if (fields[0])
		cap++;
	for (int i = 0; i < ftype->functype.params.len; i++) {
		Node *f = ftype->functype.params.v[i];
		cap += f->field.names.len ? f->field.names.len : 1;
	}
	fn->params = fe_alloc(a, cap * sizeof *fn->params);
	int ti = 0; /* index into sig->params */
	for (int pass = 0; pass < 2; pass++) {
		int nf = pass == 0 ? (fields[0] ? 1 : 0) : ftype->functype.params.len;
		for (int i = 0; i < nf; i++) {
			Node *f = pass == 0 ? fields[0] : ftype->functype.params.v[i];
			int nn = f->field.names.len ? f->field.names.len : 1;
			for (int j = 0; j < nn; j++) {
				Node *id = f->field.names.len ? f->field.names.v[j] : NULL;
				Type *t = NULL;
				if (id && id->obj)
					t = id->obj->type;
				else if (pass == 0 && sig && sig->recv)
					t = sig->recv->type;
				else if (pass == 1 && sig && ti < sig->nparams)
					t = sig->params[ti];
				if (pass == 1)
					ti++;
				EscParam *p = &fn->params[np++];
				p->name = id ? id->ident.name : NULL;
				p->pos = id ? id->pos : f->pos;
				p->pointers = esc_has_pointers(t);
				p->isuintptr = t && fe_under(t)->kind == TY_UINTPTR;
				/* the final ...uintptr, stored as []uintptr */
				p->isddduintptr = pass == 1 && sig && sig->variadic && ti == sig->nparams && t &&
						  fe_under(t)->kind == TY_SLICE && fe_under(fe_under(t)->elem)->kind == TY_UINTPTR;
				if (id && !fe_is_blank(id))
					p->loc = var_loc(e, id, ESC_LOC_PARAM, t);
			}
		}
	}
	fn->nparams = np;

	NodeList *rl = &ftype->functype.results;
	int rcap = 1;
	for (int i = 0; i < rl->len; i++)
		rcap += rl->v[i]->field.names.len ? rl->v[i]->field.names.len : 1;
	fn->results = fe_alloc(a, rcap * sizeof *fn->results);
	fn->resultNames = fe_alloc(a, rcap * sizeof *fn->resultNames);
	for (int i = 0; i < rl->len; i++) {
		Node *f = rl->v[i];
		int nn = f->field.names.len ? f->field.names.len : 1;
		for (int j = 0; j < nn; j++) {
			Node *id = f->field.names.len ? f->field.names.v[j] : NULL;
			Type *t = id && id->obj ? id->obj->type : sig && nr < sig->nresults ? sig->results[nr] : NULL;
			EscLocation *l;
			if (id && !fe_is_blank(id)) {
				l = var_loc(e, id, ESC_LOC_RESULT, t);
				fn->resultNames[nr] = id->ident.name;
			} else {
				/* gc names unnamed results ~rN and blank ones ~bN */
				l = esc_new_loc(e, NULL, ESC_LOC_RESULT, false);
				l->what = fe_sprintf(a, id ? "~b%d" : "~r%d", nr);
				l->pos = f->pos;
				l->size = t ? fe_sizeof(t) : 8;
				esc_func_add_dcl(a, fn, l);
				fn->resultNames[nr] = l->what;
			}
			fn->results[nr++] = l;
		}
	}
	fn->nresults = nr;
}

/* declare_func gives a function's variables their locations, in gc's
 * Dcl order: receiver and parameters, results, locals. */
static void declare_func(EscBatch *b, EscFunc *fn)
{
	EscState e = esc_with(b, fn);
	if (fn->decl) {
		fill_params(&e, fn, fn->decl);
		fn->hasBody = fn->decl->func_.body != NULL;
	}
	declare_locals(&e, fn->ir);
	esc_init_func(b, fn);
}

static void analyze_batch(EscFunc **fns, int n, bool recursive, void *ctx)
{
	Prep *p = ctx;
	EscBatch *b = esc_batch_new(p->a, p->m, p->rep);
	for (int i = 0; i < n; i++)
		declare_func(b, fns[i]);
	/* A closure's free variables, in irgen's order (ir/irgen.c). */
	for (int i = 0; i < n; i++) {
		IrFunc *f = fns[i]->outer ? fns[i]->ir : NULL;
		for (int j = 0; f && j < f->ncvars; j++) {
			Node *id = f->cvars[j].use;
			EscLocation *l = esc_lookup(b, id->obj);
			if (l)
				esc_func_add_capture(b->arena, fns[i],
				                     (EscCapture){ .loc = l, .usepos = id->pos, .name = id->ident.name,
				                                   .cvar = &f->cvars[j] });
		}
	}
	for (int i = 0; i < n; i++)
		if (!fns[i]->outer && fns[i]->hasBody)
			esc_walk_func(b, fns[i]);
	esc_flow_closures(b);
	esc_solve(b);
	esc_finish(b, fns, n);
	(void)recursive;
}

void esc_analyze(Comp *comp, IrProgram *prog)
{
	Arena *a = comp->a;
	int mflag = comp->m;
	bool json = comp->json;
	Prep p = { .a = a, .rep = esc_reporter_new(comp), .m = mflag, .pkg = comp->pkg };
	if (json && mflag < 1)
		mflag = p.m = 1; /* -json reports the decisions by itself */
	for (int i = 0; i < prog->nfuncs; i++) {
		IrFunc *f = prog->funcs[i];
		EscFunc *fn = fe_alloc(a, sizeof *fn);
		fn->ir = f;
		fn->decl = f->decl;
		fn->name = f->name;
		fn->outer = f->outer ? f->outer->esc : NULL;
		fn->hasBody = f->decl->func_.body != NULL;
		if (f->decl->kind == N_FUNCDECL) {
			fn->noescape = (f->decl->func_.pragmas & FE_FUNC_NOESCAPE) != 0;
			fn->uintptrescapes = (f->decl->func_.pragmas & FE_FUNC_UINTPTRESCAPES) != 0;
		}
		f->esc = fn;
		add_func(&p, fn);
	}

	/* The initialiser, last: the package-level variables whose
	 * initialisation needs code.  The others are static data. */
	IrFunc *pinit = prog->init;
	EscFunc *init = NULL;
	for (int i = 0; pinit && pinit->initSpecs && i < pinit->initSpecs->len; i++) {
		Node *spec = pinit->initSpecs->v[i];
		if (discarded_spec(spec)) {
			spec->esc = fe_alloc(a, sizeof *spec->esc);
			*spec->esc = (IrVerdict){ .where = IR_DISCARD };
			continue;
		}
		if (static_spec(spec)) {
			for (int j = 0; j < spec->spec.values.len; j++)
				mark_static(spec->spec.values.v[j], a);
			spec->esc = fe_alloc(a, sizeof *spec->esc);
			*spec->esc = (IrVerdict){ .where = IR_STATIC };
			continue;
		}
		if (partial_spec(spec)) {
			/* static data, with code in init for some elements */
			for (int j = 0; j < spec->spec.values.len; j++)
				mark_partial(spec->spec.values.v[j], a);
			spec->esc = fe_alloc(a, sizeof *spec->esc);
			*spec->esc = (IrVerdict){ .where = IR_STATIC };
		}
		if (!init) {
			init = fe_alloc(a, sizeof *init);
			init->ir = pinit;
			init->name = pinit->name;
			init->hasBody = true;
			init->initSpecs = fe_alloc(a, sizeof *init->initSpecs);
			pinit->esc = init;
		}
		fe_list_push(a, init->initSpecs, spec);
	}
	if (init)
		add_func(&p, init);

	/* The devirtualizer, before the call graph. */
	esc_devirtualize(p.rep, a, prog->file, mflag);

	for (int i = 0; i < p.nfuncs; i++) {
		EscFunc *fn = p.funcs[i];
		p.cur = fn;
		if (fn->decl)
			visit_nodes(fn->decl->func_.body, false, add_refs, &p);
		else if (fn->initSpecs)
			visit_list(fn->initSpecs, false, add_refs, &p);
	}
	esc_visit_bottom_up(a, p.funcs, p.nfuncs, analyze_batch, &p);
}
