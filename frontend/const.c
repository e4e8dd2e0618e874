/*
 * const.c - exact constant arithmetic, as Go's go/constant does it.
 *
 * Go's constants are mathematical values: an untyped integer constant is
 * an integer of any size (the checker refuses those beyond 512 bits), and
 * an untyped floating-point constant is a real number computed exactly as
 * long as that is possible.  go/constant keeps integers as big.Int and
 * floats as big.Rat, falling back to 512-bit big.Float once a value's
 * binary exponent (or a fraction's part) reaches 4096 bits.  We do the same
 * on GMP: mpz_t for integers, mpq_t for floats and, past that bound, mpf_t
 * with 512 bits (Const.big).  Like big.Float, the big floats keep their
 * binary exponent within int32: beyond it a value is unknown (a literal is
 * malformed), below it zero.  So 1e646456992 costs a few limbs and a few
 * dozen multiplications, never a 2-gigabit integer.
 *
 * Rounding to float64/float32 happens only when a constant meets a typed
 * context; it must be correctly rounded (round half to even, subnormals
 * included), which mpq_get_d is not (it truncates), so round_rat below
 * does it by hand from an integer quotient with enough bits.
 *
 * GMP allocates its limbs with malloc; the Const records themselves live in
 * the arena.  Neither is ever freed: constants live as long as the AST.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

/*
 * GMP's limbs come from an arena too: constants live as long as the
 * compilation, and nothing then needs freeing (nor shows up as a leak).
 * GMP's free becomes a no-op and realloc a copy.
 */
static Arena *gmp_arena;

static void *gmp_alloc(size_t n) { return fe_alloc(gmp_arena, n); }

static void *gmp_realloc(void *p, size_t old, size_t n)
{
	void *q = fe_alloc(gmp_arena, n);
	if (p)
		memcpy(q, p, old < n ? old : n);
	return q;
}

static void gmp_free(void *p, size_t n)
{
	(void)p;
	(void)n;
}

