/*
 * check.c - the type checker's driver: declarations, type expressions,
 * package-level resolution, initialization order, and the -d=types dump.
 *
 * The checker reproduces gc's (types2's) verdicts and messages, so it is
 * organised the way types2 is:
 *
 *  1. Collection.  Imports go into the file scope; every package-level
 *     const, var, type and func gets an Object in the package scope before
 *     anything is checked, so declarations may refer to each other in any
 *     order.  Methods are attached to their receiver's base type name.
 *
 *  2. Resolution.  Each package-level object is resolved on demand
 *     (chk_obj_decl) with a white/grey/black colour: meeting a grey object
 *     again means a cycle.  A type name gets its Named type before its
 *     underlying type is checked, so recursive types through pointers,
 *     slices, maps and functions work; direct recursion (struct T { T }) is
 *     found afterwards by valid_type, as types2's validType, and other
 *     cycles (aliases, types and values) on the object path by valid_cycle,
 *     both reported with the cycle on continuation lines.  While a
 *     variable's initializer or a function body is checked, references to
 *     package-level variables and functions are recorded as dependencies.
 *
 *  3. Bodies.  Function bodies (and, within them, function literals) are
 *     checked after all package-level declarations, in source order.
 *
 *  4. Initialization order (Go spec "Package initialization"): repeatedly
 *     the earliest variable in declaration order that depends on no
 *     uninitialized variable, dependencies seen through functions.  A cycle
 *     of constants or variables is gc's "initialization loop" (init_cycles,
 *     as types2's initOrder finds them).
 *
 * Branch statements (labels, break, continue, goto, fallthrough) are
 * checked separately (check_stmt.c) as gc's syntax.checkBranches does.
 *
 * Deep inputs: the checker recurses over expressions and statements, and
 * no recursion has an explicit bound: its callers run it on the compiler's
 * 1 GB stack (base/stack.c; a 100000-term expression costs ~100 MB of it
 * at worst).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"


/* ---- operators ---- */

FeOp fe_op(int tok)
{
	static signed char cache[1024];
	static bool init;
	if (!init) {
		memset(cache, -1, sizeof cache);
		init = true;
	}
	if (tok >= 0 && tok < 1024 && cache[tok] >= 0)
		return (FeOp)cache[tok];
	static const struct { const char *s; FeOp op; } tab[] = {
		{ "+", OP_ADD }, { "-", OP_SUB }, { "*", OP_MUL }, { "/", OP_QUO }, { "%", OP_REM },
		{ "&", OP_AND }, { "|", OP_OR }, { "^", OP_XOR }, { "&^", OP_ANDNOT }, { "<<", OP_SHL },
		{ ">>", OP_SHR }, { "&&", OP_LAND }, { "||", OP_LOR }, { "==", OP_EQL }, { "!=", OP_NEQ },
		{ "<", OP_LSS }, { "<=", OP_LEQ }, { ">", OP_GTR }, { ">=", OP_GEQ }, { "!", OP_NOT },
		{ "<-", OP_ARROW },
		{ "+=", OP_ADD }, { "-=", OP_SUB }, { "*=", OP_MUL }, { "/=", OP_QUO }, { "%=", OP_REM },
		{ "&=", OP_AND }, { "|=", OP_OR }, { "^=", OP_XOR }, { "&^=", OP_ANDNOT },
		{ "<<=", OP_SHL }, { ">>=", OP_SHR },
	};
	const char *s = fe_token_name(tok);
	FeOp op = OP_NONE;
	for (size_t i = 0; s && i < sizeof tab / sizeof tab[0]; i++)
		if (strcmp(s, tab[i].s) == 0)
			op = tab[i].op;
	if (tok >= 0 && tok < 1024)
		cache[tok] = (signed char)op;
	return op;
}

const char *fe_op_string(FeOp op)
{
	static const char *names[OP_COUNT] = {
		[OP_NONE] = "?", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_QUO] = "/",
		[OP_REM] = "%", [OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^", [OP_ANDNOT] = "&^",
		[OP_SHL] = "<<", [OP_SHR] = ">>", [OP_LAND] = "&&", [OP_LOR] = "||", [OP_EQL] = "==",
		[OP_NEQ] = "!=", [OP_LSS] = "<", [OP_LEQ] = "<=", [OP_GTR] = ">", [OP_GEQ] = ">=",
		[OP_NOT] = "!", [OP_ADDR] = "&", [OP_ARROW] = "<-",
	};
	return op < OP_COUNT && names[op] ? names[op] : "?";
}

/* ---- diagnostics ---- */

/* The second line types2 adds to a redeclaration: "\tPOS: other
 * declaration of x" (nothing for an object without position). */
static const char *other_decl(Checker *c, Pos pos, const char *name)
{
	if (pos.line == 0)
		return "";
	return fe_sprintf(c->a, "\n\t%s: other declaration of %s", fe_pos_string(c->diag, c->a, pos), name);
}

void chk_error(Checker *c, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = NULL;
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	if (!msg)
		return;
	/* types2 drops likely follow-on errors mentioning invalid operands */
	char *p1 = strstr(msg, "invalid operand"), *p2 = strstr(msg, "invalid type");
	if (c->nerrors > 0 && ((p1 && p1 != msg) || (p2 && p2 != msg))) {
		free(msg);
		return;
	}
	if (c->errpos.line)
		pos = c->errpos;
	c->nerrors++;
	if (c->bundled)
		fe_ice(pos, "bundled package %s: %s", c->pkg ? c->pkg->path : "?", msg);
	fe_error(c->diag, pos, "%s", msg);
	free(msg);
}

void chk_unsupported(Checker *c, Pos pos, const char *what)
{
	chk_error(c, pos, "%s not supported by minigo", what);
}

Pos chk_start_pos(Node *n)
{
	while (n) {
		switch (n->kind) {
		case N_COMPOSITE:
			if (!n->composite.type)
				return n->pos;
			n = n->composite.type;
			break;
		case N_SELECTOR:
			n = n->selector.x;
			break;
		case N_INDEX:
		case N_BINARY:
		case N_SEND:
			n = n->binary.x;
			break;
		case N_TYPEASSERT:
			n = n->typeassert.x;
			break;
		case N_CALL:
			n = n->call.fun;
			break;
		case N_ASSIGN:
			if (n->assign.lhs.len == 0)
				return n->pos;
			n = n->assign.lhs.v[0];
			break;
		case N_RANGE:
			n = n->range.key ? n->range.key : n->range.x;
			break;
		default:
			return n->pos;
		}
	}
	return (Pos){ 0 };
}

const char *chk_expr_string(Checker *c, Node *n)
{
	return fe_node_string(c->a, n);
}

const char *chk_type_string(Checker *c, Type *t)
{
	return fe_type_string(c->a, t);
}

