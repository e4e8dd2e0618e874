/*
 * mbitmap.c - the heap bitmap: which words of the heap hold pointers.
 *
 * The collector scans objects precisely: it follows only the words that the
 * object's type says are pointers, so an integer that happens to look like a
 * heap address keeps nothing alive.  Go 1.19 records this per heap word in a
 * bitmap beside each arena, written by mallocgc from the type's gcdata
 * (heapBitsSetType) and read by the collector without ever needing the
 * object's type again.  Go uses 2 bits per word (pointer, and "more pointers
 * follow"); we keep the pointer bit only, 1 bit per word, 1 MiB per 64 MiB
 * arena, and let the scanner skip 64 words per zero bitmap word instead of
 * stopping at a "no more pointers" mark.
 *
 * Only pointerful spans have meaningful bits: noscan spans are never scanned
 * and their bits are never written.  An allocation writes all the bits of its
 * slot, set and clear, so stale bits of a previous occupant never survive.
 * Arrays (makeslice, growslice) repeat the element's pattern every
 * typ->size bytes for dataSize/typ->size elements; the slack after the last
 * element (up to the size class) is pointer-free.
 *
 * A type with ptrdata but no gcdata (gcdata == NULL) is scanned
 * conservatively: every word of its pointer prefix is treated as a possible
 * pointer.  That is the "conservatively otherwise" of docs/gc.md, for
 * runtime-internal allocations that do not carry a full type.
 */
#include "runtime/runtime.h"

/*
 * Bits are written as a stream, 64 at a time.  Bit i of the stream is heap
 * word i of the object; the writer keeps the bits not yet stored in acc and
 * stores a whole bitmap word whenever 64 are ready, so an array costs one
 * store per 64 heap words plus a shift or two per element, whatever the
 * element size.  The first and last bitmap words are shared with the
 * neighbouring objects: their foreign bits are merged in, never clobbered.
 * Bitmap words cover 512-byte runs of the heap and arenas are multiples of
 * that, so a bitmap word never straddles two arenas: an object that crosses
 * into the next (contiguous) arena just moves the writer to that arena's
 * bitmap when the first one ends.
 */
typedef struct {
	uint64_t *bm, *end;     /* the bitmap word being filled; end of this arena's bitmap */
	uintptr_t next;         /* heap address of the arena that follows */
	uint64_t acc;           /* pending bits, LSB first */
	unsigned n;             /* how many: always < 64 */
} bitWriter;

static inline void bwInit(bitWriter *w, uintptr_t x)
{
	heapArena *ha = rt_arenaOf(x);
	uintptr_t word = (x - ha->base) / 8;

	w->bm = &ha->bitmap[word / 64];
	w->end = &ha->bitmap[RT_ARENA_BYTES / 8 / 64];
	w->next = ha->base + RT_ARENA_BYTES;
	w->n = (unsigned)(word % 64);
	/* The words before x belong to another object: carry their bits through. */
	w->acc = w->n ? *w->bm & (((uint64_t)1 << w->n) - 1) : 0;
}

static inline void bwStore(bitWriter *w, uint64_t v)
{
	*w->bm++ = v;
	if (__builtin_expect(w->bm == w->end, 0)) {
		heapArena *ha = rt_arenaOf(w->next);

		/* Past the object's end the next arena may not exist; bwFlush then has nothing left. */
		if (!ha)
			return;
		w->bm = ha->bitmap;
		w->end = &ha->bitmap[RT_ARENA_BYTES / 8 / 64];
		w->next = ha->base + RT_ARENA_BYTES;
	}
}

/* Append the low k bits of v (1 <= k <= 64; the bits above k must be zero). */
static inline void bwPut(bitWriter *w, uint64_t v, unsigned k)
{
	unsigned n = w->n;

	w->acc |= v << n;
	if (n + k < 64) {
		w->n = n + k;
		return;
	}
	bwStore(w, w->acc);
	/* n == 0 means v went in whole; shifting by 64 would be undefined */
	w->acc = n ? v >> (64 - n) : 0;
	w->n = n + k - 64;
}

/* Append k zero bits. */
static inline void bwZeros(bitWriter *w, uintptr_t k)
{
	if (w->n + k < 64) {
		w->n += (unsigned)k;
		return;
	}
	k -= 64 - w->n;
	bwStore(w, w->acc);
	for (; k >= 64; k -= 64)
		bwStore(w, 0);
	w->acc = 0;
	w->n = (unsigned)k;
}

