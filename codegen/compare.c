/*
 * compare.c - `minigo compare FILE.go F G`: two functions side by side.
 *
 * The question behind it is always a pair: make([]int, 5) or
 * []int{0, 1, 2, 3, 4}?  make(map[int]int) or a map literal?  Answering it
 * with the other tools means three runs (-m, -S=F, -S=G), a diff that lines
 * nothing up because the functions differ, and reading calls out of the
 * assembly by eye.  So this file puts everything a Go programmer weighs in
 * one page:
 *
 *   - the escape verdicts: the -m lines gc would print whose position lies
 *     inside each function, verbatim (file, line, column, text), so they
 *     can be grepped for and checked against gc;
 *   - the runtime calls, by their Go names with a count, each tagged with
 *     what it costs (allocates, may allocate, panics) -- a call to
 *     runtime.makeslice is the heap allocation the -m line announced;
 *   - the instruction count and the stack frame (bytes below the return
 *     address: locals, spills, saved registers), the two numbers that tell
 *     "on the stack" from "through the runtime" at a glance;
 *   - then each function's -S=FUNC listing, in two columns.
 *
 * Everything is read from what the pipeline produced anyway: the -m lines
 * arrive through fe_note_sink while the escape pass runs, the listings are
 * cg_annotate_asm's output for each function, and the frame size comes from
 * the raw assembly's unwind directives (.cfi_def_cfa_offset), which LLVM
 * keeps exact across every prologue shape; the annotated text has dropped
 * them.  A function's source range comes from the AST: a declaration from
 * the token after `func` to its closing brace, a closure f.func1 (or
 * f.func1.2) from the literal that gc's numbering names -- the n-th
 * literal of its enclosing body in source order.
 *
 * Output is plain ASCII layout around the program's own text, wrapped (never
 * cut) to -width columns, and depends on nothing but the input: the same
 * file and flags give the same bytes, which is what lets
 * docs/make-vs-literal.md be generated from it and checked for staleness.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "escape/escape.h"

typedef struct {
	Pos pos;
	const char *msg;
} Note;

struct CgCompare {
	Arena *a;
	const char *path;   /* as given on the command line (-m lines use it) */
	const char *base;   /* its last element (the listings use it) */
	const char *src;
	size_t srclen;
	IrProgram *prog;
	FeDiag *diag;
	Note *notes;
	int nnotes, capnotes;
};

typedef struct {
	const char **v;
	int n, cap;
} Lines;

typedef struct {
	const char *name;
	int count;
} Call;

/* What one function shows. */
typedef struct {
	const char *sym;     /* "main.makeReturned", as the listing's label */
	Pos from, to;        /* its source; from.line == 0 when unknown */
	Lines asm_;          /* the -S=FUNC listing */
	int ninstr;
	long frame;
	Call *calls;
	int ncalls;
	Lines notes;         /* the -m lines inside it */
} Side;

static void add_line(Arena *a, Lines *l, const char *s)
{
	FE_PUSH(a, l->v, l->n, l->cap, s);
}

CgCompare *cg_compare_new(Comp *comp, IrProgram *prog)
{
	CgCompare *c = fe_alloc(comp->a, sizeof *c);
	c->a = comp->a;
	c->path = comp->path;
	const char *slash = strrchr(comp->path, '/');
	c->base = slash ? slash + 1 : comp->path;
	c->src = comp->src, c->srclen = comp->len;
	c->prog = prog;
	c->diag = comp->diag;
	return c;
}

void cg_compare_note(Pos pos, const char *msg, void *ctx)
{
	CgCompare *c = ctx;
	c->notes = fe_grow(c->a, c->notes, c->nnotes, &c->capnotes, sizeof *c->notes, 64);
	c->notes[c->nnotes++] = (Note){ pos, fe_strndup(c->a, msg, strlen(msg)) };
}

/* ---- finding the function in the source ---- */

/* The declaration or literal whose symbol is sym: "main.f",
 * "main.(*T).M", or a closure named by the IR, "main.f.func2.1". */
