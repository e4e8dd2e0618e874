/*
 * check_malloc.c - the allocator against Go 1.19's numbers.
 *
 * The size-class tests walk every class and every size: the tables must be
 * Go's, the lookups must pick the smallest class that fits, and divmagic
 * must divide exactly at every offset a span can hold.  The allocation
 * tests look at real spans through rt_spanOf, the same O(1) lookup the
 * collector uses: class, page count, objects per span, noscan bit, zeroing,
 * alignment, the tiny allocator's packing, large objects, pointers at the
 * start, inside, one past the end of objects and outside the heap.  The
 * slice tests pin the capacity sequences measured with go1.19.8
 * (go-runtime.md 4.3) and the makeslice/growslice panics.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

/* ck_assert records every passing check; in hot loops, only failures should cost. */
#define EXPECT(c) do { if (!(c)) ck_abort_msg("%s:%d: expected %s", __FILE__, __LINE__, #c); } while (0)

static const uint8_t mask1[] = { 0x1 };
static const uint8_t mask3[] = { 0x3 };
static const uint8_t mask2[] = { 0x2 };
static GoType tInt = { .size = 8, .align = 8, .fieldAlign = 8, .kind = KindInt, .str = "int" };
static GoType tByte = { .size = 1, .align = 1, .fieldAlign = 1, .kind = KindUint8, .str = "uint8" };
static GoType tPtr = { .size = 8, .ptrdata = 8, .gcdata = mask1, .kind = KindPointer, .str = "*int" };
static GoType tString = { .size = 16, .ptrdata = 8, .gcdata = mask1, .kind = KindString, .str = "string" };
static GoType tS24 = { .size = 24, .align = 8, .kind = KindStruct, .str = "struct{a,b,c int64}" };
static GoType tS40 = { .size = 40, .align = 8, .kind = KindStruct, .str = "[5]int" };
static GoType tInt32 = { .size = 4, .align = 4, .kind = KindInt32, .str = "int32" };
static GoType tNode = { .size = 16, .ptrdata = 16, .gcdata = mask3, .kind = KindStruct, .str = "main.node" };
static GoType tScalarThenPtr = { .size = 16, .ptrdata = 16, .gcdata = mask2, .kind = KindStruct, .str = "main.sp" };

/* Go 1.19's table, from go-runtime.md 2.2: objects per span and tail waste. */
static const struct { int cls, size, pages, objs, tail; } goTable[] = {
	{ 1, 8, 1, 1024, 0 }, { 2, 16, 1, 512, 0 }, { 3, 24, 1, 341, 8 }, { 5, 48, 1, 170, 32 },
	{ 11, 144, 1, 56, 128 }, { 28, 640, 1, 12, 512 }, { 35, 1408, 2, 11, 896 }, { 41, 3072, 3, 8, 0 },
	{ 49, 6784, 5, 6, 256 }, { 50, 6912, 6, 7, 768 }, { 52, 9472, 7, 6, 512 }, { 60, 18432, 9, 4, 0 },
	{ 65, 27264, 10, 3, 128 }, { 67, 32768, 4, 1, 0 },
};

START_TEST(test_class_table)
{
	ck_assert_int_eq(RT_NUM_SIZE_CLASSES, 68);
	ck_assert_int_eq(rt_class_to_size[0], 0);
	for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		int size = rt_class_to_size[c], span = rt_class_to_allocnpages[c] * RT_PAGE_SIZE;
		ck_assert_int_gt(size, rt_class_to_size[c - 1]);
		ck_assert_int_eq(size % 8, 0);
		ck_assert_int_ge(span / size, 1);
		ck_assert_int_le(span / size, RT_MAX_OBJS_PER_SPAN);
		/* Go's design rule: tail waste at most 1/8 of the span */
		ck_assert_int_le(span % size, span / 8);
	}
	ck_assert_int_eq(rt_class_to_size[67], 32768);
	for (size_t i = 0; i < sizeof goTable / sizeof goTable[0]; i++) {
		int c = goTable[i].cls;
		int span = rt_class_to_allocnpages[c] * RT_PAGE_SIZE;
		ck_assert_int_eq(rt_class_to_size[c], goTable[i].size);
		ck_assert_int_eq(rt_class_to_allocnpages[c], goTable[i].pages);
		ck_assert_int_eq(span / goTable[i].size, goTable[i].objs);
		ck_assert_int_eq(span % goTable[i].size, goTable[i].tail);
	}
}
END_TEST

