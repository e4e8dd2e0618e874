/*
 * alg.c - hashing, equality and the runtime's random numbers.
 *
 * A Go map never sees a key's type at run time; it sees two function
 * pointers in its maptype, hasher and key->equal.  The compiler picks them
 * from the key's shape: plain memory of 4 or 8 bytes gets memhash32 or
 * memhash64, strings get strhash, floats get f32hash/f64hash (because +0 and
 * -0 are equal but differ in bits, and NaN is unequal to itself), interfaces
 * get interhash/nilinterhash, which hash the dynamic type's value through
 * typehash.  This file provides that whole menu under Go's names, so a
 * maptype built by minigo's code generator reads like one built by gc.
 *
 * The hash itself.  Go uses AES rounds where the CPU has them and a
 * wyhash-style multiply-and-fold otherwise.  We always use the multiply-fold:
 * one 64x64->128 multiply whose two halves are XORed together spreads every
 * input bit over the whole output, costs a few cycles on any 64-bit CPU, and
 * needs no target-specific code or CPU detection.  Two such folds per word
 * (the second one keyed by the length) give low bits good enough for bucket
 * selection, which is all a map uses besides the top byte.  The published
 * wyhash multipliers are used as the odd constants; a process-random key
 * (hashkey) is folded into every seed, and each map adds its own random
 * hash0, so bucket placement differs per map and per run, as in Go, which
 * makes hash flooding impractical.
 *
 * NaN.  Go gives each NaN a fresh random hash: NaN != NaN, so a NaN key can
 * never be found again anyway, and random hashes keep many NaN entries from
 * piling up in one bucket chain.  We do the same.
 *
 * fastrand is wyrand: a Weyl sequence (add an odd constant) passed through
 * the same multiply-fold.  It is seeded once per process from getrandom(2),
 * falling back to the kernel's AT_RANDOM bytes.  minigo has one thread, so
 * one state suffices; Go keeps one per M for the same reason of speed.
 */
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/random.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

uint64_t rt_hashkey[4];
static uint64_t randstate;

/*
 * Seed before main so that no hash is ever computed with a zero key.  A
 * constructor runs whenever this object is linked in, which is whenever a
 * map or a hash function is used.
 */
__attribute__((constructor)) static void alginit(void)
{
	uint64_t seed[5];
	size_t got = 0;

	while (got < sizeof seed) {
		ssize_t n = getrandom((char *)seed + got, sizeof seed - got, 0);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	if (got < sizeof seed) {
		/* AT_RANDOM: 16 bytes the kernel placed on the initial stack. */
		const uint64_t *at = (const uint64_t *)getauxval(AT_RANDOM);
		uint64_t a = at ? at[0] : 0x243f6a8885a308d3u, b = at ? at[1] : 0x13198a2e03707344u;
		for (int i = 0; i < 5; i++)
			seed[i] = rt_hashmix(a + (uint64_t)i * rt_hashM1, b ^ rt_hashM2);
	}
	for (int i = 0; i < 4; i++)
		rt_hashkey[i] = seed[i] | 1;
	randstate = seed[4];
}

uint64_t rt_fastrand64(void)
{
	randstate += rt_hashM1;
	return rt_hashmix(randstate, randstate ^ rt_hashM2);
}

uint32_t rt_fastrand(void)
{
	return (uint32_t)(rt_fastrand64() >> 32);
}

/* ---- hashes ---- */

static inline uint64_t load64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t load32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/*
 * memhash: bytes of any length.  Short inputs are read as (at most) two
 * overlapping words so that every length up to 16 costs the same two folds;
 * longer inputs are consumed 48 bytes at a time in three independent lanes,
 * which lets the multiplier pipeline overlap them.
 */
uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t s)
{
	const uint8_t *q = p;
	uint64_t a, b, h = seed ^ rt_hashkey[0] ^ rt_hashM1;

	if (s == 0)
		return h;
	if (s < 4) {
		a = (uint64_t)q[0] | (uint64_t)q[s >> 1] << 8 | (uint64_t)q[s - 1] << 16;
		b = 0;
	} else if (s <= 8) {
		a = load32(q);
		b = load32(q + s - 4);
	} else if (s <= 16) {
		a = load64(q);
		b = load64(q + s - 8);
	} else {
		uintptr_t l = s;
		if (l > 48) {
			uint64_t h1 = h, h2 = h;
			for (; l > 48; l -= 48, q += 48) {
				h = rt_hashmix(load64(q) ^ rt_hashM2, load64(q + 8) ^ h);
				h1 = rt_hashmix(load64(q + 16) ^ rt_hashM3, load64(q + 24) ^ h1);
				h2 = rt_hashmix(load64(q + 32) ^ rt_hashM4, load64(q + 40) ^ h2);
			}
			h ^= h1 ^ h2;
		}
		for (; l > 16; l -= 16, q += 16)
			h = rt_hashmix(load64(q) ^ rt_hashM2, load64(q + 8) ^ h);
		a = load64(q + l - 16);
		b = load64(q + l - 8);
	}
	return rt_hashmix(rt_hashM5 ^ s, rt_hashmix(a ^ rt_hashM2, b ^ h));
}

