/*
 * stmt.c - statements, control flow, and defer / panic / recover.
 *
 * Control flow is plain basic blocks: loops, switches and labels keep a
 * stack of targets (CgTarget) for break and continue; goto and labels use
 * one block per label, created on first mention so forward gotos work.
 * A switch is a chain of comparisons in source order, as the spec
 * describes it; fallthrough jumps to the next clause's body.
 *
 * Assignment follows the spec's two phases: the right-hand sides are
 * evaluated first (into temporaries when there are several, so that
 * `a, b = b, a` swaps), then the targets are stored left to right.  A map
 * element target evaluates its map and key first and calls mapassign only
 * when the value is ready, so a panicking right-hand side never creates an
 * entry.
 *
 * Defer.  A function that contains a defer statement gets a frame record on
 * its stack (a jmp_buf plus the addresses of its result slots) and calls
 * _setjmp on it in its prologue.  `defer f(args)` evaluates f and args now
 * into a closure object (expr.c's cg_defer_closure) and pushes it with
 * runtime.deferproc(frame, closure).  Every return stores the results,
 * calls runtime.deferreturn(frame), which runs this frame's deferred calls
 * LIFO, and returns the result slots, so deferred closures that assign
 * named results are seen.  runtime.gopanic runs deferred calls of all
 * frames; when one of them recovers, the runtime longjmps to the frame that
 * deferred it, whose setjmp returns 1: the function then finishes its own
 * deferred calls and returns its current results normally -- Go's
 * semantics for a recovered panic.  The result slots' addresses are stored
 * in the frame record, so they live in memory, not registers, and hold
 * their latest values after the longjmp.
 */
#include <string.h>

#include "codegen/codegen.h"

enum { JMPBUF_SIZE = 256 };

static bool is_blank(Node *n)
{
	n = fe_unparen(n);
	return n->kind == N_IDENT && strcmp(n->ident.name, "_") == 0;
}

/* ---- defer ---- */

void cg_defer_prologue(CG *g)
{
	CgFn *f = g->fn;
	int nr = f->nresults;
	f->deferframe = cg_alloca_raw(g, JMPBUF_SIZE + 8 * (nr + 1), 16, "deferframe");
	for (int i = 0; i < nr; i++)
		LLVMBuildStore(g->b, f->resaddr[i], cg_offset(g, f->deferframe, JMPBUF_SIZE + 8 * i));
	LLVMValueRef sj = LLVMGetNamedFunction(g->mod, "_setjmp");
	LLVMTypeRef ps[1] = { g->ptr };
	LLVMTypeRef ft = LLVMFunctionType(g->i32, ps, 1, false);
	if (!sj) {
		sj = LLVMAddFunction(g->mod, "_setjmp", ft);
		unsigned k = LLVMGetEnumAttributeKindForName("returns_twice", 13);
		LLVMAddAttributeAtIndex(sj, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, k, 0));
	}
	LLVMValueRef arg = f->deferframe;
	LLVMValueRef r = LLVMBuildCall2(g->b, ft, sj, &arg, 1, "");
	unsigned k = LLVMGetEnumAttributeKindForName("returns_twice", 13);
	LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, k, 0));
	LLVMBasicBlockRef rec = cg_block(g, "recovered"), body = cg_block(g, "body");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, r, LLVMConstInt(g->i32, 0, false), ""), rec, body);
	cg_set_block(g, rec);
	/* a recovered frame returns at its closing brace, as the normal path
	 * does (gc's line for the deferreturn; LLVM merges the two calls) */
	Node *d = g->fn->decl;
	LLVMMetadataRef loc = LLVMGetCurrentDebugLocation2(g->b);
	if (d && (d->kind == N_FUNCDECL || d->kind == N_FUNCLIT) && d->func_.body && d->func_.body->kind == N_BLOCK)
		cg_debug_pos(g, d->func_.body->block.rbrace);
	cg_return_values(g, NULL);
	LLVMSetCurrentDebugLocation2(g->b, loc);
	cg_set_block(g, body);
}

/*
 * defer of a builtin (defer delete(m, k), defer println(x), defer panic(v)):
 * the arguments are evaluated now into a closure object; the thunk lowers the
 * same builtin over stand-in variables that live in that object.
 */
/*
 * defer recover(): the record keeps whether the deferring function may
 * recover (its prologue's verdict), and the thunk asks the runtime with
 * it (runtime.gorecoverdefer: only a normal return runs it usefully).
 */
static LLVMValueRef defer_recover(CG *g, Node *call)
{
	Field fs[2] = { { .name = "F", .type = fe_types[TY_UINTPTR] }, { .name = "can", .type = fe_types[TY_BOOL] } };
	Type *et = fe_type_struct(g->a, fs, 2);
	fe_layout(et);
	LLVMValueRef env = cg_new(g, et, false);
	LLVMValueRef can = g->fn->canrecover ? g->fn->canrecover : LLVMConstInt(g->i1, 0, false);
	cg_store(g, fe_types[TY_BOOL], cg_offset(g, env, et->fields[1].offset), can);

	LLVMBasicBlockRef saved;
	LLVMValueRef th = cg_begin_deferwrap(g, &saved);
	LLVMValueRef v = cg_load(g, fe_types[TY_BOOL], cg_offset(g, LLVMGetParam(th, 0), et->fields[1].offset));
	cg_rtcall(g, "runtime.gorecoverdefer", &v, 1);
	LLVMBuildRetVoid(g->b);
	cg_leave_function(g);
	LLVMPositionBuilderAtEnd(g->b, saved);
	LLVMBuildStore(g->b, th, env);
	(void)call;
	return env;
}

static LLVMValueRef defer_builtin(CG *g, Node *call)
{
	if (call->obj && call->obj->builtin == BI_RECOVER)
		return defer_recover(g, call);
	NodeList *al = &call->call.args;
	int n = al->len;
	Field *fs = fe_alloc(g->a, (n + 1) * sizeof *fs);
	fs[0] = (Field){ .name = "F", .type = fe_types[TY_UINTPTR] };
	Type **ts = fe_alloc(g->a, (n + 1) * sizeof *ts);
	LLVMValueRef *vals = fe_alloc(g->a, (n + 1) * sizeof *vals);
	bool typearg = call->obj && (call->obj->builtin == BI_MAKE || call->obj->builtin == BI_NEW);
	for (int i = 0; i < n; i++) {
		Node *a = al->v[i];
		Type *t = a->type;
		if (fe_is_untyped(t) && t->kind != TY_UNTYPED_NIL)
			t = fe_default_type(t);
		ts[i] = t;
		fs[i + 1] = (Field){ .name = fe_sprintf(g->a, "a%d", i), .type = t };
		if (!(typearg && i == 0))
			vals[i] = cg_expr(g, a);
	}
	Type *et = fe_type_struct(g->a, fs, n + 1);
	fe_layout(et);
	LLVMValueRef env = cg_new(g, et, false);
	for (int i = 0; i < n; i++)
		if (!(typearg && i == 0))
			cg_store(g, ts[i], cg_offset(g, env, et->fields[i + 1].offset), vals[i]);

	LLVMBasicBlockRef saved;
	LLVMValueRef th = cg_begin_deferwrap(g, &saved);
	LLVMValueRef e = LLVMGetParam(th, 0);
	Node *fake = fe_node(g->a, N_CALL, call->pos);
	*fake = *call;
	fake->call.args = (NodeList){ 0 };
	for (int i = 0; i < n; i++) {
		if (typearg && i == 0) {
			fe_list_push(g->a, &fake->call.args, al->v[0]);
			continue;
		}
		Node *id = cg_var_at(g, fe_sprintf(g->a, "a%d", i), ts[i], cg_offset(g, e, et->fields[i + 1].offset),
				     al->v[i]->pos);
		fe_list_push(g->a, &fake->call.args, id);
	}
	cg_builtin(g, fake);
	if (!cg_terminated(g))
		LLVMBuildRetVoid(g->b);
	cg_leave_function(g);
	LLVMPositionBuilderAtEnd(g->b, saved);
	LLVMBuildStore(g->b, th, env);
	return env;
}

