/*
 * overlay_math.c - the native overlay of packages math and internal/cpu.
 *
 * When minigo compiles the standard library from $GOROOT/src, some
 * functions have only a Go declaration: Go writes their bodies in amd64
 * assembly (math/..._amd64.s, internal/cpu/cpu_x86.s).  The overlay provides
 * those bodies in C under Go's symbol names, and they must be bit-exact:
 * a Go program's math.Exp(x) has to print the digits gc's build prints,
 * so each function here is its .s file transcribed instruction by
 * instruction, not a libm call (glibc's exp, log and hypot round
 * differently).  One C statement per SSE instruction, in the assembly's
 * order, in double precision (SSE2, FLT_EVAL_METHOD 0; no -ffast-math and
 * no contraction: ISO C mode keeps gcc's -ffp-contract=off, and the
 * baseline x86-64 target has no FMA for a compiler to contract into).
 * Where C's meaning differs from the instruction's, the SSE2 intrinsic is
 * the instruction: CVTSD2SL (round to nearest, 0x80000000 when out of
 * range) and SQRTSD (a NaN operand's payload, the default NaN for x < 0).
 * The fused steps of exp's FMA path are C99 fma(), which is the single
 * rounding VFMADD/VFNMADD performs.
 *
 * How each was derived (all from Go 1.19's sources):
 *   archMax, archMin (dim_amd64.s): +Inf (Max) or -Inf (Min) wins over
 *     NaN; a NaN operand gives Go's NaN 0x7FF8000000000001; two zeros go
 *     by the sign bits; otherwise MAXSD/MINSD, i.e. x > y ? x : y.
 *   archFloor, archCeil, archTrunc (floor_amd64.s): not ROUNDSD but the
 *     CVTTSD2SQ round trip, with the sign bit ORed back into ceil's and
 *     trunc's integer part (so -0.5 gives -0); |x| >= 2^52, NaN and Inf
 *     (and ±0 for floor) are returned as they came.
 *   archSqrt (sqrt_amd64.s): SQRTSD.
 *   archHypot (hypot_amd64.s): max * sqrt(1 + (min/max)^2) on |p|, |q|;
 *     an infinity wins over NaN, then NaN is 0x7FF8000000000001; two zeros
 *     give +0.
 *   archLog (log_amd64.s): fdlibm's log with frexp done on the bits
 *     (subnormals are not normalised first, as in the assembly), the
 *     <= sqrt(2)/2 adjustment through a compare mask, then the same
 *     polynomial in the same order; x < 0 (and a negative NaN) gives
 *     0x7FF8000000000001, ±0 gives -Inf, +Inf and positive NaNs return x.
 *   archExp (exp_amd64.s): Shibata's method: k = round(x*log2(e)) by
 *     CVTSD2SL, x - k*ln2 in two halves, the Taylor polynomial of x/16,
 *     four doublings (e^t - 1 squared up: y = y*(y+2)), +1, then the
 *     exponent built in the bits, with the assembly's own thresholds
 *     (x > 709.782712893384 and k+1023 >= 0x7FF give +Inf, k+1023 < -52
 *     gives +0, in between two scalings for a subnormal result).
 *     The assembly takes its FMA path when the Go variable math.useFMA is
 *     1 (exp_amd64.go: cpu.X86.HasAVX && cpu.X86.HasFMA, set in math's
 *     init from internal/cpu, GODEBUG=cpu.fma=off and all).  We read the
 *     same variable: a weak reference to "math.useFMA", defined whenever
 *     math is compiled into the program, which is the only way archExp
 *     gets called.  Without it (a C caller, a test) the condition is
 *     computed here from CPUID and XGETBV as internal/cpu computes it.
 *   cpuid, xgetbv (cpu_x86.s): the instructions (xgetbv with ECX = 0).
 *   getGOAMD64level (cpu_x86.s): 1, as Go 1.19 is built with GOAMD64=v1.
 *
 * Calling convention: these are body-less Go functions, called as the
 * runtime's bundled functions are (codegen/abi.c's cg_abi with no closure
 * context): the System V C ABI on the Go signature.  float64 and int32
 * scalars travel directly (XMM0/XMM1, EDI/ESI, EAX).  Several results come
 * back as one struct of the results in Go's layout, classified like any
 * aggregate:
 *   (eax, ebx, ecx, edx uint32): offsets 0, 4, 8, 12, 16 bytes, two
 *     INTEGER eightbytes: RAX = eax | ebx<<32, RDX = ecx | edx<<32,
 *     which is C's struct { uint32_t eax, ebx, ecx, edx; } by value;
 *   (eax, edx uint32): offsets 0, 4, 8 bytes, one INTEGER eightbyte:
 *     RAX = eax | edx<<32, C's struct { uint32_t eax, edx; } by value.
 */