/* types2's operandString: "x (variable of type int)", "1 (untyped int constant)" */
const char *chk_operand_string(Checker *c, Operand *x)
{
	static const char *modes[] = {
		[MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value", [MODE_BUILTIN] = "built-in",
		[MODE_TYPE] = "type", [MODE_CONST] = "constant", [MODE_VAR] = "variable",
		[MODE_MAPINDEX] = "map index expression", [MODE_VALUE] = "value",
		[MODE_COMMAOK] = "comma, ok expression", [MODE_NIL] = "nil", [MODE_PKG] = "package",
	};
	if (x->mode == MODE_NIL || (x->type && x->type->kind == TY_UNTYPED_NIL && x->mode != MODE_INVALID)) {
		if (!x->type || x->type->kind == TY_INVALID)
			return "nil (with invalid type)";
		if (x->type->kind == TY_UNTYPED_NIL)
			return "nil";
		return fe_sprintf(c->a, "nil (of type %s)", chk_type_string(c, x->type));
	}
	BsBuf b = { .a = c->a };
	const char *expr = "";
	if (x->expr)
		expr = chk_expr_string(c, x->expr);
	else if (x->mode == MODE_TYPE)
		expr = chk_type_string(c, x->type);
	else if (x->mode == MODE_CONST && x->val)
		expr = fe_const_str(c->a, x->val);
	if (*expr) {
		bs_puts(&b, expr);
		bs_puts(&b, " (");
	}
	bool hastype = false;
	switch (x->mode) {
	case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPE: case MODE_PKG:
		break;
	default:
		if (x->type) {
			if (fe_is_untyped(x->type)) {
				bs_puts(&b, x->type->basic_name);
				bs_puts(&b, " ");
				break;
			}
			hastype = true;
		}
	}
	bs_puts(&b, modes[x->mode]);
	if (x->mode == MODE_CONST && x->val) {
		const char *s = fe_const_str(c->a, x->val);
		if (strcmp(s, expr) != 0) {
			bs_puts(&b, " ");
			bs_puts(&b, s);
		}
	}
	if (hastype) {
		if (x->type->kind != TY_INVALID) {
			bs_puts(&b, " of type ");
			bs_puts(&b, chk_type_string(c, x->type));
		} else {
			bs_puts(&b, " with invalid type");
		}
	}
	if (*expr)
		bs_puts(&b, ")");
	return bs_str(&b);
}

/* ---- objects and declarations ---- */

void chk_declare(Checker *c, Scope *s, Node *ident, Object *o)
{
	if (ident)
		ident->obj = o;
	if (strcmp(o->name, "_") == 0)
		return;
	Object *alt = fe_scope_insert(s, o);
	if (alt) {
		chk_error(c, o->pos, "%s redeclared in this block%s", o->name, other_decl(c, alt->pos, alt->name));
		return;
	}
}

static void add_global(Checker *c, Object *o)
{
	if (c->nglobals == c->capglobals) {
		c->capglobals = c->capglobals ? 2 * c->capglobals : 64;
		c->globals = realloc(c->globals, c->capglobals * sizeof *c->globals);
		c->deps = realloc(c->deps, c->capglobals * sizeof *c->deps);
		c->ndeps = realloc(c->ndeps, c->capglobals * sizeof *c->ndeps);
		c->capdeps = realloc(c->capdeps, c->capglobals * sizeof *c->capdeps);
	}
	o->index = c->nglobals;
	c->globals[c->nglobals] = o;
	c->deps[c->nglobals] = NULL;
	c->ndeps[c->nglobals] = c->capdeps[c->nglobals] = 0;
	c->nglobals++;
	o->flags |= OF_GLOBAL;
}

static bool is_global(Checker *c, Object *o)
{
	return (o->flags & OF_GLOBAL) && o->index < c->nglobals && c->globals[o->index] == o;
}

void chk_use_object(Checker *c, Object *o)
{
	if (!c->decl || !is_global(c, o) || !is_global(c, c->decl))
		return;
	if (o->kind != OBJ_VAR && o->kind != OBJ_FUNC && o->kind != OBJ_CONST)
		return;
	int d = c->decl->index;
	for (int i = 0; i < c->ndeps[d]; i++)
		if (c->deps[d][i] == o)
			return;
	if (c->ndeps[d] == c->capdeps[d]) {
		c->capdeps[d] = c->capdeps[d] ? 2 * c->capdeps[d] : 8;
		c->deps[d] = realloc(c->deps[d], c->capdeps[d] * sizeof **c->deps);
	}
	c->deps[d][c->ndeps[d]++] = o;
}

/* ---- type expressions ---- */

static Type *invalid_type(void) { return fe_types[TY_INVALID]; }

/* An array length: a constant non-negative integer representable as int. */
static int64_t array_length(Checker *c, Node *e)
{
	/* a name gets types2's own wording: it may be a type parameter
	 * declaration missing its constraint */
	if (e->kind == N_IDENT && strcmp(e->ident.name, "_") != 0) {
		Object *o = fe_scope_lookup_parent(c->scope, e->ident.name);
		if (!o) {
			chk_error(c, e->pos, "undeclared name %s for array length", e->ident.name);
			return -1;
		}
		if (o->kind != OBJ_CONST) {
			chk_error(c, e->pos, "invalid array length %s", e->ident.name);
			return -1;
		}
	}
	Operand x;
	chk_expr(c, &x, e);
	if (x.mode != MODE_CONST) {
		if (x.mode != MODE_INVALID)
			chk_error(c, chk_start_pos(e), "array length %s must be constant", chk_operand_string(c, &x));
		return -1;
	}
	/* an integer beyond int is "not an integer" to types2, like 1.5 */
	if (fe_is_untyped(x.type) || fe_is_integer(x.type)) {
		Const *v = fe_const_to_int(c->a, x.val);
		int64_t n;
		if (v && fe_const_is_int64(v, &n)) {
			if (n >= 0)
				return n;
			chk_error(c, chk_start_pos(e), "invalid array length %s", chk_operand_string(c, &x));
			return -1;
		}
	}
	chk_error(c, chk_start_pos(e), "array length %s must be integer", chk_operand_string(c, &x));
	return -1;
}

static void check_map_key(Checker *c, Node *e, Type *key);
static void check_embedded(Checker *c, Node *e, Type *t, bool ptr);

/* Field list of a struct type: names, embedded fields, duplicates. */
static Type *struct_type(Checker *c, Node *e)
{
	int cap = 8, n = 0;
	Field *fs = fe_alloc(c->a, cap * sizeof *fs);
	Scope *names = fe_scope_new(c->a, NULL);
	for (int i = 0; i < e->fields.fields.len; i++) {
		Node *f = e->fields.fields.v[i];
		Type *t = chk_vartype(c, f->field.type);
		int nn = f->field.names.len ? f->field.names.len : 1;
		for (int k = 0; k < nn; k++) {
			if (n == cap) {
				Field *nf = fe_alloc(c->a, 2 * cap * sizeof *fs);
				memcpy(nf, fs, n * sizeof *fs);
				fs = nf;
				cap *= 2;
			}
			Field *fd = &fs[n++];
			*fd = (Field){ .type = t };
			Node *tag = f->field.tag;
			if (tag && tag->kind == N_BASICLIT && tag->lit.str) {
				fd->tag = tag->lit.str;
				fd->taglen = tag->lit.len;
			}
			if (f->field.names.len) {
				Node *id = f->field.names.v[k];
				fd->name = id->ident.name;
				fd->pos = id->pos;
				Object *o = fe_object_new(c->a, OBJ_VAR, fd->name, id->pos, t);
				o->flags |= OF_FIELD;
				id->obj = o;
				id->type = t;
				Object *alt;
				if (strcmp(fd->name, "_") != 0 && (alt = fe_scope_insert(names, o))) {
					chk_error(c, id->pos, "%s redeclared%s", fd->name, other_decl(c, alt->pos, alt->name));
					n--; /* the struct keeps the first x only */
				}
			} else {
				/* embedded: T, *T, pkg.T, *pkg.T */
				Node *te = fe_unparen(f->field.type);
				bool ptr = false;
				if (te->kind == N_STAR) {
					ptr = true;
					te = fe_unparen(te->unary.x);
				}
				Node *nameid = te->kind == N_SELECTOR ? te->selector.sel : te;
				fd->name = nameid->kind == N_IDENT ? nameid->ident.name : "?";
				fd->pos = chk_start_pos(f->field.type);
				fd->embedded = true;
				Object *o = fe_object_new(c->a, OBJ_VAR, fd->name, fd->pos, t);
				o->flags |= OF_FIELD;
				Object *alt = fe_scope_insert(names, o);
				if (alt) {
					chk_error(c, fd->pos, "%s redeclared%s", fd->name, other_decl(c, alt->pos, alt->name));
					n--;
				}
				check_embedded(c, f->field.type, t, ptr);
			}
		}
	}
	return fe_type_struct(c->a, fs, n);
}

static void check_iface_dups(Checker *c, Node *e, Type *t, Type **embeds, int ne);

static Type *interface_type(Checker *c, Node *e)
{
	int n = 0, ne = 0, cnt = e->fields.fields.len;
	Method *ms = fe_alloc(c->a, (cnt + 1) * sizeof *ms);
	Type **embeds = fe_alloc(c->a, (cnt + 1) * sizeof *embeds);
	for (int i = 0; i < cnt; i++) {
		Node *f = e->fields.fields.v[i];
		if (f->field.names.len) {
			Node *id = f->field.names.v[0];
			if (strcmp(id->ident.name, "_") == 0) {
				chk_error(c, id->pos, "methods must have a unique non-blank name");
				continue;
			}
			Type *sig = chk_signature(c, f->field.type, NULL, NULL, NULL, NULL, NULL, NULL);
			int dup = -1;
			for (int k = 0; k < n && dup < 0; k++)
				if (strcmp(ms[k].name, id->ident.name) == 0)
					dup = k;
			if (dup >= 0) {
				chk_error(c, id->pos, "duplicate method %s%s", id->ident.name,
					  other_decl(c, ms[dup].pos, id->ident.name));
				continue;
			}
			Object *o = fe_object_new(c->a, OBJ_FUNC, id->ident.name, id->pos, sig);
			o->flags |= OF_METHOD;
			o->pkg = c->pkg; /* an unexported method is its package's (method tables qualify it) */
			id->obj = o;
			ms[n++] = (Method){ .name = id->ident.name, .sig = sig, .obj = o, .pos = id->pos };
		} else {
			Type *t = chk_typexpr(c, f->field.type);
			if (t->kind == TY_INVALID)
				continue;
			/* a defined type still being declared is judged later (valid_type) */
			if (!fe_is_interface(t) && !(t->kind == TY_NAMED && !t->underlying)) {
				chk_error(c, chk_start_pos(f->field.type), "interface contains type constraints");
				continue;
			}
			embeds[ne++] = t;
		}
	}
	Type *t = fe_type_interface(c->a, ms, n, embeds, ne);
	if (ne)
		check_iface_dups(c, e, t, embeds, ne);
	return t;
}

/* The signature of a func type; with scope, declares params and results in it. */
Type *chk_signature(Checker *c, Node *ft, Node *recv, Scope *scope, Object ***params, int *np,
		    Object ***results, int *nr)
{
	NodeList *pl = &ft->functype.params, *rl = &ft->functype.results;
	int cap = 4;
	for (int i = 0; i < pl->len; i++)
		cap += pl->v[i]->field.names.len + 1;
	for (int i = 0; i < rl->len; i++)
		cap += rl->v[i]->field.names.len + 1;
	Type **pt = fe_alloc(c->a, cap * sizeof *pt), **rt = fe_alloc(c->a, cap * sizeof *rt);
	const char **pn = fe_alloc(c->a, cap * sizeof *pn), **rn = fe_alloc(c->a, cap * sizeof *rn);
	Object **po = fe_alloc(c->a, cap * sizeof *po), **ro = fe_alloc(c->a, cap * sizeof *ro);
	int npar = 0, nres = 0;
	bool variadic = false, anynames = false;
	/* a bare func type still has one block for its parameter names */
	if (!scope)
		scope = fe_scope_new(c->a, NULL);
	for (int i = 0; i < pl->len; i++) {
		Node *f = pl->v[i];
		Node *te = f->field.type;
		Type *t;
		if (te && te->kind == N_ELLIPSIS) {
			if (i != pl->len - 1 || f->field.names.len > 1) {
				chk_error(c, te->pos, "can only use ... with final parameter in list");
				t = chk_vartype(c, te->unary.x);
			} else {
				variadic = true;
				Type *elem = chk_vartype(c, te->unary.x);
				t = fe_type_slice(c->a, elem);
				te->type = t;
				te->mode = MODE_TYPE;
			}
		} else {
			t = chk_vartype(c, te);
		}
		if (f->field.names.len == 0) {
			pn[npar] = NULL;
			Object *o = fe_object_new(c->a, OBJ_VAR, "", chk_start_pos(te), t);
			o->flags |= OF_PARAM;
			o->index = npar;
			po[npar] = o;
			pt[npar++] = t;
		}
		for (int k = 0; k < f->field.names.len; k++) {
			Node *id = f->field.names.v[k];
			anynames = true;
			Object *o = fe_object_new(c->a, OBJ_VAR, id->ident.name, id->pos, t);
			o->flags |= OF_PARAM | OF_USED;
			o->index = npar;
			o->decl = id;
			o->fn = c->fn ? c->fn->node : NULL;
			id->type = t;
			chk_declare(c, scope, id, o);
			pn[npar] = id->ident.name;
			po[npar] = o;
			pt[npar++] = t;
		}
	}
	for (int i = 0; i < rl->len; i++) {
		Node *f = rl->v[i];
		Type *t;
		if (f->field.type && f->field.type->kind == N_ELLIPSIS) {
			chk_error(c, f->field.type->pos, "can only use ... with final parameter in list");
			t = chk_vartype(c, f->field.type->unary.x);
		} else {
			t = chk_vartype(c, f->field.type);
		}
		if (f->field.names.len == 0) {
			Object *o = fe_object_new(c->a, OBJ_VAR, "", chk_start_pos(f->field.type), t);
			o->flags |= OF_RESULT | OF_USED;
			o->index = nres;
			ro[nres] = o;
			rn[nres] = NULL;
			rt[nres++] = t;
		}
		for (int k = 0; k < f->field.names.len; k++) {
			Node *id = f->field.names.v[k];
			Object *o = fe_object_new(c->a, OBJ_VAR, id->ident.name, id->pos, t);
			o->flags |= OF_RESULT | OF_USED;
			o->index = nres;
			o->decl = id;
			id->type = t;
			chk_declare(c, scope, id, o);
			ro[nres] = o;
			rn[nres] = id->ident.name;
			rt[nres++] = t;
		}
	}
	Type *sig = fe_type_func(c->a, pt, npar, rt, nres, variadic);
	if (anynames)
		sig->pnames = pn;
	bool named = false;
	for (int i = 0; i < nres; i++)
		named |= rn[i] != NULL;
	if (named)
		sig->rnames = rn;
	ft->type = sig;
	ft->mode = MODE_TYPE;
	(void)recv;
	if (params) {
		*params = po;
		*np = npar;
	}
	if (results) {
		*results = ro;
		*nr = nres;
	}
	return sig;
}

/* Type expressions that name a type: ident or pkg.T. */
static Type *named_type_expr(Checker *c, Node *e)
{
	Operand x;
	if (e->kind == N_IDENT)
		chk_ident(c, &x, e, true);
	else
		chk_selector(c, &x, e);
	switch (x.mode) {
	case MODE_TYPE:
		return x.type;
	case MODE_INVALID:
		return invalid_type();
	case MODE_NOVALUE:
		chk_error(c, chk_start_pos(e), "%s used as type", chk_operand_string(c, &x));
		return invalid_type();
	default:
		chk_error(c, chk_start_pos(e), "%s is not a type", chk_operand_string(c, &x));
		return invalid_type();
	}
}

static Type *typexpr_internal(Checker *c, Node *e)
{
	switch (e->kind) {
	case N_IDENT:
	case N_SELECTOR:
		return named_type_expr(c, e);
	case N_PAREN:
		return chk_typexpr(c, e->unary.x);
	case N_STAR: {
		Type *base = chk_typexpr(c, e->unary.x);
		return fe_type_ptr(c->a, base);
	}
	case N_ARRAYTYPE: {
		if (!e->array.len) {
			Type *elem = chk_vartype(c, e->array.elem);
			return fe_type_slice(c->a, elem);
		}
		if (e->array.len->kind == N_ELLIPSIS) {
			chk_error(c, e->array.len->pos, "invalid use of [...] array (outside a composite literal)");
			chk_vartype(c, e->array.elem);
			return invalid_type();
		}
		int64_t n = array_length(c, e->array.len);
		Type *elem = chk_vartype(c, e->array.elem);
		if (n < 0)
			return invalid_type();
		Type *t = fe_type_array(c->a, elem, n);
		return t;
	}
	case N_MAPTYPE: {
		Type *k = chk_vartype(c, e->binary.x);
		Type *v = chk_vartype(c, e->binary.y);
		check_map_key(c, e->binary.x, k);
		return fe_type_map(c->a, k, v);
	}
	case N_FUNCTYPE:
		return chk_signature(c, e, NULL, NULL, NULL, NULL, NULL, NULL);
	case N_STRUCTTYPE:
		return struct_type(c, e);
	case N_INTERFACETYPE:
		return interface_type(c, e);
	case N_CHANTYPE:
		return fe_type_chan(c->a, e->unary.op, chk_vartype(c, e->unary.x));
	case N_ELLIPSIS:
		chk_error(c, e->pos, "invalid use of '...'");
		return invalid_type();
	default: {
		Operand x;
		chk_expr(c, &x, e);
		if (x.mode != MODE_INVALID)
			chk_error(c, chk_start_pos(e), "%s is not a type", chk_expr_string(c, e));
		return invalid_type();
	}
	}
}

/*
 * Map keys and embedded fields are checked late in types2, once the types
 * they name are complete (they may be types still being declared); we keep
 * a list and check it when the package-level types are done, or after a
 * local type declaration.
 */
typedef struct Delayed {
	Node *e;
	Type *t;
	int what; /* 0: map key; 1: embedded T; 2: embedded *T; 3: interface e's methods */
} Delayed;

/* The work lists of one check, shared by every copy of its Checker. */
struct ChkWork {
	Delayed *delayed;          /* checks waiting for complete types */
	int ndelayed, capdelayed;
	int declaring;             /* >0 while package-level types may be incomplete */
	Object **objpath;          /* types2's objPath: the objects being declared */
	int nobjpath, capobjpath;
	struct Deferred *deferred; /* type T2 T1 with T1 incomplete (defer_underlying) */
	int ndeferred, capdeferred;
};

ChkWork *chk_work_new(Arena *a)
{
	return fe_alloc(a, sizeof(ChkWork));
}

static void delay(Checker *c, Node *e, Type *t, int what)
{
	ChkWork *w = c->work;
	FE_PUSH(c->a, w->delayed, w->ndelayed, w->capdelayed, (Delayed){ e, t, what });
}

static bool incomplete(Type *t) { return t && t->kind == TY_NAMED && !t->underlying; }

static void report_map_key(Checker *c, Node *e, Type *key)
{
	if (key->kind == TY_INVALID || fe_under(key)->kind == TY_INVALID)
		return;
	if (!fe_comparable(key))
		chk_error(c, chk_start_pos(e), "invalid map key type %s", chk_type_string(c, key));
}

static void check_map_key(Checker *c, Node *e, Type *key)
{
	if (c->work->declaring || incomplete(key))
		delay(c, e, key, 0);
	else
		report_map_key(c, e, key);
}

/* An embedded field is a type name T or *T; neither may denote a pointer,
 * and *T not an interface. */
static void report_embedded(Checker *c, Node *e, Type *t, bool ptr)
{
	if (t->kind == TY_INVALID)
		return;
	Type *base = ptr && t->kind == TY_PTR ? t->elem : t;
	Pos pos = chk_start_pos(e);
	if (fe_under(base)->kind == TY_UNSAFEPTR) /* a pointer too, to types2 */
		chk_error(c, pos, "embedded field type cannot be unsafe.Pointer");
	else if (ptr && fe_is_interface(base))
		chk_error(c, pos, "embedded field type cannot be a pointer to an interface");
	else if (!ptr && fe_under(t)->kind == TY_PTR)
		chk_error(c, pos, "embedded field type cannot be a pointer");
	else if (ptr && base->kind == TY_NAMED && fe_under(base)->kind == TY_PTR)
		chk_error(c, pos, "embedded field type cannot be a pointer");
}

static void check_embedded(Checker *c, Node *e, Type *t, bool ptr)
{
	Type *base = ptr && t->kind == TY_PTR ? t->elem : t;
	if (incomplete(base))
		delay(c, e, t, ptr ? 2 : 1);
	else
		report_embedded(c, e, t, ptr);
}

/* An interface's methods, once the interfaces it embeds are complete, as
 * types2's type set computes them: its explicit methods, then each
 * embedded interface's at the embedding's position; a name met again
 * with a different signature is a duplicate method (identical ones merge,
 * since Go 1.14). */
static void report_iface_dups(Checker *c, Node *e, Type *t)
{
	typedef struct { const char *name; Type *sig; Pos pos; } Seen;
	Seen *seen = NULL;
	int n = 0, cap = 0;
	for (int i = 0; i < t->nexplicit; i++)
		FE_PUSH(c->a, seen, n, cap, ((Seen){ t->explicit_[i].name, t->explicit_[i].sig, t->explicit_[i].pos }));
	for (int i = 0; i < e->fields.fields.len; i++) {
		Node *f = e->fields.fields.v[i];
		Type *et = f->field.names.len ? NULL : f->field.type->type;
		if (!et || !fe_is_interface(et))
			continue;
		fe_complete_interface(et);
		Type *u = fe_under(et);
		Pos pos = chk_start_pos(f->field.type);
		for (int k = 0; k < u->nimethods; k++) {
			Method *m = &u->imethods[k];
			int j = 0;
			while (j < n && strcmp(seen[j].name, m->name) != 0)
				j++;
			if (j == n)
				FE_PUSH(c->a, seen, n, cap, ((Seen){ m->name, m->sig, pos }));
			else if (!fe_identical(seen[j].sig, m->sig))
				chk_error(c, pos, "duplicate method %s%s", m->name, other_decl(c, seen[j].pos, m->name));
		}
	}
}

/* Now, or once the embedded interfaces are complete. */
static void check_iface_dups(Checker *c, Node *e, Type *t, Type **embeds, int ne)
{
	bool later = c->work->declaring;
	for (int i = 0; i < ne; i++)
		later |= incomplete(embeds[i]);
	if (later)
		delay(c, e, t, 3);
	else
		report_iface_dups(c, e, t);
}

/* Runs the delayed checks; inside a package-level type declaration, waits. */
void chk_delayed(Checker *c)
{
	ChkWork *w = c->work;
	if (w->declaring)
		return;
	int n = w->ndelayed;
	w->ndelayed = 0;
	for (int i = 0; i < n; i++) {
		Delayed *d = &w->delayed[i];
		if (d->what == 0)
			report_map_key(c, d->e, d->t);
		else if (d->what == 3)
			report_iface_dups(c, d->e, d->t);
		else
			report_embedded(c, d->e, d->t, d->what == 2);
	}
}

Type *chk_typexpr(Checker *c, Node *e)
{
	if (!e)
		return invalid_type();
	Type *t = typexpr_internal(c, e);
	e->type = t;
	e->mode = MODE_TYPE;
	return t;
}

Type *chk_vartype(Checker *c, Node *e)
{
	return chk_typexpr(c, e);
}

/* ---- package-level resolution ---- */

static void func_decl(Checker *c, Object *o);
static void type_cycle_error(Checker *c, Object **cyc, int n);

/* types2's objPath: the objects whose declarations are being checked */
static void path_push(Checker *c, Object *o)
{
	ChkWork *w = c->work;
	FE_PUSH(c->a, w->objpath, w->nobjpath, w->capobjpath, o);
}

static bool is_alias(Object *o)
{
	return o->kind == OBJ_TYPE && o->decl && o->decl->kind == N_TYPESPEC && o->decl->typespec.alias;
}

/*
 * types2's validCycle, on meeting o again while declaring it: a cycle of
 * values only is left to the initialization order, one through a type
 * definition is fine (valid_type judges it), any other is reported.
 */
static bool valid_cycle(Checker *c, Object *o)
{
	ChkWork *w = c->work;
	int start = w->nobjpath - 1;
	while (start >= 0 && w->objpath[start] != o)
		start--;
	if (start < 0)
		return true;
	int n = w->nobjpath - start, nval = 0, ndef = 0;
	for (int i = start; i < w->nobjpath; i++) {
		Object *p = w->objpath[i];
		if (p->kind == OBJ_CONST || p->kind == OBJ_VAR)
			nval++;
		else if (p->kind == OBJ_TYPE && !is_alias(p))
			ndef++;
	}
	if (nval == n || (nval == 0 && ndef > 0))
		return true;
	type_cycle_error(c, w->objpath + start, n);
	return false;
}

void chk_obj_decl(Checker *c, Object *o)
{
	if (o->color == 1 && !is_global(c, o)) {
		/* a local alias met in its own declaration */
		if (!valid_cycle(c, o))
			o->type = invalid_type();
		return;
	}
	if (o->color == 2 || !is_global(c, o))
		return;
	if (o->color == 1) {
		/* a cycle; types are fine here (their Named type exists already);
		 * a function is not grey to types2 while its signature is checked */
		bool ok = o->kind == OBJ_FUNC || valid_cycle(c, o);
		if ((o->kind == OBJ_CONST || o->kind == OBJ_VAR) && (!o->type || !ok))
			o->type = invalid_type(); /* a cycle of values: init_order reports it */
		if (o->kind == OBJ_TYPE && !ok)
			o->type = invalid_type();
		return;
	}
	o->color = 1;
	path_push(c, o);
	Checker save = *c;
	if (o->file)
		c->filescope = o->file;
	c->scope = c->filescope;
	c->fn = NULL;
	c->iota = -1;
	c->errpos = (Pos){ 0 };
	switch (o->kind) {
	case OBJ_CONST: {
		Node *spec = o->spec;
		c->decl = o;
		/* find o among the spec's names: each const gets its own value */
		int idx = 0;
		for (int i = 0; i < spec->spec.names.len; i++)
			if (spec->spec.names.v[i]->obj == o)
				idx = i;
		c->iota = spec->spec.iota;
		Object *one[1] = { o };
		NodeList vals = { 0 };
		if (idx < spec->spec.values.len) {
			vals.v = &spec->spec.values.v[idx];
			vals.len = vals.cap = 1;
		}
		if (spec->spec.implicit)
			c->errpos = o->pos;
		chk_const_spec(c, spec, one, 1, spec->spec.type, &vals, false);
		/* report missing/extra values once, on the first name */
		break;
	}
	case OBJ_VAR: {
		Node *spec = o->spec;
		c->decl = o;
		int n = spec->spec.names.len, nv = spec->spec.values.len;
		int idx = 0;
		for (int i = 0; i < n; i++)
			if (spec->spec.names.v[i]->obj == o)
				idx = i;
		if (nv == 1 && n > 1) {
			/* n:1 - all variables of the spec are initialized together */
			Object **objs = fe_alloc(c->a, n * sizeof *objs);
			for (int i = 0; i < n; i++) {
				objs[i] = spec->spec.names.v[i]->obj;
				objs[i]->color = 1;
			}
			chk_var_decl(c, o, objs, n, spec->spec.type, spec->spec.values.v[0]);
			for (int i = 0; i < n; i++)
				objs[i]->color = 2;
		} else {
			chk_var_decl(c, o, NULL, 0, spec->spec.type, idx < nv ? spec->spec.values.v[idx] : NULL);
		}
		break;
	}
	case OBJ_TYPE:
		chk_type_spec(c, o->decl, o);
		break;
	case OBJ_FUNC:
		c->decl = o;
		func_decl(c, o);
		break;
	default:
		break;
	}
	Checker now = *c;
	*c = save;
	c->nerrors = now.nerrors;
	c->globals = now.globals, c->nglobals = now.nglobals, c->capglobals = now.capglobals;
	c->deps = now.deps, c->ndeps = now.ndeps, c->capdeps = now.capdeps;
	c->shiftlhs = now.shiftlhs, c->nshiftlhs = now.nshiftlhs, c->capshiftlhs = now.capshiftlhs;
	c->imports = now.imports, c->nimports = now.nimports, c->capimports = now.capimports;
	c->work->nobjpath--;
	o->color = 2;
}

/* const x, y T = a, b  (objs already declared; values may be inherited) */
void chk_const_spec(Checker *c, Node *spec, Object **objs, int n, Node *typ, NodeList *values, bool local)
{
	Type *t = NULL;
	if (typ) {
		t = chk_typexpr(c, typ);
		if (t->kind != TY_INVALID && !fe_is_const_type(t)) {
			chk_error(c, chk_start_pos(typ), "invalid constant type %s", chk_type_string(c, t));
			t = invalid_type();
		}
	}
	for (int i = 0; i < n; i++) {
		Object *o = objs[i];
		if (!values || i >= values->len) {
			if (!o->type)
				o->type = t ? t : invalid_type();
			if (!o->val)
				o->val = fe_const_unknown(c->a);
			continue;
		}
		Operand x;
		chk_expr(c, &x, values->v[i]);
		if (x.mode == MODE_INVALID || x.type->kind == TY_INVALID || (t && t->kind == TY_INVALID)) {
			o->type = t ? t : invalid_type();
			o->val = fe_const_unknown(c->a);
			continue;
		}
		if (x.mode != MODE_CONST) {
			chk_error(c, chk_start_pos(x.expr), "%s is not constant", chk_operand_string(c, &x));
			o->type = t ? t : invalid_type();
			o->val = fe_const_unknown(c->a);
			continue;
		}
		o->type = t ? t : x.type;
		chk_assignment(c, &x, o->type, "constant declaration");
		o->val = x.mode == MODE_INVALID ? fe_const_unknown(c->a) : x.val;
	}
	(void)spec;
	(void)local;
}

/* types2's varDecl: one variable, or all of an n:1 spec (lhs) */
static void var_decl(Checker *c, Object *o, Object **lhs, int n, Node *typ, Node *init)
{
	if (typ)
		o->type = chk_vartype(c, typ);
	if (!init) {
		if (!typ)
			o->type = invalid_type();
		return;
	}
	if (!lhs || n == 1) {
		Operand x;
		chk_expr(c, &x, init);
		chk_init_var(c, o, &x, "variable declaration");
		return;
	}
	if (typ)
		for (int i = 0; i < n; i++)
			lhs[i]->type = o->type;
	NodeList one = { .v = &init, .len = 1, .cap = 1 };
	chk_init_vars(c, lhs, n, &one, NULL);
}

void chk_var_decl(Checker *c, Object *o, Object **lhs, int n, Node *typ, Node *init)
{
	var_decl(c, o, lhs, n, typ, init);
	/* types2: a variable whose type is invalid counts as used, so that an
	 * error in its type is not followed by "declared but not used" */
	if (o->type && o->type->kind == TY_INVALID)
		o->flags |= OF_USED;
	for (int i = 0; lhs && i < n; i++)
		if (lhs[i]->type && lhs[i]->type->kind == TY_INVALID)
			lhs[i]->flags |= OF_USED;
}

/*
 * types2's report of a cycle: the first line at the first object, then one
 * continuation line per step, "\tPOS: X refers to", and the closing name.
 * ord holds the n objects in the order printed; the cycle closes on ord[0].
 */
static void cycle_error(Checker *c, const char *head, Object **ord, int n)
{
	size_t cap = strlen(head) + 1, len = 0;
	for (int i = 0; i <= n; i++)
		cap += strlen(ord[i % n]->name) + 64;
	char *msg = fe_alloc(c->a, cap);
	len += snprintf(msg + len, cap - len, "%s", head);
	for (int i = 0; i <= n; i++) {
		Object *o = ord[i % n];
		len += snprintf(msg + len, cap - len, "\n\t%s: %s%s", fe_pos_string(c->diag, c->a, o->pos), o->name,
				i < n ? " refers to" : "");
	}
	chk_error(c, ord[0]->pos, "%s", msg);
}

/* types2's cycleError: from the object first in the source, forwards */
static void type_cycle_error(Checker *c, Object **cyc, int n)
{
	int first = 0;
	for (int i = 1; i < n; i++)
		if (cyc[i]->pos.line < cyc[first]->pos.line ||
		    (cyc[i]->pos.line == cyc[first]->pos.line && cyc[i]->pos.col < cyc[first]->pos.col))
			first = i;
	Object **ord = fe_alloc(c->a, n * sizeof *ord);
	for (int i = 0; i < n; i++)
		ord[i] = cyc[(first + i) % n];
	const char *what = ord[0]->kind == OBJ_TYPE ? "invalid recursive type" : "illegal cycle in declaration of";
	cycle_error(c, fe_sprintf(c->a, "%s %s", what, ord[0]->name), ord, n);
}

/* The type a defined type was declared with (types2's fromRHS). */
static Type *declared_rhs(Type *t)
{
	Node *spec = t->obj ? t->obj->decl : NULL;
	if (spec && spec->kind == N_TYPESPEC && spec->typespec.type && spec->typespec.type->type)
		return spec->typespec.type->type;
	return t->underlying;
}

/*
 * types2's validType: defined types that contain themselves without
 * indirection, through arrays, struct fields, embedded interfaces and the
 * types they were declared with.  path holds the defined types entered.
 */
static bool valid_type(Checker *c, Type *t, Type **path, int depth)
{
	if (!t || depth >= 100)
		return true;
	switch (t->kind) {
	case TY_ARRAY:
		return valid_type(c, t->elem, path, depth);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (!valid_type(c, t->fields[i].type, path, depth))
				return false;
		return true;
	case TY_INTERFACE:
		for (int i = 0; i < t->nembeds; i++)
			if (!valid_type(c, t->embeds[i], path, depth))
				return false;
		return true;
	case TY_NAMED: {
		/* judged already: 1 valid, 2 invalid (a cycle was reported through it) */
		if (!c->judged)
			c->judged = bs_map_new(c->a);
		intptr_t j = (intptr_t)bs_map_get(c->judged, t);
		if (j)
			return j == 1;
		if (!t->obj || t->obj->pkg != c->pkg)
			return true;
		for (int i = 0; i < depth; i++) {
			if (path[i] != t)
				continue;
			Object **cyc = fe_alloc(c->a, (depth - i) * sizeof *cyc);
			for (int k = i; k < depth; k++) {
				cyc[k - i] = path[k]->obj;
				path[k]->underlying = invalid_type();
				bs_map_put(c->judged, path[k], (void *)2);
			}
			type_cycle_error(c, cyc, depth - i);
			return false;
		}
		Type *rhs = declared_rhs(t);
		if (!rhs || rhs->kind == TY_INVALID)
			return false;
		path[depth] = t;
		if (!valid_type(c, rhs, path, depth + 1))
			return false;
		bs_map_put(c->judged, t, (void *)1);
		return true;
	}
	default:
		return true;
	}
}

/* ---- duplicate constants ---- */

static void cindex_link(ChkConstIndex *ix, int k)
{
	int b = (int)(ix->hash[k] & (uint64_t)(ix->cap - 1));
	ix->next[k] = ix->head[b];
	ix->head[b] = k;
}

void chk_cindex_add(ChkConstIndex *ix, const Const *v)
{
	if (ix->n == ix->cap) {
		ix->cap = ix->cap ? 2 * ix->cap : 64;
		ix->head = realloc(ix->head, ix->cap * sizeof *ix->head);
		ix->next = realloc(ix->next, ix->cap * sizeof *ix->next);
		ix->hash = realloc(ix->hash, ix->cap * sizeof *ix->hash);
		for (int i = 0; i < ix->cap; i++)
			ix->head[i] = -1;
		for (int k = 0; k < ix->n; k++)
			cindex_link(ix, k);
	}
	ix->hash[ix->n] = fe_const_hash(v);
	cindex_link(ix, ix->n++);
}

int chk_cindex_first(const ChkConstIndex *ix, const Const *v)
{
	if (!ix->n)
		return -1;
	uint64_t h = fe_const_hash(v);
	for (int k = ix->head[h & (uint64_t)(ix->cap - 1)]; k >= 0; k = ix->next[k])
		if (ix->hash[k] == h)
			return k;
	return -1;
}

int chk_cindex_next(const ChkConstIndex *ix, int k, const Const *v)
{
	uint64_t h = fe_const_hash(v);
	for (k = ix->next[k]; k >= 0; k = ix->next[k])
		if (ix->hash[k] == h)
			return k;
	return -1;
}

void chk_cindex_free(ChkConstIndex *ix)
{
	free(ix->head);
	free(ix->next);
	free(ix->hash);
	*ix = (ChkConstIndex){ 0 };
}

/* "type T2 T1" met while T1 is still being declared (T1 struct { next *T2 }
 * reached T2 first): T2 takes T1's underlying type once T1 has one, when
 * the package's types are all declared (types2 resolves under() lazily). */
struct Deferred {
	Type *named, *rhs;
};

static void defer_underlying(Checker *c, Type *named, Type *rhs)
{
	ChkWork *w = c->work;
	FE_PUSH(c->a, w->deferred, w->ndeferred, w->capdeferred, (struct Deferred){ named, rhs });
}

static void resolve_deferred(Checker *c)
{
	ChkWork *w = c->work;
	for (bool changed = true; changed;) {
		changed = false;
		for (int i = 0; i < w->ndeferred; i++) {
			struct Deferred *d = &w->deferred[i];
			Type *u = d->rhs->underlying;
			if (u && u->kind != TY_INVALID && d->named->underlying != u) {
				d->named->underlying = u;
				changed = true;
			}
		}
	}
	w->ndeferred = 0;
}

void chk_type_spec(Checker *c, Node *spec, Object *o)
{
	Node *te = spec->typespec.type;
	if (spec->typespec.alias) {
		/* a local alias is on the object path while its type is resolved */
		bool local = !is_global(c, o);
		int color = o->color;
		if (local) {
			o->color = 1;
			path_push(c, o);
		}
		o->type = invalid_type(); /* while resolving: a self-reference is a cycle */
		Type *t = chk_typexpr(c, te);
		if (local) {
			c->work->nobjpath--;
			o->color = color;
		}
		o->type = t;
		return;
	}
	Type *named = o->type;
	if (!named) {
		named = fe_type_named(c->a, o, NULL);
		o->type = named;
	}
	Type *rhs = chk_typexpr(c, te);
	Type *u = fe_under(rhs);
	if (rhs->kind == TY_NAMED && !rhs->underlying) {
		/* type A B where B is still being declared: B's underlying is not known */
		u = NULL;
	}
	named->underlying = u ? u : invalid_type();
	if (rhs == named)
		named->underlying = invalid_type(); /* valid_type reports it */
	if (rhs->kind == TY_NAMED && !rhs->underlying && rhs != named) {
		/* resolve later: point at the same underlying once known */
		chk_obj_decl(c, rhs->obj);
		named->underlying = rhs->underlying ? rhs->underlying : invalid_type();
	}
	if (rhs->kind == TY_NAMED && rhs != named && c->work->declaring && named->underlying->kind == TY_INVALID)
		defer_underlying(c, named, rhs);
	if (named->underlying == named)
		named->underlying = invalid_type();
	te->type = rhs;
	/* methods: declared on the name, checked with the package */
	Type *path[100];
	if (!c->work->declaring)
		valid_type(c, named, path, 0);
	if (o->color != 3 && !c->work->declaring)
		o->color = 2;
}

static void func_decl(Checker *c, Object *o)
{
	Node *fd = o->decl;
	Scope *fs = fe_scope_new(c->a, c->filescope);
	Type *sig;
	Object **params = NULL, **results = NULL;
	int np = 0, nr = 0;
	Object *recvobj = NULL;
	/* types2: an empty signature while the real one is checked */
	if (!o->type)
		o->type = fe_type_func(c->a, NULL, 0, NULL, 0, false);
	if (fd->func_.recv) {
		Node *rf = fd->func_.recv;
		Type *rt = chk_typexpr(c, rf->field.type);
		recvobj = fe_object_new(c->a, OBJ_VAR, "", chk_start_pos(rf->field.type), rt);
		recvobj->flags |= OF_PARAM | OF_USED;
		recvobj->index = -1;
		if (rf->field.names.len) {
			Node *id = rf->field.names.v[0];
			recvobj->name = id->ident.name;
			recvobj->pos = id->pos;
			recvobj->decl = id;
			id->type = rt;
			chk_declare(c, fs, id, recvobj);
		}
		recvobj->fn = fd;
	}
	sig = chk_signature(c, fd->func_.type, fd->func_.recv, fs, &params, &np, &results, &nr);
	for (int i = 0; i < np; i++)
		params[i]->fn = fd;
	for (int i = 0; i < nr; i++)
		results[i]->fn = fd;
	sig->recv = recvobj;
	o->type = sig;
	fd->type = sig;
	if (fd->func_.name) {
		fd->func_.name->obj = o;
		fd->func_.name->type = sig;
	}
	o->fscope = fs; /* the body comes later, in this scope */
}

/* ---- collection ---- */

static Object *new_global(Checker *c, ObjKind kind, Node *id, Node *decl)
{
	Object *o = fe_object_new(c->a, kind, id->ident.name, id->pos, NULL);
	o->decl = decl;
	o->pkg = c->pkg;
	id->obj = o;
	add_global(c, o);
	return o;
}

static void declare_global(Checker *c, Node *id, Object *o)
{
	const char *name = id->ident.name;
	if (strcmp(name, "_") == 0)
		return;
	if (!c->bundled && (strcmp(name, "init") == 0 || strcmp(name, "main") == 0) && o->kind != OBJ_FUNC) {
		chk_error(c, id->pos, "cannot declare %s - must be func", name);
		return;
	}
	if (strcmp(name, "init") == 0 && o->kind == OBJ_FUNC)
		return; /* init functions are not declared in any scope */
	Object *alt = fe_scope_insert(c->pkgscope, o);
	if (alt) {
		chk_error(c, id->pos, "%s redeclared in this block%s", name, other_decl(c, alt->pos, alt->name));
		return;
	}
	/* the package-level name is reported, pointing at the import */
	Object *imp = fe_scope_lookup(c->filescope, name);
	if (imp && imp->kind == OBJ_PKG)
		chk_error(c, id->pos, "%s already declared through import of package %s (\"%s\")%s", name,
			  imp->pkg->name, imp->pkg->path, other_decl(c, imp->pos, name));
}

static void collect_spec(Checker *c, int tok, Node *spec, Node **lastconst)
{
	switch (spec->kind) {
	case N_CONSTSPEC:
		for (int i = 0; i < spec->spec.names.len; i++) {
			Node *id = spec->spec.names.v[i];
			Object *o = new_global(c, OBJ_CONST, id, id);
			o->spec = spec;
			declare_global(c, id, o);
		}
		(void)lastconst;
		break;
	case N_VARSPEC:
		for (int i = 0; i < spec->spec.names.len; i++) {
			Node *id = spec->spec.names.v[i];
			Object *o = new_global(c, OBJ_VAR, id, id);
			o->spec = spec;
			declare_global(c, id, o);
		}
		break;
	case N_TYPESPEC: {
		Node *id = spec->typespec.name;
		Object *o = new_global(c, OBJ_TYPE, id, spec);
		if (!spec->typespec.alias)
			o->type = fe_type_named(c->a, o, NULL);
		declare_global(c, id, o);
		break;
	}
	default:
		break;
	}
	(void)tok;
}

/* types2's arity: the counts of names and values of a const or var spec */
void chk_arity(Checker *c, Node *spec, bool isconst)
{
	NodeList *names = &spec->spec.names, *inits = &spec->spec.values;
	bool inherited = isconst && spec->spec.implicit;
	int l = names->len, r = inits->len;
	if (l < r) {
		Node *n = inits->v[l];
		if (inherited)
			chk_error(c, spec->pos, "extra init expr at %s:%d:%d", fe_pos_file(c->diag, n->pos), n->pos.line, n->pos.col);
		else
			chk_error(c, chk_start_pos(n), "extra init expr %s", chk_expr_string(c, n));
	} else if (l > r && (isconst || r != 1)) {
		Node *n = names->v[r];
		chk_error(c, n->pos, "missing init expr for %s", n->ident.name);
	}
}

/* methods: attach each method to its receiver base type */
static void collect_method(Checker *c, Node *fd, Object *o)
{
	/* the base type name, through aliases (T, *T, A = T, A = *T), read
	 * from the declarations: the types are not resolved yet */
	Node *rt = fe_unparen(fd->func_.recv->field.type);
	bool ptr = false;
	Object *base = NULL;
	for (int hops = 0; rt && hops < 100; hops++) {
		if (rt->kind == N_STAR) {
			if (ptr)
				return;
			ptr = true;
			rt = fe_unparen(rt->unary.x);
		}
		if (!rt || rt->kind != N_IDENT)
			return; /* reported when the receiver type is checked */
		base = fe_scope_lookup(c->pkgscope, rt->ident.name);
		if (!base || base->kind != OBJ_TYPE || !base->decl || base->decl->kind != N_TYPESPEC)
			return;
		if (!base->decl->typespec.alias)
			break;
		rt = fe_unparen(base->decl->typespec.type);
		base = NULL;
	}
	if (!base || !base->type || base->type->kind != TY_NAMED)
		return;
	Type *t = base->type;
	if (strcmp(o->name, "_") == 0)
		return;
	for (int i = 0; i < t->nmethods; i++) {
		if (strcmp(t->methods[i]->name, o->name) == 0) {
			chk_error(c, o->pos, "%s.%s redeclared in this block%s", base->name, o->name,
				  other_decl(c, t->methods[i]->pos, o->name));
			return;
		}
	}
	Object **ms = fe_alloc(c->a, (t->nmethods + 1) * sizeof *ms);
	if (t->nmethods)
		memcpy(ms, t->methods, t->nmethods * sizeof *ms);
	ms[t->nmethods++] = o;
	t->methods = ms;
}

static bool is_blank_or_unexported_ok(const char *s) { return s && *s; }

/* Receiver validity, as types2's funcType/validRecv. */
static void check_receiver(Checker *c, Node *fd, Object *o)
{
	Type *sig = o->type;
	if (!sig || !sig->recv)
		return;
	Type *rt = sig->recv->type;
	if (!rt || rt->kind == TY_INVALID)
		return;
	Type *base = rt->kind == TY_PTR ? rt->elem : rt;
	/* reported at the receiver's name, or its type when it has none */
	Node *rf = fd->func_.recv;
	Pos pos = rf->field.names.len ? rf->field.names.v[0]->pos : chk_start_pos(rf->field.type);
	if (base->kind == TY_INVALID)
		return;
	if (base->kind != TY_NAMED) {
		if (base->kind <= TY_UNTYPED_NIL)
			chk_error(c, pos, "cannot define new methods on non-local type %s", chk_type_string(c, base));
		else
			chk_error(c, pos, "invalid receiver type %s", chk_type_string(c, rt));
		return;
	}
	if (base->obj->pkg != c->pkg || !base->obj->decl) {
		chk_error(c, pos, "cannot define new methods on non-local type %s", chk_type_string(c, base));
		return;
	}
	Type *u = fe_under(base);
	if (u->kind == TY_PTR || u->kind == TY_INTERFACE) {
		const char *why = u->kind == TY_PTR ? "pointer or interface type" : "pointer or interface type";
		chk_error(c, pos, "invalid receiver type %s (%s)", chk_type_string(c, base), why);
		return;
	}
	/* field and method with the same name: types2 checks the methods of
	 * the type, so a duplicate, already "redeclared", is not judged again */
	bool dup = false;
	for (int i = 0; i < base->nmethods; i++)
		dup |= base->methods[i] != o && strcmp(base->methods[i]->name, o->name) == 0;
	if (u->kind == TY_STRUCT && !dup && strcmp(o->name, "_") != 0) { /* blank names never clash */
		for (int i = 0; i < u->nfields; i++)
			if (strcmp(u->fields[i].name, o->name) == 0) {
				chk_error(c, o->pos, "field and method with the same name %s%s", o->name,
					  other_decl(c, u->fields[i].pos, o->name));
				return;
			}
	}
	(void)is_blank_or_unexported_ok;
}

/* ---- function bodies ---- */


void chk_func_body(Checker *c, Node *fn, Type *sig, Node *body, Scope *scope)
{
	FuncCtx ctx = { .node = fn, .sig = sig, .scope = scope, .outer = c->fn };
	ctx.results = fe_alloc(c->a, (sig->nresults + 1) * sizeof *ctx.results);
	/* result objects: the named ones are in scope; gather them from the signature's nodes */
	Node *ft = fn->func_.type;
	int k = 0;
	for (int i = 0; i < ft->functype.results.len; i++) {
		Node *f = ft->functype.results.v[i];
		if (f->field.names.len == 0) {
			Object *o = fe_object_new(c->a, OBJ_VAR, "", f->pos, sig->results[k]);
			o->flags |= OF_RESULT;
			o->index = k;
			o->fn = fn;
			ctx.results[k++] = o;
		}
		for (int j = 0; j < f->field.names.len; j++) {
			Object *o = f->field.names.v[j]->obj;
			if (o)
				o->fn = fn;
			ctx.results[k++] = o;
			ctx.named_results = true;
		}
	}
	ctx.nresults = k;
	FuncCtx *saved = c->fn;
	Scope *savedscope = c->scope;
	int savediota = c->iota;
	c->fn = &ctx;
	c->scope = scope;
	c->iota = -1;
	int top = c->ndelayed;
	chk_stmt_list(c, &body->block.stmts, 0);  /* branches: fe_check_branches, from the parser */
	chk_process_delayed(c, top);              /* every statement did; for safety */
	if (sig->nresults > 0 && !chk_is_terminating(body, NULL))
		chk_error(c, body->block.rbrace, "missing return");
	chk_usage(c, scope);
	c->fn = saved;
	c->scope = savedscope;
	c->iota = savediota;
}

/* ---- the driver ---- */

/*
 * A const spec without values repeats the last spec with values of its
 * group (and that spec's type); the parser leaves that to us.  The values'
 * nodes are shared: each constant re-evaluates them with its own iota.
 */
void chk_inherit_consts(NodeList *specs)
{
	Node *last = NULL;
	for (int i = 0; i < specs->len; i++) {
		Node *s = specs->v[i];
		if (s->kind != N_CONSTSPEC) {
			last = NULL;
			continue;
		}
		if (s->spec.iota == 0)
			last = NULL;
		if (s->spec.implicit) {
			if (last) {
				s->spec.values = last->spec.values;
				s->spec.type = last->spec.type;
			}
		} else {
			last = s;
		}
	}
}

/* types2's validatedImportPath: why path cannot be an import path, or NULL. */
static const char *bad_import_path(Checker *c, const char *path, size_t len)
{
	static const char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
	if (len == 0)
		return "empty string";
	for (size_t i = 0; i < len;) {
		uint32_t r;
		int w = fe_utf8_decode((const unsigned char *)path + i, len - i, &r);
		if (w == 0)
			w = 1, r = 0xFFFD;
		i += w;
		bool graphic = r >= 0x80 ? r != 0x85 && r != 0xA0 && r != 0xFFFD : r > 0x20 && r < 0x7f;
		if (graphic && !(r < 0x80 && strchr(illegal, (int)r)))
			continue;
		/* Go's %#U: the code point, and the character when printable */
		if (r == 0xFFFD)
			return "invalid character U+FFFD '\xef\xbf\xbd'";
		if (r >= 0x20 && r < 0x7f)
			return fe_sprintf(c->a, "invalid character U+%04X '%c'", (unsigned)r, (int)r);
		return fe_sprintf(c->a, "invalid character U+%04X", (unsigned)r);
	}
	return NULL;
}

/* Go's path.Clean, for import paths. */
static const char *clean_path(Checker *c, const char *path)
{
	size_t n = strlen(path);
	char *out = fe_alloc(c->a, 2 * n + 2);
	size_t o = 0, dotdot = 0;
	bool rooted = path[0] == '/';
	if (rooted)
		out[o++] = '/', dotdot = 1;
	for (size_t i = rooted; i < n;) {
		if (path[i] == '/') {
			i++;
		} else if (path[i] == '.' && (i + 1 == n || path[i + 1] == '/')) {
			i++;
		} else if (path[i] == '.' && path[i + 1] == '.' && (i + 2 == n || path[i + 2] == '/')) {
			i += 2;
			if (o > dotdot) {
				while (o > dotdot && out[--o] != '/')
					;
			} else if (!rooted) {
				if (o > 0)
					out[o++] = '/';
				out[o++] = '.';
				out[o++] = '.';
				dotdot = o;
			}
		} else {
			if (o != (size_t)rooted)
				out[o++] = '/';
			while (i < n && path[i] != '/')
				out[o++] = path[i++];
		}
	}
	if (o == 0)
		out[o++] = '.';
	out[o] = 0;
	return out;
}

static void collect(Checker *c, Node *file)
{
	Node *pn = file->file.pkgname;
	if (pn && pn->kind == N_IDENT && strcmp(pn->ident.name, "_") == 0)
		chk_error(c, pn->pos, "invalid package name _");
	/* imports */
	for (int i = 0; i < file->file.imports.len; i++) {
		Node *imp = file->file.imports.v[i];
		Node *pathlit = imp->import.path;
		if (pathlit && pathlit->kind == N_BASICLIT && pathlit->lit.bad)
			continue; /* the scanner reported it; types2 skips the import */
		const char *path = pathlit && pathlit->kind == N_BASICLIT && pathlit->lit.str ? pathlit->lit.str : "";
		size_t pathlen = pathlit && pathlit->kind == N_BASICLIT && pathlit->lit.str ? pathlit->lit.len : 0;
		const char *why = bad_import_path(c, path, pathlen);
		if (why) {
			chk_error(c, pathlit->pos, "invalid import path (%s)", why);
			continue;
		}
		Package *p = fe_package(c->a, path);
		if (!p) {
			const char *clean = clean_path(c, path);
			/* gc's importer refuses these before it looks for the package */
			if (path[0] == '/')
				chk_error(c, pathlit->pos, "could not import %s (import path cannot be absolute path)", path);
			else if (strcmp(path, "main") == 0)
				chk_error(c, pathlit->pos, "could not import main (cannot import \"main\")");
			else if (strcmp(clean, path) != 0 && strncmp(path, "./", 2) != 0 && strncmp(path, "../", 3) != 0 &&
				 strcmp(path, ".") != 0 && strcmp(path, "..") != 0)
				chk_error(c, pathlit->pos, "could not import %s (non-canonical import path \"%s\" (should be \"%s\"))",
					  path, path, clean);
			else
				chk_error(c, pathlit->pos, "package %s not supported by minigo", path);
			/* a fake package: selectors on it are quietly invalid (types2's pkg.fake) */
			p = fe_alloc(c->a, sizeof *p);
			const char *slash = strrchr(path, '/');
			p->name = slash ? slash + 1 : path;
			p->path = path;
			p->scope = fe_scope_new(c->a, NULL);
			p->fake = true;
		}
		const char *name = p->name;
		Pos pos = pathlit->pos;
		if (imp->import.name) {
			name = imp->import.name->ident.name;
			pos = imp->import.name->pos;
			if (strcmp(name, ".") == 0) {
				chk_unsupported(c, imp->import.name->pos, "dot import");
				continue;
			}
			if (strcmp(name, "_") == 0)
				continue;
			if (strcmp(name, "init") == 0) {
				chk_error(c, pos, "cannot import package as init - init must be a func");
				continue;
			}
		}
		Object *o = fe_object_new(c->a, OBJ_PKG, name, pos, NULL);
		o->pkg = p;
		o->decl = imp;
		if (imp->import.name)
			imp->import.name->obj = o;
		Object *alt = fe_scope_insert(c->filescope, o);
		/* a redeclared import is still an import: nothing can use it, so
		 * types2 reports it as not used too */
		if (alt)
			chk_error(c, pos, "%s redeclared in this block%s", name, other_decl(c, alt->pos, alt->name));
		if (c->nimports == c->capimports) {
			c->capimports = c->capimports ? 2 * c->capimports : 8;
			c->imports = realloc(c->imports, c->capimports * sizeof *c->imports);
		}
		c->imports[c->nimports++] = o;
	}
	/* declarations */
	chk_inherit_consts(&file->file.decls);
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		switch (d->kind) {
		case N_DECLSTMT: {
			Node *lastconst = NULL;
			chk_inherit_consts(&d->decl.specs);
			for (int k = 0; k < d->decl.specs.len; k++) {
				Node *s = d->decl.specs.v[k];
				collect_spec(c, d->decl.tok, s, &lastconst);
			}
			break;
		}
		case N_CONSTSPEC:
		case N_VARSPEC:
		case N_TYPESPEC:
			collect_spec(c, 0, d, NULL);
			break;
		case N_FUNCDECL: {
			Node *id = d->func_.name;
			Object *o = new_global(c, OBJ_FUNC, id, d);
			if (d->func_.recv) {
				o->flags |= OF_METHOD;
				break; /* attached to its type below */
			}
			if (!c->bundled && strcmp(id->ident.name, "main") == 0) {
				Node *ft = d->func_.type;
				if (ft->functype.params.len || ft->functype.results.len)
					chk_error(c, id->pos, "func main must have no arguments and no return values");
			}
			if (!c->bundled && strcmp(id->ident.name, "init") == 0) {
				Node *ft = d->func_.type;
				if (ft->functype.params.len || ft->functype.results.len)
					chk_error(c, id->pos, "func init must have no arguments and no return values");
				if (!d->func_.body) /* no assembly can supply an init */
					chk_error(c, id->pos, "missing function body");
			}
			declare_global(c, id, o);
			break;
		}
		case N_GOSTMT:
		case N_BAD:
		default:
			break;
		}
	}
	/* a std file's generic declarations (fe_parse_std): refused where used */
	for (int i = 0; i < file->file.setaside.len; i++) {
		Node *id = file->file.setaside.v[i];
		Object *o = fe_object_new(c->a, OBJ_UNSUPPORTED, id->ident.name, id->pos, NULL);
		o->pkg = c->pkg;
		o->flags |= OF_UNSUPPORTED;
		id->obj = o;
		declare_global(c, id, o);
		c->setaside_skipped = true;
	}
}