static void gmp_setup(void)
{
	if (gmp_arena)
		return;
	gmp_arena = fe_arena_new();
	mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

static Const *newc(Arena *a, ConstKind k)
{
	gmp_setup();
	Const *c = fe_alloc(a, sizeof *c);
	c->kind = k;
	if (k == CONST_INT)
		mpz_init(c->i);
	else if (k == CONST_FLOAT)
		mpq_init(c->f);
	return c;
}

Const *fe_const_unknown(Arena *a) { return newc(a, CONST_UNKNOWN); }

/* ---- big floats (go/constant's floatVal) ---- */

enum { FPREC = 512, MAXEXP = 4096 };

/* e with 2^(e-1) <= |g| < 2^e; 0 for zero */
static long fexp(const mpf_t g)
{
	long e = 0;
	mpf_get_d_2exp(&e, g);
	return e;
}

static Const *newbig(Arena *a)
{
	Const *c = newc(a, CONST_FLOAT);
	c->big = true;
	mpf_init2(c->g, FPREC);
	return c;
}

/* a numeric x into g, initialized by the caller */
static void to_mpf(mpf_t g, const Const *x)
{
	if (x->kind == CONST_INT)
		mpf_set_z(g, x->i);
	else if (x->big)
		mpf_set(g, x->g);
	else
		mpf_set_q(g, x->f);
}

/* A big result: NULL past the int32 exponent range, 0 below it. */
static Const *big_result(Arena *a, Const *c)
{
	long e = fexp(c->g);
	if (mpf_sgn(c->g) == 0 || e < INT32_MIN)
		return newc(a, CONST_FLOAT);
	if (e > INT32_MAX)
		return NULL;
	return c;
}

/* A rational result stays one while both its parts are below 4096 bits. */
static Const *rat_result(Arena *a, Const *c)
{
	if (mpz_sizeinbase(mpq_numref(c->f), 2) < MAXEXP && mpz_sizeinbase(mpq_denref(c->f), 2) < MAXEXP)
		return c;
	Const *b = newbig(a);
	mpf_set_q(b->g, c->f);
	return big_result(a, b);
}

Const *fe_const_bool(Arena *a, bool b)
{
	Const *c = newc(a, CONST_BOOL);
	c->b = b;
	return c;
}

Const *fe_const_string(Arena *a, const char *s, size_t len)
{
	Const *c = newc(a, CONST_STRING);
	char *p = fe_alloc(a, len + 1);
	memcpy(p, s, len);
	c->s = p;
	c->len = len;
	return c;
}

Const *fe_const_int64(Arena *a, int64_t v)
{
	Const *c = newc(a, CONST_INT);
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", (long long)v);
	mpz_set_str(c->i, buf, 10);
	return c;
}

Const *fe_const_uint64(Arena *a, uint64_t v)
{
	Const *c = newc(a, CONST_INT);
	char buf[32];
	snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
	mpz_set_str(c->i, buf, 10);
	return c;
}

Const *fe_const_float64(Arena *a, double v)
{
	Const *c = newc(a, CONST_FLOAT);
	if (isfinite(v))
		mpq_set_d(c->f, v); /* exact: a double is a dyadic rational */
	return c;
}

/* ---- literals ---- */

static int digit_val(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return 99;
}

/* Accumulates the digits of s[0..n) in base into z; '_' is skipped.
 * Returns the number of digits, or -1 on a bad digit. */
static long add_digits(mpz_t z, const char *s, size_t n, int base)
{
	long count = 0;
	for (size_t k = 0; k < n; k++) {
		if (s[k] == '_')
			continue;
		int d = digit_val((unsigned char)s[k]);
		if (d >= base)
			return -1;
		mpz_mul_ui(z, z, base);
		mpz_add_ui(z, z, d);
		count++;
	}
	return count;
}

static Const *int_lit(Arena *a, const char *s, size_t n)
{
	int base = 10;
	if (n >= 2 && s[0] == '0') {
		switch (s[1]) {
		case 'x': case 'X': base = 16; s += 2; n -= 2; break;
		case 'o': case 'O': base = 8; s += 2; n -= 2; break;
		case 'b': case 'B': base = 2; s += 2; n -= 2; break;
		default: base = 8; s++; n--; break;
		}
	}
	Const *c = newc(a, CONST_INT);
	if (add_digits(c->i, s, n, base) < 0)
		return NULL;
	return c;
}

/* c->f = m * base^e for base 2 or 10 (e is moderate: see float_lit) */
static void scale(mpq_t f, mpz_t m, long e, int base)
{
	mpz_t p;
	mpz_init(p);
	mpz_ui_pow_ui(p, base, e < 0 ? -e : e);
	mpq_set_z(f, m);
	if (e >= 0) {
		mpz_mul(mpq_numref(f), mpq_numref(f), p);
	} else {
		mpz_mul(mpq_denref(f), mpq_denref(f), p);
		mpq_canonicalize(f);
	}
	mpz_clear(p);
}

/*
 * m * 2^e2 * 10^e10 as go/constant reads a literal: a rational while the
 * value's binary exponent is within +-4096, else a big float; NULL past
 * the int32 exponent range (or when bits(m) + e2 + e10 leaves it, where
 * math/big gives up on the literal).  The exponent is estimated first, so that
 * neither an exact power nor a big float is computed for nothing.
 */
static Const *float_value(Arena *a, mpz_t m, long e2, long e10)
{
	if (mpz_sgn(m) == 0)
		return newc(a, CONST_FLOAT);
	/* big.Float first scales the digits by 2^e10 too: that must fit int32 */
	long e2all = (long)mpz_sizeinbase(m, 2) + e2 + e10;
	if (e2all > INT32_MAX || e2all < INT32_MIN)
		return NULL;
	double est = (double)mpz_sizeinbase(m, 2) + (double)e2 + (double)e10 * 3.321928094887362;
	if (est > (double)INT32_MAX + 64)
		return NULL;
	if (est < (double)INT32_MIN - 64)
		return newc(a, CONST_FLOAT);
	if (fabs(est) < MAXEXP + 64) {
		Const *c = newc(a, CONST_FLOAT);
		if (e2)
			scale(c->f, m, e2, 2);
		else
			scale(c->f, m, e10, 10);
		Const *b = newbig(a);
		mpf_set_q(b->g, c->f);
		long e = fexp(b->g);
		return -MAXEXP < e && e < MAXEXP ? c : big_result(a, b);
	}
	Const *c = newbig(a);
	mpf_set_z(c->g, m);
	if (e2 > 0)
		mpf_mul_2exp(c->g, c->g, (mp_bitcnt_t)e2);
	else if (e2 < 0)
		mpf_div_2exp(c->g, c->g, (mp_bitcnt_t)-e2);
	if (e10) {
		mpf_t p;
		mpf_init2(p, FPREC + 64);
		mpf_set_ui(p, 10);
		mpf_pow_ui(p, p, (unsigned long)(e10 < 0 ? -e10 : e10));
		if (e10 > 0)
			mpf_mul(c->g, c->g, p);
		else
			mpf_div(c->g, c->g, p);
	}
	return big_result(a, c);
}

static Const *float_lit(Arena *a, const char *s, size_t n)
{
	bool hex = n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	int base = hex ? 16 : 10;
	size_t k = hex ? 2 : 0;
	mpz_t m;
	mpz_init(m);
	long frac = 0;
	bool dot = false;
	for (; k < n; k++) {
		char ch = s[k];
		if (ch == '_')
			continue;
		if (ch == '.') {
			dot = true;
			continue;
		}
		if ((!hex && (ch == 'e' || ch == 'E')) || (hex && (ch == 'p' || ch == 'P')))
			break;
		int d = digit_val((unsigned char)ch);
		if (d >= base)
			return NULL;
		mpz_mul_ui(m, m, base);
		mpz_add_ui(m, m, d);
		if (dot)
			frac++;
	}
	long e = 0;
	if (k < n) {
		k++;
		bool neg = false;
		if (k < n && (s[k] == '+' || s[k] == '-'))
			neg = s[k++] == '-';
		for (; k < n; k++) {
			if (s[k] == '_')
				continue;
			if (s[k] < '0' || s[k] > '9')
				return NULL;
			if (e < 1000000000)
				e = e * 10 + (s[k] - '0');
		}
		if (neg)
			e = -e;
	}
	/* hex mantissa digits are 4 bits each: m * 16^-frac * 2^e */
	return hex ? float_value(a, m, e - 4 * frac, 0) : float_value(a, m, 0, e - frac);
}

Const *fe_const_lit(Arena *a, const Node *lit)
{
	const char *raw = lit->lit.raw;
	switch (lit->lit.kind) {
	case LIT_INT:
		return int_lit(a, raw, strlen(raw));
	case LIT_FLOAT:
		return float_lit(a, raw, strlen(raw));
	case LIT_CHAR:
		return fe_const_int64(a, lit->lit.rune);
	case LIT_STRING:
		return fe_const_string(a, lit->lit.str ? lit->lit.str : "", lit->lit.len);
	case LIT_IMAG: {
		/* the digits before 'i' always read as a float: 0123i is 123i */
		size_t n = strlen(raw);
		if (n < 2 || raw[n - 1] != 'i')
			return NULL;
		Const *im = NULL;
		if (raw[0] == '0' && n > 3 && strchr("bBoO", raw[1])) {
			im = int_lit(a, raw, n - 1);
		} else {
			im = float_lit(a, raw, n - 1);
		}
		return im ? fe_const_complex(a, fe_const_int64(a, 0), im) : NULL;
	}
	}
	return NULL;
}

/* ---- complex constants (go/constant's complexVal) ---- */

Const *fe_const_complex(Arena *a, const Const *re, const Const *im)
{
	if (re->kind == CONST_UNKNOWN || im->kind == CONST_UNKNOWN)
		return fe_const_unknown(a);
	Const *c = newc(a, CONST_COMPLEX);
	c->re = re;
	c->im = im;
	return c;
}

Const *fe_const_to_complex(Arena *a, const Const *x)
{
	if (x->kind == CONST_COMPLEX)
		return (Const *)x;
	if (x->kind != CONST_INT && x->kind != CONST_FLOAT)
		return NULL;
	return fe_const_complex(a, x, fe_const_int64(a, 0));
}

Const *fe_const_real(Arena *a, const Const *x)
{
	if (x->kind == CONST_COMPLEX)
		return (Const *)x->re;
	if (x->kind == CONST_INT || x->kind == CONST_FLOAT)
		return (Const *)x;
	return fe_const_unknown(a);
}

Const *fe_const_imag(Arena *a, const Const *x)
{
	if (x->kind == CONST_COMPLEX)
		return (Const *)x->im;
	if (x->kind == CONST_INT || x->kind == CONST_FLOAT)
		return fe_const_int64(a, 0);
	return fe_const_unknown(a);
}

/* complex x op y on the parts; NULL on division by zero */
static Const *complex_binary(Arena *a, FeOp op, const Const *x, const Const *y)
{
	const Const *p = x->re, *q = x->im, *r = y->re, *s = y->im;
	Const *re, *im;
#define B(o, u, v) fe_const_binary(a, (o), (u), (v), false)
	switch (op) {
	case OP_ADD: re = B(OP_ADD, p, r); im = B(OP_ADD, q, s); break;
	case OP_SUB: re = B(OP_SUB, p, r); im = B(OP_SUB, q, s); break;
	case OP_MUL:
		/* (p+qi)(r+si) = (pr-qs) + (ps+qr)i */
		re = B(OP_SUB, B(OP_MUL, p, r), B(OP_MUL, q, s));
		im = B(OP_ADD, B(OP_MUL, p, s), B(OP_MUL, q, r));
		break;
	case OP_QUO: {
		/* (p+qi)/(r+si) = ((pr+qs) + (qr-ps)i) / (r*r+s*s) */
		Const *d = B(OP_ADD, B(OP_MUL, r, r), B(OP_MUL, s, s));
		if (!d || fe_const_sign(d) == 0)
			return NULL;
		re = B(OP_QUO, B(OP_ADD, B(OP_MUL, p, r), B(OP_MUL, q, s)), d);
		im = B(OP_QUO, B(OP_SUB, B(OP_MUL, q, r), B(OP_MUL, p, s)), d);
		break;
	}
	default:
		return NULL;
	}
#undef B
	if (!re || !im)
		return NULL;
	return fe_const_complex(a, re, im);
}

/* ---- conversions ---- */

/*
 * A big float as an integer when it is one, or within a few ulps of one
 * (rounding in earlier operations); as go/constant, only for values whose
 * exponent would suit a rational.
 */
static Const *big_to_int(Arena *a, const Const *x)
{
	long e = fexp(x->g);
	if (e <= -MAXEXP || e >= MAXEXP)
		return NULL;
	Const *c = newc(a, CONST_INT);
	if (mpf_integer_p(x->g)) {
		mpz_set_f(c->i, x->g);
		return c;
	}
	mpf_t t;
	mpf_init2(t, FPREC + 64);
	mpf_set_d(t, 0.5);
	mpf_add(t, t, x->g);
	mpf_floor(t, t);
	mpz_set_f(c->i, t);
	mpf_sub(t, t, x->g);
	bool near = mpf_sgn(t) == 0 || fexp(t) <= e - (FPREC - 4);
	mpf_clear(t);
	return near ? c : NULL;
}

Const *fe_const_to_int(Arena *a, const Const *x)
{
	if (x->kind == CONST_COMPLEX)
		return fe_const_sign(x->im) == 0 ? fe_const_to_int(a, x->re) : NULL;
	if (x->kind == CONST_INT)
		return (Const *)x;
	if (x->kind == CONST_FLOAT && x->big)
		return big_to_int(a, x);
	if (x->kind != CONST_FLOAT || mpz_cmp_ui(mpq_denref(x->f), 1) != 0)
		return NULL;
	Const *c = newc(a, CONST_INT);
	mpz_set(c->i, mpq_numref(x->f));
	return c;
}

Const *fe_const_to_float(Arena *a, const Const *x)
{
	if (x->kind == CONST_COMPLEX)
		return fe_const_sign(x->im) == 0 ? fe_const_to_float(a, x->re) : NULL;
	if (x->kind == CONST_FLOAT)
		return (Const *)x;
	if (x->kind != CONST_INT)
		return NULL;
	Const *c = newc(a, CONST_FLOAT);
	mpq_set_z(c->f, x->i);
	return c;
}

/*
 * Correct rounding of a rational to a binary float with mant bits of
 * precision (53 or 24), smallest normal exponent emin (-1022 or -126) and
 * largest exponent emax (1023 or 127).  *overflow is set when the rounded
 * magnitude is too large for the format.
 */
static double round_rat(const mpq_t f, int mant, int emin, int emax, bool *overflow)
{
	*overflow = false;
	if (mpq_sgn(f) == 0)
		return 0;
	mpz_t num, q, r;
	mpz_inits(num, q, r, NULL);
	mpz_abs(num, mpq_numref(f));
	const mpz_ptr den = (mpz_ptr)mpq_denref(f);
	/* value = q * 2^-shift (+ remainder), q with at least mant+2 bits */
	long shift = (long)mant + 2 - ((long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2)) + 1;
	if (shift >= 0) {
		mpz_mul_2exp(num, num, shift);
		mpz_tdiv_qr(q, r, num, den);
	} else {
		mpz_t d2;
		mpz_init(d2);
		mpz_mul_2exp(d2, den, -shift);
		mpz_tdiv_qr(q, r, num, d2);
		mpz_clear(d2);
	}
	bool sticky = mpz_sgn(r) != 0;
	long n = (long)mpz_sizeinbase(q, 2);
	long top = n - 1 - shift;        /* exponent of the leading bit */
	long p = top >= emin ? mant : mant - (emin - top);
	long drop = n - p;
	double result;
	if (drop > n) {
		result = 0;
	} else {
		bool half = drop > 0 && mpz_tstbit(q, drop - 1);
		bool below = sticky || (drop > 1 && mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1));
		mpz_tdiv_q_2exp(q, q, drop);
		if (half && (below || mpz_odd_p(q)))
			mpz_add_ui(q, q, 1);
		result = ldexp(mpz_get_d(q), (int)(drop - shift));
		long rtop = (long)mpz_sizeinbase(q, 2) - 1 + drop - shift;
		if (mpz_sgn(q) != 0 && rtop > emax) {
			*overflow = true;
			result = INFINITY;
		}
	}
	mpz_clears(num, q, r, NULL);
	return mpq_sgn(f) < 0 ? -result : result;
}

