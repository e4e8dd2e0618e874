/*
 * walk.c - the expressions gc's walk phase desugars into runtime calls.
 *
 * SPEC's "Code generation and the runtime calls" is this file's checklist,
 * and gc-escape.md section 6 (gc's walk/complit.go and builtin.go) its
 * reference; each lowering follows the escape verdict on its node:
 *
 *   make([]T, n)        stack array when the escape pass keeps it (n a small
 *                       constant), with gc's inline len check; else
 *                       runtime.makeslice
 *   []T{...}, &T{...}   stack temporary or runtime.newobject, then stores;
 *                       a slice literal over 256 bytes with constant parts
 *                       starts as a copy of a read-only static
 *   make(map), map{}    hmap (and a first bucket for hints up to 8) on the
 *                       stack, or runtime.makemap_small / makemap; map
 *                       literals assign their static entries one by one up
 *                       to 25, through two static arrays and a loop above,
 *                       then the dynamic ones (gc's order and maplit)
 *   m[k]                mapaccess1 / mapaccess2 (,ok), loads through the
 *                       returned pointer; delete -> mapdelete; the
 *                       _fast32/_fast64/_faststr variants where gc's mapfast
 *                       picks them, by the key's equality algorithm
 *   append              inline capacity check, runtime.growslice when full
 *   a + b + c           runtime.concatstrings over a stack array of operands
 *   string <-> []byte   slicebytetostring / stringtoslicebyte (and runes)
 *   interface boxing    gc's dataWord: the value itself for pointer-shaped
 *                       types, zerobase / staticuint64s / a read-only static
 *                       where no allocation is needed, a stack temporary when
 *                       the box does not escape, else the convT* call
 *   x.(T)               type word or itab comparison; runtime.assertE2I for
 *                       interface targets; panicdottype on failure
 *
 * The static images are named main..stmp_N like gc's, so -S and -emit-llvm
 * read alike; they are private constants, and a collection never looks at
 * them (the pointers they hold are to string data, which is static too).
 */
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "escape/escape.h"

static Type *dflt(Type *t)
{
	if (fe_is_untyped(t) && t->kind != TY_UNTYPED_NIL)
		return fe_default_type(t);
	return t;
}

static LLVMValueRef i64v(CG *g, LLVMValueRef v, Type *t)
{
	unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
	if (w == 64)
		return v;
	return fe_is_unsigned(t) ? LLVMBuildZExt(g->b, v, g->i64, "") : LLVMBuildSExt(g->b, v, g->i64, "");
}

static LLVMValueRef sfield(CG *g, LLVMValueRef s, int i) { return LLVMBuildExtractValue(g->b, s, (unsigned)i, ""); }

/* ---- interfaces ---- */

/* gc's SoleComponent: the one value inside single-field structs and one-element arrays. */
static Type *sole_component(Type *t)
{
	Type *u = fe_under(t);
	if (u->kind == TY_STRUCT)
		return u->nfields == 1 ? sole_component(u->fields[0].type) : NULL;
	if (u->kind == TY_ARRAY)
		return u->len == 1 ? sole_component(u->elem) : NULL;
	return u;
}

static LLVMValueRef stmp_global(CG *g, LLVMValueRef init, int64_t align);

/* v's bits as an integer of size bytes (v a value, or the address of a memory type's) */
static LLVMValueRef box_bits(CG *g, LLVMValueRef v, Type *t, int64_t size)
{
	LLVMTypeRef it = LLVMIntTypeInContext(g->ctx, (unsigned)(8 * size));
	if (cg_ismem(t)) {
		LLVMValueRef x = LLVMBuildLoad2(g->b, it, v, "");
		LLVMSetAlignment(x, (unsigned)cg_align(t));
		return x;
	}
	if (LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMIntegerTypeKind)
		return LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 8 * size ? v : LLVMBuildZExt(g->b, v, it, "");
	LLVMValueRef tmp = cg_alloca_raw(g, 8, 8, "conv");
	cg_store(g, t, tmp, v);
	return LLVMBuildLoad2(g->b, it, tmp, "");
}

/*
 * The data word for non-pointer-shaped value v of type t (node e, if any)
 * in an interface, in gc's order (dataWord): a zero-sized value points at
 * runtime.zerobase and a bool or byte into runtime.staticuint64s, whatever
 * the escape verdict; a constant is a read-only static (order made it
 * one); a box that does not escape and is at most 1 KB is a stack
 * temporary.  Only then does the runtime allocate, through the convT* for
 * the value's shape: by value for 2/4/8-byte pointer-free values, strings
 * and slices (even wrapped in a one-field struct), by address otherwise.
 */
static LLVMValueRef box_data(CG *g, Node *e, LLVMValueRef v, Type *t)
{
	int64_t size = cg_size(t), align = cg_align(t);
	Type *sc = sole_component(t);
	if (size == 0)
		return cg_new(g, t, false);
	if (size == 1 && sc && (sc->kind == TY_BOOL || fe_is_integer(sc))) {
		LLVMValueRef tab = LLVMGetNamedGlobal(g->mod, "runtime.staticuint64s");
		if (!tab)
			tab = LLVMAddGlobal(g->mod, LLVMArrayType(g->i64, 256), "runtime.staticuint64s");
		LLVMValueRef idx = LLVMBuildZExt(g->b, box_bits(g, v, t, 1), g->i64, "");
		return LLVMBuildGEP2(g->b, g->i64, tab, &idx, 1, "");
	}
	Node *val = e && e->kind == N_CONVIFACE ? fe_unparen(e->unary.x) : e;
	if (val && val->mode == MODE_CONST && !cg_ismem(t) && LLVMIsConstant(v))
		return stmp_global(g, v, align);
	if (e && ir_on_stack(e->esc) && size <= 1024) {
		LLVMValueRef tmp = cg_new(g, t, true);
		cg_store(g, t, tmp, v);
		return tmp;
	}
	bool ptrs = fe_has_pointers(t);
	if (size == 2 && align == 2) {
		LLVMValueRef x = box_bits(g, v, t, 2);
		return cg_rtcall(g, "runtime.convT16", &x, 1);
	}
	if (size == 4 && align == 4 && !ptrs) {
		LLVMValueRef x = box_bits(g, v, t, 4);
		return cg_rtcall(g, "runtime.convT32", &x, 1);
	}
	if (size == 8 && align == 8 && !ptrs) {
		LLVMValueRef x = box_bits(g, v, t, 8);
		return cg_rtcall(g, "runtime.convT64", &x, 1);
	}
	if (sc && (sc->kind == TY_STRING || sc->kind == TY_SLICE)) {
		LLVMValueRef x = cg_ismem(t) ? LLVMBuildLoad2(g->b, sc->kind == TY_STRING ? g->strt : g->slicet, v, "") : v;
		return cg_rtcall(g, sc->kind == TY_STRING ? "runtime.convTstring" : "runtime.convTslice", &x, 1);
	}
	LLVMValueRef addr = v;
	if (!cg_ismem(t)) {
		addr = cg_alloca(g, t, "conv");
		cg_store(g, t, addr, v);
	}
	LLVMValueRef args[2] = { cg_typedesc(g, t), addr };
	return cg_rtcall(g, ptrs ? "runtime.convT" : "runtime.convTnoptr", args, 2);
}

static LLVMValueRef dyntype(CG *g, LLVMValueRef xv, Type *xt);

LLVMValueRef cg_box(CG *g, Node *e, LLVMValueRef v, Type *from, Type *iface)
{
	Type *iu = fe_under(iface);
	bool empty = iu->nimethods == 0;
	if (fe_is_interface(from)) {
		LLVMValueRef data = sfield(g, v, 1);
		LLVMValueRef typ = dyntype(g, v, from); /* itab -> type, nil stays nil */
		LLVMValueRef w = typ;
		if (!empty) {
			LLVMValueRef isnil = LLVMBuildIsNull(g->b, typ, "");
			LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
			LLVMBasicBlockRef conv = cg_block(g, "convI"), done = cg_block(g, "convId");
			LLVMBuildCondBr(g->b, isnil, done, conv);
			cg_set_block(g, conv);
			LLVMValueRef args[2] = { cg_typedesc(g, iface), typ };
			LLVMValueRef tab = cg_rtcall(g, "runtime.assertE2I", args, 2);
			LLVMBasicBlockRef convend = LLVMGetInsertBlock(g->b);
			LLVMBuildBr(g->b, done);
			cg_set_block(g, done);
			w = LLVMBuildPhi(g->b, g->ptr, "");
			LLVMValueRef vals[2] = { LLVMConstNull(g->ptr), tab };
			LLVMBasicBlockRef bbs[2] = { cur, convend };
			LLVMAddIncoming(w, vals, bbs, 2);
		}
		LLVMValueRef r = LLVMGetUndef(g->ifacet);
		r = LLVMBuildInsertValue(g->b, r, w, 0, "");
		return LLVMBuildInsertValue(g->b, r, data, 1, "");
	}
	LLVMValueRef w0 = empty ? cg_typedesc(g, from) : cg_itab(g, iface, from);
	LLVMValueRef data;
	if (fe_is_direct_iface(from)) {
		/* pointer-shaped: the value is the data word (a 1-field struct/array holds it at offset 0) */
		data = cg_ismem(from) ? LLVMBuildLoad2(g->b, g->ptr, v, "") : v;
	} else {
		data = box_data(g, e, v, from);
	}
	LLVMValueRef r = LLVMGetUndef(g->ifacet);
	r = LLVMBuildInsertValue(g->b, r, w0, 0, "");
	return LLVMBuildInsertValue(g->b, r, data, 1, "");
}

