/*
 * check_stmt.c - statements: assignments and declarations, control flow,
 * "declared but not used", terminating statements, and the branch checks.
 *
 * Each block opens a scope; a variable's scope starts after its declaring
 * statement (so `x := x` sees the outer x), a type's at its name.  When a
 * block's scope closes, its variables that were never used are reported,
 * as types2's usage() does at the end of the function.
 *
 * gc checks labels, break, continue, goto and fallthrough in its parser
 * (syntax/branches.go), not in types2; chk_branches reproduces that pass
 * with its own messages ("break is not in a loop, switch, or select", ...).
 * Like gc's, it runs from the parser (fe_check_branches), on each function
 * body, literals included, as the body ends and only if the body itself
 * parsed without an error -- so it speaks also when the file has syntax
 * errors elsewhere, and its errors come in gc's order.
 *
 * Terminating statements follow the spec ("Terminating statements"),
 * which types2's isTerminating implements; "missing return" is reported at
 * the closing brace of a function with results whose body does not end in
 * one.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

static Type *invalid(void) { return fe_types[TY_INVALID]; }

static const char *tokname(int tok) { return fe_token_name(tok); }
static bool tok_is(int tok, const char *s) { const char *t = tokname(tok); return t && strcmp(t, s) == 0; }

static void open_scope(Checker *c) { c->scope = fe_scope_new(c->a, c->scope); }

static void close_scope(Checker *c)
{
	chk_usage(c, c->scope);
	c->scope = fe_scope_parent(c->scope);
}

void chk_usage(Checker *c, Scope *s)
{
	for (Object *o = fe_scope_first(s); o; o = o->next) {
		if (o->kind != OBJ_VAR || (o->flags & (OF_USED | OF_PARAM | OF_RESULT | OF_FIELD | OF_GLOBAL)))
			continue;
		chk_error(c, o->pos, "%s declared but not used", o->name);
	}
}

static Object *new_local(Checker *c, ObjKind kind, Node *id, Type *t)
{
	Object *o = fe_object_new(c->a, kind, id->ident.name, id->pos, t);
	o->decl = id;
	o->fn = c->fn ? c->fn->node : NULL;
	o->pkg = c->pkg;
	id->obj = o;
	return o;
}

/* ---- assignments ---- */

Type *chk_init_var(Checker *c, Object *lhs, Operand *x, const char *context)
{
	if (x->mode == MODE_INVALID || x->type->kind == TY_INVALID || (lhs->type && lhs->type->kind == TY_INVALID)) {
		if (!lhs->type)
			lhs->type = invalid();
		lhs->flags |= OF_USED;
		return NULL;
	}
	if (!lhs->type) {
		Type *t = x->type;
		if (fe_is_untyped(t)) {
			if (t->kind == TY_UNTYPED_NIL) {
				chk_error(c, chk_start_pos(x->expr), "use of untyped nil in %s", context);
				lhs->type = invalid();
				lhs->flags |= OF_USED; /* gc reports nothing more about it */
				return NULL;
			}
			t = fe_default_type(t);
		}
		lhs->type = t;
	}
	chk_assignment(c, x, lhs->type, context);
	if (x->mode == MODE_INVALID) {
		lhs->flags |= OF_USED;
		return NULL;
	}
	if (lhs->decl)
		lhs->decl->type = lhs->type;
	return x->type;
}

static void assign_error(Checker *c, NodeList *rhs, int nvars, int nvals)
{
	Node *r0 = rhs->v[0];
	Node *call = fe_unparen(r0);
	const char *vars = fe_sprintf(c->a, "%d variable%s", nvars, nvars == 1 ? "" : "s");
	const char *vals = fe_sprintf(c->a, "%d value%s", nvals, nvals == 1 ? "" : "s");
	if (rhs->len == 1 && call->kind == N_CALL) {
		chk_error(c, chk_start_pos(r0), "assignment mismatch: %s but %s returns %s", vars,
			  chk_expr_string(c, call->call.fun), vals);
		return;
	}
	chk_error(c, chk_start_pos(r0), "assignment mismatch: %s but %s", vars, vals);
}

static const char *types_summary(Checker *c, Operand *xs, int n, Object **vs, int nv)
{
	char *s = "(";
	int cnt = xs ? n : nv;
	for (int i = 0; i < cnt; i++) {
		Type *t = xs ? xs[i].type : vs[i]->type;
		const char *ts;
		if (!t || t->kind == TY_INVALID)
			ts = "<T>";
		else if (fe_is_untyped(t))
			ts = fe_is_numeric(t) ? "number" : t->basic_name + strlen("untyped ");
		else
			ts = chk_type_string(c, t);
		s = fe_sprintf(c->a, "%s%s%s", s, i ? ", " : "", ts);
	}
	return fe_sprintf(c->a, "%s)", s);
}

/* initVars: lhs objects (types may be set), rhs expressions; ret: the return statement */
void chk_init_vars(Checker *c, Object **lhs, int n, NodeList *rhs, Node *ret)
{
	int nr;
	bool commaok;
	Operand *xs = chk_expr_list(c, rhs, n == 2 && !ret, &nr, &commaok);
	if (n != nr) {
		for (int i = 0; i < n; i++) {
			lhs[i]->flags |= OF_USED;
			if (!lhs[i]->type)
				lhs[i]->type = invalid();
		}
		for (int i = 0; i < nr; i++)
			if (xs[i].mode == MODE_INVALID)
				return;
		if (ret) {
			Pos at = ret->pos;
			const char *q = "not enough";
			if (nr > n) {
				at = chk_start_pos(xs[n].expr);
				q = "too many";
			} else if (nr > 0) {
				at = chk_start_pos(xs[nr - 1].expr);
			}
			chk_error(c, at, "%s return values\n\thave %s\n\twant %s", q, types_summary(c, xs, nr, NULL, 0),
				  types_summary(c, NULL, 0, lhs, n));
			return;
		}
		assign_error(c, rhs, n, nr);
		return;
	}
	const char *context = ret ? "return statement" : "assignment";
	if (commaok) {
		for (int i = 0; i < 2; i++)
			chk_init_var(c, lhs[i], &xs[i], context);
		return;
	}
	bool ok = true;
	for (int i = 0; i < n; i++)
		if (!chk_init_var(c, lhs[i], &xs[i], context))
			ok = false;
	if (!ok)
		for (int i = 0; i < n; i++)
			lhs[i]->flags |= OF_USED;
}

