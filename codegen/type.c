/*
 * type.c - Go types as LLVM and the runtime see them.
 *
 * Two views of a type meet here.  Generated code needs an SSA type for
 * values (cg_vtype) and a storage type (cg_memtype); both follow Go's amd64
 * layout exactly because field access is by fe_layout's byte offsets and
 * aggregates are stored as plain byte arrays of the right size and
 * alignment.  LLVM never gets to choose a layout.
 *
 * The runtime needs type descriptors: constants shaped like Go's _type and
 * its kind-specific extensions (runtime/abi.h), named "type.T" as gc names
 * them.  A descriptor carries the size, pointer bitmap (fe_gcmask), equal
 * function, printable name and, for types with methods, a method table
 * (Go's uncommontype: {pkgPath, mcount, xcount, moff} followed by
 * {name, mtyp, ifn, tfn} per method, sorted by name) that fmt and the panic
 * printer use to find Error and String.  ifn takes the interface data word
 * as its receiver, so it is also what itabs hold.
 *
 * Descriptors are unique per type: they are keyed by a canonical spelling
 * (local named types get a ·N suffix so two functions' `type T` differ,
 * unexported names of another package's literals are qualified by it),
 * which makes type identity at run time a pointer comparison, as in Go.
 * Recursive types are fine because the global is created (and cached)
 * before its initialiser is built.
 *
 * What reflect reads is there as gc writes it: struct fields' tags, the
 * import paths of the packages types and unexported names belong to, and
 * ptrToThis, the descriptor of *T: every defined type brings its *T along,
 * other types get theirs linked when the module has it anyway.
 *
 * Equality and hashing follow gc's algorithm choice: plain memory uses the
 * runtime's memequalN / memhashN, floats, strings and interfaces their own
 * functions, and structs or arrays that are not plain memory get generated
 * functions ("type..eq.T", "type..hash.T") that go field by field.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "runtime/abi.h"

int64_t cg_size(Type *t) { return fe_sizeof(t); }
int64_t cg_align(Type *t) { return fe_alignof(t); }

bool cg_ismem(Type *t)
{
	Type *u = fe_under(t);
	return u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_TUPLE;
}

LLVMTypeRef cg_vtype(CG *g, Type *t)
{
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return g->i1;
	case TY_INT8: case TY_UINT8: return g->i8;
	case TY_INT16: case TY_UINT16: return g->i16;
	case TY_INT32: case TY_UINT32: case TY_UNTYPED_RUNE: return g->i32;
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_UNTYPED_INT:
		return g->i64;
	case TY_FLOAT32: return g->f32;
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return g->f64;
	case TY_COMPLEX64: return g->c64t;
	case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return g->c128t;
	case TY_STRING: case TY_UNTYPED_STRING: return g->strt;
	case TY_SLICE: return g->slicet;
	case TY_INTERFACE: return g->ifacet;
	default: return g->ptr;
	}
}

LLVMTypeRef cg_memtype(CG *g, Type *t)
{
	if (cg_ismem(t))
		return LLVMArrayType(g->i8, (unsigned)cg_size(t));
	return cg_vtype(g, t);
}

LLVMValueRef cg_offset(CG *g, LLVMValueRef p, int64_t off)
{
	if (off == 0)
		return p;
	LLVMValueRef idx = LLVMConstInt(g->i64, (unsigned long long)off, true);
	return LLVMBuildGEP2(g->b, g->i8, p, &idx, 1, "");
}

void cg_memzero(CG *g, LLVMValueRef addr, int64_t size, int64_t align)
{
	if (size <= 0)
		return;
	LLVMValueRef r = LLVMBuildMemSet(g->b, addr, LLVMConstInt(g->i8, 0, false),
					 LLVMConstInt(g->i64, (unsigned long long)size, false), (unsigned)(align ? align : 1));
	(void)r;
}

void cg_memmove(CG *g, LLVMValueRef dst, LLVMValueRef src, int64_t size, int64_t align)
{
	if (size <= 0)
		return;
	LLVMBuildMemMove(g->b, dst, (unsigned)align, src, (unsigned)align,
			 LLVMConstInt(g->i64, (unsigned long long)size, false));
}

LLVMValueRef cg_load(CG *g, Type *t, LLVMValueRef addr)
{
	if (cg_ismem(t))
		return addr;
	LLVMValueRef v = LLVMBuildLoad2(g->b, cg_vtype(g, t), addr, "");
	LLVMSetAlignment(v, (unsigned)cg_align(t));
	return v;
}

void cg_store(CG *g, Type *t, LLVMValueRef addr, LLVMValueRef v)
{
	if (cg_ismem(t)) {
		if (addr != v)
			cg_memmove(g, addr, v, cg_size(t), cg_align(t));
		return;
	}
	LLVMValueRef s = LLVMBuildStore(g->b, v, addr);
	LLVMSetAlignment(s, (unsigned)cg_align(t));
}

LLVMValueRef cg_copy_to_temp(CG *g, Type *t, LLVMValueRef v)
{
	LLVMValueRef tmp = cg_alloca_raw(g, cg_size(t), cg_align(t), "tmp");
	cg_memmove(g, tmp, v, cg_size(t), cg_align(t));
	return tmp;
}

LLVMValueRef cg_zero(CG *g, Type *t)
{
	if (cg_ismem(t))
		return cg_alloca(g, t, "zero");
	return LLVMConstNull(cg_vtype(g, t));
}

/* ---- names ---- */

static void put(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*buf = realloc(*buf, *cap);
	}
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

static void write_type(CG *g, char **b, size_t *l, size_t *c, Type *t, bool key);

/* Tags tell struct types apart, so their descriptors and names too. */
static void put_tag(char **b, size_t *l, size_t *c, const char *s, size_t n)
{
	char *q = fe_quote_tag(s, n);
	put(b, l, c, " ");
	put(b, l, c, q);
	free(q);
}

/* ---- package paths ---- */

/* Go's rule for ASCII names, as the checker applies it. */
static bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* The import path of o's package: Object.pkg is NULL for package main. */
static const char *obj_pkgpath(Object *o) { return o && o->pkg ? o->pkg->path : "main"; }

typedef struct LitCtx {
	CG *g;
	const char *path;
} LitCtx;

static void note_literal(Node *n, void *ctx)
{
	LitCtx *c = ctx;
	if (!n)
		return;
	if ((n->kind == N_STRUCTTYPE || n->kind == N_INTERFACETYPE) && n->type &&
	    !bs_map_get(c->g->litpkgs, n->type))
		bs_map_put(c->g->litpkgs, n->type, (void *)c->path);
	fe_each_child(n, note_literal, ctx);
}

/*
 * Neither Pos nor Field say which package a struct or interface type
 * literal was written in, but the checker leaves each literal's Type on its
 * N_STRUCTTYPE / N_INTERFACETYPE node, and every package's tree is at hand
 * before lowering starts: one walk per package maps the literals to their
 * packages.  Doing it up front keeps the answer independent of the order
 * in which descriptors happen to be requested.
 */
void cg_note_literals(CG *g, Node *file, const char *pkgpath)
{
	if (!g->litpkgs)
		g->litpkgs = bs_map_new(g->a);
	LitCtx c = { g, pkgpath };
	note_literal(file, &c);
}

/* The package a literal was found in by cg_note_literals, or NULL. */
static const char *literal_pkg(CG *g, Type *lit)
{
	return g->litpkgs ? bs_map_get(g->litpkgs, lit) : NULL;
}

/*
 * The package of an unnamed struct or interface type u (the underlying type
 * of t, or t itself).  The literal map answers for everything written in a
 * compiled package; what it misses (the bundled packages' declarations,
 * types the compiler makes up) takes the package of the defined type being
 * described, else the one being lowered.  The fallbacks only fill in
 * pkgPath: descriptor keys use the map alone (key_pkg).
 */
static const char *unnamed_pkgpath(CG *g, Type *t, Type *u)
{
	const char *p = literal_pkg(g, u);
	if (p)
		return p;
	if (t->kind == TY_NAMED && t->obj)
		return obj_pkgpath(t->obj);
	if (g->descpkg)
		return g->descpkg;
	return g->pkgpath ? g->pkgpath : "main";
}

/*
 * GoStructType.pkgPath as gc writes it: the package of the unexported field
 * names (the one the literal was written in, so `type T p.S` gets p's),
 * NULL when every field is exported.
 */
static const char *struct_pkgpath(CG *g, Type *t)
{
	Type *u = fe_under(t);
	for (int i = 0; i < u->nfields; i++)
		if (!exported(u->fields[i].name))
			return unnamed_pkgpath(g, t, u);
	return NULL;
}

/* GoInterfaceType.pkgPath: a defined interface's package (gc's rule), a
 * literal's when it has unexported methods (their PkgPath), else NULL. */
static const char *iface_pkgpath(CG *g, Type *t)
{
	if (t->kind == TY_NAMED && t->obj)
		return obj_pkgpath(t->obj);
	Type *u = fe_under(t);
	for (int i = 0; i < u->nimethods; i++)
		if (!exported(u->imethods[i].name))
			return unnamed_pkgpath(g, t, u);
	return NULL;
}

