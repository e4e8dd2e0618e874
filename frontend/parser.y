/*
 * parser.y - the mini-Go grammar (bison, pure, LALR(1) with LAC).
 *
 * The grammar follows the Go specification and, where the specification
 * leaves the parser a choice, gc's own parser (cmd/compile/internal/syntax/
 * parser.go), whose trees and messages minigo must reproduce:
 *
 *   - Types in expression position are expressions.  The parser cannot tell
 *     the conversion T(x) from the call f(x), nor *T from *p, so it builds
 *     one tree and the checker sorts them out.  Only where nothing but a
 *     type can stand (declarations, parameters, fields, map keys) does the
 *     grammar use the nonterminal `type`.
 *   - Statements start as expression lists: the left side of =, := and op=
 *     is parsed as expressions and the checker decides what is assignable.
 *     Labels are "name :" at the start of a statement.
 *   - Composite literals in if/for/switch headers (LBODY, lexer-side).  `if x == T{} {` is the
 *     body `{}` of `if x == T`, as in gc, while `for _, v := range []int{1} {`
 *     is a literal.  The lexer marks the header: after `if`, `for` and
 *     `switch` it returns a '{' at the header's bracket depth as LBODY (go.y's
 *     trick).  A composite literal whose type is a name or a selector needs a
 *     plain '{'; one whose type is a type literal ([]T, [N]T, map, struct)
 *     and a function literal's body also accept LBODY, as gc accepts them
 *     there (gc's xnest rule).  The header ends when its body's LBODY is
 *     shifted: the midrule action `body_open` tells the lexer, before the
 *     next token is read (the state after LBODY has a single default
 *     reduction, so bison reduces it without a lookahead).
 *   - Automatic semicolons are the lexer's; statement and declaration lists
 *     are ';'-separated, and an empty statement absorbs the optional final
 *     ';' before '}' or ')'.
 *
 * Conflicts.  %expect 0: no conflict is left to bison's defaults.  Besides
 * the binary operators' precedences, three kinds of shift/reduce choice are
 * settled by %precedence, all preferring the shift as gc's recursive
 * descent does (the pseudo-tokens NOTRESULT and NOTLIT name the reductions
 * that lose):
 *   - `func(...)` followed by '(' '[' '*' or "<-": a result type or list,
 *     not the end of the type (gc's funcResult reads on);
 *   - a function type followed by '{' or LBODY: a function literal; a type
 *     literal followed by '{' or LBODY: a composite literal, even in a
 *     header (`range []int{1} {`, as gc's complit_ok);
 *   - `chan T` followed by '.': the qualified name T.x.
 * `bison --report=all` lists them as "Conflict between rule N and token X
 * resolved as shift".
 *
 * Errors.  `%define parse.error custom` hands syntax errors to
 * yyreport_syntax_error, which words them as gc does: "unexpected X" (X
 * spelt as gc spells tokens: a name by itself, "literal 42", "newline",
 * "comma") followed by the context gc's recursive descent would name: "at
 * end of statement", "in argument list; possibly missing comma or )",
 * "expecting expression", ...  The context comes from the parser stack (the
 * innermost unclosed bracket and what precedes it) and from the set of
 * acceptable tokens, which LAC makes exact.  `error` productions then
 * resynchronise where gc's advance() does: at the next ';' or '}' or
 * statement keyword in a statement list, at the closing bracket of a
 * composite literal or argument list, at the ':' of a case, at the body of
 * an if/for/switch, at the next ';' at top level; and the parser goes on to
 * report later errors (a consumed ';' re-arms reporting at once, as gc
 * reports every line's first error; diag.c keeps one per line and stops
 * after 10).  Where gc's recovery ends a construct early (a block at a
 * token that starts no statement, a list at a closer of another kind, a
 * header at a missing '{') the scanner interface hands the parser made-up
 * closers or openers and holds back a token (close_block, skip_list,
 * skip_body), so that brackets stay balanced as they are in gc.  Recovery
 * is where minigo and gc may still part ways on some inputs; the first
 * error agrees.  A few
 * errors gc's parser reports on well-formed token sequences (`if x := 1 {`,
 * a := in a for loop's post statement, mixed named and unnamed parameters)
 * are reported by the actions.
 *
 * Go features outside the subset (goroutines, channels, select, generics,
 * unsafe) are parsed and reported as "X not supported by minigo" at the
 * construct, and parsing goes on.
 *
 * The stack may grow to YYMAXDEPTH entries; gc accepts 10,000 nested
 * parentheses and so does minigo.  Beyond the limit the parse stops with an
 * error instead of overflowing anything.
 */

%require "3.8"
%define api.pure full
%define api.prefix {fe_yy}
%define api.token.prefix {TOK_}
%define api.location.type {Loc}
%define parse.error custom
%define parse.lac full
%locations
%param {Parser *p}
%expect 0

%code requires {
#include "frontend/frontend.h"

/* A location: where a token or a phrase starts and where it ends. */
typedef struct Loc {
	Pos pos;
	Pos end;
} Loc;

/* What a ';' was in the source: gc prints the inserted ones as "newline"
 * and "EOF". */
enum { SEMI_SEMICOLON, SEMI_NEWLINE, SEMI_EOF };

/* Bytes removed from the source before scanning (lexer.l). */
enum { SKIP_NUL, SKIP_UTF8, SKIP_BOM, SKIP_SILENT };
typedef struct Skip {
	size_t foff;   /* offset in the filtered buffer of the next kept byte */
	size_t orig;   /* offset in the source */
	int size, kind;
} Skip;

/* A take (decl) or clear (decl NULL) of the pending //go: directives at
 * the position of gc's current token (pragma.c). */
typedef struct PragEvent {
	Pos at;
	Node *decl;
	int seq;
} PragEvent;

typedef struct PragErr {
	Pos time, pos;
	const char *msg;
	int seq;
} PragErr;

/* The state the scanner and the grammar share; yyextra of the scanner. */
typedef struct Parser {
	Arena *arena;
	FeDiag *diag;             /* where the errors go */
	void *scanner;            /* yyscan_t */
	const char *buf;          /* the filtered source, NUL-terminated; flex scans it */
	const char *text;         /* an untouched copy of it */
	size_t buflen;
	/* positions (lexer.l) */
	int32_t line;
	int32_t fileno;           /* the file's index in the FeDiag: every Pos's file */
	size_t line_start;        /* source offset of the current line */
	Skip *skips;
	int nskips, capskips, nextskip;
	size_t shift;             /* bytes removed before the scanner's offset */
	/* tokens */
	bool nlsemi;              /* a newline now is a ';' */
	const char *tok_text;     /* the last token's text, for messages */
	size_t tok_len;
	int depth;                /* bracket depth: ( [ { */
	int *hdr;                 /* depths of open if/for/switch headers */
	int nhdr, caphdr;
	/* parsing */
	Node *file;
	bool stop;                /* an error in the package clause: give up */
	bool nobody_func;         /* the last top-level declaration was func f() without body */
	bool advance_decl;        /* skip tokens up to the next import/const/type/var/func */
	int errors;               /* syntax errors reported by yyreport_syntax_error */
	bool open_stmt;           /* the last statement list ended without ';' */
	int last_tok;             /* the last token returned, and for ';' its kind */
	int last_semi;
	Pos last_pos, prev_pos;   /* where it and the one before it start */
	/* //go: directives (pragma.c) */
	struct FePragma *prags;
	int nprags, capprags;
	PragEvent *events;
	int nevents, capevents;
	bool unsupported;         /* a construct outside the subset was refused */
	bool lazy_std;            /* fe_parse_std: declarations outside the subset are set aside */
	bool set_aside;           /* ... and this one is */
	NodeList setaside;        /* ... their names */
	bool pkg_error;           /* an error in the package clause: gc stopped there */
	int branch_errors;        /* reported by fe_check_branches */
	int pkg_state;            /* tokens of "package NAME ;" read so far, 3: the next one, 4: past */
	char *brk;                /* open brackets: ( [ { */
	int nbrk, capbrk;
	bool synth, synth_semi;   /* handing out closers after the end of the file */
	int skip_body;            /* skipping to a missing body's statements (SKIP_BODY_*) */
	int skip_brace;           /* the token that opens that body: LBODY, or '{' after a ';' */
	bool have_pending;        /* a token read while skipping, returned next */
	int pending_tok;
	Node *pending_node;       /* its value: a name's or literal's node, */
	int pending_int;          /* an op='s operator, a ';''s kind */
	Loc pending_loc;
	const char *pending_text;
	size_t pending_len;
	bool close_block;         /* the next token is a made-up '}' (gc's block ended at an error) */
	int skip_list;            /* after an error in a list: skipping to its closer, this one */
	bool skip_in_func;        /* statement keywords stop the skipping too */
	bool list_stop;           /* the error's token itself stops it: the pending token */
	bool after_func;          /* that '}' ended a function declaration */
	Pos synth_pos;
	struct PragErr *perrs;    /* queued until the end of the parse */
	int nperrs, capperrs;
} Parser;

void fe_pragma_comment(Parser *p, const char *text, size_t n, Pos pos, bool blank);
void fe_pragma_event(Parser *p, Pos at, Node *decl);
void fe_pragma_finish(Parser *p);

void fe_lex_begin(Parser *p, const char *src, size_t len);
void fe_lex_end(Parser *p);
void fe_lex_header_open(Parser *p);
void fe_lex_header_close(Parser *p);
void fe_lex_close_bracket(Parser *p);
}

%code provides {
int fe_lex_next(Parser *p, FE_YYSTYPE *lval, FE_YYLTYPE *lloc);
}

%code {
#include <stdlib.h>
#include <string.h>

#define YYMAXDEPTH 200000

#define YYLLOC_DEFAULT(Cur, Rhs, N)                              \
	do {                                                     \
		if (N) {                                         \
			(Cur).pos = YYRHSLOC(Rhs, 1).pos;        \
			(Cur).end = YYRHSLOC(Rhs, N).end;        \
		} else {                                         \
			(Cur).pos = (Cur).end = YYRHSLOC(Rhs, 0).end; \
		}                                                \
	} while (0)

static int yylex(FE_YYSTYPE *lval, FE_YYLTYPE *lloc, Parser *p);
static void yyerror(FE_YYLTYPE *loc, Parser *p, const char *msg);

/* gc's p.errcnt: the errors of the parse itself, not those of the branch
 * checks, which gc reports through another handler. */
static int parse_errors(Parser *p)
{
	return fe_error_count(p->diag) - p->branch_errors;
}

/* Specs and func declarations are made at their first token, which is
 * where gc's parser takes the pending //go: directives (pragma.c). */
static Node *mk(Parser *p, NodeKind k, Pos pos)
{
	Node *n = fe_node(p->arena, k, pos);
	if (k == N_IMPORT || k == N_CONSTSPEC || k == N_VARSPEC || k == N_TYPESPEC || k == N_FUNCDECL)
		fe_pragma_event(p, pos, n);
	return n;
}

/* gc clears the pending directives before a statement that is not a
 * declaration, and after every statement of a list. */
static void stmt_pragmas(Parser *p, const Node *s, Loc at)
{
	if (!s)
		return;
	if (s->kind != N_DECLSTMT)
		fe_pragma_event(p, at.pos, NULL);
	fe_pragma_event(p, at.end, NULL);
}
static NodeList list1(Parser *p, Node *n) { NodeList l = {0}; fe_list_push(p->arena, &l, n); return l; }
static NodeList push(Parser *p, NodeList l, Node *n) { fe_list_push(p->arena, &l, n); return l; }

static Node *binary(Parser *p, Node *x, int op, Pos pos, Node *y)
{
	Node *n = mk(p, N_BINARY, pos);
	n->binary.x = x;
	n->binary.op = op;
	n->binary.y = y;
	return n;
}

static Node *unary(Parser *p, NodeKind k, int op, Pos pos, Node *x)
{
	Node *n = mk(p, k, pos);
	n->unary.op = op;
	n->unary.x = x;
	return n;
}

/* minigo's own refusal: unlike gc's non-syntax errors, it ends the
 * compilation after the parse (the tree lacks the construct). */
/* A construct outside the subset: an error, or in a std file
 * (fe_parse_std) the mark that sets its top-level declaration aside. */
static void unsupported(Parser *p, Pos pos, const char *what)
{
	if (p->lazy_std) {
		p->set_aside = true;
		return;
	}
	fe_error(p->diag, pos, "%s not supported by minigo", what);
	p->unsupported = true;
}

static void set_aside_name(Parser *p, Node *id)
{
	if (id && strcmp(id->ident.name, "_") != 0)
		p->setaside = push(p, p->setaside, id);
}

/* A std file's top-level declarations without the ones set aside (a
 * generic declaration, or any construct outside the subset): their names
 * go to p->setaside, methods are dropped (fe_set_aside_closure drops the
 * declarations that need them). */
static NodeList lazy_decls(Parser *p, NodeList l)
{
	if (!p->lazy_std)
		return l;
	NodeList out = { 0 };
	for (int i = 0; i < l.len; i++) {
		Node *d = l.v[i];
		bool aside = p->set_aside || (d->kind == N_TYPESPEC && d->typespec.generic) ||
			     (d->kind == N_FUNCDECL && d->func_.generic);
		if (!aside) {
			out = push(p, out, d);
			continue;
		}
		if (d->kind == N_TYPESPEC)
			set_aside_name(p, d->typespec.name);
		else if (d->kind == N_FUNCDECL && !d->func_.recv)
			set_aside_name(p, d->func_.name);
		else if (d->kind == N_CONSTSPEC || d->kind == N_VARSPEC)
			for (int k = 0; k < d->spec.names.len; k++)
				set_aside_name(p, d->spec.names.v[k]);
	}
	p->set_aside = false;
	return out;
}

static Node *exprstmt(Parser *p, Node *x);
static Node *assign(Parser *p, NodeList lhs, int op, Pos pos, NodeList rhs);
static Node *if_cond(Parser *p, Node *s, Pos semi, int semikind, bool have_semi);
static Node *switch_stmt(Parser *p, Pos pos, Node *init, Node *tag, NodeList body, Pos rbrace);
static NodeList params(Parser *p, NodeList entries);
static Node *param(Parser *p, Node *name, Node *type);
static Node *complit(Parser *p, Node *type, Pos lbrace, NodeList elts, Pos rbrace);
static Node *call_stmt(Parser *p, NodeKind k, Pos pos, const char *what, Node *x);
static Node *recv_or_chantype(Parser *p, Pos arrow, Node *x, Pos next);
static Node *funcdecl(Parser *p, Pos pos, NodeList recv, bool method, Node *name, Node *type, Node *body);
static Node *import_spec(Parser *p, Node *name, Node *path);
static Node *binary_sel(Parser *p, Node *x, Pos dot, Node *sel);

/* A statement that needs a ';' before a following case (not an empty
 * one, nor a label on an empty one). */
static bool open_stmt(const Node *s)
{
	return s && !(s->kind == N_LABELED && s->labeled.stmt->kind == N_EMPTYSTMT);
}
static void check_import(Parser *p, Node *n, Pos next);
}

