/*
 * diag.c - diagnostics the way gc prints them.
 *
 * Every message is "FILE:LINE:COL: text" on stderr, FILE spelled as given on
 * the command line.  Errors are not printed when reported but collected and
 * printed sorted by position when the stage ends (fe_flush_errors), because
 * the parser and the checker do not discover them in source order.  The
 * filtering rules are gc's (cmd/compile/internal/base/print.go):
 *
 *   - at most one syntax error per line: a "syntax error: ..." on the same
 *     line as the previous syntax error is dropped, whatever its text;
 *   - another error is dropped if it repeats the previous one's line and
 *     text; identical lines are printed once;
 *   - the 10th error ends compilation: the stage stops at the next check of
 *     fe_too_many_errors(), and the flush ends with "POS: too many errors",
 *     POS being the 10th error's position (not with -e, fe_diag_all_errors);
 *   - errors reported after fe_error_barrier() sort after all those before
 *     it, as gc's do when a later flush prints them.
 *
 * Nothing here exits (except fe_ice), so the fuzzer can run many inputs in
 * one process.  The state is one FeDiag per compilation (fe_diag_new), which
 * every stage that reports is handed (Comp.diag); the position printers
 * and fe_note also take NULL (no //line directives, the file "<input>"),
 * for unit tests that build graphs by hand.
 *
 * -m lines (fe_note) are not errors: they go out at once, unsorted, in the
 * order the escape pass emits them, as gc prints them.  A caller that wants
 * to read them rather than print them (`minigo compare` lays them out in
 * columns) installs a sink with fe_note_sink; they then bypass stderr.
 *
 * //line directives (lexer.l) change the file name, line and column that
 * positions print with from where they take effect on; positions stay
 * those of the source everywhere else (sorting, one error per line).
 *
 * A package of several files is one FeDiag: each file is registered with
 * fe_diag_add_file before it is parsed, and every Pos carries its file's
 * index.  Positions sort by file (in registration order, which is the
 * order of the file names, as go build passes them to gc), then line and
 * column.  With a header (fe_diag_header: go build's "# PKGPATH"), the
 * header is printed once, before the first line the FeDiag prints.
 *
 * With -json each diagnostic is one JSON object per line:
 *   {"file":"x.go","line":3,"col":5,"kind":"error","msg":"..."}
 * with kind "error", "note" or "ice"; "too many errors" is an error too.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

enum { MAX_ERRORS = 10 };

typedef struct {
	Pos pos;
	char *msg;
	int group;          /* fe_error_barrier's count when reported */
} Diag;

/* A //line directive: from `at` on, positions print as file:line:col,
 * relative to it (col 0: no columns). */
typedef struct {
	Pos at;
	char *file;         /* NULL: the file's own name */
	int line, col;
} LineDir;

struct FeDiag {
	const char *file;   /* the first file's name */
	const char **files; /* every file's name, by index (Pos.file) */
	int nfiles, capfiles;
	int cur;            /* the file being parsed: its index */
	const char *header; /* printed before the first line, or NULL */
	bool json;
	FeNoteSink *sink;   /* fe_note_sink: where -m lines go instead of stderr */
	void *sinkctx;
	Diag *v;
	int len, cap;
	int count;          /* errors counted, as gc's numErrors */
	int nsyntax;        /* syntax errors counted, as gc's numSyntaxErrors */
	int group;
	bool too_many;
	bool all;           /* -e: no limit */
	Pos too_many_pos;
	Pos last_syntax;    /* gc's lasterror.syntax */
	Pos last_other;     /* gc's lasterror.other and .msg */
	char *last_msg;
	LineDir *dirs;      /* in source order */
	int ndirs, capdirs;
	FeDiag *prev;       /* the one made before (last_diag's stack) */
};

/* The compilation diagnosed last: where an internal error is reported
 * (an ICE ends the process, so it can only be that one's). */
static FeDiag *last_diag;
static FeDiag *ice_diag;    /* fe_ice_diag: the package being compiled, if it is not the last made */

FeDiag *fe_diag_new(const char *filename, bool json)
{
	FeDiag *d = calloc(1, sizeof *d);
	if (!d) {
		fputs("minigo: out of memory\n", stderr);
		exit(1);
	}
	d->file = filename ? filename : "<input>";
	d->json = json;
	if (filename)
		fe_diag_add_file(d, filename);
	d->prev = last_diag;
	last_diag = d;
	return d;
}

void fe_diag_free(FeDiag *d)
{
	if (!d)
		return;
	for (int i = 0; i < d->len; i++)
		free(d->v[i].msg);
	free(d->v);
	free(d->last_msg);
	for (int i = 0; i < d->ndirs; i++)
		free(d->dirs[i].file);
	free(d->dirs);
	free(d->files);
	if (last_diag == d)
		last_diag = d->prev;
	if (ice_diag == d)
		ice_diag = NULL;
	free(d);
}

