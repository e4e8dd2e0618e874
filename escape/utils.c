/*
 * utils.c - what the walk needs to know about nodes and types: gc's
 * printing of expressions and types in the messages, gc's positions for
 * implicit conversions, the size rules that force allocations to the
 * heap, and the assignments that are really self-assignments.
 *
 * gc prints its IR, not the source: constants as their (normalised)
 * source text, types in its own spelling (`interface {}`, `struct { x
 * int }`, `[]byte`, `any`), conversions to unnamed types in parentheses
 * (`([]byte)(s)`), calls of variadic functions with their packed
 * arguments (`fmt.Sprint(... argument...)`).  The functions below print
 * the typed AST the same way.
 */
#include <stdlib.h>
#include <string.h>

#include "escape/escape.h"
#include "inline/inline.h"

/* ---- nodes ---- */

/* ---- types ---- */

bool esc_has_pointers(Type *t)
{
	if (!t)
		return true;
	if (fe_is_untyped(t))
		return t->kind == TY_UNTYPED_NIL;
	return fe_has_pointers(t);
}

/* gc's printing of nodes and types, into the arena (base/buf.c) */
typedef BsBuf Buf;

static void put(Buf *b, const char *s)
{
	bs_puts(b, s);
}

static void put_type(Buf *b, Type *t);

static void put_tuple(Buf *b, Type **ts, int n, bool variadic)
{
	for (int i = 0; i < n; i++) {
		if (i)
			put(b, ", ");
		if (variadic && i == n - 1 && fe_under(ts[i])->kind == TY_SLICE) {
			put(b, "...");
			put_type(b, fe_under(ts[i])->elem);
		} else {
			put_type(b, ts[i]);
		}
	}
}

static void put_sig(Buf *b, Type *t)
{
	put(b, "(");
	put_tuple(b, t->params, t->nparams, t->variadic);
	put(b, ")");
	if (t->nresults == 1) {
		put(b, " ");
		put_type(b, t->results[0]);
	} else if (t->nresults > 1) {
		put(b, " (");
		put_tuple(b, t->results, t->nresults, false);
		put(b, ")");
	}
}

/* put_type spells t as gc's -m messages do. */
static void put_type(Buf *b, Type *t)
{
	if (!t) {
		put(b, "<T>");
		return;
	}
	if (t->basic_name) {
		put(b, strncmp(t->basic_name, "untyped ", 8) == 0 ? t->basic_name + 8 : t->basic_name);
		return;
	}
	switch (t->kind) {
	case TY_NAMED:
		if (t->obj && t->obj->pkg && t->obj->pkg->name && t->obj->pkg != fe_local_package()) {
			put(b, t->obj->pkg->name);
			put(b, ".");
		}
		put(b, t->obj ? t->obj->name : "?");
		return;
	case TY_PTR:
		put(b, "*");
		put_type(b, t->elem);
		return;
	case TY_SLICE:
		put(b, "[]");
		put_type(b, t->elem);
		return;
	case TY_ARRAY:
		put(b, fe_sprintf(b->a, "[%lld]", (long long)t->len));
		put_type(b, t->elem);
		return;
	case TY_MAP:
		put(b, "map[");
		put_type(b, t->key);
		put(b, "]");
		put_type(b, t->elem);
		return;
	case TY_CHAN:
		put(b, "chan ");
		put_type(b, t->elem);
		return;
	case TY_FUNC:
		put(b, "func");
		put_sig(b, t);
		return;
	case TY_STRUCT:
		if (t->nfields == 0) {
			put(b, "struct {}");
			return;
		}
		put(b, "struct { ");
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				put(b, "; ");
			if (!t->fields[i].embedded) {
				put(b, t->fields[i].name);
				put(b, " ");
			}
			put_type(b, t->fields[i].type);
			if (t->fields[i].tag && t->fields[i].taglen) {
				char *q = fe_quote_tag(t->fields[i].tag, t->fields[i].taglen);
				put(b, " ");
				put(b, q);
				free(q);
			}
		}
		put(b, " }");
		return;
	case TY_INTERFACE:
		if (t == fe_type_any) { /* the alias keeps its name in gc's messages */
			put(b, "any");
			return;
		}
		if (t->nexplicit == 0 && t->nembeds == 0) {
			put(b, "interface {}");
			return;
		}
		put(b, "interface { ");
		{
			int k = 0;
			for (int i = 0; i < t->nembeds; i++, k++) {
				if (k)
					put(b, "; ");
				put_type(b, t->embeds[i]);
			}
			for (int i = 0; i < t->nexplicit; i++, k++) {
				if (k)
					put(b, "; ");
				put(b, t->explicit_[i].name);
				put_sig(b, t->explicit_[i].sig);
			}
		}
		put(b, " }");
		return;
	case TY_TUPLE:
		put(b, "(");
		put_tuple(b, t->results, t->nresults, false);
		put(b, ")");
		return;
	default:
		put(b, "?");
	}
}

