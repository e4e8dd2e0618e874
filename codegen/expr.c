/*
 * expr.c - expressions.
 *
 * One function per expression kind, each returning the Go value of the
 * expression (gen.c's essay: SSA values, or addresses for structs and
 * arrays).  Implicit interface conversions are nodes of the IR
 * (N_CONVIFACE, ir/irgen.c), boxed where they stand.
 *
 * Go's run-time checks are explicit branches to cold blocks that call the
 * runtime's panic functions, named as gc's (runtime.panicIndex,
 * runtime.panicdivide, runtime.panicshift, runtime.panicmem): bounds on
 * every index and slice expression whose operands are not constant, nil
 * before every dereference, zero (and the MinInt / -1 case, which x86's
 * idiv would trap on) before integer division.  LLVM removes the checks it
 * can prove redundant.
 *
 * Arithmetic is LLVM's plain wrapping arithmetic (no nsw/nuw flags: Go
 * integers wrap).  Shifts are guarded because LLVM's are poison at or
 * beyond the width, while Go gives 0 (or -1 for a negative signed value
 * shifted right).  Float-to-integer conversions use the SSE truncating
 * conversion directly, since amd64 Go's results for out-of-range values
 * (MinInt64) are what cvttsd2si produces and LLVM's fptosi would be poison.
 */
#include <string.h>

#include "codegen/codegen.h"
#include "escape/escape.h"

LLVMValueRef cg_int(CG *g, int64_t v)
{
	return LLVMConstInt(g->i64, (unsigned long long)v, true);
}

LLVMValueRef cg_strfield(CG *g, LLVMValueRef s, int i)
{
	return LLVMBuildExtractValue(g->b, s, (unsigned)i, "");
}

static Type *defaulted(Type *t)
{
	if (fe_is_untyped(t) && t->kind != TY_UNTYPED_NIL)
		return fe_default_type(t);
	return t;
}

/* ---- run-time checks ---- */

static void cold_call(CG *g, LLVMValueRef fail, const char *fn, LLVMValueRef *args, int n)
{
	LLVMBasicBlockRef bad = cg_block(g, "panic"), ok = cg_block(g, "ok");
	LLVMBuildCondBr(g->b, fail, bad, ok);
	cg_set_block(g, bad);
	cg_rtcall(g, fn, args, n);
	LLVMBuildUnreachable(g->b);
	cg_set_block(g, ok);
}

void cg_nilcheck(CG *g, LLVMValueRef p)
{
	if (LLVMIsAConstant(p) && !LLVMIsNull(p))
		return;
	if (LLVMIsAAllocaInst(p) || LLVMIsAGlobalValue(p))
		return;
	cold_call(g, LLVMBuildIsNull(g->b, p, ""), "runtime.panicmem", NULL, 0);
}

static LLVMValueRef to_i64(CG *g, LLVMValueRef v, Type *t)
{
	unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
	if (w == 64)
		return v;
	if (fe_is_unsigned(t) || fe_under(t)->kind == TY_BOOL)
		return LLVMBuildZExt(g->b, v, g->i64, "");
	return LLVMBuildSExt(g->b, v, g->i64, "");
}

/* i must be < len as unsigned; i is an index of integer type itype.  The
 * failure is placed at the index expression's '[' (at), as gc places it:
 * that is the line runtime.Caller and tracebacks report for it. */
void cg_boundscheck(CG *g, LLVMValueRef i, LLVMValueRef len, Type *itype, Pos at)
{
	LLVMValueRef i64v = to_i64(g, i, itype);
	LLVMValueRef fail = LLVMBuildICmp(g->b, LLVMIntUGE, i64v, len, "");
	LLVMValueRef args[2] = { i64v, len };
	bool u64 = fe_is_unsigned(itype) && cg_size(itype) == 8;
	LLVMMetadataRef saved = LLVMGetCurrentDebugLocation2(g->b);
	cg_debug_pos(g, at);
	cold_call(g, fail, u64 ? "runtime.panicIndexU" : "runtime.panicIndex", args, 2);
	LLVMSetCurrentDebugLocation2(g->b, saved);
}

/* ---- complex values: {re, im} structs of float or double ---- */

LLVMValueRef cg_complex(CG *g, Type *t, LLVMValueRef re, LLVMValueRef im)
{
	LLVMTypeRef lt = cg_vtype(g, t);
	LLVMValueRef v = LLVMGetUndef(lt);
	v = LLVMBuildInsertValue(g->b, v, re, 0, "");
	return LLVMBuildInsertValue(g->b, v, im, 1, "");
}

static bool is_complex64(Type *t) { return fe_under(t)->kind == TY_COMPLEX64; }

/*
 * x op y on complex values of type t.  + and - work part by part in the
 * parts' precision; * computes in float64 and narrows (as gc, to limit
 * cancellation); / is runtime.complex128div, with its C99 inf/NaN rules.
 */
static LLVMValueRef complex_arith(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y, Type *t, Node *ynode)
{
	LLVMValueRef a = LLVMBuildExtractValue(g->b, x, 0, ""), b = LLVMBuildExtractValue(g->b, x, 1, "");
	LLVMValueRef c = LLVMBuildExtractValue(g->b, y, 0, ""), d = LLVMBuildExtractValue(g->b, y, 1, "");
	bool narrow = is_complex64(t);
	switch (op) {
	case OP_ADD:
		return cg_complex(g, t, LLVMBuildFAdd(g->b, a, c, ""), LLVMBuildFAdd(g->b, b, d, ""));
	case OP_SUB:
		return cg_complex(g, t, LLVMBuildFSub(g->b, a, c, ""), LLVMBuildFSub(g->b, b, d, ""));
	case OP_MUL: {
		if (narrow) {
			a = LLVMBuildFPExt(g->b, a, g->f64, "");
			b = LLVMBuildFPExt(g->b, b, g->f64, "");
			c = LLVMBuildFPExt(g->b, c, g->f64, "");
			d = LLVMBuildFPExt(g->b, d, g->f64, "");
		}
		LLVMValueRef re = LLVMBuildFSub(g->b, LLVMBuildFMul(g->b, a, c, ""), LLVMBuildFMul(g->b, b, d, ""), "");
		LLVMValueRef im = LLVMBuildFAdd(g->b, LLVMBuildFMul(g->b, a, d, ""), LLVMBuildFMul(g->b, b, c, ""), "");
		if (narrow) {
			re = LLVMBuildFPTrunc(g->b, re, g->f32, "");
			im = LLVMBuildFPTrunc(g->b, im, g->f32, "");
		}
		return cg_complex(g, t, re, im);
	}
	case OP_QUO: {
		Type *c128 = fe_types[TY_COMPLEX128];
		if (narrow) {
			x = cg_complex(g, c128, LLVMBuildFPExt(g->b, a, g->f64, ""), LLVMBuildFPExt(g->b, b, g->f64, ""));
			y = cg_complex(g, c128, LLVMBuildFPExt(g->b, c, g->f64, ""), LLVMBuildFPExt(g->b, d, g->f64, ""));
		}
		LLVMValueRef args[2] = { x, y };
		LLVMValueRef r = cg_rtcall(g, "runtime.complex128div", args, 2);
		if (!narrow)
			return r;
		return cg_complex(g, t, LLVMBuildFPTrunc(g->b, LLVMBuildExtractValue(g->b, r, 0, ""), g->f32, ""),
				  LLVMBuildFPTrunc(g->b, LLVMBuildExtractValue(g->b, r, 1, ""), g->f32, ""));
	}
	default:
		cg_fatal(ynode, "complex op %d", op);
	}
}

/* x == y for complex values: both parts equal (so NaN parts never are) */
static LLVMValueRef complex_eq(CG *g, LLVMValueRef x, LLVMValueRef y)
{
	LLVMValueRef re = LLVMBuildFCmp(g->b, LLVMRealOEQ, LLVMBuildExtractValue(g->b, x, 0, ""),
					LLVMBuildExtractValue(g->b, y, 0, ""), "");
	LLVMValueRef im = LLVMBuildFCmp(g->b, LLVMRealOEQ, LLVMBuildExtractValue(g->b, x, 1, ""),
					LLVMBuildExtractValue(g->b, y, 1, ""), "");
	return LLVMBuildAnd(g->b, re, im, "");
}

/* ---- constants ---- */

