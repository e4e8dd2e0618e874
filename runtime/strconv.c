/*
 * strconv.c - integer conversions, quoting, and strconv's error type.
 *
 * The texts users see are the contract here: Atoi's errors read
 * `strconv.Atoi: parsing "x": invalid syntax` and `... value out of range`,
 * built by *strconv.NumError's Error method from the function name, the
 * input (quoted with Go's rules) and one of two sentinel errors, ErrSyntax
 * and ErrRange.  A parse that overflows still returns a value, clamped to
 * the type's range, next to the error, and programs print it.  Atoi has
 * Go's fast path for short inputs, which reports its errors under the
 * original input; longer ones go through ParseInt and are renamed, as Go
 * renames them.
 *
 * Quoting follows strconv.Quote: printable runes (strconv.IsPrint, from the
 * generated tables in utf8tab.h) stay, the usual C escapes are used where
 * Go uses them, other runes become \xHH, \uHHHH or \UHHHHHHHH, and a byte
 * that is not valid UTF-8 is shown as \xHH of the byte itself.  fmt's %q
 * and %+q share these functions.
 *
 * Itoa and FormatInt return the strings "0".."99" without allocating, like
 * Go's small-integer table.
 */
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

static const char lowerhex[] = "0123456789abcdef";
static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const char smallsString[] =
	"00010203040506070809"
	"10111213141516171819"
	"20212223242526272829"
	"30313233343536373839"
	"40414243444546474849"
	"50515253545556575859"
	"60616263646566676869"
	"70717273747576777879"
	"80818283848586878889"
	"90919293949596979899";

/* ---- sentinels and *strconv.NumError ---- */

static const uint8_t ptrbit[] = { 1 };

/* static errorString objects: the sentinels need no heap, and exist before main */
static const GoString errRangeText = { (const uint8_t *)"value out of range", 18 };
static const GoString errSyntaxText = { (const uint8_t *)"invalid syntax", 14 };
GoIface rt_strconv_ErrRange;
GoIface rt_strconv_ErrSyntax;

__attribute__((constructor)) static void strconvinit(void)
{
	const GoItab *tab = rt_getitab(&rt_type_error, rt_type_errorString_ptr, false);

	rt_strconv_ErrRange = (GoIface){ tab, (void *)&errRangeText };
	rt_strconv_ErrSyntax = (GoIface){ tab, (void *)&errSyntaxText };
}

typedef struct {
	GoString Func, Num;
	GoIface Err;
} NumError;

static const uint8_t numErrorBits[] = { 0x1d };   /* Func.ptr, Num.ptr, Err's two words */
static const GoStructField numErrorFields[] = {
	{ "Func", &rt_type_string, 0, false },
	{ "Num", &rt_type_string, 16, false },
	{ "Err", &rt_type_error.typ, 32, false },
};
static const GoStructType numErrorType = {
	.typ = { .size = 48, .ptrdata = 48, .hash = 0x9c2e4d61, .align = 8, .fieldAlign = 8,
		.tflag = TflagNamed, .kind = KindStruct, .gcdata = numErrorBits, .str = "strconv.NumError" },
	.pkgPath = "strconv", .fields = numErrorFields, .nfields = 3,
};

static GoString callError(GoIface e)
{
	GoString (*fn)(void *) = (GoString (*)(void *))e.tab->fun[0];

	return fn(e.data);
}

/* "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error() */
static GoString numError_Error(void *rcvr)
{
	const NumError *e = rcvr;
	GoString err = callError(e->Err), s;
	rt_buf b = { 0 };

	rt_bufputs(&b, "strconv.");
	rt_bufwrite(&b, e->Func.ptr, e->Func.len);
	rt_bufputs(&b, ": parsing ");
	rt_appendquote(&b, e->Num.ptr, e->Num.len, '"', false);
	rt_bufputs(&b, ": ");
	rt_bufwrite(&b, err.ptr, err.len);
	s = rt_gostring(b.p, b.len);
	rt_buffree(&b);
	return s;
}

