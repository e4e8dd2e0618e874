/*
 * abi.c - the calling convention.
 *
 * minigo has one calling convention for everything: the System V AMD64 C
 * ABI, applied to Go types as if they were the equivalent C structs
 * (string = struct {ptr, len}, slice = struct {ptr, len, cap}, interface =
 * struct {tab, data}, Go structs and arrays with Go's layout), plus one
 * extra: Go functions take the closure context as an LLVM `nest` parameter,
 * which x86-64 passes in R10, outside the C argument registers.
 *
 * Why the C ABI for Go-to-Go calls too?  Because the runtime, fmt and
 * friends are C, and they call back into Go: fmt calls String and Error
 * methods through the method tables, the panic machinery calls deferred
 * closures.  With one convention every Go function can be called from C
 * with its natural prototype, e.g. `GoString m(void *recv)`, and the
 * runtime's Go-named entry points (runtime.growslice returns a slice by
 * sret) are called exactly like Go functions.  The cost is the ABI's
 * classification below, the same work clang does for C.
 *
 * Rules (SysV §3.2.3, as clang implements them):
 *   - a zero-size value is not passed at all;
 *   - scalars go directly (bool as zeroext i1, int8/16 sign- or zero-
 *     extended);
 *   - an aggregate of at most 16 bytes is split into eightbytes, each
 *     INTEGER (any non-float in it) or SSE (floats only), passed as i64 /
 *     double / float / <2 x float> pieces, but only if enough registers
 *     are left for all its pieces; otherwise it goes in memory;
 *   - anything larger goes in memory: a `byval` pointer for arguments,
 *     an `sret` pointer for results (which uses up one integer register);
 *   - several results are returned as one struct of the results, laid out
 *     by Go's rules, and then classified like any aggregate.
 * The nest parameter is first, the sret pointer (if any) second: LLVM
 * allows sret in either of the first two positions.
 */
#include <string.h>

#include "codegen/codegen.h"

enum { P_IGNORE, P_DIRECT, P_COERCE, P_BYVAL };
enum { C_NONE, C_INT, C_SSE };

typedef struct Leaf {
	int64_t off, size;
	bool isfloat;
	bool isptr;
} Leaf;

static int leaves(Type *t, int64_t off, Leaf *out, int n, int max)
{
	Type *u = fe_under(t);
	if (n >= max)
		return n;
	switch (u->kind) {
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			n = leaves(u->fields[i].type, off + fe_offsetof(u, i), out, n, max);
		return n;
	case TY_ARRAY:
		for (int64_t i = 0; i < u->len && n < max; i++)
			n = leaves(u->elem, off + i * cg_size(u->elem), out, n, max);
		return n;
	case TY_STRING: case TY_UNTYPED_STRING:
		out[n++] = (Leaf){ off, 8, false, true };
		if (n < max)
			out[n++] = (Leaf){ off + 8, 8, false, false };
		return n;
	case TY_SLICE:
		for (int i = 0; i < 3 && n < max; i++)
			out[n++] = (Leaf){ off + 8 * i, 8, false, i == 0 };
		return n;
	case TY_INTERFACE:
		for (int i = 0; i < 2 && n < max; i++)
			out[n++] = (Leaf){ off + 8 * i, 8, false, true };
		return n;
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		out[n++] = (Leaf){ off, 8, false, true };
		return n;
	case TY_FLOAT32:
		out[n++] = (Leaf){ off, 4, true, false };
		return n;
	case TY_FLOAT64: case TY_UNTYPED_FLOAT:
		out[n++] = (Leaf){ off, 8, true, false };
		return n;
	case TY_COMPLEX64:
		out[n++] = (Leaf){ off, 4, true, false };
		if (n < max)
			out[n++] = (Leaf){ off + 4, 4, true, false };
		return n;
	case TY_COMPLEX128: case TY_UNTYPED_COMPLEX:
		out[n++] = (Leaf){ off, 8, true, false };
		if (n < max)
			out[n++] = (Leaf){ off + 8, 8, true, false };
		return n;
	default:
		if (cg_size(t) > 0)
			out[n++] = (Leaf){ off, cg_size(t), false, false };
		return n;
	}
}