%union {
	Node *node;
	NodeList list;
	int op;
	int semi;
}

%token <node> NAME "name" LITERAL "literal"
%token <op> ASSIGNOP "op="
%token <semi> ';'
%token BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue"
       DEFAULT "default" DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough"
       FOR "for" FUNC "func" GO "go" GOTO "goto" IF "if" IMPORT "import"
       INTERFACE "interface" MAP "map" PACKAGE "package" RANGE "range"
       RETURN "return" SELECT "select" STRUCT "struct" SWITCH "switch"
       TYPE "type" VAR "var"
%token OROR "||" ANDAND "&&" EQ "==" NE "!=" LE "<=" GE ">=" SHL "<<" SHR ">>"
       ANDNOT "&^" ARROW "<-" DEFINE ":=" INC "++" DEC "--" ELLIPSIS "..."
       LBODY "{ (body)"

/* The precedences that settle the conflicts named in the essay: the
 * pseudo-tokens (lowest) name rules that must not be reduced when the
 * lookahead can extend the phrase; '(' '{' and LBODY (highest) win. */
%precedence NOTRESULT NOTLIT

%left OROR
%left ANDAND
%left EQ NE '<' LE '>' GE
%left '+' '-' '|' '^'
%left '*' '/' '%' '&' SHL SHR ANDNOT

%precedence '(' '{' LBODY '[' ARROW '.'

%type <node> file package_clause import_spec expr uexpr pexpr operand funclit functype
%type <node> littype type nonparen_type typename result body block stmt simple_stmt
%type <node> labeled_stmt if_stmt else_part switch_stmt for_stmt select_stmt
%type <node> case_clause comm_clause range_clause elem elem_val opt_expr
%type <node> field_decl embedded method_spec const_spec var_spec type_spec
%type <node> func_decl decl_stmt opt_simple opt_name iface_union tag
%type <list> import_specs import_specs1 imports topdecls expr_list
%type <list> stmt_list switch_body case_clauses comm_clauses elems elem_list
%type <list> name_list param_list params params_or_empty fields field_list
%type <list> methods method_list const_specs const_specs1 var_specs var_specs1
%type <list> type_specs type_specs1 const_decl var_decl type_decl topdecl tparams
%type <node> union_term elem_union lit_union keyword_stmt elemtype functype_sig param_entry nonname_type header_body if_header tconstraint
%type <list> const_spec_stmt var_decl_stmt type_decl_stmt tnames
%type <op> opt_comma

%%

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
file
	: package_clause ';' imports
		{
			Node *f = $1;
			f->file.imports = $3;
			p->file = f;
			$$ = f;
		}
	| package_clause ';' imports topdecls
		{
			Node *f = $1;
			f->file.imports = $3;
			f->file.decls = $4;
			f->file.setaside = p->setaside;
			p->file = f;
			$$ = f;
		}
	;

package_clause
	: PACKAGE NAME
		{
			$$ = mk(p, N_FILE, @1.pos);
			$$->file.pkgname = $2;
			fe_pragma_event(p, @2.pos, $$);
		}
	;

imports
	: %empty                        { $$ = (NodeList){0}; }
	| imports IMPORT import_spec ';'  { $$ = push(p, $1, $3); check_import(p, $3, @4.pos); }
	| imports IMPORT group_open import_specs ')' ';'
		{
			$$ = $1;
			for (int i = 0; i < $4.len; i++)
				$$ = push(p, $$, $4.v[i]);
		}
	;

import_specs
	: %empty                        { $$ = (NodeList){0}; }
	| import_specs1
	| import_specs1 ';'
	;

import_specs1
	: import_spec                   { $$ = list1(p, $1); check_import(p, $1, @1.end); }
	| import_specs1 ';' import_spec { $$ = push(p, $1, $3); check_import(p, $3, @3.end); }
	| import_specs1 error           { $$ = $1; }  /* gc's list skips to the next ';' or ')' */
	| error                         { $$ = (NodeList){0}; }
	;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
import_spec
	: LITERAL                       { $$ = import_spec(p, NULL, $1); }
	| NAME LITERAL                  { $$ = import_spec(p, $1, $2); }
	| '.' LITERAL
		{
			Node *dot = mk(p, N_IDENT, @1.pos);
			dot->ident.name = ".";
			$$ = import_spec(p, dot, $2);
		}
	;

/* Not empty, so that an error before the first declaration needs no
 * reduction first: bison's recovery performs none, and would give up. */
topdecls
	: topdecl ';'
		{
			fe_pragma_event(p, @2.pos, NULL);
			yyerrok;
			$$ = $1;
		}
	| topdecls topdecl ';'
		{
			fe_pragma_event(p, @3.pos, NULL);
			yyerrok;
			$$ = $1;
			for (int i = 0; i < $2.len; i++)
				$$ = push(p, $$, $2.v[i]);
		}
	| topdecls error ';'            { $$ = $1; p->nobody_func = false; yyerrok; }
	/* an error before the first declaration (after the imports) */
	| error ';'                     { $$ = (NodeList){0}; p->nobody_func = false; yyerrok; }
	| error topdecl ';'
		{
			fe_pragma_event(p, @3.pos, NULL);
			yyerrok;
			$$ = $2;
			p->nobody_func = false;
		}
	/* after a statement outside a function, yylex skipped to this keyword */
	| topdecls error topdecl ';'
		{
			fe_pragma_event(p, @4.pos, NULL);
			yyerrok;
			$$ = $1;
			p->nobody_func = false;
			for (int i = 0; i < $3.len; i++)
				$$ = push(p, $$, $3.v[i]);
		}
	;

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl .  Declarations
 * at top level are their specs; a function is one N_FUNCDECL. */
topdecl
	: const_decl                    { $$ = lazy_decls(p, $1); p->nobody_func = false; }
	| var_decl                      { $$ = lazy_decls(p, $1); p->nobody_func = false; }
	| type_decl                     { $$ = lazy_decls(p, $1); p->nobody_func = false; }
	| func_decl                     { $$ = lazy_decls(p, list1(p, $1)); p->nobody_func = !$1->func_.body; }
	;

/* The "(" of a declaration group, where gc clears the pending //go:
 * directives (pragma.c): at once, before any error inside the group. */
group_open
	: '('                           { fe_pragma_event(p, @1.pos, NULL); }
	;

/* ConstDecl = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
 * Each spec remembers its iota; a spec without values repeats the previous
 * spec's (implicit = true), which the checker does. */
const_decl
	: CONST const_spec              { $2->spec.iota = 0; $$ = list1(p, $2); }
	| CONST group_open const_specs ')'
		{
			$$ = $3;
			for (int i = 0; i < $$.len; i++) {
				$$.v[i]->spec.iota = i;
				$$.v[i]->spec.implicit = $$.v[i]->spec.values.len == 0 && !$$.v[i]->spec.type;
			}
		}
	;

const_specs
	: %empty                        { $$ = (NodeList){0}; }
	| const_specs1
	| const_specs1 ';'
	;

const_specs1
	: const_spec                    { $$ = list1(p, $1); }
	| const_specs1 ';' const_spec   { $$ = push(p, $1, $3); }
	| const_specs1 error            { $$ = $1; }  /* gc's list skips to the next ';' or ')' */
	| error                         { $$ = (NodeList){0}; }
	;

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .  A type
 * without values is accepted here, as gc's parser does; the checker
 * rejects it. */
const_spec
	: name_list
		{ $$ = mk(p, N_CONSTSPEC, $1.v[0]->pos); $$->spec.names = $1; }
	| name_list '=' expr_list
		{ $$ = mk(p, N_CONSTSPEC, $1.v[0]->pos); $$->spec.names = $1; $$->spec.values = $3; }
	| name_list type
		{ $$ = mk(p, N_CONSTSPEC, $1.v[0]->pos); $$->spec.names = $1; $$->spec.type = $2; }
	| name_list type '=' expr_list
		{
			$$ = mk(p, N_CONSTSPEC, $1.v[0]->pos);
			$$->spec.names = $1;
			$$->spec.type = $2;
			$$->spec.values = $4;
		}
	;

/* VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) . */
var_decl
	: VAR var_spec                  { $$ = list1(p, $2); }
	| VAR group_open var_specs ')'  { $$ = $3; }
	;

var_specs
	: %empty                        { $$ = (NodeList){0}; }
	| var_specs1
	| var_specs1 ';'
	;

var_specs1
	: var_spec                      { $$ = list1(p, $1); }
	| var_specs1 ';' var_spec       { $$ = push(p, $1, $3); }
	| var_specs1 error              { $$ = $1; }  /* gc's list skips to the next ';' or ')' */
	| error                         { $$ = (NodeList){0}; }
	;

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
var_spec
	: name_list type
		{ $$ = mk(p, N_VARSPEC, $1.v[0]->pos); $$->spec.names = $1; $$->spec.type = $2; }
	| name_list type '=' expr_list
		{
			$$ = mk(p, N_VARSPEC, $1.v[0]->pos);
			$$->spec.names = $1;
			$$->spec.type = $2;
			$$->spec.values = $4;
		}
	| name_list '=' expr_list
		{ $$ = mk(p, N_VARSPEC, $1.v[0]->pos); $$->spec.names = $1; $$->spec.values = $3; }
	;

/* TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) . */
type_decl
	: TYPE type_spec                { $$ = list1(p, $2); }
	| TYPE group_open type_specs ')'  { $$ = $3; }
	;

type_specs
	: %empty                        { $$ = (NodeList){0}; }
	| type_specs1
	| type_specs1 ';'
	;

type_specs1
	: type_spec                     { $$ = list1(p, $1); }
	| type_specs1 ';' type_spec     { $$ = push(p, $1, $3); }
	| type_specs1 error             { $$ = $1; }  /* gc's list skips to the next ';' or ')' */
	| error                         { $$ = (NodeList){0}; }
	;

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type .  Type parameters are
 * recognised only in the unambiguous forms [P C] and [P C, ...]. */
type_spec
	: NAME type
		{ $$ = mk(p, N_TYPESPEC, $1->pos); $$->typespec.name = $1; $$->typespec.type = $2; }
	| NAME '=' type
		{
			$$ = mk(p, N_TYPESPEC, $1->pos);
			$$->typespec.name = $1;
			$$->typespec.type = $3;
			$$->typespec.alias = true;
		}
	| NAME '[' tparams ']' type
		{
			unsupported(p, @2.pos, "generic types");
			$$ = mk(p, N_TYPESPEC, $1->pos);
			$$->typespec.name = $1;
			$$->typespec.type = $5;
			$$->typespec.generic = true;
		}
	;

/* TypeParams = "[" TypeParamList [ "," ] "]" .  Only for the error; the
 * constraint must start with a name, interface or ~ so that [N]T and
 * [N * M]T stay array types. */
tparams
	: tnames tconstraint            { $$ = $1; }
	| tparams ',' tnames tconstraint  { $$ = $1; }
	| tparams ','                   { $$ = $1; }
	;

tnames
	: NAME                          { $$ = list1(p, $1); }
	| tnames ',' NAME               { $$ = push(p, $1, $3); }
	;

tconstraint
	: typename
	| INTERFACE lbrace methods '}'  { $$ = mk(p, N_INTERFACETYPE, @1.pos); $$->fields.fields = $3; }
	| iface_union
	;

/* A function's type parameters: after "func NAME [" nothing else may
 * follow, so any type or union is a constraint here. */
ftparams
	: tnames fconstraint
	| ftparams ',' tnames fconstraint
	| ftparams ','
	;

