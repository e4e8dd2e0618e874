/*
 * strings.c - package strings: Builder and the functions mini-Go programs use.
 *
 * Results share the input's bytes whenever Go's do (substrings from Split,
 * Fields and TrimSpace, the input itself from ToUpper when nothing changes),
 * and allocate where Go allocates, with the same sizes: a Builder grows by
 * append (growslice, so its capacity follows Go's size classes) and by
 * Grow's 2*cap+n, Repeat and Join size their Builder exactly, and the
 * slices from Split and Fields have cap == len.  Those sizes show up in
 * GODEBUG=gctrace and MemStats, which is why the algorithms follow Go's
 * rather than being merely equivalent.
 *
 * strings.Builder keeps Go's layout and its copy check: the first write
 * records the Builder's own address, and a write through a copy of a
 * non-empty Builder panics, since the copy would share (and then clobber)
 * the original's bytes.
 *
 * "Space" is unicode.IsSpace and case mapping is unicode.ToUpper/ToLower
 * (utf8.c); invalid UTF-8 is never space and maps to U+FFFD once ToUpper or
 * ToLower has anything to change, as strings.Map does.
 */
#include <string.h>

#include "runtime/runtime.h"

static const uint8_t emptybyte;
#define EMPTY ((GoString){ &emptybyte, 0 })

/* ---- Builder ---- */

static void copyCheck(GoBuilder *b)
{
	if (b->addr == NULL)
		b->addr = b;
	else if (b->addr != b)
		rt_panicplain("strings: illegal use of non-zero Builder copied by value");
}

static void grow(GoBuilder *b, intptr_t n)
{
	intptr_t cap = 2 * b->buf.cap + n;
	uint8_t *p = rt_makeslice(&rt_type_uint8, b->buf.len, cap);

	if (b->buf.len > 0)
		memcpy(p, b->buf.ptr, (size_t)b->buf.len);
	b->buf = (GoSlice){ p, b->buf.len, cap };
}

/* Out of line, so that the common case below stays small enough to inline and to need no frame. */
__attribute__((noinline)) static void appendGrow(GoBuilder *b, const void *p, intptr_t n)
{
	intptr_t newlen = b->buf.len + n;

	b->buf = rt_growslice(&rt_type_uint8, b->buf, newlen);
	memmove((uint8_t *)b->buf.ptr + b->buf.len, p, (size_t)n);
	b->buf.len = newlen;
}

static inline void append(GoBuilder *b, const void *p, intptr_t n)
{
	intptr_t newlen = b->buf.len + n;

	if (__builtin_expect(newlen > b->buf.cap, 0)) {
		appendGrow(b, p, n);
		return;
	}
	rt_copyBytes((uint8_t *)b->buf.ptr + b->buf.len, p, (uintptr_t)n);
	b->buf.len = newlen;
}

GoString rt_strings_Builder_String(GoBuilder *b)
{
	return (GoString){ b->buf.ptr, b->buf.len };
}

intptr_t rt_strings_Builder_Len(GoBuilder *b)
{
	return b->buf.len;
}

intptr_t rt_strings_Builder_Cap(GoBuilder *b)
{
	return b->buf.cap;
}

void rt_strings_Builder_Reset(GoBuilder *b)
{
	b->addr = NULL;
	b->buf = (GoSlice){ NULL, 0, 0 };
}

void rt_strings_Builder_Grow(GoBuilder *b, intptr_t n)
{
	copyCheck(b);
	if (n < 0)
		rt_panicplain("strings.Builder.Grow: negative count");
	if (b->buf.cap - b->buf.len < n)
		grow(b, n);
}

GoIntError rt_strings_Builder_Write(GoBuilder *b, GoSlice p)
{
	copyCheck(b);
	append(b, p.ptr, p.len);
	return (GoIntError){ p.len, { NULL, NULL } };
}

GoIface rt_strings_Builder_WriteByte(GoBuilder *b, uint8_t c)
{
	copyCheck(b);
	if (__builtin_expect(b->buf.len < b->buf.cap, 1))
		((uint8_t *)b->buf.ptr)[b->buf.len++] = c;
	else
		appendGrow(b, &c, 1);
	return (GoIface){ NULL, NULL };
}

