/*
 * ast.c - syntax tree nodes: construction, names, printing.
 *
 * Nodes are arena-allocated and zeroed, so a constructor only sets the kind
 * and position; the parser fills the union member the kind uses (see
 * frontend.h).  Lists are arena arrays that double when full; the old array
 * is simply abandoned in the arena.
 *
 * Two printers:
 *
 *   fe_dump_ast (-d=ast) prints one node per line, indented two spaces
 *   per level (past level 100 the level is printed as [N] instead), as "[field: ]LINE:COL Kind details", children in source
 *   order.  Tests compare it, so it is stable: no addresses, and semantic
 *   slots only once the checker has filled them.  Inputs may nest 10,000
 *   deep or chain 100,000 operators, so the walk keeps its own stack
 *   instead of recursing.
 *
 *   fe_node_string renders an expression or simple statement as Go source,
 *   the way gc's syntax printer does for messages ("cannot use x := 1 as
 *   value"): composite literal and function bodies become {…}.  It recurses,
 *   but stops at a depth of 50 with "…".
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "frontend/parser.h"

Node *fe_node(Arena *a, NodeKind kind, Pos pos)
{
	Node *n = fe_alloc(a, sizeof *n);
	n->kind = kind;
	n->pos = pos;
	return n;
}

void fe_list_push(Arena *a, NodeList *l, Node *n)
{
	l->v = fe_grow(a, l->v, l->len, &l->cap, sizeof *l->v, 4); /* most lists are short */
	l->v[l->len++] = n;
}

static const char *const kind_names[N_KIND_COUNT] = {
	[N_BAD] = "Bad",
	[N_IDENT] = "Ident",
	[N_BASICLIT] = "BasicLit",
	[N_COMPOSITE] = "CompositeLit",
	[N_KEYVALUE] = "KeyValue",
	[N_FUNCLIT] = "FuncLit",
	[N_PAREN] = "Paren",
	[N_CONVIFACE] = "ConvIface",
	[N_SELECTOR] = "Selector",
	[N_INDEX] = "Index",
	[N_SLICEEXPR] = "SliceExpr",
	[N_TYPEASSERT] = "TypeAssert",
	[N_CALL] = "Call",
	[N_STAR] = "Star",
	[N_UNARY] = "Unary",
	[N_BINARY] = "Binary",
	[N_ARRAYTYPE] = "ArrayType",
	[N_STRUCTTYPE] = "StructType",
	[N_FUNCTYPE] = "FuncType",
	[N_INTERFACETYPE] = "InterfaceType",
	[N_MAPTYPE] = "MapType",
	[N_CHANTYPE] = "ChanType",
	[N_ELLIPSIS] = "Ellipsis",
	[N_FIELD] = "Field",
	[N_DECLSTMT] = "DeclStmt",
	[N_EMPTYSTMT] = "EmptyStmt",
	[N_LABELED] = "Labeled",
	[N_EXPRSTMT] = "ExprStmt",
	[N_INCDEC] = "IncDec",
	[N_ASSIGN] = "Assign",
	[N_GOSTMT] = "GoStmt",
	[N_SEND] = "Send",
	[N_DEFER] = "Defer",
	[N_RETURN] = "Return",
	[N_BRANCH] = "Branch",
	[N_BLOCK] = "Block",
	[N_IF] = "If",
	[N_CASECLAUSE] = "CaseClause",
	[N_SWITCH] = "Switch",
	[N_TYPESWITCH] = "TypeSwitch",
	[N_FOR] = "For",
	[N_RANGE] = "Range",
	[N_SELECTSTMT] = "Select",
	[N_IMPORT] = "Import",
	[N_CONSTSPEC] = "ConstSpec",
	[N_VARSPEC] = "VarSpec",
	[N_TYPESPEC] = "TypeSpec",
	[N_FUNCDECL] = "FuncDecl",
	[N_FILE] = "File",
	[N_INLCALL] = "InlCall",
};

const char *fe_kind_name(NodeKind kind)
{
	if ((unsigned)kind < N_KIND_COUNT && kind_names[kind])
		return kind_names[kind];
	return "?";
}