/* round_rat for a big float: only values near the format's range are made exact */
static double round_big(const mpf_t g, int mant, int emin, int emax, bool *overflow)
{
	*overflow = false;
	long e = fexp(g);
	double sign = mpf_sgn(g) < 0 ? -1 : 1;
	if (e > emax + 2) {
		*overflow = true;
		return sign * INFINITY;
	}
	if (e < emin - mant - 2)
		return sign * 0.0;
	mpq_t q;
	mpq_init(q);
	mpq_set_f(q, g);
	double d = round_rat(q, mant, emin, emax, overflow);
	mpq_clear(q);
	return d;
}

double fe_const_to_double(const Const *x, bool *overflow)
{
	bool dummy;
	if (!overflow)
		overflow = &dummy;
	*overflow = false;
	if (x->kind == CONST_INT) {
		mpq_t f;
		mpq_init(f);
		mpq_set_z(f, x->i);
		double d = round_rat(f, 53, -1022, 1023, overflow);
		mpq_clear(f);
		return d;
	}
	if (x->kind == CONST_FLOAT && x->big)
		return round_big(x->g, 53, -1022, 1023, overflow);
	if (x->kind == CONST_FLOAT)
		return round_rat(x->f, 53, -1022, 1023, overflow);
	return 0;
}