uintptr_t rt_memhash0(const void *p, uintptr_t seed) { return seed; }
uintptr_t rt_memhash8(const void *p, uintptr_t seed) { return rt_memhash(p, seed, 1); }
uintptr_t rt_memhash16(const void *p, uintptr_t seed) { return rt_memhash(p, seed, 2); }
uintptr_t rt_memhash128(const void *p, uintptr_t seed) { return rt_memhash(p, seed, 16); }
uintptr_t rt_memhash32(const void *p, uintptr_t seed) { return rt_memhash32_inline(p, seed); }
uintptr_t rt_memhash64(const void *p, uintptr_t seed) { return rt_memhash64_inline(p, seed); }

uintptr_t rt_strhash(const void *p, uintptr_t seed)
{
	const GoString *s = p;
	return rt_memhash(s->ptr, seed, (uintptr_t)s->len);
}

/*
 * Floats: both zeros hash like +0, every NaN gets a fresh random hash,
 * everything else hashes its bits.
 */
uintptr_t rt_f32hash(const void *p, uintptr_t seed)
{
	float f;

	memcpy(&f, p, 4);
	if (f == 0)
		f = 0;
	else if (f != f)
		return rt_hashmix(seed ^ rt_fastrand64(), rt_hashM5);
	return rt_memhash32_inline(&f, seed);
}

uintptr_t rt_f64hash(const void *p, uintptr_t seed)
{
	double f;

	memcpy(&f, p, 8);
	if (f == 0)
		f = 0;
	else if (f != f)
		return rt_hashmix(seed ^ rt_fastrand64(), rt_hashM5);
	return rt_memhash64_inline(&f, seed);
}

uintptr_t rt_c64hash(const void *p, uintptr_t seed)
{
	return rt_f32hash((const char *)p + 4, rt_f32hash(p, seed));
}

uintptr_t rt_c128hash(const void *p, uintptr_t seed)
{
	return rt_f64hash((const char *)p + 8, rt_f64hash(p, seed));
}

/*
 * An interface hashes its dynamic value with that type's typehash, after
 * checking the type is hashable at all.  The check is made here, on the
 * outermost dynamic type, so the panic names the type the user put in the
 * interface ("main.S"), not the slice buried inside it.  The type pointer
 * itself is not hashed: two interfaces with equal hashes but different
 * types simply fail the equality test.
 */
static uintptr_t hashdynamic(const GoType *t, void *const *data, uintptr_t seed)
{
	static const char prefix[] = "hash of unhashable type ";
	char msg[256];

	if (t->equal == NULL) {
		snprintf(msg, sizeof msg, "%s%s", prefix, t->str);
		rt_panicstr(msg);
	}
	if (t->kind & KindDirectIface)
		return rt_typehash(t, data, seed ^ rt_hashM3) * rt_hashM4;
	return rt_typehash(t, *data, seed ^ rt_hashM3) * rt_hashM4;
}

uintptr_t rt_nilinterhash(const void *p, uintptr_t seed)
{
	const GoEface *e = p;

	if (e->type == NULL)
		return seed;
	return hashdynamic(e->type, &e->data, seed);
}

uintptr_t rt_interhash(const void *p, uintptr_t seed)
{
	const GoIface *i = p;

	if (i->tab == NULL)
		return seed;
	return hashdynamic(i->tab->type, &i->data, seed);
}

/*
 * typehash walks a type's structure.  It is the reference that
 * compiler-generated hashers for structs and arrays must agree with: fields
 * in order (blank fields skipped), array elements in order, each hashed by
 * its kind, with a seed chained from one to the next.
 */
