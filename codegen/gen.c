/*
 * gen.c - the lowering driver: from a checked file to an LLVM module.
 *
 * The module is built the way gc lays out a package: one LLVM function per
 * Go function, named as gc names its symbols ("main.f", "main.T.M",
 * "main.(*T).M", "main.f.func1" for the first function literal in f,
 * "main.init" for package initialisation), package variables as globals
 * ("main.x"), type descriptors as "type.T" constants.  Reading -S or
 * -emit-llvm next to `go tool compile -S` should feel familiar.
 *
 * Values.  Every Go value has an SSA form except structs and arrays, which
 * are handled by address (cg_ismem): an expression of struct type yields
 * the address of memory holding the value, and whoever stores it copies the
 * bytes.  Strings, slices and interfaces are small first-class LLVM structs
 * ({ptr,i64}, {ptr,i64,i64}, {ptr,ptr}).  Memory layout is Go's own
 * (fe_layout), so field access is a byte offset, never an LLVM struct GEP.
 *
 * Variables live in allocas (mem2reg turns most into registers) unless
 * their address outlives the frame: a variable that is address-taken or
 * captured by reference by a closure goes to the heap through
 * runtime.newobject, unless the escape pass said it stays on the stack
 * (cg_stack_ok).  Before escape analysis existed the verdict was always
 * "heap", which is always correct; the verdict only switches alloca vs
 * runtime call, nothing else in the lowering depends on it.
 *
 * Closures are gc's: a func value is a pointer to a closure object whose
 * first word is the code pointer; the rest of the object holds the captured
 * variables (by value when gc would capture by value, else a pointer to the
 * variable).  The callee receives the object in the static-chain register
 * (LLVM's `nest` parameter, R10 on amd64), so plain functions and closures
 * have the same signature and a top-level function used as a value needs
 * only a constant one-word closure.  abi.c explains the rest of the
 * calling convention.
 *
 * Function literals and method wrappers are lowered as soon as they are
 * met, saving and restoring the builder position around them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/DebugInfo.h>

#include "codegen/codegen.h"
#include "escape/escape.h"

_Noreturn void cg_fatal(Node *n, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	fe_ice(n ? n->pos : (Pos){ 0 }, "codegen: %s", buf);
}


/* ---- escape verdicts ---- */

bool cg_stack_ok(Node *n)
{
	if (!n)
		return false;
	return ir_on_stack(n->esc);
}

/* ---- symbols ---- */

static const char *type_base_name(Type *t)
{
	if (t->kind == TY_PTR)
		t = t->elem;
	return t->obj ? t->obj->name : "?";
}

static bool is_bundled(Object *o)
{
	return o->pkg && o->pkg->native;
}

/* The Go function a body-less declaration's //go:linkname pulls in
 * (internal/syscall/unix.RecvfromInet4 is syscall.recvfromInet4), when
 * that package is compiled in this program; NULL otherwise. */
static Object *linkname_go_target(Object *fn)
{
	const char *ln = fn->linkname, *dot = ln ? strrchr(ln, '.') : NULL;
	char path[256];
	if (!dot || strchr(ln, '(') || strchr(dot, '/') || (size_t)(dot - ln) >= sizeof path)
		return NULL;
	memcpy(path, ln, (size_t)(dot - ln));
	path[dot - ln] = 0;
	Package *p = fe_package(NULL, path);
	Object *o = p && !p->native && p->scope ? fe_scope_lookup(p->scope, dot + 1) : NULL;
	return o && o->kind == OBJ_FUNC && o->decl && o->decl->kind == N_FUNCDECL &&
	       (o->decl->func_.body || o->decl->func_.stripped) ? o : NULL;
}

bool cg_native_func(Object *fn)
{
	if (is_bundled(fn))
		return true;
	/* declared without a body in a package compiled from source: Go has
	 * it in assembly, minigo's runtime in C (the native overlay) -- unless
	 * its linkname names a Go function of the program (a body export
	 * data stripped is Go's too) */
	return fn->kind == OBJ_FUNC && fn->decl && fn->decl->kind == N_FUNCDECL && !fn->decl->func_.body &&
	       !fn->decl->func_.stripped && !linkname_go_target(fn);
}

static const char *pkg_prefix(Object *o)
{
	return o->pkg && o->pkg->path ? o->pkg->path : "main";
}

const char *cg_func_symbol(CG *g, Object *fn)
{
	if (fn->linkname)
		return fn->linkname;
	Type *sig = fn->type;
	if (sig && sig->recv) {
		Type *rt = sig->recv->type;
		bool ptr = rt->kind == TY_PTR;
		Type *base = ptr ? rt->elem : rt;
		const char *tn = base->obj ? base->obj->name : "?";
		const char *pkg = base->obj ? pkg_prefix(base->obj) : "main";
		return ptr ? fe_sprintf(g->a, "%s.(*%s).%s", pkg, tn, fn->name)
			   : fe_sprintf(g->a, "%s.%s.%s", pkg, tn, fn->name);
	}
	if (strcmp(fn->name, "init") == 0 && !is_bundled(fn))
		return fe_sprintf(g->a, "%s.init.%d", pkg_prefix(fn), fn->index);
	return fe_sprintf(g->a, "%s.%s", pkg_prefix(fn), fn->name);
}

/* The runtime's symbols (build/rtsyms.h, made from libminigort.a), sorted. */
static const char *const rtsyms[] = {
#include "rtsyms.h"
};

static int strp_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool runtime_defines(const char *sym)
{
	return bsearch(&sym, rtsyms, sizeof rtsyms / sizeof rtsyms[0], sizeof rtsyms[0], strp_cmp) != NULL;
}

static void note_import(CG *g, Object *fn);

LLVMValueRef cg_func_decl(CG *g, Object *fn)
{
	LLVMValueRef f = bs_map_get(g->funcs, fn);
	if (f)
		return f;
	if (g->split)
		note_import(g, fn);
	if (fn->flags & OF_NOIMPL) /* declared for checking and escape analysis only */
		fe_error(g->diag, g->pos, "%s.%s not supported by minigo (no implementation yet)", fn->pkg->name,
			 fn->type && fn->type->recv ? fe_sprintf(g->a, "%s.%s", type_base_name(fn->type->recv->type), fn->name)
						    : fn->name);
	else if (fn->pkg && !fn->pkg->native && cg_native_func(fn) && !runtime_defines(cg_func_symbol(g, fn)))
		/* Go's assembly or a runtime hook the overlay lacks (docs/packages.md) */
		fe_error(g->diag, g->pos, "%s not supported by minigo (no implementation in the runtime yet)",
			 cg_func_symbol(g, fn));
	Type *sig = fn->type;
	Type *recv = sig->recv ? sig->recv->type : NULL;
	CgAbi *abi = cg_abi(g, sig, recv, !cg_native_func(fn));
	const char *sym = cg_func_symbol(g, fn);
	f = LLVMGetNamedFunction(g->mod, sym);
	if (!f) {
		f = LLVMAddFunction(g->mod, sym, abi->fnty);
		cg_abi_attrs(g, abi, f, false);
	}
	bs_map_put(g->funcs, fn, f);
	return f;
}

LLVMValueRef cg_new_function(CG *g, const char *name, CgAbi *abi)
{
	LLVMValueRef f = LLVMAddFunction(g->mod, name, abi->fnty);
	cg_abi_attrs(g, abi, f, false);
	return f;
}