double fe_const_to_float32(const Const *x, bool *overflow)
{
	bool dummy;
	if (!overflow)
		overflow = &dummy;
	*overflow = false;
	if (x->kind == CONST_FLOAT && x->big)
		return round_big(x->g, 24, -126, 127, overflow);
	mpq_t f;
	mpq_init(f);
	if (x->kind == CONST_INT)
		mpq_set_z(f, x->i);
	else if (x->kind == CONST_FLOAT)
		mpq_set(f, x->f);
	double d = round_rat(f, 24, -126, 127, overflow);
	mpq_clear(f);
	return d;
}

/* ---- arithmetic ---- */

/* x op y in 512-bit floats, once either is big */
static Const *big_binary(Arena *a, FeOp op, const Const *x, const Const *y)
{
	Const *c = newbig(a);
	mpf_t fx, fy;
	mpf_inits(fx, fy, NULL);
	mpf_set_prec(fx, FPREC);
	mpf_set_prec(fy, FPREC);
	to_mpf(fx, x);
	to_mpf(fy, y);
	bool ok = true;
	switch (op) {
	case OP_ADD: mpf_add(c->g, fx, fy); break;
	case OP_SUB: mpf_sub(c->g, fx, fy); break;
	case OP_MUL: mpf_mul(c->g, fx, fy); break;
	case OP_QUO:
		ok = mpf_sgn(fy) != 0;
		if (ok)
			mpf_div(c->g, fx, fy);
		break;
	default: ok = false; break;
	}
	mpf_clears(fx, fy, NULL);
	return ok ? big_result(a, c) : NULL;
}

