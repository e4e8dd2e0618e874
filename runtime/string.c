/*
 * string.c - the conversions and concatenations behind string expressions.
 *
 * A Go string is an immutable {ptr, len} pair, which gives the runtime
 * licence to share bytes wherever nobody can tell: "" + s returns s itself,
 * a one-byte string(b) points into the static table of the values 0..255,
 * and the empty string may point anywhere.  The other economy is the
 * compiler's: when escape analysis proves a result dies with its frame it
 * passes a 32-byte buffer on its own stack (Go's tmpBuf), and results that
 * fit are built there without touching the heap.  Both are observable (in
 * allocation counts and in the cap of []byte(s)), so minigo keeps them
 * exactly: a stack-built []byte has cap 32, a heap-built one has the cap of
 * its size class, [32]rune buffers likewise for []rune(s).
 *
 * Heap strings are allocated pointer-free (typ NULL) and not zeroed: every
 * byte is written before the string is handed out.  Byte and rune slices
 * are zeroed only past len, where the caller may still look through cap.
 */
#include <string.h>

#include "runtime/runtime.h"

enum { tmpStringBufSize = 32 };

static const uint8_t emptybyte;

/* A fresh heap string of n bytes; *b is where to write them. */
GoString rt_rawstring(intptr_t n, uint8_t **b)
{
	uint8_t *p = rt_mallocgc((uintptr_t)n, NULL, false);

	*b = p;
	return (GoString){ p, n };
}

static GoString rawstringtmp(GoTmpBuf *buf, intptr_t n, uint8_t **b)
{
	if (buf != NULL && n <= tmpStringBufSize) {
		*b = buf->b;
		return (GoString){ buf->b, n };
	}
	return rt_rawstring(n, b);
}

GoString rt_gostring(const void *p, intptr_t n)
{
	uint8_t *b;
	GoString s;

	if (n == 0)
		return (GoString){ &emptybyte, 0 };
	s = rt_rawstring(n, &b);
	memcpy(b, p, (size_t)n);
	return s;
}

GoString rt_cstring(const char *s)
{
	return (GoString){ (const uint8_t *)s, (intptr_t)strlen(s) };
}

/* Does p point into the stack of the running goroutine (below the recorded top)? */
static bool onstack(const void *p)
{
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);

	return rt_stacktop != 0 && (uintptr_t)p >= sp && (uintptr_t)p < rt_stacktop;
}

static GoString concat(GoTmpBuf *buf, const GoString *a, intptr_t n)
{
	intptr_t l = 0, count = 0, idx = 0;
	uint8_t *b;
	GoString s;

	for (intptr_t i = 0; i < n; i++) {
		if (a[i].len == 0)
			continue;
		if (__builtin_add_overflow(l, a[i].len, &l))
			rt_throw("string concatenation too long");
		count++;
		idx = i;
	}
	if (count == 0)
		return (GoString){ &emptybyte, 0 };
	/*
	 * One non-empty operand: its bytes can be shared, unless they live on
	 * our stack and the result may outlive the frame (buf == NULL).
	 */
	if (count == 1 && (buf != NULL || !onstack(a[idx].ptr)))
		return a[idx];
	s = rawstringtmp(buf, l, &b);
	for (intptr_t i = 0; i < n; i++) {
		if (a[i].len == 0)
			continue; /* an empty string's ptr may be NULL: memcpy must not see it */
		memcpy(b, a[i].ptr, (size_t)a[i].len);
		b += a[i].len;
	}
	return s;
}

GoString rt_concatstrings(GoTmpBuf *buf, GoSlice a)
{
	return concat(buf, a.ptr, a.len);
}

GoString rt_concatstring2(GoTmpBuf *buf, GoString a0, GoString a1)
{
	GoString a[] = { a0, a1 };
	return concat(buf, a, 2);
}

GoString rt_concatstring3(GoTmpBuf *buf, GoString a0, GoString a1, GoString a2)
{
	GoString a[] = { a0, a1, a2 };
	return concat(buf, a, 3);
}

GoString rt_concatstring4(GoTmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3)
{
	GoString a[] = { a0, a1, a2, a3 };
	return concat(buf, a, 4);
}

GoString rt_concatstring5(GoTmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3, GoString a4)
{
	GoString a[] = { a0, a1, a2, a3, a4 };
	return concat(buf, a, 5);
}

