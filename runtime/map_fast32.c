/*
 * map_fast32.c - maps with 4-byte plain-memory keys: int32, uint32, rune,
 * float-free 4-byte structs and arrays.
 *
 * The same specialisation as map_fast64.c, one word size down; see there
 * for why these entry points exist and how they differ from map.c.  Two
 * details are particular to 32-bit keys: the key slots are 4 bytes apart,
 * so eight keys fill half a cache line and a one-bucket map is searched in
 * a handful of loads, and on a 64-bit machine a 4-byte key can never be a
 * pointer, so deleting never has a key to clear for the collector.
 */
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

static inline uintptr_t hash32(const GoMapType *t, uint32_t key, uint32_t seed)
{
	if (__builtin_expect(t->hasher == rt_memhash32, 1))
		return rt_memhash32_inline(&key, seed);
	return t->hasher(&key, seed);
}

static inline uint32_t keyword(const uint8_t *b, uintptr_t i)
{
	uint32_t k;
	memcpy(&k, b + dataOffset + i * 4, 4);
	return k;
}

static inline void *elem32(const GoMapType *t, uint8_t *b, uintptr_t i)
{
	return b + dataOffset + bucketCnt * 4 + i * t->elemsize;
}

static inline void *find32(const GoMapType *t, GoHmap *h, uint32_t key)
{
	uint8_t *b;

	if (h == NULL || h->count == 0)
		return NULL;
	if (h->flags & hashWriting)
		rt_throw("concurrent map read and map write");
	if (h->B == 0)
		b = h->buckets;
	else
		b = rt_lookupBucket(t, h, hash32(t, key, h->hash0));
	for (; b != NULL; b = rt_overflow(t, b)) {
#pragma GCC unroll 8
		for (uintptr_t i = 0; i < bucketCnt; i++)
			if (keyword(b, i) == key && !rt_isEmpty(b[i]))
				return elem32(t, b, i);
	}
	return NULL;
}

void *rt_mapaccess1_fast32(const GoMapType *t, GoHmap *h, uint32_t key)
{
	void *e = find32(t, h, key);
	return e ? e : (void *)rt_zeroVal;
}

void *rt_mapaccess2_fast32(const GoMapType *t, GoHmap *h, uint32_t key, bool *ok)
{
	void *e = find32(t, h, key);
	*ok = e != NULL;
	return e ? e : (void *)rt_zeroVal;
}

void *rt_mapassign_fast32(const GoMapType *t, GoHmap *h, uint32_t key)
{
	if (h == NULL)
		rt_panicplain("assignment to entry in nil map");
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = hash32(t, key, h->hash0);
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
	memcpy(insertb + dataOffset + inserti * 4, &key, 4);
	h->count++;
done:
	if (!(h->flags & hashWriting))
		rt_throw("concurrent map writes");
	h->flags &= ~hashWriting;
	return elem32(t, insertb, inserti);
}

/* gc's entry for 4-byte pointer keys; only a 32-bit target has them, kept for the name. */
void *rt_mapassign_fast32ptr(const GoMapType *t, GoHmap *h, void *key)
{
	return rt_mapassign_fast32(t, h, (uint32_t)(uintptr_t)key);
}

void rt_mapdelete_fast32(const GoMapType *t, GoHmap *h, uint32_t key)
{
	if (h == NULL || h->count == 0)
		return;
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = hash32(t, key, h->hash0);
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