/* GoUncommonType.pkgPath, gc's typePkg: the defined type's package, for
 * *T (and []T, [N]T) T's; NULL for types without a name (struct{ T }). */
static const char *uncommon_pkgpath(Type *t)
{
	if (t->kind == TY_PTR || t->kind == TY_SLICE || t->kind == TY_ARRAY)
		t = t->elem;
	return t->kind == TY_NAMED && t->obj ? obj_pkgpath(t->obj) : NULL;
}

/* A constant C string, or a null pointer. */
static LLVMValueRef cstring_or_null(CG *g, const char *s)
{
	return s ? cg_cstring(g, s, strlen(s) + 1) : LLVMConstNull(g->ptr);
}

/*
 * Unexported names of two packages are different names, so struct { x int }
 * of package p and of package q are different types (gc's symbols qualify
 * such names).  In descriptor keys, a literal of a package other than main
 * qualifies its unexported names with the package's path; main's keep
 * their plain spelling, and so their symbols.
 */
static const char *key_pkg(CG *g, Type *lit)
{
	const char *p = literal_pkg(g, lit);
	return p && strcmp(p, "main") != 0 ? p : NULL;
}

static void put_name(char **b, size_t *l, size_t *c, const char *qual, const char *name)
{
	if (qual && !exported(name)) {
		put(b, l, c, qual);
		put(b, l, c, ".");
	}
	put(b, l, c, name);
}

static void write_sig(CG *g, char **b, size_t *l, size_t *c, Type *f, bool key)
{
	put(b, l, c, "(");
	for (int i = 0; i < f->nparams; i++) {
		if (i)
			put(b, l, c, ", ");
		if (f->variadic && i == f->nparams - 1) {
			put(b, l, c, "...");
			write_type(g, b, l, c, f->params[i]->elem, key);
		} else {
			write_type(g, b, l, c, f->params[i], key);
		}
	}
	put(b, l, c, ")");
	if (f->nresults == 1) {
		put(b, l, c, " ");
		write_type(g, b, l, c, f->results[0], key);
	} else if (f->nresults > 1) {
		put(b, l, c, " (");
		for (int i = 0; i < f->nresults; i++) {
			if (i)
				put(b, l, c, ", ");
			write_type(g, b, l, c, f->results[i], key);
		}
		put(b, l, c, ")");
	}
}

static void write_type(CG *g, char **b, size_t *l, size_t *c, Type *t, bool key)
{
	char tmp[64];
	switch (t->kind) {
	case TY_NAMED: {
		if (t == fe_type_error || !t->obj) {
			put(b, l, c, "error");
			return;
		}
		Object *o = t->obj;
		/* symbols by import path; names (reflect's String) by package name */
		const char *pkg = !o->pkg ? "main" : key ? o->pkg->path : o->pkg->name;
		put(b, l, c, pkg);
		put(b, l, c, ".");
		put(b, l, c, o->name);
		if (key && o->pos.line && !bs_map_get(g->toptypes, o) &&
		    !(o->pkg && o->pkg->native)) {
			/* local types: distinguish by where they are declared,
			 * which names one the same in every module */
			if (o->pos.file)
				snprintf(tmp, sizeof tmp, "·%d.%d.%d", (int)o->pos.file, (int)o->pos.line, (int)o->pos.col);
			else
				snprintf(tmp, sizeof tmp, "·%d.%d", (int)o->pos.line, (int)o->pos.col);
			put(b, l, c, tmp);
		}
		return;
	}
	case TY_PTR:
		put(b, l, c, "*");
		write_type(g, b, l, c, t->elem, key);
		return;
	case TY_SLICE:
		put(b, l, c, "[]");
		write_type(g, b, l, c, t->elem, key);
		return;
	case TY_ARRAY:
		snprintf(tmp, sizeof tmp, "[%ld]", (long)t->len);
		put(b, l, c, tmp);
		write_type(g, b, l, c, t->elem, key);
		return;
	case TY_MAP:
		put(b, l, c, "map[");
		write_type(g, b, l, c, t->key, key);
		put(b, l, c, "]");
		write_type(g, b, l, c, t->elem, key);
		return;
	case TY_CHAN: {   /* as reflect prints it: chan (<-chan int) keeps its parentheses */
		bool paren = t->dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
		put(b, l, c, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
		if (paren)
			put(b, l, c, "(");
		write_type(g, b, l, c, t->elem, key);
		if (paren)
			put(b, l, c, ")");
		return;
	}
	case TY_FUNC:
		put(b, l, c, "func");
		write_sig(g, b, l, c, t, key);
		return;
	case TY_STRUCT: {
		if (t->nfields == 0) {
			put(b, l, c, "struct {}");
			return;
		}
		const char *qual = key ? key_pkg(g, t) : NULL;
		put(b, l, c, "struct {");
		for (int i = 0; i < t->nfields; i++) {
			put(b, l, c, i ? "; " : " ");
			/* an embedded field's name is its type's, or an alias's:
			 * struct{ int } and struct{ Int } are different types,
			 * printed alike */
			if (!t->fields[i].embedded || key) {
				put_name(b, l, c, qual, t->fields[i].name);
				put(b, l, c, " ");
			}
			write_type(g, b, l, c, t->fields[i].type, key);
			if (t->fields[i].embedded && key)
				put(b, l, c, " embedded");
			if (t->fields[i].tag && t->fields[i].taglen)
				put_tag(b, l, c, t->fields[i].tag, t->fields[i].taglen);
		}
		put(b, l, c, " }");
		return;
	}
	case TY_INTERFACE: {
		/* a literal embedding interfaces the checker never needed the
		 * method set of is completed here */
		if (!t->complete)
			fe_complete_interface(t);
		if (t->nimethods == 0) {
			put(b, l, c, "interface {}");
			return;
		}
		const char *qual = key ? key_pkg(g, t) : NULL;
		put(b, l, c, "interface {");
		for (int i = 0; i < t->nimethods; i++) {
			put(b, l, c, i ? "; " : " ");
			/* Go qualifies an unexported method by its package's path */
			const Object *mo = t->imethods[i].obj;
			put_name(b, l, c, qual ? qual : mo && mo->pkg ? mo->pkg->path : "main", t->imethods[i].name);
			write_sig(g, b, l, c, t->imethods[i].sig, key);
		}
		put(b, l, c, " }");
		return;
	}
	case TY_UNSAFEPTR:
		put(b, l, c, "unsafe.Pointer");
		return;
	case TY_UNTYPED_BOOL: put(b, l, c, "bool"); return;
	case TY_UNTYPED_INT: put(b, l, c, "int"); return;
	case TY_UNTYPED_RUNE: put(b, l, c, "int32"); return;
	case TY_UNTYPED_FLOAT: put(b, l, c, "float64"); return;
	case TY_UNTYPED_COMPLEX: put(b, l, c, "complex128"); return;
	case TY_UNTYPED_STRING: put(b, l, c, "string"); return;
	case TY_UINT8: put(b, l, c, "uint8"); return;
	case TY_INT32: put(b, l, c, "int32"); return;
	default:
		put(b, l, c, t->basic_name ? t->basic_name : "?");
		return;
	}
}

static const char *type_string(CG *g, Type *t, bool key)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;
	put(&buf, &len, &cap, "");
	write_type(g, &buf, &len, &cap, t, key);
	const char *r = fe_strndup(g->a, buf, len);
	free(buf);
	return r;
}

const char *cg_type_name(CG *g, Type *t) { return type_string(g, t, false); }

/* ---- constant data ---- */

LLVMValueRef cg_cstring(CG *g, const char *s, size_t len)
{
	char *key = fe_alloc(g->a, len * 2 + 8);
	key[0] = 'c';
	for (size_t i = 0; i < len; i++) {
		key[1 + 2 * i] = "0123456789abcdef"[(unsigned char)s[i] >> 4];
		key[2 + 2 * i] = "0123456789abcdef"[(unsigned char)s[i] & 15];
	}
	LLVMValueRef gv = bs_map_get(g->strings, key);
	if (gv)
		return gv;
	LLVMValueRef init = LLVMConstStringInContext(g->ctx, s, (unsigned)len, true);
	gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), "go.string");
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetLinkage(gv, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
	LLVMSetAlignment(gv, 1);
	bs_map_put(g->strings, key, gv);
	return gv;
}

LLVMValueRef cg_const_string(CG *g, const char *s, size_t len)
{
	LLVMValueRef f[2] = { len ? cg_cstring(g, s, len) : LLVMConstNull(g->ptr),
			      LLVMConstInt(g->i64, len, false) };
	return LLVMConstNamedStruct(g->strt, f, 2);
}

static LLVMValueRef const_global(CG *g, const char *name, LLVMValueRef init, bool private_)
{
	LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(gv, init);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetLinkage(gv, private_ ? LLVMPrivateLinkage : LLVMLinkOnceODRLinkage);
	LLVMSetAlignment(gv, 8);
	return gv;
}