const char *fe_token_name(int tok)
{
	switch (tok) {
	case 0: return "EOF";
	case TOK_NAME: return "name";
	case TOK_LITERAL: return "literal";
	case TOK_ASSIGNOP: return "op=";
	case TOK_BREAK: return "break";
	case TOK_CASE: return "case";
	case TOK_CHAN: return "chan";
	case TOK_CONST: return "const";
	case TOK_CONTINUE: return "continue";
	case TOK_DEFAULT: return "default";
	case TOK_DEFER: return "defer";
	case TOK_ELSE: return "else";
	case TOK_FALLTHROUGH: return "fallthrough";
	case TOK_FOR: return "for";
	case TOK_FUNC: return "func";
	case TOK_GO: return "go";
	case TOK_GOTO: return "goto";
	case TOK_IF: return "if";
	case TOK_IMPORT: return "import";
	case TOK_INTERFACE: return "interface";
	case TOK_MAP: return "map";
	case TOK_PACKAGE: return "package";
	case TOK_RANGE: return "range";
	case TOK_RETURN: return "return";
	case TOK_SELECT: return "select";
	case TOK_STRUCT: return "struct";
	case TOK_SWITCH: return "switch";
	case TOK_TYPE: return "type";
	case TOK_VAR: return "var";
	case TOK_OROR: return "||";
	case TOK_ANDAND: return "&&";
	case TOK_EQ: return "==";
	case TOK_NE: return "!=";
	case TOK_LE: return "<=";
	case TOK_GE: return ">=";
	case TOK_SHL: return "<<";
	case TOK_SHR: return ">>";
	case TOK_ANDNOT: return "&^";
	case TOK_ARROW: return "<-";
	case TOK_DEFINE: return ":=";
	case TOK_INC: return "++";
	case TOK_DEC: return "--";
	case TOK_ELLIPSIS: return "...";
	case TOK_LBODY: return "{";
	}
	/* The single-character tokens name themselves. */
	static const char chars[] = "!%&()*+,-./:;<=>[]^{|}~";
	const char *c = tok > 0 && tok < 128 ? strchr(chars, tok) : NULL;
	if (c) {
		static char names[sizeof chars][2];
		names[c - chars][0] = (char)tok;
		return names[c - chars];
	}
	return "?";
}

/* ---- fe_node_string: gc's syntax.String (short form) ---- */

/* the text goes straight into the arena (base/buf.c) */
typedef BsBuf SB;

static void sb_put(SB *b, const char *s)
{
	bs_puts(b, s);
}

static void print_expr(SB *b, Node *n, int depth);

static void print_list(SB *b, NodeList *l, int depth)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			sb_put(b, ", ");
		print_expr(b, l->v[i], depth);
	}
}

static void print_fields(SB *b, NodeList *l, const char *sep, int depth)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = l->v[i];
		if (i)
			sb_put(b, sep);
		for (int k = 0; k < f->field.names.len; k++) {
			if (k)
				sb_put(b, ", ");
			print_expr(b, f->field.names.v[k], depth);
		}
		if (f->field.names.len)
			sb_put(b, " ");
		if (f->field.type)
			print_expr(b, f->field.type, depth);
		if (f->field.tag && f->field.tag->kind == N_BASICLIT && f->field.tag->lit.raw) {
			sb_put(b, " ");
			sb_put(b, f->field.tag->lit.raw); /* as written */
		}
	}
}

static void print_sig(SB *b, Node *ft, int depth)
{
	sb_put(b, "(");
	print_fields(b, &ft->functype.params, ", ", depth);
	sb_put(b, ")");
	NodeList *r = &ft->functype.results;
	if (r->len == 0)
		return;
	sb_put(b, " ");
	if (r->len == 1 && r->v[0]->field.names.len == 0) {
		print_expr(b, r->v[0]->field.type, depth);
		return;
	}
	sb_put(b, "(");
	print_fields(b, r, ", ", depth);
	sb_put(b, ")");
}