fconstraint
	: type
	| '~' type
	| fconstraint '|' union_term
	;

/* FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
 * MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] . */
func_decl
	: FUNC NAME functype_sig body
		{ $$ = funcdecl(p, @2.pos, (NodeList){0}, false, $2, $<node>3, $4); }
	| FUNC NAME functype_sig
		{ $$ = funcdecl(p, @2.pos, (NodeList){0}, false, $2, $<node>3, NULL); }
	| FUNC '(' params_or_empty ')' NAME functype_sig body
		{ $$ = funcdecl(p, @2.pos, $3, true, $5, $6, $7); }
	| FUNC '(' params_or_empty ')' NAME functype_sig
		{ $$ = funcdecl(p, @2.pos, $3, true, $5, $6, NULL); }
	/* gc reads a method's type parameters, complains and goes on */
	| FUNC '(' params_or_empty ')' NAME '[' ftparams ']' functype_sig body
		{
			fe_syntax_error(p->diag, @6.pos, "method must have no type parameters");
			$$ = funcdecl(p, @2.pos, $3, true, $5, $9, $10);
		}
	| FUNC '(' params_or_empty ')' NAME '[' ftparams ']' functype_sig
		{
			fe_syntax_error(p->diag, @6.pos, "method must have no type parameters");
			$$ = funcdecl(p, @2.pos, $3, true, $5, $9, NULL);
		}
	| FUNC NAME '[' ftparams ']' functype_sig body
		{
			unsupported(p, @3.pos, "generic functions");
			$$ = funcdecl(p, @2.pos, (NodeList){0}, false, $2, $<node>6, $7);
			$$->func_.generic = true;
		}
	| FUNC NAME '[' ftparams ']' functype_sig
		{
			unsupported(p, @3.pos, "generic functions");
			$$ = funcdecl(p, @2.pos, (NodeList){0}, false, $2, $<node>6, NULL);
			$$->func_.generic = true;
		}
	;

/* The signature of a declared function: an N_FUNCTYPE at the '('. */
functype_sig
	: '(' params_or_empty ')' result
		{
			Node *t = mk(p, N_FUNCTYPE, @1.pos);
			t->functype.params = $2;
			if ($4 && $4->kind == N_BAD)
				t->functype.results = $4->fields.fields;
			else if ($4)
				t->functype.results = list1(p, param(p, NULL, $4));
			$<node>$ = t;
		}
	;

body
	: '{' { $<op>$ = parse_errors(p); } stmt_list '}'
		{
			$$ = mk(p, N_BLOCK, @1.pos);
			$$->block.stmts = $3;
			$$->block.rbrace = @4.pos;
			if (parse_errors(p) == $<op>2) /* gc: not after an error in the body */
				p->branch_errors += fe_check_branches(p->diag, p->arena, $$);
		}
	;

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .  The entries are
 * grouped into fields afterwards, as gc's paramList does. */
params_or_empty
	: %empty                        { $$ = (NodeList){0}; }
	| params
	;

params
	: param_list opt_comma          { $$ = params(p, $1); }
	/* gc's list skips to a closing bracket after an error */
	| param_list error              { $$ = (NodeList){0}; }
	| error                         { $$ = (NodeList){0}; }
	;

param_list
	: param_entry                   { $$ = list1(p, $<node>1); }
	| param_list ',' param_entry    { $$ = push(p, $1, $<node>3); }
	;

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One entry is a name
 * and a type, or just one of them (a lone name may be either). */
param_entry
	: NAME                          { $<node>$ = param(p, $1, NULL); }
	| NAME '.' NAME                 { $<node>$ = param(p, NULL, binary_sel(p, $1, @2.pos, $3)); }
	| NAME nonname_type             { $<node>$ = param(p, $1, $<node>2); }
	| NAME NAME                     { $<node>$ = param(p, $1, $2); }
	| NAME NAME '.' NAME            { $<node>$ = param(p, $1, binary_sel(p, $2, @3.pos, $4)); }
	/* instantiated generic types, only to refuse them */
	| NAME etargs                   { unsupported(p, $1->pos, "generic types"); $<node>$ = param(p, NULL, $1); }
	| NAME NAME targs               { unsupported(p, $2->pos, "generic types"); $<node>$ = param(p, $1, $2); }
	| nonname_type                  { $<node>$ = param(p, NULL, $<node>1); }
	;

/* A type that does not start with a name (or is "..." T). */
nonname_type
	: '*' type                      { $<node>$ = unary(p, N_STAR, '*', @1.pos, $2); }
	| '(' type ')'                  { $<node>$ = unary(p, N_PAREN, '(', @1.pos, $2); }
	| littype                       { $<node>$ = $1; }
	| functype %prec NOTRESULT      { $<node>$ = $1; }
	| ELLIPSIS type                 { $<node>$ = unary(p, N_ELLIPSIS, 0, @1.pos, $2); }
	| ARROW CHAN type               { $<node>$ = unary(p, N_CHANTYPE, CHAN_RECV, @1.pos, $3); }
	;

/* Result = Parameters | Type .  A parenthesised list comes back as an
 * N_BAD node carrying the fields, a single type as itself. */
result
	: %empty %prec NOTRESULT        { $$ = NULL; }
	| '(' params_or_empty ')'
		{ $$ = mk(p, N_BAD, @1.pos); $$->fields.fields = $2; }
	| nonparen_type                 { $$ = $1; }
	;

opt_comma
	: %empty                        { $$ = 0; }
	| ','                           { $$ = 1; }
	;

name_list
	: NAME                          { $$ = list1(p, $1); }
	| name_list ',' NAME            { $$ = push(p, $1, $3); }
	;

/* ---- types ---- */

type
	: nonparen_type
	| '(' type ')'                  { $$ = unary(p, N_PAREN, '(', @1.pos, $2); }
	;

nonparen_type
	: elemtype
	| ARROW CHAN type               { $$ = unary(p, N_CHANTYPE, CHAN_RECV, @1.pos, $3); }
	;

/* A type that does not start with <- (a channel's element type: the spec
 * reads chan<- chan T as chan<- (chan T)). */
elemtype
	: typename
	| '*' type                      { $$ = unary(p, N_STAR, '*', @1.pos, $2); }
	| littype
	| functype %prec NOTRESULT
	;

typename
	: NAME %prec NOTRESULT
	| NAME '.' NAME %prec NOTRESULT { $$ = binary_sel(p, $1, @2.pos, $3); }
	| NAME targs                    { unsupported(p, $1->pos, "generic types"); }
	| NAME '.' NAME targs           { unsupported(p, $1->pos, "generic types"); $$ = binary_sel(p, $1, @2.pos, $3); }
	;

/* The type arguments of an instantiated generic type, only to refuse it. */
targs
	: '[' type_list opt_comma ']'
	;

/* Where "name [" may also start an array type ("a [N]T"), the
 * arguments are read as expressions, which types are too. */
etargs
	: '[' expr ']'
	| '[' expr ',' ']'
	| '[' expr ',' expr_list opt_comma ']'
	;

type_list
	: type
	| type_list ',' type
	;

/* The types that may be written as composite literal types or converted
 * to, wherever an expression may stand. */
littype
	: '[' expr ']' type
		{ $$ = mk(p, N_ARRAYTYPE, @1.pos); $$->array.len = $2; $$->array.elem = $4; }
	| '[' ELLIPSIS ']' type
		{
			$$ = mk(p, N_ARRAYTYPE, @1.pos);
			$$->array.len = unary(p, N_ELLIPSIS, 0, @2.pos, NULL);
			$$->array.elem = $4;
		}
	| '[' ']' type
		{ $$ = mk(p, N_ARRAYTYPE, @1.pos); $$->array.elem = $3; }
	| MAP '[' type ']' type
		{ $$ = binary(p, $3, 0, @1.pos, $5); $$->kind = N_MAPTYPE; }
	| CHAN elemtype
		{ $$ = unary(p, N_CHANTYPE, CHAN_BOTH, @1.pos, $2); }
	| CHAN '(' type ')'
		{ $$ = unary(p, N_CHANTYPE, CHAN_BOTH, @1.pos, unary(p, N_PAREN, '(', @2.pos, $3)); }
	| CHAN ARROW type
		{ $$ = unary(p, N_CHANTYPE, CHAN_SEND, @1.pos, $3); }
	| STRUCT lbrace fields '}'
		{ $$ = mk(p, N_STRUCTTYPE, @1.pos); $$->fields.fields = $3; }
	| INTERFACE lbrace methods '}'
		{ $$ = mk(p, N_INTERFACETYPE, @1.pos); $$->fields.fields = $3; }
	;

/* A '{' that may also be at the top of an if/for/switch header. */
lbrace
	: '{'
	| LBODY
	;

/* FunctionType = "func" Signature .  Positioned at the '(', as gc does. */
functype
	: FUNC '(' params_or_empty ')' result
		{
			$$ = mk(p, N_FUNCTYPE, @2.pos);
			$$->functype.params = $3;
			if ($5 && $5->kind == N_BAD)
				$$->functype.results = $5->fields.fields;
			else if ($5)
				$$->functype.results = list1(p, param(p, NULL, $5));
		}
	/* no '(': gc skips the token and reads the parameters on */
	| FUNC error ')' result         { $$ = mk(p, N_FUNCTYPE, @1.pos); }
	;

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
fields
	: %empty                        { $$ = (NodeList){0}; }
	| field_list
	| field_list ';'
	;

field_list
	: field_decl                    { $$ = list1(p, $1); }
	| field_list ';' field_decl     { $$ = push(p, $1, $3); }
	/* gc's fieldDecl skips to the next ';' or '}' after an error */
	| field_list error              { $$ = $1; }
	;

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
field_decl
	: name_list type tag
		{ $$ = mk(p, N_FIELD, $1.v[0]->pos); $$->field.names = $1; $$->field.type = $2; $$->field.tag = $3; }
	| embedded tag
		{ $$ = mk(p, N_FIELD, $1->pos); $$->field.type = $1; $$->field.embedded = true; $$->field.tag = $2; }
	;

embedded
	: NAME
	| NAME '.' NAME                 { $$ = binary_sel(p, $1, @2.pos, $3); }
	| '*' typename                  { $$ = unary(p, N_STAR, '*', @1.pos, $2); }
	| '(' embedded ')'
		{ fe_syntax_error(p->diag, @1.pos, "cannot parenthesize embedded type"); $$ = $2; }
	| '*' '(' typename ')'
		{ fe_syntax_error(p->diag, @2.pos, "cannot parenthesize embedded type"); $$ = unary(p, N_STAR, '*', @1.pos, $3); }
	;

tag
	: %empty                        { $$ = NULL; }
	| LITERAL
	;

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
methods
	: %empty                        { $$ = (NodeList){0}; }
	| method_list
	| method_list ';'
	;

method_list
	: method_spec                   { $$ = list1(p, $1); }
	| method_list ';' method_spec   { $$ = push(p, $1, $3); }
	/* gc's list skips to a closing bracket after an error */
	| method_list error             { $$ = $1; }
	| error                         { $$ = (NodeList){0}; }
	;

/* MethodElem = MethodName Signature .  An embedded interface is a field
 * without names.  Type sets (~T, A | B) are constraints: unsupported. */
method_spec
	: NAME '(' params_or_empty ')' result
		{
			Node *t = mk(p, N_FUNCTYPE, @2.pos);
			t->functype.params = $3;
			if ($5 && $5->kind == N_BAD)
				t->functype.results = $5->fields.fields;
			else if ($5)
				t->functype.results = list1(p, param(p, NULL, $5));
			$$ = mk(p, N_FIELD, $1->pos);
			$$->field.names = list1(p, $1);
			$$->field.type = t;
		}
	/* gc's parser reads the type parameters and complains (not as a
	 * syntax error) */
	| NAME '[' mtparams ']' '(' params_or_empty ')' result
		{
			fe_error(p->diag, @2.pos, "interface method must have no type parameters");
			$$ = mk(p, N_FIELD, $1->pos);
			$$->field.names = list1(p, $1);
			$$->field.type = mk(p, N_FUNCTYPE, @5.pos);
		}
	| typename
		{ $$ = mk(p, N_FIELD, $1->pos); $$->field.type = $1; $$->field.embedded = true; }
	| elem_union
		{
			unsupported(p, $1->pos, "type constraints");
			$$ = mk(p, N_FIELD, $1->pos);
			$$->field.type = $1;
			$$->field.embedded = true;
		}
	;

iface_union
	: '~' type                      { $$ = $2; }
	| typename '|' union_term       { $$ = $1; }
	| iface_union '|' union_term    { $$ = $1; }
	;

/* An interface element may also be a type literal or a union starting
 * with one (not in a type declaration's brackets: [N]T is an array). */
elem_union
	: iface_union
	| lit_union
	;

lit_union
	: littype
	| lit_union '|' union_term
	;

/* A method's type parameters, each with its constraint (only for the
 * error; the constraint as in a type declaration, so that m[a [N]T] is
 * not ambiguous). */
mtparams
	: NAME tconstraint
	| mtparams ',' NAME tconstraint
	| mtparams ','
	;

union_term
	: type
	| '~' type                      { $$ = $2; }
	;

/* ---- expressions ---- */

expr_list
	: expr                          { $$ = list1(p, $1); }
	| expr_list ',' expr            { $$ = push(p, $1, $3); }
	;