#include <emmintrin.h>
#include <math.h>
#include <string.h>

#include "runtime/abi.h"

/* Go's (eax, ebx, ecx, edx uint32) results. */
typedef struct { uint32_t eax, ebx, ecx, edx; } GoCpuid;
/* Go's (eax, edx uint32) results. */
typedef struct { uint32_t eax, edx; } GoXgetbv;

/* func archMax(x, y float64) float64 (math/dim_asm.go) */
double rt_math_archMax(double x, double y) GO_NAME("math.archMax");
/* func archMin(x, y float64) float64 (math/dim_asm.go) */
double rt_math_archMin(double x, double y) GO_NAME("math.archMin");
/* func archExp(x float64) float64 (math/exp_asm.go) */
double rt_math_archExp(double x) GO_NAME("math.archExp");
/* func archFloor(x float64) float64 (math/floor_asm.go) */
double rt_math_archFloor(double x) GO_NAME("math.archFloor");
/* func archCeil(x float64) float64 (math/floor_asm.go) */
double rt_math_archCeil(double x) GO_NAME("math.archCeil");
/* func archTrunc(x float64) float64 (math/floor_asm.go) */
double rt_math_archTrunc(double x) GO_NAME("math.archTrunc");
/* func archHypot(p, q float64) float64 (math/hypot_asm.go) */
double rt_math_archHypot(double p, double q) GO_NAME("math.archHypot");
/* func archLog(x float64) float64 (math/log_asm.go) */
double rt_math_archLog(double x) GO_NAME("math.archLog");
/* func archSqrt(x float64) float64 (math/sqrt_asm.go) */
double rt_math_archSqrt(double x) GO_NAME("math.archSqrt");
/* func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32) (internal/cpu/cpu_x86.go) */
GoCpuid rt_cpu_cpuid(uint32_t eaxArg, uint32_t ecxArg) GO_NAME("\"internal/cpu.cpuid\"");
/* func xgetbv() (eax, edx uint32) (internal/cpu/cpu_x86.go) */
GoXgetbv rt_cpu_xgetbv(void) GO_NAME("\"internal/cpu.xgetbv\"");
/* func getGOAMD64level() int32 (internal/cpu/cpu_x86.go) */
int32_t rt_cpu_getGOAMD64level(void) GO_NAME("\"internal/cpu.getGOAMD64level\"");

/* var useFMA bool (math/exp_amd64.go), when math is in the program */
extern const uint8_t rt_math_useFMA GO_NAME("math.useFMA") __attribute__((weak));

#define SIGN   0x8000000000000000ULL
#define POSINF 0x7FF0000000000000ULL
#define NEGINF 0xFFF0000000000000ULL
#define GONAN  0x7FF8000000000001ULL   /* the NaN Go's assembly returns */

static uint64_t bits(double f)
{
	uint64_t u;
	memcpy(&u, &f, sizeof u);
	return u;
}

static double frombits(uint64_t u)
{
	double f;
	memcpy(&f, &u, sizeof f);
	return f;
}

/* ---- internal/cpu ---- */

GoCpuid rt_cpu_cpuid(uint32_t eaxArg, uint32_t ecxArg)
{
	GoCpuid r;
	__asm__ volatile("cpuid"
			 : "=a"(r.eax), "=b"(r.ebx), "=c"(r.ecx), "=d"(r.edx)
			 : "a"(eaxArg), "c"(ecxArg));
	return r;
}

GoXgetbv rt_cpu_xgetbv(void)
{
	GoXgetbv r;
	__asm__ volatile("xgetbv" : "=a"(r.eax), "=d"(r.edx) : "c"(0));
	return r;
}

int32_t rt_cpu_getGOAMD64level(void)
{
	return 1;
}

/* ---- math: dim_amd64.s ---- */

double rt_math_archMax(double x, double y)
{
	uint64_t bx = bits(x), by = bits(y);
	if (bx == POSINF || by == POSINF)
		return frombits(POSINF);
	if ((bx & ~SIGN) > POSINF || (by & ~SIGN) > POSINF)
		return frombits(GONAN);
	if (((bx | by) & ~SIGN) == 0)   /* ±0, ±0 */
		return bx == SIGN ? y : x;
	return x > y ? x : y;           /* MAXSD y, x */
}

double rt_math_archMin(double x, double y)
{
	uint64_t bx = bits(x), by = bits(y);
	if (bx == NEGINF || by == NEGINF)
		return frombits(NEGINF);
	if ((bx & ~SIGN) > POSINF || (by & ~SIGN) > POSINF)
		return frombits(GONAN);
	if (((bx | by) & ~SIGN) == 0)
		return bx == SIGN ? x : y;
	return x < y ? x : y;           /* MINSD y, x */
}

/* ---- math: floor_amd64.s ---- */