static void arity_checks(Checker *c, Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind == N_CONSTSPEC)
			chk_arity(c, d, true);
		if (d->kind == N_VARSPEC && (!d->spec.type || d->spec.values.len))
			chk_arity(c, d, false);
		if (d->kind != N_DECLSTMT)
			continue;
		for (int k = 0; k < d->decl.specs.len; k++) {
			Node *s = d->decl.specs.v[k];
			if (s->kind == N_CONSTSPEC)
				chk_arity(c, s, true);
			if (s->kind == N_VARSPEC && (!s->spec.type || s->spec.values.len))
				chk_arity(c, s, false);
		}
	}
}

/*
 * A path from 'from' back to 'to' along the recorded dependencies, as
 * types2's findPath walks them (here in the order they were recorded):
 * its objects after 'from' go into out; returns their count, 0 if none.
 */
static int find_path(Checker *c, int from, int to, bool *seen, int *out, int depth)
{
	if (seen[from])
		return 0;
	seen[from] = true;
	for (int k = 0; k < c->ndeps[from]; k++) {
		int d = c->deps[from][k]->index;
		out[depth] = d;
		if (d == to)
			return depth + 1;
		int r = find_path(c, d, to, seen, out, depth + 1);
		if (r)
			return r;
	}
	return 0;
}

