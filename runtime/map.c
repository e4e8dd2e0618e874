/*
 * map.c - Go's hash map: hmap headers, 8-slot buckets, incremental growth.
 *
 * This is Go 1.19's design, kept recognisable on purpose: minigo's users
 * come to check claims about Go maps against a running system, so every
 * number they can observe (B for a given hint, the insert that triggers a
 * grow, bytes per bucket) is Go's.
 *
 * Shape.  A map is an hmap header pointing at 2^B buckets.  A bucket holds
 * 8 entries: first 8 "tophash" bytes, then the 8 keys, then the 8 elems,
 * then a pointer to an overflow bucket.  Keys are packed together and elems
 * together, so map[int64]int8 wastes no padding between pairs.  The low B
 * bits of a key's hash choose the bucket; the top 8 bits are stored in the
 * tophash byte so that a lookup rejects 255 of 256 non-matching slots
 * without touching the key, which for strings would mean a pointer chase.
 * Tophash values 0..4 are reserved for slot states (empty, evacuated), so a
 * real top byte below 5 is bumped by 5.
 *
 * Why 8 slots and load factor 6.5.  A bucket of 8 fits a cache line or two
 * for small keys and lets one tophash word be scanned at once.  The load
 * factor trades memory for probe length: Go measured that at an average of
 * 6.5 entries per bucket about 30% of buckets have overflowed, a hit costs
 * about 4.5 key probes and a miss 6.5, and memory per entry is about 1.5x
 * the raw key+elem bytes.  Lower factors waste memory in empty slots,
 * higher ones grow overflow chains.  The rule is integer arithmetic,
 * count > 8 && count > 13 * (2^B / 2), which is why the first grows happen
 * at the 9th, 14th, 27th and 53rd insert.
 *
 * Incremental growth.  Doubling a million-entry table in one go would stall
 * the program for milliseconds, so a grow only allocates the new array and
 * moves hmap.buckets to hmap.oldbuckets.  After that every write (assign or
 * delete) first evacuates the old bucket feeding the bucket it is about to
 * touch, plus one more in order (hmap.nevacuate), so the work is spread
 * over the next writes and finished after at most 2^(B-1) of them.  Reads
 * never move anything: while an old bucket is not yet evacuated, a lookup
 * searches it instead of the new one.  Evacuation splits old bucket i
 * between new buckets i ("X") and i + 2^(B-1) ("Y") by the next hash bit,
 * and marks each old slot evacuatedX or evacuatedY so iterators still
 * walking the old array know where the entry went.
 *
 * Same-size growth.  Deleting leaves holes; inserting after deletes can keep
 * appending overflow buckets to chains that are mostly empty.  When there
 * are about as many overflow buckets as buckets (noverflow >= 2^min(B,15))
 * the map "grows" into a new array of the same size, which compacts every
 * chain.  Above B = 15 noverflow is only a sampled estimate, so it fits in
 * 16 bits.
 *
 * emptyRest.  A deleted slot becomes emptyOne; if nothing live follows it in
 * its bucket chain it becomes emptyRest, and so do the emptyOne slots
 * before it.  Lookups and inserts stop at the first emptyRest instead of
 * walking the rest of the chain, which keeps misses cheap in a map that has
 * seen many deletes.
 *
 * Overflow buckets and the collector.  When neither key nor elem contains a
 * pointer the bucket type is pointer-free, so the collector never scans
 * bucket memory, and the overflow pointers inside it would not keep overflow
 * buckets alive.  Such maps therefore also record every overflow bucket in
 * hmap.extra.overflow (and oldoverflow while growing), a slice the
 * collector does scan.  Maps with B >= 4 preallocate 2^(B-4) overflow
 * buckets after the main array, in the same allocation, handed out by
 * bumping extra.nextOverflow; the last one carries a non-nil overflow
 * pointer as an end marker.
 *
 * Iteration order is randomised on purpose (a random start bucket and a
 * random slot offset within every bucket) so that programs cannot come to
 * depend on it.  Iterators snapshot the bucket array; if the map grows
 * meanwhile they keep walking the old array and, for entries that have
 * moved, look the key up again in the live table, so an iteration returns
 * every entry that is live throughout exactly once, skips entries deleted
 * before it reaches them, and sees current values.
 *
 * Beyond Go: GODEBUG=maptrace=1 logs every make, grow (double or same-size)
 * and grow completion to stderr, and rt_mapintrospect reports B, bucket and
 * overflow counts, load factor and evacuation progress of a live map.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

const uint8_t rt_zeroVal[maxZero];

/* ---- descriptors of the runtime's own allocations, for the collector ---- */

