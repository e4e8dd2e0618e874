/*
 * escape.h - the escape-analysis pass's table of contents.
 *
 * The pass decides, for every allocation site and every variable whose
 * address is taken, whether it may live on the stack, and reports the
 * decisions the way `go tool compile -m -l` (Go 1.19) does.  The files
 * follow gc's escape package, phase by phase:
 *
 *   escape.c  the essay on the algorithm, the batch driver, the call-graph
 *             SCCs, finish (parameter tags and the -m diagnostics)
 *   graph.c   locations, edges, holes and notes; flow, spill, teeHole, later
 *   solve.c   walkAll / walkOne / outlives, and the -m=2 explanations
 *   leaks.c   per-parameter leak sets and their "esc:" tag strings
 *   expr.c    expressions -> flows          (a walk of the IR, ir/ir.h)
 *   stmt.c    statements -> flows
 *   assign.c  assignment targets and assignList
 *   call.c    calls, builtins, go/defer, tagHole
 *   utils.c   heap-allocation reasons (size limits), self-assignment,
 *             gc's printing of nodes for the messages
 *   frame.c   stack frames of 1 GB or more, refused as gc's back end does
 *   report.c  the diagnostics: gc's text lines, or JSON objects (-json)
 *   devirt.c  interface calls with a known dynamic type made static,
 *             before the analysis (gc's devirtualize package)
 *
 * What later stages read is the first section; the rest is the pass's own
 * vocabulary, exported only because the pass spans several files (and the
 * unit tests build graphs by hand through it).
 */
#ifndef MINIGO_ESCAPE_H
#define MINIGO_ESCAPE_H

#include "ir/ir.h"

/* ---- the verdicts ---- */

/* The pass writes an IrVerdict (ir/ir.h) on every allocation site and
 * variable it decides: Node.esc, and Node.dots on variadic calls. */

/*
 * Runs the pass over the IR of a compilation: batches of functions bottom
 * up over the call graph, printing -m lines (comp->m >= 1) and -m=2
 * explanations (comp->m >= 2) to comp's diagnostics as it goes, in gc's
 * order, and writing the verdicts.
 */
void esc_analyze(Comp *comp, IrProgram *prog);

/* ---- frame.c ---- */

/* frame.c: after the pass, reports the functions whose stack frame would
 * reach gc's 1GB limit ("stack frame too large"), as gc's backend does. */
void esc_check_frames(Comp *comp, Node *file);

/* ---- leaks.c ---- */

#define ESC_NUM_RESULTS 7

/*
 * A parameter's leak set: the fewest dereferences on any path from the
 * parameter to the heap (index 0) or to result i (index 1+i), stored as
 * derefs+1 so that 0 means "no path", saturating at 255.
 */
typedef struct EscLeaks {
	uint8_t v[1 + ESC_NUM_RESULTS];
} EscLeaks;

bool esc_leaks_empty(EscLeaks l);
int esc_leaks_heap(EscLeaks l);               /* -1: no path to the heap */
int esc_leaks_result(EscLeaks l, int i);      /* -1: no path to result i */
void esc_leaks_add_heap(EscLeaks *l, int derefs);
void esc_leaks_add_result(EscLeaks *l, int i, int derefs);
void esc_leaks_optimize(EscLeaks *l);
/* gc's export tag: "" (leaks to the heap as is) or "esc:" + the trimmed
 * bytes, which may hold NULs; buf needs 4 + 8 bytes.  Returns the length. */
int esc_leaks_encode(EscLeaks l, char *buf);
EscLeaks esc_leaks_parse(const char *s, int len);

/* ---- graph.c ---- */

typedef struct EscBatch EscBatch;
typedef struct EscState EscState;
typedef struct EscFunc EscFunc;
typedef struct EscLocation EscLocation;
typedef struct EscNote EscNote;
typedef struct EscDevirt EscDevirt;
typedef struct EscExplain EscExplain;
typedef struct EscReporter EscReporter;