LLVMValueRef cg_iface_eq(CG *g, Type *t, LLVMValueRef x, LLVMValueRef y)
{
	/* same type word (itab or type), then the runtime compares the data */
	LLVMValueRef tx = sfield(g, x, 0), ty = sfield(g, y, 0);
	LLVMValueRef same = LLVMBuildICmp(g->b, LLVMIntEQ, tx, ty, "");
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef cmp = cg_block(g, "ifeq"), done = cg_block(g, "ifeqd");
	LLVMBuildCondBr(g->b, same, cmp, done);
	cg_set_block(g, cmp);
	LLVMValueRef args[3] = { tx, sfield(g, x, 1), sfield(g, y, 1) };
	LLVMValueRef eq = cg_rtcall(g, fe_under(t)->nimethods ? "runtime.ifaceeq" : "runtime.efaceeq", args, 3);
	LLVMBasicBlockRef cmpend = LLVMGetInsertBlock(g->b);
	LLVMBuildBr(g->b, done);
	cg_set_block(g, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "");
	LLVMValueRef vals[2] = { LLVMConstInt(g->i1, 0, false), eq };
	LLVMBasicBlockRef bbs[2] = { cur, cmpend };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

/* The dynamic type word of interface value xv (a type descriptor, or NULL). */
static LLVMValueRef dyntype(CG *g, LLVMValueRef xv, Type *xt)
{
	LLVMValueRef w0 = sfield(g, xv, 0);
	if (!fe_under(xt)->nimethods)
		return w0;
	LLVMValueRef isnil = LLVMBuildIsNull(g->b, w0, "");
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef ld = cg_block(g, "dyn"), done = cg_block(g, "dynd");
	LLVMBuildCondBr(g->b, isnil, done, ld);
	cg_set_block(g, ld);
	LLVMValueRef t = LLVMBuildLoad2(g->b, g->ptr, cg_offset(g, w0, 8), "");
	LLVMBuildBr(g->b, done);
	cg_set_block(g, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->ptr, "");
	LLVMValueRef vals[2] = { LLVMConstNull(g->ptr), t };
	LLVMBasicBlockRef bbs[2] = { cur, ld };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

/* i1: does interface value xv (of type xt) hold a case_t (NULL = nil)? */
LLVMValueRef cg_typeswitch_match(CG *g, LLVMValueRef xv, Type *xt, Type *case_t)
{
	LLVMValueRef dt = dyntype(g, xv, xt);
	if (!case_t)
		return LLVMBuildIsNull(g->b, dt, "");
	if (fe_is_interface(case_t)) {
		if (!fe_under(case_t)->nimethods)
			return LLVMBuildIsNotNull(g->b, dt, "");
		LLVMValueRef isnil = LLVMBuildIsNull(g->b, dt, "");
		LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
		LLVMBasicBlockRef chk = cg_block(g, "tsi"), done = cg_block(g, "tsid");
		LLVMBuildCondBr(g->b, isnil, done, chk);
		cg_set_block(g, chk);
		LLVMValueRef args[3] = { cg_typedesc(g, case_t), dt, LLVMConstInt(g->i1, 1, false) };
		LLVMValueRef tab = cg_rtcall(g, "runtime.getitab", args, 3);
		LLVMValueRef ok = LLVMBuildIsNotNull(g->b, tab, "");
		LLVMBasicBlockRef chkend = LLVMGetInsertBlock(g->b);
		LLVMBuildBr(g->b, done);
		cg_set_block(g, done);
		LLVMValueRef phi = LLVMBuildPhi(g->b, g->i1, "");
		LLVMValueRef vals[2] = { LLVMConstInt(g->i1, 0, false), ok };
		LLVMBasicBlockRef bbs[2] = { cur, chkend };
		LLVMAddIncoming(phi, vals, bbs, 2);
		return phi;
	}
	return LLVMBuildICmp(g->b, LLVMIntEQ, dt, cg_typedesc(g, case_t), "");
}

/* The value of type t held in interface xv (the caller checked the type). */
static LLVMValueRef unbox(CG *g, LLVMValueRef xv, Type *xt, Type *t)
{
	if (fe_is_interface(t))
		return cg_box(g, NULL, xv, xt, t);
	LLVMValueRef data = sfield(g, xv, 1);
	if (fe_is_direct_iface(t)) {
		if (cg_ismem(t)) {
			LLVMValueRef tmp = cg_alloca(g, t, "unbox");
			LLVMBuildStore(g->b, data, tmp);
			return tmp;
		}
		return data;
	}
	if (cg_ismem(t))
		return cg_copy_to_temp(g, t, data);
	return cg_load(g, t, data);
}

LLVMValueRef cg_typeswitch_value(CG *g, LLVMValueRef xv, Type *xt, Type *t)
{
	return unbox(g, xv, xt, t);
}

LLVMValueRef cg_typeassert(CG *g, Node *e, LLVMValueRef *okp)
{
	Node *x = e->typeassert.x;
	Type *xt = x->type;
	Type *t = e->typeassert.type->type;
	LLVMValueRef xv = cg_expr(g, x);
	LLVMValueRef ok;
	if (fe_is_interface(t) && fe_under(t)->nimethods && !okp) {
		/* x.(I): the runtime finds (or refuses) the itab */
		LLVMValueRef dt = dyntype(g, xv, xt);
		LLVMValueRef args[1] = { cg_typedesc(g, t) };
		LLVMBasicBlockRef bad = cg_block(g, "assertnil"), good = cg_block(g, "assertok");
		LLVMBuildCondBr(g->b, LLVMBuildIsNull(g->b, dt, ""), bad, good);
		cg_set_block(g, bad);
		cg_rtcall(g, "runtime.panicnildottype", args, 1);
		LLVMBuildUnreachable(g->b);
		cg_set_block(g, good);
		LLVMValueRef a2[2] = { cg_typedesc(g, t), dt };
		LLVMValueRef tab = cg_rtcall(g, "runtime.assertE2I", a2, 2);
		LLVMValueRef r = LLVMGetUndef(g->ifacet);
		r = LLVMBuildInsertValue(g->b, r, tab, 0, "");
		return LLVMBuildInsertValue(g->b, r, sfield(g, xv, 1), 1, "");
	}
	ok = cg_typeswitch_match(g, xv, xt, t);
	if (!okp) {
		LLVMBasicBlockRef bad = cg_block(g, "assertfail"), good = cg_block(g, "assertok");
		LLVMBuildCondBr(g->b, ok, good, bad);
		cg_set_block(g, bad);
		bool isI = fe_under(xt)->nimethods > 0;
		LLVMValueRef args[3] = { isI ? sfield(g, xv, 0) : dyntype(g, xv, xt), cg_typedesc(g, t), cg_typedesc(g, xt) };
		cg_rtcall(g, isI ? "runtime.panicdottypeI" : "runtime.panicdottypeE", args, 3);
		LLVMBuildUnreachable(g->b);
		cg_set_block(g, good);
		return unbox(g, xv, xt, t);
	}
	*okp = ok;
	/* comma-ok: the zero value on failure */
	LLVMValueRef res = cg_alloca(g, t, "assert");
	LLVMBasicBlockRef yes = cg_block(g, "assertyes"), done = cg_block(g, "assertdone");
	LLVMBuildCondBr(g->b, ok, yes, done);
	cg_set_block(g, yes);
	cg_store(g, t, res, unbox(g, xv, xt, t));
	LLVMBuildBr(g->b, done);
	cg_set_block(g, done);
	return cg_ismem(t) ? res : cg_load(g, t, res);
}

/* ---- maps ---- */

/*
 * gc's mapfast: which runtime variant a map of type mt uses.  It goes by the
 * key's equality algorithm, not its kind: any key compared as plain memory
 * of 4 or 8 bytes ([4]byte, struct{ a, b int32 }, a pointer) takes the
 * 32/64-bit path, and a key that is a string in disguise (struct{ s string },
 * [1]string) the string path.  Elements over 128 bytes always go the slow way.
 */
enum { MAP_SLOW, MAP_FAST32, MAP_FAST64, MAP_FASTSTR, MAP_FAST64PTR };
enum { KEY_OTHER, KEY_MEM, KEY_STR };

/* gc's AlgType, reduced to what mapfast asks: plain memory, string, or other. */
static int key_alg(Type *t)
{
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
	case TY_PTR: case TY_UNSAFEPTR:
		return KEY_MEM;
	case TY_STRING:
		return KEY_STR;
	case TY_ARRAY: {
		/* one element is that element; more are memory only if it is */
		int a = key_alg(u->elem);
		if (a == KEY_MEM || u->len == 0)
			return KEY_MEM;
		return u->len == 1 ? a : KEY_OTHER;
	}
	case TY_STRUCT: {
		if (u->nfields == 1 && strcmp(u->fields[0].name, "_") != 0)
			return key_alg(u->fields[0].type);
		/* blank fields and padding are not compared, so they break plain memory */
		for (int i = 0; i < u->nfields; i++) {
			Field *f = &u->fields[i];
			int64_t next = i + 1 < u->nfields ? fe_offsetof(u, i + 1) : cg_size(u);
			if (key_alg(f->type) != KEY_MEM || strcmp(f->name, "_") == 0 || fe_offsetof(u, i) + cg_size(f->type) != next)
				return KEY_OTHER;
		}
		return KEY_MEM;
	}
	default:
		return KEY_OTHER;
	}
}

static int mapfast(Type *mt)
{
	Type *u = fe_under(mt);
	if (cg_size(u->elem) > 128)
		return MAP_SLOW;
	switch (key_alg(u->key)) {
	case KEY_MEM:
		if (cg_size(u->key) == 4)
			return MAP_FAST32;
		if (cg_size(u->key) == 8)
			return fe_has_pointers(u->key) ? MAP_FAST64PTR : MAP_FAST64;
		return MAP_SLOW;
	case KEY_STR:
		return MAP_FASTSTR;
	default:
		return MAP_SLOW;
	}
}

/*
 * The key argument of a map call of variant fast.  The fast variants take
 * the key by value, so a key held in memory (an array or struct in
 * disguise) is loaded as the word it is; the slow one takes an address.
 * Lookups and deletes have no pointer variant: a pointer key travels as
 * its 64 bits there.
 */
static LLVMValueRef key_arg(CG *g, int fast, Type *kt, LLVMValueRef kv, bool ptrvariant)
{
	LLVMTypeRef word = NULL;
	switch (fast) {
	case MAP_FAST32: word = g->i32; break;
	case MAP_FAST64: word = g->i64; break;
	case MAP_FAST64PTR: word = ptrvariant ? g->ptr : g->i64; break;
	case MAP_FASTSTR: word = g->strt; break;
	default: {
		if (cg_ismem(kt))
			return kv;
		LLVMValueRef tmp = cg_alloca(g, kt, "key");
		cg_store(g, kt, tmp, kv);
		return tmp;
	}
	}
	if (cg_ismem(kt)) {
		LLVMValueRef v = LLVMBuildLoad2(g->b, word, kv, "");
		LLVMSetAlignment(v, (unsigned)cg_align(kt));
		return v;
	}
	if (LLVMGetTypeKind(LLVMTypeOf(kv)) == LLVMPointerTypeKind && word == g->i64)
		return LLVMBuildPtrToInt(g->b, kv, g->i64, "");
	return kv;
}

static LLVMValueRef zero_global(CG *g, int64_t size)
{
	const char *name = fe_sprintf(g->a, "main..zero%ld", (long)size);
	LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, name);
	if (gv)
		return gv;
	LLVMTypeRef t = LLVMArrayType(g->i8, (unsigned)size);
	gv = LLVMAddGlobal(g->mod, t, name);
	LLVMSetInitializer(gv, LLVMConstNull(t));
	LLVMSetGlobalConstant(gv, true);
	LLVMSetLinkage(gv, LLVMLinkOnceODRLinkage);
	LLVMSetAlignment(gv, 8);
	return gv;
}

LLVMValueRef cg_mapindex(CG *g, Node *e, LLVMValueRef *okp)
{
	Node *mn = e->binary.x, *kn = e->binary.y;
	Type *mt = mn->type;
	LLVMValueRef m = cg_expr(g, mn);
	LLVMValueRef kv = cg_expr_to(g, kn, fe_under(mt)->key);
	return cg_mapload(g, mt, m, kv, okp);
}

