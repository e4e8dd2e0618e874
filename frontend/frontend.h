/*
 * frontend.h - the frontend's table of contents, and the compiler's base.
 *
 * The frontend turns one mini-Go file into a typed, resolved AST.  Later
 * stages (escape/, codegen/) include this header and nothing else from
 * frontend/.  Sections follow the files:
 *
 *   arena.c   compiler memory: bump arenas, never freed piecemeal
 *   diag.c    gc-style diagnostics: FILE:LINE:COL: msg, sorted, at most 10
 *   lexer.l   tokens and Go's automatic semicolons (flex, reentrant)
 *   parser.y  the grammar (bison, pure) building the AST below
 *   ast.c     node constructors and the -d=ast dump
 *   check*.c  the type checker (issue 3) filling the semantic slots
 *
 * Positions are gc's: 1-based line, 1-based byte column (a tab is one
 * column), and each node's pos is the one gc's syntax package gives the same
 * construct (the '(' of a call, the '{' of a composite literal, the operator
 * of a binary expression, the '.' of a selector, the '[' of an index, ...),
 * because escape diagnostics print node positions and must match gc's.
 */
#ifndef MINIGO_FRONTEND_H
#define MINIGO_FRONTEND_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/base.h"

/* ---- arena.c ---- */

typedef struct Arena Arena;

Arena *fe_arena_new(void);
void fe_arena_free(Arena *a);                          /* the whole arena at once */
void *fe_alloc(Arena *a, size_t size);                 /* zeroed, 16-byte aligned */
/* v (n elements of elem bytes, room for *cap) with room for one more:
 * itself, or a copy twice as large (first elements at the start). */
void *fe_grow(Arena *a, void *v, int n, int *cap, size_t elem, int first);
/* Appends the last argument (commas allowed, as in compound literals) to the arena array v of len elements (room for cap). */
#define FE_PUSH(a, v, len, cap, ...) do { (v) = fe_grow((a), (v), (len), &(cap), sizeof *(v), 8); (v)[(len)++] = (__VA_ARGS__); } while (0)
char *fe_strndup(Arena *a, const char *s, size_t n);   /* NUL-terminated copy */
char *fe_sprintf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- diag.c ---- */

typedef struct Pos {
	int32_t line; /* 1-based; 0 = no position */
	int32_t col;  /* 1-based byte column */
	int32_t file; /* the file's index in its package's FeDiag (fe_diag_add_file); 0 = the first */
} Pos;

/*
 * Errors are collected, then printed sorted by position on fe_flush_errors,
 * the way gc does: one syntax error per line, identical lines once, and
 * after 10 errors "too many errors".  Reaching the limit stops compilation
 * at the next fe_flush_errors.  One FeDiag per compilation (Comp.diag),
 * passed to whoever reports.
 */
typedef struct FeDiag FeDiag;
FeDiag *fe_diag_new(const char *filename, bool json);
void fe_diag_free(FeDiag *d);
void fe_diag_all_errors(FeDiag *d, bool all);             /* -e: no limit of 10 */
const char *fe_filename(FeDiag *d);                       /* the first file's name */
/* Registers the next file of the package (name as positions print it) and
 * makes it the one fe_parse stamps positions with; returns its index.  The
 * file named at fe_diag_new is index 0. */
int fe_diag_add_file(FeDiag *d, const char *name);
int fe_diag_current_file(FeDiag *d);
const char *fe_pos_file(FeDiag *d, Pos pos);              /* pos's file's name */
/* A line printed once, before the first diagnostic or -m line (go build's "# PKGPATH"). */
void fe_diag_header(FeDiag *d, const char *header);
/* "FILE:LINE:COL" as gc prints a position: its positions hold columns up
 * to 254 and lines up to 1048574; a wider column, or any column on a line
 * that saturated, is left out ("FILE:LINE").  Into an arena. */
const char *fe_pos_string(FeDiag *d, Arena *a, Pos pos);
/* A //line directive taking effect at `at` (lexer.l): file[:len] (or, if
 * same_file, the name in effect), line, and col (0: none). */
void fe_line_directive(FeDiag *d, Pos at, const char *file, size_t len, bool same_file, int line, int col);
/* The file and position pos has once //line directives apply (the file's
 * own name and pos itself when none does). */
