/*
 * report.c - the pass's diagnostics, as gc's text lines or as JSON.
 *
 * In text mode every decision is one fe_note line, exactly as gc prints
 * it, and the -m=2 explanations are printed the moment the solver finds
 * them, which is gc's order.
 *
 * With -json (docs/escape-json.md) each decision becomes one JSON object
 * on its own line of stderr, in the same order as the text lines, and the
 * explanations the solver finds for a location are held back and attached
 * to that location's decision as its "flow".  Text and JSON are two
 * renderings of one stream of reports, so they cannot disagree: the JSON
 * "message" is the text line's message, byte for byte.  The JSON also
 * carries what gc leaves unsaid: the verdict on every address-taken or
 * captured variable that stays on the stack (marked "gc": false).
 *
 * Positions: "line" and "col" are gc's, 1-based, col counting bytes; the
 * LSP "range" is 0-based with "character" in UTF-16 code units of the
 * source line, for which the source file is read again (an editor
 * wants exactly this; a byte column is wrong after any non-ASCII rune).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape/escape.h"

/* One "flow:" step of an explanation and its "from" notes. */
typedef struct Step {
	struct Step *next;
	const char *dst, *src;
	int derefs;
	EscNote *notes;
	bool truncated; /* gc's "truncated explanation" warning instead */
} Step;

/* One explanation: its header line and its steps, in order. */
struct EscExplain {
	EscExplain *next;
	const char *header;
	Pos pos;
	Step *steps, **tail;
};

struct EscReporter {
	bool json;
	EscExplain *cur;  /* the explanation being written */
	EscLocation *curloc; /* whose it is */
	Comp *comp;       /* whose source gives UTF-16 columns */
	bool loaded;
	size_t *lines;    /* byte offset of each line's start */
	int nlines;
};

EscReporter *esc_reporter_new(Comp *comp)
{
	EscReporter *R = fe_alloc(comp->a, sizeof *R);
	R->json = comp->json;
	R->comp = comp;
	return R;
}

/* A position inside a message ("at FILE:LINE:COL"), as gc prints it. */
const char *esc_fmt_pos(EscBatch *b, Pos pos)
{
	return fe_pos_string(b->rep->comp->diag, b->arena, pos);
}

bool esc_report_json(EscReporter *R)
{
	return R->json;
}

/* ---- JSON output ---- */

static void put_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

/* The start of every line of the source (in memory: the driver read it). */
static void index_lines(EscReporter *R)
{
	R->loaded = true;
	const char *src = R->comp->src;
	size_t n = R->comp->len;
	size_t nl = 1;
	for (size_t i = 0; i < n; i++)
		nl += src[i] == '\n';
	R->lines = fe_alloc(R->comp->a, (nl + 1) * sizeof *R->lines);
	R->lines[R->nlines++] = 0;
	for (size_t i = 0; i < n; i++)
		if (src[i] == '\n')
			R->lines[R->nlines++] = i + 1;
}

/*
 * utf16_col converts a 1-based byte column of a 1-based line to LSP's
 * 0-based UTF-16 character offset, advancing further by extra bytes (the
 * length of the name at the position).
 */
static int utf16_col(EscReporter *R, int file, int line, int col, int extra)
{
	if (!R->loaded)
		index_lines(R);
	/* the source in memory is the package's first file's (Comp.src) */
	if (!R->comp->src || line < 1 || line > R->nlines || file != 0)
		return col - 1 + extra;
	size_t start = R->lines[line - 1];
	size_t end = start + (size_t)(col - 1) + (size_t)extra;
	int units = 0;
	for (size_t i = start; i < end && i < R->comp->len && R->comp->src[i] != '\n';) {
		unsigned char c = (unsigned char)R->comp->src[i];
		int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
		units += n == 4 ? 2 : 1; /* beyond the BMP: a surrogate pair */
		i += n;
	}
	return units;
}

static void put_pos(FILE *f, Pos pos)
{
	fprintf(f, "\"line\":%d,\"col\":%d", (int)pos.line, (int)pos.col);
}

