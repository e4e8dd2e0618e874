/*
 * export.c - writing and reading export data (export.h has the design).
 *
 * The writer works on the source text, guided by the tree: a small
 * scanner finds where each top-level declaration, each spec of a group,
 * each `=` of a var spec and each function body begins and ends (Go's
 * tokens, brackets and automatic semicolons are all it needs to know);
 * the tree says which of them survived the parse and what they are.
 *
 * The data:
 *
 *   minigo export 2 NFILES INTROSPECTS
 *   text LEN            then LEN bytes of the file and a newline
 *   aside LINE COL NAME a set-aside name of the file
 *   func LINE COL KIND INL COST TAGS...
 *                       each function of the file, in order: KIND S
 *                       (body stripped), K (kept) or N (declared without
 *                       one); INL and COST its inlining verdict
 *                       (func_.inlstate and inlcost, inline/); a tag per
 *                       parameter, receiver first: t or u (untagged) and
 *                       the leak set's bytes in hex
 *   end                 after each file's lines
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape/escape.h"
#include "export/export.h"

/* ---- a growing buffer ---- */

typedef struct Buf {
	char *s;
	size_t len, cap;
} Buf;

static void put_mem(Buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		if (!b->s)
			abort();
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

static void put(Buf *b, const char *s) { put_mem(b, s, strlen(s)); }

static void putf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(Buf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof tmp)
		abort(); /* callers print names and numbers only */
	put_mem(b, tmp, (size_t)n);
}

/* ---- the scanner: Go's tokens, as far as brackets and semicolons go ---- */

enum { T_EOF, T_SEMI, T_NAME, T_KEYWORD, T_LIT, T_OPEN, T_CLOSE, T_ASSIGN, T_OP };

typedef struct Scan {
	const char *s;
	size_t n, i;
	size_t start, end; /* the last token's bytes */
	bool semi;         /* a newline here ends a statement */
} Scan;

static const char *const keywords[] = {
	"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
	"go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
	"switch", "type", "var",
};

static bool is_word(const Scan *sc, const char *w)
{
	size_t n = strlen(w);
	return sc->end - sc->start == n && memcmp(sc->s + sc->start, w, n) == 0;
}