static LLVMValueRef i64c(CG *g, int64_t v) { return LLVMConstInt(g->i64, (unsigned long long)v, true); }
static LLVMValueRef i32c(CG *g, int64_t v) { return LLVMConstInt(g->i32, (unsigned long long)v, false); }
static LLVMValueRef i16c(CG *g, int64_t v) { return LLVMConstInt(g->i16, (unsigned long long)v, false); }
static LLVMValueRef i8c(CG *g, int64_t v) { return LLVMConstInt(g->i8, (unsigned long long)v, false); }

/* ---- equality and hashing ---- */

enum { ALG_NOEQ, ALG_MEM, ALG_F32, ALG_F64, ALG_C64, ALG_C128, ALG_STR, ALG_NILINTER, ALG_INTER, ALG_SPECIAL };

/* floats and complexes: +0 == -0, NaN != NaN */
static bool alg_float(int k) { return k >= ALG_F32 && k <= ALG_C128; }

static int alg_kind(Type *t)
{
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_FLOAT32: return ALG_F32;
	case TY_FLOAT64: return ALG_F64;
	case TY_COMPLEX64: return ALG_C64;
	case TY_COMPLEX128: return ALG_C128;
	case TY_STRING: return ALG_STR;
	case TY_INTERFACE:
		if (!u->complete)
			fe_complete_interface(u);
		return u->nimethods ? ALG_INTER : ALG_NILINTER;
	case TY_SLICE: case TY_MAP: case TY_FUNC: return ALG_NOEQ;
	case TY_ARRAY: {
		int k = alg_kind(u->elem);
		if (k == ALG_NOEQ)
			return ALG_NOEQ;
		if (u->len == 0)
			return ALG_MEM;
		return k == ALG_MEM ? ALG_MEM : ALG_SPECIAL;
	}
	case TY_STRUCT: {
		bool mem = true;
		int64_t off = 0;
		for (int i = 0; i < u->nfields; i++) {
			int k = alg_kind(u->fields[i].type);
			if (k == ALG_NOEQ)
				return ALG_NOEQ;
			if (k != ALG_MEM || fe_offsetof(u, i) != off || strcmp(u->fields[i].name, "_") == 0)
				mem = false;
			off = fe_offsetof(u, i) + cg_size(u->fields[i].type);
		}
		if (off != cg_size(u))
			mem = false;
		return mem ? ALG_MEM : ALG_SPECIAL;
	}
	default:
		return ALG_MEM;
	}
}

static LLVMValueRef alg_decl(CG *g, const char *name, bool hash)
{
	LLVMValueRef f = LLVMGetNamedFunction(g->mod, name);
	if (f)
		return f;
	LLVMTypeRef ps[3] = { g->ptr, hash ? g->i64 : g->ptr, g->i64 };
	LLVMTypeRef ft = LLVMFunctionType(hash ? g->i64 : g->i1, ps, 2, false);
	f = LLVMAddFunction(g->mod, name, ft);
	if (!hash) {
		unsigned k = LLVMGetEnumAttributeKindForName("zeroext", 7);
		LLVMAddAttributeAtIndex(f, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(g->ctx, k, 0));
	}
	return f;
}

static LLVMValueRef call_alg(CG *g, LLVMValueRef f, LLVMValueRef a, LLVMValueRef b, bool hash)
{
	LLVMTypeRef ps[2] = { g->ptr, hash ? g->i64 : g->ptr };
	LLVMTypeRef ft = LLVMFunctionType(hash ? g->i64 : g->i1, ps, 2, false);
	LLVMValueRef args[2] = { a, b };
	return LLVMBuildCall2(g->b, ft, f, args, 2, "");
}

static LLVMValueRef gen_alg(CG *g, Type *t, bool hash);

LLVMValueRef cg_eqfn(CG *g, Type *t)
{
	int64_t size = cg_size(t);
	switch (alg_kind(t)) {
	case ALG_NOEQ: return NULL;
	case ALG_F32: return alg_decl(g, "runtime.f32equal", false);
	case ALG_F64: return alg_decl(g, "runtime.f64equal", false);
	case ALG_C64: return alg_decl(g, "runtime.c64equal", false);
	case ALG_C128: return alg_decl(g, "runtime.c128equal", false);
	case ALG_STR: return alg_decl(g, "runtime.strequal", false);
	case ALG_INTER: return alg_decl(g, "runtime.interequal", false);
	case ALG_NILINTER: return alg_decl(g, "runtime.nilinterequal", false);
	case ALG_MEM:
		switch (size) {
		case 0: return alg_decl(g, "runtime.memequal0", false);
		case 1: return alg_decl(g, "runtime.memequal8", false);
		case 2: return alg_decl(g, "runtime.memequal16", false);
		case 4: return alg_decl(g, "runtime.memequal32", false);
		case 8: return alg_decl(g, "runtime.memequal64", false);
		case 16: return alg_decl(g, "runtime.memequal128", false);
		}
		return gen_alg(g, t, false);
	default:
		return gen_alg(g, t, false);
	}
}

static LLVMValueRef hashfn(CG *g, Type *t)
{
	int64_t size = cg_size(t);
	switch (alg_kind(t)) {
	case ALG_NOEQ: return NULL;
	case ALG_F32: return alg_decl(g, "runtime.f32hash", true);
	case ALG_F64: return alg_decl(g, "runtime.f64hash", true);
	case ALG_C64: return alg_decl(g, "runtime.c64hash", true);
	case ALG_C128: return alg_decl(g, "runtime.c128hash", true);
	case ALG_STR: return alg_decl(g, "runtime.strhash", true);
	case ALG_INTER: return alg_decl(g, "runtime.interhash", true);
	case ALG_NILINTER: return alg_decl(g, "runtime.nilinterhash", true);
	case ALG_MEM:
		switch (size) {
		case 0: return alg_decl(g, "runtime.memhash0", true);
		case 1: return alg_decl(g, "runtime.memhash8", true);
		case 2: return alg_decl(g, "runtime.memhash16", true);
		case 4: return alg_decl(g, "runtime.memhash32", true);
		case 8: return alg_decl(g, "runtime.memhash64", true);
		case 16: return alg_decl(g, "runtime.memhash128", true);
		}
		return gen_alg(g, t, true);
	default:
		return gen_alg(g, t, true);
	}
}

/* Can comparing values of t panic (an interface holding an incomparable
 * dynamic type)? */
static bool eq_can_panic(Type *t)
{
	Type *u = fe_under(t);
	if (u->kind == TY_INTERFACE)
		return true;
	if (u->kind == TY_ARRAY)
		return eq_can_panic(u->elem);
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (eq_can_panic(u->fields[i].type))
				return true;
	return false;
}

/* One condition of a struct's equality: branch to fail unless it holds. */
static void eq_cond(CG *g, LLVMValueRef f, LLVMValueRef eq, LLVMBasicBlockRef fail)
{
	LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(g->ctx, f, "next");
	LLVMBuildCondBr(g->b, eq, next, fail);
	LLVMPositionBuilderAtEnd(g->b, next);
}

/* Field i's comparison; part 0: all of it, or a string's length; part 1:
 * a string's bytes (runtime.memequal over the length already equal). */
static void eq_field(CG *g, LLVMValueRef f, Type *u, int i, int part, LLVMValueRef p, LLVMValueRef q,
		     LLVMBasicBlockRef fail)
{
	Field *fd = &u->fields[i];
	LLVMValueRef fa = cg_offset(g, p, fe_offsetof(u, i)), fb = cg_offset(g, q, fe_offsetof(u, i));
	if (alg_kind(fd->type) != ALG_STR) {
		eq_cond(g, f, call_alg(g, cg_eqfn(g, fd->type), fa, fb, false), fail);
		return;
	}
	LLVMValueRef la = LLVMBuildLoad2(g->b, g->i64, cg_offset(g, fa, 8), "");
	if (part == 0) {
		LLVMValueRef lb = LLVMBuildLoad2(g->b, g->i64, cg_offset(g, fb, 8), "");
		eq_cond(g, f, LLVMBuildICmp(g->b, LLVMIntEQ, la, lb, ""), fail);
		return;
	}
	LLVMTypeRef ps[3] = { g->ptr, g->ptr, g->i64 };
	LLVMTypeRef ft = LLVMFunctionType(g->i1, ps, 3, false);
	LLVMValueRef rf = LLVMGetNamedFunction(g->mod, "runtime.memequal");
	if (!rf)
		rf = LLVMAddFunction(g->mod, "runtime.memequal", ft);
	LLVMValueRef args[3] = { LLVMBuildLoad2(g->b, g->ptr, fa, ""), LLVMBuildLoad2(g->b, g->ptr, fb, ""), la };
	eq_cond(g, f, LLVMBuildCall2(g->b, ft, rf, args, 3, ""), fail);
}

/*
 * A struct's equality in gc's order (reflectdata's geneq): the fields in
 * groups that end at a field whose comparison can panic (an interface),
 * which is a group of its own; within a group the cheap comparisons come
 * first -- scalars and memory, strings' lengths -- and the calls after:
 * strings' bytes, nested structs and arrays.  So strings of different
 * lengths are told apart without reading their bytes, and a panic comes
 * from the comparison gc's code would make first.
 */