static LLVMValueRef const_value(CG *g, Type *t, Const *c)
{
	t = defaulted(t);
	Type *u = fe_under(t);
	if (u->kind == TY_INTERFACE) {
		/* a constant whose own type is an interface cannot exist; defensive */
		return LLVMConstNull(g->ifacet);
	}
	switch (u->kind) {
	case TY_BOOL:
		return LLVMConstInt(g->i1, c->kind == CONST_BOOL && c->b, false);
	case TY_STRING:
		return cg_const_string(g, c->s, c->len);
	case TY_FLOAT32: case TY_FLOAT64: {
		bool ov;
		double d;
		if (u->kind == TY_FLOAT32)
			d = fe_const_to_float32(c->kind == CONST_INT ? fe_const_to_float(g->a, c) : c, &ov);
		else
			d = fe_const_to_double(c->kind == CONST_INT ? fe_const_to_float(g->a, c) : c, &ov);
		return LLVMConstReal(cg_vtype(g, t), d);
	}
	case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: {
		const Const *z = fe_const_to_complex(g->a, c);
		bool ov;
		double parts[2];
		for (int i = 0; i < 2; i++) {
			const Const *p = i ? z->im : z->re;
			p = p->kind == CONST_INT ? fe_const_to_float(g->a, p) : p;
			parts[i] = u->kind == TY_COMPLEX64 ? fe_const_to_float32(p, &ov) : fe_const_to_double(p, &ov);
		}
		LLVMTypeRef pt = u->kind == TY_COMPLEX64 ? g->f32 : g->f64;
		LLVMValueRef ps[2] = { LLVMConstReal(pt, parts[0]), LLVMConstReal(pt, parts[1]) };
		return LLVMConstStructInContext(g->ctx, ps, 2, false);
	}
	default:
		if (fe_is_integer(t)) {
			const Const *ic = c->kind == CONST_INT ? c : fe_const_to_int(g->a, c);
			int64_t v;
			uint64_t uv;
			if (ic && fe_const_is_int64(ic, &v))
				return LLVMConstInt(cg_vtype(g, t), (unsigned long long)v, true);
			if (ic && fe_const_is_uint64(ic, &uv))
				return LLVMConstInt(cg_vtype(g, t), uv, false);
			return LLVMConstNull(cg_vtype(g, t));
		}
		return LLVMConstNull(cg_vtype(g, t));
	}
}

/* ---- conversions between assignable types ---- */

LLVMValueRef cg_convert(CG *g, LLVMValueRef v, Type *from, Type *to)
{
	if (!to || !from || from == to)
		return v;
	if (fe_is_interface(to) && !fe_identical(from, to))
		return cg_box(g, NULL, v, from, to);
	if (from->kind == TY_UNTYPED_NIL)
		return cg_zero(g, to);
	return v;
}

LLVMValueRef cg_expr_to(CG *g, Node *e, Type *t)
{
	Node *u = fe_unparen(e);
	if (u->mode == MODE_NIL || (u->type && u->type->kind == TY_UNTYPED_NIL))
		return cg_zero(g, t);
	LLVMValueRef v = cg_expr(g, e);
	return cg_convert(g, v, defaulted(e->type), t);
}


/* ---- addresses ---- */

/* The address of x's value, when x is a struct/array or addressable;
 * *viaptr tells whether it came from a pointer (needs a nil check). */
static LLVMValueRef base_addr(CG *g, Node *x)
{
	if (x->mode == MODE_VAR)
		return cg_addr(g, x);
	LLVMValueRef v = cg_expr(g, x);
	if (cg_ismem(x->type))
		return v;
	LLVMValueRef tmp = cg_alloca(g, x->type, "tmp");
	cg_store(g, x->type, tmp, v);
	return tmp;
}

/* Walks embedded fields; *cur is the type at addr on entry and exit. */
static LLVMValueRef walk_path(CG *g, LLVMValueRef addr, Type **cur, int *path, int npath)
{
	for (int i = 0; i < npath; i++) {
		Type *su = fe_under(*cur);
		if (su->kind == TY_PTR) {
			addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
			cg_nilcheck(g, addr);
			su = fe_under(su->elem);
		}
		addr = cg_offset(g, addr, fe_offsetof(su, path[i]));
		*cur = su->fields[path[i]].type;
	}
	return addr;
}

/* Address of a field selection x.f (through pointers and embedded fields). */
static LLVMValueRef field_addr(CG *g, Node *e)
{
	Node *x = e->selector.x;
	Type *xt = x->type;
	LLVMValueRef addr;
	Type *cur;
	if (fe_under(xt)->kind == TY_PTR) {
		addr = cg_expr(g, x);
		cg_nilcheck(g, addr);
		cur = fe_under(xt)->elem;
	} else {
		addr = base_addr(g, x);
		cur = xt;
	}
	int n = e->npath;
	if (n == 0)
		cg_fatal(e, "selector without path");
	addr = walk_path(g, addr, &cur, e->path, n - 1);
	Type *su = fe_under(cur);
	if (su->kind == TY_PTR) {
		addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
		cg_nilcheck(g, addr);
		su = fe_under(su->elem);
	}
	return cg_offset(g, addr, fe_offsetof(su, e->path[n - 1]));
}

/* Address of element i of an array at addr, or of a slice's backing array. */
static LLVMValueRef index_addr(CG *g, Node *e)
{
	Node *x = e->binary.x, *idx = e->binary.y;
	Type *xt = fe_under(x->type);
	LLVMValueRef base, len;
	Type *elem;
	if (xt->kind == TY_PTR) {
		base = cg_expr(g, x);
		cg_nilcheck(g, base);
		xt = fe_under(xt->elem);
		elem = xt->elem;
		len = cg_int(g, xt->len);
	} else if (xt->kind == TY_ARRAY) {
		base = base_addr(g, x);
		elem = xt->elem;
		len = cg_int(g, xt->len);
	} else if (xt->kind == TY_SLICE) {
		LLVMValueRef s = cg_expr(g, x);
		base = LLVMBuildExtractValue(g->b, s, 0, "");
		len = LLVMBuildExtractValue(g->b, s, 1, "");
		elem = xt->elem;
	} else {
		cg_fatal(e, "index of %d", xt->kind);
	}
	LLVMValueRef i = cg_expr(g, idx);
	Type *it = defaulted(idx->type);
	if (!(idx->mode == MODE_CONST && xt->kind != TY_SLICE))
		cg_boundscheck(g, i, len, it, e->pos);
	LLVMValueRef i64v = to_i64(g, i, it);
	LLVMValueRef off = LLVMBuildMul(g->b, i64v, cg_int(g, cg_size(elem)), "");
	return LLVMBuildGEP2(g->b, g->i8, base, &off, 1, "");
}

LLVMValueRef cg_addr(CG *g, Node *e)
{
	e = fe_unparen(e);
	switch (e->kind) {
	case N_IDENT: {
		Object *o = e->obj;
		if (!o || o->kind != OBJ_VAR)
			cg_fatal(e, "address of non-variable %s", e->ident.name);
		if ((o->flags & OF_GLOBAL) || !o->fn)
			return cg_global(g, o);
		return cg_var(g, o)->addr;
	}
	case N_SELECTOR:
		if (e->sub == SEL_PKG)
			return cg_global(g, e->obj);
		return field_addr(g, e);
	case N_INDEX:
		return index_addr(g, e);
	case N_STAR: {
		LLVMValueRef p = cg_expr(g, e->unary.x);
		cg_nilcheck(g, p);
		return p;
	}
	case N_COMPOSITE:
		return cg_composite(g, e, NULL);
	default: {
		/* not addressable: materialise the value */
		LLVMValueRef v = cg_expr(g, e);
		if (cg_ismem(e->type))
			return v;
		LLVMValueRef tmp = cg_alloca(g, e->type, "tmp");
		cg_store(g, e->type, tmp, v);
		return tmp;
	}
	}
}

/* ---- operators ---- */

static LLVMValueRef divide(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y, Type *t, Node *ynode)
{
	LLVMTypeRef lt = LLVMTypeOf(x);
	bool isconst = ynode && ynode->mode == MODE_CONST;
	if (!isconst)
		cold_call(g, LLVMBuildICmp(g->b, LLVMIntEQ, y, LLVMConstNull(lt), ""), "runtime.panicdivide", NULL, 0);
	if (fe_is_unsigned(t))
		return op == OP_QUO ? LLVMBuildUDiv(g->b, x, y, "") : LLVMBuildURem(g->b, x, y, "");
	if (isconst && !(LLVMIsAConstantInt(y) && LLVMConstIntGetSExtValue(y) == -1))
		return op == OP_QUO ? LLVMBuildSDiv(g->b, x, y, "") : LLVMBuildSRem(g->b, x, y, "");
	/* x / -1 is -x (MinInt stays MinInt), x % -1 is 0: never reach idiv with -1 */
	LLVMValueRef m1 = LLVMBuildICmp(g->b, LLVMIntEQ, y, LLVMConstAllOnes(lt), "");
	LLVMValueRef safe = LLVMBuildSelect(g->b, m1, LLVMConstInt(lt, 1, false), y, "");
	LLVMValueRef r = op == OP_QUO ? LLVMBuildSDiv(g->b, x, safe, "") : LLVMBuildSRem(g->b, x, safe, "");
	LLVMValueRef alt = op == OP_QUO ? LLVMBuildNeg(g->b, x, "") : LLVMConstNull(lt);
	return LLVMBuildSelect(g->b, m1, alt, r, "");
}