/* Expression = UnaryExpr | Expression binary_op Expression . */
expr
	: uexpr
	| expr OROR expr                { $$ = binary(p, $1, TOK_OROR, @2.pos, $3); }
	| expr ANDAND expr              { $$ = binary(p, $1, TOK_ANDAND, @2.pos, $3); }
	| expr EQ expr                  { $$ = binary(p, $1, TOK_EQ, @2.pos, $3); }
	| expr NE expr                  { $$ = binary(p, $1, TOK_NE, @2.pos, $3); }
	| expr '<' expr                 { $$ = binary(p, $1, '<', @2.pos, $3); }
	| expr LE expr                  { $$ = binary(p, $1, TOK_LE, @2.pos, $3); }
	| expr '>' expr                 { $$ = binary(p, $1, '>', @2.pos, $3); }
	| expr GE expr                  { $$ = binary(p, $1, TOK_GE, @2.pos, $3); }
	| expr '+' expr                 { $$ = binary(p, $1, '+', @2.pos, $3); }
	| expr '-' expr                 { $$ = binary(p, $1, '-', @2.pos, $3); }
	| expr '|' expr                 { $$ = binary(p, $1, '|', @2.pos, $3); }
	| expr '^' expr                 { $$ = binary(p, $1, '^', @2.pos, $3); }
	| expr '*' expr                 { $$ = binary(p, $1, '*', @2.pos, $3); }
	| expr '/' expr                 { $$ = binary(p, $1, '/', @2.pos, $3); }
	| expr '%' expr                 { $$ = binary(p, $1, '%', @2.pos, $3); }
	| expr '&' expr                 { $$ = binary(p, $1, '&', @2.pos, $3); }
	| expr SHL expr                 { $$ = binary(p, $1, TOK_SHL, @2.pos, $3); }
	| expr SHR expr                 { $$ = binary(p, $1, TOK_SHR, @2.pos, $3); }
	| expr ANDNOT expr              { $$ = binary(p, $1, TOK_ANDNOT, @2.pos, $3); }
	;

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
uexpr
	: pexpr
	| '+' uexpr                     { $$ = unary(p, N_UNARY, '+', @1.pos, $2); }
	| '-' uexpr                     { $$ = unary(p, N_UNARY, '-', @1.pos, $2); }
	| '!' uexpr                     { $$ = unary(p, N_UNARY, '!', @1.pos, $2); }
	| '^' uexpr                     { $$ = unary(p, N_UNARY, '^', @1.pos, $2); }
	| '&' uexpr                     { $$ = unary(p, N_UNARY, '&', @1.pos, $2); }
	| '*' uexpr                     { $$ = unary(p, N_STAR, '*', @1.pos, $2); }
	| '~' uexpr                     { $$ = unary(p, N_UNARY, '~', @1.pos, $2); }
	| ARROW uexpr                   { $$ = recv_or_chantype(p, @1.pos, $2, yychar != TOK_FE_YYEMPTY ? yylloc.pos : @2.end); }
	;

/* PrimaryExpr: operands, selectors, index and slice expressions, type
 * assertions, calls and composite literals. */
pexpr
	: operand
	| pexpr '.' NAME                { $$ = binary_sel(p, $1, @2.pos, $3); }
	| pexpr '.' '(' type ')'
		{ $$ = mk(p, N_TYPEASSERT, @2.pos); $$->typeassert.x = $1; $$->typeassert.type = $4; }
	| pexpr '.' '(' TYPE ')'
		{ $$ = mk(p, N_TYPEASSERT, @2.pos); $$->typeassert.x = $1; }
	| pexpr '[' expr ']'
		{ $$ = binary(p, $1, '[', @2.pos, $3); $$->kind = N_INDEX; }
	| pexpr '[' opt_expr ':' opt_expr ']'
		{
			$$ = mk(p, N_SLICEEXPR, @2.pos);
			$$->slice.x = $1; $$->slice.lo = $3; $$->slice.hi = $5;
		}
	| pexpr '[' opt_expr ':' opt_expr ':' opt_expr ']'
		{
			/* gc's parser puts a bad expression in the gap: the checker
			 * says no more */
			Node *hi = $5, *max = $7;
			if (!hi) {
				fe_error(p->diag, @6.pos, "middle index required in 3-index slice");
				hi = mk(p, N_BAD, @6.pos);
			}
			if (!max) {
				fe_error(p->diag, @8.pos, "final index required in 3-index slice");
				max = mk(p, N_BAD, @8.pos);
			}
			$$ = mk(p, N_SLICEEXPR, @2.pos);
			$$->slice.x = $1; $$->slice.lo = $3; $$->slice.hi = hi; $$->slice.max = max;
			$$->slice.full = true;
		}
	| pexpr '(' ')'
		{ $$ = mk(p, N_CALL, @2.pos); $$->call.fun = $1; }
	| pexpr '(' expr_list opt_comma ')'
		{ $$ = mk(p, N_CALL, @2.pos); $$->call.fun = $1; $$->call.args = $3; }
	| pexpr '(' expr_list ELLIPSIS opt_comma ')'
		{ $$ = mk(p, N_CALL, @2.pos); $$->call.fun = $1; $$->call.args = $3; $$->call.dots = true; }
	| pexpr '{' elem_list '}'       { $$ = complit(p, $1, @2.pos, $3, @4.pos); }
	| littype lbrace elem_list '}'  { $$ = complit(p, $1, @2.pos, $3, @4.pos); }
	/* gc's list() skips to the closing bracket after an error */
	| pexpr '{' error '}'           { $$ = complit(p, $1, @2.pos, (NodeList){0}, @4.pos); yyerrok; }
	| littype lbrace error '}'      { $$ = complit(p, $1, @2.pos, (NodeList){0}, @4.pos); yyerrok; }
	| pexpr '(' error ')'           { $$ = mk(p, N_CALL, @2.pos); $$->call.fun = $1; yyerrok; }
	;

opt_expr
	: %empty                        { $$ = NULL; }
	| expr
	;

/* Operand = Literal | OperandName | "(" Expression ")" , and the types an
 * expression may be: T(x), []T(x), func()(x). */
operand
	: NAME
	| LITERAL
	| '(' expr ')'                  { $$ = unary(p, N_PAREN, '(', @1.pos, $2); }
	| funclit
	| functype %prec NOTLIT
	| littype %prec NOTLIT
	;

/* FunctionLit = "func" Signature FunctionBody . */
funclit
	: functype lbrace { $<op>$ = parse_errors(p); } stmt_list '}'
		{
			Node *b = mk(p, N_BLOCK, @2.pos);
			b->block.stmts = $4;
			b->block.rbrace = @5.pos;
			if (parse_errors(p) == $<op>3)
				p->branch_errors += fe_check_branches(p->diag, p->arena, b);
			$$ = mk(p, N_FUNCLIT, @1.pos);
			$$->func_.type = $1;
			$$->func_.body = b;
		}
	;

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
elem_list
	: %empty                        { $$ = (NodeList){0}; }
	| elems opt_comma               { $$ = $1; }
	;

elems
	: elem                          { $$ = list1(p, $1); }
	| elems ',' elem                { $$ = push(p, $1, $3); }
	;

/* KeyedElement = [ Key ":" ] Element . */
elem
	: elem_val
	| elem_val ':' elem_val         { $$ = binary(p, $1, ':', @2.pos, $3); $$->kind = N_KEYVALUE; }
	;

/* A literal inside a literal may leave out its type. */
elem_val
	: expr
	| '{' elem_list '}'             { $$ = complit(p, NULL, @1.pos, $2, @3.pos); }
	| '{' error '}'                 { $$ = complit(p, NULL, @1.pos, (NodeList){0}, @3.pos); yyerrok; }
	;

/* ---- statements ---- */

/* StatementList = { Statement ";" } .  An empty statement takes the
 * optional ';' before '}'; it leaves no node. */
stmt_list
	: stmt
		{
			$$ = (NodeList){0};
			if ($1)
				$$ = list1(p, $1);
			p->open_stmt = open_stmt($1);
			stmt_pragmas(p, $1, @1);
		}
	| stmt_list semi stmt
		{
			$$ = $1;
			if ($3)
				$$ = push(p, $$, $3);
			p->open_stmt = open_stmt($3);
			stmt_pragmas(p, $3, @3);
		}
	;

/*
 * After an error, bison stays silent until three tokens have been shifted;
 * gc reports the next error wherever it is (keeping one per line).  A ';'
 * that ends a statement, or a top-level declaration, resets that, which is
 * safe because a token has been consumed since the error (yyerrok without
 * progress would loop).
 */
semi
	: ';'                           { yyerrok; }
	;

stmt
	: %empty                        { $$ = NULL; }
	| simple_stmt
	| labeled_stmt
	| keyword_stmt
	| block
	| error                         { $$ = NULL; }
	/* gc's advance() stops at statement keywords: resume there too */
	| error keyword_stmt            { $$ = $2; }
	/* an error in an if/for/switch header: its body is still a block
	 * (gc's blockStmt finds the '{'), so braces stay balanced */
	| error header_body             { $$ = $2; }
	;

keyword_stmt
	: decl_stmt
	| GO pexpr                      { $$ = call_stmt(p, N_GOSTMT, @1.pos, "go", $2); }
	| DEFER pexpr                   { $$ = call_stmt(p, N_DEFER, @1.pos, "defer", $2); }
	| RETURN                        { $$ = mk(p, N_RETURN, @1.pos); }
	| RETURN expr_list              { $$ = mk(p, N_RETURN, @1.pos); $$->ret.results = $2; }
	| BREAK opt_name                { $$ = mk(p, N_BRANCH, @1.pos); $$->branch.tok = TOK_BREAK; $$->branch.label = $2; }
	| CONTINUE opt_name             { $$ = mk(p, N_BRANCH, @1.pos); $$->branch.tok = TOK_CONTINUE; $$->branch.label = $2; }
	| GOTO NAME                     { $$ = mk(p, N_BRANCH, @1.pos); $$->branch.tok = TOK_GOTO; $$->branch.label = $2; }
	| FALLTHROUGH                   { $$ = mk(p, N_BRANCH, @1.pos); $$->branch.tok = TOK_FALLTHROUGH; }
	| if_stmt
	| switch_stmt
	| select_stmt
	| for_stmt
	;

opt_name
	: %empty                        { $$ = NULL; }
	| NAME
	;

decl_stmt
	: CONST const_spec_stmt         { $$ = mk(p, N_DECLSTMT, @1.pos); $$->decl.tok = TOK_CONST; $$->decl.specs = $<list>2; }
	| VAR var_decl_stmt             { $$ = mk(p, N_DECLSTMT, @1.pos); $$->decl.tok = TOK_VAR; $$->decl.specs = $<list>2; }
	| TYPE type_decl_stmt           { $$ = mk(p, N_DECLSTMT, @1.pos); $$->decl.tok = TOK_TYPE; $$->decl.specs = $<list>2; }
	;

const_spec_stmt
	: const_spec                    { $<list>$ = list1(p, $1); }
	| group_open const_specs ')'
		{
			$<list>$ = $2;
			for (int i = 0; i < $2.len; i++) {
				$2.v[i]->spec.iota = i;
				$2.v[i]->spec.implicit = $2.v[i]->spec.values.len == 0 && !$2.v[i]->spec.type;
			}
		}
	;

var_decl_stmt
	: var_spec                      { $<list>$ = list1(p, $1); }
	| group_open var_specs ')'      { $<list>$ = $2; }
	;

type_decl_stmt
	: type_spec                     { $<list>$ = list1(p, $1); }
	| group_open type_specs ')'     { $<list>$ = $2; }
	;

/* LabeledStmt = Label ":" Statement .  `L: }` labels an empty statement. */
labeled_stmt
	: NAME ':' stmt
		{
			/* gc: a label must label a statement, possibly an empty one
			 * before ';' or '}', but not the end of a case */
			if (!$3 && (yychar == TOK_CASE || yychar == TOK_DEFAULT))
				fe_syntax_error(p->diag, @2.pos, "missing statement after label");
			$$ = mk(p, N_LABELED, @2.pos);  /* gc: the ':' */
			$$->labeled.label = $1;
			$$->labeled.stmt = $3 ? $3 : mk(p, N_EMPTYSTMT, @2.end);
		}
	;

/* SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
simple_stmt
	: expr                          { $$ = exprstmt(p, $1); }
	| expr INC
		{ $$ = mk(p, N_INCDEC, @2.pos); $$->incdec.x = $1; $$->incdec.op = '+'; }
	| expr DEC
		{ $$ = mk(p, N_INCDEC, @2.pos); $$->incdec.x = $1; $$->incdec.op = '-'; }
	| expr ASSIGNOP expr            { $$ = assign(p, list1(p, $1), $2, @2.pos, list1(p, $3)); }
	| expr ARROW expr
		{ $$ = binary(p, $1, TOK_ARROW, @2.pos, $3); $$->kind = N_SEND; }
	| expr_list '=' expr_list       { $$ = assign(p, $1, '=', @2.pos, $3); }
	| expr_list DEFINE expr_list    { $$ = assign(p, $1, TOK_DEFINE, @2.pos, $3); }
	;

opt_simple
	: %empty                        { $$ = NULL; }
	| simple_stmt
	;

block
	: '{' stmt_list '}'
		{
			$$ = mk(p, N_BLOCK, @1.pos);
			$$->block.stmts = $2;
			$$->block.rbrace = @3.pos;
		}
	;

/* The body of an if, for or switch: its '{' ends the header. */
body_open
	: LBODY                         { fe_lex_header_close(p); }
	;