GoIntError rt_strings_Builder_WriteRune(GoBuilder *b, int32_t r)
{
	intptr_t n;

	copyCheck(b);
	if ((uint32_t)r < 0x80) {
		uint8_t c = (uint8_t)r;
		append(b, &c, 1);
		return (GoIntError){ 1, { NULL, NULL } };
	}
	if (b->buf.cap - b->buf.len < 4)
		grow(b, 4);
	n = rt_encoderune((uint8_t *)b->buf.ptr + b->buf.len, r);
	b->buf.len += n;
	return (GoIntError){ n, { NULL, NULL } };
}

GoIntError rt_strings_Builder_WriteString(GoBuilder *b, GoString s)
{
	copyCheck(b);
	append(b, s.ptr, s.len);
	return (GoIntError){ s.len, { NULL, NULL } };
}

/* ---- searching ---- */

intptr_t rt_strings_Index(GoString s, GoString substr)
{
	const uint8_t *p;

	if (substr.len == 0)
		return 0;
	if (substr.len > s.len)
		return -1;
	p = memmem(s.ptr, (size_t)s.len, substr.ptr, (size_t)substr.len);
	return p ? p - s.ptr : -1;
}

bool rt_strings_Contains(GoString s, GoString substr)
{
	return rt_strings_Index(s, substr) >= 0;
}

bool rt_strings_HasPrefix(GoString s, GoString prefix)
{
	return s.len >= prefix.len && memcmp(s.ptr, prefix.ptr, (size_t)prefix.len) == 0;
}

bool rt_strings_HasSuffix(GoString s, GoString suffix)
{
	return s.len >= suffix.len && memcmp(s.ptr + s.len - suffix.len, suffix.ptr, (size_t)suffix.len) == 0;
}

/* Non-overlapping occurrences of sep (runes + 1 for an empty sep). */
static intptr_t count(GoString s, GoString sep)
{
	intptr_t n = 0, i;

	if (sep.len == 0)
		return rt_runecount(s.ptr, s.len) + 1;
	while ((i = rt_strings_Index(s, sep)) >= 0) {
		n++;
		s.ptr += i + sep.len;
		s.len -= i + sep.len;
	}
	return n;
}

static GoString *makestrings(intptr_t n)
{
	return rt_makeslice(&rt_type_string, n, n);
}

GoSlice rt_strings_Split(GoString s, GoString sep)
{
	intptr_t n, i = 0, m;
	GoString *a;

	if (sep.len == 0) {
		/* explode into UTF-8 sequences, one invalid byte each */
		intptr_t w;
		n = rt_runecount(s.ptr, s.len);
		a = makestrings(n);
		for (i = 0; i < n - 1; i++) {
			if (rt_decoderune1(s.ptr, s.len, &w) == RT_RUNE_ERROR)
				a[i] = (GoString){ (const uint8_t *)"\xef\xbf\xbd", 3 };   /* Go: string(utf8.RuneError) */
			else
				a[i] = (GoString){ s.ptr, w };
			s.ptr += w;
			s.len -= w;
		}
		if (n > 0)
			a[n - 1] = s;
		return (GoSlice){ a, n, n };
	}
	n = count(s, sep) + 1;
	if (n > s.len + 1)
		n = s.len + 1;
	a = makestrings(n);
	while (i < n - 1 && (m = rt_strings_Index(s, sep)) >= 0) {
		a[i++] = (GoString){ s.ptr, m };
		s.ptr += m + sep.len;
		s.len -= m + sep.len;
	}
	/* an empty last piece must not point one past the end of s's bytes
	 * (a pointer into the next object): gc's slicing keeps the pointer
	 * of an empty result where it was */
	a[i] = s.len ? s : EMPTY;
	return (GoSlice){ a, i + 1, n };
}

GoString rt_strings_Join(GoSlice elems, GoString sep)
{
	const GoString *e = elems.ptr;
	intptr_t n;
	uint8_t *b;
	GoString s;

	if (elems.len == 0)
		return EMPTY;
	if (elems.len == 1)
		return e[0];
	n = sep.len * (elems.len - 1);
	for (intptr_t i = 0; i < elems.len; i++)
		n += e[i].len;
	/* Go's Builder.Grow(n): a byte slice of exactly n */
	b = rt_makeslice(&rt_type_uint8, n, n);
	s = (GoString){ b, n };
	memcpy(b, e[0].ptr, (size_t)e[0].len);
	b += e[0].len;
	for (intptr_t i = 1; i < elems.len; i++) {
		memcpy(b, sep.ptr, (size_t)sep.len);
		b += sep.len;
		memcpy(b, e[i].ptr, (size_t)e[i].len);
		b += e[i].len;
	}
	return s;
}