static const uint8_t gcbits_hmap[] = { 0x2c };  /* words 2,3,5: buckets, oldbuckets, extra */
static const uint8_t gcbits_one[] = { 0x01 };
static const uint8_t gcbits_three[] = { 0x07 };

static const GoType hmapType = {
	.size = sizeof(GoHmap), .ptrdata = sizeof(GoHmap), .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = gcbits_hmap, .str = "runtime.hmap",
};
static const GoType mapextraType = {
	.size = sizeof(GoMapExtra), .ptrdata = sizeof(GoMapExtra), .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = gcbits_three, .str = "runtime.mapextra",
};
static const GoType bmapSliceType = { /* []*bmap header */
	.size = sizeof(GoSlice), .ptrdata = sizeof(void *), .align = 8, .fieldAlign = 8,
	.kind = KindSlice, .gcdata = gcbits_one, .str = "[]*runtime.bmap",
};
static const GoType bmapPtrType = { /* *bmap, the slice's element */
	.size = sizeof(void *), .ptrdata = sizeof(void *), .align = 8, .fieldAlign = 8,
	.kind = KindPointer | KindDirectIface, .gcdata = gcbits_one, .str = "*runtime.bmap",
};

/* ---- GODEBUG=maptrace=1 ---- */

int rt_maptrace;

__attribute__((constructor)) static void maptraceinit(void)
{
	const char *s = getenv("GODEBUG");

	/* GODEBUG is a comma-separated list of name=value; the last setting wins. */
	while (s && *s) {
		if (strncmp(s, "maptrace=", 9) == 0)
			rt_maptrace = atoi(s + 9);
		s = strchr(s, ',');
		if (s)
			s++;
	}
}

static const char *mapname(const GoMapType *t)
{
	return t->typ.str ? t->typ.str : "map";
}

/* ---- small helpers ---- */

static inline bool indirectkey(const GoMapType *t) { return t->flags & MapIndirectKey; }
static inline bool indirectelem(const GoMapType *t) { return t->flags & MapIndirectElem; }
static inline bool reflexivekey(const GoMapType *t) { return t->flags & MapReflexiveKey; }
static inline bool needkeyupdate(const GoMapType *t) { return t->flags & MapNeedKeyUpdate; }
static inline bool hashMightPanic(const GoMapType *t) { return t->flags & MapHashMightPanic; }

/* The key's hash.  A map type reflect made at run time (reflect.c) has no
 * hasher of its own to point at: its marker says "hash by the key's type". */
static inline uintptr_t keyhash(const GoMapType *t, const void *key, uintptr_t seed)
{
	if (__builtin_expect(t->hasher == rt_madehash, 0))
		return rt_typehash(t->key, key, seed);
	return t->hasher(key, seed);
}

static inline uint8_t *keyAt(const GoMapType *t, uint8_t *b, uintptr_t i)
{
	return b + dataOffset + i * t->keysize;
}

static inline uint8_t *elemAt(const GoMapType *t, uint8_t *b, uintptr_t i)
{
	return b + dataOffset + bucketCnt * (uintptr_t)t->keysize + i * t->elemsize;
}

static inline void *deref(void *p)
{
	void *q;
	memcpy(&q, p, sizeof q);
	return q;
}

static inline void storeptr(void *slot, void *p)
{
	memcpy(slot, &p, sizeof p);
}

/* Keys and elems are small; give the common sizes a move without a call. */
static inline void copyslot(void *dst, const void *src, uintptr_t n)
{
	switch (n) {
	case 4: memcpy(dst, src, 4); break;
	case 8: memcpy(dst, src, 8); break;
	case 16: memcpy(dst, src, 16); break;
	default: memmove(dst, src, n); break;
	}
}

static inline bool growing(const GoHmap *h) { return h->oldbuckets != NULL; }

/* Buckets in the old table: half the new one, or the same for a same-size grow. */
static inline uintptr_t noldbuckets(const GoHmap *h)
{
	uint8_t oldB = h->B;
	if (!(h->flags & sameSizeGrow))
		oldB--;
	return rt_bucketShift(oldB);
}

static void *zeroFor(const GoMapType *t)
{
	static void *big;
	static uintptr_t bigsize;

	if (t->elem->size <= maxZero)
		return (void *)rt_zeroVal;
	/*
	 * gc never calls the plain lookups for elems over maxZero (it uses the
	 * _fat variants); we still answer correctly, from a zeroed block that
	 * grows to the largest elem seen and is never written.
	 */
	if (t->elem->size > bigsize) {
		big = calloc(1, t->elem->size);
		if (!big)
			rt_throw("out of memory allocating zero value");
		bigsize = t->elem->size;
	}
	return big;
}

/* ---- creation ---- */