static bool name_byte(unsigned char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Past a quoted literal whose opening quote is at i. */
static size_t skip_quoted(const Scan *sc, size_t i)
{
	char q = sc->s[i++];
	while (i < sc->n && sc->s[i] != q) {
		if (q != '`' && sc->s[i] == '\n')
			return i;
		if (q != '`' && sc->s[i] == '\\')
			i++;
		i++;
	}
	return i < sc->n ? i + 1 : sc->n;
}

static int next(Scan *sc)
{
	static const char *const ops3[] = { "<<=", ">>=", "&^=", "..." };
	static const char *const ops2[] = { "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
					    "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=" };
	const char *s = sc->s;
	for (;;) {
		size_t i = sc->i;
		sc->start = i;
		if (i >= sc->n) {
			sc->end = i;
			if (sc->semi) {
				sc->semi = false;
				return T_SEMI;
			}
			return T_EOF;
		}
		unsigned char c = (unsigned char)s[i];
		if (c == '\n') {
			sc->i = i + 1;
			if (sc->semi) {
				sc->semi = false;
				sc->end = i + 1;
				return T_SEMI;
			}
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r') {
			sc->i = i + 1;
			continue;
		}
		if (c == '/' && i + 1 < sc->n && s[i + 1] == '/') {
			while (i < sc->n && s[i] != '\n')
				i++;
			sc->i = i;
			continue;
		}
		if (c == '/' && i + 1 < sc->n && s[i + 1] == '*') {
			const char *e = memmem(s + i + 2, sc->n - i - 2, "*/", 2);
			size_t end = e ? (size_t)(e - s) + 2 : sc->n;
			bool newline = memchr(s + i, '\n', end - i) != NULL;
			sc->i = end;
			if (newline && sc->semi) {
				sc->semi = false;
				sc->end = end;
				return T_SEMI;
			}
			continue;
		}
		if (name_byte(c) && !(c >= '0' && c <= '9')) {
			while (i < sc->n && name_byte((unsigned char)s[i]))
				i++;
			sc->i = sc->end = i;
			for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
				if (is_word(sc, keywords[k])) {
					sc->semi = is_word(sc, "break") || is_word(sc, "continue") ||
						   is_word(sc, "fallthrough") || is_word(sc, "return");
					return T_KEYWORD;
				}
			sc->semi = true;
			return T_NAME;
		}
		if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < sc->n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
			bool hex = c == '0' && i + 1 < sc->n && (s[i + 1] == 'x' || s[i + 1] == 'X');
			i++;
			while (i < sc->n) {
				char d = s[i];
				char p = s[i - 1];
				bool sign = (d == '+' || d == '-') &&
					    (((p == 'e' || p == 'E') && !hex) || p == 'p' || p == 'P');
				if (!name_byte((unsigned char)d) && d != '.' && !sign)
					break;
				i++;
			}
			sc->i = sc->end = i;
			sc->semi = true;
			return T_LIT;
		}
		if (c == '"' || c == '`' || c == '\'') {
			sc->i = sc->end = skip_quoted(sc, i);
			sc->semi = true;
			return T_LIT;
		}
		if (c == '(' || c == '[' || c == '{') {
			sc->i = sc->end = i + 1;
			sc->semi = false;
			return T_OPEN;
		}
		if (c == ')' || c == ']' || c == '}') {
			sc->i = sc->end = i + 1;
			sc->semi = true;
			return T_CLOSE;
		}
		size_t len = 1;
		for (size_t k = 0; k < 4 && len == 1; k++)
			if (i + 3 <= sc->n && memcmp(s + i, ops3[k], 3) == 0)
				len = 3;
		for (size_t k = 0; k < sizeof ops2 / sizeof ops2[0] && len == 1; k++)
			if (i + 2 <= sc->n && memcmp(s + i, ops2[k], 2) == 0)
				len = 2;
		sc->i = sc->end = i + len;
		sc->semi = len == 2 && (memcmp(s + i, "++", 2) == 0 || memcmp(s + i, "--", 2) == 0);
		if (c == ';') {
			sc->semi = false;
			return T_SEMI;
		}
		return len == 1 && c == '=' ? T_ASSIGN : T_OP;
	}
}

/* ---- the top-level declarations of a file, as text ---- */

typedef struct Spec {
	size_t start, end;
	size_t eq;   /* its `=`, or SIZE_MAX */
} Spec;

typedef struct Decl {
	char kw;            /* 'i'mport, 'c'onst, 'v'ar, 't'ype, 'f'unc */
	size_t start, end;  /* from the keyword to before its semicolon */
	size_t body;        /* func: its last '{' at depth 0, or SIZE_MAX */
	bool grouped;       /* kw ( specs ) */
	Spec *specs;        /* const, var, type: one, or a group's */
	int nspecs, capspecs;
} Decl;

typedef struct Text {
	Decl *decls;
	int ndecls, cap;
	size_t pkgend;      /* after the package clause's name */
} Text;

static void add_spec(Decl *d, size_t start, size_t end, size_t eq)
{
	if (start >= end)
		return;
	if (d->nspecs == d->capspecs) {
		d->capspecs = d->capspecs ? 2 * d->capspecs : 4;
		d->specs = realloc(d->specs, (size_t)d->capspecs * sizeof *d->specs);
		if (!d->specs)
			abort();
	}
	d->specs[d->nspecs++] = (Spec){ start, end, eq };
}