GoString rt_strings_Repeat(GoString s, intptr_t count)
{
	intptr_t n;
	uint8_t *b;

	if (count == 0)
		return EMPTY;
	if (count < 0)
		rt_panicplain("strings: negative Repeat count");
	if (__builtin_mul_overflow(s.len, count, &n))
		rt_panicplain("strings: Repeat count causes overflow");
	if (n == 0)
		return EMPTY;
	b = rt_makeslice(&rt_type_uint8, n, n);
	/* doubling copies, as Go's Builder loop does */
	memcpy(b, s.ptr, (size_t)s.len);
	for (intptr_t have = s.len; have < n; have *= 2)
		memcpy(b + have, b, (size_t)(have <= n / 2 ? have : n - have));
	return (GoString){ b, n };
}

/* ---- case and space ---- */

/* strings.Map with a case mapping: s itself when nothing changes. */
static GoString mapcase(GoString s, int32_t (*mapping)(int32_t))
{
	GoBuilder b = { 0 };
	intptr_t i, w;
	int32_t c, r;

	for (i = 0; i < s.len; i += w) {
		c = rt_decoderune1(s.ptr + i, s.len - i, &w);
		r = mapping(c);
		if (r == c && (c != RT_RUNE_ERROR || w != 1))
			continue;
		break;
	}
	if (i == s.len)
		return s;
	rt_strings_Builder_Grow(&b, s.len + 4);
	append(&b, s.ptr, i);
	for (; i < s.len; i += w) {
		c = rt_decoderune1(s.ptr + i, s.len - i, &w);
		r = mapping(c);
		if (r < 0x80) {
			uint8_t ch = (uint8_t)r;
			append(&b, &ch, 1);
		} else {
			rt_strings_Builder_WriteRune(&b, r);
		}
	}
	return rt_strings_Builder_String(&b);
}

static GoString asciicase(GoString s, uint8_t from, uint8_t to, int32_t (*mapping)(int32_t))
{
	bool has = false;
	uint8_t *b;
	GoString t;

	for (intptr_t i = 0; i < s.len; i++) {
		if (s.ptr[i] >= 0x80)
			return mapcase(s, mapping);
		has = has || (s.ptr[i] >= from && s.ptr[i] <= to);
	}
	if (!has)
		return s;
	t = rt_rawstring(s.len, &b);   /* Builder.Grow(len(s)) then byte writes: exactly len bytes */
	for (intptr_t i = 0; i < s.len; i++) {
		uint8_t c = s.ptr[i];
		b[i] = c >= from && c <= to ? c ^ 0x20 : c;
	}
	return t;
}

GoString rt_strings_ToUpper(GoString s)
{
	return asciicase(s, 'a', 'z', rt_toupper);
}

GoString rt_strings_ToLower(GoString s)
{
	return asciicase(s, 'A', 'Z', rt_tolower);
}

/* The rune at s[i], and its width. */
static int32_t runeat(GoString s, intptr_t i, intptr_t *w)
{
	if (s.ptr[i] < 0x80) {
		*w = 1;
		return s.ptr[i];
	}
	return rt_decoderune1(s.ptr + i, s.len - i, w);
}

/*
 * The ASCII spaces, by byte.  Text is nearly always ASCII, so Fields and
 * TrimSpace test bytes against this table and OR them together on the
 * way; only if some byte turns out to be >= 0x80 do they start over and
 * decode runes for unicode.IsSpace (Go's strings does the same).
 */
static const uint8_t asciiSpace[256] = { ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1 };

static GoString trimSpaceUnicode(GoString s, intptr_t start)
{
	intptr_t stop = 0, i, w;

	while (start < s.len && rt_isspace(runeat(s, start, &w)))
		start += w;
	for (i = start; i < s.len; i += w)
		if (!rt_isspace(runeat(s, i, &w)))
			stop = i + w;
	if (stop <= start)
		return EMPTY;
	return (GoString){ s.ptr + start, stop - start };
}

