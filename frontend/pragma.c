/*
 * pragma.c - //go: directives, placed and checked the way gc does.
 *
 * gc's scanner hands every line comment that starts "//go:" to the noder,
 * which judges it on the spot: a directive that does not begin its line is
 * "misplaced" at once; //go:linkname, //go:embed and //go:cgo_* have their
 * own syntax; the rest set flags (go:noinline, go:nosplit, ...) or nothing
 * (unknown verbs).  The flags then wait in the parser as a pending set
 * until the parser either takes them, at the start of a package clause,
 * an import / const / var / type spec or a func declaration, or clears
 * them, at a statement or a grouping "(" or the end of a top-level
 * declaration, where they are reported as misplaced.  Taken directives are
 * judged again, after type checking and only if it found nothing, by what
 * the declaration allows: a package clause //go:build, a type
 * //go:notinheap, a func the function flags, the rest nothing.
 *
 * Bison reduces in its own order, not gc's token order, so the grammar
 * does not act on the pending set as it goes: it records each take and
 * clear as an event at the position of the token that is current in gc's
 * parser at that moment (the spec's first token, the "(", the first token
 * of a statement, the end of a statement or declaration), and
 * fe_pragma_finish replays the events in position order against the
 * directives, which the lexer recorded in source order.  Directive errors
 * are not syntax errors, so, as in gc, they do not keep the file from
 * being type-checked; the checks of taken ones (fe_pragma_check) run
 * where gc's irgen runs, after a clean type check.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "frontend/parser.h"

/* gc's ir.PragmaFlag bits, as far as user code can set them. */
enum {
	PF_NOINTERFACE = 1 << 0, /* never set: gc's FieldTrack experiment is off */
	PF_NOESCAPE = 1 << 1,
	PF_NORACE = 1 << 2,
	PF_NOSPLIT = 1 << 3,
	PF_NOINLINE = 1 << 4,
	PF_NOCHECKPTR = 1 << 5,
	PF_SYSTEMSTACK = 1 << 6,
	PF_NOWRITEBARRIER = 1 << 7,
	PF_NOWRITEBARRIERREC = 1 << 8,
	PF_YESWRITEBARRIERREC = 1 << 9,
	PF_CGOUNSAFEARGS = 1 << 10,
	PF_UINTPTRKEEPALIVE = 1 << 11,
	PF_UINTPTRESCAPES = 1 << 12,
	PF_REGISTERPARAMS = 1 << 13,
	PF_NOTINHEAP = 1 << 14,
	PF_GOBUILD = 1 << 15,
};

enum {
	FUNC_PRAGMAS = PF_NOINTERFACE | PF_NOESCAPE | PF_NORACE | PF_NOSPLIT | PF_NOINLINE | PF_NOCHECKPTR |
		       PF_REGISTERPARAMS | PF_CGOUNSAFEARGS | PF_UINTPTRKEEPALIVE | PF_UINTPTRESCAPES |
		       PF_SYSTEMSTACK | PF_NOWRITEBARRIER | PF_NOWRITEBARRIERREC | PF_YESWRITEBARRIERREC,
	TYPE_PRAGMAS = PF_NOTINHEAP,
	RUNTIME_PRAGMAS = PF_SYSTEMSTACK | PF_NOWRITEBARRIER | PF_NOWRITEBARRIERREC | PF_YESWRITEBARRIERREC,
};