/* m[k] (and its ok) with m and k already evaluated. */
LLVMValueRef cg_mapload(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv, LLVMValueRef *okp)
{
	Type *u = fe_under(mt);
	int fast = mapfast(mt);
	static const char *v1[] = { "runtime.mapaccess1", "runtime.mapaccess1_fast32", "runtime.mapaccess1_fast64",
				    "runtime.mapaccess1_faststr", "runtime.mapaccess1_fast64" };
	static const char *v2[] = { "runtime.mapaccess2", "runtime.mapaccess2_fast32", "runtime.mapaccess2_fast64",
				    "runtime.mapaccess2_faststr", "runtime.mapaccess2_fast64" };
	LLVMValueRef args[5] = { cg_typedesc(g, mt), m, key_arg(g, fast, u->key, kv, false), NULL, NULL };
	LLVMValueRef p;
	bool fat = cg_size(u->elem) > 1024;
	if (okp) {
		LLVMValueRef okslot = cg_alloca_raw(g, 1, 1, "ok");
		if (fat) {
			args[3] = zero_global(g, cg_size(u->elem));
			args[4] = okslot;
			p = cg_rtcall(g, "runtime.mapaccess2_fat", args, 5);
		} else {
			args[3] = okslot;
			p = cg_rtcall(g, v2[fast], args, 4);
		}
		LLVMValueRef okb = LLVMBuildLoad2(g->b, g->i8, okslot, "");
		*okp = LLVMBuildICmp(g->b, LLVMIntNE, okb, LLVMConstInt(g->i8, 0, false), "");
	} else if (fat) {
		args[3] = zero_global(g, cg_size(u->elem));
		p = cg_rtcall(g, "runtime.mapaccess1_fat", args, 4);
	} else {
		p = cg_rtcall(g, v1[fast], args, 3);
	}
	if (cg_ismem(u->elem))
		return cg_copy_to_temp(g, u->elem, p);
	return cg_load(g, u->elem, p);
}

/*
 * The address of m[k]'s element slot, the entry created (zeroed) if absent.
 * Besides plain stores, `m[k] op= y` updates the slot in place through it,
 * one call as in gc, which keeps the OINDEXMAP of an OASOP as an assigned
 * index; only / and %, which may panic, take a lookup first (see stmt.c).
 */
LLVMValueRef cg_mapslot(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv)
{
	Type *u = fe_under(mt);
	int fast = mapfast(mt);
	static const char *va[] = { "runtime.mapassign", "runtime.mapassign_fast32", "runtime.mapassign_fast64",
				    "runtime.mapassign_faststr", "runtime.mapassign_fast64ptr" };
	LLVMValueRef args[3] = { cg_typedesc(g, mt), m, key_arg(g, fast, u->key, kv, true) };
	return cg_rtcall(g, va[fast], args, 3);
}

/* Assigns m[k] = v with m, k, v already evaluated. */
void cg_mapstore(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv, LLVMValueRef v)
{
	LLVMValueRef p = cg_mapslot(g, mt, m, kv);
	cg_store(g, fe_under(mt)->elem, p, v);
}

/*
 * make(map) and map literals, as gc's walkMakeMap.  A map that does not
 * escape has its hmap on the stack, and its first bucket too whenever the
 * hint may be at most 8 (bucketCnt): known at compile time for a constant
 * hint, otherwise tested at run time, since makemap keeps a bucket it is
 * handed only when the hint asks for B = 0.  With no hint or a constant one
 * of at most 8 no call is made but fastrand for the seed.  An escaping map
 * is runtime.makemap_small for those small hints, else runtime.makemap with
 * a nil hmap.  hint is NULL for make(map[K]V); hintt is the type of a hint
 * that is not constant (its signedness decides the run-time test).
 */
static LLVMValueRef makemap(CG *g, Type *mt, LLVMValueRef hint, Type *hintt, int64_t chint, Node *site)
{
	bool small = !hint || (!hintt && chint <= 8);
	if (site && cg_stack_ok(site)) {
		LLVMValueRef h = cg_alloca_raw(g, 48, 8, "hmap");
		cg_memzero(g, h, 48, 8);
		if (small || hintt) {
			int64_t bs = cg_bucket_size(g, mt);
			LLVMValueRef b = cg_alloca_raw(g, bs, 8, "bucket");
			LLVMBasicBlockRef done = NULL;
			if (hintt) {
				LLVMBasicBlockRef yes = cg_block(g, "stackbucket");
				done = cg_block(g, "stackbucketdone");
				LLVMIntPredicate le = fe_is_unsigned(hintt) ? LLVMIntULE : LLVMIntSLE;
				LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, le, hint, cg_int(g, 8), ""), yes, done);
				cg_set_block(g, yes);
			}
			cg_memzero(g, b, bs, 8);
			LLVMBuildStore(g->b, b, cg_offset(g, h, 16));
			if (done) {
				LLVMBuildBr(g->b, done);
				cg_set_block(g, done);
			}
		}
		if (small) {
			LLVMValueRef r = cg_rtcall(g, "runtime.fastrand", NULL, 0);
			LLVMBuildStore(g->b, r, cg_offset(g, h, 12));
			return h;
		}
		LLVMValueRef args[3] = { cg_typedesc(g, mt), hint, h };
		return cg_rtcall(g, "runtime.makemap", args, 3);
	}
	if (small)
		return cg_rtcall(g, "runtime.makemap_small", NULL, 0);
	LLVMValueRef args[3] = { cg_typedesc(g, mt), hint, LLVMConstNull(g->ptr) };
	return cg_rtcall(g, "runtime.makemap", args, 3);
}

static void mapdelete(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv)
{
	Type *u = fe_under(mt);
	int fast = mapfast(mt);
	static const char *vd[] = { "runtime.mapdelete", "runtime.mapdelete_fast32", "runtime.mapdelete_fast64",
				    "runtime.mapdelete_faststr", "runtime.mapdelete_fast64" };
	LLVMValueRef args[3] = { cg_typedesc(g, mt), m, key_arg(g, fast, u->key, kv, false) };
	cg_rtcall(g, vd[fast], args, 3);
}

/* ---- composite literals ---- */

/*
 * gc's complit.go in minigo's terms.  A literal is built in place, element
 * by element, except where gc lays the constant part out as read-only data
 * (a "static image", main..stmp_N) and copies it in:
 *
 *   slice literals over 256 bytes with constant elements: the backing
 *   array, on the stack or from newobject, starts as a copy of the image
 *   and only the other elements are stored on top (gc's slicelit);
 *   map literals with more than 25 static entries: the keys and the
 *   values become two images and a loop assigns them (gc's maplit).
 *
 * Three predicates, each one of gc's, decide what counts as constant.
 * const_leaf is gc's OLITERAL: a constant that is not boxed into an
 * interface; only these are written into images.  getdyn classifies a
 * slice literal as having constant parts, dynamic parts or both, and counts
 * one where fewer than a quarter of the elements are given as dynamic (the
 * stores are then smaller than the image).  static_lit is what gc's order
 * phase leaves in a map literal: constants, nil, and struct or array
 * literals of those; everything else, interface conversions included, is
 * moved out into an ordinary m[k] = v after the static entries.
 */

static bool is_nil(Node *u)
{
	return u->mode == MODE_NIL || (u->type && u->type->kind == TY_UNTYPED_NIL);
}

static bool const_leaf(Node *v)
{
	Node *u = fe_unparen(v);
	return u->mode == MODE_CONST && u->val;
}

/* A nested struct or array literal built in place into memory of type t. */
static bool inplace_lit(Node *v, Type *t)
{
	Node *u = fe_unparen(v);
	return u->kind == N_COMPOSITE && cg_ismem(t);
}

static int64_t const_index(Node *k)
{
	int64_t v = 0;
	if (k->val)
		fe_const_is_int64(k->val, &v);
	return v;
}

/*
 * Element i of a struct, array or slice literal lit, whose type has
 * underlying type u: its value node, type and byte offset.  *idx carries
 * an array literal's running index from one call to the next.  *blank marks
 * a struct's "_" field, which gc never stores (fmt prints it as zero).
 */
static Node *lit_elem(Node *lit, Type *u, int i, int64_t *idx, Type **et, int64_t *off, bool *blank)
{
	Node *e = lit->composite.elts.v[i], *v = e;
	*blank = false;
	if (u->kind == TY_STRUCT) {
		int fi = i;
		if (e->kind == N_KEYVALUE) {
			const char *name = e->binary.x->ident.name;
			for (fi = 0; fi < u->nfields; fi++)
				if (strcmp(u->fields[fi].name, name) == 0)
					break;
			v = e->binary.y;
		}
		if (fi >= u->nfields)
			cg_fatal(e, "struct literal element without a field");
		*et = u->fields[fi].type;
		*off = fe_offsetof(u, fi);
		*blank = strcmp(u->fields[fi].name, "_") == 0;
		return v;
	}
	if (e->kind == N_KEYVALUE) {
		*idx = const_index(e->binary.x);
		v = e->binary.y;
	}
	*et = u->elem;
	*off = *idx * cg_size(u->elem);
	(*idx)++;
	return v;
}

/* Number of elements a slice/array literal needs: max index + 1. */
static int64_t lit_len(Node *lit)
{
	int64_t idx = 0, max = 0;
	NodeList *el = &lit->composite.elts;
	for (int i = 0; i < el->len; i++) {
		Node *e = el->v[i];
		if (e->kind == N_KEYVALUE)
			idx = const_index(e->binary.x);
		idx++;
		if (idx > max)
			max = idx;
	}
	return max;
}

enum { INIT_DYNAMIC = 1, INIT_CONST = 2 };

/* gc's getdyn for value v of type t; top is the slice literal itself. */
static int getdyn(Node *v, Type *t, bool top)
{
	Node *u = fe_unparen(v);
	Type *tu = fe_under(t);
	if (u->kind != N_COMPOSITE)
		return const_leaf(v) ? INIT_CONST : INIT_DYNAMIC;
	if (tu->kind == TY_SLICE) {
		if (!top || lit_len(u) / 4 > u->composite.elts.len)
			return INIT_DYNAMIC;
	} else if (tu->kind != TY_ARRAY && tu->kind != TY_STRUCT) {
		return INIT_DYNAMIC; /* a map literal, or an elided &T{...} */
	}
	int mode = 0;
	int64_t idx = 0;
	for (int i = 0; i < u->composite.elts.len && mode != (INIT_DYNAMIC | INIT_CONST); i++) {
		Type *et;
		int64_t off;
		bool blank;
		Node *e = lit_elem(u, tu, i, &idx, &et, &off, &blank);
		mode |= getdyn(e, et, false);
	}
	return mode;
}

/* gc's isStaticCompositeLiteral, after order: may map entry part v of type t go into an image? */
static bool static_lit(Node *v, Type *t)
{
	Node *u = fe_unparen(v);
	if (is_nil(u) || const_leaf(u))
		return true;
	Type *tu = fe_under(t);
	if (u->kind != N_COMPOSITE || (tu->kind != TY_ARRAY && tu->kind != TY_STRUCT))
		return false;
	int64_t idx = 0;
	for (int i = 0; i < u->composite.elts.len; i++) {
		Type *et;
		int64_t off;
		bool blank;
		Node *e = lit_elem(u, tu, i, &idx, &et, &off, &blank);
		if (!static_lit(e, et))
			return false;
	}
	return true;
}

/* ---- static images ---- */

typedef struct Piece {
	int64_t off, size;
	LLVMValueRef v;
} Piece;

typedef struct Image {
	Piece *p;
	int n, cap;
	LLVMValueRef gv;      /* the global it became (partly static values) */
} Image;

/* An element of a static value that needs code: init stores it at off in
 * the image's global (gc's StaticAssign leaves it to init). */