/* The variables of an n:1 declaration share their initializer's dependencies. */
static void share_deps(Checker *c)
{
	for (int i = 0; i < c->nglobals; i++) {
		Object *o = c->globals[i];
		Node *spec = o->spec;
		if (o->kind != OBJ_VAR || !spec || spec->spec.values.len != 1 || spec->spec.names.len < 2)
			continue;
		for (int k = 0; k < spec->spec.names.len; k++) {
			Object *p = spec->spec.names.v[k]->obj;
			if (!p || p == o || !is_global(c, p))
				continue;
			Object *save = c->decl;
			c->decl = p;
			for (int j = 0; j < c->ndeps[i]; j++)
				chk_use_object(c, c->deps[i][j]);
			c->decl = save;
		}
	}
}

/* A min-heap of (outstanding dependencies, index) pairs: init_cycles'
 * next pick without a scan of every global (syscall has thousands of
 * constants).  Entries go stale when a count drops; the pop skips them. */
typedef struct Pick {
	int deps, i;
} Pick;

static bool pick_less(Pick a, Pick b)
{
	return a.deps < b.deps || (a.deps == b.deps && a.i < b.i);
}

static void pick_push(Pick *h, int *n, Pick p)
{
	int k = (*n)++;
	for (; k > 0 && pick_less(p, h[(k - 1) / 2]); k = (k - 1) / 2)
		h[k] = h[(k - 1) / 2];
	h[k] = p;
}

