/*
 * setaside.c - the declarations of a std package that minigo sets aside.
 *
 * A std package compiled from $GOROOT/src may declare things minigo does
 * not compile yet: generic types and functions (sync/atomic.Pointer[T]).
 * fe_parse_std leaves such
 * a top-level declaration out of the file and names it in file.setaside;
 * the checker declares those names as "not supported by minigo", so a
 * program that uses one is refused at its use, while everything else in
 * the package compiles.
 *
 * A declaration that mentions a set-aside name must go too (a type
 * holding an atomic.Pointer, and its methods): this pass
 * drops, until nothing changes, every top-level declaration whose tree
 * mentions a set-aside name, and every method whose receiver does.  It
 * matches identifiers by name, without scopes, so a local variable that
 * shadows a set-aside name drops its declaration too: the error is on the
 * side of refusing, never of compiling something wrong.
 */
#include <string.h>

#include "frontend/frontend.h"

typedef struct {
	const char **v;
	int len, cap;
} Names;

static bool has(const Names *s, const char *name)
{
	for (int i = 0; i < s->len; i++)
		if (strcmp(s->v[i], name) == 0)
			return true;
	return false;
}

static void add(Arena *a, Names *s, const char *name)
{
	if (has(s, name))
		return;
	if (s->len == s->cap) {
		int cap = s->cap ? 2 * s->cap : 16;
		const char **v = fe_alloc(a, (size_t)cap * sizeof *v);
		if (s->len)
			memcpy(v, s->v, (size_t)s->len * sizeof *v);
		s->v = v;
		s->cap = cap;
	}
	s->v[s->len++] = name;
}

static bool mentions(Node *n, const Names *s);

static bool mentions_list(NodeList *l, const Names *s)
{
	for (int i = 0; i < l->len; i++)
		if (mentions(l->v[i], s))
			return true;
	return false;
}

/* Does the tree n mention one of the names?  Selectors' names and struct
 * field names are not package-level names; everything else is looked at. */
static bool mentions(Node *n, const Names *s)
{
	if (!n)
		return false;
	switch (n->kind) {
	case N_IDENT: return has(s, n->ident.name);
	case N_COMPOSITE: return mentions(n->composite.type, s) || mentions_list(&n->composite.elts, s);
	case N_KEYVALUE: case N_INDEX: case N_BINARY: case N_MAPTYPE: case N_SEND:
		return mentions(n->binary.x, s) || mentions(n->binary.y, s);
	case N_FUNCLIT: case N_FUNCDECL:
		return mentions(n->func_.recv, s) || mentions(n->func_.type, s) || mentions(n->func_.body, s);
	case N_PAREN: case N_STAR: case N_UNARY: case N_ELLIPSIS: case N_EXPRSTMT: case N_DEFER: case N_GOSTMT:
	case N_CHANTYPE: case N_CONVIFACE:
		return mentions(n->unary.x, s);
	case N_SELECTOR: return mentions(n->selector.x, s);
	case N_SLICEEXPR:
		return mentions(n->slice.x, s) || mentions(n->slice.lo, s) || mentions(n->slice.hi, s) ||
		       mentions(n->slice.max, s);
	case N_TYPEASSERT: return mentions(n->typeassert.x, s) || mentions(n->typeassert.type, s);
	case N_CALL: return mentions(n->call.fun, s) || mentions_list(&n->call.args, s);
	case N_ARRAYTYPE: return mentions(n->array.len, s) || mentions(n->array.elem, s);
	case N_STRUCTTYPE: case N_INTERFACETYPE: return mentions_list(&n->fields.fields, s);
	case N_FUNCTYPE: return mentions_list(&n->functype.params, s) || mentions_list(&n->functype.results, s);
	case N_FIELD: return mentions(n->field.type, s);
	case N_DECLSTMT: return mentions_list(&n->decl.specs, s);
	case N_LABELED: return mentions(n->labeled.stmt, s);
	case N_INCDEC: return mentions(n->incdec.x, s);
	case N_ASSIGN: return mentions_list(&n->assign.lhs, s) || mentions_list(&n->assign.rhs, s);
	case N_RETURN: return mentions_list(&n->ret.results, s);
	case N_BLOCK: return mentions_list(&n->block.stmts, s);
	case N_IF:
		return mentions(n->if_.init, s) || mentions(n->if_.cond, s) || mentions(n->if_.then, s) ||
		       mentions(n->if_.els, s);
	case N_CASECLAUSE: return mentions_list(&n->caseclause.exprs, s) || mentions_list(&n->caseclause.body, s);
	case N_SWITCH: case N_TYPESWITCH: case N_SELECTSTMT:
		return mentions(n->switch_.init, s) || mentions(n->switch_.tag, s) || mentions_list(&n->switch_.body, s);
	case N_FOR:
		return mentions(n->for_.init, s) || mentions(n->for_.cond, s) || mentions(n->for_.post, s) ||
		       mentions(n->for_.body, s);
	case N_RANGE:
		return mentions(n->range.key, s) || mentions(n->range.value, s) || mentions(n->range.x, s) ||
		       mentions(n->range.body, s);
	case N_CONSTSPEC: case N_VARSPEC: return mentions(n->spec.type, s) || mentions_list(&n->spec.values, s);
	case N_TYPESPEC: return mentions(n->typespec.type, s);
	default: return false;
	}
}

static void set_aside(Arena *a, Node *file, Node *d, Names *s)
{
	NodeList *g = &file->file.setaside;
	switch (d->kind) {
	case N_TYPESPEC:
		add(a, s, d->typespec.name->ident.name);
		fe_list_push(a, g, d->typespec.name);
		break;
	case N_FUNCDECL:
		if (!d->func_.recv) {
			add(a, s, d->func_.name->ident.name);
			fe_list_push(a, g, d->func_.name);
		}
		break;
	case N_CONSTSPEC: case N_VARSPEC:
		for (int k = 0; k < d->spec.names.len; k++) {
			Node *id = d->spec.names.v[k];
			if (strcmp(id->ident.name, "_") != 0) {
				add(a, s, id->ident.name);
				fe_list_push(a, g, id);
			}
		}
		break;
	default:
		break;
	}
}

void fe_set_aside_closure(Arena *a, Node **files, int n)
{
	Names s = { 0 };
	for (int i = 0; i < n; i++)
		for (int k = 0; k < files[i]->file.setaside.len; k++)
			add(a, &s, files[i]->file.setaside.v[k]->ident.name);
	if (s.len == 0)
		return;
	for (bool changed = true; changed;) {
		changed = false;
		for (int i = 0; i < n; i++) {
			NodeList *decls = &files[i]->file.decls;
			int keep = 0;
			for (int k = 0; k < decls->len; k++) {
				Node *d = decls->v[k];
				if (mentions(d, &s)) {
					set_aside(a, files[i], d, &s);
					changed = true;
				} else {
					decls->v[keep++] = d;
				}
			}
			decls->len = keep;
		}
	}
}
