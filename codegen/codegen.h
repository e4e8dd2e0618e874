/*
 * codegen.h - the code generator's table of contents.
 *
 *   gen.c    the driver: CodeGen state, symbol names (gc's), functions,
 *            package variables and their initialisation order, closures
 *   type.c   Go types as LLVM sees them, and type descriptors / itabs /
 *            generated equal and hash functions as constants (runtime/abi.h)
 *   abi.c    the calling convention: the SysV C ABI for every function,
 *            Go's and the runtime's alike, plus the closure context in R10
 *   expr.c   expressions: operators, selectors, indexing, calls, conversions
 *   walk.c   the desugared ones: builtins, composite literals, maps, strings,
 *            interface boxing and assertions (the runtime calls of SPEC.md)
 *   stmt.c   statements, control flow, defer / panic / recover, select
 *   chan.c   channels (make, send, receive) and go statements
 *   emit.c   the LLVM back half: target machine for the host, module
 *            verification, the optimisation pipeline (LLVMRunPasses with
 *            "default<On>"), and output as object, assembly or IR
 *   link.c   linking an object with the runtime (build/rt0.o and
 *            build/libminigort.a) through the system C compiler
 *   asmnote.c  -S and -emit-llvm for reading: assembly annotated with
 *            source lines, output restricted to one function
 *   compare.c  `minigo compare`: two functions' -m lines, runtime calls,
 *            instruction counts, frames and listings side by side
 *
 * Only the first sections (cg_lower, cg_emit, cg_link, asmnote.c,
 * compare.c) are for the driver;
 * the rest is the lowering's vocabulary shared between its files.
 */
#ifndef MINIGO_CODEGEN_H
#define MINIGO_CODEGEN_H

#include <stdbool.h>
#include <stdio.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/TargetMachine.h>

#include "ir/ir.h"

/* ---- the driver's view ---- */

/* Lowers a checked (and escape-annotated) file into a fresh module. */
LLVMModuleRef cg_lower(Comp *comp, IrProgram *p);
/* A whole program: its packages, each after the ones it imports, package
 * main last, lowered into one module.  main.init runs the others' inits
 * in this order before its own. */
typedef struct CgPackage {
	Comp *comp;
	IrProgram *prog;
} CgPackage;
LLVMModuleRef cg_lower_packages(CgPackage *pkgs, int n);
/* The same into a module per package, mods[k] package k's, each the same
 * module whatever program imports the package (so its object can be
 * cached, cg_emit_objects): its functions and variables defined, other
 * packages' declared, descriptors, itabs and wrappers linkonce_odr.
 * Packages with skip[k] (skip may be NULL) are not lowered: mods[k] NULL.
 * introspects: the program's cg_introspects (false for packages built
 * alone), which the source keys must have seen too. */
void cg_lower_separately(CgPackage *pkgs, int n, LLVMModuleRef *mods, const bool *skip, bool introspects);
/* Does the program look at its own frames (runtime.Caller, Callers, Stack,
 * FuncForPC, CallersFrames)?  Then no function of it is inlined. */
bool cg_introspects(CgPackage *pkgs, int n);

/* ---- emit.c ---- */

typedef enum { CG_OBJECT, CG_ASSEMBLY, CG_LLVM_IR } CgOutput;

/* The host's target machine at optimisation level opt (0..3). */
LLVMTargetMachineRef cg_target_machine(int opt);

/*
 * Verifies m (a failure is an internal compiler error: the IR is ours),
 * optimises it at level opt, and writes it to path ("-" = stdout for
 * assembly and IR).  Returns false with a message in *err on I/O failure.
 */
bool cg_emit(LLVMModuleRef m, int opt, CgOutput kind, const char *path, char **err);
/* Verifies m and gives it the host's data layout and triple (cg_emit's
 * first steps, which the cache's key must see). */
void cg_prepare(LLVMModuleRef m, int opt);

/* ---- cache.c ---- */

/* A package's key from its sources: its files (as named, and their text),
 * its import path, its imports' keys, the optimisation level, whether the
 * program introspects, minigo itself -- everything its module is made of. */
typedef struct CgKey {
	unsigned long long hi, lo;
} CgKey;
typedef struct CgSource {
	const char *path;
	const char *text;
	size_t len;
} CgSource;
/* inl: how calls were inlined into the package (0 not: -l; 1 gc's
 * default; 4 gc's -l=4) */