static void struct_eq(CG *g, LLVMValueRef f, Type *u, LLVMValueRef p, LLVMValueRef q)
{
	LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(g->ctx, f, "ne");
	int start = 0;
	while (start < u->nfields) {
		int end = start;
		while (end < u->nfields && !eq_can_panic(u->fields[end].type))
			end++;
		for (int pass = 0; pass < 2; pass++)
			for (int i = start; i < end; i++) {
				Field *fd = &u->fields[i];
				if (strcmp(fd->name, "_") == 0 || cg_size(fd->type) == 0)
					continue;
				int k = alg_kind(fd->type);
				bool call = k == ALG_SPECIAL || (k == ALG_MEM && fe_under(fd->type)->kind == TY_ARRAY) ||
					    (k == ALG_MEM && fe_under(fd->type)->kind == TY_STRUCT);
				if (k == ALG_STR)
					eq_field(g, f, u, i, pass, p, q, fail);
				else if (call == (pass == 1))
					eq_field(g, f, u, i, 0, p, q, fail);
			}
		if (end < u->nfields && strcmp(u->fields[end].name, "_") != 0 && cg_size(u->fields[end].type) > 0)
			eq_field(g, f, u, end, 0, p, q, fail);
		start = end + 1;
	}
	LLVMBuildRet(g->b, LLVMConstInt(g->i1, 1, false));
	LLVMPositionBuilderAtEnd(g->b, fail);
	LLVMBuildRet(g->b, LLVMConstInt(g->i1, 0, false));
}

/* type..eq.T / type..hash.T for structs and arrays, field by field. */
static LLVMValueRef gen_alg(CG *g, Type *t, bool hash)
{
	const char *name = fe_sprintf(g->a, "type..%s.%s", hash ? "hash" : "eq", type_string(g, t, true));
	LLVMValueRef f = LLVMGetNamedFunction(g->mod, name);
	if (f)
		return f;
	f = alg_decl(g, name, hash);
	LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
	LLVMBasicBlockRef saved = LLVMGetInsertBlock(g->b);
	/* no line table for generated code: drop the caller's location meanwhile */
	LLVMMetadataRef savedloc = LLVMGetCurrentDebugLocation2(g->b);
	LLVMSetCurrentDebugLocation2(g->b, NULL);
	LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(g->ctx, f, "entry");
	LLVMPositionBuilderAtEnd(g->b, entry);
	LLVMValueRef p = LLVMGetParam(f, 0), q = LLVMGetParam(f, 1);
	Type *u = fe_under(t);
	if (alg_kind(t) == ALG_MEM) {
		/* plain memory of an odd size: runtime.memhash / memequal with the size */
		LLVMTypeRef ps[3] = { g->ptr, hash ? g->i64 : g->ptr, g->i64 };
		LLVMTypeRef ft = LLVMFunctionType(hash ? g->i64 : g->i1, ps, 3, false);
		const char *rn = hash ? "runtime.memhash" : "runtime.memequal";
		LLVMValueRef rf = LLVMGetNamedFunction(g->mod, rn);
		if (!rf)
			rf = LLVMAddFunction(g->mod, rn, ft);
		LLVMValueRef args[3] = { p, q, i64c(g, cg_size(t)) };
		LLVMBuildRet(g->b, LLVMBuildCall2(g->b, ft, rf, args, 3, ""));
		LLVMPositionBuilderAtEnd(g->b, saved);
		LLVMSetCurrentDebugLocation2(g->b, savedloc);
		return f;
	}
	if (u->kind == TY_STRUCT && !hash) {
		struct_eq(g, f, u, p, q);
	} else if (u->kind == TY_STRUCT) {
		LLVMValueRef h = q;
		for (int i = 0; i < u->nfields; i++) {
			Field *fd = &u->fields[i];
			if (strcmp(fd->name, "_") == 0 || cg_size(fd->type) == 0)
				continue;
			LLVMValueRef fa = cg_offset(g, p, fe_offsetof(u, i));
			h = call_alg(g, hashfn(g, fd->type), fa, h, true);
		}
		LLVMBuildRet(g->b, h);
	} else {
		/* arrays: a loop over the elements */
		LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(g->ctx, f, "loop");
		LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(g->ctx, f, "body");
		LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->ctx, f, "done");
		LLVMBasicBlockRef fail = hash ? NULL : LLVMAppendBasicBlockInContext(g->ctx, f, "ne");
		LLVMBuildBr(g->b, loop);
		LLVMPositionBuilderAtEnd(g->b, loop);
		LLVMValueRef i = LLVMBuildPhi(g->b, g->i64, "i");
		LLVMValueRef h = hash ? LLVMBuildPhi(g->b, g->i64, "h") : NULL;
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, i, i64c(g, u->len), ""), body, done);
		LLVMPositionBuilderAtEnd(g->b, body);
		LLVMValueRef off = LLVMBuildMul(g->b, i, i64c(g, cg_size(u->elem)), "");
		LLVMValueRef ea = LLVMBuildGEP2(g->b, g->i8, p, &off, 1, "");
		LLVMValueRef nh = NULL;
		if (hash) {
			nh = call_alg(g, hashfn(g, u->elem), ea, h, true);
		} else {
			LLVMValueRef eb = LLVMBuildGEP2(g->b, g->i8, q, &off, 1, "");
			LLVMValueRef eq = call_alg(g, cg_eqfn(g, u->elem), ea, eb, false);
			LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(g->ctx, f, "cont");
			LLVMBuildCondBr(g->b, eq, cont, fail);
			LLVMPositionBuilderAtEnd(g->b, cont);
		}
		LLVMValueRef ni = LLVMBuildAdd(g->b, i, i64c(g, 1), "");
		LLVMBasicBlockRef latch = LLVMGetInsertBlock(g->b);
		LLVMBuildBr(g->b, loop);
		LLVMValueRef iv[2] = { i64c(g, 0), ni };
		LLVMBasicBlockRef ib[2] = { entry, latch };
		LLVMAddIncoming(i, iv, ib, 2);
		if (hash) {
			LLVMValueRef hv[2] = { q, nh };
			LLVMAddIncoming(h, hv, ib, 2);
		}
		LLVMPositionBuilderAtEnd(g->b, done);
		if (hash) {
			LLVMBuildRet(g->b, h);
		} else {
			LLVMBuildRet(g->b, LLVMConstInt(g->i1, 1, false));
			LLVMPositionBuilderAtEnd(g->b, fail);
			LLVMBuildRet(g->b, LLVMConstInt(g->i1, 0, false));
		}
	}
	if (saved)
		LLVMPositionBuilderAtEnd(g->b, saved);
	LLVMSetCurrentDebugLocation2(g->b, savedloc);
	return f;
}

/* ---- type descriptors ---- */

static int go_kind(Type *t)
{
	switch (fe_under(t)->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return KindBool;
	case TY_INT: case TY_UNTYPED_INT: return KindInt;
	case TY_INT8: return KindInt8;
	case TY_INT16: return KindInt16;
	case TY_INT32: case TY_UNTYPED_RUNE: return KindInt32;
	case TY_INT64: return KindInt64;
	case TY_UINT: return KindUint;
	case TY_UINT8: return KindUint8;
	case TY_UINT16: return KindUint16;
	case TY_UINT32: return KindUint32;
	case TY_UINT64: return KindUint64;
	case TY_UINTPTR: return KindUintptr;
	case TY_FLOAT32: return KindFloat32;
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return KindFloat64;
	case TY_COMPLEX64: return KindComplex64;
	case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: return KindComplex128;
	case TY_STRING: case TY_UNTYPED_STRING: return KindString;
	case TY_UNSAFEPTR: return KindUnsafePointer;
	case TY_PTR: return KindPointer;
	case TY_ARRAY: return KindArray;
	case TY_SLICE: return KindSlice;
	case TY_MAP: return KindMap;
	case TY_CHAN: return KindChan;
	case TY_STRUCT: return KindStruct;
	case TY_FUNC: return KindFunc;
	case TY_INTERFACE: return KindInterface;
	default: return 0;
	}
}

static uint32_t fnv32(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The methods in T's method set (names, sorted), each with its lookup. */
typedef struct MSet {
	const char **names;
	int n, cap;
} MSet;

static void mset_add(MSet *s, const char *name)
{
	for (int i = 0; i < s->n; i++)
		if (strcmp(s->names[i], name) == 0)
			return;
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->names = realloc(s->names, s->cap * sizeof *s->names);
	}
	s->names[s->n++] = name;
}

static void collect_names(MSet *s, Type *t, int depth)
{
	if (depth > 8)
		return;
	if (t->kind == TY_PTR)
		t = t->elem;
	if (t->kind == TY_NAMED)
		for (int i = 0; i < t->nmethods; i++)
			mset_add(s, t->methods[i]->name);
	Type *u = fe_under(t);
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i].embedded)
				collect_names(s, u->fields[i].type, depth + 1);
	if (u->kind == TY_INTERFACE && depth > 0)
		for (int i = 0; i < u->nimethods; i++)
			mset_add(s, u->imethods[i].name);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether name is in T's method set: a value's set lacks the pointer-receiver
 * methods, unless they are reached through an embedded pointer. */