static Type *assign_var(Checker *c, Node *lhs, Operand *x)
{
	if (x->mode == MODE_INVALID || x->type->kind == TY_INVALID) {
		chk_use(c, lhs);
		return NULL;
	}
	Node *id = fe_unparen(lhs);
	if (id->kind == N_IDENT && strcmp(id->ident.name, "_") == 0) {
		id->obj = NULL;
		chk_assignment(c, x, NULL, "assignment to _ identifier");
		if (x->mode == MODE_INVALID)
			return NULL;
		id->type = x->type;
		return x->type;
	}
	/* an assignment to v is not a use of v */
	Object *v = NULL;
	bool vused = false;
	if (id->kind == N_IDENT) {
		Object *o = fe_scope_lookup_parent(c->scope, id->ident.name);
		if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
			v = o;
			vused = (o->flags & OF_USED) != 0;
		}
	}
	Operand z;
	chk_expr(c, &z, lhs);
	if (v) {
		if (!vused)
			v->flags &= ~OF_USED;
		v->flags |= OF_ASSIGNED;
	}
	if (z.mode == MODE_INVALID || z.type->kind == TY_INVALID)
		return NULL;
	switch (z.mode) {
	case MODE_VAR:
	case MODE_MAPINDEX:
		break;
	default: {
		Node *u = fe_unparen(z.expr);
		if (u->kind == N_SELECTOR) {
			Node *sx = fe_unparen(u->selector.x);
			if (sx->mode == MODE_MAPINDEX) {
				chk_error(c, chk_start_pos(z.expr), "cannot assign to struct field %s in map",
					  chk_expr_string(c, z.expr));
				return NULL;
			}
		}
		chk_error(c, chk_start_pos(z.expr), "cannot assign to %s", chk_operand_string(c, &z));
		return NULL;
	}
	}
	chk_assignment(c, x, z.type, "assignment");
	if (x->mode == MODE_INVALID)
		return NULL;
	return x->type;
}

static void mark_used_if_ident(Checker *c, Node *lhs)
{
	Node *id = fe_unparen(lhs);
	if (id->kind != N_IDENT)
		return;
	Object *o = fe_scope_lookup_parent(c->scope, id->ident.name);
	if (o && o->kind == OBJ_VAR && o->pkg == c->pkg)
		o->flags |= OF_USED;
}

static void assign_vars(Checker *c, NodeList *lhs, NodeList *rhs)
{
	int nr;
	bool commaok;
	Operand *xs = chk_expr_list(c, rhs, lhs->len == 2, &nr, &commaok);
	if (lhs->len != nr) {
		chk_use_list(c, lhs);
		for (int i = 0; i < nr; i++)
			if (xs[i].mode == MODE_INVALID)
				return;
		assign_error(c, rhs, lhs->len, nr);
		return;
	}
	if (commaok) {
		for (int i = 0; i < 2; i++)
			assign_var(c, lhs->v[i], &xs[i]);
		return;
	}
	bool ok = true;
	for (int i = 0; i < lhs->len; i++)
		if (!assign_var(c, lhs->v[i], &xs[i]))
			ok = false;
	if (!ok)
		for (int i = 0; i < lhs->len; i++)
			mark_used_if_ident(c, lhs->v[i]);
}

static void short_var_decl(Checker *c, Node *s)
{
	NodeList *lhs = &s->assign.lhs;
	int n = lhs->len;
	Object **vars = fe_alloc(c->a, (n + 1) * sizeof *vars);
	Object **newvars = fe_alloc(c->a, (n + 1) * sizeof *newvars);
	int nnew = 0;
	bool haserr = false;
	for (int i = 0; i < n; i++) {
		Node *l = lhs->v[i];
		if (l->kind != N_IDENT) {
			chk_use(c, l);
			chk_error(c, chk_start_pos(l), "non-name %s on left side of :=", chk_expr_string(c, l));
			haserr = true;
			continue;
		}
		const char *name = l->ident.name;
		if (strcmp(name, "_") != 0) {
			bool dup = false;
			for (int k = 0; k < i && !dup; k++)
				dup = lhs->v[k]->kind == N_IDENT && strcmp(lhs->v[k]->ident.name, name) == 0;
			if (dup) {
				chk_error(c, l->pos, "%s repeated on left side of :=", name);
				haserr = true;
				continue;
			}
		}
		Object *alt = fe_scope_lookup(c->scope, name);
		if (alt && strcmp(name, "_") != 0) {
			l->obj = alt;
			if (alt->kind == OBJ_VAR) {
				vars[i] = alt;
				alt->flags |= OF_ASSIGNED;
			} else {
				chk_error(c, l->pos, "cannot assign to %s", name);
				haserr = true;
			}
			continue;
		}
		Object *o = new_local(c, OBJ_VAR, l, NULL);
		vars[i] = o;
		if (strcmp(name, "_") != 0)
			newvars[nnew++] = o;
	}
	for (int i = 0; i < n; i++)
		if (!vars[i])
			vars[i] = fe_object_new(c->a, OBJ_VAR, "_", lhs->v[i]->pos, NULL);
	int top = c->ndelayed;
	chk_init_vars(c, vars, n, &s->assign.rhs, NULL);
	chk_process_delayed(c, top);  /* before the new names are in scope */
	for (int i = 0; i < n; i++)
		if (lhs->v[i]->kind == N_IDENT && vars[i]->type)
			lhs->v[i]->type = vars[i]->type;
	if (nnew == 0 && !haserr) {
		chk_error(c, s->pos, "no new variables on left side of :=");
		return;
	}
	for (int i = 0; i < nnew; i++)
		chk_declare(c, c->scope, NULL, newvars[i]);
}

/* ---- declarations in functions ---- */

