/*
 * ftoa.c - floating-point to decimal, as strconv.AppendFloat does it.
 *
 * Formatting a float is two problems.  The first is choosing digits: either
 * a fixed number of them, correctly rounded from the exact binary value, or
 * (precision -1) the shortest digit string that reads back as the same
 * float, choosing among equally short candidates the one nearest the exact
 * value.  The second is laying the digits out as %e, %f or %g.  Go solves
 * the first with Ryu and a multiprecision fallback; the layout rules are
 * small and are where Go and C differ (%g's exponent threshold when
 * shortest, trailing zeros, "+Inf"), so they are written out here.
 *
 * Digits come from the C library, which glibc guarantees correctly rounded
 * (ties to even on exact halves, as Go's decimal rounding does), for any
 * precision.  The shortest digits come from a search over the number of
 * digits p: "some p-digit decimal reads back as v" only gets truer as p
 * grows (p-digit decimals are also (p+1)-digit ones), so a binary search
 * over 1..17 (1..9 for float32) finds the least p, testing each p with the
 * correctly rounded p-digit decimal and, when that misses, its neighbour on
 * v's side: next to a power of two the round-trip interval is lopsided and
 * the nearest p-digit decimal can fall just outside it while the next one
 * on the wide side is inside.  Reading back with strtod/strtof applies the
 * same round-half-even rule that makes Go's interval boundaries inclusive
 * for even mantissas.  This costs a few snprintf/strtod calls per number,
 * an order of magnitude slower than Ryu and exactly as correct; the random
 * round-trip tables in tests/check_fmt.c hold it to Go's output.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

/* A decimal d[0..nd) x 10^(dp - nd) with no trailing zeros (Go's decimalSlice). */
typedef struct {
	char *d;
	int nd, dp;
	char small[40];
} digits;

static void digitsfree(digits *x)
{
	if (x->d != x->small)
		free(x->d);
}

/* Parse "d.ddde[+-]x" (C's %e of a positive finite value) into x. */
static void parseE(digits *x, const char *s)
{
	const char *e = strchr(s, 'e');
	int nd = 0;

	for (const char *p = s; p < e; p++)
		if (*p != '.')
			x->d[nd++] = *p;
	x->dp = atoi(e + 1) + 1;
	while (nd > 0 && x->d[nd - 1] == '0')
		nd--;
	x->nd = nd;
	if (nd == 0)      /* only for zero */
		x->dp = 0;
}

/* The n significant digits of |v| (> 0), correctly rounded. */
static void fixeddigits(digits *x, double v, int n)
{
	char tmp[64], *s = tmp;
	int len = snprintf(tmp, sizeof tmp, "%.*e", n - 1, v);

	x->d = x->small;
	if ((size_t)len >= sizeof tmp) {
		s = malloc((size_t)len + 1);
		if (s == NULL)
			rt_throw("out of memory formatting a float");
		snprintf(s, (size_t)len + 1, "%.*e", n - 1, v);
	}
	if (n > (int)sizeof x->small) {
		x->d = malloc((size_t)n);
		if (x->d == NULL)
			rt_throw("out of memory formatting a float");
	}
	parseE(x, s);
	if (s != tmp)
		free(s);
}

static bool readsback(const char *d, int nd, int dp, double v, int bitSize, int *cmp)
{
	char s[40];
	double r;

	snprintf(s, sizeof s, "0.%.*se%d", nd, d, dp);
	if (bitSize == 32) {
		float f = strtof(s, NULL);
		r = f;
		*cmp = f < (float)v ? -1 : f > (float)v;
		return f == (float)v;
	}
	r = strtod(s, NULL);
	*cmp = r < v ? -1 : r > v;
	return r == v;
}

/* Step the p-digit decimal d x 10^dp by one unit in its last place, down (-1) or up (+1). */
static void step(char *d, int *nd, int *dp, int p, int dir)
{
	int i;

	for (i = *nd; i < p; i++)
		d[i] = '0';
	*nd = p;
	if (dir > 0) {
		for (i = p - 1; i >= 0 && d[i] == '9'; i--)
			d[i] = '0';
		if (i < 0) {     /* 999 + 1 = 1000: one digit longer, so shift */
			d[0] = '1';
			for (i = 1; i < p; i++)
				d[i] = '0';
			(*dp)++;
		} else {
			d[i]++;
		}
	} else {
		for (i = p - 1; i >= 0 && d[i] == '0'; i--)
			d[i] = '9';
		d[i]--;          /* d is non-zero, so i >= 0 */
		if (d[0] == '0') {   /* 1000 - 1 = 0999: the grid below 10^k is finer */
			memmove(d, d + 1, (size_t)p - 1);
			d[p - 1] = '9';
			(*dp)--;
		}
	}
	while (*nd > 0 && d[*nd - 1] == '0')
		(*nd)--;
}