static LLVMValueRef shift(CG *g, FeOp op, LLVMValueRef x, Type *xt, LLVMValueRef y, Type *yt, Node *ynode)
{
	LLVMTypeRef lt = LLVMTypeOf(x);
	unsigned w = LLVMGetIntTypeWidth(lt);
	yt = defaulted(yt);
	LLVMValueRef y64 = to_i64(g, y, yt);
	if (!fe_is_unsigned(yt) && !(ynode && ynode->mode == MODE_CONST))
		cold_call(g, LLVMBuildICmp(g->b, LLVMIntSLT, y64, cg_int(g, 0), ""), "runtime.panicshift", NULL, 0);
	LLVMValueRef big = LLVMBuildICmp(g->b, LLVMIntUGE, y64, cg_int(g, w), "");
	LLVMValueRef yc = LLVMBuildSelect(g->b, big, cg_int(g, 0), y64, "");
	yc = w < 64 ? LLVMBuildTrunc(g->b, yc, lt, "") : yc;
	LLVMValueRef r, over;
	if (op == OP_SHL) {
		r = LLVMBuildShl(g->b, x, yc, "");
		over = LLVMConstNull(lt);
	} else if (fe_is_unsigned(xt)) {
		r = LLVMBuildLShr(g->b, x, yc, "");
		over = LLVMConstNull(lt);
	} else {
		r = LLVMBuildAShr(g->b, x, yc, "");
		over = LLVMBuildAShr(g->b, x, LLVMConstInt(lt, w - 1, false), "");
	}
	return LLVMBuildSelect(g->b, big, over, r, "");
}

static LLVMValueRef arith(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y, Type *t, Node *ynode)
{
	Type *u = fe_under(defaulted(t));
	if (u->kind == TY_STRING)
		cg_fatal(ynode, "string + outside concat");
	if (fe_is_complex(u))
		return complex_arith(g, op, x, y, u, ynode);
	if (fe_is_float(u)) {
		switch (op) {
		case OP_ADD: return LLVMBuildFAdd(g->b, x, y, "");
		case OP_SUB: return LLVMBuildFSub(g->b, x, y, "");
		case OP_MUL: return LLVMBuildFMul(g->b, x, y, "");
		case OP_QUO: return LLVMBuildFDiv(g->b, x, y, "");
		default: cg_fatal(ynode, "float op");
		}
	}
	switch (op) {
	case OP_ADD: return LLVMBuildAdd(g->b, x, y, "");
	case OP_SUB: return LLVMBuildSub(g->b, x, y, "");
	case OP_MUL: return LLVMBuildMul(g->b, x, y, "");
	case OP_QUO: case OP_REM: return divide(g, op, x, y, u, ynode);
	case OP_AND: return LLVMBuildAnd(g->b, x, y, "");
	case OP_OR: return LLVMBuildOr(g->b, x, y, "");
	case OP_XOR: return LLVMBuildXor(g->b, x, y, "");
	case OP_ANDNOT: return LLVMBuildAnd(g->b, x, LLVMBuildNot(g->b, y, ""), "");
	default: cg_fatal(ynode, "arith op %d", op);
	}
}

/* x op y for op= and ++/--: the operands have type t (y already converted). */
LLVMValueRef cg_binop(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y, Type *t, Type *yt, Node *ynode)
{
	if (op == OP_SHL || op == OP_SHR)
		return shift(g, op, x, t, y, yt, ynode);
	if (fe_under(t)->kind == TY_STRING && op == OP_ADD) {
		LLVMValueRef arr = cg_alloca_raw(g, 32, 8, "concat");
		LLVMBuildStore(g->b, x, arr);
		LLVMBuildStore(g->b, y, cg_offset(g, arr, 16));
		LLVMValueRef sl = cg_make_slice_value(g, arr, cg_int(g, 2), cg_int(g, 2));
		LLVMValueRef args[2] = { LLVMConstNull(g->ptr), sl };
		return cg_rtcall(g, "runtime.concatstrings", args, 2);
	}
	return arith(g, op, x, y, t, ynode);
}

LLVMValueRef cg_strcmp(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y)
{
	if (op == OP_EQL || op == OP_NEQ) {
		LLVMValueRef lx = cg_strfield(g, x, 1), ly = cg_strfield(g, y, 1);
		LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
		LLVMBasicBlockRef cmp = cg_block(g, "streq"), done = cg_block(g, "streqd");
		LLVMValueRef sameLen = LLVMBuildICmp(g->b, LLVMIntEQ, lx, ly, "");
		LLVMBuildCondBr(g->b, sameLen, cmp, done);
		cg_set_block(g, cmp);
		LLVMValueRef args[3] = { cg_strfield(g, x, 0), cg_strfield(g, y, 0), lx };
		LLVMValueRef eq = cg_rtcall(g, "runtime.memequal", args, 3);
		LLVMBasicBlockRef cmpend = LLVMGetInsertBlock(g->b);
		LLVMBuildBr(g->b, done);
		cg_set_block(g, done);
		LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "");
		LLVMValueRef vals[2] = { LLVMConstInt(g->i1, 0, false), eq };
		LLVMBasicBlockRef bbs[2] = { cur, cmpend };
		LLVMAddIncoming(phi, vals, bbs, 2);
		return op == OP_EQL ? phi : LLVMBuildNot(g->b, phi, "");
	}
	LLVMValueRef args[2] = { x, y };
	LLVMValueRef c = cg_rtcall(g, "runtime.cmpstring", args, 2);
	LLVMIntPredicate p = op == OP_LSS ? LLVMIntSLT : op == OP_LEQ ? LLVMIntSLE : op == OP_GTR ? LLVMIntSGT : LLVMIntSGE;
	return LLVMBuildICmp(g->b, p, c, cg_int(g, 0), "");
}

LLVMValueRef cg_equal(CG *g, Type *t, LLVMValueRef x, LLVMValueRef y)
{
	Type *u = fe_under(defaulted(t));
	switch (u->kind) {
	case TY_STRING:
		return cg_strcmp(g, OP_EQL, x, y);
	case TY_FLOAT32: case TY_FLOAT64:
		return LLVMBuildFCmp(g->b, LLVMRealOEQ, x, y, "");
	case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX:
		return complex_eq(g, x, y);
	case TY_INTERFACE:
		return cg_iface_eq(g, u, x, y);
	case TY_STRUCT: case TY_ARRAY: {
		LLVMValueRef f = cg_eqfn(g, t);
		LLVMTypeRef ps[2] = { g->ptr, g->ptr };
		LLVMTypeRef ft = LLVMFunctionType(g->i1, ps, 2, false);
		LLVMValueRef args[2] = { x, y };
		return LLVMBuildCall2(g->b, ft, f, args, 2, "");
	}
	case TY_SLICE:
		return LLVMBuildICmp(g->b, LLVMIntEQ, LLVMBuildExtractValue(g->b, x, 0, ""),
				     LLVMBuildExtractValue(g->b, y, 0, ""), "");
	default:
		return LLVMBuildICmp(g->b, LLVMIntEQ, x, y, "");
	}
}

static bool is_nil(Node *e)
{
	e = fe_unparen(e);
	return e->mode == MODE_NIL || (e->type && e->type->kind == TY_UNTYPED_NIL);
}

/*
 * cg_mixed_equal: iv == v, iv of interface type it and v of the concrete
 * type t, as gc's walkCompare does it: the dynamic type is t (a type
 * switch's test) and the data equals v, looked at only once the type
 * matched.  v is never boxed.
 */