LLVMValueRef cg_defer_closure_any(CG *g, Node *call)
{
	if (call->sub == CALL_BUILTIN || call->sub == CALL_CONV)
		return defer_builtin(g, call);
	return cg_defer_closure(g, call);
}

static void defer_stmt(CG *g, Node *s)
{
	LLVMValueRef clo = cg_defer_closure_any(g, fe_unparen(s->unary.x));
	LLVMValueRef args[2] = { g->fn->deferframe, clo };
	cg_rtcall(g, "runtime.deferproc", args, 2);
}

void cg_return_values(CG *g, LLVMValueRef *vals)
{
	CgFn *f = g->fn;
	CgAbi *abi = f->abi;
	int nr = abi->nresults;
	if (f->hasdefer) {
		if (vals)
			for (int i = 0; i < nr; i++)
				cg_store(g, abi->rtypes[i], f->resaddr[i], vals[i]);
		LLVMValueRef fr = f->deferframe;
		cg_rtcall(g, "runtime.deferreturn", &fr, 1);
		vals = NULL;
	}
	LLVMValueRef *rv = fe_alloc(g->a, (nr + 1) * sizeof *rv);
	for (int i = 0; i < nr; i++)
		rv[i] = vals ? vals[i] : cg_load(g, abi->rtypes[i], f->resaddr[i]);
	cg_abi_return(g, abi, rv);
}

static void return_stmt(CG *g, Node *s)
{
	CgFn *f = g->fn;
	CgAbi *abi = f->abi;
	NodeList *rl = &s->ret.results;
	int nr = abi->nresults;
	LLVMValueRef *vals = NULL;
	if (s->rw && s->rw->inner) {
		/* return g(): through the IR's temporaries */
		vals = fe_alloc(g->a, (nr + 1) * sizeof *vals);
		Type **types = fe_alloc(g->a, (nr + 1) * sizeof *types);
		cg_rewrite_values(g, s->rw, vals, types);
		for (int i = 0; i < nr; i++)
			vals[i] = cg_convert(g, vals[i], types[i], abi->rtypes[i]);
	} else if (rl->len > 0) {
		vals = fe_alloc(g->a, nr * sizeof *vals);
		for (int i = 0; i < nr; i++) {
			vals[i] = cg_expr_to(g, rl->v[i], abi->rtypes[i]);
			if (cg_ismem(abi->rtypes[i]) && nr > 1)
				vals[i] = cg_copy_to_temp(g, abi->rtypes[i], vals[i]);
		}
	}
	cg_return_values(g, vals);
	cg_dead_block(g, "afterreturn");
}

/* ---- assignment ---- */

/* Stores v (a value of type t) into the location lhs denotes. */
void cg_assign_to(CG *g, Node *lhs, LLVMValueRef v, Type *t)
{
	Node *u = fe_unparen(lhs);
	if (is_blank(u))
		return;
	Type *lt = u->type;
	v = cg_convert(g, v, t, lt);
	if (u->kind == N_INDEX && fe_under(u->binary.x->type)->kind == TY_MAP) {
		Type *mt = u->binary.x->type;
		LLVMValueRef m = cg_expr(g, u->binary.x);
		LLVMValueRef k = cg_expr_to(g, u->binary.y, fe_under(mt)->key);
		cg_mapstore(g, mt, m, k, v);
		return;
	}
	cg_store(g, lt, cg_addr(g, u), v);
}

/* Declares the variable an identifier on the left of := or in a var spec names. */
static void declare_ident(CG *g, Node *id)
{
	Object *o = id->obj;
	if (!o || is_blank(id))
		return;
	if (!o->fn || (o->flags & OF_GLOBAL))
		return;
	cg_declare_local(g, o, id);
}

static bool is_new_var(Node *id)
{
	id = fe_unparen(id);
	return id->kind == N_IDENT && id->obj && id->obj->decl == id;
}

/* Evaluates rhs (a tuple-producing node) into n values with their types. */
static void tuple_values(CG *g, Node *rhs, int n, LLVMValueRef *vals, Type **types)
{
	Node *r = fe_unparen(rhs);
	if (r->kind == N_INDEX && fe_under(r->binary.x->type)->kind == TY_MAP) {
		LLVMValueRef ok;
		vals[0] = cg_mapindex(g, r, &ok);
		vals[1] = ok;
		types[0] = r->type;
		types[1] = fe_types[TY_BOOL];
		return;
	}
	if (r->kind == N_UNARY && fe_op(r->unary.op) == OP_ARROW) {
		LLVMValueRef ok;
		vals[0] = cg_recv_expr(g, r, &ok);
		vals[1] = ok;
		types[0] = r->type;
		types[1] = fe_types[TY_BOOL];
		return;
	}
	if (r->kind == N_TYPEASSERT) {
		LLVMValueRef ok;
		vals[0] = cg_typeassert(g, r, &ok);
		vals[1] = ok;
		types[0] = r->typeassert.type->type;
		types[1] = fe_types[TY_BOOL];
		return;
	}
	if (r->kind == N_INLCALL) { /* an inlined call: its result variables */
		cg_expr(g, r);
		for (int i = 0; i < n; i++) {
			Node *v = r->inlcall.results.v[i];
			types[i] = v->type;
			vals[i] = cg_expr(g, v);
			if (cg_ismem(v->type))
				vals[i] = cg_copy_to_temp(g, v->type, vals[i]);
		}
		return;
	}
	int nres;
	LLVMValueRef tup = cg_call(g, r, &nres);
	Type *tt = r->type;
	Field *fs = fe_alloc(g->a, n * sizeof *fs);
	for (int i = 0; i < n; i++)
		fs[i] = (Field){ .name = "r", .type = tt->results[i] };
	Type *st = fe_type_struct(g->a, fs, n);
	fe_layout(st);
	for (int i = 0; i < n; i++) {
		vals[i] = cg_tuple_elem(g, st, tup, i);
		if (cg_ismem(tt->results[i]))
			vals[i] = cg_copy_to_temp(g, tt->results[i], vals[i]);
		types[i] = tt->results[i];
	}
}

/* An assignment target after the spec's first phase: operands evaluated. */
typedef struct LRef {
	enum { LR_BLANK, LR_NEWVAR, LR_ADDR, LR_MAP } kind;
	LLVMValueRef addr;       /* LR_ADDR */
	LLVMValueRef m, k;       /* LR_MAP: map and key */
	Type *t;
} LRef;

