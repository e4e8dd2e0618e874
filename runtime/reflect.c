/*
 * reflect.c - what minigo's reflect (lib/reflect) asks of the runtime.
 *
 * Go's reflect reaches the runtime through //go:linkname (unsafe_New,
 * typedmemmove, mapaccess, mapiterinit, ...); minigo's declares the same
 * functions without bodies and they are defined here under its symbols,
 * called with the C ABI on their Go signatures: *rtype is a const GoType *,
 * unsafe.Pointer a void *, any a GoEface by value.  Most are thin: the
 * maps are runtime/map.c's, allocation is malloc.c's, and interface
 * satisfaction and type identity are reflectlite.c's, shared with it.
 *
 * The collector moves nothing and has no write barriers, so typed copies
 * are plain memmoves.
 *
 * Types by their parts at run time (PointerTo, SliceOf, FuncOf, MapOf,
 * ArrayOf): the program's own descriptor when it has one -- ptrToThis, or
 * one of section go_types, every descriptor codegen listed (prune.c) --
 * so that the type made by name is the type the program compares with.
 * Otherwise pointer, slice, func and map types are made here, once each (a
 * made type can only meet itself: the program has no other descriptor of
 * it); arrays would need an equality function of their own and are not
 * made: reflect panics "not supported by minigo".
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

/* reflectlite.c's, for both packages. */
bool rt_reflectlite_implements(const GoType *T, const GoType *V) GO_NAME("\"internal/reflectlite.implements\"");
bool rt_reflectlite_directlyAssignable(const GoType *T, const GoType *V)
	GO_NAME("\"internal/reflectlite.directlyAssignable\"");

bool rt_reflect_implements(const GoType *T, const GoType *V) GO_NAME("reflect.implements");
bool rt_reflect_directlyAssignable(const GoType *T, const GoType *V) GO_NAME("reflect.directlyAssignable");
bool rt_reflect_haveIdenticalUnderlyingType(const GoType *T, const GoType *V)
	GO_NAME("reflect.haveIdenticalUnderlyingType");
void *rt_reflect_unsafe_New(const GoType *t) GO_NAME("reflect.unsafe_New");
void *rt_reflect_unsafe_NewArray(const GoType *t, intptr_t n) GO_NAME("reflect.unsafe_NewArray");
void rt_reflect_typedmemmove(const GoType *t, void *dst, const void *src) GO_NAME("reflect.typedmemmove");
void rt_reflect_typedmemclr(const GoType *t, void *p) GO_NAME("reflect.typedmemclr");
void rt_reflect_typedslicecopy(const GoType *t, void *dst, const void *src, intptr_t n)
	GO_NAME("reflect.typedslicecopy");
void rt_reflect_ifaceE2I(const GoType *t, GoEface src, void *dst) GO_NAME("reflect.ifaceE2I");
const GoType *rt_reflect_ptrTo(const GoType *t) GO_NAME("reflect.ptrTo");
GoHmap *rt_reflect_makemap(const GoMapType *t, intptr_t cap) GO_NAME("reflect.makemap");
void *rt_reflect_mapaccess(const GoMapType *t, GoHmap *h, const void *key) GO_NAME("reflect.mapaccess");
void rt_reflect_mapassign(const GoMapType *t, GoHmap *h, const void *key, const void *val)
	GO_NAME("reflect.mapassign");
void rt_reflect_mapdelete(const GoMapType *t, GoHmap *h, const void *key) GO_NAME("reflect.mapdelete");
void rt_reflect_mapiterinit(const GoMapType *t, GoHmap *h, GoHiter *it) GO_NAME("reflect.mapiterinit");
void rt_reflect_mapiternext(GoHiter *it) GO_NAME("reflect.mapiternext");
intptr_t rt_reflect_maplen(const GoHmap *h) GO_NAME("reflect.maplen");
GoString rt_reflect_typeString(const GoType *t) GO_NAME("reflect.typeString");
intptr_t rt_reflect_chanlen(void *ch) GO_NAME("reflect.chanlen");
intptr_t rt_reflect_chancap(void *ch) GO_NAME("reflect.chancap");

