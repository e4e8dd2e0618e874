/*
 * map_faststr.c - maps keyed by string.
 *
 * A string key is a two-word header {ptr, len} stored in the bucket; the
 * bytes live elsewhere, so every full key compare is a pointer chase and a
 * memcmp.  The fast paths are about not doing that:
 *  - with more than one bucket, the tophash byte and then the length reject
 *    almost every non-matching slot before the bytes are touched, and two
 *    headers with the same data pointer are equal without a compare (common:
 *    the same constant or the same variable is used to store and to load);
 *  - a one-bucket map (B == 0, up to 8 entries) is searched without
 *    hashing.  For short keys a length check plus memcmp over at most eight
 *    slots beats hashing the key.  For long keys, hashing a long string is
 *    expensive but so is comparing it, so the search first narrows by
 *    length, by pointer identity and by the first and last four bytes; one
 *    surviving candidate gets a full compare, and only if two survive does
 *    it fall back to hashing.
 * Inserts always hash (the slot must receive a tophash).  An insert that
 * finds its key stores the new header over the old one, as Go does, so that
 * a map does not keep the first string it saw alive when an equal one
 * replaced it.
 */
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

static inline uintptr_t hashstr(const GoMapType *t, GoString key, uint32_t seed)
{
	if (__builtin_expect(t->hasher == rt_strhash, 1))
		return rt_memhash(key.ptr, seed, (uintptr_t)key.len);
	return t->hasher(&key, seed);
}

static inline GoString *keystr(uint8_t *b, uintptr_t i)
{
	return (GoString *)(b + dataOffset + i * sizeof(GoString));
}

static inline void *elemstr(const GoMapType *t, uint8_t *b, uintptr_t i)
{
	return b + dataOffset + bucketCnt * sizeof(GoString) + i * t->elemsize;
}

static inline bool sameBytes(const GoString *k, GoString key)
{
	return k->ptr == key.ptr || rt_bytesEqual(k->ptr, key.ptr, (uintptr_t)key.len);
}

static inline bool edgesMatch(const GoString *k, GoString key)
{
	return memcmp(k->ptr, key.ptr, 4) == 0 &&
	       memcmp(k->ptr + key.len - 4, key.ptr + key.len - 4, 4) == 0;
}

/* B == 0.  Returns the slot, -1 for "absent", or -2 for "hash to decide". */
static inline intptr_t scanOneBucket(uint8_t *b, GoString key)
{
	intptr_t maybe = -1;

	for (uintptr_t i = 0; i < bucketCnt; i++) {
		GoString *k = keystr(b, i);
		if (k->len != key.len || rt_isEmpty(b[i])) {
			if (b[i] == emptyRest)
				break;
			continue;
		}
		if (key.len < 32) {
			if (sameBytes(k, key))
				return (intptr_t)i;
			continue;
		}
		if (k->ptr == key.ptr)
			return (intptr_t)i;
		if (!edgesMatch(k, key))
			continue;
		if (maybe >= 0)
			return -2;
		maybe = (intptr_t)i;
	}
	if (maybe >= 0 && memcmp(keystr(b, (uintptr_t)maybe)->ptr, key.ptr, (size_t)key.len) == 0)
		return maybe;
	return -1;
}

static inline void *findstr(const GoMapType *t, GoHmap *h, GoString key)
{
	if (h == NULL || h->count == 0)
		return NULL;
	if (h->flags & hashWriting)
		rt_throw("concurrent map read and map write");
	if (h->B == 0) {
		intptr_t i = scanOneBucket(h->buckets, key);
		if (i >= 0)
			return elemstr(t, h->buckets, (uintptr_t)i);
		if (i == -1)
			return NULL;
	}
	uintptr_t hash = hashstr(t, key, h->hash0);
	uint8_t top = rt_tophash(hash);
	for (uint8_t *b = rt_lookupBucket(t, h, hash); b != NULL; b = rt_overflow(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			GoString *k = keystr(b, i);
			if (k->len != key.len || b[i] != top)
				continue;
			if (sameBytes(k, key))
				return elemstr(t, b, i);
		}
	}
	return NULL;
}

void *rt_mapaccess1_faststr(const GoMapType *t, GoHmap *h, GoString key)
{
	void *e = findstr(t, h, key);
	return e ? e : (void *)rt_zeroVal;
}

void *rt_mapaccess2_faststr(const GoMapType *t, GoHmap *h, GoString key, bool *ok)
{
	void *e = findstr(t, h, key);
	*ok = e != NULL;
	return e ? e : (void *)rt_zeroVal;
}

void *rt_mapassign_faststr(const GoMapType *t, GoHmap *h, GoString key)
{
	if (h == NULL)
		rt_panicplain("assignment to entry in nil map");
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = hashstr(t, key, h->hash0);
	h->flags ^= hashWriting;

	if (h->buckets == NULL)
		h->buckets = rt_newobject(t->bucket);

	uint8_t top = rt_tophash(hash);
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
			if (b[i] != top) {
				if (rt_isEmpty(b[i]) && insertb == NULL) {
					insertb = b;
					inserti = i;
				}
				if (b[i] == emptyRest)
					goto notfound;
				continue;
			}
			GoString *k = keystr(b, i);
			if (k->len != key.len || !sameBytes(k, key))
				continue;
			insertb = b;
			inserti = i;
			*k = key; /* equal, maybe not the same memory: keep the newer */
			goto done;
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
	insertb[inserti] = top;
	*keystr(insertb, inserti) = key;
	h->count++;
done:
	if (!(h->flags & hashWriting))
		rt_throw("concurrent map writes");
	h->flags &= ~hashWriting;
	return elemstr(t, insertb, inserti);
}

void rt_mapdelete_faststr(const GoMapType *t, GoHmap *h, GoString key)
{
	if (h == NULL || h->count == 0)
		return;
	if (h->flags & hashWriting)
		rt_throw("concurrent map writes");
	uintptr_t hash = hashstr(t, key, h->hash0);
	h->flags ^= hashWriting;

	uintptr_t bucket = hash & rt_bucketMask(h->B);
	if (h->oldbuckets != NULL)
		rt_growWork(t, h, bucket);
	uint8_t *b0 = rt_bucketAt(t, h->buckets, bucket);
	uint8_t top = rt_tophash(hash);
	for (uint8_t *b = b0; b != NULL; b = rt_overflow(t, b)) {
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			GoString *k = keystr(b, i);
			if (k->len != key.len || b[i] != top)
				continue;
			if (!sameBytes(k, key))
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