static bool in_method_set(Type *t, const char *name, Lookup *lk)
{
	*lk = fe_lookup(t, name);
	if (lk->kind != LOOK_METHOD)
		return false;
	return t->kind == TY_PTR || !lk->ptrrecv || lk->indirect;
}

static bool has_methods(Type *t)
{
	Type *b = t->kind == TY_PTR ? t->elem : t;
	if (fe_under(b)->kind == TY_INTERFACE)
		return false;
	if (b->kind == TY_NAMED && b->nmethods)
		return true;
	Type *u = fe_under(b);
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i].embedded)
				return true;
	return false;
}

static LLVMTypeRef header_type(CG *g)
{
	LLVMTypeRef f[] = { g->i64, g->i64, g->i32, g->i8, g->i8, g->i8, g->i8, g->ptr, g->ptr, g->ptr, g->ptr };
	return LLVMStructTypeInContext(g->ctx, f, 11, false);
}

static LLVMTypeRef extras_type(CG *g, Type *t)
{
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_PTR: case TY_SLICE: {
		LLVMTypeRef f[] = { g->ptr };
		return LLVMStructTypeInContext(g->ctx, f, 1, false);
	}
	case TY_ARRAY: {
		LLVMTypeRef f[] = { g->ptr, g->ptr, g->i64 };
		return LLVMStructTypeInContext(g->ctx, f, 3, false);
	}
	case TY_STRUCT: case TY_INTERFACE: {
		LLVMTypeRef f[] = { g->ptr, g->ptr, g->i64 };
		return LLVMStructTypeInContext(g->ctx, f, 3, false);
	}
	case TY_FUNC: {
		LLVMTypeRef f[] = { g->ptr, g->ptr, g->i16, g->i16 };
		return LLVMStructTypeInContext(g->ctx, f, 4, false);
	}
	case TY_CHAN: {   /* chantype: elem, dir */
		LLVMTypeRef f[] = { g->ptr, g->i64 };
		return LLVMStructTypeInContext(g->ctx, f, 2, false);
	}
	case TY_MAP: {
		LLVMTypeRef f[] = { g->ptr, g->ptr, g->ptr, g->ptr, g->i8, g->i8, g->i16, g->i32 };
		return LLVMStructTypeInContext(g->ctx, f, 8, false);
	}
	default:
		return NULL;
	}
}

static LLVMValueRef gcdata(CG *g, const uint8_t *mask, int64_t ptrdata)
{
	if (!ptrdata || !mask)
		return LLVMConstNull(g->ptr);
	int64_t nbytes = ((ptrdata + 7) / 8 + 7) / 8;
	return cg_cstring(g, (const char *)mask, (size_t)nbytes);
}

/* GoType's fields; ptrto is ptrToThis (NULL: none yet, cg_link_ptrtothis may fill it in). */
enum { HDR_PTRTOTHIS = 10, HDR_NFIELDS = 11 };

static LLVMValueRef header(CG *g, LLVMValueRef ptrto, const char *str, int64_t size, int64_t align, int64_t ptrdata,
			   const uint8_t *mask, int kind, uint8_t tflag, LLVMValueRef eq)
{
	LLVMValueRef v[HDR_NFIELDS] = {
		i64c(g, size), i64c(g, ptrdata), i32c(g, fnv32(str)), i8c(g, tflag), i8c(g, align), i8c(g, align),
		i8c(g, kind), eq ? eq : LLVMConstNull(g->ptr), gcdata(g, mask, ptrdata),
		cg_cstring(g, str, strlen(str) + 1), ptrto ? ptrto : LLVMConstNull(g->ptr),
	};
	return LLVMConstNamedStruct(header_type(g), v, HDR_NFIELDS);
}

/* The bucket type of a map: {tophash [8]uint8; keys [8]K'; elems [8]V'; overflow *bmap}. */
static LLVMValueRef bucket_desc(CG *g, Type *mt, int64_t ks, int64_t es, bool kind_, bool eind, int64_t *bsize)
{
	Type *u = fe_under(mt);
	int64_t koff = 8, eoff = koff + 8 * ks, ooff = (eoff + 8 * es + 7) / 8 * 8;
	int64_t size = ooff + 8;
	*bsize = size;
	bool ptrs = kind_ || eind || fe_has_pointers(u->key) || fe_has_pointers(u->elem);
	int64_t nwords = size / 8;
	uint8_t *mask = fe_alloc(g->a, (size_t)(nwords + 7) / 8 + 1);
	int64_t ptrdata = 0;
	if (ptrs) {
		for (int i = 0; i < 8; i++) {
			Type *parts[2] = { u->key, u->elem };
			bool ind[2] = { kind_, eind };
			int64_t base[2] = { koff + i * ks, eoff + i * es };
			for (int k = 0; k < 2; k++) {
				if (ind[k]) {
					int64_t w = base[k] / 8;
					mask[w / 8] |= 1 << (w % 8);
					continue;
				}
				const uint8_t *m = fe_gcmask(g->a, parts[k]);
				int64_t pw = (cg_size(parts[k]) && parts[k]->ptrdata) ? (parts[k]->ptrdata + 7) / 8 : 0;
				for (int64_t w = 0; w < pw; w++)
					if (m && (m[w / 8] >> (w % 8) & 1)) {
						int64_t ww = base[k] / 8 + w;
						mask[ww / 8] |= 1 << (ww % 8);
					}
			}
		}
		mask[(ooff / 8) / 8] |= 1 << ((ooff / 8) % 8);
		ptrdata = size;
	}
	const char *str = fe_sprintf(g->a, "map.bucket[%s]%s", type_string(g, u->key, false), type_string(g, u->elem, false));
	const char *key = fe_sprintf(g->a, "bucket:%s", type_string(g, mt, true));
	LLVMValueRef gv = bs_map_get(g->typedescs, key);
	if (gv)
		return gv;
	LLVMValueRef init = header(g, NULL, str, size, 8, ptrdata, mask, KindStruct, 0, NULL);
	gv = const_global(g, fe_sprintf(g->a, "type.%s", str), init, false);
	bs_map_put(g->typedescs, key, gv);
	return gv;
}

/* The predeclared types whose descriptors runtime/type.c defines (BASIC). */
static bool runtime_basic(Type *t)
{
	switch (t->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
	case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
	case TY_FLOAT32: case TY_FLOAT64: case TY_STRING:
		return true;
	default:
		return false;
	}
}

/* error, the basic types above and their pointer types (the basics'
 * ptrToThis) are the runtime's: referred to, never emitted. */
static bool runtime_owned(Type *t)
{
	if (t == fe_type_error)
		return true;
	return runtime_basic(t) || (t->kind == TY_PTR && runtime_basic(t->elem));
}

int64_t cg_bucket_size(CG *g, Type *mt)
{
	(void)g;
	Type *u = fe_under(mt);
	int64_t ks = cg_size(u->key), es = cg_size(u->elem);
	if (ks > 128)
		ks = 8;
	if (es > 128)
		es = 8;
	return (8 + 8 * ks + 8 * es + 7) / 8 * 8 + 8;
}

/* A struct's field table, {name, typ, offset, embedded, tag} each
 * (GoStructField); NULL for struct{}. */
static LLVMValueRef field_table(CG *g, Type *u, const char *key)
{
	if (!u->nfields)
		return LLVMConstNull(g->ptr);
	LLVMTypeRef ff[] = { g->ptr, g->ptr, g->i64, g->i8, g->ptr };
	LLVMTypeRef fty = LLVMStructTypeInContext(g->ctx, ff, 5, false);
	LLVMValueRef *fv = fe_alloc(g->a, (u->nfields + 1) * sizeof *fv);
	for (int i = 0; i < u->nfields; i++) {
		Field *fd = &u->fields[i];
		/* a tag is a string value and may hold any byte: copy it
		 * NUL-terminated (an empty tag is no tag, as in reflect) */
		LLVMValueRef tag = fd->tag && fd->taglen
					   ? cg_cstring(g, fe_strndup(g->a, fd->tag, fd->taglen), fd->taglen + 1)
					   : LLVMConstNull(g->ptr);
		LLVMValueRef x[] = { cg_cstring(g, fd->name, strlen(fd->name) + 1), cg_typedesc(g, fd->type),
				     i64c(g, fe_offsetof(u, i)), i8c(g, fd->embedded), tag };
		fv[i] = LLVMConstNamedStruct(fty, x, 5);
	}
	LLVMValueRef arr = LLVMConstArray(fty, fv, (unsigned)u->nfields);
	return const_global(g, fe_sprintf(g->a, "type..fields.%s", key), arr, true);
}

/*
 * ptrToThis of a defined type T: gc always emits *T with T and links them,
 * so reflect's PointerTo(T) finds the compiler's *T (its method set
 * included) rather than making one up.  *T refers back to T, whose global
 * is registered before its initialiser is built, so the cycle closes.
 * Defined pointer types are left out, as in gc.
 */