CgKey cg_source_key(int opt, int inl, bool introspects, const char *pkgpath, const CgSource *files, int nfiles,
		    const CgKey *imports, int nimports);
/* The key of a package's export data (export/): its files, import path,
 * imports' export keys, minigo, and inl (its escape tags are those of
 * the package's code after inlining). */
CgKey cg_export_key(int inl, const char *pkgpath, const CgSource *files, int nfiles, const CgKey *imports,
		    int nimports);
/* An entry KEY-suffix of the cache: malloc'd and NUL-terminated, its size
 * in *len; NULL when absent (or the cache is off or verifying). */
char *cg_cache_get(CgKey key, const char *suffix, size_t *len);
void cg_cache_put(CgKey key, const char *suffix, const char *data, size_t len);
/* The cached object of the package whose sources have this key, or NULL
 * (also when the cache is off, or MINIGO_CACHE_VERIFY is set). */
char *cg_cached_object(CgKey key);
/*
 * The objects of mods[0..n-1] (cg_lower_separately's), each optimised at
 * level opt, into objs[k]: from the build cache when it has them, else
 * emitted in parallel into it (or into tmpdir when there is no cache).  A
 * NULL mods[k] keeps the objs[k] given.  keys (NULL: none) are the source
 * keys, recorded for the next build; under MINIGO_CACHE_VERIFY a module
 * that differs from the one its key recorded is an internal error.
 * Returns false with *err (NULL on entry) set when emission failed.
 */
bool cg_emit_objects(LLVMModuleRef *mods, const CgKey *keys, int n, int opt, const char *tmpdir, char **objs,
		     char **err);

/* ---- prune.c ---- */

/* Deletes the functions and variables of m that nothing reaches from its
 * roots (main.main, package main, what the runtime names). */
void cg_prune(LLVMModuleRef m);
/* The module's lists of its itabs (section go_itabs, which main.init
 * hands to the runtime) and of its type descriptors (go_types, where
 * reflect looks for a type by its parts), named after its package. */
void cg_registries(LLVMModuleRef m, const char *pkgpath);

/* ---- link.c ---- */

/*
 * Links the objects with the runtime into the executable out.  The runtime is
 * looked up next to the minigo executable (BIN/rt0.o, BIN/libminigort.a),
 * which is how the build tree lays it out.  Returns false with *err set.
 */
bool cg_link(char *const *objs, int nobjs, const char *out, char **err);

/* ---- asmnote.c ---- */

/*
 * Prints asm_text (LLVM's assembly with DWARF line directives) for reading:
 * without directives or debug sections, `@PLT` and symbol quotes stripped,
 * and a `# FILE.go:LINE    source text` comment (src is the text of
 * srcpath) wherever the source line changes inside a function.  With func
 * non-NULL only functions named func or main.func are printed.  Returns the
 * number of functions printed.
 */
int cg_annotate_asm(const char *asm_text, const char *srcpath, const char *src, size_t srclen,
                    const char *func, FILE *out);

/* Prints the `define ... { ... }` blocks of ir for func (or main.func). */
int cg_filter_ir(const char *ir, const char *func, FILE *out);

/* ---- compare.c ---- */

/*
 * A comparison of two functions of one file.  Make it before the escape
 * pass and install cg_compare_note with fe_note_sink, so that it collects
 * the -m lines; after emission cg_compare_print lays out f1 and f2 (each
 * f, main.f, (*T).M, f.func1 as for -S=FUNC) in width columns, from the
 * raw assembly asm_text.  An unknown function is reported as the error
 * "FILE: no function F" (fe_error, not yet flushed) and gives false.
 */
typedef struct CgCompare CgCompare;
CgCompare *cg_compare_new(Comp *comp, IrProgram *prog);
void cg_compare_note(Pos pos, const char *msg, void *cmp);   /* an FeNoteSink */
bool cg_compare_print(CgCompare *c, const char *asm_text, const char *f1, const char *f2, int opt, int width,
                      FILE *out);

/* ================= the lowering's shared vocabulary ================= */

typedef struct CgFn CgFn;         /* per-function state (gen.c) */
typedef struct CgAbi CgAbi;       /* a lowered signature (abi.c) */

/* An unnamed pointer type's descriptor and its element's (cg_link_ptrtothis). */
typedef struct CgPtrDesc {
	LLVMValueRef ptr, elem;
} CgPtrDesc;

