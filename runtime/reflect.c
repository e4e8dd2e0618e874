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
 * Types made at run time: only pointer types so far (reflect.PointerTo of
 * a type whose *T the program never mentions).  The program's own
 * descriptor wins whenever it has one (ptrToThis, or a type the code
 * generator emitted), so a made *T can only meet itself: the program has
 * no other descriptor of it to compare with.
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
	return rt_newobject(t);
}

void *rt_reflect_unsafe_NewArray(const GoType *t, intptr_t n)
{
	return rt_makeslice(t, n, n);
}

void rt_reflect_typedmemmove(const GoType *t, void *dst, const void *src)
{
	if (dst != src && t->size)
		memmove(dst, src, t->size);
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
	GoIface *d = dst;
	d->tab = rt_getitab((const GoInterfaceType *)t, src.type, false);
	d->data = src.data;
}

/* The pointer types made here, a list searched by element: PointerTo of a
 * type without ptrToThis is rare, and each is made once. */
typedef struct MadePtr {
	GoPtrType t;
	struct MadePtr *next;
} MadePtr;

static MadePtr *madeptrs;
static const uint8_t ptrmask[] = { 1 };

static uint32_t fnv32(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

const GoType *rt_reflect_ptrTo(const GoType *t)
{
	if (t->ptrToThis)
		return t->ptrToThis;
	for (MadePtr *m = madeptrs; m; m = m->next)
		if (m->t.elem == t)
			return &m->t.typ;
	size_t n = strlen(t->str);
	char *str = malloc(n + 2);
	MadePtr *m = calloc(1, sizeof *m);
	if (!str || !m)
		rt_throw("out of memory");
	str[0] = '*';
	memcpy(str + 1, t->str, n + 1);
	m->t.typ = (GoType){ .size = 8, .ptrdata = 8, .hash = fnv32(str), .align = 8, .fieldAlign = 8,
			     .kind = KindPointer | KindDirectIface, .equal = rt_memequal64, .gcdata = ptrmask,
			     .str = str };
	m->t.elem = t;
	m->next = madeptrs;
	madeptrs = m;
	return &m->t.typ;
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
