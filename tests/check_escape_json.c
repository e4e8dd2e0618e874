/*
 * check_escape_json.c - the escape pass's -json output (docs/escape-json.md).
 *
 * gc's own -json is a different format (LSP diagnostics in a directory,
 * without the non-escaping verdicts), so there is no reference output to
 * compare with; instead these checks pin the contract: every line is one
 * well-formed JSON object; the objects gc would print are exactly the -m
 * text lines, same order, same positions, same messages; the kinds, LSP
 * ranges (UTF-16, 0-based), result/level fields and minigo-only verdicts
 * are as documented; -m=2 attaches the explanations to their decisions.
 * Programs go through the real parser and checker from a temporary file
 * (the ranges are computed from the file's text).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "escape/escape.h"

/* the diagnostics of the compilation being tested (frontend/diag.c) */
static FeDiag *D;

static char out[1 << 16];

/* Compiles src and captures what the escape pass writes to stderr. */
static void run(const char *src, int mflag, bool json)
{
	char path[] = "/tmp/check-escape-json-XXXXXX.go";
	int sfd = mkstemps(path, 3);
	ck_assert_int_ge(sfd, 0);
	ck_assert_int_eq(write(sfd, src, strlen(src)), (ssize_t)strlen(src));
	close(sfd);

	Arena *a = fe_arena_new();
	Comp comp = { .a = a, .path = path, .src = src, .len = strlen(src), .m = mflag, .json = json };
	fe_diag_free(D);
	D = fe_diag_new(path, json);
	comp.diag = D;
	Node *file = fe_parse(D, a, src, strlen(src));
	ck_assert_ptr_nonnull(file);
	ck_assert(fe_check(&comp, file));
	ck_assert_int_eq(fe_flush_errors(D), 0);

	char cpath[] = "/tmp/check-escape-json-out-XXXXXX";
	int fd = mkstemp(cpath);
	ck_assert_int_ge(fd, 0);
	fflush(stderr);
	int saved = dup(2);
	dup2(fd, 2);
	esc_analyze(&comp, ir_build(&comp, file));
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ssize_t r = read(fd, out, sizeof out - 1);
	out[r < 0 ? 0 : r] = 0;
	close(fd);
	unlink(cpath);
	unlink(path);
	/* Messages name the file as given; make them path-independent. */
	size_t pl = strlen(path);
	char *w = out;
	for (char *p = out; *p;) {
		if (strncmp(p, path, pl) == 0) {
			memcpy(w, "t.go", 4);
			w += 4;
			p += pl;
		} else {
			*w++ = *p++;
		}
	}
	*w = 0;
}

/* ---- a small JSON reader: enough to validate and pick fields ---- */

static const char *ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\r')
		p++;
	return p;
}

static const char *value(const char *p);

static const char *string(const char *p)
{
	if (*p != '"')
		return NULL;
	for (p++; *p && *p != '"'; p++) {
		if ((unsigned char)*p < 0x20)
			return NULL;
		if (*p == '\\') {
			p++;
			if (*p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (!strchr("0123456789abcdefABCDEF", p[i]) || !p[i])
						return NULL;
				p += 4;
			} else if (!strchr("\"\\/bfnrt", *p) || !*p) {
				return NULL;
			}
		}
	}
	return *p == '"' ? p + 1 : NULL;
}

static const char *number(const char *p)
{
	const char *s = p;
	if (*p == '-')
		p++;
	while (*p >= '0' && *p <= '9')
		p++;
	return p > s && p[-1] != '-' ? p : NULL;
}

static const char *compound(const char *p, char close, bool keys)
{
	p = ws(p + 1);
	if (*p == close)
		return p + 1;
	for (;;) {
		if (keys) {
			p = string(ws(p));
			if (!p)
				return NULL;
			p = ws(p);
			if (*p != ':')
				return NULL;
			p++;
		}
		p = value(ws(p));
		if (!p)
			return NULL;
		p = ws(p);
		if (*p == close)
			return p + 1;
		if (*p != ',')
			return NULL;
		p++;
	}
}

static const char *value(const char *p)
{
	p = ws(p);
	switch (*p) {
	case '{': return compound(p, '}', true);
	case '[': return compound(p, ']', false);
	case '"': return string(p);
	case 't': return strncmp(p, "true", 4) == 0 ? p + 4 : NULL;
	case 'f': return strncmp(p, "false", 5) == 0 ? p + 5 : NULL;
	case 'n': return strncmp(p, "null", 4) == 0 ? p + 4 : NULL;
	default: return number(p);
	}
}

/* The raw text of top-level key's value in the object line (no escapes
 * in the values we compare), or NULL. */