/* One declaration from its keyword (just scanned) to its semicolon. */
static void scan_decl(Scan *sc, Decl *d)
{
	int depth = 0;
	bool grouped = false;
	size_t spec = SIZE_MAX, eq = SIZE_MAX, last = sc->end;
	d->body = SIZE_MAX;
	for (int first = 1;; first = 0) {
		int t = next(sc);
		if (t == T_EOF || (t == T_SEMI && depth == 0)) {
			d->end = sc->start;
			break;
		}
		if (d->kw != 'f' && d->kw != 'i' && first && t == T_OPEN && sc->s[sc->start] == '(') {
			grouped = true;
			depth = 1;
			continue;
		}
		if (grouped && depth == 1 && (t == T_SEMI || (t == T_CLOSE && sc->s[sc->start] == ')'))) {
			if (spec != SIZE_MAX)
				add_spec(d, spec, last, eq);
			spec = eq = SIZE_MAX;
			if (t == T_CLOSE)
				depth = 0;
			continue;
		}
		if (spec == SIZE_MAX && d->kw != 'f' && d->kw != 'i' && (grouped ? depth == 1 : depth == 0))
			spec = sc->start;
		if (t == T_ASSIGN && depth == (grouped ? 1 : 0) && eq == SIZE_MAX)
			eq = sc->start;
		if (t == T_OPEN) {
			if (depth == 0 && sc->s[sc->start] == '{')
				d->body = sc->start;
			depth++;
		} else if (t == T_CLOSE) {
			depth--;
		}
		last = sc->end;
	}
	if (!grouped && spec != SIZE_MAX)
		add_spec(d, spec, last, eq);
	d->grouped = grouped;
}

static bool scan_text(const char *s, size_t n, Text *t)
{
	Scan sc = { .s = s, .n = n };
	int tok = next(&sc);
	if (tok != T_KEYWORD || !is_word(&sc, "package") || next(&sc) != T_NAME)
		return false;
	t->pkgend = sc.end;
	for (;;) {
		tok = next(&sc);
		if (tok == T_EOF)
			return true;
		if (tok == T_SEMI)
			continue;
		if (tok != T_KEYWORD)
			return false;
		char kw = is_word(&sc, "import") ? 'i' : is_word(&sc, "const") ? 'c' : is_word(&sc, "var") ? 'v'
			: is_word(&sc, "type")  ? 't' : is_word(&sc, "func") ? 'f' : 0;
		if (!kw)
			return false;
		if (t->ndecls == t->cap) {
			t->cap = t->cap ? 2 * t->cap : 64;
			t->decls = realloc(t->decls, (size_t)t->cap * sizeof *t->decls);
			if (!t->decls)
				abort();
		}
		Decl *d = &t->decls[t->ndecls++];
		*d = (Decl){ .kw = kw, .start = sc.start };
		scan_decl(&sc, d);
	}
}

static void free_text(Text *t)
{
	for (int i = 0; i < t->ndecls; i++)
		free(t->decls[i].specs);
	free(t->decls);
}

/* ---- the writer ---- */

typedef struct Writer {
	Comp *comp;
	Node *file;
	const char *src;
	size_t len;
	size_t *lines;      /* each line's first byte */
	int nlines;
	Buf out;            /* the text after the package clause */
	size_t done;        /* src is copied or cut up to here */
	Buf imports;        /* the imports the written types need */
	const char **aliases; /* their paths: alias _mgN is aliases[N] */
	int naliases;
	bool fail;
} Writer;

static size_t offset_of(Writer *w, Pos p)
{
	if (p.line < 1 || p.line > w->nlines)
		return SIZE_MAX;
	return w->lines[p.line - 1] + (size_t)(p.col - 1);
}

/*
 * src[from, to) into b without its comments, which are most of what a
 * std file has left once its bodies are cut: a // comment goes (its
 * newline stays), a block comment leaves its newlines and blanks where a
 * token follows on its last line.  Directives stay: //go: and //line.
 */