bool rt_reflect_implements(const GoType *T, const GoType *V)
{
	return rt_reflectlite_implements(T, V);
}

bool rt_reflect_directlyAssignable(const GoType *T, const GoType *V)
{
	return rt_reflectlite_directlyAssignable(T, V);
}

/* Conversions ignore struct tags (Go 1.8's rule); assignability does not. */
bool rt_reflect_haveIdenticalUnderlyingType(const GoType *T, const GoType *V)
{
	if (T == V)
		return true;
	if ((T->kind & KindMask) != (V->kind & KindMask))
		return false;
	return rt_reflectlite_identical(T, V, false);
}

void *rt_reflect_unsafe_New(const GoType *t)
{
	return rt_reflectlite_unsafe_New(t);
}

void *rt_reflect_unsafe_NewArray(const GoType *t, intptr_t n)
{
	return rt_makeslice(t, n, n);
}

void rt_reflect_typedmemmove(const GoType *t, void *dst, const void *src)
{
	rt_reflectlite_typedmemmove(t, dst, src);
}

void rt_reflect_typedmemclr(const GoType *t, void *p)
{
	if (t->size)
		memset(p, 0, t->size);
}

void rt_reflect_typedslicecopy(const GoType *t, void *dst, const void *src, intptr_t n)
{
	if (n > 0 && dst != src && t->size)
		memmove(dst, src, (size_t)n * t->size);
}

void rt_reflect_ifaceE2I(const GoType *t, GoEface src, void *dst)
{
	rt_reflectlite_ifaceE2I(t, src, dst);
}

static const uint8_t ptrmask[] = { 1 };

typedef struct Made {
	const GoType *t;
	struct Made *next;
} Made;

static Made *made; /* the types made here, each once */

static void *xmalloc(size_t n)
{
	void *p = calloc(1, n);
	if (!p)
		rt_throw("out of memory in reflect");
	return p;
}

static char *concat(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *s = xmalloc(na + nb + 1);
	memcpy(s, a, na);
	memcpy(s + na, b, nb + 1);
	return s;
}

static void remember(const GoType *t)
{
	Made *m = xmalloc(sizeof *m);
	m->t = t;
	m->next = made;
	made = m;
}