GoString rt_strings_TrimSpace(GoString s)
{
	intptr_t start = 0, stop = s.len;

	for (; start < s.len; start++) {
		if (s.ptr[start] >= 0x80)
			return trimSpaceUnicode(s, start);
		if (!asciiSpace[s.ptr[start]])
			break;
	}
	for (; stop > start; stop--) {
		if (s.ptr[stop - 1] >= 0x80)
			return trimSpaceUnicode(s, start);
		if (!asciiSpace[s.ptr[stop - 1]])
			break;
	}
	if (stop <= start)
		return EMPTY;
	return (GoString){ s.ptr + start, stop - start };
}

static GoSlice fieldsUnicode(GoString s)
{
	intptr_t n = 0, i, w, k = 0;
	bool inField = false;
	GoString *a;

	for (i = 0; i < s.len; i += w) {
		bool sp = rt_isspace(runeat(s, i, &w));
		if (!sp && !inField)
			n++;
		inField = !sp;
	}
	a = makestrings(n);
	for (i = 0; i < s.len && k < n;) {
		intptr_t start;
		while (i < s.len && rt_isspace(runeat(s, i, &w)))
			i += w;
		start = i;
		while (i < s.len && !rt_isspace(runeat(s, i, &w)))
			i += w;
		if (i > start)
			a[k++] = (GoString){ s.ptr + start, i - start };
	}
	return (GoSlice){ a, n, n };
}

/*
 * Fields reads ASCII text eight bytes at a time.  spaceMask sets bit 7 of
 * each byte of w that is an ASCII space (' ', or '\t' to '\r'; bytes >=
 * 0x80 give garbage, but then the whole string goes to fieldsUnicode).
 * Shifting the mask by one byte lines each byte up with its predecessor, so
 * a field starts wherever "previous is space" and "this is not" meet.
 */
#define ONES UINT64_C(0x0101010101010101)
#define HIGH (ONES * 0x80)

static inline uint64_t spaceMask(uint64_t w)
{
	uint64_t t = w ^ (ONES * ' '), low = w & ~HIGH;
	uint64_t blank = ~(((t & ~HIGH) + ~HIGH) | t);      /* byte == ' ' (exact: no carries) */
	uint64_t ge9 = low + ONES * (0x80 - '\t'), ge14 = low + ONES * (0x80 - '\r' - 1);

	return (blank | (ge9 & ~ge14)) & HIGH;
}

static inline uint64_t load8(const uint8_t *p)
{
	uint64_t w;
	__builtin_memcpy(&w, p, 8);
	return w;
}

GoSlice rt_strings_Fields(GoString s)
{
	intptr_t n = 0, k = 0, i, start = 0;
	uint64_t seen = 0, wasSpace = 1;
	bool inField = false;
	GoString *a;

	for (i = 0; i + 8 <= s.len; i += 8) {
		uint64_t w = load8(s.ptr + i), sp = spaceMask(w);
		uint64_t starts = ((sp << 8) | wasSpace << 7) & ~sp & HIGH;
		seen |= w;
		n += (intptr_t)(((starts >> 7) * ONES) >> 56);  /* the bytes' flags summed in the top byte */
		wasSpace = sp >> 63;
	}
	for (; i < s.len; i++) {
		uint8_t c = s.ptr[i], sp = asciiSpace[c];
		seen |= c;
		n += (intptr_t)(wasSpace & (sp ^ 1u));
		wasSpace = sp;
	}
	if (seen & HIGH)
		return fieldsUnicode(s);

	a = makestrings(n);
	wasSpace = 1;
	for (i = 0; i + 8 <= s.len; i += 8) {
		uint64_t sp = spaceMask(load8(s.ptr + i));
		uint64_t edges = (((sp << 8) | wasSpace << 7) ^ sp) & HIGH;
		/* Edges alternate: a field's start, then its end. */
		for (; edges; edges &= edges - 1) {
			intptr_t at = i + (__builtin_ctzll(edges) >> 3);
			if (inField)
				a[k++] = (GoString){ s.ptr + start, at - start };
			else
				start = at;
			inField = !inField;
		}
		wasSpace = sp >> 63;
	}
	for (; i < s.len; i++) {
		bool sp = asciiSpace[s.ptr[i]];
		if (sp == inField) {
			if (inField)
				a[k++] = (GoString){ s.ptr + start, i - start };
			else
				start = i;
			inField = !inField;
		}
	}
	if (inField)
		a[k++] = (GoString){ s.ptr + start, s.len - start };
	return (GoSlice){ a, n, n };
}