static const struct {
	const char *verb;
	unsigned flags;
} verbs[] = {
	{ "go:build", PF_GOBUILD },
	{ "go:noescape", PF_NOESCAPE },
	{ "go:norace", PF_NORACE },
	{ "go:nosplit", PF_NOSPLIT | PF_NOCHECKPTR },
	{ "go:noinline", PF_NOINLINE },
	{ "go:nocheckptr", PF_NOCHECKPTR },
	{ "go:systemstack", PF_SYSTEMSTACK },
	{ "go:nowritebarrier", PF_NOWRITEBARRIER },
	{ "go:nowritebarrierrec", PF_NOWRITEBARRIERREC | PF_NOWRITEBARRIER },
	{ "go:yeswritebarrierrec", PF_YESWRITEBARRIERREC },
	{ "go:cgo_unsafe_args", PF_CGOUNSAFEARGS | PF_NOCHECKPTR },
	{ "go:uintptrkeepalive", PF_UINTPTRKEEPALIVE },
	{ "go:uintptrescapes", PF_UINTPTRESCAPES | PF_UINTPTRKEEPALIVE },
	{ "go:registerparams", PF_REGISTERPARAMS },
	{ "go:notinheap", PF_NOTINHEAP },
};

static unsigned verb_flags(const char *verb, size_t n)
{
	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (strlen(verbs[i].verb) == n && memcmp(verbs[i].verb, verb, n) == 0)
			return verbs[i].flags;
	return 0;
}

static bool has_prefix(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static FePragma *record(Parser *p, Pos pos)
{
	p->prags = fe_grow(p->arena, p->prags, p->nprags, &p->capprags, sizeof *p->prags, 8);
	FePragma *d = &p->prags[p->nprags++];
	memset(d, 0, sizeof *d);
	d->pos = pos;
	return d;
}

/*
 * Errors of the parse are queued with the time gc reports them, the
 * position of its current token then: a directive's own position for what
 * it sees at once, the clearing event's for misplaced ones.  They go out in
 * that order, so that when there are ten, the tenth -- where gc stops and
 * prints "too many errors" -- is gc's.
 */
static void perr(Parser *p, Pos time, Pos pos, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void perr(Parser *p, Pos time, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = fe_alloc(p->arena, (size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)len + 1, fmt, ap);
	va_end(ap);
	p->perrs = fe_grow(p->arena, p->perrs, p->nperrs, &p->capperrs, sizeof *p->perrs, 8);
	p->perrs[p->nperrs] = (PragErr){ time, pos, msg, p->nperrs };
	p->nperrs++;
}

/* ---- the directives' own syntax ---- */

/* A field list as gc's pragmaFields splits it: white space separates
 * fields, and a double-quoted region is one field, quotes included. */
typedef struct Fields {
	const char *s[8];
	size_t n[8];
	int len;  /* may exceed 8; only the first 8 are kept */
} Fields;

static void add_field(Fields *f, const char *s, size_t n)
{
	if (f->len < 8) {
		f->s[f->len] = s;
		f->n[f->len] = n;
	}
	f->len++;
}

static Fields pragma_fields(const char *s, size_t n)
{
	Fields f = { .len = 0 };
	bool quote = false;
	long start = -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"') {
			if (quote) {
				quote = false;
				add_field(&f, s + start, i + 1 - (size_t)start);
				start = -1;
			} else {
				quote = true;
				if (start >= 0)
					add_field(&f, s + start, i - (size_t)start);
				start = (long)i;
			}
		} else if (!quote && is_space(s[i])) {
			if (start >= 0)
				add_field(&f, s + start, i - (size_t)start);
			start = -1;
		} else if (start < 0) {
			start = (long)i;
		}
	}
	if (!quote && start >= 0)
		add_field(&f, s + start, n - (size_t)start);
	return f;
}

/* strings.Fields, for //go:linkname. */
static int count_fields(const char *s, size_t n)
{
	int k = 0;
	for (size_t i = 0; i < n; i++)
		if (!is_space(s[i]) && (i == 0 || is_space(s[i - 1])))
			k++;
	return k;
}

static bool quoted(const Fields *f, int i)
{
	return f->n[i] >= 2 && f->s[i][0] == '"' && f->s[i][f->n[i] - 1] == '"';
}

