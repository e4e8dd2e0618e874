/*
 * check.h - the type checker's private interface, shared by check.c
 * (declarations, types, driver), check_expr.c (expressions), check_call.c
 * (calls, builtins, selectors, conversions), check_stmt.c (statements) and
 * packages.c (the bundled packages, checked from Go source by the same
 * code).  Nothing here is visible outside frontend/.
 *
 * The checker follows the structure of gc's types2: an Operand describes
 * what an expression denotes while it is being checked (mode, type,
 * constant value), package-level objects are resolved on demand with a
 * white/grey/black colouring so declaration order does not matter, untyped
 * expressions keep their untyped type in the AST until the context that
 * fixes their type is known (chk_update_type walks down and retypes them),
 * and function bodies are checked after all package-level declarations.
 */
#ifndef MINIGO_CHECK_H
#define MINIGO_CHECK_H

#include "frontend/frontend.h"

typedef struct Operand {
	Mode mode;
	Node *expr;
	Type *type;
	Const *val;
	Builtin id;
} Operand;

/* A function being checked: its declaration or literal, and signature. */
typedef struct FuncCtx {
	Node *node;             /* N_FUNCDECL or N_FUNCLIT */
	Type *sig;
	Scope *scope;           /* the function block: params, results, body */
	Object **results;       /* result variables (named or not) */
	int nresults;
	bool named_results;
	struct FuncCtx *outer;  /* enclosing function (closures) */
} FuncCtx;

typedef struct ChkWork ChkWork;
ChkWork *chk_work_new(Arena *a);

typedef struct Checker {
	Arena *a;
	ChkWork *work;          /* the check's work lists (check.c), shared by copies */
	FeDiag *diag;           /* where its errors go */
	BsMap *judged;          /* named types valid_type judged: 1 valid, 2 invalid */
	NodeList *init_order;   /* where init_order puts its result (the Comp's) */
	Package *pkg;           /* the package being checked; its name qualifies types */
	bool bundled;           /* checking a bundled package's declarations */
	bool setaside_skipped;  /* a std file's generic declarations were set aside (fe_parse_std),
	                           or bodies stripped from export data: imports need no use */
	Scope *universe, *pkgscope, *filescope, *scope;
	Node *file;
	FuncCtx *fn;            /* innermost function, NULL at package level */
	int iota;               /* value of iota in a const spec, -1 elsewhere */
	Pos errpos;             /* set while re-evaluating an inherited const expr */
	Object *decl;           /* package-level object whose initializer is checked (init deps) */
	/* package-level objects in source order, and their dependencies */
	Object **globals;
	int nglobals, capglobals;
	Object ***deps;         /* deps[obj->index]: objects referenced */
	int *ndeps, *capdeps;
	/* imports, for "imported and not used" */
	Object **imports;
	int nimports, capimports;
	/* left operands of non-constant shifts whose type is still open */
	Node **shiftlhs;
	int nshiftlhs, capshiftlhs;
	/* function literals in a function, checked when their statement
	 * (or the initialisation of a declaration) is done, as types2 does */
	struct ChkDelayed *delayed;
	int ndelayed, capdelayed;
	int nerrors;            /* errors this checker reported */
	bool cycle_ok;          /* inside pointer/slice/map/func: a reference to a type being declared is fine */
} Checker;

typedef struct ChkDelayed {
	Node *lit;
	Type *sig;
	Scope *scope;
} ChkDelayed;

/* Checks the bodies of the function literals met since ndelayed was top,
 * including those met meanwhile (types2's processDelayed). */
void chk_process_delayed(Checker *c, int top);

/*
 * An index over a growing array of constant values (map literal keys,
 * switch cases), so duplicates are found in linear time: entry k is added
 * with chk_cindex_add(ix, v, k); chk_cindex_first/next walk the entries
 * whose values may equal v (same hash), for the caller to compare.
 */
typedef struct ChkConstIndex {
	int *head, *next;
	uint64_t *hash;
	int cap, n;
} ChkConstIndex;
void chk_cindex_add(ChkConstIndex *ix, const Const *v);
int chk_cindex_first(const ChkConstIndex *ix, const Const *v);
int chk_cindex_next(const ChkConstIndex *ix, int k, const Const *v);
void chk_cindex_free(ChkConstIndex *ix);

