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

/* ---- arena.c ---- */

typedef struct Arena Arena;

Arena *fe_arena_new(void);
void *fe_alloc(Arena *a, size_t size);                 /* zeroed, 16-byte aligned */
char *fe_strndup(Arena *a, const char *s, size_t n);   /* NUL-terminated copy */
char *fe_sprintf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- diag.c ---- */

typedef struct Pos {
	int32_t line; /* 1-based; 0 = no position */
	int32_t col;  /* 1-based byte column */
} Pos;

/*
 * Errors are collected, then printed sorted by position on fe_flush_errors,
 * the way gc does: one syntax error per line, identical lines once, and
 * after 10 errors "too many errors".  Reaching the limit stops compilation
 * at the next fe_flush_errors.
 */
void fe_diag_init(const char *filename, bool json);
const char *fe_filename(void);
void fe_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void fe_syntax_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int fe_error_count(void);
int fe_flush_errors(void);                               /* prints, returns how many */
_Noreturn void fe_ice(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* -m lines: "FILE:LINE:COL: msg" on stderr, in emission order (not sorted). */
void fe_note(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- ast.c ---- */

typedef struct Node Node;
typedef struct Type Type;     /* frontend/types.c (issue 3) */
typedef struct Object Object; /* a declared entity: var, const, type, func, package, label */
typedef struct Const Const;   /* an exact constant value */

typedef struct NodeList {
	Node **v;
	int len, cap;
} NodeList;

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
	/* type expressions */
	N_ARRAYTYPE,  /* array.len (NULL: slice type; N_ELLIPSIS: [...]T) array.elem; pos '[' */
	N_STRUCTTYPE, /* fields: list of N_FIELD */
	N_FUNCTYPE,   /* functype.params, .results: lists of N_FIELD */
	N_INTERFACETYPE, /* fields: N_FIELD with names (methods) or without (embedded) */
	N_MAPTYPE,    /* binary.x = key, binary.y = value */
	N_CHANTYPE,   /* unsupported; parsed for the error */
	N_ELLIPSIS,   /* unary.x: ...T in params (x may be NULL in [...]T) */
	N_FIELD,      /* field.names (N_IDENT list, empty = anonymous/embedded), .type, .tag */
	/* statements */
	N_DECLSTMT,   /* decl.specs: const/var/type specs */
	N_EMPTYSTMT,
	N_LABELED,    /* labeled.label (N_IDENT), labeled.stmt */
	N_EXPRSTMT,   /* unary.x */
	N_INCDEC,     /* incdec.x, incdec.op ('+' or '-'); pos the operator */
	N_ASSIGN,     /* assign.lhs op assign.rhs; op '=' DEFINE or an arithmetic op for op=; pos the operator */
	N_GOSTMT,     /* unsupported; unary.x */
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
	N_SELECTSTMT, /* unsupported */
	/* declarations */
	N_IMPORT,     /* import.name (NULL, "_" or "." or a name), import.path */
	N_CONSTSPEC,  /* spec.names, .type, .values, .iota; consts may repeat the previous spec's values */
	N_VARSPEC,    /* spec.names, .type, .values */
	N_TYPESPEC,   /* typespec.name, .type, .alias (type A = B) */
	N_FUNCDECL,   /* func_.recv (N_FIELD or NULL), func_.name, func_.type, func_.body (NULL: no body) */
	N_FILE,       /* file.pkgname, file.imports, file.decls */
	N_KIND_COUNT
} NodeKind;

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

	/* Later stages' slots. */
	int esc;        /* escape verdict (escape/escape.h) */
	void *aux;      /* stage-private */

	union {
		struct { const char *name; } ident;
		struct {
			LitKind kind;
			const char *raw;   /* source text, as written (gc prints constants by it) */
			const char *str;   /* LIT_STRING: decoded bytes (may hold NULs) */
			size_t len;        /*   and their count */
			int32_t rune;      /* LIT_CHAR: the decoded code point */
		} lit;
		struct { Node *x, *y; int op; } binary;
		struct { Node *x; int op; } unary;
		struct { Node *type; NodeList elts; Pos rbrace; } composite;
		struct { Node *type; Node *body; Node *recv; Node *name; } func_;
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
		struct { Node *key, *value, *x, *body; bool define; Pos assign; } range;
		struct { Node *name; Node *path; } import;
		struct { NodeList names; Node *type; NodeList values; int iota; bool implicit; } spec;
		struct { Node *name; Node *type; bool alias; } typespec;
		struct { Node *pkgname; NodeList imports; NodeList decls; } file;
	};
};

Node *fe_node(Arena *a, NodeKind kind, Pos pos);
const char *fe_kind_name(NodeKind kind);
const char *fe_token_name(int tok);           /* "+", "==", "break", ... as gc spells them */
void fe_dump_ast(FILE *out, const Node *n);   /* -d=ast: an indented tree with positions */

/* ---- parser.y ---- */

/*
 * Parses a whole file.  Returns the N_FILE node, or NULL when there were
 * syntax errors (already reported through diag.c).  src need not be
 * NUL-terminated and may contain any bytes.
 */
Node *fe_parse(Arena *a, const char *src, size_t len);

#endif