header_body
	: body_open stmt_list '}'
		{
			$<node>$ = mk(p, N_BLOCK, @1.pos);
			$<node>$->block.stmts = $2;
			$<node>$->block.rbrace = @3.pos;
		}
	;

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
if_stmt
	: IF if_header header_body else_part
		{
			$$ = $<node>2;
			$$->pos = @1.pos;
			$$->if_.then = $<node>3;
			$$->if_.els = $4;
		}
	;

if_header
	: %empty
		{
			fe_syntax_error(p->diag, yylloc.pos, "missing condition in if statement"); /* at the '{' */
			$<node>$ = mk(p, N_IF, @$.pos);
		}
	| simple_stmt
		{ $<node>$ = mk(p, N_IF, @1.pos); $<node>$->if_.cond = if_cond(p, $1, @1.pos, 0, false); }
	| opt_simple ';' opt_simple
		{
			$<node>$ = mk(p, N_IF, @1.pos);
			$<node>$->if_.init = $1;
			$<node>$->if_.cond = if_cond(p, $3, @2.pos, $2, true);
		}
	;

else_part
	: %empty                        { $$ = NULL; }
	| ELSE if_stmt                  { $$ = $2; }
	| ELSE block                    { $$ = $2; }
	;

/* SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" { CaseClause } "}" . */
switch_stmt
	: SWITCH opt_simple body_open switch_body '}'
		{ $$ = switch_stmt(p, @1.pos, NULL, $2, $4, @5.pos); }
	| SWITCH opt_simple ';' opt_simple body_open switch_body '}'
		{ $$ = switch_stmt(p, @1.pos, $2, $4, $6, @7.pos); }
	;

/* Garbage before the first case: gc skips to a ':' and reads on. */
switch_body
	: case_clauses
	| error ':' stmt_list case_clauses  { $$ = $4; }
	;

/* A case body's last statement needs its ';' before the next case (gc's
 * stmtList): the grammar lets the clause end, the action complains. */
case_clauses
	: %empty                        { $$ = (NodeList){0}; }
	| case_clauses case_clause
		{
			$$ = push(p, $1, $2);
			if (p->open_stmt && (yychar == TOK_CASE || yychar == TOK_DEFAULT))
				fe_syntax_error(p->diag, yylloc.pos, "unexpected %s at end of statement", yychar == TOK_CASE ? "case" : "default");
			p->open_stmt = false;
		}
	;

case_clause
	: CASE expr_list ':' stmt_list
		{
			$$ = mk(p, N_CASECLAUSE, @1.pos);
			$$->caseclause.exprs = $2;
			$$->caseclause.colon = @3.pos;
			$$->caseclause.body = $4;
		}
	| DEFAULT ':' stmt_list
		{
			$$ = mk(p, N_CASECLAUSE, @1.pos);
			$$->caseclause.colon = @2.pos;
			$$->caseclause.body = $3;
		}
	/* gc's caseClause skips to the ':' (or the body) after an error */
	| CASE error stmt_list
		{ $$ = mk(p, N_CASECLAUSE, @1.pos); $$->caseclause.body = $3; }
	;

/* SelectStmt = "select" "{" { CommClause } "}" . */
select_stmt
	: SELECT '{' comm_clauses '}'
		{
			$$ = mk(p, N_SELECTSTMT, @1.pos);
			$$->switch_.body = $3;
			$$->switch_.rbrace = @4.pos;
		}
	;

comm_clauses
	: %empty                        { $$ = (NodeList){0}; }
	| comm_clauses comm_clause      { $$ = push(p, $1, $2); }
	;

comm_clause
	: CASE simple_stmt ':' stmt_list
		{
			$$ = mk(p, N_CASECLAUSE, @1.pos);
			if ($2)
				$$->caseclause.exprs = list1(p, $2);
			$$->caseclause.colon = @3.pos;
			$$->caseclause.body = $4;
		}
	| DEFAULT ':' stmt_list
		{
			$$ = mk(p, N_CASECLAUSE, @1.pos);
			$$->caseclause.colon = @2.pos;
			$$->caseclause.body = $3;
		}
	;

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
for_stmt
	: FOR header_body
		{ $$ = mk(p, N_FOR, @1.pos); $$->for_.body = $<node>2; }
	| FOR simple_stmt header_body
		{ $$ = mk(p, N_FOR, @1.pos); $$->for_.cond = if_cond(p, $2, @2.pos, 0, false); $$->for_.body = $<node>3; }
	| FOR opt_simple ';' opt_simple ';' opt_simple header_body
		{
			$$ = mk(p, N_FOR, @1.pos);
			$$->for_.init = $2;
			$$->for_.cond = $4 ? if_cond(p, $4, @4.pos, 0, false) : NULL;
			if ($6 && $6->kind == N_ASSIGN && $6->assign.op == TOK_DEFINE)
				fe_syntax_error(p->diag, $6->pos, "cannot declare in post statement of for loop");
			$$->for_.post = $6;
			$$->for_.body = $<node>7;
		}
	| FOR range_clause header_body
		{ $$ = $2; $$->range.body = $<node>3; $$->range.forpos = @1.pos; }
	;

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . */
range_clause
	: RANGE expr
		{ $$ = mk(p, N_RANGE, @1.pos); $$->range.x = $2; $$->range.assign = @1.pos; }
	| expr_list '=' RANGE expr
		{
			$$ = mk(p, N_RANGE, @3.pos);
			$$->range.key = $1.v[0];
			$$->range.value = $1.len > 1 ? $1.v[1] : NULL;
			$$->range.extra = $1.len > 2 ? $1.v[2] : NULL;
			$$->range.x = $4;
			$$->range.assign = @2.pos;
		}
	| expr_list DEFINE RANGE expr
		{
			$$ = mk(p, N_RANGE, @3.pos);
			$$->range.key = $1.v[0];
			$$->range.value = $1.len > 1 ? $1.v[1] : NULL;
			$$->range.extra = $1.len > 2 ? $1.v[2] : NULL;
			$$->range.define = true;
			$$->range.x = $4;
			$$->range.assign = @2.pos;
		}
	;

%%

/* ---- the scanner interface ---- */

/* The brackets the parser has been given and not yet seen closed. */
static void track_brackets(Parser *p, int t)
{
	if (t == '(' || t == '[' || t == '{' || t == TOK_LBODY) {
		p->brk = fe_grow(p->arena, p->brk, p->nbrk, &p->capbrk, 1, 64);
		p->brk[p->nbrk++] = t == TOK_LBODY ? '{' : (char)t;
	} else if (p->nbrk > 0 && ((t == ')' && p->brk[p->nbrk - 1] == '(') || (t == ']' && p->brk[p->nbrk - 1] == '[') ||
	                           (t == '}' && p->brk[p->nbrk - 1] == '{'))) {
		p->nbrk--;
	}
}

/* After the end of the file: the closers of the open brackets, innermost
 * first, then the final ';' and the end. */
static int synth_token(Parser *p, FE_YYSTYPE *lval, FE_YYLTYPE *lloc)
{
	lloc->pos = lloc->end = p->synth_pos;
	p->tok_text = NULL;
	p->tok_len = 0;
	if (p->nbrk > 0) {
		char open = p->brk[--p->nbrk];
		return open == '(' ? ')' : open == '[' ? ']' : '}';
	}
	if (!p->synth_semi) {
		p->synth_semi = true;
		lval->semi = SEMI_EOF;
		return ';';
	}
	return TOK_YYEOF;
}

enum { SKIP_BODY_NONE, SKIP_BODY_IF, SKIP_BODY_SWITCH, SKIP_BODY_BRACE };

/* Statement keywords: gc's advance() stops at them inside a function. */
static bool stmt_keyword(int t)
{
	switch (t) {
	case TOK_BREAK: case TOK_CONST: case TOK_CONTINUE: case TOK_DEFER: case TOK_FALLTHROUGH:
	case TOK_FOR: case TOK_GO: case TOK_GOTO: case TOK_IF: case TOK_RETURN: case TOK_SELECT:
	case TOK_SWITCH: case TOK_TYPE: case TOK_VAR:
		return true;
	}
	return false;
}

/*
 * After "expecting { after if clause" (or for, or a switch's "missing {"),
 * gc skips tokens up to a name or '}' (a case or default for a switch) or a
 * statement keyword, and parses what follows as the body, the '{' it may
 * have skipped included.  After "expecting {" in a header (a statement
 * where its ';' or '{' should be), it skips to the '{' (or a '}' or a
 * statement keyword).  The parser here recovers with `error` and a body:
 * it is handed one opening brace, the first one skipped or a made-up one
 * before the token where skipping stops, so that braces stay balanced.
 */
static int skip_body(Parser *p, int t, FE_YYSTYPE *lval, FE_YYLTYPE *lloc)
{
	for (;;) {
		bool stop = t == TOK_YYEOF || t == '}' || stmt_keyword(t) ||
			    (p->skip_body == SKIP_BODY_IF && t == TOK_NAME) ||
			    (p->skip_body == SKIP_BODY_SWITCH && (t == TOK_CASE || t == TOK_DEFAULT));
		if (p->skip_body == SKIP_BODY_BRACE && (t == '{' || t == TOK_LBODY))
			p->skip_body = SKIP_BODY_NONE;  /* the body's own brace */
		if (stop || ((t == '{' || t == TOK_LBODY) && p->skip_brace)) {
			int brace = p->skip_brace;
			p->skip_brace = 0;
			if (stop) {
				p->skip_body = SKIP_BODY_NONE;
				if (!brace || t == TOK_YYEOF)
					return t;
				/* no '{' in sight: the made-up one comes first */
				p->have_pending = true;
				p->pending_tok = t;
				p->pending_node = t == TOK_NAME ? lval->node : NULL;  /* stops: names, keywords, '}' */
				p->pending_loc = *lloc;
				p->pending_text = p->tok_text;
				p->pending_len = p->tok_len;
				p->depth++;  /* as the scanner counts a '{' */
			}
			if (p->nhdr > 0 && p->hdr[p->nhdr - 1] == p->depth - 1) /* the header is still open */
				fe_lex_header_close(p);
			lloc->end = lloc->pos;
			p->tok_text = "{";
			p->tok_len = 1;
			return brace;
		}
		t = fe_lex_next(p, lval, lloc);
	}
}

static char *unexpected(Parser *p, yysymbol_kind_t k);

/*
 * After an error in an argument list or a composite literal, gc skips to
 * the next closing bracket of any kind (or statement keyword, in a
 * function).  Its own closer ends the list, and the parser's error rule
 * takes it; another one ends the list without being consumed: the parser
 * gets a made-up closer first, then that token (pending).
 */
static int skip_list(Parser *p, FE_YYSTYPE *lval, FE_YYLTYPE *lloc)
{
	int close = p->skip_list;
	if (!p->list_stop) {
		int t = fe_lex_next(p, lval, lloc);
		while (t != ')' && t != ']' && t != '}' && t != TOK_YYEOF && !(p->skip_in_func && stmt_keyword(t))) {
			if (t == TOK_LBODY) /* as if shifted: that header is over */
				fe_lex_header_close(p);
			t = fe_lex_next(p, lval, lloc);
		}
		if (t == close || t == TOK_YYEOF) {
			p->skip_list = 0;
			return t;
		}
		p->pending_tok = t;
		p->pending_node = NULL;  /* brackets and keywords have no value */
		p->pending_loc = *lloc;
		p->pending_text = p->tok_text;
		p->pending_len = p->tok_len;
	}
	p->skip_list = 0;
	p->list_stop = false;
	p->have_pending = true;
	lloc->pos = lloc->end = p->pending_loc.pos;
	p->tok_text = close == ')' ? ")" : "}";
	p->tok_len = 1;
	fe_lex_close_bracket(p);
	return close;
}

