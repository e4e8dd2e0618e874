/*
 * complex.c - complex division, as Go's runtime.complex128div.
 *
 * The code generator does + - * inline; / comes here (complex64 widened
 * to complex128 and back).  The quotient is Smith's scaled algorithm,
 * which avoids the overflow of the naive (ac+bd)/(c²+d²) formula; when both
 * parts come out NaN, C99's Annex G rules recover the infinities and zeros
 * that the operands' infinities or a zero divisor call for.
 */
#include <math.h>

#include "runtime/runtime.h"

/* 1 for an infinity, 0 otherwise, keeping f's sign */
static double unit_if_inf(double f)
{
	return copysign(isinf(f) ? 1.0 : 0.0, f);
}

GoComplex128 rt_complex128div(GoComplex128 n, GoComplex128 m)
{
	double a = n.re, b = n.im, c = m.re, d = m.im;
	double e, f;
	/* divide by the larger part of m, so the ratio is at most 1 */
	if (fabs(c) >= fabs(d)) {
		double r = d / c;
		double den = c + r * d;
		e = (a + b * r) / den;
		f = (b - a * r) / den;
	} else {
		double r = c / d;
		double den = d + r * c;
		e = (a * r + b) / den;
		f = (b * r - a) / den;
	}
	if (isnan(e) && isnan(f)) {
		if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
			/* x / 0: infinities signed by the zero's real part */
			e = copysign(INFINITY, c) * a;
			f = copysign(INFINITY, c) * b;
		} else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
			a = unit_if_inf(a);
			b = unit_if_inf(b);
			e = INFINITY * (a * c + b * d);
			f = INFINITY * (b * c - a * d);
		} else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
			c = unit_if_inf(c);
			d = unit_if_inf(d);
			e = 0.0 * (a * c + b * d);
			f = 0.0 * (b * c - a * d);
		}
	}
	return (GoComplex128){ e, f };
}