/* The whole-module state; one per cg_lower. */
typedef struct CG {
	Arena *a;
	FeDiag *diag;      /* positions as //line directives make them */
	const char *filename;
	const char *pkgpath;  /* the package being lowered: its symbols' prefix ("main" for main) */
	bool split;           /* a module per package (cg_lower_separately), not one */
	BsMap *imported;      /* split: other packages' small functions whose bodies the module copies */
	Object **imports;     /* ... in the order met */
	int nimports, capimports;
	Pos pos;              /* the last position lowered (cg_debug_pos): where codegen's refusals point */
	Object *cpuinit;      /* internal/cpu.Initialize, when the program has it */
	BsMap *difiles;       /* source file name -> its DIFile */
	BsMap *statics;       /* package-level var Object -> its static image (walk.c) */
	struct CgLeaves *leaves; /* cg_static_spec: elements left to init code (walk.c) */
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMBasicBlockRef dead;  /* the latest block cg_dead_block made */
	LLVMTypeRef voidt, i1, i8, i16, i32, i64, f32, f64, ptr;
	LLVMTypeRef strt, slicet, ifacet; /* {ptr,i64} {ptr,i64,i64} {ptr,ptr} */
	LLVMTypeRef c64t, c128t;          /* {float,float} {double,double} */
	BsMap *funcs;      /* Object* (OBJ_FUNC) -> LLVMValueRef */
	BsMap *globals;    /* Object* (package var) -> LLVMValueRef */
	BsMap *vars;       /* Object* (local var) -> CgVar* */
	BsMap *typedescs;  /* canonical type string -> LLVMValueRef */
	BsMap *toptypes;   /* Object* of each package-level named type -> non-NULL */
	BsMap *litpkgs;    /* Type* of a struct/interface literal -> its package's path (cg_note_literals) */
	const char *descpkg;  /* while a defined type's descriptor is built: its package's path */
	CgPtrDesc *ptrdescs;  /* every unnamed pointer type's descriptor emitted */
	int nptrdescs, capptrdescs;
	BsMap *itabs;      /* "iface,type" -> LLVMValueRef */
	BsMap *abis;       /* Type* (func) -> CgAbi* */
	BsMap *strings;    /* literal bytes -> global */
	BsMap *wrappers;   /* symbol -> LLVMValueRef (generated wrappers) */
	BsMap *rtfns;      /* runtime function name -> LLVMValueRef */
	CgFn *fn;          /* function being lowered */
	int nstmp;
	int nstatic;       /* read-only statics main..stmp_N (walk.c) */
	LLVMValueRef deferfn;   /* @runtime.deferfn: recover's "called by a deferred call" token */
	LLVMValueRef preemptflag; /* @runtime.preemptflag: loops yield when it is raised (stmt.c) */
	LLVMDIBuilderRef dib;   /* line tables (gen.c) */
	LLVMMetadataRef difile, dicu, disubty;
	BsMap *discopes;   /* "sp|file" -> the scope of code a //line directive names another file for */
	BsMap *disps;      /* a function's symbol -> its DISubprogram (its own and its inlined calls') */
	CgPackage *pkgs;   /* the packages lowered (an inlined callee's positions: its package's diag) */
	int npkgs;
} CG;

/* Where a variable lives. */
typedef struct CgVar {
	LLVMValueRef addr;   /* its storage (alloca, heap cell, or env slot) */
	bool isvolatile;     /* a result read after a recovered panic */
} CgVar;

/* Loop / switch / label targets. */
typedef struct CgTarget {
	struct CgTarget *next;
	Node *stmt;          /* N_FOR, N_RANGE, N_SWITCH, N_TYPESWITCH */
	Object *label;       /* its label, if any */
	LLVMBasicBlockRef brk, cont;
} CgTarget;

struct CgFn {
	CgFn *outer;
	Node *decl;          /* N_FUNCDECL or N_FUNCLIT (NULL for wrappers / init) */
	Type *sig;
	const char *name;
	LLVMValueRef llfn;
	CgAbi *abi;
	LLVMValueRef ctxparam;   /* closure environment (the nest parameter) */
	Object **results;        /* result variables */
	int nresults;
	LLVMValueRef *resaddr;   /* their storage */
	LLVMBasicBlockRef allocas; /* entry block: allocas go here */
	LLVMValueRef deferframe; /* frame record, if the function defers */
	bool hasdefer;
	LLVMValueRef canrecover; /* i1, if the function calls recover() */
	CgTarget *targets;
	BsMap *labels;           /* label Object* -> LLVMBasicBlockRef */
	LLVMBasicBlockRef fallthrough_to; /* next clause body during a switch */
	LLVMMetadataRef sp;      /* its DISubprogram */
	LLVMMetadataRef savedloc;/* the enclosing function's debug location */
	int nwrap;
	struct CgInl *inl;       /* the innermost inlined call whose body is being lowered (gen.c) */
};

