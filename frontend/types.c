/*
 * types.c - mini-Go's types: construction, identity, layout, lookup.
 *
 * A Type is one struct for every kind, with the fields a kind needs (see
 * frontend.h).  Composite types are built fresh each time a type expression
 * is checked, so identity is structural (fe_identical) except for defined
 * types (TY_NAMED), which are identical only to themselves: that is Go's
 * rule, and it is also what makes recursive types finite to walk, since a
 * type can only refer to itself through a name.  Every recursive walk here
 * therefore stops at TY_NAMED or at a pointer, and its depth is bounded by
 * the nesting of the type expressions the programmer wrote.
 *
 * The predeclared basic types are unique objects (fe_types[kind]); byte and
 * rune are separate objects with the kinds of uint8 and int32, because
 * types2 prints a type the way it was spelled ("byte", not "uint8") while
 * identity only compares kinds.  `any` is a distinct empty interface for
 * the same reason.
 *
 * Layout follows gc on amd64 (cmd/compile/internal/types/size.go): words are
 * 8 bytes, a string is {ptr, len}, a slice {ptr, len, cap}, an interface two
 * pointer words, maps, channels and funcs one pointer; a struct whose last
 * field has size zero gets one byte of padding so that &s.last never points
 * past the object; ptrdata is the prefix of the object that holds pointers,
 * and the GC mask has one bit per word of that prefix.
 *
 * fe_lookup implements Go's selector rule: the shallowest depth at which a
 * field or method of that name exists wins, and two at the same depth are
 * ambiguous.  It is a breadth-first walk over embedded fields, as types2's
 * lookupFieldOrMethod, with named types visited once.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

/* The package being compiled: its names print unqualified (NULL: main). */
static Package *local_pkg;

void fe_set_local_package(Package *p)
{
	local_pkg = p;
}

Package *fe_local_package(void)
{
	return local_pkg;
}

Type *fe_types[TY_KIND_COUNT];
Type *fe_type_byte, *fe_type_rune, *fe_type_error, *fe_type_any, *fe_type_emptyiface;

static int type_ids;
static Arena *types_arena;

Type *fe_type_new(Arena *a, TypeKind kind)
{
	Type *t = fe_alloc(a, sizeof *t);
	t->kind = kind;
	t->size = -1;
	t->len = -1;
	t->id = ++type_ids;
	return t;
}

static Type *basic(TypeKind k, const char *name)
{
	Type *t = fe_type_new(types_arena, k);
	t->basic_name = name;
	return t;
}