static char *field(const char *line, const char *key)
{
	static char buf[4096];
	const char *p = ws(line) + 1;
	while (*p && *p != '}') {
		const char *k = ws(p);
		const char *ke = string(k);
		const char *v = ws(ws(ke) + 1);
		const char *ve = value(v);
		if ((size_t)(ke - k - 2) == strlen(key) && strncmp(k + 1, key, strlen(key)) == 0) {
			size_t n = ve - v;
			if (*v == '"') {
				v++;
				n -= 2;
			}
			snprintf(buf, sizeof buf, "%.*s", (int)n, v);
			return buf;
		}
		p = ws(ve);
		if (*p == ',')
			p++;
	}
	return NULL;
}

/* The n-th line (0-based) of out, or NULL. */
static char *line_of(const char *text, int n)
{
	static char buf[1 << 14];
	const char *p = text;
	for (int i = 0; i < n && p; i++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p || !*p)
		return NULL;
	const char *e = strchr(p, '\n');
	size_t len = e ? (size_t)(e - p) : strlen(p);
	snprintf(buf, sizeof buf, "%.*s", (int)len, p);
	return buf;
}

/* The first object whose kind and subject are as given. */
static char *find(const char *kind, const char *subject)
{
	static char buf[1 << 14];
	for (int i = 0;; i++) {
		char *l = line_of(out, i);
		if (!l)
			return NULL;
		char k[256], s[256];
		char *f = field(l, "kind");
		snprintf(k, sizeof k, "%s", f ? f : "");
		f = field(l, "subject");
		snprintf(s, sizeof s, "%s", f ? f : "");
		if (strcmp(k, kind) == 0 && strcmp(s, subject) == 0) {
			snprintf(buf, sizeof buf, "%s", l);
			return buf;
		}
	}
}

static const char prog[] =
	"package main\n"                                     /* 1 */
	"\n"                                                 /* 2 */
	"type T struct{ p *int }\n"                          /* 3 */
	"\n"                                                 /* 4 */
	"type I interface{ M() int }\n"                      /* 5 */
	"\n"                                                 /* 6 */
	"func (t T) M() int { return *t.p }\n"               /* 7 */
	"\n"                                                 /* 8 */
	"var sink interface{}\n"                             /* 9 */
	"\n"                                                 /* 10 */
	"func id(p *int) *int { return p }\n"                /* 11 */
	"\n"                                                 /* 12 */
	"func f(q *int) *T {\n"                              /* 13 */
	"\t/* é😀 */ x := 0\n"                               /* 14 */
	"\ty := 1\n"                                         /* 15 */
	"\tr := &y\n"                                        /* 16 */
	"\t_ = r\n"                                          /* 17 */
	"\ts := make([]int, 3)\n"                            /* 18 */
	"\t_ = s\n"                                          /* 19 */
	"\tsink = q\n"                                       /* 20 */
	"\tvar i I = T{&y}\n"                                /* 21 */
	"\ti.M()\n"                                          /* 22 */
	"\treturn &T{id(&x)}\n"                              /* 23 */
	"}\n"                                                /* 24 */
	"\n"                                                 /* 25 */
	"func main() { f(nil) }\n";                          /* 26 */

/* Every line is one complete JSON object. */
START_TEST(test_well_formed)
{
	for (int m = 0; m <= 2; m++) {
		run(prog, m, true);
		int n = 0;
		for (char *l; (l = line_of(out, n)) != NULL; n++) {
			const char *e = value(l);
			ck_assert_msg(l[0] == '{' && e && *ws(e) == 0, "not one JSON object: %s", l);
			ck_assert_ptr_nonnull(field(l, "file"));
			ck_assert_ptr_nonnull(field(l, "line"));
			ck_assert_ptr_nonnull(field(l, "col"));
			ck_assert_ptr_nonnull(field(l, "range"));
			ck_assert_ptr_nonnull(field(l, "kind"));
			ck_assert_ptr_nonnull(field(l, "message"));
			ck_assert_ptr_nonnull(field(l, "gc"));
		}
		ck_assert_int_gt(n, 5);
	}
}
END_TEST

/* The objects gc would print are the text lines, in order. */
START_TEST(test_same_as_text)
{
	static char text[sizeof out];
	run(prog, 1, false);
	memcpy(text, out, sizeof out);
	run(prog, 1, true);
	int ti = 0;
	for (int i = 0;; i++) {
		static char l[1 << 14];
		char *li = line_of(out, i);
		if (!li)
			break;
		snprintf(l, sizeof l, "%s", li);
		if (strcmp(field(l, "gc"), "false") == 0)
			continue;
		char want[1024];
		char *t = line_of(text, ti++);
		snprintf(want, sizeof want, "%s", t ? t : "(none)");
		char got[1024];
		char ln[32], col[32];
		snprintf(ln, sizeof ln, "%s", field(l, "line"));
		snprintf(col, sizeof col, "%s", field(l, "col"));
		snprintf(got, sizeof got, "t.go:%s:%s: %s", ln, col, field(l, "message"));
		ck_assert_str_eq(got, want);
	}
	ck_assert_ptr_null(line_of(text, ti));
}
END_TEST