static void copy_code(Buf *b, const char *src, size_t from, size_t to)
{
	Scan sc = { .s = src, .n = to };
	size_t i = from, run = from;
	while (i < to) {
		char c = src[i];
		if (c == '"' || c == '`' || c == '\'') {
			i = skip_quoted(&sc, i);
			continue;
		}
		if (c != '/' || i + 1 >= to || (src[i + 1] != '/' && src[i + 1] != '*')) {
			i++;
			continue;
		}
		put_mem(b, src + run, i - run);
		if (src[i + 1] == '/') {
			size_t e = i;
			while (e < to && src[e] != '\n')
				e++;
			if ((e - i >= 5 && memcmp(src + i, "//go:", 5) == 0) ||
			    (e - i >= 7 && memcmp(src + i, "//line ", 7) == 0))
				put_mem(b, src + i, e - i);
			run = i = e;
			continue;
		}
		const char *e = memmem(src + i + 2, to - i - 2, "*/", 2);
		size_t end = e ? (size_t)(e - src) + 2 : to;
		if (end - i >= 7 && memcmp(src + i, "/*line ", 7) == 0) {
			put_mem(b, src + i, end - i);
		} else {
			size_t tail = i;
			for (size_t k = i; k < end; k++)
				if (src[k] == '\n') {
					put_mem(b, "\n", 1);
					tail = k + 1;
				}
			for (size_t k = tail; k < end && end < to && src[end] != '\n'; k++)
				put_mem(b, " ", 1);
		}
		run = i = end;
	}
	put_mem(b, src + run, to - run);
}

static void copy_to(Writer *w, size_t to)
{
	if (to > w->done)
		copy_code(&w->out, w->src, w->done, to);
	if (to > w->done)
		w->done = to;
}

/* Cuts src up to `to`, keeping its newlines: what follows keeps its line
 * (and the blanks before the cut go too). */
static void cut_to(Writer *w, size_t to)
{
	while (w->out.len > 0 && (w->out.s[w->out.len - 1] == ' ' || w->out.s[w->out.len - 1] == '\t'))
		w->out.s[--w->out.len] = 0;
	for (size_t i = w->done; i < to; i++)
		if (w->src[i] == '\n')
			put_mem(&w->out, "\n", 1);
	if (to > w->done)
		w->done = to;
}

/* Cuts a whole declaration from start to end, with the //go: directive
 * lines right above it: left behind, they would go to the next one. */
static void cut_decl(Writer *w, size_t start, size_t end)
{
	size_t s = start;
	while (s > w->done && (w->src[s - 1] == ' ' || w->src[s - 1] == '\t'))
		s--;
	while (s > w->done && w->src[s - 1] == '\n') {
		size_t ls = s - 1;
		while (ls > w->done && w->src[ls - 1] != '\n')
			ls--;
		size_t k = ls;
		while (k < s && (w->src[k] == ' ' || w->src[k] == '\t'))
			k++;
		if (s - k < 5 || memcmp(w->src + k, "//go:", 5) != 0)
			break;
		s = ls;
	}
	if (s > w->done && w->src[s - 1] != '\n')
		s = start; /* something else on the line */
	copy_to(w, s);
	cut_to(w, end);
}

/* How this file names package path, or NULL: an import of it, or one
 * the writer adds. */
static const char *qualifier(Writer *w, Package *p)
{
	if (!p || p == w->comp->pkg)
		return "";
	NodeList *imps = &w->file->file.imports;
	for (int i = 0; i < imps->len; i++) {
		Node *imp = imps->v[i];
		if (!imp->import.path || !imp->import.path->lit.str || strcmp(imp->import.path->lit.str, p->path) != 0)
			continue;
		if (!imp->import.name)
			return p->name;
		const char *n = imp->import.name->ident.name;
		if (strcmp(n, "_") != 0 && strcmp(n, ".") != 0)
			return n;
	}
	for (int i = 0; i < w->naliases; i++)
		if (strcmp(w->aliases[i], p->path) == 0)
			return fe_sprintf(w->comp->a, "_mg%d", i);
	w->aliases = realloc(w->aliases, (size_t)(w->naliases + 1) * sizeof *w->aliases);
	if (!w->aliases)
		abort();
	w->aliases[w->naliases] = p->path;
	putf(&w->imports, "; import _mg%d \"%s\"", w->naliases, p->path);
	return fe_sprintf(w->comp->a, "_mg%d", w->naliases++);
}

/* An unexported field or method name in a struct or interface literal
 * belongs to the package that wrote the literal, which the type does not
 * record: such a type is written only if it is... never (ex_write gives up). */
static bool exported(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}

static void put_type(Writer *w, Buf *b, Type *t);