static Pick pick_pop(Pick *h, int *n)
{
	Pick top = h[0], last = h[--*n];
	int k = 0;
	for (;;) {
		int c = 2 * k + 1;
		if (c >= *n)
			break;
		if (c + 1 < *n && pick_less(h[c + 1], h[c]))
			c++;
		if (!pick_less(h[c], last))
			break;
		h[k] = h[c];
		k = c;
	}
	h[k] = last;
	return top;
}

/*
 * Initialization cycles as types2's initOrder finds them: constants and
 * variables depend on each other directly or through functions; taken
 * fewest outstanding dependencies first (then in source order), one taken
 * while it still has some closes a cycle, reported along the recorded
 * dependencies: "initialization loop for x" and the objects in turn.
 */
static void init_cycles(Checker *c)
{
	int n = c->nglobals;
	bool *node = calloc(n + 1, 1), *seen = calloc(n + 1, 1), *done = calloc(n + 1, 1);
	int *stack = malloc((n + 1) * sizeof *stack), *ndeps = calloc(n + 1, sizeof *ndeps);
	int **pred = calloc(n + 1, sizeof *pred), *npred = calloc(n + 1, sizeof *npred);
	for (int i = 0; i < n; i++)
		node[i] = c->globals[i]->kind == OBJ_VAR || c->globals[i]->kind == OBJ_CONST;
	/* the graph without functions: i depends on the constants and variables
	 * reached through functions only */
	int *touched = malloc((n + 1) * sizeof *touched), ntouched = 0;
	for (int i = 0; i < n; i++) {
		if (!node[i])
			continue;
		/* clear what the previous walk marked, not all n */
		while (ntouched > 0)
			seen[touched[--ntouched]] = false;
		int sp = 0, from = i;
		for (;;) {
			for (int k = 0; k < c->ndeps[from]; k++) {
				int m = c->deps[from][k]->index;
				if (seen[m])
					continue;
				seen[m] = true;
				touched[ntouched++] = m;
				if (!node[m]) {
					stack[sp++] = m; /* a function: look through it */
					continue;
				}
				ndeps[i]++;
				pred[m] = realloc(pred[m], (npred[m] + 1) * sizeof **pred);
				pred[m][npred[m]++] = i;
			}
			if (sp == 0)
				break;
			from = stack[--sp];
		}
	}
	free(touched);
	int *path = malloc((n + 1) * sizeof *path);
	/* each decrement pushes once more: at most n + (edges) entries */
	int nheap = 0, capheap = n + 1;
	for (int i = 0; i < n; i++)
		capheap += npred[i];
	Pick *heap = malloc((size_t)capheap * sizeof *heap);
	for (int i = 0; i < n; i++)
		if (node[i])
			pick_push(heap, &nheap, (Pick){ ndeps[i], i });
	for (;;) {
		int pick = -1;
		while (nheap > 0 && pick < 0) {
			Pick p = pick_pop(heap, &nheap);
			if (!done[p.i] && p.deps == ndeps[p.i])
				pick = p.i;
		}
		if (pick < 0)
			break;
		done[pick] = true;
		if (ndeps[pick] > 0) {
			memset(seen, 0, n + 1);
			int len = find_path(c, pick, pick, seen, path, 0);
			if (len > 0) {
				Object **ord = fe_alloc(c->a, len * sizeof *ord);
				ord[0] = c->globals[pick];
				for (int k = 0; k + 1 < len; k++)
					ord[k + 1] = c->globals[path[k]];
				cycle_error(c, fe_sprintf(c->a, "initialization loop for %s", ord[0]->name), ord, len);
			}
		}
		for (int k = 0; k < npred[pick]; k++) {
			int q = pred[pick][k];
			ndeps[q]--;
			if (!done[q])
				pick_push(heap, &nheap, (Pick){ ndeps[q], q });
		}
	}
	free(heap);
	for (int i = 0; i < n; i++)
		free(pred[i]);
	free(pred);
	free(npred);
	free(path);
	free(node);
	free(seen);
	free(done);
	free(stack);
	free(ndeps);
}