/*
 * How many buckets an array for B really holds: 2^B, plus 2^(B-4)
 * preallocated overflow buckets from B = 4 on (smaller tables rarely
 * overflow), plus whatever else fits in the size class.
 */
static uintptr_t bucketArrayLen(const GoMapType *t, uint8_t b)
{
	uintptr_t n = rt_bucketShift(b);

	if (b >= 4) {
		n += rt_bucketShift(b - 4);
		uintptr_t sz = t->bucketsize * n;
		uintptr_t up = rt_roundupsize(sz); /* the allocator's size class */
		if (up != sz)
			n = up / t->bucketsize;
	}
	return n;
}

static void *makeBucketArray(const GoMapType *t, uint8_t b, void *dirty, void **nextOverflow)
{
	uintptr_t base = rt_bucketShift(b);
	uintptr_t n = bucketArrayLen(t, b);
	uint8_t *buckets;

	if (dirty == NULL) {
		if (n > ((uintptr_t)1 << 48) / t->bucketsize)
			rt_panicplain("runtime: allocation size out of range");
		buckets = rt_mallocgc(t->bucketsize * n, t->bucket, true);
	} else {
		/* mapclear: reuse the array the map already has. */
		buckets = dirty;
		memset(buckets, 0, t->bucketsize * n);
	}
	*nextOverflow = NULL;
	if (n != base) {
		*nextOverflow = rt_bucketAt(t, buckets, base);
		/* End marker: any non-nil overflow pointer on the last spare bucket. */
		rt_setoverflow(t, rt_bucketAt(t, buckets, n - 1), buckets);
	}
	return buckets;
}

static GoMapExtra *mapextra(GoHmap *h)
{
	if (h->extra == NULL)
		h->extra = rt_newobject(&mapextraType);
	return h->extra;
}

GoHmap *rt_makemap_small(void)
{
	GoHmap *h = rt_newobject(&hmapType);

	h->hash0 = rt_fastrand();
	return h;
}

GoHmap *rt_makemap(const GoMapType *t, intptr_t hint, GoHmap *h)
{
	/* A hint that is negative or too big for memory is not an error: it counts as 0. */
	if (hint < 0 || (uintptr_t)hint > ((uintptr_t)1 << 48) / t->bucket->size)
		hint = 0;
	if (h == NULL)
		h = rt_newobject(&hmapType);
	h->hash0 = rt_fastrand();

	uint8_t B = 0;
	while (rt_overLoadFactor(hint, B))
		B++;
	h->B = B;

	/* B == 0: the single bucket is allocated by the first insert (or was given on the stack). */
	if (B != 0) {
		void *next;
		h->buckets = makeBucketArray(t, B, NULL, &next);
		if (next != NULL)
			mapextra(h)->nextOverflow = next;
	}
	if (rt_maptrace > 0)
		fprintf(stderr, "maptrace: make %s %p: hint=%ld B=%u buckets=%lu prealloc=%lu\n",
		        mapname(t), (void *)h, (long)hint, B, (unsigned long)rt_bucketShift(B),
		        (unsigned long)(B ? bucketArrayLen(t, B) - rt_bucketShift(B) : 0));
	return h;
}

GoHmap *rt_makemap64(const GoMapType *t, int64_t hint, GoHmap *h)
{
	if ((int64_t)(intptr_t)hint != hint)
		hint = 0;
	return rt_makemap(t, (intptr_t)hint, h);
}

/* ---- overflow buckets ---- */

/*
 * noverflow is exact while the table is small; from B = 16 on it is
 * incremented with probability 2^-(B-15), an estimate of overflow/2^(B-15)
 * that still fits 16 bits and is compared against 2^15.
 */
static void incrnoverflow(GoHmap *h)
{
	if (h->B < 16) {
		h->noverflow++;
		return;
	}
	uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
	if ((rt_fastrand() & mask) == 0)
		h->noverflow++;
}

static void createOverflow(GoHmap *h)
{
	GoMapExtra *x = mapextra(h);

	if (x->overflow == NULL)
		x->overflow = rt_newobject(&bmapSliceType);
}

uint8_t *rt_newoverflow(const GoMapType *t, GoHmap *h, uint8_t *b)
{
	uint8_t *ovf;

	if (h->extra != NULL && h->extra->nextOverflow != NULL) {
		ovf = h->extra->nextOverflow;
		if (rt_overflow(t, ovf) == NULL) {
			h->extra->nextOverflow = ovf + t->bucketsize;
		} else {
			/* The end marker: the last preallocated bucket. */
			rt_setoverflow(t, ovf, NULL);
			h->extra->nextOverflow = NULL;
		}
	} else {
		ovf = rt_newobject(t->bucket);
	}
	incrnoverflow(h);
	if (t->bucket->ptrdata == 0) {
		createOverflow(h);
		GoSlice *s = h->extra->overflow;
		if (s->len == s->cap)
			*s = rt_growslice(&bmapPtrType, *s, s->len + 1);
		((void **)s->ptr)[s->len++] = ovf;
	}
	rt_setoverflow(t, b, ovf);
	return ovf;
}

