/*
 * constraint.c - build constraints, as go/build applies them for
 * linux/amd64 with gc and cgo disabled.
 *
 * Three rules decide whether go/build keeps a .go file of a directory:
 *
 *   - its name: a _GOOS, _GOARCH or _GOOS_GOARCH suffix (before an
 *     optional _test, after the first '_') must name linux / amd64, for
 *     the systems and architectures Go 1.19 knows (go/build/syslist.go);
 *     "unix" is a tag, not a file-name suffix;
 *   - a //go:build line in the leading comments (before the package
 *     clause), an expression of tags with ||, &&, ! and parentheses; a
 *     second one, or a malformed one, is an error;
 *   - without one, the "// +build" lines of the leading run of // comments
 *     and blank lines that is followed by a blank line: space-separated
 *     options OR-ed, comma-separated terms AND-ed, '!' negating, the lines
 *     AND-ed; malformed terms are the never-true tag "ignore".
 *
 * Tags that hold: linux, amd64, unix, gc, go1.1 ... go1.19 and Go 1.19's
 * default experiments on amd64 (go env's ToolTags); cgo and anything else
 * do not.  The expression parser is go/build/constraint's, errors and all
 * ("unexpected token )", "missing close paren", ...), written again here.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "load/load.h"

/* ---- tags ---- */

static const char *const known_os[] = {
	"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
	"linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos",
};

static const char *const known_arch[] = {
	"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
	"mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
	"riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
};

static bool is_word(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

static bool in_list(const char *s, size_t n, const char *const *list, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (is_word(s, n, list[i]))
			return true;
	return false;
}

/* go/build's matchTag for GOOS=linux GOARCH=amd64, gc, no cgo, no -tags
 * -- but for math_big_pure_go: math/big's word arithmetic is then Go's own
 * (arith.go) instead of its assembly, which minigo has no overlay for. */
static bool match_tag(const char *s, size_t n)
{
	static const char *const yes[] = {
		"linux", "amd64", "gc", "unix", "goexperiment.regabiwrappers", "goexperiment.regabiargs",
		"math_big_pure_go",
	};
	if (in_list(s, n, yes, sizeof yes / sizeof *yes))
		return true;
	for (int v = 1; v <= 19; v++) {
		char rel[8];
		snprintf(rel, sizeof rel, "go1.%d", v);
		if (is_word(s, n, rel))
			return true;
	}
	return false;
}

bool ld_good_os_arch_file(const char *name)
{
	size_t n = strcspn(name, ".");
	const char *u = memchr(name, '_', n);
	if (!u)
		return true;
	/* the elements after the first '_' (go's l[1:]; l[0] is always "") */
	const char *el[64];
	size_t len[64];
	int k = 0;
	const char *end = name + n;
	for (const char *p = u + 1;;) {
		const char *q = memchr(p, '_', (size_t)(end - p));
		if (!q)
			q = end;
		if (k == 64) {           /* keep the last 63: only the last three matter */
			memmove(el, el + 1, sizeof el[0] * 63);
			memmove(len, len + 1, sizeof len[0] * 63);
			k = 63;
		}
		el[k] = p;
		len[k++] = (size_t)(q - p);
		if (q == end)
			break;
		p = q + 1;
	}
	if (k > 0 && is_word(el[k - 1], len[k - 1], "test"))
		k--;
#define OS(i) in_list(el[i], len[i], known_os, sizeof known_os / sizeof *known_os)
#define ARCH(i) in_list(el[i], len[i], known_arch, sizeof known_arch / sizeof *known_arch)
	if (k >= 2 && OS(k - 2) && ARCH(k - 1))
		return match_tag(el[k - 1], len[k - 1]) && match_tag(el[k - 2], len[k - 2]);
	if (k >= 1 && (OS(k - 1) || ARCH(k - 1)))
		return match_tag(el[k - 1], len[k - 1]);
#undef OS
#undef ARCH
	return true;
}

/* ---- runes: letters, digits, white space as Go's unicode package ---- */

#include "frontend/unicode_tab.h"

static bool in_table(const uint32_t (*t)[2], size_t n, uint32_t r)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t m = (lo + hi) / 2;
		if (r < t[m][0])
			hi = m;
		else if (r > t[m][1])
			lo = m + 1;
		else
			return true;
	}
	return false;
}