const char *esc_fmt_type(Arena *a, Type *t)
{
	Buf b = { .a = a };
	put_type(&b, t);
	return b.s ? b.s : "";
}

/* A type with a name prints T(x) in a conversion; others (T)(x). */
static bool type_has_name(Type *t)
{
	return t && (t->kind == TY_NAMED || t->basic_name || t == fe_type_any);
}

/* ---- expressions, as gc prints them ---- */

/* A string concatenation (gc's OADDSTR, which it flattens). */
static bool is_concat(Node *n)
{
	return n->kind == N_BINARY && fe_op(n->binary.op) == OP_ADD && !n->val && n->type && fe_is_string(n->type);
}

/*
 * gc's operator precedences (ir.OpPrec): 8 for primaries down to 1 for
 * ||, and 0 for a string concatenation and complex/real/imag, which have
 * no entry.
 */
static int prec(Node *n)
{
	n = fe_unparen(n);
	if (inl_imported(n) && (n->val || n->kind == N_CONVIFACE))
		return 8;  /* OLITERAL, an explicit OCONVIFACE */
	if (is_concat(n))
		return 0;
	switch (n->kind) {
	case N_FUNCLIT: /* OCLOSURE, OPTRLIT, OMAKEMAP, OMAKECHAN, ORECOVERFP: no entry */
		return 0;
	case N_CALL: {
		Builtin bi = fe_call_builtin(n);
		Type *t = n->type ? fe_under(n->type) : NULL;
		if (bi == BI_RECOVER || (bi == BI_MAKE && t && (t->kind == TY_MAP || t->kind == TY_CHAN)))
			return 0;
		/* OCOMPLEX, OREAL, OIMAG have no entry either (a constant one is OLITERAL) */
		if ((bi == BI_COMPLEX || bi == BI_REAL || bi == BI_IMAG) && !n->val)
			return 0;
		return 8;
	}
	case N_COMPOSITE:
		return n->type && fe_under(n->type)->kind == TY_PTR ? 0 : 8;
	case N_UNARY:
		if (fe_op(n->unary.op) == OP_AND && fe_unparen(n->unary.x)->kind == N_COMPOSITE)
			return 0;
		return 7;
	case N_STAR:
		return 7;
	case N_BINARY:
		switch (fe_op(n->binary.op)) {
		case OP_MUL: case OP_QUO: case OP_REM: case OP_SHL: case OP_SHR: case OP_AND: case OP_ANDNOT:
			return 6;
		case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR:
			return 5;
		case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
			return 4;
		case OP_LAND:
			return 2;
		case OP_LOR:
			return 1;
		default:
			return 5;
		}
	default:
		return 8;
	}
}

static void put_expr(Buf *b, Node *n, int p);

static void put_list(Buf *b, NodeList *l, int from)
{
	for (int i = from; i < l->len; i++) {
		if (i > from)
			put(b, ", ");
		put_expr(b, l->v[i], 0);
	}
}

/*
 * esc_variadic_extra returns the index of the first argument packed into
 * the implicit `...` slice of a call, or -1 when nothing is packed (not
 * variadic, or f(xs...)).
 */
int esc_variadic_extra(Node *call)
{
	if (call->kind != N_CALL || call->call.dots)
		return -1;
	if (call->sub != CALL_FUNC && call->sub != CALL_METHOD && call->sub != CALL_IFACE)
		return -1;
	Node *f = fe_unparen(call->call.fun);
	Type *ft = f && f->type ? fe_under(f->type) : NULL;
	if (!ft || ft->kind != TY_FUNC || !ft->variadic)
		return -1;
	/* (A method expression's type already counts the receiver.) */
	return ft->nparams - 1;
}

/*
 * put_path prints the embedded fields of selector sel's path (its first
 * steps indices) after its operand, as gc's implicit ODOTs print; the
 * implicit dereferences print as nothing.  Returns the type reached.
 */
static Type *put_path(Buf *b, Type *t, int *path, int steps)
{
	for (int i = 0; i < steps && t; i++) {
		Type *u = fe_under(t);
		if (u->kind == TY_PTR)
			u = fe_under(u->elem);
		if (u->kind != TY_STRUCT || path[i] >= u->nfields)
			return NULL;
		put(b, ".");
		put(b, u->fields[path[i]].name);
		t = u->fields[path[i]].type;
	}
	return t;
}