/* Go's initialization order, from the dependencies recorded during checking. */
static void init_order(Checker *c)
{
	share_deps(c);
	int n = c->nglobals;
	/* transitive variable dependencies of each variable, through functions */
	bool *done = calloc(n + 1, 1);
	bool *seen = calloc(n + 1, 1);
	int *stack = malloc((n + 1) * sizeof *stack);
	bool **vdeps = calloc(n + 1, sizeof *vdeps);
	for (int i = 0; i < n; i++) {
		Object *o = c->globals[i];
		if (o->kind != OBJ_VAR)
			continue;
		vdeps[i] = calloc(n + 1, 1);
		memset(seen, 0, n + 1);
		int sp = 0;
		for (int k = 0; k < c->ndeps[i]; k++) {
			int j = c->deps[i][k]->index;
			if (!seen[j]) {
				seen[j] = true;
				stack[sp++] = j;
			}
		}
		while (sp > 0) {
			int j = stack[--sp];
			Object *d = c->globals[j];
			if (d->kind == OBJ_VAR) {
				vdeps[i][j] = true;
				continue; /* a variable's own deps are its own business */
			}
			for (int k = 0; k < c->ndeps[j]; k++) {
				int m = c->deps[j][k]->index;
				if (!seen[m]) {
					seen[m] = true;
					stack[sp++] = m;
				}
			}
		}
	}
	init_cycles(c);
	*c->init_order = (NodeList){ 0 };
	Node *lastspec = NULL;
	for (;;) {
		int pick = -1;
		for (int i = 0; i < n && pick < 0; i++) {
			if (!vdeps[i] || done[i])
				continue;
			bool ready = true;
			for (int j = 0; j < n && ready; j++)
				if (vdeps[i][j] && !done[j] && j != i)
					ready = false;
			if (ready)
				pick = i;
		}
		if (pick < 0)
			break;
		done[pick] = true;
		Object *o = c->globals[pick];
		Node *spec = o->spec;
		if (spec && spec != lastspec) {
			bool multi = spec->spec.values.len == 1 && spec->spec.names.len > 1;
			bool already = false;
			if (multi)
				for (int k = 0; k < c->init_order->len && !already; k++)
					already = c->init_order->v[k] == spec;
			if (!already && spec->spec.values.len > 0)
				fe_list_push(c->a, c->init_order, spec);
		}
		lastspec = spec;
	}
	for (int i = 0; i < n; i++)
		free(vdeps[i]);
	free(vdeps);
	free(done);
	free(seen);
	free(stack);
}