static void put_explain(FILE *f, EscExplain *x)
{
	fputs("{\"explanation\":", f);
	put_string(f, x->header);
	fputs(",\"steps\":[", f);
	for (Step *s = x->steps; s; s = s->next) {
		if (s != x->steps)
			fputc(',', f);
		if (s->truncated) {
			fputs("{\"truncated\":true}", f);
			continue;
		}
		fputs("{\"dst\":", f);
		put_string(f, s->dst);
		fprintf(f, ",\"derefs\":%d,\"src\":", s->derefs);
		put_string(f, s->src);
		fputs(",\"from\":[", f);
		for (EscNote *nt = s->notes; nt; nt = nt->next) {
			if (nt != s->notes)
				fputc(',', f);
			fputs("{\"where\":", f);
			put_string(f, nt->where);
			fputs(",\"why\":", f);
			put_string(f, nt->why);
			fputc(',', f);
			put_pos(f, nt->pos);
			fputc('}', f);
		}
		fputs("]}", f);
	}
	fputs("]}", f);
}

static void put_object(EscReporter *R, const EscReport *r, const char *msg, EscExplain *flow)
{
	FILE *f = stderr;
	fputs("{\"file\":", f);
	put_string(f, fe_pos_file(R->comp->diag, r->pos));
	fputc(',', f);
	put_pos(f, r->pos);
	int l0 = r->pos.line > 0 ? r->pos.line - 1 : 0;
	int c0 = r->pos.col > 0 ? utf16_col(R, r->pos.file, r->pos.line, r->pos.col, 0) : 0;
	int c1 = r->pos.col > 0 ? utf16_col(R, r->pos.file, r->pos.line, r->pos.col, r->namelen) : 0;
	fprintf(f, ",\"range\":{\"start\":{\"line\":%d,\"character\":%d},\"end\":{\"line\":%d,\"character\":%d}}", l0,
	        c0, l0, c1);
	fputs(",\"kind\":", f);
	put_string(f, r->kind);
	fputs(",\"message\":", f);
	put_string(f, msg);
	if (r->func) {
		fputs(",\"func\":", f);
		put_string(f, r->func);
	}
	if (r->subject) {
		fputs(",\"subject\":", f);
		put_string(f, r->subject);
	}
	if (r->result) {
		fputs(",\"result\":", f);
		put_string(f, r->result);
		fprintf(f, ",\"level\":%d", r->level);
	}
	fprintf(f, ",\"gc\":%s", r->nongc ? "false" : "true");
	if (flow) {
		fputs(",\"flow\":[", f);
		for (EscExplain *x = flow; x; x = x->next) {
			if (x != flow)
				fputc(',', f);
			put_explain(f, x);
		}
		fputc(']', f);
	}
	fputs("}\n", f);
}

/* ---- the reports ---- */

void esc_report(EscReporter *R, const EscReport *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[512];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(buf, sizeof buf, fmt, ap2);
	va_end(ap2);
	char *msg = buf;
	if (n >= (int)sizeof buf) {
		msg = malloc((size_t)n + 1);
		if (msg)
			vsnprintf(msg, (size_t)n + 1, fmt, ap);
		else
			msg = buf;
	}
	va_end(ap);

	if (!R->json) {
		if (!r->nongc)
			fe_note(R->comp->diag, r->pos, "%s", msg);
	} else {
		EscExplain *flow = NULL;
		if (r->loc) {
			flow = r->loc->explain;
			r->loc->explain = NULL;
		}
		put_object(R, r, msg, flow);
	}
	if (msg != buf)
		free(msg);
}