static Node *find_source(CgCompare *c, const char *sym)
{
	CG g = { .a = c->a }; /* all cg_func_symbol needs of the lowering's state */
	for (int i = 0; i < c->prog->nfuncs; i++) {
		IrFunc *f = c->prog->funcs[i];
		Node *d = f->decl;
		const char *fs;
		if (d->kind == N_FUNCLIT)
			fs = fe_sprintf(c->a, "main.%s", f->name);
		else if (d->func_.body && d->func_.name->obj)
			fs = cg_func_symbol(&g, d->func_.name->obj);
		else
			continue;
		if (strcmp(fs, sym) == 0)
			return d;
	}
	return NULL;
}

static int poscmp(Pos a, Pos b)
{
	return a.line != b.line ? (a.line < b.line ? -1 : 1) : a.col != b.col ? (a.col < b.col ? -1 : 1) : 0;
}

/* ---- reading the assembly ---- */

/* The -S=func listing, one entry per line; false if no function matches. */
static bool listing(CgCompare *c, const char *asm_text, const char *func, Side *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		fputs("minigo: out of memory\n", stderr);
		exit(1);
	}
	int n = cg_annotate_asm(asm_text, c->path, c->src, c->srclen, func, f);
	fclose(f);
	for (char *p = buf; p && *p;) {
		char *nl = strchr(p, '\n');
		size_t m = nl ? (size_t)(nl - p) : strlen(p);
		add_line(c->a, &s->asm_, fe_strndup(c->a, p, m));
		p += m + (nl != NULL);
	}
	free(buf);
	if (n == 0 || s->asm_.n == 0)
		return false;
	const char *label = s->asm_.v[0];
	s->sym = fe_strndup(c->a, label, strlen(label) - 1); /* without the ':' */
	return true;
}

static void add_call(Arena *a, Side *s, const char *name, size_t n)
{
	for (int i = 0; i < s->ncalls; i++)
		if (strlen(s->calls[i].name) == n && memcmp(s->calls[i].name, name, n) == 0) {
			s->calls[i].count++;
			return;
		}
	Call *v = fe_alloc(a, (size_t)(s->ncalls + 1) * sizeof *v);
	if (s->ncalls)
		memcpy(v, s->calls, (size_t)s->ncalls * sizeof *v);
	v[s->ncalls++] = (Call){ fe_strndup(a, name, n), 1 };
	s->calls = v;
}

/*
 * Instructions and direct calls of the listing.  A call is `call` to a
 * symbol, or a jump to one that is not a local label: LLVM turns a call in
 * tail position into `jmp runtime.X`, and it still is that call.
 */
static void scan_listing(Arena *a, Side *s)
{
	for (int i = 1; i < s->asm_.n; i++) {
		const char *l = s->asm_.v[i];
		if (l[0] != '\t')
			continue;
		s->ninstr++;
		const char *op = l + 1;
		const char *tab = strchr(op, '\t');
		if (!tab || !(strncmp(op, "call", 4) == 0 || op[0] == 'j'))
			continue;
		const char *t = tab + 1;
		if (*t == '*' || *t == '.' || *t == '%')
			continue;
		size_t n = strcspn(t, " \t,(");
		if (n)
			add_call(a, s, t, n);
	}
}

/* "name:" or "\"name\":" at the start of a raw assembly line is sym's label. */
static bool is_label_of(const char *line, size_t n, const char *sym)
{
	size_t k = strlen(sym);
	if (n > k + 2 && line[0] == '"')
		return memcmp(line + 1, sym, k) == 0 && line[k + 1] == '"' && line[k + 2] == ':';
	return n > k && memcmp(line, sym, k) == 0 && line[k] == ':';
}

/*
 * Bytes of stack below the return address: the largest CFA offset the
 * unwind directives give, minus the return address itself; with a frame
 * pointer the CFA is %rbp-based and the `subq $N, %rsp` after it counts
 * too.  A leaf that uses the red zone moves no %rsp at all, so its
 * deepest -N(%rsp) operand is its frame.
 */