/* ---- lookup ---- */

/*
 * The search every read shares: returns the slot index's key and elem
 * addresses (indirections resolved) or NULL.  A chain ends at the first
 * emptyRest, which promises nothing follows.
 */
static inline void *lookup(const GoMapType *t, GoHmap *h, const void *key, void **keyout)
{
	if (h == NULL || h->count == 0) {
		/* Hash anyway so that m[unhashable] panics even on an empty map. */
		if (hashMightPanic(t))
			keyhash(t, key, 0);
		return NULL;
	}
	if (h->flags & hashWriting)
		rt_throw("concurrent map read and map write");

	uintptr_t hash = keyhash(t, key, h->hash0);
	uint8_t top = rt_tophash(hash);
	GoEqualFn eq = t->key->equal;

	for (uint8_t *b = rt_lookupBucket(t, h, hash); b != NULL; b = rt_overflow(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (b[i] != top) {
				if (b[i] == emptyRest)
					return NULL;
				continue;
			}
			void *k = keyAt(t, b, i);
			if (indirectkey(t))
				k = deref(k);
			if (eq(key, k)) {
				void *e = elemAt(t, b, i);
				if (indirectelem(t))
					e = deref(e);
				if (keyout)
					*keyout = k;
				return e;
			}
		}
	}
	return NULL;
}

void *rt_mapaccess1(const GoMapType *t, GoHmap *h, const void *key)
{
	void *e = lookup(t, h, key, NULL);
	return e ? e : zeroFor(t);
}

void *rt_mapaccess2(const GoMapType *t, GoHmap *h, const void *key, bool *ok)
{
	void *e = lookup(t, h, key, NULL);
	*ok = e != NULL;
	return e ? e : zeroFor(t);
}

void *rt_mapaccess1_fat(const GoMapType *t, GoHmap *h, const void *key, const void *zero)
{
	void *e = lookup(t, h, key, NULL);
	return e ? e : (void *)zero;
}

void *rt_mapaccess2_fat(const GoMapType *t, GoHmap *h, const void *key, const void *zero, bool *ok)
{
	void *e = lookup(t, h, key, NULL);
	*ok = e != NULL;
	return e ? e : (void *)zero;
}

/* ---- assignment ---- */

void *rt_mapassign(const GoMapType *t, GoHmap *h, const void *key)
{
	if (h == NULL)
		rt_panicplain("assignment to entry in nil map");
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	/* Hash before taking the flag: a panicking hasher leaves the map untouched. */
	uintptr_t hash = keyhash(t, key, h->hash0);
	h->flags ^= hashWriting;

	if (h->buckets == NULL)
		h->buckets = rt_newobject(t->bucket);

	uint8_t top = rt_tophash(hash);
	uint8_t *b, *insertb, *elem;
	uintptr_t inserti;

again:
	if (growing(h))
		rt_growWork(t, h, hash & rt_bucketMask(h->B));
	b = rt_bucketAt(t, h->buckets, hash & rt_bucketMask(h->B));
	insertb = NULL;
	inserti = 0;
	for (;;) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (b[i] != top) {
				if (rt_isEmpty(b[i]) && insertb == NULL) {
					insertb = b;
					inserti = i;
				}
				if (b[i] == emptyRest)
					goto notfound;
				continue;
			}
			void *k = keyAt(t, b, i);
			if (indirectkey(t))
				k = deref(k);
			if (!t->key->equal(key, k))
				continue;
			/* Present.  Equal is not identical for +0/-0 and strings: store the new key. */
			if (needkeyupdate(t))
				copyslot(k, key, t->key->size);
			elem = elemAt(t, b, i);
			goto done;
		}
		uint8_t *ovf = rt_overflow(t, b);
		if (ovf == NULL)
			break;
		b = ovf;
	}