static void put_tuple(Writer *w, Buf *b, Type **ts, int n, bool variadic)
{
	for (int i = 0; i < n; i++) {
		if (i)
			put(b, ", ");
		if (variadic && i == n - 1 && ts[i]->kind == TY_SLICE) {
			put(b, "...");
			put_type(w, b, ts[i]->elem);
		} else {
			put_type(w, b, ts[i]);
		}
	}
}

static void put_signature(Writer *w, Buf *b, Type *t)
{
	put(b, "(");
	put_tuple(w, b, t->params, t->nparams, t->variadic);
	put(b, ")");
	if (t->nresults == 1) {
		put(b, " ");
		put_type(w, b, t->results[0]);
	} else if (t->nresults > 1) {
		put(b, " (");
		put_tuple(w, b, t->results, t->nresults, false);
		put(b, ")");
	}
}

/* A named type by a name this file can use: a package-level type of its
 * own package, an exported one of another, a predeclared one nothing
 * shadows. */
static void put_named(Writer *w, Buf *b, Type *t)
{
	Object *o = t->obj;
	if (!o) {
		w->fail = true;
		return;
	}
	Package *p = o->pkg;
	if (!p) {
		/* predeclared (error), unless the package declares the name */
		if (w->comp->pkg && w->comp->pkg->scope && fe_scope_lookup(w->comp->pkg->scope, o->name))
			w->fail = true;
		put(b, o->name);
		return;
	}
	/* a local type cannot be named outside its function */
	if (!p->scope || fe_scope_lookup(p->scope, o->name) != o || (p != w->comp->pkg && !exported(o->name))) {
		w->fail = true;
		return;
	}
	const char *q = qualifier(w, p);
	if (*q) {
		put(b, q);
		put(b, ".");
	}
	put(b, o->name);
}