/* The type hash codegen/type.c gives every descriptor: FNV-1a of its string. */
static uint32_t fnv32(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

/* The program's descriptors: every module's list in section go_types
 * (codegen/prune.c's cg_registries), gathered by the linker; weak, for the
 * C tests that link the runtime without a program. */
extern const GoType *const __start_go_types[] __attribute__((weak));
extern const GoType *const __stop_go_types[] __attribute__((weak));

/* The descriptor of the given kind for which match(t, a, b) holds: the
 * program's own, or one made here before; NULL if there is none. */
static const GoType *findtype(int kind, bool (*match)(const GoType *, const void *, const void *), const void *a,
			      const void *b)
{
	for (const GoType *const *p = __start_go_types; p && p < __stop_go_types; p++) {
		const GoType *t = *p;
		if ((t->kind & KindMask) == kind && !(t->tflag & TflagNamed) && match(t, a, b))
			return t;
	}
	for (Made *m = made; m; m = m->next)
		if ((m->t->kind & KindMask) == kind && match(m->t, a, b))
			return m->t;
	return NULL;
}

static bool elem_is(const GoType *t, const void *elem, const void *unused)
{
	(void)unused;
	return ((const GoPtrType *)t)->elem == elem;
}

const GoType *rt_reflect_ptrTo(const GoType *t)
{
	if (t->ptrToThis)
		return t->ptrToThis;
	const GoType *own = findtype(KindPointer, elem_is, t, NULL);
	if (own)
		return own;
	GoPtrType *pt = xmalloc(sizeof *pt);
	char *str = concat("*", t->str);
	pt->typ = (GoType){ .size = 8, .ptrdata = 8, .hash = fnv32(str), .align = 8, .fieldAlign = 8,
			    .kind = KindPointer | KindDirectIface, .equal = rt_memequal64, .gcdata = ptrmask,
			    .str = str };
	pt->elem = t;
	remember(&pt->typ);
	return &pt->typ;
}

GoHmap *rt_reflect_makemap(const GoMapType *t, intptr_t cap)
{
	return rt_makemap(t, cap, NULL);
}

void *rt_reflect_mapaccess(const GoMapType *t, GoHmap *h, const void *key)
{
	bool ok;
	void *p = rt_mapaccess2(t, h, key, &ok);
	return ok ? p : NULL;
}

void rt_reflect_mapassign(const GoMapType *t, GoHmap *h, const void *key, const void *val)
{
	void *p = rt_mapassign(t, h, key);
	rt_reflect_typedmemmove(t->elem, p, val);
}

void rt_reflect_mapdelete(const GoMapType *t, GoHmap *h, const void *key)
{
	rt_mapdelete(t, h, key);
}

void rt_reflect_mapiterinit(const GoMapType *t, GoHmap *h, GoHiter *it)
{
	rt_mapiterinit(t, h, it);
}

void rt_reflect_mapiternext(GoHiter *it)
{
	rt_mapiternext(it);
}

GoString rt_reflect_typeString(const GoType *t)
{
	return (GoString){ (const uint8_t *)t->str, (intptr_t)strlen(t->str) };
}

intptr_t rt_reflect_maplen(const GoHmap *h)
{
	return h ? h->count : 0;
}

/* No channel exists before issue 17 (the checker refuses channel types),
 * so no Value of kind Chan can reach these; a nil channel's length and
 * capacity are 0, which is all they can be asked now. */
intptr_t rt_reflect_chanlen(void *ch)
{
	(void)ch;
	return 0;
}

intptr_t rt_reflect_chancap(void *ch)
{
	(void)ch;
	return 0;
}

/* ---- SliceOf, FuncOf, MapOf, ArrayOf ---- */

const GoType *rt_reflect_sliceOf(const GoType *elem) GO_NAME("reflect.sliceOf");
const GoType *rt_reflect_funcOf(GoSlice in, GoSlice out, bool variadic) GO_NAME("reflect.funcOf");
const GoType *rt_reflect_mapOf(const GoType *key, const GoType *elem) GO_NAME("reflect.mapOf");
const GoType *rt_reflect_lookupArray(const GoType *elem, intptr_t n) GO_NAME("reflect.lookupArray");

const GoType *rt_reflect_sliceOf(const GoType *elem)
{
	const GoType *own = findtype(KindSlice, elem_is, elem, NULL);
	if (own)
		return own;
	GoSliceType *st = xmalloc(sizeof *st);
	char *str = concat("[]", elem->str);
	st->typ = (GoType){ .size = 24, .ptrdata = 8, .hash = fnv32(str), .align = 8, .fieldAlign = 8,
			    .kind = KindSlice, .gcdata = ptrmask, .str = str };
	st->elem = elem;
	remember(&st->typ);
	return &st->typ;
}

typedef struct { const GoSlice *in, *out; bool variadic; } FuncParts;

static bool same_list(const GoType *const *v, uint16_t n, const GoSlice *s)
{
	if (n != s->len)
		return false;
	for (intptr_t i = 0; i < s->len; i++)
		if (v[i] != ((const GoType *const *)s->ptr)[i])
			return false;
	return true;
}

static bool func_is(const GoType *t, const void *parts, const void *unused)
{
	(void)unused;
	const GoFuncType *ft = (const GoFuncType *)t;
	const FuncParts *p = parts;
	return ((ft->outCount & 0x8000) != 0) == p->variadic && same_list(ft->in, ft->inCount, p->in) &&
	       same_list(ft->out, ft->outCount & 0x7fff, p->out);
}

/* "func(A, ...B) (C, D)", as Go prints a func type. */
static char *funcstring(const GoSlice *in, const GoSlice *out, bool variadic)
{
	rt_buf b = { 0 };
	rt_bufputs(&b, "func(");
	for (intptr_t i = 0; i < in->len; i++) {
		const GoType *t = ((const GoType *const *)in->ptr)[i];
		if (i > 0)
			rt_bufputs(&b, ", ");
		if (variadic && i == in->len - 1) {
			rt_bufputs(&b, "...");
			t = ((const GoSliceType *)t)->elem;
		}
		rt_bufputs(&b, t->str);
	}
	rt_bufputs(&b, ")");
	if (out->len == 1) {
		rt_bufputs(&b, " ");
		rt_bufputs(&b, ((const GoType *const *)out->ptr)[0]->str);
	} else if (out->len > 1) {
		rt_bufputs(&b, " (");
		for (intptr_t i = 0; i < out->len; i++) {
			if (i > 0)
				rt_bufputs(&b, ", ");
			rt_bufputs(&b, ((const GoType *const *)out->ptr)[i]->str);
		}
		rt_bufputs(&b, ")");
	}
	char *s = xmalloc((size_t)b.len + 1);
	memcpy(s, b.p, (size_t)b.len);
	rt_buffree(&b);
	return s;
}

const GoType *rt_reflect_funcOf(GoSlice in, GoSlice out, bool variadic)
{
	FuncParts parts = { &in, &out, variadic };
	const GoType *own = findtype(KindFunc, func_is, &parts, NULL);
	if (own)
		return own;
	GoFuncType *ft = xmalloc(sizeof *ft);
	char *str = funcstring(&in, &out, variadic);
	ft->typ = (GoType){ .size = 8, .ptrdata = 8, .hash = fnv32(str), .align = 8, .fieldAlign = 8,
			    .kind = KindFunc | KindDirectIface, .gcdata = ptrmask, .str = str };
	const GoType **iv = xmalloc(((size_t)in.len + 1) * sizeof *iv);
	const GoType **ov = xmalloc(((size_t)out.len + 1) * sizeof *ov);
	memcpy(iv, in.ptr, (size_t)in.len * sizeof *iv);
	memcpy(ov, out.ptr, (size_t)out.len * sizeof *ov);
	ft->in = iv;
	ft->out = ov;
	ft->inCount = (uint16_t)in.len;
	ft->outCount = (uint16_t)(out.len | (variadic ? 0x8000 : 0));
	remember(&ft->typ);
	return &ft->typ;
}

static bool map_is(const GoType *t, const void *key, const void *elem)
{
	const GoMapType *mt = (const GoMapType *)t;
	return mt->key == key && mt->elem == elem;
}

/* Does a value of t hold a float or an interface anywhere (k != k may
 * hold, or hashing may panic)? */
static bool holds(const GoType *t, bool floats)
{
	switch (t->kind & KindMask) {
	case KindFloat32: case KindFloat64: case KindComplex64: case KindComplex128:
		return floats;
	case KindInterface:
		return true;
	case KindArray:
		return holds(((const GoArrayType *)t)->elem, floats);
	case KindStruct: {
		const GoStructType *st = (const GoStructType *)t;
		for (intptr_t i = 0; i < st->nfields; i++)
			if (holds(st->fields[i].typ, floats))
				return true;
		return false;
	}
	default:
		return false;
	}
}

/* Sets the pointer bits of t's words in mask, from word w on. */
static void markwords(uint8_t *mask, uintptr_t w, const GoType *t)
{
	for (uintptr_t i = 0; i < t->ptrdata / 8; i++)
		if (t->gcdata[i / 8] >> (i % 8) & 1)
			mask[(w + i) / 8] |= (uint8_t)(1 << ((w + i) % 8));
}

/*
 * map[key]elem as the code generator lays one out (codegen/type.c's
 * bucket_desc and the map flags), with one difference: no hasher is made
 * for the key, so the hasher is alg.c's marker and map.c hashes by the
 * key's type (rt_typehash, which agrees with the key's equal).
 */
const GoType *rt_reflect_mapOf(const GoType *key, const GoType *elem)
{
	const GoType *own = findtype(KindMap, map_is, key, elem);
	if (own)
		return own;
	uintptr_t ks = key->size, es = elem->size;
	bool kind = ks > 128, eind = es > 128;
	if (kind)
		ks = 8;
	if (eind)
		es = 8;
	uintptr_t koff = 8, eoff = koff + 8 * ks, ooff = (eoff + 8 * es + 7) / 8 * 8, size = ooff + 8;
	bool ptrs = kind || eind || key->ptrdata || elem->ptrdata;
	uint8_t *mask = xmalloc(size / 8 / 8 + 1);
	for (int i = 0; ptrs && i < 8; i++) {
		if (kind)
			mask[(koff + i * ks) / 64] |= (uint8_t)(1 << ((koff + i * ks) / 8 % 8));
		else if (key->ptrdata)
			markwords(mask, (koff + i * ks) / 8, key);
		if (eind)
			mask[(eoff + i * es) / 64] |= (uint8_t)(1 << ((eoff + i * es) / 8 % 8));
		else if (elem->ptrdata)
			markwords(mask, (eoff + i * es) / 8, elem);
	}
	if (ptrs)
		mask[ooff / 64] |= (uint8_t)(1 << (ooff / 8 % 8));
	char *kv = concat("map[", key->str);
	char *str = concat(kv, "]");
	free(kv);
	kv = str;
	str = concat(kv, elem->str);
	free(kv);
	GoType *bucket = xmalloc(sizeof *bucket);
	*bucket = (GoType){ .size = size, .ptrdata = ptrs ? size : 0, .hash = fnv32(str), .align = 8, .fieldAlign = 8,
			    .kind = KindStruct, .gcdata = mask, .str = concat("map.bucket", str + 3) };
	bucket->hash = fnv32(bucket->str);
	GoMapType *mt = xmalloc(sizeof *mt);
	mt->typ = (GoType){ .size = 8, .ptrdata = 8, .hash = fnv32(str), .align = 8, .fieldAlign = 8,
			    .kind = KindMap | KindDirectIface, .gcdata = ptrmask, .str = str };
	mt->key = key;
	mt->elem = elem;
	mt->bucket = bucket;
	mt->hasher = rt_madehash;
	mt->keysize = (uint8_t)ks;
	mt->elemsize = (uint8_t)es;
	mt->bucketsize = (uint16_t)size;
	bool reflexive = !holds(key, true);
	uint32_t flags = 0;
	if (kind)
		flags |= MapIndirectKey;
	if (eind)
		flags |= MapIndirectElem;
	if (reflexive)
		flags |= MapReflexiveKey;
	if (!reflexive || (key->kind & KindMask) == KindString ||
	    (((key->kind & KindMask) == KindStruct || (key->kind & KindMask) == KindArray) &&
	     !(key->tflag & TflagRegularMemory)))
		flags |= MapNeedKeyUpdate;
	if (holds(key, false))
		flags |= MapHashMightPanic;
	mt->flags = flags;
	remember(&mt->typ);
	return &mt->typ;
}

static bool array_is(const GoType *t, const void *elem, const void *n)
{
	const GoArrayType *at = (const GoArrayType *)t;
	return at->elem == elem && at->len == *(const uintptr_t *)n;
}

const GoType *rt_reflect_lookupArray(const GoType *elem, intptr_t n)
{
	uintptr_t len = (uintptr_t)n;
	return findtype(KindArray, array_is, elem, &len);
}
