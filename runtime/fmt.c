/*
 * fmt.c - package fmt: Print, Println, Printf, their S forms, and Errorf.
 *
 * Go's fmt is a reflection client: it walks a value through reflect.Value,
 * dispatching on Kind, and the output users see is the sum of many small
 * decisions (which verbs a kind accepts, how %!v(...) reports a mismatch,
 * when an Error or String method takes over, why a nested pointer prints as
 * an address while a top-level one prints as &{...}).  minigo has no
 * reflect, but it has what reflect reads: the type descriptors of abi.h.  So
 * this file keeps fmt's structure and names (pp, printArg, printValue,
 * handleMethods, doPrintf, and the fmt flag set with pad, fmtInteger,
 * fmtFloat, ...) with a (type, pointer-to-value) pair where Go has a
 * reflect.Value, and makes the same decisions in the same order.  Reading
 * it beside fmt/print.go and fmt/format.go should need no translation.
 *
 * Two reflect properties matter and are carried explicitly.  "ro" is
 * reflect's read-only flag: a value reached through an unexported struct
 * field cannot be turned back into an interface, so fmt does not call its
 * Error or String method and prints its structure instead (a struct with an
 * unexported error field prints the error's address, as Go does).  "depth"
 * separates the argument itself from what is inside it.
 *
 * Methods come from the uncommon type's method table (abi.h): a value's
 * method set is that of its dynamic type, so a T inside a []T has T's
 * value methods and never *T's, with no special case needed.
 *
 * Output is built in a C-heap buffer (rt_buf) and leaves once: through
 * stdio's stdout for Print*, as one GC-allocated string for Sprint*.
 * Nothing here holds a GC pointer the collector cannot see: the buffer
 * holds bytes, and values are reached from the caller's arguments, which
 * live on the (conservatively scanned) stack.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

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
		rt_throw("out of memory in fmt");
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

static void bufputrune(rt_buf *b, int32_t r)
{
	uint8_t tmp[4];

	rt_bufwrite(b, tmp, rt_encoderune(tmp, r));
}

/* ---- the printer state (Go's pp and fmt) ---- */

enum { signed_ = true, unsigned_ = false };

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

/* A value: its type and where it is (Go's reflect.Value). t == NULL: none/nil. */
typedef struct {
	const GoType *t;
	const void *v;
} value;

typedef struct {
	rt_buf buf;
	/* fmt's flags */
	bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
	intptr_t wid, prec;
	/* the operand: arg as handed to printArg (hasArg), or the value being walked */
	bool hasArg;
	value arg, val;
	bool reordered, goodArgNum, erroring, wrapErrs;
	bool haveWrapped;
	GoIface wrappedErr;
} pp;

static void printArg(pp *p, value arg, int32_t verb);
static void printValue(pp *p, value v, int32_t verb, int depth, bool ro);

static void clearflags(pp *p)
{
	p->widPresent = p->precPresent = p->minus = p->plus = p->sharp = false;
	p->space = p->zero = p->plusV = p->sharpV = false;
	p->wid = p->prec = 0;
}

static int kindof(const GoType *t)
{
	return t->kind & KindMask;
}

/* ---- padding ---- */

static void writePadding(pp *p, intptr_t n)
{
	if (n <= 0)
		return;
	rt_bufgrow(&p->buf, n);
	memset(p->buf.p + p->buf.len, p->zero ? '0' : ' ', (size_t)n);
	p->buf.len += n;
}

static void pad(pp *p, const void *s, intptr_t n)
{
	intptr_t width;

	if (!p->widPresent || p->wid == 0) {
		rt_bufwrite(&p->buf, s, n);
		return;
	}
	width = p->wid - rt_runecount(s, n);
	if (!p->minus) {
		writePadding(p, width);
		rt_bufwrite(&p->buf, s, n);
	} else {
		rt_bufwrite(&p->buf, s, n);
		writePadding(p, width);
	}
}

static void padString(pp *p, const char *s)
{
	pad(p, s, (intptr_t)strlen(s));
}

/* ---- fmt's formatters ---- */

static void fmtBoolean(pp *p, bool v)
{
	padString(p, v ? "true" : "false");
}

static void fmtUnicode(pp *p, uint64_t u)
{
	char small[68], *buf = small;
	intptr_t prec = 4, n = sizeof small, i;
	bool oldZero;

	if (p->precPresent && p->prec > 4) {
		prec = p->prec;
		n = 2 + prec + 2 + 4 + 1;
		if (n > (intptr_t)sizeof small && (buf = malloc((size_t)n)) == NULL)
			rt_throw("out of memory in fmt");
		if (n < (intptr_t)sizeof small)
			n = sizeof small;
	}
	i = n;
	if (p->sharp && u <= RT_MAX_RUNE && rt_isprint((int32_t)u)) {
		uint8_t tmp[4];
		intptr_t w = rt_encoderune(tmp, (int32_t)u);
		buf[--i] = '\'';
		i -= w;
		memcpy(buf + i, tmp, (size_t)w);
		buf[--i] = '\'';
		buf[--i] = ' ';
	}
	while (u >= 16) {
		buf[--i] = udigits[u & 0xf];
		prec--;
		u >>= 4;
	}
	buf[--i] = udigits[u];
	prec--;
	while (prec > 0) {
		buf[--i] = '0';
		prec--;
	}
	buf[--i] = '+';
	buf[--i] = 'U';
	oldZero = p->zero;
	p->zero = false;
	pad(p, buf + i, n - i);
	p->zero = oldZero;
	if (buf != small)
		free(buf);
}