static void put_type(Writer *w, Buf *b, Type *t)
{
	if (w->fail || !t) {
		w->fail = true;
		return;
	}
	if (t == fe_type_byte || t == fe_type_rune) {
		put(b, t == fe_type_byte ? "byte" : "rune");
		return;
	}
	switch (t->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: case TY_UINT:
	case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR: case TY_FLOAT32:
	case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128: case TY_STRING:
		if (w->comp->pkg && w->comp->pkg->scope && fe_scope_lookup(w->comp->pkg->scope, t->basic_name))
			w->fail = true;
		put(b, t->basic_name);
		return;
	case TY_UNSAFEPTR: {
		Package *u = fe_package(NULL, "unsafe");
		if (!u) {
			w->fail = true;
			return;
		}
		put(b, qualifier(w, u));
		put(b, ".Pointer");
		return;
	}
	case TY_NAMED:
		put_named(w, b, t);
		return;
	case TY_PTR:
		put(b, "*");
		put_type(w, b, t->elem);
		return;
	case TY_SLICE:
		put(b, "[]");
		put_type(w, b, t->elem);
		return;
	case TY_ARRAY:
		putf(b, "[%lld]", (long long)t->len);
		put_type(w, b, t->elem);
		return;
	case TY_MAP:
		put(b, "map[");
		put_type(w, b, t->key);
		put(b, "]");
		put_type(w, b, t->elem);
		return;
	case TY_CHAN: {
		bool paren = t->dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
		put(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
		put(b, paren ? "(" : "");
		put_type(w, b, t->elem);
		put(b, paren ? ")" : "");
		return;
	}
	case TY_FUNC:
		put(b, "func");
		put_signature(w, b, t);
		return;
	case TY_STRUCT:
		put(b, "struct{");
		for (int i = 0; i < t->nfields; i++) {
			Field *f = &t->fields[i];
			if (!exported(f->name))
				w->fail = true;
			put(b, i ? "; " : "");
			if (!f->embedded) {
				put(b, f->name);
				put(b, " ");
			}
			put_type(w, b, f->type);
			if (f->tag) {
				char *q = fe_quote_tag(f->tag, f->taglen);
				put(b, " ");
				put(b, q);
				free(q);
			}
		}
		put(b, "}");
		return;
	case TY_INTERFACE:
		put(b, "interface{");
		for (int i = 0; i < t->nexplicit; i++) {
			if (!exported(t->explicit_[i].name))
				w->fail = true;
			put(b, i ? "; " : "");
			put(b, t->explicit_[i].name);
			put_signature(w, b, t->explicit_[i].sig);
		}
		for (int i = 0; i < t->nembeds; i++) {
			put(b, i || t->nexplicit ? "; " : "");
			put_type(w, b, t->embeds[i]);
		}
		put(b, "}");
		return;
	default: /* tuples, untyped */
		w->fail = true;
		return;
	}
}

/* The kept declaration of this file anchored in [start, end), if any. */
typedef struct Anchor {
	size_t off;
	Node *decl;
} Anchor;

static int by_off(const void *a, const void *b)
{
	const Anchor *x = a, *y = b;
	return x->off < y->off ? -1 : x->off > y->off;
}

static Node *anchored(Anchor *as, int n, int *at, size_t start, size_t end)
{
	while (*at < n && as[*at].off < start)
		(*at)++;
	return *at < n && as[*at].off < end ? as[(*at)++].decl : NULL;
}

static bool is_init(const Node *d)
{
	return d->kind == N_FUNCDECL && !d->func_.recv && strcmp(d->func_.name->ident.name, "init") == 0;
}

/* Does a body travel: small (other modules copy it) or inlinable (gc's
 * export data carries those, for the inliner)? */
static bool kept(const Node *d)
{
	return d->func_.body && (ir_small_body(d) || d->func_.inlstate == 1);
}

/* A var spec without its initialiser: `names T`. */
static void write_var(Writer *w, Node *spec, const Spec *s)
{
	if (!spec->spec.values.len)
		return;
	if (s->eq == SIZE_MAX) {
		w->fail = true;
		return;
	}
	copy_to(w, s->eq);
	if (!spec->spec.type) {
		/* every name the same type, written after the names */
		Buf first = { 0 };
		for (int k = 0; k < spec->spec.names.len && !w->fail; k++) {
			Object *o = spec->spec.names.v[k]->obj;
			Buf tb = { 0 };
			put_type(w, &tb, o ? o->type : NULL);
			if (k == 0)
				first = tb;
			else if (!tb.s || !first.s || strcmp(tb.s, first.s) != 0)
				w->fail = true;
			if (k != 0)
				free(tb.s);
		}
		if (first.s)
			put(&w->out, first.s);
		free(first.s);
		if (w->src[s->eq - 1] != ' ' && w->src[s->eq - 1] != '\t')
			w->fail = true; /* gofmt's `x = v`: the type goes where the space was */
	}
	cut_to(w, s->end);
}

static void write_file(Writer *w, Buf *out, Node *file, const char *src, size_t len)
{
	Text t = { 0 };
	if (!scan_text(src, len, &t)) {
		w->fail = true;
		return;
	}
	/* the tree's declarations, by where their names are */
	NodeList *decls = &file->file.decls;
	Anchor *as = calloc((size_t)decls->len + 1, sizeof *as);
	if (!as)
		abort();
	int na = 0;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i], *id = NULL;
		if (d->kind == N_FUNCDECL)
			id = d->func_.name;
		else if (d->kind == N_TYPESPEC)
			id = d->typespec.name;
		else if ((d->kind == N_VARSPEC || d->kind == N_CONSTSPEC) && d->spec.names.len)
			id = d->spec.names.v[0];
		if (id)
			as[na++] = (Anchor){ offset_of(w, id->pos), d };
	}
	qsort(as, (size_t)na, sizeof *as, by_off);
	int at = 0;
	for (int i = 0; i < t.ndecls && !w->fail; i++) {
		Decl *d = &t.decls[i];
		if (d->kw == 'i')
			continue;
		if (d->kw == 'f') {
			Node *fd = anchored(as, na, &at, d->start, d->end);
			if (!fd || is_init(fd)) {
				cut_decl(w, d->start, d->end);
			} else if (fd->func_.body && !kept(fd)) {
				if (d->body == SIZE_MAX) {
					w->fail = true;
					break;
				}
				copy_to(w, d->body);
				cut_to(w, d->end);
			}
			continue;
		}
		for (int k = 0; k < d->nspecs && !w->fail; k++) {
			Spec *s = &d->specs[k];
			Node *sp = anchored(as, na, &at, s->start, s->end);
			if (!sp) {
				if (d->kw == 'c') /* iota and implicit values count the specs */
					w->fail = true;
				if (d->grouped)
					cut_decl(w, s->start, s->end);
				else
					cut_decl(w, d->start, d->end);
			} else if (d->kw == 'v') {
				write_var(w, sp, s);
			}
		}
	}
	if (!w->fail && at != na)
		w->fail = true; /* a declaration the scan did not see */
	copy_to(w, len);
	free(as);
	free_text(&t);
	(void)out;
}