/* gc's pragcgo: the usage of each cgo directive it knows. */
static void cgo_usage(Parser *p, const char *text, size_t n, Pos pos)
{
	Fields f = pragma_fields(text, n);
	if (f.len == 0)
		return;
	const char *verb = f.s[0] + 3;  /* after "go:" */
	size_t vn = f.n[0] - 3;
#define IS(v) (vn == strlen(v) && memcmp(verb, v, vn) == 0)
	if (IS("cgo_export_static") || IS("cgo_export_dynamic")) {
		if (!((f.len == 2 && !quoted(&f, 1)) || (f.len == 3 && !quoted(&f, 1) && !quoted(&f, 2))))
			perr(p, pos, pos, "usage: //go:%.*s local [remote]", (int)vn, verb);
	} else if (IS("cgo_import_dynamic")) {
		if (!((f.len == 2 && !quoted(&f, 1)) || (f.len == 3 && !quoted(&f, 1) && !quoted(&f, 2)) ||
		      (f.len == 4 && !quoted(&f, 1) && !quoted(&f, 2) && quoted(&f, 3))))
			perr(p, pos, pos, "usage: //go:cgo_import_dynamic local [remote [\"library\"]]");
	} else if (IS("cgo_import_static")) {
		if (!(f.len == 2 && !quoted(&f, 1)))
			perr(p, pos, pos, "usage: //go:cgo_import_static local");
	} else if (IS("cgo_dynamic_linker")) {
		if (!(f.len == 2 && quoted(&f, 1)))
			perr(p, pos, pos, "usage: //go:cgo_dynamic_linker \"path\"");
	} else if (IS("cgo_ldflag")) {
		if (!(f.len == 2 && quoted(&f, 1)))
			perr(p, pos, pos, "usage: //go:cgo_ldflag \"arg\"");
	}
#undef IS
}

/* gc's safeArg: a library name that cannot pass for a command-line flag. */
static bool safe_arg(const char *s, size_t n)
{
	if (n == 0)
		return false;
	unsigned char c = (unsigned char)s[0];
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '_' ||
	       c == '/' || c >= 0x80;
}

/* A double-quoted pattern strconv.Unquote accepts: only valid escapes. */
static bool unquotable(const char *s, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++) {
		if (s[i] == '\n')
			return false;
		if (s[i] != '\\')
			continue;
		char e = s[++i];
		if (strchr("abfnrtv\\\"", e))
			continue;
		int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : (e >= '0' && e <= '7') ? 2 : -1;
		if (digits < 0)
			return false;
		for (int k = 0; k < digits; k++) {
			char h = s[i + 1];
			bool ok = e >= '0' && e <= '7' ? (h >= '0' && h <= '7') : strchr("0123456789abcdefABCDEF", h) && h;
			if (i + 2 >= n || !ok)
				return false;
			i++;
		}
	}
	return true;
}

/* gc's parseGoEmbed: the number of patterns, or -1 after reporting. */
static int embed_patterns(Parser *p, const char *s, size_t n, Pos pos)
{
	int count = 0;
	size_t i = 0;
	for (;;) {
		while (i < n && is_space(s[i]))
			i++;
		if (i == n)
			return count;
		size_t start = i;
		if (s[i] == '`') {
			const char *q = memchr(s + i + 1, '`', n - i - 1);
			if (!q)
				goto bad;
			i = (size_t)(q - s) + 1;
		} else if (s[i] == '"') {
			size_t j = i + 1;
			while (j < n && s[j] != '"')
				j += s[j] == '\\' ? 2 : 1;
			if (j >= n)
				goto bad;
			if (!unquotable(s + i, j + 1 - i)) {
				perr(p, pos, pos, "invalid quoted string in //go:embed: %.*s", (int)(j + 1 - i), s + i);
				return -1;
			}
			i = j + 1;
		} else {
			while (i < n && !is_space(s[i]))
				i++;
		}
		if (i < n && !is_space(s[i])) {
			start = i;
			goto bad;
		}
		count++;
		continue;
	bad:
		perr(p, pos, pos, "invalid quoted string in //go:embed: %s", fe_strndup(p->arena, s + start, n - start));
		return -1;
	}
}

