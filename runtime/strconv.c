/*
 * strconv.c - Go's quoting rules, for the runtime's messages.
 *
 * Packages strconv and fmt are compiled from Go's source; a panic's
 * message (defer.c) quotes as strconv.Quote does with these: printable runes
 * (strconv.IsPrint, from the generated tables in utf8tab.h) stay, the
 * usual C escapes are used where Go uses them, other runes become \xHH,
 * \uHHHH or \UHHHHHHHH, and a byte that is not valid UTF-8 is shown as
 * \xHH of the byte itself.
 */
#include <string.h>

#include "runtime/runtime.h"

static const char lowerhex[] = "0123456789abcdef";


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
