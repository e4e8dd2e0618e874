/*
 * buf.c - a string builder in arena memory.
 */
#include <stdio.h>
#include <string.h>

#include "base/base.h"

void bs_putn(BsBuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t ncap = b->cap ? 2 * b->cap : 64;
		while (ncap < b->len + n + 1)
			ncap *= 2;
		char *ns = fe_alloc(b->a, ncap);
		if (b->len)
			memcpy(ns, b->s, b->len);
		b->s = ns;
		b->cap = ncap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

void bs_puts(BsBuf *b, const char *s)
{
	bs_putn(b, s, strlen(s));
}

void bs_vprintf(BsBuf *b, const char *fmt, va_list ap)
{
	char small[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof small, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		bs_putn(b, small, (size_t)n);
		return;
	}
	char *big = fe_alloc(b->a, (size_t)n + 1);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	bs_putn(b, big, (size_t)n);
}

void bs_printf(BsBuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	bs_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *bs_str(BsBuf *b)
{
	return b->s ? b->s : "";
}
