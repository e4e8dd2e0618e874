/*
 * iface.c - boxing values into interfaces, itabs, and type assertions.
 *
 * An interface value is two words.  For interface{} the first is the
 * dynamic type; for an interface with methods it is an itab, which pairs
 * the interface type with the dynamic type and carries the method table in
 * the interface's method order, so a method call is one indirect load.  The
 * second word is the value itself when the type is pointer-shaped
 * (KindDirectIface), otherwise a pointer to a boxed copy.
 *
 * Boxing is where programs allocate without saying so, and Go works hard
 * to avoid it: integers below 256 point into a static table of the values
 * 0..255 (staticuint64s; on a little-endian machine the table serves every
 * width), the empty string and nil slices point at a shared zero value,
 * and only the rest is copied to the heap.  minigo reproduces each case,
 * since allocation counts are among the numbers users compare with Go.
 *
 * Itabs the compiler could not lay out statically (x.(I) on a value whose
 * type is only known at run time) are built here by matching the
 * interface's methods against the type's method table by name and
 * signature, and kept forever in one open-addressed hash table keyed by the
 * (interface, type) pair, negative answers included, so each pair is
 * resolved once.  Statically emitted itabs are entered in the same table
 * at start-up (rt_itabsinit): there must be one itab per pair, because
 * interface comparison compares itab pointers.  Itabs live outside the
 * collected heap, like Go's persistentalloc'd ones.
 *
 * Failed assertions panic with Go's *runtime.TypeAssertionError texts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

const uint64_t rt_staticuint64s[256] = {
#define R4(n) n, n + 1, n + 2, n + 3
#define R16(n) R4(n), R4(n + 4), R4(n + 8), R4(n + 12)
#define R64(n) R16(n), R16(n + 16), R16(n + 32), R16(n + 48)
	R64(0), R64(64), R64(128), R64(192)
#undef R4
#undef R16
#undef R64
};

static const uint8_t ptrbit[] = { 1 };
static const GoType sliceHeaderType = { .size = 24, .ptrdata = 8, .align = 8, .fieldAlign = 8,
	.kind = KindSlice, .gcdata = ptrbit, .str = "[]uint8" };

/* ---- boxing ---- */

void *rt_convT16(uint16_t v)
{
	uint16_t *p;

	if (v < 256)
		return (void *)&rt_staticuint64s[v];
	p = rt_mallocgc(2, NULL, false);
	*p = v;
	return p;
}

void *rt_convT32(uint32_t v)
{
	uint32_t *p;

	if (v < 256)
		return (void *)&rt_staticuint64s[v];
	p = rt_mallocgc(4, NULL, false);
	*p = v;
	return p;
}

void *rt_convT64(uint64_t v)
{
	uint64_t *p;

	if (v < 256)
		return (void *)&rt_staticuint64s[v];
	p = rt_mallocgc(8, NULL, false);
	*p = v;
	return p;
}

void *rt_convTstring(GoString v)
{
	GoString *p;

	if (v.len == 0)
		return (void *)rt_zeroVal;
	p = rt_mallocgc(sizeof *p, &rt_type_string, true);
	*p = v;
	return p;
}

void *rt_convTslice(GoSlice v)
{
	GoSlice *p;

	if (v.ptr == NULL)
		return (void *)rt_zeroVal;
	p = rt_mallocgc(sizeof *p, &sliceHeaderType, true);
	*p = v;
	return p;
}

void *rt_convT(const GoType *t, const void *v)
{
	void *x = rt_mallocgc(t->size, t, true);

	memmove(x, v, t->size);
	return x;
}

void *rt_convTnoptr(const GoType *t, const void *v)
{
	void *x = rt_mallocgc(t->size, t, false);

	memmove(x, v, t->size);
	return x;
}

void *rt_ifaceword(const GoType *t, const void *v)
{
	if (t->kind & KindDirectIface)
		return *(void *const *)v;
	return (void *)v;
}

/* ---- method tables ---- */