static void decl_stmt(Checker *c, Node *d)
{
	chk_inherit_consts(&d->decl.specs);
	for (int i = 0; i < d->decl.specs.len; i++) {
		Node *s = d->decl.specs.v[i];
		switch (s->kind) {
		case N_CONSTSPEC: {
			int n = s->spec.names.len;
			Object **objs = fe_alloc(c->a, (n + 1) * sizeof *objs);
			for (int k = 0; k < n; k++) {
				objs[k] = new_local(c, OBJ_CONST, s->spec.names.v[k], NULL);
				objs[k]->fn = NULL;
			}
			int saved = c->iota;
			Pos savedpos = c->errpos;
			c->iota = s->spec.iota;
			if (s->spec.implicit)
				c->errpos = s->spec.names.len ? s->spec.names.v[0]->pos : s->pos;
			int top = c->ndelayed;
			chk_const_spec(c, s, objs, n, s->spec.type, &s->spec.values, true);
			c->iota = saved;
			c->errpos = savedpos;
			chk_arity(c, s, true);
			chk_process_delayed(c, top);
			for (int k = 0; k < n; k++) {
				s->spec.names.v[k]->type = objs[k]->type;
				s->spec.names.v[k]->val = objs[k]->val;
				chk_declare(c, c->scope, s->spec.names.v[k], objs[k]);
			}
			break;
		}
		case N_VARSPEC: {
			int n = s->spec.names.len, nv = s->spec.values.len;
			Object **objs = fe_alloc(c->a, (n + 1) * sizeof *objs);
			for (int k = 0; k < n; k++)
				objs[k] = new_local(c, OBJ_VAR, s->spec.names.v[k], NULL);
			int top = c->ndelayed;
			for (int k = 0; k < n; k++) {
				if (nv == n) {
					chk_var_decl(c, objs[k], NULL, 0, s->spec.type, s->spec.values.v[k]);
				} else if (nv == 1) {
					chk_var_decl(c, objs[k], objs, n, s->spec.type, s->spec.values.v[0]);
					break;
				} else {
					chk_var_decl(c, objs[k], NULL, 0, s->spec.type, k < nv ? s->spec.values.v[k] : NULL);
				}
			}
			if (!s->spec.type || nv)
				chk_arity(c, s, false);
			chk_process_delayed(c, top);
			for (int k = 0; k < n; k++) {
				if (!objs[k]->type)
					objs[k]->type = invalid();
				s->spec.names.v[k]->type = objs[k]->type;
				chk_declare(c, c->scope, s->spec.names.v[k], objs[k]);
			}
			break;
		}
		case N_TYPESPEC: {
			Node *id = s->typespec.name;
			Object *o = new_local(c, OBJ_TYPE, id, NULL);
			o->decl = s;
			o->fn = NULL;
			if (!s->typespec.alias)
				o->type = fe_type_named(c->a, o, NULL);
			chk_declare(c, c->scope, id, o);
			chk_type_spec(c, s, o);
			if (o->type && o->type->kind == TY_NAMED && !o->type->underlying)
				o->type->underlying = invalid();
			chk_delayed(c);
			id->type = o->type;
			break;
		}
		default:
			break;
		}
	}
}

/* ---- switches ---- */

static void multiple_defaults(Checker *c, NodeList *body)
{
	Node *first = NULL;
	for (int i = 0; i < body->len; i++) {
		Node *cl = body->v[i];
		if (cl->caseclause.exprs.len == 0) {
			if (first)
				chk_error(c, cl->pos, "multiple defaults (first at %s:%d:%d)", fe_pos_file(c->diag, first->pos), first->pos.line,
					  first->pos.col);
			else
				first = cl;
		}
	}
}

typedef struct Seen {
	Const *val;
	Type *type;
	Pos pos;
} Seen;

static void case_values(Checker *c, Operand *x, NodeList *values, Seen **seen, int *nseen, int *capseen,
			ChkConstIndex *ix)
{
	for (int i = 0; i < values->len; i++) {
		Node *e = values->v[i];
		Operand v;
		chk_expr(c, &v, e);
		if (x->mode == MODE_INVALID || v.mode == MODE_INVALID)
			continue;
		chk_convert_untyped(c, &v, x->type);
		if (v.mode == MODE_INVALID)
			continue;
		Operand res = v;
		Operand xx = *x;
		chk_comparison(c, &res, &xx, OP_EQL, true);
		if (res.mode == MODE_INVALID)
			continue;
		if (v.mode != MODE_CONST)
			continue;
		/* types2 (as gc before it) looks for duplicates among ints, floats and strings only */
		if (v.val->kind != CONST_INT && v.val->kind != CONST_FLOAT && v.val->kind != CONST_STRING)
			continue;
		bool dup = false;
		for (int k = chk_cindex_first(ix, v.val); k >= 0 && !dup; k = chk_cindex_next(ix, k, v.val)) {
			Seen *s = &(*seen)[k];
			bool samekind = s->val->kind == v.val->kind ||
					(s->val->kind != CONST_STRING && v.val->kind != CONST_STRING);
			if (samekind && fe_const_compare(s->val, OP_EQL, v.val) && fe_identical(s->type, v.type)) {
				chk_error(c, chk_start_pos(v.expr), "duplicate case %s in expression switch\n\t%s: previous case",
					  chk_operand_string(c, &v), fe_pos_string(c->diag, c->a, s->pos));
				dup = true;
			}
		}
		if (dup)
			continue;
		if (*nseen == *capseen) {
			*capseen = *capseen ? 2 * *capseen : 16;
			*seen = realloc(*seen, *capseen * sizeof **seen);
		}
		(*seen)[(*nseen)++] = (Seen){ v.val, v.type, chk_start_pos(v.expr) };
		chk_cindex_add(ix, v.val);
	}
}

static void switch_stmt(Checker *c, Node *s)
{
	open_scope(c);
	if (s->switch_.init)
		chk_stmt_list(c, &(NodeList){ .v = &s->switch_.init, .len = 1, .cap = 1 }, 0);
	Operand x;
	Node *truenode = NULL;
	if (s->switch_.tag) {
		chk_expr(c, &x, s->switch_.tag);
		chk_assignment(c, &x, NULL, "switch expression");
		if (x.mode != MODE_INVALID && !fe_comparable(x.type) && !chk_has_nil(x.type)) {
			chk_error(c, chk_start_pos(x.expr), "cannot switch on %s (%s is not comparable)",
				  chk_operand_string(c, &x), chk_type_string(c, x.type));
			x.mode = MODE_INVALID;
		}
	} else {
		truenode = fe_node(c->a, N_IDENT, s->switch_.body.len ? s->switch_.body.v[0]->pos : s->switch_.rbrace);
		truenode->ident.name = "true";
		x = (Operand){ .mode = MODE_CONST, .type = fe_types[TY_BOOL], .val = fe_const_bool(c->a, true),
			       .expr = truenode };
	}
	multiple_defaults(c, &s->switch_.body);
	Seen *seen = NULL;
	int nseen = 0, capseen = 0;
	ChkConstIndex ix = { 0 };
	for (int i = 0; i < s->switch_.body.len; i++) {
		Node *cl = s->switch_.body.v[i];
		case_values(c, &x, &cl->caseclause.exprs, &seen, &nseen, &capseen, &ix);
		open_scope(c);
		chk_stmt_list(c, &cl->caseclause.body, 0);
		close_scope(c);
	}
	free(seen);
	chk_cindex_free(&ix);
	close_scope(c);
}