Const *fe_const_binary(Arena *a, FeOp op, const Const *x, const Const *y, bool intdiv)
{
	if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
		return fe_const_unknown(a);
	if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
		if (op == OP_LAND)
			return fe_const_bool(a, x->b && y->b);
		if (op == OP_LOR)
			return fe_const_bool(a, x->b || y->b);
		return NULL;
	}
	if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
		if (op != OP_ADD)
			return NULL;
		Const *c = newc(a, CONST_STRING);
		char *p = fe_alloc(a, x->len + y->len + 1);
		memcpy(p, x->s, x->len);
		memcpy(p + x->len, y->s, y->len);
		c->s = p;
		c->len = x->len + y->len;
		return c;
	}
	if (x->kind == CONST_INT && y->kind == CONST_INT && !(op == OP_QUO && !intdiv)) {
		Const *c = newc(a, CONST_INT);
		switch (op) {
		case OP_ADD: mpz_add(c->i, x->i, y->i); break;
		case OP_SUB: mpz_sub(c->i, x->i, y->i); break;
		case OP_MUL: mpz_mul(c->i, x->i, y->i); break;
		case OP_QUO:
			if (mpz_sgn(y->i) == 0)
				return NULL;
			mpz_tdiv_q(c->i, x->i, y->i);
			break;
		case OP_REM:
			if (mpz_sgn(y->i) == 0)
				return NULL;
			mpz_tdiv_r(c->i, x->i, y->i);
			break;
		case OP_AND: mpz_and(c->i, x->i, y->i); break;
		case OP_OR: mpz_ior(c->i, x->i, y->i); break;
		case OP_XOR: mpz_xor(c->i, x->i, y->i); break;
		case OP_ANDNOT: {
			mpz_t t;
			mpz_init(t);
			mpz_com(t, y->i);
			mpz_and(c->i, x->i, t);
			mpz_clear(t);
			break;
		}
		default:
			return NULL;
		}
		return c;
	}
	if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX) {
		const Const *cx = fe_const_to_complex(a, x), *cy = fe_const_to_complex(a, y);
		if (!cx || !cy)
			return NULL;
		return complex_binary(a, op, cx, cy);
	}
	/* numeric with at least one float, or an exact integer quotient */
	const Const *fx = fe_const_to_float(a, x), *fy = fe_const_to_float(a, y);
	if (!fx || !fy)
		return NULL;
	if (fx->big || fy->big)
		return big_binary(a, op, fx, fy);
	Const *c = newc(a, CONST_FLOAT);
	switch (op) {
	case OP_ADD: mpq_add(c->f, fx->f, fy->f); break;
	case OP_SUB: mpq_sub(c->f, fx->f, fy->f); break;
	case OP_MUL: mpq_mul(c->f, fx->f, fy->f); break;
	case OP_QUO:
		if (mpq_sgn(fy->f) == 0)
			return NULL;
		mpq_div(c->f, fx->f, fy->f);
		break;
	default:
		return NULL;
	}
	/* an exact integer quotient of two integers is an int again (go/constant) */
	if (x->kind == CONST_INT && y->kind == CONST_INT) {
		Const *i = fe_const_to_int(a, c);
		if (i)
			return i;
	}
	return rat_result(a, c);
}