void fe_diag_all_errors(FeDiag *d, bool all)
{
	d->all = all;
}

const char *fe_filename(FeDiag *d)
{
	return d && d->file ? d->file : "<input>";
}

int fe_diag_add_file(FeDiag *d, const char *name)
{
	if (d->nfiles == d->capfiles) {
		d->capfiles = d->capfiles ? 2 * d->capfiles : 8;
		d->files = realloc(d->files, (size_t)d->capfiles * sizeof *d->files);
		if (!d->files) {
			fputs("minigo: out of memory\n", stderr);
			exit(1);
		}
	}
	d->files[d->nfiles++] = name;
	if (d->nfiles == 1)
		d->file = name;
	d->cur = d->nfiles - 1;
	return d->cur;
}

int fe_diag_current_file(FeDiag *d)
{
	return d ? d->cur : 0;
}

void fe_diag_header(FeDiag *d, const char *header)
{
	d->header = header;
}

const char *fe_pos_file(FeDiag *d, Pos pos)
{
	if (d && pos.file > 0 && pos.file < d->nfiles)
		return d->files[pos.file];
	return fe_filename(d);
}

static void json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

/* gc's cmd/internal/src packs line and column into 32 bits with two flag
 * fields: 20 bits of line (the top value saturates) and 8 of column, 255
 * meaning "unknown".  Its diagnostics therefore print no column past 254. */
enum { GC_LINE_MAX = (1 << 20) - 2, GC_COL_MAX = (1 << 8) - 1 };

static int gc_line(Pos pos)
{
	return pos.line < GC_LINE_MAX ? (int)pos.line : GC_LINE_MAX;
}

static bool gc_has_col(Pos pos)
{
	return pos.line < GC_LINE_MAX && pos.col > 0 && pos.col < GC_COL_MAX;
}

static bool before(Pos a, Pos b)
{
	if (a.file != b.file)
		return a.file < b.file;
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static bool same_line(Pos a, Pos b)
{
	return a.file == b.file && a.line == b.line;
}

void fe_line_directive(FeDiag *d, Pos at, const char *file, size_t len, bool same_file, int line, int col)
{
	char *name = NULL;
	if (same_file) { /* an empty name with a column: the name in effect */
		const LineDir *last = d->ndirs > 0 ? &d->dirs[d->ndirs - 1] : NULL;
		if (last && last->file)
			name = strdup(last->file);
	} else {
		name = malloc(len + 1);
		if (name) {
			memcpy(name, file, len);
			name[len] = 0;
		}
	}
	if (d->ndirs == d->capdirs) {
		d->capdirs = d->capdirs ? 2 * d->capdirs : 8;
		d->dirs = realloc(d->dirs, (size_t)d->capdirs * sizeof *d->dirs);
	}
	if (!d->dirs || (!same_file && !name)) {
		fputs("minigo: out of memory\n", stderr);
		exit(1);
	}
	d->dirs[d->ndirs++] = (LineDir){ at, name, line, col };
}

/* How a position prints: the file name, and the line and column the last
 * //line directive before it gives it (the column 0 when unknown). */
static const char *where(FeDiag *d, Pos pos, Pos *out)
{
	*out = pos;
	const LineDir *ld = NULL;
	for (int i = d ? d->ndirs - 1 : -1; i >= 0; i--)
		if (d->dirs[i].at.file == pos.file && !before(pos, d->dirs[i].at)) {
			ld = &d->dirs[i];
			break;
		}
	if (!ld || pos.line == 0)
		return fe_pos_file(d, pos);
	out->line = ld->line + (pos.line - ld->at.line);
	if (ld->col == 0)
		out->col = 0;
	else if (pos.line == ld->at.line)
		out->col = ld->col + (pos.col - ld->at.col);
	return ld->file ? ld->file : fe_pos_file(d, pos);
}

const char *fe_pos_where(FeDiag *d, Pos pos, Pos *out)
{
	return where(d, pos, out);
}

const char *fe_pos_string(FeDiag *d, Arena *a, Pos pos)
{
	Pos rel;
	const char *file = where(d, pos, &rel);
	if (gc_has_col(rel))
		return fe_sprintf(a, "%s:%d:%d", file, gc_line(rel), (int)rel.col);
	return fe_sprintf(a, "%s:%d", file, gc_line(rel));
}

static void emit(FeDiag *d, const char *kind, Pos at, const char *msg)
{
	Pos pos;
	const char *file = where(d, at, &pos);
	if (d && d->header) {
		fprintf(stderr, "%s\n", d->header);
		d->header = NULL;
	}
	if (d && d->json) {
		fputs("{\"file\":", stderr);
		json_string(stderr, file);
		fprintf(stderr, ",\"line\":%d,\"col\":%d,\"kind\":\"%s\",\"msg\":", (int)pos.line, (int)pos.col, kind);
		json_string(stderr, msg);
		fputs("}\n", stderr);
		return;
	}
	if (pos.line > 0 && gc_has_col(pos))
		fprintf(stderr, "%s:%d:%d: %s\n", file, gc_line(pos), (int)pos.col, msg);
	else if (pos.line > 0)
		fprintf(stderr, "%s:%d: %s\n", file, gc_line(pos), msg);
	else
		fprintf(stderr, "%s: %s\n", file, msg);
}

static char *vformat(const char *prefix, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	size_t plen = strlen(prefix);
	char *s = malloc(plen + (size_t)n + 1);
	if (!s) {
		fputs("minigo: out of memory\n", stderr);
		exit(1);
	}
	memcpy(s, prefix, plen);
	vsnprintf(s + plen, (size_t)n + 1, fmt, ap);
	return s;
}

static void add(FeDiag *d, Pos pos, char *msg, bool syntax)
{
	if (d->too_many) {
		free(msg);
		return;
	}
	if (syntax) {
		d->nsyntax++;
		if (d->last_syntax.line != 0 && same_line(d->last_syntax, pos)) {
			free(msg);
			return;
		}
		d->last_syntax = pos;
	} else {
		if (d->last_msg && same_line(d->last_other, pos) && strcmp(d->last_msg, msg) == 0) {
			free(msg);
			return;
		}
		d->last_other = pos;
		free(d->last_msg);
		d->last_msg = strdup(msg);
	}
	if (d->len == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->v = realloc(d->v, (size_t)d->cap * sizeof *d->v);
		if (!d->v) {
			fputs("minigo: out of memory\n", stderr);
			exit(1);
		}
	}
	d->v[d->len++] = (Diag){ pos, msg, d->group };
	if (++d->count >= MAX_ERRORS && !d->all) {
		d->too_many = true;
		d->too_many_pos = pos;
	}
}

void fe_error(FeDiag *d, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, pos, vformat("", fmt, ap), false);
	va_end(ap);
}