typedef struct Leaf {
	Image *im;
	int64_t off;
	Node *v;
	Type *t;
} Leaf;

struct CgLeaves {
	Leaf *v;
	int n, cap;
};

static void image_put(CG *g, Image *im, int64_t off, int64_t size, LLVMValueRef v)
{
	FE_PUSH(g->a, im->p, im->n, im->cap, (Piece){ off, size, v });
}

static void image_lit(CG *g, Image *im, Node *lit, Type *t, int64_t base);

/* The constant parts of element v of type et at byte offset off (gc's fixedlit, initKindStatic). */
static void image_elem(CG *g, Image *im, Node *v, Type *et, int64_t off)
{
	if (inplace_lit(v, et)) {
		image_lit(g, im, fe_unparen(v), et, off);
		return;
	}
	if (!const_leaf(v) || cg_size(et) == 0)
		return;
	LLVMValueRef c = cg_expr_to(g, v, et);
	if (!LLVMIsConstant(c))
		cg_fatal(v, "constant element without a constant value");
	if (LLVMTypeOf(c) == g->i1) /* bool is a byte in memory */
		c = LLVMConstInt(g->i8, LLVMConstIntGetZExtValue(c), false);
	image_put(g, im, off, cg_size(et), c);
}

static void image_lit(CG *g, Image *im, Node *lit, Type *t, int64_t base)
{
	Type *u = fe_under(t);
	int64_t idx = 0;
	for (int i = 0; i < lit->composite.elts.len; i++) {
		Type *et;
		int64_t off;
		bool blank;
		Node *v = lit_elem(lit, u, i, &idx, &et, &off, &blank);
		if (!blank)
			image_elem(g, im, v, et, base + off);
	}
}

static int piece_cmp(const void *a, const void *b)
{
	const Piece *x = a, *y = b;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* A fresh PKG..stmp_N holding init: read-only, or writable data (the
 * backing array of a package-level slice, the target of a &T{...}). */
static LLVMValueRef new_stmp(CG *g, LLVMValueRef init, int64_t align, bool writable)
{
	const char *name = fe_sprintf(g->a, "%s..stmp_%d", g->pkgpath ? g->pkgpath : "main", g->nstatic++);
	LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, !writable);
	LLVMSetLinkage(gv, LLVMPrivateLinkage);
	if (!writable)
		LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
	LLVMSetAlignment(gv, (unsigned)(align < 8 ? 8 : align));
	return gv;
}

static LLVMValueRef stmp_global(CG *g, LLVMValueRef init, int64_t align)
{
	return new_stmp(g, init, align, false);
}

/* The image as a packed struct of size bytes: its pieces with zero bytes between. */
static LLVMValueRef image_const(CG *g, Image *im, int64_t size)
{
	if (im->n > 1)
		qsort(im->p, (size_t)im->n, sizeof *im->p, piece_cmp);
	LLVMValueRef *f = fe_alloc(g->a, (2 * im->n + 1) * sizeof *f);
	int nf = 0;
	int64_t at = 0;
	for (int i = 0; i < im->n; i++) {
		if (im->p[i].off > at)
			f[nf++] = LLVMConstNull(LLVMArrayType(g->i8, (unsigned)(im->p[i].off - at)));
		f[nf++] = im->p[i].v;
		at = im->p[i].off + im->p[i].size;
	}
	if (size > at)
		f[nf++] = LLVMConstNull(LLVMArrayType(g->i8, (unsigned)(size - at)));
	return LLVMConstStructInContext(g->ctx, f, (unsigned)nf, true);
}

/* The image as a read-only global of size bytes. */
static LLVMValueRef image_global(CG *g, Image *im, int64_t size, int64_t align)
{
	return stmp_global(g, image_const(g, im, size), align);
}

/* ---- package-level variables as static data (gc's staticinit) ---- */

/*
 * A package-level var spec escape analysis found static (IR_STATIC on the
 * spec: constants, composite literals of them, &T{...}, addresses and
 * values of functions and of other statically initialised variables) is
 * data, not code: its variables' globals get their values as initializers
 * and the package's init has nothing to run for it, as gc's staticinit
 * arranges.  gc's allocations of such literals are static too (their
 * verdicts say IR_STATIC): a slice's backing array, a &T{...}'s target
 * become writable PKG..stmp_N globals.  What this cannot express (a map
 * literal, a func literal, a variable initialised by code) stays code.
 * Inside a literal, such an element does not make the whole value code:
 * as gc's StaticAssign, the literal (and any &T or slice array around it)
 * is still static data, and init stores only that element into it
 * (g->leaves collects them; escape marked the spec IR_STATIC and analysed
 * just those elements in init).
 */
static bool static_value(CG *g, Image *im, Node *v, Type *t, int64_t off);

/* The value of v (of type t) as a single pointer-sized constant, or NULL. */
static LLVMValueRef static_word(CG *g, Node *v, Type *t)
{
	Image im = { 0 };
	if (!static_value(g, &im, v, t, 0))
		return NULL;
	if (im.n == 0)
		return LLVMConstNull(g->ptr);
	if (im.n != 1 || im.p[0].off != 0 || im.p[0].size != 8)
		return NULL;
	return im.p[0].v;
}

/* A global holding v's value (of type t): the target of a pointer. */
static LLVMValueRef static_target(CG *g, Node *v, Type *t, bool writable)
{
	Image *im = fe_alloc(g->a, sizeof *im);
	if (!static_value(g, im, v, t, 0))
		return NULL;
	int64_t size = cg_size(t);
	im->gv = new_stmp(g, image_const(g, im, size > 0 ? size : 1), cg_align(t), writable);
	return im->gv;
}

static bool static_value(CG *g, Image *im, Node *v, Type *t, int64_t off)
{
	Node *u = fe_unparen(v);
	Type *tu = fe_under(t);
	if (is_nil(u))
		return true;
	if (const_leaf(u) && tu->kind != TY_INTERFACE) {
		if (cg_size(t) > 0)
			image_elem(g, im, u, t, off);
		return true;
	}
	switch (u->kind) {
	case N_CONVIFACE: {
		Node *x = u->unary.x;
		Type *xt = x->type;
		if (!xt || fe_is_untyped(xt))
			return false;
		LLVMValueRef tab = tu->nimethods == 0 ? cg_typedesc(g, xt) : cg_itab(g, t, xt);
		struct CgLeaves *leaves = g->leaves; /* the boxed value is all data or all code */
		g->leaves = NULL;
		LLVMValueRef data = fe_is_direct_iface(xt) ? static_word(g, x, xt) : static_target(g, x, xt, false);
		g->leaves = leaves;
		if (!data)
			return false;
		image_put(g, im, off, 8, tab);
		image_put(g, im, off + 8, 8, data);
		return true;
	}
	case N_COMPOSITE: {
		if (tu->kind == TY_PTR) { /* an elided &T in an outer literal */
			LLVMValueRef p = static_target(g, u, tu->elem, true);
			if (p)
				image_put(g, im, off, 8, p);
			return p != NULL;
		}
		if (tu->kind != TY_STRUCT && tu->kind != TY_ARRAY && tu->kind != TY_SLICE)
			return false;
		Image *dst = im;
		int64_t base = off, n = 0;
		if (tu->kind == TY_SLICE) {
			dst = fe_alloc(g->a, sizeof *dst);
			base = 0;
			n = lit_len(u);
		}
		int64_t idx = 0;
		for (int i = 0; i < u->composite.elts.len; i++) {
			Type *et;
			int64_t eoff;
			bool blank;
			Node *e = lit_elem(u, tu, i, &idx, &et, &eoff, &blank);
			if (blank || static_value(g, dst, e, et, base + eoff))
				continue;
			if (!g->leaves)
				return false;
			FE_PUSH(g->a, g->leaves->v, g->leaves->n, g->leaves->cap, ((Leaf){ dst, base + eoff, e, et }));
		}
		if (tu->kind == TY_SLICE) {
			int64_t size = n * cg_size(tu->elem);
			LLVMValueRef a = new_stmp(g, image_const(g, dst, size > 0 ? size : 1), cg_align(tu->elem), true);
			dst->gv = a;
			image_put(g, im, off, 8, a);
			image_put(g, im, off + 8, 8, LLVMConstInt(g->i64, (unsigned long long)n, false));
			image_put(g, im, off + 16, 8, LLVMConstInt(g->i64, (unsigned long long)n, false));
		}
		return true;
	}
	case N_UNARY: {
		if (fe_op(u->unary.op) != OP_AND)
			return false;
		Node *x = fe_unparen(u->unary.x);
		LLVMValueRef p = NULL;
		if (x->kind == N_COMPOSITE)
			p = static_target(g, x, x->type, true);
		else if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && (x->obj->flags & OF_GLOBAL))
			p = cg_global(g, x->obj);
		if (p)
			image_put(g, im, off, 8, p);
		return p != NULL;
	}
	case N_CALL: {
		/* []byte("constant"): a writable static array of its bytes */
		Node *x = u->call.args.len == 1 ? u->call.args.v[0] : NULL;
		if (u->sub != CALL_CONV || !x || !x->val || x->val->kind != CONST_STRING || tu->kind != TY_SLICE ||
		    fe_under(tu->elem)->kind != TY_UINT8)
			return false;
		size_t n = x->val->len;
		LLVMValueRef init = n ? LLVMConstStringInContext(g->ctx, x->val->s, (unsigned)n, true)
		                      : LLVMConstNull(LLVMArrayType(g->i8, 1));
		LLVMValueRef a = new_stmp(g, init, 1, true);
		image_put(g, im, off, 8, a);
		image_put(g, im, off + 8, 8, LLVMConstInt(g->i64, (unsigned long long)n, false));
		image_put(g, im, off + 16, 8, LLVMConstInt(g->i64, (unsigned long long)n, false));
		return true;
	}
	case N_IDENT: {
		Object *o = u->obj;
		if (o && o->kind == OBJ_FUNC && !(o->flags & OF_METHOD) && o->decl) {
			LLVMValueRef f = cg_func_decl(g, o);
			image_put(g, im, off, 8, cg_static_closure(g, f, LLVMGetValueName(f)));
			return true;
		}
		/* gc's staticcopy: the static value of a variable no code changes */
		Image *src = o && o->kind == OBJ_VAR ? bs_map_get(g->statics, o) : NULL;
		if (!src || (o->flags & (OF_ASSIGNED | OF_ADDRTAKEN)) || !fe_identical(o->type, t))
			return false;
		for (int i = 0; i < src->n; i++)
			image_put(g, im, off + src->p[i].off, src->p[i].size, src->p[i].v);
		return true;
	}
	default:
		return false;
	}
}

static void store_elem(CG *g, Node *v, Type *et, LLVMValueRef addr, bool dynonly);