static void type_switch_stmt(Checker *c, Node *s)
{
	open_scope(c);
	if (s->switch_.init)
		chk_stmt_list(c, &(NodeList){ .v = &s->switch_.init, .len = 1, .cap = 1 }, 0);
	Node *tag = s->switch_.tag;
	Node *lhs = NULL, *guard = NULL;
	if (tag->kind == N_ASSIGN) {
		lhs = tag->assign.lhs.len ? tag->assign.lhs.v[0] : NULL;
		guard = tag->assign.rhs.len ? tag->assign.rhs.v[0] : NULL;
	} else {
		guard = tag->unary.x;
	}
	guard = fe_unparen(guard);
	if (lhs && strcmp(lhs->ident.name, "_") == 0) {
		chk_error(c, lhs->pos, "no new variable on left side of :=");
		lhs = NULL;
	}
	Operand x;
	chk_expr(c, &x, guard->typeassert.x);
	guard->type = x.type;
	guard->mode = x.mode;
	if (x.mode == MODE_INVALID) {
		close_scope(c);
		return;
	}
	Operand *sx = NULL;
	if (fe_is_interface(x.type))
		sx = &x;
	else
		chk_error(c, chk_start_pos(x.expr), "%s is not an interface", chk_operand_string(c, &x));
	multiple_defaults(c, &s->switch_.body);
	int cap = 16, nseen = 0;
	Type **seen = malloc(cap * sizeof *seen);
	Pos *seenpos = malloc(cap * sizeof *seenpos);
	bool *seennil = calloc(1, 1);
	Pos nilpos = { 0 };
	Object **lhsvars = fe_alloc(c->a, (s->switch_.body.len + 1) * sizeof *lhsvars);
	int nlhs = 0;
	for (int i = 0; i < s->switch_.body.len; i++) {
		Node *cl = s->switch_.body.v[i];
		Type *T = NULL;
		for (int k = 0; k < cl->caseclause.exprs.len; k++) {
			Node *e = cl->caseclause.exprs.v[k];
			Node *u = fe_unparen(e);
			bool isnil = u->kind == N_IDENT && fe_scope_lookup_parent(c->scope, u->ident.name) &&
				     fe_scope_lookup_parent(c->scope, u->ident.name)->kind == OBJ_NIL;
			if (isnil) {
				Operand d;
				chk_expr(c, &d, e);
				T = NULL;
				if (*seennil) {
					chk_error(c, chk_start_pos(e), "duplicate case nil in type switch\n\t%s: previous case",
						  fe_pos_string(c->diag, c->a, nilpos));
					continue;
				}
				*seennil = true;
				nilpos = chk_start_pos(e);
				continue;
			}
			T = chk_vartype(c, e);
			if (T->kind == TY_INVALID)
				continue;
			int dup = -1;
			for (int j = 0; j < nseen && dup < 0; j++)
				if (fe_identical(seen[j], T))
					dup = j;
			if (dup >= 0) {
				chk_error(c, chk_start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
					  chk_type_string(c, T), fe_pos_string(c->diag, c->a, seenpos[dup]));
				continue;
			}
			if (nseen == cap) {
				cap *= 2;
				seen = realloc(seen, cap * sizeof *seen);
				seenpos = realloc(seenpos, cap * sizeof *seenpos);
			}
			seenpos[nseen] = chk_start_pos(e);
			seen[nseen++] = T;
			if (sx)
				chk_type_assert_case(c, e, sx, T);
		}
		open_scope(c);
		if (lhs) {
			if (cl->caseclause.exprs.len != 1 || !T)
				T = x.type;
			Object *o = fe_object_new(c->a, OBJ_VAR, lhs->ident.name, lhs->pos, T);
			o->fn = c->fn ? c->fn->node : NULL;
			o->pkg = c->pkg;
			o->decl = lhs;
			cl->obj = o; /* the clause's implicit variable */
			fe_scope_insert(c->scope, o);
			lhsvars[nlhs++] = o;
		}
		chk_stmt_list(c, &cl->caseclause.body, 0);
		if (lhs) {
			/* the implicit variables are judged together below */
			Object *o = lhsvars[nlhs - 1];
			bool used = o->flags & OF_USED;
			o->flags |= OF_USED;
			if (!used)
				o->flags |= OF_ASSIGNED; /* remember: unused here */
			else
				o->flags &= ~OF_ASSIGNED;
		}
		close_scope(c);
	}
	if (lhs) {
		bool used = false;
		for (int i = 0; i < nlhs; i++)
			used |= !(lhsvars[i]->flags & OF_ASSIGNED);
		for (int i = 0; i < nlhs; i++)
			lhsvars[i]->flags &= ~OF_ASSIGNED;
		lhs->obj = nlhs ? lhsvars[0] : NULL;
		if (!used)
			chk_error(c, lhs->pos, "%s declared but not used", lhs->ident.name);
	}
	free(seen);
	free(seenpos);
	free(seennil);
	close_scope(c);
}

/* ---- range ---- */

static void stmt(Checker *c, Node *s);

