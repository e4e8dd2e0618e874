/*
 * map_fast64.c - maps with 8-byte plain-memory keys: int, int64, uint64,
 * uintptr, pointers, and 8-byte structs or arrays of those.
 *
 * The generic path pays for its generality on every slot it looks at: an
 * indirect call to the key's equal function, a size-driven copy, checks for
 * indirect keys and elems.  For a key that is one machine word none of that
 * is needed, and maps keyed by int are the most common maps there are, so gc
 * gives them their own entry points and the compiler picks them whenever
 * the key is 8 bytes of plain memory and the elem is at most 128 bytes (so
 * neither is ever stored indirectly).
 *
 * The differences from map.c are all about the key compare:
 *  - a one-bucket map (B == 0) is searched without hashing at all: eight
 *    word compares are cheaper than one hash;
 *  - larger maps hash only to choose the bucket and then compare the key
 *    words directly instead of tophash bytes first; a word compare costs
 *    the same as a byte compare;
 *  - the hash of a memhash64 key is inlined rather than called;
 *  - the eight key compares are unrolled (two instructions each instead of
 *    five), and a lookup prefetches the bucket's elems and overflow word
 *    while it compares keys: in a table much larger than the cache, a hit
 *    then waits for one memory access instead of two in a row, and a miss
 *    finds the overflow pointer already on its way.
 * Growth, evacuation, overflow allocation and the emptyRest bookkeeping are
 * shared with map.c, so both paths keep identical tables: the compiler may
 * read a map with mapaccess1_fast64 that was filled by a map literal through
 * mapassign.
 */
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

static inline uintptr_t hash64(const GoMapType *t, uint64_t key, uint32_t seed)
{
	if (__builtin_expect(t->hasher == rt_memhash64, 1))
		return rt_memhash64_inline(&key, seed);
	return t->hasher(&key, seed);
}

static inline uint64_t keyword(const uint8_t *b, uintptr_t i)
{
	uint64_t k;
	memcpy(&k, b + dataOffset + i * 8, 8);
	return k;
}

static inline void *elem64(const GoMapType *t, uint8_t *b, uintptr_t i)
{
	return b + dataOffset + bucketCnt * 8 + i * t->elemsize;
}

static inline void *find64(const GoMapType *t, GoHmap *h, uint64_t key)
{
	uint8_t *b;

	if (h == NULL || h->count == 0)
		return NULL;
	if (h->flags & hashWriting)
		rt_throw("concurrent map read and map write");
	if (h->B == 0) {
		b = h->buckets;
	} else {
		b = rt_lookupBucket(t, h, hash64(t, key, h->hash0));
		__builtin_prefetch(b + dataOffset + bucketCnt * 8);
		__builtin_prefetch(b + t->bucketsize - 8);
	}
	for (; b != NULL; b = rt_overflow(t, b)) {
#pragma GCC unroll 8
		for (uintptr_t i = 0; i < bucketCnt; i++)
			if (keyword(b, i) == key && !rt_isEmpty(b[i]))
				return elem64(t, b, i);
	}
	return NULL;
}

void *rt_mapaccess1_fast64(const GoMapType *t, GoHmap *h, uint64_t key)
{
	void *e = find64(t, h, key);
	return e ? e : (void *)rt_zeroVal;
}

void *rt_mapaccess2_fast64(const GoMapType *t, GoHmap *h, uint64_t key, bool *ok)
{
	void *e = find64(t, h, key);
	*ok = e != NULL;
	return e ? e : (void *)rt_zeroVal;
}

void *rt_mapassign_fast64(const GoMapType *t, GoHmap *h, uint64_t key)
{
	if (h == NULL)
		rt_panicplain("assignment to entry in nil map");
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = hash64(t, key, h->hash0);
	h->flags ^= hashWriting;

	if (h->buckets == NULL)
		h->buckets = rt_newobject(t->bucket);

	uint8_t *b, *insertb;
	uintptr_t inserti;
again:
	if (h->oldbuckets != NULL)
		rt_growWork(t, h, hash & rt_bucketMask(h->B));
	b = rt_bucketAt(t, h->buckets, hash & rt_bucketMask(h->B));
	insertb = NULL;
	inserti = 0;
	for (;;) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (rt_isEmpty(b[i])) {
				if (insertb == NULL) {
					insertb = b;
					inserti = i;
				}
				if (b[i] == emptyRest)
					goto notfound;
				continue;
			}
			if (keyword(b, i) == key) {
				insertb = b;
				inserti = i;
				goto done;
			}
		}
		uint8_t *ovf = rt_overflow(t, b);
		if (ovf == NULL)
			break;
		b = ovf;
	}
notfound:
	if (h->oldbuckets == NULL && (rt_overLoadFactor(h->count + 1, h->B) ||
	                              rt_tooManyOverflowBuckets(h->noverflow, h->B))) {
		rt_hashGrow(t, h);
		goto again;
	}
	if (insertb == NULL) {
		insertb = rt_newoverflow(t, h, b);
		inserti = 0;
	}
	insertb[inserti] = rt_tophash(hash);
	memcpy(insertb + dataOffset + inserti * 8, &key, 8);
	h->count++;
done:
	if (!(h->flags & hashWriting))
		rt_throw("concurrent map writes");
	h->flags &= ~hashWriting;
	return elem64(t, insertb, inserti);
}

void *rt_mapassign_fast64ptr(const GoMapType *t, GoHmap *h, void *key)
{
	return rt_mapassign_fast64(t, h, (uint64_t)(uintptr_t)key);
}

void rt_mapdelete_fast64(const GoMapType *t, GoHmap *h, uint64_t key)
{
	if (h == NULL || h->count == 0)
		return;
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = hash64(t, key, h->hash0);
	h->flags ^= hashWriting;

	uintptr_t bucket = hash & rt_bucketMask(h->B);
	if (h->oldbuckets != NULL)
		rt_growWork(t, h, bucket);
	uint8_t *b0 = rt_bucketAt(t, h->buckets, bucket);
	for (uint8_t *b = b0; b != NULL; b = rt_overflow(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			if (keyword(b, i) != key || rt_isEmpty(b[i]))
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