bool cg_static_spec(CG *g, Node *spec)
{
	if (!spec->esc || spec->esc->where != IR_STATIC || spec->spec.values.len != spec->spec.names.len)
		return false;
	int n = spec->spec.names.len;
	Image **ims = fe_alloc(g->a, (size_t)n * sizeof *ims);
	struct CgLeaves leaves = { 0 };
	g->leaves = &leaves;
	for (int i = 0; i < n; i++) {
		Node *id = spec->spec.names.v[i];
		Type *t = id->obj ? id->obj->type : spec->spec.values.v[i]->type;
		ims[i] = fe_alloc(g->a, sizeof *ims[i]);
		if (!t || !static_value(g, ims[i], spec->spec.values.v[i], t, 0)) {
			g->leaves = NULL;
			return false;
		}
	}
	g->leaves = NULL;
	for (int i = 0; i < n; i++) {
		Object *o = spec->spec.names.v[i]->obj;
		if (!o || strcmp(o->name, "_") == 0) {
			Type *t = spec->spec.values.v[i]->type;
			if (leaves.n && t) /* code stores into it all the same */
				ims[i]->gv = new_stmp(g, image_const(g, ims[i], cg_size(t) > 0 ? cg_size(t) : 1),
						      cg_align(t), true);
			continue;
		}
		/* the global takes the image's type: replace the one made for code */
		LLVMValueRef old = cg_global(g, o);
		int64_t size = cg_size(o->type);
		LLVMValueRef init = image_const(g, ims[i], size > 0 ? size : 1);
		LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), "");
		LLVMSetInitializer(gv, init);
		LLVMSetAlignment(gv, LLVMGetAlignment(old));
		LLVMSetLinkage(gv, LLVMGetLinkage(old));
		size_t len;
		const char *oldname = LLVMGetValueName2(old, &len);
		const char *name = fe_strndup(g->a, oldname, len);
		LLVMReplaceAllUsesWith(old, gv);
		LLVMDeleteGlobal(old);
		LLVMSetValueName2(gv, name, len);
		bs_map_put(g->globals, o, gv);
		ims[i]->gv = gv;
		if (!leaves.n) /* a copy of the image is the variable's value only if no code adds to it */
			bs_map_put(g->statics, o, ims[i]);
	}
	/* the elements that need code, stored into the static memory */
	for (int i = 0; i < leaves.n; i++) {
		Leaf *l = &leaves.v[i];
		if (!l->im->gv)
			cg_fatal(l->v, "static element outside any global");
		LLVMValueRef off = LLVMConstInt(g->i64, (unsigned long long)l->off, false);
		LLVMValueRef addr = LLVMBuildGEP2(g->b, g->i8, l->im->gv, &off, 1, "");
		store_elem(g, l->v, l->t, addr, false);
	}
	return true;
}

/* ---- building literals ---- */

static void fill(CG *g, Node *lit, Type *t, LLVMValueRef dst, bool dynonly);

/*
 * Stores element v (possibly a nested literal without its type) into addr,
 * of type et.  dynonly: the memory is a copy of the static image already,
 * so constants are skipped and nested literals not zeroed.
 */
static void store_elem(CG *g, Node *v, Type *et, LLVMValueRef addr, bool dynonly)
{
	Node *u = fe_unparen(v);
	if (inplace_lit(v, et)) {
		fill(g, u, et, addr, dynonly);
		return;
	}
	if (dynonly && const_leaf(v))
		return;
	if (u->kind == N_COMPOSITE && fe_under(et)->kind == TY_PTR && !u->composite.type) {
		/* elided &T in []*T{{...}} */
		Type *pt = fe_under(et)->elem;
		LLVMValueRef p = cg_new(g, pt, cg_stack_ok(u));
		fill(g, u, pt, p, false);
		cg_store(g, et, addr, p);
		return;
	}
	LLVMValueRef val = cg_expr_to(g, v, et);
	cg_store(g, et, addr, val);
}

static void fill(CG *g, Node *lit, Type *t, LLVMValueRef dst, bool dynonly)
{
	Type *u = fe_under(t);
	if (u->kind != TY_STRUCT && u->kind != TY_ARRAY)
		cg_fatal(lit, "fill of non-aggregate");
	if (!dynonly)
		cg_memzero(g, dst, cg_size(t), cg_align(t));
	int64_t idx = 0;
	for (int i = 0; i < lit->composite.elts.len; i++) {
		Type *et;
		int64_t off;
		bool blank;
		Node *v = lit_elem(lit, u, i, &idx, &et, &off, &blank);
		if (blank) {
			/* _: evaluated for its effects, never stored */
			if (!const_leaf(v) && !is_nil(fe_unparen(v)))
				cg_expr(g, v);
			continue;
		}
		store_elem(g, v, et, cg_offset(g, dst, off), dynonly);
	}
}

/* new([n]T) for a backing array: the stack or newobject (runtime.zerobase when empty) */
static LLVMValueRef backing_array(CG *g, Type *at, bool onstack, LLVMValueRef vstat)
{
	int64_t size = cg_size(at), align = cg_align(at);
	LLVMValueRef arr;
	if (onstack) {
		arr = cg_alloca_raw(g, size, align, "slicelit");
		if (!vstat)
			cg_memzero(g, arr, size, align);
	} else {
		arr = cg_new(g, at, false);
	}
	if (vstat)
		LLVMBuildMemCpy(g->b, arr, (unsigned)align, vstat, (unsigned)align, cg_int(g, size));
	return arr;
}

/* isSmallSliceLit: at most 256 bytes are stored element by element even when constant */
static bool small_slicelit(int64_t n, int64_t esize)
{
	return esize == 0 || n <= 256 / esize;
}

/*
 * []T{...}, as gc's slicelit: a backing array [n]T on the stack when the
 * literal does not escape, else from newobject; the static image copied
 * in when the literal is big and has constant parts, then every element
 * the image does not hold stored in place.
 */
static LLVMValueRef slicelit(CG *g, Node *lit, Type *t)
{
	Type *u = fe_under(t), *et = u->elem;
	int64_t n = lit_len(lit), es = cg_size(et);
	Type *at = fe_type_array(g->a, et, n);
	fe_layout(at);
	LLVMValueRef vstat = NULL;
	if ((getdyn(lit, t, true) & INIT_CONST) && !small_slicelit(n, es)) {
		Image im = { 0 };
		image_lit(g, &im, lit, t, 0);
		vstat = image_global(g, &im, cg_size(at), cg_align(at));
	}
	LLVMValueRef arr = backing_array(g, at, cg_stack_ok(lit), vstat);
	int64_t idx = 0;
	for (int i = 0; i < lit->composite.elts.len; i++) {
		Type *xt;
		int64_t off;
		bool blank;
		Node *v = lit_elem(lit, u, i, &idx, &xt, &off, &blank);
		store_elem(g, v, et, cg_offset(g, arr, off), vstat != NULL);
	}
	return cg_make_slice_value(g, arr, cg_int(g, n), cg_int(g, n));
}

/*
 * The ... slice of a variadic call: gc makes it a slice literal of the
 * arguments, so it follows slicelit, with the values already evaluated
 * (args[i] is vals[i]'s node, or args is NULL for f(g())).
 */
LLVMValueRef cg_pack_variadic(CG *g, Type *et, Node **args, LLVMValueRef *vals, int n, bool onstack)
{
	Type *at = fe_type_array(g->a, et, n);
	fe_layout(at);
	int64_t es = cg_size(et);
	LLVMValueRef vstat = NULL;
	if (args && !small_slicelit(n, es)) {
		Image im = { 0 };
		for (int i = 0; i < n; i++)
			image_elem(g, &im, args[i], et, i * es);
		if (im.n)
			vstat = image_global(g, &im, cg_size(at), cg_align(at));
	}
	LLVMValueRef arr = backing_array(g, at, onstack, vstat);
	for (int i = 0; i < n; i++)
		if (!vstat || !const_leaf(args[i]))
			cg_store(g, et, cg_offset(g, arr, i * es), vals[i]);
	return cg_make_slice_value(g, arr, cg_int(g, n), cg_int(g, n));
}

/* m[k] = v for one entry of a map literal, k evaluated before v as in gc's m[tmpkey] = tmpelem. */
static void mapentry(CG *g, Type *mt, LLVMValueRef m, Node *kn, Node *vn)
{
	Type *u = fe_under(mt);
	LLVMValueRef k;
	if (inplace_lit(kn, u->key)) {
		k = cg_alloca_raw(g, cg_size(u->key), cg_align(u->key), "key");
		fill(g, fe_unparen(kn), u->key, k, false);
	} else {
		k = cg_expr_to(g, kn, u->key);
	}
	LLVMValueRef slot = cg_alloca_raw(g, cg_size(u->elem), cg_align(u->elem), "val");
	store_elem(g, vn, u->elem, slot, false);
	LLVMValueRef p = cg_mapslot(g, mt, m, k);
	cg_store(g, u->elem, p, cg_load(g, u->elem, slot));
}

/*
 * for i := 0; i < n; i++ { m[keys[i]] = vals[i] } over two images, gc's
 * lowering of more than 25 static entries.  The loop is marked not to be
 * unrolled: unrolled, it would be the 25 calls gc chose not to emit.
 */
static void maplit_loop(CG *g, Type *mt, LLVMValueRef m, Node **ks, Node **vs, int n)
{
	Type *u = fe_under(mt);
	int64_t ksz = cg_size(u->key), vsz = cg_size(u->elem);
	Image ki = { 0 }, vi = { 0 };
	for (int i = 0; i < n; i++) {
		image_elem(g, &ki, ks[i], u->key, i * ksz);
		image_elem(g, &vi, vs[i], u->elem, i * vsz);
	}
	LLVMValueRef keys = image_global(g, &ki, n * ksz, cg_align(u->key));
	LLVMValueRef vals = image_global(g, &vi, n * vsz, cg_align(u->elem));
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef body = cg_block(g, "maplit"), done = cg_block(g, "maplitdone");
	LLVMBuildBr(g->b, body);
	cg_set_block(g, body);
	LLVMValueRef i = LLVMBuildPhi(g->b, g->i64, "i");
	LLVMValueRef koff = LLVMBuildMul(g->b, i, cg_int(g, ksz), "");
	LLVMValueRef voff = LLVMBuildMul(g->b, i, cg_int(g, vsz), "");
	LLVMValueRef kaddr = LLVMBuildGEP2(g->b, g->i8, keys, &koff, 1, "");
	LLVMValueRef vaddr = LLVMBuildGEP2(g->b, g->i8, vals, &voff, 1, "");
	LLVMValueRef p = cg_mapslot(g, mt, m, cg_load(g, u->key, kaddr));
	cg_store(g, u->elem, p, cg_load(g, u->elem, vaddr));
	LLVMValueRef next = LLVMBuildAdd(g->b, i, cg_int(g, 1), "");
	LLVMBasicBlockRef latch = LLVMGetInsertBlock(g->b);
	LLVMValueRef br = LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, next, cg_int(g, n), ""), body, done);
	LLVMValueRef inc[2] = { cg_int(g, 0), next };
	LLVMBasicBlockRef from[2] = { pre, latch };
	LLVMAddIncoming(i, inc, from, 2);
	/* a loop ID is a distinct node whose first operand is itself */
	LLVMMetadataRef tmp = LLVMTemporaryMDNode(g->ctx, NULL, 0);
	const char *key = "llvm.loop.unroll.disable";
	LLVMMetadataRef ops[2] = { tmp, LLVMMDNodeInContext2(g->ctx, (LLVMMetadataRef[]){ LLVMMDStringInContext2(g->ctx, key, strlen(key)) }, 1) };
	LLVMMetadataRef loopid = LLVMMDNodeInContext2(g->ctx, ops, 2);
	LLVMMetadataReplaceAllUsesWith(tmp, loopid);
	LLVMSetMetadata(br, LLVMGetMDKindIDInContext(g->ctx, "llvm.loop", 9), LLVMMetadataAsValue(g->ctx, loopid));
	cg_set_block(g, done);
}