static void range_stmt(Checker *c, Node *s)
{
	Node *keys[2] = { s->range.key, s->range.value };
	Operand x;
	chk_expr(c, &x, s->range.x);
	Type *key = NULL, *val = NULL;
	if (x.mode != MODE_INVALID) {
		Type *u = fe_under(x.type);
		if (u->kind == TY_PTR && fe_under(u->elem)->kind == TY_ARRAY)
			u = fe_under(u->elem);
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			key = fe_types[TY_INT], val = fe_type_rune;
			break;
		case TY_ARRAY: case TY_SLICE:
			key = fe_types[TY_INT], val = u->elem;
			break;
		case TY_MAP:
			key = u->key, val = u->elem;
			break;
		case TY_CHAN:
			key = u->elem, val = invalid();
			break;
		default:
			break;
		}
		const char *cause = NULL;
		if (u->kind == TY_CHAN) {
			if (s->range.value)
				chk_error(c, chk_start_pos(s->range.value), "range over %s permits only one iteration variable",
					  chk_operand_string(c, &x));
			if (u->dir == CHAN_SEND)
				cause = "receive from send-only channel";
		} else if (s->range.extra) {
			chk_error(c, s->range.extra->pos, "range clause permits at most two iteration variables");
		}
		if (cause)
			chk_error(c, chk_start_pos(x.expr), "cannot range over %s (%s)", chk_operand_string(c, &x), cause);
		else if (!key)
			chk_error(c, chk_start_pos(x.expr), "cannot range over %s", chk_operand_string(c, &x));
		else if (fe_is_untyped(x.type))
			chk_update_type(c, x.expr, fe_default_type(x.type), true);
	}
	open_scope(c);
	Type *rhs[2] = { key, val };
	if (s->range.define) {
		Object *vars[2];
		int nvars = 0;
		for (int i = 0; i < 2; i++) {
			Node *l = keys[i];
			if (!l)
				continue;
			Object *o;
			if (l->kind == N_IDENT) {
				o = new_local(c, OBJ_VAR, l, NULL);
				if (strcmp(l->ident.name, "_") != 0)
					vars[nvars++] = o;
			} else {
				chk_error(c, chk_start_pos(l), "cannot declare %s", chk_expr_string(c, l));
				o = fe_object_new(c->a, OBJ_VAR, "_", l->pos, NULL);
			}
			if (rhs[i]) {
				Operand v = { .mode = MODE_VALUE, .expr = l, .type = rhs[i] };
				chk_init_var(c, o, &v, "range clause");
				l->type = o->type;
			} else {
				o->type = invalid();
				o->flags |= OF_USED;
			}
		}
		if (nvars > 0) {
			for (int i = 0; i < nvars; i++)
				chk_declare(c, c->scope, NULL, vars[i]);
		} else {
			chk_error(c, s->range.forpos, "no new variables on left side of :=");
		}
	} else {
		for (int i = 0; i < 2; i++) {
			Node *l = keys[i];
			if (!l || !rhs[i])
				continue;
			Operand v = { .mode = MODE_VALUE, .expr = l, .type = rhs[i] };
			assign_var(c, l, &v);
		}
	}
	/* The body is a block of its own inside the range clause's scope:
	 * "k := k" in the body declares a new k. */
	stmt(c, s->range.body);
	chk_usage(c, c->scope);
	c->scope = fe_scope_parent(c->scope);
}

/* ---- statements ---- */

static bool is_statement_call(Node *u);

/* ch <- v (types2's SendStmt) */
static void send_stmt(Checker *c, Node *s)
{
	Operand ch, val;
	chk_expr(c, &ch, s->binary.x);
	chk_expr(c, &val, s->binary.y);
	if (ch.mode == MODE_INVALID || val.mode == MODE_INVALID)
		return;
	Type *u = fe_under(ch.type);
	if (u->kind != TY_CHAN) {
		chk_error(c, chk_start_pos(s), "invalid operation: cannot send to non-channel %s", chk_operand_string(c, &ch));
		return;
	}
	if (u->dir == CHAN_RECV) {
		chk_error(c, chk_start_pos(s), "invalid operation: cannot send to receive-only channel %s",
			  chk_operand_string(c, &ch));
		return;
	}
	chk_assignment(c, &val, u->elem, "send");
}

/* A select case's communication: a send, or a receive alone or assigned. */
static bool comm_ok(Node *comm)
{
	Node *rhs = NULL;
	if (comm->kind == N_SEND)
		return true;
	if (comm->kind == N_ASSIGN && comm->assign.rhs.len == 1 &&
	    (tok_is(comm->assign.op, "=") || tok_is(comm->assign.op, ":=")))
		rhs = comm->assign.rhs.v[0];
	else if (comm->kind == N_EXPRSTMT)
		rhs = comm->unary.x;
	rhs = rhs ? fe_unparen(rhs) : NULL;
	return rhs && rhs->kind == N_UNARY && tok_is(rhs->unary.op, "<-");
}

static void select_stmt(Checker *c, Node *s)
{
	multiple_defaults(c, &s->switch_.body);
	for (int i = 0; i < s->switch_.body.len; i++) {
		Node *cl = s->switch_.body.v[i];
		Node *comm = cl->caseclause.exprs.len ? cl->caseclause.exprs.v[0] : NULL;
		if (comm && !comm_ok(comm)) {
			chk_error(c, chk_start_pos(comm), "select case must be send or receive (possibly with assignment)");
			continue;
		}
		open_scope(c);
		if (comm)
			stmt(c, comm);
		chk_stmt_list(c, &cl->caseclause.body, 0);
		close_scope(c);
	}
}

static void suspended_call(Checker *c, const char *keyword, Node *call)
{
	Node *u = fe_unparen(call);
	Operand x;
	if (u->kind != N_CALL) {
		chk_raw_expr(c, &x, call, NULL);
		chk_error(c, chk_start_pos(call), "expression in %s must be function call", keyword);
		return;
	}
	chk_raw_expr(c, &x, call, NULL);
	const char *msg = NULL;
	if (u->sub == CALL_CONV)
		msg = "requires function call, not conversion";
	else if (u->sub == CALL_BUILTIN && u->obj && !is_statement_call(u))
		msg = "discards result of";   /* a builtin of types2's kind expression */
	if (msg && x.mode != MODE_INVALID)
		chk_error(c, chk_start_pos(call), "%s %s %s", keyword, msg, chk_operand_string(c, &x));
}

static bool is_statement_call(Node *u)
{
	if (u->kind != N_CALL)
		return false;
	if (u->sub == CALL_CONV)
		return false;
	if (u->sub == CALL_BUILTIN && u->obj) {
		/* types2's predeclaredFuncs: the builtins of kind expression */
		switch (u->obj->builtin) {
		case BI_APPEND: case BI_CAP: case BI_COMPLEX: case BI_IMAG: case BI_LEN: case BI_MAKE: case BI_NEW:
		case BI_REAL: case BI_ADD: case BI_ALIGNOF: case BI_OFFSETOF: case BI_SIZEOF: case BI_SLICE:
			return false;
		default:
			return true;
		}
	}
	return true;
}

static void stmt1(Checker *c, Node *s);

/* A statement, then the function literals it holds (types2's deferred
 * processDelayed). */
static void stmt(Checker *c, Node *s)
{
	int top = c->ndelayed;
	stmt1(c, s);
	chk_process_delayed(c, top);
}