START_TEST(test_size_to_class_exhaustive)
{
	for (uintptr_t size = 1; size <= RT_MAX_SMALL_SIZE; size++) {
		uint8_t c = rt_sizeToClass(size);
		EXPECT(rt_class_to_size[c] >= size);
		EXPECT(rt_class_to_size[c - 1] < size); /* the smallest class that fits */
		EXPECT(rt_roundupsize(size) == rt_class_to_size[c]);
	}
	ck_assert_uint_eq(rt_roundupsize(0), 0);
	ck_assert_uint_eq(rt_roundupsize(32769), 40960);
	ck_assert_uint_eq(rt_roundupsize(1000000), 1007616);
	ck_assert_uint_eq(rt_sizeToClass(1017), 32);
	ck_assert_uint_eq(rt_sizeToClass(1024), 32);
	ck_assert_uint_eq(rt_sizeToClass(1025), 33);
}
END_TEST

START_TEST(test_divmagic_exact)
{
	for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uint64_t size = rt_class_to_size[c], span = rt_class_to_allocnpages[c] * (uint64_t)RT_PAGE_SIZE;
		uint64_t n = span / size;
		for (uint64_t off = 0; off < n * size; off++)
			EXPECT((off * rt_class_to_divmagic[c]) >> 32 == off / size);
	}
}
END_TEST

/* Every class's span, seen through the O(1) lookup the collector uses. */
START_TEST(test_span_arithmetic)
{
	for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
		uintptr_t size = rt_class_to_size[c];
		for (int noscan = 0; noscan < 2; noscan++) {
			GoType t = { .size = size, .ptrdata = noscan ? 0 : 8, .gcdata = mask1 };
			/* size - 1 rounds up to the class too (except where the class below it is 1 byte smaller) */
			uintptr_t req = size > 16 ? size - 1 : size;
			void *p = rt_mallocgc(req, noscan ? NULL : &t, true);
			mspan *s = rt_spanOf((uintptr_t)p);
			ck_assert_ptr_nonnull(s);
			if (noscan && size < RT_TINY_SIZE)
				continue; /* tiny, checked elsewhere */
			ck_assert_uint_eq(rt_spanClassSize(s->spanclass), c);
			ck_assert_int_eq(rt_spanClassNoscan(s->spanclass), noscan);
			ck_assert_uint_eq(s->spanclass, (c << 1) | noscan);
			ck_assert_uint_eq(s->elemsize, size);
			ck_assert_uint_eq(s->npages, rt_class_to_allocnpages[c]);
			ck_assert_uint_eq(s->nelems, s->npages * RT_PAGE_SIZE / size);
			ck_assert_uint_eq(s->limit, s->startAddr + s->nelems * size);
			ck_assert_uint_eq(s->startAddr % RT_PAGE_SIZE, 0);
			ck_assert_uint_eq(((uintptr_t)p - s->startAddr) % size, 0);
			/* Go's alignment: power-of-two sizes are aligned to themselves up to a page */
			if ((size & (size - 1)) == 0)
				ck_assert_uint_eq((uintptr_t)p % (size < 8192 ? size : 8192), 0);
			ck_assert_uint_eq((uintptr_t)p % 8, 0);
		}
	}
}
END_TEST

START_TEST(test_zero_size)
{
	void *a = rt_mallocgc(0, NULL, true), *b = rt_mallocgc(0, &tInt, true);
	GoType empty = { .size = 0 };
	ck_assert_ptr_eq(a, &rt_zerobase);
	ck_assert_ptr_eq(b, &rt_zerobase);
	ck_assert_ptr_eq(rt_newobject(&empty), &rt_zerobase);
	ck_assert_ptr_eq(rt_makeslice(&tInt, 0, 0), &rt_zerobase);
}
END_TEST