/*
 * map[K]V{...}, as gc's order and maplit: make(map[K]V, len) with the
 * literal's own escape verdict, then the static entries (one by one up to
 * 25, else the image loop), then the others in source order.
 */
static LLVMValueRef maplit(CG *g, Node *lit, Type *t)
{
	Type *u = fe_under(t);
	NodeList *el = &lit->composite.elts;
	LLVMValueRef m = makemap(g, t, cg_int(g, el->len), NULL, el->len, lit);
	Node **ks = fe_alloc(g->a, (el->len + 1) * sizeof *ks);
	Node **vs = fe_alloc(g->a, (el->len + 1) * sizeof *vs);
	int ns = 0;
	for (int i = 0; i < el->len; i++) {
		Node *kv = el->v[i];
		if (static_lit(kv->binary.x, u->key) && static_lit(kv->binary.y, u->elem)) {
			ks[ns] = kv->binary.x;
			vs[ns++] = kv->binary.y;
		}
	}
	if (ns > 25) {
		maplit_loop(g, t, m, ks, vs, ns);
	} else {
		for (int i = 0; i < ns; i++)
			mapentry(g, t, m, ks[i], vs[i]);
	}
	for (int i = 0; i < el->len; i++) {
		Node *kv = el->v[i];
		if (!(static_lit(kv->binary.x, u->key) && static_lit(kv->binary.y, u->elem)))
			mapentry(g, t, m, kv->binary.x, kv->binary.y);
	}
	return m;
}

LLVMValueRef cg_composite(CG *g, Node *lit, LLVMValueRef dst)
{
	Type *t = lit->type, *u = fe_under(t);
	switch (u->kind) {
	case TY_STRUCT: case TY_ARRAY: {
		LLVMValueRef tmp = cg_alloca_raw(g, cg_size(t), cg_align(t), "lit");
		fill(g, lit, t, tmp, false);
		if (dst) {
			cg_memmove(g, dst, tmp, cg_size(t), cg_align(t));
			return dst;
		}
		return tmp;
	}
	case TY_SLICE: {
		LLVMValueRef s = slicelit(g, lit, t);
		if (dst)
			cg_store(g, t, dst, s);
		return s;
	}
	case TY_MAP: {
		LLVMValueRef m = maplit(g, lit, t);
		if (dst)
			cg_store(g, t, dst, m);
		return m;
	}
	case TY_PTR: {
		/* &T{} elided inside another literal */
		Type *pt = u->elem;
		LLVMValueRef p = cg_new(g, pt, cg_stack_ok(lit));
		fill(g, lit, pt, p, false);
		return p;
	}
	default:
		cg_fatal(lit, "composite literal of kind %d", u->kind);
	}
}

/* ---- strings ---- */

/* The runtime's temporary buffer for a string operation that does not escape, else nil. */
static LLVMValueRef tmpbuf(CG *g, Node *n, int64_t size)
{
	if (n && cg_stack_ok(n))
		return cg_alloca_raw(g, size, 8, "buf");
	return LLVMConstNull(g->ptr);
}


static void concat_operands(Node *e, Node **ops, int *n, int max)
{
	Node *u = fe_unparen(e);
	if (u->kind == N_BINARY && fe_op(u->binary.op) == OP_ADD && !(u->mode == MODE_CONST && u->val) &&
	    *n < max - 1) {
		concat_operands(u->binary.x, ops, n, max);
		concat_operands(u->binary.y, ops, n, max);
		return;
	}
	ops[(*n)++] = e;
}

LLVMValueRef cg_concat(CG *g, Node *e)
{
	Node *ops[256];
	int n = 0;
	concat_operands(e, ops, &n, 256);
	LLVMValueRef arr = cg_alloca_raw(g, 16 * n, 8, "concat");
	for (int i = 0; i < n; i++) {
		LLVMValueRef v = cg_expr(g, ops[i]);
		LLVMBuildStore(g->b, v, cg_offset(g, arr, 16 * i));
	}
	LLVMValueRef sl = cg_make_slice_value(g, arr, cg_int(g, n), cg_int(g, n));
	LLVMValueRef args[2] = { tmpbuf(g, e, 32), sl };
	return cg_rtcall(g, "runtime.concatstrings", args, 2);
}

/* ---- conversions T(x) ---- */

static LLVMValueRef cvtt(CG *g, LLVMValueRef f, bool to64)
{
	/* amd64's truncating conversion: out of range gives MinInt (Go's results) */
	if (LLVMTypeOf(f) == g->f32)
		f = LLVMBuildFPExt(g->b, f, g->f64, "");
	LLVMTypeRef vt = LLVMVectorType(g->f64, 2);
	LLVMValueRef vec = LLVMBuildInsertElement(g->b, LLVMGetUndef(vt), f, LLVMConstInt(g->i32, 0, false), "");
	const char *name = to64 ? "llvm.x86.sse2.cvttsd2si64" : "llvm.x86.sse2.cvttsd2si";
	unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(g->mod, id, NULL, 0);
	LLVMTypeRef ft = LLVMIntrinsicGetType(g->ctx, id, NULL, 0);
	return LLVMBuildCall2(g->b, ft, fn, &vec, 1, "");
}

static LLVMValueRef float_to_int(CG *g, LLVMValueRef f, Type *to)
{
	Type *u = fe_under(to);
	LLVMTypeRef lt = cg_vtype(g, to);
	switch (u->kind) {
	case TY_INT: case TY_INT64:
		return cvtt(g, f, true);
	case TY_UINT32:
		return LLVMBuildTrunc(g->b, cvtt(g, f, true), lt, "");
	case TY_INT32:
		return cvtt(g, f, false);
	case TY_INT8: case TY_INT16: case TY_UINT8: case TY_UINT16:
		return LLVMBuildTrunc(g->b, cvtt(g, f, false), lt, "");
	default: {
		/* uint64: values >= 2^63 go through x - 2^63 */
		if (LLVMTypeOf(f) == g->f32)
			f = LLVMBuildFPExt(g->b, f, g->f64, "");
		LLVMValueRef two63 = LLVMConstReal(g->f64, 9223372036854775808.0);
		LLVMValueRef small = LLVMBuildFCmp(g->b, LLVMRealOLT, f, two63, "");
		LLVMValueRef a = cvtt(g, f, true);
		LLVMValueRef b = LLVMBuildXor(g->b, cvtt(g, LLVMBuildFSub(g->b, f, two63, ""), true),
					      LLVMConstInt(g->i64, 1ull << 63, false), "");
		return LLVMBuildSelect(g->b, small, a, b, "");
	}
	}
}

static LLVMValueRef convert_value(CG *g, Node *x, LLVMValueRef v, Type *from, Type *to, Node *call)
{
	Type *fu = fe_under(from), *tu = fe_under(to);
	if (fe_is_interface(to))
		return cg_box(g, call && x->mode != MODE_CONST ? call : x, v, from, to);
	/* unsafe.Pointer <-> uintptr: the address as an integer and back */
	if (fu->kind == TY_UNSAFEPTR && tu->kind == TY_UINTPTR)
		return LLVMBuildPtrToInt(g->b, v, g->i64, "");
	if (fu->kind == TY_UINTPTR && tu->kind == TY_UNSAFEPTR)
		return LLVMBuildIntToPtr(g->b, v, g->ptr, "");
	if (fe_is_integer(fu) && fe_is_integer(tu)) {
		LLVMTypeRef lt = cg_vtype(g, to);
		unsigned fw = LLVMGetIntTypeWidth(LLVMTypeOf(v)), tw = LLVMGetIntTypeWidth(lt);
		if (fw == tw)
			return v;
		if (fw > tw)
			return LLVMBuildTrunc(g->b, v, lt, "");
		return fe_is_unsigned(fu) ? LLVMBuildZExt(g->b, v, lt, "") : LLVMBuildSExt(g->b, v, lt, "");
	}
	if (fe_is_integer(fu) && fe_is_float(tu))
		return fe_is_unsigned(fu) ? LLVMBuildUIToFP(g->b, v, cg_vtype(g, to), "")
					  : LLVMBuildSIToFP(g->b, v, cg_vtype(g, to), "");
	if (fe_is_float(fu) && fe_is_integer(tu))
		return float_to_int(g, v, to);
	if (fe_is_float(fu) && fe_is_float(tu)) {
		LLVMTypeRef lt = cg_vtype(g, to);
		if (LLVMTypeOf(v) == lt)
			return v;
		return lt == g->f32 ? LLVMBuildFPTrunc(g->b, v, lt, "") : LLVMBuildFPExt(g->b, v, lt, "");
	}
	if (fe_is_complex(fu) && fe_is_complex(tu)) {
		/* complex64 <-> complex128: each part as float32 <-> float64 */
		if (LLVMTypeOf(v) == cg_vtype(g, to))
			return v;
		bool down = tu->kind == TY_COMPLEX64;
		LLVMValueRef p[2];
		for (int i = 0; i < 2; i++) {
			LLVMValueRef part = LLVMBuildExtractValue(g->b, v, (unsigned)i, "");
			p[i] = down ? LLVMBuildFPTrunc(g->b, part, g->f32, "") : LLVMBuildFPExt(g->b, part, g->f64, "");
		}
		return cg_complex(g, to, p[0], p[1]);
	}
	if (tu->kind == TY_STRING && fe_is_integer(fu)) {
		LLVMValueRef args[2] = { tmpbuf(g, call, 4), i64v(g, v, fu) };
		return cg_rtcall(g, "runtime.intstring", args, 2);
	}
	if (tu->kind == TY_STRING && fu->kind == TY_SLICE) {
		if (fe_under(fu->elem)->kind == TY_INT32) {
			LLVMValueRef args[2] = { tmpbuf(g, call, 32), v };
			return cg_rtcall(g, "runtime.slicerunetostring", args, 2);
		}
		LLVMValueRef args[3] = { tmpbuf(g, call, 32), sfield(g, v, 0), sfield(g, v, 1) };
		return cg_rtcall(g, "runtime.slicebytetostring", args, 3);
	}
	if (tu->kind == TY_SLICE && (fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING) &&
	    fe_under(tu->elem)->kind != TY_INT32 && x->mode == MODE_CONST && x->val && x->val->kind == CONST_STRING) {
		/* []byte("abc"), as gc's walk: an array of exactly the constant's
		 * length (on the stack when it does not escape and is at most
		 * 64 KiB, else new([n]byte)), the bytes copied in; its cap is n */
		int64_t n = (int64_t)x->val->len;
		LLVMValueRef p;
		if (call && cg_stack_ok(call) && n <= 64 * 1024)
			p = cg_alloca_raw(g, n ? n : 1, 1, "bytes");
		else
			p = cg_new(g, fe_type_array(g->a, fe_type_byte, n), false);
		if (n)
			LLVMBuildMemCpy(g->b, p, 1, sfield(g, v, 0), 1, cg_int(g, n));
		return cg_make_slice_value(g, p, cg_int(g, n), cg_int(g, n));
	}
	if (tu->kind == TY_SLICE && (fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING)) {
		bool runes = fe_under(tu->elem)->kind == TY_INT32;
		LLVMValueRef args[2] = { tmpbuf(g, call, runes ? 128 : 32), v };
		if (runes)
			return cg_rtcall(g, "runtime.stringtoslicerune", args, 2);
		return cg_rtcall(g, "runtime.stringtoslicebyte", args, 2);
	}
	if (tu->kind == TY_PTR && fu->kind == TY_SLICE) {
		/* (*[N]T)(s) */
		LLVMValueRef len = sfield(g, v, 1);
		int64_t n = fe_under(tu->elem)->len;
		LLVMBasicBlockRef bad = cg_block(g, "cvtbad"), ok = cg_block(g, "cvtok");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, len, cg_int(g, n), ""), bad, ok);
		cg_set_block(g, bad);
		LLVMValueRef args[2] = { len, cg_int(g, n) };
		cg_rtcall(g, "runtime.panicSliceConvert", args, 2);
		LLVMBuildUnreachable(g->b);
		cg_set_block(g, ok);
		return sfield(g, v, 0);
	}
	(void)call;
	return v;
}