static bool sametype(const GoType *a, const GoType *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a->str, b->str) == 0);
}

const GoMethod *rt_findmethod(const GoType *t, const char *name, const GoType *mtyp)
{
	const GoUncommonType *u;

	if (t == NULL || (u = rt_uncommon(t)) == NULL)
		return NULL;
	for (intptr_t i = 0; i < u->mcount; i++) {
		const GoMethod *m = &u->methods[i];
		if (strcmp(m->name, name) == 0)
			return mtyp == NULL || m->mtyp == NULL || sametype(&m->mtyp->typ, mtyp) ? m : NULL;
	}
	return NULL;
}

/* Fill m->fun; on failure clear fun[0] and return the first missing method's name. */
static const char *itabinit(GoItab *m)
{
	const GoInterfaceType *inter = m->inter;
	void (*fun0)(void) = NULL;

	for (intptr_t k = 0; k < inter->nmethods; k++) {
		const GoMethod *tm = rt_findmethod(m->type, inter->methods[k].name, inter->methods[k].typ);
		if (tm == NULL) {
			m->fun[0] = NULL;
			return inter->methods[k].name;
		}
		if (k == 0)
			fun0 = tm->ifn;   /* fun[0] last: non-NULL means "complete" */
		else
			m->fun[k] = tm->ifn;
	}
	m->fun[0] = fun0;
	return NULL;
}

/* ---- the itab table ---- */

static struct {
	GoItab **entries;
	uintptr_t size, count;   /* size is a power of two */
} itabTable;

static uintptr_t itabhash(const GoInterfaceType *inter, const GoType *typ)
{
	return rt_hashmix((uintptr_t)inter ^ rt_hashM1, (uintptr_t)typ ^ rt_hashM2);
}

static GoItab **itabslot(GoItab **entries, uintptr_t size, const GoInterfaceType *inter, const GoType *typ)
{
	uintptr_t mask = size - 1, h = itabhash(inter, typ) & mask;

	/* quadratic probing over a power-of-two table visits every slot */
	for (uintptr_t i = 1;; i++) {
		GoItab *m = entries[h];
		if (m == NULL || (m->inter == inter && m->type == typ))
			return &entries[h];
		h = (h + i) & mask;
	}
}

static void itabadd(GoItab *m)
{
	GoItab **slot;

	if (4 * (itabTable.count + 1) > 3 * itabTable.size) {
		uintptr_t nsize = itabTable.size ? 2 * itabTable.size : 512;
		GoItab **nentries = calloc(nsize, sizeof *nentries);
		if (nentries == NULL)
			rt_throw("out of memory allocating itab table");
		for (uintptr_t i = 0; i < itabTable.size; i++) {
			GoItab *e = itabTable.entries[i];
			if (e != NULL)
				*itabslot(nentries, nsize, e->inter, e->type) = e;
		}
		free(itabTable.entries);
		itabTable.entries = nentries;
		itabTable.size = nsize;
	}
	slot = itabslot(itabTable.entries, itabTable.size, m->inter, m->type);
	if (*slot == NULL)
		itabTable.count++;
	*slot = m;
}

void rt_itabsinit(GoItab *const *tabs, intptr_t n)
{
	for (intptr_t i = 0; i < n; i++)
		itabadd(tabs[i]);
}

static _Noreturn void panicTypeAssert(const GoType *iface, const GoType *concrete,
                                      const GoType *asserted, const char *missing)
{
	char *msg;
	int r;

	if (concrete == NULL)
		r = asprintf(&msg, "interface conversion: %s is nil, not %s",
		             iface ? iface->str : "interface", asserted->str);
	else if (missing != NULL) {
		/* an unexported method's table name is qualified by its package */
		const char *dot = strrchr(missing, '.');
		r = asprintf(&msg, "interface conversion: %s is not %s: missing method %s",
		             concrete->str, asserted->str, dot ? dot + 1 : missing);
	}
	else
		r = asprintf(&msg, "interface conversion: %s is %s, not %s%s",
		             iface ? iface->str : "interface", concrete->str, asserted->str,
		             strcmp(concrete->str, asserted->str) == 0 ? " (types from different scopes)" : "");
	if (r < 0)
		rt_throw("out of memory formatting a panic");
	rt_panicplain(msg);
}

