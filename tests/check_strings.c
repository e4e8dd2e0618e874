/*
 * check_strings.c - strings, strconv and the runtime's string conversions
 * against Go 1.19.
 *
 * strings_cases.h comes from tests/gen/stringscases, a Go program that calls
 * each function on inputs chosen for their edges (invalid UTF-8, surrogates,
 * non-ASCII case mapping and space, overflow, bases and underscores) and
 * renders Go's results with fmt ("%q" for strings and []string, "%d %v" for
 * (value, error) pairs).  Here the same calls go to the runtime and their
 * results are rendered with minigo's fmt the same way, which check_fmt holds
 * to Go separately.  The rest checks what a rendering cannot show: sharing,
 * capacities, the 32-byte stack buffers, Builder, and panics.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/rttypes.h"
#include "tests/strings_cases.h"

static GoType *tStrings, *tRunes;

static void types(void)
{
	if (tStrings == NULL) {
		tStrings = sliceof(&rt_type_string, "[]string");
		tRunes = sliceof(&rt_type_int32, "[]int32");
	}
}

static GoString render(const char *format, int n, ...)
{
	va_list ap;
	GoSlice a;

	va_start(ap, n);
	a = efaces(n, ap);
	va_end(ap);
	return rt_fmt_Sprintf(gs(format), a);
}

static GoEface errval(GoIface e)
{
	return (GoEface){ e.tab ? e.tab->type : NULL, e.data };
}

static GoEface strval(GoString s)
{
	return box(&rt_type_string, &s);
}

static GoString run(int i)
{
	GoString a = gsn(strcases[i].a, strcases[i].alen), b = gsn(strcases[i].b, strcases[i].blen);
	const char *fn = strcases[i].fn;
	int64_t x = strcases[i].i, y = strcases[i].j;

	types();
#define IS(s) (strcmp(fn, s) == 0)
	if (IS("ToUpper"))
		return render("%q", 1, strval(rt_strings_ToUpper(a)));
	if (IS("ToLower"))
		return render("%q", 1, strval(rt_strings_ToLower(a)));
	if (IS("TrimSpace"))
		return render("%q", 1, strval(rt_strings_TrimSpace(a)));
	if (IS("Fields")) {
		GoSlice s = rt_strings_Fields(a);
		return render("%q", 1, box(tStrings, &s));
	}
	if (IS("Quote"))
		return render("%q", 1, strval(rt_strconv_Quote(a)));
	if (IS("runes")) {
		GoSlice r = rt_stringtoslicerune(NULL, a);
		return render("%v", 1, box(tRunes, &r));
	}
	if (IS("runes2str")) {
		int32_t buf[32];
		GoSlice r = rt_stringtoslicerune(&buf, a);
		return render("%q", 1, strval(rt_slicerunetostring(NULL, r)));
	}
	if (IS("range")) {
		/* for i, r := range s, as generated code lowers it */
		rt_buf out = { 0 };
		for (intptr_t k = 0; k < a.len;) {
			int32_t r;
			intptr_t next;
			char tmp[32];
			if (a.ptr[k] < 0x80) {
				r = a.ptr[k];
				next = k + 1;
			} else {
				GoRunePos rp = rt_decoderune(a, k);
				r = rp.r;
				next = rp.pos;
			}
			rt_bufwrite(&out, tmp, snprintf(tmp, sizeof tmp, "%s%ld:%d", k ? " " : "", (long)k, r));
			k = next;
		}
		return rt_gostring(out.p, out.len);
	}
	if (IS("Split")) {
		GoSlice s = rt_strings_Split(a, b);
		return render("%q", 1, box(tStrings, &s));
	}
	if (IS("Index"))
		return render("%v", 1, I(rt_strings_Index(a, b)));
	if (IS("Contains"))
		return render("%v", 1, B(rt_strings_Contains(a, b)));
	if (IS("HasPrefix"))
		return render("%v", 1, B(rt_strings_HasPrefix(a, b)));
	if (IS("HasSuffix"))
		return render("%v", 1, B(rt_strings_HasSuffix(a, b)));
	if (IS("Join"))
		return render("%q", 1, strval(rt_strings_Join(rt_strings_Split(a, gs(",")), b)));
	if (IS("Repeat"))
		return render("%q", 1, strval(rt_strings_Repeat(a, x)));
	if (IS("intstring")) {
		uint8_t buf[4];
		return render("%q", 1, strval(rt_intstring(x == 'a' ? &buf : NULL, x)));
	}
	if (IS("Itoa"))
		return rt_strconv_Itoa(x);
	if (IS("FormatInt"))
		return rt_strconv_FormatInt(x, y);
	if (IS("Atoi")) {
		GoIntError r = rt_strconv_Atoi(a);
		return render("%d %v", 2, I(r.n), errval(r.err));
	}
	if (IS("ParseInt")) {
		GoInt64Error r = rt_strconv_ParseInt(a, x, y);
		return render("%d %v", 2, I64(r.v), errval(r.err));
	}