static void fmtInteger(pp *p, uint64_t u, int base, bool isSigned, int32_t verb, const char *digits)
{
	bool negative = isSigned && (int64_t)u < 0, oldZero;
	char small[68], *buf = small;
	intptr_t n = sizeof small, i, prec = 0;

	if (negative)
		u = -u;
	if (p->widPresent || p->precPresent) {
		intptr_t width = 3 + p->wid + p->prec;
		if (width > n) {
			if ((buf = malloc((size_t)width)) == NULL)
				rt_throw("out of memory in fmt");
			n = width;
		}
	}
	if (p->precPresent) {
		prec = p->prec;
		if (prec == 0 && u == 0) {
			oldZero = p->zero;
			p->zero = false;
			writePadding(p, p->wid);
			p->zero = oldZero;
			goto out;
		}
	} else if (p->zero && p->widPresent) {
		prec = p->wid;
		if (negative || p->plus || p->space)
			prec--;   /* leave room for the sign */
	}

	i = n;
	switch (base) {
	case 10:
		while (u >= 10) {
			buf[--i] = (char)('0' + u % 10);
			u /= 10;
		}
		break;
	case 16:
		while (u >= 16) {
			buf[--i] = digits[u & 0xf];
			u >>= 4;
		}
		break;
	case 8:
		while (u >= 8) {
			buf[--i] = (char)('0' + (u & 7));
			u >>= 3;
		}
		break;
	case 2:
		while (u >= 2) {
			buf[--i] = (char)('0' + (u & 1));
			u >>= 1;
		}
		break;
	}
	buf[--i] = digits[u];
	while (i > 0 && prec > n - i)
		buf[--i] = '0';

	if (p->sharp) {
		switch (base) {
		case 2:
			buf[--i] = 'b';
			buf[--i] = '0';
			break;
		case 8:
			if (buf[i] != '0')
				buf[--i] = '0';
			break;
		case 16:
			buf[--i] = digits[16];
			buf[--i] = '0';
			break;
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (negative)
		buf[--i] = '-';
	else if (p->plus)
		buf[--i] = '+';
	else if (p->space)
		buf[--i] = ' ';

	oldZero = p->zero;
	p->zero = false;
	pad(p, buf + i, n - i);
	p->zero = oldZero;
out:
	if (buf != small)
		free(buf);
}

/* s truncated to prec runes, when a precision is present. */
static intptr_t truncated(pp *p, const uint8_t *s, intptr_t n)
{
	if (p->precPresent) {
		intptr_t k = p->prec, w;
		for (intptr_t i = 0; i < n; i += w) {
			if (--k < 0)
				return i;
			if (s[i] < 0x80)
				w = 1;
			else
				rt_decoderune1(s + i, n - i, &w);
		}
	}
	return n;
}

static void fmtS(pp *p, const uint8_t *s, intptr_t n)
{
	pad(p, s, truncated(p, s, n));
}

static void fmtSbx(pp *p, const uint8_t *s, intptr_t length, const char *digits)
{
	intptr_t width;

	if (p->precPresent && p->prec < length)
		length = p->prec;
	width = 2 * length;
	if (width > 0) {
		if (p->space) {
			if (p->sharp)
				width *= 2;
			width += length - 1;
		} else if (p->sharp) {
			width += 2;
		}
	} else {
		if (p->widPresent)
			writePadding(p, p->wid);
		return;
	}
	if (p->widPresent && p->wid > width && !p->minus)
		writePadding(p, p->wid - width);
	if (p->sharp) {
		rt_bufputc(&p->buf, '0');
		rt_bufputc(&p->buf, (uint8_t)digits[16]);
	}
	for (intptr_t i = 0; i < length; i++) {
		if (p->space && i > 0) {
			rt_bufputc(&p->buf, ' ');
			if (p->sharp) {
				rt_bufputc(&p->buf, '0');
				rt_bufputc(&p->buf, (uint8_t)digits[16]);
			}
		}
		rt_bufputc(&p->buf, (uint8_t)digits[s[i] >> 4]);
		rt_bufputc(&p->buf, (uint8_t)digits[s[i] & 0xf]);
	}
	if (p->widPresent && p->wid > width && p->minus)
		writePadding(p, p->wid - width);
}

static void fmtQ(pp *p, const uint8_t *s, intptr_t n)
{
	rt_buf q = { 0 };

	n = truncated(p, s, n);
	if (p->sharp && rt_canbackquote(s, n)) {
		rt_bufputc(&q, '`');
		rt_bufwrite(&q, s, n);
		rt_bufputc(&q, '`');
	} else {
		rt_appendquote(&q, s, n, '"', p->plus);
	}
	pad(p, q.p, q.len);
	rt_buffree(&q);
}

static void fmtC(pp *p, uint64_t c)
{
	uint8_t tmp[4];
	int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;

	pad(p, tmp, rt_encoderune(tmp, r));
}

static void fmtQc(pp *p, uint64_t c)
{
	int32_t r = c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
	rt_buf q = { 0 };

	rt_appendquoterune(&q, r, p->plus);
	pad(p, q.p, q.len);
	rt_buffree(&q);
}

static void fmtFloatPrec(pp *p, double v, int size, int32_t verb, intptr_t prec)
{
	rt_buf nb = { 0 };
	uint8_t *num;
	intptr_t n;

	if (p->precPresent)
		prec = p->prec;
	/* a leading sign slot, then strconv's text */
	rt_bufputc(&nb, '+');
	rt_appendfloat(&nb, v, (char)verb, (int)prec, size);
	num = nb.p;
	n = nb.len;
	if (num[1] == '-' || num[1] == '+') {
		num++;
		n--;
	} else {
		num[0] = '+';
	}
	if (p->space && num[0] == '+' && !p->plus)
		num[0] = ' ';
	if (num[1] == 'I' || num[1] == 'N') {
		bool oldZero = p->zero;
		p->zero = false;
		if (num[1] == 'N' && !p->space && !p->plus) {
			num++;
			n--;
		}
		pad(p, num, n);
		p->zero = oldZero;
		goto out;
	}
	if (p->sharp && verb != 'b') {
		intptr_t digits = 0, i;
		char tail[8];
		intptr_t ntail = 0;
		bool hasDecimalPoint = false, sawNonzeroDigit = false;

		switch (verb) {
		case 'v': case 'g': case 'G': case 'x':
			digits = prec == -1 ? 6 : prec;
		}
		for (i = 1; i < n; i++) {
			switch (num[i]) {
			case '.':
				hasDecimalPoint = true;
				break;
			case 'p': case 'P':
				ntail = n - i;
				memcpy(tail, num + i, (size_t)ntail);
				n = i;
				break;
			case 'e': case 'E':
				if (verb != 'x' && verb != 'X') {
					ntail = n - i;
					memcpy(tail, num + i, (size_t)ntail);
					n = i;
					break;
				}
				/* fallthrough */
			default:
				if (num[i] != '0')
					sawNonzeroDigit = true;
				if (sawNonzeroDigit)
					digits--;
			}
		}
		/* rebuild num in nb with the decimal point and zeros Go adds */
		intptr_t off = num - nb.p;
		nb.len = off + n;
		if (!hasDecimalPoint) {
			if (n == 2 && num[1] == '0')
				digits--;
			rt_bufputc(&nb, '.');
		}
		for (; digits > 0; digits--)
			rt_bufputc(&nb, '0');
		rt_bufwrite(&nb, tail, ntail);
		num = nb.p + off;
		n = nb.len - off;
	}
	if (p->plus || num[0] != '+') {
		if (p->zero && p->widPresent && p->wid > n) {
			rt_bufputc(&p->buf, num[0]);
			writePadding(p, p->wid - n);
			rt_bufwrite(&p->buf, num + 1, n - 1);
			goto out;
		}
		pad(p, num, n);
		goto out;
	}
	pad(p, num + 1, n - 1);
out:
	rt_buffree(&nb);
}

/* ---- pp's per-kind printers ---- */

static void badVerb(pp *p, int32_t verb)
{
	p->erroring = true;
	rt_bufputs(&p->buf, "%!");
	bufputrune(&p->buf, verb);
	rt_bufputc(&p->buf, '(');
	if (p->hasArg && p->arg.t != NULL) {
		rt_bufputs(&p->buf, p->arg.t->str);
		rt_bufputc(&p->buf, '=');
		printArg(p, p->arg, 'v');
	} else if (!p->hasArg && p->val.t != NULL) {
		rt_bufputs(&p->buf, p->val.t->str);
		rt_bufputc(&p->buf, '=');
		printValue(p, p->val, 'v', 0, false);
	} else {
		rt_bufputs(&p->buf, "<nil>");
	}
	rt_bufputc(&p->buf, ')');
	p->erroring = false;
}

static void fmtBool(pp *p, bool v, int32_t verb)
{
	if (verb == 't' || verb == 'v')
		fmtBoolean(p, v);
	else
		badVerb(p, verb);
}

static void fmt0x64(pp *p, uint64_t v, bool leading0x)
{
	bool sharp = p->sharp;

	p->sharp = leading0x;
	fmtInteger(p, v, 16, unsigned_, 'v', ldigits);
	p->sharp = sharp;
}

static void ppInteger(pp *p, uint64_t v, bool isSigned, int32_t verb)
{
	switch (verb) {
	case 'v':
		if (p->sharpV && !isSigned)
			fmt0x64(p, v, true);
		else
			fmtInteger(p, v, 10, isSigned, verb, ldigits);
		break;
	case 'd': fmtInteger(p, v, 10, isSigned, verb, ldigits); break;
	case 'b': fmtInteger(p, v, 2, isSigned, verb, ldigits); break;
	case 'o': case 'O': fmtInteger(p, v, 8, isSigned, verb, ldigits); break;
	case 'x': fmtInteger(p, v, 16, isSigned, verb, ldigits); break;
	case 'X': fmtInteger(p, v, 16, isSigned, verb, udigits); break;
	case 'c': fmtC(p, v); break;
	case 'q': fmtQc(p, v); break;
	case 'U': fmtUnicode(p, v); break;
	default: badVerb(p, verb);
	}
}

static void ppFloat(pp *p, double v, int size, int32_t verb)
{
	switch (verb) {
	case 'v': fmtFloatPrec(p, v, size, 'g', -1); break;
	case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloatPrec(p, v, size, verb, -1); break;
	case 'f': case 'e': case 'E': fmtFloatPrec(p, v, size, verb, 6); break;
	case 'F': fmtFloatPrec(p, v, size, 'f', 6); break;
	default: badVerb(p, verb);
	}
}

static void ppComplex(pp *p, double re, double im, int size, int32_t verb)
{
	switch (verb) {
	case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
		bool oldPlus = p->plus;
		rt_bufputc(&p->buf, '(');
		ppFloat(p, re, size / 2, verb);
		p->plus = true;
		ppFloat(p, im, size / 2, verb);
		rt_bufputs(&p->buf, "i)");
		p->plus = oldPlus;
		break;
	}
	default:
		badVerb(p, verb);
	}
}

static void ppString(pp *p, const uint8_t *s, intptr_t n, int32_t verb)
{
	switch (verb) {
	case 'v':
		if (p->sharpV)
			fmtQ(p, s, n);
		else
			fmtS(p, s, n);
		break;
	case 's': fmtS(p, s, n); break;
	case 'x': fmtSbx(p, s, n, ldigits); break;
	case 'X': fmtSbx(p, s, n, udigits); break;
	case 'q': fmtQ(p, s, n); break;
	default: badVerb(p, verb);
	}
}

/* []byte and [N]byte for %s %q %x %X (and %v %d of a []byte at the top, which print alike) */
static void ppBytes(pp *p, const uint8_t *s, intptr_t n, int32_t verb)
{
	switch (verb) {
	case 's': fmtS(p, s, n); break;
	case 'x': fmtSbx(p, s, n, ldigits); break;
	case 'X': fmtSbx(p, s, n, udigits); break;
	case 'q': fmtQ(p, s, n); break;
	}
}

static uintptr_t pointerof(value v)
{
	uintptr_t u;

	switch (kindof(v.t)) {
	case KindFunc:
		/* a func value points at its closure, whose first word is the code */
		u = *(const uintptr_t *)v.v;
		return u ? *(const uintptr_t *)u : 0;
	default:   /* map, pointer, chan, unsafe.Pointer, slice: the first word */
		return *(const uintptr_t *)v.v;
	}
}

static void fmtPointer(pp *p, value v, int32_t verb)
{
	uintptr_t u;

	switch (kindof(v.t)) {
	case KindChan: case KindFunc: case KindMap: case KindPointer: case KindSlice: case KindUnsafePointer:
		u = pointerof(v);
		break;
	default:
		badVerb(p, verb);
		return;
	}
	switch (verb) {
	case 'v':
		if (p->sharpV) {
			rt_bufputc(&p->buf, '(');
			rt_bufputs(&p->buf, v.t->str);
			rt_bufputs(&p->buf, ")(");
			if (u == 0)
				rt_bufputs(&p->buf, "nil");
			else
				fmt0x64(p, u, true);
			rt_bufputc(&p->buf, ')');
		} else if (u == 0) {
			padString(p, "<nil>");
		} else {
			fmt0x64(p, u, !p->sharp);
		}
		break;
	case 'p':
		fmt0x64(p, u, !p->sharp);
		break;
	case 'b': case 'o': case 'd': case 'x': case 'X':
		ppInteger(p, u, unsigned_, verb);
		break;
	default:
		badVerb(p, verb);
	}
}

/* ---- methods: error, Stringer, GoStringer ---- */

const GoMethod *rt_errormethod(const GoType *t)
{
	return rt_findmethod(t, "Error", &rt_type_func_string.typ);
}

const GoMethod *rt_stringmethod(const GoType *t)
{
	return rt_findmethod(t, "String", &rt_type_func_string.typ);
}

GoString rt_callstring(const GoMethod *m, const GoType *t, const void *v)
{
	GoString (*fn)(void *) = (GoString (*)(void *))m->ifn;

	return fn(rt_ifaceword(t, v));
}

/* The formatted operand as an interface value (Go's p.arg); interfaces yield their dynamic value. */
static value dynamic(value v)
{
	if (v.t != NULL && kindof(v.t) == KindInterface) {
		const GoInterfaceType *it = (const GoInterfaceType *)v.t;
		const GoType *dt;
		void *data;
		if (it->nmethods == 0) {
			const GoEface *e = v.v;
			dt = e->type;
			data = e->data;
		} else {
			const GoIface *i = v.v;
			dt = i->tab ? i->tab->type : NULL;
			data = i->data;
		}
		if (dt == NULL)
			return (value){ NULL, NULL };
		/* direct-iface values live in the data word itself */
		return (value){ dt, dt->kind & KindDirectIface ? (const void *)&((const GoEface *)v.v)->data : data };
	}
	return v;
}

static bool handleMethods(pp *p, int32_t verb)
{
	const GoMethod *m;
	value a = p->arg;
	GoString s;

	if (p->erroring || a.t == NULL)
		return false;
	if (verb == 'w') {
		/* %w: only in Errorf, once, on an error */
		m = rt_errormethod(a.t);
		if (m == NULL || !p->wrapErrs || p->haveWrapped) {
			p->haveWrapped = false;
			p->wrapErrs = false;
			badVerb(p, verb);
			return true;
		}
		p->haveWrapped = true;
		p->wrappedErr = (GoIface){ rt_getitab(&rt_type_error, a.t, false), rt_ifaceword(a.t, a.v) };
		verb = 'v';
	}
	if (p->sharpV) {
		m = rt_findmethod(a.t, "GoString", &rt_type_func_string.typ);
		if (m != NULL) {
			s = rt_callstring(m, a.t, a.v);
			fmtS(p, s.ptr, s.len);   /* unadorned */
			return true;
		}
		return false;
	}
	switch (verb) {
	case 'v': case 's': case 'x': case 'X': case 'q':
		if ((m = rt_errormethod(a.t)) != NULL || (m = rt_stringmethod(a.t)) != NULL) {
			s = rt_callstring(m, a.t, a.v);
			ppString(p, s.ptr, s.len, verb);
			return true;
		}
	}
	return false;
}

/* ---- map key order (internal/fmtsort) ---- */

static int cmpnum(double a, double b)
{
	if (a < b)
		return -1;
	if (a > b)
		return 1;
	if (a == b)
		return 0;
	/* NaNs sort first */
	if (a != a && b == b)
		return -1;
	if (a == a && b != b)
		return 1;
	return 0;
}

static int compare(const GoType *t, const void *a, const void *b)
{
	switch (kindof(t)) {
	case KindInt: case KindInt64: {
		int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindInt32: {
		int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindInt16: {
		int16_t x = *(const int16_t *)a, y = *(const int16_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindInt8: {
		int8_t x = *(const int8_t *)a, y = *(const int8_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindUint: case KindUint64: case KindUintptr: case KindPointer: case KindChan: case KindUnsafePointer: {
		uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindUint32: {
		uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindUint16: {
		uint16_t x = *(const uint16_t *)a, y = *(const uint16_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindUint8: case KindBool: {
		uint8_t x = *(const uint8_t *)a, y = *(const uint8_t *)b;
		return x < y ? -1 : x > y;
	}
	case KindString: {
		const GoString *x = a, *y = b;
		return (int)rt_cmpstring(*x, *y);
	}
	case KindFloat32:
		return cmpnum(*(const float *)a, *(const float *)b);
	case KindFloat64:
		return cmpnum(*(const double *)a, *(const double *)b);
	case KindComplex64: {
		const float *x = a, *y = b;
		int c = cmpnum(x[0], y[0]);
		return c ? c : cmpnum(x[1], y[1]);
	}
	case KindComplex128: {
		const double *x = a, *y = b;
		int c = cmpnum(x[0], y[0]);
		return c ? c : cmpnum(x[1], y[1]);
	}
	case KindStruct: {
		const GoStructType *st = (const GoStructType *)t;
		for (intptr_t i = 0; i < st->nfields; i++) {
			const GoStructField *f = &st->fields[i];
			int c = compare(f->typ, (const char *)a + f->offset, (const char *)b + f->offset);
			if (c != 0)
				return c;
		}
		return 0;
	}
	case KindArray: {
		const GoArrayType *at = (const GoArrayType *)t;
		for (uintptr_t i = 0; i < at->len; i++) {
			int c = compare(at->elem, (const char *)a + i * at->elem->size,
			                (const char *)b + i * at->elem->size);
			if (c != 0)
				return c;
		}
		return 0;
	}
	case KindInterface: {
		value x = dynamic((value){ t, a }), y = dynamic((value){ t, b });
		if (x.t == NULL || y.t == NULL)
			return x.t == NULL && y.t == NULL ? 0 : x.t == NULL ? -1 : 1;
		if (x.t != y.t)
			return (uintptr_t)x.t < (uintptr_t)y.t ? -1 : 1;
		return compare(x.t, x.v, y.v);
	}
	default: {
		char msg[256];
		snprintf(msg, sizeof msg, "bad type in compare: %s", t->str);
		rt_panicplain(strdup(msg));
	}
	}
}

typedef struct { const void *k, *e; } kv;

/* Stable merge sort of n pairs by key (fmtsort uses sort.Stable). */
static void sortkeys(const GoType *kt, kv *a, kv *tmp, intptr_t n)
{
	intptr_t m = n / 2, i = 0, j = m, k = 0;

	if (n < 2)
		return;
	sortkeys(kt, a, tmp, m);
	sortkeys(kt, a + m, tmp, n - m);
	while (i < m && j < n)
		tmp[k++] = compare(kt, a[j].k, a[i].k) < 0 ? a[j++] : a[i++];
	while (i < m)
		tmp[k++] = a[i++];
	while (j < n)
		tmp[k++] = a[j++];
	memcpy(a, tmp, (size_t)n * sizeof *a);
}

/* ---- printValue: the reflection walk ---- */

static bool exported(const char *name)
{
	if (*name == '*')
		name++;
	if ((uint8_t)*name < 0x80)
		return *name >= 'A' && *name <= 'Z';
	{
		intptr_t w;
		int32_t r = rt_decoderune1((const uint8_t *)name, (intptr_t)strlen(name), &w);
		return rt_tolower(r) != r;   /* Unicode upper case (approximately unicode.IsUpper) */
	}
}

static int64_t loadint(const GoType *t, const void *v)
{
	switch (t->size) {
	case 1: return *(const int8_t *)v;
	case 2: return *(const int16_t *)v;
	case 4: return *(const int32_t *)v;
	default: return *(const int64_t *)v;
	}
}

static uint64_t loaduint(const GoType *t, const void *v)
{
	switch (t->size) {
	case 1: return *(const uint8_t *)v;
	case 2: return *(const uint16_t *)v;
	case 4: return *(const uint32_t *)v;
	default: return *(const uint64_t *)v;
	}
}

static void printMap(pp *p, value v, int32_t verb, int depth, bool ro)
{
	const GoMapType *mt = (const GoMapType *)v.t;
	GoHmap *h = *(GoHmap *const *)v.v;
	GoHiter it;
	intptr_t n = 0, cap = 0;
	kv *a = NULL, *tmp;

	if (p->sharpV) {
		rt_bufputs(&p->buf, v.t->str);
		if (h == NULL) {
			rt_bufputs(&p->buf, "(nil)");
			return;
		}
		rt_bufputc(&p->buf, '{');
	} else {
		rt_bufputs(&p->buf, "map[");
	}
	for (rt_mapiterinit(mt, h, &it); it.key != NULL; rt_mapiternext(&it)) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			if ((a = realloc(a, (size_t)cap * sizeof *a)) == NULL)
				rt_throw("out of memory in fmt");
		}
		a[n++] = (kv){ it.key, it.elem };
	}
	if (n > 1) {
		if ((tmp = malloc((size_t)n * sizeof *tmp)) == NULL)
			rt_throw("out of memory in fmt");
		sortkeys(mt->key, a, tmp, n);
		free(tmp);
	}
	for (intptr_t i = 0; i < n; i++) {
		if (i > 0) {
			if (p->sharpV)
				rt_bufputs(&p->buf, ", ");
			else
				rt_bufputc(&p->buf, ' ');
		}
		printValue(p, (value){ mt->key, a[i].k }, verb, depth + 1, ro);
		rt_bufputc(&p->buf, ':');
		printValue(p, (value){ mt->elem, a[i].e }, verb, depth + 1, ro);
	}
	free(a);
	rt_bufputc(&p->buf, p->sharpV ? '}' : ']');
}

static void printValue(pp *p, value v, int32_t verb, int depth, bool ro)
{
	/* methods of values inside the argument (the argument's own were tried by printArg) */
	if (depth > 0 && v.t != NULL && !ro) {
		p->hasArg = true;
		p->arg = dynamic(v);
		if (handleMethods(p, verb))
			return;
	}
	p->hasArg = false;
	p->arg = (value){ NULL, NULL };
	p->val = v;

	switch (kindof(v.t)) {
	case KindBool:
		fmtBool(p, *(const bool *)v.v, verb);
		break;
	case KindInt: case KindInt8: case KindInt16: case KindInt32: case KindInt64:
		ppInteger(p, (uint64_t)loadint(v.t, v.v), signed_, verb);
		break;
	case KindUint: case KindUint8: case KindUint16: case KindUint32: case KindUint64: case KindUintptr:
		ppInteger(p, loaduint(v.t, v.v), unsigned_, verb);
		break;
	case KindFloat32:
		ppFloat(p, *(const float *)v.v, 32, verb);
		break;
	case KindFloat64:
		ppFloat(p, *(const double *)v.v, 64, verb);
		break;
	case KindComplex64:
		ppComplex(p, ((const float *)v.v)[0], ((const float *)v.v)[1], 64, verb);
		break;
	case KindComplex128:
		ppComplex(p, ((const double *)v.v)[0], ((const double *)v.v)[1], 128, verb);
		break;
	case KindString: {
		const GoString *s = v.v;
		ppString(p, s->ptr, s->len, verb);
		break;
	}
	case KindMap:
		printMap(p, v, verb, depth, ro);
		break;
	case KindStruct: {
		const GoStructType *st = (const GoStructType *)v.t;
		if (p->sharpV)
			rt_bufputs(&p->buf, v.t->str);
		rt_bufputc(&p->buf, '{');
		for (intptr_t i = 0; i < st->nfields; i++) {
			const GoStructField *f = &st->fields[i];
			value fv = { f->typ, (const char *)v.v + f->offset };
			if (i > 0) {
				if (p->sharpV)
					rt_bufputs(&p->buf, ", ");
				else
					rt_bufputc(&p->buf, ' ');
			}
			if ((p->plusV || p->sharpV) && f->name[0] != '\0') {
				rt_bufputs(&p->buf, f->name[0] == '*' ? f->name + 1 : f->name);
				rt_bufputc(&p->buf, ':');
			}
			/* getField: a non-nil interface field is printed as its dynamic value */
			if (kindof(f->typ) == KindInterface && dynamic(fv).t != NULL)
				fv = dynamic(fv);
			printValue(p, fv, verb, depth + 1, ro || !exported(f->name));
		}
		rt_bufputc(&p->buf, '}');
		break;
	}
	case KindInterface: {
		value e = dynamic(v);
		if (e.t == NULL) {
			if (p->sharpV) {
				rt_bufputs(&p->buf, v.t->str);
				rt_bufputs(&p->buf, "(nil)");
			} else {
				rt_bufputs(&p->buf, "<nil>");
			}
		} else {
			printValue(p, e, verb, depth + 1, ro);
		}
		break;
	}
	case KindArray: case KindSlice: {
		const GoType *et;
		const uint8_t *base;
		intptr_t n;
		if (kindof(v.t) == KindArray) {
			et = ((const GoArrayType *)v.t)->elem;
			base = v.v;
			n = (intptr_t)((const GoArrayType *)v.t)->len;
		} else {
			const GoSlice *s = v.v;
			et = ((const GoSliceType *)v.t)->elem;
			base = s->ptr;
			n = s->len;
		}
		if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && kindof(et) == KindUint8) {
			ppBytes(p, base, n, verb);
			break;
		}
		if (p->sharpV) {
			rt_bufputs(&p->buf, v.t->str);
			if (kindof(v.t) == KindSlice && base == NULL) {
				rt_bufputs(&p->buf, "(nil)");
				break;
			}
			rt_bufputc(&p->buf, '{');
			for (intptr_t i = 0; i < n; i++) {
				if (i > 0)
					rt_bufputs(&p->buf, ", ");
				printValue(p, (value){ et, base + i * et->size }, verb, depth + 1, ro);
			}
			rt_bufputc(&p->buf, '}');
		} else {
			rt_bufputc(&p->buf, '[');
			for (intptr_t i = 0; i < n; i++) {
				if (i > 0)
					rt_bufputc(&p->buf, ' ');
				printValue(p, (value){ et, base + i * et->size }, verb, depth + 1, ro);
			}
			rt_bufputc(&p->buf, ']');
		}
		break;
	}
	case KindPointer: {
		/* a pointer to array, slice, struct or map prints its target at the top level only */
		const void *target = *(const void *const *)v.v;
		if (depth == 0 && target != NULL) {
			const GoType *et = ((const GoPtrType *)v.t)->elem;
			switch (kindof(et)) {
			case KindArray: case KindSlice: case KindStruct: case KindMap:
				rt_bufputc(&p->buf, '&');
				printValue(p, (value){ et, target }, verb, depth + 1, ro);
				return;
			}
		}
		fmtPointer(p, v, verb);
		break;
	}
	case KindChan: case KindFunc: case KindUnsafePointer:
		fmtPointer(p, v, verb);
		break;
	default:
		rt_bufputc(&p->buf, '?');
		rt_bufputs(&p->buf, v.t->str);
		rt_bufputc(&p->buf, '?');
	}
}

/*
 * An operand of type reflect.Value (lib/reflect's Value: {typ, ptr, flag})
 * prints as the value it holds, as Go's printArg does: its methods first
 * when it may be turned into an interface, the zero Value as
 * "<invalid reflect.Value>".  Nested Values are ordinary structs with a
 * String method.
 */
enum { RflagIndir = 1 << 7, RflagMethod = 1 << 9, RflagRO = 3 << 5 };

static void printReflectValue(pp *p, const void *rv, int32_t verb)
{
	const struct { const GoType *typ; void *ptr; uintptr_t flag; } *v = rv;
	if (v->flag == 0) {
		fmtS(p, (const uint8_t *)"<invalid reflect.Value>", 23);
		return;
	}
	value inner = { v->typ, v->flag & RflagIndir ? v->ptr : (const void *)&v->ptr };
	bool ro = (v->flag & RflagRO) != 0;
	if (!ro && !(v->flag & RflagMethod)) {
		p->arg = inner;
		if (handleMethods(p, verb))
			return;
	}
	printValue(p, inner, verb, 0, ro);
}

static void printArg(pp *p, value arg, int32_t verb)
{
	p->hasArg = true;
	p->arg = arg;
	p->val = (value){ NULL, NULL };

	if (arg.t == NULL) {
		if (verb == 'T' || verb == 'v')
			padString(p, "<nil>");
		else
			badVerb(p, verb);
		return;
	}
	switch (verb) {
	case 'T':
		fmtS(p, (const uint8_t *)arg.t->str, (intptr_t)strlen(arg.t->str));
		return;
	case 'p':
		fmtPointer(p, arg, 'p');
		return;
	}
	if (kindof(arg.t) == KindStruct && strcmp(arg.t->str, "reflect.Value") == 0) {
		printReflectValue(p, arg.v, verb);
		return;
	}
	/* fmtBytes: an unnamed []byte names itself "[]byte" under %#v, not "[]uint8" */
	if (verb == 'v' && p->sharpV && kindof(arg.t) == KindSlice && !(arg.t->tflag & TflagNamed) &&
	    ((const GoSliceType *)arg.t)->elem == &rt_type_uint8) {
		const GoSlice *s = arg.v;
		rt_bufputs(&p->buf, "[]byte");
		if (s->ptr == NULL) {
			rt_bufputs(&p->buf, "(nil)");
			return;
		}
		rt_bufputc(&p->buf, '{');
		for (intptr_t i = 0; i < s->len; i++) {
			if (i > 0)
				rt_bufputs(&p->buf, ", ");
			fmt0x64(p, ((const uint8_t *)s->ptr)[i], true);
		}
		rt_bufputc(&p->buf, '}');
		return;
	}
	if (!handleMethods(p, verb))
		printValue(p, arg, verb, 0, false);
}

/* The i'th operand of a ...interface{} slice. */
static value argat(GoSlice a, intptr_t i)
{
	GoEface *e = (GoEface *)a.ptr + i;

	if (e->type == NULL)
		return (value){ NULL, NULL };
	return (value){ e->type, e->type->kind & KindDirectIface ? (const void *)&e->data : e->data };
}

/* ---- doPrintf ---- */

static bool tooLarge(intptr_t x)
{
	return x > 1000000 || x < -1000000;
}

static intptr_t parsenum(const uint8_t *s, intptr_t start, intptr_t end, bool *isnum, intptr_t *newi)
{
	intptr_t num = 0, i;

	*isnum = false;
	if (start >= end) {
		*newi = end;
		return 0;
	}
	for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
		if (tooLarge(num)) {
			*isnum = false;
			*newi = end;
			return 0;
		}
		num = num * 10 + (s[i] - '0');
		*isnum = true;
	}
	*newi = i;
	return num;
}

static intptr_t intFromArg(GoSlice a, intptr_t *argNum, bool *isInt)
{
	intptr_t num = 0;

	*isInt = false;
	if (*argNum < a.len) {
		value v = argat(a, *argNum);
		if (v.t != NULL) {
			switch (kindof(v.t)) {
			case KindInt: case KindInt8: case KindInt16: case KindInt32: case KindInt64:
				num = (intptr_t)loadint(v.t, v.v);
				*isInt = true;
				break;
			case KindUint: case KindUint8: case KindUint16: case KindUint32: case KindUint64: case KindUintptr: {
				uint64_t u = loaduint(v.t, v.v);
				if ((int64_t)u >= 0) {
					num = (intptr_t)u;
					*isInt = true;
				}
				break;
			}
			}
		}
		(*argNum)++;
		if (tooLarge(num)) {
			num = 0;
			*isInt = false;
		}
	}
	return num;
}

/* %[n] argument indexes: on success the new argNum (0-based) and the index past ']'. */
static intptr_t argNumber(pp *p, intptr_t argNum, const uint8_t *format, intptr_t end, intptr_t i,
                          intptr_t numArgs, intptr_t *newi, bool *found)
{
	*found = false;
	*newi = i;
	if (end <= i || format[i] != '[')
		return argNum;
	p->reordered = true;
	/* parseArgNumber */
	if (end - i < 3) {
		*newi = i + 1;
		p->goodArgNum = false;
		return argNum;
	}
	for (intptr_t j = i + 1; j < end; j++) {
		if (format[j] == ']') {
			bool ok;
			intptr_t ni, width = parsenum(format, i + 1, j, &ok, &ni);
			if (!ok || ni != j) {
				*newi = j + 1;
				p->goodArgNum = false;
				return argNum;
			}
			*newi = j + 1;
			if (width - 1 >= 0 && width - 1 < numArgs) {
				*found = true;
				return width - 1;
			}
			p->goodArgNum = false;
			*found = true;   /* parsed fine, but out of range */
			return argNum;
		}
	}
	*newi = i + 1;
	p->goodArgNum = false;
	return argNum;
}

static void doPrintf(pp *p, GoString fs, GoSlice a)
{
	const uint8_t *format = fs.ptr;
	intptr_t end = fs.len, argNum = 0, i = 0;
	bool afterIndex = false;

	p->reordered = false;
	while (i < end) {
		intptr_t lasti = i, w;
		int32_t verb;

		p->goodArgNum = true;
		while (i < end && format[i] != '%')
			i++;
		if (i > lasti)
			rt_bufwrite(&p->buf, format + lasti, i - lasti);
		if (i >= end)
			break;
		i++;   /* skip % */

		clearflags(p);
		for (; i < end; i++) {
			uint8_t c = format[i];
			switch (c) {
			case '#': p->sharp = true; continue;
			case '0': p->zero = !p->minus; continue;   /* only pad with zeros on the left */
			case '+': p->plus = true; continue;
			case '-': p->minus = true; p->zero = false; continue;
			case ' ': p->space = true; continue;
			}
			/* fast path: a simple lower-case verb */
			if (c >= 'a' && c <= 'z' && argNum < a.len) {
				if (c == 'v') {
					p->sharpV = p->sharp;
					p->sharp = false;
					p->plusV = p->plus;
					p->plus = false;
				}
				printArg(p, argat(a, argNum), c);
				argNum++;
				i++;
				goto next;
			}
			break;
		}

		argNum = argNumber(p, argNum, format, end, i, a.len, &i, &afterIndex);

		if (i < end && format[i] == '*') {
			i++;
			p->wid = intFromArg(a, &argNum, &p->widPresent);
			if (!p->widPresent)
				rt_bufputs(&p->buf, "%!(BADWIDTH)");
			if (p->wid < 0) {
				p->wid = -p->wid;
				p->minus = true;
				p->zero = false;
			}
			afterIndex = false;
		} else {
			p->wid = parsenum(format, i, end, &p->widPresent, &i);
			if (afterIndex && p->widPresent)
				p->goodArgNum = false;
		}

		if (i + 1 < end && format[i] == '.') {
			i++;
			if (afterIndex)
				p->goodArgNum = false;
			argNum = argNumber(p, argNum, format, end, i, a.len, &i, &afterIndex);
			if (i < end && format[i] == '*') {
				i++;
				p->prec = intFromArg(a, &argNum, &p->precPresent);
				if (p->prec < 0) {
					p->prec = 0;
					p->precPresent = false;
				}
				if (!p->precPresent)
					rt_bufputs(&p->buf, "%!(BADPREC)");
				afterIndex = false;
			} else {
				p->prec = parsenum(format, i, end, &p->precPresent, &i);
				if (!p->precPresent) {
					p->prec = 0;
					p->precPresent = true;
				}
			}
		}

		if (!afterIndex)
			argNum = argNumber(p, argNum, format, end, i, a.len, &i, &afterIndex);

		if (i >= end) {
			rt_bufputs(&p->buf, "%!(NOVERB)");
			break;
		}

		verb = format[i];
		w = 1;
		if (verb >= 0x80)
			verb = rt_decoderune1(format + i, end - i, &w);
		i += w;

		if (verb == '%') {
			rt_bufputc(&p->buf, '%');   /* absorbs no operand, ignores width and precision */
		} else if (!p->goodArgNum) {
			rt_bufputs(&p->buf, "%!");
			bufputrune(&p->buf, verb);
			rt_bufputs(&p->buf, "(BADINDEX)");
		} else if (argNum >= a.len) {
			rt_bufputs(&p->buf, "%!");
			bufputrune(&p->buf, verb);
			rt_bufputs(&p->buf, "(MISSING)");
		} else {
			if (verb == 'v') {
				p->sharpV = p->sharp;
				p->sharp = false;
				p->plusV = p->plus;
				p->plus = false;
			}
			printArg(p, argat(a, argNum), verb);
			argNum++;
		}
	next:;
	}

	if (!p->reordered && argNum < a.len) {
		clearflags(p);
		rt_bufputs(&p->buf, "%!(EXTRA ");
		for (intptr_t k = argNum; k < a.len; k++) {
			value v = argat(a, k);
			if (k > argNum)
				rt_bufputs(&p->buf, ", ");
			if (v.t == NULL) {
				rt_bufputs(&p->buf, "<nil>");
			} else {
				rt_bufputs(&p->buf, v.t->str);
				rt_bufputc(&p->buf, '=');
				printArg(p, v, 'v');
			}
		}
		rt_bufputc(&p->buf, ')');
	}
}

static void doPrint(pp *p, GoSlice a)
{
	bool prevString = false;

	for (intptr_t i = 0; i < a.len; i++) {
		value v = argat(a, i);
		bool isString = v.t != NULL && kindof(v.t) == KindString;
		if (i > 0 && !isString && !prevString)
			rt_bufputc(&p->buf, ' ');
		clearflags(p);
		printArg(p, v, 'v');
		prevString = isString;
	}
}

static void doPrintln(pp *p, GoSlice a)
{
	for (intptr_t i = 0; i < a.len; i++) {
		if (i > 0)
			rt_bufputc(&p->buf, ' ');
		clearflags(p);
		printArg(p, argat(a, i), 'v');
	}
	rt_bufputc(&p->buf, '\n');
}

/* ---- entry points ---- */

static GoIntError writeout(pp *p)
{
	intptr_t n = p->buf.len;

	if (n > 0)
		fwrite(p->buf.p, 1, (size_t)n, stdout);
	rt_buffree(&p->buf);
	return (GoIntError){ n, { NULL, NULL } };
}

/* Fprint*: one call of w.Write with everything formatted, as Go's fmt
 * makes.  io.Writer has one method, so it is the itab's first; methods
 * called through an itab take the data word first and the C ABI on the
 * Go signature (runtime/abi.h).  The buffer is freed when Write returns:
 * a Writer must not keep the slice (io.Writer's contract). */
_Noreturn void rt_panicmem(void) GO_NAME("runtime.panicmem");

static GoIntError writeto(GoIface w, pp *p)
{
	typedef GoIntError (*WriteFn)(void *rcvr, GoSlice b);
	if (!w.tab) {
		rt_buffree(&p->buf);
		rt_panicmem();
	}
	WriteFn write = (WriteFn)w.tab->fun[0];
	GoIntError r = write(w.data, (GoSlice){ p->buf.p, p->buf.len, p->buf.len });
	rt_buffree(&p->buf);
	return r;
}

static GoString tostring(pp *p)
{
	GoString s = rt_gostring(p->buf.p, p->buf.len);

	rt_buffree(&p->buf);
	return s;
}

GoIntError rt_fmt_Print(GoSlice a)
{
	pp p = { 0 };

	doPrint(&p, a);
	return writeout(&p);
}

GoIntError rt_fmt_Println(GoSlice a)
{
	pp p = { 0 };

	doPrintln(&p, a);
	return writeout(&p);
}

GoIntError rt_fmt_Printf(GoString format, GoSlice a)
{
	pp p = { 0 };

	doPrintf(&p, format, a);
	return writeout(&p);
}

GoIntError rt_fmt_Fprint(GoIface w, GoSlice a)
{
	pp p = { 0 };

	doPrint(&p, a);
	return writeto(w, &p);
}

GoIntError rt_fmt_Fprintln(GoIface w, GoSlice a)
{
	pp p = { 0 };

	doPrintln(&p, a);
	return writeto(w, &p);
}

GoIntError rt_fmt_Fprintf(GoIface w, GoString format, GoSlice a)
{
	pp p = { 0 };

	doPrintf(&p, format, a);
	return writeto(w, &p);
}

GoString rt_fmt_Sprint(GoSlice a)
{
	pp p = { 0 };

	doPrint(&p, a);
	return tostring(&p);
}

GoString rt_fmt_Sprintln(GoSlice a)
{
	pp p = { 0 };

	doPrintln(&p, a);
	return tostring(&p);
}

GoString rt_fmt_Sprintf(GoString format, GoSlice a)
{
	pp p = { 0 };

	doPrintf(&p, format, a);
	return tostring(&p);
}

/*
 * fmt.wrapError, what Errorf returns when the format has a valid %w:
 * struct { msg string; err error } behind a pointer, Error() returning msg.
 */
static const uint8_t wrapErrorBits[] = { 0xd };   /* words 0 (msg.ptr), 2 and 3 (err) */
static const GoStructField wrapErrorFields[] = {
	{ "msg", &rt_type_string, 0, false, NULL },
	{ "err", &rt_type_error.typ, 16, false, NULL },
};
/* *fmt.wrapError, declared ahead: it is wrapError's ptrToThis, as gc links them. */
struct ptrWithMethods { GoPtrType t; GoUncommonType u; };
static const struct ptrWithMethods wrapErrorPtrType;
static const GoStructType wrapErrorType = {
	.typ = { .size = 32, .ptrdata = 32, .hash = 0x54d39b50, .align = 8, .fieldAlign = 8,
		.tflag = TflagNamed, .kind = KindStruct, .gcdata = wrapErrorBits, .str = "fmt.wrapError",
		.ptrToThis = &wrapErrorPtrType.t.typ },
	.pkgPath = "fmt", .fields = wrapErrorFields, .nfields = 2,
};

static GoString wrapError_Error(void *rcvr)
{
	return *(const GoString *)rcvr;
}

static GoIface wrapError_Unwrap(void *rcvr)
{
	return ((const struct { GoString msg; GoIface err; } *)rcvr)->err;
}

static const uint8_t ptrbit[] = { 1 };
/* func() error: the type of Unwrap, as errors.Unwrap's interface names it */
static const GoType *const errorout[] = { &rt_type_error.typ };
static const GoFuncType funcErrorType = {
	.typ = { .size = 8, .ptrdata = 8, .hash = 0x143b0862, .align = 8, .fieldAlign = 8,
		.kind = KindFunc | KindDirectIface, .gcdata = ptrbit, .str = "func() error" },
	.out = (const GoType **)errorout, .outCount = 1,
};
static const GoMethod wrapErrorMethods[] = {
	{ "Error", &rt_type_func_string, (void (*)(void))wrapError_Error, (void (*)(void))wrapError_Error },
	{ "Unwrap", &funcErrorType, (void (*)(void))wrapError_Unwrap, (void (*)(void))wrapError_Unwrap },
};
static const struct ptrWithMethods wrapErrorPtrType = {
	.t = { .typ = { .size = 8, .ptrdata = 8, .hash = 0x2b665608, .align = 8, .fieldAlign = 8,
		.tflag = TflagUncommon, .kind = KindPointer | KindDirectIface, .equal = rt_memequal64,
		.gcdata = ptrbit, .str = "*fmt.wrapError" }, .elem = &wrapErrorType.typ },
	.u = { .pkgPath = "fmt", .mcount = 2, .xcount = 2, .methods = wrapErrorMethods },
};

GoIface rt_fmt_Errorf(GoString format, GoSlice a)
{
	pp p = { 0 };
	GoString s;

	p.wrapErrs = true;
	doPrintf(&p, format, a);
	s = tostring(&p);
	if (!p.haveWrapped)
		return rt_newerror(s);
	{
		struct { GoString msg; GoIface err; } *w = rt_newobject(&wrapErrorType.typ);
		const GoType *t = &wrapErrorPtrType.t.typ;
		w->msg = s;
		w->err = p.wrappedErr;
		return (GoIface){ rt_getitab(&rt_type_error, t, false), w };
	}
}