static const GoMethod numErrorMethods[] = {
	{ "Error", &rt_type_func_string, (void (*)(void))numError_Error, (void (*)(void))numError_Error },
};
static const struct { GoPtrType t; GoUncommonType u; } numErrorPtrType = {
	.t = { .typ = { .size = 8, .ptrdata = 8, .hash = 0x4e61b2f9, .align = 8, .fieldAlign = 8,
		.tflag = TflagUncommon, .kind = KindPointer | KindDirectIface, .equal = rt_memequal64,
		.gcdata = ptrbit, .str = "*strconv.NumError" }, .elem = &numErrorType.typ },
	.u = { .pkgPath = "strconv", .mcount = 1, .xcount = 1, .methods = numErrorMethods },
};

static GoIface numError(const char *fn, GoString num, GoIface err)
{
	NumError *e = rt_newobject(&numErrorType.typ);

	e->Func = rt_cstring(fn);
	e->Num = rt_gostring(num.ptr, num.len);
	e->Err = err;
	return (GoIface){ rt_getitab(&rt_type_error, &numErrorPtrType.t.typ, false), e };
}

static GoIface numErrorf(const char *fn, GoString num, const char *what, intptr_t n)
{
	char tmp[64];
	int len = snprintf(tmp, sizeof tmp, "%s%ld", what, (long)n);

	return numError(fn, num, rt_newerror(rt_gostring(tmp, len)));
}

/* ---- formatting integers ---- */

static GoString formatBits(uint64_t u, int base, bool neg)
{
	char buf[65];
	int i = sizeof buf;

	if (base < 2 || base > 36)
		rt_panicplain("strconv: illegal AppendInt/FormatInt base");
	if (neg)
		u = -u;
	do {
		buf[--i] = digits36[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u != 0);
	if (neg)
		buf[--i] = '-';
	return rt_gostring(buf + i, (intptr_t)sizeof buf - i);
}

GoString rt_strconv_FormatInt(int64_t i, intptr_t base)
{
	if (i >= 0 && i < 100 && base == 10) {
		if (i < 10)
			return (GoString){ (const uint8_t *)smallsString + 2 * i + 1, 1 };
		return (GoString){ (const uint8_t *)smallsString + 2 * i, 2 };
	}
	return formatBits((uint64_t)i, (int)base, i < 0);
}

GoString rt_strconv_Itoa(intptr_t i)
{
	return rt_strconv_FormatInt(i, 10);
}

/* ---- parsing integers ---- */

static uint8_t lower(uint8_t c)
{
	return c | ('x' - 'X');
}

/* Underscores must separate digits (or follow a base prefix). */
static bool underscoreOK(const uint8_t *s, intptr_t n)
{
	char saw = '^';
	intptr_t i = 0;
	bool hex = false;

	if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
		s++;
		n--;
	}
	if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
		i = 2;
		saw = '0';
		hex = lower(s[1]) == 'x';
	}
	for (; i < n; i++) {
		if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
			saw = '0';
			continue;
		}
		if (s[i] == '_') {
			if (saw != '0')
				return false;
			saw = '_';
			continue;
		}
		if (saw == '_')
			return false;
		saw = '!';
	}
	return saw != '_';
}

typedef struct { uint64_t v; GoIface err; bool range; } parsed;

