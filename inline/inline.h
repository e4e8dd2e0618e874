/*
 * inline.h - the inliner's table of contents.
 *
 * gc inlines before escape analysis.  Its first step, which this
 * directory holds so far, decides for every function of the package
 * whether it may be inlined and at what cost (inl.go's CanInline and its
 * "hairy visitor"): the functions are visited bottom-up over the call
 * graph (callees first, as ir.VisitFuncsBottomUp), each body is priced
 * node by node as gc's IR would hold it after typecheck and deadcode --
 * implicit conversions, dereferences and address-ofs, method calls as
 * T.M(recv, ...), map indexes -- against a budget of 80, a call costing
 * 57 unless its callee is inlinable (then the callee's cost).
 *
 *   inline.c  the call graph, the verdicts, the costs and the -m lines
 *   print.c   the body as gc's ir formatter prints it (-m=2's "as:")
 *   calls.c   the calls inlined (InlineCalls, unless -l), as N_INLCALL nodes
 *
 * The verdict lands on the declaration (N_FUNCDECL or N_FUNCLIT):
 * func_.inlstate (1 inlinable, 2 not), func_.inlcost, func_.inlreason,
 * for escape, codegen and export to read, and for the callers of other
 * packages compiled later in the same process.
 */
#ifndef MINIGO_INLINE_H
#define MINIGO_INLINE_H

#include "ir/ir.h"

/* Decides every function of prog not decided yet (export data brings the
 * verdicts of the functions whose bodies it left out), and when report
 * (inlining is on: no -l) prints gc's "can inline" and, at -m=2, "cannot
 * inline" lines (comp->m).  Run after ir_build and before esc_analyze,
 * always: a package's verdicts go into its export data, which builds
 * with and without -l share. */
void inl_analyze(Comp *comp, IrProgram *prog, bool report);
/* The same, and (unless -l) the calls inlined as gc's InlineCalls does,
 * each function's right after its verdict, with the "inlining call to F"
 * lines (comp->m). */
void inl_analyze_inline(Comp *comp, IrProgram *prog, bool report);

/* N_COMPOSITE.sub of the slice an inlined variadic call without `...`
 * passes to the callee's last parameter (gc's implicit OSLICELIT):
 * escape names its location "... argument". */
enum { INL_DOTS = 1 };
/* N_ASSIGN.sub of the results' assignment a return of an inlined body
 * became: one OAS2 in gc, printed `~R0 = x` (declared at it or not) and
 * explained "assign-pair" by -m=2 however many results. */
enum { INL_RESULTS = 2 };

/* The nodes of a body copied from another package's function hold that
 * package in Node.aux, for escape to print them as gc prints a body read
 * from export data (names qualified, constants typed, conversions
 * written out): identifiers, literals, constants and implicit interface
 * conversions only (a selector's aux is escape's devirtualization). */
static inline Package *inl_imported(const Node *n)
{
	return n && n->aux && (n->kind == N_IDENT || n->kind == N_BASICLIT || n->kind == N_CONVIFACE ||
	                       (n->val && n->kind != N_SELECTOR && n->kind != N_PAREN))
	           ? n->aux
	           : NULL;
}

/* calls.c, for inline.c: the inlinable bodies kept as decided (gc's
 * fn.Inl), and InlineCalls of one function. */
typedef struct InlCalls InlCalls;
InlCalls *inl_calls_new(Comp *comp);
void inl_calls_save(InlCalls *c, IrFunc *fn);
void inl_calls_run(InlCalls *c, IrFunc *fn);
void inl_calls_run_init(InlCalls *c, IrFunc *init);
/* d's position, or a copied func literal's own (the original's). */
Pos inl_calls_own_pos(InlCalls *c, Node *d);
/* Func literals are inlined too: decide(ctx, fn) is CanInline of a
 * literal not decided yet (gc decides one when a call to it is met);
 * the closures copied with an inlined body join prog's functions. */
void inl_calls_closures(InlCalls *c, IrProgram *prog, void (*decide)(void *, IrFunc *), void *ctx);

/* print.c: " as: SIG { BODY }" of gc's -m=2 line for an inlinable function. */
const char *inl_body_string(Arena *a, Node *decl);

#endif