/* The shortest p-digit decimal that reads back as v, if there is one. */
static bool tryshortest(char *out, int *nd, int *dp, double v, int p, int bitSize)
{
	digits x;
	int cmp;

	fixeddigits(&x, v, p);
	memcpy(out, x.d, (size_t)x.nd);
	*nd = x.nd;
	*dp = x.dp;
	digitsfree(&x);
	if (readsback(out, *nd, *dp, v, bitSize, &cmp))
		return true;
	step(out, nd, dp, p, cmp > 0 ? -1 : 1);
	return readsback(out, *nd, *dp, v, bitSize, &cmp);
}

static void shortestdigits(digits *x, double v, int bitSize)
{
	int lo = 1, hi = bitSize == 32 ? 9 : 17;
	char buf[20];
	int nd, dp;

	x->d = x->small;
	/* invariant: hi digits suffice; find the least such */
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (tryshortest(buf, &nd, &dp, v, mid, bitSize))
			hi = mid;
		else
			lo = mid + 1;
	}
	if (!tryshortest(buf, &nd, &dp, v, hi, bitSize))
		rt_throw("ftoa: no round-tripping decimal");
	memcpy(x->d, buf, (size_t)nd);
	x->nd = nd;
	x->dp = dp;
}

/* ---- layout (Go's %e, %f, %g of a digit string) ---- */

static void fmtE(rt_buf *b, bool neg, const digits *x, int prec, char fmt)
{
	int exp;

	if (neg)
		rt_bufputc(b, '-');
	rt_bufputc(b, x->nd ? (uint8_t)x->d[0] : '0');
	if (prec > 0) {
		int i = 1, m = x->nd < prec + 1 ? x->nd : prec + 1;
		rt_bufputc(b, '.');
		if (i < m) {
			rt_bufwrite(b, x->d + i, m - i);
			i = m;
		}
		for (; i <= prec; i++)
			rt_bufputc(b, '0');
	}
	rt_bufputc(b, (uint8_t)fmt);
	exp = x->nd == 0 ? 0 : x->dp - 1;
	rt_bufputc(b, exp < 0 ? '-' : '+');
	if (exp < 0)
		exp = -exp;
	if (exp >= 100)
		rt_bufputc(b, (uint8_t)('0' + exp / 100));
	rt_bufputc(b, (uint8_t)('0' + exp / 10 % 10));
	rt_bufputc(b, (uint8_t)('0' + exp % 10));
}

static void fmtF(rt_buf *b, bool neg, const digits *x, int prec)
{
	if (neg)
		rt_bufputc(b, '-');
	if (x->dp > 0) {
		int m = x->nd < x->dp ? x->nd : x->dp;
		rt_bufwrite(b, x->d, m);
		for (; m < x->dp; m++)
			rt_bufputc(b, '0');
	} else {
		rt_bufputc(b, '0');
	}
	if (prec > 0) {
		rt_bufputc(b, '.');
		for (int i = 0; i < prec; i++) {
			int j = x->dp + i;
			rt_bufputc(b, 0 <= j && j < x->nd ? (uint8_t)x->d[j] : '0');
		}
	}
}

static void fmtB(rt_buf *b, bool neg, uint64_t mant, int exp, int mantbits)
{
	char tmp[48];
	int n = snprintf(tmp, sizeof tmp, "%s%llup%s%d", neg ? "-" : "", (unsigned long long)mant,
	                 exp - mantbits >= 0 ? "+" : "", exp - mantbits);

	rt_bufwrite(b, tmp, n);
}