START_TEST(test_tiny_allocator)
{
	/* Start a fresh block: flush the cache. */
	GoMemStats ms;
	rt_ReadMemStats(&ms);
	char *a = rt_mallocgc(8, NULL, true);  /* new block */
	char *b = rt_mallocgc(8, NULL, true);  /* same block, offset 8 */
	char *c = rt_mallocgc(1, NULL, true);  /* does not fit: new block */
	char *d = rt_mallocgc(4, NULL, true);  /* aligned to 4 after c: offset 4 */
	char *e = rt_mallocgc(2, NULL, true);  /* offset 8 */
	char *f = rt_mallocgc(3, NULL, true);  /* odd size, any alignment: offset 10 */
	char *g = rt_mallocgc(16, NULL, true); /* 16 bytes is not tiny */
	mspan *sa = rt_spanOf((uintptr_t)a), *sg = rt_spanOf((uintptr_t)g);

	ck_assert_ptr_eq(b, a + 8);
	ck_assert_uint_eq((uintptr_t)a % 16, 0);
	ck_assert_uint_eq((uintptr_t)c % 16, 0);
	ck_assert_ptr_ne(c, a);
	ck_assert_ptr_eq(d, c + 4);
	ck_assert_ptr_eq(e, c + 8);
	ck_assert_ptr_eq(f, c + 10);
	ck_assert_uint_eq(sa->spanclass, RT_TINY_SPAN_CLASS);
	ck_assert_uint_eq(sg->spanclass, RT_TINY_SPAN_CLASS); /* class 2, noscan: the same span class */
	ck_assert(g != c && (g < c || g >= c + 16));
	/* Pointerful 8-byte objects never share blocks. */
	void *p = rt_mallocgc(8, &tPtr, true), *q = rt_mallocgc(8, &tPtr, true);
	ck_assert_uint_eq(rt_spanOf((uintptr_t)p)->spanclass, rt_makeSpanClass(1, false));
	ck_assert_ptr_ne(p, q);
	/* Each tiny sub-allocation is one malloc and one free; the block is a class-2 object. */
	GoMemStats m1, m2;
	rt_ReadMemStats(&m1);
	for (int i = 0; i < 1000; i++)
		rt_mallocgc(4, NULL, true);
	rt_ReadMemStats(&m2);
	ck_assert_uint_eq(m2.Mallocs - m1.Mallocs, 1000);
	ck_assert_uint_eq(m2.HeapObjects - m1.HeapObjects, 250); /* 4 per block */
}
END_TEST

START_TEST(test_scan_noscan_spans)
{
	void *n = rt_mallocgc(48, NULL, true), *p = rt_mallocgc(48, &tNode, true);
	ck_assert(rt_spanClassNoscan(rt_spanOf((uintptr_t)n)->spanclass));
	ck_assert(!rt_spanClassNoscan(rt_spanOf((uintptr_t)p)->spanclass));
	/* heap bitmap: a node is pointer, pointer; tScalarThenPtr is scalar, pointer */
	void *arr = rt_mallocgc(40, &tNode, true); /* 2 nodes in a 48-byte slot */
	for (int w = 0; w < 6; w++)
		ck_assert(rt_heapBitIsPointer((uintptr_t)arr + w * 8) == (w < 4));
	void *sp = rt_mallocgc(32, &tScalarThenPtr, true);
	for (int w = 0; w < 4; w++)
		ck_assert(rt_heapBitIsPointer((uintptr_t)sp + w * 8) == (w == 1 || w == 3));
	/* A pointer slice covering many bitmap words. */
	void **big = rt_makeslice(&tPtr, 5000, 5000);
	for (int w = 0; w < 5000; w++)
		EXPECT(rt_heapBitIsPointer((uintptr_t)(big + w)));
}
END_TEST

/* ---- the heap bitmap writer, against a word-by-word model ---- */

static uint64_t rngState = 0x9e3779b97f4a7c15u;
static uint64_t rng(void)
{
	rngState ^= rngState << 13;
	rngState ^= rngState >> 7;
	rngState ^= rngState << 17;
	return rngState;
}

static void setBitmapBit(uintptr_t addr, bool v)
{
	heapArena *ha = rt_arenaOf(addr);
	uintptr_t w = (addr - ha->base) / 8;
	uint64_t m = (uint64_t)1 << (w % 64);

	ha->bitmap[w / 64] = v ? ha->bitmap[w / 64] | m : ha->bitmap[w / 64] & ~m;
}

/* Word w of an array of n typ's, as the collector must see it. */
static bool modelBit(const GoType *t, uintptr_t n, uintptr_t w)
{
	uintptr_t ew = t->size / 8, i = w % ew;

	if (w >= n * ew || i * 8 >= t->ptrdata)
		return false;
	return !t->gcdata || (t->gcdata[i / 8] >> (i % 8) & 1);
}

