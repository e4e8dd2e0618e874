/*
 * print.c - an inlinable body as gc's -m=2 shows it: the signature, then
 * the statements as ir's formatter prints them (fmt.go's short form):
 * loops are "for loop", switches "switch statement", closures "func
 * literal", composite literals T{...}; implicit conversions, & and *
 * are left out; method calls are T.M(recv, args).
 */
#include <string.h>

#include "inline/inline.h"

typedef BsBuf Buf;

static void type(Buf *b, Type *t);
static void expr(Buf *b, Node *n, int prec);
static void stmt_list(Buf *b, NodeList *l);

/* ---- types, as gc's types formatter ---- */

static void tuple(Buf *b, Type **ts, int n, bool variadic)
{
	for (int i = 0; i < n; i++) {
		if (i)
			bs_puts(b, ", ");
		if (variadic && i == n - 1) {
			bs_puts(b, "...");
			type(b, fe_under(ts[i])->elem);
		} else {
			type(b, ts[i]);
		}
	}
}

static void signature(Buf *b, Type *t)
{
	bs_puts(b, "func(");
	tuple(b, t->params, t->nparams, t->variadic);
	bs_puts(b, ")");
	if (t->nresults == 1) {
		bs_puts(b, " ");
		type(b, t->results[0]);
	} else if (t->nresults > 1) {
		bs_puts(b, " (");
		tuple(b, t->results, t->nresults, false);
		bs_puts(b, ")");
	}
}

static void type(Buf *b, Type *t)
{
	if (!t) {
		bs_puts(b, "<T>");
		return;
	}
	switch (t->kind) {
	case TY_NAMED: {
		Object *o = t->obj;
		if (o && o->pkg && o->pkg != fe_local_package() && o->pkg->name)
			bs_printf(b, "%s.", o->pkg->name);
		bs_puts(b, o ? o->name : "?");
		return;
	}
	case TY_UNSAFEPTR:
		bs_puts(b, "unsafe.Pointer");
		return;
	case TY_PTR:
		bs_puts(b, "*");
		type(b, t->elem);
		return;
	case TY_SLICE:
		bs_puts(b, "[]");
		type(b, t->elem);
		return;
	case TY_ARRAY:
		bs_printf(b, "[%lld]", (long long)t->len);
		type(b, t->elem);
		return;
	case TY_MAP:
		bs_puts(b, "map[");
		type(b, t->key);
		bs_puts(b, "]");
		type(b, t->elem);
		return;
	case TY_CHAN: {
		bool paren = t->dir == CHAN_BOTH && t->elem && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
		bs_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
		if (paren)
			bs_puts(b, "(");
		type(b, t->elem);
		if (paren)
			bs_puts(b, ")");
		return;
	}
	case TY_FUNC:
		signature(b, t);
		return;
	case TY_STRUCT:
		if (!t->nfields) {
			bs_puts(b, "struct {}");
			return;
		}
		bs_puts(b, "struct {");
		for (int i = 0; i < t->nfields; i++) {
			bs_puts(b, i ? "; " : " ");
			if (!t->fields[i].embedded)
				bs_printf(b, "%s ", t->fields[i].name);
			type(b, t->fields[i].type);
		}
		bs_puts(b, " }");
		return;
	case TY_INTERFACE:
		if (t->obj && t->obj->name && t == fe_type_error) {
			bs_puts(b, "error");
			return;
		}
		if (!t->nimethods) {
			bs_puts(b, "interface {}");
			return;
		}
		bs_puts(b, "interface {");
		for (int i = 0; i < t->nimethods; i++) {
			bs_printf(b, "%s%s", i ? "; " : " ", t->imethods[i].name);
			Buf s = { .a = b->a };
			signature(&s, t->imethods[i].sig);
			bs_puts(b, bs_str(&s) + 4);
		}
		bs_puts(b, " }");
		return;
	default:
		bs_puts(b, t->basic_name ? t->basic_name : "?");
	}
}

/* ---- expressions ---- */

enum { P_OROR = 1, P_ANDAND = 2, P_CMP = 4, P_ADD = 5, P_MUL = 6, P_UNARY = 7, P_PRIMARY = 8 };

static int binary_prec(FeOp op)
{
	switch (op) {
	case OP_LOR: return P_OROR;
	case OP_LAND: return P_ANDAND;
	case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ: return P_CMP;
	case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: return P_ADD;
	default: return P_MUL;
	}
}