notfound:
	/*
	 * A new entry.  If it would overload the table, or chains have grown
	 * too long, start a grow; the entry's place changes, so search again.
	 * A grow already in progress is finished first, never stacked.
	 */
	if (!growing(h) && (rt_overLoadFactor(h->count + 1, h->B) ||
	                    rt_tooManyOverflowBuckets(h->noverflow, h->B))) {
		rt_hashGrow(t, h);
		goto again;
	}
	if (insertb == NULL) {
		/* Every slot of the chain is full (b is its last bucket): link a new one. */
		insertb = rt_newoverflow(t, h, b);
		inserti = 0;
	}
	uint8_t *k = keyAt(t, insertb, inserti);
	elem = elemAt(t, insertb, inserti);
	if (indirectkey(t)) {
		void *kmem = rt_newobject(t->key);
		storeptr(k, kmem);
		k = kmem;
	}
	if (indirectelem(t))
		storeptr(elem, rt_newobject(t->elem));
	copyslot(k, key, t->key->size);
	insertb[inserti] = top;
	h->count++;

done:
	if (!(h->flags & hashWriting))
		rt_throw("concurrent map writes");
	h->flags &= ~hashWriting;
	if (indirectelem(t))
		return deref(elem);
	return elem;
}

/* ---- deletion ---- */

void rt_mapdeleteslot(const GoMapType *t, GoHmap *h, uint8_t *b0, uint8_t *b, uintptr_t i)
{
	/* Drop references so the collector can free what the entry pointed to. */
	uint8_t *k = keyAt(t, b, i), *e = elemAt(t, b, i);
	if (indirectkey(t))
		storeptr(k, NULL);
	else if (t->key->ptrdata != 0)
		memset(k, 0, t->key->size);
	if (indirectelem(t))
		storeptr(e, NULL);
	else
		memset(e, 0, t->elem->size);
	b[i] = emptyOne;

	/*
	 * If this was the last live slot of the chain, it and every emptyOne
	 * directly before it (across bucket boundaries) become emptyRest.
	 * Walking backwards over a singly linked chain means re-walking it from
	 * the head to find each previous bucket; chains are short.
	 */
	if (i == bucketCnt - 1) {
		uint8_t *ovf = rt_overflow(t, b);
		if (ovf != NULL && ovf[0] != emptyRest)
			goto notlast;
	} else if (b[i + 1] != emptyRest) {
		goto notlast;
	}
	for (;;) {
		b[i] = emptyRest;
		if (i == 0) {
			if (b == b0)
				break;
			uint8_t *c = b;
			for (b = b0; rt_overflow(t, b) != c; b = rt_overflow(t, b))
				;
			i = bucketCnt - 1;
		} else {
			i--;
		}
		if (b[i] != emptyOne)
			break;
	}
notlast:
	h->count--;
	/* A fresh seed once empty makes repeated collision attacks harder (golang/go#25237). */
	if (h->count == 0)
		h->hash0 = rt_fastrand();
}

void rt_mapdelete(const GoMapType *t, GoHmap *h, const void *key)
{
	if (h == NULL || h->count == 0) {
		if (hashMightPanic(t))
			keyhash(t, key, 0);
		return;
	}
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = keyhash(t, key, h->hash0);
	h->flags ^= hashWriting;

	uintptr_t bucket = hash & rt_bucketMask(h->B);
	if (growing(h))
		rt_growWork(t, h, bucket);
	uint8_t *b0 = rt_bucketAt(t, h->buckets, bucket);
	uint8_t top = rt_tophash(hash);
	for (uint8_t *b = b0; b != NULL; b = rt_overflow(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (b[i] != top) {
				if (b[i] == emptyRest)
					goto out;
				continue;
			}
			void *k = keyAt(t, b, i);
			if (indirectkey(t))
				k = deref(k);
			if (!t->key->equal(key, k))
				continue;
			rt_mapdeleteslot(t, h, b0, b, i);
			goto out;
		}
	}
out:
	if (!(h->flags & hashWriting))
		rt_throw("concurrent map writes");
	h->flags &= ~hashWriting;
}

/* ---- growth ---- */

void rt_hashGrow(const GoMapType *t, GoHmap *h)
{
	uint8_t bigger = 1;
	void *next;

	if (!rt_overLoadFactor(h->count + 1, h->B)) {
		bigger = 0;
		h->flags |= sameSizeGrow;
	}
	if (rt_maptrace > 0)
		fprintf(stderr, "maptrace: grow %s %p: %s B=%u->%u count=%ld noverflow=%u\n",
		        mapname(t), (void *)h, bigger ? "double" : "same-size", h->B, h->B + bigger,
		        (long)h->count, h->noverflow);

	void *oldbuckets = h->buckets;
	void *newbuckets = makeBucketArray(t, h->B + bigger, NULL, &next);

	/* Iterators running now walk what becomes the old array. */
	uint8_t flags = h->flags & ~(flagIterator | flagOldIterator);
	if (h->flags & flagIterator)
		flags |= flagOldIterator;

	h->B += bigger;
	h->flags = flags;
	h->oldbuckets = oldbuckets;
	h->buckets = newbuckets;
	h->nevacuate = 0;
	h->noverflow = 0;

	if (h->extra != NULL && h->extra->overflow != NULL) {
		if (h->extra->oldoverflow != NULL)
			rt_throw("oldoverflow is not nil");
		h->extra->oldoverflow = h->extra->overflow;
		h->extra->overflow = NULL;
	}
	if (next != NULL)
		mapextra(h)->nextOverflow = next;
	/* Nothing is copied here; growWork moves entries as writes arrive. */
}