LLVMValueRef cg_mixed_equal(CG *g, LLVMValueRef iv, Type *it, LLVMValueRef v, Type *t)
{
	LLVMValueRef eqtype = cg_typeswitch_match(g, iv, it, t);
	LLVMBasicBlockRef typed = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef cmpdata = cg_block(g, "eqdata"), done = cg_block(g, "eqdone");
	LLVMBuildCondBr(g->b, eqtype, cmpdata, done);
	cg_set_block(g, cmpdata);
	LLVMValueRef eq = cg_equal(g, t, cg_typeswitch_value(g, iv, it, t), v);
	LLVMBasicBlockRef compared = LLVMGetInsertBlock(g->b);
	LLVMBuildBr(g->b, done);
	cg_set_block(g, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "");
	LLVMValueRef vals[2] = { LLVMConstInt(g->i1, 0, false), eq };
	LLVMBasicBlockRef bbs[2] = { typed, compared };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

static LLVMValueRef compare(CG *g, Node *e)
{
	FeOp op = fe_op(e->binary.op);
	Node *xn = e->binary.x, *yn = e->binary.y;
	/* comparisons with nil */
	if (is_nil(xn) || is_nil(yn)) {
		Node *other = is_nil(xn) ? yn : xn;
		LLVMValueRef v = cg_expr(g, other);
		Type *u = fe_under(other->type);
		LLVMValueRef p = v;
		if (u->kind == TY_SLICE || u->kind == TY_INTERFACE)
			p = LLVMBuildExtractValue(g->b, v, 0, "");
		LLVMValueRef isnil = LLVMBuildIsNull(g->b, p, "");
		return op == OP_EQL ? isnil : LLVMBuildNot(g->b, isnil, "");
	}
	LLVMValueRef x = cg_expr(g, xn);
	LLVMValueRef y = cg_expr(g, yn);
	Type *t = defaulted(xn->type);
	Type *u = fe_under(t);
	if (fe_is_interface(xn->type) != fe_is_interface(yn->type)) {
		/* an interface against a concrete value: no conversion in the IR */
		LLVMValueRef eq = fe_is_interface(xn->type) ? cg_mixed_equal(g, x, xn->type, y, defaulted(yn->type))
		                                            : cg_mixed_equal(g, y, yn->type, x, t);
		return op == OP_EQL ? eq : LLVMBuildNot(g->b, eq, "");
	}
	if (op == OP_EQL || op == OP_NEQ) {
		LLVMValueRef eq;
		if (fe_is_float(u))
			return LLVMBuildFCmp(g->b, op == OP_EQL ? LLVMRealOEQ : LLVMRealUNE, x, y, "");
		/* two interface types (I1 and I2 with the same methods): their
		 * itabs differ, so y is converted to x's type first, as gc does */
		if (u->kind == TY_INTERFACE && !fe_identical(xn->type, yn->type))
			y = cg_convert(g, y, yn->type, t);
		eq = cg_equal(g, t, x, y);
		return op == OP_EQL ? eq : LLVMBuildNot(g->b, eq, "");
	}
	if (u->kind == TY_STRING)
		return cg_strcmp(g, op, x, y);
	if (fe_is_float(u)) {
		LLVMRealPredicate p = op == OP_LSS ? LLVMRealOLT : op == OP_LEQ ? LLVMRealOLE : op == OP_GTR ? LLVMRealOGT : LLVMRealOGE;
		return LLVMBuildFCmp(g->b, p, x, y, "");
	}
	bool un = fe_is_unsigned(u);
	LLVMIntPredicate p;
	switch (op) {
	case OP_LSS: p = un ? LLVMIntULT : LLVMIntSLT; break;
	case OP_LEQ: p = un ? LLVMIntULE : LLVMIntSLE; break;
	case OP_GTR: p = un ? LLVMIntUGT : LLVMIntSGT; break;
	default: p = un ? LLVMIntUGE : LLVMIntSGE; break;
	}
	return LLVMBuildICmp(g->b, p, x, y, "");
}

static LLVMValueRef logical(CG *g, Node *e, bool isand)
{
	LLVMValueRef x = cg_cond(g, e->binary.x);
	LLVMBasicBlockRef from = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef rhs = cg_block(g, isand ? "and" : "or"), done = cg_block(g, "logic");
	if (isand)
		LLVMBuildCondBr(g->b, x, rhs, done);
	else
		LLVMBuildCondBr(g->b, x, done, rhs);
	cg_set_block(g, rhs);
	LLVMValueRef y = cg_cond(g, e->binary.y);
	LLVMBasicBlockRef rhsend = LLVMGetInsertBlock(g->b);
	LLVMBuildBr(g->b, done);
	cg_set_block(g, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "");
	LLVMValueRef vals[2] = { LLVMConstInt(g->i1, isand ? 0 : 1, false), y };
	LLVMBasicBlockRef bbs[2] = { from, rhsend };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

LLVMValueRef cg_cond(CG *g, Node *e)
{
	LLVMValueRef v = cg_expr(g, e);
	return v;
}

static LLVMValueRef binary(CG *g, Node *e)
{
	FeOp op = fe_op(e->binary.op);
	switch (op) {
	case OP_LAND: return logical(g, e, true);
	case OP_LOR: return logical(g, e, false);
	case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
		return compare(g, e);
	case OP_SHL: case OP_SHR: {
		LLVMValueRef x = cg_expr(g, e->binary.x);
		LLVMValueRef y = cg_expr(g, e->binary.y);
		return shift(g, op, x, defaulted(e->type), y, e->binary.y->type, e->binary.y);
	}
	default:
		break;
	}
	if (fe_under(defaulted(e->type))->kind == TY_STRING)
		return cg_concat(g, e);
	LLVMValueRef x = cg_expr(g, e->binary.x);
	LLVMValueRef y = cg_expr(g, e->binary.y);
	return arith(g, op, x, y, e->type, e->binary.y);
}

static LLVMValueRef unary(CG *g, Node *e)
{
	FeOp op = fe_op(e->unary.op);
	Node *x = e->unary.x;
	if (op == OP_ADDR || op == OP_AND) {
		Node *ux = fe_unparen(x);
		if (ux->kind == N_COMPOSITE) {
			LLVMValueRef p = cg_new(g, ux->type, cg_stack_ok(e) || cg_stack_ok(ux));
			cg_composite(g, ux, p);
			return p;
		}
		return cg_addr(g, x);
	}
	if (op == OP_ARROW)
		return cg_recv_expr(g, e, NULL);
	LLVMValueRef v = cg_expr(g, x);
	Type *t = defaulted(e->type);
	switch (op) {
	case OP_ADD: return v;
	case OP_SUB:
		if (fe_is_complex(t))
			return cg_complex(g, t, LLVMBuildFNeg(g->b, LLVMBuildExtractValue(g->b, v, 0, ""), ""),
					  LLVMBuildFNeg(g->b, LLVMBuildExtractValue(g->b, v, 1, ""), ""));
		return fe_is_float(t) ? LLVMBuildFNeg(g->b, v, "") : LLVMBuildNeg(g->b, v, "");
	case OP_NOT: return LLVMBuildNot(g->b, v, "");
	case OP_XOR: return LLVMBuildNot(g->b, v, "");
	default: cg_fatal(e, "unary op %d", op);
	}
}

/* ---- selectors ---- */

/* The interface value x.M is called on: x itself, or an embedded interface
 * field reached through sel's path (a method promoted from it). */
static LLVMValueRef iface_recv(CG *g, Node *sel, Type **itp)
{
	Node *x = sel->selector.x;
	if (sel->npath == 0 || fe_is_interface(x->type)) {
		*itp = x->type;
		return cg_expr(g, x);
	}
	Type *cur;
	LLVMValueRef addr;
	if (fe_under(x->type)->kind == TY_PTR) {
		addr = cg_expr(g, x);
		cg_nilcheck(g, addr);
		cur = fe_under(x->type)->elem;
	} else {
		addr = base_addr(g, x);
		cur = x->type;
	}
	addr = walk_path(g, addr, &cur, sel->path, sel->npath);
	if (fe_under(cur)->kind == TY_PTR) {
		addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
		cg_nilcheck(g, addr);
		cur = fe_under(cur)->elem;
	}
	*itp = cur;
	return cg_load(g, cur, addr);
}

/* A method value x.M: a closure {wrapper, receiver} bound now. */
static LLVMValueRef method_value(CG *g, Node *e)
{
	Node *x = e->selector.x;
	const char *name = e->selector.sel->ident.name;
	if (e->sub == SEL_IFACEMETHOD) {
		/* bind the interface value; the wrapper calls through the itab */
		Type *it;
		LLVMValueRef iv = iface_recv(g, e, &it);
		LLVMValueRef tab = LLVMBuildExtractValue(g->b, iv, 0, "");
		cg_nilcheck(g, tab);
		Field fs[2] = { { .name = "F", .type = fe_types[TY_UINTPTR] }, { .name = "R", .type = it } };
		Type *ct = fe_type_struct(g->a, fs, 2);
		fe_layout(ct);
		LLVMValueRef obj = cg_new(g, ct, cg_stack_ok(e));
		/* the code: a wrapper taking ctx = obj */
		const char *sym = fe_sprintf(g->a, "%s.%s-fm", cg_type_name(g, it), name);
		LLVMValueRef f = bs_map_get(g->wrappers, sym);
		Method *m = &fe_under(it)->imethods[cg_imethod_index(it, name)];
		CgAbi *abi = cg_abi(g, m->sig, NULL, true);
		if (!f) {
			f = cg_new_function(g, sym, abi);
			LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
			bs_map_put(g->wrappers, sym, f);
			LLVMBasicBlockRef saved = LLVMGetInsertBlock(g->b);
			CgFn *fn = fe_alloc(g->a, sizeof *fn);
			fn->name = sym;
			fn->abi = abi;
			fn->sig = m->sig;
			cg_begin_function(g, fn, f);
			LLVMValueRef *vals = fe_alloc(g->a, (abi->nparams + 2) * sizeof *vals);
			cg_abi_params(g, abi, f, vals);
			LLVMValueRef riv = cg_load(g, it, cg_offset(g, fn->ctxparam, 8));
			LLVMValueRef rtab = LLVMBuildExtractValue(g->b, riv, 0, "");
			LLVMValueRef mf = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, rtab, 24 + 8 * cg_imethod_index(it, name)), "");
			CgAbi *ca = cg_abi(g, m->sig, fe_types[TY_UNSAFEPTR], true);
			LLVMValueRef *args = fe_alloc(g->a, (abi->nparams + 2) * sizeof *args);
			args[0] = LLVMBuildExtractValue(g->b, riv, 1, "");
			for (int i = 0; i < abi->nparams; i++)
				args[i + 1] = vals[i];
			LLVMValueRef res = cg_abi_call(g, ca, mf, NULL, args);
			if (abi->nresults <= 1) {
				cg_abi_return(g, abi, &res);
			} else {
				LLVMValueRef *rv = fe_alloc(g->a, abi->nresults * sizeof *rv);
				for (int i = 0; i < abi->nresults; i++)
					rv[i] = cg_tuple_elem(g, abi->rtuple, res, i);
				cg_abi_return(g, abi, rv);
			}
			cg_leave_function(g);
			LLVMPositionBuilderAtEnd(g->b, saved);
		}
		LLVMBuildStore(g->b, f, obj);
		cg_store(g, it, cg_offset(g, obj, 8), iv);
		return obj;
	}
	/* concrete receiver: evaluate the receiver (copy for value methods) now */
	Object *mobj = e->obj;
	Type *rt = mobj->type->recv->type;
	Type *cur;
	LLVMValueRef addr;
	if (fe_under(x->type)->kind == TY_PTR) {
		addr = cg_expr(g, x);
		cur = fe_under(x->type)->elem;
	} else {
		addr = base_addr(g, x);
		cur = x->type;
	}
	addr = walk_path(g, addr, &cur, e->path, e->npath);
	LLVMValueRef recv;
	if (fe_under(cur)->kind == TY_PTR && rt->kind != TY_PTR) {
		addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
		cur = fe_under(cur)->elem;
	}
	if (rt->kind == TY_PTR) {
		recv = fe_under(cur)->kind == TY_PTR ? LLVMBuildLoad2(g->b, g->ptr, addr, "") : addr;
	} else {
		cg_nilcheck(g, addr);
		recv = cg_load(g, rt, addr);
	}
	Field fs[2] = { { .name = "F", .type = fe_types[TY_UINTPTR] }, { .name = "R", .type = rt } };
	Type *ct = fe_type_struct(g->a, fs, 2);
	fe_layout(ct);
	LLVMValueRef obj = cg_new(g, ct, cg_stack_ok(e));
	const char *sym = fe_sprintf(g->a, "%s-fm", cg_func_symbol(g, mobj));
	LLVMValueRef f = bs_map_get(g->wrappers, sym);
	Type *msig = mobj->type;
	Type *plain = fe_type_func(g->a, msig->params, msig->nparams, msig->results, msig->nresults, msig->variadic);
	CgAbi *abi = cg_abi(g, plain, NULL, true);
	if (!f) {
		f = cg_new_function(g, sym, abi);
		LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
		bs_map_put(g->wrappers, sym, f);
		LLVMBasicBlockRef saved = LLVMGetInsertBlock(g->b);
		CgFn *fn = fe_alloc(g->a, sizeof *fn);
		fn->name = sym;
		fn->abi = abi;
		fn->sig = plain;
		cg_begin_function(g, fn, f);
		LLVMValueRef *vals = fe_alloc(g->a, (abi->nparams + 2) * sizeof *vals);
		cg_abi_params(g, abi, f, vals);
		LLVMValueRef *args = fe_alloc(g->a, (abi->nparams + 2) * sizeof *args);
		args[0] = cg_load(g, rt, cg_offset(g, fn->ctxparam, ct->fields[1].offset));
		for (int i = 0; i < abi->nparams; i++)
			args[i + 1] = vals[i];
		bool bundled = cg_native_func(mobj);
		CgAbi *ca = cg_abi(g, msig, rt, !bundled);
		LLVMValueRef res = cg_abi_call(g, ca, cg_func_decl(g, mobj), NULL, args);
		if (abi->nresults <= 1) {
			cg_abi_return(g, abi, &res);
		} else {
			LLVMValueRef *rv = fe_alloc(g->a, abi->nresults * sizeof *rv);
			for (int i = 0; i < abi->nresults; i++)
				rv[i] = cg_tuple_elem(g, abi->rtuple, res, i);
			cg_abi_return(g, abi, rv);
		}
		cg_leave_function(g);
		LLVMPositionBuilderAtEnd(g->b, saved);
	}
	LLVMBuildStore(g->b, f, obj);
	cg_store(g, rt, cg_offset(g, obj, ct->fields[1].offset), recv);
	return obj;
}