LLVMValueRef cg_global(CG *g, Object *var)
{
	LLVMValueRef v = bs_map_get(g->globals, var);
	if (v)
		return v;
	const char *sym = var->linkname ? var->linkname : fe_sprintf(g->a, "%s.%s", pkg_prefix(var), var->name);
	if (strcmp(var->name, "_") == 0)
		sym = fe_sprintf(g->a, "%s._.%d", pkg_prefix(var), g->nstmp++);
	/* a //go:linkname may name a symbol the module already has, or
	 * another package's (the runtime's C): then this is a reference */
	v = var->linkname ? LLVMGetNamedGlobal(g->mod, sym) : NULL;
	if (v) {
		bs_map_put(g->globals, var, v);
		return v;
	}
	bool external = var->linkname && strncmp(sym, fe_sprintf(g->a, "%s.", pkg_prefix(var)), strlen(pkg_prefix(var)) + 1) != 0 &&
	                strcmp(sym, "main..inittask") != 0;
	/* in a module per package, another package's variable is defined in its own */
	if (g->split && strcmp(pkg_prefix(var), g->pkgpath) != 0)
		external = true;
	v = LLVMAddGlobal(g->mod, cg_memtype(g, var->type), sym);
	if (external) {
		LLVMSetAlignment(v, (unsigned)cg_align(var->type));
		bs_map_put(g->globals, var, v);
		return v;
	}
	LLVMSetAlignment(v, (unsigned)cg_align(var->type));
	if (!is_bundled(var))
		LLVMSetInitializer(v, LLVMConstNull(cg_memtype(g, var->type)));
	bs_map_put(g->globals, var, v);
	return v;
}

/* ---- runtime entry points ---- */

/*
 * The runtime functions generated code calls, with their C signatures
 * spelled as Go types so abi.c lowers them like any other call.  Letters:
 * p pointer, i int (i64), u uint32, w uint16, b bool, s string, S slice,
 * e eface, f float64, v nothing, P (rune, int).  The first letter is the result.
 */
static const struct { const char *name, *sig; } rtsigs[] = {
	{ "runtime.newobject", "pp" },
	{ "runtime.mallocgc", "pipb" },
	{ "runtime.makeslice", "ppii" },
	{ "runtime.panicplain", "vp" },
	{ "runtime.panicmakeslicelen", "v" },
	{ "runtime.panicmakeslicecap", "v" },
	{ "runtime.unsafeslice", "vppi" },
	{ "runtime.godebugenv", "s" },
	{ "runtime.growslice", "SpSi" },
	{ "runtime.makemap_small", "p" },
	{ "runtime.makemap", "ppip" },
	{ "runtime.mapaccess1", "pppp" },
	{ "runtime.mapaccess2", "ppppp" },
	{ "runtime.mapassign", "pppp" },
	{ "runtime.mapdelete", "vppp" },
	{ "runtime.mapiterinit", "vppp" },
	{ "runtime.mapiternext", "vp" },
	{ "runtime.mapaccess1_fat", "ppppp" },
	{ "runtime.mapaccess2_fat", "pppppp" },
	{ "runtime.mapaccess1_fast64", "pppi" },
	{ "runtime.mapaccess2_fast64", "pppip" },
	{ "runtime.mapassign_fast64", "pppi" },
	{ "runtime.mapassign_fast64ptr", "pppp" },
	{ "runtime.mapdelete_fast64", "vppi" },
	{ "runtime.mapaccess1_fast32", "pppu" },
	{ "runtime.mapaccess2_fast32", "pppup" },
	{ "runtime.mapassign_fast32", "pppu" },
	{ "runtime.mapdelete_fast32", "vppu" },
	{ "runtime.mapaccess1_faststr", "ppps" },
	{ "runtime.mapaccess2_faststr", "pppsp" },
	{ "runtime.mapassign_faststr", "ppps" },
	{ "runtime.mapdelete_faststr", "vpps" },
	{ "runtime.efaceeq", "bppp" },
	{ "runtime.ifaceeq", "bppp" },
	{ "runtime.memequal", "bppi" },
	{ "runtime.convT16", "pw" },
	{ "runtime.convT32", "pu" },
	{ "runtime.convT64", "pi" },
	{ "runtime.convTstring", "ps" },
	{ "runtime.convTslice", "pS" },
	{ "runtime.convT", "ppp" },
	{ "runtime.convTnoptr", "ppp" },
	{ "runtime.fastrand", "u" },
	{ "runtime.concatstrings", "spS" },
	{ "runtime.slicebytetostring", "sppi" },
	{ "runtime.stringtoslicebyte", "Sps" },
	{ "runtime.stringtoslicerune", "Sps" },
	{ "runtime.slicerunetostring", "spS" },
	{ "runtime.intstring", "spi" },
	{ "runtime.decoderune", "Psi" },
	{ "runtime.gopanic", "ve" },
	{ "runtime.gorecover", "eb" },
	{ "runtime.gorecoverdefer", "eb" },
	{ "runtime.deferproc", "vpp" },
	{ "runtime.newproc", "vp" },
	{ "runtime.makechan", "ppi" },
	{ "runtime.chansend1", "vpp" },
	{ "runtime.chanrecv1", "vpp" },
	{ "runtime.chanrecv2", "bpp" },
	{ "runtime.closechan", "vp" },
	{ "runtime.chanlen", "ip" },
	{ "runtime.chancap", "ip" },
	{ "runtime.selectnbsend", "bpp" },
	{ "runtime.selectnbrecv", "bppp" },
	{ "runtime.selectgo", "ippiibp" },
	{ "runtime.block", "v" },
	{ "runtime.preemptcheck", "v" },
	{ "runtime.deferreturn", "vp" },
	{ "runtime.canrecover", "bp" },
	{ "runtime.panicIndex", "vii" },
	{ "runtime.panicIndexU", "vii" },
	{ "runtime.panicSliceAlen", "vii" },
	{ "runtime.panicSliceAcap", "vii" },
	{ "runtime.panicSliceB", "vii" },
	{ "runtime.panicSlice3Alen", "vii" },
	{ "runtime.panicSlice3Acap", "vii" },
	{ "runtime.panicSlice3B", "vii" },
	{ "runtime.panicSlice3C", "vii" },
	{ "runtime.panicSliceConvert", "vii" },
	{ "runtime.panicSliceAlenU", "vii" },
	{ "runtime.panicSliceAcapU", "vii" },
	{ "runtime.panicSliceBU", "vii" },
	{ "runtime.panicSlice3AlenU", "vii" },
	{ "runtime.panicSlice3AcapU", "vii" },
	{ "runtime.panicSlice3BU", "vii" },
	{ "runtime.panicSlice3CU", "vii" },
	{ "runtime.panicdivide", "v" },
	{ "runtime.panicshift", "v" },
	{ "runtime.panicmem", "v" },
	{ "runtime.panicwrap", "vppp" },
	{ "runtime.panicdottypeE", "vppp" },
	{ "runtime.panicdottypeI", "vppp" },
	{ "runtime.panicnildottype", "vp" },
	{ "runtime.assertE2I", "ppp" },
	{ "runtime.getitab", "pppb" },
	{ "runtime.itabsinit", "vpi" },
	{ "runtime.printstring", "vs" },
	{ "runtime.printint", "vi" },
	{ "runtime.printuint", "vi" },
	{ "runtime.printfloat", "vf" },
	{ "runtime.printcomplex", "vc" },
	{ "runtime.complex128div", "ccc" },
	{ "runtime.printbool", "vb" },
	{ "runtime.printpointer", "vp" },
	{ "runtime.printslice", "vS" },
	{ "runtime.printeface", "ve" },
	{ "runtime.printiface", "ve" },
	{ "runtime.printnl", "v" },
	{ "runtime.printsp", "v" },
	{ "runtime.printlock", "v" },
	{ "runtime.printunlock", "v" },
	{ "runtime.cmpstring", "iss" },
	{ "runtime.memmove", "vppi" },
};

static Type *rt_letter_type(CG *g, char c)
{
	switch (c) {
	case 'p': return fe_types[TY_UNSAFEPTR];
	case 'i': return fe_types[TY_INT];
	case 'u': return fe_types[TY_UINT32];
	case 'w': return fe_types[TY_UINT16];
	case 'b': return fe_types[TY_BOOL];
	case 's': return fe_types[TY_STRING];
	case 'S': return fe_type_slice(g->a, fe_types[TY_UINT8]);
	case 'e': return fe_type_any;
	case 'f': return fe_types[TY_FLOAT64];
	case 'c': return fe_types[TY_COMPLEX128];
	case 'P': { /* (rune, int) */
		Type *el[2] = { fe_types[TY_INT32], fe_types[TY_INT] };
		return fe_type_tuple(g->a, el, 2);
	}
	}
	return NULL;
}