LLVMValueRef cg_convert_call(CG *g, Node *call)
{
	Node *x = call->call.args.v[0];
	Type *to = call->type;
	if (call->mode == MODE_CONST && call->val)
		return cg_expr(g, call);
	Node *ux = fe_unparen(x);
	if (ux->mode == MODE_NIL || (ux->type && ux->type->kind == TY_UNTYPED_NIL))
		return cg_zero(g, to);
	LLVMValueRef v = cg_expr(g, x);
	return convert_value(g, x, v, dflt(x->type), to, call);
}

/* ---- slicing ---- */

/* a <= b, or fn(a, b) placed at the slice expression's '[' (at), as gc
 * places it; fn's U variant when a is a 64-bit unsigned (at: its type) */
static void check_le(CG *g, LLVMValueRef a, LLVMValueRef b, const char *fn, Pos at, Type *at_type)
{
	if (at_type && fe_is_unsigned(at_type) && cg_size(at_type) == 8)
		fn = fe_sprintf(g->a, "%sU", fn);
	LLVMBasicBlockRef bad = cg_block(g, "slicebad"), ok = cg_block(g, "sliceok");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntUGT, a, b, ""), bad, ok);
	cg_set_block(g, bad);
	LLVMMetadataRef saved = LLVMGetCurrentDebugLocation2(g->b);
	cg_debug_pos(g, at);
	LLVMValueRef args[2] = { a, b };
	cg_rtcall(g, fn, args, 2);
	LLVMBuildUnreachable(g->b);
	LLVMSetCurrentDebugLocation2(g->b, saved);
	cg_set_block(g, ok);
}

LLVMValueRef cg_slice_expr(CG *g, Node *e)
{
	Node *x = e->slice.x;
	Type *xt = fe_under(x->type);
	LLVMValueRef base, len, cap;
	int64_t esize;
	bool isstr = false, isarr = false;
	if (xt->kind == TY_STRING || xt->kind == TY_UNTYPED_STRING) {
		LLVMValueRef s = cg_expr(g, x);
		base = sfield(g, s, 0);
		len = cap = sfield(g, s, 1);
		esize = 1;
		isstr = true;
	} else if (xt->kind == TY_SLICE) {
		LLVMValueRef s = cg_expr(g, x);
		base = sfield(g, s, 0);
		len = sfield(g, s, 1);
		cap = sfield(g, s, 2);
		esize = cg_size(xt->elem);
	} else {
		Type *at = xt;
		if (xt->kind == TY_PTR) {
			base = cg_expr(g, x);
			cg_nilcheck(g, base);
			at = fe_under(xt->elem);
		} else {
			base = cg_addr(g, x);
		}
		len = cap = cg_int(g, at->len);
		esize = cg_size(at->elem);
		isarr = true;
	}
	(void)isarr;
	LLVMValueRef lo = e->slice.lo ? i64v(g, cg_expr(g, e->slice.lo), dflt(e->slice.lo->type)) : cg_int(g, 0);
	LLVMValueRef hi, max;
	if (e->slice.max) {
		max = i64v(g, cg_expr(g, e->slice.max), dflt(e->slice.max->type));
		hi = i64v(g, cg_expr(g, e->slice.hi), dflt(e->slice.hi->type));
		Type *lot = e->slice.lo ? dflt(e->slice.lo->type) : NULL;
		/* an array's capacity is its length: gc's Alen */
		check_le(g, max, cap, xt->kind == TY_SLICE ? "runtime.panicSlice3Acap" : "runtime.panicSlice3Alen", e->pos,
			 dflt(e->slice.max->type));
		check_le(g, hi, max, "runtime.panicSlice3B", e->pos, dflt(e->slice.hi->type));
		check_le(g, lo, hi, "runtime.panicSlice3C", e->pos, lot);
	} else {
		hi = e->slice.hi ? i64v(g, cg_expr(g, e->slice.hi), dflt(e->slice.hi->type)) : len;
		max = cap;
		if (e->slice.hi)
			check_le(g, hi, isstr ? len : cap,
				 isstr || xt->kind != TY_SLICE ? "runtime.panicSliceAlen" : "runtime.panicSliceAcap", e->pos,
				 dflt(e->slice.hi->type));
		check_le(g, lo, hi, "runtime.panicSliceB", e->pos, e->slice.lo ? dflt(e->slice.lo->type) : NULL);
	}
	LLVMValueRef nlen = LLVMBuildSub(g->b, hi, lo, "");
	LLVMValueRef ncap = LLVMBuildSub(g->b, max, lo, "");
	LLVMValueRef off = LLVMBuildMul(g->b, lo, cg_int(g, esize), "");
	/* never point past the end of the array: keep base when the result is empty */
	LLVMValueRef empty = LLVMBuildICmp(g->b, LLVMIntEQ, isstr ? nlen : ncap, cg_int(g, 0), "");
	off = LLVMBuildSelect(g->b, empty, cg_int(g, 0), off, "");
	LLVMValueRef p = LLVMBuildGEP2(g->b, g->i8, base, &off, 1, "");
	if (isstr) {
		LLVMValueRef s = LLVMGetUndef(g->strt);
		s = LLVMBuildInsertValue(g->b, s, p, 0, "");
		return LLVMBuildInsertValue(g->b, s, nlen, 1, "");
	}
	return cg_make_slice_value(g, p, nlen, ncap);
}

/* ---- append ---- */

/* Grows s (of slice type st) to hold newlen elements; returns the new slice with len newlen. */
static LLVMValueRef grow(CG *g, Type *st, LLVMValueRef s, LLVMValueRef newlen)
{
	LLVMValueRef cap = sfield(g, s, 2);
	LLVMBasicBlockRef cur = LLVMGetInsertBlock(g->b);
	LLVMBasicBlockRef gb = cg_block(g, "grow"), done = cg_block(g, "grown");
	LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntUGT, newlen, cap, ""), gb, done);
	cg_set_block(g, gb);
	LLVMValueRef args[3] = { cg_typedesc(g, fe_under(st)->elem), s, newlen };
	LLVMValueRef ns = cg_rtcall(g, "runtime.growslice", args, 3);
	LLVMBasicBlockRef gend = LLVMGetInsertBlock(g->b);
	LLVMBuildBr(g->b, done);
	cg_set_block(g, done);
	LLVMValueRef phi = LLVMBuildPhi(g->b, g->slicet, "");
	LLVMValueRef vals[2] = { s, ns };
	LLVMBasicBlockRef bbs[2] = { cur, gend };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return LLVMBuildInsertValue(g->b, phi, newlen, 1, "");
}

LLVMValueRef cg_append(CG *g, Node *call)
{
	NodeList *al = &call->call.args;
	Type *st = call->type;
	Type *et = fe_under(st)->elem;
	int64_t es = cg_size(et);
	LLVMValueRef s = cg_expr_to(g, al->v[0], st);
	if (call->call.dots) {
		Node *t = al->v[1];
		LLVMValueRef src = cg_expr(g, t);
		LLVMValueRef sp = sfield(g, src, 0), sl = sfield(g, src, 1);
		LLVMValueRef oldlen = sfield(g, s, 1);
		LLVMValueRef ns = grow(g, st, s, LLVMBuildAdd(g->b, oldlen, sl, ""));
		LLVMValueRef off = LLVMBuildMul(g->b, oldlen, cg_int(g, es), "");
		LLVMValueRef dst = LLVMBuildGEP2(g->b, g->i8, sfield(g, ns, 0), &off, 1, "");
		LLVMBuildMemMove(g->b, dst, 1, sp, 1, LLVMBuildMul(g->b, sl, cg_int(g, es), ""));
		return ns;
	}
	int n = al->len - 1;
	if (n == 0)
		return s;
	LLVMValueRef *vals = fe_alloc(g->a, n * sizeof *vals);
	for (int i = 0; i < n; i++)
		vals[i] = cg_expr_to(g, al->v[i + 1], et);
	LLVMValueRef oldlen = sfield(g, s, 1);
	LLVMValueRef ns = grow(g, st, s, LLVMBuildAdd(g->b, oldlen, cg_int(g, n), ""));
	LLVMValueRef p = sfield(g, ns, 0);
	for (int i = 0; i < n; i++) {
		LLVMValueRef off = LLVMBuildMul(g->b, LLVMBuildAdd(g->b, oldlen, cg_int(g, i), ""), cg_int(g, es), "");
		cg_store(g, et, LLVMBuildGEP2(g->b, g->i8, p, &off, 1, ""), vals[i]);
	}
	return ns;
}

/* ---- builtins ---- */

static void print_value(CG *g, LLVMValueRef v, Type *t)
{
	Type *u = fe_under(dflt(t));
	LLVMValueRef a;
	switch (u->kind) {
	case TY_BOOL:
		cg_rtcall(g, "runtime.printbool", &v, 1);
		return;
	case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
		a = i64v(g, v, u);
		cg_rtcall(g, "runtime.printint", &a, 1);
		return;
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
		a = i64v(g, v, u);
		cg_rtcall(g, "runtime.printuint", &a, 1);
		return;
	case TY_FLOAT32: case TY_FLOAT64:
		a = u->kind == TY_FLOAT32 ? LLVMBuildFPExt(g->b, v, g->f64, "") : v;
		cg_rtcall(g, "runtime.printfloat", &a, 1);
		return;
	case TY_COMPLEX64: case TY_COMPLEX128:
		if (u->kind == TY_COMPLEX64)
			v = cg_complex(g, fe_types[TY_COMPLEX128],
				       LLVMBuildFPExt(g->b, LLVMBuildExtractValue(g->b, v, 0, ""), g->f64, ""),
				       LLVMBuildFPExt(g->b, LLVMBuildExtractValue(g->b, v, 1, ""), g->f64, ""));
		cg_rtcall(g, "runtime.printcomplex", &v, 1);
		return;
	case TY_STRING:
		cg_rtcall(g, "runtime.printstring", &v, 1);
		return;
	case TY_SLICE:
		cg_rtcall(g, "runtime.printslice", &v, 1);
		return;
	case TY_INTERFACE:
		cg_rtcall(g, u->nimethods ? "runtime.printiface" : "runtime.printeface", &v, 1);
		return;
	default:
		cg_rtcall(g, "runtime.printpointer", &v, 1);
		return;
	}
}