/* What a location stands for, as far as the solver and finish care. */
typedef enum {
	ESC_LOC_TEMP,   /* no node: tee, later, range temporaries ("{temp}") */
	ESC_LOC_EXPR,   /* an allocating expression ("X escapes to heap") */
	ESC_LOC_AUTO,   /* a local variable ("moved to heap: x") */
	ESC_LOC_PARAM,  /* a parameter or receiver (gc's PPARAM) */
	ESC_LOC_RESULT, /* a result parameter (PPARAMOUT) */
} EscLocClass;

/* One step of a -m=2 explanation: "from WHERE (WHY) at POS". */
struct EscNote {
	EscNote *next;
	const char *where;  /* or, NULL, */
	Node *wnode;        /* printed when the note is (esc_note_where) */
	Pos pos;
	const char *why;
};

/* An assignment edge, stored on its destination: dst = *^derefs src. */
typedef struct EscEdge {
	EscLocation *src;
	int derefs; /* >= -1 */
	EscNote *notes;
} EscEdge;

/*
 * A location: an abstract place that holds a Go value -- a variable, the
 * storage of an allocating expression, or a temporary.
 */
struct EscLocation {
	Node *n;             /* the declaring identifier or the expression; may be NULL */
	EscLocClass cls;
	const char *what;    /* printed form: "x", "&T{...}", "... argument" */
	Node *whatnode;      /* what is this node's print, refreshed (esc_loc_what) */
	Pos pos;             /* where its diagnostics go */
	EscFunc *curfn;      /* enclosing function */
	EscEdge *edges;      /* incoming edges */
	int nedges, capedges;
	int loopDepth;       /* at declaration */
	int resultIndex;     /* 1-based among the results for ESC_LOC_RESULT, else 0 */
	const char *heapReason; /* set when the size rules force it to the heap */
	int64_t size;        /* the variable's size (closure capture rule) */
	Node *init;          /* a variable's initial value, when its declaration has one */

	/* walkOne's scratch: fewest derefs from the root, and the next step
	 * towards the root for the explanations. */
	int derefs;
	uint32_t walkgen;
	EscLocation *dst;
	int dstEdgeIdx;
	bool queued;

	bool escapes;        /* its address outlives it: heap-allocate it */
	bool transient;      /* its address does not outlive the statement */
	EscLeaks paramEsc;   /* for parameters: where they leak */

	bool captured;       /* by some closure */
	bool reassigned;
	bool addrtaken;
	bool silent;         /* a go/defer wrapper's record: no diagnostic */
	bool dots;           /* the `...` argument of a variadic call */
	bool byref;          /* captured by reference by some closure */
	int index;           /* position in allLocs */
	EscExplain *explain; /* -json: the -m=2 explanations, until reported */
	BsBuf flow;          /* the -m=2 explanations as text, for the verdict */
};

/* A context for evaluating an expression: "dst = *^derefs (expr)". */
typedef struct EscHole {
	EscLocation *dst;
	int derefs; /* >= -1 */
	EscNote *notes;
	bool addrtaken; /* the context takes the expression's address */
} EscHole;

/* A variable a closure captures, as seen from the closure. */
typedef struct EscCapture {
	EscLocation *loc; /* the outermost declaration's location */
	Pos usepos;       /* its first use inside the closure (for the notes) */
	const char *name;
	bool byval;       /* decided by esc_flow_closures */
	IrCvar *cvar;     /* the IR's closure variable, which gets the decision */
} EscCapture;

/* A closure expression reached by the walk and where its record flows. */
typedef struct EscClosure {
	EscHole k;
	EscFunc *fn;
} EscClosure;

/* Parameters and receiver, as the tags and diagnostics see them. */
typedef struct EscParam {
	const char *name;    /* NULL for an unnamed parameter */
	Pos pos;
	bool pointers;       /* the type has pointers */
	bool isuintptr;
	bool isddduintptr;   /* the final ...uintptr */
	EscLocation *loc;    /* named parameters of functions with bodies */
	EscLeaks tag;        /* after finish (or from the bundled table) */
	bool tagged;         /* tag is meaningful (false: scalar, never read) */
} EscParam;