/*
 * Fill [lo, hi) of the bitmap with random bits, let heapBitsSetType write
 * an object at x, and check every bit: the object's as the model says, the
 * rest untouched (the bitmap's first and last words are shared).
 */
static void checkBitsAt(uintptr_t lo, uintptr_t hi, uintptr_t x, const GoType *t, uintptr_t n, uintptr_t slack)
{
	uintptr_t nw = n * (t->size / 8) + slack;
	static bool before[1 << 16];

	ck_assert_uint_le((hi - lo) / 8, sizeof before);
	for (uintptr_t a = lo; a < hi; a += 8) {
		before[(a - lo) / 8] = rng() & 1;
		setBitmapBit(a, before[(a - lo) / 8]);
	}
	rt_heapBitsSetType(x, nw * 8, n * t->size, t);
	for (uintptr_t a = lo; a < hi; a += 8) {
		bool want = a >= x && a < x + nw * 8 ? modelBit(t, n, (a - x) / 8) : before[(a - lo) / 8];
		if (rt_heapBitIsPointer(a) != want)
			ck_abort_msg("size %lu ptrdata %lu gcdata[0] %#x n %lu slack %lu, x at word %lu: word %lu is %d",
				     (unsigned long)t->size, (unsigned long)t->ptrdata, t->gcdata ? t->gcdata[0] : 0xfff,
				     (unsigned long)n, (unsigned long)slack, (unsigned long)((x - lo) / 8),
				     (unsigned long)((a - lo) / 8), !want);
	}
}

START_TEST(test_heap_bits_bulk)
{
	static const uintptr_t words[] = { 1, 2, 3, 5, 7, 8, 13, 31, 32, 33, 40, 63, 64, 65, 100, 129, 200 };
	static uint8_t masks[16][32];
	enum { REGION = 256 << 10 };
	uint8_t *region = rt_mallocgc(REGION, NULL, true);  /* noscan: its bitmap is ours to scribble on */
	uintptr_t lo = (uintptr_t)region;

	for (int m = 0; m < 16; m++)
		for (int b = 0; b < 32; b++)
			masks[m][b] = (uint8_t)rng();
	for (unsigned i = 0; i < sizeof words / sizeof words[0]; i++) {
		for (int m = 0; m < 5; m++) {
			uintptr_t ew = words[i];
			/* random masks over the whole element or a prefix, an all-pointer one, a conservative one */
			uintptr_t pw = m == 1 ? (ew + 1) / 2 : ew;
			GoType t = { .size = ew * 8, .ptrdata = pw * 8, .gcdata = m == 4 ? NULL : masks[i % 16],
				     .kind = KindStruct, .str = "T" };
			static const uint8_t ones[32] = { [0 ... 31] = 0xff };
			if (m == 3)
				t.gcdata = ones;
			for (int k = 0; k < 12; k++) {
				uintptr_t n = k < 4 ? (uintptr_t)k + 1 : 1 + rng() % (4096 / ew + 1);
				uintptr_t slack = k % 3 == 0 ? 0 : rng() % 70;
				uintptr_t off = k % 4 == 0 ? 0 : k % 4 == 1 ? 64 * (rng() % 8) : rng() % 512;
				uintptr_t x = lo + 64 * 8 + off * 8;
				uintptr_t hi = x + (n * ew + slack) * 8 + 64 * 8;
				if (hi > lo + REGION)
					continue;
				checkBitsAt(lo, hi, x, &t, n, slack);
			}
		}
	}
	memset(rt_arenaOf(lo)->bitmap + (lo - rt_arenaOf(lo)->base) / 512, 0, REGION / 512);

	/* Across an arena boundary: a pointer-free object large enough to own one. */
	uintptr_t big = (uintptr_t)rt_mallocgc(130u << 20, NULL, false);
	uintptr_t edge = rt_arenaOf(big)->base + RT_ARENA_BYTES;
	ck_assert_ptr_nonnull(rt_arenaOf(edge));
	for (unsigned i = 0; i < sizeof words / sizeof words[0]; i++) {
		GoType t = { .size = words[i] * 8, .ptrdata = words[i] * 8, .gcdata = masks[i % 16], .kind = KindStruct, .str = "T" };
		for (uintptr_t back = 1; back < 300; back += 37) {
			uintptr_t x = edge - back * 8, n = 1 + (back * 2 + 64) / words[i];
			checkBitsAt(x - 512, x + n * t.size + 512, x, &t, n, back % 5);
		}
	}
}
END_TEST