bool ld_is_letter(uint32_t r)
{
	if (r < 0x80)
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_';
	return in_table(fe_uni_letter, sizeof fe_uni_letter / sizeof *fe_uni_letter, r);
}

bool ld_is_digit(uint32_t r)
{
	if (r < 0x80)
		return r >= '0' && r <= '9';
	return in_table(fe_uni_digit, sizeof fe_uni_digit / sizeof *fe_uni_digit, r);
}

bool ld_is_print(uint32_t r)
{
	if (r < 0x80)
		return r >= 0x20 && r < 0x7F;
	return in_table(fe_uni_print, sizeof fe_uni_print / sizeof *fe_uni_print, r);
}

/* unicode.IsLetter || unicode.IsDigit || '_' || '.': a tag's runes */
static bool tag_rune(uint32_t r)
{
	return ld_is_letter(r) || ld_is_digit(r) || r == '.';
}

/* The rune at s (n > 0 bytes): its length; U+FFFD of length 1 when invalid. */
static int rune_at(const char *s, size_t n, uint32_t *r)
{
	int w = fe_utf8_decode((const unsigned char *)s, n, r);
	if (w <= 0) {
		*r = 0xFFFD;
		w = 1;
	}
	return w;
}

/* unicode.IsSpace for the rune at s: its length, or 0. */
static int space_at(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	if (c < 0x80)
		return 0;
	uint32_t r;
	int w = rune_at(s, n, &r);
	bool sp = r == 0x85 || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 ||
	          r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000;
	return sp ? w : 0;
}

/* bytes.TrimSpace */
static void trim_space(const char **s, size_t *n)
{
	int w;
	while (*n > 0 && (w = space_at(*s, *n)) > 0) {
		*s += w;
		*n -= (size_t)w;
	}
	while (*n > 0) {
		int cut = 0;
		for (int k = 1; k <= 3 && (size_t)k <= *n; k++)
			if (space_at(*s + *n - k, (size_t)k) == k) {
				cut = k;
				break;
			}
		if (!cut)
			break;
		*n -= (size_t)cut;
	}
}

static bool has_prefix(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	return n >= k && memcmp(s, p, k) == 0;
}

/* ---- //go:build expressions (go/build/constraint's parser) ---- */

enum { MAX_DEPTH = 1000 };

typedef struct Ep {
	Arena *a;            /* for messages; NULL: only the verdict matters */
	const char *s;
	size_t n, i;
	const char *tok;     /* the last token ("" at the end) */
	size_t toklen;
	bool is_tag;
	int depth;
	const char *err;     /* the first syntax error: parsing stops */
} Ep;

static void ep_error(Ep *p, const char *msg, const char *arg, size_t arglen)
{
	if (p->err)
		return;
	if (!p->a)
		p->err = "syntax error";
	else
		p->err = fe_sprintf(p->a, "%s%.*s", msg, (int)arglen, arg);
}

static bool tok_is(Ep *p, const char *t)
{
	return is_word(p->tok, p->toklen, t);
}

static void ep_lex(Ep *p)
{
	p->is_tag = false;
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t'))
		p->i++;
	p->tok = p->s + p->i;
	p->toklen = 0;
	if (p->i >= p->n)
		return;
	char c = p->s[p->i];
	if (c == '(' || c == ')' || c == '!') {
		p->i++;
		p->toklen = 1;
		return;
	}
	if (c == '&' || c == '|') {
		if (p->i + 1 >= p->n || p->s[p->i + 1] != c) {
			ep_error(p, "invalid syntax at ", &p->s[p->i], 1);
			return;
		}
		p->i += 2;
		p->toklen = 2;
		return;
	}
	size_t j = p->i;
	while (j < p->n) {
		uint32_t r;
		int w = rune_at(p->s + j, p->n - j, &r);
		if (!tag_rune(r))
			break;
		j += (size_t)w;
	}
	if (j == p->i) {
		uint32_t r;
		int w = rune_at(p->s + j, p->n - j, &r);
		if (r == 0xFFFD && w == 1)
			ep_error(p, "invalid syntax at ", "\xef\xbf\xbd", 3);
		else
			ep_error(p, "invalid syntax at ", p->s + j, (size_t)w);
		return;
	}
	p->toklen = j - p->i;
	p->i = j;
	p->is_tag = true;
}