enum { ESC_FUNC_UNKNOWN, ESC_FUNC_PLANNED, ESC_FUNC_STARTED, ESC_FUNC_TAGGED };

/* A function (declared or literal) as the pass sees it. */
struct EscFunc {
	IrFunc *ir;          /* NULL in hand-built tests */
	Node *decl;          /* N_FUNCDECL or N_FUNCLIT; NULL in hand-built tests */
	const char *name;    /* gc's: f, T.M, (*T).M, f.func1 */
	EscFunc *outer;      /* for a closure, the enclosing function */
	int state;           /* ESC_FUNC_* */
	bool hasBody;
	bool noescape;       /* //go:noescape on a body-less declaration */
	bool uintptrescapes; /* //go:uintptrescapes */
	bool closureCalled;  /* a func literal called where it stands */
	bool wrapper;        /* a go/defer wrapper: prints nothing */
	int nclosures;       /* func literals numbered so far (f.funcN) */

	EscParam *params;    /* receiver first (if any), then the parameters */
	int nparams;
	EscLocation **results;
	const char **resultNames; /* "~r0" or the declared name */
	int nresults;
	EscLocation **dcl;   /* every local of the function, in declaration order */
	int ndcl, capdcl;
	int autotmps;        /* gc's len(Dcl): numbers the next .autotmp_N */

	EscCapture *captures; /* closures: the free variables, in first-use order */
	int ncaptures, capcaptures;

	NodeList *initSpecs; /* the synthesized init: package variables to initialise */

	EscFunc **refs;      /* functions referenced from the body, in walk order */
	int nrefs, caprefs;
	uint32_t sccid;      /* Tarjan scratch */
};

/* The pass's record of a function of the IR (NULL before the pass). */
static inline EscFunc *esc_func_of(const Node *fn)
{
	return fn->irfn ? (EscFunc *)fn->irfn->esc : NULL;
}


/* State shared by the functions analysed together. */
struct EscBatch {
	Arena *arena;
	int m;                 /* -m level */
	EscLocation **allLocs;
	int nlocs, caplocs;
	EscClosure *closures;
	int nclosures, capclosures;
	EscLocation heapLoc;   /* escapes from the start */
	EscLocation blankLoc;  /* the discard sink */
	BsMap *vars;           /* Object* -> EscLocation* (esc_bind) */
	EscReporter *rep;      /* where the diagnostics go */
};

/* State for walking one function of a batch. */
struct EscState {
	EscBatch *b;
	EscFunc *curfn;
	int loopDepth;
	void *labels;          /* stmt.c's looping-label table */
};

EscBatch *esc_batch_new(Arena *a, int mflag, EscReporter *rep);
EscState esc_with(EscBatch *b, EscFunc *fn);
EscLocation *esc_new_loc(EscState *e, Node *n, EscLocClass cls, bool transient);
EscHole esc_loc_hole(EscLocation *l);
EscHole esc_heap_hole(EscBatch *b);
EscHole esc_discard_hole(EscBatch *b);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_note(EscBatch *b, EscHole k, Pos pos, const char *where, const char *why);
/* A note about node where, printed as where prints when the note is. */
EscHole esc_note_at(EscBatch *b, EscHole k, Pos pos, Node *where, const char *why);
const char *esc_note_where(EscBatch *b, EscNote *nt);
/* l->what, printed afresh when it is a node's (calls print differently
 * once the walk has rewritten them). */