static int yylex(FE_YYSTYPE *lval, FE_YYLTYPE *lloc, Parser *p)
{
	/* After an error in the package clause, or the 10th error, the rest
	 * of the file is not read: the parser sees the end. */
	if (p->stop || fe_too_many_errors(p->diag)) {
		lloc->pos = lloc->end = (Pos){ p->line, 1, p->fileno };
		p->tok_text = NULL;
		return TOK_YYEOF;
	}
	if (p->synth)
		return synth_token(p, lval, lloc);
	/* gc's statement list stopped at a token that starts no statement,
	 * its block wanted the '}' and skipped that token: the parser has
	 * discarded it, and gets the '}' */
	if (p->close_block) {
		p->close_block = false;
		lloc->pos = lloc->end = p->last_pos;
		p->tok_text = "}";
		p->tok_len = 1;
		fe_lex_close_bracket(p);
		track_brackets(p, '}');
		p->last_tok = '}';
		p->after_func = p->nbrk == 0;
		return '}';
	}
	int before = fe_error_count(p->diag);
	int t;
	if (p->have_pending) {
		p->have_pending = false;
		t = p->pending_tok;
		if (t == TOK_NAME || t == TOK_LITERAL)
			lval->node = p->pending_node;
		else if (t == TOK_ASSIGNOP)
			lval->op = p->pending_int;
		else if (t == ';')
			lval->semi = p->pending_int;
		*lloc = p->pending_loc;
		p->tok_text = p->pending_text;
		p->tok_len = p->pending_len;
	} else if (p->skip_list) {
		t = skip_list(p, lval, lloc);
	} else {
		t = fe_lex_next(p, lval, lloc);
		if (p->skip_body)
			t = skip_body(p, t, lval, lloc);
	}
	/* The end of the file inside brackets after an error: gc's parser
	 * stops there quietly and keeps the tree it has, which is then
	 * type-checked; bison would abort, so it is handed the missing
	 * closers, silently (see yyreport_syntax_error). */
	if (t == TOK_YYEOF && p->nbrk > 0 && parse_errors(p) > 0 && !p->stop) {
		p->synth = true;
		p->synth_pos = lloc->pos;
		return synth_token(p, lval, lloc);
	}
	/* gc gives up on a file whose package clause has an error, and it
	 * looks for one only after reading the token that follows the clause:
	 * the scanner's error on that token counts */
	if (p->pkg_state == 3 && fe_error_count(p->diag) > before) {
		p->stop = p->pkg_error = true;
		lloc->end = lloc->pos;
		p->tok_text = NULL;
		return TOK_YYEOF;
	}
	p->pkg_state += p->pkg_state < 4 &&
			(p->pkg_state == 3 || t == (p->pkg_state == 0 ? TOK_PACKAGE : p->pkg_state == 1 ? TOK_NAME : ';'));
	/* gc's parser, after a statement at file level, skips everything up
	 * to a keyword that starts a declaration (its advance()), so a stray
	 * function body costs one error, not one per line. */
	while (p->advance_decl && t != TOK_IMPORT && t != TOK_CONST && t != TOK_TYPE && t != TOK_VAR &&
	       t != TOK_FUNC && t != TOK_YYEOF && !p->stop && !fe_too_many_errors(p->diag)) {
		if (t == TOK_LBODY) /* as if shifted: that header is over */
			fe_lex_header_close(p);
		t = fe_lex_next(p, lval, lloc);
	}
	p->advance_decl = false;
	/* After a function whose body gc ended at an error: gc wants the ';'
	 * after the declaration, complains, and skips to the next declaration
	 * keyword.  The parser gets a ';' before it. */
	if (p->after_func) {
		p->after_func = false;
		if (t != ';' && t != TOK_YYEOF) {
			p->last_tok = t;
			fe_syntax_error(p->diag, lloc->pos, "unexpected %s after top level declaration", unexpected(p, YYTRANSLATE(t)));
			while (t != TOK_IMPORT && t != TOK_CONST && t != TOK_TYPE && t != TOK_VAR && t != TOK_FUNC &&
			       t != TOK_YYEOF && !fe_too_many_errors(p->diag)) {
				if (t == TOK_LBODY)
					fe_lex_header_close(p);
				t = fe_lex_next(p, lval, lloc);
			}
			if (t != TOK_YYEOF) {
				p->have_pending = true;
				p->pending_tok = t;
				p->pending_node = NULL;
				p->pending_loc = *lloc;
				p->pending_text = p->tok_text;
				p->pending_len = p->tok_len;
			}
			lval->semi = SEMI_SEMICOLON;
			lloc->end = lloc->pos;
			t = ';';
		}
	}
	/* gc reads "var" at the start of an if/for/switch header, complains
	 * at the token after it and parses the rest as a simple statement */
	if (t == TOK_VAR && (p->last_tok == TOK_IF || p->last_tok == TOK_FOR || p->last_tok == TOK_SWITCH)) {
		int kw = p->last_tok;
		t = fe_lex_next(p, lval, lloc);
		if (t != TOK_YYEOF || parse_errors(p) == 0) /* gc: no follow-up errors at EOF */
			fe_syntax_error(p->diag, lloc->pos, "var declaration not allowed in %s initializer", fe_token_name(kw));
	}
	track_brackets(p, t);
	p->prev_pos = p->last_pos;
	p->last_pos = lloc->pos;
	p->last_tok = t;
	if (t == ';')
		p->last_semi = lval->semi;
	return t;
}

/* Bison calls yyerror only when its stack is exhausted. */
static void yyerror(FE_YYLTYPE *loc, Parser *p, const char *msg)
{
	fe_error(p->diag, loc->pos, "%s: program too deeply nested (more than %d open levels)", msg, YYMAXDEPTH);
	p->stop = true;
}

/* ---- syntax error messages ---- */

/* Where the parser is: the innermost unclosed bracket and what it opens. */
enum {
	CTX_TOP,        /* file level */
	CTX_BLOCK,      /* a statement list */
	CTX_ARGS,       /* f( */
	CTX_PARAMS,     /* func( */
	CTX_COMPLIT,    /* T{ */
	CTX_STRUCT,
	CTX_INTERFACE,
	CTX_GROUP,      /* var ( */
	CTX_PAREN,      /* ( expr */
	CTX_INDEX,      /* x[ */
	CTX_IMPORTS,    /* package clause and imports */
};

typedef struct {
	const yypcontext_t *ctx;
	yysymbol_kind_t expected[YYNTOKENS];
	int nexpected;
} ErrCtx;

static bool expects(const ErrCtx *e, int tok)
{
	yysymbol_kind_t k = YYTRANSLATE(tok);
	for (int i = 0; i < e->nexpected; i++)
		if (e->expected[i] == k)
			return true;
	return false;
}

static yysymbol_kind_t sym_at(const yy_state_t *s)
{
	return YY_ACCESSING_SYMBOL(*s);
}

static bool is_sym(yysymbol_kind_t k, int tok)
{
	return k == YYTRANSLATE(tok);
}

/* The context of the innermost unclosed opener at or below s.  The stack
 * holds reduced phrases as single symbols, so an opener terminal still on
 * it is unclosed (unless the closer sits on top of it, about to reduce). */
static int context_below(const yy_state_t *s, const yy_state_t **at)
{
	int close = 0;
	for (; *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, ')') || is_sym(k, ']') || is_sym(k, '}')) {
			close++;
			continue;
		}
		bool paren = is_sym(k, '(') || k == YYSYMBOL_group_open;
		bool brack = is_sym(k, '[');
		bool brace = is_sym(k, '{') || is_sym(k, TOK_LBODY) || k == YYSYMBOL_lbrace || k == YYSYMBOL_body_open;
		if (!paren && !brack && !brace)
			continue;
		if (close > 0) {
			close--;
			continue;
		}
		*at = s;
		yysymbol_kind_t b = sym_at(s - 1); /* s is above the bottom state */
		if (brack)
			return CTX_INDEX;
		if (paren) {
			if (b == YYSYMBOL_pexpr)
				return CTX_ARGS;
			if (is_sym(b, TOK_FUNC) || is_sym(b, TOK_NAME) || is_sym(b, ')'))
				return CTX_PARAMS;
			if (is_sym(b, TOK_IMPORT) || is_sym(b, TOK_VAR) || is_sym(b, TOK_CONST) || is_sym(b, TOK_TYPE))
				return CTX_GROUP;
			return CTX_PAREN;
		}
		if (b == YYSYMBOL_pexpr || b == YYSYMBOL_littype)
			return CTX_COMPLIT;
		if (is_sym(b, TOK_STRUCT))
			return CTX_STRUCT;
		if (is_sym(b, TOK_INTERFACE))
			return CTX_INTERFACE;
		if (is_sym(k, '{') && (is_sym(b, ',') || is_sym(b, ':') || is_sym(b, '{') || b == YYSYMBOL_lbrace)) {
			/* A literal without type inside a literal, or a block. */
			const yy_state_t *outer;
			if (context_below(s - 1, &outer) == CTX_COMPLIT)
				return CTX_COMPLIT;
		}
		return CTX_BLOCK;
	}
	*at = s;
	return CTX_TOP;
}

/* The func on top starts a declaration (at file level), not a type. */
static bool func_decl_keyword(const yy_state_t *top)
{
	yysymbol_kind_t b = sym_at(top - 1);
	return b == YYSYMBOL_imports || b == YYSYMBOL_topdecls || b == YYSYMBOL_YYerror;
}

/* Between the elements of a list: right after its opener or a separator. */
static bool list_boundary(const yy_state_t *top, const yy_state_t *opener)
{
	yysymbol_kind_t k = sym_at(top);
	return top == opener || is_sym(k, ',') || is_sym(k, ';');
}

/* The ')' on top closes the receiver of a method declaration. */
static bool func_receiver(const yy_state_t *top)
{
	int depth = 0;
	for (const yy_state_t *s = top; *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, ')'))
			depth++;
		else if (is_sym(k, '(') && --depth == 0)
			return is_sym(sym_at(s - 1), TOK_FUNC);
	}
	return false;
}

/* Keywords gc follows with an expression (or a simple statement). */
static bool keyword_before_expr(yysymbol_kind_t k)
{
	return is_sym(k, TOK_FOR) || is_sym(k, TOK_IF) || is_sym(k, TOK_SWITCH) || is_sym(k, TOK_RETURN) ||
	       is_sym(k, TOK_GO) || is_sym(k, TOK_DEFER);
}

/* The ':' of a slice expression between its '[' at opener and the top. */
static int colons_above(const yy_state_t *top, const yy_state_t *opener)
{
	int n = 0;
	for (const yy_state_t *s = top; s > opener; s--)
		n += is_sym(sym_at(s), ':');
	return n;
}

/* The stack ends in a type spec's name (and '='), before its type. */
static bool in_typespec(const yy_state_t *top, yysymbol_kind_t group)
{
	const yy_state_t *s = top;
	if (is_sym(sym_at(s), '='))
		s--;
	if (*s == 0 || !is_sym(sym_at(s), TOK_NAME))
		return false;
	yysymbol_kind_t b = sym_at(s - 1);
	return is_sym(b, TOK_TYPE) || (is_sym(group, TOK_TYPE) && (b == YYSYMBOL_group_open || is_sym(b, ';')));
}

/* The innermost if/for/switch keyword above the opener at `limit`. */
static int header_keyword(const yy_state_t *top, const yy_state_t *limit)
{
	for (const yy_state_t *s = top; s > limit && *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, TOK_IF))
			return TOK_IF;
		if (is_sym(k, TOK_FOR))
			return TOK_FOR;
		if (is_sym(k, TOK_SWITCH))
			return TOK_SWITCH;
	}
	return 0;
}

/* The token code of a terminal symbol kind. */
static int token_of(yysymbol_kind_t k)
{
	for (int t = 0; t <= YYMAXUTOK; t++)
		if (YYTRANSLATE(t) == k)
			return t;
	return 0;
}

/* Between the opener and the top: "case exprs" not yet followed by ':'. */
static bool in_case_head(const yy_state_t *top, const yy_state_t *limit)
{
	for (const yy_state_t *s = top; s > limit && *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, ':'))
			return false;
		if (is_sym(k, TOK_CASE))
			return true;
	}
	return false;
}

static bool decl_keyword(yysymbol_kind_t k)
{
	return is_sym(k, TOK_VAR) || is_sym(k, TOK_CONST) || is_sym(k, TOK_TYPE) || is_sym(k, TOK_IMPORT);
}

/* gc's tokstring: a few tokens have words. */
static const char *tokstring(int tok)
{
	switch (tok) {
	case ',': return "comma";
	case ';': return "semicolon or newline";
	}
	return fe_token_name(tok);
}

/* The lookahead as gc names it after "unexpected". */
static char *unexpected(Parser *p, yysymbol_kind_t k)
{
	if (k == YYSYMBOL_YYEOF)
		return "EOF";
	if (is_sym(k, ';')) {
		static const char *const semi[] = { "semicolon", "newline", "EOF" };
		return (char *)semi[p->last_semi];
	}
	if (is_sym(k, ','))
		return "comma";
	if (!p->tok_text)
		return (char *)fe_token_name(p->last_tok);
	char *text = fe_strndup(p->arena, p->tok_text, p->tok_len);
	if (is_sym(k, TOK_LITERAL))
		return fe_sprintf(p->arena, "literal %s", text);
	return text;
}

/* gc's p.fnest > 0: a function body or literal is open below the top. */
static bool in_function(const yy_state_t *top)
{
	for (const yy_state_t *s = top; *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if ((is_sym(k, '{') || k == YYSYMBOL_lbrace) &&
		    (sym_at(s - 1) == YYSYMBOL_functype_sig || sym_at(s - 1) == YYSYMBOL_functype))
			return true;
	}
	return false;
}

/* After an error in a list closed by `close`: skip as gc does (skip_list). */
static void skip_to_closer(Parser *p, const yypcontext_t *ctx, int close)
{
	int t = token_of(yypcontext_token(ctx));
	if (t == close || yypcontext_token(ctx) == YYSYMBOL_YYEOF)
		return;
	p->skip_list = close;
	p->skip_in_func = in_function(ctx->yyssp);
	p->list_stop = t == ')' || t == ']' || t == '}' || (p->skip_in_func && stmt_keyword(t));
	if (p->list_stop) {
		/* the parser discards the token: it comes back after the closer */
		p->pending_tok = t;
		p->pending_node = NULL;
		p->pending_loc = *yypcontext_location(ctx);
		p->pending_text = p->tok_text;
		p->pending_len = p->tok_len;
	}
}