GoString rt_slicebytetostring(GoTmpBuf *buf, const uint8_t *ptr, intptr_t n)
{
	uint8_t *b;
	GoString s;

	if (n == 0)
		return (GoString){ &emptybyte, 0 };
	if (n == 1)   /* little-endian: the low byte of staticuint64s[v] is v */
		return (GoString){ (const uint8_t *)&rt_staticuint64s[*ptr], 1 };
	s = rawstringtmp(buf, n, &b);
	memmove(b, ptr, (size_t)n);
	return s;
}

GoString rt_slicebytetostringtmp(const uint8_t *ptr, intptr_t n)
{
	return (GoString){ ptr, n };
}

/* A heap []byte of len n, cap rounded up to the size class, zeroed past len. */
static GoSlice rawbyteslice(intptr_t n)
{
	uintptr_t cap = rt_roundupsize((uintptr_t)n);
	uint8_t *p = rt_mallocgc(cap, NULL, false);

	if (cap != (uintptr_t)n)
		memset(p + n, 0, cap - (uintptr_t)n);
	return (GoSlice){ p, n, (intptr_t)cap };
}

GoSlice rt_stringtoslicebyte(GoTmpBuf *buf, GoString s)
{
	GoSlice b;

	if (buf != NULL && s.len <= tmpStringBufSize) {
		memset(buf->b, 0, sizeof buf->b);
		b = (GoSlice){ buf->b, s.len, tmpStringBufSize };
	} else {
		b = rawbyteslice(s.len);
	}
	if (s.len > 0)
		memcpy(b.ptr, s.ptr, (size_t)s.len);
	return b;
}

GoSlice rt_stringtoslicerune(int32_t (*buf)[32], GoString s)
{
	intptr_t n = rt_runecount(s.ptr, s.len), w;
	int32_t *a;
	GoSlice r;

	if (buf != NULL && n <= tmpStringBufSize) {
		memset(*buf, 0, sizeof *buf);
		r = (GoSlice){ *buf, n, tmpStringBufSize };
	} else {
		uintptr_t mem;
		if (__builtin_mul_overflow((uintptr_t)n, 4, &mem))
			rt_panicstr("makeslice: len out of range");
		mem = rt_roundupsize(mem);
		a = rt_mallocgc(mem, NULL, false);
		if (mem != (uintptr_t)n * 4)
			memset(a + n, 0, mem - (uintptr_t)n * 4);
		r = (GoSlice){ a, n, (intptr_t)(mem / 4) };
	}
	a = r.ptr;
	for (intptr_t i = 0, k = 0; i < s.len; i += w)
		a[k++] = s.ptr[i] < 0x80 ? (w = 1, s.ptr[i]) : rt_decoderune1(s.ptr + i, s.len - i, &w);
	return r;
}

GoString rt_slicerunetostring(GoTmpBuf *buf, GoSlice a)
{
	const int32_t *r = a.ptr;
	intptr_t size1 = 0, size2 = 0;
	uint8_t *b;
	GoString s;

	for (intptr_t i = 0; i < a.len; i++)
		size1 += rt_runelen(r[i]);
	/* Go reserves 3 spare bytes here; the allocation size is observable, so do the same. */
	s = rawstringtmp(buf, size1 + 3, &b);
	for (intptr_t i = 0; i < a.len && size2 < size1; i++)
		size2 += rt_encoderune(b + size2, r[i]);
	s.len = size2;
	return s;
}

GoString rt_intstring(uint8_t (*buf)[4], int64_t v)
{
	uint8_t *b;
	GoString s;

	if (buf != NULL) {
		b = *buf;
		s.ptr = b;
	} else {
		s = rt_rawstring(4, &b);
	}
	if (v < INT32_MIN || v > INT32_MAX)
		v = RT_RUNE_ERROR;
	s.len = rt_encoderune(b, (int32_t)v);
	return s;
}

GoRunePos rt_decoderune(GoString s, intptr_t k)
{
	intptr_t w;
	int32_t r;

	if (k >= s.len)
		return (GoRunePos){ RT_RUNE_ERROR, k + 1 };
	r = rt_decoderune1(s.ptr + k, s.len - k, &w);
	return (GoRunePos){ r, k + w };
}

intptr_t rt_cmpstring(GoString a, GoString b)
{
	intptr_t n = a.len < b.len ? a.len : b.len;
	int c = n > 0 ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;

	if (c != 0)
		return c < 0 ? -1 : 1;
	return a.len < b.len ? -1 : a.len > b.len;
}