Const *fe_const_unary(Arena *a, FeOp op, const Const *x, int unsigned_bits)
{
	if (x->kind == CONST_UNKNOWN)
		return fe_const_unknown(a);
	switch (op) {
	case OP_ADD:
		return (x->kind == CONST_INT || x->kind == CONST_FLOAT || x->kind == CONST_COMPLEX) ? (Const *)x : NULL;
	case OP_SUB:
		if (x->kind == CONST_COMPLEX)
			return fe_const_complex(a, fe_const_unary(a, OP_SUB, x->re, 0), fe_const_unary(a, OP_SUB, x->im, 0));
		if (x->kind == CONST_INT) {
			Const *c = newc(a, CONST_INT);
			mpz_neg(c->i, x->i);
			return c;
		}
		if (x->kind == CONST_FLOAT && x->big) {
			Const *c = newbig(a);
			mpf_neg(c->g, x->g);
			return c;
		}
		if (x->kind == CONST_FLOAT) {
			Const *c = newc(a, CONST_FLOAT);
			mpq_neg(c->f, x->f);
			return c;
		}
		return NULL;
	case OP_NOT:
		return x->kind == CONST_BOOL ? fe_const_bool(a, !x->b) : NULL;
	case OP_XOR: {
		if (x->kind != CONST_INT)
			return NULL;
		Const *c = newc(a, CONST_INT);
		if (unsigned_bits > 0) {
			/* ^x for an unsigned type flips exactly its bits */
			mpz_t m;
			mpz_init(m);
			mpz_setbit(m, unsigned_bits);
			mpz_sub_ui(m, m, 1);
			mpz_xor(c->i, x->i, m);
			mpz_clear(m);
		} else {
			mpz_com(c->i, x->i);
		}
		return c;
	}
	default:
		return NULL;
	}
}

Const *fe_const_shift(Arena *a, FeOp op, const Const *x, unsigned long s)
{
	if (x->kind == CONST_UNKNOWN)
		return fe_const_unknown(a);
	if (x->kind != CONST_INT)
		return NULL;
	Const *c = newc(a, CONST_INT);
	if (op == OP_SHL)
		mpz_mul_2exp(c->i, x->i, s);
	else
		mpz_fdiv_q_2exp(c->i, x->i, s); /* floor: -1 >> 1 == -1, as big.Int */
	return c;
}