/* Kinds, fields, and the UTF-16 range after a non-ASCII comment. */
START_TEST(test_kinds)
{
	run(prog, 1, true);
	char *o = find("moved-to-heap", "x");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "line"), "14");
	ck_assert_str_eq(field(o, "col"), "15");
	ck_assert_str_eq(field(o, "range"),
	                 "{\"start\":{\"line\":13,\"character\":11},\"end\":{\"line\":13,\"character\":12}}");
	ck_assert_str_eq(field(o, "func"), "f");
	ck_assert_str_eq(field(o, "message"), "moved to heap: x");

	o = find("leaking-param-to-result", "p");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "result"), "~r0");
	ck_assert_str_eq(field(o, "level"), "0");
	ck_assert_str_eq(field(o, "func"), "id");

	o = find("leaking-param", "q");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "message"), "leaking param: q");

	o = find("does-not-escape", "t");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "func"), "T.M");

	o = find("does-not-escape", "make([]int, 3)");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "gc"), "true");
	/* An expression's range is empty, at its position. */
	ck_assert_str_eq(field(o, "range"),
	                 "{\"start\":{\"line\":17,\"character\":10},\"end\":{\"line\":17,\"character\":10}}");

	o = find("escapes", "&T{...}");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "message"), "&T{...} escapes to heap");

	o = find("devirtualized", "i.M");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "message"), "devirtualizing i.M to T");
	ck_assert_str_eq(field(o, "line"), "22");
	ck_assert_str_eq(field(o, "col"), "5");

	/* y's address is taken but stays: gc is silent, the JSON is not. */
	o = find("stays-on-stack", "y");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "gc"), "false");
	ck_assert_str_eq(field(o, "message"), "y does not escape");
	ck_assert_ptr_null(find("stays-on-stack", "s"));
	ck_assert_ptr_null(field(o, "flow"));
}
END_TEST

/* -json alone reports the decisions, as -m would; -m=2 adds the flows. */
START_TEST(test_levels)
{
	run(prog, 0, true);
	ck_assert_ptr_nonnull(find("moved-to-heap", "x"));
	ck_assert_ptr_null(field(find("moved-to-heap", "x"), "flow"));
	run(prog, 0, false);
	ck_assert_str_eq(out, "");

	run(prog, 2, true);
	char *o = find("moved-to-heap", "x");
	ck_assert_ptr_nonnull(o);
	char *flow = field(o, "flow");
	ck_assert_ptr_nonnull(flow);
	ck_assert_ptr_nonnull(strstr(flow, "\"explanation\":\"x escapes to heap\""));
	ck_assert_ptr_nonnull(strstr(flow, "\"dst\":\"{storage for &T{...}}\",\"derefs\":-1,\"src\":\"x\""));
	ck_assert_ptr_nonnull(strstr(flow, "{\"where\":\"&x\",\"why\":\"address-of\",\"line\":23,\"col\":15}"));
	o = find("leaking-param", "q");
	ck_assert_ptr_nonnull(strstr(field(o, "flow"), "parameter q leaks to {heap} with derefs=0"));
	/* The explanations are not printed as lines of their own. */
	ck_assert_ptr_null(strstr(out, "\"message\":\"  flow:"));
}
END_TEST

/* Closures at -m=2: the capture lines are objects too. */
START_TEST(test_capture)
{
	run("package main\n"
	    "\n"
	    "func main() {\n"
	    "\tn := 0\n"
	    "\tf := func() { n++ }\n"
	    "\tf()\n"
	    "}\n",
	    2, true);
	char *o = find("capture-by-ref", "n");
	ck_assert_ptr_nonnull(o);
	ck_assert_str_eq(field(o, "message"), "main capturing by ref: n (addr=false assign=true width=8)");
	ck_assert_ptr_nonnull(find("does-not-escape", "func literal"));
	o = find("stays-on-stack", "n");
	ck_assert_ptr_nonnull(o);
}
END_TEST

static Suite *json_suite(void)
{
	Suite *s = suite_create("escape-json");
	TCase *tc = tcase_create("json");
	tcase_add_test(tc, test_well_formed);
	tcase_add_test(tc, test_same_as_text);
	tcase_add_test(tc, test_kinds);
	tcase_add_test(tc, test_levels);
	tcase_add_test(tc, test_capture);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(json_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