const char *esc_loc_what(EscBatch *b, EscLocation *l);
EscHole esc_deref(EscBatch *b, EscHole k, Pos pos, const char *where, const char *why);
EscHole esc_addr(EscBatch *b, EscHole k, Pos pos, const char *where, const char *why);
void esc_flow(EscBatch *b, EscHole k, EscLocation *src);
EscHole esc_spill(EscState *e, EscHole k, EscLocation *loc);
EscHole esc_tee_hole(EscState *e, EscHole *ks, int nks);
EscHole esc_later(EscState *e, EscHole k);
void esc_func_add_dcl(Arena *a, EscFunc *fn, EscLocation *l);
void esc_func_add_ref(Arena *a, EscFunc *fn, EscFunc *callee);
void esc_func_add_capture(Arena *a, EscFunc *fn, EscCapture c);
void esc_add_closure(EscBatch *b, EscHole k, EscFunc *fn);
void esc_bind(EscBatch *b, Object *obj, EscLocation *l);
EscLocation *esc_lookup(EscBatch *b, Object *obj);

/* ---- solve.c ---- */

void esc_walk_all(EscBatch *b);
bool esc_outlives(EscBatch *b, EscLocation *l, EscLocation *other);
bool esc_contains_closure(const EscFunc *f, const EscFunc *c);
const char *esc_explain_loc(EscBatch *b, EscLocation *l);
void esc_explain_flow(EscBatch *b, Pos pos, EscLocation *dst, EscLocation *src, int derefs, EscNote *notes);

/* ---- escape.c ---- */

/*
 * Tarjan over the call graph (EscFunc.refs), callees first; closures never
 * root a component, so they share their outer function's batch.  Calls
 * analyze(fns, n, recursive, ctx) for each component.
 */
typedef void EscAnalyzeFn(EscFunc **fns, int n, bool recursive, void *ctx);
void esc_visit_bottom_up(Arena *a, EscFunc **list, int n, EscAnalyzeFn *analyze, void *ctx);
/* The batch's phases around the walk of its bodies. */
void esc_init_func(EscBatch *b, EscFunc *fn);
void esc_flow_closures(EscBatch *b);
void esc_solve(EscBatch *b);
void esc_finish(EscBatch *b, EscFunc **fns, int n);
bool esc_in_mutual_batch(const EscFunc *fn);
/*
 * esc_visit calls f on n and every node below it in pre-order, as gc's
 * ir.Visit, skipping what dead-code elimination removes; func literals
 * are passed to f, their bodies entered only when into_lits is set.
 */
typedef void EscVisitFn(Node *n, void *ctx);
void esc_visit(Node *n, bool into_lits, EscVisitFn *f, void *ctx);

/* ---- expr.c ---- */

void esc_expr(EscState *e, EscHole k, Node *n);
void esc_static_leaves(EscState *e, Node *n);   /* escape.c: a partly static package-level value's code */
void esc_discard(EscState *e, Node *n);
/* gc's unsafeValue: the pointers in a uintptr expression converted back to unsafe.Pointer. */
void esc_unsafe_value(EscState *e, EscHole k, Node *n);
/* Is n p.Data for p a *reflect.SliceHeader or *reflect.StringHeader (gc's IsReflectHeaderDataField, ODOTPTR)? */
bool esc_reflect_data_ptr(Node *n);
void esc_conversion(EscState *e, EscHole k, Node *n);
void esc_receiver(EscState *e, EscHole k, Node *sel);
void esc_iface_receiver(EscState *e, EscHole k, Node *sel);
void esc_devirt_receiver(EscState *e, EscHole k, EscDevirt *d);
void esc_devirt_receiver_from(EscState *e, EscHole k, EscDevirt *d, Node *x);
EscHole esc_note_node(EscState *e, EscHole k, Node *where, const char *why);
EscHole esc_dot_type(EscState *e, EscHole k, Type *t, Node *where, const char *why);
EscLocation *esc_expr_loc(EscState *e, Node *n, Pos pos, const char *what);
EscLocation *esc_var_loc(EscBatch *b, Object *obj);

/* ---- stmt.c ---- */

void esc_walk_func(EscBatch *b, EscFunc *fn);
/* An inlined call (N_INLCALL): its parameters, body, then its
 * results into ks (nks 0: a statement's, discarded). */
void esc_inlcall(EscState *e, EscHole *ks, int nks, Node *n);

/* ---- assign.c ---- */