static int cmp(const Const *x, const Const *y)
{
	if (x->kind == CONST_INT && y->kind == CONST_INT)
		return mpz_cmp(x->i, y->i);
	if (x->kind == CONST_STRING) {
		size_t n = x->len < y->len ? x->len : y->len;
		int r = memcmp(x->s, y->s, n);
		if (r)
			return r;
		return x->len < y->len ? -1 : x->len > y->len;
	}
	if (x->kind == CONST_BOOL)
		return x->b != y->b;
	/* mixed numeric */
	if ((x->kind == CONST_FLOAT && x->big) || (y->kind == CONST_FLOAT && y->big)) {
		mpf_t fx, fy;
		mpf_init2(fx, FPREC);
		mpf_init2(fy, FPREC);
		to_mpf(fx, x);
		to_mpf(fy, y);
		int r = mpf_cmp(fx, fy);
		mpf_clears(fx, fy, NULL);
		return r;
	}
	mpq_t a, b;
	mpq_inits(a, b, NULL);
	if (x->kind == CONST_INT)
		mpq_set_z(a, x->i);
	else
		mpq_set(a, x->f);
	if (y->kind == CONST_INT)
		mpq_set_z(b, y->i);
	else
		mpq_set(b, y->f);
	int r = mpq_cmp(a, b);
	mpq_clears(a, b, NULL);
	return r;
}

uint64_t fe_const_hash(const Const *x)
{
	uint64_t h = 14695981039346656037ull;
	switch (x->kind) {
	case CONST_STRING:
		for (size_t i = 0; i < x->len; i++)
			h = (h ^ (uint8_t)x->s[i]) * 1099511628211ull;
		return h;
	case CONST_BOOL:
		return x->b;
	case CONST_INT: case CONST_FLOAT: {
		/* equal numbers, int or float, truncate to the same double */
		double d = x->kind == CONST_INT ? mpz_get_d(x->i) : x->big ? mpf_get_d(x->g) : mpq_get_d(x->f);
		if (d == 0)
			d = 0; /* -0 */
		uint64_t u;
		memcpy(&u, &d, sizeof u);
		return (u ^ (u >> 29)) * 0xbf58476d1ce4e5b9ull;
	}
	default:
		return 0;
	}
}

bool fe_const_compare(const Const *x, FeOp op, const Const *y)
{
	if (x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN)
		return false;
	if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX) {
		Arena *a = gmp_arena;
		const Const *cx = fe_const_to_complex(a, x), *cy = fe_const_to_complex(a, y);
		bool eq = cmp(cx->re, cy->re) == 0 && cmp(cx->im, cy->im) == 0;
		return op == OP_EQL ? eq : op == OP_NEQ ? !eq : false;
	}
	int r = cmp(x, y);
	switch (op) {
	case OP_EQL: return r == 0;
	case OP_NEQ: return r != 0;
	case OP_LSS: return r < 0;
	case OP_LEQ: return r <= 0;
	case OP_GTR: return r > 0;
	case OP_GEQ: return r >= 0;
	default: return false;
	}
}

int fe_const_sign(const Const *x)
{
	if (x->kind == CONST_COMPLEX)
		return fe_const_sign(x->re) | fe_const_sign(x->im);
	if (x->kind == CONST_INT)
		return mpz_sgn(x->i);
	if (x->kind == CONST_FLOAT)
		return x->big ? mpf_sgn(x->g) : mpq_sgn(x->f);
	return 1;
}

bool fe_const_is_int64(const Const *x, int64_t *out)
{
	if (x->kind != CONST_INT || mpz_sizeinbase(x->i, 2) > 64)
		return false;
	/* sizeinbase <= 64 still admits 2^63..2^64-1 and -2^64+1..-2^63-1 */
	mpz_t lo, hi;
	mpz_init_set_si(lo, INT64_MIN);
	mpz_init_set_si(hi, INT64_MAX);
	bool ok = mpz_cmp(x->i, lo) >= 0 && mpz_cmp(x->i, hi) <= 0;
	mpz_clears(lo, hi, NULL);
	if (ok && out) {
		char buf[32];
		mpz_get_str(buf, 10, x->i);
		*out = strtoll(buf, NULL, 10);
	}
	return ok;
}

bool fe_const_is_uint64(const Const *x, uint64_t *out)
{
	if (x->kind != CONST_INT || mpz_sgn(x->i) < 0 || mpz_sizeinbase(x->i, 2) > 64)
		return false;
	if (out) {
		char buf[32];
		mpz_get_str(buf, 10, x->i);
		*out = strtoull(buf, NULL, 10);
	}
	return true;
}