/* I.M: a function taking the interface value first, calling through its itab. */
static LLVMValueRef iface_method_fn(CG *g, Type *it, const char *name)
{
	const char *sym = fe_sprintf(g->a, "%s.%s", cg_type_name(g, it), name);
	LLVMValueRef f = bs_map_get(g->wrappers, sym);
	if (f)
		return f;
	int idx = cg_imethod_index(it, name);
	Method *m = &fe_under(it)->imethods[idx];
	CgAbi *abi = cg_abi(g, m->sig, it, true);
	f = cg_new_function(g, sym, abi);
	LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
	bs_map_put(g->wrappers, sym, f);
	LLVMBasicBlockRef saved = LLVMGetInsertBlock(g->b);
	CgFn *fn = fe_alloc(g->a, sizeof *fn);
	fn->name = sym;
	fn->abi = abi;
	fn->sig = m->sig;
	cg_begin_function(g, fn, f);
	LLVMValueRef *vals = fe_alloc(g->a, (abi->nparams + 1) * sizeof *vals);
	cg_abi_params(g, abi, f, vals);
	LLVMValueRef tab = LLVMBuildExtractValue(g->b, vals[0], 0, "");
	cg_nilcheck(g, tab);
	LLVMValueRef mf = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, tab, 24 + 8 * idx), "");
	vals[0] = LLVMBuildExtractValue(g->b, vals[0], 1, "");
	CgAbi *ca = cg_abi(g, m->sig, fe_types[TY_UNSAFEPTR], true);
	LLVMValueRef res = cg_abi_call(g, ca, mf, NULL, vals);
	if (abi->nresults <= 1) {
		cg_abi_return(g, abi, &res);
	} else {
		LLVMValueRef *rv = fe_alloc(g->a, abi->nresults * sizeof *rv);
		for (int i = 0; i < abi->nresults; i++)
			rv[i] = cg_tuple_elem(g, abi->rtuple, res, i);
		cg_abi_return(g, abi, rv);
	}
	cg_leave_function(g);
	LLVMPositionBuilderAtEnd(g->b, saved);
	return f;
}

/* The function T.M / (*T).M / I.M denotes: the receiver is its first parameter. */
static LLVMValueRef method_expr_fn(CG *g, Type *recvt, const char *name)
{
	if (fe_is_interface(recvt))
		return iface_method_fn(g, recvt, name);
	return cg_method_wrapper(g, recvt, name, false);
}

/* T.M as a func value. */
static LLVMValueRef method_expr(CG *g, Node *e)
{
	LLVMValueRef f = method_expr_fn(g, e->selector.x->type, e->selector.sel->ident.name);
	return cg_static_closure(g, f, LLVMGetValueName(f));
}

static LLVMValueRef selector(CG *g, Node *e)
{
	switch (e->sub) {
	case SEL_FIELD:
		return cg_load(g, e->type, field_addr(g, e));
	case SEL_PKG: {
		Object *o = e->obj;
		if (o->kind == OBJ_VAR)
			return cg_load(g, o->type, cg_global(g, o));
		if (o->kind == OBJ_FUNC) {
			LLVMValueRef f = cg_func_decl(g, o);
			return cg_static_closure(g, f, LLVMGetValueName(f));
		}
		if (o->kind == OBJ_CONST)
			return const_value(g, e->type, o->val);
		cg_fatal(e, "package selector");
	}
	case SEL_METHOD: case SEL_IFACEMETHOD:
		return method_value(g, e);
	case SEL_METHODEXPR:
		return method_expr(g, e);
	default:
		cg_fatal(e, "selector kind %d", e->sub);
	}
}

static LLVMValueRef ident(CG *g, Node *e)
{
	Object *o = e->obj;
	if (!o)
		cg_fatal(e, "unresolved %s", e->ident.name);
	switch (o->kind) {
	case OBJ_VAR:
		if ((o->flags & OF_GLOBAL) || !o->fn)
			return cg_load(g, o->type, cg_global(g, o));
		return cg_load(g, o->type, cg_var(g, o)->addr);
	case OBJ_FUNC: {
		LLVMValueRef f = cg_func_decl(g, o);
		return cg_static_closure(g, f, LLVMGetValueName(f));
	}
	case OBJ_CONST:
		return const_value(g, e->type, o->val ? o->val : e->val);
	case OBJ_NIL:
		return cg_zero(g, e->type);
	default:
		cg_fatal(e, "identifier %s of kind %d", e->ident.name, o->kind);
	}
}

