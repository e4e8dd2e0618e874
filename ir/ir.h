/*
 * ir.h - the IR between the checker and the back end: its table of contents.
 *
 * minigo's IR is gc's: the type-checked syntax tree itself, completed by
 * irgen (ir/irgen.c) with what gc's noder and typecheck make explicit and
 * the syntax does not show.  Built once, after fe_check and before the
 * escape pass; every later stage reads it and none recomputes it.
 *
 *   Functions.  Every function body -- declared, func literal, and the
 *   package initialiser -- has an IrFunc (Node.irfn of its N_FUNCDECL or
 *   N_FUNCLIT): gc's name (f, (*T).M, f.func1, f.func1.2, glob..func1),
 *   the function a closure is in, its closure variables in gc's order,
 *   and its locals in gc's Dcl order, temporaries included.  IrProgram
 *   lists them in gc's Decls order.
 *
 *   Temporaries.  Where gc's typecheck rewrites a call, return or
 *   assignment through .autotmp_N temporaries (RewriteNonNameCall,
 *   RewriteMultiValueCall), the node has an IrRewrite (Node.rw).
 *
 *   Implicit conversions.  A value converted to an interface where it is
 *   used (assigned, passed, returned, put in a literal, a map key, panic's
 *   argument) is the operand of an N_CONVIFACE node at the position gc's
 *   noder gives the conversion, from a concrete value (the checker's
 *   Node.convto, consumed here) or from another interface type.  A
 *   comparison of an interface with a concrete value converts nothing (gc
 *   compares type and data), and an explicit I(x) is its N_CALL.
 *
 *   Verdicts.  Escape analysis writes an IrVerdict on what it decides.
 *
 * Who writes what:
 *   frontend   the tree, types, objects, convto
 *   ir         IrFunc, IrRewrite, N_CONVIFACE       (this directory)
 *   escape     IrCvar.byval, the verdicts (Node.esc, Node.dots)
 *   codegen    reads all of it, writes nothing back
 *
 * Adding a construct end to end: a node kind in frontend.h (parser and
 * checker), its irgen order here if gc's noder does anything special with
 * it, its flows in escape/, its lowering in codegen/.
 */
#ifndef MINIGO_IR_H
#define MINIGO_IR_H

#include "frontend/frontend.h"

/* A variable a closure captures (gc's closure variable). */
typedef struct IrCvar {
	Object *var;   /* declared in an enclosing function */
	Node *use;     /* its first use in the literal (an N_IDENT), where gc puts it */
	bool byval;    /* escape's decision: the closure holds a copy, not the address */
} IrCvar;

/* A local in gc's Dcl order: an N_IDENT (a variable or a temporary) with
 * its initial value when paired with one, or the N_CASECLAUSE of a type
 * switch clause variable. */
typedef struct IrDcl {
	Node *n;
	Node *init;
} IrDcl;

typedef struct IrFunc IrFunc;
struct IrFunc {
	Node *decl;          /* N_FUNCDECL or N_FUNCLIT; NULL: the package initialiser */
	const char *name;    /* gc's: f, T.M, (*T).M, f.func1, f.func1.2, glob..func1, init */
	IrFunc *outer;       /* the function a closure is in (NULL at package level) */
	int nclosures;       /* func literals numbered in it so far */
	IrCvar *cvars;       /* closures: the captured variables, in gc's order */
	int ncvars, capcvars;
	IrDcl *dcl;          /* the locals and temporaries, in gc's Dcl order */
	int ndcl, capdcl;
	int dcllen;          /* gc's len(fn.Dcl): parameters and results included */
	NodeList *initSpecs; /* the initialiser: package var specs in initialisation order */
	void *esc;           /* the escape pass's record of it */
};

/*
 * What typecheck rewrote at a call, return or assignment (Node.rw).  The
 * temporaries are synthesised N_IDENTs of synthesised OBJ_VARs named
 * .autotmp_N, listed in the function's Dcl.
 */