/*
 * Phase 1 of a tuple assignment evaluates the operands of the targets'
 * pointer indirections and slice indexes, but the nil and bounds checks
 * belong to phase 2, each with its own store, in order: in
 * `m[2], *p = 42, 2` with p nil, m[2] is assigned before the panic.  As
 * gc's ascompatee, the operands go into temporaries; the returned copy of
 * the target refers to them, and its address is taken in phase 2.
 */
static Node *save_operands(CG *g, Node *l)
{
	Node *u = fe_unparen(l), *c;
	Type *xt;
	switch (u->kind) {
	case N_STAR:
		c = fe_node(g->a, N_STAR, u->pos);
		*c = *u;
		c->unary.x = cg_temp(g, u->unary.x->type, cg_expr(g, u->unary.x), u->unary.x->pos);
		return c;
	case N_SELECTOR:
		if (u->sub != SEL_FIELD)
			return u;
		c = fe_node(g->a, N_SELECTOR, u->pos);
		*c = *u;
		xt = u->selector.x->type;
		if (fe_under(xt)->kind == TY_PTR)
			c->selector.x = cg_temp(g, xt, cg_expr(g, u->selector.x), u->selector.x->pos);
		else
			c->selector.x = save_operands(g, u->selector.x);
		return c;
	case N_INDEX:
		xt = fe_under(u->binary.x->type);
		if (xt->kind != TY_ARRAY && xt->kind != TY_SLICE && xt->kind != TY_PTR)
			return u;
		c = fe_node(g->a, N_INDEX, u->pos);
		*c = *u;
		if (xt->kind == TY_ARRAY)
			c->binary.x = save_operands(g, u->binary.x);
		else
			c->binary.x = cg_temp(g, u->binary.x->type, cg_expr(g, u->binary.x), u->binary.x->pos);
		if (u->binary.y->mode != MODE_CONST)
			c->binary.y = cg_temp(g, u->binary.y->type, cg_expr(g, u->binary.y), u->binary.y->pos);
		return c;
	default:
		return u;
	}
}

static LRef eval_target(CG *g, Node *l, bool define)
{
	LRef r = { .kind = LR_BLANK };
	Node *u = fe_unparen(l);
	if (is_blank(u))
		return r;
	r.t = u->type;
	if (define && is_new_var(u)) {
		r.kind = LR_NEWVAR;
		return r;
	}
	if (u->kind == N_INDEX && fe_under(u->binary.x->type)->kind == TY_MAP) {
		Type *mt = u->binary.x->type;
		r.kind = LR_MAP;
		r.m = cg_expr(g, u->binary.x);
		r.k = cg_expr_to(g, u->binary.y, fe_under(mt)->key);
		r.t = mt;
		return r;
	}
	r.kind = LR_ADDR;
	r.addr = cg_addr(g, u);
	return r;
}

/* A target of a tuple assignment: addressed late (save_operands). */
static LRef eval_target_late(CG *g, Node *l, bool define, Node **late)
{
	Node *u = fe_unparen(l);
	*late = NULL;
	if (!is_blank(u) && !(define && is_new_var(u)) &&
	    !(u->kind == N_INDEX && fe_under(u->binary.x->type)->kind == TY_MAP) && u->kind != N_IDENT) {
		*late = save_operands(g, u);
		return (LRef){ .kind = LR_ADDR, .t = u->type };
	}
	return eval_target(g, l, define);
}

static void store_target(CG *g, Node *l, LRef *r, LLVMValueRef v, Type *t)
{
	switch (r->kind) {
	case LR_BLANK:
		return;
	case LR_NEWVAR:
		declare_ident(g, fe_unparen(l));
		cg_assign_to(g, l, v, t);
		return;
	case LR_MAP:
		cg_mapstore(g, r->t, r->m, r->k, cg_convert(g, v, t, fe_under(r->t)->elem));
		return;
	case LR_ADDR:
		cg_store(g, r->t, r->addr, cg_convert(g, v, t, r->t));
		return;
	}
}

static void assign_list(CG *g, NodeList *lhs, NodeList *rhs, bool define, IrRewrite *rw)
{
	int n = lhs->len;
	LLVMValueRef *vals = fe_alloc(g->a, (n + 1) * sizeof *vals);
	Type **types = fe_alloc(g->a, (n + 1) * sizeof *types);
	/* phase 1: the targets' operands, left to right, then the values */
	LRef *refs = fe_alloc(g->a, (n + 1) * sizeof *refs);
	Node **late = fe_alloc(g->a, (n + 1) * sizeof *late);
	for (int i = 0; i < n; i++) {
		if (n > 1)
			refs[i] = eval_target_late(g, lhs->v[i], define, &late[i]);
		else
			refs[i] = eval_target(g, lhs->v[i], define);
	}
	if (rw && rw->inner) {
		cg_rewrite_values(g, rw, vals, types);
	} else if (rhs->len == 1 && n > 1) {
		tuple_values(g, rhs->v[0], n, vals, types);
	} else {
		for (int i = 0; i < n; i++) {
			Node *l = fe_unparen(lhs->v[i]);
			Type *lt = is_blank(l) ? rhs->v[i]->type : l->type;
			if (is_blank(l) && rhs->v[i]->type && fe_is_untyped(rhs->v[i]->type))
				lt = fe_default_type(rhs->v[i]->type);
			vals[i] = cg_expr_to(g, rhs->v[i], lt);
			types[i] = lt;
			if (n > 1 && cg_ismem(lt))
				vals[i] = cg_copy_to_temp(g, lt, vals[i]);
		}
	}
	/* phase 2: the stores, left to right */
	for (int i = 0; i < n; i++) {
		if (late[i])
			refs[i].addr = cg_addr(g, late[i]);
		store_target(g, lhs->v[i], &refs[i], vals[i], types[i]);
	}
}

static FeOp assign_op(Node *s)
{
	return fe_op(s->assign.op);
}

static void opassign(CG *g, Node *lhs, FeOp op, Node *rhs, LLVMValueRef rv, Type *rt)
{
	Node *u = fe_unparen(lhs);
	Type *t = u->type;
	if (u->kind == N_INDEX && fe_under(u->binary.x->type)->kind == TY_MAP) {
		Type *mt = u->binary.x->type;
		LLVMValueRef m = cg_expr(g, u->binary.x);
		LLVMValueRef k = cg_expr_to(g, u->binary.y, fe_under(mt)->key);
		LLVMValueRef y = rv ? rv : cg_expr(g, rhs);
		if (op == OP_QUO || op == OP_REM) {
			/*
			 * gc's order rewrites m[k] /= y into m[k] = m[k] / y, so
			 * that a division by zero panics before mapassign can
			 * create the entry.
			 */
			LLVMValueRef old = cg_mapload(g, mt, m, k, NULL);
			cg_mapstore(g, mt, m, k, cg_binop(g, op, old, y, t, rt, rhs));
			return;
		}
		/* any other op: one mapassign, and the update through its slot */
		LLVMValueRef p = cg_mapslot(g, mt, m, k);
		LLVMValueRef old = cg_load(g, t, p);
		cg_store(g, t, p, cg_binop(g, op, old, y, t, rt, rhs));
		return;
	}
	LLVMValueRef addr = cg_addr(g, u);
	LLVMValueRef y = rv ? rv : cg_expr(g, rhs);
	LLVMValueRef old = cg_load(g, t, addr);
	cg_store(g, t, addr, cg_binop(g, op, old, y, t, rt, rhs));
}