/* Where evacuated entries go: a bucket and the next free slot in it. */
typedef struct {
	uint8_t *b;
	uintptr_t i;
	uint8_t *k, *e;
} evacDst;

static void advanceEvacuationMark(const GoMapType *t, GoHmap *h, uintptr_t newbit)
{
	h->nevacuate++;
	/* Skip buckets evacuated out of order, but bound the work of one write. */
	uintptr_t stop = h->nevacuate + 1024;
	if (stop > newbit)
		stop = newbit;
	while (h->nevacuate != stop && rt_evacuated(rt_bucketAt(t, h->oldbuckets, h->nevacuate)))
		h->nevacuate++;
	if (h->nevacuate == newbit) {
		/* Done: the old array is garbage, unless an iterator still holds it. */
		h->oldbuckets = NULL;
		if (h->extra != NULL)
			h->extra->oldoverflow = NULL;
		h->flags &= ~sameSizeGrow;
		if (rt_maptrace > 0)
			fprintf(stderr, "maptrace: done %s %p: B=%u count=%ld noverflow=%u\n",
			        mapname(t), (void *)h, h->B, (long)h->count, h->noverflow);
	}
}

/*
 * Rehash during evacuation.  Growth rehashes every entry once, so the two
 * hashers behind nearly all maps (int-like and string keys) are called
 * inline rather than through the maptype's pointer.
 */
static inline uintptr_t rehash(const GoMapType *t, const void *k, uint32_t seed)
{
	if (t->hasher == rt_memhash64)
		return rt_memhash64_inline(k, seed);
	if (t->hasher == rt_strhash)
		return rt_memhash(((const GoString *)k)->ptr, seed, (uintptr_t)((const GoString *)k)->len);
	return keyhash(t, k, seed);
}

static void evacuate(const GoMapType *t, GoHmap *h, uintptr_t oldbucket)
{
	uint8_t *b = rt_bucketAt(t, h->oldbuckets, oldbucket);
	uintptr_t newbit = noldbuckets(h);

	if (!rt_evacuated(b)) {
		evacDst xy[2];
		bool same = h->flags & sameSizeGrow;
		bool indirect = indirectkey(t);
		bool nanpossible = (h->flags & flagIterator) && !reflexivekey(t);
		uintptr_t keysize = t->keysize, elemsize = t->elemsize;

		xy[0].b = rt_bucketAt(t, h->buckets, oldbucket);
		xy[0].i = 0;
		xy[0].k = keyAt(t, xy[0].b, 0);
		xy[0].e = elemAt(t, xy[0].b, 0);
		if (!same) {
			xy[1].b = rt_bucketAt(t, h->buckets, oldbucket + newbit);
			xy[1].i = 0;
			xy[1].k = keyAt(t, xy[1].b, 0);
			xy[1].e = elemAt(t, xy[1].b, 0);
		}
		for (; b != NULL; b = rt_overflow(t, b)) {
			uint8_t *k = keyAt(t, b, 0), *e = elemAt(t, b, 0);
			for (uintptr_t i = 0; i < bucketCnt; i++, k += keysize, e += elemsize) {
				uint8_t top = b[i];
				if (rt_isEmpty(top)) {
					b[i] = evacuatedEmpty;
					continue;
				}
				if (top < minTopHash)
					rt_throw("bad map state");
				void *k2 = indirect ? deref(k) : k;
				unsigned useY = 0;
				if (!same) {
					uintptr_t hash = rehash(t, k2, h->hash0);
					if (nanpossible && !t->key->equal(k2, k2)) {
						/*
						 * NaN: its hash changes every time, so an iterator
						 * could not predict where it went.  Send it by the
						 * low tophash bit instead (which is why evacuatedX
						 * and evacuatedY differ in that bit) and give it a
						 * fresh tophash.
						 */
						useY = top & 1;
						top = rt_tophash(hash);
					} else if (hash & newbit) {
						useY = 1;
					}
				}
				b[i] = evacuatedX + useY;
				evacDst *dst = &xy[useY];
				if (dst->i == bucketCnt) {
					dst->b = rt_newoverflow(t, h, dst->b);
					dst->i = 0;
					dst->k = keyAt(t, dst->b, 0);
					dst->e = elemAt(t, dst->b, 0);
				}
				dst->b[dst->i] = top;
				copyslot(dst->k, k, keysize);  /* indirect: copies the pointer */
				copyslot(dst->e, e, elemsize);
				dst->i++;
				dst->k += keysize;
				dst->e += elemsize;
			}
		}
		/*
		 * Unless an iterator may still read it, drop the old bucket's
		 * references so the collector need not keep its keys and elems
		 * alive.  tophash stays: it records the evacuation.
		 */
		if (!(h->flags & flagOldIterator) && t->bucket->ptrdata != 0) {
			uint8_t *ob = rt_bucketAt(t, h->oldbuckets, oldbucket);
			memset(ob + dataOffset, 0, t->bucketsize - dataOffset);
		}
	}
	if (oldbucket == h->nevacuate)
		advanceEvacuationMark(t, h, newbit);
}