static long frame_size(const char *raw, const char *sym)
{
	bool in = false, fp = false;
	long cfa = 8, sub = 0, redzone = 0;
	for (const char *p = raw; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		const char *line = p;
		p += n + (nl != NULL);
		if (!in) {
			in = is_label_of(line, n, sym);
			continue;
		}
		while (n && (*line == ' ' || *line == '\t'))
			line++, n--;
		char buf[256];
		snprintf(buf, sizeof buf, "%.*s", (int)(n < sizeof buf ? n : sizeof buf - 1), line);
		long v;
		if (strncmp(buf, ".Lfunc_end", 10) == 0)
			break;
		if (sscanf(buf, ".cfi_def_cfa_offset %ld", &v) == 1 && v > cfa)
			cfa = v;
		else if (strncmp(buf, ".cfi_def_cfa_register %rbp", 26) == 0)
			fp = true;
		else if (fp && sscanf(buf, "subq $%ld, %%rsp", &v) == 1 && v > sub)
			sub = v;
		for (const char *q = strstr(buf, "(%rsp"); q; q = strstr(q + 1, "(%rsp")) {
			const char *d = q;
			while (d > buf && isdigit((unsigned char)d[-1]))
				d--;
			if (d > buf && d[-1] == '-' && d < q && atol(d) > redzone)
				redzone = atol(d);
		}
	}
	long frame = cfa - 8 + sub;
	return frame > redzone ? frame : redzone;
}

/* What a runtime entry point costs, for the calls row. */
static const char *call_tag(const char *name)
{
	static const char *const allocates[] = {
		"newobject", "makeslice", "makemap_small", "growslice", "mallocgc", "convT", "convT16",
		"convT32", "convT64", "convTstring", "convTslice", "convTnoptr", NULL,
	};
	/* With a stack buffer or a stack hmap these allocate only when the result does not fit. */
	static const char *const may[] = {
		"makemap", "makemap64", "concatstrings", "concatstring2", "concatstring3", "concatstring4",
		"concatstring5", "slicebytetostring", "stringtoslicebyte", "stringtoslicerune",
		"slicerunetostring", "intstring", NULL,
	};
	if (strcmp(name, "memset") == 0)
		return " (C library: zeroing)";
	if (strcmp(name, "memcpy") == 0 || strcmp(name, "memmove") == 0)
		return " (C library: copying)";
	if (strncmp(name, "runtime.", 8) != 0)
		return "";
	name += 8;
	for (int i = 0; allocates[i]; i++)
		if (strcmp(name, allocates[i]) == 0)
			return " (allocates)";
	for (int i = 0; may[i]; i++)
		if (strcmp(name, may[i]) == 0)
			return " (may allocate)";
	if (strncmp(name, "mapassign", 9) == 0)
		return " (may allocate)";
	if (strncmp(name, "panic", 5) == 0 || strcmp(name, "gopanic") == 0)
		return " (panics)";
	return "";
}

/* ---- layout ---- */

/* Display width: code points (the text is the program's own, UTF-8). */
static int dispw(const char *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xc0) != 0x80;
	return w;
}

/* Bytes of s that fill at most w columns, ending on a code point. */
static size_t fit(const char *s, int w)
{
	size_t i = 0;
	int cols = 0;
	while (s[i]) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (cols == w)
				break;
			cols++;
		}
		i++;
	}
	return i;
}

/*
 * A listing line with its tabs expanded: instructions indented by 4, the
 * operands from column 12, as a reader of gc's -S expects them.
 */
static const char *expand_tabs(Arena *a, const char *s)
{
	size_t n = strlen(s), o = 0;
	char *out = fe_alloc(a, n * 8 + 1);
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\t') {
			out[o++] = s[i];
			continue;
		}
		int col = dispw(out, o);
		int to = col < 4 ? 4 : 4 + ((col - 4) / 8 + 1) * 8;
		while (col++ < to)
			out[o++] = ' ';
	}
	out[o] = 0;
	return out;
}