static LLVMValueRef ptrto_named(CG *g, Type *t)
{
	if (t->kind != TY_NAMED || fe_under(t)->kind == TY_PTR)
		return NULL;
	return cg_typedesc(g, fe_type_ptr(g->a, t));
}

/*
 * Go's uncommontype: the package path and the method table, the methods of
 * T's method set among the names collected (ms, sorted), exported ones
 * first as the sort puts upper case first; no table when there are none.
 */
/* Can a method of this name be found through an interface?  Those the
 * C runtime looks up by name (fmt, panics) always can, and every exported
 * one when the program calls methods through reflect. */
static bool iface_reachable(CG *g, const char *name)
{
	/* a module per package is the same in every program: it keeps all */
	return g->split || fe_iface_method_name(name) || strcmp(name, "Error") == 0 || strcmp(name, "String") == 0 ||
	       strcmp(name, "GoString") == 0 || (fe_reflect_methods() && exported(name));
}

/*
 * The name a method table carries (GoMethod, GoIMethod): an unexported
 * method's is qualified by its package's path ("strings.grow"), because
 * unexported methods of different packages are different methods -- an
 * interface of main with grow() is not satisfied by strings.Builder's --
 * and getitab and reflect's implements compare these names.
 */
static const char *table_name(CG *g, const char *name, const Object *obj)
{
	if (exported(name))
		return name;
	return fe_sprintf(g->a, "%s.%s", obj && obj->pkg ? obj->pkg->path : "main", name);
}

static LLVMValueRef uncommon_section(CG *g, Type *t, const char *key, MSet *ms, LLVMTypeRef uncommon_t)
{
	LLVMValueRef *mv = fe_alloc(g->a, (ms->n + 1) * sizeof *mv);
	int nm = 0, nx = 0;
	LLVMTypeRef mf[] = { g->ptr, g->ptr, g->ptr, g->ptr };
	LLVMTypeRef mty = LLVMStructTypeInContext(g->ctx, mf, 4, false);
	for (int i = 0; i < ms->n; i++) {
		Lookup lk;
		if (!in_method_set(t, ms->names[i], &lk))
			continue;
		Type *msig = lk.mobj ? lk.mobj->type : (lk.method ? lk.method->sig : NULL);
		Type *plain = msig ? fe_type_func(g->a, msig->params, msig->nparams, msig->results, msig->nresults,
						  msig->variadic)
				   : NULL;
		/* a method no interface of the program names is never looked
		 * up (getitab matches by name; reflect's Method calls keep the
		 * exported ones, iface_reachable): it stays in the table for
		 * reflect's counts, without code */
		LLVMValueRef ifn = LLVMConstNull(g->ptr), tfn = ifn;
		if (iface_reachable(g, ms->names[i])) {
			ifn = cg_method_wrapper(g, t, ms->names[i], true);
			tfn = cg_method_wrapper(g, t, ms->names[i], false);
		}
		const char *tn = table_name(g, ms->names[i], lk.mobj ? lk.mobj : lk.method ? lk.method->obj : NULL);
		LLVMValueRef x[] = { cg_cstring(g, tn, strlen(tn) + 1),
				     plain ? cg_typedesc(g, plain) : LLVMConstNull(g->ptr), ifn, tfn };
		mv[nm++] = LLVMConstNamedStruct(mty, x, 4);
		if (exported(ms->names[i]))
			nx++;
	}
	LLVMValueRef tab = nm ? const_global(g, fe_sprintf(g->a, "type..methods.%s", key),
					     LLVMConstArray(mty, mv, (unsigned)nm), true)
			      : LLVMConstNull(g->ptr);
	const char *pkg = t->kind == TY_UNSAFEPTR ? "unsafe" : uncommon_pkgpath(t);
	LLVMValueRef uv[] = { cstring_or_null(g, pkg), i16c(g, nm), i16c(g, nx), i32c(g, 0), tab };
	return LLVMConstNamedStruct(uncommon_t, uv, 5);
}

/* An unnamed pointer type's descriptor, for cg_link_ptrtothis. */
static void note_ptrdesc(CG *g, LLVMValueRef ptr, LLVMValueRef elem)
{
	FE_PUSH(g->a, g->ptrdescs, g->nptrdescs, g->capptrdescs, (CgPtrDesc){ ptr, elem });
}

/*
 * In a module per package, a package-level defined type T and *T are
 * described by T's package's module (cg_define_types), as gc emits them
 * with T's package: another module declares them, and does not repeat a
 * descriptor, its method table and its methods' wrappers wherever the
 * type meets an interface.
 */
static bool described_elsewhere(CG *g, Type *t)
{
	Type *n = t->kind == TY_PTR ? t->elem : t;
	if (!g->split || n->kind != TY_NAMED || !n->obj || !bs_map_get(g->toptypes, n->obj) ||
	    (n->obj->pkg && n->obj->pkg->native))
		return false;
	return strcmp(obj_pkgpath(n->obj), g->pkgpath) != 0;
}

void cg_define_types(CG *g, Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind != N_TYPESPEC || d->typespec.alias || d->typespec.generic)
			continue;
		Object *o = d->typespec.name->obj;
		if (!o || o->kind != OBJ_TYPE || !o->type || o->type->kind != TY_NAMED || strcmp(o->name, "_") == 0)
			continue;
		cg_typedesc(g, o->type);
		cg_typedesc(g, fe_type_ptr(g->a, o->type));
	}
}