void rt_growWork(const GoMapType *t, GoHmap *h, uintptr_t bucket)
{
	/* First the old bucket that feeds the one about to be written ... */
	evacuate(t, h, bucket & (noldbuckets(h) - 1));
	/* ... then one more, in order, so the grow is sure to finish. */
	if (growing(h))
		evacuate(t, h, h->nevacuate);
}

/* ---- clear ---- */

void rt_mapclear(const GoMapType *t, GoHmap *h)
{
	if (h == NULL || h->count == 0)
		return;
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	h->flags ^= hashWriting;

	h->flags &= ~sameSizeGrow;
	h->oldbuckets = NULL;
	h->nevacuate = 0;
	h->noverflow = 0;
	h->count = 0;
	h->hash0 = rt_fastrand();
	if (h->extra != NULL)
		memset(h->extra, 0, sizeof *h->extra);

	/* Keep B and the array: a map that was big once is likely to be big again. */
	void *next;
	makeBucketArray(t, h->B, h->buckets, &next);
	if (next != NULL)
		mapextra(h)->nextOverflow = next;
	if (rt_maptrace > 0)
		fprintf(stderr, "maptrace: clear %s %p: B=%u\n", mapname(t), (void *)h, h->B);

	if (!(h->flags & hashWriting))
		rt_throw("concurrent map writes");
	h->flags &= ~hashWriting;
}

/* ---- iteration ---- */

/* checkBucket value meaning "take every entry of this bucket" (Go's noCheck). */
#define noCheckBucket (~(uintptr_t)0)

void rt_mapiterinit(const GoMapType *t, GoHmap *h, GoHiter *it)
{
	memset(it, 0, sizeof *it);
	it->t = t;
	if (h == NULL || h->count == 0)
		return;
	it->h = h;
	it->B = h->B;
	it->buckets = h->buckets;
	if (t->bucket->ptrdata == 0) {
		/* Hold the overflow lists: they keep noscan overflow buckets alive. */
		createOverflow(h);
		it->overflow = h->extra->overflow;
		it->oldoverflow = h->extra->oldoverflow;
	}

	uintptr_t r = h->B > 31 - bucketCntBits ? (uintptr_t)rt_fastrand64() : rt_fastrand();
	it->startBucket = r & rt_bucketMask(h->B);
	it->offset = (uint8_t)((r >> h->B) & (bucketCnt - 1));
	it->bucket = it->startBucket;

	h->flags |= flagIterator | flagOldIterator;
	rt_mapiternext(it);
}

/* Look key up in the live table, returning its current key and elem. */
static bool mapaccessK(const GoMapType *t, GoHmap *h, const void *key, void **k, void **e)
{
	*e = lookup(t, h, key, k);
	return *e != NULL;
}