static void print_expr(SB *b, Node *n, int depth)
{
	if (!n) {
		sb_put(b, "<nil>");
		return;
	}
	if (depth > 200) {
		sb_put(b, "…");
		return;
	}
	depth++;
	switch (n->kind) {
	case N_IDENT:
		sb_put(b, n->ident.name);
		break;
	case N_BASICLIT:
		sb_put(b, n->lit.raw);
		break;
	case N_COMPOSITE:
		if (n->composite.type)
			print_expr(b, n->composite.type, depth);
		sb_put(b, n->composite.elts.len ? "{…}" : "{}");
		break;
	case N_KEYVALUE:
		print_expr(b, n->binary.x, depth);
		sb_put(b, ": ");
		print_expr(b, n->binary.y, depth);
		break;
	case N_SEND:
		print_expr(b, n->binary.x, depth);
		sb_put(b, " <- ");
		print_expr(b, n->binary.y, depth);
		break;
	case N_FUNCLIT:
		print_expr(b, n->func_.type, depth);
		sb_put(b, " ");
		if (n->func_.body)
			sb_put(b, n->func_.body->block.stmts.len ? "{…}" : "{}");
		break;
	case N_PAREN:
		sb_put(b, "(");
		print_expr(b, n->unary.x, depth);
		sb_put(b, ")");
		break;
	case N_SELECTOR:
		print_expr(b, n->selector.x, depth);
		sb_put(b, ".");
		print_expr(b, n->selector.sel, depth);
		break;
	case N_INDEX:
		print_expr(b, n->binary.x, depth);
		sb_put(b, "[");
		print_expr(b, n->binary.y, depth);
		sb_put(b, "]");
		break;
	case N_SLICEEXPR:
		print_expr(b, n->slice.x, depth);
		sb_put(b, "[");
		if (n->slice.lo)
			print_expr(b, n->slice.lo, depth);
		sb_put(b, ":");
		if (n->slice.hi)
			print_expr(b, n->slice.hi, depth);
		if (n->slice.max) {
			sb_put(b, ":");
			print_expr(b, n->slice.max, depth);
		}
		sb_put(b, "]");
		break;
	case N_TYPEASSERT:
		print_expr(b, n->typeassert.x, depth);
		sb_put(b, ".(");
		if (n->typeassert.type)
			print_expr(b, n->typeassert.type, depth);
		else
			sb_put(b, "type");
		sb_put(b, ")");
		break;
	case N_CALL:
		print_expr(b, n->call.fun, depth);
		sb_put(b, "(");
		print_list(b, &n->call.args, depth);
		if (n->call.dots)
			sb_put(b, "...");
		sb_put(b, ")");
		break;
	case N_STAR:
		sb_put(b, "*");
		print_expr(b, n->unary.x, depth);
		break;
	case N_UNARY:
		sb_put(b, fe_token_name(n->unary.op));
		print_expr(b, n->unary.x, depth);
		break;
	case N_BINARY:
		print_expr(b, n->binary.x, depth);
		sb_put(b, " ");
		sb_put(b, fe_token_name(n->binary.op));
		sb_put(b, " ");
		print_expr(b, n->binary.y, depth);
		break;
	case N_ARRAYTYPE:
		sb_put(b, "[");
		if (n->array.len && n->array.len->kind == N_ELLIPSIS)
			sb_put(b, "...");
		else if (n->array.len)
			print_expr(b, n->array.len, depth);
		sb_put(b, "]");
		print_expr(b, n->array.elem, depth);
		break;
	case N_STRUCTTYPE:
		sb_put(b, "struct{");
		print_fields(b, &n->fields.fields, "; ", depth);
		sb_put(b, "}");
		break;
	case N_FUNCTYPE:
		sb_put(b, "func");
		print_sig(b, n, depth);
		break;
	case N_INTERFACETYPE:
		sb_put(b, "interface{");
		for (int i = 0; i < n->fields.fields.len; i++) {
			Node *f = n->fields.fields.v[i];
			if (i)
				sb_put(b, "; ");
			if (f->field.names.len) {
				print_expr(b, f->field.names.v[0], depth);
				if (f->field.type && f->field.type->kind == N_FUNCTYPE)
					print_sig(b, f->field.type, depth);
			} else {
				print_expr(b, f->field.type, depth);
			}
		}
		sb_put(b, "}");
		break;
	case N_MAPTYPE:
		sb_put(b, "map[");
		print_expr(b, n->binary.x, depth);
		sb_put(b, "]");
		print_expr(b, n->binary.y, depth);
		break;
	case N_CHANTYPE:
		sb_put(b, n->unary.op == CHAN_RECV ? "<-chan " : n->unary.op == CHAN_SEND ? "chan<- " : "chan ");
		print_expr(b, n->unary.x, depth);
		break;
	case N_ELLIPSIS:
		sb_put(b, "...");
		if (n->unary.x)
			print_expr(b, n->unary.x, depth);
		break;
	case N_CONVIFACE: /* implicit: as written */
	case N_EXPRSTMT:
		print_expr(b, n->unary.x, depth);
		break;
	case N_INLCALL: /* an inlined call: as the call was written */
		print_expr(b, n->inlcall.call, depth);
		break;
	case N_INCDEC:
		print_expr(b, n->incdec.x, depth);
		sb_put(b, n->incdec.op == '+' ? "++" : "--");
		break;
	case N_ASSIGN: /* the simple statements the parser's messages quote */
		print_list(b, &n->assign.lhs, depth);
		sb_put(b, " ");
		sb_put(b, fe_token_name(n->assign.op));
		if (n->assign.op != '=' && n->assign.op != TOK_DEFINE)
			sb_put(b, "=");
		sb_put(b, " ");
		print_list(b, &n->assign.rhs, depth);
		break;
	default:
		sb_put(b, "<bad expr>");
		break;
	}
}

