/*
 * reflectlite.c - what minigo's internal/reflectlite (lib/) asks of the
 * runtime: the names behind a type descriptor, interface satisfaction,
 * assignability, and typed copies.
 *
 * Go's reflectlite reaches the runtime through //go:linkname (unsafe_New,
 * typedmemmove, ifaceE2I); minigo's declares these and a few more without
 * bodies, and they are defined here under its symbols, called with the C
 * ABI on their Go signatures: *rtype is a const GoType *, any a GoEface by
 * value, a string result a GoString.
 *
 * Every type has one descriptor in a program (one LLVM module), so type
 * identity is pointer identity; "identical underlying types" compares the
 * descriptors' parts, which are themselves unique.
 */
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"


GoString rt_reflectlite_typeString(const GoType *t) GO_NAME("\"internal/reflectlite.typeString\"");
GoString rt_reflectlite_typeName(const GoType *t) GO_NAME("\"internal/reflectlite.typeName\"");
bool rt_reflectlite_implements(const GoType *T, const GoType *V) GO_NAME("\"internal/reflectlite.implements\"");
bool rt_reflectlite_directlyAssignable(const GoType *T, const GoType *V)
	GO_NAME("\"internal/reflectlite.directlyAssignable\"");

static GoString cstring(const char *s)
{
	return (GoString){ (const uint8_t *)s, s ? (intptr_t)strlen(s) : 0 };
}

GoString rt_reflectlite_typeString(const GoType *t)
{
	return cstring(t->str);
}

/* A defined type's name: its string after the package qualifier. */
GoString rt_reflectlite_typeName(const GoType *t)
{
	const char *s = t->str, *dot = strrchr(s, '.');
	return cstring(dot ? dot + 1 : s);
}

static bool samemethod(const char *n1, const GoType *t1, const char *n2, const GoType *t2)
{
	return strcmp(n1, n2) == 0 && (t1 == t2 || strcmp(t1->str, t2->str) == 0);
}

/* Does V implement the interface T?  Both method lists are sorted by name. */
bool rt_reflectlite_implements(const GoType *T, const GoType *V)
{
	if ((T->kind & KindMask) != KindInterface)
		return false;
	const GoInterfaceType *it = (const GoInterfaceType *)T;
	if (it->nmethods == 0)
		return true;
	if ((V->kind & KindMask) == KindInterface) {
		const GoInterfaceType *vt = (const GoInterfaceType *)V;
		intptr_t j = 0;
		for (intptr_t i = 0; i < it->nmethods; i++) {
			while (j < vt->nmethods && strcmp(vt->methods[j].name, it->methods[i].name) < 0)
				j++;
			if (j == vt->nmethods || !samemethod(it->methods[i].name, it->methods[i].typ,
							     vt->methods[j].name, vt->methods[j].typ))
				return false;
		}
		return true;
	}
	return rt_getitab(it, V, true) != NULL;
}

/* Go's haveIdenticalUnderlyingType for two types of one kind: parts are
 * unique descriptors, so identical parts are the same pointers; cmptags
 * makes struct tags part of a struct's identity (assignability) or not
 * (conversions). */
bool rt_reflectlite_identical(const GoType *T, const GoType *V, bool cmptags)
{
	switch (T->kind & KindMask) {
	case KindPointer:
		return ((const GoPtrType *)T)->elem == ((const GoPtrType *)V)->elem;
	case KindSlice:
		return ((const GoSliceType *)T)->elem == ((const GoSliceType *)V)->elem;
	case KindArray: {
		const GoArrayType *a = (const GoArrayType *)T, *b = (const GoArrayType *)V;
		return a->elem == b->elem && a->len == b->len;
	}
	case KindMap: {
		const GoMapType *a = (const GoMapType *)T, *b = (const GoMapType *)V;
		return a->key == b->key && a->elem == b->elem;
	}
	case KindFunc: {
		const GoFuncType *a = (const GoFuncType *)T, *b = (const GoFuncType *)V;
		if (a->inCount != b->inCount || a->outCount != b->outCount)
			return false;
		int nout = a->outCount & 0x7fff;
		for (int i = 0; i < a->inCount; i++)
			if (a->in[i] != b->in[i])
				return false;
		for (int i = 0; i < nout; i++)
			if (a->out[i] != b->out[i])
				return false;
		return true;
	}
	case KindInterface: {
		const GoInterfaceType *a = (const GoInterfaceType *)T, *b = (const GoInterfaceType *)V;
		if (a->nmethods != b->nmethods)
			return false;
		for (intptr_t i = 0; i < a->nmethods; i++)
			if (!samemethod(a->methods[i].name, a->methods[i].typ, b->methods[i].name, b->methods[i].typ))
				return false;
		return true;
	}
	case KindStruct: {
		const GoStructType *a = (const GoStructType *)T, *b = (const GoStructType *)V;
		if (a->nfields != b->nfields)
			return false;
		if ((a->pkgPath || b->pkgPath) && (!a->pkgPath || !b->pkgPath || strcmp(a->pkgPath, b->pkgPath) != 0))
			return false;
		for (intptr_t i = 0; i < a->nfields; i++) {
			const GoStructField *f = &a->fields[i], *g = &b->fields[i];
			if (strcmp(f->name, g->name) != 0 || f->typ != g->typ || f->offset != g->offset ||
			    f->embedded != g->embedded)
				return false;
			if (cmptags && (f->tag || g->tag) && (!f->tag || !g->tag || strcmp(f->tag, g->tag) != 0))
				return false;
		}
		return true;
	}
	default:
		/* the same basic kind: the same underlying type */
		return true;
	}
}

/* Go's directlyAssignable: the same type, or identical underlying types
 * of which at most one is a defined type. */
bool rt_reflectlite_directlyAssignable(const GoType *T, const GoType *V)
{
	if (T == V)
		return true;
	if (((T->tflag & TflagNamed) && (V->tflag & TflagNamed)) || (T->kind & KindMask) != (V->kind & KindMask))
		return false;
	return rt_reflectlite_identical(T, V, true);
}

void *rt_reflectlite_unsafe_New(const GoType *t)
{
	return rt_newobject(t);
}

void rt_reflectlite_typedmemmove(const GoType *t, void *dst, const void *src)
{
	if (dst != src && t->size)
		memmove(dst, src, t->size);
}

void rt_reflectlite_ifaceE2I(const GoType *t, GoEface src, void *dst)
{
	GoIface *d = dst;
	d->tab = rt_getitab((const GoInterfaceType *)t, src.type, false);
	d->data = src.data;
}
