/*
 * reflectcall.c - reflect.Value.Call: a call of any signature, made at run
 * time from a list of argument values.
 *
 * gc's reflect does this with assembly that knows gc's register ABI.
 * minigo calls Go functions with the C ABI of the equivalent C structs
 * (codegen/abi.c) plus the closure in the static-chain register, which is
 * exactly what libffi's ffi_call_go does for gccgo: so a Go function type
 * becomes an ffi_cif, built once per type and kept, and the call goes
 * through libffi.  The translation mirrors abi.c's rules: zero-size
 * values are not passed, strings, slices, interfaces and complex numbers
 * are the structs they are in memory, an array is a struct of its
 * elements, several results come back as one struct of them.
 *
 * A method value calls the method as interfaces do: ifn with the
 * receiver's interface data word first (abi.h, GoMethod).
 *
 * This file is its own object so that only programs that call through
 * reflection link libffi.
 */
#include <ffi.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

void rt_reflect_reflectcall(const GoFuncType *ft, void *code, void *ctx, void *rcvr, bool hasrcvr, void **args,
			    void **results) GO_NAME("reflect.reflectcall");

/*
 * recover() works in the function a deferred call calls directly, which
 * defer.c learns from runtime.deferfn (the code address the deferred call
 * jumps to).  A deferred func made by MakeFunc is a trampoline into
 * reflect, which gc treats as a wrapper: the handler passes the mark on
 * to the Go function MakeFunc was given, and, if that one has no
 * recover() of its own to take it (a method value made into a func: a
 * closure around Value.Call), to the call reflect makes next.
 */
extern void *rt_deferfn GO_NAME("runtime.deferfn");
static void *deferdirect; /* the made func's Go function, while it runs deferred */

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		rt_throw("out of memory in reflect.Call");
	return p;
}

static ffi_type *ffitype(const GoType *t);

/* A struct ffi_type of n element types (NULL-terminated copy). */
static ffi_type *ffistruct(ffi_type **elems, size_t n)
{
	ffi_type *s = xcalloc(1, sizeof *s);
	ffi_type **e = xcalloc(n + 1, sizeof *e);
	memcpy(e, elems, n * sizeof *e);
	s->type = FFI_TYPE_STRUCT;
	s->elements = e;
	return s;
}

static ffi_type *pair(ffi_type *a, ffi_type *b)
{
	ffi_type *e[] = { a, b };
	return ffistruct(e, 2);
}

/* The ffi type of a Go type as minigo passes it; NULL: zero-size, not
 * passed at all. */
static ffi_type *ffitype(const GoType *t)
{
	if (t->size == 0)
		return NULL;
	switch (t->kind & KindMask) {
	case KindBool:
	case KindUint8:
		return &ffi_type_uint8;
	case KindInt8:
		return &ffi_type_sint8;
	case KindInt16:
		return &ffi_type_sint16;
	case KindUint16:
		return &ffi_type_uint16;
	case KindInt32:
		return &ffi_type_sint32;
	case KindUint32:
		return &ffi_type_uint32;
	case KindInt:
	case KindInt64:
		return &ffi_type_sint64;
	case KindUint:
	case KindUint64:
	case KindUintptr:
		return &ffi_type_uint64;
	case KindFloat32:
		return &ffi_type_float;
	case KindFloat64:
		return &ffi_type_double;
	case KindComplex64:
		return pair(&ffi_type_float, &ffi_type_float);
	case KindComplex128:
		return pair(&ffi_type_double, &ffi_type_double);
	case KindString:
		return pair(&ffi_type_pointer, &ffi_type_sint64);
	case KindInterface:
		return pair(&ffi_type_pointer, &ffi_type_pointer);
	case KindSlice: {
		ffi_type *e[] = { &ffi_type_pointer, &ffi_type_sint64, &ffi_type_sint64 };
		return ffistruct(e, 3);
	}
	case KindArray: {
		const GoArrayType *at = (const GoArrayType *)t;
		ffi_type *et = ffitype(at->elem);
		ffi_type **e = xcalloc(at->len, sizeof *e);
		for (uintptr_t i = 0; i < at->len; i++)
			e[i] = et;
		ffi_type *s = ffistruct(e, at->len);
		free(e);
		return s;
	}
	case KindStruct: {
		const GoStructType *st = (const GoStructType *)t;
		/* a trailing zero-size field makes Go pad the struct (so that
		 * its address stays inside): bytes the C struct must have too */
		uintptr_t end = 0;
		for (intptr_t i = 0; i < st->nfields; i++)
			if (st->fields[i].typ->size)
				end = st->fields[i].offset + st->fields[i].typ->size;
		uintptr_t pad = (end + t->align - 1) / t->align * t->align == t->size ? 0 : t->size - end;
		ffi_type **e = xcalloc((size_t)st->nfields + pad, sizeof *e);
		size_t n = 0;
		for (intptr_t i = 0; i < st->nfields; i++) {
			ffi_type *ft = ffitype(st->fields[i].typ);
			if (ft)
				e[n++] = ft;
		}
		for (uintptr_t i = 0; i < pad; i++)
			e[n++] = &ffi_type_uint8;
		ffi_type *s = ffistruct(e, n);
		free(e);
		return s;
	}
	default: /* pointers, maps, funcs, chans, unsafe.Pointer */
		return &ffi_type_pointer;
	}
}