static void stmt1(Checker *c, Node *s)
{
	switch (s->kind) {
	case N_EMPTYSTMT:
	case N_BRANCH:
		break;
	case N_DECLSTMT:
		decl_stmt(c, s);
		break;
	case N_LABELED:
		stmt(c, s->labeled.stmt);
		break;
	case N_EXPRSTMT: {
		Operand x;
		chk_raw_expr(c, &x, s->unary.x, NULL);
		Node *u = fe_unparen(s->unary.x);
		const char *msg;
		switch (x.mode) {
		case MODE_INVALID:
			if (u->kind == N_CALL)
				return;
			/* fallthrough */
		default:
			if (is_statement_call(u) || (u->kind == N_CALL && x.mode == MODE_INVALID))
				return;
			if (u->kind == N_UNARY && tok_is(u->unary.op, "<-"))   /* a receive is a statement */
				return;
			if (x.mode == MODE_INVALID)
				return;
			msg = "is not used";
			break;
		case MODE_BUILTIN:
			msg = "must be called";
			break;
		case MODE_TYPE:
			msg = "is not an expression";
			break;
		}
		chk_error(c, chk_start_pos(x.expr), "%s %s", chk_operand_string(c, &x), msg);
		break;
	}
	case N_INCDEC: {
		Operand x;
		chk_expr(c, &x, s->incdec.x);
		if (x.mode == MODE_INVALID)
			return;
		if (!fe_is_numeric(x.type)) {
			const char *op = s->incdec.op == '+' ? "++" : "--";
			chk_error(c, chk_start_pos(s->incdec.x), "invalid operation: %s%s (non-numeric type %s)",
				  chk_expr_string(c, s->incdec.x), op, chk_type_string(c, x.type));
			return;
		}
		assign_var(c, s->incdec.x, &x);
		break;
	}
	case N_ASSIGN: {
		int op = s->assign.op;
		if (tok_is(op, "=")) {
			assign_vars(c, &s->assign.lhs, &s->assign.rhs);
			return;
		}
		if (tok_is(op, ":=")) {
			short_var_decl(c, s);
			return;
		}
		FeOp fop = fe_op(op);
		if (s->assign.lhs.len != 1 || s->assign.rhs.len != 1) {
			chk_error(c, chk_start_pos(s), "assignment operation %s requires single-valued expressions",
				  fe_token_name(op));
			return;
		}
		Operand x;
		chk_binary(c, &x, NULL, s->assign.lhs.v[0], s->assign.rhs.v[0], fop, s->pos);
		assign_var(c, s->assign.lhs.v[0], &x);
		break;
	}
	case N_GOSTMT:
		suspended_call(c, "go", s->unary.x);
		break;
	case N_SEND:
		send_stmt(c, s);
		break;
	case N_SELECTSTMT:
		select_stmt(c, s);
		break;
	case N_DEFER:
		suspended_call(c, "defer", s->unary.x);
		break;
	case N_RETURN: {
		FuncCtx *f = c->fn;
		if (!f)
			return;
		NodeList *results = &s->ret.results;
		if (results->len == 0 && f->nresults > 0 && f->named_results) {
			for (int i = 0; i < f->nresults; i++) {
				Object *o = f->results[i];
				Object *alt = fe_scope_lookup_parent(c->scope, o->name);
				if (alt && alt != o) {
					chk_error(c, s->pos, "result parameter %s not in scope at return\n\tinner declaration of %s",
						  o->name, o->name);
				}
			}
		} else if (results->len > 0 || f->nresults > 0) {
			if (f->nresults == 0 && results->len > 0) {
				/* too many return values */
				chk_init_vars(c, f->results, 0, results, s);
			} else {
				chk_init_vars(c, f->results, f->nresults, results, s);
			}
		}
		break;
	}
	case N_BLOCK:
		open_scope(c);
		chk_stmt_list(c, &s->block.stmts, 0);
		close_scope(c);
		break;
	case N_IF: {
		open_scope(c);
		if (s->if_.init)
			stmt(c, s->if_.init);
		Operand x;
		chk_expr(c, &x, s->if_.cond);
		if (x.mode != MODE_INVALID && !fe_is_boolean(x.type))
			chk_error(c, chk_start_pos(s->if_.cond), "non-boolean condition in if statement");
		else if (x.mode != MODE_INVALID && fe_is_untyped(x.type))
			chk_update_type(c, s->if_.cond, fe_types[TY_BOOL], true);
		stmt(c, s->if_.then);
		if (s->if_.els)
			stmt(c, s->if_.els);
		close_scope(c);
		break;
	}
	case N_SWITCH:
		switch_stmt(c, s);
		break;
	case N_TYPESWITCH:
		type_switch_stmt(c, s);
		break;
	case N_FOR: {
		open_scope(c);
		if (s->for_.init)
			stmt(c, s->for_.init);
		if (s->for_.cond) {
			Operand x;
			chk_expr(c, &x, s->for_.cond);
			if (x.mode != MODE_INVALID && !fe_is_boolean(x.type))
				chk_error(c, chk_start_pos(s->for_.cond), "non-boolean condition in for statement");
			else if (x.mode != MODE_INVALID && fe_is_untyped(x.type))
				chk_update_type(c, s->for_.cond, fe_types[TY_BOOL], true);
		}
		if (s->for_.post) {
			Node *p = s->for_.post;
			if (p->kind == N_ASSIGN && tok_is(p->assign.op, ":=")) {
				chk_error(c, chk_start_pos(p), "cannot declare in post statement of for loop");
				chk_use_list(c, &p->assign.lhs);
			} else {
				stmt(c, p);
			}
		}
		stmt(c, s->for_.body);
		close_scope(c);
		break;
	}
	case N_RANGE:
		range_stmt(c, s);
		break;
	default:
		chk_error(c, s->pos, "invalid statement");
		break;
	}
}

void chk_stmt_list(Checker *c, NodeList *l, int ctx)
{
	for (int i = 0; i < l->len; i++) {
		if (fe_too_many_errors(c->diag))
			return;
		stmt(c, l->v[i]);
	}
	(void)ctx;
}