static void fmtX(rt_buf *b, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits)
{
	const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	const uint64_t one = UINT64_C(1) << 60;

	if (mant == 0)
		exp = 0;
	mant <<= 60 - mantbits;
	while (mant != 0 && (mant & one) == 0) {
		mant <<= 1;
		exp--;
	}
	if (prec >= 0 && prec < 15) {
		unsigned shift = (unsigned)prec * 4;
		uint64_t extra = (mant << shift) & (one - 1);
		mant >>= 60 - shift;
		if ((extra | (mant & 1)) > one / 2)
			mant++;
		mant <<= 60 - shift;
		if (mant & (one << 1)) {
			mant >>= 1;
			exp++;
		}
	}
	if (neg)
		rt_bufputc(b, '-');
	rt_bufputc(b, '0');
	rt_bufputc(b, (uint8_t)fmt);
	rt_bufputc(b, (uint8_t)('0' + ((mant >> 60) & 1)));
	mant <<= 4;
	if (prec < 0 && mant != 0) {
		rt_bufputc(b, '.');
		for (; mant != 0; mant <<= 4)
			rt_bufputc(b, (uint8_t)hex[(mant >> 60) & 15]);
	} else if (prec > 0) {
		rt_bufputc(b, '.');
		for (int i = 0; i < prec; i++, mant <<= 4)
			rt_bufputc(b, (uint8_t)hex[(mant >> 60) & 15]);
	}
	rt_bufputc(b, fmt == 'X' ? 'P' : 'p');
	rt_bufputc(b, exp < 0 ? '-' : '+');
	if (exp < 0)
		exp = -exp;
	if (exp >= 1000)
		rt_bufputc(b, (uint8_t)('0' + exp / 1000));
	if (exp >= 100)
		rt_bufputc(b, (uint8_t)('0' + exp / 100 % 10));
	rt_bufputc(b, (uint8_t)('0' + exp / 10 % 10));
	rt_bufputc(b, (uint8_t)('0' + exp % 10));
}

void rt_appendfloat(rt_buf *b, double v, char fmt, int prec, int bitSize)
{
	int mantbits = bitSize == 32 ? 23 : 52, bias = bitSize == 32 ? -127 : -1023;
	int expbits = bitSize == 32 ? 8 : 11, exp;
	uint64_t bits, mant;
	bool neg, shortest = prec < 0;
	digits x;

	if (bitSize == 32) {
		float f = (float)v;
		uint32_t u;
		memcpy(&u, &f, 4);
		bits = u;
		v = f;
	} else {
		memcpy(&bits, &v, 8);
	}
	neg = bits >> (expbits + mantbits) != 0;
	exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
	mant = bits & ((UINT64_C(1) << mantbits) - 1);
	if (exp == (1 << expbits) - 1) {
		rt_bufputs(b, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
		return;
	}
	if (exp == 0)
		exp++;
	else
		mant |= UINT64_C(1) << mantbits;
	exp += bias;

	if (fmt == 'b') {
		fmtB(b, neg, mant, exp, mantbits);
		return;
	}
	if (fmt == 'x' || fmt == 'X') {
		fmtX(b, prec, fmt, neg, mant, exp, mantbits);
		return;
	}
	if (fmt == 'f' && !shortest) {
		/* the C library's %f is Go's: correctly rounded at prec places, "-0.0" for negative zero */
		int n = snprintf(NULL, 0, "%.*f", prec, v);
		rt_bufgrow(b, n + 1);
		snprintf((char *)b->p + b->len, (size_t)n + 1, "%.*f", prec, v);
		b->len += n;
		return;
	}

	x.d = x.small;
	x.nd = x.dp = 0;
	if (shortest) {
		if (mant != 0)
			shortestdigits(&x, fabs(v), bitSize);
		switch (fmt) {
		case 'e': case 'E': prec = x.nd - 1 > 0 ? x.nd - 1 : 0; break;
		case 'f': prec = x.nd - x.dp > 0 ? x.nd - x.dp : 0; break;
		case 'g': case 'G': prec = x.nd; break;
		}
	} else {
		int n = fmt == 'e' || fmt == 'E' ? prec + 1 : prec == 0 ? 1 : prec;
		if (fmt == 'g' || fmt == 'G')
			prec = n;
		if (mant != 0)
			fixeddigits(&x, fabs(v), n);
	}

	switch (fmt) {
	case 'e': case 'E':
		fmtE(b, neg, &x, prec, fmt);
		break;
	case 'f':
		fmtF(b, neg, &x, prec);
		break;
	case 'g': case 'G': {
		int eprec = prec, exp10 = x.dp - 1;
		if (eprec > x.nd && x.nd >= x.dp)
			eprec = x.nd;
		/* %e is used if the exponent is below -4 or at least the precision; shortest uses 6 */
		if (shortest)
			eprec = 6;
		if (exp10 < -4 || exp10 >= eprec) {
			if (prec > x.nd)
				prec = x.nd;
			fmtE(b, neg, &x, prec - 1, (char)(fmt + 'e' - 'g'));
			break;
		}
		if (prec > x.dp)
			prec = x.nd;
		fmtF(b, neg, &x, prec - x.dp > 0 ? prec - x.dp : 0);
		break;
	}
	default:
		rt_bufputc(b, '%');
		rt_bufputc(b, (uint8_t)fmt);
	}
	digitsfree(&x);
}