static bool msg_is(const char *msg, const char *s)
{
	return msg && strcmp(msg, s) == 0;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
	yysymbol_kind_t tok = yypcontext_token(ctx);
	Pos pos = yypcontext_location(ctx)->pos;

	/* go or defer without an operand: gc's bad expression is not a call,
	 * which it reports after the syntax error (not being one, even at the
	 * end of the file) */
	const char *call = NULL;
	if (!p->stop && !fe_too_many_errors(p->diag) && is_sym(sym_at(ctx->yyssp), TOK_GO))
		call = "expression in go must be function call";
	else if (!p->stop && !fe_too_many_errors(p->diag) && is_sym(sym_at(ctx->yyssp), TOK_DEFER))
		call = "expression in defer must be function call";
	/* gc: no follow-up errors at the end of the file, nor after giving up. */
	if (p->stop || fe_too_many_errors(p->diag) || p->synth || (tok == YYSYMBOL_YYEOF && parse_errors(p) > 0)) {
		if (call)
			fe_error(p->diag, pos, "%s", call);
		return 0;
	}
	if (tok == YYSYMBOL_YYerror) /* the lexer reported it */
		return 0;
	/* A safety net: error recovery that made no progress for this long
	 * ends the parse (diag.c drops the repeats, so nothing would show). */
	if (++p->errors > 10000) {
		p->stop = true;
		return 0;
	}

	ErrCtx e = { .ctx = ctx };
	e.nexpected = yypcontext_expected_tokens(ctx, e.expected, YYNTOKENS);
	if (e.nexpected < 0)
		e.nexpected = 0;
	const yy_state_t *top = ctx->yyssp;
	const yy_state_t *opener = top;
	int c = context_below(top, &opener);
	const char *u = unexpected(p, tok);
	const char *msg = NULL;      /* appended to "unexpected X" */
	const char *plain = NULL;    /* the whole message */

	/* Which part of the file: package clause, imports, or declarations.
	 * gc gives up after an error in the package clause. */
	if (c == CTX_TOP || c == CTX_GROUP) {
		bool imports = false, decls = false;
		for (const yy_state_t *s = top; *s != 0; s--) {
			imports |= sym_at(s) == YYSYMBOL_imports;
			/* past the imports: a declaration is under way */
			decls |= sym_at(s) == YYSYMBOL_topdecls ||
				 (sym_at(s - 1) == YYSYMBOL_imports && !is_sym(sym_at(s), TOK_IMPORT));
		}
		if (!imports) {
			p->stop = true;
			p->pkg_error = true;
			if (*top == 0)
				plain = "package statement must be first";
		}
		if (c == CTX_TOP && !decls)
			c = CTX_IMPORTS;
	}

	/* The keyword of a declaration group: var ( ..., import ( ... */
	yysymbol_kind_t group = c == CTX_GROUP ? sym_at(opener - 1) : YYSYMBOL_YYEMPTY;

	if (plain) {
	} else if (is_sym(tok, '[') && is_sym(sym_at(top), TOK_FUNC) && !func_decl_keyword(top)) {
		plain = "function type must have no type parameters";
	} else if ((is_sym(sym_at(top), TOK_CHAN) || (is_sym(sym_at(top), TOK_ARROW) && is_sym(sym_at(top - 1), TOK_CHAN))) &&
	           expects(&e, TOK_MAP)) {
		plain = "missing channel element type";  /* chan, chan<- or <-chan, then no type */
	} else if (is_sym(tok, TOK_LBODY) && is_sym(sym_at(top), ';') && sym_at(top - 1) == YYSYMBOL_opt_simple &&
	           is_sym(sym_at(top - 2), TOK_FOR)) {
		msg = "expecting for loop condition";  /* for init; { */
	} else if (is_sym(tok, TOK_LBODY) && expects(&e, ';') && header_keyword(top, opener) == TOK_FOR) {
		msg = "expecting semicolon or newline";  /* for init; cond {: the post is missing */
	} else if (tok == YYSYMBOL_YYEOF && list_boundary(top, opener) &&
	           (c == CTX_BLOCK || c == CTX_STRUCT || c == CTX_INTERFACE || c == CTX_COMPLIT)) {
		msg = "expecting }";  /* gc's list() stops at EOF, then wants its closer */
	} else if (tok == YYSYMBOL_YYEOF && list_boundary(top, opener) && (c == CTX_ARGS || c == CTX_PARAMS)) {
		msg = "expecting )";
	} else if ((is_sym(sym_at(top), TOK_STRUCT) || is_sym(sym_at(top), TOK_INTERFACE)) && expects(&e, '{')) {
		msg = "expecting {";  /* struct or interface, then no brace */
	} else if (is_sym(sym_at(top), TOK_ELLIPSIS) && c == CTX_PARAMS && expects(&e, TOK_MAP)) {
		plain = "... is missing type";
	} else if (is_sym(tok, '[') && is_sym(sym_at(top), TOK_NAME) && func_receiver(top - 1) &&
	           is_sym(sym_at(top - 1), ')')) {
		plain = "method must have no type parameters";
	} else if (c == CTX_BLOCK && is_sym(sym_at(top), ':') && is_sym(sym_at(top - 1), TOK_NAME) &&
	           !is_sym(tok, ';') && !is_sym(tok, '}')) {
		/* L: followed by what starts no statement; gc reports at the ':' */
		plain = "missing statement after label";
		pos = p->prev_pos;
	} else if (c == CTX_PARAMS && (is_sym(sym_at(top), '(') || is_sym(sym_at(top), ',')) && expects(&e, ')') &&
	           expects(&e, TOK_NAME)) {
		msg = "expecting )";  /* gc's paramDeclOrNil: no parameter here */
	} else if (c == CTX_INTERFACE && (top == opener || is_sym(sym_at(top), ';')) && !is_sym(tok, '}') &&
	           expects(&e, TOK_NAME)) {
		msg = "expecting ~ term or type";  /* gc's embeddedTerm */
	} else if (expects(&e, '(') && expects(&e, '[') && e.nexpected == 2) {
		msg = "expecting (";  /* func NAME: the signature */
	} else if ((keyword_before_expr(sym_at(top)) ||
	            (is_sym(sym_at(top), ';') && header_keyword(top, opener) != 0)) &&
	           !is_sym(tok, TOK_LBODY) && expects(&e, TOK_LITERAL) &&
	           (!is_sym(tok, ';') || is_sym(sym_at(top), TOK_GO) || is_sym(sym_at(top), TOK_DEFER))) {
		msg = "expecting expression";  /* for/if/switch/return/go/defer, then no operand */
	} else if (c == CTX_INDEX && top == opener && sym_at(opener - 1) != YYSYMBOL_pexpr &&
	           expects(&e, TOK_LITERAL) && !is_sym(tok, ']')) {
		msg = "expecting expression";  /* '[' of an array type: its length */
	} else if (c == CTX_INDEX && is_sym(sym_at(top), ':') && expects(&e, TOK_LITERAL)) {
		msg = "expecting expression";  /* x[i: then no index */
	} else if (c == CTX_INDEX && expects(&e, ']') &&
	           (sym_at(opener - 1) != YYSYMBOL_pexpr || colons_above(top, opener) >= 1)) {
		msg = "expecting ]";  /* an array length, a map key, an index after ':' */
	} else if (is_sym(tok, TOK_DEFINE) && expects(&e, '=')) {
		msg = "expecting =";  /* var x := ..., const x := ... */
	} else if (expects(&e, TOK_NAME) && (is_sym(sym_at(top), TOK_FUNC) ||
	           (is_sym(sym_at(top), ')') && func_receiver(top)))) {
		msg = "expecting name or (";  /* func, or func (r T), then no name */
	} else if (is_sym(tok, ']') && is_sym(sym_at(top), '[') && sym_at(top - 1) == YYSYMBOL_pexpr) {
		msg = "expecting operand";  /* x[] */
	} else if (expects(&e, TOK_MAP) && in_typespec(top, group)) {
		msg = "in type declaration";  /* type T followed by no type */
	} else if (is_sym(group, TOK_IMPORT) && expects(&e, TOK_LITERAL)) {
		plain = "missing import path";
	} else if (c == CTX_GROUP && expects(&e, TOK_NAME) && expects(&e, ')') && !expects(&e, ';')) {
		msg = "expecting name"; /* a spec starts with its name */
	} else if (c == CTX_STRUCT && expects(&e, TOK_MAP)) {
		msg = "expecting type";
	} else if (c == CTX_STRUCT && expects(&e, TOK_NAME) && expects(&e, '*') && expects(&e, '}')) {
		msg = "expecting field name or embedded type";
	} else if (c == CTX_BLOCK && expects(&e, TOK_DEFINE) && expects(&e, '=') && expects(&e, ',') &&
	           !expects(&e, ';') && !expects(&e, TOK_LBODY)) {
		msg = "expecting := or = or comma"; /* after a list of several expressions */
	} else if (is_sym(sym_at(top), TOK_ELSE)) {
		plain = "else must be followed by if or statement block";
	} else if (expects(&e, TOK_LBODY) && !expects(&e, TOK_LITERAL) && !(c == CTX_ARGS && expects(&e, ',')) &&
	           !(c == CTX_BLOCK && header_keyword(top, opener) == 0 && expects(&e, ';'))) {
		int kw = header_keyword(top, opener);
		if (expects(&e, ';') || kw == 0)
			msg = "expecting {";
		else if (kw == TOK_IF)
			msg = "expecting { after if clause";
		else if (kw == TOK_FOR)
			msg = "expecting { after for clause";
		else
			plain = "missing { after switch clause";
		/* gc then skips to the body or its statements (see skip_body) */
		int t = token_of(tok);
		bool brace = msg_is(msg, "expecting {");
		if (kw != 0 && tok != YYSYMBOL_YYEOF && t != '}' && t != '{' && t != TOK_LBODY && !stmt_keyword(t) &&
		    (brace || (t != TOK_NAME && t != TOK_CASE && t != TOK_DEFAULT))) {
			p->skip_body = brace ? SKIP_BODY_BRACE : kw == TOK_SWITCH ? SKIP_BODY_SWITCH : SKIP_BODY_IF;
			p->skip_brace = t == ';' ? '{' : TOK_LBODY;
		}
	} else if (expects(&e, TOK_IF)) {
		msg = expects(&e, TOK_CASE) ? "expecting case or default or }" : "expecting }";
		if (c == CTX_BLOCK && !expects(&e, TOK_CASE) && !is_sym(tok, TOK_LBODY))
			p->close_block = true;
	} else if (c == CTX_BLOCK && expects(&e, ';') && !in_case_head(top, opener)) {
		msg = "at end of statement";
	} else if (expects(&e, ':') && in_case_head(top, opener)) {
		msg = "expecting :";
	} else if (expects(&e, TOK_CASE) && !expects(&e, TOK_LITERAL)) {
		msg = "expecting case or default or }";
	} else if (decl_keyword(sym_at(top)) && !is_sym(sym_at(top - 1), '(')) { /* not x.(type */
		msg = is_sym(sym_at(top), TOK_IMPORT) ? NULL : "expecting name";
		if (!msg)
			plain = "missing import path";
	} else if ((c == CTX_TOP || c == CTX_IMPORTS) && expects(&e, TOK_CONST)) {
		if (is_sym(tok, '{') && p->nobody_func)
			plain = "unexpected semicolon or newline before {";
		else
			plain = "non-declaration statement outside function body";
		p->advance_decl = true;
	} else if (expects(&e, TOK_LITERAL) && !((c == CTX_BLOCK || c == CTX_STRUCT) && expects(&e, ';'))) {
		msg = "expecting expression";
	} else if (expects(&e, ';')) {
		switch (c) {
		case CTX_BLOCK: msg = "at end of statement"; break;
		case CTX_TOP: msg = "after top level declaration"; break;
		case CTX_IMPORTS: msg = "expecting semicolon or newline"; break;
		case CTX_GROUP: msg = "in grouped declaration; possibly missing semicolon or newline or )"; break;
		case CTX_STRUCT: msg = "in struct type; possibly missing semicolon or newline or }"; break;
		case CTX_INTERFACE: msg = "in interface type; possibly missing semicolon or newline or }"; break;
		default: msg = "expecting semicolon or newline"; break;
		}
	} else if (expects(&e, ',') && c == CTX_ARGS) {
		msg = "in argument list; possibly missing comma or )";
		skip_to_closer(p, ctx, ')');
	} else if (expects(&e, ',') && c == CTX_PARAMS) {
		msg = "in parameter list; possibly missing comma or )";
	} else if (expects(&e, ',') && c == CTX_COMPLIT) {
		msg = "in composite literal; possibly missing comma or }";
		skip_to_closer(p, ctx, '}');
	} else if (expects(&e, TOK_NAME) && expects(&e, '*') && expects(&e, TOK_MAP)) {
		msg = "expecting type";
	} else if (expects(&e, TOK_NAME) && expects(&e, '(') && e.nexpected == 2) {
		msg = "expecting name or (";
	} else if (e.nexpected == 1) {
		msg = fe_sprintf(p->arena, "expecting %s", tokstring(token_of(e.expected[0])));
	} else if (c == CTX_INDEX) {
		msg = "expecting comma, : or ]";
	} else if (c == CTX_PAREN || c == CTX_ARGS || c == CTX_PARAMS) {
		msg = "expecting )";
	} else if (c == CTX_COMPLIT || c == CTX_BLOCK || c == CTX_STRUCT || c == CTX_INTERFACE) {
		msg = "expecting }";
	}

	if (plain)
		fe_syntax_error(p->diag, pos, "%s", plain);
	else if (!msg)
		fe_syntax_error(p->diag, pos, "unexpected %s", u);
	else if (strncmp(msg, "expecting", 9) == 0)
		fe_syntax_error(p->diag, pos, "unexpected %s, %s", u, msg);
	else
		fe_syntax_error(p->diag, pos, "unexpected %s %s", u, msg);
	if (call)
		fe_error(p->diag, pos, "%s", call);
	return 0;
}