#undef IS
	ck_abort_msg("unknown case %s", fn);
	return a;
}

START_TEST(test_case)
{
	GoString got = run(_i);

	ck_assert_msg(gseq(got, strcases[_i].want, strcases[_i].wantlen), "%s(\"%s\", \"%s\", %ld, %ld): got %s, want %s",
	              strcases[_i].fn, strcases[_i].a, strcases[_i].b, (long)strcases[_i].i, (long)strcases[_i].j,
	              cstr(got), strcases[_i].want);
}
END_TEST

/* ---- conversions: sharing, buffers and capacities (go-runtime.md 4.4) ---- */

START_TEST(test_conversions)
{
	GoTmpBuf buf;
	GoString s, t, parts[3];
	GoSlice b;

	/* one-byte string(b) points into staticuint64s, allocation-free */
	s = rt_slicebytetostring(NULL, (const uint8_t *)"z", 1);
	ck_assert_ptr_eq(s.ptr, (const uint8_t *)&rt_staticuint64s['z']);
	/* results that fit use the caller's stack buffer */
	s = rt_slicebytetostring(&buf, (const uint8_t *)"hello", 5);
	ck_assert_ptr_eq(s.ptr, buf.b);
	ck_assert(gseq(s, "hello", 5));
	/* []byte(s): cap 32 from a stack buffer, the size class from the heap */
	b = rt_stringtoslicebyte(&buf, gs("hello"));
	ck_assert_int_eq(b.len, 5);
	ck_assert_int_eq(b.cap, 32);
	b = rt_stringtoslicebyte(NULL, gs("hello"));
	ck_assert_int_eq(b.cap, 8);
	b = rt_stringtoslicebyte(NULL, gs("0123456789012345678901234567890123456789"));
	ck_assert_int_eq(b.cap, 48);
	/* concatenation: a single non-empty operand is returned as is */
	t = gs("only");
	parts[0] = gs("");
	parts[1] = t;
	parts[2] = gs("");
	s = rt_concatstrings(NULL, (GoSlice){ parts, 3, 3 });
	ck_assert_ptr_eq(s.ptr, t.ptr);
	s = rt_concatstring3(&buf, gs("a"), gs("bc"), gs("d"));
	ck_assert_ptr_eq(s.ptr, buf.b);
	ck_assert(gseq(s, "abcd", 4));
	s = rt_concatstring2(NULL, gs("hello, "), gs("world"));
	ck_assert(gseq(s, "hello, world", 12));
	s = rt_concatstring5(NULL, gs("1"), gs("2"), gs("3"), gs("4"), gs("5"));
	ck_assert(gseq(s, "12345", 5));
	s = rt_concatstring4(NULL, gs(""), gs(""), gs(""), gs(""));
	ck_assert_int_eq(s.len, 0);
	/* []rune(s): 32-rune stack buffer, else size class / 4 */
	{
		int32_t rbuf[32];
		GoSlice r = rt_stringtoslicerune(&rbuf, gs("héllo"));
		ck_assert_int_eq(r.len, 5);
		ck_assert_int_eq(r.cap, 32);
		r = rt_stringtoslicerune(NULL, gs("héllo"));
		ck_assert_int_eq(r.cap, 6);   /* 20 bytes -> 24-byte class */
	}
	/* comparison */
	ck_assert_int_eq(rt_cmpstring(gs("a"), gs("b")), -1);
	ck_assert_int_eq(rt_cmpstring(gs("ab"), gs("a")), 1);
	ck_assert_int_eq(rt_cmpstring(gs(""), gs("")), 0);
	ck_assert_int_eq(rt_cmpstring(gs("\xff"), gs("a")), 1);
}
END_TEST