const char *fe_node_string(Arena *a, const Node *n)
{
	SB b = { .a = a };
	print_expr(&b, (Node *)n, 0);
	return bs_str(&b);
}

const char *fe_list_string(Arena *a, const NodeList *l)
{
	SB b = { .a = a };
	print_list(&b, (NodeList *)l, 0);
	return bs_str(&b);
}

/* ---- fe_dump_ast ---- */

typedef struct {
	const Node *n;
	const char *label;
	int depth;
} Item;

typedef struct {
	Item *v;
	size_t len, cap;
} Stack;

static void spush(Stack *s, const Node *n, const char *label, int depth)
{
	if (!n)
		return;
	if (s->len == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 256;
		Item *v = realloc(s->v, s->cap * sizeof *v);
		if (!v) {
			fputs("minigo: out of memory\n", stderr);
			exit(1);
		}
		s->v = v;
	}
	s->v[s->len++] = (Item){ n, label, depth };
}

/* Children are collected in source order, then pushed in reverse. */
typedef struct {
	struct {
		const char *label;
		Node **n;             /* a single child's slot, or */
		NodeList *l;          /* a list of them */
	} v[8];
	int len;
} Kids;

static void kid(Kids *k, const char *label, Node **n)
{
	if (*n && k->len < 8) {
		k->v[k->len].label = label;
		k->v[k->len++].n = n;
	}
}

static void kids_list(Kids *k, const char *label, NodeList *l)
{
	if (l->len && k->len < 8) {
		k->v[k->len].label = label;
		k->v[k->len++].l = l;
	}
}