static void assign_stmt(CG *g, Node *s)
{
	int op = s->assign.op;
	if (op == '=' || fe_op(op) == OP_NONE) {
		assign_list(g, &s->assign.lhs, &s->assign.rhs, op != '=', s->rw);
		return;
	}
	Node *rhs = s->assign.rhs.v[0];
	opassign(g, s->assign.lhs.v[0], assign_op(s), rhs, NULL, rhs->type);
}

static void incdec_stmt(CG *g, Node *s)
{
	Node *x = s->incdec.x;
	Type *t = x->type;
	LLVMValueRef one;
	if (fe_is_complex(t)) {
		LLVMTypeRef pt = fe_under(t)->kind == TY_COMPLEX64 ? g->f32 : g->f64;
		LLVMValueRef ps[2] = { LLVMConstReal(pt, 1.0), LLVMConstReal(pt, 0.0) };
		one = LLVMConstStructInContext(g->ctx, ps, 2, false);
	} else if (fe_is_float(t))
		one = LLVMConstReal(cg_vtype(g, t), 1.0);
	else
		one = LLVMConstInt(cg_vtype(g, t), 1, false);
	opassign(g, x, s->incdec.op == '+' ? OP_ADD : OP_SUB, NULL, one, t);
}

/* var specs, local or package-level */
static void var_spec(CG *g, Node *spec)
{
	NodeList *names = &spec->spec.names, *values = &spec->spec.values;
	int n = names->len;
	if (values->len == 0) {
		for (int i = 0; i < n; i++)
			declare_ident(g, names->v[i]);
		return;
	}
	LLVMValueRef *vals = fe_alloc(g->a, (n + 1) * sizeof *vals);
	Type **types = fe_alloc(g->a, (n + 1) * sizeof *types);
	if (spec->rw && spec->rw->inner) {
		cg_rewrite_values(g, spec->rw, vals, types);
	} else if (values->len == 1 && n > 1) {
		tuple_values(g, values->v[0], n, vals, types);
	} else {
		for (int i = 0; i < n; i++) {
			Node *id = names->v[i];
			Type *t = id->obj ? id->obj->type : values->v[i]->type;
			if (fe_is_untyped(t))
				t = fe_default_type(t);
			vals[i] = cg_expr_to(g, values->v[i], t);
			types[i] = t;
			if (n > 1 && cg_ismem(t))
				vals[i] = cg_copy_to_temp(g, t, vals[i]);
		}
	}
	for (int i = 0; i < n; i++) {
		Node *id = names->v[i];
		if (is_blank(id) || !id->obj)
			continue;
		declare_ident(g, id);
		cg_assign_to(g, id, vals[i], types[i]);
	}
}

/* ---- control flow ---- */

static void push_target(CG *g, CgTarget *t, Node *stmt, Object *label, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont)
{
	t->stmt = stmt;
	t->label = label;
	t->brk = brk;
	t->cont = cont;
	t->next = g->fn->targets;
	g->fn->targets = t;
}

static void pop_target(CG *g)
{
	g->fn->targets = g->fn->targets->next;
}

static void br(CG *g, LLVMBasicBlockRef bb)
{
	if (cg_terminated(g))
		return;
	if (LLVMGetInsertBlock(g->b) == g->dead)
		LLVMBuildUnreachable(g->b);
	else
		LLVMBuildBr(g->b, bb);
}

/*
 * A loop's jump back to its condition.  One goroutine spinning in a loop
 * without calls must not keep the others from running forever: the
 * runtime raises runtime.preemptflag every 10 ms while there are
 * several goroutines (runtime/proc.c), and the loop yields there
 * (runtime.preemptcheck), Go's cooperative preemption before 1.14.
 */
static void backedge(CG *g, LLVMBasicBlockRef cond)
{
	if (cg_terminated(g) || LLVMGetInsertBlock(g->b) == g->dead) {
		br(g, cond);
		return;
	}
	LLVMValueRef flag = LLVMBuildLoad2(g->b, g->i32, g->preemptflag, "preempt");
	LLVMSetOrdering(flag, LLVMAtomicOrderingMonotonic);
	LLVMSetAlignment(flag, 4);
	LLVMBasicBlockRef yield = cg_block(g, "preempt");
	LLVMValueRef raised = LLVMBuildICmp(g->b, LLVMIntNE, flag, LLVMConstInt(g->i32, 0, false), "");
	LLVMValueRef br_ = LLVMBuildCondBr(g->b, raised, yield, cond);
	/* unlikely: LLVM lays the yield out of the loop */
	LLVMMetadataRef w[3] = {
		LLVMMDStringInContext2(g->ctx, "branch_weights", 14),
		LLVMValueAsMetadata(LLVMConstInt(g->i32, 1, false)),
		LLVMValueAsMetadata(LLVMConstInt(g->i32, 2000, false)),
	};
	LLVMSetMetadata(br_, LLVMGetMDKindIDInContext(g->ctx, "prof", 4),
			LLVMMetadataAsValue(g->ctx, LLVMMDNodeInContext2(g->ctx, w, 3)));
	cg_set_block(g, yield);
	cg_rtcall(g, "runtime.preemptcheck", NULL, 0);
	LLVMBuildBr(g->b, cond);
}

static void if_stmt(CG *g, Node *s)
{
	if (s->if_.init)
		cg_stmt(g, s->if_.init);
	LLVMValueRef c = cg_cond(g, s->if_.cond);
	LLVMBasicBlockRef th = cg_block(g, "then"), el = cg_block(g, "else"), done = cg_block(g, "endif");
	LLVMBuildCondBr(g->b, c, th, el);
	cg_set_block(g, th);
	cg_stmt(g, s->if_.then);
	br(g, done);
	cg_set_block(g, el);
	if (s->if_.els)
		cg_stmt(g, s->if_.els);
	br(g, done);
	cg_set_block(g, done);
}

static void for_stmt(CG *g, Node *s, Object *label)
{
	if (s->for_.init)
		cg_stmt(g, s->for_.init);
	LLVMBasicBlockRef cond = cg_block(g, "for.cond"), body = cg_block(g, "for.body");
	LLVMBasicBlockRef post = cg_block(g, "for.post"), done = cg_block(g, "for.end");
	br(g, cond);
	cg_set_block(g, cond);
	if (s->for_.cond)
		LLVMBuildCondBr(g->b, cg_cond(g, s->for_.cond), body, done);
	else
		LLVMBuildBr(g->b, body);
	cg_set_block(g, body);
	CgTarget t;
	push_target(g, &t, s, label, done, post);
	cg_stmt(g, s->for_.body);
	pop_target(g);
	br(g, post);
	cg_set_block(g, post);
	if (s->for_.post)
		cg_stmt(g, s->for_.post);
	backedge(g, cond);
	cg_set_block(g, done);
}

/* Does evaluating n call a function or receive (the spec's test for a
 * constant len(x), which decides whether a range expression runs)? */
static void find_call_or_recv(Node *n, void *ctx)
{
	bool *found = ctx;
	if (!n || *found || n->kind == N_FUNCLIT)
		return;
	if ((n->kind == N_CALL && n->sub != CALL_CONV && !n->val) || n->kind == N_INLCALL ||
	    (n->kind == N_UNARY && fe_op(n->unary.op) == OP_ARROW)) {
		*found = true;
		return;
	}
	fe_each_child(n, find_call_or_recv, ctx);
}