static void release(Checker *c)
{
	for (int i = 0; i < c->nglobals; i++)
		free(c->deps[i]);
	free(c->deps);
	free(c->ndeps);
	free(c->capdeps);
	free(c->globals);
	free(c->imports);
	free(c->shiftlhs);
	c->deps = NULL;
	c->globals = NULL;
	c->imports = NULL;
	c->shiftlhs = NULL;
	c->nglobals = c->nimports = c->nshiftlhs = 0;
}

/*
 * A package of one or more files: one package scope, and a file scope per
 * file holding that file's imports.  Package-level objects remember their
 * file's scope (Object.file): they are resolved on demand, from whichever
 * file first uses them.
 */
static void check_files(Checker *c, Node **files, int nfiles)
{
	c->universe = fe_universe(c->a);
	c->pkgscope = fe_scope_new(c->a, c->universe);
	c->iota = -1;
	if (c->pkg)
		c->pkg->scope = c->pkgscope;
	for (int i = 0; i < nfiles; i++) {
		c->filescope = fe_scope_new(c->a, c->pkgscope);
		c->scope = c->filescope;
		c->file = files[i];
		int first = c->nglobals;
		collect(c, files[i]);
		for (int k = first; k < c->nglobals; k++)
			c->globals[k]->file = c->filescope;
	}
	/* methods, once every type name of every file is known */
	for (int i = 0; i < c->nglobals; i++) {
		Object *o = c->globals[i];
		if (o->kind == OBJ_FUNC && (o->flags & OF_METHOD)) {
			c->filescope = o->file;
			collect_method(c, o->decl, o);
		}
	}
	Node *file = files[nfiles - 1];
	/* package-level lookups see imports: the file scope is searched first */
	c->scope = c->filescope;

	/* resolve types first (so that map keys and recursion are known), then the rest */
	c->work->declaring++;
	for (int alias = 0; alias < 2; alias++) /* types2: type definitions before aliases */
		for (int i = 0; i < c->nglobals; i++)
			if (c->globals[i]->kind == OBJ_TYPE && is_alias(c->globals[i]) == alias)
				chk_obj_decl(c, c->globals[i]);
	c->work->declaring--;
	resolve_deferred(c);
	{
		Type *path[100];
		for (int i = 0; i < c->nglobals; i++) {
			Object *o = c->globals[i];
			if (o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED) {
				valid_type(c, o->type, path, 0);
				o->color = 3; /* validated */
			}
		}
		chk_delayed(c);
		for (int i = 0; i < c->nglobals; i++)
			if (c->globals[i]->kind == OBJ_TYPE)
				c->globals[i]->color = 2;
	}
	for (int i = 0; i < nfiles; i++)
		arity_checks(c, files[i]);
	for (int i = 0; i < c->nglobals; i++) {
		chk_obj_decl(c, c->globals[i]);
	}
	for (int i = 0; i < c->nglobals; i++) {
		Object *o = c->globals[i];
		if (o->kind == OBJ_FUNC && (o->flags & OF_METHOD)) {
			c->scope = c->filescope = o->file;
			check_receiver(c, o->decl, o);
		}
	}
	/* bodies, in source order */
	for (int i = 0; i < c->nglobals; i++) {
		Object *o = c->globals[i];
		if (o->kind != OBJ_FUNC || !o->decl || !o->decl->func_.body)
			continue;
		c->decl = o;
		c->scope = c->filescope = o->file;
		chk_func_body(c, o->decl, o->type, o->decl->func_.body, o->fscope);
		c->decl = NULL;
	}
	if (!c->bundled) {
		init_order(c);
		for (int i = 0; i < c->nimports; i++) {
			Object *o = c->imports[i];
			/* set-aside generic code may be an import's only use */
			if ((o->flags & OF_USED) || o->pkg->fake || c->setaside_skipped)
				continue;
			Node *imp = o->decl;
			if (imp->import.name)
				chk_error(c, imp->import.name->pos, "imported and not used: \"%s\" as %s", o->pkg->path, o->name);
			else
				chk_error(c, imp->import.path->pos, "imported and not used: \"%s\"", o->pkg->path);
		}
	}
	release(c);
	(void)file;
}

