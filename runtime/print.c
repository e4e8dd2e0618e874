/*
 * print.c - the builtins print and println.
 *
 * These are the runtime's own debugging output, not package fmt: they write
 * to standard error, know nothing of types beyond the handful of shapes the
 * compiler lowers each operand to (int64, uint64, float64, bool, string,
 * pointer, slice header, the two interface headers), and format each in
 * Go's fixed, reflection-free way.  Floats in particular are not rounded
 * correctly: Go scales the value into [1, 10) by repeated multiplication or
 * division, adds half a unit in the 7th digit and reads digits off one at a
 * time, printing +d.dddddde+ddd.  The inexactness is part of the output
 * (the last digit can differ from a correctly rounded conversion), so
 * printfloat repeats that arithmetic step for step in double precision.
 *
 * The compiler brackets each print statement with printlock/printunlock;
 * between them the pieces collect in a buffer and leave in one write, so a
 * statement's output is never split.  stdout is flushed first, so that
 * output interleaves as in Go (where fmt does not buffer) when both streams
 * go to the same file.
 */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"

static struct {
	int locked;
	size_t len;
	char buf[512];
} pr;

static void flushpr(void)
{
	size_t off = 0;

	fflush(stdout);
	while (off < pr.len) {
		ssize_t n = write(2, pr.buf + off, pr.len - off);
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	pr.len = 0;
}

static void gwrite(const void *p, size_t n)
{
	const char *s = p;

	while (n > 0) {
		size_t k = sizeof pr.buf - pr.len;
		if (k > n)
			k = n;
		memcpy(pr.buf + pr.len, s, k);
		pr.len += k;
		s += k;
		n -= k;
		if (pr.len == sizeof pr.buf)
			flushpr();
	}
	if (pr.locked == 0)
		flushpr();
}

void rt_printlock(void)
{
	pr.locked++;
}

void rt_printunlock(void)
{
	if (--pr.locked == 0)
		flushpr();
}

void rt_printsp(void)
{
	gwrite(" ", 1);
}

void rt_printnl(void)
{
	gwrite("\n", 1);
}

void rt_printbool(bool v)
{
	if (v)
		gwrite("true", 4);
	else
		gwrite("false", 5);
}

void rt_printuint(uint64_t v)
{
	char buf[20];
	int i = sizeof buf;

	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	gwrite(buf + i, sizeof buf - (size_t)i);
}

void rt_printint(int64_t v)
{
	if (v < 0) {
		gwrite("-", 1);
		rt_printuint(-(uint64_t)v);
		return;
	}
	rt_printuint((uint64_t)v);
}

void rt_printhex(uint64_t v)
{
	static const char dig[] = "0123456789abcdef";
	char buf[18];
	int i = sizeof buf;

	do {
		buf[--i] = dig[v % 16];
		v /= 16;
	} while (v != 0);
	buf[--i] = 'x';
	buf[--i] = '0';
	gwrite(buf + i, sizeof buf - (size_t)i);
}

void rt_printfloat(double v)
{
	enum { n = 7 };    /* digits printed */
	char buf[n + 7];
	int e = 0;

	if (v != v) {
		gwrite("NaN", 3);
		return;
	}
	if (v + v == v && v > 0) {
		gwrite("+Inf", 4);
		return;
	}
	if (v + v == v && v < 0) {
		gwrite("-Inf", 4);
		return;
	}
	buf[0] = '+';
	if (v == 0) {
		if (signbit(v))
			buf[0] = '-';
	} else {
		double h = 5.0;
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		for (int i = 0; i < n; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < n; i++) {
		int s = (int)v;
		buf[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[n + 2] = 'e';
	buf[n + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[n + 3] = '-';
	}
	buf[n + 4] = (char)(e / 100 + '0');
	buf[n + 5] = (char)(e / 10 % 10 + '0');
	buf[n + 6] = (char)(e % 10 + '0');
	gwrite(buf, sizeof buf);
}

void rt_printcomplex(double re, double im)
{
	gwrite("(", 1);
	rt_printfloat(re);
	rt_printfloat(im);
	gwrite("i)", 2);
}

void rt_printstring(GoString s)
{
	gwrite(s.ptr, (size_t)s.len);
}

void rt_printpointer(const void *p)
{
	rt_printhex((uintptr_t)p);
}

void rt_printslice(GoSlice s)
{
	gwrite("[", 1);
	rt_printint(s.len);
	gwrite("/", 1);
	rt_printint(s.cap);
	gwrite("]", 1);
	rt_printpointer(s.ptr);
}

void rt_printeface(GoEface e)
{
	gwrite("(", 1);
	rt_printpointer(e.type);
	gwrite(",", 1);
	rt_printpointer(e.data);
	gwrite(")", 1);
}

void rt_printiface(GoIface i)
{
	gwrite("(", 1);
	rt_printpointer(i.tab);
	gwrite(",", 1);
	rt_printpointer(i.data);
	gwrite(")", 1);
}

/* ---- rt_buf ---- */

void rt_bufgrow(rt_buf *b, intptr_t n)
{
	intptr_t ncap;
	uint8_t *p;

	if (b->cap - b->len >= n)
		return;
	ncap = b->cap ? 2 * b->cap : 64;
	while (ncap - b->len < n)
		ncap *= 2;
	p = realloc(b->p, (size_t)ncap);
	if (p == NULL)
		rt_throw("out of memory building a message");
	b->p = p;
	b->cap = ncap;
}

void rt_bufwrite(rt_buf *b, const void *p, intptr_t n)
{
	if (n <= 0)
		return;
	rt_bufgrow(b, n);
	memcpy(b->p + b->len, p, (size_t)n);
	b->len += n;
}

void rt_bufputs(rt_buf *b, const char *s)
{
	rt_bufwrite(b, s, (intptr_t)strlen(s));
}

void rt_buffree(rt_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