static bool calls_or_receives(Node *n)
{
	bool found = false;
	find_call_or_recv(n, &found);
	return found;
}

/* Assigns or declares a range variable. */
static void range_set(CG *g, Node *s, Node *target, LLVMValueRef v, Type *t)
{
	(void)s;
	if (!target || is_blank(target))
		return;
	cg_assign_to(g, target, v, t);
}

/* The value's target of `for k, v = range`, its index and pointer
 * operands evaluated before k is assigned, as in k, v = ... (the spec's
 * two phases: `for i, x[i] = range y` stores into the old x[i]). */
static Node *value_target(CG *g, Node *s)
{
	Node *v = s->range.value;
	if (s->range.define || !v || is_blank(v) || fe_unparen(v)->kind == N_IDENT || !s->range.key)
		return v;
	return save_operands(g, v);
}

/* Go 1.19: `for k, v := range` declares k and v once for the whole loop. */
static void range_declare(CG *g, Node *s)
{
	if (!s->range.define)
		return;
	if (s->range.key && !is_blank(s->range.key))
		declare_ident(g, fe_unparen(s->range.key));
	if (s->range.value && !is_blank(s->range.value))
		declare_ident(g, fe_unparen(s->range.value));
}

static void range_stmt(CG *g, Node *s, Object *label)
{
	Node *x = s->range.x;
	Type *xt = fe_under(x->type);
	LLVMBasicBlockRef cond = cg_block(g, "range.cond"), body = cg_block(g, "range.body");
	LLVMBasicBlockRef post = cg_block(g, "range.post"), done = cg_block(g, "range.end");
	Type *intt = fe_types[TY_INT];
	CgTarget t;
	if (xt->kind == TY_MAP) {
		LLVMValueRef m = cg_expr(g, x);
		range_declare(g, s);
		LLVMValueRef it = cg_alloca_raw(g, 96, 8, "hiter");
		cg_memzero(g, it, 96, 8);
		LLVMValueRef args[3] = { cg_typedesc(g, x->type), m, it };
		cg_rtcall(g, "runtime.mapiterinit", args, 3);
		br(g, cond);
		cg_set_block(g, cond);
		LLVMValueRef kp = LLVMBuildLoad2(g->b, g->ptr, it, "");
		LLVMBuildCondBr(g->b, LLVMBuildIsNull(g->b, kp, ""), done, body);
		cg_set_block(g, body);
		Node *vt = value_target(g, s);
		if (s->range.key && !is_blank(s->range.key))
			range_set(g, s, s->range.key, cg_ismem(xt->key) ? cg_copy_to_temp(g, xt->key, kp) : cg_load(g, xt->key, kp), xt->key);
		if (s->range.value && !is_blank(s->range.value)) {
			LLVMValueRef vp = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, it, 8), "");
			range_set(g, s, vt, cg_ismem(xt->elem) ? cg_copy_to_temp(g, xt->elem, vp) : cg_load(g, xt->elem, vp), xt->elem);
		}
		push_target(g, &t, s, label, done, post);
		cg_stmt(g, s->range.body);
		pop_target(g);
		br(g, post);
		cg_set_block(g, post);
		LLVMValueRef itp = it;
		cg_rtcall(g, "runtime.mapiternext", &itp, 1);
		backedge(g, cond);
		cg_set_block(g, done);
		return;
	}
	if (xt->kind == TY_CHAN) {   /* receive until closed */
		LLVMValueRef c = cg_expr(g, x);
		range_declare(g, s);
		br(g, cond);
		cg_set_block(g, cond);
		LLVMValueRef ok;
		LLVMValueRef v = cg_recv(g, c, xt->elem, &ok);
		LLVMBuildCondBr(g->b, ok, body, done);
		cg_set_block(g, body);
		range_set(g, s, s->range.key, v, xt->elem);
		push_target(g, &t, s, label, done, post);
		cg_stmt(g, s->range.body);
		pop_target(g);
		br(g, post);
		cg_set_block(g, post);
		br(g, cond);
		cg_set_block(g, done);
		return;
	}
	LLVMValueRef idx = cg_alloca(g, intt, "i");
	if (xt->kind == TY_STRING || xt->kind == TY_UNTYPED_STRING) {
		LLVMValueRef sv = cg_expr(g, x);
		LLVMValueRef len = LLVMBuildExtractValue(g->b, sv, 1, "");
		LLVMValueRef ptr = LLVMBuildExtractValue(g->b, sv, 0, "");
		LLVMValueRef next = cg_alloca(g, intt, "next");
		range_declare(g, s);
		br(g, cond);
		cg_set_block(g, cond);
		LLVMValueRef i = LLVMBuildLoad2(g->b, g->i64, idx, "");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, i, len, ""), body, done);
		cg_set_block(g, body);
		LLVMValueRef bp = LLVMBuildGEP2(g->b, g->i8, ptr, &i, 1, "");
		LLVMValueRef c = LLVMBuildLoad2(g->b, g->i8, bp, "");
		LLVMBasicBlockRef ascii = cg_block(g, "ascii"), multi = cg_block(g, "multi"), have = cg_block(g, "rune");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntULT, c, LLVMConstInt(g->i8, 0x80, false), ""), ascii, multi);
		cg_set_block(g, ascii);
		LLVMValueRef r1 = LLVMBuildZExt(g->b, c, g->i32, "");
		LLVMValueRef n1 = LLVMBuildAdd(g->b, i, cg_int(g, 1), "");
		LLVMBuildBr(g->b, have);
		cg_set_block(g, multi);
		LLVMValueRef args[2] = { sv, i };
		LLVMValueRef rp = cg_rtcall(g, "runtime.decoderune", args, 2);
		Field fs[2] = { { .name = "r", .type = fe_types[TY_INT32] }, { .name = "p", .type = intt } };
		Type *rpt = fe_type_struct(g->a, fs, 2);
		fe_layout(rpt);
		LLVMValueRef r2 = cg_tuple_elem(g, rpt, rp, 0);
		LLVMValueRef n2 = cg_tuple_elem(g, rpt, rp, 1);
		LLVMBasicBlockRef multiend = LLVMGetInsertBlock(g->b);
		LLVMBuildBr(g->b, have);
		cg_set_block(g, have);
		LLVMValueRef r = LLVMBuildPhi(g->b, g->i32, "r");
		LLVMValueRef nx = LLVMBuildPhi(g->b, g->i64, "n");
		LLVMValueRef rv[2] = { r1, r2 }, nv[2] = { n1, n2 };
		LLVMBasicBlockRef bbs[2] = { ascii, multiend };
		LLVMAddIncoming(r, rv, bbs, 2);
		LLVMAddIncoming(nx, nv, bbs, 2);
		LLVMBuildStore(g->b, nx, next);
		Node *vt = value_target(g, s);
		range_set(g, s, s->range.key, i, intt);
		range_set(g, s, vt, r, fe_type_rune);
		push_target(g, &t, s, label, done, post);
		cg_stmt(g, s->range.body);
		pop_target(g);
		br(g, post);
		cg_set_block(g, post);
		LLVMBuildStore(g->b, LLVMBuildLoad2(g->b, g->i64, next, ""), idx);
		backedge(g, cond);
		cg_set_block(g, done);
		return;
	}
	/* arrays, pointers to arrays, slices */
	LLVMValueRef base, len;
	Type *et;
	bool needvalue = s->range.value && !is_blank(s->range.value);
	if (xt->kind == TY_SLICE) {
		LLVMValueRef sv = cg_expr(g, x);
		base = LLVMBuildExtractValue(g->b, sv, 0, "");
		len = LLVMBuildExtractValue(g->b, sv, 1, "");
		et = xt->elem;
	} else if (xt->kind == TY_PTR) {
		base = cg_expr(g, x);
		Type *at = fe_under(xt->elem);
		len = cg_int(g, at->len);
		et = at->elem;
		if (needvalue)
			cg_nilcheck(g, base);
	} else {
		/* range over an array copies it (when the value is used) */
		et = xt->elem;
		len = cg_int(g, xt->len);
		if (needvalue) {
			LLVMValueRef a = cg_expr(g, x);
			base = cg_copy_to_temp(g, x->type, a);
		} else {
			if (calls_or_receives(x))   /* len(x) is no constant: x runs */
				cg_expr(g, x);
			base = LLVMConstNull(g->ptr);
		}
	}
	range_declare(g, s);
	br(g, cond);
	cg_set_block(g, cond);
	LLVMValueRef i = LLVMBuildLoad2(g->b, g->i64, idx, "");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, i, len, ""), body, done);
	cg_set_block(g, body);
	Node *vt = value_target(g, s);
	range_set(g, s, s->range.key, i, intt);
	if (needvalue) {
		LLVMValueRef off = LLVMBuildMul(g->b, i, cg_int(g, cg_size(et)), "");
		LLVMValueRef ep = LLVMBuildGEP2(g->b, g->i8, base, &off, 1, "");
		range_set(g, s, vt, cg_ismem(et) ? cg_copy_to_temp(g, et, ep) : cg_load(g, et, ep), et);
	}
	push_target(g, &t, s, label, done, post);
	cg_stmt(g, s->range.body);
	pop_target(g);
	br(g, post);
	cg_set_block(g, post);
	LLVMValueRef i2 = LLVMBuildLoad2(g->b, g->i64, idx, "");
	LLVMBuildStore(g->b, LLVMBuildAdd(g->b, i2, cg_int(g, 1), ""), idx);
	backedge(g, cond);
	cg_set_block(g, done);
}