uintptr_t rt_typehash(const GoType *t, const void *p, uintptr_t seed)
{
	const char *q = p;

	if (t->tflag & TflagRegularMemory) {
		switch (t->size) {
		case 4: return rt_memhash32_inline(p, seed);
		case 8: return rt_memhash64_inline(p, seed);
		default: return rt_memhash(p, seed, t->size);
		}
	}
	switch (t->kind & KindMask) {
	case KindFloat32: return rt_f32hash(p, seed);
	case KindFloat64: return rt_f64hash(p, seed);
	case KindComplex64: return rt_c64hash(p, seed);
	case KindComplex128: return rt_c128hash(p, seed);
	case KindString: return rt_strhash(p, seed);
	case KindInterface:
		if (((const GoInterfaceType *)t)->nmethods == 0)
			return rt_nilinterhash(p, seed);
		return rt_interhash(p, seed);
	case KindArray: {
		const GoArrayType *a = (const GoArrayType *)t;
		for (uintptr_t i = 0; i < a->len; i++)
			seed = rt_typehash(a->elem, q + i * a->elem->size, seed);
		return seed;
	}
	case KindStruct: {
		const GoStructType *s = (const GoStructType *)t;
		for (intptr_t i = 0; i < s->nfields; i++) {
			const GoStructField *f = &s->fields[i];
			if (f->name && strcmp(f->name, "_") == 0)
				continue;
			seed = rt_typehash(f->typ, q + f->offset, seed);
		}
		return seed;
	}
	default:
		/* Integers, bools, pointers without the regular-memory flag. */
		if (t->equal == NULL) {
			char msg[256];
			snprintf(msg, sizeof msg, "hash of unhashable type %s", t->str);
			rt_panicstr(msg);
		}
		return rt_memhash(p, seed, t->size);
	}
}

/* ---- equality ---- */

bool rt_memequal(const void *p, const void *q, uintptr_t size) { return size == 0 || memcmp(p, q, size) == 0; }
bool rt_memequal0(const void *p, const void *q) { return true; }
bool rt_memequal8(const void *p, const void *q) { return *(const uint8_t *)p == *(const uint8_t *)q; }
bool rt_memequal16(const void *p, const void *q) { return memcmp(p, q, 2) == 0; }
bool rt_memequal32(const void *p, const void *q) { return memcmp(p, q, 4) == 0; }
bool rt_memequal64(const void *p, const void *q) { return memcmp(p, q, 8) == 0; }
bool rt_memequal128(const void *p, const void *q) { return memcmp(p, q, 16) == 0; }

bool rt_f32equal(const void *p, const void *q)
{
	float a, b;
	memcpy(&a, p, 4);
	memcpy(&b, q, 4);
	return a == b;
}

bool rt_f64equal(const void *p, const void *q)
{
	double a, b;
	memcpy(&a, p, 8);
	memcpy(&b, q, 8);
	return a == b;
}

bool rt_c64equal(const void *p, const void *q)
{
	return rt_f32equal(p, q) && rt_f32equal((const char *)p + 4, (const char *)q + 4);
}

bool rt_c128equal(const void *p, const void *q)
{
	return rt_f64equal(p, q) && rt_f64equal((const char *)p + 8, (const char *)q + 8);
}

bool rt_strequal(const void *p, const void *q)
{
	const GoString *a = p, *b = q;
	return a->len == b->len && (a->ptr == b->ptr || rt_bytesEqual(a->ptr, b->ptr, (uintptr_t)a->len));
}

/*
 * Comparing two interfaces holding the same uncomparable dynamic type is a
 * run-time panic; holding different types they are simply unequal, which is
 * why the type test comes first in the callers.
 */
bool rt_efaceeq(const GoType *t, void *x, void *y)
{
	if (t == NULL)
		return true;
	if (t->equal == NULL) {
		char msg[256];
		snprintf(msg, sizeof msg, "comparing uncomparable type %s", t->str);
		rt_panicstr(msg);
	}
	/* Pointer-shaped values live in the data word itself. */
	if (t->kind & KindDirectIface)
		return x == y;
	return t->equal(x, y);
}

bool rt_ifaceeq(const GoItab *tab, void *x, void *y)
{
	return tab == NULL || rt_efaceeq(tab->type, x, y);
}

bool rt_nilinterequal(const void *p, const void *q)
{
	const GoEface *x = p, *y = q;
	return x->type == y->type && rt_efaceeq(x->type, x->data, y->data);
}

bool rt_interequal(const void *p, const void *q)
{
	const GoIface *x = p, *y = q;
	return x->tab == y->tab && rt_ifaceeq(x->tab, x->data, y->data);
}

/* The hasher of the map types reflect.MapOf makes (runtime/reflect.c):
 * never called, map.c's keyhash sees it and hashes by the key's type. */
uintptr_t rt_madehash(const void *p, uintptr_t seed)
{
	(void)p;
	(void)seed;
	rt_throw("runtime: madehash called");
}