/*
 * The lexer's report of a "//go:" comment: text is what follows "//" to the
 * end of the line, pos where it starts, blank whether only white space
 * precedes it on its line.
 */
void fe_pragma_comment(Parser *p, const char *text, size_t n, Pos pos, bool blank)
{
	if (!blank) {
		perr(p, pos, pos, "misplaced compiler directive");
		return;
	}
	if (has_prefix(text, n, "go:linkname ")) {
		int k = count_fields(text, n);
		if (k < 2 || k > 3) {
			perr(p, pos, pos, "usage: //go:linkname localname [linkname]");
		} else {
			Fields f = pragma_fields(text, n);
			FePragma *d = record(p, pos);
			d->linkname = true;
			d->local = fe_strndup(p->arena, f.s[1], f.n[1]);
			d->remote = k == 3 ? fe_strndup(p->arena, f.s[2], f.n[2]) : NULL;
		}
		return;
	}
	if ((n == 8 && memcmp(text, "go:embed", 8) == 0) || has_prefix(text, n, "go:embed ")) {
		int k = embed_patterns(p, text + 8, n - 8, pos);
		if (k <= 0)
			perr(p, pos, pos, "usage: //go:embed pattern...");
		else
			record(p, pos)->embed = true;
		return;
	}
	bool cgo = false;
	if (has_prefix(text, n, "go:cgo_import_dynamic ")) {
		Fields f = pragma_fields(text, n);
		if (f.len >= 4) {
			const char *lib = f.s[3];
			size_t ln = f.n[3];
			while (ln && *lib == '"')
				lib++, ln--;
			while (ln && lib[ln - 1] == '"')
				ln--;
			if (ln && !safe_arg(lib, ln))
				perr(p, pos, pos, "invalid library name \"%.*s\" in cgo_import_dynamic directive", (int)ln, lib);
			cgo_usage(p, text, n, pos);
			record(p, pos);
			return;
		}
		cgo = true;
	}
	if (cgo || has_prefix(text, n, "go:cgo_")) {
		perr(p, pos, pos, "//%.*s only allowed in cgo-generated code", (int)n, text);
		cgo_usage(p, text, n, pos);
	}
	const char *sp = memchr(text, ' ', n);
	size_t vn = sp ? (size_t)(sp - text) : n;
	unsigned flags = verb_flags(text, vn);
	if (flags & RUNTIME_PRAGMAS)
		perr(p, pos, pos, "//%.*s only allowed in runtime", (int)vn, text);
	if (flags == PF_UINTPTRKEEPALIVE && !p->lazy_std) /* gc's -std: a package of GOROOT */
		perr(p, pos, pos, "//%.*s is only allowed in the standard library", (int)vn, text);
	record(p, pos)->flags = flags;
}

/* ---- placing them ---- */

/* The grammar's record of a take (decl) or a clear (decl NULL) at `at`. */
void fe_pragma_event(Parser *p, Pos at, Node *decl)
{
	p->events = fe_grow(p->arena, p->events, p->nevents, &p->capevents, sizeof *p->events, 64);
	p->events[p->nevents] = (PragEvent){ at, decl, p->nevents };
	p->nevents++;
}