/* Constant cases waiting to become one switch instruction. */
typedef struct SwitchRun {
	LLVMValueRef *vals;
	LLVMBasicBlockRef *dests;
	int n, cap;
} SwitchRun;

static void run_add(CG *g, SwitchRun *r, LLVMValueRef v, LLVMBasicBlockRef dest)
{
	int cap = r->cap; /* the two arrays grow together */
	r->vals = fe_grow(g->a, r->vals, r->n, &cap, sizeof *r->vals, 16);
	r->dests = fe_grow(g->a, r->dests, r->n, &r->cap, sizeof *r->dests, 16);
	r->vals[r->n] = v;
	r->dests[r->n++] = dest;
}

/* The pending cases as one switch; no match goes on to what follows. */
static void run_flush(CG *g, SwitchRun *r, LLVMValueRef tag)
{
	if (!r->n)
		return;
	LLVMBasicBlockRef next = cg_block(g, "case.next");
	LLVMValueRef sw = LLVMBuildSwitch(g->b, tag, next, (unsigned)r->n);
	for (int k = 0; k < r->n; k++)
		LLVMAddCase(sw, r->vals[k], r->dests[k]);
	cg_set_block(g, next);
	r->n = 0;
}

static void switch_stmt(CG *g, Node *s, Object *label)
{
	if (s->switch_.init)
		cg_stmt(g, s->switch_.init);
	LLVMValueRef tag = NULL;
	Type *tagt = NULL;
	if (s->switch_.tag) {
		tag = cg_expr(g, s->switch_.tag);
		tagt = s->switch_.tag->type;
		if (fe_is_untyped(tagt))
			tagt = fe_default_type(tagt);
	}
	NodeList *cl = &s->switch_.body;
	LLVMBasicBlockRef done = cg_block(g, "switch.end");
	LLVMBasicBlockRef *bodies = fe_alloc(g->a, (cl->len + 1) * sizeof *bodies);
	for (int i = 0; i < cl->len; i++)
		bodies[i] = cg_block(g, "case.body");
	bodies[cl->len] = done;
	int def = -1;
	/* Runs of integer constant cases become one LLVM switch each (the
	 * checker has ruled out duplicates, and constants have no side
	 * effects): jump tables or a binary search, as gc's, instead of a
	 * chain of compares that makes the optimiser's work quadratic
	 * (40,000 cases took 113 s at -O2).  Other cases keep their order. */
	bool intswitch = tag && fe_is_integer(fe_under(tagt));
	SwitchRun run = { 0 };
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->v[i];
		if (c->caseclause.exprs.len == 0) {
			def = i;
			continue;
		}
		for (int j = 0; j < c->caseclause.exprs.len; j++) {
			Node *e = c->caseclause.exprs.v[j];
			LLVMValueRef match;
			if (intswitch && e->mode == MODE_CONST) {
				run_add(g, &run, cg_expr_to(g, e, tagt), bodies[i]);
				continue;
			}
			run_flush(g, &run, tag);
			Type *et = e->type && fe_is_untyped(e->type) ? fe_default_type(e->type) : e->type;
			bool mixed = tag && e->mode != MODE_NIL && et->kind != TY_UNTYPED_NIL &&
			             fe_is_interface(tagt) != fe_is_interface(et);
			if (mixed && fe_is_interface(tagt)) {
				match = cg_mixed_equal(g, tag, tagt, cg_expr(g, e), et);
			} else if (mixed) {
				match = cg_mixed_equal(g, cg_expr(g, e), et, tag, tagt);
			} else if (tag) {
				LLVMValueRef v = cg_expr_to(g, e, tagt);
				match = cg_equal(g, tagt, tag, v);
			} else if (fe_is_interface(et)) {   /* switch { case i: }: i == true */
				match = cg_mixed_equal(g, cg_expr(g, e), et, LLVMConstInt(g->i1, 1, false), fe_types[TY_BOOL]);
			} else {
				match = cg_cond(g, e);
			}
			LLVMBasicBlockRef next = cg_block(g, "case.next");
			LLVMBuildCondBr(g->b, match, bodies[i], next);
			cg_set_block(g, next);
		}
	}
	run_flush(g, &run, tag);
	LLVMBuildBr(g->b, def >= 0 ? bodies[def] : done);
	CgTarget t;
	push_target(g, &t, s, label, done, NULL);
	for (int i = 0; i < cl->len; i++) {
		cg_set_block(g, bodies[i]);
		LLVMBasicBlockRef saved = g->fn->fallthrough_to;
		g->fn->fallthrough_to = bodies[i + 1];
		NodeList *body = &cl->v[i]->caseclause.body;
		for (int k = 0; k < body->len; k++)
			cg_stmt(g, body->v[k]);
		g->fn->fallthrough_to = saved;
		br(g, done);
	}
	pop_target(g);
	cg_set_block(g, done);
}

/* ---- select (gc's walkSelect) ---- */

/* A value sent in a select, evaluated on entry: a copy the runtime reads. */
static LLVMValueRef value_slot(CG *g, Type *t, LLVMValueRef v)
{
	if (cg_ismem(t))
		return cg_copy_to_temp(g, t, v);
	LLVMValueRef p = cg_alloca(g, t, "selsend");
	cg_store(g, t, p, v);
	return p;
}