/*
 * growslice clears exactly what append does not overwrite: the elements
 * past the new length for pointer-free arrays, everything past the old
 * length for pointerful ones, on memory dirtied by earlier arrays.
 */
static void growDirty(const GoType *t, intptr_t upto)
{
	uintptr_t es = t->size;

	for (int round = 0; round < 3; round++) {
		GoSlice s = { NULL, 0, 0 };
		for (intptr_t i = 0; i < upto; i++) {
			if (s.len == s.cap) {
				s = rt_growslice(t, s, s.len + 1);
				uint8_t *b = s.ptr;
				uintptr_t from = (uintptr_t)(t->ptrdata ? s.len : s.len + 1) * es;
				for (uintptr_t j = from; j < (uintptr_t)s.cap * es; j++)
					EXPECT(b[j] == 0);
				for (intptr_t j = 0; j < s.len; j++)
					EXPECT(b[j * es] == (uint8_t)(j * 7 + 1));
				/* leave garbage behind for whoever gets this memory next (no heap addresses) */
				memset(b + (uintptr_t)s.len * es, 0xa5, (uintptr_t)(s.cap - s.len) * es);
			}
			memset((uint8_t *)s.ptr + (uintptr_t)s.len * es, 0, es);
			((uint8_t *)s.ptr)[(uintptr_t)s.len * es] = (uint8_t)(i * 7 + 1);
			s.len++;
		}
		rt_GC();
	}
}

START_TEST(test_growslice_clears)
{
	growDirty(&tByte, 100000);
	growDirty(&tInt, 50000);
	growDirty(&tS40, 20000);
	growDirty(&tString, 30000);
	growDirty(&tScalarThenPtr, 30000);
}
END_TEST

START_TEST(test_zeroed_memory)
{
	/* Dirty many objects of one class, free them all, and reallocate: every byte must be zero. */
	enum { N = 4000 };
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < N; i++) {
			uint64_t *p = rt_mallocgc(96, &tNode, true);
			for (int w = 0; w < 12; w++)
				EXPECT(p[w] == 0);
			memset(p, 0xa5, 96);
			uint8_t *q = rt_mallocgc(100, NULL, true);
			for (int b = 0; b < 100; b++)
				EXPECT(q[b] == 0);
			memset(q, 0x5a, 112);
		}
		rt_GC();
	}
	/* Large objects too. */
	for (int round = 0; round < 3; round++) {
		uint8_t *l = rt_mallocgc(100000, NULL, true);
		for (int b = 0; b < 100000; b += 97)
			EXPECT(l[b] == 0);
		memset(l, 0xff, 100000);
		rt_GC();
	}
}
END_TEST

START_TEST(test_large_objects)
{
	uint8_t *p = rt_mallocgc(33000, NULL, true);
	mspan *s = rt_spanOf((uintptr_t)p);
	ck_assert_ptr_nonnull(s);
	ck_assert_uint_eq(rt_spanClassSize(s->spanclass), 0);
	ck_assert_uint_eq(s->npages, 5);
	ck_assert_uint_eq(s->elemsize, 40960);
	ck_assert_uint_eq(s->nelems, 1);
	ck_assert_uint_eq((uintptr_t)p % RT_PAGE_SIZE, 0);
	ck_assert_ptr_eq(rt_spanOf((uintptr_t)p + 32999), s);
	ck_assert_ptr_null(rt_spanOf((uintptr_t)p + 33000)); /* past the requested size */
	/* An object larger than an arena spans contiguous arenas. */
	uintptr_t big = 100u << 20;
	uint8_t *q = rt_mallocgc(big, &tPtr, true);
	ck_assert_ptr_nonnull(q);
	mspan *sq = rt_spanOf((uintptr_t)q);
	ck_assert_ptr_eq(rt_spanOf((uintptr_t)q + big - 8), sq);
	ck_assert_ptr_eq(rt_spanOf((uintptr_t)q + 70u * 1024 * 1024), sq);
	ck_assert(rt_heapBitIsPointer((uintptr_t)q + big - 8));
	q[0] = 1;
	q[big - 1] = 2;
	uintptr_t found = rt_findObject((uintptr_t)q + 12345678, NULL, NULL);
	ck_assert_uint_eq(found, (uintptr_t)q);
}
END_TEST