static parsed parseUint(const char *fn, GoString s, intptr_t base, intptr_t bitSize)
{
	const uint8_t *p = s.ptr;
	intptr_t n = s.len;
	bool base0 = base == 0, underscores = false;
	uint64_t cutoff, maxVal, v = 0;

	if (n == 0)
		return (parsed){ 0, numError(fn, s, rt_strconv_ErrSyntax), false };
	if (base == 0) {
		base = 10;
		if (p[0] == '0') {
			if (n >= 3 && lower(p[1]) == 'b')
				base = 2, p += 2, n -= 2;
			else if (n >= 3 && lower(p[1]) == 'o')
				base = 8, p += 2, n -= 2;
			else if (n >= 3 && lower(p[1]) == 'x')
				base = 16, p += 2, n -= 2;
			else
				base = 8, p += 1, n -= 1;
		}
	} else if (base < 2 || base > 36) {
		return (parsed){ 0, numErrorf(fn, s, "invalid base ", base), false };
	}
	if (bitSize == 0)
		bitSize = 64;
	else if (bitSize < 0 || bitSize > 64)
		return (parsed){ 0, numErrorf(fn, s, "invalid bit size ", bitSize), false };

	cutoff = UINT64_MAX / (uint64_t)base + 1;
	maxVal = bitSize == 64 ? UINT64_MAX : (UINT64_C(1) << bitSize) - 1;
	for (intptr_t i = 0; i < n; i++) {
		uint8_t c = p[i], d;
		uint64_t v1;
		if (c == '_' && base0) {
			underscores = true;
			continue;
		} else if (c >= '0' && c <= '9') {
			d = c - '0';
		} else if (lower(c) >= 'a' && lower(c) <= 'z') {
			d = lower(c) - 'a' + 10;
		} else {
			return (parsed){ 0, numError(fn, s, rt_strconv_ErrSyntax), false };
		}
		if (d >= base)
			return (parsed){ 0, numError(fn, s, rt_strconv_ErrSyntax), false };
		if (v >= cutoff)
			return (parsed){ maxVal, numError(fn, s, rt_strconv_ErrRange), true };
		v *= (uint64_t)base;
		v1 = v + d;
		if (v1 < v || v1 > maxVal)
			return (parsed){ maxVal, numError(fn, s, rt_strconv_ErrRange), true };
		v = v1;
	}
	if (underscores && !underscoreOK(s.ptr, s.len))
		return (parsed){ 0, numError(fn, s, rt_strconv_ErrSyntax), false };
	return (parsed){ v, { NULL, NULL }, false };
}

static GoInt64Error parseInt(const char *fn, GoString s, intptr_t base, intptr_t bitSize)
{
	GoString u = s;
	bool neg = false;
	uint64_t cutoff;
	parsed r;

	if (s.len == 0)
		return (GoInt64Error){ 0, numError(fn, s, rt_strconv_ErrSyntax) };
	if (s.ptr[0] == '+' || s.ptr[0] == '-') {
		neg = s.ptr[0] == '-';
		u.ptr++;
		u.len--;
	}
	r = parseUint(fn, u, base, bitSize);
	if (r.err.tab != NULL && !r.range) {
		((NumError *)r.err.data)->Num = rt_gostring(s.ptr, s.len);
		return (GoInt64Error){ 0, r.err };
	}
	if (bitSize == 0)
		bitSize = 64;
	cutoff = UINT64_C(1) << (bitSize - 1);
	if (!neg && r.v >= cutoff)
		return (GoInt64Error){ (int64_t)(cutoff - 1), numError(fn, s, rt_strconv_ErrRange) };
	if (neg && r.v > cutoff)
		return (GoInt64Error){ -(int64_t)(cutoff - 1) - 1, numError(fn, s, rt_strconv_ErrRange) };
	return (GoInt64Error){ neg ? (int64_t)-r.v : (int64_t)r.v, { NULL, NULL } };
}

GoInt64Error rt_strconv_ParseInt(GoString s, intptr_t base, intptr_t bitSize)
{
	return parseInt("ParseInt", s, base, bitSize);
}

/* ---- parsing floats ---- */

/* Does s[i..] start with word, ignoring case?  The length matched. */
static intptr_t prefixFold(const uint8_t *s, intptr_t n, const char *word)
{
	intptr_t k = 0;
	while (k < n && word[k] && lower(s[k]) == (uint8_t)word[k])
		k++;
	return k;
}

