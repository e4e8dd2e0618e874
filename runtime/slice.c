/*
 * slice.c - makeslice and growslice.
 *
 * The two places where slice capacity is decided, so the two places where
 * minigo must agree with Go to the element: users print cap(s) after append
 * and compare.  growslice grows by 2x while the slice is small and by a
 * factor that glides towards 1.25x above 256 elements (Go 1.18's formula,
 * newcap += (newcap + 3*256) / 4, chosen so that the growth factor changes
 * smoothly instead of jumping at a threshold), then rounds the byte size up
 * to the size class the allocator would hand out anyway, so the slack of the
 * class becomes capacity instead of waste.  That rounding is why appending
 * ints one at a time gives 512 -> 848 rather than 512 -> 832.
 *
 * growslice copies the old elements and clears only what append will not
 * overwrite, and only when the memory may be dirty: a grow from 1 MB to
 * 1.25 MB writes each byte once, not twice.
 *
 * Errors are Go's runtime errors, with Go's precedence: makeslice reports
 * "len out of range" whenever len alone is already bad, even if cap is too.
 */
#include <string.h>

#include "runtime/runtime.h"

#define MAX_ALLOC ((uintptr_t)1 << 48)  /* Go's maxAlloc on 64-bit */

/* a * b, or false if it overflows or exceeds what the heap can ever hold */
static bool mulSize(uintptr_t a, uintptr_t b, uintptr_t *out)
{
	uintptr_t r;

	if (__builtin_mul_overflow(a, b, &r) || r > MAX_ALLOC)
		return false;
	*out = r;
	return true;
}

void *rt_makeslice(const GoType *elem, intptr_t len, intptr_t cap)
{
	uintptr_t mem;

	if (len < 0 || cap < len || !mulSize(elem->size, (uintptr_t)cap, &mem)) {
		if (len < 0 || !mulSize(elem->size, (uintptr_t)len, &mem))
			rt_panicstr("makeslice: len out of range");
		rt_panicstr("makeslice: cap out of range");
	}
	return rt_mallocgc(mem, elem, true);
}

/*
 * A make([]T, len, cap) that stays on the stack has a constant cap and no
 * call to makeslice; the compiler checks len inline and calls one of these,
 * with makeslice's wording.
 */
void rt_panicmakeslicelen(void)
{
	rt_panicstr("makeslice: len out of range");
}

void rt_panicmakeslicecap(void)
{
	rt_panicstr("makeslice: cap out of range");
}

/* unsafe.Slice(ptr, len)'s checks: len elements of et from ptr must fit
 * in the address space above it, and a nil ptr has no elements. */
void rt_unsafeslice(const GoType *et, void *ptr, intptr_t len)
{
	if (len < 0)
		rt_panicstr("unsafe.Slice: len out of range");
	uintptr_t mem;
	bool overflow = __builtin_mul_overflow((uintptr_t)et->size, (uintptr_t)len, &mem);
	if (overflow || mem > -(uintptr_t)ptr) {
		if (!ptr)
			rt_panicstr("unsafe.Slice: ptr is nil and len is not zero");
		rt_panicstr("unsafe.Slice: len out of range");
	}
}

GoSlice rt_growslice(const GoType *et, GoSlice old, intptr_t cap)
{
	intptr_t newcap = old.cap, doublecap = 2 * old.cap;
	uintptr_t lenmem, newlenmem, capmem;
	GoSlice s;
	void *p;

	if (cap < old.cap)
		rt_panicstr("growslice: cap out of range");
	if (et->size == 0) {
		/* append should not create a slice with nil pointer but non-zero len */
		s.ptr = &rt_zerobase;
		s.len = old.len;
		s.cap = cap;
		return s;
	}
	if (cap > doublecap) {
		newcap = cap;
	} else if (old.cap < 256) {
		newcap = doublecap;
	} else {
		/* Check 0 < newcap to detect overflow and prevent an infinite loop. */
		while (0 < newcap && newcap < cap)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap <= 0)
			newcap = cap;
	}

	lenmem = (uintptr_t)old.len * et->size;
	newlenmem = (uintptr_t)cap * et->size;
	if (!mulSize(et->size, (uintptr_t)newcap, &capmem))
		rt_panicstr("growslice: cap out of range");
	capmem = rt_roundupsize(capmem);
	newcap = (intptr_t)(capmem / et->size);
	capmem = (uintptr_t)newcap * et->size;
	if (capmem > MAX_ALLOC)
		rt_panicstr("growslice: cap out of range");

	/*
	 * append stores the new elements into [lenmem, newlenmem) next, so a
	 * pointer-free array needs only the part past the new length cleared.
	 * A pointerful one is cleared from lenmem on: a collection may start at
	 * the end of this very allocation, and it scans the whole array.
	 */
	if (et->ptrdata == 0)
		p = rt_mallocgcCopy(capmem, NULL, old.ptr, lenmem, newlenmem);
	else
		p = rt_mallocgcCopy(capmem, et, old.ptr, lenmem, lenmem);
	s.ptr = p;
	s.len = old.len;
	s.cap = newcap;
	return s;
}