EscHole esc_addr_of(EscState *e, Node *n);
void esc_assign_heap(EscState *e, Node *src, const char *why, Node *where);
void esc_reassigned(EscState *e, EscHole *ks, Node **dsts, int n, Node *where);
void esc_assign_list(EscState *e, EscHole *ks, Node **dsts, int n, Node **srcs, int nsrcs, const char *why,
                     Node *where);

/* ---- call.c ---- */

/* A statically known callee: a function of the file, or a bundled one
 * with gc's tags (ntags < 0: unknown, every parameter leaks). */
typedef struct EscCallee {
	EscFunc *fn;
	EscLeaks *tags;
	int ntags;
	bool known;
} EscCallee;

void esc_call(EscState *e, EscHole *ks, int nks, Node *call);
NodeList *esc_rewrite_init(EscState *e, IrRewrite *rw);
void esc_go_defer(EscState *e, Node *n);
EscHole esc_tag_hole(EscState *e, EscHole *ks, int nks, EscCallee *c, int i);
EscCallee esc_method_callee(Arena *a, Object *m);

/* ---- devirt.c ---- */

/* An interface call x.M() whose receiver's dynamic type is typ. */
struct EscDevirt {
	Node *sel;      /* the call's x.M selector */
	Type *typ;      /* the concrete type */
	Object *mobj;   /* T's method (for a partial one, the interface's) */
	int *path;      /* embedded fields from typ to the method's receiver */
	int npath;
	bool partial;   /* M is promoted from an embedded interface field */
};

/* Decides (and with -m reports) the devirtualized calls of the file. */
void esc_devirtualize(EscReporter *rep, Arena *a, Node *file, int mflag);
EscDevirt *esc_devirt_lookup(Node *sel);

/* ---- report.c ---- */

/*
 * One diagnostic.  In text mode only the message is printed (and nothing
 * for a minigo-only verdict); with -json all of it (docs/escape-json.md).
 */
typedef struct EscReport {
	const char *kind;    /* "moved-to-heap", "escapes", "leaking-param", ... */
	Pos pos;
	const char *func;    /* gc's name of the function it is about */
	const char *subject; /* the variable, parameter or expression */
	int namelen;         /* bytes of the name at pos (the LSP range), or 0 */
	const char *result;  /* leaking-param-to-result: the result and level */
	int level;
	EscLocation *loc;    /* whose held-back explanations go with it */
	bool nongc;          /* gc does not print it (JSON only) */
} EscReport;

/* The report of one compilation's analysis: where its lines go, the
 * source for JSON's UTF-16 columns, the explanation being written. */
EscReporter *esc_reporter_new(Comp *comp);
const char *esc_fmt_pos(EscBatch *b, Pos pos);  /* "FILE:LINE:COL" in a message */
bool esc_report_json(EscReporter *rep);
void esc_report(EscReporter *rep, const EscReport *r, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The -m=2 explanations: a header line about l, then its steps. */
void esc_explain_begin(EscBatch *b, EscLocation *l, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void esc_explain_step(EscBatch *b, Pos pos, const char *dst, const char *ops, const char *src, int derefs,
                      EscNote *notes);
void esc_explain_truncated(EscBatch *b, Pos pos);
void esc_report_orphans(EscBatch *b);

/* ---- utils.c ---- */

bool esc_has_pointers(Type *t);
int esc_variadic_extra(Node *call);
const char *esc_fmt_type(Arena *a, Type *t);
const char *esc_fmt_node(Arena *a, Node *n);
const char *esc_fmt_dots(Arena *a, Node *x, const char *base, Type *t, int *path, int steps);
const char *esc_var_heap_reason(Type *t);
const char *esc_new_heap_reason(Type *elem);
const char *esc_record_heap_reason(int64_t size);
const char *esc_make_heap_reason(Node *call);
bool esc_is_self_assign(Node *dst, Node *src);
int esc_const_if(Node *n);
bool esc_dead_tail(NodeList *l, int i);
Node *esc_const_switch_case(Node *n, bool *decided);

#endif