static CgAbi *rt_abi(CG *g, const char *name)
{
	for (size_t i = 0; i < sizeof rtsigs / sizeof rtsigs[0]; i++) {
		if (strcmp(rtsigs[i].name, name) != 0)
			continue;
		const char *s = rtsigs[i].sig;
		int np = (int)strlen(s) - 1;
		Type **ps = fe_alloc(g->a, (np + 1) * sizeof *ps);
		for (int k = 0; k < np; k++)
			ps[k] = rt_letter_type(g, s[k + 1]);
		Type *r = rt_letter_type(g, s[0]);
		Type *sig;
		if (r && r->kind == TY_TUPLE)
			sig = fe_type_func(g->a, ps, np, r->results, r->nresults, false);
		else
			sig = fe_type_func(g->a, ps, np, &r, r ? 1 : 0, false);
		return cg_abi(g, sig, NULL, false);
	}
	cg_fatal(NULL, "unknown runtime function %s", name);
}

LLVMValueRef cg_rtfn(CG *g, const char *name)
{
	LLVMValueRef f = bs_map_get(g->rtfns, name);
	if (f)
		return f;
	CgAbi *abi = rt_abi(g, name);
	f = LLVMGetNamedFunction(g->mod, name);
	if (!f) {
		f = LLVMAddFunction(g->mod, name, abi->fnty);
		cg_abi_attrs(g, abi, f, false);
		/* gc never merges two panics: each keeps its own position and
		 * inlined frames (tracebacks), where LLVM would sink or tail-merge
		 * them into one call with a merged location */
		if (strncmp(name, "runtime.panic", 13) == 0 || strcmp(name, "runtime.gopanic") == 0)
			LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
						LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("nomerge", 7), 0));
	}
	bs_map_put(g->rtfns, name, f);
	bs_map_put(g->rtfns, fe_sprintf(g->a, "abi:%s", name), abi);
	return f;
}

LLVMValueRef cg_rtcall(CG *g, const char *name, LLVMValueRef *args, int n)
{
	(void)n;
	LLVMValueRef f = cg_rtfn(g, name);
	CgAbi *abi = bs_map_get(g->rtfns, fe_sprintf(g->a, "abi:%s", name));
	return cg_abi_call(g, abi, f, NULL, args);
}

/* ---- blocks and frames ---- */

LLVMBasicBlockRef cg_block(CG *g, const char *name)
{
	return LLVMAppendBasicBlockInContext(g->ctx, g->fn->llfn, name);
}

void cg_set_block(CG *g, LLVMBasicBlockRef bb)
{
	LLVMPositionBuilderAtEnd(g->b, bb);
}

/* Code after return, panic, break, goto...: emitted into a block without
 * predecessors, which br() ends with unreachable rather than a branch, so
 * that the optimiser is not handed thousands of dead edges into one join
 * (a switch of 40,000 returning cases made SimplifyCFG quadratic). */
void cg_dead_block(CG *g, const char *name)
{
	LLVMBasicBlockRef bb = cg_block(g, name);
	cg_set_block(g, bb);
	g->dead = bb;
}

bool cg_terminated(CG *g)
{
	LLVMBasicBlockRef bb = LLVMGetInsertBlock(g->b);
	return LLVMGetBasicBlockTerminator(bb) != NULL;
}

LLVMValueRef cg_alloca_raw(CG *g, int64_t size, int64_t align, const char *name)
{
	LLVMBuilderRef ab = LLVMCreateBuilderInContext(g->ctx);
	LLVMValueRef first = LLVMGetFirstInstruction(g->fn->allocas);
	if (first)
		LLVMPositionBuilderBefore(ab, first);
	else
		LLVMPositionBuilderAtEnd(ab, g->fn->allocas);
	LLVMTypeRef t = LLVMArrayType(g->i8, (unsigned)(size > 0 ? size : 1));
	LLVMValueRef a = LLVMBuildAlloca(ab, t, name);
	LLVMSetAlignment(a, (unsigned)(align > 0 ? align : 1));
	LLVMDisposeBuilder(ab);
	return a;
}

LLVMValueRef cg_alloca(CG *g, Type *t, const char *name)
{
	LLVMValueRef a;
	if (!cg_ismem(t)) {
		LLVMBuilderRef ab = LLVMCreateBuilderInContext(g->ctx);
		LLVMValueRef first = LLVMGetFirstInstruction(g->fn->allocas);
		if (first)
			LLVMPositionBuilderBefore(ab, first);
		else
			LLVMPositionBuilderAtEnd(ab, g->fn->allocas);
		a = LLVMBuildAlloca(ab, cg_vtype(g, t), name);
		LLVMSetAlignment(a, (unsigned)cg_align(t));
		LLVMDisposeBuilder(ab);
		LLVMBuildStore(g->b, LLVMConstNull(cg_vtype(g, t)), a);
		return a;
	}
	a = cg_alloca_raw(g, cg_size(t), cg_align(t), name);
	cg_memzero(g, a, cg_size(t), cg_align(t));
	return a;
}

LLVMValueRef cg_new(CG *g, Type *t, bool onstack)
{
	if (onstack)
		return cg_alloca(g, t, "new");
	if (cg_size(t) == 0) {
		/* as gc's newObject: every zero-sized object is runtime.zerobase, no call */
		LLVMValueRef zb = LLVMGetNamedGlobal(g->mod, "runtime.zerobase");
		if (!zb)
			zb = LLVMAddGlobal(g->mod, g->i64, "runtime.zerobase");
		return zb;
	}
	LLVMValueRef arg = cg_typedesc(g, t);
	return cg_rtcall(g, "runtime.newobject", &arg, 1);
}

/* ---- variables ---- */

CgVar *cg_var(CG *g, Object *var)
{
	CgVar *v = bs_map_get(g->vars, var);
	if (!v)
		cg_fatal(var->decl, "variable %s has no storage", var->name);
	return v;
}

Node *cg_var_at(CG *g, const char *name, Type *t, LLVMValueRef addr, Pos pos)
{
	Object *o = fe_object_new(g->a, OBJ_VAR, name, pos, t);
	Node *id = fe_node(g->a, N_IDENT, pos);
	o->fn = g->fn->decl ? g->fn->decl : id;
	CgVar *cv = fe_alloc(g->a, sizeof *cv);
	cv->addr = addr;
	bs_map_put(g->vars, o, cv);
	id->ident.name = o->name;
	id->obj = o;
	id->type = t;
	id->mode = MODE_VAR;
	return id;
}

Node *cg_temp(CG *g, Type *t, LLVMValueRef v, Pos pos)
{
	LLVMValueRef addr = cg_alloca(g, t, "autotmp");
	cg_store(g, t, addr, v);
	return cg_var_at(g, ".autotmp", t, addr, pos);
}

/*
 * A local variable lives where escape analysis put it: on the heap when
 * gc would print "moved to heap" (escape/escape.c's verdict on its
 * declaration), else in the frame.  Code escape never reached is dead
 * (gc removed it): its variables stay in the frame.
 */
void cg_declare_local(CG *g, Object *var, Node *declnode)
{
	CgVar *v = fe_alloc(g->a, sizeof *v);
	Node *d = declnode ? declnode : var->decl;
	if (d && ir_on_heap(d->esc))
		v->addr = cg_new(g, var->type, false);
	else
		v->addr = cg_alloca(g, var->type, var->name);
	bs_map_put(g->vars, var, v);
}

/* ---- functions ---- */

/* ---- line tables: -S shows each instruction's source line (.loc), as gc's -S does ---- */