/* The VmFlags line of the mapping that holds addr, from /proc/self/smaps ("" if none). */
static void vmflags(uintptr_t addr, char *out, size_t n)
{
	FILE *f = fopen("/proc/self/smaps", "r");
	char line[512];
	bool inside = false;

	out[0] = '\0';
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		unsigned long lo, hi;
		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' ')) {
			inside = addr >= lo && addr < hi;
			continue;
		}
		if (inside && strncmp(line, "VmFlags:", 8) == 0) {
			snprintf(out, n, "%.200s", line + 8);
			break;
		}
	}
	fclose(f);
}

START_TEST(test_huge_pages)
{
	/* Go asks for transparent huge pages on the 2 MiB pages wholly inside a span made of fresh pages. */
	char flags[256];
	uintptr_t p = (uintptr_t)rt_mallocgc(8u << 20, NULL, true);
	uintptr_t huge = (p + (2u << 20) - 1) & ~(uintptr_t)((2u << 20) - 1);

	vmflags(huge, flags, sizeof flags);
	if (flags[0] == '\0')
		return; /* no /proc: nothing to look at */
	ck_assert_msg(strstr(flags, " hg") != NULL, "VmFlags:%s", flags);
}
END_TEST

static int global_int;

START_TEST(test_pointer_lookup)
{
	uint8_t *p = rt_mallocgc(48, &tNode, true);
	mspan *s;
	uintptr_t idx, base;
	int local;
	void *m = malloc(64);

	base = rt_findObject((uintptr_t)p, &s, &idx);
	ck_assert_uint_eq(base, (uintptr_t)p);
	ck_assert_uint_eq(idx, ((uintptr_t)p - s->startAddr) / 48);
	ck_assert_uint_eq(rt_findObject((uintptr_t)p + 1, NULL, NULL), (uintptr_t)p);  /* interior */
	ck_assert_uint_eq(rt_findObject((uintptr_t)p + 47, NULL, NULL), (uintptr_t)p);
	/* one past the end is the next slot, or nothing at the span's limit */
	if ((uintptr_t)p + 48 < s->limit)
		ck_assert_uint_eq(rt_findObject((uintptr_t)p + 48, NULL, NULL), (uintptr_t)p + 48);
	{
		uintptr_t last = s->startAddr + (s->nelems - 1) * s->elemsize;
		ck_assert_uint_eq(rt_findObject(last + 47, NULL, NULL), last);
		/* 8192 % 48 = 32 bytes of tail: not an object */
		ck_assert_uint_eq(rt_findObject(s->limit, NULL, NULL), 0);
		ck_assert_uint_eq(rt_findObject(s->startAddr + RT_PAGE_SIZE - 1, NULL, NULL), 0);
	}
	/* foreign pointers */
	ck_assert_uint_eq(rt_findObject((uintptr_t)&local, NULL, NULL), 0);
	ck_assert_uint_eq(rt_findObject((uintptr_t)&global_int, NULL, NULL), 0);
	ck_assert_uint_eq(rt_findObject((uintptr_t)m, NULL, NULL), 0);
	ck_assert_uint_eq(rt_findObject(0, NULL, NULL), 0);
	ck_assert_uint_eq(rt_findObject(~(uintptr_t)0, NULL, NULL), 0);
	ck_assert_uint_eq(rt_findObject(rt_mheap.arenaMax - 8, NULL, NULL), 0); /* mapped? not a span */
	free(m);
}
END_TEST

START_TEST(test_alloc_cache_scan)
{
	/* Allocate a whole 8-byte-class span (1024 slots, 16 cache words) and check order. */
	void *first = rt_mallocgc(8, &tPtr, true);
	mspan *s = rt_spanOf((uintptr_t)first);
	uintptr_t prev = (uintptr_t)first;
	while (s->allocCount < s->nelems) {
		uintptr_t p = (uintptr_t)rt_mallocgc(8, &tPtr, true);
		EXPECT(p == prev + 8);
		prev = p;
	}
	ck_assert_uint_eq(s->freeindex, s->nelems);
	/* the next one comes from another span */
	uintptr_t n = (uintptr_t)rt_mallocgc(8, &tPtr, true);
	ck_assert_ptr_ne(rt_spanOf(n), s);
}
END_TEST