/* A method expression's type part as gc prints it: T, or (*T). */
static void put_recv_type(Buf *b, Type *rt)
{
	if (rt && rt->kind == TY_PTR) {
		put(b, "(*");
		put(b, esc_fmt_type(b->a, rt->elem));
		put(b, ")");
	} else {
		put(b, esc_fmt_type(b->a, rt));
	}
}

/* The receiver type of method object m. */
static Type *recv_type(Object *m)
{
	return m && m->type && m->type->recv ? m->type->recv->type : NULL;
}

/*
 * put_call prints a call as gc has it when escape analysis reports: a
 * static method call x.M(a) is T.M(x, a) (typecheck.FixMethodCall), a
 * devirtualized x.M(a) is T.M(x.(T), a), the variadic tail is the
 * implicit `... argument` slice, and irgen's temporaries stand where it
 * put them (ir/irgen.c).
 */
static void put_call(Buf *b, Node *n)
{
	Builtin bi = fe_call_builtin(n);
	Node *fun = fe_unparen(n->call.fun);
	IrRewrite *rw = n->rw;
	const char *tmp = rw && rw->tmp ? rw->tmp->ident.name : NULL;
	NodeList args = n->call.args;
	if (rw && rw->inner) {
		/* f(g()): gc prints the call it kept from before the rewrite
		 * (transformArgs saves it), with irgen's callee temporary. */
		if (!tmp)
			put_expr(b, n->call.fun, 8);
		put(b, tmp ? tmp : "");
		if (tmp && n->sub != CALL_FUNC) {
			put(b, ".");
			put(b, fun->selector.sel->ident.name);
		}
		put(b, "(");
		put_list(b, &args, 0);
		put(b, ")");
		return;
	}
	/* Before escape reaches a call, gc has not yet packed its variadic
	 * tail nor turned a devirtualized x.(T).M() into T.M(x.(T)). */
	bool walked = n->walked;
	EscDevirt *dv = n->sub == CALL_IFACE && fun->kind == N_SELECTOR ? esc_devirt_lookup(fun) : NULL;
	bool method = n->sub == CALL_METHOD && fun->kind == N_SELECTOR && fun->sub == SEL_METHOD && fun->obj;
	if (method || (dv && !dv->partial && walked)) {
		/* T.M(recv, ...): the receiver along the embedded fields */
		Object *m = method ? fun->obj : dv->mobj;
		Buf r = { .a = b->a };
		if (tmp) {
			put(&r, tmp);
			if (!method) {   /* devirtualized (through an inlined call) */
				put(&r, ".(");
				put(&r, esc_fmt_type(b->a, dv->typ));
				put(&r, ")");
			}
		} else if (method) {
			put_expr(&r, fun->selector.x, fun->npath ? 8 : 0);
			put_path(&r, fun->selector.x->type, fun->path, fun->npath);
		} else {
			put_expr(&r, fun->selector.x, 8);
			put(&r, ".(");
			put(&r, esc_fmt_type(b->a, dv->typ));
			put(&r, ")");
			put_path(&r, dv->typ, dv->path, dv->npath);
		}
		put_recv_type(b, recv_type(m));
		put(b, ".");
		put(b, fun->selector.sel->ident.name);
		put(b, "(");
		put(b, r.s ? r.s : "");
		if (args.len || esc_variadic_extra(n) >= 0)
			put(b, ", ");
	} else if (dv) {
		/* partly devirtualized: x.(T).Embedded.M(...) */
		put_expr(b, fun->selector.x, 8);
		put(b, ".(");
		put(b, esc_fmt_type(b->a, dv->typ));
		put(b, ")");
		put_path(b, dv->typ, dv->path, dv->npath);
		put(b, ".");
		put(b, fun->selector.sel->ident.name);
		put(b, "(");
	} else if (tmp) {
		put(b, tmp);
		if (n->sub == CALL_IFACE) {
			put(b, ".");
			put(b, fun->selector.sel->ident.name);
		}
		put(b, "(");
	} else if (bi == BI_RECOVER && walked) {
		/* escape's fixRecoverCall has made it an ORECOVERFP, which
		 * gc's printer does not know */
		put(b, "<node RECOVERFP>");
		return;
	} else {
		put_expr(b, n->call.fun, 8);
		put(b, "(");
	}
	int extra = bi == BI_NONE && walked ? esc_variadic_extra(n) : -1;
	if (extra >= 0) {
		for (int i = 0; i < extra && i < args.len; i++) {
			put_expr(b, args.v[i], 0);
			put(b, ", ");
		}
		put(b, extra < args.len ? "... argument" : "nil");
		put(b, "...");
	} else {
		put_list(b, &args, 0);
		if (n->call.dots)
			put(b, "...");
	}
	put(b, ")");
}

