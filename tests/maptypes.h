/*
 * maptypes.h - type descriptors for map tests and benchmarks, built the way
 * minigo's code generator builds them (go-runtime.md section 1.3, gc's
 * reflectdata.MapBucketType):
 *
 *   bucket = struct { topbits [8]uint8; keys [8]K'; elems [8]V'; overflow P }
 *   K' = *K when K is over 128 bytes (likewise V'), and P is uintptr when
 *   neither K' nor V' holds a pointer (the bucket is then noscan), else a
 *   pointer.
 *
 * Header-only so that tests/check_map*.c and bench/map/ share one copy.
 */
#ifndef MINIGO_TESTS_MAPTYPES_H
#define MINIGO_TESTS_MAPTYPES_H

#include <stdlib.h>
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

static const uint8_t mt_bits1[] = { 1 }, mt_bits2[] = { 2 }, mt_bits3[] = { 3 };

/* Basic types, as gc emits them. */
static const GoType mt_int = { .size = 8, .align = 8, .fieldAlign = 8, .kind = KindInt,
	.tflag = TflagRegularMemory, .equal = rt_memequal64, .str = "int" };
static const GoType mt_int32 = { .size = 4, .align = 4, .fieldAlign = 4, .kind = KindInt32,
	.tflag = TflagRegularMemory, .equal = rt_memequal32, .str = "int32" };
static const GoType mt_bool = { .size = 1, .align = 1, .fieldAlign = 1, .kind = KindBool,
	.tflag = TflagRegularMemory, .equal = rt_memequal8, .str = "bool" };
static const GoType mt_float64 = { .size = 8, .align = 8, .fieldAlign = 8, .kind = KindFloat64,
	.equal = rt_f64equal, .str = "float64" };
static const GoType mt_string = { .size = 16, .ptrdata = 8, .align = 8, .fieldAlign = 8,
	.kind = KindString, .equal = rt_strequal, .gcdata = mt_bits1, .str = "string" };
static const GoType mt_ptr = { .size = 8, .ptrdata = 8, .align = 8, .fieldAlign = 8,
	.kind = KindPointer | KindDirectIface, .tflag = TflagRegularMemory, .equal = rt_memequal64,
	.gcdata = mt_bits1, .str = "*int" };
static const GoInterfaceType mt_eface = { .typ = { .size = 16, .ptrdata = 16, .align = 8,
	.fieldAlign = 8, .kind = KindInterface, .equal = rt_nilinterequal, .gcdata = mt_bits3,
	.str = "interface {}" } };
static const GoType mt_sliceint = { .size = 24, .ptrdata = 8, .align = 8, .fieldAlign = 8,
	.kind = KindSlice, .gcdata = mt_bits1, .str = "[]int" };

/*
 * Build a maptype.  reflexive: k == k for every key (false for floats and
 * anything holding them, or interfaces); keyupdate: equal keys may differ in
 * bits (floats, strings, interfaces).  Interface keys may panic in hashing.
 */
static inline GoMapType *mt_maptype(const GoType *key, const GoType *elem, GoHashFn hasher,
                                    bool reflexive, bool keyupdate, const char *name)
{
	GoMapType *t = calloc(1, sizeof *t);
	GoType *bt = calloc(1, sizeof *bt);
	uintptr_t ks = key->size, es = elem->size;
	bool kptr = key->ptrdata != 0, eptr = elem->ptrdata != 0;

	if (ks > maxKeySize) {
		t->flags |= MapIndirectKey;
		ks = 8;
		kptr = true;
	}
	if (es > maxElemSize) {
		t->flags |= MapIndirectElem;
		es = 8;
		eptr = true;
	}
	if (reflexive)
		t->flags |= MapReflexiveKey;
	if (keyupdate)
		t->flags |= MapNeedKeyUpdate;
	if ((key->kind & KindMask) == KindInterface)
		t->flags |= MapHashMightPanic;

	uintptr_t ovfoff = (dataOffset + bucketCnt * ks + bucketCnt * es + 7) & ~(uintptr_t)7;
	bt->size = ovfoff + 8;
	bt->align = bt->fieldAlign = 8;
	bt->kind = KindStruct;
	bt->str = "bucket";
	if (kptr || eptr) {
		/* One bit per word: each key's and elem's pointer words, and the overflow pointer. */
		uint8_t *bits = calloc(1, bt->size / 8 / 8 + 1);
		const uint8_t *kb = (t->flags & MapIndirectKey) ? mt_bits1 : key->gcdata;
		const uint8_t *eb = (t->flags & MapIndirectElem) ? mt_bits1 : elem->gcdata;
		for (uintptr_t i = 0; i < bucketCnt; i++) {
			for (uintptr_t w = 0; kptr && w < ks / 8; w++)
				if (kb[w / 8] >> (w % 8) & 1) {
					uintptr_t word = (dataOffset + i * ks) / 8 + w;
					bits[word / 8] |= 1 << (word % 8);
				}
			for (uintptr_t w = 0; eptr && w < es / 8; w++)
				if (eb[w / 8] >> (w % 8) & 1) {
					uintptr_t word = (dataOffset + bucketCnt * ks + i * es) / 8 + w;
					bits[word / 8] |= 1 << (word % 8);
				}
		}
		bits[ovfoff / 8 / 8] |= 1 << (ovfoff / 8 % 8);
		bt->gcdata = bits;
		bt->ptrdata = bt->size;
	}
	t->typ.size = 8;
	t->typ.ptrdata = 8;
	t->typ.kind = KindMap | KindDirectIface;
	t->typ.gcdata = mt_bits1;
	t->typ.str = name;
	t->key = key;
	t->elem = elem;
	t->bucket = bt;
	t->hasher = hasher;
	t->keysize = (uint8_t)ks;
	t->elemsize = (uint8_t)es;
	t->bucketsize = (uint16_t)bt->size;
	return t;
}

static inline GoString mt_str(const char *s)
{
	GoString g = { (const uint8_t *)s, (intptr_t)strlen(s) };
	return g;
}

#endif