START_TEST(test_page_allocator_coalesces)
{
	/* Three adjacent page runs; free all three: a request for their sum fits where they were. */
	rt_GC();
	mspan *a = rt_mheap_alloc(3, rt_makeSpanClass(0, true));
	mspan *b = rt_mheap_alloc(3, rt_makeSpanClass(0, true));
	mspan *c = rt_mheap_alloc(3, rt_makeSpanClass(0, true));
	uintptr_t base = a->startAddr;
	ck_assert_uint_eq(b->startAddr, base + 3 * RT_PAGE_SIZE);
	ck_assert_uint_eq(c->startAddr, base + 6 * RT_PAGE_SIZE);
	rt_mheap_freeSpan(b);
	rt_mheap_freeSpan(a);
	rt_mheap_freeSpan(c);
	ck_assert_ptr_null(rt_spanOf(base));
	mspan *d = rt_mheap_alloc(9, rt_makeSpanClass(0, true));
	ck_assert_uint_eq(d->startAddr, base);
	rt_mheap_freeSpan(d);
}
END_TEST

/* growslice: append one element at a time from nil and record each new cap */
static void capSeq(const GoType *t, intptr_t upto, const intptr_t *want, int nwant)
{
	GoSlice s = { NULL, 0, 0 };
	int k = 0;
	for (intptr_t i = 0; i < upto && k < nwant; i++) {
		if (s.len == s.cap) {
			s = rt_growslice(t, s, s.len + 1);
			ck_assert_int_eq(s.cap, want[k]);
			k++;
		}
		s.len++;
	}
	ck_assert_int_eq(k, nwant);
}

START_TEST(test_growslice_caps)
{
	static const intptr_t ints[] = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408,
		5120, 7168, 9216, 12288, 16384, 21504, 27648, 34816, 44032, 55296, 69632, 88064, 110592 };
	static const intptr_t s24[] = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048 };
	static const intptr_t bytes[] = { 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376 };
	static const intptr_t strs[] = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560 };
	static const intptr_t i32[] = { 2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048 };
	static const intptr_t s40[] = { 1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252 };
	capSeq(&tInt, 200000, ints, sizeof ints / sizeof ints[0]);
	capSeq(&tS24, 3000, s24, sizeof s24 / sizeof s24[0]);
	capSeq(&tByte, 6000, bytes, sizeof bytes / sizeof bytes[0]);
	capSeq(&tString, 3000, strs, sizeof strs / sizeof strs[0]);
	capSeq(&tInt32, 3000, i32, sizeof i32 / sizeof i32[0]);
	capSeq(&tS40, 3000, s40, sizeof s40 / sizeof s40[0]);

	/* multi-element appends: go-runtime.md 4.3's worked examples */
	GoSlice s = { NULL, 0, 0 };
	s = rt_growslice(&tInt, s, 3);
	ck_assert_int_eq(s.cap, 3);
	s.len = 3;
	s = rt_growslice(&tInt, s, 10);
	ck_assert_int_eq(s.cap, 10);
	GoSlice t = { rt_makeslice(&tInt, 5, 5), 5, 5 };
	t = rt_growslice(&tInt, t, 11);
	ck_assert_int_eq(t.cap, 12);
	GoSlice u = { rt_makeslice(&tInt, 300, 300), 300, 300 };
	((intptr_t *)u.ptr)[299] = 42;
	u = rt_growslice(&tInt, u, 301);
	ck_assert_int_eq(u.cap, 608);
	ck_assert_int_eq(u.len, 300);
	ck_assert_int_eq(((intptr_t *)u.ptr)[299], 42);
	ck_assert_int_eq(((intptr_t *)u.ptr)[300], 0);
}
END_TEST

START_TEST(test_growslice_keeps_contents)
{
	GoSlice s = { NULL, 0, 0 };
	for (intptr_t i = 0; i < 100000; i++) {
		if (s.len == s.cap)
			s = rt_growslice(&tPtr, s, s.len + 1);
		((void **)s.ptr)[s.len++] = (void *)(i * 8);
	}
	for (intptr_t i = 0; i < 100000; i++)
		EXPECT(((void **)s.ptr)[i] == (void *)(i * 8));
}
END_TEST

/* ---- panics: run in a child, compare stderr's first line and the exit status ---- */

