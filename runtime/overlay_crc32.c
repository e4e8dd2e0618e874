/*
 * overlay_crc32.c - the native overlay of package hash/crc32.
 *
 * hash/crc32 is compiled from Go's source.  On amd64 it declares three
 * functions without bodies (crc32_amd64.go) and writes them in assembly:
 *   castagnoliSSE42(crc uint32, p []byte) uint32: the SSE 4.2 CRC32
 *     instruction over p, starting from the register value crc (the
 *     caller does the inversions);
 *   castagnoliSSE42Triple(crcA, crcB, crcC uint32, a, b, c []byte,
 *     rounds uint32): the same on three streams, rounds times 24 bytes
 *     each (Go interleaves them to hide the instruction's latency);
 *   ieeeCLMUL(crc uint32, p []byte) uint32: the IEEE polynomial's register
 *     update folded with PCLMULQDQ (len(p) >= 64, a multiple of 16).
 * Go calls the first two only when cpu.X86.HasSSE42 says the instruction
 * exists, so they use it here too (a function-level target attribute).
 * The third is the same linear update whatever the method, so a byte-wise
 * table gives identical results; it is slower than Go's folding, which a
 * later PCLMUL version can match.
 */
#include <nmmintrin.h>
#include <string.h>

#include "runtime/abi.h"

typedef struct { uint32_t a, b, c; } GoCrcTriple;

uint32_t rt_crc32_castagnoliSSE42(uint32_t crc, GoSlice p) GO_NAME("\"hash/crc32.castagnoliSSE42\"");
GoCrcTriple rt_crc32_castagnoliSSE42Triple(uint32_t crcA, uint32_t crcB, uint32_t crcC, GoSlice a, GoSlice b,
					   GoSlice c, uint32_t rounds) GO_NAME("\"hash/crc32.castagnoliSSE42Triple\"");
uint32_t rt_crc32_ieeeCLMUL(uint32_t crc, GoSlice p) GO_NAME("\"hash/crc32.ieeeCLMUL\"");

__attribute__((target("sse4.2"))) static uint32_t crc32c(uint32_t crc, const uint8_t *p, intptr_t n)
{
	uint64_t c = crc;
	for (; n >= 8; n -= 8, p += 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		c = _mm_crc32_u64(c, w);
	}
	uint32_t r = (uint32_t)c;
	for (; n > 0; n--, p++)
		r = _mm_crc32_u8(r, *p);
	return r;
}

uint32_t rt_crc32_castagnoliSSE42(uint32_t crc, GoSlice p)
{
	return crc32c(crc, p.ptr, p.len);
}

GoCrcTriple rt_crc32_castagnoliSSE42Triple(uint32_t crcA, uint32_t crcB, uint32_t crcC, GoSlice a, GoSlice b,
					   GoSlice c, uint32_t rounds)
{
	intptr_t n = (intptr_t)rounds * 24;
	return (GoCrcTriple){ crc32c(crcA, a.ptr, n), crc32c(crcB, b.ptr, n), crc32c(crcC, c.ptr, n) };
}

uint32_t rt_crc32_ieeeCLMUL(uint32_t crc, GoSlice p)
{
	static uint32_t tab[256];
	if (!tab[1])
		for (uint32_t i = 0; i < 256; i++) {
			uint32_t r = i;
			for (int k = 0; k < 8; k++)
				r = r & 1 ? (r >> 1) ^ 0xedb88320u : r >> 1;
			tab[i] = r;
		}
	const uint8_t *s = p.ptr;
	for (intptr_t i = 0; i < p.len; i++)
		crc = tab[(crc ^ s[i]) & 0xff] ^ (crc >> 8);
	return crc;
}
