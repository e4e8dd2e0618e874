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

static const char *verdict(Dump *d, const IrVerdict *v)
{
	static const char *const where[] = { "", "stack", "heap", "static", "discard" };
	if (!v || v->where == IR_UNDECIDED)
		return "";
	return fe_sprintf(d->a, " [%s%s%s%s]", where[v->where], v->transient ? ", transient" : "",
	                  v->reason ? ": " : "", v->reason ? v->reason : "");
}

/* The -m=2 explanation behind a verdict, under it. */
static void flow(Dump *d, const IrVerdict *v)
{
	if (!v || !v->flow)
		return;
	for (const char *s = v->flow; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		fprintf(d->out, "        | %.*s\n", (int)n, s);
		s += n + (nl != NULL);
	}
}

/* Allocation sites with a verdict, as gc prints them. */
static void site(Dump *d, Node *n)
{
	if (n->kind == N_VARSPEC) { /* a package-level var that is static data */
		if (n->esc)
			fprintf(d->out, "    static %s var %s\n", where(d, n->pos), fe_list_string(d->a, &n->spec.names));
		return;
	}
	if (n->kind == N_CONVIFACE)
		fprintf(d->out, "    conv %s %s to %s%s\n", where(d, n->pos), fe_node_string(d->a, n->unary.x),
		        fe_type_string(d->a, n->type), verdict(d, n->esc));
	else if (n->esc && n->kind != N_IDENT)
		fprintf(d->out, "    alloc %s %s%s\n", where(d, n->pos), fe_node_string(d->a, n), verdict(d, n->esc));
	if (n->kind == N_CONVIFACE || (n->esc && n->kind != N_IDENT))
		flow(d, n->esc);
	if (n->dots) {
		fprintf(d->out, "    alloc %s ... argument%s\n", where(d, n->pos), verdict(d, n->dots));
		flow(d, n->dots);
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
		for (int i = 0; i < rw->nresults; i++)
			site(d, rw->uses[i]);
	}
}

static void node_notes(Node *n, void *ctx)
{
	Dump *d = ctx;
	if (n->kind == N_FUNCLIT) {
		site(d, n); /* the closure; its body is a function of its own */
		return;
	}
	if (n->rw)
		rewrite(d, n);
	site(d, n);
	fe_each_child(n, node_notes, d);
}

static void func(Dump *d, IrFunc *f)
{
	fprintf(d->out, "func %s", f->name);
	if (f->outer)
		fprintf(d->out, " (closure in %s)", f->outer->name);
	if (f->decl)
		fprintf(d->out, " %s", where(d, f->decl->pos));
	fputc('\n', d->out);
	for (int i = 0; i < f->ncvars; i++)
		fprintf(d->out, "    cvar %s %s (first use %s)\n", f->cvars[i].var->name,
		        f->cvars[i].byval ? "byval" : "byref", where(d, f->cvars[i].use->pos));
	if (f->decl) {
		Node *fields[3] = { f->decl->kind == N_FUNCDECL ? f->decl->func_.recv : NULL, NULL, NULL };
		NodeList *lists[2] = { &f->decl->func_.type->functype.params, &f->decl->func_.type->functype.results };
		for (int l = -1; l < 2; l++) {
			int nf = l < 0 ? (fields[0] != NULL) : lists[l]->len;
			for (int i = 0; i < nf; i++) {
				Node *fld = l < 0 ? fields[0] : lists[l]->v[i];
				for (int j = 0; j < fld->field.names.len; j++) {
					Node *id = fld->field.names.v[j];
					fprintf(d->out, "    %s %s %s%s\n", l < 1 ? "param" : "result", id->ident.name,
					        where(d, id->pos), verdict(d, id->esc));
					flow(d, id->esc);
				}
			}
		}
	}
	for (int i = 0; i < f->ndcl; i++) {
		Node *n = f->dcl[i].n;
		Node *id = n->kind == N_CASECLAUSE ? n->obj->decl : n;
		fprintf(d->out, "    dcl %s %s%s\n", n->obj->name, where(d, id->pos), verdict(d, id->esc));
		flow(d, id->esc);
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