static void write_tags(Writer *w, Buf *b, Node *d)
{
	EscFunc *fn = esc_func_of(d);
	char kind = d->func_.body ? (kept(d) ? 'K' : 'S') : 'N';
	putf(b, "func %d %d %c %d %d", d->func_.name->pos.line, d->func_.name->pos.col, kind, d->func_.inlstate,
	     d->func_.inlcost);
	for (int j = 0; fn && j < fn->nparams; j++) {
		EscParam *p = &fn->params[j];
		putf(b, " %c", p->tagged ? 't' : 'u');
		for (int k = 0; k < 1 + ESC_NUM_RESULTS; k++)
			putf(b, "%02x", p->tag.v[k]);
	}
	put(b, "\n");
	(void)w;
}

char *ex_write(Comp *comp, Node **files, const char *const *texts, const size_t *lens, int nfiles,
	       bool introspects, size_t *len)
{
	Buf b = { 0 };
	putf(&b, "minigo export 2 %d %d\n", nfiles, introspects ? 1 : 0);
	bool fail = false;
	for (int i = 0; i < nfiles && !fail; i++) {
		Writer w = { .comp = comp, .file = files[i], .src = texts[i], .len = lens[i] };
		w.lines = malloc((lens[i] + 2) * sizeof *w.lines);
		if (!w.lines)
			abort();
		w.lines[w.nlines++] = 0;
		for (size_t k = 0; k < lens[i]; k++)
			if (texts[i][k] == '\n')
				w.lines[w.nlines++] = k + 1;
		Scan sc = { .s = texts[i], .n = lens[i] };
		/* the package clause, then the file; the imports the types need
		 * join the package clause's line */
		if (next(&sc) != T_KEYWORD || next(&sc) != T_NAME) {
			fail = true;
		} else {
			size_t pkgend = sc.end;
			w.done = pkgend;
			write_file(&w, &w.out, files[i], texts[i], lens[i]);
			fail = w.fail;
			if (!fail) {
				Buf head = { 0 };
				copy_code(&head, texts[i], 0, pkgend);
				putf(&b, "text %zu\n", head.len + w.imports.len + w.out.len);
				free(head.s);
				copy_code(&b, texts[i], 0, pkgend);
				if (w.imports.len)
					put_mem(&b, w.imports.s, w.imports.len);
				if (w.out.len)
					put_mem(&b, w.out.s, w.out.len);
				put(&b, "\n");
			}
		}
		NodeList *aside = &files[i]->file.setaside;
		for (int k = 0; k < aside->len && !fail; k++)
			putf(&b, "aside %d %d %s\n", aside->v[k]->pos.line, aside->v[k]->pos.col,
			     aside->v[k]->ident.name);
		NodeList *decls = &files[i]->file.decls;
		for (int k = 0; k < decls->len && !fail; k++)
			if (decls->v[k]->kind == N_FUNCDECL && !is_init(decls->v[k]))
				write_tags(&w, &b, decls->v[k]);
		if (!fail)
			put(&b, "end\n");
		free(w.lines);
		free(w.out.s);
		free(w.imports.s);
		free(w.aliases);
	}
	if (fail) {
		free(b.s);
		return NULL;
	}
	*len = b.len;
	return b.s;
}

/* ---- the reader ---- */

typedef struct ExFunc {
	int line, col;
	char kind;
	int inlstate, inlcost;
	const char *tags;   /* NULL: none */
} ExFunc;

typedef struct ExFile {
	const char *text;
	size_t len;
	Node **aside;
	int naside;
	ExFunc *funcs;
	int nfuncs;
} ExFile;