/* Classifies an aggregate of 1..16 bytes into its eightbyte pieces. */
static int classify(CG *g, Type *t, LLVMTypeRef piece[2], int *nint, int *nsse)
{
	Leaf lv[64];
	int n = leaves(t, 0, lv, 0, 64);
	int64_t size = cg_size(t);
	int npieces = size > 8 ? 2 : 1;
	*nint = *nsse = 0;
	for (int p = 0; p < npieces; p++) {
		int cls = C_NONE, nf32 = 0, nf64 = 0, nleaves = 0;
		bool ptr = false;
		for (int i = 0; i < n; i++) {
			if (lv[i].off + lv[i].size <= p * 8 || lv[i].off >= (p + 1) * 8)
				continue;
			nleaves++;
			ptr = lv[i].isptr;
			if (!lv[i].isfloat)
				cls = C_INT;
			else if (cls != C_INT)
				cls = C_SSE;
			if (lv[i].isfloat && lv[i].size == 4)
				nf32++;
			else if (lv[i].isfloat)
				nf64++;
		}
		int64_t bytes = size - p * 8 < 8 ? size - p * 8 : 8;
		if (cls == C_SSE) {
			(*nsse)++;
			if (nf64)
				piece[p] = g->f64;
			else if (nf32 == 2)
				piece[p] = LLVMVectorType(g->f32, 2);
			else
				piece[p] = g->f32;
		} else {
			(*nint)++;
			/* a lone pointer stays a pointer, as clang coerces it */
			piece[p] = nleaves == 1 && ptr ? g->ptr : LLVMIntTypeInContext(g->ctx, (unsigned)(bytes * 8));
		}
	}
	return npieces;
}

static bool is_scalar(Type *t)
{
	switch (fe_under(t)->kind) {
	case TY_STRUCT: case TY_ARRAY: case TY_STRING: case TY_UNTYPED_STRING: case TY_SLICE: case TY_INTERFACE:
	case TY_TUPLE: case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX:
		return false;
	default:
		return true;
	}
}