static LLVMMetadataRef source_difile(CG *g, const char *filename);

/* The diagnostics of the package declaring o, whose positions are in its files; NULL if not lowered here. */
static FeDiag *diag_of(CG *g, Object *o)
{
	if (!o || !o->pkg)
		return g->diag;
	for (int k = 0; k < g->npkgs; k++)
		if (g->pkgs[k].comp->pkg == o->pkg)
			return g->pkgs[k].comp->diag;
	return NULL;
}

static void debug_begin(CG *g, CgFn *f, LLVMValueRef llfn)
{
	f->savedloc = LLVMGetCurrentDebugLocation2(g->b);
	Pos pos = f->decl ? f->decl->pos : (Pos){ 0 };
	size_t n;
	const char *name = LLVMGetValueName2(llfn, &n);
	/* a function gc's inliner copied here already has its subprogram */
	f->sp = f->decl ? bs_map_get(g->disps, name) : NULL;
	if (!f->sp) {
		/* another package's function copied here (g->imported) is in its files */
		FeDiag *diag = f->decl && f->decl->kind == N_FUNCDECL && f->decl->func_.name ?
				       diag_of(g, f->decl->func_.name->obj) : g->diag;
		LLVMMetadataRef file = f->decl && diag ? source_difile(g, fe_pos_file(diag, pos)) : g->difile;
		f->sp = LLVMDIBuilderCreateFunction(g->dib, file, name, n, name, n, file, (unsigned)pos.line,
						   g->disubty, false, true, (unsigned)pos.line, LLVMDIFlagZero, false);
		if (f->decl)
			bs_map_put(g->disps, fe_strndup(g->a, name, n), f->sp);
	}
	LLVMSetSubprogram(llfn, f->sp);
	LLVMSetCurrentDebugLocation2(g->b, LLVMDIBuilderCreateDebugLocation(g->ctx, (unsigned)pos.line,
									 (unsigned)pos.col, f->sp, NULL));
}

void cg_begin_function(CG *g, CgFn *f, LLVMValueRef llfn)
{
	f->llfn = llfn;
	f->outer = g->fn;
	f->labels = bs_smap_new(g->a);
	f->inl = NULL;
	/* Go never turns a call into a jump: endless recursion must overflow
	 * the stack ("goroutine stack exceeds ..."), not become a loop, and
	 * tracebacks keep every frame */
	LLVMAddAttributeAtIndex(llfn, LLVMAttributeFunctionIndex,
				LLVMCreateStringAttribute(g->ctx, "disable-tail-calls", 18, "true", 4));
	debug_begin(g, f, llfn);
	g->fn = f;
	f->allocas = LLVMAppendBasicBlockInContext(g->ctx, llfn, "entry");
	LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(g->ctx, llfn, "start");
	cg_set_block(g, start);
	if (f->abi && f->abi->hasctx)
		f->ctxparam = LLVMGetParam(llfn, (unsigned)f->abi->ctxidx);
}

void cg_end_function(CG *g)
{
	CgFn *f = g->fn;
	if (!cg_terminated(g)) {
		/* falling off the end returns at the closing brace (gc's line for
		 * the deferred calls run there, as runtime.Caller sees them) */
		Node *d = f->decl;
		if (d && (d->kind == N_FUNCDECL || d->kind == N_FUNCLIT) && d->func_.body &&
		    d->func_.body->kind == N_BLOCK)
			cg_debug_pos(g, d->func_.body->block.rbrace);
		if (f->abi && f->abi->nresults == 0)
			cg_return_values(g, NULL);
		else
			LLVMBuildUnreachable(g->b);
	}
	cg_leave_function(g);
}

void cg_leave_function(CG *g)
{
	CgFn *f = g->fn;
	LLVMBasicBlockRef start = LLVMGetNextBasicBlock(f->allocas);
	LLVMPositionBuilderAtEnd(g->b, f->allocas);
	LLVMBuildBr(g->b, start);
	g->fn = f->outer;
	LLVMSetCurrentDebugLocation2(g->b, f->savedloc);
}


/*
 * Positions under a //line directive take its file and line, as gc's line
 * table does (runtime.Caller, tracebacks): the location's scope is then a
 * lexical block file naming that file ("??" when the directive names none).
 * sp is the function the position is in (an inlined callee's too), at the
 * location of the call it was inlined at, or NULL.
 */
static LLVMMetadataRef mkloc(CG *g, FeDiag *diag, Pos pos, LLVMMetadataRef sp, LLVMMetadataRef at)
{
	Pos rel;
	const char *file = fe_pos_where(diag, pos, &rel);
	LLVMMetadataRef scope = sp;
	if (file != fe_pos_file(diag, pos)) {
		const char *name = *file ? file : "??";
		const char *key = fe_sprintf(g->a, "%p|%s", (void *)sp, name);
		scope = bs_map_get(g->discopes, key);
		if (!scope) {
			LLVMMetadataRef f = LLVMDIBuilderCreateFile(g->dib, name, strlen(name), "", 0);
			scope = LLVMDIBuilderCreateLexicalBlockFile(g->dib, sp, f, 0);
			bs_map_put(g->discopes, key, scope);
		}
	}
	if (rel.line <= 0)
		rel.line = 1;
	return LLVMDIBuilderCreateDebugLocation(g->ctx, (unsigned)rel.line, (unsigned)pos.col, scope, at);
}

/*
 * Inside an inlined body every node stands at the call (inline/calls.c's
 * place, for gc's diagnostics), so a position given here keeps the
 * location of the body's statement lowered last (cg_debug_stmt); bounds
 * checks and the like are thus placed on their statement's line.
 */
void cg_debug_pos(CG *g, Pos pos)
{
	if (pos.line > 0)
		g->pos = pos;
	if (!g->fn || !g->fn->sp || pos.line <= 0 || g->fn->inl)
		return;
	LLVMSetCurrentDebugLocation2(g->b, mkloc(g, g->diag, pos, g->fn->sp, NULL));
}

/*
 * ---- inlined calls' frames ----
 *
 * gc's runtime shows a call its inliner inlined as a frame of its own; so
 * does minigo's (runtime/symtab.c reads DWARF's inlined subroutines).  The
 * code of an N_INLCALL's body gets locations as LLVM's own inliner gives
 * them: the callee's subprogram as their scope (the one its own function
 * has, shared through g->disps) and the call's location as their
 * inlinedAt, nested as the inlining nests.  The statements' positions in
 * the callee come from inlcall.srcpos, kept by the inliner's place(); an
 * imported callee's are in files of its own package's FeDiag.
 */
typedef struct CgInl {
	struct CgInl *outer;
	FeDiag *diag;         /* the callee's package's: its positions' files */
	BsMap *srcpos;        /* nodes of the copy -> their Pos in the callee */
	LLVMMetadataRef sp;   /* the callee's subprogram */
	LLVMMetadataRef at;   /* the call's location */
	LLVMMetadataRef saved;
} CgInl;

void cg_debug_stmt(CG *g, Node *s)
{
	CgInl *in = g->fn ? g->fn->inl : NULL;
	Pos *src = in && g->fn->sp ? bs_map_get(in->srcpos, s) : NULL;
	if (!src) {
		cg_debug_pos(g, s->pos);
		return;
	}
	g->pos = s->pos;
	LLVMSetCurrentDebugLocation2(g->b, mkloc(g, in->diag, *src, in->sp, in->at));
}

/* The callee's subprogram: the one its own function has or will have. */
static LLVMMetadataRef callee_sp(CG *g, Node *callee, FeDiag *diag)
{
	Object *o = callee->func_.name->obj;
	const char *name = cg_func_symbol(g, o);
	LLVMMetadataRef sp = bs_map_get(g->disps, name);
	if (sp)
		return sp;
	LLVMMetadataRef file = source_difile(g, fe_pos_file(diag, callee->pos));
	size_t n = strlen(name);
	sp = LLVMDIBuilderCreateFunction(g->dib, file, name, n, name, n, file, (unsigned)callee->pos.line,
					 g->disubty, false, true, (unsigned)callee->pos.line, LLVMDIFlagZero, false);
	bs_map_put(g->disps, name, sp);
	return sp;
}