const GoItab *rt_getitab(const GoInterfaceType *inter, const GoType *typ, bool canfail)
{
	GoItab *m;
	const char *missing;

	if (inter->nmethods == 0)
		rt_throw("internal error - misuse of itab");
	if (rt_uncommon(typ) == NULL) {
		if (canfail)
			return NULL;
		panicTypeAssert(NULL, typ, &inter->typ, inter->methods[0].name);
	}
	if (itabTable.size != 0) {
		m = *itabslot(itabTable.entries, itabTable.size, inter, typ);
		if (m != NULL)
			goto found;
	}
	m = calloc(1, sizeof *m + (size_t)inter->nmethods * sizeof m->fun[0]);
	if (m == NULL)
		rt_throw("out of memory allocating itab");
	m->inter = inter;
	m->type = typ;
	m->hash = typ->hash;
	itabinit(m);
	itabadd(m);
found:
	if (m->fun[0] != NULL)
		return m;
	if (canfail)
		return NULL;
	/* the cached negative entry does not say which method is missing: ask again */
	missing = itabinit(m);
	panicTypeAssert(NULL, typ, &inter->typ, missing);
}

/* ---- conversions and assertions between interfaces ---- */

const GoItab *rt_convI2I(const GoInterfaceType *dst, const GoItab *src)
{
	if (src == NULL)
		return NULL;
	if (src->inter == dst)
		return src;
	return rt_getitab(dst, src->type, false);
}

const GoItab *rt_assertE2I(const GoInterfaceType *inter, const GoType *t)
{
	if (t == NULL)
		panicTypeAssert(NULL, NULL, &inter->typ, NULL);
	return rt_getitab(inter, t, false);
}

GoIface rt_assertE2I2(const GoInterfaceType *inter, GoEface e)
{
	const GoItab *tab;

	if (e.type == NULL || (tab = rt_getitab(inter, e.type, true)) == NULL)
		return (GoIface){ NULL, NULL };
	return (GoIface){ tab, e.data };
}

const GoItab *rt_assertI2I(const GoInterfaceType *inter, const GoItab *tab)
{
	if (tab == NULL)
		panicTypeAssert(NULL, NULL, &inter->typ, NULL);
	if (tab->inter == inter)
		return tab;
	return rt_getitab(inter, tab->type, false);
}

GoIface rt_assertI2I2(const GoInterfaceType *inter, GoIface i)
{
	const GoItab *tab = i.tab;

	if (tab == NULL)
		return (GoIface){ NULL, NULL };
	if (tab->inter != inter && (tab = rt_getitab(inter, tab->type, true)) == NULL)
		return (GoIface){ NULL, NULL };
	return (GoIface){ tab, i.data };
}

void rt_panicdottypeE(const GoType *have, const GoType *want, const GoType *iface)
{
	panicTypeAssert(iface, have, want, NULL);
}

void rt_panicdottypeI(const GoItab *have, const GoType *want, const GoType *iface)
{
	panicTypeAssert(iface, have ? have->type : NULL, want, NULL);
}

void rt_panicnildottype(const GoType *want)
{
	panicTypeAssert(NULL, NULL, want, NULL);
}

/* Does the dynamic type t implement error / fmt.Stringer?  (A panic's
 * message, defer.c.) */
const GoMethod *rt_errormethod(const GoType *t)
{
	return rt_findmethod(t, "Error", &rt_type_func_string.typ);
}

const GoMethod *rt_stringmethod(const GoType *t)
{
	return rt_findmethod(t, "String", &rt_type_func_string.typ);
}

GoString rt_callstring(const GoMethod *m, const GoType *t, const void *v)
{
	GoString (*fn)(void *) = (GoString (*)(void *))m->ifn;

	return fn(rt_ifaceword(t, v));
}