/* A select case's receive: the receive node, and the assignment it is in
 * (NULL for a bare <-c). */
static Node *comm_recv(Node *comm, Node **assign)
{
	*assign = NULL;
	if (comm->kind == N_EXPRSTMT)
		return fe_unparen(comm->unary.x);
	*assign = comm;
	return fe_unparen(comm->assign.rhs.v[0]);
}

/* The case body of a receive: declares or assigns its destinations from
 * the value v (and ok), then the statements. */
static void recv_case_body(CG *g, Node *assign, LLVMValueRef v, Type *elem, LLVMValueRef ok)
{
	if (!assign)
		return;
	NodeList *lhs = &assign->assign.lhs;
	LLVMValueRef vals[2] = { v, ok };
	Type *types[2] = { elem, fe_types[TY_BOOL] };
	for (int i = 0; i < lhs->len && i < 2; i++) {
		Node *d = fe_unparen(lhs->v[i]);
		if (is_blank(d))
			continue;
		if (is_new_var(d))
			declare_ident(g, d);
		cg_assign_to(g, d, vals[i], types[i]);
	}
}

static void select_body(CG *g, NodeList *body, LLVMBasicBlockRef done)
{
	for (int k = 0; k < body->len; k++)
		cg_stmt(g, body->v[k]);
	br(g, done);
}

static void select_stmt(CG *g, Node *s, Object *label)
{
	NodeList *cl = &s->switch_.body;
	int n = cl->len, def = -1;
	for (int i = 0; i < n; i++)
		if (cl->v[i]->caseclause.exprs.len == 0)
			def = i;
	LLVMBasicBlockRef done = cg_block(g, "select.end");
	CgTarget t;
	push_target(g, &t, s, label, done, NULL);
	if (n == 0) {   /* select {}: blocks forever */
		cg_rtcall(g, "runtime.block", NULL, 0);
		LLVMBuildUnreachable(g->b);
		cg_dead_block(g, "afterselect");
		pop_target(g);
		br(g, done);
		cg_set_block(g, done);
		return;
	}
	if (n == 1 && def == 0) {   /* select { default: }: the body */
		select_body(g, &cl->v[0]->caseclause.body, done);
		pop_target(g);
		cg_set_block(g, done);
		return;
	}
	/* the channels and the values sent, once, in source order */
	LLVMValueRef *chans = fe_alloc(g->a, (n + 1) * sizeof *chans);
	LLVMValueRef *elems = fe_alloc(g->a, (n + 1) * sizeof *elems);
	Type **elemt = fe_alloc(g->a, (n + 1) * sizeof *elemt);
	bool *send = fe_alloc(g->a, (n + 1) * sizeof *send);
	int nsends = 0, nrecvs = 0;
	for (int i = 0; i < n; i++) {
		if (i == def)
			continue;
		Node *comm = cl->v[i]->caseclause.exprs.v[0];
		cg_debug_stmt(g, comm);   /* a fault here is the case's line */
		if (comm->kind == N_SEND) {
			Type *ct = fe_under(comm->binary.x->type);
			chans[i] = cg_expr(g, comm->binary.x);
			elemt[i] = ct->elem;
			elems[i] = value_slot(g, ct->elem, cg_expr_to(g, comm->binary.y, ct->elem));
			send[i] = true;
			nsends++;
		} else {
			Node *as;
			Node *r = comm_recv(comm, &as);
			Type *ct = fe_under(r->unary.x->type);
			chans[i] = cg_expr(g, r->unary.x);
			elemt[i] = ct->elem;
			elems[i] = cg_alloca(g, ct->elem, "selrecv");
			nrecvs++;
		}
	}
	cg_debug_stmt(g, s);   /* blocked in a select: the select's line */
	Type *boolt = fe_types[TY_BOOL];
	if (n == 1 || (n == 2 && def >= 0)) {
		int i = def == 0 ? 1 : 0;
		Node *comm = cl->v[i]->caseclause.exprs.v[0];
		LLVMValueRef selected = NULL, ok = NULL;
		if (n == 1) {   /* the operation itself */
			if (send[i]) {
				LLVMValueRef args[2] = { chans[i], elems[i] };
				cg_rtcall(g, "runtime.chansend1", args, 2);
			} else {
				LLVMValueRef args[2] = { chans[i], elems[i] };
				ok = cg_rtcall(g, "runtime.chanrecv2", args, 2);
			}
		} else if (send[i]) {
			LLVMValueRef args[2] = { chans[i], elems[i] };
			selected = cg_rtcall(g, "runtime.selectnbsend", args, 2);
		} else {
			LLVMValueRef okslot = cg_alloca(g, boolt, "recvok");
			LLVMValueRef args[3] = { elems[i], chans[i], okslot };
			selected = cg_rtcall(g, "runtime.selectnbrecv", args, 3);
			ok = cg_load(g, boolt, okslot);
		}
		LLVMBasicBlockRef body = cg_block(g, "select.case");
		if (selected) {
			LLVMBasicBlockRef dflt = cg_block(g, "select.default");
			LLVMBuildCondBr(g->b, selected, body, dflt);
			cg_set_block(g, dflt);
			select_body(g, &cl->v[def]->caseclause.body, done);
		} else {
			LLVMBuildBr(g->b, body);
		}
		cg_set_block(g, body);
		if (!send[i]) {
			Node *as;
			comm_recv(comm, &as);
			LLVMValueRef v = cg_take_received(g, elemt[i], elems[i]);
			recv_case_body(g, as, v, elemt[i], ok);
		}
		select_body(g, &cl->v[i]->caseclause.body, done);
		pop_target(g);
		cg_set_block(g, done);
		return;
	}
	/* selectgo: scases {c, elem}, sends first then receives, in source order */
	int ncases = nsends + nrecvs;
	int *slot = fe_alloc(g->a, (n + 1) * sizeof *slot);
	LLVMValueRef cases = cg_alloca_raw(g, 16 * ncases, 8, "scases");
	LLVMValueRef order = cg_alloca_raw(g, 2 * 2 * ncases, 2, "selorder");
	int si = 0, ri = nsends;
	for (int i = 0; i < n; i++) {
		if (i == def)
			continue;
		slot[i] = send[i] ? si++ : ri++;
		LLVMBuildStore(g->b, chans[i], cg_offset(g, cases, 16 * slot[i]));
		LLVMBuildStore(g->b, elems[i], cg_offset(g, cases, 16 * slot[i] + 8));
	}
	LLVMValueRef okslot = cg_alloca(g, boolt, "recvok");
	LLVMValueRef args[6] = { cases, order, cg_int(g, nsends), cg_int(g, nrecvs),
				 LLVMConstInt(g->i1, def < 0, false), okslot };
	LLVMValueRef chosen = cg_rtcall(g, "runtime.selectgo", args, 6);
	LLVMBasicBlockRef none = cg_block(g, "select.default");
	LLVMValueRef sw = LLVMBuildSwitch(g->b, chosen, none, (unsigned)ncases);
	for (int i = 0; i < n; i++) {
		if (i == def)
			continue;
		LLVMBasicBlockRef body = cg_block(g, "select.case");
		LLVMAddCase(sw, cg_int(g, slot[i]), body);
		cg_set_block(g, body);
		if (!send[i]) {
			Node *as;
			comm_recv(cl->v[i]->caseclause.exprs.v[0], &as);
			LLVMValueRef v = cg_take_received(g, elemt[i], elems[i]);
			recv_case_body(g, as, v, elemt[i], cg_load(g, boolt, okslot));
		}
		select_body(g, &cl->v[i]->caseclause.body, done);
	}
	cg_set_block(g, none);
	if (def >= 0)
		select_body(g, &cl->v[def]->caseclause.body, done);
	else
		LLVMBuildUnreachable(g->b);
	pop_target(g);
	cg_set_block(g, done);
}