/* ---- Builder ---- */

START_TEST(test_builder)
{
	GoBuilder b = { 0 };
	GoIntError r;
	GoString s;

	r = rt_strings_Builder_WriteString(&b, gs("hello"));
	ck_assert_int_eq(r.n, 5);
	ck_assert_ptr_null(r.err.tab);
	ck_assert_int_eq(b.buf.cap, 8);   /* append from nil: growslice rounds to the class */
	ck_assert_ptr_null(rt_strings_Builder_WriteByte(&b, ',').tab);
	r = rt_strings_Builder_WriteRune(&b, 0x4e16);
	ck_assert_int_eq(r.n, 3);
	r = rt_strings_Builder_WriteRune(&b, -5);
	ck_assert_int_eq(r.n, 3);         /* invalid runes encode as U+FFFD */
	ck_assert_int_eq(rt_strings_Builder_Len(&b), 12);
	s = rt_strings_Builder_String(&b);
	ck_assert(gseq(s, "hello,\xe4\xb8\x96\xef\xbf\xbd", 12));
	rt_strings_Builder_Grow(&b, 100);
	ck_assert_int_ge(rt_strings_Builder_Cap(&b), 112);
	rt_strings_Builder_Reset(&b);
	ck_assert_int_eq(rt_strings_Builder_Len(&b), 0);
	s = rt_strings_Builder_String(&b);
	ck_assert_int_eq(s.len, 0);
	/* Go: var b strings.Builder; b.Grow(10); cap(b) == 10 */
	rt_strings_Builder_Grow(&b, 10);
	ck_assert_int_eq(rt_strings_Builder_Cap(&b), 10);
}
END_TEST

/*
 * Fields and TrimSpace read words at a time; a model that looks at one
 * character at a time (Go's definition: unicode.IsSpace) checks them on
 * random strings built from spaces, their neighbours in the byte order,
 * and three two-byte runes, two of them spaces (U+0085, U+00A0).
 */
static uint64_t rngState = 88172645463325252u;
static uint64_t rng(void)
{
	rngState ^= rngState << 13;
	rngState ^= rngState >> 7;
	rngState ^= rngState << 17;
	return rngState;
}

/* Width of the character at s[i] and whether it is a space, for the alphabet below. */
static int modelChar(const char *s, int i, bool *space)
{
	unsigned char c = (unsigned char)s[i];
	if (c == 0xc2 || c == 0xc3) {
		*space = c == 0xc2;
		return 2;
	}
	*space = c == ' ' || (c >= '\t' && c <= '\r');
	return 1;
}

static void randomText(char *buf, int *len, bool unicode)
{
	static const char *const alpha[] = { " ", "\t", "\n", "\v", "\f", "\r", "\b", "\x0e", "\x1f", "!", "\x7f", "a", "b", "\x00", "Z",
		"\xc2\x85", "\xc2\xa0", "\xc3\xa9" };
	int n = (int)(rng() % 80), k = unicode ? 18 : 15, l = 0;
	for (int i = 0; i < n; i++) {
		const char *c = alpha[rng() % (uint64_t)k];
		int w = c[0] == '\0' ? 1 : (int)strlen(c);
		memcpy(buf + l, c, (size_t)w);
		l += w;
	}
	*len = l;
}

