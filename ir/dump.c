/*
 * dump.c - -d=ir: the IR as text, one function after another, in the
 * spirit of gc's -W: what irgen added to the tree and what escape decided.
 *
 *   func f.func1 (closure in f) 7:7
 *     cvar x byref (first use 8:3)
 *     dcl y 9:3 heap
 *     dcl .autotmp_2 10:5
 *     rewrite 10:5 call: .autotmp_2 := callee
 *     conv 11:9 to interface{} (box: stack)
 */
#include <string.h>

#include "ir/ir.h"

typedef struct Dump {
	FILE *out;
	Arena *a;
} Dump;

static const char *where(Dump *d, Pos p)
{
	return fe_sprintf(d->a, "%d:%d", (int)p.line, (int)p.col);
}

static const char *verdict(const Node *n)
{
	/* escape's verdict byte (escape/escape.h: ESC_NONE 1, ESC_HEAP 2, ESC_NEVER 3) */
	switch (n->esc & 0x0f) {
	case 1: return (n->esc & 0x10) ? " stack (transient)" : " stack";
	case 2: return " heap";
	case 3: return " stack (defer record)";
	default: return "";
	}
}

static void node_notes(Node *n, void *ctx);

static void rewrite(Dump *d, Node *n)
{
	IrRewrite *rw = n->rw;
	if (rw->tmp)
		fprintf(d->out, "    rewrite %s %s: %s := callee\n", where(d, n->pos), fe_kind_name(n->kind),
		        rw->tmp->ident.name);
	if (rw->inner) {
		fprintf(d->out, "    rewrite %s %s: ", where(d, n->pos), fe_kind_name(n->kind));
		for (int i = 0; i < rw->nresults; i++)
			fprintf(d->out, "%s%s", i ? ", " : "", rw->results[i]->ident.name);
		fprintf(d->out, " := %s\n", fe_node_string(d->a, rw->inner));
	}
}

static void node_notes(Node *n, void *ctx)
{
	Dump *d = ctx;
	if (n->kind == N_FUNCLIT)
		return; /* a function of its own */
	if (n->rw)
		rewrite(d, n);
	if (n->kind == N_CONVIFACE)
		fprintf(d->out, "    conv %s %s to %s%s\n", where(d, n->pos), fe_node_string(d->a, n->unary.x),
		        fe_type_string(d->a, n->type), verdict(n));
	fe_each_child(n, node_notes, d);
}

static void func(Dump *d, IrFunc *f)
{
	fprintf(d->out, "func %s", f->name);
	if (f->outer)
		fprintf(d->out, " (closure in %s)", f->outer->name);
	if (f->decl)
		fprintf(d->out, " %s%s", where(d, f->decl->pos), f->decl->kind == N_FUNCLIT ? verdict(f->decl) : "");
	fputc('\n', d->out);
	for (int i = 0; i < f->ncvars; i++)
		fprintf(d->out, "    cvar %s %s (first use %s)\n", f->cvars[i].var->name,
		        f->cvars[i].byval ? "byval" : "byref", where(d, f->cvars[i].use->pos));
	for (int i = 0; i < f->ndcl; i++) {
		Node *n = f->dcl[i].n;
		Node *id = n->kind == N_CASECLAUSE ? n->obj->decl : n;
		fprintf(d->out, "    dcl %s %s%s\n", n->obj->name, where(d, id->pos), verdict(id));
	}
	if (f->decl)
		fe_each_child(f->decl->func_.body ? f->decl->func_.body : f->decl, node_notes, d);
	for (int i = 0; f->initSpecs && i < f->initSpecs->len; i++)
		node_notes(f->initSpecs->v[i], d);
}

void ir_dump(FILE *out, IrProgram *p, const char *only)
{
	Dump d = { out, fe_arena_new() };
	for (int i = 0; i <= p->nfuncs; i++) {
		IrFunc *f = i < p->nfuncs ? p->funcs[i] : p->init;
		if (!f || (!f->decl && !f->ndcl && !(f->initSpecs && f->initSpecs->len)))
			continue;
		if (only && strcmp(only, f->name) != 0)
			continue;
		func(&d, f);
	}
	fe_arena_free(d.a);
}