LLVMValueRef cg_typedesc(CG *g, Type *t)
{
	if (fe_is_untyped(t))
		t = fe_default_type(t);
	if (t->kind == TY_UNTYPED_NIL)
		t = fe_types[TY_UNSAFEPTR];
	const char *key = type_string(g, t, true);
	LLVMValueRef gv = bs_map_get(g->typedescs, key);
	if (gv)
		return gv;
	if (runtime_owned(t) || described_elsewhere(g, t)) {
		/* the runtime defines the predeclared types' descriptors (abi.h),
		 * another package's module its package-level types' */
		gv = LLVMAddGlobal(g->mod, g->i8, fe_sprintf(g->a, "type.%s", key));
		bs_map_put(g->typedescs, key, gv);
		return gv;
	}
	const char *str = type_string(g, t, false);
	Type *u = fe_under(t);
	fe_layout(t);
	LLVMTypeRef ht = header_type(g);
	LLVMTypeRef et = extras_type(g, t);
	bool methods = has_methods(t);
	/* gc gives every type with a name an uncommon section, methods or
	 * not: it is where reflect finds the type's PkgPath */
	bool uncommon = methods || t->kind == TY_NAMED || t->kind == TY_UNSAFEPTR;
	LLVMTypeRef uncommon_t = NULL;
	MSet ms = { 0 };
	if (methods) {
		Type *base = t->kind == TY_PTR ? t->elem : t;
		collect_names(&ms, base, 0);
		if (ms.n > 1)
			qsort(ms.names, (size_t)ms.n, sizeof *ms.names, cmp_names);
	}
	if (uncommon) {
		LLVMTypeRef uf[] = { g->ptr, g->i16, g->i16, g->i32, g->ptr };
		uncommon_t = LLVMStructTypeInContext(g->ctx, uf, 5, false);
	}
	LLVMTypeRef parts[4];
	int np = 0;
	parts[np++] = ht;
	if (et)
		parts[np++] = et;
	if (uncommon)
		parts[np++] = uncommon_t;
	LLVMTypeRef dt = LLVMStructTypeInContext(g->ctx, parts, (unsigned)np, false);
	gv = LLVMAddGlobal(g->mod, dt, fe_sprintf(g->a, "type.%s", key));
	LLVMSetGlobalConstant(gv, true);
	LLVMSetLinkage(gv, LLVMLinkOnceODRLinkage);
	LLVMSetAlignment(gv, 8);
	bs_map_put(g->typedescs, key, gv);

	uint8_t tflag = 0;
	if (t->kind == TY_NAMED || t->kind == TY_UNSAFEPTR) /* unsafe.Pointer is a defined type */
		tflag |= TflagNamed;
	if (alg_kind(t) == ALG_MEM)
		tflag |= TflagRegularMemory;
	if (uncommon)
		tflag |= TflagUncommon;
	int kind = go_kind(t);
	if (fe_is_direct_iface(t))
		kind |= KindDirectIface;
	/* unnamed struct and interface literals met while a defined type is
	 * described belong, failing better knowledge, to its package */
	const char *outerpkg = g->descpkg;
	if (t->kind == TY_NAMED && t->obj)
		g->descpkg = obj_pkgpath(t->obj);
	LLVMValueRef vals[4];
	int nv = 0;
	vals[nv++] = header(g, ptrto_named(g, t), str, t->size, t->align, t->ptrdata, fe_gcmask(g->a, t), kind, tflag,
			    cg_eqfn(g, t));
	if (et) {
		LLVMValueRef ev[8];
		int ne = 0;
		switch (u->kind) {
		case TY_PTR: case TY_SLICE:
			ev[ne++] = cg_typedesc(g, u->elem);
			if (t->kind == TY_PTR)
				note_ptrdesc(g, gv, ev[0]);
			break;
		case TY_CHAN:
			ev[ne++] = cg_typedesc(g, u->elem);
			ev[ne++] = i64c(g, u->dir);
			break;
		case TY_ARRAY:
			ev[ne++] = cg_typedesc(g, u->elem);
			ev[ne++] = cg_typedesc(g, fe_type_slice(g->a, u->elem));
			ev[ne++] = i64c(g, u->len);
			break;
		case TY_STRUCT:
			ev[ne++] = cstring_or_null(g, struct_pkgpath(g, t));
			ev[ne++] = field_table(g, u, key);
			ev[ne++] = i64c(g, u->nfields);
			break;
		case TY_INTERFACE: {
			LLVMTypeRef mf[] = { g->ptr, g->ptr };
			LLVMTypeRef mty = LLVMStructTypeInContext(g->ctx, mf, 2, false);
			LLVMValueRef *mv = fe_alloc(g->a, (u->nimethods + 1) * sizeof *mv);
			for (int i = 0; i < u->nimethods; i++) {
				Method *m = &u->imethods[i];
				const char *tn = table_name(g, m->name, m->obj);
				LLVMValueRef x[] = { cg_cstring(g, tn, strlen(tn) + 1), cg_typedesc(g, m->sig) };
				mv[i] = LLVMConstNamedStruct(mty, x, 2);
			}
			LLVMValueRef arr = LLVMConstArray(mty, mv, (unsigned)u->nimethods);
			ev[ne++] = cstring_or_null(g, iface_pkgpath(g, t));
			ev[ne++] = u->nimethods ? const_global(g, fe_sprintf(g->a, "type..imethods.%s", key), arr, true)
						: LLVMConstNull(g->ptr);
			ev[ne++] = i64c(g, u->nimethods);
			break;
		}
		case TY_FUNC: {
			LLVMValueRef *in = fe_alloc(g->a, (u->nparams + 1) * sizeof *in);
			LLVMValueRef *out = fe_alloc(g->a, (u->nresults + 1) * sizeof *out);
			for (int i = 0; i < u->nparams; i++)
				in[i] = cg_typedesc(g, u->params[i]);
			for (int i = 0; i < u->nresults; i++)
				out[i] = cg_typedesc(g, u->results[i]);
			ev[ne++] = u->nparams ? const_global(g, fe_sprintf(g->a, "type..in.%s", key),
							     LLVMConstArray(g->ptr, in, (unsigned)u->nparams), true)
					      : LLVMConstNull(g->ptr);
			ev[ne++] = u->nresults ? const_global(g, fe_sprintf(g->a, "type..out.%s", key),
							      LLVMConstArray(g->ptr, out, (unsigned)u->nresults), true)
					       : LLVMConstNull(g->ptr);
			ev[ne++] = i16c(g, u->nparams);
			ev[ne++] = i16c(g, u->nresults | (u->variadic ? 0x8000 : 0));
			break;
		}
		case TY_MAP: {
			int64_t ks = cg_size(u->key), es = cg_size(u->elem);
			bool kind_ = ks > 128, eind = es > 128;
			if (kind_)
				ks = 8;
			if (eind)
				es = 8;
			int64_t bsize;
			LLVMValueRef bd = bucket_desc(g, t, ks, es, kind_, eind, &bsize);
			uint32_t flags = 0;
			if (kind_)
				flags |= MapIndirectKey;
			if (eind)
				flags |= MapIndirectElem;
			int ak = alg_kind(u->key);
			bool reflexive = !alg_float(ak) && ak != ALG_INTER && ak != ALG_NILINTER &&
					 ak != ALG_SPECIAL;
			if (ak == ALG_SPECIAL) {
				/* structs/arrays without floats or interfaces are reflexive too */
				reflexive = true;
				Type *stack[64];
				int sp = 0;
				stack[sp++] = u->key;
				while (sp > 0 && reflexive) {
					Type *x = fe_under(stack[--sp]);
					int k = alg_kind(x);
					if (alg_float(k) || k == ALG_INTER || k == ALG_NILINTER)
						reflexive = false;
					else if (x->kind == TY_STRUCT)
						for (int i = 0; i < x->nfields && sp < 63; i++)
							stack[sp++] = x->fields[i].type;
					else if (x->kind == TY_ARRAY && sp < 63)
						stack[sp++] = x->elem;
				}
			}
			if (reflexive)
				flags |= MapReflexiveKey;
			if (!reflexive || ak == ALG_STR || ak == ALG_SPECIAL)
				flags |= MapNeedKeyUpdate;
			if (ak == ALG_INTER || ak == ALG_NILINTER)
				flags |= MapHashMightPanic;
			ev[ne++] = cg_typedesc(g, u->key);
			ev[ne++] = cg_typedesc(g, u->elem);
			ev[ne++] = bd;
			LLVMValueRef h = hashfn(g, u->key);
			ev[ne++] = h ? h : LLVMConstNull(g->ptr);
			ev[ne++] = i8c(g, ks);
			ev[ne++] = i8c(g, es);
			ev[ne++] = i16c(g, bsize);
			ev[ne++] = i32c(g, flags);
			break;
		}
		default:
			break;
		}
		vals[nv++] = LLVMConstNamedStruct(et, ev, (unsigned)ne);
	}
	if (uncommon)
		vals[nv++] = uncommon_section(g, t, key, &ms, uncommon_t);
	free(ms.names);
	LLVMSetInitializer(gv, LLVMConstNamedStruct(dt, vals, (unsigned)nv));
	g->descpkg = outerpkg;
	return gv;
}

/*
 * ptrToThis of the unnamed types whose *T the module has: gc links them
 * when *T is emitted anyway, and by the end of lowering every descriptor
 * is, so each one noted by note_ptrdesc patches its element's header now.
 * Runtime-owned elements (declarations, no initializer) are the runtime's
 * to link, and defined types linked themselves (ptrto_named).
 */
void cg_link_ptrtothis(CG *g)
{
	for (int i = 0; i < g->nptrdescs; i++) {
		LLVMValueRef elem = g->ptrdescs[i].elem;
		LLVMValueRef init = LLVMGetInitializer(elem);
		if (!init)
			continue;
		LLVMValueRef hdr = LLVMGetAggregateElement(init, 0);
		LLVMValueRef f[HDR_NFIELDS];
		for (unsigned k = 0; k < HDR_NFIELDS; k++)
			f[k] = LLVMGetAggregateElement(hdr, k);
		if (!LLVMIsNull(f[HDR_PTRTOTHIS]))
			continue;
		f[HDR_PTRTOTHIS] = g->ptrdescs[i].ptr;
		unsigned n = LLVMCountStructElementTypes(LLVMTypeOf(init));
		LLVMValueRef *parts = fe_alloc(g->a, n * sizeof *parts);
		parts[0] = LLVMConstNamedStruct(header_type(g), f, HDR_NFIELDS);
		for (unsigned k = 1; k < n; k++)
			parts[k] = LLVMGetAggregateElement(init, k);
		LLVMSetInitializer(elem, LLVMConstNamedStruct(LLVMTypeOf(init), parts, n));
	}
}

/* ---- interfaces: method indices, itabs, wrappers ---- */

int cg_imethod_index(Type *iface, const char *name)
{
	Type *u = fe_under(iface);
	for (int i = 0; i < u->nimethods; i++)
		if (strcmp(u->imethods[i].name, name) == 0)
			return i;
	return -1;
}

LLVMValueRef cg_itab(CG *g, Type *iface, Type *concrete)
{
	const char *key = fe_sprintf(g->a, "%s,%s", type_string(g, concrete, true), type_string(g, iface, true));
	LLVMValueRef gv = bs_map_get(g->itabs, key);
	if (gv)
		return gv;
	Type *u = fe_under(iface);
	int n = u->nimethods;
	LLVMTypeRef f[] = { g->ptr, g->ptr, g->i32, LLVMArrayType(g->i8, 4), LLVMArrayType(g->ptr, (unsigned)n) };
	LLVMTypeRef it = LLVMStructTypeInContext(g->ctx, f, 5, false);
	gv = LLVMAddGlobal(g->mod, it, fe_sprintf(g->a, "go.itab.%s", key));
	LLVMSetLinkage(gv, LLVMLinkOnceODRLinkage);
	LLVMSetAlignment(gv, 8);
	bs_map_put(g->itabs, key, gv);
	/* one itab per pair at run time: runtime.itabsinit learns the static ones */
	LLVMValueRef *fns = fe_alloc(g->a, (n + 1) * sizeof *fns);
	for (int i = 0; i < n; i++)
		fns[i] = cg_method_wrapper(g, concrete, u->imethods[i].name, true);
	const char *str = type_string(g, concrete, false);
	LLVMValueRef v[] = { cg_typedesc(g, iface), cg_typedesc(g, concrete), i32c(g, fnv32(str)),
			     LLVMConstNull(LLVMArrayType(g->i8, 4)), LLVMConstArray(g->ptr, fns, (unsigned)n) };
	LLVMSetInitializer(gv, LLVMConstNamedStruct(it, v, 5));
	return gv;
}