bool cg_inl_begin(CG *g, Node *e)
{
	CgFn *f = g->fn;
	Node *callee = e->inlcall.callee;
	Object *o = callee && callee->kind == N_FUNCDECL && callee->func_.name ? callee->func_.name->obj : NULL;
	if (!f || !f->sp || !e->inlcall.srcpos || !o || callee->pos.line <= 0)
		return false;
	FeDiag *diag = diag_of(g, o);
	if (!diag)
		return false;
	CgInl *outer = f->inl, *in = fe_alloc(g->a, sizeof *in);
	in->outer = outer;
	in->diag = diag;
	in->srcpos = e->inlcall.srcpos;
	in->saved = LLVMGetCurrentDebugLocation2(g->b);
	/* the call's own position: in the caller, or in the callee it was copied with */
	Pos *src = outer ? bs_map_get(outer->srcpos, e->inlcall.call) : NULL;
	if (src)
		in->at = mkloc(g, outer->diag, *src, outer->sp, outer->at);
	else if (outer || e->inlcall.call->pos.line <= 0)
		in->at = in->saved;
	else
		in->at = mkloc(g, g->diag, e->inlcall.call->pos, f->sp, NULL);
	if (!in->at)
		return false;
	in->sp = callee_sp(g, callee, diag);
	f->inl = in;
	return true;
}

/*
 * The DIE tree repeats a function's inlined calls in every function they
 * are inlined into, so its size grows with the square of the inlining's
 * depth: LLVM's inliner, which has no budget like gc's, inlines 2,000
 * chained small functions (bench/compile's chain2000) into one another,
 * 2,000 deep, and that took 12 s, 1 GB and a 45 MB executable.  After
 * optimization, a location inlined deeper than MAXINLDEPTH calls is
 * replaced by the location of its call at that depth: the frames beyond
 * it are folded into that one's line, as if the call had not been
 * inlined further.  gc's own budget never inlines that deep.
 */
enum { MAXINLDEPTH = 16 };

void cg_debug_cap_inlining(LLVMModuleRef m)
{
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
				LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(i);
				if (!loc)
					continue;
				int depth = 0;
				for (LLVMMetadataRef at = LLVMDILocationGetInlinedAt(loc); at;
				     at = LLVMDILocationGetInlinedAt(at))
					depth++;
				if (depth <= MAXINLDEPTH)
					continue;
				for (; depth > MAXINLDEPTH; depth--)
					loc = LLVMDILocationGetInlinedAt(loc);
				LLVMInstructionSetDebugLoc(i, loc);
			}
}

void cg_inl_end(CG *g, bool begun)
{
	if (!begun)
		return;
	CgInl *in = g->fn->inl;
	g->fn->inl = in->outer;
	LLVMSetCurrentDebugLocation2(g->b, in->saved);
}

/* The DIFile of a source file named as positions print it. */
static LLVMMetadataRef source_difile(CG *g, const char *filename)
{
	LLVMMetadataRef f = bs_map_get(g->difiles, filename);
	if (f)
		return f;
	const char *slash = strrchr(filename, '/');
	const char *base = slash ? slash + 1 : filename;
	const char *dir = slash ? fe_strndup(g->a, filename, (size_t)(slash - filename)) : ".";
	/* The line table names the file by its absolute path, as gc records
	 * it (runtime.Caller and tracebacks print it): the working directory
	 * joined with the path as given, without resolving symlinks. */
	char cwd[4096];
	if (filename[0] != '/' && getcwd(cwd, sizeof cwd)) {
		while (dir[0] == '.' && dir[1] == '/')
			dir += 2;
		if (strcmp(dir, ".") == 0)
			dir = fe_strndup(g->a, cwd, strlen(cwd));
		else
			dir = fe_sprintf(g->a, "%s/%s", cwd, dir);
	}
	f = LLVMDIBuilderCreateFile(g->dib, base, strlen(base), dir, strlen(dir));
	bs_map_put(g->difiles, filename, f);
	return f;
}

static void debug_init(CG *g, const char *filename)
{
	g->dib = LLVMCreateDIBuilder(g->mod);
	g->difiles = bs_smap_new(g->a);
	g->disps = bs_smap_new(g->a);
	g->difile = source_difile(g, filename);
	const char *slash = strrchr(filename, '/');
	const char *base = slash ? slash + 1 : filename;
	/* Line tables only (clang's -gline-tables-only): the line table and
	 * a DIE tree of subprograms and inlined subroutines with their call
	 * sites and address ranges, no types or variables.  The runtime reads
	 * both (runtime/symtab.c): gc shows an inlined call as a frame. */
	/* The unit's own file has no directory: DWARF 4 line tables leave
	 * directory 0 (the unit's) unnamed, so the functions' file must name
	 * its directory explicitly. */
	LLVMMetadataRef cufile = LLVMDIBuilderCreateFile(g->dib, base, strlen(base), "", 0);
	g->dicu = LLVMDIBuilderCreateCompileUnit(g->dib, LLVMDWARFSourceLanguageGo, cufile, "minigo", 6, true,
						 "", 0, 0, "", 0, LLVMDWARFEmissionLineTablesOnly, 0, false, false,
						 "", 0, "", 0);
	g->disubty = LLVMDIBuilderCreateSubroutineType(g->dib, g->difile, NULL, 0, LLVMDIFlagZero);
	LLVMAddModuleFlag(g->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
			  LLVMValueAsMetadata(LLVMConstInt(g->i32, LLVMDebugMetadataVersion(), false)));
	LLVMAddModuleFlag(g->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
			  LLVMValueAsMetadata(LLVMConstInt(g->i32, 4, false)));
}

/* Declares parameters and results as variables and reads the incoming values. */
static void bind_params(CG *g, CgFn *f, Node *ftype, Node *recv)
{
	CgAbi *abi = f->abi;
	LLVMValueRef *vals = fe_alloc(g->a, (abi->nparams + 1) * sizeof *vals);
	cg_abi_params(g, abi, f->llfn, vals);
	int k = 0;
	NodeList recvs = { 0 };
	if (recv)
		fe_list_push(g->a, &recvs, recv);
	NodeList *lists[2] = { &recvs, &ftype->functype.params };
	for (int l = 0; l < 2; l++) {
		for (int i = 0; i < lists[l]->len; i++) {
			Node *fld = lists[l]->v[i];
			if (fld->field.names.len == 0) {
				k++;
				continue;
			}
			for (int j = 0; j < fld->field.names.len; j++, k++) {
				Node *id = fld->field.names.v[j];
				Object *o = id->obj;
				if (!o || strcmp(id->ident.name, "_") == 0)
					continue;
				cg_declare_local(g, o, id);
				cg_store(g, o->type, cg_var(g, o)->addr, vals[k]);
			}
		}
	}
	/* results */
	int nr = abi->nresults;
	f->nresults = nr;
	f->resaddr = fe_alloc(g->a, (nr + 1) * sizeof *f->resaddr);
	f->results = fe_alloc(g->a, (nr + 1) * sizeof *f->results);
	int r = 0;
	NodeList *res = &ftype->functype.results;
	for (int i = 0; i < res->len; i++) {
		Node *fld = res->v[i];
		if (fld->field.names.len == 0) {
			f->resaddr[r] = cg_alloca(g, abi->rtypes[r], "res");
			r++;
			continue;
		}
		for (int j = 0; j < fld->field.names.len; j++, r++) {
			Node *id = fld->field.names.v[j];
			Object *o = id->obj;
			if (!o || strcmp(id->ident.name, "_") == 0) {
				f->resaddr[r] = cg_alloca(g, abi->rtypes[r], "res");
				continue;
			}
			cg_declare_local(g, o, id);
			f->results[r] = o;
			f->resaddr[r] = cg_var(g, o)->addr;
		}
	}
}