/* The operands of a concatenation, flattened as gc's OADDSTR list. */
static void put_concat(Buf *b, Node *n, bool *first)
{
	n = fe_unparen(n);
	if (is_concat(n)) {
		put_concat(b, n->binary.x, first);
		put_concat(b, n->binary.y, first);
		return;
	}
	if (!*first)
		put(b, " + ");
	*first = false;
	put_expr(b, n, 0);
}

/* []rune("...") of a constant: gc builds the rune slice literal itself. */
static bool is_runes_lit(Node *n)
{
	if (n->kind != N_CALL || n->sub != CALL_CONV || n->call.args.len != 1 || n->val)
		return false;
	Node *x = fe_unparen(n->call.args.v[0]);
	Type *t = n->type ? fe_under(n->type) : NULL;
	return x->val && x->val->kind == CONST_STRING && t && t->kind == TY_SLICE && t->elem &&
	       fe_under(t->elem)->kind == TY_INT32;
}

/* A node of a body copied from another package (inl_imported), as gc
 * prints what it read from export data: true when printed. */
static bool put_imported(Buf *b, Node *n)
{
	Package *pkg = inl_imported(n);
	if (!pkg)
		return false;
	if (n->kind == N_CONVIFACE) { /* not implicit any more: T(x), (T)(x) */
		bool named = n->type && n->type->kind == TY_NAMED;
		put(b, fe_sprintf(b->a, named ? "%s(" : "(%s)(", esc_fmt_type(b->a, n->type)));
		put_expr(b, n->unary.x, 0);
		put(b, ")");
		return true;
	}
	if (n->val && (n->kind != N_IDENT || n->obj->kind == OBJ_CONST)) { /* OLITERAL: T(v) */
		bool typed = n->type && !fe_is_untyped(n->type);
		if (typed)
			put(b, fe_sprintf(b->a, fe_under(n->type)->kind == TY_PTR ? "(%s)(" : "%s(", esc_fmt_type(b->a, n->type)));
		put(b, fe_const_str(b->a, n->val));
		if (typed)
			put(b, ")");
		return true;
	}
	if (n->kind == N_IDENT && n->obj && (n->obj->kind == OBJ_VAR || n->obj->kind == OBJ_FUNC)) {
		Package *q = n->obj->pkg ? n->obj->pkg : pkg;
		if (q != fe_local_package() && q->name)
			put(b, fe_sprintf(b->a, "%s.", q->name));
		put(b, n->ident.name);
		return true;
	}
	return false;
}