static void children(Node *n, Kids *k)
{
	switch (n->kind) {
	case N_COMPOSITE:
		kid(k, "type", &n->composite.type);
		kids_list(k, NULL, &n->composite.elts);
		break;
	case N_KEYVALUE:
	case N_INDEX:
	case N_BINARY:
	case N_SEND:
		kid(k, NULL, &n->binary.x);
		kid(k, NULL, &n->binary.y);
		break;
	case N_MAPTYPE:
		kid(k, "key", &n->binary.x);
		kid(k, "value", &n->binary.y);
		break;
	case N_FUNCLIT:
		kid(k, NULL, &n->func_.type);
		kid(k, NULL, &n->func_.body);
		break;
	case N_PAREN:
	case N_CONVIFACE:
	case N_STAR:
	case N_UNARY:
	case N_ELLIPSIS:
	case N_CHANTYPE:
	case N_EXPRSTMT:
	case N_GOSTMT:
	case N_DEFER:
		kid(k, NULL, &n->unary.x);
		break;
	case N_SELECTOR:
		kid(k, NULL, &n->selector.x);
		kid(k, NULL, &n->selector.sel);
		break;
	case N_SLICEEXPR:
		kid(k, NULL, &n->slice.x);
		kid(k, "lo", &n->slice.lo);
		kid(k, "hi", &n->slice.hi);
		kid(k, "max", &n->slice.max);
		break;
	case N_TYPEASSERT:
		kid(k, NULL, &n->typeassert.x);
		kid(k, "type", &n->typeassert.type);
		break;
	case N_CALL:
		kid(k, "fun", &n->call.fun);
		kids_list(k, "arg", &n->call.args);
		break;
	case N_ARRAYTYPE:
		kid(k, "len", &n->array.len);
		kid(k, "elem", &n->array.elem);
		break;
	case N_STRUCTTYPE:
	case N_INTERFACETYPE:
		kids_list(k, NULL, &n->fields.fields);
		break;
	case N_FUNCTYPE:
		kids_list(k, "param", &n->functype.params);
		kids_list(k, "result", &n->functype.results);
		break;
	case N_FIELD:
		kids_list(k, "name", &n->field.names);
		kid(k, "type", &n->field.type);
		kid(k, "tag", &n->field.tag);
		break;
	case N_DECLSTMT:
		kids_list(k, NULL, &n->decl.specs);
		break;
	case N_LABELED:
		kid(k, "label", &n->labeled.label);
		kid(k, NULL, &n->labeled.stmt);
		break;
	case N_INCDEC:
		kid(k, NULL, &n->incdec.x);
		break;
	case N_ASSIGN:
		kids_list(k, "lhs", &n->assign.lhs);
		kids_list(k, "rhs", &n->assign.rhs);
		break;
	case N_RETURN:
		kids_list(k, NULL, &n->ret.results);
		break;
	case N_BRANCH:
		kid(k, "label", &n->branch.label);
		break;
	case N_BLOCK:
		kids_list(k, NULL, &n->block.stmts);
		break;
	case N_IF:
		kid(k, "init", &n->if_.init);
		kid(k, "cond", &n->if_.cond);
		kid(k, "then", &n->if_.then);
		kid(k, "else", &n->if_.els);
		break;
	case N_CASECLAUSE:
		kids_list(k, "case", &n->caseclause.exprs);
		kids_list(k, NULL, &n->caseclause.body);
		break;
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECTSTMT:
		kid(k, "init", &n->switch_.init);
		kid(k, "tag", &n->switch_.tag);
		kids_list(k, NULL, &n->switch_.body);
		break;
	case N_FOR:
		kid(k, "init", &n->for_.init);
		kid(k, "cond", &n->for_.cond);
		kid(k, "post", &n->for_.post);
		kid(k, "body", &n->for_.body);
		break;
	case N_RANGE:
		kid(k, "key", &n->range.key);
		kid(k, "value", &n->range.value);
		kid(k, "x", &n->range.x);
		kid(k, "body", &n->range.body);
		break;
	case N_IMPORT:
		kid(k, "name", &n->import.name);
		kid(k, "path", &n->import.path);
		break;
	case N_CONSTSPEC:
	case N_VARSPEC:
		kids_list(k, "name", &n->spec.names);
		kid(k, "type", &n->spec.type);
		kids_list(k, "value", &n->spec.values);
		break;
	case N_TYPESPEC:
		kid(k, "name", &n->typespec.name);
		kid(k, "type", &n->typespec.type);
		break;
	case N_FUNCDECL:
		kid(k, "recv", &n->func_.recv);
		kid(k, "name", &n->func_.name);
		kid(k, "type", &n->func_.type);
		kid(k, "body", &n->func_.body);
		break;
	case N_FILE:
		kid(k, "package", &n->file.pkgname);
		kids_list(k, NULL, &n->file.imports);
		kids_list(k, NULL, &n->file.decls);
		break;
	case N_INLCALL:
		kid(k, "init", &n->inlcall.init);
		kid(k, "body", &n->inlcall.body);
		kids_list(k, "result", &n->inlcall.results);
		break;
	default:
		break;
	}
}