static void expr_list(Buf *b, NodeList *l, int from)
{
	for (int i = from; i < l->len; i++) {
		if (i > from)
			bs_puts(b, ", ");
		expr(b, l->v[i], 0);
	}
}

static void literal(Buf *b, Node *n)
{
	Const *v = n->val;
	if (n->kind == N_BASICLIT && n->lit.kind == LIT_CHAR) {
		bs_puts(b, n->lit.raw);
		return;
	}
	if (v && v->kind == CONST_STRING) {
		char *q = fe_alloc(b->a, 4 * v->len + 3);
		size_t len = fe_quote_into(q, v->s, v->len);
		bs_putn(b, q, len);
		return;
	}
	bs_puts(b, v ? fe_const_str(b->a, v) : n->lit.raw);
}

/* The receiver of a method reached through sel, embedded fields shown. */
static void path(Buf *b, Node *sel, int steps)
{
	expr(b, sel->selector.x, P_PRIMARY);
	Type *t = sel->selector.x->type;
	for (int i = 0; i < steps && t; i++) {
		Type *u = fe_under(t);
		if (u->kind == TY_PTR)
			u = fe_under(u->elem);
		if (u->kind != TY_STRUCT || sel->path[i] >= u->nfields)
			return;
		bs_printf(b, ".%s", u->fields[sel->path[i]].name);
		t = u->fields[sel->path[i]].type;
	}
}

static void method_type(Buf *b, Object *m)
{
	Type *rt = m && m->type && m->type->recv ? m->type->recv->type : NULL;
	if (rt && rt->kind == TY_PTR) {
		bs_puts(b, "(");
		type(b, rt);
		bs_puts(b, ")");
	} else {
		type(b, rt);
	}
	bs_printf(b, ".%s", m ? m->name : "?");
}

static void call(Buf *b, Node *n)
{
	Node *fun = fe_unparen(n->call.fun);
	NodeList *args = &n->call.args;
	if (n->sub == CALL_CONV) {
		Type *t = n->type;
		bool paren = t->kind != TY_NAMED && !t->basic_name;
		if (paren)
			bs_puts(b, "(");
		type(b, t);
		bs_puts(b, paren ? ")(" : "(");
		expr(b, args->v[0], 0);
		bs_puts(b, ")");
		return;
	}
	if (n->sub == CALL_BUILTIN) {
		bs_printf(b, "%s(", fun->kind == N_SELECTOR ? fun->selector.sel->ident.name : fun->ident.name);
		Builtin bi = fe_call_builtin(n);
		if (bi == BI_NEW || bi == BI_MAKE) {
			type(b, args->v[0]->type);
			if (args->len > 1)
				bs_puts(b, ", ");
			expr_list(b, args, 1);
		} else {
			expr_list(b, args, 0);
		}
		bs_puts(b, n->call.dots ? "...)" : ")");
		return;
	}
	if (n->sub == CALL_METHOD && fun->kind == N_SELECTOR) {
		method_type(b, fun->obj);
		bs_puts(b, "(");
		path(b, fun, fun->npath);
		if (args->len)
			bs_puts(b, ", ");
	} else {
		expr(b, fun, P_PRIMARY);
		bs_puts(b, "(");
	}
	expr_list(b, args, 0);
	bs_puts(b, n->call.dots ? "...)" : ")");
}