/* A function type's call, prepared once: the cif and where each Go
 * parameter and result sits in it. */
typedef struct CallType {
	const GoFuncType *ft;
	bool hasrcvr;
	ffi_cif cif;
	ffi_type **argtypes;
	int *argidx;            /* Go parameter index of each ffi argument, -1: receiver */
	int nargs;
	int nres;               /* results passed back (non-zero-size) */
	int *residx;            /* Go result index of each */
	size_t *resoff;         /* offset of each in the returned value */
	size_t retsize;
	struct CallType *next;
} CallType;

static CallType *calltypes;

static const GoType *param(const GoType *const *v, int i)
{
	return v[i];
}

static CallType *calltype(const GoFuncType *ft, bool hasrcvr)
{
	for (CallType *c = calltypes; c; c = c->next)
		if (c->ft == ft && c->hasrcvr == hasrcvr)
			return c;
	int nin = ft->inCount, nout = ft->outCount & 0x7fff;
	CallType *c = xcalloc(1, sizeof *c);
	c->ft = ft;
	c->hasrcvr = hasrcvr;
	c->argtypes = xcalloc((size_t)nin + 1, sizeof *c->argtypes);
	c->argidx = xcalloc((size_t)nin + 1, sizeof *c->argidx);
	if (hasrcvr) {
		c->argtypes[c->nargs] = &ffi_type_pointer;
		c->argidx[c->nargs++] = -1;
	}
	for (int i = 0; i < nin; i++) {
		ffi_type *t = ffitype(param(ft->in, i));
		if (t) {
			c->argtypes[c->nargs] = t;
			c->argidx[c->nargs++] = i;
		}
	}
	c->residx = xcalloc((size_t)nout + 1, sizeof *c->residx);
	c->resoff = xcalloc((size_t)nout + 1, sizeof *c->resoff);
	ffi_type **rt = xcalloc((size_t)nout + 1, sizeof *rt);
	for (int i = 0; i < nout; i++) {
		ffi_type *t = ffitype(param(ft->out, i));
		if (t) {
			rt[c->nres] = t;
			c->residx[c->nres++] = i;
		}
	}
	/* one result is itself; several are one struct of them, as abi.c
	 * returns them */
	ffi_type *ret = c->nres == 0 ? &ffi_type_void : c->nres == 1 ? rt[0] : ffistruct(rt, (size_t)c->nres);
	if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)c->nargs, ret, c->argtypes) != FFI_OK)
		rt_throw("reflect: cannot describe a function type to libffi");
	if (c->nres > 1 && ffi_get_struct_offsets(FFI_DEFAULT_ABI, ret, c->resoff) != FFI_OK)
		rt_throw("reflect: cannot lay out a function's results");
	free(rt);
	c->retsize = ret->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : ret->size;
	c->next = calltypes;
	calltypes = c;
	return c;
}

/*
 * Calls code with the arguments args[i] (pointers to each Go parameter's
 * value, in order) and stores the results through results[i]; ctx is the
 * closure for the static-chain register, rcvr the receiver word of a
 * method.  Small returns are widened to ffi_arg by libffi, so results are
 * copied out at each result type's size.
 */