static void details(FILE *out, const Node *n)
{
	switch (n->kind) {
	case N_IDENT:
		fprintf(out, " %s", n->ident.name);
		break;
	case N_BASICLIT:
		/* raw text, but never more than one line */
		fputc(' ', out);
		for (const char *s = n->lit.raw; *s && s - n->lit.raw < 200; s++)
			fputs(*s == '\n' ? "\\n" : *s == '\r' ? "\\r" : (char[2]){ *s, 0 }, out);
		if (strlen(n->lit.raw) > 200)
			fputs("…", out);
		break;
	case N_UNARY:
	case N_BINARY:
		fprintf(out, " %s", fe_token_name(n->kind == N_UNARY ? n->unary.op : n->binary.op));
		break;
	case N_INCDEC:
		fputs(n->incdec.op == '+' ? " ++" : " --", out);
		break;
	case N_ASSIGN:
		if (n->assign.op == '=' || n->assign.op == TOK_DEFINE)
			fprintf(out, " %s", fe_token_name(n->assign.op));
		else
			fprintf(out, " %s=", fe_token_name(n->assign.op));
		break;
	case N_BRANCH:
		fprintf(out, " %s", fe_token_name(n->branch.tok));
		break;
	case N_DECLSTMT:
		fprintf(out, " %s", fe_token_name(n->decl.tok));
		break;
	case N_CALL:
		if (n->call.dots)
			fputs(" ...", out);
		break;
	case N_SLICEEXPR:
		if (n->slice.full)
			fputs(" 3-index", out);
		break;
	case N_CHANTYPE:
		fputs(n->unary.op == CHAN_RECV ? " <-chan" : n->unary.op == CHAN_SEND ? " chan<-" : "", out);
		break;
	case N_RANGE:
		if (n->range.define)
			fputs(" :=", out);
		break;
	case N_TYPESPEC:
		if (n->typespec.alias)
			fputs(" alias", out);
		break;
	case N_CONSTSPEC:
		fprintf(out, " iota=%d%s", n->spec.iota, n->spec.implicit ? " implicit" : "");
		break;
	case N_FIELD:
		if (n->field.embedded)
			fputs(" embedded", out);
		break;
	case N_TYPEASSERT:
		if (!n->typeassert.type)
			fputs(" (type)", out);
		break;
	case N_BLOCK:
		fprintf(out, " }%d:%d", (int)n->block.rbrace.line, (int)n->block.rbrace.col);
		break;
	default:
		break;
	}
}

Node *fe_unparen(Node *n)
{
	while (n && n->kind == N_PAREN)
		n = n->unary.x;
	return n;
}

bool fe_is_blank(Node *n)
{
	n = fe_unparen(n);
	return n && n->kind == N_IDENT && strcmp(n->ident.name, "_") == 0;
}

Type *fe_path_type(const Node *sel, int steps)
{
	Type *t = sel->selector.x->type;
	for (int i = 0; i < steps && i < sel->npath && t; i++) {
		Type *u = fe_under(t);
		if (u->kind == TY_PTR)
			u = fe_under(u->elem);
		t = u->kind == TY_STRUCT && sel->path[i] < u->nfields ? u->fields[sel->path[i]].type : NULL;
	}
	return t;
}

Builtin fe_call_builtin(const Node *call)
{
	if (call->kind != N_CALL || call->sub != CALL_BUILTIN)
		return BI_NONE;
	if (call->obj && call->obj->kind == OBJ_BUILTIN)
		return call->obj->builtin;
	Node *f = fe_unparen(call->call.fun);
	if (f && f->obj && f->obj->kind == OBJ_BUILTIN)
		return f->obj->builtin;
	return BI_NONE;
}