size_t fe_const_bitlen(const Const *x)
{
	if (x->kind != CONST_INT || mpz_sgn(x->i) == 0)
		return 0;
	return mpz_sizeinbase(x->i, 2);
}

/* ---- printing ---- */

/*
 * strconv.Quote of s into out (room for 4*len+3 bytes): ASCII escapes,
 * valid UTF-8 copied, bad bytes \x-escaped.  Returns the length.
 */
size_t fe_quote_into(char *out, const char *s, size_t len)
{
	size_t n = 0;
	out[n++] = '"';
	for (size_t k = 0; k < len;) {
		unsigned char ch = s[k];
		if (ch < 0x80) {
			const char *esc = NULL;
			switch (ch) {
			case '\a': esc = "\\a"; break;
			case '\b': esc = "\\b"; break;
			case '\f': esc = "\\f"; break;
			case '\n': esc = "\\n"; break;
			case '\r': esc = "\\r"; break;
			case '\t': esc = "\\t"; break;
			case '\v': esc = "\\v"; break;
			case '\\': esc = "\\\\"; break;
			case '"': esc = "\\\""; break;
			}
			if (esc) {
				n += sprintf(out + n, "%s", esc);
			} else if (ch < 0x20 || ch == 0x7f) {
				n += sprintf(out + n, "\\x%02x", ch);
			} else {
				out[n++] = ch;
			}
			k++;
			continue;
		}
		/* a valid UTF-8 sequence is copied; a bad byte is \x-escaped */
		int need = ch >= 0xf0 && ch < 0xf5 ? 4 : ch >= 0xe0 ? 3 : ch >= 0xc2 && ch < 0xe0 ? 2 : 0;
		bool ok = need > 0 && k + need <= len;
		for (int j = 1; ok && j < need; j++)
			ok = ((unsigned char)s[k + j] & 0xc0) == 0x80;
		if (ok) {
			memcpy(out + n, s + k, need);
			n += need;
			k += need;
		} else {
			n += sprintf(out + n, "\\x%02x", ch);
			k++;
		}
	}
	out[n++] = '"';
	out[n] = 0;
	return n;
}

/* strconv.Quote, then go/constant's cut at 72 runes. */
static const char *quote(Arena *a, const char *s, size_t len)
{
	char *out = fe_alloc(a, len * 4 + 4);
	size_t n = fe_quote_into(out, s, len);
	/* count runes; cut to 69 and add "..." when longer than 72 */
	size_t runes = 0;
	for (size_t k = 0; k < n; k++)
		if (((unsigned char)out[k] & 0xc0) != 0x80)
			runes++;
	if (runes > 72) {
		size_t k = 0, r = 0;
		while (k < n && r < 69) {
			k++;
			while (k < n && ((unsigned char)out[k] & 0xc0) == 0x80)
				k++;
			r++;
		}
		strcpy(out + k, "...");
	}
	return out;
}

const char *fe_const_str(Arena *a, const Const *x)
{
	switch (x->kind) {
	case CONST_UNKNOWN:
		return "unknown";
	case CONST_BOOL:
		return x->b ? "true" : "false";
	case CONST_STRING:
		return quote(a, x->s, x->len);
	case CONST_INT: {
		return mpz_get_str(NULL, 10, x->i); /* in the GMP arena */
	}
	case CONST_COMPLEX:
		return fe_sprintf(a, "(%s + %si)", fe_const_str(a, x->re), fe_const_str(a, x->im));
	case CONST_FLOAT: {
		bool inf;
		double d = fe_const_to_double(x, &inf);
		if (!inf && (d != 0) == (fe_const_sign(x) != 0))
			return fe_sprintf(a, "%.6g", d);
		/*
		 * Out of float64's range: go/constant's approximation, the
		 * binary exponent scaled to a decimal one and the mantissa
		 * adjusted by the fractional rest (printing it exactly could
		 * take long).
		 */
		mpf_t f;
		mpf_init2(f, FPREC);
		to_mpf(f, x);
		long be = 0;
		double m = mpf_get_d_2exp(&be, f);
		mpf_clear(f);
		double dexp = (double)be * 0.30102999566398119521;
		long long e = (long long)dexp;
		m *= pow(10, dexp - (double)e);
		if (fabs(m) < 1 - 0.5e-6) {
			m *= 10;
			e--;
		} else if (fabs(m) >= 10) {
			m /= 10;
			e++;
		}
		return fe_sprintf(a, "%.6ge%+lld", m, e);
	}
	}
	return "?";
}