static void put_expr(Buf *b, Node *n, int p)
{
	/* an implicit conversion prints as the value converted; an inlined
	 * call as its result, in parentheses inside an operator (OINLCALL
	 * has no precedence) */
	while (n && (n->kind == N_PAREN || (n->kind == N_CONVIFACE && !inl_imported(n)) ||
	             (n->kind == N_INLCALL && n->inlcall.results.len == 1))) {
		if (n->kind == N_INLCALL && p > 0) {
			put(b, "(");
			put_expr(b, n->inlcall.results.v[0], 0);
			put(b, ")");
			return;
		}
		n = n->kind == N_INLCALL ? n->inlcall.results.v[0] : n->unary.x;
	}
	if (!n) {
		put(b, "<nil>");
		return;
	}
	if (inl_imported(n) && (n->val || n->kind == N_CONVIFACE) && prec(n) < p) {
		put(b, "(");
		put_imported(b, n);
		put(b, ")");
		return;
	}
	if (put_imported(b, n))
		return;
	int np = prec(n);
	bool paren = np < p;
	if (paren)
		put(b, "(");
	if (n->val && n->kind != N_BASICLIT && n->kind != N_IDENT) {
		/* A constant prints as its source, in the syntax printer's
		 * spacing (irgen's OrigConst). */
		put(b, fe_node_string(b->a, n));
		if (paren)
			put(b, ")");
		return;
	}
	if (is_concat(n)) {
		bool first = true;
		put_concat(b, n, &first);
		if (paren)
			put(b, ")");
		return;
	}
	switch (n->kind) {
	case N_IDENT:
		put(b, n->ident.name);
		break;
	case N_BASICLIT:
		put(b, n->lit.raw);
		break;
	case N_COMPOSITE:
		if (n->sub == INL_DOTS) {   /* an inlined variadic call's implicit slice */
			put(b, "... argument");
			break;
		}
		if (n->type && fe_under(n->type)->kind == TY_PTR) { /* elided &T in [] *T{{...}} */
			put(b, "&");
			put(b, esc_fmt_type(b->a, fe_under(n->type)->elem));
		} else {
			put(b, esc_fmt_type(b->a, n->type));
		}
		put(b, n->composite.elts.len ? "{...}" : "{}");
		break;
	case N_KEYVALUE:
		put_expr(b, n->binary.x, 0);
		put(b, ":");
		put_expr(b, n->binary.y, 0);
		break;
	case N_FUNCLIT:
		put(b, "func literal");
		break;
	case N_SELECTOR:
		put_expr(b, n->selector.x, 8);
		/* a promoted field or method shows its embedded path */
		if (n->sub == SEL_FIELD && n->npath > 1)
			put_path(b, n->selector.x->type, n->path, n->npath - 1);
		else if ((n->sub == SEL_METHOD || n->sub == SEL_IFACEMETHOD) && n->npath)
			put_path(b, n->selector.x->type, n->path, n->npath);
		put(b, ".");
		put(b, n->selector.sel->ident.name);
		break;
	case N_INDEX:
		put_expr(b, n->binary.x, 8);
		put(b, "[");
		put_expr(b, n->binary.y, 0);
		put(b, "]");
		break;
	case N_SLICEEXPR:
		put_expr(b, n->slice.x, 8);
		put(b, "[");
		if (n->slice.lo)
			put_expr(b, n->slice.lo, 0);
		put(b, ":");
		if (n->slice.hi)
			put_expr(b, n->slice.hi, 0);
		if (n->slice.full) {
			put(b, ":");
			if (n->slice.max)
				put_expr(b, n->slice.max, 0);
		}
		put(b, "]");
		break;
	case N_TYPEASSERT:
		put_expr(b, n->typeassert.x, 8);
		put(b, ".(");
		put(b, n->typeassert.type ? esc_fmt_type(b->a, n->type) : "type");
		put(b, ")");
		break;
	case N_CALL:
		if (is_runes_lit(n)) {
			Node *x = fe_unparen(n->call.args.v[0]);
			put(b, esc_fmt_type(b->a, n->type));
			put(b, x->val->len ? "{...}" : "{}");
		} else if (n->sub == CALL_CONV && n->call.args.len == 1) {
			Type *t = n->type;
			if (type_has_name(t)) {
				put(b, esc_fmt_type(b->a, t));
			} else {
				put(b, "(");
				put(b, esc_fmt_type(b->a, t));
				put(b, ")");
			}
			put(b, "(");
			put_expr(b, n->call.args.v[0], 0);
			put(b, ")");
		} else if (fe_call_builtin(n) == BI_NEW || fe_call_builtin(n) == BI_MAKE) {
			put(b, fe_call_builtin(n) == BI_NEW ? "new(" : "make(");
			Node *t0 = n->call.args.len ? n->call.args.v[0] : NULL;
			put(b, esc_fmt_type(b->a, t0 ? t0->type : NULL));
			for (int i = 1; i < n->call.args.len; i++) {
				put(b, ", ");
				put_expr(b, n->call.args.v[i], 0);
			}
			put(b, ")");
		} else {
			put_call(b, n);
		}
		break;
	case N_STAR:
		put(b, "*");
		put_expr(b, n->unary.x, 8);
		break;
	case N_UNARY: {
		put(b, fe_token_name(n->unary.op));
		Node *x = fe_unparen(n->unary.x);
		if (x->kind == N_UNARY && x->unary.op == n->unary.op)
			put(b, " ");   /* - -x, <- <-c: gc spaces the same operator twice */
		put_expr(b, n->unary.x, 8);
		break;
	}
	case N_BINARY:
		put_expr(b, n->binary.x, np);
		put(b, " ");
		put(b, fe_token_name(n->binary.op));
		put(b, " ");
		put_expr(b, n->binary.y, np + 1);
		break;
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE: case N_CHANTYPE:
		put(b, esc_fmt_type(b->a, n->type));
		break;
	default:
		put(b, fe_kind_name(n->kind));
	}
	if (paren)
		put(b, ")");
}