static bool ep_or(Ep *p);

static bool ep_atom(Ep *p)
{
	if (p->err)
		return false;
	if (tok_is(p, "(")) {
		if (++p->depth > MAX_DEPTH) {
			ep_error(p, "expression nested too deeply", "", 0);
			return false;
		}
		bool x = ep_or(p);
		p->depth--;
		if (p->err) {
			if (strcmp(p->err, "unexpected end of expression") == 0)
				p->err = "missing close paren";
			return false;
		}
		if (!tok_is(p, ")")) {
			ep_error(p, "missing close paren", "", 0);
			return false;
		}
		ep_lex(p);
		return x;
	}
	if (!p->is_tag) {
		if (p->toklen == 0)
			ep_error(p, "unexpected end of expression", "", 0);
		else
			ep_error(p, "unexpected token ", p->tok, p->toklen);
		return false;
	}
	bool v = match_tag(p->tok, p->toklen);
	ep_lex(p);
	return v;
}

static bool ep_not(Ep *p)
{
	ep_lex(p);
	if (p->err)
		return false;
	if (tok_is(p, "!")) {
		ep_lex(p);
		if (p->err)
			return false;
		if (tok_is(p, "!")) {
			ep_error(p, "double negation not allowed", "", 0);
			return false;
		}
		return !ep_atom(p);
	}
	return ep_atom(p);
}

static bool ep_and(Ep *p)
{
	bool x = ep_not(p);
	while (!p->err && tok_is(p, "&&")) {
		bool y = ep_not(p);
		x = x && y;
	}
	return x;
}

static bool ep_or(Ep *p)
{
	bool x = ep_and(p);
	while (!p->err && tok_is(p, "||")) {
		bool y = ep_and(p);
		x = x || y;
	}
	return x;
}

/* The value of a //go:build expression; *err set when malformed. */
static bool eval_go_build(Arena *a, const char *s, size_t n, const char **err)
{
	Ep p = { .a = a, .s = s, .n = n };
	bool x = ep_or(&p);
	if (!p.err && p.toklen != 0)
		ep_error(&p, "unexpected token ", p.tok, p.toklen);
	*err = p.err;
	return p.err ? false : x;
}

/* A "+build" line's expression (text after the prefix). */
static bool eval_plus_build(const char *s, size_t n)
{
	bool x = false, any = false;
	size_t i = 0;
	for (;;) {
		int w;
		while (i < n && (w = space_at(s + i, n - i)) > 0)
			i += (size_t)w;
		if (i >= n)
			break;
		size_t j = i;
		while (j < n && space_at(s + j, n - j) == 0)
			j++;
		/* the clause s[i:j]: comma-separated terms, AND-ed */
		bool y = true;
		for (size_t k = i;;) {
			const char *c = memchr(s + k, ',', j - k);
			size_t e = c ? (size_t)(c - s) : j;
			const char *lit = s + k;
			size_t len = e - k;
			bool z;
			if (has_prefix(lit, len, "!!") || is_word(lit, len, "!")) {
				z = false;          /* the tag "ignore" */
			} else {
				bool neg = len > 0 && lit[0] == '!';
				if (neg)
					lit++, len--;
				bool valid = len > 0;
				for (size_t q = 0; q < len && valid;) {
					uint32_t r;
					int rw = rune_at(lit + q, len - q, &r);
					valid = tag_rune(r) && !(r == 0xFFFD && rw == 1);
					q += (size_t)rw;
				}
				z = valid ? match_tag(lit, len) : false;
				if (neg)
					z = !z;
			}
			y = y && z;
			if (!c)
				break;
			k = e + 1;
		}
		x = any ? (x || y) : y;
		any = true;
		i = j;
	}
	return any ? x : false;
}

