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

/* The pointer mask of one element: bit i set = word i of the element may hold a pointer. */
static inline bool elemBit(const GoType *typ, uintptr_t w)
{
	if (w * 8 >= typ->ptrdata)
		return false;
	if (!typ->gcdata)
		return true;
	return typ->gcdata[w / 8] >> (w % 8) & 1;
}

static void setBit(uintptr_t addr, bool v)
{
	heapArena *ha = rt_arenaOf(addr);
	uintptr_t w = (addr - ha->base) / 8;

	if (v)
		ha->bitmap[w / 64] |= (uint64_t)1 << (w % 64);
	else
		ha->bitmap[w / 64] &= ~((uint64_t)1 << (w % 64));
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
		/* Small object: build its whole mask in a register, write one or two words. */
		uint64_t elem = 0, mask = 0;
		uintptr_t pw = typ->ptrdata / 8;

		if (!typ->gcdata)
			elem = pw >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << pw) - 1;
		else
			for (uintptr_t b = 0; b * 8 < pw && b < 8; b++)
				elem |= (uint64_t)typ->gcdata[b] << (b * 8);
		if (pw < 64)
			elem &= ((uint64_t)1 << pw) - 1;
		for (uintptr_t e = 0; e < n && e * ew < 64; e++)
			mask |= elem << (e * ew);
		writeBits(ha->bitmap, (x - ha->base) / 8, (unsigned)nw, mask);
		return;
	}
	/* Large object, possibly crossing arenas: clear the slot, then set pointer words. */
	for (uintptr_t w = 0; w < nw; w++) {
		uintptr_t addr = x + w * 8;
		if ((addr / 8) % 64 == 0 && w + 64 <= nw) {
			heapArena *a = rt_arenaOf(addr);
			a->bitmap[(addr - a->base) / 8 / 64] = 0;
			w += 63;
			continue;
		}
		setBit(addr, false);
	}
	if (ew == 1 && typ->ptrdata == 8 && elemBit(typ, 0)) {
		for (uintptr_t e = 0; e < n; e++)
			setBit(x + e * 8, true);
		return;
	}
	for (uintptr_t e = 0; e < n; e++)
		for (uintptr_t w = 0; w < ew && w * 8 < typ->ptrdata; w++)
			if (elemBit(typ, w))
				setBit(x + (e * ew + w) * 8, true);
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
