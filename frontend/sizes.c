/*
 * sizes.c - arrays too large for the address space, channel elements
 * too large for hchan.
 *
 * types2 accepts any array length that fits an int; gc's back end then
 * refuses a type whose size reaches 2^50 bytes on amd64 when it first lays
 * it out, at the declaration being compiled: "type [N]T larger than address
 * space".  After a clean check we look at the declared types and variables
 * (package level and in function bodies) the same way.  A type is reported
 * once: a named type at its first declaration or use, each written array
 * type at its own.
 */
#include <string.h>

#include "frontend/frontend.h"

#define FE_MAX_WIDTH ((int64_t)1 << 50) /* gc's MAXWIDTH on amd64 */

typedef struct Sizes {
	FeDiag *diag;
	Arena *a;
	Type **seen; /* arrays already reported */
	int nseen, capseen;
} Sizes;

/* The first array within t (through arrays and struct fields, and the
 * element of a pointer at the top) whose size reaches FE_MAX_WIDTH. */
static Type *huge_array(Type *t, bool top)
{
	if (!t)
		return NULL;
	Type *u = fe_under(t);
	switch (u->kind) {
	case TY_PTR:
		return top ? huge_array(u->elem, false) : NULL;
	case TY_ARRAY: {
		Type *in = huge_array(u->elem, false);
		if (in)
			return in;
		int64_t w = fe_sizeof(u->elem);
		if (w != 0 && u->len > (FE_MAX_WIDTH - 1) / w)
			return u;
		return NULL;
	}
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++) {
			Type *in = huge_array(u->fields[i].type, false);
			if (in)
				return in;
		}
		return NULL;
	default:
		return NULL;
	}
}

/* The first channel type within t (through arrays and struct fields)
 * whose element is 64 KiB or more: gc's size.go refuses it when it lays
 * the channel type out (hchan's elemsize is a uint16). */
static Type *huge_chan(Type *t)
{
	Type *u = t ? fe_under(t) : NULL;
	if (!u)
		return NULL;
	switch (u->kind) {
	case TY_CHAN:
		return fe_sizeof(u->elem) >= 1 << 16 ? u : NULL;
	case TY_ARRAY:
		return huge_chan(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->nfields; i++) {
			Type *in = huge_chan(u->fields[i].type);
			if (in)
				return in;
		}
		return NULL;
	default:
		return NULL;
	}
}

static bool seen(Sizes *s, Type *t)
{
	for (int i = 0; i < s->nseen; i++)
		if (s->seen[i] == t)
			return true;
	FE_PUSH(s->a, s->seen, s->nseen, s->capseen, t);
	return false;
}

static void check_type(Sizes *s, Type *t, Pos pos)
{
	Type *arr = huge_array(t, true);
	if (arr && !seen(s, arr))
		fe_error(s->diag, pos, "type %s larger than address space", fe_type_string(s->a, arr));
	Type *ch = huge_chan(t);
	if (ch && !seen(s, ch))
		fe_error(s->diag, pos, "channel element type too large (>64kB)");
}

/* make(chan T) in a body: the channel type is laid out at the call. */
static void check_makes(Node *n, void *ctx)
{
	if (!n || n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_CALL && fe_call_builtin(n) == BI_MAKE && n->type && fe_under(n->type)->kind == TY_CHAN)
		check_type(ctx, n->type, n->pos);
	fe_each_child(n, check_makes, ctx);
}

static void check_decl(Sizes *s, Node *d)
{
	if (!d)
		return;
	if (d->kind == N_DECLSTMT) {
		for (int i = 0; i < d->decl.specs.len; i++)
			check_decl(s, d->decl.specs.v[i]);
	} else if (d->kind == N_TYPESPEC) {
		Node *name = d->typespec.name;
		if (name && name->obj && !d->typespec.alias)
			check_type(s, name->obj->type, name->pos);
	} else if (d->kind == N_VARSPEC) {
		for (int i = 0; i < d->spec.names.len; i++) {
			Node *name = d->spec.names.v[i];
			if (name->obj && name->obj->kind == OBJ_VAR)
				check_type(s, name->obj->type, name->pos);
		}
	}
}

static void check_stmts(Sizes *s, Node *n);

static void check_list(Sizes *s, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		check_stmts(s, l->v[i]);
}

/* the declarations among the statements of a body */
static void check_stmts(Sizes *s, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_DECLSTMT: check_decl(s, n); break;
	case N_BLOCK: check_list(s, &n->block.stmts); break;
	case N_LABELED: check_stmts(s, n->labeled.stmt); break;
	case N_IF:
		check_stmts(s, n->if_.then);
		check_stmts(s, n->if_.els);
		break;
	case N_FOR: check_stmts(s, n->for_.body); break;
	case N_RANGE: check_stmts(s, n->range.body); break;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECTSTMT: check_list(s, &n->switch_.body); break;
	case N_CASECLAUSE: check_list(s, &n->caseclause.body); break;
	default: break;
	}
}

void fe_check_sizes(FeDiag *diag, Arena *a, Node *file)
{
	Sizes s = { .diag = diag, .a = a };
	NodeList *decls = &file->file.decls;
	for (int i = 0; i < decls->len; i++) {
		Node *d = decls->v[i];
		if (d->kind == N_FUNCDECL) {
			check_stmts(&s, d->func_.body);
			check_makes(d->func_.body, &s);
		} else
			check_decl(&s, d);
	}
}