/* Store what is pending, keeping the bits of the next object in the last word. */
static inline void bwFlush(bitWriter *w)
{
	uint64_t keep;

	if (w->n == 0)
		return;
	keep = ~(uint64_t)0 << w->n;
	*w->bm = (*w->bm & keep) | w->acc;
}

/* gcdata bits [64*i, 64*i + 64) of typ, or all ones for a conservative type. */
static inline uint64_t maskWord(const GoType *typ, uintptr_t i)
{
	uintptr_t pw = typ->ptrdata / 8, lo = 64 * i, k;
	uint64_t m = 0;

	if (lo >= pw)
		return 0;
	k = pw - lo < 64 ? pw - lo : 64;
	if (!typ->gcdata) {
		m = ~(uint64_t)0;
	} else {
		for (uintptr_t b = 0; b < (k + 7) / 8; b++)
			m |= (uint64_t)typ->gcdata[lo / 8 + b] << (b * 8);
	}
	return k == 64 ? m : m & (((uint64_t)1 << k) - 1);
}

/* Writes all nw bits of the object at x: n elements of ew words each, then pointer-free slack. */
static void writeArray(uintptr_t x, uintptr_t nw, const GoType *typ, uintptr_t ew, uintptr_t n)
{
	bitWriter w;
	uintptr_t pw = typ->ptrdata / 8;

	bwInit(&w, x);
	if (ew <= 64) {
		uint64_t elem = maskWord(typ, 0);
		uintptr_t e = 0;

		if (ew <= 32) {
			/* As many whole elements as fit in a word, so most puts carry 33..64 bits. */
			unsigned per = (unsigned)(64 / ew), bits = per * (unsigned)ew;
			uint64_t rep = 0;

			for (unsigned j = 0; j < per; j++)
				rep |= elem << (j * ew);
			for (; e + per <= n; e += per)
				bwPut(&w, rep, bits);
		}
		for (; e < n; e++)
			bwPut(&w, elem, (unsigned)ew);
	} else {
		/* Big elements: their pointer prefix in words, then a run of zeros. */
		for (uintptr_t e = 0; e < n; e++) {
			uintptr_t i = 0;

			for (; 64 * i + 64 <= pw; i++)
				bwPut(&w, maskWord(typ, i), 64);
			if (64 * i < pw)
				bwPut(&w, maskWord(typ, i), (unsigned)(pw - 64 * i));
			bwZeros(&w, ew - pw);
		}
	}
	if (nw > n * ew)
		bwZeros(&w, nw - n * ew);
	bwFlush(&w);
}

/* Write nbits (<= 64) bits of mask at word index w0 of one arena's bitmap. */
static inline void writeBits(uint64_t *bm, uintptr_t w0, unsigned nbits, uint64_t mask)
{
	uintptr_t i = w0 / 64;
	unsigned off = w0 % 64;
	uint64_t field = nbits == 64 ? ~(uint64_t)0 : ((uint64_t)1 << nbits) - 1;

	bm[i] = (bm[i] & ~(field << off)) | mask << off;
	if (off + nbits > 64) {
		/* off > 0 here, so the shift is 1..63 */
		bm[i + 1] = (bm[i + 1] & ~(field >> (64 - off))) | mask >> (64 - off);
	}
}

void rt_heapBitsSetType(uintptr_t x, uintptr_t size, uintptr_t dataSize, const GoType *typ)
{
	heapArena *ha = rt_arenaOf(x);
	uintptr_t nw = size / 8, ew = typ->size / 8, n = typ->size ? dataSize / typ->size : 0;

	if (nw <= 64 && x + size <= ha->base + RT_ARENA_BYTES) {
		/*
		 * Small object: build its whole mask in a register, doubling the
		 * run of elements at each step, and write one or two words.
		 */
		uint64_t mask = n ? maskWord(typ, 0) : 0;
		uintptr_t total = n * ew;

		for (uintptr_t width = ew; width < total; width *= 2)
			mask |= mask << width;
		if (total < 64)
			mask &= ((uint64_t)1 << total) - 1;
		writeBits(ha->bitmap, (x - ha->base) / 8, (unsigned)nw, mask);
		return;
	}
	writeArray(x, nw, typ, ew, n);
}

bool rt_heapBitIsPointer(uintptr_t addr)
{
	heapArena *ha = rt_arenaOf(addr);
	uintptr_t w;

	if (!ha)
		return false;
	w = (addr - ha->base) / 8;
	return ha->bitmap[w / 64] >> (w % 64) & 1;
}