struct ExData {
	Comp *comp;
	bool introspects;
	ExFile *files;
	int nfiles;
};

/* The line at *p (without its newline), advancing *p past it. */
static const char *line_at(const char **p, const char *end, size_t *n)
{
	const char *s = *p;
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	if (!nl)
		return NULL;
	*n = (size_t)(nl - s);
	*p = nl + 1;
	return s;
}

ExData *ex_open(Comp *comp, const char *data, size_t len, int nfiles)
{
	Arena *a = comp->a;
	const char *p = data, *end = data + len;
	size_t n;
	const char *l = line_at(&p, end, &n);
	int nf, intro;
	if (!l || sscanf(l, "minigo export 2 %d %d", &nf, &intro) != 2 || nf != nfiles)
		return NULL;
	ExData *x = fe_alloc(a, sizeof *x);
	x->comp = comp;
	x->introspects = intro != 0;
	x->nfiles = nfiles;
	x->files = fe_alloc(a, (size_t)nfiles * sizeof *x->files);
	for (int i = 0; i < nfiles; i++) {
		ExFile *f = &x->files[i];
		size_t tlen;
		if (!(l = line_at(&p, end, &n)) || sscanf(l, "text %zu", &tlen) != 1 || tlen > (size_t)(end - p))
			return NULL;
		f->text = p;
		f->len = tlen;
		p += tlen;
		if (p >= end || *p != '\n')
			return NULL;
		p++;
		int capa = 0, capf = 0;
		for (;;) {
			if (!(l = line_at(&p, end, &n)))
				return NULL;
			char *s = fe_strndup(a, l, n);
			int line, col, off = 0, inl, cost;
			char kind;
			if (strcmp(s, "end") == 0)
				break;
			if (sscanf(s, "aside %d %d %n", &line, &col, &off) == 2 && off > 0) {
				Node *id = fe_node(a, N_IDENT, (Pos){ line, col, i });
				id->ident.name = s + off;
				f->aside = fe_grow(a, f->aside, f->naside, &capa, sizeof *f->aside, 8);
				f->aside[f->naside++] = id;
			} else if (sscanf(s, "func %d %d %c %d %d%n", &line, &col, &kind, &inl, &cost, &off) == 5) {
				f->funcs = fe_grow(a, f->funcs, f->nfuncs, &capf, sizeof *f->funcs, 64);
				f->funcs[f->nfuncs++] = (ExFunc){ line, col, kind, inl, cost, s[off] == ' ' ? s + off + 1 : NULL };
			} else {
				return NULL;
			}
		}
	}
	return x;
}

const char *ex_file(ExData *x, int i, size_t *len)
{
	*len = x->files[i].len;
	return x->files[i].text;
}

bool ex_introspects(ExData *x)
{
	return x->introspects;
}

void ex_annotate(ExData *x, int i, Node *file)
{
	ExFile *f = &x->files[i];
	for (int k = 0; k < f->naside; k++) {
		f->aside[k]->pos.file = fe_diag_current_file(x->comp->diag);
		fe_list_push(x->comp->a, &file->file.setaside, f->aside[k]);
	}
	NodeList *decls = &file->file.decls;
	int next_fn = 0;
	for (int k = 0; k < decls->len; k++) {
		Node *d = decls->v[k];
		if (d->kind != N_FUNCDECL)
			continue;
		Pos p = d->func_.name->pos;
		if (next_fn >= f->nfuncs || f->funcs[next_fn].line != p.line || f->funcs[next_fn].col != p.col)
			fe_ice(p, "export data does not match the declarations of %s", x->comp->pkgpath);
		ExFunc *e = &f->funcs[next_fn++];
		d->func_.stripped = e->kind == 'S';
		d->func_.esctags = e->tags;
		/* the verdict of a stripped body cannot be made again */
		if (d->func_.stripped) {
			d->func_.inlstate = e->inlstate;
			d->func_.inlcost = e->inlcost;
		}
	}
	if (next_fn != f->nfuncs)
		fe_ice((Pos){ 0 }, "export data has functions %s lacks", x->comp->pkgpath);
}