typedef struct IrRewrite {
	Node *tmp;       /* RewriteNonNameCall: holds the callee, or the method call's receiver */
	Node *inner;     /* RewriteMultiValueCall: the multi-value call, whose results go */
	Node **results;  /*   to these temporaries (declaring identifiers), */
	Node **uses;     /*   which are used in its stead (with convto where converted) */
	int nresults;
} IrRewrite;

/* ---- verdicts: escape analysis's decisions ---- */

typedef enum IrWhere {
	IR_UNDECIDED,  /* never analysed: dead code (gc removes it), or no allocation */
	IR_STACK,      /* in the frame */
	IR_HEAP,       /* runtime.newobject & co.; for a variable, "moved to heap" */
	IR_STATIC,     /* static data of a package-level initialiser that needs no code */
	IR_DISCARD,    /* var _ = x without side effects: gc drops it, no code, no report */
} IrWhere;

/*
 * Escape analysis writes one on every allocation site it reaches (new,
 * make, composite literals, &T{}, func literals, method values,
 * N_CONVIFACE boxes, string conversions and concatenations, defer
 * records) as Node.esc, on a package-level var spec whose values are
 * static data (IR_STATIC: no init code, codegen/walk.c's cg_static_spec), on the declaring identifier of every variable as
 * Node.esc, and on a variadic call as Node.dots (its implicit `...`
 * slice).  Walk and codegen read it and never decide again.
 */
typedef struct IrVerdict {
	IrWhere where;
	bool transient;      /* stack storage dead once its statement is done (gc reuses it) */
	const char *reason;  /* heap by a size rule: gc's reason ("too large for stack", ...) */
	const char *flow;    /* with -m=2 or -json: why, as gc explains it (the lines
	                        after "x escapes to heap:", without positions), or NULL */
} IrVerdict;

static inline bool ir_on_stack(const IrVerdict *v)
{
	return v && v->where == IR_STACK;
}

static inline bool ir_on_heap(const IrVerdict *v)
{
	return v && v->where == IR_HEAP;
}

/* The functions of the file in gc's Decls order: declarations and
 * package-level func literals in source order, each closure after the
 * function it is in, the initialiser last (when there is one). */
typedef struct IrProgram {
	Comp *comp;
	Node *file;
	IrFunc **funcs;
	int nfuncs, capfuncs;
	IrFunc *init;
} IrProgram;

/*
 * Builds the IR over a file comp checked; the package-level var specs in
 * initialisation order (comp->init_order) become the initialiser's
 * IrFunc.initSpecs.
 */
IrProgram *ir_build(Comp *comp, Node *file);

/*
 * Does a declared function's body travel with its declaration: copied
 * into other packages' modules (codegen's available_externally copies,
 * which LLVM may inline) and kept in export data (export/)?  A body of at
 * most 64 syntax nodes without func literals, defer, go or recover
 * (their closures and wrappers would be definitions of their own).
 */
bool ir_small_body(const Node *decl);

/* gc's deadcode: does an if's branch (a block; NULL or an else-if: no)
 * end in return or a call of panic?  After a constant if whose taken
 * branch does, with no label further on, gc drops the statements that
 * follow (walk's bounds, the inliner's costs and copies read it so). */
bool ir_ends_in_exit(const Node *branch);

/* ---- clone.c ---- */

/* A parameter of an inlined body and the expression that takes its place. */
typedef struct IrSubst {
	Object *from;
	Node *to;
} IrSubst;

/*
 * ir_clone copies n (a function body, statement or expression) for the
 * inliner: every node is new, the variables declared inside get new
 * Objects owned by fn (the function the copy goes into), identifiers of
 * subst[i].from become copies of subst[i].to, and what irgen recorded
 * (rewrites, temporaries, func literals' IrFuncs) is copied along.
 * Escape's verdicts are not: escape runs on the copy.
 */
Node *ir_clone(Arena *a, Node *n, const IrSubst *subst, int nsubst, Node *fn);

/* -d=ir: the functions, their Dcl lists, closure variables and rewrites. */
void ir_dump(FILE *out, IrProgram *p, const char *only);

#endif