static LLVMValueRef index_expr(CG *g, Node *e)
{
	Type *xt = fe_under(e->binary.x->type);
	if (xt->kind == TY_MAP)
		return cg_mapindex(g, e, NULL);
	if (xt->kind == TY_STRING || xt->kind == TY_UNTYPED_STRING) {
		LLVMValueRef s = cg_expr(g, e->binary.x);
		LLVMValueRef i = cg_expr(g, e->binary.y);
		Type *it = defaulted(e->binary.y->type);
		LLVMValueRef len = cg_strfield(g, s, 1);
		cg_boundscheck(g, i, len, it, e->pos);
		LLVMValueRef i64v = to_i64(g, i, it);
		LLVMValueRef p = LLVMBuildGEP2(g->b, g->i8, cg_strfield(g, s, 0), &i64v, 1, "");
		return LLVMBuildLoad2(g->b, g->i8, p, "");
	}
	return cg_load(g, e->type, index_addr(g, e));
}

static LLVMValueRef deref(CG *g, Node *e)
{
	LLVMValueRef p = cg_expr(g, e->unary.x);
	cg_nilcheck(g, p);
	return cg_load(g, e->type, p);
}

Type *cg_tuple_struct(CG *g, Type *tuple)
{
	int n = tuple->nresults;
	Field *fs = fe_alloc(g->a, (n + 1) * sizeof *fs);
	for (int i = 0; i < n; i++) {
		fs[i].name = "r";
		fs[i].type = tuple->results[i];
	}
	Type *st = fe_type_struct(g->a, fs, n);
	fe_layout(st);
	return st;
}

LLVMValueRef cg_tuple_elem(CG *g, Type *tuple, LLVMValueRef addr, int i)
{
	Field *f = &fe_under(tuple)->fields[i];
	return cg_load(g, f->type, cg_offset(g, addr, f->offset));
}

LLVMValueRef cg_expr(CG *g, Node *e)
{
	if (e->mode == MODE_CONST && e->val)
		return const_value(g, e->type, e->val);
	if (e->mode == MODE_NIL)
		return cg_zero(g, e->type);
	switch (e->kind) {
	case N_PAREN: return cg_expr(g, e->unary.x);
	case N_IDENT: return ident(g, e);
	case N_FUNCLIT: return cg_funclit(g, e);
	case N_COMPOSITE: return cg_composite(g, e, NULL);
	case N_SELECTOR: return selector(g, e);
	case N_INDEX: return index_expr(g, e);
	case N_SLICEEXPR: return cg_slice_expr(g, e);
	case N_TYPEASSERT: return cg_typeassert(g, e, NULL);
	case N_CALL: {
		int nres;
		LLVMValueRef v = cg_call(g, e, &nres);
		return v;
	}
	case N_STAR: return deref(g, e);
	case N_UNARY: return unary(g, e);
	case N_BINARY: return binary(g, e);
	case N_CONVIFACE: {
		Node *x = e->unary.x;
		return cg_box(g, e, cg_expr(g, x), defaulted(x->type), e->type);
	}
	case N_INLCALL:
		/* an inlined call: the parameters, the body, the
		 * result; a receiver's temporary (inline/calls.c) declared first */
		if (e->inlcall.call->rw && e->inlcall.call->rw->tmp)
			cg_declare_local(g, e->inlcall.call->rw->tmp->obj, e->inlcall.call->rw->tmp);
		cg_stmt(g, e->inlcall.init);
		{
			bool begun = cg_inl_begin(g, e); /* the body's code in the callee's frame */
			cg_stmt(g, e->inlcall.body);
			cg_inl_end(g, begun);
		}
		return e->inlcall.results.len ? cg_expr(g, e->inlcall.results.v[0]) : NULL;
	default:
		cg_fatal(e, "expression %s", fe_kind_name(e->kind));
	}
}

/* ---- calls ---- */

/*
 * gc's intrinsics (ssagen's intrinsics table for amd64) among the std
 * functions compiled from source: a call of math.Sqrt is an instruction,
 * not a call of the Go code (whose result it equals: these are exact
 * operations).  NULL: fn is none of them.
 */
static LLVMValueRef intrinsic(CG *g, Object *fn, LLVMValueRef *args)
{
	static const struct {
		const char *pkg, *name, *llvm;
		int nargs;
		int bits;   /* math/bits: the operand's width; the result is an int (0: same type) */
		bool minus; /* Len: width - ctlz */
	} tab[] = {
		{ "math", "Sqrt", "llvm.sqrt", 1, 0, false },
		{ "math", "Floor", "llvm.floor", 1, 0, false },
		{ "math", "Ceil", "llvm.ceil", 1, 0, false },
		{ "math", "Trunc", "llvm.trunc", 1, 0, false },
		{ "math", "Abs", "llvm.fabs", 1, 0, false },
		{ "math", "Copysign", "llvm.copysign", 2, 0, false },
		{ "math", "FMA", "llvm.fma", 3, 0, false },
		{ "math/bits", "LeadingZeros", "llvm.ctlz", 1, 64, false },
		{ "math/bits", "LeadingZeros64", "llvm.ctlz", 1, 64, false },
		{ "math/bits", "LeadingZeros32", "llvm.ctlz", 1, 32, false },
		{ "math/bits", "TrailingZeros", "llvm.cttz", 1, 64, false },
		{ "math/bits", "TrailingZeros64", "llvm.cttz", 1, 64, false },
		{ "math/bits", "TrailingZeros32", "llvm.cttz", 1, 32, false },
		{ "math/bits", "OnesCount", "llvm.ctpop", 1, 64, false },
		{ "math/bits", "OnesCount64", "llvm.ctpop", 1, 64, false },
		{ "math/bits", "OnesCount32", "llvm.ctpop", 1, 32, false },
		{ "math/bits", "Len", "llvm.ctlz", 1, 64, true },
		{ "math/bits", "Len64", "llvm.ctlz", 1, 64, true },
		{ "math/bits", "Len32", "llvm.ctlz", 1, 32, true },
		{ "math/bits", "ReverseBytes64", "llvm.bswap", 1, 0, false },
		{ "math/bits", "ReverseBytes32", "llvm.bswap", 1, 0, false },
	};
	if (!fn->pkg || fn->pkg->native || (fn->type && fn->type->recv))
		return NULL;
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
		if (strcmp(fn->pkg->path, tab[i].pkg) != 0 || strcmp(fn->name, tab[i].name) != 0)
			continue;
		LLVMTypeRef t = LLVMTypeOf(args[0]);
		unsigned id = LLVMLookupIntrinsicID(tab[i].llvm, strlen(tab[i].llvm));
		LLVMValueRef f = LLVMGetIntrinsicDeclaration(g->mod, id, &t, 1);
		LLVMTypeRef ft = LLVMIntrinsicGetType(g->ctx, id, &t, 1);
		LLVMValueRef a[3] = { args[0], args[1], args[2] };
		int n = tab[i].nargs;
		if (strcmp(tab[i].llvm, "llvm.ctlz") == 0 || strcmp(tab[i].llvm, "llvm.cttz") == 0)
			a[n++] = LLVMConstInt(g->i1, 0, false); /* defined at zero: the width */
		LLVMValueRef r = LLVMBuildCall2(g->b, ft, f, a, (unsigned)n, "");
		if (tab[i].bits) {
			if (tab[i].bits < 64)
				r = LLVMBuildZExt(g->b, r, g->i64, "");
			if (tab[i].minus)
				r = LLVMBuildSub(g->b, LLVMConstInt(g->i64, (unsigned)tab[i].bits, false), r, "");
		}
		return r;
	}
	return NULL;
}

/*
 * sync/atomic's functions called directly: one instruction each, as gc's
 * SSA intrinsics make them (runtime/overlay_atomic.c has the same
 * operations for a function taken as a value).  Sequentially consistent,
 * which is what Go's memory model promises for sync/atomic.  Returns
 * false for any other function; *res is the result (NULL for Store).
 */