void rt_mapiternext(GoHiter *it)
{
	GoHmap *h = it->h;
	const GoMapType *t = it->t;
	uintptr_t bucket = it->bucket;
	uint8_t *b = it->bptr;
	uintptr_t i = it->i;
	uintptr_t checkBucket = it->checkBucket;

	if (h == NULL) {
		it->key = it->elem = NULL;
		return;
	}
	if (h->flags & hashWriting)
		rt_throw("concurrent map iteration and map write");

next:
	if (b == NULL) {
		if (bucket == it->startBucket && it->wrapped) {
			it->key = it->elem = NULL;
			return;
		}
		if (growing(h) && it->B == h->B) {
			/*
			 * Started during a grow that is still running: if the old
			 * bucket feeding this new bucket is not evacuated yet, walk
			 * it instead, taking only the entries bound for this bucket.
			 */
			uintptr_t oldbucket = bucket & (noldbuckets(h) - 1);
			b = rt_bucketAt(t, h->oldbuckets, oldbucket);
			if (!rt_evacuated(b)) {
				checkBucket = bucket;
			} else {
				b = rt_bucketAt(t, it->buckets, bucket);
				checkBucket = noCheckBucket;
			}
		} else {
			b = rt_bucketAt(t, it->buckets, bucket);
			checkBucket = noCheckBucket;
		}
		bucket++;
		if (bucket == rt_bucketShift(it->B)) {
			bucket = 0;
			it->wrapped = true;
		}
		i = 0;
	}
	for (; i < bucketCnt; i++) {
		uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
		uint8_t top = b[offi];
		if (rt_isEmpty(top) || top == evacuatedEmpty)
			continue;
		void *k = keyAt(t, b, offi);
		if (indirectkey(t))
			k = deref(k);
		void *e = elemAt(t, b, offi);
		bool reflexive = reflexivekey(t) || t->key->equal(k, k);
		if (checkBucket != noCheckBucket && !(h->flags & sameSizeGrow)) {
			if (reflexive) {
				uintptr_t hash = keyhash(t, k, h->hash0);
				if ((hash & rt_bucketMask(it->B)) != checkBucket)
					continue;
			} else if ((checkBucket >> (it->B - 1)) != (uintptr_t)(top & 1)) {
				/* NaN: evacuation will route it by the low tophash bit. */
				continue;
			}
		}
		if ((top != evacuatedX && top != evacuatedY) || !reflexive) {
			/* The slot holds the live entry (or a NaN, which cannot change). */
			it->key = k;
			it->elem = indirectelem(t) ? deref(e) : e;
		} else {
			/*
			 * The map grew after this iterator started and the entry has
			 * moved: its slot here may be stale (updated, deleted, or
			 * deleted and reinserted).  Ask the live table.
			 */
			void *rk, *re;
			if (!mapaccessK(t, h, k, &rk, &re))
				continue;
			it->key = rk;
			it->elem = re;
		}
		it->bucket = bucket;
		it->bptr = b;
		it->i = (uint8_t)(i + 1);
		it->checkBucket = checkBucket;
		return;
	}
	b = rt_overflow(t, b);
	i = 0;
	goto next;
}

/* ---- introspection ---- */

static uintptr_t chainOverflow(const GoMapType *t, uint8_t *b, void *arr, uintptr_t arrlen, uintptr_t *outside)
{
	uintptr_t n = 0;
	uint8_t *lo = arr, *hi = (uint8_t *)arr + arrlen * t->bucketsize;

	for (b = rt_overflow(t, b); b != NULL; b = rt_overflow(t, b)) {
		n++;
		if (b < lo || b >= hi)
			(*outside)++;
	}
	return n;
}

void rt_mapintrospect(const GoMapType *t, const GoHmap *h, GoMapStats *st)
{
	memset(st, 0, sizeof *st);
	st->bucketsize = t->bucketsize;
	if (h == NULL) {
		st->nbuckets = 1;
		return;
	}
	st->count = h->count;
	st->B = h->B;
	st->noverflow = h->noverflow;
	st->nbuckets = rt_bucketShift(h->B);
	st->loadFactor = (double)h->count / (double)st->nbuckets;
	st->growing = growing(h);
	st->sameSizeGrow = h->flags & sameSizeGrow;

	uintptr_t outside = 0;
	if (h->buckets != NULL) {
		uintptr_t n = h->B == 0 ? 1 : bucketArrayLen(t, h->B);
		for (uintptr_t i = 0; i < st->nbuckets; i++)
			st->overflowBuckets += chainOverflow(t, rt_bucketAt(t, h->buckets, i), h->buckets, n, &outside);
		st->bytes += n * t->bucketsize;
	}
	if (h->extra != NULL && h->extra->nextOverflow != NULL) {
		for (uint8_t *p = h->extra->nextOverflow;; p += t->bucketsize) {
			st->preallocFree++;
			if (rt_overflow(t, p) != NULL)
				break;
		}
	}
	if (growing(h)) {
		uintptr_t old = noldbuckets(h);
		uint8_t oldB = (h->flags & sameSizeGrow) ? h->B : h->B - 1;
		uintptr_t n = bucketArrayLen(t, oldB);
		st->noldbuckets = old;
		st->nevacuate = h->nevacuate;
		st->bytes += n * t->bucketsize;
		for (uintptr_t i = 0; i < old; i++) {
			uint8_t *b = rt_bucketAt(t, h->oldbuckets, i);
			if (rt_evacuated(b))
				st->evacuated++;
			else
				st->oldOverflowBuckets += chainOverflow(t, b, h->oldbuckets, n, &outside);
		}
	}
	st->bytes += outside * t->bucketsize;
}