/*
 * Go's float syntax, whole string (strconv's special and readFloat):
 * an optional sign, then inf, infinity (signed) or nan (unsigned), or a
 * decimal or 0x mantissa with at least one digit, the hex one with a
 * mandatory p exponent, underscores only after a base prefix.
 */
static bool floatSyntax(const uint8_t *s, intptr_t n)
{
	intptr_t i = 0;
	bool sign = n > 0 && (s[0] == '+' || s[0] == '-');
	if (sign)
		i++;
	intptr_t k = prefixFold(s + i, n - i, "infinity");
	if (i + k == n && (k == 3 || k == 8))
		return true;
	if (!sign && n == 3 && prefixFold(s, n, "nan") == 3)
		return true;
	bool hex = i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x';
	if (hex)
		i += 2;
	bool digits = false, dot = false, underscores = false;
	for (; i < n; i++) {
		uint8_t c = s[i];
		if (c == '_')
			underscores = true;
		else if (c == '.' && !dot)
			dot = true;
		else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f'))
			digits = true;
		else
			break;
	}
	if (!digits)
		return false;
	if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= n || s[i] < '0' || s[i] > '9')
			return false;
		for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
			underscores |= s[i] == '_';
	} else if (hex) {
		return false;
	}
	return i == n && (!underscores || underscoreOK(s, n));
}

GoFloat64Error rt_strconv_ParseFloat(GoString s, intptr_t bitSize)
{
	if (!floatSyntax(s.ptr, s.len))
		return (GoFloat64Error){ 0, numError("ParseFloat", s, rt_strconv_ErrSyntax) };
	char *c = malloc((size_t)s.len + 1), *o = c;
	if (!c)
		rt_throw("runtime: out of memory");
	for (intptr_t i = 0; i < s.len; i++)
		if (s.ptr[i] != '_')
			*o++ = (char)s.ptr[i];
	*o = 0;
	/* glibc's strtod and strtof round correctly, as Go's atof does */
	double v = bitSize == 32 ? (double)strtof(c, NULL) : strtod(c, NULL);
	free(c);
	intptr_t sign = s.ptr[0] == '+' || s.ptr[0] == '-';
	bool inf = prefixFold(s.ptr + sign, s.len - sign, "inf") == 3;
	if (isinf(v) && !inf)
		return (GoFloat64Error){ v, numError("ParseFloat", s, rt_strconv_ErrRange) };
	return (GoFloat64Error){ v, { NULL, NULL } };
}

GoUint64Error rt_strconv_ParseUint(GoString s, intptr_t base, intptr_t bitSize)
{
	parsed r = parseUint("ParseUint", s, base, bitSize);
	return (GoUint64Error){ r.v, r.err };
}

GoIntError rt_strconv_Atoi(GoString s)
{
	GoInt64Error r;

	if (s.len > 0 && s.len < 19) {
		/* fast path: fits in int64 whatever the digits */
		const uint8_t *p = s.ptr;
		intptr_t n = s.len;
		int64_t v = 0;
		if (p[0] == '-' || p[0] == '+') {
			p++;
			n--;
			if (n < 1)
				return (GoIntError){ 0, numError("Atoi", s, rt_strconv_ErrSyntax) };
		}
		for (intptr_t i = 0; i < n; i++) {
			uint8_t d = p[i] - '0';
			if (d > 9)
				return (GoIntError){ 0, numError("Atoi", s, rt_strconv_ErrSyntax) };
			v = v * 10 + d;
		}
		return (GoIntError){ s.ptr[0] == '-' ? -v : v, { NULL, NULL } };
	}
	r = parseInt("Atoi", s, 10, 0);
	return (GoIntError){ (intptr_t)r.v, r.err };
}

/* ---- quoting ---- */