/*
 * Appends s to out wrapped to w columns, continuation lines indented by
 * indent.  A listing's source comment is cut instead (its text is the
 * program's, and a 100-element literal would fill the page).
 */
static void wrap(Arena *a, const char *s, int w, int indent, Lines *out)
{
	if (s[0] == '#' && s[1] == ' ' && dispw(s, strlen(s)) > w) {
		add_line(a, out, fe_sprintf(a, "%.*s...", (int)fit(s, w - 3), s));
		return;
	}
	if (indent > w / 2)
		indent = 2;
	bool first = true;
	do {
		int room = first ? w : w - indent;
		size_t n = strlen(s);
		if (dispw(s, n) > room) {
			n = fit(s, room);
			/* Break after a space when one is not too far back. */
			for (size_t k = n; k > n / 2; k--)
				if (s[k - 1] == ' ') {
					n = k;
					break;
				}
		}
		size_t e = n;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		add_line(a, out, fe_sprintf(a, "%*s%.*s", first ? 0 : indent, "", (int)e, s));
		s += n;
		while (*s == ' ')
			s++;
		first = false;
	} while (*s);
}

/* Appends s to line padded to w columns. */
static void put_cell(FILE *line, const char *s, int w)
{
	fputs(s, line);
	for (int n = dispw(s, strlen(s)); n < w; n++)
		fputc(' ', line);
}

/*
 * One row of a table: a label column of lw (none if 0: a listing, whose
 * wrapped operands continue under the operand column) and two cells,
 * each wrapped to cw columns, separated by " | "; no trailing blanks.
 */
static void row(CgCompare *c, FILE *out, const char *label, Lines *l, Lines *r, int lw, int cw)
{
	Lines wl = { 0 }, wr = { 0 };
	int indent = lw ? 2 : 12;
	for (int i = 0; i < l->n; i++)
		wrap(c->a, l->v[i], cw, indent, &wl);
	for (int i = 0; i < r->n; i++)
		wrap(c->a, r->v[i], cw, indent, &wr);
	int h = wl.n > wr.n ? wl.n : wr.n;
	for (int i = 0; i < h; i++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *line = open_memstream(&buf, &len);
		if (!line) {
			fputs("minigo: out of memory\n", stderr);
			exit(1);
		}
		if (lw) {
			put_cell(line, i == 0 ? label : "", lw);
			fputs(" | ", line);
		}
		put_cell(line, i < wl.n ? wl.v[i] : "", cw);
		fprintf(line, " | %s", i < wr.n ? wr.v[i] : "");
		fclose(line);
		while (len > 0 && buf[len - 1] == ' ')
			len--;
		fprintf(out, "%.*s\n", (int)len, buf);
		free(buf);
	}
}

/* A row of one line per side. */
static void row1(CgCompare *c, FILE *out, const char *label, const char *x, const char *y, int lw, int cw)
{
	Lines l = { 0 }, r = { 0 };
	add_line(c->a, &l, x);
	add_line(c->a, &r, y);
	row(c, out, label, &l, &r, lw, cw);
}

/* ---- the two sides ---- */

static bool side(CgCompare *c, const char *asm_text, const char *func, Side *s)
{
	if (!listing(c, asm_text, func, s))
		return false;
	scan_listing(c->a, s);
	s->frame = frame_size(asm_text, s->sym);
	Node *src = find_source(c, s->sym);
	if (src) {
		s->from = src->pos;
		s->to = src->func_.body->block.rbrace;
	}
	for (int i = 0; i < c->nnotes; i++) {
		Note *nt = &c->notes[i];
		if (!src || nt->pos.line == 0 || poscmp(nt->pos, s->from) < 0 || poscmp(nt->pos, s->to) > 0)
			continue;
		add_line(c->a, &s->notes, fe_sprintf(c->a, "%s:%d:%d: %s", c->path, (int)nt->pos.line,
		                                       (int)nt->pos.col, nt->msg));
	}
	return true;
}