static void expectDeath(void (*f)(void), const char *first)
{
	int fds[2];
	char buf[256] = { 0 };
	int status;
	pid_t pid;

	ck_assert_int_eq(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		f();
		_exit(0);
	}
	close(fds[1]);
	/* the report comes in several writes (message, then the trace): read to the end */
	ssize_t n = 0, r;
	while (n < (ssize_t)sizeof buf - 1 && (r = read(fds[0], buf + n, sizeof buf - 1 - (size_t)n)) > 0)
		n += r;
	close(fds[0]);
	waitpid(pid, &status, 0);
	ck_assert(n > 0);
	*strchrnul(buf, '\n') = '\0';
	ck_assert_str_eq(buf, first);
	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), 2);
}

static volatile intptr_t vlen;
static void mkLenNeg(void) { vlen = -1; rt_makeslice(&tInt, vlen, 10); }
static void mkCapLess(void) { vlen = 10; rt_makeslice(&tInt, vlen, 5); }
static void mkHuge(void) { vlen = (intptr_t)1 << 62; rt_makeslice(&tInt, vlen, vlen); }
static void mkCapHuge(void) { vlen = (intptr_t)1 << 62; rt_makeslice(&tInt, 1, vlen); }
static void growBad(void) { GoSlice s = { NULL, 0, 5 }; rt_growslice(&tInt, s, 4); }

START_TEST(test_slice_panics)
{
	expectDeath(mkLenNeg, "panic: runtime error: makeslice: len out of range");
	expectDeath(mkCapLess, "panic: runtime error: makeslice: cap out of range");
	expectDeath(mkHuge, "panic: runtime error: makeslice: len out of range");
	expectDeath(mkCapHuge, "panic: runtime error: makeslice: cap out of range");
	expectDeath(growBad, "panic: runtime error: growslice: cap out of range");
}
END_TEST

START_TEST(test_memstats_identities)
{
	GoMemStats m;
	for (int i = 0; i < 10000; i++)
		rt_mallocgc((uintptr_t)(i % 700) + 1, i % 2 ? &tPtr : NULL, true);
	rt_mallocgc(1 << 20, NULL, true);
	rt_ReadMemStats(&m);
	ck_assert_uint_eq(m.Alloc, m.HeapAlloc);
	ck_assert_uint_eq(m.HeapObjects, m.Mallocs - m.Frees);
	ck_assert_uint_eq(m.HeapIdle, m.HeapSys - m.HeapInuse);
	ck_assert_uint_ge(m.HeapInuse, m.HeapAlloc);
	ck_assert_uint_ge(m.TotalAlloc, m.HeapAlloc);
	ck_assert_uint_ge(m.Mallocs, 10001);
	ck_assert_uint_eq(m.Sys, m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys + m.OtherSys);
	ck_assert(m.EnableGC);
	ck_assert_uint_eq(m.BySize[2].Size, 16);
	ck_assert_uint_eq(m.BySize[60].Size, 18432);
	uint64_t bysize = 0;
	for (int i = 0; i < 61; i++)
		bysize += m.BySize[i].Mallocs;
	ck_assert_uint_le(bysize, m.Mallocs);
	ck_assert_uint_eq(m.NextGC, 4u << 20);
}
END_TEST

static Suite *malloc_suite(void)
{
	Suite *s = suite_create("malloc");
	TCase *tc = tcase_create("sizeclasses");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_class_table);
	tcase_add_test(tc, test_size_to_class_exhaustive);
	tcase_add_test(tc, test_divmagic_exact);
	suite_add_tcase(s, tc);

	tc = tcase_create("alloc");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_span_arithmetic);
	tcase_add_test(tc, test_zero_size);
	tcase_add_test(tc, test_tiny_allocator);
	tcase_add_test(tc, test_scan_noscan_spans);
	tcase_add_test(tc, test_heap_bits_bulk);
	tcase_add_test(tc, test_zeroed_memory);
	tcase_add_test(tc, test_large_objects);
	tcase_add_test(tc, test_huge_pages);
	tcase_add_test(tc, test_pointer_lookup);
	tcase_add_test(tc, test_alloc_cache_scan);
	tcase_add_test(tc, test_page_allocator_coalesces);
	tcase_add_test(tc, test_memstats_identities);
	suite_add_tcase(s, tc);

	tc = tcase_create("slice");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_growslice_caps);
	tcase_add_test(tc, test_growslice_keeps_contents);
	tcase_add_test(tc, test_growslice_clears);
	tcase_add_test(tc, test_slice_panics);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(malloc_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