/* ---- terminating statements ---- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(NodeList *l, const char *label, bool implicit)
{
	for (int i = 0; i < l->len; i++)
		if (has_break(l->v[i], label, implicit))
			return true;
	return false;
}

static bool has_break(Node *s, const char *label, bool implicit)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_LABELED:
		return has_break(s->labeled.stmt, label, implicit);
	case N_BRANCH:
		if (tok_is(s->branch.tok, "break")) {
			if (!s->branch.label)
				return implicit;
			if (label && strcmp(s->branch.label->ident.name, label) == 0)
				return true;
		}
		return false;
	case N_BLOCK:
		return has_break_list(&s->block.stmts, label, implicit);
	case N_IF:
		return has_break(s->if_.then, label, implicit) || (s->if_.els && has_break(s->if_.els, label, implicit));
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECTSTMT:
		if (label)
			for (int i = 0; i < s->switch_.body.len; i++)
				if (has_break_list(&s->switch_.body.v[i]->caseclause.body, label, false))
					return true;
		return false;
	case N_FOR:
		return label && has_break(s->for_.body, label, false);
	case N_RANGE:
		return label && has_break(s->range.body, label, false);
	default:
		return false;
	}
}

static bool terminating_list(NodeList *l, const char *label)
{
	for (int i = l->len - 1; i >= 0; i--)
		if (l->v[i]->kind != N_EMPTYSTMT)
			return chk_is_terminating(l->v[i], label);
	return false;
}

static bool terminating_switch(NodeList *body, const char *label)
{
	bool hasdefault = false;
	for (int i = 0; i < body->len; i++) {
		Node *cl = body->v[i];
		if (cl->caseclause.exprs.len == 0)
			hasdefault = true;
		if (!terminating_list(&cl->caseclause.body, NULL) || has_break_list(&cl->caseclause.body, label, true))
			return false;
	}
	return hasdefault;
}

bool chk_is_terminating(Node *s, const char *label)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_LABELED:
		return chk_is_terminating(s->labeled.stmt, s->labeled.label->ident.name);
	case N_EXPRSTMT: {
		Node *u = fe_unparen(s->unary.x);
		return u->kind == N_CALL && u->sub == CALL_BUILTIN && u->obj && u->obj->builtin == BI_PANIC;
	}
	case N_RETURN:
		return true;
	case N_BRANCH:
		return tok_is(s->branch.tok, "goto") || tok_is(s->branch.tok, "fallthrough");
	case N_BLOCK:
		return terminating_list(&s->block.stmts, NULL);
	case N_IF:
		return s->if_.els && chk_is_terminating(s->if_.then, NULL) && chk_is_terminating(s->if_.els, NULL);
	case N_SWITCH:
	case N_TYPESWITCH:
		return terminating_switch(&s->switch_.body, label);
	case N_SELECTSTMT:
		for (int i = 0; i < s->switch_.body.len; i++) {
			NodeList *body = &s->switch_.body.v[i]->caseclause.body;
			if (!terminating_list(body, NULL) || has_break_list(body, label, true))
				return false;
		}
		return true;
	case N_FOR:
		return !s->for_.cond && !has_break(s->for_.body, label, true);
	default:
		return false;
	}
}

/* ---- branches (gc's syntax.checkBranches) ---- */

typedef struct Block Block;
struct Block {
	Block *parent;
	Pos start;
	Node *lstmt;   /* labeled statement owning this block */
};

typedef struct Label {
	const char *name;
	Block *parent;
	Node *lstmt;
	bool used;
} Label;

typedef struct LabelScope {
	Checker *c;
	Label *labels;
	int nlabels, caplabels;
} LabelScope;

typedef struct Targets {
	Node *breaks;      /* N_FOR, N_RANGE, N_SWITCH, N_TYPESWITCH or NULL */
	Node *continues;   /* N_FOR, N_RANGE or NULL */
	int caseindex;
} Targets;

typedef struct Gotos {
	Node **v;
	int len, cap;
} Gotos;

static void gpush(Gotos *g, Node *n)
{
	if (g->len == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 8;
		g->v = realloc(g->v, g->cap * sizeof *g->v);
	}
	g->v[g->len++] = n;
}

static Label *find_label(LabelScope *ls, const char *name)
{
	for (int i = 0; i < ls->nlabels; i++)
		if (strcmp(ls->labels[i].name, name) == 0)
			return &ls->labels[i];
	return NULL;
}

static void declare_label(LabelScope *ls, Block *b, Node *s)
{
	const char *name = s->labeled.label->ident.name;
	Label *alt = find_label(ls, name);
	if (alt) {
		Pos p = alt->lstmt->labeled.label->pos;
		chk_error(ls->c, s->labeled.label->pos, "label %s already defined at %s:%d:%d", name, fe_pos_file(ls->c->diag, p), p.line, p.col);
		return;
	}
	if (ls->nlabels == ls->caplabels) {
		ls->caplabels = ls->caplabels ? 2 * ls->caplabels : 8;
		ls->labels = realloc(ls->labels, ls->caplabels * sizeof *ls->labels);
	}
	ls->labels[ls->nlabels++] = (Label){ name, b, s, false };
}

static Node *goto_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = find_label(ls, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->parent == b)
			return l->lstmt;
	return NULL;
}

static Node invalid_target;

static Node *enclosing_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = find_label(ls, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->lstmt == b->lstmt)
			return l->lstmt;
	return &invalid_target;
}

static Gotos block_branches(LabelScope *ls, Block *parent, Targets ctx, Node *lstmt, Pos start, NodeList *body);

static void inner_block(LabelScope *ls, Block *b, Gotos *fwd, Targets ctx, Node *lstmt, Pos start, NodeList *body)
{
	Gotos g = block_branches(ls, b, ctx, lstmt, start, body);
	for (int i = 0; i < g.len; i++)
		gpush(fwd, g.v[i]);
	free(g.v);
}