/* diagnostics: counts, honours errpos; suppresses gc's follow-on cases */
void chk_error(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void chk_unsupported(Checker *c, Pos pos, const char *what);
Pos chk_start_pos(Node *n);
const char *chk_expr_string(Checker *c, Node *n);
const char *chk_operand_string(Checker *c, Operand *x);
const char *chk_type_string(Checker *c, Type *t);

/* check.c */
Type *chk_typexpr(Checker *c, Node *e);           /* a type expression; invalid type on error */
Type *chk_vartype(Checker *c, Node *e);           /* a type usable for a variable */
void chk_obj_decl(Checker *c, Object *o);          /* resolve a package-level object */
void chk_declare(Checker *c, Scope *s, Node *ident, Object *o);
void chk_use_object(Checker *c, Object *o);        /* record an init dependency */
void chk_func_body(Checker *c, Node *fn, Type *sig, Node *body, Scope *scope);
void chk_const_spec(Checker *c, Node *spec, Object **objs, int n, Node *typ, NodeList *values, bool local);
void chk_var_decl(Checker *c, Object *o, Object **lhs, int n, Node *typ, Node *init);
void chk_arity(Checker *c, Node *spec, bool isconst);
Type *chk_init_var(Checker *c, Object *lhs, Operand *x, const char *context);
void chk_type_spec(Checker *c, Node *spec, Object *o);
void chk_delayed(Checker *c); /* map key and embedded field checks left for complete types */
Type *chk_signature(Checker *c, Node *ftype, Node *recv, Scope *scope, Object ***params, int *np,
		    Object ***results, int *nr);
Package *chk_check_package(Arena *a, const char *name, const char *path, const char *src);
void chk_inherit_consts(NodeList *specs);
void chk_init_vars(Checker *c, Object **lhs, int n, NodeList *rhs, Node *ret);

/* check_expr.c */
void chk_raw_expr(Checker *c, Operand *x, Node *e, Type *hint);
void chk_expr(Checker *c, Operand *x, Node *e);          /* single value */
void chk_multi_expr(Checker *c, Operand *x, Node *e);    /* may be a tuple */
void chk_expr_or_type(Checker *c, Operand *x, Node *e);
void chk_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
void chk_single_value(Checker *c, Operand *x);
void chk_assignment(Checker *c, Operand *x, Type *T, const char *context);
bool chk_assignable(Checker *c, Operand *x, Type *T, char **reason);
void chk_convert_untyped(Checker *c, Operand *x, Type *target);
void chk_update_type(Checker *c, Node *e, Type *t, bool final);
void chk_record(Checker *c, Operand *x);
void chk_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, FeOp op, Pos oppos);
void chk_comparison(Checker *c, Operand *x, Operand *y, FeOp op, bool switchcase);
void chk_ident(Checker *c, Operand *x, Node *e, bool wanttype);
void chk_use(Checker *c, Node *e);                      /* evaluate for side effects after an error */
void chk_use_list(Checker *c, NodeList *l);
bool chk_representable(Checker *c, Operand *x, Type *t, Const **rounded, int *code);
void chk_set_convto(Operand *x, Type *T);
Operand *chk_expr_list(Checker *c, NodeList *l, bool allow_commaok, int *n, bool *commaok);
bool chk_has_nil(Type *t);
const char *chk_implements_reason(Checker *c, Type *V, Type *T);

/* check_call.c */
extern bool chk_has_call;                /* a call was checked (len/cap constness) */
void chk_type_assert_case(Checker *c, Node *e, Operand *x, Type *T);
void chk_call(Checker *c, Operand *x, Node *e);
void chk_selector(Checker *c, Operand *x, Node *e);
void chk_conversion(Checker *c, Operand *x, Type *T);
bool chk_index_value(Checker *c, Node *e, int64_t max, int64_t *val, const char *what);
void chk_index_expr(Checker *c, Operand *x, Node *e);
void chk_slice_expr(Checker *c, Operand *x, Node *e);

/* check_stmt.c */
void chk_stmt_list(Checker *c, NodeList *l, int ctx);
void chk_usage(Checker *c, Scope *s);
bool chk_is_terminating(Node *s, const char *label);
void chk_branches(Checker *c, Node *body);

#endif