START_TEST(test_fields_model)
{
	char buf[256];
	for (int iter = 0; iter < 40000; iter++) {
		int len, nf = 0, starts[160], ends[160], first = -1, last = -1;
		bool in = false, sp;
		randomText(buf, &len, iter % 4 == 3);
		for (int i = 0, w; i < len; i += w) {
			w = modelChar(buf, i, &sp);
			if (!sp && !in)
				starts[nf] = i;
			if (sp && in)
				ends[nf++] = i;
			if (!sp) {
				if (first < 0)
					first = i;
				last = i + w;
			}
			in = !sp;
		}
		if (in)
			ends[nf++] = len;
		GoString str = gsn(buf, len);
		GoSlice f = rt_strings_Fields(str);
		ck_assert_int_eq(f.len, nf);
		ck_assert_int_eq(f.cap, nf);
		for (int j = 0; j < nf; j++) {
			GoString w = ((GoString *)f.ptr)[j];
			if (w.ptr != str.ptr + starts[j] || w.len != ends[j] - starts[j])
				ck_abort_msg("Fields(%d bytes), field %d: at %d len %d, want at %d len %d", len, j,
					     (int)(w.ptr - str.ptr), (int)w.len, starts[j], ends[j] - starts[j]);
		}
		GoString t = rt_strings_TrimSpace(str);
		if (first < 0)
			ck_assert_int_eq(t.len, 0);
		else if (t.ptr != str.ptr + first || t.len != last - first)
			ck_abort_msg("TrimSpace(%d bytes): at %d len %d, want at %d len %d", len, (int)(t.ptr - str.ptr),
				     (int)t.len, first, last - first);
	}
}
END_TEST

/* Short copies and compares are done inline: every length, every differing position. */
START_TEST(test_short_bytes)
{
	GoBuilder b = { 0 };
	char want[4096], src[64];
	intptr_t n = 0;
	for (int i = 0; i < 64; i++)
		src[i] = (char)('A' + i % 50);
	for (int iter = 0; iter < 300; iter++) {
		int l = (int)(rng() % 41), o = (int)(rng() % 20);
		if (n + l > (intptr_t)sizeof want)
			break;
		rt_strings_Builder_WriteString(&b, gsn(src + o, l));
		memcpy(want + n, src + o, (size_t)l);
		n += l;
		ck_assert_int_eq(b.buf.len, n);
		ck_assert(memcmp(b.buf.ptr, want, (size_t)n) == 0);
	}
	for (int l = 0; l <= 40; l++) {
		char x[48], y[48];
		memcpy(x, src, (size_t)l);
		memcpy(y, src, (size_t)l);
		GoString gx = gsn(x, l), gy = gsn(y, l);
		ck_assert(rt_strequal(&gx, &gy));
		for (int d = 0; d < l; d++) {
			y[d] ^= 0x40;
			ck_assert(!rt_strequal(&gx, &gy));
			y[d] ^= 0x40;
		}
	}
}
END_TEST

/* ---- panics: first line of stderr and exit status 2, as Go ---- */

static void repeatNegative(void) { rt_strings_Repeat(gs("x"), -1); }
static void repeatOverflow(void) { rt_strings_Repeat(gs("xx"), INTPTR_MAX / 2 + 1); }
static void growNegative(void) { GoBuilder b = { 0 }; rt_strings_Builder_Grow(&b, -1); }
static void builderCopy(void)
{
	GoBuilder a = { 0 }, c;
	rt_strings_Builder_WriteString(&a, gs("x"));
	c = a;
	rt_strings_Builder_WriteString(&c, gs("y"));
}
static void badBase(void) { rt_strconv_FormatInt(5, 1); }

START_TEST(test_panics)
{
	/* texts from Go 1.19 programs doing the same */
	expectdeath(repeatNegative, "panic: strings: negative Repeat count");
	expectdeath(repeatOverflow, "panic: strings: Repeat count causes overflow");
	expectdeath(growNegative, "panic: strings.Builder.Grow: negative count");
	expectdeath(builderCopy, "panic: strings: illegal use of non-zero Builder copied by value");
	expectdeath(badBase, "panic: strconv: illegal AppendInt/FormatInt base");
}
END_TEST

static Suite *strings_suite(void)
{
	Suite *s = suite_create("strings");
	TCase *tc = tcase_create("go");

	tcase_add_loop_test(tc, test_case, 0, (int)(sizeof strcases / sizeof strcases[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("runtime");
	tcase_add_test(tc, test_conversions);
	tcase_add_test(tc, test_builder);
	tcase_add_test(tc, test_fields_model);
	tcase_add_test(tc, test_short_bytes);
	tcase_add_test(tc, test_panics);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(strings_suite());
	int failed;

	rt_setGCPercent(-1);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