void fe_types_init(void)
{
	if (types_arena)
		return;
	types_arena = fe_arena_new();
	static const struct { TypeKind k; const char *name; } tab[] = {
		{ TY_INVALID, "invalid type" },
		{ TY_BOOL, "bool" }, { TY_INT, "int" }, { TY_INT8, "int8" }, { TY_INT16, "int16" },
		{ TY_INT32, "int32" }, { TY_INT64, "int64" }, { TY_UINT, "uint" }, { TY_UINT8, "uint8" },
		{ TY_UINT16, "uint16" }, { TY_UINT32, "uint32" }, { TY_UINT64, "uint64" },
		{ TY_UINTPTR, "uintptr" }, { TY_FLOAT32, "float32" }, { TY_FLOAT64, "float64" },
		{ TY_COMPLEX64, "complex64" }, { TY_COMPLEX128, "complex128" },
		{ TY_STRING, "string" }, { TY_UNSAFEPTR, "unsafe.Pointer" },
		{ TY_UNTYPED_BOOL, "untyped bool" }, { TY_UNTYPED_INT, "untyped int" },
		{ TY_UNTYPED_RUNE, "untyped rune" }, { TY_UNTYPED_FLOAT, "untyped float" },
		{ TY_UNTYPED_COMPLEX, "untyped complex" },
		{ TY_UNTYPED_STRING, "untyped string" }, { TY_UNTYPED_NIL, "untyped nil" },
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		fe_types[tab[i].k] = basic(tab[i].k, tab[i].name);
	fe_type_byte = basic(TY_UINT8, "byte");
	fe_type_rune = basic(TY_INT32, "rune");
	fe_type_any = fe_type_interface(types_arena, NULL, 0, NULL, 0);
	fe_type_emptyiface = fe_type_interface(types_arena, NULL, 0, NULL, 0);
	/* error is the named type interface{ Error() string } */
	Object *eobj = fe_object_new(types_arena, OBJ_TYPE, "error", (Pos){ 0 }, NULL);
	Type *str = fe_types[TY_STRING];
	Method m = { .name = "Error", .sig = fe_type_func(types_arena, NULL, 0, &str, 1, false) };
	Method *ms = fe_alloc(types_arena, sizeof *ms);
	*ms = m;
	m.obj = fe_object_new(types_arena, OBJ_FUNC, "Error", (Pos){ 0 }, m.sig);
	ms->obj = m.obj;
	fe_type_error = fe_type_named(types_arena, eobj, fe_type_interface(types_arena, ms, 1, NULL, 0));
	eobj->type = fe_type_error;
}

/* ---- constructors ---- */

Type *fe_type_ptr(Arena *a, Type *elem)
{
	Type *t = fe_type_new(a, TY_PTR);
	t->elem = elem;
	return t;
}

Type *fe_type_slice(Arena *a, Type *elem)
{
	Type *t = fe_type_new(a, TY_SLICE);
	t->elem = elem;
	return t;
}

Type *fe_type_array(Arena *a, Type *elem, int64_t len)
{
	Type *t = fe_type_new(a, TY_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

Type *fe_type_map(Arena *a, Type *key, Type *elem)
{
	Type *t = fe_type_new(a, TY_MAP);
	t->key = key;
	t->elem = elem;
	return t;
}

Type *fe_type_chan(Arena *a, int dir, Type *elem)
{
	Type *t = fe_type_new(a, TY_CHAN);
	t->dir = dir;
	t->elem = elem;
	return t;
}

Type *fe_type_func(Arena *a, Type **params, int np, Type **results, int nr, bool variadic)
{
	Type *t = fe_type_new(a, TY_FUNC);
	t->params = fe_alloc(a, (np + 1) * sizeof *params);
	if (np)
		memcpy(t->params, params, np * sizeof *params);
	t->nparams = np;
	t->results = fe_alloc(a, (nr + 1) * sizeof *results);
	if (nr)
		memcpy(t->results, results, nr * sizeof *results);
	t->nresults = nr;
	t->variadic = variadic;
	return t;
}

Type *fe_type_tuple(Arena *a, Type **elems, int n)
{
	Type *t = fe_type_new(a, TY_TUPLE);
	t->results = fe_alloc(a, (n + 1) * sizeof *elems);
	if (n)
		memcpy(t->results, elems, n * sizeof *elems);
	t->nresults = n;
	return t;
}

Type *fe_type_struct(Arena *a, Field *fields, int n)
{
	Type *t = fe_type_new(a, TY_STRUCT);
	t->fields = fe_alloc(a, (n + 1) * sizeof *fields);
	if (n)
		memcpy(t->fields, fields, n * sizeof *fields);
	t->nfields = n;
	return t;
}

static int method_cmp(const void *x, const void *y)
{
	return strcmp(((const Method *)x)->name, ((const Method *)y)->name);
}

/*
 * The names of the methods the program's interface types declare, in any
 * package, function body or bundled declaration: a method of a concrete
 * type whose name is not among them can never be found through an
 * interface, so the code generator leaves its code out of the type's
 * method table and need not compile it (unless the program calls methods
 * by index or name through reflect: fe_reflect_methods).
 * Process-wide, like the universe: one program per process.
 */
static BsMap *iface_names;
static Arena *iface_arena;

static void note_iface_methods(const Method *ms, int nm)
{
	if (!iface_names) {
		iface_arena = fe_arena_new();
		iface_names = bs_smap_new(iface_arena);
	}
	for (int i = 0; i < nm; i++)
		if (ms[i].name && !bs_map_get(iface_names, ms[i].name)) {
			char *name = fe_strndup(iface_arena, ms[i].name, strlen(ms[i].name));
			bs_map_put(iface_names, name, name);
		}
}

bool fe_iface_method_name(const char *name)
{
	return iface_names && bs_map_get(iface_names, name);
}

/* Whether the program looks methods up by index or name through reflect
 * (Value.Method, MethodByName): then no exported method may lose its code. */
static bool reflect_methods;

void fe_note_reflect_methods(void)
{
	reflect_methods = true;
}

bool fe_reflect_methods(void)
{
	return reflect_methods;
}

/* Interfaces with embedded ones, whose method sets are computed when
 * first needed: fe_complete_interfaces finishes the ones nothing needed
 * before the back end reads them. */
static Type **pending;
static size_t npending, cappending;

void fe_complete_interfaces(bool complete)
{
	for (size_t i = 0; complete && i < npending; i++)
		if (!pending[i]->complete)
			fe_complete_interface(pending[i]);
	npending = 0; /* their arenas may go with the compilation (the fuzzer's) */
}

Type *fe_type_interface(Arena *a, Method *ms, int nm, Type **embeds, int ne)
{
	note_iface_methods(ms, nm);
	Type *t = fe_type_new(a, TY_INTERFACE);
	t->explicit_ = fe_alloc(a, (nm + 1) * sizeof *ms);
	if (nm)
		memcpy(t->explicit_, ms, nm * sizeof *ms);
	t->nexplicit = nm;
	/* types2 keeps explicit methods sorted; printing follows that order */
	qsort(t->explicit_, nm, sizeof *ms, method_cmp);
	t->embeds = fe_alloc(a, (ne + 1) * sizeof *embeds);
	if (ne)
		memcpy(t->embeds, embeds, ne * sizeof *embeds);
	t->nembeds = ne;
	if (ne > 0) {
		if (npending == cappending) {
			cappending = cappending ? 2 * cappending : 64;
			pending = realloc(pending, cappending * sizeof *pending);
			if (!pending)
				abort();
		}
		pending[npending++] = t;
	}
	if (ne == 0) {
		/* no embedded interfaces: the method set is the explicit list */
		t->imethods = t->explicit_;
		t->nimethods = nm;
		t->complete = true;
	}
	return t;
}

Type *fe_type_named(Arena *a, Object *obj, Type *underlying)
{
	Type *t = fe_type_new(a, TY_NAMED);
	t->obj = obj;
	t->underlying = underlying;
	return t;
}

/* ---- predicates ---- */

Type *fe_under(Type *t)
{
	/* A defined type's underlying type is never itself a TY_NAMED: the
	 * checker resolves "type A B" to B's underlying type. */
	if (t && t->kind == TY_NAMED)
		return t->underlying ? t->underlying : fe_types[TY_INVALID];
	return t;
}

static bool is_basic_kind(TypeKind k) { return k >= TY_INVALID && k <= TY_UNTYPED_NIL; }

bool fe_is_untyped(Type *t) { return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

bool fe_is_integer(Type *t)
{
	t = fe_under(t);
	return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
		     t->kind == TY_UNTYPED_RUNE);
}

bool fe_is_unsigned(Type *t)
{
	t = fe_under(t);
	return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool fe_is_float(Type *t)
{
	t = fe_under(t);
	return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool fe_is_complex(Type *t)
{
	t = fe_under(t);
	return t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128 || t->kind == TY_UNTYPED_COMPLEX);
}

bool fe_is_numeric(Type *t) { return fe_is_integer(t) || fe_is_float(t) || fe_is_complex(t); }

bool fe_is_string(Type *t)
{
	t = fe_under(t);
	return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool fe_is_boolean(Type *t)
{
	t = fe_under(t);
	return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool fe_is_interface(Type *t)
{
	t = fe_under(t);
	return t && t->kind == TY_INTERFACE;
}

bool fe_is_const_type(Type *t) { return fe_is_numeric(t) || fe_is_string(t) || fe_is_boolean(t); }

Type *fe_default_type(Type *t)
{
	if (!t)
		return t;
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return fe_types[TY_BOOL];
	case TY_UNTYPED_INT: return fe_types[TY_INT];
	case TY_UNTYPED_RUNE: return fe_type_rune;
	case TY_UNTYPED_FLOAT: return fe_types[TY_FLOAT64];
	case TY_UNTYPED_COMPLEX: return fe_types[TY_COMPLEX128];
	case TY_UNTYPED_STRING: return fe_types[TY_STRING];
	default: return t;
	}
}

static bool identical(Type *x, Type *y, bool tags);

static bool identical_sig(Type *x, Type *y, bool tags)
{
	if (x->nparams != y->nparams || x->nresults != y->nresults || x->variadic != y->variadic)
		return false;
	for (int i = 0; i < x->nparams; i++)
		if (!identical(x->params[i], y->params[i], tags))
			return false;
	for (int i = 0; i < x->nresults; i++)
		if (!identical(x->results[i], y->results[i], tags))
			return false;
	return true;
}

static void complete_interface(Type *t);

/* No tag and the empty tag are the same. */
static bool same_tag(const Field *f, const Field *g)
{
	size_t n = f->tag ? f->taglen : 0, m = g->tag ? g->taglen : 0;
	return n == m && (n == 0 || memcmp(f->tag, g->tag, n) == 0);
}

static bool identical(Type *x, Type *y, bool tags)
{
	if (x == y)
		return true;
	if (!x || !y)
		return false;
	if (x->kind != y->kind)
		return false;
	if (is_basic_kind(x->kind))
		return true; /* byte == uint8, rune == int32 */
	switch (x->kind) {
	case TY_CHAN:
		return x->dir == y->dir && identical(x->elem, y->elem, tags);
	case TY_PTR:
	case TY_SLICE:
		return identical(x->elem, y->elem, tags);
	case TY_ARRAY:
		return x->len == y->len && identical(x->elem, y->elem, tags);
	case TY_MAP:
		return identical(x->key, y->key, tags) && identical(x->elem, y->elem, tags);
	case TY_STRUCT:
		if (x->nfields != y->nfields)
			return false;
		for (int i = 0; i < x->nfields; i++) {
			Field *f = &x->fields[i], *g = &y->fields[i];
			if (f->embedded != g->embedded || strcmp(f->name, g->name) != 0 ||
			    (tags && !same_tag(f, g)) || !identical(f->type, g->type, tags))
				return false;
			/* lower-case names of one package: same package here */
		}
		return true;
	case TY_FUNC:
		return identical_sig(x, y, tags);
	case TY_TUPLE:
		if (x->nresults != y->nresults)
			return false;
		for (int i = 0; i < x->nresults; i++)
			if (!identical(x->results[i], y->results[i], tags))
				return false;
		return true;
	case TY_INTERFACE:
		complete_interface(x);
		complete_interface(y);
		if (x->nimethods != y->nimethods)
			return false;
		for (int i = 0; i < x->nimethods; i++)
			if (strcmp(x->imethods[i].name, y->imethods[i].name) != 0 ||
			    !identical(x->imethods[i].sig, y->imethods[i].sig, tags))
				return false;
		return true;
	case TY_NAMED:
		return false; /* x != y */
	default:
		return false;
	}
}

bool fe_identical(Type *x, Type *y) { return identical(x, y, true); }

bool fe_identical_ignore_tags(Type *x, Type *y) { return identical(x, y, false); }

/*
 * An interface's method set: its explicit methods and those of the
 * interfaces it embeds (Go 1.14+: duplicates with identical signatures
 * merge).  The checker reports conflicting duplicates itself before
 * completing; here the first one wins.
 */
static void complete_interface(Type *t)
{
	if (t->complete)
		return;
	t->complete = true; /* also guards against an interface embedding itself */
	int cap = t->nexplicit;
	for (int i = 0; i < t->nembeds; i++) {
		Type *u = fe_under(t->embeds[i]);
		if (u->kind == TY_INTERFACE) {
			complete_interface(u);
			cap += u->nimethods;
		}
	}
	Method *ms = fe_alloc(types_arena, (cap + 1) * sizeof *ms);
	int n = 0;
	for (int i = 0; i < t->nexplicit; i++)
		ms[n++] = t->explicit_[i];
	for (int i = 0; i < t->nembeds; i++) {
		Type *u = fe_under(t->embeds[i]);
		if (u->kind != TY_INTERFACE)
			continue;
		for (int j = 0; j < u->nimethods; j++) {
			bool dup = false;
			for (int k = 0; k < n && !dup; k++)
				dup = strcmp(ms[k].name, u->imethods[j].name) == 0;
			if (!dup)
				ms[n++] = u->imethods[j];
		}
	}
	qsort(ms, n, sizeof *ms, method_cmp);
	t->imethods = ms;
	t->nimethods = n;
}

void fe_complete_interface(Type *t)
{
	t = fe_under(t);
	if (t && t->kind == TY_INTERFACE)
		complete_interface(t);
}

bool fe_comparable(Type *t)
{
	Type *u = fe_under(t);
	if (!u)
		return false;
	if (u->comparable_)
		return u->comparable_ > 0;
	bool r;
	switch (u->kind) {
	case TY_SLICE:
	case TY_MAP:
	case TY_FUNC:
	case TY_INVALID:
	case TY_TUPLE:
		r = false;
		break;
	case TY_UNTYPED_NIL:
		r = false;
		break;
	case TY_ARRAY:
		r = fe_comparable(u->elem);
		break;
	case TY_STRUCT:
		r = true;
		for (int i = 0; i < u->nfields && r; i++)
			r = fe_comparable(u->fields[i].type);
		break;
	default:
		r = true;
	}
	u->comparable_ = r ? 1 : -1;
	return r;
}

bool fe_hashable(Type *t) { return fe_comparable(t); }

/* ---- layout ---- */

static int64_t round_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

void fe_layout(Type *t)
{
	if (t->size >= 0)
		return;
	int64_t size = 0, align = 1, ptrdata = 0;
	switch (t->kind) {
	case TY_BOOL: case TY_INT8: case TY_UINT8:
		size = align = 1;
		break;
	case TY_INT16: case TY_UINT16:
		size = align = 2;
		break;
	case TY_INT32: case TY_UINT32: case TY_FLOAT32:
		size = align = 4;
		break;
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_FLOAT64:
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_BOOL:
		size = align = 8;
		if (t->kind == TY_UNTYPED_BOOL)
			size = align = 1;
		if (t->kind == TY_UNTYPED_RUNE)
			size = align = 4;
		break;
	case TY_COMPLEX64:
		size = 8, align = 4;
		break;
	case TY_COMPLEX128: case TY_UNTYPED_COMPLEX:
		size = 16, align = 8;
		break;
	case TY_UNSAFEPTR: case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNTYPED_NIL:
		size = align = ptrdata = 8;
		break;
	case TY_STRING: case TY_UNTYPED_STRING:
		size = 16, align = 8, ptrdata = 8;
		break;
	case TY_SLICE:
		size = 24, align = 8, ptrdata = 8;
		break;
	case TY_INTERFACE:
		size = 16, align = 8, ptrdata = 16;
		break;
	case TY_ARRAY: {
		Type *e = t->elem;
		fe_layout(e);
		align = e->align;
		int64_t n = t->len < 0 ? 0 : t->len;
		/* saturate: the checker reports arrays too large for the address space */
		size = (e->size && n > INT64_MAX / e->size) ? INT64_MAX : e->size * n;
		if (e->ptrdata && n > 0)
			ptrdata = e->size * (n - 1) + e->ptrdata;
		break;
	}
	case TY_STRUCT: {
		int64_t off = 0;
		for (int i = 0; i < t->nfields; i++) {
			Type *ft = t->fields[i].type;
			fe_layout(ft);
			if (ft->align > align)
				align = ft->align;
			off = round_up(off, ft->align);
			t->fields[i].offset = off;
			if (ft->ptrdata)
				ptrdata = off + ft->ptrdata;
			off += ft->size;
		}
		/* gc: a trailing zero-size field must not point past the object */
		if (t->nfields > 0 && t->fields[t->nfields - 1].type->size == 0 && off > 0)
			off++;
		size = round_up(off, align);
		break;
	}
	case TY_NAMED: {
		Type *u = fe_under(t);
		fe_layout(u);
		size = u->size, align = u->align, ptrdata = u->ptrdata;
		break;
	}
	case TY_TUPLE: {
		int64_t off = 0;
		for (int i = 0; i < t->nresults; i++) {
			Type *ft = t->results[i];
			fe_layout(ft);
			if (ft->align > align)
				align = ft->align;
			off = round_up(off, ft->align) + ft->size;
		}
		size = round_up(off, align);
		break;
	}
	default:
		size = 0, align = 1;
		break;
	}
	t->size = size;
	t->align = align;
	t->ptrdata = ptrdata;
}

int64_t fe_sizeof(Type *t)
{
	fe_layout(t);
	return t->size;
}

/* Field i's offset in struct type st, laid out on demand: a struct
 * reached only through a pointer (*struct{ a, b int }) is laid out when a
 * field is first selected. */
int64_t fe_offsetof(Type *st, int i)
{
	fe_layout(st);
	return st->fields[i].offset;
}

int64_t fe_alignof(Type *t)
{
	fe_layout(t);
	return t->align;
}

bool fe_has_pointers(Type *t)
{
	fe_layout(t);
	return t->ptrdata > 0;
}

bool fe_is_direct_iface(Type *t)
{
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return u->len == 1 && fe_is_direct_iface(u->elem);
	case TY_STRUCT:
		return u->nfields == 1 && fe_is_direct_iface(u->fields[0].type);
	default:
		return false;
	}
}

/* Sets the mask bits of the pointer words of t placed at byte offset off. */
static void mark(uint8_t *mask, int64_t nwords, Type *t, int64_t off)
{
	fe_layout(t);
	if (!t->ptrdata)
		return;
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
	case TY_STRING: case TY_SLICE: case TY_UNTYPED_NIL:
		if (off / 8 < nwords)
			mask[off / 8 / 8] |= 1 << (off / 8 % 8);
		break;
	case TY_INTERFACE:
		for (int w = 0; w < 2 && off / 8 + w < nwords; w++)
			mask[(off / 8 + w) / 8] |= 1 << ((off / 8 + w) % 8);
		break;
	case TY_ARRAY:
		for (int64_t i = 0; i < u->len && off + i * u->elem->size < nwords * 8; i++)
			mark(mask, nwords, u->elem, off + i * u->elem->size);
		break;
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			mark(mask, nwords, u->fields[i].type, off + u->fields[i].offset);
		break;
	default:
		break;
	}
}

const uint8_t *fe_gcmask(Arena *a, Type *t)
{
	fe_layout(t);
	if (t->gcmask || !t->ptrdata)
		return t->gcmask;
	int64_t nwords = (t->ptrdata + 7) / 8;
	uint8_t *mask = fe_alloc(a, (nwords + 7) / 8 + 1);
	mark(mask, nwords, t, 0);
	t->gcmask = mask;
	return mask;
}

/* ---- printing ---- */

/* type strings are written into the arena (base/buf.c) */
typedef BsBuf Buf;

static void put(Buf *b, const char *s)
{
	bs_puts(b, s);
}

char *fe_quote_tag(const char *s, size_t len)
{
	char *out = malloc(4 * len + 4);
	if (!out)
		abort();
	fe_quote_into(out, s, len);
	return out;
}

static void put_quoted(Buf *b, const char *s, size_t len)
{
	char *q = fe_quote_tag(s, len);
	put(b, q);
	free(q);
}

static void write_type(Buf *b, Type *t, int depth);

static void write_tuple(Buf *b, Type **ts, const char **names, int n, bool variadic, int depth)
{
	put(b, "(");
	for (int i = 0; i < n; i++) {
		if (i > 0)
			put(b, ", ");
		if (names && names[i] && names[i][0]) {
			put(b, names[i]);
			put(b, " ");
		}
		if (variadic && i == n - 1 && ts[i]->kind == TY_SLICE) {
			put(b, "...");
			write_type(b, ts[i]->elem, depth);
		} else {
			write_type(b, ts[i], depth);
		}
	}
	put(b, ")");
}

static void write_sig(Buf *b, Type *t, int depth)
{
	write_tuple(b, t->params, t->pnames, t->nparams, t->variadic, depth);
	if (t->nresults == 0)
		return;
	put(b, " ");
	if (t->nresults == 1 && !(t->rnames && t->rnames[0] && t->rnames[0][0])) {
		write_type(b, t->results[0], depth);
		return;
	}
	write_tuple(b, t->results, t->rnames, t->nresults, false, depth);
}

static void write_type(Buf *b, Type *t, int depth)
{
	if (!t) {
		put(b, "<nil>");
		return;
	}
	if (depth > 100) {
		put(b, "...");
		return;
	}
	depth++;
	char num[32];
	switch (t->kind) {
	case TY_PTR:
		put(b, "*");
		write_type(b, t->elem, depth);
		break;
	case TY_SLICE:
		put(b, "[]");
		write_type(b, t->elem, depth);
		break;
	case TY_ARRAY:
		snprintf(num, sizeof num, "[%lld]", (long long)t->len);
		put(b, num);
		write_type(b, t->elem, depth);
		break;
	case TY_MAP:
		put(b, "map[");
		write_type(b, t->key, depth);
		put(b, "]");
		write_type(b, t->elem, depth);
		break;
	case TY_CHAN: {
		/* go/types: chan (<-chan T) keeps its parentheses */
		bool paren = t->dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
		put(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
		if (paren)
			put(b, "(");
		write_type(b, t->elem, depth);
		if (paren)
			put(b, ")");
		break;
	}
	case TY_STRUCT:
		put(b, "struct{");
		for (int i = 0; i < t->nfields; i++) {
			if (i > 0)
				put(b, "; ");
			if (!t->fields[i].embedded) {
				put(b, t->fields[i].name);
				put(b, " ");
			}
			write_type(b, t->fields[i].type, depth);
			if (t->fields[i].tag && t->fields[i].taglen) {
				put(b, " ");
				put_quoted(b, t->fields[i].tag, t->fields[i].taglen);
			}
		}
		put(b, "}");
		break;
	case TY_FUNC:
		put(b, "func");
		write_sig(b, t, depth);
		break;
	case TY_TUPLE:
		write_tuple(b, t->results, t->rnames, t->nresults, false, depth);  /* a call's results, named as declared */
		break;
	case TY_INTERFACE:
		if (t == fe_type_any) {
			put(b, "any");
			break;
		}
		put(b, "interface{");
		for (int i = 0; i < t->nexplicit; i++) {
			if (i > 0)
				put(b, "; ");
			put(b, t->explicit_[i].name);
			write_sig(b, t->explicit_[i].sig, depth);
		}
		for (int i = 0; i < t->nembeds; i++) {
			if (i > 0 || t->nexplicit)
				put(b, "; ");
			write_type(b, t->embeds[i], depth);
		}
		put(b, "}");
		break;
	case TY_NAMED:
		if (t->obj && t->obj->pkg && t->obj->pkg != local_pkg) {
			put(b, t->obj->pkg->name);
			put(b, ".");
		}
		put(b, t->obj ? t->obj->name : "?");
		break;
	default:
		put(b, t->basic_name ? t->basic_name : "?");
		break;
	}
}

const char *fe_type_string(Arena *a, Type *t)
{
	Buf b = { .a = a };
	write_type(&b, t, 0);
	return bs_str(&b);
}

/* ---- lookup ---- */

typedef struct Entry {
	Type *t;
	int path[64];
	int npath;
	bool indirect;
	bool multiples;
} Entry;

static Type *deref(Type *t, bool *isptr)
{
	*isptr = false;
	if (t && t->kind == TY_PTR) {
		*isptr = true;
		return t->elem;
	}
	return t;
}

Lookup fe_lookup(Type *T, const char *name)
{
	Lookup r = { .kind = LOOK_NONE };
	if (!T || !name || strcmp(name, "_") == 0)
		return r;
	bool isptr;
	Type *typ = deref(T, &isptr);
	if (isptr && fe_is_interface(typ))
		return r; /* *I has no methods */
	/* A named pointer type has no methods, not even its base's (methods
	 * cannot be declared on pointers): only fields are reachable through it. */
	if (T->kind == TY_NAMED && fe_under(T)->kind == TY_PTR) {
		r = fe_lookup(fe_under(T), name);
		if (r.kind == LOOK_METHOD)
			r = (Lookup){ .kind = LOOK_NONE };
		return r;
	}

	int cap = 16, n = 1;
	Entry *cur = calloc(cap, sizeof *cur), *next = NULL;
	Type **seen = NULL;
	int nseen = 0, capseen = 0;
	cur[0].t = typ;
	cur[0].indirect = isptr;

	while (n > 0) {
		int ncap = 16, nn = 0;
		next = calloc(ncap, sizeof *next);
		int found = 0;
		Lookup match = { .kind = LOOK_NONE };
		for (int e = 0; e < n; e++) {
			Entry *en = &cur[e];
			Type *t = en->t;
			if (t->kind == TY_NAMED) {
				bool dup = false;
				for (int k = 0; k < nseen && !dup; k++)
					dup = seen[k] == t;
				if (dup)
					continue;
				if (nseen == capseen) {
					capseen = capseen ? capseen * 2 : 16;
					seen = realloc(seen, capseen * sizeof *seen);
				}
				seen[nseen++] = t;
				bool hit = false;
				for (int k = 0; k < t->nmethods; k++) {
					Object *m = t->methods[k];
					if (strcmp(m->name, name) == 0) {
						found += en->multiples ? 2 : 1;
						match.kind = LOOK_METHOD;
						match.mobj = m;
						match.method = NULL;
						match.indirect = en->indirect;
						match.ptrrecv = m->type && m->type->recv && m->type->recv->type &&
								m->type->recv->type->kind == TY_PTR;
						memcpy(match.path, en->path, sizeof match.path);
						match.npath = en->npath;
						hit = true;
						break;
					}
				}
				if (hit)
					continue;
				t = fe_under(t);
			}
			if (t->kind == TY_STRUCT) {
				for (int i = 0; i < t->nfields; i++) {
					Field *f = &t->fields[i];
					if (strcmp(f->name, name) == 0) {
						found += en->multiples ? 2 : 1;
						match.kind = LOOK_FIELD;
						match.field = f;
						match.indirect = en->indirect;
						memcpy(match.path, en->path, sizeof match.path);
						match.npath = en->npath;
						if (match.npath < 64)
							match.path[match.npath++] = i;
						continue;
					}
					if (f->embedded && en->npath < 63) {
						bool p;
						Type *ft = deref(f->type, &p);
						Type *fu = fe_under(ft);
						if (fu->kind != TY_STRUCT && fu->kind != TY_INTERFACE && ft->kind != TY_NAMED)
							continue;
						if (nn == ncap) {
							ncap *= 2;
							next = realloc(next, ncap * sizeof *next);
						}
						Entry *ne = &next[nn++];
						memset(ne, 0, sizeof *ne);
						ne->t = ft;
						memcpy(ne->path, en->path, sizeof ne->path);
						ne->npath = en->npath;
						ne->path[ne->npath++] = i;
						ne->indirect = en->indirect || p;
						ne->multiples = en->multiples;
					}
				}
			} else if (t->kind == TY_INTERFACE) {
				complete_interface(t);
				for (int k = 0; k < t->nimethods; k++) {
					if (strcmp(t->imethods[k].name, name) == 0) {
						found += en->multiples ? 2 : 1;
						match.kind = LOOK_METHOD;
						match.method = &t->imethods[k];
						match.mobj = t->imethods[k].obj;
						match.indirect = en->indirect;
						match.ptrrecv = false;
						memcpy(match.path, en->path, sizeof match.path);
						match.npath = en->npath;
						break;
					}
				}
			}
		}
		if (found == 1) {
			r = match;
			break;
		}
		if (found > 1) {
			r.kind = LOOK_AMBIGUOUS;
			break;
		}
		/* the same named type twice at one depth: a match below it is ambiguous */
		for (int i = 0; i < nn; i++)
			for (int j = 0; j < i; j++)
				if (next[j].t == next[i].t && next[i].t->kind == TY_NAMED)
					next[j].multiples = true, next[i].t = NULL;
		int k = 0;
		for (int i = 0; i < nn; i++)
			if (next[i].t)
				next[k++] = next[i];
		free(cur);
		cur = next;
		next = NULL;
		n = k;
	}
	free(cur);
	free(next);
	free(seen);
	return r;
}

bool fe_implements(Type *T, Type *iface, Method **missing, bool *wrongtype, bool *ptr)
{
	Type *I = fe_under(iface);
	*missing = NULL;
	*wrongtype = false;
	*ptr = false;
	if (!I || I->kind != TY_INTERFACE)
		return false;
	complete_interface(I);
	Type *TU = fe_under(T);
	if (TU->kind == TY_INTERFACE) {
		complete_interface(TU);
		for (int i = 0; i < I->nimethods; i++) {
			Method *m = &I->imethods[i];
			Method *f = NULL;
			for (int k = 0; k < TU->nimethods && !f; k++)
				if (strcmp(TU->imethods[k].name, m->name) == 0)
					f = &TU->imethods[k];
			if (!f || !fe_identical(f->sig, m->sig)) {
				*missing = m;
				*wrongtype = f != NULL;
				return false;
			}
		}
		return true;
	}
	for (int i = 0; i < I->nimethods; i++) {
		Method *m = &I->imethods[i];
		Lookup l = fe_lookup(T, m->name);
		if (l.kind != LOOK_METHOD) {
			*missing = m;
			return false;
		}
		Type *sig = l.mobj ? l.mobj->type : NULL;
		if (!sig || !fe_identical(sig, m->sig)) {
			*missing = m;
			*wrongtype = true;
			return false;
		}
		/* a pointer method is in T's method set only via an embedded pointer */
		if (l.ptrrecv && !l.indirect && T->kind != TY_PTR) {
			*missing = m;
			*ptr = true;
			return false;
		}
	}
	return true;
}