static Lines calls_cell(Arena *a, Side *s, bool runtime)
{
	Lines l = { 0 };
	for (int i = 0; i < s->ncalls; i++) {
		const char *name = s->calls[i].name;
		if ((strncmp(name, "runtime.", 8) == 0) != runtime)
			continue;
		add_line(a, &l, fe_sprintf(a, "%s x%d%s", name, s->calls[i].count, call_tag(name)));
	}
	if (l.n == 0)
		add_line(a, &l, "none");
	return l;
}

static const char *range(CgCompare *c, Side *s)
{
	if (!s->from.line)
		return "(source unknown)";
	return fe_sprintf(c->a, "%s:%d-%d", c->base, (int)s->from.line, (int)s->to.line);
}

/* The table: what each side allocates and costs. */
static void summary(CgCompare *c, Side *s, int opt, int width, FILE *out)
{
	Arena *a = c->a;
	const int lw = 14;
	int cw = (width - lw - 6) / 2;
	Lines title = { 0 };
	wrap(a, fe_sprintf(a, "minigo compare %s -O%d: %s vs %s", c->path, opt, s[0].sym, s[1].sym), width, 2,
	     &title);
	for (int i = 0; i < title.n; i++)
		fprintf(out, "%s\n", title.v[i]);
	fputc('\n', out);
	row1(c, out, "", s[0].sym, s[1].sym, lw, cw);
	row1(c, out, "source", range(c, &s[0]), range(c, &s[1]), lw, cw);
	for (int i = 0; i < lw + cw + cw + 6; i++)
		fputc(i == lw + 1 || i == lw + cw + 4 ? '+' : '-', out);
	fputc('\n', out);
	for (int i = 0; i < 2; i++)
		if (s[i].notes.n == 0)
			add_line(a, &s[i].notes, "none");
	row(c, out, "escape (-m)", &s[0].notes, &s[1].notes, lw, cw);
	Lines l = calls_cell(a, &s[0], true), r = calls_cell(a, &s[1], true);
	row(c, out, "runtime calls", &l, &r, lw, cw);
	l = calls_cell(a, &s[0], false), r = calls_cell(a, &s[1], false);
	if (strcmp(l.v[0], "none") != 0 || strcmp(r.v[0], "none") != 0)
		row(c, out, "other calls", &l, &r, lw, cw);
	row1(c, out, "instructions", fe_sprintf(a, "%d", s[0].ninstr), fe_sprintf(a, "%d", s[1].ninstr), lw, cw);
	row1(c, out, "stack frame", fe_sprintf(a, "%ld bytes", s[0].frame), fe_sprintf(a, "%ld bytes", s[1].frame),
	     lw, cw);
}

/*
 * The two -S=FUNC listings, pair by pair of lines, so that a line wrapped
 * on one side pushes both down and the sides stay level.
 */
static void listings(CgCompare *c, Side *s, const char *f1, const char *f2, int width, FILE *out)
{
	int aw = (width - 3) / 2;
	row1(c, out, "", fe_sprintf(c->a, "-S=%s", f1), fe_sprintf(c->a, "-S=%s", f2), 0, aw);
	int h = s[0].asm_.n > s[1].asm_.n ? s[0].asm_.n : s[1].asm_.n;
	for (int i = 0; i < h; i++)
		row1(c, out, "", i < s[0].asm_.n ? expand_tabs(c->a, s[0].asm_.v[i]) : "",
		     i < s[1].asm_.n ? expand_tabs(c->a, s[1].asm_.v[i]) : "", 0, aw);
}

bool cg_compare_print(CgCompare *c, const char *asm_text, const char *f1, const char *f2, int opt, int width,
                      FILE *out)
{
	Side s[2] = { 0 };
	const char *names[2] = { f1, f2 };
	bool ok = true;
	for (int i = 0; i < 2; i++)
		if (!side(c, asm_text, names[i], &s[i])) {
			fe_error(c->diag, (Pos){ 0 }, "no function %s", names[i]);
			ok = false;
		}
	if (!ok)
		return false;
	if (width < 60)
		width = 60;
	summary(c, s, opt, width, out);
	fputc('\n', out);
	listings(c, s, f1, f2, width, out);
	return true;
}
