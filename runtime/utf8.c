/*
 * utf8.c - UTF-8 and the few Unicode properties the bundled packages need.
 *
 * Go strings are byte sequences that are merely expected to hold UTF-8, and
 * every place that decodes them (for range, []rune(s), strconv.Quote,
 * strings.ToUpper, fmt's %q and %c) agrees on one rule: a byte that does
 * not start a valid, shortest-form encoding of a code point outside the
 * surrogate range decodes as U+FFFD with width 1, so decoding always makes
 * progress and never swallows the bytes that follow a bad one.  The decoder
 * here implements that rule once for all of them, with Go's accept ranges
 * for the second byte (E0 needs A0..BF, ED needs 80..9F, F0 needs 90..BF,
 * F4 needs 80..8F) rather than a decode-then-validate pass.
 *
 * The property tables (utf8tab.h) are generated from Go 1.19 itself by
 * scripts/gen_utf8tab.go, which asks strconv.IsPrint, unicode.ToUpper,
 * unicode.ToLower and unicode.IsSpace about every code point and writes the
 * answers as sorted ranges; lookups are binary searches.  That makes the
 * tables exactly Go's Unicode version (13.0) by construction.
 */
#include "runtime/runtime.h"

struct caserange { uint32_t lo, hi, stride; int32_t delta; };

#include "runtime/utf8tab.h"

#define countof(a) ((intptr_t)(sizeof(a) / sizeof((a)[0])))

intptr_t rt_encoderune(uint8_t *p, int32_t r)
{
	uint32_t c = (uint32_t)r;

	if (c <= 0x7f) {
		p[0] = (uint8_t)c;
		return 1;
	}
	if (c <= 0x7ff) {
		p[0] = (uint8_t)(0xc0 | c >> 6);
		p[1] = (uint8_t)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c > RT_MAX_RUNE || (c >= 0xd800 && c <= 0xdfff))
		c = RT_RUNE_ERROR;
	if (c <= 0xffff) {
		p[0] = (uint8_t)(0xe0 | c >> 12);
		p[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
		p[2] = (uint8_t)(0x80 | (c & 0x3f));
		return 3;
	}
	p[0] = (uint8_t)(0xf0 | c >> 18);
	p[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
	p[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
	p[3] = (uint8_t)(0x80 | (c & 0x3f));
	return 4;
}

intptr_t rt_runelen(int32_t r)
{
	uint8_t tmp[4];

	return rt_encoderune(tmp, r);
}

int32_t rt_decoderune1(const uint8_t *s, intptr_t n, intptr_t *width)
{
	uint8_t c0, c1, lo = 0x80, hi = 0xbf;
	intptr_t need;
	uint32_t r;

	if (n <= 0) {
		*width = 0;
		return RT_RUNE_ERROR;
	}
	c0 = s[0];
	if (c0 < 0x80) {
		*width = 1;
		return c0;
	}
	if (c0 >= 0xc2 && c0 <= 0xdf) {
		need = 2;
		r = c0 & 0x1f;
	} else if (c0 >= 0xe0 && c0 <= 0xef) {
		need = 3;
		r = c0 & 0x0f;
		if (c0 == 0xe0)
			lo = 0xa0;
		else if (c0 == 0xed)
			hi = 0x9f;
	} else if (c0 >= 0xf0 && c0 <= 0xf4) {
		need = 4;
		r = c0 & 0x07;
		if (c0 == 0xf0)
			lo = 0x90;
		else if (c0 == 0xf4)
			hi = 0x8f;
	} else {
		goto bad;
	}
	if (n < need)
		goto bad;
	c1 = s[1];
	if (c1 < lo || c1 > hi)
		goto bad;
	r = r << 6 | (c1 & 0x3f);
	for (intptr_t i = 2; i < need; i++) {
		if (s[i] < 0x80 || s[i] > 0xbf)
			goto bad;
		r = r << 6 | (s[i] & 0x3f);
	}
	*width = need;
	return (int32_t)r;
bad:
	*width = 1;
	return RT_RUNE_ERROR;
}

intptr_t rt_runecount(const uint8_t *s, intptr_t n)
{
	intptr_t count = 0, w;

	for (intptr_t i = 0; i < n; i += w) {
		if (s[i] < 0x80)
			w = 1;
		else
			rt_decoderune1(s + i, n - i, &w);
		count++;
	}
	return count;
}

bool rt_isprint(int32_t r)
{
	intptr_t lo = 0, hi = countof(isprint_ranges);

	if (r < 0)
		return false;
	while (lo < hi) {
		intptr_t m = lo + (hi - lo) / 2;
		if ((uint32_t)r < isprint_ranges[m][0])
			hi = m;
		else if ((uint32_t)r > isprint_ranges[m][1])
			lo = m + 1;
		else
			return true;
	}
	return false;
}

bool rt_isspace(int32_t r)
{
	/* Latin-1 first, as Go's unicode.IsSpace does: nearly every rune
	 * strings.Fields sees is ASCII, and the table scan cost wordfreq
	 * 59% of its instructions (callgrind). */
	if ((uint32_t)r <= 0xFF)
		return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
	for (intptr_t i = 0; i < countof(isspace_runes); i++)
		if ((uint32_t)r == isspace_runes[i])
			return true;
	return false;
}

static int32_t tocase(const struct caserange *t, intptr_t n, int32_t r)
{
	intptr_t lo = 0, hi = n;

	if (r < 0)
		return r;
	while (lo < hi) {
		intptr_t m = lo + (hi - lo) / 2;
		if ((uint32_t)r < t[m].lo)
			hi = m;
		else if ((uint32_t)r > t[m].hi)
			lo = m + 1;
		else
			return ((uint32_t)r - t[m].lo) % t[m].stride == 0 ? r + t[m].delta : r;
	}
	return r;
}

int32_t rt_toupper(int32_t r)
{
	if (r < 0x80)
		return r >= 'a' && r <= 'z' ? r - 32 : r;
	return tocase(toupper_ranges, countof(toupper_ranges), r);
}

int32_t rt_tolower(int32_t r)
{
	if (r < 0x80)
		return r >= 'A' && r <= 'Z' ? r + 32 : r;
	return tocase(tolower_ranges, countof(tolower_ranges), r);
}