/* The values of a statement irgen rewrote through temporaries (ir/irgen.c). */
static NodeList *rewritten(Buf *b, Node *n, NodeList *l)
{
	IrRewrite *rw = n->rw;
	if (!rw || !rw->inner)
		return l;
	NodeList *t = fe_alloc(b->a, sizeof *t);
	for (int i = 0; i < rw->nresults; i++)
		fe_list_push(b->a, t, rw->uses[i]);
	return t;
}

static void put_stmt(Buf *b, Node *n)
{
	switch (n->kind) {
	case N_ASSIGN: {
		put_list(b, &n->assign.lhs, 0);
		const char *op = n->sub == INL_RESULTS ? "=" : fe_token_name(n->assign.op);
		put(b, " ");
		put(b, op ? op : "=");
		if (fe_op(n->assign.op) != OP_NONE)
			put(b, "="); /* x op= y */
		put(b, " ");
		put_list(b, rewritten(b, n, &n->assign.rhs), 0);
		break;
	}
	case N_INCDEC:
		put_expr(b, n->incdec.x, 0);
		put(b, n->incdec.op == '+' ? "++" : "--");
		break;
	case N_RETURN:
		put(b, "return");
		if (n->ret.results.len) {
			put(b, " ");
			put_list(b, rewritten(b, n, &n->ret.results), 0);
		}
		break;
	case N_FOR:
	case N_RANGE:
		put(b, "for loop");
		break;
	case N_EXPRSTMT:
		put_expr(b, n->unary.x, 0);
		break;
	case N_DEFER:
	case N_GOSTMT:
		put(b, n->kind == N_DEFER ? "defer " : "go ");
		put_expr(b, n->unary.x, 0);
		break;
	case N_SEND:   /* OSEND: an expression of precedence 3 to gc's printer */
		put_expr(b, n->binary.x, 3);
		put(b, " <- ");
		put_expr(b, n->binary.y, 4);
		break;
	case N_VARSPEC: /* gc prints the initialisation: x = v */
		put_list(b, &n->spec.names, 0);
		if (n->spec.values.len) {
			put(b, " = ");
			put_list(b, rewritten(b, n, &n->spec.values), 0);
		}
		break;
	case N_CASECLAUSE:
		if (n->caseclause.exprs.len) {
			put(b, "case ");
			put_list(b, &n->caseclause.exprs, 0);
		} else {
			put(b, "default");
		}
		put(b, ":");
		for (int i = 0; i < n->caseclause.body.len; i++) {
			put(b, i ? "; " : " ");
			put_stmt(b, n->caseclause.body.v[i]);
		}
		break;
	default:
		if (n->kind <= N_BINARY)
			put_expr(b, n, 0);
		else
			put(b, fe_kind_name(n->kind));
	}
}

/*
 * esc_fmt_dots prints x (or, x NULL, the text base) followed along the
 * first steps of an embedded-field path from type t, as an implicit ODOT
 * chain prints.
 */
const char *esc_fmt_dots(Arena *a, Node *x, const char *base, Type *t, int *path, int steps)
{
	Buf b = { .a = a };
	if (x)
		put_expr(&b, x, steps ? 8 : 0);
	else
		put(&b, base);
	put_path(&b, t, path, steps);
	return b.s ? b.s : "";
}

/* esc_fmt_node prints an expression or a statement as gc's messages do. */
const char *esc_fmt_node(Arena *a, Node *n)
{
	Buf b = { .a = a };
	if (n && n->kind > N_BINARY && n->kind != N_KEYVALUE && n->kind != N_CONVIFACE && n->kind != N_INLCALL)
		put_stmt(&b, n);
	else
		put_expr(&b, n, 0);
	return b.s ? b.s : "";
}

/* ---- the size rules ---- */

#define MAX_STACK_VAR_SIZE (10 * 1024 * 1024)
#define MAX_IMPLICIT_STACK_VAR_SIZE (64 * 1024)

/* A variable larger than 10 MB never lives on the stack. */
const char *esc_var_heap_reason(Type *t)
{
	if (t && fe_sizeof(t) > MAX_STACK_VAR_SIZE)
		return "too large for stack";
	return NULL;
}