/* bounded.c: gc's walk marks array indexes that need no bounds check;
 * with report, prints its -m line "index bounds check elided" for each, in
 * gc's order of functions (called after escape analysis, as walk runs). */
void cg_bounded(Comp *comp, IrProgram *p, bool report);

/* gen.c */
CG *cg_new_state(Arena *a, const char *filename);  /* context, module, builder, tables */
_Noreturn void cg_fatal(Node *n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *cg_func_symbol(CG *g, Object *fn);      /* "main.f", "main.(*T).M", "fmt.Println" */
LLVMValueRef cg_func_decl(CG *g, Object *fn);       /* the LLVM function of a declared func */
/* Is fn's code the runtime's C (a bundled package's, or a body-less
 * declaration of a source package: the native overlay), called with the
 * C ABI rather than minigo's Go ABI? */
bool cg_native_func(Object *fn);
LLVMValueRef cg_global(CG *g, Object *var);         /* the storage of a package-level variable */
/* A package-level var spec escape found static, as its globals'
 * initializers; false: it needs code (walk.c). */
bool cg_static_spec(CG *g, Node *spec);
CgVar *cg_var(CG *g, Object *var);                  /* a local variable's storage */
void cg_declare_local(CG *g, Object *var, Node *declnode);  /* allocate storage, zeroed */
Node *cg_var_at(CG *g, const char *name, Type *t, LLVMValueRef addr, Pos pos); /* an N_IDENT of a variable at addr */
Node *cg_temp(CG *g, Type *t, LLVMValueRef v, Pos pos);     /* v in a fresh local, as an N_IDENT */
LLVMValueRef cg_alloca(CG *g, Type *t, const char *name);   /* zeroed stack slot in the entry block */
LLVMValueRef cg_alloca_raw(CG *g, int64_t size, int64_t align, const char *name); /* not zeroed */
LLVMValueRef cg_new(CG *g, Type *t, bool onstack);  /* new(T): stack, or runtime.newobject (zerobase if empty) */
bool cg_stack_ok(Node *n);                          /* escape verdict: may live on the stack */
LLVMValueRef cg_funclit(CG *g, Node *lit);          /* a func literal's closure value */
LLVMValueRef cg_static_closure(CG *g, LLVMValueRef fn, const char *sym); /* a func value for a plain function */
LLVMValueRef cg_new_function(CG *g, const char *name, CgAbi *abi);
void cg_begin_function(CG *g, CgFn *f, LLVMValueRef llfn);
void cg_end_function(CG *g);                       /* default return, then cg_leave_function */
void cg_leave_function(CG *g);                     /* back to the enclosing function */
void cg_debug_pos(CG *g, Pos pos);                 /* line table position of what follows */
void cg_debug_stmt(CG *g, Node *s);                 /* ... of a statement, in an inlined body too */
/* An inlined call's body (N_INLCALL) is lowered between these: its code
 * is given the callee's scope, inlined at the call (DWARF's inlined
 * subroutine, runtime/symtab.c); end restores what begin changed. */
bool cg_inl_begin(CG *g, Node *inlcall);
void cg_inl_end(CG *g, bool begun);
void cg_debug_cap_inlining(LLVMModuleRef m);        /* after optimization: inlined frames at most 16 deep */
LLVMBasicBlockRef cg_block(CG *g, const char *name);
void cg_set_block(CG *g, LLVMBasicBlockRef bb);
bool cg_terminated(CG *g);                          /* the current block already ends */
void cg_dead_block(CG *g, const char *name);        /* after a terminator: a block nothing jumps to */
LLVMValueRef cg_rtfn(CG *g, const char *name);      /* a runtime entry point by Go name */
LLVMValueRef cg_rtcall(CG *g, const char *name, LLVMValueRef *args, int n);

/* type.c */
bool cg_ismem(Type *t);                /* struct or array: handled by address */
LLVMTypeRef cg_vtype(CG *g, Type *t);  /* SSA type of a value of t (ptr for memory types) */
LLVMTypeRef cg_memtype(CG *g, Type *t);/* [size x i8]-like storage type */
int64_t cg_size(Type *t);
int64_t cg_align(Type *t);
LLVMValueRef cg_zero(CG *g, Type *t);  /* zero value (memory types: a zeroed temporary) */
LLVMValueRef cg_load(CG *g, Type *t, LLVMValueRef addr);
void cg_store(CG *g, Type *t, LLVMValueRef addr, LLVMValueRef v);
void cg_memzero(CG *g, LLVMValueRef addr, int64_t size, int64_t align);
void cg_memmove(CG *g, LLVMValueRef dst, LLVMValueRef src, int64_t size, int64_t align);
LLVMValueRef cg_copy_to_temp(CG *g, Type *t, LLVMValueRef v); /* memory value -> fresh temporary */
LLVMValueRef cg_offset(CG *g, LLVMValueRef p, int64_t off);
LLVMValueRef cg_typedesc(CG *g, Type *t);  /* &type.T */
/* A module per package: the descriptors of the package's own package-level
 * types and their pointers, which other modules only declare. */
void cg_define_types(CG *g, Node *file);
/* Before lowering: which package each struct/interface literal of file (a
 * package's merged tree) was written in, for descriptors' pkgPath. */
void cg_note_literals(CG *g, Node *file, const char *pkgpath);
/* After lowering: ptrToThis of each type whose *T the module emitted. */
void cg_link_ptrtothis(CG *g);
LLVMValueRef cg_itab(CG *g, Type *iface, Type *concrete);
int cg_imethod_index(Type *iface, const char *name);
const char *cg_type_name(CG *g, Type *t);   /* Go's runtime spelling: "main.T", "[]int" */
LLVMValueRef cg_cstring(CG *g, const char *s, size_t len); /* NUL-terminated constant bytes */
LLVMValueRef cg_const_string(CG *g, const char *s, size_t len); /* Go string constant {ptr,len} */
LLVMValueRef cg_method_wrapper(CG *g, Type *recvt, const char *name, bool ifn);
LLVMValueRef cg_eqfn(CG *g, Type *t);   /* equal function for t (NULL value if incomparable) */
int64_t cg_bucket_size(CG *g, Type *maptype); /* bytes per bucket of a map type */

/* abi.c */
struct CgAbi {
	Type *sig;
	bool hasctx;              /* takes the closure context (Go functions) */
	int nparams;
	Type **ptypes;            /* Go parameter types, receiver first */
	int *pkind, *pfirst, *pcount; /* how each is passed, first LLVM param, count */
	LLVMTypeRef *ppiece[2];   /* coerced pieces */
	int nresults;
	Type **rtypes;
	Type *rtuple;             /* the results as one struct (>1 result) */
	int rkind;
	LLVMTypeRef rpiece[2];
	LLVMTypeRef fnty;
	int sretidx;              /* LLVM index of the sret param, -1 */
	int ctxidx;
};
CgAbi *cg_abi(CG *g, Type *sig, Type *recv, bool hasctx);
void cg_abi_attrs(CG *g, CgAbi *abi, LLVMValueRef fnOrCall, bool iscall);
/* Reads the incoming parameters of the current function into Go values. */
void cg_abi_params(CG *g, CgAbi *abi, LLVMValueRef llfn, LLVMValueRef *vals);
/* Returns Go values res[0..nresults) from the current function. */
void cg_abi_return(CG *g, CgAbi *abi, LLVMValueRef *res);
/* Calls fn; args are Go values.  Result: the single result's value, the
 * address of the result tuple (several results), or NULL. */
LLVMValueRef cg_abi_call(CG *g, CgAbi *abi, LLVMValueRef fn, LLVMValueRef ctx, LLVMValueRef *args);

/* expr.c */
LLVMValueRef cg_expr(CG *g, Node *e);            /* value of e */
LLVMValueRef cg_expr_to(CG *g, Node *e, Type *t);/* value of e assigned to a t */
LLVMValueRef cg_addr(CG *g, Node *e);            /* address of an addressable e */
LLVMValueRef cg_cond(CG *g, Node *e);            /* i1 */
LLVMValueRef cg_convert(CG *g, LLVMValueRef v, Type *from, Type *to); /* assignability conversions */
LLVMValueRef cg_call(CG *g, Node *call, int *nres);  /* a call; see cg_abi_call for the result */
LLVMValueRef cg_tuple_elem(CG *g, Type *tuple, LLVMValueRef addr, int i);
Type *cg_tuple_struct(CG *g, Type *tuple);          /* a call's results laid out as a struct */
/* f(g()), return g(), x, y = g(): the IR's temporaries (IrRewrite) filled
 * from the inner call; vals/types of their uses (converted as the IR says) */
int cg_rewrite_values(CG *g, IrRewrite *rw, LLVMValueRef *vals, Type **types);
void cg_nilcheck(CG *g, LLVMValueRef p);
void cg_boundscheck(CG *g, LLVMValueRef i, LLVMValueRef len, Type *itype, Pos at);
LLVMValueRef cg_equal(CG *g, Type *t, LLVMValueRef x, LLVMValueRef y); /* i1, x == y */
/* i1, interface value iv (of type it) == v of concrete type t, v unboxed */
LLVMValueRef cg_mixed_equal(CG *g, LLVMValueRef iv, Type *it, LLVMValueRef v, Type *t);
LLVMValueRef cg_complex(CG *g, Type *t, LLVMValueRef re, LLVMValueRef im); /* a complex t from its parts */
LLVMValueRef cg_int(CG *g, int64_t v);
LLVMValueRef cg_strfield(CG *g, LLVMValueRef s, int i);
LLVMValueRef cg_binop(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y, Type *t, Type *yt, Node *ynode);
/* defer: evaluates callee and arguments now into a closure {thunk, ...} the runtime runs later */
LLVMValueRef cg_begin_deferwrap(CG *g, LLVMBasicBlockRef *saved); /* a deferred call's thunk, begun */
LLVMValueRef cg_defer_closure(CG *g, Node *call);

/* walk.c */
LLVMValueRef cg_builtin(CG *g, Node *call);
LLVMValueRef cg_composite(CG *g, Node *lit, LLVMValueRef dst);  /* builds into dst (or a fresh temp) */
/* The implicit ... slice of n evaluated arguments vals (nodes args, NULL for f(g())), as a slice literal */
LLVMValueRef cg_pack_variadic(CG *g, Type *et, Node **args, LLVMValueRef *vals, int n, bool onstack);
LLVMValueRef cg_box(CG *g, Node *e, LLVMValueRef v, Type *from, Type *iface);
LLVMValueRef cg_typeassert(CG *g, Node *e, LLVMValueRef *okp);
/* chan.c: channels and go statements */
LLVMValueRef cg_makechan(CG *g, Type *ct, LLVMValueRef size);   /* size NULL: unbuffered */
void cg_send(CG *g, LLVMValueRef c, Type *elem, LLVMValueRef v);
void cg_send_stmt(CG *g, Node *s);
LLVMValueRef cg_recv(CG *g, LLVMValueRef c, Type *elem, LLVMValueRef *okp); /* okp: comma-ok */
LLVMValueRef cg_take_received(CG *g, Type *t, LLVMValueRef slot);          /* and clear the slot */
LLVMValueRef cg_recv_expr(CG *g, Node *e, LLVMValueRef *okp);               /* <-x */
void cg_go_stmt(CG *g, Node *s);
LLVMValueRef cg_defer_closure_any(CG *g, Node *call);  /* stmt.c: a go/defer call's closure */
LLVMValueRef cg_mapindex(CG *g, Node *e, LLVMValueRef *okp);
LLVMValueRef cg_mapload(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv, LLVMValueRef *okp);
LLVMValueRef cg_mapslot(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv);  /* mapassign */
LLVMValueRef cg_concat(CG *g, Node *e);
LLVMValueRef cg_strcmp(CG *g, FeOp op, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_convert_call(CG *g, Node *call);
LLVMValueRef cg_slice_expr(CG *g, Node *e);
LLVMValueRef cg_append(CG *g, Node *call);
LLVMValueRef cg_make_slice_value(CG *g, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap);
LLVMValueRef cg_iface_eq(CG *g, Type *t, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_typeswitch_match(CG *g, LLVMValueRef xv, Type *xt, Type *case_t);
LLVMValueRef cg_typeswitch_value(CG *g, LLVMValueRef xv, Type *xt, Type *t);
void cg_mapstore(CG *g, Type *mt, LLVMValueRef m, LLVMValueRef kv, LLVMValueRef v);

/* stmt.c */
void cg_body(CG *g, Node *body);
void cg_stmt(CG *g, Node *s);
void cg_assign_to(CG *g, Node *lhs, LLVMValueRef v, Type *t);
void cg_defer_prologue(CG *g);
void cg_return_values(CG *g, LLVMValueRef *vals);

#endif