static Gotos block_branches(LabelScope *ls, Block *parent, Targets ctx, Node *lstmt, Pos start, NodeList *body)
{
	Checker *c = ls->c;
	Block *b = fe_alloc(c->a, sizeof *b);
	b->parent = parent;
	b->start = start;
	b->lstmt = lstmt;
	Gotos fwd = { 0 }, bad = { 0 };
	Pos varpos = { 0 };
	Node *varname = NULL;
	int n = body->len;
	while (n > 0 && body->v[n - 1]->kind == N_EMPTYSTMT)
		n--;
	for (int si = 0; si < n; si++) {
		Node *s = body->v[si];
		lstmt = NULL;
	again:
		switch (s->kind) {
		case N_DECLSTMT:
			for (int k = 0; k < s->decl.specs.len; k++) {
				Node *sp = s->decl.specs.v[k];
				if (sp->kind == N_VARSPEC && sp->spec.names.len) {
					varpos = s->pos;
					varname = sp->spec.names.v[0];
					bad.len = 0;
					for (int j = 0; j < fwd.len; j++)
						gpush(&bad, fwd.v[j]);
					break;
				}
			}
			break;
		case N_LABELED: {
			const char *name = s->labeled.label->ident.name;
			if (strcmp(name, "_") != 0) {
				declare_label(ls, b, s);
				Label *l = find_label(ls, name);
				int k = 0;
				for (int j = 0; j < fwd.len; j++) {
					Node *g = fwd.v[j];
					if (strcmp(g->branch.label->ident.name, name) == 0) {
						if (l)
							l->used = true;
						bool jumps = false;
						if (varpos.line)
							for (int m = 0; m < bad.len && !jumps; m++)
								jumps = bad.v[m] == g;
						if (jumps)
							chk_error(c, g->branch.label->pos, "goto %s jumps over declaration of %s at %s:%d:%d",
								  name, chk_expr_string(c, varname), fe_pos_file(c->diag, varpos), varpos.line, varpos.col);
					} else {
						fwd.v[k++] = g;
					}
				}
				fwd.len = k;
				lstmt = s;
			}
			s = s->labeled.stmt;
			goto again;
		}
		case N_BRANCH: {
			int tok = s->branch.tok;
			if (!s->branch.label) {
				if (tok_is(tok, "break")) {
					if (!ctx.breaks)
						chk_error(c, s->pos, "break is not in a loop, switch, or select");
				} else if (tok_is(tok, "continue")) {
					if (!ctx.continues)
						chk_error(c, s->pos, "continue is not in a loop");
				} else if (tok_is(tok, "fallthrough")) {
					const char *msg = "fallthrough statement out of place";
					Node *t = ctx.breaks;
					if (t && (t->kind == N_SWITCH || t->kind == N_TYPESWITCH)) {
						if (t->kind == N_TYPESWITCH)
							msg = "cannot fallthrough in type switch";
						else if (ctx.caseindex < 0 || si + 1 < n)
							; /* out of place */
						else if (ctx.caseindex + 1 == t->switch_.body.len)
							msg = "cannot fallthrough final case in switch";
						else
							msg = NULL;
					}
					if (msg)
						chk_error(c, s->pos, "%s", msg);
				}
				break;
			}
			const char *name = s->branch.label->ident.name;
			if (tok_is(tok, "break")) {
				Node *t = enclosing_target(ls, b, name);
				if (t) {
					Node *st = t == &invalid_target ? NULL : t->labeled.stmt;
					if (!st || !(st->kind == N_SWITCH || st->kind == N_TYPESWITCH || st->kind == N_FOR ||
						     st->kind == N_RANGE || st->kind == N_SELECTSTMT))
						chk_error(c, s->branch.label->pos, "invalid break label %s", name);
				} else {
					chk_error(c, s->branch.label->pos, "break label not defined: %s", name);
				}
			} else if (tok_is(tok, "continue")) {
				Node *t = enclosing_target(ls, b, name);
				if (t) {
					Node *st = t == &invalid_target ? NULL : t->labeled.stmt;
					if (!st || !(st->kind == N_FOR || st->kind == N_RANGE))
						chk_error(c, s->branch.label->pos, "invalid continue label %s", name);
				} else {
					chk_error(c, s->branch.label->pos, "continue label not defined: %s", name);
				}
			} else if (tok_is(tok, "goto")) {
				if (!goto_target(ls, b, name))
					gpush(&fwd, s);
			}
			break;
		}
		case N_ASSIGN:
			if (tok_is(s->assign.op, ":=")) {
				varpos = s->pos;
				varname = s->assign.lhs.len ? s->assign.lhs.v[0] : NULL;
				bad.len = 0;
				for (int j = 0; j < fwd.len; j++)
					gpush(&bad, fwd.v[j]);
			}
			break;
		case N_BLOCK: {
			Targets in = { ctx.breaks, ctx.continues, -1 };
			inner_block(ls, b, &fwd, in, lstmt, s->pos, &s->block.stmts);
			break;
		}
		case N_IF: {
			Targets in = { ctx.breaks, ctx.continues, -1 };
			inner_block(ls, b, &fwd, in, lstmt, s->if_.then->pos, &s->if_.then->block.stmts);
			if (s->if_.els) {
				NodeList one = { .v = &s->if_.els, .len = 1, .cap = 1 };
				inner_block(ls, b, &fwd, in, lstmt, s->if_.els->pos, &one);
			}
			break;
		}
		case N_FOR: {
			Targets in = { s, s, -1 };
			inner_block(ls, b, &fwd, in, lstmt, s->for_.body->pos, &s->for_.body->block.stmts);
			break;
		}
		case N_RANGE: {
			Targets in = { s, s, -1 };
			inner_block(ls, b, &fwd, in, lstmt, s->range.body->pos, &s->range.body->block.stmts);
			break;
		}
		case N_SELECTSTMT: {
			Targets in = { s, ctx.continues, -1 };
			for (int i = 0; i < s->switch_.body.len; i++) {
				Node *cc = s->switch_.body.v[i];
				inner_block(ls, b, &fwd, in, lstmt, cc->pos, &cc->caseclause.body);
			}
			break;
		}
		case N_SWITCH:
		case N_TYPESWITCH: {
			Targets in = { s, ctx.continues, -1 };
			for (int i = 0; i < s->switch_.body.len; i++) {
				in.caseindex = i;
				Node *cc = s->switch_.body.v[i];
				inner_block(ls, b, &fwd, in, lstmt, cc->pos, &cc->caseclause.body);
			}
			break;
		}
		default:
			break;
		}
	}
	free(bad.v);
	return fwd;
}

void chk_branches(Checker *c, Node *body)
{
	if (!body)
		return;
	LabelScope ls = { .c = c };
	Gotos fwd = block_branches(&ls, NULL, (Targets){ NULL, NULL, -1 }, NULL, body->pos, &body->block.stmts);
	for (int i = 0; i < fwd.len; i++) {
		Node *g = fwd.v[i];
		const char *name = g->branch.label->ident.name;
		Label *l = find_label(&ls, name);
		if (l) {
			l->used = true;
			Pos p = l->parent->start;
			chk_error(c, g->branch.label->pos, "goto %s jumps into block starting at %s:%d:%d", name, fe_pos_file(c->diag, p),
				  p.line, p.col);
		} else {
			chk_error(c, g->branch.label->pos, "label %s not defined", name);
		}
	}
	for (int i = 0; i < ls.nlabels; i++)
		if (!ls.labels[i].used)
			chk_error(c, ls.labels[i].lstmt->labeled.label->pos, "label %s defined and not used", ls.labels[i].name);
	free(fwd.v);
	free(ls.labels);
}

int fe_check_branches(FeDiag *d, Arena *a, Node *body)
{
	Checker c;
	memset(&c, 0, sizeof c);
	c.a = a;
	c.diag = d;
	c.work = chk_work_new(a);
	chk_branches(&c, body);
	return c.nerrors;
}
