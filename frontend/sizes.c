/*
 * sizes.c - arrays too large for the address space.
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

static void check_type(Sizes *s, Type *t, Pos pos)
{
	Type *arr = huge_array(t, true);
	if (!arr)
		return;
	for (int i = 0; i < s->nseen; i++)
		if (s->seen[i] == arr)
			return;
	FE_PUSH(s->a, s->seen, s->nseen, s->capseen, arr);
	fe_error(s->diag, pos, "type %s larger than address space", fe_type_string(s->a, arr));
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
	case N_SWITCH: case N_TYPESWITCH: check_list(s, &n->switch_.body); break;
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
		if (d->kind == N_FUNCDECL)
			check_stmts(&s, d->func_.body);
		else
			check_decl(&s, d);
	}
}