#define BIG 0x4330000000000000ULL   /* 2^52 */

double rt_math_archFloor(double x)
{
	uint64_t bx = bits(x);
	if ((bx & ~SIGN) - 1 >= BIG - 1)   /* |x| >= 2^52, NaN, Inf, or ±0 */
		return x;
	double fi = (double)(int64_t)x;    /* CVTTSD2SQ, CVTSQ2SD */
	double adj = x < fi ? -1.0 : 0.0;  /* CMPSD LT mask ANDed with -1.0 */
	return adj + fi;
}

double rt_math_archCeil(double x)
{
	uint64_t bx = bits(x);
	if ((bx & ~SIGN) >= BIG)
		return x;
	uint64_t sign = bx & SIGN;
	double fi = (double)(int64_t)x;
	uint64_t le = x <= fi ? ~0ULL : 0;  /* CMPSD LE mask */
	fi = frombits(bits(fi) | sign);
	double adj = frombits((~le & bits(1.0)) | sign);
	return adj + fi;
}

double rt_math_archTrunc(double x)
{
	uint64_t bx = bits(x);
	if ((bx & ~SIGN) >= BIG)
		return x;
	double fi = (double)(int64_t)x;
	return frombits(bits(fi) | (bx & SIGN));
}

/* ---- math: sqrt_amd64.s ---- */

double rt_math_archSqrt(double x)
{
	return _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x)));
}

/* ---- math: hypot_amd64.s ---- */

double rt_math_archHypot(double p, double q)
{
	uint64_t bp = bits(p) & ~SIGN, bq = bits(q) & ~SIGN;
	if (bp >= POSINF || bq >= POSINF) {
		if (bp == POSINF || bq == POSINF)
			return frombits(POSINF);
		return frombits(GONAN);
	}
	if ((bp | bq) == 0)
		return 0.0;
	double ap = frombits(bp), aq = frombits(bq);
	double mx = ap > aq ? ap : aq;   /* MAXSD X1, X0 */
	double mn = aq < ap ? aq : ap;   /* MINSD X2, X1 */
	double t = mn / mx;
	t = t * t;
	t = t + 1.0;
	t = _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(t)));
	return mx * t;
}

/* ---- math: log_amd64.s ---- */

double rt_math_archLog(double x)
{
	static const double
		HSqrt2 = 0x1.6a09e667f3bcdp-1,   /* 7.07106781186547524401e-01 */
		Ln2Hi = 0x1.62e42feep-1,         /* 6.93147180369123816490e-01 */
		Ln2Lo = 0x1.a39ef35793c76p-33,   /* 1.90821492927058770002e-10 */
		L1 = 0x1.5555555555593p-1,       /* 6.666666666666735130e-01 */
		L2 = 0x1.999999997fa04p-2,       /* 3.999999999940941908e-01 */
		L3 = 0x1.2492494229359p-2,       /* 2.857142874366239149e-01 */
		L4 = 0x1.c71c51d8e78afp-3,       /* 2.222219843214978396e-01 */
		L5 = 0x1.7466496cb03dep-3,       /* 1.818357216161805012e-01 */
		L6 = 0x1.39a09d078c69fp-3,       /* 1.531383769920937332e-01 */
		L7 = 0x1.2f112df3e5244p-3;       /* 1.479819860511658591e-01 */
	uint64_t bx = bits(x);
	if ((bx & ~SIGN) == 0)
		return frombits(NEGINF);
	if ((int64_t)bx < 0)
		return frombits(GONAN);
	if (bx >= POSINF)
		return x;
	/* f1, ki := math.Frexp(x), on the bits */
	double f1 = frombits((bx & 0x000FFFFFFFFFFFFFULL) | bits(0.5));
	double k = (double)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
	/* if f1 <= Sqrt2/2 { k -= 1; f1 *= 2 } (CMPSD NLT mask ANDed with 1.0) */
	double one_or_zero = !(HSqrt2 < f1) ? 1.0 : 0.0;
	k = k - one_or_zero;
	double scale = one_or_zero + 1.0;
	f1 = f1 * scale;
	double f = f1 - 1.0;
	double s = 2.0 + f;
	s = f / s;
	double s2 = s * s;
	double s4 = s2 * s2;
	double t1 = L7 * s4;
	t1 = t1 + L5;
	t1 = t1 * s4;
	t1 = t1 + L3;
	t1 = t1 * s4;
	t1 = t1 + L1;
	t1 = s2 * t1;
	double t2 = L6 * s4;
	t2 = t2 + L4;
	t2 = t2 * s4;
	t2 = t2 + L2;
	t2 = s4 * t2;
	double R = t1 + t2;
	double hfsq = 0.5 * f;
	hfsq = hfsq * f;
	double a = R + hfsq;               /* hfsq+R */
	a = s * a;                         /* s*(hfsq+R) */
	double klo = Ln2Lo * k;
	a = a + klo;                       /* s*(hfsq+R)+k*Ln2Lo */
	double r = hfsq - a;
	r = r - f;
	double khi = k * Ln2Hi;
	return khi - r;
}