/* Does a body contain a defer statement, a recover() call?  Not counting
 * nested func literals: they are functions of their own. */
typedef struct Scan {
	bool defer, recover;
} Scan;

static void scan_body(Node *n, void *ctx)
{
	Scan *s = ctx;
	if (n->kind == N_FUNCLIT)
		return;
	if (n->kind == N_DEFER)
		s->defer = true;
	else if (n->kind == N_CALL && fe_call_builtin(n) == BI_RECOVER)
		s->recover = true;
	fe_each_child(n, scan_body, s);
}

/* Lowers a function body whose CgFn and LLVM function exist. */
static void lower_body(CG *g, CgFn *f, Node *ftype, Node *recv, Node *body, LLVMValueRef self)
{
	Scan scan = { false, false };
	scan_body(body, &scan);
	f->hasdefer = scan.defer;
	if (scan.recover) {
		/* recover() works only in a function the panic machinery called
		 * directly as a deferred call: it left our address in deferfn. */
		LLVMValueRef arg = self;
		f->canrecover = cg_rtcall(g, "runtime.canrecover", &arg, 1);
	}
	bind_params(g, f, ftype, recv);
	if (strcmp(f->name, "main.main") == 0) {
		/* rt0 calls main.main only: run package initialisation first, once */
		/* gc's inittask {state, ndeps, nfns}: state 0 until it ran (a
		 * //go:linkname may read it; minigo leaves ndeps and nfns 0) */
		LLVMValueRef done = LLVMGetNamedGlobal(g->mod, "main..inittask");
		if (!done) {
			LLVMTypeRef tt = LLVMArrayType(g->i64, 3);
			done = LLVMAddGlobal(g->mod, tt, "main..inittask");
			LLVMSetInitializer(done, LLVMConstNull(tt));
			LLVMSetAlignment(done, 8);
		}
		LLVMBasicBlockRef run = cg_block(g, "init"), cont = cg_block(g, "main");
		LLVMValueRef state = LLVMBuildLoad2(g->b, g->i64, done, "");
		LLVMBuildCondBr(g->b, LLVMBuildICmp(g->b, LLVMIntNE, state, LLVMConstInt(g->i64, 0, false), ""), cont, run);
		cg_set_block(g, run);
		LLVMBuildStore(g->b, LLVMConstInt(g->i64, 2, false), done);
		Type *isig = fe_type_func(g->a, NULL, 0, NULL, 0, false);
		CgAbi *ia = cg_abi(g, isig, NULL, true);
		LLVMValueRef initfn = LLVMGetNamedFunction(g->mod, "main.init");
		if (!initfn)
			initfn = cg_new_function(g, "main.init", ia);
		cg_abi_call(g, ia, initfn, NULL, NULL);
		LLVMBuildBr(g->b, cont);
		cg_set_block(g, cont);
	}
	if (f->hasdefer)
		cg_defer_prologue(g);
	cg_body(g, body);
}

static void lower_funcdecl(CG *g, Node *d)
{
	Object *o = d->func_.name->obj;
	/* a blank function or method can never be called: gc emits no code */
	if (!o || !d->func_.body || strcmp(o->name, "_") == 0)
		return;
	LLVMValueRef llfn = cg_func_decl(g, o);
	CgFn *f = fe_alloc(g->a, sizeof *f);
	f->decl = d;
	f->sig = o->type;
	f->name = LLVMGetValueName(llfn);
	f->abi = cg_abi(g, o->type, o->type->recv ? o->type->recv->type : NULL, true);
	cg_begin_function(g, f, llfn);
	lower_body(g, f, d->func_.type, d->func_.recv, d->func_.body, llfn);
	cg_end_function(g);
}

/* ---- function literals ---- */

/* The closure object's type: {code, captured...}, so the heap copy is scanned precisely. */
static Type *closure_type(CG *g, IrFunc *f)
{
	Field *fs = fe_alloc(g->a, (f->ncvars + 1) * sizeof *fs);
	fs[0].name = "F";
	fs[0].type = fe_types[TY_UINTPTR];
	for (int i = 0; i < f->ncvars; i++) {
		Object *v = f->cvars[i].var;
		fs[i + 1].name = v->name;
		fs[i + 1].type = f->cvars[i].byval ? v->type : fe_type_ptr(g->a, v->type);
	}
	Type *t = fe_type_struct(g->a, fs, f->ncvars + 1);
	fe_layout(t);
	return t;
}

/* A func literal: its function (named by the IR), then the closure
 * object holding its closure variables, by value or by address as
 * escape decided. */
LLVMValueRef cg_funclit(CG *g, Node *lit)
{
	IrFunc *irf = lit->irfn;
	IrCvar *cvs = irf->cvars;
	int ncaps = irf->ncvars;
	CgFn *outer = g->fn;
	const char *name = fe_sprintf(g->a, "%s.%s", g->pkgpath, irf->name);
	Type *sig = lit->type;
	CgAbi *abi = cg_abi(g, sig, NULL, true);
	LLVMValueRef llfn = cg_new_function(g, name, abi);
	/* Past MAX_INLINE_NEST enclosing literals, LLVM may not inline the
	 * literal into its parent: the inlined-at chains of a deeper nest
	 * cost time quadratic in its depth (2,000 nested literals: 5.1 s). */
	enum { MAX_INLINE_NEST = 16 };
	int depth = 0;
	for (CgFn *o = outer; o && o->decl && o->decl->kind == N_FUNCLIT; o = o->outer)
		depth++;
	if (depth >= MAX_INLINE_NEST) {
		unsigned k = LLVMGetEnumAttributeKindForName("noinline", 8);
		LLVMAddAttributeAtIndex(llfn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, k, 0));
	}
	Type *ct = closure_type(g, irf);

	LLVMBasicBlockRef saved = LLVMGetInsertBlock(g->b);
	/* the literal rebinds its captures; the enclosing function's bindings come back after */
	CgVar **outer_vars = fe_alloc(g->a, (ncaps + 1) * sizeof *outer_vars);
	for (int i = 0; i < ncaps; i++)
		outer_vars[i] = bs_map_get(g->vars, cvs[i].var);
	CgFn *f = fe_alloc(g->a, sizeof *f);
	f->decl = lit;
	f->sig = sig;
	f->name = name;
	f->abi = abi;
	cg_begin_function(g, f, llfn);
	for (int i = 0; i < ncaps; i++) {
		CgVar *v = fe_alloc(g->a, sizeof *v);
		LLVMValueRef slot = cg_offset(g, f->ctxparam, ct->fields[i + 1].offset);
		v->addr = cvs[i].byval ? slot : LLVMBuildLoad2(g->b, g->ptr, slot, cvs[i].var->name);
		bs_map_put(g->vars, cvs[i].var, v);
	}
	lower_body(g, f, lit->func_.type, NULL, lit->func_.body, llfn);
	cg_end_function(g);
	LLVMPositionBuilderAtEnd(g->b, saved);
	for (int i = 0; i < ncaps; i++)
		bs_map_put(g->vars, cvs[i].var, outer_vars[i]);

	/* the closure object */
	if (ncaps == 0)
		return cg_static_closure(g, llfn, name);
	LLVMValueRef obj = cg_new(g, ct, cg_stack_ok(lit));
	LLVMBuildStore(g->b, llfn, obj);
	for (int i = 0; i < ncaps; i++) {
		Object *var = cvs[i].var;
		CgVar *v = cg_var(g, var);
		LLVMValueRef slot = cg_offset(g, obj, ct->fields[i + 1].offset);
		if (cvs[i].byval)
			cg_store(g, var->type, slot, cg_load(g, var->type, v->addr));
		else
			LLVMBuildStore(g->b, v->addr, slot);
	}
	return obj;
}