static void typeswitch_stmt(CG *g, Node *s, Object *label)
{
	if (s->switch_.init)
		cg_stmt(g, s->switch_.init);
	Node *tag = s->switch_.tag;
	Node *guard = tag->kind == N_ASSIGN ? tag->assign.rhs.v[0] : tag->unary.x;
	guard = fe_unparen(guard);
	Node *xn = guard->typeassert.x;
	Type *xt = xn->type;
	LLVMValueRef xv = cg_expr(g, xn);
	NodeList *cl = &s->switch_.body;
	LLVMBasicBlockRef done = cg_block(g, "tswitch.end");
	LLVMBasicBlockRef *bodies = fe_alloc(g->a, (cl->len + 1) * sizeof *bodies);
	for (int i = 0; i < cl->len; i++)
		bodies[i] = cg_block(g, "tcase.body");
	int def = -1;
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->v[i];
		if (c->caseclause.exprs.len == 0) {
			def = i;
			continue;
		}
		for (int j = 0; j < c->caseclause.exprs.len; j++) {
			Node *e = fe_unparen(c->caseclause.exprs.v[j]);
			bool isnil = e->mode == MODE_NIL || (e->kind == N_IDENT && e->obj && e->obj->kind == OBJ_NIL);
			LLVMValueRef match = cg_typeswitch_match(g, xv, xt, isnil ? NULL : e->type);
			LLVMBasicBlockRef next = cg_block(g, "tcase.next");
			LLVMBuildCondBr(g->b, match, bodies[i], next);
			cg_set_block(g, next);
		}
	}
	LLVMBuildBr(g->b, def >= 0 ? bodies[def] : done);
	CgTarget t;
	push_target(g, &t, s, label, done, NULL);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->v[i];
		cg_set_block(g, bodies[i]);
		Object *v = c->obj;
		if (v) {
			cg_declare_local(g, v, v->decl);
			Type *vt = v->type;
			LLVMValueRef val = fe_identical(vt, xt) ? xv : cg_typeswitch_value(g, xv, xt, vt);
			cg_store(g, vt, cg_var(g, v)->addr, val);
		}
		NodeList *body = &c->caseclause.body;
		for (int k = 0; k < body->len; k++)
			cg_stmt(g, body->v[k]);
		br(g, done);
	}
	pop_target(g);
	cg_set_block(g, done);
}

/* Labels by name: a function's labels share one namespace. */
static LLVMBasicBlockRef label_block(CG *g, const char *name)
{
	LLVMBasicBlockRef bb = bs_map_get(g->fn->labels, name);
	if (!bb) {
		bb = cg_block(g, name);
		bs_map_put(g->fn->labels, name, bb);
	}
	return bb;
}

static Object *label_obj(CG *g, Node *id)
{
	/* the target stack compares label identities; use one object per name */
	Object *o = bs_map_get(g->fn->labels, fe_sprintf(g->a, "obj:%s", id->ident.name));
	if (!o) {
		o = fe_alloc(g->a, sizeof *o);
		o->name = id->ident.name;
		bs_map_put(g->fn->labels, fe_sprintf(g->a, "obj:%s", id->ident.name), o);
	}
	return o;
}

static void branch_stmt(CG *g, Node *s)
{
	Object *lab = s->branch.label ? label_obj(g, s->branch.label) : NULL;
	const char *tok = fe_token_name(s->branch.tok);
	if (strcmp(tok, "goto") == 0) {
		LLVMBuildBr(g->b, label_block(g, s->branch.label->ident.name));
	} else if (strcmp(tok, "fallthrough") == 0) {
		LLVMBuildBr(g->b, g->fn->fallthrough_to);
	} else {
		bool isbreak = strcmp(tok, "break") == 0;
		CgTarget *t = g->fn->targets;
		for (; t; t = t->next) {
			if (lab && t->label != lab)
				continue;
			if (isbreak)
				break;
			if (t->cont)
				break;
		}
		if (!t)
			cg_fatal(s, "branch target not found");
		LLVMBuildBr(g->b, isbreak ? t->brk : t->cont);
	}
	cg_dead_block(g, "afterbranch");
}

static void labeled_stmt(CG *g, Node *s)
{
	Object *lab = label_obj(g, s->labeled.label);
	LLVMBasicBlockRef bb = label_block(g, s->labeled.label->ident.name);
	br(g, bb);
	cg_set_block(g, bb);
	Node *st = s->labeled.stmt;
	if (!st)
		return;
	switch (st->kind) {
	case N_FOR: for_stmt(g, st, lab); return;
	case N_RANGE: range_stmt(g, st, lab); return;
	case N_SWITCH: switch_stmt(g, st, lab); return;
	case N_TYPESWITCH: typeswitch_stmt(g, st, lab); return;
	case N_SELECTSTMT: select_stmt(g, st, lab); return;
	default: cg_stmt(g, st); return;
	}
}

void cg_body(CG *g, Node *body)
{
	if (!body)
		return;
	cg_stmt(g, body);
}

void cg_stmt(CG *g, Node *s)
{
	if (!s)
		return;
	cg_debug_stmt(g, s);
	switch (s->kind) {
	case N_BLOCK:
		for (int i = 0; i < s->block.stmts.len; i++)
			cg_stmt(g, s->block.stmts.v[i]);
		return;
	case N_EMPTYSTMT:
		return;
	case N_DECLSTMT:
		for (int i = 0; i < s->decl.specs.len; i++)
			if (s->decl.specs.v[i]->kind == N_VARSPEC)
				var_spec(g, s->decl.specs.v[i]);
		return;
	case N_VARSPEC:
		var_spec(g, s);
		return;
	case N_EXPRSTMT: {
		Node *x = fe_unparen(s->unary.x);
		if (x->kind == N_CALL) {
			int n;
			cg_call(g, x, &n);
		} else {
			cg_expr(g, x);
		}
		return;
	}
	case N_INCDEC: incdec_stmt(g, s); return;
	case N_ASSIGN: assign_stmt(g, s); return;
	case N_IF: if_stmt(g, s); return;
	case N_FOR: for_stmt(g, s, NULL); return;
	case N_RANGE: range_stmt(g, s, NULL); return;
	case N_SWITCH: switch_stmt(g, s, NULL); return;
	case N_TYPESWITCH: typeswitch_stmt(g, s, NULL); return;
	case N_LABELED: labeled_stmt(g, s); return;
	case N_BRANCH: branch_stmt(g, s); return;
	case N_RETURN: return_stmt(g, s); return;
	case N_DEFER: defer_stmt(g, s); return;
	case N_GOSTMT: cg_go_stmt(g, s); return;
	case N_SEND: cg_send_stmt(g, s); return;
	case N_SELECTSTMT: select_stmt(g, s, NULL); return;
	default:
		cg_fatal(s, "statement %s", fe_kind_name(s->kind));
	}
}