static bool atomic_op(CG *g, Object *fn, LLVMValueRef *args, LLVMValueRef *res)
{
	if (!fn->pkg || fn->pkg->native || strcmp(fn->pkg->path, "sync/atomic") != 0 || !fn->type ||
	    fn->type->recv || fn->type->nparams == 0 ||
	    (fn->decl && (fn->decl->func_.body || fn->decl->func_.stripped)))
		return false;
	LLVMAtomicOrdering sc = LLVMAtomicOrderingSequentiallyConsistent;
	const char *n = fn->name;
	Type *vt = fe_under(fn->type->params[0])->elem;
	unsigned align = (unsigned)cg_size(vt);
	cg_nilcheck(g, args[0]);
	*res = NULL;
	if (strncmp(n, "Add", 3) == 0) {
		LLVMValueRef old = LLVMBuildAtomicRMW(g->b, LLVMAtomicRMWBinOpAdd, args[0], args[1], sc, false);
		*res = LLVMBuildAdd(g->b, old, args[1], "");
	} else if (strncmp(n, "Load", 4) == 0) {
		*res = LLVMBuildLoad2(g->b, cg_vtype(g, vt), args[0], "");
		LLVMSetOrdering(*res, sc);
		LLVMSetAlignment(*res, align);
	} else if (strncmp(n, "Store", 5) == 0) {
		LLVMValueRef st = LLVMBuildStore(g->b, args[1], args[0]);
		LLVMSetOrdering(st, sc);
		LLVMSetAlignment(st, align);
	} else if (strncmp(n, "Swap", 4) == 0) {
		*res = LLVMBuildAtomicRMW(g->b, LLVMAtomicRMWBinOpXchg, args[0], args[1], sc, false);
	} else if (strncmp(n, "CompareAndSwap", 14) == 0) {
		LLVMValueRef pair = LLVMBuildAtomicCmpXchg(g->b, args[0], args[1], args[2], sc, sc, false);
		*res = LLVMBuildExtractValue(g->b, pair, 1, "");
	} else {
		return false;
	}
	return true;
}

static bool bundled(Object *o)
{
	return o && cg_native_func(o);
}

/*
 * cg_rewrite_values: typecheck's RewriteMultiValueCall as the IR has it
 * (IrRewrite): the inner call's results go to the temporaries, then
 * vals[i] is the value of use i -- an N_CONVIFACE where the result is
 * converted, boxed as escape decided -- and types[i] its type.  Returns
 * how many.
 */
int cg_rewrite_values(CG *g, IrRewrite *rw, LLVMValueRef *vals, Type **types)
{
	Node *ic = rw->inner->kind == N_INLCALL ? rw->inner : NULL;   /* inlined */
	int nres;
	LLVMValueRef tup = NULL;
	Type *st = NULL;
	if (ic) {
		cg_expr(g, ic);
	} else {
		tup = cg_call(g, rw->inner, &nres);
		st = cg_tuple_struct(g, rw->inner->type);
	}
	for (int i = 0; i < rw->nresults; i++) {
		Object *o = rw->results[i]->obj;
		CgVar *v = fe_alloc(g->a, sizeof *v);
		v->addr = cg_alloca(g, o->type, o->name);
		cg_store(g, o->type, v->addr, ic ? cg_expr(g, ic->inlcall.results.v[i]) : cg_tuple_elem(g, st, tup, i));
		bs_map_put(g->vars, o, v);
	}
	for (int i = 0; i < rw->nresults; i++) {
		vals[i] = cg_expr(g, rw->uses[i]);
		types[i] = rw->uses[i]->type;
	}
	return rw->nresults;
}

/* Evaluates the arguments of call against signature sig (variadic packing,
 * f(g()) spreading, implicit conversions) into args[first..].  deferred:
 * the arguments of a defer statement, kept until the function returns. */
static int call_args(CG *g, Node *call, Type *sig, LLVMValueRef *args, int first, bool deferred)
{
	Type *fs = fe_under(sig);
	NodeList *al = &call->call.args;
	int np = fs->nparams;
	LLVMValueRef *vals;
	Type **types;
	int nv;
	if (call->rw && call->rw->inner) {
		/* f(g()): through the IR's temporaries */
		vals = fe_alloc(g->a, (call->rw->nresults + 1) * sizeof *vals);
		types = fe_alloc(g->a, (call->rw->nresults + 1) * sizeof *types);
		nv = cg_rewrite_values(g, call->rw, vals, types);
	} else {
		nv = al->len;
		vals = fe_alloc(g->a, (nv + 1) * sizeof *vals);
		types = fe_alloc(g->a, (nv + 1) * sizeof *types);
		for (int i = 0; i < nv; i++) {
			Type *pt = (fs->variadic && i >= np - 1 && !call->call.dots) ? fe_under(fs->params[np - 1])->elem
										  : fs->params[i < np ? i : np - 1];
			vals[i] = cg_expr_to(g, al->v[i], pt);
			types[i] = pt;
		}
	}
	if (!fs->variadic || call->call.dots) {
		for (int i = 0; i < nv; i++)
			args[first + i] = cg_convert(g, vals[i], types[i], fs->params[i]);
		return first + nv;
	}
	for (int i = 0; i < np - 1; i++)
		args[first + i] = cg_convert(g, vals[i], types[i], fs->params[i]);
	/* pack the rest into a new slice */
	Type *st = fs->params[np - 1];
	Type *et = fe_under(st)->elem;
	int nx = nv - (np - 1);
	LLVMValueRef sl;
	if (nx <= 0) {
		sl = LLVMConstNull(g->slicet);
	} else {
		LLVMValueRef *xv = fe_alloc(g->a, nx * sizeof *xv);
		for (int i = 0; i < nx; i++)
			xv[i] = cg_convert(g, vals[np - 1 + i], types[np - 1 + i], et);
		bool spread = al->len == 1 && al->v[0]->type && al->v[0]->type->kind == TY_TUPLE;
		/*
		 * gc packs a deferred call's ... slice when the call runs; here it
		 * is packed at the defer statement, so it must outlive the
		 * statement (a stack slot would be shared by a loop's defers).
		 */
		bool onstack = !deferred && ir_on_stack(call->dots);
		sl = cg_pack_variadic(g, et, spread ? NULL : al->v + np - 1, xv, nx, onstack);
	}
	args[first + np - 1] = sl;
	return first + np;
}

LLVMValueRef cg_make_slice_value(CG *g, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap)
{
	LLVMValueRef s = LLVMGetUndef(g->slicet);
	s = LLVMBuildInsertValue(g->b, s, ptr, 0, "");
	s = LLVMBuildInsertValue(g->b, s, len, 1, "");
	return LLVMBuildInsertValue(g->b, s, cap, 2, "");
}

/* The receiver of a static method call x.M(...), adjusted to M's receiver type. */
static LLVMValueRef method_recv(CG *g, Node *sel, Type *rt)
{
	Node *x = sel->selector.x;
	Type *cur;
	LLVMValueRef addr;
	bool fromptr = false;
	if (fe_under(x->type)->kind == TY_PTR) {
		addr = cg_expr(g, x);
		cur = fe_under(x->type)->elem;
		fromptr = true;
	} else if (x->mode != MODE_VAR && sel->npath == 0 && rt->kind != TY_PTR) {
		return cg_expr(g, x);
	} else {
		addr = base_addr(g, x);
		cur = x->type;
	}
	if (sel->npath > 0) {
		if (fromptr)
			cg_nilcheck(g, addr);
		addr = walk_path(g, addr, &cur, sel->path, sel->npath);
		fromptr = false;
		if (fe_under(cur)->kind == TY_PTR) {
			addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
			cur = fe_under(cur)->elem;
			fromptr = true;
		}
	}
	if (rt->kind == TY_PTR)
		return addr;
	if (fromptr)
		cg_nilcheck(g, addr);
	if (cg_ismem(rt))
		return addr;
	return cg_load(g, rt, addr);
}