/* ---- math: exp_amd64.s ---- */

/* cpu.X86.HasAVX && cpu.X86.HasFMA, as internal/cpu's doinit sets them. */
static bool cpu_useFMA(void)
{
	if (rt_cpu_cpuid(0, 0).eax < 1)
		return false;
	uint32_t ecx1 = rt_cpu_cpuid(1, 0).ecx;
	bool osxsave = ecx1 & (1u << 27), avxos = false;
	if (osxsave) {
		uint32_t xcr0 = rt_cpu_xgetbv().eax;
		avxos = (xcr0 & 2) && (xcr0 & 4);
	}
	bool hasFMA = (ecx1 & (1u << 12)) && osxsave;
	bool hasAVX = (ecx1 & (1u << 28)) && avxos;
	return hasAVX && hasFMA;
}

static bool useFMA(void)
{
	static int cached = -1;
	if (&rt_math_useFMA != NULL)
		return rt_math_useFMA == 1;   /* CMPB ·useFMA(SB), $1 */
	if (cached < 0)
		cached = cpu_useFMA();
	return cached;
}

double rt_math_archExp(double x)
{
	static const double
		LOG2E = 0x1.71547652b82fep+0,       /* 1.4426950408889634073599246810018920 */
		LN2U = 0x1.62e42fefa3p-1,           /* 0.69314718055966295651160180568695068359375 */
		LN2L = 0x1.3de6af278ece6p-42,       /* 0.28235290563031577122588448175013436025525412068e-12 */
		Overflow = 0x1.62e42fefa39efp+9,    /* 7.09782712893384e+02 */
		C24 = 0x1.5555555555555p-3,         /* 1.6666666666666666667e-1 */
		C32 = 0x1.5555555555555p-5,         /* 4.1666666666666666667e-2 */
		C40 = 0x1.1111111111111p-7,         /* 8.3333333333333333333e-3 */
		C48 = 0x1.6c16c16c16c17p-10,        /* 1.3888888888888888889e-3 */
		C56 = 0x1.a01a01a01a01ap-13,        /* 1.9841269841269841270e-4 */
		C64 = 0x1.a01a01a01a01ap-16;        /* 2.4801587301587301587e-5 */
	uint64_t bx = bits(x);
	if ((bx & ~SIGN) >= POSINF) {   /* not finite */
		if (bx == NEGINF)
			return 0.0;
		return x;                   /* NaN or +Inf */
	}
	if (x > Overflow)
		return frombits(POSINF);
	double t = LOG2E * x;
	int32_t k = _mm_cvtsd_si32(_mm_set_sd(t));   /* CVTSD2SL: nearest, 0x80000000 if out of range */
	double fk = (double)k;
	double y, p;
	if (useFMA()) {
		y = fma(-fk, LN2U, x);      /* VFNMADD231SD */
		y = fma(-fk, LN2L, y);
		y = y * 0.0625;
		p = fma(C64, y, C56);       /* VFMADD213SD */
		p = fma(p, y, C48);
		p = fma(p, y, C40);
		p = fma(p, y, C32);
		p = fma(p, y, C24);
		p = fma(p, y, 0.5);
		p = fma(p, y, 1.0);
		y = y * p;
		for (int i = 0; i < 3; i++) {
			p = y + 2.0;
			y = y * p;
		}
		p = y + 2.0;
		y = fma(p, y, 1.0);
	} else {
		double d = LN2U * fk;
		y = x - d;
		d = LN2L * fk;
		y = y - d;
		y = y * 0.0625;
		p = C64 * y;
		p = p + C56;
		p = p * y;
		p = p + C48;
		p = p * y;
		p = p + C40;
		p = p * y;
		p = p + C32;
		p = p * y;
		p = p + C24;
		p = p * y;
		p = p + 0.5;
		p = p * y;
		p = p + 1.0;
		y = y * p;
		for (int i = 0; i < 4; i++) {
			p = 2.0 + y;
			y = y * p;
		}
		y = y + 1.0;
	}
	/* return fr * 2**exponent */
	int64_t e = (int64_t)k + 0x3FF;   /* ADDL $0x3FF: no 32-bit overflow, k >= -2^31 */
	if (e <= 0) {
		if (e < -52)
			return 0.0;
		y = y * frombits((uint64_t)(e + 0x3FE) << 52);
		e = 1;
	} else if (e >= 0x7FF) {
		return frombits(POSINF);
	}
	return y * frombits((uint64_t)e << 52);
}