static void expr(Buf *b, Node *n, int prec)
{
	if (!n) {
		bs_puts(b, "<nil>");
		return;
	}
	while (n->kind == N_PAREN || n->kind == N_CONVIFACE)
		n = n->unary.x;
	int np = P_PRIMARY;
	if (n->kind == N_BINARY)
		np = binary_prec(fe_op(n->binary.op));
	else if (n->kind == N_UNARY || n->kind == N_STAR)
		np = n->kind == N_UNARY && n->unary.op == '&' && fe_unparen(n->unary.x)->kind == N_COMPOSITE ? 0 : P_UNARY;
	else if (n->kind == N_FUNCLIT)
		np = 0;
	if (prec > np) {
		bs_puts(b, "(");
		expr(b, n, 0);
		bs_puts(b, ")");
		return;
	}
	switch (n->kind) {
	case N_IDENT:
		bs_puts(b, n->ident.name);
		return;
	case N_BASICLIT:
		literal(b, n);
		return;
	case N_FUNCLIT:
		bs_puts(b, "func literal");
		return;
	case N_COMPOSITE:
		if (n->type && n->type->kind == TY_PTR)
			bs_puts(b, "&");
		type(b, n->type && n->type->kind == TY_PTR ? n->type->elem : n->type);
		bs_puts(b, n->composite.elts.len ? "{...}" : "{}");
		return;
	case N_SELECTOR:
		if (n->sub == SEL_PKG) {
			Node *x = fe_unparen(n->selector.x);
			bs_printf(b, "%s.%s", x->ident.name, n->selector.sel->ident.name);
		} else if (n->sub == SEL_METHODEXPR) {
			method_type(b, n->obj);
		} else if (n->sub == SEL_FIELD) {
			path(b, n, n->npath);
		} else {
			path(b, n, n->npath);
			bs_printf(b, ".%s", n->selector.sel->ident.name);
		}
		return;
	case N_INDEX:
		expr(b, n->binary.x, P_PRIMARY);
		bs_puts(b, "[");
		expr(b, n->binary.y, 0);
		bs_puts(b, "]");
		return;
	case N_SLICEEXPR:
		expr(b, n->slice.x, P_PRIMARY);
		bs_puts(b, "[");
		if (n->slice.lo)
			expr(b, n->slice.lo, 0);
		bs_puts(b, ":");
		if (n->slice.hi)
			expr(b, n->slice.hi, 0);
		if (n->slice.full) {
			bs_puts(b, ":");
			expr(b, n->slice.max, 0);
		}
		bs_puts(b, "]");
		return;
	case N_TYPEASSERT:
		expr(b, n->typeassert.x, P_PRIMARY);
		bs_puts(b, ".(");
		type(b, n->type);
		bs_puts(b, ")");
		return;
	case N_STAR:
		bs_puts(b, "*");
		expr(b, n->unary.x, P_UNARY + 1);
		return;
	case N_UNARY: {
		Node *x = fe_unparen(n->unary.x);
		bs_puts(b, fe_token_name(n->unary.op));
		if (x->kind == N_UNARY && x->unary.op == n->unary.op)
			bs_puts(b, " ");
		expr(b, x, n->unary.op == '&' && x->kind == N_COMPOSITE ? 0 : P_UNARY + 1);
		return;
	}
	case N_BINARY:
		if (n->val && n->binary.x->val == NULL) {
			literal(b, n);
			return;
		}
		expr(b, n->binary.x, np);
		bs_printf(b, " %s ", fe_token_name(n->binary.op));
		expr(b, n->binary.y, np + 1);
		return;
	case N_CALL:
		call(b, n);
		return;
	default:
		if (n->type && n->mode == MODE_TYPE)
			type(b, n->type);
		else
			bs_puts(b, fe_node_string(b->a, n));
	}
}

/* ---- statements ---- */

static void block(Buf *b, Node *n)
{
	if (n && n->kind == N_BLOCK)
		stmt_list(b, &n->block.stmts);
	else if (n)
		stmt_list(b, &(NodeList){ .v = &n, .len = 1 });
}

static void sep(Buf *b, bool *first)
{
	if (!*first)
		bs_puts(b, "; ");
	*first = false;
}