void fe_syntax_error(FeDiag *d, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, pos, vformat("syntax error: ", fmt, ap), true);
	va_end(ap);
}

int fe_error_count(FeDiag *d)
{
	return d->count;
}

int fe_syntax_error_count(FeDiag *d)
{
	return d->nsyntax;
}

void fe_error_barrier(FeDiag *d)
{
	d->group++;
}

bool fe_too_many_errors(FeDiag *d)
{
	return d->too_many;
}

static bool later(const Diag *a, const Diag *b)
{
	if (a->group != b->group)
		return a->group > b->group;
	return before(b->pos, a->pos);
}

int fe_flush_errors(FeDiag *d)
{
	/* Sorted by position, stably (equal positions keep their order of
	 * report), as gc's sort.Stable does. */
	if (d->len > 0) {
		Diag *copy = malloc((size_t)d->len * sizeof *copy);
		if (!copy) {
			fputs("minigo: out of memory\n", stderr);
			exit(1);
		}
		/* Insertion sort: at most a few dozen messages, and stable. */
		for (int i = 0; i < d->len; i++) {
			int j = i;
			while (j > 0 && later(&copy[j - 1], &d->v[i])) {
				copy[j] = copy[j - 1];
				j--;
			}
			copy[j] = d->v[i];
		}
		for (int i = 0; i < d->len; i++) {
			if (i > 0 && same_line(copy[i].pos, copy[i - 1].pos) && copy[i].pos.col == copy[i - 1].pos.col &&
			    strcmp(copy[i].msg, copy[i - 1].msg) == 0)
				continue;
			emit(d, "error", copy[i].pos, copy[i].msg);
		}
		for (int i = 0; i < d->len; i++)
			free(d->v[i].msg);
		free(copy);
		d->len = 0;
	}
	if (d->too_many) {
		emit(d, "error", d->too_many_pos, "too many errors");
		d->too_many = false; /* print it once */
		d->count = d->count < MAX_ERRORS ? MAX_ERRORS : d->count;
	}
	return d->count;
}

void fe_ice_diag(FeDiag *d)
{
	ice_diag = d;
}

_Noreturn void fe_ice(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = vformat("internal compiler error: ", fmt, ap);
	va_end(ap);
	FeDiag *d = ice_diag ? ice_diag : last_diag;
	if (d) {
		fe_flush_errors(d);
		emit(d, "ice", pos, msg);
	} else {
		fprintf(stderr, "<input>:%d:%d: %s\n", (int)pos.line, (int)pos.col, msg);
	}
	free(msg);
	exit(2);
}

void fe_note(FeDiag *d, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = vformat("", fmt, ap);
	va_end(ap);
	if (d && d->sink)
		d->sink(pos, msg, d->sinkctx);
	else
		emit(d, "note", pos, msg);
	free(msg);
}

void fe_note_sink(FeDiag *d, FeNoteSink *fn, void *ctx)
{
	d->sink = fn;
	d->sinkctx = ctx;
}