/* new(T) and &T{...}: T larger than 64 KB goes to the heap. */
const char *esc_new_heap_reason(Type *elem)
{
	if (elem && fe_sizeof(elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	return NULL;
}

/* Closures and method values: their records above 64 KB. */
const char *esc_record_heap_reason(int64_t size)
{
	return size > MAX_IMPLICIT_STACK_VAR_SIZE ? "too large for stack" : NULL;
}

static bool small_int_const(Node *n, int64_t *v)
{
	if (!n || !n->val || n->val->kind != CONST_INT)
		return false;
	if (!fe_const_is_int64(n->val, v))
		return false;
	return *v >= INT32_MIN && *v <= INT32_MAX;
}

/*
 * make([]T, len[, cap]) stays on the stack only with a small constant
 * capacity (the length when there is none) whose array fits in 64 KB.
 */
const char *esc_make_heap_reason(Node *call)
{
	Node *r = call->call.args.len > 2 ? call->call.args.v[2] : call->call.args.len > 1 ? call->call.args.v[1] : NULL;
	int64_t v;
	if (!small_int_const(r, &v))
		return "non-constant size";
	Type *t = fe_under(call->type);
	int64_t es = fe_sizeof(t->elem);
	if (es != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / es)
		return "too large for stack";
	return NULL;
}

/* ---- self-assignment ---- */

/* same_safe_expr reports whether l and r are the same side-effect-free
 * expression (names, field selections, derefs, constant indexes). */
static bool same_safe_expr(Node *l, Node *r)
{
	l = fe_unparen(l);
	r = fe_unparen(r);
	if (!l || !r || l->kind != r->kind)
		return false;
	switch (l->kind) {
	case N_IDENT:
		return l->obj && l->obj == r->obj;
	case N_SELECTOR:
		return l->sub == r->sub && strcmp(l->selector.sel->ident.name, r->selector.sel->ident.name) == 0 &&
		       same_safe_expr(l->selector.x, r->selector.x);
	case N_STAR:
		return same_safe_expr(l->unary.x, r->unary.x);
	case N_UNARY:
		return l->unary.op == r->unary.op && fe_op(l->unary.op) != OP_ARROW &&
		       same_safe_expr(l->unary.x, r->unary.x);
	case N_INDEX:
		return same_safe_expr(l->binary.x, r->binary.x) && same_safe_expr(l->binary.y, r->binary.y);
	case N_BASICLIT:
		return l->val && r->val && fe_const_compare(l->val, OP_EQL, r->val);
	case N_CALL:
		return l->sub == CALL_CONV && r->sub == CALL_CONV && l->call.args.len == 1 &&
		       r->call.args.len == 1 && l->type && r->type && fe_identical(l->type, r->type) &&
		       same_safe_expr(l->call.args.v[0], r->call.args.v[0]);
	default:
		return false;
	}
}

/* may_affect_memory: could evaluating n change memory (calls, ...)? */
static bool may_affect_memory(Node *n)
{
	n = fe_unparen(n);
	if (!n)
		return false;
	switch (n->kind) {
	case N_IDENT:
	case N_BASICLIT:
		return false;
	case N_BINARY:
		switch (fe_op(n->binary.op)) {
		case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: case OP_MUL: case OP_SHL: case OP_SHR:
		case OP_AND: case OP_ANDNOT: case OP_QUO: case OP_REM:
			return may_affect_memory(n->binary.x) || may_affect_memory(n->binary.y);
		default:
			return true;
		}
	case N_INDEX:
		return may_affect_memory(n->binary.x) || may_affect_memory(n->binary.y);
	case N_CALL:
		if (n->sub == CALL_CONV && n->call.args.len == 1)
			return may_affect_memory(n->call.args.v[0]);
		if (fe_call_builtin(n) == BI_LEN || fe_call_builtin(n) == BI_CAP)
			return n->call.args.len != 1 || may_affect_memory(n->call.args.v[0]);
		return true;
	case N_UNARY:
		if (fe_op(n->unary.op) == OP_ARROW || fe_op(n->unary.op) == OP_AND)
			return true;
		return may_affect_memory(n->unary.x);
	case N_SELECTOR:
		if (n->sub == SEL_PKG)
			return false;
		return n->sub != SEL_FIELD || may_affect_memory(n->selector.x);
	case N_STAR:
		return may_affect_memory(n->unary.x);
	default:
		return true;
	}
}

/* Is x a pointer dereference of a plain name (*p, p.f with p a pointer)? */
static Node *deref_base(Node *x)
{
	x = fe_unparen(x);
	Node *b = NULL;
	if (x->kind == N_STAR)
		b = x->unary.x;
	else if (x->kind == N_SELECTOR && x->sub == SEL_FIELD && x->selector.x->type &&
	         fe_under(x->selector.x->type)->kind == TY_PTR)
		b = x->selector.x;
	b = fe_unparen(b);
	return b && b->kind == N_IDENT ? b : NULL;
}

/*
 * b.buf = b.buf[i:j] through the same pointer name stores nothing new
 * into *b (unless the slice takes the address of an array inside *b).
 */
static bool is_slice_self_assign(Node *dst, Node *src)
{
	Node *dx = deref_base(dst);
	src = fe_unparen(src);
	if (!dx || src->kind != N_SLICEEXPR)
		return false;
	Node *sx = fe_unparen(src->slice.x);
	Type *st = sx->type ? fe_under(sx->type) : NULL;
	if (st && st->kind == TY_ARRAY)
		return false; /* slicing an array takes its address */
	Node *bx = deref_base(sx);
	return bx && bx->obj && bx->obj == dx->obj;
}

bool esc_is_self_assign(Node *dst, Node *src)
{
	dst = fe_unparen(dst);
	src = fe_unparen(src);
	if (!dst || !src)
		return false;
	if (is_slice_self_assign(dst, src))
		return true;
	if (dst->kind != src->kind)
		return false;
	switch (dst->kind) {
	case N_SELECTOR:
		if (dst->sub != SEL_FIELD || src->sub != SEL_FIELD)
			return false;
		/* x.f = x.g and p.f = p.g: the same object on both sides */
		return same_safe_expr(dst->selector.x, src->selector.x);
	case N_INDEX: {
		Type *t = dst->binary.x->type ? fe_under(dst->binary.x->type) : NULL;
		if (!t || t->kind == TY_MAP)
			return false;
		if (may_affect_memory(dst->binary.y) || may_affect_memory(src->binary.y))
			return false;
		return same_safe_expr(dst->binary.x, src->binary.x);
	}
	default:
		return false;
	}
}

/* ---- dead code (gc's deadcode pass, which runs before escape analysis) ---- */

/* esc_const_if: -1 for an ordinary if, 1 (0) when the condition is the
 * constant true (false). */
int esc_const_if(Node *n)
{
	return fe_const_cond(n->if_.cond);
}

static bool ends_in_exit(Node *body)
{
	if (!body)
		return false;
	NodeList *l = body->kind == N_BLOCK ? &body->block.stmts : NULL;
	Node *last = l ? (l->len ? l->v[l->len - 1] : NULL) : body;
	if (!last)
		return false;
	if (last->kind == N_RETURN)
		return true;
	if (last->kind == N_EXPRSTMT) {
		Node *x = fe_unparen(last->unary.x);
		return x->kind == N_CALL && fe_call_builtin(x) == BI_PANIC;
	}
	return false;
}

/*
 * esc_dead_tail: after statement i, is the rest of the list dead?  When
 * the live branch of `if CONST` ends in return or panic, gc drops the
 * statements that follow (unless a label follows).
 */
bool esc_dead_tail(NodeList *l, int i)
{
	Node *n = l->v[i];
	if (n->kind != N_IF)
		return false;
	int live = esc_const_if(n);
	if (live < 0)
		return false;
	for (int j = i + 1; j < l->len; j++)
		if (l->v[j]->kind == N_LABELED)
			return false;
	return ends_in_exit(live ? n->if_.then : n->if_.els);
}

static bool has_fallthrough(Node *cl)
{
	for (int i = 0; i < cl->caseclause.body.len; i++) {
		Node *s = cl->caseclause.body.v[i];
		if (s->kind == N_BRANCH && strcmp(fe_token_name(s->branch.tok), "fallthrough") == 0)
			return true;
	}
	return false;
}

/*
 * esc_const_switch_case: for a switch on a constant with constant cases,
 * the only clause gc keeps (NULL: none) and *decided; otherwise
 * *decided is false.
 */
Node *esc_const_switch_case(Node *n, bool *decided)
{
	*decided = false;
	Node *tag = fe_unparen(n->switch_.tag);
	if (tag && !tag->val)
		return NULL;
	Node *def = NULL;
	for (int i = 0; i < n->switch_.body.len; i++) {
		Node *cl = n->switch_.body.v[i];
		if (!cl->caseclause.exprs.len) {
			def = cl;
			continue;
		}
		for (int j = 0; j < cl->caseclause.exprs.len; j++) {
			Node *c = fe_unparen(cl->caseclause.exprs.v[j]);
			if (!c->val)
				return NULL;
			bool eq = tag ? (tag->val->kind == c->val->kind && fe_const_compare(tag->val, OP_EQL, c->val))
			              : (c->val->kind == CONST_BOOL && c->val->b);
			if (eq) {
				if (has_fallthrough(cl))
					return NULL;
				*decided = true;
				return cl;
			}
		}
	}
	if (def) {
		if (has_fallthrough(def))
			return NULL;
		*decided = true;
		return def;
	}
	*decided = true; /* no case matches: gc drops them all */
	return NULL;
}