LLVMValueRef cg_call(CG *g, Node *call, int *nres)
{
	*nres = call->type && call->type->kind == TY_TUPLE ? call->type->nresults : (call->mode == MODE_NOVALUE ? 0 : 1);
	if (call->sub == CALL_CONV)
		return cg_convert_call(g, call);
	if (call->sub == CALL_BUILTIN)
		return cg_builtin(g, call);
	Node *fun = fe_unparen(call->call.fun);
	int na = call->call.args.len + 8;
	Type *ft = fun->type;
	if (fe_under(ft)->kind == TY_FUNC)
		na += fe_under(ft)->nparams;
	LLVMValueRef *args = fe_alloc(g->a, (na + 2) * sizeof *args);

	if (fun->kind == N_SELECTOR && (fun->sub == SEL_METHOD) && call->sub == CALL_METHOD) {
		Object *m = fun->obj;
		Type *rt = m->type->recv->type;
		args[0] = method_recv(g, fun, rt);
		call_args(g, call, m->type, args, 1, false);
		CgAbi *abi = cg_abi(g, m->type, rt, !bundled(m));
		return cg_abi_call(g, abi, cg_func_decl(g, m), NULL, args);
	}
	if (fun->kind == N_SELECTOR && fun->sub == SEL_IFACEMETHOD) {
		Type *it;
		LLVMValueRef iv = iface_recv(g, fun, &it);
		LLVMValueRef tab = LLVMBuildExtractValue(g->b, iv, 0, "");
		cg_nilcheck(g, tab);
		const char *name = fun->selector.sel->ident.name;
		int idx = cg_imethod_index(it, name);
		LLVMValueRef mf = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, tab, 24 + 8 * idx), "");
		Method *meth = &fe_under(it)->imethods[idx];
		args[0] = LLVMBuildExtractValue(g->b, iv, 1, "");
		call_args(g, call, meth->sig, args, 1, false);
		CgAbi *abi = cg_abi(g, meth->sig, fe_types[TY_UNSAFEPTR], true);
		return cg_abi_call(g, abi, mf, NULL, args);
	}
	if (fun->kind == N_SELECTOR && fun->sub == SEL_METHODEXPR) {
		Type *recvt = fun->selector.x->type;
		const char *mname = fun->selector.sel->ident.name;
		LLVMValueRef f = method_expr_fn(g, recvt, mname);
		Type *msig = fe_is_interface(recvt) ? fe_under(recvt)->imethods[cg_imethod_index(recvt, mname)].sig
						    : fun->obj->type;
		Type *plain = fe_type_func(g->a, msig->params, msig->nparams, msig->results, msig->nresults,
					   msig->variadic);
		/* the function value's type has the receiver as first parameter */
		call_args(g, call, fun->type, args, 0, false);
		CgAbi *abi = cg_abi(g, plain, recvt, true);
		return cg_abi_call(g, abi, f, NULL, args);
	}
	Object *fo = NULL;
	if (fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_FUNC)
		fo = fun->obj;
	if (fun->kind == N_SELECTOR && fun->sub == SEL_PKG && fun->obj && fun->obj->kind == OBJ_FUNC)
		fo = fun->obj;
	if (fo) {
		call_args(g, call, fo->type, args, 0, false);
		LLVMValueRef in = intrinsic(g, fo, args);
		if (in || atomic_op(g, fo, args, &in))
			return in;
		CgAbi *abi = cg_abi(g, fo->type, NULL, !bundled(fo));
		return cg_abi_call(g, abi, cg_func_decl(g, fo), NULL, args);
	}
	/* a func value: closure pointer, code in its first word */
	LLVMValueRef fv = cg_expr(g, fun);
	cg_nilcheck(g, fv);
	LLVMValueRef code = LLVMBuildLoad2(g->b, g->ptr, fv, "");
	call_args(g, call, ft, args, 0, false);
	CgAbi *abi = cg_abi(g, ft, NULL, true);
	return cg_abi_call(g, abi, code, fv, args);
}

/*
 * A deferred call's thunk, void thunk(void *record), C-callable so the
 * runtime can run it (runtime/defer.c): begun as the current function,
 * named after the deferring one; *saved is where to go back after
 * cg_leave_function.
 */
LLVMValueRef cg_begin_deferwrap(CG *g, LLVMBasicBlockRef *saved)
{
	Type *thp[1] = { fe_types[TY_UNSAFEPTR] };
	Type *thsig = fe_type_func(g->a, thp, 1, NULL, 0, false);
	CgAbi *thabi = cg_abi(g, thsig, NULL, false);
	const char *name = fe_sprintf(g->a, "%s.deferwrap%d", g->fn->name, ++g->fn->nwrap);
	LLVMValueRef th = cg_new_function(g, name, thabi);
	*saved = LLVMGetInsertBlock(g->b);
	CgFn *fn = fe_alloc(g->a, sizeof *fn);
	fn->name = name;
	fn->abi = thabi;
	fn->sig = thsig;
	cg_begin_function(g, fn, th);
	return th;
}

/*
 * For defer: evaluates the callee and the arguments of call now and packs
 * them into a closure object whose code runs the call later.  The returned
 * value is that closure.
 */
LLVMValueRef cg_defer_closure(CG *g, Node *call)
{
	Node *fun = fe_unparen(call->call.fun);
	/* what to call: kind 0 direct fn, 1 closure value, 2 interface */
	int kind;
	LLVMValueRef target = NULL, fnval = NULL, iv = NULL;
	CgAbi *abi;
	Type *recvt = NULL;
	int na = call->call.args.len + 8;
	if (fe_under(fun->type)->kind == TY_FUNC)
		na += fe_under(fun->type)->nparams;
	LLVMValueRef *args = fe_alloc(g->a, (na + 2) * sizeof *args);
	int nargs;
	Type **argt = fe_alloc(g->a, (na + 2) * sizeof *argt);
	if (call->sub == CALL_BUILTIN || call->sub == CALL_CONV) {
		cg_fatal(call, "defer of a builtin is stmt.c's defer_builtin");
	} else if (fun->kind == N_SELECTOR && fun->sub == SEL_METHOD && call->sub == CALL_METHOD) {
		Object *m = fun->obj;
		recvt = m->type->recv->type;
		args[0] = method_recv(g, fun, recvt);
		if (cg_ismem(recvt))
			args[0] = cg_copy_to_temp(g, recvt, args[0]);
		nargs = call_args(g, call, m->type, args, 1, true);
		abi = cg_abi(g, m->type, recvt, !bundled(m));
		target = cg_func_decl(g, m);
		kind = 0;
	} else if (fun->kind == N_SELECTOR && fun->sub == SEL_IFACEMETHOD) {
		Type *it;
		iv = iface_recv(g, fun, &it);
		LLVMValueRef tab = LLVMBuildExtractValue(g->b, iv, 0, "");
		cg_nilcheck(g, tab);
		int idx = cg_imethod_index(it, fun->selector.sel->ident.name);
		Method *meth = &fe_under(it)->imethods[idx];
		target = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, tab, 24 + 8 * idx), "");
		args[0] = LLVMBuildExtractValue(g->b, iv, 1, "");
		recvt = fe_types[TY_UNSAFEPTR];
		nargs = call_args(g, call, meth->sig, args, 1, true);
		abi = cg_abi(g, meth->sig, recvt, true);
		kind = 2;
	} else {
		Object *fo = NULL;
		if (fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_FUNC)
			fo = fun->obj;
		if (fun->kind == N_SELECTOR && fun->sub == SEL_PKG && fun->obj && fun->obj->kind == OBJ_FUNC)
			fo = fun->obj;
		if (fo) {
			nargs = call_args(g, call, fo->type, args, 0, true);
			abi = cg_abi(g, fo->type, NULL, !bundled(fo));
			target = cg_func_decl(g, fo);
			kind = 0;
		} else {
			/* a nil func value panics when the deferred call runs,
			 * not at the defer statement: the thunk checks it */
			fnval = cg_expr(g, fun);
			nargs = call_args(g, call, fun->type, args, 0, true);
			abi = cg_abi(g, fun->type, NULL, true);
			kind = 1;
		}
	}
	for (int i = 0; i < nargs; i++)
		argt[i] = abi->ptypes[i];
	/* env: {code, target, fnval, args...} */
	int nf = 3 + nargs;
	Field *fs = fe_alloc(g->a, nf * sizeof *fs);
	fs[0] = (Field){ .name = "F", .type = fe_types[TY_UINTPTR] };
	fs[1] = (Field){ .name = "T", .type = fe_types[TY_UINTPTR] };
	fs[2] = (Field){ .name = "C", .type = fe_types[TY_UNSAFEPTR] };
	for (int i = 0; i < nargs; i++)
		fs[3 + i] = (Field){ .name = fe_sprintf(g->a, "a%d", i), .type = argt[i] };
	Type *et = fe_type_struct(g->a, fs, nf);
	fe_layout(et);
	LLVMValueRef env = cg_new(g, et, false);
	(void)iv;

	/* the thunk */
	LLVMBasicBlockRef saved;
	LLVMValueRef th = cg_begin_deferwrap(g, &saved);
	LLVMValueRef e = LLVMGetParam(th, 0);
	LLVMValueRef *targs = fe_alloc(g->a, (nargs + 1) * sizeof *targs);
	for (int i = 0; i < nargs; i++)
		targs[i] = cg_load(g, argt[i], cg_offset(g, e, et->fields[3 + i].offset));
	LLVMValueRef tgt, ctxv = NULL;
	if (kind == 1) {
		ctxv = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, e, 16), "");
		cg_nilcheck(g, ctxv);
		tgt = LLVMBuildLoad2(g->b, g->ptr, ctxv, "");
	} else {
		tgt = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, e, 8), "");
	}
	/* recover() must see that the deferred function was called by us */
	LLVMBuildStore(g->b, tgt, g->deferfn);
	cg_abi_call(g, abi, tgt, ctxv, targs);
	LLVMBuildRetVoid(g->b);
	cg_leave_function(g);
	LLVMPositionBuilderAtEnd(g->b, saved);

	LLVMBuildStore(g->b, th, env);
	if (target)
		LLVMBuildStore(g->b, target, cg_offset(g, env, 8));
	if (fnval)
		LLVMBuildStore(g->b, fnval, cg_offset(g, env, 16));
	for (int i = 0; i < nargs; i++)
		cg_store(g, argt[i], cg_offset(g, env, et->fields[3 + i].offset), args[i]);
	return env;
}