void rt_reflect_reflectcall(const GoFuncType *ft, void *code, void *ctx, void *rcvr, bool hasrcvr, void **args,
			    void **results)
{
	CallType *c = calltype(ft, hasrcvr);
	/* on the stack: a panic in the callee leaves by unwinding past here */
	void *abuf[16];
	void **avalue = c->nargs <= 16 ? abuf : xcalloc((size_t)c->nargs, sizeof *avalue);
	for (int i = 0; i < c->nargs; i++)
		avalue[i] = c->argidx[i] < 0 ? &rcvr : args[c->argidx[i]];
	_Alignas(16) unsigned char small[64];
	void *ret = c->retsize <= sizeof small ? small : xcalloc(1, c->retsize);
	if (deferdirect && rt_deferfn == deferdirect)
		rt_deferfn = code;
	deferdirect = NULL;
	ffi_call_go(&c->cif, (void (*)(void))code, ret, avalue, ctx);
	for (int k = 0; k < c->nres; k++) {
		int i = c->residx[k];
		const GoType *t = param(ft->out, i);
		memcpy(results[i], (unsigned char *)ret + (c->nres > 1 ? c->resoff[k] : 0), t->size);
	}
	if (ret != small)
		free(ret);
	if (avalue != abuf)
		free(avalue);
}

/*
 * reflect.MakeFunc: a func value whose calls run a Go function of
 * []Value.  The func value points at a makeFuncImpl (lib/reflect, in the
 * Go heap) that starts with libffi's go closure: its first word is
 * libffi's trampoline, which is what every minigo func value has first
 * (the code), and the trampoline finds the closure in the static-chain
 * register, as minigo's callers put it there.  libffi hands the arguments
 * to makefunc_handler, which gives them to reflect.callReflect (Go) in
 * Go's parameter order and copies its results back in the C ABI's form.
 */
typedef struct {
	ffi_go_closure c;
	const GoFuncType *ftyp;
	void *fn;
} MakeFuncImpl;

void rt_reflect_makeFuncClosure(MakeFuncImpl *impl) GO_NAME("reflect.makeFuncClosure");
void rt_reflect_callReflect(MakeFuncImpl *impl, void **args, void **results) GO_NAME("reflect.callReflect");

/* A result smaller than a word goes back as a whole ffi_arg, extended. */
static void widen(void *ret, const void *p, const GoType *t)
{
	switch (t->kind & KindMask) {
	case KindInt8: *(ffi_sarg *)ret = *(const int8_t *)p; return;
	case KindInt16: *(ffi_sarg *)ret = *(const int16_t *)p; return;
	case KindInt32: *(ffi_sarg *)ret = *(const int32_t *)p; return;
	case KindBool:
	case KindUint8: *(ffi_arg *)ret = *(const uint8_t *)p; return;
	case KindUint16: *(ffi_arg *)ret = *(const uint16_t *)p; return;
	case KindUint32: *(ffi_arg *)ret = *(const uint32_t *)p; return;
	default: memcpy(ret, p, t->size); return;
	}
}

static void makefunc_handler(ffi_cif *cif, void *ret, void **args, void *closure)
{
	(void)cif;
	MakeFuncImpl *impl = closure;
	const GoFuncType *ft = impl->ftyp;
	CallType *c = calltype(ft, false);
	int nin = ft->inCount, nout = ft->outCount & 0x7fff;
	void *inbuf[16], *outbuf[16];
	void **goargs = nin <= 16 ? inbuf : xcalloc((size_t)nin, sizeof *goargs);
	void **gores = nout <= 16 ? outbuf : xcalloc((size_t)nout, sizeof *gores);
	for (int i = 0; i < nin; i++)
		goargs[i] = &rt_zerobase; /* zero-size parameters are not passed */
	for (int k = 0; k < c->nargs; k++)
		goargs[c->argidx[k]] = args[k];
	if (rt_deferfn == impl->c.tramp && impl->fn) {
		rt_deferfn = *(void **)impl->fn; /* the code of fn's closure */
		deferdirect = rt_deferfn;
	}
	rt_reflect_callReflect(impl, goargs, gores);
	deferdirect = NULL;
	for (int k = 0; k < c->nres; k++) {
		int i = c->residx[k];
		const GoType *t = param(ft->out, i);
		if (c->nres == 1)
			widen(ret, gores[i], t);
		else
			memcpy((unsigned char *)ret + c->resoff[k], gores[i], t->size);
	}
	if (goargs != inbuf)
		free(goargs);
	if (gores != outbuf)
		free(gores);
}

void rt_reflect_makeFuncClosure(MakeFuncImpl *impl)
{
	CallType *c = calltype(impl->ftyp, false);
	if (ffi_prep_go_closure(&impl->c, &c->cif, makefunc_handler) != FFI_OK)
		rt_throw("reflect: libffi cannot make a closure");
}