/* The explanation's text, kept on its location for the verdict (Node.esc). */
static void keep(EscBatch *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void keep(EscBatch *b, const char *fmt, ...)
{
	EscReporter *R = b->rep;
	EscLocation *l = R->curloc;
	if (!l)
		return;
	if (!l->flow.a)
		l->flow.a = b->arena;
	if (l->flow.len)
		bs_puts(&l->flow, "\n");
	va_list ap;
	va_start(ap, fmt);
	bs_vprintf(&l->flow, fmt, ap);
	va_end(ap);
}

void esc_explain_begin(EscBatch *b, EscLocation *l, Pos pos, const char *fmt, ...)
{
	EscReporter *R = b->rep;
	va_list ap;
	va_start(ap, fmt);
	char line[512];
	va_list ap1;
	va_copy(ap1, ap);
	vsnprintf(line, sizeof line, fmt, ap1);
	va_end(ap1);
	R->curloc = l;
	keep(b, "%s", line);
	if (!R->json) {
		va_end(ap);
		fe_note(R->comp->diag, pos, "%s", line);
		return;
	}
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	char *h = fe_alloc(b->arena, (size_t)n + 1);
	vsnprintf(h, (size_t)n + 1, fmt, ap);
	va_end(ap);
	/* gc's headers end with ':' to introduce the steps; the JSON does
	 * not need it. */
	if (n > 0 && h[n - 1] == ':')
		h[n - 1] = 0;
	EscExplain *x = fe_alloc(b->arena, sizeof *x);
	x->header = h;
	x->pos = pos;
	x->tail = &x->steps;
	EscExplain **pp = &l->explain;
	while (*pp)
		pp = &(*pp)->next;
	*pp = x;
	R->cur = x;
}

void esc_explain_step(EscBatch *b, Pos pos, const char *dst, const char *ops, const char *src, int derefs,
                      EscNote *notes)
{
	EscReporter *R = b->rep;
	keep(b, "  flow: %s = %s%s:", dst, ops, src);
	for (EscNote *nt = notes; nt; nt = nt->next)
		keep(b, "    from %s (%s) at %s", esc_note_where(b, nt), nt->why, esc_fmt_pos(b, nt->pos));
	if (!R->json) {
		fe_note(R->comp->diag, pos, "  flow: %s = %s%s:", dst, ops, src);
		for (EscNote *nt = notes; nt; nt = nt->next)
			fe_note(R->comp->diag, pos, "    from %s (%s) at %s", esc_note_where(b, nt), nt->why, esc_fmt_pos(b, nt->pos));
		return;
	}
	if (!R->cur)
		return;
	/* printed later: the notes as they print now */
	EscNote *copy = NULL, **tail = &copy;
	for (EscNote *nt = notes; nt; nt = nt->next) {
		EscNote *c = fe_alloc(b->arena, sizeof *c);
		*c = (EscNote){ .where = esc_note_where(b, nt), .pos = nt->pos, .why = nt->why };
		*tail = c;
		tail = &c->next;
	}
	notes = copy;
	Step *s = fe_alloc(b->arena, sizeof *s);
	*s = (Step){ .dst = dst, .src = src, .derefs = derefs, .notes = notes };
	*R->cur->tail = s;
	R->cur->tail = &s->next;
}

void esc_explain_truncated(EscBatch *b, Pos pos)
{
	EscReporter *R = b->rep;
	keep(b, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
	if (!R->json) {
		fe_note(R->comp->diag, pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
		return;
	}
	if (!R->cur)
		return;
	Step *s = fe_alloc(b->arena, sizeof *s);
	*s = (Step){ .truncated = true };
	*R->cur->tail = s;
	R->cur->tail = &s->next;
}

/*
 * esc_report_orphans writes, at the end of a batch, the explanations of
 * locations that have no decision of their own (temporaries): gc prints
 * them, so the JSON keeps them, as objects of kind "explanation".
 */
void esc_report_orphans(EscBatch *b)
{
	EscReporter *R = b->rep;
	if (!R->json)
		return;
	for (int i = 0; i < b->nlocs; i++) {
		EscLocation *l = b->allLocs[i];
		for (EscExplain *x = l->explain; x; x = x->next) {
			EscReport r = { .kind = "explanation", .pos = x->pos, .func = l->curfn ? l->curfn->name : NULL,
			                .subject = l->what };
			EscExplain *one = fe_alloc(b->arena, sizeof *one);
			*one = *x;
			one->next = NULL;
			put_object(R, &r, x->header, one);
		}
		l->explain = NULL;
	}
	R->cur = NULL;
}