/*
 * The function that calls method `name` of a value of type recvt.
 * ifn: the receiver arrives as an interface data word (the value itself when
 * recvt is pointer-shaped, else a pointer to it): itabs and method tables.
 * Otherwise the receiver is a recvt value: method values and expressions.
 * Promoted methods walk the embedded fields first.  Both are named after
 * gc's wrappers ("main.(*T).M" for T's value methods reached through a
 * pointer) with a suffix where gc has no such symbol.
 */
/*
 * A method wrapper is transparent to recover(), as gc's are: deferred
 * through an interface or a method value, the wrapper is what the deferred
 * call calls, and it hands runtime.deferfn's mark (its own address, see
 * runtime/defer.c) on to the method, so that recover() in the method
 * works.  A compare and a predicted branch per wrapper call.
 */
static void forward_deferfn(CG *g, LLVMValueRef self, LLVMValueRef target)
{
	LLVMValueRef cur = LLVMBuildLoad2(g->b, g->ptr, g->deferfn, "");
	LLVMValueRef direct = LLVMBuildICmp(g->b, LLVMIntEQ, cur, self, "");
	LLVMBasicBlockRef yes = cg_block(g, "deferred"), next = cg_block(g, "call");
	LLVMBuildCondBr(g->b, direct, yes, next);
	cg_set_block(g, yes);
	LLVMBuildStore(g->b, target, g->deferfn);
	LLVMBuildBr(g->b, next);
	cg_set_block(g, next);
}

LLVMValueRef cg_method_wrapper(CG *g, Type *recvt, const char *name, bool ifn)
{
	Lookup lk = fe_lookup(recvt, name);
	if (lk.kind != LOOK_METHOD)
		return LLVMConstNull(g->ptr);
	/* the direct case: the method itself already has the right receiver */
	if (lk.npath == 0 && lk.mobj && lk.mobj->type && lk.mobj->type->recv) {
		Type *mr = lk.mobj->type->recv->type;
		if (fe_identical(mr, recvt) && (!ifn || fe_is_direct_iface(recvt) || recvt->kind == TY_PTR))
			return cg_func_decl(g, lk.mobj);
	}
	/* gc's spelling: main.(*T).M for the pointer's method set, main.T.M·i / ·m otherwise */
	Type *base = recvt->kind == TY_PTR ? recvt->elem : recvt;
	const char *bs = type_string(g, base, true);
	const char *dot = base->kind == TY_NAMED ? strrchr(bs, '.') : NULL; /* PKGPATH.T */
	const char *sym;
	if (dot && recvt->kind == TY_PTR)
		sym = fe_sprintf(g->a, "%.*s.(*%s).%s%s", (int)(dot - bs), bs, dot + 1, name, ifn ? "" : "·m");
	else
		sym = fe_sprintf(g->a, "%s.%s%s", type_string(g, recvt, true), name, ifn ? "·i" : "·m");
	LLVMValueRef f = bs_map_get(g->wrappers, sym);
	if (f)
		return f;
	Type *msig = lk.mobj ? lk.mobj->type : lk.method->sig;
	/* promoted from an embedded interface: the lookup found the interface's method */
	bool viaiface = !lk.mobj || !lk.mobj->type || !lk.mobj->type->recv;
	Type *plain = fe_type_func(g->a, msig->params, msig->nparams, msig->results, msig->nresults, msig->variadic);
	Type *wr = ifn ? fe_types[TY_UNSAFEPTR] : recvt;
	CgAbi *abi = cg_abi(g, plain, wr, true);
	f = cg_new_function(g, sym, abi);
	LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
	bs_map_put(g->wrappers, sym, f);

	LLVMBasicBlockRef saved = LLVMGetInsertBlock(g->b);
	CgFn *fn = fe_alloc(g->a, sizeof *fn);
	fn->sig = plain;
	fn->name = sym;
	fn->abi = abi;
	cg_begin_function(g, fn, f);
	LLVMValueRef *vals = fe_alloc(g->a, (abi->nparams + 1) * sizeof *vals);
	cg_abi_params(g, abi, f, vals);

	/* addr: address of a value of type cur (or the value itself for pointer-shaped data) */
	Type *cur = recvt;
	LLVMValueRef addr;
	if (recvt->kind == TY_PTR) {
		addr = vals[0];
		cur = recvt->elem;
	} else if (ifn && !fe_is_direct_iface(recvt)) {
		addr = vals[0];
	} else if (ifn && cg_ismem(recvt)) {
		/* a pointer-shaped struct or array (struct{ *T }, [1]*T): the
		 * data word is the value's only word, not its address */
		addr = cg_alloca(g, recvt, "recv");
		LLVMBuildStore(g->b, vals[0], addr);
	} else if (cg_ismem(recvt)) {
		addr = vals[0];
	} else {
		addr = cg_alloca(g, recvt, "recv");
		cg_store(g, recvt, addr, vals[0]);
	}
	for (int i = 0; i < lk.npath; i++) {
		Type *su = fe_under(cur);
		if (su->kind == TY_PTR) {
			cg_nilcheck(g, addr);
			addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
			su = fe_under(su->elem);
		}
		addr = cg_offset(g, addr, fe_offsetof(su, lk.path[i]));
		cur = su->fields[lk.path[i]].type;
	}
	if (fe_under(cur)->kind == TY_PTR && !viaiface) {
		cg_nilcheck(g, addr);
		addr = LLVMBuildLoad2(g->b, g->ptr, addr, "");
		cur = fe_under(cur)->elem;
	}
	int na = abi->nparams;
	LLVMValueRef *args = fe_alloc(g->a, (na + 1) * sizeof *args);
	for (int i = 1; i < na; i++)
		args[i] = vals[i];
	LLVMValueRef res;
	if (viaiface) {
		/* a method of an embedded interface: dynamic call */
		LLVMValueRef iv = cg_load(g, cur, addr);
		LLVMValueRef tab = LLVMBuildExtractValue(g->b, iv, 0, "");
		cg_nilcheck(g, tab);
		int idx = cg_imethod_index(cur, name);
		LLVMValueRef slot = cg_offset(g, tab, 24 + 8 * idx);
		LLVMValueRef mfn = LLVMBuildLoad2(g->b, g->ptr, slot, "");
		CgAbi *ca = cg_abi(g, plain, fe_types[TY_UNSAFEPTR], true);
		args[0] = LLVMBuildExtractValue(g->b, iv, 1, "");
		forward_deferfn(g, f, mfn);
		res = cg_abi_call(g, ca, mfn, LLVMConstNull(g->ptr), args);
	} else {
		Type *mr = lk.mobj->type->recv->type;
		if (mr->kind == TY_PTR) {
			args[0] = addr;
		} else {
			if (recvt->kind == TY_PTR || (ifn && !fe_is_direct_iface(recvt))) {
				LLVMValueRef isnil = LLVMBuildIsNull(g->b, addr, "");
				LLVMBasicBlockRef bad = cg_block(g, "nilrecv"), ok = cg_block(g, "ok");
				LLVMBuildCondBr(g->b, isnil, bad, ok);
				cg_set_block(g, bad);
				if (lk.npath == 0 && recvt->kind == TY_PTR) {
					/* gc's panicwrap: the wrapper of T's value method
					 * for *T, called with a nil *T */
					const char *ts = type_string(g, recvt->elem, false);
					Object *to = recvt->elem->kind == TY_NAMED ? recvt->elem->obj : NULL;
					if (to && to->pkg && !to->pkg->native) /* gc names it by import path */
						ts = fe_sprintf(g->a, "%s.%s", to->pkg->path, to->name);
					const char *d = strrchr(ts, '.');
					const char *msg = d ? fe_sprintf(g->a, "value method %s.%s called using nil *%s pointer", ts, name, d + 1)
							      : fe_sprintf(g->a, "value method %s.%s called using nil *%s pointer", ts, name, ts);
					LLVMValueRef m = cg_cstring(g, msg, strlen(msg) + 1);
					cg_rtcall(g, "runtime.panicplain", &m, 1);
				} else {
					cg_rtcall(g, "runtime.panicmem", NULL, 0);
				}
				LLVMBuildUnreachable(g->b);
				cg_set_block(g, ok);
			}
			args[0] = cg_ismem(mr) ? cg_copy_to_temp(g, mr, addr) : cg_load(g, mr, addr);
		}
		CgAbi *ca = cg_abi(g, lk.mobj->type, mr, true);
		LLVMValueRef mfn = cg_func_decl(g, lk.mobj);
		forward_deferfn(g, f, mfn);
		res = cg_abi_call(g, ca, mfn, LLVMConstNull(g->ptr), args);
	}
	if (abi->nresults == 0) {
		cg_abi_return(g, abi, NULL);
	} else if (abi->nresults == 1) {
		cg_abi_return(g, abi, &res);
	} else {
		LLVMValueRef *rs2 = fe_alloc(g->a, abi->nresults * sizeof *rs2);
		for (int i = 0; i < abi->nresults; i++)
			rs2[i] = cg_tuple_elem(g, abi->rtuple, res, i);
		cg_abi_return(g, abi, rs2);
	}
	cg_leave_function(g);
	if (saved)
		LLVMPositionBuilderAtEnd(g->b, saved);
	return f;
}
