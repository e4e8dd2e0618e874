/*
 * overlay_bytealg.c - the native overlay of package internal/bytealg.
 *
 * On linux/amd64, internal/bytealg declares ten functions without a body
 * (compare_native.go, count_native.go, equal_native.go, index_native.go,
 * indexbyte_native.go) and writes them in assembly (*_amd64.s).  Eight of
 * them are bytealg's own and are defined here under Go's symbol names;
 * their results are plain integers, so the contract is the meaning, not
 * the instruction sequence:
 *   Compare(a, b []byte) int: -1, 0 or +1 by unsigned bytes, then length
 *     (cmpbody: a shorter prefix sorts first);
 *   Count, CountString: how many bytes equal c (countbody, or countGeneric
 *     without POPCNT: the same number);
 *   IndexByte, IndexByteString: the first index of c, or -1;
 *   Index, IndexString: the first index of b in a, or -1 (indexbody).  Go
 *     calls them only with 2 <= len(b) <= MaxLen (31, or 63 with AVX2; see
 *     index_amd64.go), and len(b) > len(a) gives -1 there.  glibc's memmem
 *     does the search (a shift table on byte pairs, memcmp to confirm:
 *     at worst len(a) * len(b) steps, never worse than Go's own brute
 *     force, and len(b) <= 63 by the contract; two-way, linear, beyond
 *     256 bytes).  Outside the contract the answers are the natural ones:
 *     0 for an empty b, -1 for b longer than a.
 * Only the first len bytes are read: a slice's cap and whatever lies past
 * len are never looked at, and a zero length never touches the pointer
 * (which may be nil).
 *
 * The other two body-less declarations are ABI-wrapper stubs that name
 * runtime symbols by //go:linkname (Go's bytealg assembles them for the
 * runtime): abigen_runtime_cmpstring -> runtime.cmpstring and
 * abigen_runtime_memequal -> runtime.memequal, which minigo's runtime
 * already defines with the same C-ABI signature (string.c, alg.c; see
 * abi.h), and abigen_runtime_memequal_varlen -> runtime.memequal_varlen, a
 * closure-called function (the size is at 8(context)) that minigo's code
 * generator never calls and no Go source calls, so it is not defined.
 *
 * Calling convention: body-less Go functions are called with codegen/abi.c's
 * cg_abi without a closure context, i.e. the System V C ABI on the Go
 * signature, Go types as the equivalent C structs:
 *   []byte = GoSlice {ptr, len, cap}: 24 bytes, more than 16, so class
 *     MEMORY: passed by value on the stack (LLVM `byval([3 x i64])`, no
 *     register used), which is C's GoSlice parameter by value;
 *   string = GoString {ptr, len}: 16 bytes, two INTEGER eightbytes in two
 *     integer registers (ptr, i64) while enough are left (at most four
 *     are needed here), which is C's GoString parameter by value;
 *   byte = uint8_t (zeroext i8, in a register); int result = intptr_t in
 *     RAX (i64).
 * So e.g. Index(a, b []byte) int is intptr_t f(GoSlice a, GoSlice b) with
 * both slices on the stack, and IndexString(a, b string) int is
 * intptr_t f(GoString a, GoString b) in RDI, RSI, RDX, RCX.
 * tests/check_bytealg.c checks these layouts against cg_abi.
 */
#include <string.h>

#include "runtime/abi.h"

/* func Compare(a, b []byte) int (internal/bytealg/compare_native.go) */
intptr_t rt_bytealg_Compare(GoSlice a, GoSlice b) GO_NAME("\"internal/bytealg.Compare\"");
/* func Count(b []byte, c byte) int (internal/bytealg/count_native.go) */
intptr_t rt_bytealg_Count(GoSlice b, uint8_t c) GO_NAME("\"internal/bytealg.Count\"");
/* func CountString(s string, c byte) int (internal/bytealg/count_native.go) */
intptr_t rt_bytealg_CountString(GoString s, uint8_t c) GO_NAME("\"internal/bytealg.CountString\"");
/* func Index(a, b []byte) int (internal/bytealg/index_native.go) */
intptr_t rt_bytealg_Index(GoSlice a, GoSlice b) GO_NAME("\"internal/bytealg.Index\"");
/* func IndexString(a, b string) int (internal/bytealg/index_native.go) */
intptr_t rt_bytealg_IndexString(GoString a, GoString b) GO_NAME("\"internal/bytealg.IndexString\"");
/* func IndexByte(b []byte, c byte) int (internal/bytealg/indexbyte_native.go) */
intptr_t rt_bytealg_IndexByte(GoSlice b, uint8_t c) GO_NAME("\"internal/bytealg.IndexByte\"");
/* func IndexByteString(s string, c byte) int (internal/bytealg/indexbyte_native.go) */
intptr_t rt_bytealg_IndexByteString(GoString s, uint8_t c) GO_NAME("\"internal/bytealg.IndexByteString\"");

static intptr_t compare(const uint8_t *a, intptr_t alen, const uint8_t *b, intptr_t blen)
{
	intptr_t n = alen < blen ? alen : blen;
	int c = n > 0 && a != b ? memcmp(a, b, (size_t)n) : 0;   /* memcmp compares as unsigned char */

	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen < blen ? -1 : alen > blen;
}

/* Eight bytes at a time: x has a zero byte exactly where the word holds
 * c; ((x & 0x7f..) + 0x7f..) | x sets each byte's top bit unless that
 * byte is zero (no carry crosses bytes), so the zero bytes are the top
 * bits left clear. */
static intptr_t count(const uint8_t *p, intptr_t n, uint8_t c)
{
	const uint64_t ones = 0x0101010101010101ull, low7 = 0x7f7f7f7f7f7f7f7full;
	uint64_t cc = c * ones;
	intptr_t k = 0, i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		uint64_t x = w ^ cc;
		uint64_t t = ((x & low7) + low7) | x;
		k += __builtin_popcountll(~t & ~low7);
	}
	for (; i < n; i++)
		k += p[i] == c;
	return k;
}

static intptr_t indexbyte(const uint8_t *p, intptr_t n, uint8_t c)
{
	const uint8_t *q = n > 0 ? memchr(p, c, (size_t)n) : NULL;

	return q ? q - p : -1;
}

static intptr_t search(const uint8_t *a, intptr_t alen, const uint8_t *b, intptr_t blen)
{
	if (blen <= 0)
		return 0;
	if (blen > alen)
		return -1;
	const uint8_t *q = memmem(a, (size_t)alen, b, (size_t)blen);
	return q ? q - a : -1;
}

intptr_t rt_bytealg_Compare(GoSlice a, GoSlice b)
{
	return compare(a.ptr, a.len, b.ptr, b.len);
}

intptr_t rt_bytealg_Count(GoSlice b, uint8_t c)
{
	return count(b.ptr, b.len, c);
}

intptr_t rt_bytealg_CountString(GoString s, uint8_t c)
{
	return count(s.ptr, s.len, c);
}

intptr_t rt_bytealg_Index(GoSlice a, GoSlice b)
{
	return search(a.ptr, a.len, b.ptr, b.len);
}

intptr_t rt_bytealg_IndexString(GoString a, GoString b)
{
	return search(a.ptr, a.len, b.ptr, b.len);
}

intptr_t rt_bytealg_IndexByte(GoSlice b, uint8_t c)
{
	return indexbyte(b.ptr, b.len, c);
}

intptr_t rt_bytealg_IndexByteString(GoString s, uint8_t c)
{
	return indexbyte(s.ptr, s.len, c);
}