void fe_each_child(Node *n, void (*fn)(Node *kid, void *ctx), void *ctx)
{
	Kids k = {0};
	children(n, &k);
	for (int i = 0; i < k.len; i++) {
		if (k.v[i].n)
			fn(*k.v[i].n, ctx);
		else
			for (int j = 0; j < k.v[i].l->len; j++)
				fn(k.v[i].l->v[j], ctx);
	}
}

void fe_each_slot(Node *n, void (*fn)(Node **slot, void *ctx), void *ctx)
{
	Kids k = {0};
	children(n, &k);
	for (int i = 0; i < k.len; i++) {
		if (k.v[i].n)
			fn(k.v[i].n, ctx);
		else
			for (int j = 0; j < k.v[i].l->len; j++)
				fn(&k.v[i].l->v[j], ctx);
	}
}

void fe_dump_ast(FILE *out, const Node *root)
{
	Stack s = {0};
	spush(&s, root, NULL, 0);
	while (s.len) {
		Item it = s.v[--s.len];
		const Node *n = it.n;
		/* Deep trees would make the indentation quadratic: past depth
		 * 100 the depth is written as a number instead. */
		if (it.depth <= 100)
			fprintf(out, "%*s", 2 * it.depth, "");
		else
			fprintf(out, "%*s[%d] ", 200, "", it.depth);
		if (it.label)
			fprintf(out, "%s: ", it.label);
		fprintf(out, "%d:%d %s", (int)n->pos.line, (int)n->pos.col, fe_kind_name(n->kind));
		details(out, n);
		fputc('\n', out);

		/* Children in source order, so pushed in reverse. */
		Kids k = {0};
		children((Node *)n, &k);
		for (int i = k.len - 1; i >= 0; i--) {
			if (k.v[i].n)
				spush(&s, *k.v[i].n, k.v[i].label, it.depth + 1);
			else
				for (int j = k.v[i].l->len - 1; j >= 0; j--)
					spush(&s, k.v[i].l->v[j], k.v[i].label, it.depth + 1);
		}
	}
	free(s.v);
}

Node *fe_merge_files(Arena *a, Node **files, int nfiles)
{
	if (nfiles == 1)
		return files[0];
	Node *m = fe_node(a, N_FILE, files[0]->pos);
	m->file.pkgname = files[0]->file.pkgname;
	int np = 0;
	for (int i = 0; i < nfiles; i++)
		np += files[i]->file.npragmas;
	m->file.pragmas = np ? fe_alloc(a, (size_t)np * sizeof *m->file.pragmas) : NULL;
	for (int i = 0; i < nfiles; i++) {
		Node *f = files[i];
		for (int k = 0; k < f->file.imports.len; k++)
			fe_list_push(a, &m->file.imports, f->file.imports.v[k]);
		for (int k = 0; k < f->file.decls.len; k++)
			fe_list_push(a, &m->file.decls, f->file.decls.v[k]);
		for (int k = 0; k < f->file.npragmas; k++)
			m->file.pragmas[m->file.npragmas++] = f->file.pragmas[k];
	}
	return m;
}

/* gc's deadcode expr: a condition folded through && and || with a
 * constant operand (false && x is false, true && x is x, ...); 1 or 0 when
 * that makes it a constant, -1 otherwise. */
int fe_const_cond(Node *n)
{
	Node *c = fe_unparen(n);
	if (!c)
		return -1;
	if (c->val)
		return c->val->kind == CONST_BOOL ? c->val->b : -1;
	if (c->kind != N_BINARY)
		return -1;
	FeOp op = fe_op(c->binary.op);
	if (op != OP_LAND && op != OP_LOR)
		return -1;
	int x = fe_const_cond(c->binary.x);
	if (x < 0)
		return -1;
	if (op == OP_LAND)
		return x ? fe_const_cond(c->binary.y) : 0;
	return x ? 1 : fe_const_cond(c->binary.y);
}