static LLVMValueRef make_builtin(CG *g, Node *call)
{
	NodeList *al = &call->call.args;
	Type *t = al->v[0]->type, *u = fe_under(t);
	if (u->kind == TY_MAP) {
		if (al->len < 2)
			return makemap(g, t, NULL, NULL, 0, call);
		Node *h = al->v[1];
		int64_t ch = 0;
		bool isc = h->mode == MODE_CONST && h->val && fe_const_is_int64(h->val, &ch);
		Type *ht = dflt(h->type);
		LLVMValueRef hv = i64v(g, cg_expr(g, h), ht);
		return makemap(g, t, hv, isc ? NULL : ht, ch, call);
	}
	if (u->kind == TY_CHAN) {
		Node *n = al->len > 1 ? al->v[1] : NULL;
		return cg_makechan(g, t, n ? i64v(g, cg_expr(g, n), dflt(n->type)) : NULL);
	}
	if (u->kind == TY_SLICE) {
		Node *ln = al->v[1], *cn = al->len > 2 ? al->v[2] : NULL;
		LLVMValueRef len = i64v(g, cg_expr(g, ln), dflt(ln->type));
		LLVMValueRef cap = cn ? i64v(g, cg_expr(g, cn), dflt(cn->type)) : len;
		int64_t ccap = 0;
		Node *capn = cn ? cn : ln;
		bool isc = capn->mode == MODE_CONST && capn->val && fe_const_is_int64(capn->val, &ccap);
		Type *et = u->elem;
		/* escape put it on the stack only for a constant size of at most
		 * 64 KiB (escape/utils.c, as gc's walk trusts HeapAllocReason) */
		if (cg_stack_ok(call)) {
			if (!isc)
				cg_fatal(call, "make with a non-constant size on the stack");
			Type *at = fe_type_array(g->a, et, ccap);
			fe_layout(at);
			/*
			 * No makeslice to check len, so gc's inline test: one unsigned
			 * compare against the constant cap covers negative len too,
			 * and only then is the sign looked at for the message.
			 */
			LLVMBasicBlockRef bad = cg_block(g, "makebad"), neg = cg_block(g, "makeneg");
			LLVMBasicBlockRef big = cg_block(g, "makebig"), ok = cg_block(g, "makeok");
			LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntUGT, len, cap, ""), bad, ok);
			cg_set_block(g, bad);
			if (fe_is_unsigned(dflt(ln->type)))
				LLVMBuildBr(g->b, big);
			else
				LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, len, cg_int(g, 0), ""), neg, big);
			cg_set_block(g, neg);
			cg_rtcall(g, "runtime.panicmakeslicelen", NULL, 0);
			LLVMBuildUnreachable(g->b);
			cg_set_block(g, big);
			cg_rtcall(g, "runtime.panicmakeslicecap", NULL, 0);
			LLVMBuildUnreachable(g->b);
			cg_set_block(g, ok);
			LLVMValueRef arr = cg_alloca(g, at, "make");
			return cg_make_slice_value(g, arr, len, cap);
		}
		LLVMValueRef args[3] = { cg_typedesc(g, et), len, cap };
		LLVMValueRef p = cg_rtcall(g, "runtime.makeslice", args, 3);
		return cg_make_slice_value(g, p, len, cap);
	}
	cg_fatal(call, "make of this type");
}

/*
 * A builtin called with a multi-value call, copy(f()), delete(h()),
 * append(s()), print(t()): the call's results go into temporaries that
 * become the builtin's arguments, as gc's RewriteMultiValueCall does.
 * Returns the call to lower: call itself when there is nothing to spread.
 */
static Node *spread_args(CG *g, Node *call)
{
	NodeList *al = &call->call.args;
	if (al->len != 1 || !al->v[0]->type || al->v[0]->type->kind != TY_TUPLE)
		return call;
	Node *a0 = al->v[0];
	Type *tt = a0->type;
	int nv = tt->nresults, nres;
	Node *nc = fe_node(g->a, N_CALL, call->pos);
	*nc = *call;
	nc->call.args = (NodeList){ 0 };
	if (call->rw && call->rw->inner && call->rw->inner->kind == N_INLCALL) {
		/* the inner call inlined: through irgen's temporaries */
		LLVMValueRef *vals = fe_alloc(g->a, (call->rw->nresults + 1) * sizeof *vals);
		Type **types = fe_alloc(g->a, (call->rw->nresults + 1) * sizeof *types);
		int n = cg_rewrite_values(g, call->rw, vals, types);
		for (int i = 0; i < n; i++)
			fe_list_push(g->a, &nc->call.args, cg_temp(g, types[i], vals[i], a0->pos));
		return nc;
	}
	LLVMValueRef tup = cg_call(g, fe_unparen(a0), &nres);
	Type *st = cg_tuple_struct(g, tt);
	for (int i = 0; i < nv; i++)
		fe_list_push(g->a, &nc->call.args, cg_temp(g, tt->results[i], cg_tuple_elem(g, st, tup, i), a0->pos));
	return nc;
}

LLVMValueRef cg_builtin(CG *g, Node *call)
{
	call = spread_args(g, call);
	NodeList *al = &call->call.args;
	Builtin id = call->obj ? call->obj->builtin : BI_NONE;
	switch (id) {
	case BI_LEN: case BI_CAP: {
		Node *x = al->v[0];
		Type *u = fe_under(x->type);
		if (u->kind == TY_PTR)
			u = fe_under(u->elem);
		if (u->kind == TY_ARRAY) {
			/* not a constant: x has calls (inlined ones too) or receives, and runs */
			if (call->mode != MODE_CONST || fe_unparen(x)->kind == N_STAR)
				cg_expr(g, x);
			return cg_int(g, u->len);
		}
		LLVMValueRef v = cg_expr(g, x);
		if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING)
			return sfield(g, v, 1);
		if (u->kind == TY_SLICE)
			return sfield(g, v, id == BI_LEN ? 1 : 2);
		if (u->kind == TY_CHAN)
			return cg_rtcall(g, id == BI_LEN ? "runtime.chanlen" : "runtime.chancap", &v, 1);
		if (u->kind == TY_MAP) {
			/* len(m): the first word of hmap; nil map has length 0 */
			LLVMValueRef isnil = LLVMBuildIsNull(g->b, v, "");
			LLVMValueRef safe = LLVMBuildSelect(g->b, isnil, cg_alloca(g, fe_types[TY_INT], "zl"), v, "");
			return LLVMBuildLoad2(g->b, g->i64, safe, "");
		}
		cg_fatal(call, "len of kind %d", u->kind);
	}
	case BI_APPEND:
		return cg_append(g, call);
	case BI_COPY: {
		LLVMValueRef dst = cg_expr(g, al->v[0]);
		LLVMValueRef src = cg_expr(g, al->v[1]);
		Type *dt = fe_under(al->v[0]->type);
		int64_t es = cg_size(dt->elem);
		LLVMValueRef dl = sfield(g, dst, 1), sl = sfield(g, src, 1);
		LLVMValueRef n = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, dl, sl, ""), dl, sl, "");
		LLVMBuildMemMove(g->b, sfield(g, dst, 0), 1, sfield(g, src, 0), 1, LLVMBuildMul(g->b, n, cg_int(g, es), ""));
		return n;
	}
	case BI_DELETE: {
		Type *mt = al->v[0]->type;
		LLVMValueRef m = cg_expr(g, al->v[0]);
		LLVMValueRef k = cg_expr_to(g, al->v[1], fe_under(mt)->key);
		mapdelete(g, mt, m, k);
		return NULL;
	}
	case BI_MAKE:
		return make_builtin(g, call);
	case BI_CLOSE: {
		LLVMValueRef c = cg_expr(g, al->v[0]);
		cg_rtcall(g, "runtime.closechan", &c, 1);
		return NULL;
	}
	case BI_NEW: {
		Type *t = al->v[0]->type;
		return cg_new(g, t, cg_stack_ok(call));
	}
	case BI_PANIC: {
		LLVMValueRef v = cg_expr_to(g, al->v[0], fe_type_any);
		cg_rtcall(g, "runtime.gopanic", &v, 1);
		LLVMBuildUnreachable(g->b);
		cg_dead_block(g, "afterpanic");
		return NULL;
	}
	case BI_RECOVER: {
		LLVMValueRef can = g->fn->canrecover ? g->fn->canrecover : LLVMConstInt(g->i1, 0, false);
		return cg_rtcall(g, "runtime.gorecover", &can, 1);
	}
	case BI_PRINT: case BI_PRINTLN: {
		LLVMValueRef *vals = fe_alloc(g->a, (al->len + 1) * sizeof *vals);
		for (int i = 0; i < al->len; i++)
			vals[i] = cg_expr(g, al->v[i]);
		cg_rtcall(g, "runtime.printlock", NULL, 0);
		for (int i = 0; i < al->len; i++) {
			if (id == BI_PRINTLN && i > 0)
				cg_rtcall(g, "runtime.printsp", NULL, 0);
			print_value(g, vals[i], al->v[i]->type);
		}
		if (id == BI_PRINTLN)
			cg_rtcall(g, "runtime.printnl", NULL, 0);
		cg_rtcall(g, "runtime.printunlock", NULL, 0);
		return NULL;
	}
	case BI_COMPLEX: {
		Type *t = dflt(call->type);
		Type *pt = fe_under(t)->kind == TY_COMPLEX64 ? fe_types[TY_FLOAT32] : fe_types[TY_FLOAT64];
		LLVMValueRef re = cg_expr_to(g, al->v[0], pt);
		LLVMValueRef im = cg_expr_to(g, al->v[1], pt);
		return cg_complex(g, t, re, im);
	}
	case BI_REAL: case BI_IMAG: {
		LLVMValueRef v = cg_expr(g, al->v[0]);
		return LLVMBuildExtractValue(g->b, v, id == BI_REAL ? 0 : 1, "");
	}
	case BI_ADD: { /* unsafe.Add(p, n): p + n bytes */
		LLVMValueRef p = cg_expr(g, al->v[0]);
		LLVMValueRef n = i64v(g, cg_expr(g, al->v[1]), al->v[1]->type);
		return LLVMBuildGEP2(g->b, g->i8, p, &n, 1, "");
	}
	case BI_SLICE: { /* unsafe.Slice(p, n): {p, n, n}, checked as the runtime does */
		Type *et = fe_under(al->v[0]->type)->elem;
		LLVMValueRef p = cg_expr(g, al->v[0]);
		LLVMValueRef n = i64v(g, cg_expr(g, al->v[1]), al->v[1]->type);
		LLVMValueRef args[3] = { cg_typedesc(g, et), p, n };
		cg_rtcall(g, "runtime.unsafeslice", args, 3);
		LLVMValueRef s = LLVMGetUndef(g->slicet);
		s = LLVMBuildInsertValue(g->b, s, p, 0, "");
		s = LLVMBuildInsertValue(g->b, s, n, 1, "");
		return LLVMBuildInsertValue(g->b, s, n, 2, "");
	}
	default:
		cg_fatal(call, "builtin %d not supported by minigo's code generator", id);
	}
}