LLVMValueRef cg_static_closure(CG *g, LLVMValueRef fn, const char *sym)
{
	const char *name = fe_sprintf(g->a, "%s·f", sym);
	LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, name);
	if (gv)
		return gv;
	gv = LLVMAddGlobal(g->mod, g->ptr, name);
	LLVMSetInitializer(gv, fn);
	LLVMSetGlobalConstant(gv, true);
	LLVMSetLinkage(gv, LLVMLinkOnceODRLinkage);
	LLVMSetAlignment(gv, 8);
	return gv;
}

/* ---- package initialisation ---- */

/*
 * PKG.init: the package's variables in initialisation order, then its
 * init functions in source order.  main.init first sets up the static
 * itabs and runs the other packages' inits, deps (the packages before
 * main, in dependency order), as the runtime's inittasks would.
 */
static void lower_init(CG *g, IrProgram *p, const char **deps, int ndeps)
{
	Type *sig = fe_type_func(g->a, NULL, 0, NULL, 0, false);
	CgAbi *abi = cg_abi(g, sig, NULL, true);
	const char *name = fe_sprintf(g->a, "%s.init", g->pkgpath);
	LLVMValueRef llfn = LLVMGetNamedFunction(g->mod, name);
	if (!llfn)
		llfn = cg_new_function(g, name, abi);
	CgFn *f = fe_alloc(g->a, sizeof *f);
	f->sig = sig;
	f->name = name;
	f->abi = abi;
	cg_begin_function(g, f, llfn);
	f->resaddr = NULL;
	if (strcmp(g->pkgpath, "main") == 0) {
		/* the static itabs: every module's list (cg_registries), which
		 * the linker gathers into one section */
		LLVMValueRef start = LLVMAddGlobal(g->mod, g->ptr, "__start_go_itabs");
		LLVMValueRef stop = LLVMAddGlobal(g->mod, g->ptr, "__stop_go_itabs");
		LLVMSetLinkage(start, LLVMExternalWeakLinkage);
		LLVMSetLinkage(stop, LLVMExternalWeakLinkage);
		LLVMValueRef bytes = LLVMBuildSub(g->b, LLVMBuildPtrToInt(g->b, stop, g->i64, ""),
						  LLVMBuildPtrToInt(g->b, start, g->i64, ""), "");
		LLVMValueRef ia[2] = { start, LLVMBuildExactSDiv(g->b, bytes, LLVMConstInt(g->i64, 8, false), "") };
		cg_rtcall(g, "runtime.itabsinit", ia, 2);
		/* internal/cpu learns the CPU before any package's variables
		 * (math's useFMA reads it), as Go's runtime.cpuinit arranges */
		if (g->cpuinit) {
			LLVMValueRef env = cg_rtcall(g, "runtime.godebugenv", NULL, 0);
			CgAbi *ca = cg_abi(g, g->cpuinit->type, NULL, true);
			cg_abi_call(g, ca, cg_func_decl(g, g->cpuinit), NULL, &env);
		}
		for (int i = 0; i < ndeps; i++) {
			const char *dn = fe_sprintf(g->a, "%s.init", deps[i]);
			LLVMValueRef dfn = LLVMGetNamedFunction(g->mod, dn);
			if (!dfn)
				dfn = cg_new_function(g, dn, abi);
			cg_abi_call(g, abi, dfn, NULL, NULL);
		}
	}
	NodeList *specs = p->init ? p->init->initSpecs : NULL;
	for (int i = 0; specs && i < specs->len; i++) {
		Node *spec = specs->v[i];
		if (spec->esc && spec->esc->where == IR_DISCARD)
			continue; /* var _ = x, nothing to do: gc drops it */
		if (!cg_static_spec(g, spec))
			cg_stmt(g, spec);
	}
	Node *file = p->file;
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind != N_FUNCDECL || d->func_.recv || strcmp(d->func_.name->ident.name, "init") != 0)
			continue;
		Object *o = d->func_.name->obj;
		if (!o)
			continue;
		LLVMValueRef fn = cg_func_decl(g, o);
		CgAbi *fa = cg_abi(g, o->type, NULL, true);
		cg_abi_call(g, fa, fn, LLVMConstNull(g->ptr), NULL);
	}
	cg_end_function(g);
}

/*
 * The module's half of the state: everything that holds a value of
 * g->mod.  A program lowered a module per package (cg_lower_separately)
 * starts each one afresh, so that a package's module is the same whatever
 * program imports it: no name, counter or shared value carries over.
 */
static void module_begin(CG *g, const char *modname, const char *filename)
{
	Arena *a = g->a;
	g->filename = filename;
	g->mod = LLVMModuleCreateWithNameInContext(modname, g->ctx);
	g->funcs = bs_map_new(a);
	g->globals = bs_map_new(a);
	g->typedescs = bs_smap_new(a);
	g->itabs = bs_smap_new(a);
	g->strings = bs_smap_new(a);
	g->wrappers = bs_smap_new(a);
	g->rtfns = bs_smap_new(a);
	g->discopes = bs_smap_new(a);
	g->statics = bs_map_new(a);
	g->ptrdescs = NULL;
	g->nptrdescs = g->capptrdescs = 0;
	g->nstmp = g->nstatic = 0;
	g->imported = bs_map_new(a);
	g->imports = NULL;
	g->nimports = g->capimports = 0;
	g->deferfn = LLVMAddGlobal(g->mod, g->ptr, "runtime.deferfn");
	g->preemptflag = LLVMAddGlobal(g->mod, g->i32, "runtime.preemptflag");
	debug_init(g, filename);
}

/* Every descriptor of the module is emitted: the pointer types' link
 * back, the debug info finished. */
static LLVMModuleRef module_end(CG *g)
{
	cg_link_ptrtothis(g);
	LLVMDIBuilderFinalize(g->dib);
	LLVMDisposeDIBuilder(g->dib);
	return g->mod;
}

CG *cg_new_state(Arena *a, const char *filename)
{
	CG *g = fe_alloc(a, sizeof *g);
	g->a = a;
	g->ctx = LLVMContextCreate();
	g->b = LLVMCreateBuilderInContext(g->ctx);
	g->voidt = LLVMVoidTypeInContext(g->ctx);
	g->i1 = LLVMInt1TypeInContext(g->ctx);
	g->i8 = LLVMInt8TypeInContext(g->ctx);
	g->i16 = LLVMInt16TypeInContext(g->ctx);
	g->i32 = LLVMInt32TypeInContext(g->ctx);
	g->i64 = LLVMInt64TypeInContext(g->ctx);
	g->f32 = LLVMFloatTypeInContext(g->ctx);
	g->f64 = LLVMDoubleTypeInContext(g->ctx);
	g->ptr = LLVMPointerTypeInContext(g->ctx, 0);
	LLVMTypeRef s2[2] = { g->ptr, g->i64 }, s3[3] = { g->ptr, g->i64, g->i64 }, i2[2] = { g->ptr, g->ptr };
	g->strt = LLVMStructTypeInContext(g->ctx, s2, 2, false);
	g->slicet = LLVMStructTypeInContext(g->ctx, s3, 3, false);
	g->ifacet = LLVMStructTypeInContext(g->ctx, i2, 2, false);
	LLVMTypeRef c2[2] = { g->f32, g->f32 }, z2[2] = { g->f64, g->f64 };
	g->c64t = LLVMStructTypeInContext(g->ctx, c2, 2, false);
	g->c128t = LLVMStructTypeInContext(g->ctx, z2, 2, false);
	g->vars = bs_map_new(a);
	g->abis = bs_map_new(a);
	module_begin(g, filename, filename);
	return g;
}

LLVMModuleRef cg_lower(Comp *comp, IrProgram *p)
{
	CgPackage one = { comp, p };
	return cg_lower_packages(&one, 1);
}