/* ---- building the tree ---- */

static Node *binary_sel(Parser *p, Node *x, Pos dot, Node *sel)
{
	Node *n = mk(p, N_SELECTOR, dot);
	n->selector.x = x;
	n->selector.sel = sel;
	return n;
}

static Node *exprstmt(Parser *p, Node *x)
{
	Node *n = mk(p, N_EXPRSTMT, x->pos);
	n->unary.x = x;
	return n;
}

static Node *assign(Parser *p, NodeList lhs, int op, Pos pos, NodeList rhs)
{
	Node *n = mk(p, N_ASSIGN, pos);
	n->assign.lhs = lhs;
	n->assign.op = op;
	n->assign.rhs = rhs;
	return n;
}

/*
 * The condition of an if or for: an expression statement's expression.
 * gc's parser rejects other statements here ("cannot use x := 1 as value"),
 * and a missing condition after "init;".
 */
static Node *if_cond(Parser *p, Node *s, Pos semi, int semikind, bool have_semi)
{
	if (!s) {
		if (have_semi) {
			if (semikind != SEMI_SEMICOLON)
				fe_syntax_error(p->diag, semi, "unexpected %s, expecting { after if clause",
				                semikind == SEMI_NEWLINE ? "newline" : "EOF");
			else
				fe_syntax_error(p->diag, semi, "missing condition in if statement");
		}
		return NULL;
	}
	if (s->kind == N_EXPRSTMT)
		return s->unary.x;
	if (s->kind == N_ASSIGN && s->assign.op == '=')
		fe_syntax_error(p->diag, s->pos, "cannot use assignment (%s) = (%s) as value",
		                fe_list_string(p->arena, &s->assign.lhs), fe_list_string(p->arena, &s->assign.rhs));
	else
		fe_syntax_error(p->diag, s->pos, "cannot use %s as value", fe_node_string(p->arena, s));
	return NULL;
}

/* A switch is a type switch when its tag is x.(type) or v := x.(type). */
static Node *switch_stmt(Parser *p, Pos pos, Node *init, Node *tag, NodeList body, Pos rbrace)
{
	NodeKind k = N_SWITCH;
	Node *t = tag;
	if (tag && tag->kind == N_EXPRSTMT) {
		Node *x = tag->unary.x;
		if (x->kind == N_TYPEASSERT && !x->typeassert.type)
			k = N_TYPESWITCH;
		else
			t = x;
	} else if (tag && tag->kind == N_ASSIGN && tag->assign.op == TOK_DEFINE && tag->assign.lhs.len == 1 &&
	           tag->assign.rhs.len == 1 && tag->assign.lhs.v[0]->kind == N_IDENT &&
	           tag->assign.rhs.v[0]->kind == N_TYPEASSERT && !tag->assign.rhs.v[0]->typeassert.type) {
		k = N_TYPESWITCH;
	} else if (tag) {
		fe_syntax_error(p->diag, tag->pos, "cannot use %s as value", fe_node_string(p->arena, tag));
		t = NULL;
	}
	Node *n = mk(p, k, pos);
	n->switch_.init = init;
	n->switch_.tag = t;
	n->switch_.body = body;
	n->switch_.rbrace = rbrace;
	return n;
}

/* Where an expression starts in the source (gc's StartPos). */
static Pos start_pos(const Node *n)
{
	for (int guard = 0; n && guard < 100000; guard++) {
		switch (n->kind) {
		case N_SELECTOR: n = n->selector.x; continue;
		case N_INDEX: case N_BINARY: case N_KEYVALUE: n = n->binary.x; continue;
		case N_SLICEEXPR: n = n->slice.x; continue;
		case N_TYPEASSERT: n = n->typeassert.x; continue;
		case N_CALL: n = n->call.fun; continue;
		case N_COMPOSITE:
			if (n->composite.type) {
				n = n->composite.type;
				continue;
			}
			return n->pos;
		default: return n->pos;
		}
	}
	return n ? n->pos : (Pos){0};
}

/* One parameter entry: a name and a type, or one of them (grouped later). */
static Node *param(Parser *p, Node *name, Node *type)
{
	Node *f = mk(p, N_FIELD, name ? name->pos : type->pos);
	if (name)
		f->field.names = list1(p, name);
	f->field.type = type;
	return f;
}

/*
 * gc's paramList: if no entry has both a name and a type, every lone name
 * is a type.  Otherwise every entry needs a name and a type; a lone name
 * takes the type of the next entry that has one ("a, b int"), and what
 * remains is "mixed named and unnamed parameters".  Consecutive names of
 * one type become one N_FIELD.
 */
static NodeList params(Parser *p, NodeList entries)
{
	int named = 0;
	for (int i = 0; i < entries.len; i++)
		if (entries.v[i]->field.names.len && entries.v[i]->field.type)
			named++;
	if (named == 0) {
		for (int i = 0; i < entries.len; i++) {
			Node *f = entries.v[i];
			if (!f->field.type) {
				f->field.type = f->field.names.v[0];
				f->field.names = (NodeList){0};
			}
		}
		return entries;
	}
	Pos err = {0};
	Node *type = NULL;
	for (int i = entries.len - 1; i >= 0; i--) {
		Node *f = entries.v[i];
		if (f->field.type) {
			type = f->field.type;
			if (!f->field.names.len)
				err = start_pos(f->field.type);
		} else if (type) {
			f->field.type = type;
		} else {
			err = f->pos;
		}
	}
	if (err.line)
		fe_syntax_error(p->diag, err, "mixed named and unnamed parameters");
	NodeList out = {0};
	for (int i = 0; i < entries.len; i++) {
		Node *f = entries.v[i];
		Node *last = out.len ? out.v[out.len - 1] : NULL;
		if (last && f->field.names.len && last->field.names.len && f->field.type == last->field.type)
			fe_list_push(p->arena, &last->field.names, f->field.names.v[0]);
		else
			fe_list_push(p->arena, &out, f);
	}
	return out;
}

/* A composite literal.  Only a name, a qualified name or a type literal
 * may be its type (gc's complit_ok); anything else ends the expression
 * before the '{' in gc, which then complains about the '{'. */
static Node *complit(Parser *p, Node *type, Pos lbrace, NodeList elts, Pos rbrace)
{
	if (type) {
		Node *t = type;
		while (t->kind == N_PAREN)
			t = t->unary.x;
		switch (t->kind) {
		case N_IDENT: case N_SELECTOR: case N_INDEX:
		case N_ARRAYTYPE: case N_MAPTYPE: case N_STRUCTTYPE:
			if (t != type)
				fe_syntax_error(p->diag, lbrace, "cannot parenthesize type in composite literal");
			break;
		default:
			fe_syntax_error(p->diag, lbrace, "unexpected { at end of statement");
			break;
		}
	}
	Node *n = mk(p, N_COMPOSITE, lbrace);
	n->composite.type = type;
	n->composite.elts = elts;
	n->composite.rbrace = rbrace;
	return n;
}

/* go and defer take a call, written without parentheses around it. */
/*
 * <-x: a receive, unless x is a channel type, to which the <- belongs (gc's
 * parser re-associates it): <-(chan E) is <-chan E, and <-(chan<- E) is
 * <-chan (<-E), down the chain of send-only channels: <- chan <- chan int
 * is <-chan (<-chan int).  next is where the token after x is, where gc
 * reports a <- that cannot go anywhere.
 */
static Node *recv_or_chantype(Parser *p, Pos arrow, Node *x, Pos next)
{
	if (x->kind != N_CHANTYPE)
		return unary(p, N_UNARY, TOK_ARROW, arrow, x);
	int dir = CHAN_SEND;
	Node *t = x;
	while (dir == CHAN_SEND && t->kind == N_CHANTYPE) {
		dir = t->unary.op;
		if (dir == CHAN_RECV)   /* <-<-chan E */
			fe_syntax_error(p->diag, next, "unexpected <-, expecting chan");
		t->unary.op = CHAN_RECV;
		if (t == x)
			t->pos = arrow;
		t = t->unary.x;
	}
	if (dir == CHAN_SEND)   /* <-chan<- E, E no channel */
		fe_syntax_error(p->diag, next, "unexpected %s, expecting chan", fe_node_string(p->arena, t));
	return x;
}

static Node *call_stmt(Parser *p, NodeKind k, Pos pos, const char *what, Node *x)
{
	if (x->kind == N_PAREN) {
		fe_error(p->diag, x->pos, "expression in %s must not be parenthesized", what);
		while (x->kind == N_PAREN)
			x = x->unary.x;
	}
	if (x->kind != N_CALL) {
		/* gc assumes the parentheses were forgotten */
		fe_error(p->diag, x->pos, "expression in %s must be function call", what);
		Node *call = mk(p, N_CALL, x->pos);
		call->call.fun = x;
		x = call;
	}
	Node *n = mk(p, k, pos);
	n->unary.x = x;
	return n;
}

static Node *funcdecl(Parser *p, Pos pos, NodeList recv, bool method, Node *name, Node *type, Node *body)
{
	Node *n = mk(p, N_FUNCDECL, pos);
	if (method) {
		int count = 0;
		for (int i = 0; i < recv.len; i++)
			count += recv.v[i]->field.names.len ? recv.v[i]->field.names.len : 1;
		/* gc reports these where it notices, at the method name */
		if (count == 0)
			fe_error(p->diag, name->pos, "method has no receiver");
		else if (count > 1)
			fe_error(p->diag, name->pos, "method has multiple receivers");
		if (recv.len)
			n->func_.recv = recv.v[0];
	}
	n->func_.name = name;
	n->func_.type = type;
	n->func_.body = body;
	return n;
}

static Node *import_spec(Parser *p, Node *name, Node *path)
{
	Node *n = mk(p, N_IMPORT, name ? name->pos : path->pos);
	n->import.name = name;
	n->import.path = path;
	return n;
}

/* gc checks the path when it has read the token after it. */
static void check_import(Parser *p, Node *n, Pos next)
{
	Node *path = n->import.path;
	if (path->lit.kind != LIT_STRING) {
		fe_syntax_error(p->diag, next, "import path must be a string");
	} else if (!path->lit.bad) {
		if (path->lit.len == 1 && path->lit.str[0] == 'C')
			unsupported(p, path->pos, "cgo");
	}
}

/* ---- entry points ---- */

static Node *parse(FeDiag *d, Arena *a, const char *src, size_t len, bool std)
{
	Parser p = { .arena = a, .diag = d, .lazy_std = std };
	fe_lex_begin(&p, src, len);
	int errs = fe_syntax_error_count(d);
	int r = fe_yyparse(&p);
	fe_lex_end(&p);
	fe_pragma_finish(&p);
	/* other errors (the scanner's, misplaced directives) are gc's too:
	 * they do not stop it from type-checking */
	if (r != 0 || !p.file || p.unsupported || p.pkg_error || fe_syntax_error_count(d) > errs)
		return NULL;
	return p.file;
}

Node *fe_parse(FeDiag *d, Arena *a, const char *src, size_t len) { return parse(d, a, src, len, false); }
Node *fe_parse_std(FeDiag *d, Arena *a, const char *src, size_t len) { return parse(d, a, src, len, true); }

int fe_lex_all(FeDiag *d, Arena *a, const char *src, size_t len, FeToken **out)
{
	Parser p = { .arena = a, .diag = d };
	fe_lex_begin(&p, src, len);
	FeToken *v = NULL;
	int n = 0, cap = 0;
	for (;;) {
		FE_YYSTYPE lval;
		FE_YYLTYPE lloc;
		memset(&lval, 0, sizeof lval);
		int t = fe_lex_next(&p, &lval, &lloc);
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			FeToken *w = fe_alloc(a, (size_t)cap * sizeof *w);
			if (n)
				memcpy(w, v, (size_t)n * sizeof *w);
			v = w;
		}
		FeToken *k = &v[n++];
		k->tok = t;
		k->pos = lloc.pos;
		if (t == ';')
			k->text = lval.semi == SEMI_SEMICOLON ? ";" : lval.semi == SEMI_NEWLINE ? "newline" : "EOF";
		else if (t == TOK_LBODY)
			k->text = "{";
		else if (p.tok_text)
			k->text = fe_strndup(a, p.tok_text, p.tok_len);
		else
			k->text = "EOF";
		k->node = (t == TOK_NAME || t == TOK_LITERAL) ? lval.node : NULL;
		if (t == TOK_YYEOF || n > (int)len + 16)
			break;
	}
	fe_lex_end(&p);
	*out = v;
	return n;
}