static bool before(Pos a, Pos b)
{
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static void misplaced(Parser *p, const FePragma *d, Pos time)
{
	if (d->flags)
		perr(p, time, d->pos, "misplaced compiler directive");
	if (d->embed)
		perr(p, time, d->pos, "misplaced go:embed directive");
}

/*
 * Replays the events in position order (inner phrases reduce, and record
 * their events, before outer ones that start earlier) and hands
 * each directive to the first event after it; the directives left at the
 * end are cleared at EOF.  The taken ones go to the file node; the errors
 * of the whole parse go out in gc's order.
 */
static int cmp_pos(Pos a, Pos b)
{
	return before(a, b) ? -1 : before(b, a) ? 1 : 0;
}

/* Position order, and the order of recording among equals (qsort is not
 * stable; seq makes it so). */
static int cmp_event(const void *x, const void *y)
{
	const PragEvent *a = x, *b = y;
	int c = cmp_pos(a->at, b->at);
	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

static int cmp_err(const void *x, const void *y)
{
	const PragErr *a = x, *b = y;
	int c = cmp_pos(a->time, b->time);
	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

void fe_pragma_finish(Parser *p)
{
	if (p->nprags == 0 && p->nperrs == 0)
		return; /* the common case: no directive at all */
	PragEvent *ev = p->events;
	if (p->nevents > 1)
		qsort(ev, (size_t)p->nevents, sizeof *ev, cmp_event);
	int k = 0;
	/* after an error in the package clause gc stops reading the file:
	 * what it scanned stands, nothing is cleared */
	for (int i = 0; i < p->nprags && !p->pkg_error; i++) {
		FePragma *d = &p->prags[i];
		if (d->linkname)
			continue;
		while (k < p->nevents && !before(d->pos, ev[k].at))
			k++;
		if (k == p->nevents)
			misplaced(p, d, (Pos){ INT32_MAX, 0, p->fileno });
		else if (ev[k].decl)
			d->decl = ev[k].decl;
		else
			misplaced(p, d, ev[k].at);
	}
	PragErr *q = p->perrs;
	if (p->nperrs > 1)
		qsort(q, (size_t)p->nperrs, sizeof *q, cmp_err);
	for (int i = 0; i < p->nperrs; i++)
		fe_error(p->diag, q[i].pos, "%s", q[i].msg);
	if (p->file) {
		p->file->file.pragmas = p->prags;
		p->file->file.npragmas = p->nprags;
	}
}

/* ---- judging the taken ones ---- */

static unsigned allowed(const Node *decl)
{
	switch (decl->kind) {
	case N_FILE: return PF_GOBUILD;
	case N_FUNCDECL: return FUNC_PRAGMAS;
	case N_TYPESPEC: return decl->typespec.alias ? 0 : TYPE_PRAGMAS;
	default: return 0;
	}
}

/* One declaration's directives, from its first one v[i] on: gc's
 * pragmaFlags (or varEmbed), then what the declaration makes of them. */
static void judge_decl(FeDiag *d, FePragma *v, int n, int i)
{
	Node *decl = v[i].decl;
	unsigned flags = 0;
	bool embed = false;
	/* a declaration's directives are consecutive, but for linknames and
	 * cleared ones (decl NULL) among them */
	for (int j = i; j < n && (v[j].decl == decl || !v[j].decl); j++) {
		if (v[j].decl != decl)
			continue;
		flags |= v[j].flags;
		if (v[j].flags & ~allowed(decl))
			fe_error(d, v[j].pos, "misplaced compiler directive");
		if (v[j].embed && decl->kind != N_VARSPEC)
			fe_error(d, v[j].pos, "misplaced go:embed directive");
		/* a var takes the first //go:embed: without import "embed",
		 * which minigo does not have, that is an error; the others go */
		if (v[j].embed && decl->kind == N_VARSPEC && !embed)
			fe_error(d, v[j].pos, "go:embed only allowed in Go files that import \"embed\"");
		embed |= v[j].embed;
	}
	if (decl->kind == N_FUNCDECL && (flags & PF_NOESCAPE) && decl->func_.body)
		fe_error(d, decl->pos, "can only use //go:noescape with external func implementations");
	if (decl->kind == N_FUNCDECL)
		decl->func_.pragmas = ((flags & PF_NOESCAPE) ? FE_FUNC_NOESCAPE : 0) |
				      ((flags & PF_UINTPTRESCAPES) ? FE_FUNC_UINTPTRESCAPES : 0) |
				      ((flags & PF_NOINLINE) ? FE_FUNC_NOINLINE : 0) |
				      ((flags & PF_CGOUNSAFEARGS) ? FE_FUNC_CGOUNSAFEARGS : 0) |
				      ((flags & PF_UINTPTRKEEPALIVE) ? FE_FUNC_UINTPTRKEEPALIVE : 0) |
				      ((flags & PF_YESWRITEBARRIERREC) ? FE_FUNC_YESWRITEBARRIERREC : 0);
	/* gc forbids heap allocation of such types at a dozen places (new,
	 * make, append, escapes, conversions); minigo checks none, so it takes
	 * a //go:notinheap type only while nothing uses it */
	Object *o = decl->kind == N_TYPESPEC ? decl->typespec.name->obj : NULL;
	if (o && (flags & PF_NOTINHEAP) && !decl->typespec.alias && (o->flags & OF_USED))
		fe_error(d, v[i].pos, "use of a //go:notinheap type not supported by minigo");
}

/* gc's irgen order: the package clause and imports, then package-level
 * types, then the rest as they come (locals inside their functions). */
static int phase(const Node *decl)
{
	if (decl->kind == N_FILE || decl->kind == N_IMPORT)
		return 0;
	if (decl->kind == N_TYPESPEC && decl->typespec.name->obj && (decl->typespec.name->obj->flags & OF_GLOBAL))
		return 1;
	return 2;
}

static bool imports_unsafe(Node *file)
{
	for (int i = 0; i < file->file.imports.len; i++) {
		Node *lit = file->file.imports.v[i]->import.path;
		if (lit && lit->kind == N_BASICLIT && lit->lit.str && lit->lit.len == 6 && memcmp(lit->lit.str, "unsafe", 6) == 0)
			return true;
	}
	return false;
}

void fe_pragma_check(FeDiag *d, Arena *a, Node *file, Scope *pkgscope, const char *pkgpath)
{
	FePragma *v = file->file.pragmas;
	int n = file->file.npragmas;
	/* the first directive of each declaration (see judge_decl) */
	bool *first = fe_alloc(a, (size_t)n + 1);
	const Node *prev = NULL;
	for (int i = 0; i < n; i++) {
		if (!v[i].decl)
			continue;
		first[i] = v[i].decl != prev;
		prev = v[i].decl;
	}
	for (int ph = 0; ph < 3; ph++)
		for (int i = 0; i < n; i++)
			if (v[i].decl && first[i] && phase(v[i].decl) == ph)
				judge_decl(d, v, n, i);
	/* gc resolves //go:linkname last, in a flush of its own: the local
	 * name is a package-level var or func, whose symbol becomes remote
	 * (Object.linkname; codegen names it so) */
	bool barrier = false, unsafe_ok = imports_unsafe(file);
	for (int i = 0; i < n; i++) {
		if (!v[i].linkname)
			continue;
		if (!barrier)
			fe_error_barrier(d);
		barrier = true;
		if (!unsafe_ok) {
			fe_error(d, v[i].pos, "//go:linkname only allowed in Go files that import \"unsafe\"");
			continue;
		}
		Object *o = pkgscope ? fe_scope_lookup(pkgscope, v[i].local) : NULL;
		if (!o || (o->kind != OBJ_VAR && o->kind != OBJ_FUNC)) {
			fe_error(d, v[i].pos, "//go:linkname must refer to declared function or variable");
			continue;
		}
		if (o->linkname) {
			fe_error(d, v[i].pos, "duplicate //go:linkname for %s", v[i].local);
			continue;
		}
		if (!v[i].remote && !pkgpath) {
			fe_error(d, v[i].pos, "//go:linkname requires linkname argument or -p compiler flag");
			continue;
		}
		o->linkname = v[i].remote ? v[i].remote : fe_sprintf(a, "%s.%s", pkgpath, v[i].local);
	}
}