/* Package-level named types keep gc's plain names; local ones get a suffix. */
static void note_toptypes(CG *g, Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind == N_TYPESPEC && d->typespec.name->obj)
			bs_map_put(g->toptypes, d->typespec.name->obj, (void *)1);
		if (d->kind != N_DECLSTMT)
			continue;
		for (int j = 0; j < d->decl.specs.len; j++) {
			Node *sp = d->decl.specs.v[j];
			if (sp->kind == N_TYPESPEC && sp->typespec.name->obj)
				bs_map_put(g->toptypes, sp->typespec.name->obj, (void *)1);
		}
	}
}

/* The package-level variables of a package, each defined in its module
 * (with its zero value until cg_static_spec or init code says more),
 * whether or not its own code mentions it. */
static void define_vars(CG *g, Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind != N_VARSPEC)
			continue;
		for (int k = 0; k < d->spec.names.len; k++) {
			Object *o = d->spec.names.v[k]->obj;
			if (o && o->kind == OBJ_VAR && strcmp(o->name, "_") != 0)
				cg_global(g, o);
		}
	}
}

/*
 * Small functions of other packages, imported.  In a module per package
 * LLVM cannot inline across packages, and a loop calling utf8.RuneLen or
 * unicode.IsSpace through strings.Fields pays a call each time (bench's
 * wordfreq ran 1.8x slower).  So a module gets, besides its own code, an
 * available_externally copy of each small function (ir_small_body) of
 * another package it calls: LLVM may inline it and never emits it, the
 * package's own module has the one definition.  A copy depends only on
 * the package's imports, so the module stays the same in every program.
 */
static void note_import(CG *g, Object *fn)
{
	Node *d = fn->decl;
	if (!d || d->kind != N_FUNCDECL || !fn->pkg || fn->pkg->native || fn->linkname ||
	    strcmp(pkg_prefix(fn), g->pkgpath) == 0 || bs_map_get(g->imported, fn) || !ir_small_body(d))
		return;
	bs_map_put(g->imported, fn, fn);
	FE_PUSH(g->a, g->imports, g->nimports, g->capimports, fn);
}

/* The bodies note_import queued (and those their bodies queue), each
 * lowered with its own package's positions. */
static void lower_imports(CG *g, CgPackage *pkgs, int n)
{
	FeDiag *diag = g->diag;
	for (int i = 0; i < g->nimports; i++) {
		Object *fn = g->imports[i];
		for (int k = 0; k < n; k++)
			if (pkgs[k].comp->pkg == fn->pkg)
				g->diag = pkgs[k].comp->diag;
		lower_funcdecl(g, fn->decl);
		LLVMSetLinkage(cg_func_decl(g, fn), LLVMAvailableExternallyLinkage);
	}
	g->diag = diag;
}

/*
 * Lowers the packages, each after the ones it imports, package main last:
 * into one module, or (mods non-NULL) into a module per package, mods[k]
 * package k's.  In separate modules a function or variable is defined in
 * its package's module and declared where others use it; descriptors,
 * itabs, wrappers and equality functions are linkonce_odr in every module
 * that uses them, for the linker to keep one of each.
 */
/* A program that looks at its own frames: runtime.Caller and friends. */
static const char *const introspect[] = { "Caller", "Callers", "Stack", "FuncForPC", "CallersFrames" };

static void find_introspection(Node *n, void *found)
{
	if (*(bool *)found)
		return;
	if (n->kind == N_SELECTOR && n->sub == SEL_PKG && n->obj && n->obj->pkg && n->obj->pkg->path &&
	    strcmp(n->obj->pkg->path, "runtime") == 0)
		for (size_t i = 0; i < sizeof introspect / sizeof introspect[0]; i++)
			if (strcmp(n->obj->name, introspect[i]) == 0)
				*(bool *)found = true;
	fe_each_child(n, find_introspection, found);
}

bool cg_introspects(CgPackage *pkgs, int n)
{
	bool found = false;
	for (int k = 0; k < n && !found; k++) {
		if (pkgs[k].comp->from_export)
			found = pkgs[k].comp->introspects;
		else
			find_introspection(pkgs[k].prog->file, &found);
	}
	return found;
}

static LLVMModuleRef lower(CgPackage *pkgs, int n, LLVMModuleRef *mods, const bool *skip, bool noinline)
{
	Comp *main_comp = pkgs[n - 1].comp;
	Arena *a = main_comp->a;
	CG *g = cg_new_state(a, main_comp->path);
	g->split = mods != NULL;
	g->pkgs = pkgs;
	g->npkgs = n;
	if (mods) {
		/* each package's module begins below */
		LLVMDisposeDIBuilder(g->dib);
		LLVMDisposeModule(g->mod);
	}
	g->toptypes = bs_map_new(a);
	for (int k = 0; k < n; k++) {
		note_toptypes(g, pkgs[k].prog->file);
		Package *p = pkgs[k].comp->pkg;
		cg_note_literals(g, pkgs[k].prog->file, p ? p->path : "main");
		if (p && strcmp(p->path, "internal/cpu") == 0)
			g->cpuinit = fe_scope_lookup(p->scope, "Initialize");
	}
	const char **deps = fe_alloc(a, (size_t)n * sizeof *deps);
	for (int k = 0; k < n; k++) {
		Comp *comp = pkgs[k].comp;
		Node *file = pkgs[k].prog->file;
		g->diag = comp->diag;
		fe_ice_diag(comp->diag);
		g->pkgpath = comp->pkg ? comp->pkg->path : "main";
		if (skip && skip[k]) {
			/* its object is in the build cache */
			mods[k] = NULL;
			deps[k] = g->pkgpath;
			continue;
		}
		if (mods)
			module_begin(g, g->pkgpath, comp->path);
		/* gc's staticinit copies only its own package's values */
		g->statics = bs_map_new(a);
		define_vars(g, file);
		if (mods)
			cg_define_types(g, file);
		for (int i = 0; i < file->file.decls.len; i++) {
			Node *d = file->file.decls.v[i];
			if (d->kind == N_FUNCDECL)
				lower_funcdecl(g, d);
		}
		lower_init(g, pkgs[k].prog, deps, k);
		deps[k] = g->pkgpath;
		if (mods) {
			lower_imports(g, pkgs, n);
			mods[k] = module_end(g);
			cg_registries(mods[k], g->pkgpath);
		}
	}
	if (!mods)
		module_end(g);
	/* Every function keeps its frame pointer: the runtime's tracebacks
	 * and runtime.Callers walk the rbp chain (runtime/traceback.c).  A
	 * program that looks at its own frames (runtime.Caller and friends)
	 * gets no inlining from LLVM: its inlined calls are shown as frames
	 * (DWARF's inlined subroutines, runtime/symtab.c), but as inlined
	 * ones (no Func, no +0x, the caller's entry), and a function gc did
	 * not inline is a real frame in Go. */
	int nmods = mods ? n : 1;
	LLVMModuleRef *ms = mods ? mods : &g->mod;
	unsigned noinline_kind = LLVMGetEnumAttributeKindForName("noinline", 8);
	for (int k = 0; k < nmods; k++)
		for (LLVMValueRef f = ms[k] ? LLVMGetFirstFunction(ms[k]) : NULL; f; f = LLVMGetNextFunction(f)) {
			if (LLVMCountBasicBlocks(f) == 0)
				continue;
			LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
						LLVMCreateStringAttribute(g->ctx, "frame-pointer", 13, "all", 3));
			if (noinline && !LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMGetEnumAttributeKindForName("alwaysinline", 12)))
				LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, noinline_kind, 0));
		}
	LLVMDisposeBuilder(g->b);
	return g->mod;
}

LLVMModuleRef cg_lower_packages(CgPackage *pkgs, int n)
{
	return lower(pkgs, n, NULL, NULL, cg_introspects(pkgs, n));
}

void cg_lower_separately(CgPackage *pkgs, int n, LLVMModuleRef *mods, const bool *skip, bool introspects)
{
	lower(pkgs, n, mods, skip, introspects);
}