static void stmt(Buf *b, Node *n, bool *first)
{
	switch (n->kind) {
	case N_EMPTYSTMT:
		return;
	case N_EXPRSTMT:
		sep(b, first);
		expr(b, n->unary.x, 0);
		return;
	case N_INCDEC:
		sep(b, first);
		expr(b, n->incdec.x, 0);
		bs_printf(b, " %c= 1", n->incdec.op);
		return;
	case N_ASSIGN: {
		sep(b, first);
		expr_list(b, &n->assign.lhs, 0);
		if (n->assign.op == '=')
			bs_puts(b, " = ");
		else if (fe_op(n->assign.op) == OP_NONE)
			bs_puts(b, " := ");
		else
			bs_printf(b, " %s= ", fe_token_name(n->assign.op));
		expr_list(b, &n->assign.rhs, 0);
		return;
	}
	case N_DECLSTMT:
		for (int i = 0; i < n->decl.specs.len; i++) {
			Node *s = n->decl.specs.v[i];
			if (s->kind == N_CONSTSPEC) {
				for (int j = 0; j < s->spec.names.len; j++) {
					sep(b, first);
					bs_puts(b, "<node DCLCONST>");
				}
				continue;
			}
			if (s->kind != N_VARSPEC)
				continue;
			NodeList *names = &s->spec.names, *vals = &s->spec.values;
			for (int j = 0; j < names->len; j++) {
				sep(b, first);
				bs_printf(b, "var %s ", names->v[j]->ident.name);
				type(b, names->v[j]->type ? names->v[j]->type : names->v[j]->obj->type);
				if (vals->len == 1 && names->len > 1)
					continue;
				bs_printf(b, "; %s = ", names->v[j]->ident.name);
				if (j < vals->len)
					expr(b, vals->v[j], 0);
				else
					bs_puts(b, "<nil>");
			}
			if (vals->len == 1 && names->len > 1) {
				sep(b, first);
				expr_list(b, names, 0);
				bs_puts(b, " = ");
				expr(b, vals->v[0], 0);
			}
		}
		return;
	case N_RETURN:
		sep(b, first);
		bs_puts(b, "return ");
		expr_list(b, &n->ret.results, 0);
		return;
	case N_BLOCK:
		for (int i = 0; i < n->block.stmts.len; i++)
			stmt(b, n->block.stmts.v[i], first);
		return;
	case N_IF: {
		sep(b, first);
		int v = fe_const_cond(n->if_.cond);
		bs_puts(b, "if ");
		if (n->if_.init) {
			bool f = true;
			stmt(b, n->if_.init, &f);
			bs_puts(b, "; ");
		}
		expr(b, n->if_.cond, 0);
		bs_puts(b, " { ");
		if (v != 0)
			block(b, n->if_.then);
		bs_puts(b, " }");
		if (n->if_.els && v != 1) {
			bs_puts(b, " else { ");
			block(b, n->if_.els);
			bs_puts(b, " }");
		}
		return;
	}
	case N_FOR:
	case N_RANGE:
		sep(b, first);
		bs_puts(b, "for loop");
		return;
	case N_SWITCH:
	case N_TYPESWITCH:
		sep(b, first);
		bs_puts(b, "switch statement");
		return;
	case N_SELECTSTMT:
		sep(b, first);
		bs_puts(b, "select statement");
		return;
	case N_SEND:
		sep(b, first);
		expr(b, n->binary.x, 0);
		bs_puts(b, " <- ");
		expr(b, n->binary.y, 0);
		return;
	case N_LABELED:
		sep(b, first);
		bs_printf(b, "%s: ", n->labeled.label->ident.name);
		stmt(b, n->labeled.stmt, first);
		return;
	case N_BRANCH:
		sep(b, first);
		bs_puts(b, fe_token_name(n->branch.tok));
		if (n->branch.label)
			bs_printf(b, " %s", n->branch.label->ident.name);
		return;
	default:
		sep(b, first);
		bs_puts(b, fe_node_string(b->a, n));
	}
}

static void stmt_list(Buf *b, NodeList *l)
{
	bool first = true;
	int lastlabel = -1;
	for (int i = 0; i < l->len; i++)
		if (l->v[i]->kind == N_LABELED)
			lastlabel = i;
	for (int i = 0; i < l->len; i++) {
		Node *s = l->v[i];
		stmt(b, s, &first);
		if (s->kind == N_IF && i > lastlabel) {
			int v = fe_const_cond(s->if_.cond);
			if (v >= 0 && ir_ends_in_exit(v ? s->if_.then : s->if_.els))
				break;
		}
	}
}

const char *inl_body_string(Arena *a, Node *decl)
{
	Buf b = { .a = a };
	Type *t = decl->func_.name && decl->func_.name->obj ? decl->func_.name->obj->type : decl->type;
	if (decl->kind == N_FUNCDECL && decl->func_.recv && t && t->recv) {
		bs_puts(&b, "method(");
		type(&b, t->recv->type);
		bs_puts(&b, ") ");
	}
	if (t && fe_under(t)->kind == TY_FUNC)
		signature(&b, fe_under(t));
	bs_puts(&b, " { ");
	if (decl->func_.body)
		stmt_list(&b, &decl->func_.body->block.stmts);
	bs_puts(&b, " }");
	return fe_sprintf(a, "%s", bs_str(&b));
}