static void finish(Node *file);

bool fe_check(Comp *comp, Node *file)
{
	return fe_check_files(comp, &file, 1);
}

bool fe_check_files(Comp *comp, Node **files, int nfiles)
{
	Arena *a = comp->a;
	/* package main's names are printed unqualified (pkg NULL); any package
	 * name checks (Go's own escape tests use others): building an
	 * executable from a non-main package is the driver's business */
	Checker c = { .a = a, .work = chk_work_new(a), .diag = comp->diag, .iota = -1,
	              .init_order = &comp->init_order, .pkg = comp->pkg };
	/* export data keeps every import of a file, not every use */
	c.setaside_skipped = comp->from_export;
	check_files(&c, files, nfiles);
	Scope *pkgscope = c.pkgscope;
	for (int i = 0; i < nfiles; i++)
		finish(files[i]);
	/* gc's irgen, which judges directives, runs after a clean check */
	for (int i = 0; i < nfiles && fe_error_count(comp->diag) == 0; i++)
		fe_pragma_check(comp->diag, a, files[i], pkgscope, comp->pkgpath);
	for (int i = 0; i < nfiles && fe_error_count(comp->diag) == 0; i++)
		fe_check_sizes(comp->diag, a, files[i]);
	/* the back end reads every interface's method set (an interface
	 * literal embedding another may not have needed its own yet) */
	fe_complete_interfaces(c.nerrors == 0 && fe_error_count(comp->diag) == 0);
	return c.nerrors == 0 && fe_error_count(comp->diag) == 0;
}

/*
 * A bundled package: its declarations are Go source (packages.c), checked
 * by this same code with pkg set, so that its types print qualified.
 */
Package *chk_check_package(Arena *a, const char *name, const char *path, const char *src)
{
	Package *p = fe_alloc(a, sizeof *p);
	p->name = name;
	p->path = path;
	/* its own diagnostics: an error in it is minigo's, not the program's */
	FeDiag *d = fe_diag_new(path, false);
	Node *file = fe_parse(d, a, src, strlen(src));
	if (!file)
		fe_ice((Pos){ 0 }, "bundled package %s does not parse", path);
	Checker c = { .a = a, .work = chk_work_new(a), .diag = d, .iota = -1, .pkg = p, .bundled = true };
	check_files(&c, &file, 1);
	if (c.nerrors || fe_error_count(d)) {
		fe_flush_errors(d);
		fe_ice((Pos){ 0 }, "bundled package %s does not type-check", path);
	}
	fe_diag_free(d);
	return p;
}

/* ---- -d=types ---- */

static void dump(FILE *out, Node *n, int depth);

static void dump_list(FILE *out, NodeList *l, int depth)
{
	for (int i = 0; i < l->len; i++)
		dump(out, l->v[i], depth);
}

/* declaring identifiers get their object's mode and type */
static void finish_ident(Node *n)
{
	if (n->kind != N_IDENT || !n->obj || n->mode != MODE_INVALID || !n->obj->type)
		return;
	static const int modes[] = { [OBJ_CONST] = MODE_CONST, [OBJ_TYPE] = MODE_TYPE, [OBJ_VAR] = MODE_VAR,
				     [OBJ_FUNC] = MODE_VALUE };
	if (n->obj->kind <= OBJ_FUNC && modes[n->obj->kind]) {
		n->mode = modes[n->obj->kind];
		n->type = n->obj->type;
		if (n->obj->kind == OBJ_CONST)
			n->val = n->obj->val;
	}
}

static const char *mode_name(int m)
{
	static const char *names[] = { "invalid", "novalue", "builtin", "type", "const", "var",
				       "mapindex", "value", "commaok", "nil", "pkg" };
	return m >= 0 && m < (int)(sizeof names / sizeof names[0]) ? names[m] : "?";
}

static void dump(FILE *out, Node *n, int depth)
{
	if (!n || depth > 100000)
		return;
	finish_ident(n);
	if ((n->kind == N_ARRAYTYPE || n->kind == N_MAPTYPE || n->kind == N_STRUCTTYPE) && n->type && !n->mode)
		n->mode = MODE_TYPE;
	bool isexpr = n->kind >= N_IDENT && n->kind <= N_ELLIPSIS && n->kind != N_FIELD;
	if (out && isexpr && n->type) {
		Arena *a = fe_arena_new();
		Checker c = { .a = a };
		const char *t = fe_type_string(a, n->type);
		fprintf(out, "%d:%d: %s %s %s", n->pos.line, n->pos.col, fe_kind_name(n->kind),
			chk_expr_string(&c, n), mode_name(n->mode));
		fprintf(out, " %s", t);
		if (n->val)
			fprintf(out, " = %s", fe_const_str(a, n->val));
		if (n->convto)
			fprintf(out, " convto %s", fe_type_string(a, n->convto));
		fputc('\n', out);
	}
	depth++;
	switch (n->kind) {
	case N_COMPOSITE: dump(out, n->composite.type, depth); dump_list(out, &n->composite.elts, depth); break;
	case N_KEYVALUE: case N_INDEX: case N_BINARY: case N_MAPTYPE: case N_SEND:
		dump(out, n->binary.x, depth); dump(out, n->binary.y, depth); break;
	case N_FUNCLIT: case N_FUNCDECL: dump(out, n->func_.recv, depth); dump(out, n->func_.type, depth); dump(out, n->func_.body, depth); break;
	case N_PAREN: case N_STAR: case N_UNARY: case N_ELLIPSIS: case N_EXPRSTMT: case N_DEFER: case N_GOSTMT:
	case N_CHANTYPE:
		dump(out, n->unary.x, depth); break;
	case N_SELECTOR: dump(out, n->selector.x, depth); break;
	case N_SLICEEXPR: dump(out, n->slice.x, depth); dump(out, n->slice.lo, depth); dump(out, n->slice.hi, depth); dump(out, n->slice.max, depth); break;
	case N_TYPEASSERT: dump(out, n->typeassert.x, depth); dump(out, n->typeassert.type, depth); break;
	case N_CALL: dump(out, n->call.fun, depth); dump_list(out, &n->call.args, depth); break;
	case N_ARRAYTYPE: dump(out, n->array.len, depth); dump(out, n->array.elem, depth); break;
	case N_STRUCTTYPE: case N_INTERFACETYPE: dump_list(out, &n->fields.fields, depth); break;
	case N_FUNCTYPE: dump_list(out, &n->functype.params, depth); dump_list(out, &n->functype.results, depth); break;
	case N_FIELD: dump(out, n->field.type, depth); break;
	case N_DECLSTMT: dump_list(out, &n->decl.specs, depth); break;
	case N_LABELED: dump(out, n->labeled.stmt, depth); break;
	case N_INCDEC: dump(out, n->incdec.x, depth); break;
	case N_ASSIGN: dump_list(out, &n->assign.lhs, depth); dump_list(out, &n->assign.rhs, depth); break;
	case N_RETURN: dump_list(out, &n->ret.results, depth); break;
	case N_BLOCK: dump_list(out, &n->block.stmts, depth); break;
	case N_IF: dump(out, n->if_.init, depth); dump(out, n->if_.cond, depth); dump(out, n->if_.then, depth); dump(out, n->if_.els, depth); break;
	case N_CASECLAUSE: dump_list(out, &n->caseclause.exprs, depth); dump_list(out, &n->caseclause.body, depth); break;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECTSTMT: dump(out, n->switch_.init, depth); dump(out, n->switch_.tag, depth); dump_list(out, &n->switch_.body, depth); break;
	case N_FOR: dump(out, n->for_.init, depth); dump(out, n->for_.cond, depth); dump(out, n->for_.post, depth); dump(out, n->for_.body, depth); break;
	case N_RANGE: dump(out, n->range.key, depth); dump(out, n->range.value, depth); dump(out, n->range.x, depth); dump(out, n->range.body, depth); break;
	case N_CONSTSPEC: case N_VARSPEC: dump_list(out, &n->spec.names, depth); dump(out, n->spec.type, depth); if (n->kind == N_VARSPEC || !n->spec.implicit) dump_list(out, &n->spec.values, depth); break;
	case N_TYPESPEC: dump(out, n->typespec.type, depth); break;
	case N_FILE: dump_list(out, &n->file.decls, depth); break;
	default: break;
	}
}

void fe_dump_types(FILE *out, Node *file)
{
	dump(out, file, 0);
}

/* The final pass over the tree (dump without output): see finish_ident. */
static void finish(Node *file)
{
	dump(NULL, file, 0);
}