static void appendEscapedRune(rt_buf *b, int32_t r, uint8_t quote, bool asciiOnly)
{
	static const char esc[] = "\a\b\f\n\r\t\v", escc[] = "abfnrtv";
	const char *e;

	if (r == quote || r == '\\') {
		rt_bufputc(b, '\\');
		rt_bufputc(b, (uint8_t)r);
		return;
	}
	if (asciiOnly ? r < 0x80 && rt_isprint(r) : rt_isprint(r)) {
		uint8_t tmp[4];
		rt_bufwrite(b, tmp, rt_encoderune(tmp, r));
		return;
	}
	if (r > 0 && r < 0x80 && (e = strchr(esc, r)) != NULL) {
		rt_bufputc(b, '\\');
		rt_bufputc(b, (uint8_t)escc[e - esc]);
		return;
	}
	if (r < ' ' || r == 0x7f) {
		rt_bufputs(b, "\\x");
		rt_bufputc(b, (uint8_t)lowerhex[(uint8_t)r >> 4]);
		rt_bufputc(b, (uint8_t)lowerhex[r & 0xf]);
		return;
	}
	if (r > RT_MAX_RUNE || (r >= 0xd800 && r <= 0xdfff))
		r = RT_RUNE_ERROR;
	if (r < 0x10000) {
		rt_bufputs(b, "\\u");
		for (int s = 12; s >= 0; s -= 4)
			rt_bufputc(b, (uint8_t)lowerhex[(r >> s) & 0xf]);
		return;
	}
	rt_bufputs(b, "\\U");
	for (int s = 28; s >= 0; s -= 4)
		rt_bufputc(b, (uint8_t)lowerhex[(r >> s) & 0xf]);
}

void rt_appendquote(rt_buf *b, const uint8_t *s, intptr_t n, uint8_t quote, bool asciiOnly)
{
	intptr_t w;

	rt_bufputc(b, quote);
	for (intptr_t i = 0; i < n; i += w) {
		int32_t r = s[i];
		w = 1;
		if (r >= 0x80)
			r = rt_decoderune1(s + i, n - i, &w);
		if (w == 1 && r == RT_RUNE_ERROR) {
			rt_bufputs(b, "\\x");
			rt_bufputc(b, (uint8_t)lowerhex[s[i] >> 4]);
			rt_bufputc(b, (uint8_t)lowerhex[s[i] & 0xf]);
			continue;
		}
		appendEscapedRune(b, r, quote, asciiOnly);
	}
	rt_bufputc(b, quote);
}

void rt_appendquoterune(rt_buf *b, int32_t r, bool asciiOnly)
{
	if (r < 0 || r > RT_MAX_RUNE || (r >= 0xd800 && r <= 0xdfff))
		r = RT_RUNE_ERROR;
	rt_bufputc(b, '\'');
	appendEscapedRune(b, r, '\'', asciiOnly);
	rt_bufputc(b, '\'');
}

bool rt_canbackquote(const uint8_t *s, intptr_t n)
{
	intptr_t w;

	for (intptr_t i = 0; i < n; i += w) {
		int32_t r = rt_decoderune1(s + i, n - i, &w);
		if (w > 1) {
			if (r == 0xfeff)
				return false;
			continue;
		}
		if (r == RT_RUNE_ERROR)
			return false;
		if ((r < ' ' && r != '\t') || r == '`' || r == 0x7f)
			return false;
	}
	return true;
}

GoString rt_strconv_Quote(GoString s)
{
	rt_buf b = { 0 };
	GoString q;

	rt_appendquote(&b, s.ptr, s.len, '"', false);
	q = rt_gostring(b.p, b.len);
	rt_buffree(&b);
	return q;
}

GoString rt_strconv_FormatFloat(double f, uint8_t fmt, intptr_t prec, intptr_t bitSize)
{
	rt_buf b = { 0 };
	GoString s;

	if (bitSize != 32 && bitSize != 64)
		rt_panicplain("strconv: illegal AppendFloat/FormatFloat bitSize");
	rt_appendfloat(&b, f, (char)fmt, (int)prec, (int)bitSize);
	s = rt_gostring(b.p, b.len);
	rt_buffree(&b);
	return s;
}