static bool is_float(Type *t)
{
	TypeKind k = fe_under(t)->kind;
	return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

static Type *result_tuple(CG *g, Type **rs, int n)
{
	Field *fs = fe_alloc(g->a, n * sizeof *fs);
	for (int i = 0; i < n; i++) {
		fs[i].name = fe_sprintf(g->a, "r%d", i);
		fs[i].type = rs[i];
	}
	Type *t = fe_type_struct(g->a, fs, n);
	fe_layout(t);
	return t;
}

CgAbi *cg_abi(CG *g, Type *sig, Type *recv, bool hasctx)
{
	/* cache per (signature, receiver, ctx) */
	const char *key = fe_sprintf(g->a, "%p/%p/%d", (void *)sig, (void *)recv, hasctx);
	CgAbi *abi = bs_map_get(g->wrappers, key);
	if (abi)
		return abi;
	abi = fe_alloc(g->a, sizeof *abi);
	bs_map_put(g->wrappers, key, abi);
	Type *fs = fe_under(sig);
	abi->sig = sig;
	abi->hasctx = hasctx;
	abi->nparams = fs->nparams + (recv ? 1 : 0);
	int np = abi->nparams;
	abi->ptypes = fe_alloc(g->a, (np + 1) * sizeof(Type *));
	abi->pkind = fe_alloc(g->a, (np + 1) * sizeof(int));
	abi->pfirst = fe_alloc(g->a, (np + 1) * sizeof(int));
	abi->pcount = fe_alloc(g->a, (np + 1) * sizeof(int));
	abi->ppiece[0] = fe_alloc(g->a, (np + 1) * sizeof(LLVMTypeRef));
	abi->ppiece[1] = fe_alloc(g->a, (np + 1) * sizeof(LLVMTypeRef));
	int k = 0;
	if (recv)
		abi->ptypes[k++] = recv;
	for (int i = 0; i < fs->nparams; i++)
		abi->ptypes[k++] = fs->params[i];

	abi->nresults = fs->nresults;
	abi->rtypes = fs->results;
	int freeint = 6, freesse = 8;
	LLVMTypeRef *lp = fe_alloc(g->a, (3 * np + 4) * sizeof *lp);
	int nl = 0;
	abi->ctxidx = abi->sretidx = -1;
	if (hasctx) {
		abi->ctxidx = nl;
		lp[nl++] = g->ptr;
	}

	/* results */
	Type *rt = NULL;
	if (fs->nresults == 1)
		rt = fs->results[0];
	else if (fs->nresults > 1)
		rt = abi->rtuple = result_tuple(g, fs->results, fs->nresults);
	LLVMTypeRef ret = g->voidt;
	if (!rt || cg_size(rt) == 0) {
		abi->rkind = P_IGNORE;
	} else if (is_scalar(rt)) {
		abi->rkind = P_DIRECT;
		ret = cg_vtype(g, rt);
	} else if (cg_size(rt) <= 16) {
		int ni, ns;
		int n = classify(g, rt, abi->rpiece, &ni, &ns);
		abi->rkind = P_COERCE;
		ret = n == 1 ? abi->rpiece[0] : LLVMStructTypeInContext(g->ctx, abi->rpiece, 2, false);
		if (n == 1)
			abi->rpiece[1] = NULL;
	} else {
		abi->rkind = P_BYVAL;
		abi->sretidx = nl;
		lp[nl++] = g->ptr;
		freeint--;
	}

	for (int i = 0; i < np; i++) {
		Type *t = abi->ptypes[i];
		abi->pfirst[i] = nl;
		if (cg_size(t) == 0) {
			abi->pkind[i] = P_IGNORE;
			abi->pcount[i] = 0;
			continue;
		}
		if (is_scalar(t)) {
			abi->pkind[i] = P_DIRECT;
			abi->pcount[i] = 1;
			lp[nl++] = cg_vtype(g, t);
			if (is_float(t))
				freesse--;
			else
				freeint--;
			continue;
		}
		if (cg_size(t) <= 16) {
			LLVMTypeRef pc[2];
			int ni, ns;
			int n = classify(g, t, pc, &ni, &ns);
			if (ni <= freeint && ns <= freesse) {
				freeint -= ni;
				freesse -= ns;
				abi->pkind[i] = P_COERCE;
				abi->pcount[i] = n;
				abi->ppiece[0][i] = pc[0];
				abi->ppiece[1][i] = n > 1 ? pc[1] : NULL;
				for (int j = 0; j < n; j++)
					lp[nl++] = pc[j];
				continue;
			}
		}
		abi->pkind[i] = P_BYVAL;
		abi->pcount[i] = 1;
		lp[nl++] = g->ptr;
	}
	abi->fnty = LLVMFunctionType(ret, lp, (unsigned)nl, false);
	return abi;
}

static LLVMAttributeRef enum_attr(CG *g, const char *name, uint64_t v)
{
	unsigned k = LLVMGetEnumAttributeKindForName(name, strlen(name));
	return LLVMCreateEnumAttribute(g->ctx, k, v);
}

static LLVMAttributeRef type_attr(CG *g, const char *name, LLVMTypeRef t)
{
	unsigned k = LLVMGetEnumAttributeKindForName(name, strlen(name));
	return LLVMCreateTypeAttribute(g->ctx, k, t);
}

static const char *ext_attr(Type *t)
{
	switch (fe_under(t)->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: case TY_UINT8: case TY_UINT16: return "zeroext";
	case TY_INT8: case TY_INT16: return "signext";
	default: return NULL;
	}
}

void cg_abi_attrs(CG *g, CgAbi *abi, LLVMValueRef v, bool iscall)
{
	void (*add)(LLVMValueRef, LLVMAttributeIndex, LLVMAttributeRef) =
		iscall ? LLVMAddCallSiteAttribute : LLVMAddAttributeAtIndex;
	if (abi->ctxidx >= 0)
		add(v, (unsigned)abi->ctxidx + 1, enum_attr(g, "nest", 0));
	if (abi->sretidx >= 0) {
		Type *rt = abi->rtuple ? abi->rtuple : abi->rtypes[0];
		add(v, (unsigned)abi->sretidx + 1, type_attr(g, "sret", cg_memtype(g, rt)));
		add(v, (unsigned)abi->sretidx + 1, enum_attr(g, "align", 8));
	}
	if (abi->rkind == P_DIRECT) {
		const char *e = ext_attr(abi->rtuple ? abi->rtuple : abi->rtypes[0]);
		if (e)
			add(v, LLVMAttributeReturnIndex, enum_attr(g, e, 0));
	}
	for (int i = 0; i < abi->nparams; i++) {
		unsigned idx = (unsigned)abi->pfirst[i] + 1;
		if (abi->pkind[i] == P_DIRECT) {
			const char *e = ext_attr(abi->ptypes[i]);
			if (e)
				add(v, idx, enum_attr(g, e, 0));
		} else if (abi->pkind[i] == P_BYVAL) {
			Type *t = abi->ptypes[i];
			add(v, idx, type_attr(g, "byval", LLVMArrayType(g->i64, (unsigned)((cg_size(t) + 7) / 8))));
			add(v, idx, enum_attr(g, "align", 8));
		}
	}
	if (!iscall)
		LLVMAddAttributeAtIndex(v, LLVMAttributeFunctionIndex, enum_attr(g, "nounwind", 0));
}

/* Spills a Go value of t to memory (memory types already are). */
static LLVMValueRef spill(CG *g, Type *t, LLVMValueRef v)
{
	if (cg_ismem(t))
		return v;
	LLVMValueRef tmp = cg_alloca_raw(g, cg_size(t) < 8 ? 8 : (cg_size(t) + 7) / 8 * 8, 8, "abi");
	cg_store(g, t, tmp, v);
	return tmp;
}

/* A fresh 16-byte aligned slot big enough for t padded to eightbytes. */
static LLVMValueRef slot_for(CG *g, Type *t)
{
	int64_t sz = (cg_size(t) + 7) / 8 * 8;
	return cg_alloca_raw(g, sz < 16 ? 16 : sz, 8, "abi");
}

void cg_abi_params(CG *g, CgAbi *abi, LLVMValueRef llfn, LLVMValueRef *vals)
{
	for (int i = 0; i < abi->nparams; i++) {
		Type *t = abi->ptypes[i];
		LLVMValueRef p = LLVMGetParam(llfn, (unsigned)abi->pfirst[i]);
		switch (abi->pkind[i]) {
		case P_IGNORE:
			vals[i] = cg_zero(g, t);
			break;
		case P_DIRECT:
			vals[i] = p;
			break;
		case P_BYVAL:
			vals[i] = cg_load(g, t, p);
			break;
		case P_COERCE: {
			LLVMValueRef tmp = slot_for(g, t);
			for (int j = 0; j < abi->pcount[i]; j++) {
				LLVMValueRef pj = LLVMGetParam(llfn, (unsigned)(abi->pfirst[i] + j));
				LLVMBuildStore(g->b, pj, cg_offset(g, tmp, 8 * j));
			}
			vals[i] = cg_load(g, t, tmp);
			break;
		}
		}
	}
}

static LLVMValueRef load_pieces(CG *g, LLVMValueRef addr, LLVMTypeRef *pc, int n)
{
	if (n == 1)
		return LLVMBuildLoad2(g->b, pc[0], addr, "");
	LLVMTypeRef st = LLVMStructTypeInContext(g->ctx, pc, 2, false);
	LLVMValueRef agg = LLVMGetUndef(st);
	for (int j = 0; j < 2; j++) {
		LLVMValueRef x = LLVMBuildLoad2(g->b, pc[j], cg_offset(g, addr, 8 * j), "");
		agg = LLVMBuildInsertValue(g->b, agg, x, (unsigned)j, "");
	}
	return agg;
}

void cg_abi_return(CG *g, CgAbi *abi, LLVMValueRef *res)
{
	Type *rt = abi->rtuple ? abi->rtuple : (abi->nresults ? abi->rtypes[0] : NULL);
	LLVMValueRef agg = NULL;
	if (abi->rtuple && abi->rkind != P_IGNORE) {
		agg = abi->rkind == P_BYVAL ? LLVMGetParam(g->fn->llfn, (unsigned)abi->sretidx) : slot_for(g, rt);
		for (int i = 0; i < abi->nresults; i++)
			cg_store(g, abi->rtypes[i], cg_offset(g, agg, rt->fields[i].offset), res[i]);
	}
	switch (abi->rkind) {
	case P_IGNORE:
		LLVMBuildRetVoid(g->b);
		return;
	case P_DIRECT:
		LLVMBuildRet(g->b, res[0]);
		return;
	case P_BYVAL:
		if (!abi->rtuple)
			cg_store(g, rt, LLVMGetParam(g->fn->llfn, (unsigned)abi->sretidx), res[0]);
		LLVMBuildRetVoid(g->b);
		return;
	case P_COERCE: {
		if (!agg) {
			agg = slot_for(g, rt);
			cg_store(g, rt, agg, res[0]);
		}
		LLVMBuildRet(g->b, load_pieces(g, agg, abi->rpiece, abi->rpiece[1] ? 2 : 1));
		return;
	}
	}
}

LLVMValueRef cg_abi_call(CG *g, CgAbi *abi, LLVMValueRef fn, LLVMValueRef ctx, LLVMValueRef *args)
{
	unsigned n = LLVMCountParamTypes(abi->fnty);
	LLVMValueRef *lv = fe_alloc(g->a, (n + 1) * sizeof *lv);
	Type *rt = abi->rtuple ? abi->rtuple : (abi->nresults ? abi->rtypes[0] : NULL);
	LLVMValueRef sret = NULL;
	if (abi->ctxidx >= 0)
		lv[abi->ctxidx] = ctx ? ctx : LLVMConstNull(g->ptr);
	if (abi->sretidx >= 0) {
		sret = cg_alloca_raw(g, cg_size(rt), cg_align(rt), "sret");
		lv[abi->sretidx] = sret;
	}
	for (int i = 0; i < abi->nparams; i++) {
		Type *t = abi->ptypes[i];
		int f = abi->pfirst[i];
		switch (abi->pkind[i]) {
		case P_IGNORE:
			break;
		case P_DIRECT:
			lv[f] = args[i];
			break;
		case P_BYVAL:
			lv[f] = spill(g, t, args[i]);
			break;
		case P_COERCE: {
			LLVMValueRef tmp;
			if (cg_ismem(t) && cg_size(t) % 8 == 0)
				tmp = args[i];
			else {
				tmp = slot_for(g, t);
				cg_store(g, t, tmp, args[i]);
			}
			for (int j = 0; j < abi->pcount[i]; j++) {
				LLVMValueRef x = LLVMBuildLoad2(g->b, abi->ppiece[j][i], cg_offset(g, tmp, 8 * j), "");
				lv[f + j] = x;
			}
			break;
		}
		}
	}
	LLVMValueRef call = LLVMBuildCall2(g->b, abi->fnty, fn, lv, n, "");
	cg_abi_attrs(g, abi, call, true);
	switch (abi->rkind) {
	case P_IGNORE:
		if (!rt)
			return NULL;
		return cg_zero(g, rt);
	case P_DIRECT:
		return call;
	case P_BYVAL:
		return abi->rtuple || cg_ismem(rt) ? sret : cg_load(g, rt, sret);
	case P_COERCE: {
		LLVMValueRef tmp = slot_for(g, rt);
		if (abi->rpiece[1]) {
			for (int j = 0; j < 2; j++)
				LLVMBuildStore(g->b, LLVMBuildExtractValue(g->b, call, (unsigned)j, ""), cg_offset(g, tmp, 8 * j));
		} else {
			LLVMBuildStore(g->b, call, tmp);
		}
		return cg_ismem(rt) ? tmp : cg_load(g, rt, tmp);
	}
	}
	return NULL;
}