const char *fe_pos_where(FeDiag *d, Pos pos, Pos *out);
void fe_error(FeDiag *d, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void fe_syntax_error(FeDiag *d, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int fe_error_count(FeDiag *d);
int fe_syntax_error_count(FeDiag *d);                     /* "syntax error: ..." reported */
/* Errors reported after a barrier sort after all those before it (gc's
 * later flushes). */
void fe_error_barrier(FeDiag *d);
bool fe_too_many_errors(FeDiag *d);                       /* the 10th error was reported */
int fe_flush_errors(FeDiag *d);                           /* prints, returns how many */
/* An internal compiler error ends the process; it is reported at pos in
 * the compilation whose FeDiag was made last. */
_Noreturn void fe_ice(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void fe_ice_diag(FeDiag *d);   /* the diagnostics whose files fe_ice's positions name (NULL: the last made) */
/* -m lines: "FILE:LINE:COL: msg" on stderr, in emission order (not sorted). */
void fe_note(FeDiag *d, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Sends -m lines to fn (msg is only valid during the call) instead of
 * stderr; NULL restores printing. */
typedef void FeNoteSink(Pos pos, const char *msg, void *ctx);
void fe_note_sink(FeDiag *d, FeNoteSink *fn, void *ctx);

/* ---- ast.c ---- */

typedef struct Node Node;
typedef struct Type Type;     /* frontend/types.c (issue 3) */
typedef struct Object Object; /* a declared entity: var, const, type, func, package, label */
typedef struct Const Const;   /* an exact constant value */
typedef struct Scope Scope;   /* a block of declarations (check.c) */

typedef struct NodeList {
	Node **v;
	int len, cap;
} NodeList;

/*
 * One compilation: what the driver read and was asked for, and what the
 * checker found for the stages after it.  Passed explicitly from the
 * checker on (ir_build, esc_analyze, cg_bounded, cg_lower, compare).
 */
typedef struct Comp {
	Arena *a;
	const char *path;     /* the source file, as named on the command line */
	const char *src;      /* its bytes (need not be NUL-terminated) */
	size_t len;
	FeDiag *diag;         /* where its errors and -m lines go */
	int m;                /* -m level: 0 no report, 2 with the explanations */
	bool json;            /* -json: the report as JSON lines */
	/* fe_check: the package-level variables in initialization order (Go's
	 * dependency rules), each the N_VARSPEC to run (a spec with a
	 * multi-value initializer appears once) */
	NodeList init_order;
	/* the package compiled: NULL for package main (its names print
	 * unqualified); another package's objects carry it (Object.pkg) */
	struct Package *pkg;
	/* the package path gc's -p would get (go build passes it; NULL when
	 * compiling a lone file, as go tool compile FILE.go) */
	const char *pkgpath;
	/* read from the package's export data (export/): the bodies of its
	 * larger functions stripped (their code is in its cached object),
	 * its imports possibly unused; introspects: its code calls
	 * runtime.Caller or friends (which cg_introspects cannot see) */
	bool from_export;
	bool introspects;
	/* gc's -l=4 on this package: a call the inliner cannot inline costs
	 * its caller 1 instead of 57 */
	bool cheap_calls;
} Comp;

void fe_list_push(Arena *a, NodeList *l, Node *n);

/*
 * Node kinds.  Types in expression position are expressions too: the parser
 * cannot tell T(x) from f(x) or []int{1} from a[i]{...}, so it builds one
 * tree and the checker decides (as gc's syntax package does).
 */
typedef enum NodeKind {
	N_BAD,
	/* expressions */
	N_IDENT,      /* ident.name */
	N_BASICLIT,   /* lit: INT FLOAT IMAG CHAR STRING */
	N_COMPOSITE,  /* composite.type (may be NULL inside an outer literal), .elts; pos '{' */
	N_KEYVALUE,   /* binary.x : binary.y; pos ':' */
	N_FUNCLIT,    /* func_.type, func_.body; pos 'func' */
	N_PAREN,      /* unary.x */
	N_SELECTOR,   /* selector.x . selector.sel; pos '.' */
	N_INDEX,      /* binary.x [ binary.y ]; pos '[' */
	N_SLICEEXPR,  /* slice.x [lo:hi:max]; pos '[' */
	N_TYPEASSERT, /* typeassert.x .( typeassert.type ); type NULL for .(type); pos '.' */
	N_CALL,       /* call.fun ( call.args ... ); pos '(' */
	N_STAR,       /* unary.x: *x, pointer type or dereference; pos '*' */
	N_UNARY,      /* unary.op unary.x: + - ! ^ & <-; pos the operator */
	N_BINARY,     /* binary.x binary.op binary.y; pos the operator */
	N_CONVIFACE,  /* IR only (ir/irgen.c): unary.x implicitly converted to interface
	                 type `type` (gc's OCONVIFACE); pos where gc's noder puts it */
	/* type expressions */
	N_ARRAYTYPE,  /* array.len (NULL: slice type; N_ELLIPSIS: [...]T) array.elem; pos '[' */
	N_STRUCTTYPE, /* fields: list of N_FIELD */
	N_FUNCTYPE,   /* functype.params, .results: lists of N_FIELD */
	N_INTERFACETYPE, /* fields: N_FIELD with names (methods) or without (embedded) */
	N_MAPTYPE,    /* binary.x = key, binary.y = value */
	N_CHANTYPE,   /* unary.x: the element type, unary.op its direction: CHAN_BOTH,
	                 CHAN_RECV (<-chan T) or CHAN_SEND (chan<- T); pos 'chan' or '<-' */
	N_ELLIPSIS,   /* unary.x: ...T in params (x may be NULL in [...]T) */
	N_FIELD,      /* field.names (N_IDENT list, empty = anonymous/embedded), .type, .tag */
	/* statements */
	N_DECLSTMT,   /* decl.specs: const/var/type specs */
	N_EMPTYSTMT,
	N_LABELED,    /* labeled.label (N_IDENT), labeled.stmt (N_EMPTYSTMT for `L: }`); pos ':' as gc */
	N_EXPRSTMT,   /* unary.x; pos x's pos */
	N_INCDEC,     /* incdec.x, incdec.op ('+' or '-'); pos the operator */
	N_SEND,       /* binary.x <- binary.y (channel, value); pos '<-' */
	N_ASSIGN,     /* assign.lhs op assign.rhs; op '=' TOK_DEFINE or an arithmetic op for op=; pos the operator */
	N_GOSTMT,     /* unary.x: the call */
	N_DEFER,      /* unary.x: the call */
	N_RETURN,     /* ret.results */
	N_BRANCH,     /* branch.tok: BREAK CONTINUE GOTO FALLTHROUGH; branch.label may be NULL */
	N_BLOCK,      /* block.stmts; pos '{', block.rbrace '}' */
	N_IF,         /* if_.init, .cond, .then (N_BLOCK), .els (N_IF, N_BLOCK or NULL) */
	N_CASECLAUSE, /* caseclause.exprs (empty: default), .body; pos 'case' / 'default' */
	N_SWITCH,     /* switch_.init, .tag (may be NULL), .body: N_CASECLAUSE list */
	N_TYPESWITCH, /* switch_.init, .tag = N_ASSIGN (v := x.(type)) or N_EXPRSTMT (x.(type)), .body */
	N_FOR,        /* for_.init, .cond, .post, .body */
	N_RANGE,      /* range.key, .value (may be NULL), .define, .x, .body; pos 'range' */
	N_SELECTSTMT, /* switch_.body: N_CASECLAUSE list, each caseclause.exprs empty (default)
	                 or one comm statement: N_SEND, N_EXPRSTMT of a receive, or N_ASSIGN
	                 whose one right-hand side is a receive; pos 'select' */
	/* declarations */
	N_IMPORT,     /* import.name (NULL, "_" or "." or a name), import.path (N_BASICLIT) */
	N_CONSTSPEC,  /* spec.names, .type, .values, .iota; consts may repeat the previous spec's values */
	N_VARSPEC,    /* spec.names, .type, .values */
	N_TYPESPEC,   /* typespec.name, .type, .alias (type A = B) */
	N_FUNCDECL,   /* func_.recv (N_FIELD or NULL), func_.name, func_.type, func_.body (NULL: no body);
	                 pos: the token after 'func' (name or receiver '('), as gc; type's pos is its '(' */
	N_FILE,       /* file.pkgname, file.imports, file.decls (specs and N_FUNCDECLs); pos 'package' */
	N_INLCALL,    /* IR only (inline/): a call inlined, gc's OINLCALL; an expression of
	                 the call's type.  inlcall.init (N_BLOCK): the receiver into the call's
	                 IrRewrite tmp when it has one (`tmp = x`, tmp declared by codegen), the
	                 callee's parameters declared
	                 from the arguments (`recv, p1, p2 := x, a1, a2`, blank `_` for unnamed ones)
	                 and its results declared (`var ~R0 T`); .body (N_BLOCK): a copy of the
	                 callee's body, each return made `~R0, ... = values; goto .iN`, ending in the
	                 label .iN; .results: uses of the result variables (its value); .call: the
	                 original N_CALL (not a child), .callee its N_FUNCDECL; pos the call's */
	N_KIND_COUNT
} NodeKind;

/*
 * Operators and token kinds in nodes (binary.op, unary.op, assign.op,
 * branch.tok, decl.tok) are parser token codes: a character for the
 * one-character operators ('+', '<', '!', ...) and TOK_ constants from
 * "frontend/parser.h" for the others (TOK_ANDAND, TOK_SHL, TOK_ARROW,
 * TOK_DEFINE, TOK_BREAK, TOK_CONST, ...).  fe_token_name spells them.
 * N_UNARY ops: + - ! ^ & ~ TOK_ARROW.  N_ASSIGN op: '=', TOK_DEFINE, or for
 * op= the operator ('+' for +=, TOK_SHL for <<=, TOK_ANDNOT for &^=).
 */

/* Basic literal kinds. */
typedef enum { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;

struct Node {
	NodeKind kind;
	Pos pos;

	/* Semantic slots, filled by the checker (NULL/0 until then). */
	Type *type;     /* type of an expression, or the type a type expression denotes */
	Const *val;     /* constant value of a constant expression */
	Object *obj;    /* N_IDENT: the object it denotes or declares */
	int mode;       /* checker's operand mode (value, type, constant, builtin, ...) */
	int sub;        /* N_CALL: CallKind; N_SELECTOR: SelKind (see check.c's section) */
	Type *convto;   /* implicit conversion of this value to an interface type, or NULL;
	                   irgen turns each into an N_CONVIFACE node and clears it */
	int *path;      /* N_SELECTOR: field indices through embedded fields */
	int npath;

	/* Later stages' slots. */
	struct IrFunc *irfn;      /* N_FUNCDECL, N_FUNCLIT: the function (ir/ir.h) */
	struct IrRewrite *rw;     /* calls, returns, assignments typecheck rewrote (ir/ir.h) */
	bool walked;    /* a call escape has reached: gc's callCommon rewrote it (escape/call.c) */
	struct IrVerdict *esc;    /* escape's verdict on an allocation site or variable (ir/ir.h) */
	struct IrVerdict *dots;   /*   and on a variadic call's implicit `...` slice */
	void *aux;      /* stage-private */

	union {
		struct { const char *name; } ident;
		struct {
			LitKind kind;
			const char *raw;   /* source text, as written (gc prints constants by it) */
			const char *str;   /* LIT_STRING: decoded bytes (may hold NULs) */
			size_t len;        /*   and their count */
			int32_t rune;      /* LIT_CHAR: the decoded code point */
			bool bad;          /* malformed; the lexer reported it */
		} lit;
		struct { Node *x, *y; int op; } binary;
		struct { Node *x; int op; } unary;
		struct { Node *type; NodeList elts; Pos rbrace; } composite;
		struct { Node *type; Node *body; Node *recv; Node *name;
			 unsigned pragmas; bool generic;
			 bool stripped;          /* export data left its body out (export/) */
			 int inlstate;   /* inline/: 0 unknown, 1 inlinable (inlcost), 2 not */
			 int inlcost;
			 const char *inlreason;  /* why not (-m=2) */
			 Node *inlbody;  /* inline/calls.c: the declaration as CanInline
			                  * saw it, copied before calls were inlined
			                  * into it (gc's fn.Inl.Body) */
			 const char *esctags; } func_;   /* pragmas: FE_FUNC_* (pragma.c); esctags:
			                                    the parameters' escape tags from export data */
		struct { Node *x; Node *sel; } selector;
		struct { Node *x; Node *lo, *hi, *max; bool full; } slice;
		struct { Node *x; Node *type; } typeassert;
		struct { Node *fun; NodeList args; bool dots; } call;  /* dots: f(xs...) */
		struct { Node *len; Node *elem; } array;
		struct { NodeList fields; } fields;                   /* struct, interface */
		struct { NodeList params, results; } functype;
		struct { NodeList names; Node *type; Node *tag; bool embedded; } field;
		struct { int tok; NodeList specs; } decl;             /* tok: CONST VAR TYPE */
		struct { Node *label; Node *stmt; } labeled;
		struct { Node *x; int op; } incdec;
		struct { NodeList lhs, rhs; int op; } assign;
		struct { NodeList results; } ret;
		struct { int tok; Node *label; } branch;
		struct { NodeList stmts; Pos rbrace; } block;
		struct { Node *init, *cond, *then, *els; } if_;
		struct { NodeList exprs; NodeList body; Pos colon; } caseclause;
		struct { Node *init, *tag; NodeList body; Pos rbrace; } switch_;
		struct { Node *init, *cond, *post, *body; } for_;
		struct { Node *key, *value, *x, *body; bool define; Pos assign;
			 Node *extra; Pos forpos; } range;   /* extra: a third variable, for the error */
		struct { Node *name; Node *path; } import;
		struct { NodeList names; Node *type; NodeList values; int iota; bool implicit; } spec;
		struct { Node *name; Node *type; bool alias; bool generic; } typespec;
		struct { Node *pkgname; NodeList imports; NodeList decls;
			 struct FePragma *pragmas; int npragmas;
			 NodeList setaside; } file;  /* fe_parse_std: the generic declarations' names */
		struct { Node *init, *body; NodeList results; Node *call, *callee;
			 void *srcpos; /* inline/calls.c: (BsMap *) a node of the copy -> its Pos
			                * in the callee, which place() replaced (codegen's
			                * debug locations of the inlined frame) */ } inlcall;
	};
};

Node *fe_node(Arena *a, NodeKind kind, Pos pos);
const char *fe_kind_name(NodeKind kind);
const char *fe_token_name(int tok);           /* "+", "==", "break", ... as gc spells them */
void fe_dump_ast(FILE *out, const Node *n);   /* -d=ast: an indented tree with positions */
/* n without its parentheses. */
Node *fe_unparen(Node *n);
int fe_const_cond(Node *n);     /* gc's deadcode folding of a condition: 1, 0, or -1 (not constant) */
/* Is n (parenthesised or not) the blank identifier? */
bool fe_is_blank(Node *n);
/* The type reached from selector sel's operand after steps indices of its
 * path (the embedded fields walked, through pointers). */
Type *fe_path_type(const Node *sel, int steps);
/* Calls fn on each child of n (the ones -d=ast shows), in source order. */
void fe_each_child(Node *n, void (*fn)(Node *kid, void *ctx), void *ctx);
/* The same, with the place that holds each child, for passes that replace them. */
void fe_each_slot(Node *n, void (*fn)(Node **slot, void *ctx), void *ctx);
/* Go source text of an expression or simple statement, as gc's syntax
 * printer writes it in messages ("x := 1", "f(a, b)"); long or deep
 * expressions are abbreviated. */
const char *fe_node_string(Arena *a, const Node *n);
const char *fe_list_string(Arena *a, const NodeList *l);   /* "a, b" */

/* ---- pragma.c ---- */

/* A //go: directive that passed the lexer's checks, and the declaration
 * that took it (NULL: cleared, already reported as misplaced). */
typedef struct FePragma {
	Pos pos;          /* of the text after "//", where gc reports it */
	unsigned flags;   /* the gc pragma flags it sets (pragma.c) */
	bool embed;       /* //go:embed with patterns */
	bool linkname;    /* //go:linkname: never taken, judged at the end */
	const char *local, *remote;  /* //go:linkname local [remote] (remote NULL: not given) */
	Node *decl;       /* N_FILE, N_IMPORT, N_CONSTSPEC, N_VARSPEC, N_TYPESPEC, N_FUNCDECL */
} FePragma;

/* After a clean type check: what the taking declarations do not allow,
 * as gc's irgen reports it. */
void fe_pragma_check(FeDiag *d, Arena *a, Node *file, Scope *pkgscope, const char *pkgpath);
/* The directives of a func declaration that later stages act on, in its
 * func_.pragmas (set by fe_pragma_check). */
enum { FE_FUNC_NOESCAPE = 1 << 0, FE_FUNC_UINTPTRESCAPES = 1 << 1, FE_FUNC_NOINLINE = 1 << 2,
       FE_FUNC_CGOUNSAFEARGS = 1 << 3, FE_FUNC_UINTPTRKEEPALIVE = 1 << 4, FE_FUNC_YESWRITEBARRIERREC = 1 << 5 };

/* ---- sizes.c ---- */

/* After a clean type check: arrays too large for the address space, as
 * gc's back end reports them when it lays out the declared types. */
void fe_check_sizes(FeDiag *d, Arena *a, Node *file);

/* ---- parser.y ---- */

/*
 * Parses a whole file.  Returns the N_FILE node, or NULL when there were
 * syntax errors (already reported through diag.c).  src need not be
 * NUL-terminated and may contain any bytes.
 */
Node *fe_parse(FeDiag *d, Arena *a, const char *src, size_t len);
/* A file of GOROOT's std: its top-level declarations outside the subset
 * (generic: sync/atomic's Pointer[T]; channels, select, go: io.Pipe) are
 * left out of decls and named in file.setaside, declared by the checker as
 * "not supported by minigo" where used; methods among them are dropped. */
Node *fe_parse_std(FeDiag *d, Arena *a, const char *src, size_t len);
/* setaside.c: after fe_parse_std of a package's files, sets aside every
 * declaration that mentions a set-aside one (named in file.setaside too). */
void fe_set_aside_closure(Arena *a, Node **files, int n);

/*
 * The token stream, for tests: every token up to and including the end
 * (tok 0).  tok is a parser token code: a character ('+', ';', ...) or a
 * TOK_ constant of frontend/parser.h (TOK_NAME, TOK_LBODY, ...).  text is the
 * source text, or for ';' one of ";", "newline", "EOF".  Lexical errors go
 * to diag.c as usual.
 */
typedef struct FeToken {
	int tok;
	Pos pos;
	const char *text;
	Node *node;    /* TOK_NAME, TOK_LITERAL: the N_IDENT / N_BASICLIT */
} FeToken;
int fe_lex_all(FeDiag *d, Arena *a, const char *src, size_t len, FeToken **out);

/* ---- types.c, const.c, universe.c, packages.c, check*.c ---- */

/*
 * The checker's products.  After fe_check succeeds:
 *
 *   every expression node has   type  (its type; for an untyped constant the
 *                                      type it was finally converted to, or
 *                                      its default type)
 *                               mode  (Mode below)
 *                               val   (constant expressions only)
 *   every N_IDENT has           obj   (the Object it declares or denotes)
 *   every type expression has   type  (the type it denotes), mode MODE_TYPE
 *
 * and these refinements for later stages:
 *
 *   N_CALL      sub = CallKind; a conversion T(x) is CALL_CONV, a builtin
 *               call CALL_BUILTIN with the builtin's id in obj->builtin of
 *               call.fun's (unparenthesised) identifier, also copied into
 *               the N_CALL's obj.  CALL_METHOD / CALL_IFACE: call.fun is the
 *               N_SELECTOR of the method.
 *   N_SELECTOR  sub = SelKind; path/npath list the field indices walked,
 *               the embedded ones first (for a promoted field or method;
 *               for a field the last index is the field itself, for a
 *               method the path ends at the receiver); obj is the method's
 *               Object (SEL_METHOD*, SEL_IFACE*) or the package member
 *               (SEL_PKG).  Implicit dereferences and &x for pointer
 *               receivers are read off the types along the path.
 *   any expr    convto != NULL: the value is implicitly converted to the
 *               interface type convto where it is used (gc's implicit
 *               OCONVIFACE): assignments, arguments, returns, composite
 *               literal elements, map keys, comparisons with an interface,
 *               append's elements, panic's argument.  The node's own type
 *               stays the concrete (or defaulted) type.
 */
#include <gmp.h>

/* Operators, independent of the parser's token numbers: fe_op(tok). */
typedef enum FeOp {
	OP_NONE,
	OP_ADD, OP_SUB, OP_MUL, OP_QUO, OP_REM,
	OP_AND, OP_OR, OP_XOR, OP_ANDNOT, OP_SHL, OP_SHR,
	OP_LAND, OP_LOR,
	OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ,
	OP_NOT, OP_ADDR, OP_ARROW,
	OP_COUNT
} FeOp;
FeOp fe_op(int tok);                 /* a parser token as an operator (OP_NONE if none) */
const char *fe_op_string(FeOp op);   /* "+", "&^", "&&", ... */

/* -- const.c: exact constants, as go/constant -- */

typedef enum ConstKind { CONST_UNKNOWN, CONST_BOOL, CONST_STRING, CONST_INT, CONST_FLOAT, CONST_COMPLEX } ConstKind;

struct Const {
	ConstKind kind;
	bool b;               /* CONST_BOOL */
	const char *s;        /* CONST_STRING: bytes (may hold NULs) */
	size_t len;
	mpz_t i;              /* CONST_INT: exact integer */
	mpq_t f;              /* CONST_FLOAT: exact rational (limbs live in GMP's heap) */
	bool big;             /* CONST_FLOAT held in g instead: too large or small for f */
	mpf_t g;              /* CONST_FLOAT, big: 512-bit binary float, as go/constant's floatVal */
	const Const *re, *im; /* CONST_COMPLEX: its parts, each CONST_INT or CONST_FLOAT */
};

Const *fe_const_bool(Arena *a, bool b);
Const *fe_const_string(Arena *a, const char *s, size_t len);
Const *fe_const_int64(Arena *a, int64_t v);
Const *fe_const_uint64(Arena *a, uint64_t v);
Const *fe_const_float64(Arena *a, double v);
Const *fe_const_unknown(Arena *a);
/* A literal's value (LIT_INT, LIT_FLOAT, LIT_CHAR, LIT_STRING); NULL if malformed. */
Const *fe_const_lit(Arena *a, const Node *lit);
Const *fe_const_to_int(Arena *a, const Const *x);     /* NULL unless exactly integral */
Const *fe_const_to_float(Arena *a, const Const *x);   /* NULL unless numeric (complex: zero imaginary part) */
Const *fe_const_to_complex(Arena *a, const Const *x); /* NULL unless numeric */
Const *fe_const_complex(Arena *a, const Const *re, const Const *im);
Const *fe_const_real(Arena *a, const Const *x);       /* go/constant's Real and Imag */
Const *fe_const_imag(Arena *a, const Const *x);
/* x op y for OP_ADD..OP_ANDNOT, OP_LAND, OP_LOR; intdiv: OP_QUO truncates.
 * Both operands of the same kind (ints, floats) or bools/strings; NULL on
 * division by zero. */
Const *fe_const_binary(Arena *a, FeOp op, const Const *x, const Const *y, bool intdiv);
Const *fe_const_unary(Arena *a, FeOp op, const Const *x, int unsigned_bits); /* - + ! ^ (^ on a width for unsigned) */
Const *fe_const_shift(Arena *a, FeOp op, const Const *x, unsigned long s);
bool fe_const_compare(const Const *x, FeOp op, const Const *y);
uint64_t fe_const_hash(const Const *x);  /* equal values (fe_const_compare) hash alike */
int fe_const_sign(const Const *x);
bool fe_const_is_int64(const Const *x, int64_t *out);
bool fe_const_is_uint64(const Const *x, uint64_t *out);
size_t fe_const_bitlen(const Const *x);               /* integers */
double fe_const_to_double(const Const *x, bool *exact_inf);   /* correctly rounded; *exact_inf: overflow */
double fe_const_to_float32(const Const *x, bool *overflow);   /* rounded to float32, as double */
/* go/constant's String(): ints in full, floats %.6g, strings quoted (max 72). */
const char *fe_const_str(Arena *a, const Const *x);

/* -- types.c -- */

typedef enum TypeKind {
	TY_INVALID,
	TY_BOOL,
	TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64,
	TY_COMPLEX64, TY_COMPLEX128,
	TY_STRING,
	TY_UNSAFEPTR,
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT, TY_UNTYPED_COMPLEX,
	TY_UNTYPED_STRING, TY_UNTYPED_NIL,
	TY_PTR, TY_ARRAY, TY_SLICE, TY_MAP, TY_CHAN, TY_STRUCT, TY_FUNC,
	TY_INTERFACE,
	TY_NAMED,   /* a defined type: obj, underlying, methods */
	TY_TUPLE,   /* results of a multi-value call (elems in results) */
	TY_KIND_COUNT
} TypeKind;

typedef struct Field {
	const char *name;     /* for an embedded field, the type's name */
	Type *type;
	bool embedded;
	Pos pos;
	int64_t offset;       /* set by fe_layout */
	const char *tag;      /* the field's tag, or NULL; part of the struct's identity */
	size_t taglen;
} Field;

/* An interface method, or a method in a method set. */
typedef struct Method {
	const char *name;
	Type *sig;            /* TY_FUNC without the receiver */
	Object *obj;          /* the method's Object (OBJ_FUNC) */
	Pos pos;
} Method;

typedef struct Package Package;

struct Type {
	TypeKind kind;
	const char *basic_name;   /* predeclared types: "int", "byte", "untyped int", ... */
	Type *elem;               /* PTR ARRAY SLICE MAP(value) CHAN */
	int dir;                  /* CHAN: CHAN_RECV, CHAN_SEND or CHAN_BOTH (reflect.ChanDir's values) */
	Type *key;                /* MAP */
	int64_t len;              /* ARRAY; -1 while unknown */
	Field *fields;            /* STRUCT */
	int nfields;
	Type **params;            /* FUNC */
	int nparams;
	Type **results;           /* FUNC, TUPLE */
	int nresults;
	bool variadic;            /* FUNC: last param is ...T, stored as []T */
	const char **pnames;      /* FUNC: parameter/result names for printing (NULL: none) */
	const char **rnames;
	Object *recv;             /* FUNC of a method: its receiver variable */
	Method *imethods;         /* INTERFACE: the complete method set, sorted by name */
	int nimethods;
	Method *explicit_;        /* INTERFACE: the methods written in it, in order (printing) */
	int nexplicit;
	Type **embeds;            /* INTERFACE: embedded interfaces, in order */
	int nembeds;
	bool complete;            /* INTERFACE: imethods computed */
	Object *obj;              /* NAMED: its type name */
	Type *underlying;         /* NAMED: its underlying type (NULL while being declared) */
	Object **methods;         /* NAMED: declared methods (OBJ_FUNC), in source order */
	int nmethods;
	/* layout (fe_layout): amd64 sizes */
	int64_t size, align, ptrdata;   /* size -1 until computed */
	uint8_t *gcmask;          /* 1 bit per pointer-sized word below ptrdata; fe_gcmask */
	int8_t comparable_, hashable_;  /* 0 unknown, 1 yes, -1 no (cached) */
	int id;                   /* creation order (stable dumps) */
};

/* Predeclared types, indexed by kind; fe_type_byte / fe_type_rune are the aliases. */
extern Type *fe_types[TY_KIND_COUNT];
extern Type *fe_type_byte, *fe_type_rune, *fe_type_error, *fe_type_any;
extern Type *fe_type_emptyiface;   /* interface{} as types2 prints it (panic, recover) */

void fe_types_init(void);    /* the predeclared types; idempotent */
Type *fe_type_new(Arena *a, TypeKind kind);
Type *fe_type_ptr(Arena *a, Type *elem);
Type *fe_type_slice(Arena *a, Type *elem);
Type *fe_type_array(Arena *a, Type *elem, int64_t len);
Type *fe_type_map(Arena *a, Type *key, Type *elem);
Type *fe_type_chan(Arena *a, int dir, Type *elem);
enum { CHAN_RECV = 1, CHAN_SEND = 2, CHAN_BOTH = 3 };
Type *fe_type_func(Arena *a, Type **params, int np, Type **results, int nr, bool variadic);
Type *fe_type_tuple(Arena *a, Type **elems, int n);
Type *fe_type_struct(Arena *a, Field *fields, int n);
/* An interface from explicit methods and embedded interfaces; fe_complete_interface
 * computes its method set (errors: duplicate method). */
Type *fe_type_interface(Arena *a, Method *ms, int nm, Type **embeds, int ne);
Type *fe_type_named(Arena *a, Object *obj, Type *underlying);
void fe_complete_interface(Type *t);     /* computes imethods (embedded interfaces) */
/* Completes every interface made since the last call (complete: after a
 * clean check), and forgets them. */
void fe_complete_interfaces(bool complete);
/* Does an interface type of the program declare a method of this name? */
bool fe_iface_method_name(const char *name);
/* Does the program call Method or MethodByName through reflect? */
void fe_note_reflect_methods(void);
bool fe_reflect_methods(void);

Type *fe_under(Type *t);                 /* underlying type (itself unless NAMED) */
bool fe_identical(Type *x, Type *y);
/* Identity with struct tags ignored, as conversions judge it. */
bool fe_identical_ignore_tags(Type *x, Type *y);
bool fe_is_untyped(Type *t);
bool fe_is_integer(Type *t);             /* of the underlying type; untyped int/rune too */
bool fe_is_unsigned(Type *t);
bool fe_is_float(Type *t);
bool fe_is_complex(Type *t);
bool fe_is_numeric(Type *t);
bool fe_is_string(Type *t);
bool fe_is_boolean(Type *t);
bool fe_is_interface(Type *t);
bool fe_is_const_type(Type *t);          /* boolean, numeric or string */
Type *fe_default_type(Type *t);          /* untyped -> default; others unchanged */
bool fe_comparable(Type *t);             /* == defined (interfaces: yes) */
bool fe_hashable(Type *t);               /* usable as a map key: comparable */
bool fe_has_pointers(Type *t);
/* Are values of t stored in an interface's data word as they are
 * (pointer-shaped: gc's IsDirectIface), rather than boxed? */
bool fe_is_direct_iface(Type *t);

/* Layout on amd64 (gc's rules: trailing zero-size field padding, ...). */
void fe_layout(Type *t);
int64_t fe_sizeof(Type *t);
int64_t fe_alignof(Type *t);
int64_t fe_offsetof(Type *st, int i);       /* laid out on demand: read offsets of program types through it */
const uint8_t *fe_gcmask(Arena *a, Type *t);  /* ptrdata/8 bits, LSB first */

/* The package whose names type strings leave unqualified, as types2's
 * qualifier does for the package it checks: set by the driver to the
 * package it compiles (NULL, the default: package main). */
void fe_set_local_package(Package *p);
Package *fe_local_package(void);
/* Type strings as types2 prints them (the local package's names unqualified). */
const char *fe_type_string(Arena *a, Type *t);
/* A struct tag quoted as strconv.Quote does (fe_quote_into); malloc'd. */
char *fe_quote_tag(const char *s, size_t len);
/* strconv.Quote into out (room for 4*len+3 bytes); the length written. */
size_t fe_quote_into(char *out, const char *s, size_t len);
/* One UTF-8 sequence, as Go's utf8.DecodeRune (lexer.l): its length, or 0
 * when s does not start with a valid one. */
int fe_utf8_decode(const unsigned char *s, size_t n, uint32_t *r);

/* -- lookup: fields and methods (types.c) -- */

typedef enum LookupKind { LOOK_NONE, LOOK_FIELD, LOOK_METHOD, LOOK_AMBIGUOUS } LookupKind;
typedef struct Lookup {
	LookupKind kind;
	int path[64];         /* field indices from the outermost type; for a field, ends with it */
	int npath;
	bool indirect;        /* an embedded pointer was followed */
	Field *field;         /* LOOK_FIELD */
	Method *method;       /* LOOK_METHOD: for interfaces the interface method */
	Object *mobj;         /* LOOK_METHOD: the method Object */
	bool ptrrecv;         /* LOOK_METHOD: declared with a pointer receiver */
} Lookup;
/* Looks up name in T (or in *T's base when T is a pointer to a named non-interface
 * type), following Go's depth rules for embedded fields. */
Lookup fe_lookup(Type *t, const char *name);
/* Whether T implements interface I; on failure *missing is the method and
 * *wrongtype tells whether it exists with another signature, *ptr whether
 * only *T has it. */
bool fe_implements(Type *t, Type *iface, Method **missing, bool *wrongtype, bool *ptr);

/* -- objects and scopes (check.c) -- */

typedef enum ObjKind {
	OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN,
	OBJ_LABEL, OBJ_NIL, OBJ_UNSUPPORTED
} ObjKind;

typedef enum Builtin {
	BI_NONE,
	BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
	BI_LEN, BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL,
	BI_RECOVER,
	/* package unsafe's (packages.c) */
	BI_ADD, BI_ALIGNOF, BI_OFFSETOF, BI_SIZEOF, BI_SLICE,
	BI_COUNT
} Builtin;
/* ast.c: the builtin a checked call invokes (BI_NONE: it is no builtin call). */
Builtin fe_call_builtin(const Node *call);

enum {
	OF_USED = 1 << 0,        /* referenced (declared-but-not-used, imported-and-not-used) */
	OF_ADDRTAKEN = 1 << 1,   /* &x, or a method with pointer receiver called on x */
	OF_CAPTURED = 1 << 2,    /* referenced from a closure other than its own function */
	OF_PARAM = 1 << 3,
	OF_RESULT = 1 << 4,
	OF_GLOBAL = 1 << 5,      /* package-level */
	OF_FIELD = 1 << 6,
	OF_ASSIGNED = 1 << 7,    /* assigned after its declaration */
	OF_METHOD = 1 << 8,      /* OBJ_FUNC: a method (decl has a receiver) */
	OF_UNSUPPORTED = 1 << 9, /* bundled-package member minigo does not provide */
	OF_NOIMPL = 1 << 10,     /* bundled function declared for checking and escape only: no code */
};

typedef struct Scope Scope;

struct Object {
	ObjKind kind;
	const char *name;
	Pos pos;                 /* of the declaring identifier; {0,0} for predeclared */
	Type *type;
	Node *decl;              /* VAR/CONST: the N_IDENT declaring it; FUNC: the N_FUNCDECL (or NULL);
	                            TYPE: the N_TYPESPEC; LABEL: the N_LABELED */
	Node *fn;                /* VAR: the N_FUNCDECL or N_FUNCLIT it is local to (NULL: global) */
	Const *val;              /* CONST */
	Builtin builtin;         /* BUILTIN */
	Package *pkg;            /* PKG: the package; members: their package (NULL: main/universe) */
	unsigned flags;          /* OF_* */
	int index;               /* VAR: parameter/result index; declaration order otherwise */
	/* checker-private */
	int color;               /* package-level resolution: 0 white, 1 grey, 2 black */
	Node *spec;              /* package-level CONST/VAR: its N_CONSTSPEC/N_VARSPEC */
	Node *init;              /* VAR/CONST: its initializer expression (or NULL) */
	Scope *fscope;           /* FUNC: its function block (parameters, results, body) */
	Scope *file;             /* package-level: the scope of its file (its imports) */
	const char *linkname;    /* package-level var/func: its symbol by //go:linkname, or NULL */
	Object *next;            /* scope chain */
	Scope *scope;            /* scope it was declared in */
};

struct Package {
	const char *name, *path;
	Scope *scope;
	bool fake;               /* import of a package minigo does not bundle */
	bool native;             /* bundled: its functions are the C runtime's */
};

Object *fe_object_new(Arena *a, ObjKind kind, const char *name, Pos pos, Type *type);

/* -- universe.c, packages.c -- */

Scope *fe_universe(Arena *a);                 /* built once */
Object *fe_scope_lookup(Scope *s, const char *name);           /* this scope only */
Object *fe_scope_lookup_parent(Scope *s, const char *name);    /* s and its parents */
Object *fe_scope_insert(Scope *s, Object *o); /* returns the existing object if any */
Scope *fe_scope_new(Arena *a, Scope *parent);
Scope *fe_scope_parent(Scope *s);
Object *fe_scope_first(Scope *s);             /* objects in insertion order: o->next */
/* The package for an import path: one of the program's packages compiled
 * before (fe_package_add), or a bundled one; NULL if there is none. */
Package *fe_package(Arena *a, const char *path);
void fe_package_add(Package *p);

/* -- check.c -- */

typedef enum Mode {
	MODE_INVALID,
	MODE_NOVALUE,     /* a call without results */
	MODE_BUILTIN,     /* a builtin's name (only as a call's fun) */
	MODE_TYPE,        /* a type expression */
	MODE_CONST,       /* a constant; val holds it */
	MODE_VAR,         /* an addressable value */
	MODE_MAPINDEX,    /* m[k]: assignable, not addressable */
	MODE_VALUE,       /* any other value */
	MODE_COMMAOK,     /* v, ok forms: map index, type assertion */
	MODE_NIL,         /* the untyped nil */
	MODE_PKG,         /* a package name (only as a selector's x) */
} Mode;

typedef enum CallKind {
	CALL_NONE,
	CALL_FUNC,        /* call of a function value or a declared function */
	CALL_METHOD,      /* static method call x.M(...) on a concrete type */
	CALL_IFACE,       /* dynamic call through an interface */
	CALL_CONV,        /* conversion T(x) */
	CALL_BUILTIN,     /* builtin call; obj->builtin */
} CallKind;

typedef enum SelKind {
	SEL_NONE,
	SEL_FIELD,        /* x.f (possibly promoted) */
	SEL_METHOD,       /* x.M: method value, or callee of CALL_METHOD */
	SEL_IFACEMETHOD,  /* x.M on an interface value */
	SEL_METHODEXPR,   /* T.M or (*T).M: a function with the receiver first */
	SEL_PKG,          /* pkg.Name */
} SelKind;

/*
 * Type-checks a parsed file.  Reports errors through fe_error (sorted and
 * capped by fe_flush_errors); returns false if there were any.  comp's
 * arena holds everything the checker creates; comp->init_order gets the
 * package-level variables in initialization order.
 */
bool fe_check(Comp *comp, Node *file);
/* The same for the files of one package (comp->pkg: NULL for main), each
 * with its own imports; the IR and later stages then take them as one
 * (fe_merge_files). */
bool fe_check_files(Comp *comp, Node **files, int nfiles);
/* One N_FILE holding the declarations and directives of all files, in
 * order, as gc's noder lists a package's declarations. */
Node *fe_merge_files(Arena *a, Node **files, int nfiles);
/* gc's branch checks (labels, break, continue, goto, fallthrough) of one
 * function body; the parser runs them as each body ends (check_stmt.c).
 * Returns the number of errors reported. */
int fe_check_branches(FeDiag *d, Arena *a, Node *body);
/* -d=types: each expression with its position, mode and type, in source order. */
void fe_dump_types(FILE *out, Node *file);

#endif