/* constraint.splitGoBuild: the expression of a //go:build line. */
static bool split_go_build(const char *s, size_t n, const char **x, size_t *xn)
{
	if (n > 0 && s[n - 1] == '\n')
		n--;
	if (memchr(s, '\n', n) || !has_prefix(s, n, "//go:build"))
		return false;
	trim_space(&s, &n);
	s += 10, n -= 10;
	const char *t = s;
	size_t tn = n;
	trim_space(&t, &tn);
	if (tn == n && n != 0)
		return false;
	*x = t, *xn = tn;
	return true;
}

/* constraint.splitPlusBuild: the expression of a // +build line. */
static bool split_plus_build(const char *s, size_t n, const char **x, size_t *xn)
{
	if (n > 0 && s[n - 1] == '\n')
		n--;
	if (memchr(s, '\n', n) || !has_prefix(s, n, "//"))
		return false;
	s += 2, n -= 2;
	trim_space(&s, &n);
	if (!has_prefix(s, n, "+build"))
		return false;
	s += 6, n -= 6;
	const char *t = s;
	size_t tn = n;
	trim_space(&t, &tn);
	if (tn == n && n != 0)
		return false;
	*x = t, *xn = tn;
	return true;
}

bool ld_constraint_ok(const char *line)
{
	size_t n = strlen(line);
	const char *x, *err;
	size_t xn;
	if (split_go_build(line, n, &x, &xn))
		return eval_go_build(NULL, x, xn, &err);
	if (split_plus_build(line, n, &x, &xn))
		return eval_plus_build(x, xn);
	return true;
}

/* ---- the file header (go/build's parseFileHeader and shouldBuild) ---- */

static bool is_go_build_comment(const char *s, size_t n)
{
	if (!has_prefix(s, n, "//go:build"))
		return false;
	trim_space(&s, &n);
	const char *rest = s + 10;
	size_t rn = n - 10, tn = rn;
	trim_space(&rest, &tn);
	return rn == 0 || tn < rn;
}

static const char *find2(const char *s, size_t n, char a, char b)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == a && s[i + 1] == b)
			return s + i;
	return NULL;
}

int ld_should_build(Arena *a, const char *content, size_t n, const char **err)
{
	size_t end = 0, p = 0;
	bool ended = false, in_star = false;
	const char *gb = NULL;
	size_t gbn = 0;
	*err = NULL;
	while (p < n) {
		const char *line = content + p;
		const char *nl = memchr(line, '\n', n - p);
		size_t len = nl ? (size_t)(nl - line) : n - p;
		p += nl ? len + 1 : len;
		trim_space(&line, &len);
		if (len == 0 && !ended) {
			end = p;
			continue;
		}
		if (!has_prefix(line, len, "//"))
			ended = true;
		if (!in_star && is_go_build_comment(line, len)) {
			if (gb) {
				*err = "multiple //go:build comments";
				return -1;
			}
			gb = line, gbn = len;
		}
		bool text = false;
		while (len > 0) {
			if (in_star) {
				const char *e = find2(line, len, '*', '/');
				if (!e)
					break;
				in_star = false;
				len -= (size_t)(e + 2 - line);
				line = e + 2;
				trim_space(&line, &len);
				continue;
			}
			if (has_prefix(line, len, "//"))
				break;
			if (has_prefix(line, len, "/*")) {
				in_star = true;
				line += 2, len -= 2;
				trim_space(&line, &len);
				continue;
			}
			text = true;
			break;
		}
		if (text)
			break;
	}
	if (gb) {
		const char *x, *perr;
		size_t xn;
		if (!split_go_build(gb, gbn, &x, &xn))
			return 1;               /* cannot happen: is_go_build_comment held */
		bool ok = eval_go_build(a, x, xn, &perr);
		if (perr) {
			*err = fe_sprintf(a, "parsing //go:build line: %s", perr);
			return -1;
		}
		return ok;
	}
	int ok = 1;
	for (size_t q = 0; q < end;) {
		const char *line = content + q;
		const char *nl = memchr(line, '\n', end - q);
		size_t len = nl ? (size_t)(nl - line) : end - q;
		q += nl ? len + 1 : len;
		trim_space(&line, &len);
		if (!has_prefix(line, len, "//") || !memmem(line, len, "+build", 6))
			continue;
		const char *x;
		size_t xn;
		if (split_plus_build(line, len, &x, &xn) && !eval_plus_build(x, xn))
			ok = 0;
	}
	return ok;
}
