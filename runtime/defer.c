/*
 * defer.c - defer, panic and recover, and the run-time errors the
 * compiler's checks raise (Go's panic.go and error.go), per goroutine.
 *
 * The compiler's side is described in codegen/stmt.c.  A function that
 * defers has a frame record on its stack: a jmp_buf it filled with _setjmp
 * in its prologue, followed by the addresses of its result slots.
 *
 *   runtime.deferproc(frame, d)   pushes the deferred call d: a closure
 *                                 object whose first word is a C-callable
 *                                 thunk `void thunk(void *d)` that makes the
 *                                 call with the arguments saved in d
 *   runtime.deferreturn(frame)    runs frame's pending calls, newest first
 *   runtime.gopanic(v)            runs every pending call; if one of them
 *                                 recovered, longjmps to the frame that
 *                                 deferred it, which then returns normally;
 *                                 if none did, prints the panic and exits 2
 *   runtime.gorecover(can)        the panic value, if called (can) directly
 *                                 by a deferred call that gopanic is running
 *
 * "Directly" is Go's rule: recover() works in the deferred function itself,
 * not in functions it calls.  The thunk stores the code address it calls in
 * runtime.deferfn; a function containing recover() compares it with its own
 * address in its prologue (runtime.canrecover) and clears it, so callees
 * and later calls see no match.
 *
 * Deferred records are GC-heap objects (they hold the only pointer to the
 * closure) linked from the goroutine's G, whose defer field the collector
 * marks for every live goroutine (mgc.c).
 *
 * Run-time errors raised inside the runtime (nil map writes, failed type
 * assertions, makeslice) reach gopanic through panic.c's rt_panic_hook, as
 * values of runtime.errorString / runtime.plainError, whose Error methods
 * give Go's texts, so recover() returns a real error and printing it with
 * fmt shows "runtime error: ..." exactly as in Go.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"

typedef struct Panic Panic;

typedef struct Defer {
	struct Defer *link;
	void *closure;          /* {thunk, ...} */
	void *frame;            /* the frame record of the function that deferred */
	Panic *panic;           /* the panic running the call, once started */
	bool started;
} Defer;

struct Panic {
	struct Panic *link;
	GoEface arg;
	bool recovered;
	bool aborted;
	bool memerr;            /* nil dereference: print the signal line */
};

/*
 * The state is the running goroutine's (G's defer, panic and inpanicdefer
 * fields): the defer chain, the panics in progress, and whether a deferred
 * call run by gopanic is on the stack.  runtime.deferfn stays a global that
 * generated code reads; the scheduler saves and restores it with the G.
 */
#define deferstack (rt_curg->defer)
#define panicking (rt_curg->panic)
#define inpanicdefer (rt_curg->inpanicdefer)
void *rt_deferfn GO_NAME("runtime.deferfn");

static const uint8_t deferbits[] = { 0x7 };   /* link, closure, frame (panic is on a C stack) */
static const GoType defertype = {
	.size = sizeof(Defer), .ptrdata = 3 * sizeof(void *), .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = deferbits, .str = "runtime._defer",
};

void rt_deferproc(void *frame, void *closure) GO_NAME("runtime.deferproc");
void rt_deferreturn(void *frame) GO_NAME("runtime.deferreturn");
bool rt_canrecover(void *self) GO_NAME("runtime.canrecover");
_Noreturn void rt_gopanic(GoEface v) GO_NAME("runtime.gopanic");
GoEface rt_gorecover(bool can) GO_NAME("runtime.gorecover");
GoEface rt_gorecoverdefer(bool can) GO_NAME("runtime.gorecoverdefer");

void rt_deferproc(void *frame, void *closure)
{
	Defer *d = rt_mallocgc(sizeof *d, &defertype, true);
	d->closure = closure;
	d->frame = frame;
	d->link = deferstack;
	deferstack = d;
}

static void call(Defer *d)
{
	void (*thunk)(void *) = *(void (**)(void *))d->closure;
	thunk(d->closure);
}

void rt_deferreturn(void *frame)
{
	while (deferstack && deferstack->frame == frame) {
		Defer *d = deferstack;
		deferstack = d->link;
		bool saved = inpanicdefer;
		inpanicdefer = false;
		call(d);
		inpanicdefer = saved;
	}
}

bool rt_canrecover(void *self)
{
	bool ok = rt_deferfn == self;
	rt_deferfn = NULL;
	return ok;
}

GoEface rt_gorecover(bool can)
{
	Panic *p = panicking;
	if (can && inpanicdefer && p && !p->recovered && !p->aborted) {
		p->recovered = true;
		return p->arg;
	}
	return (GoEface){ NULL, NULL };
}

/*
 * `defer recover()`: recover deferred itself.  It recovers when the
 * function that deferred it returns normally (deferreturn runs it, not a
 * panic) and that function could recover (can: the panic called it
 * directly, as its prologue found out at the defer statement).  Run by a
 * panic's unwinding instead, it is called by the panic, not by a deferred
 * function, and returns nil (Go's test/recover1.go, tests 5 to 7).
 */
GoEface rt_gorecoverdefer(bool can)
{
	Panic *p = panicking;
	if (can && !inpanicdefer && p && !p->recovered && !p->aborted) {
		p->recovered = true;
		return p->arg;
	}
	return (GoEface){ NULL, NULL };
}

/* ---- printing an unrecovered panic (Go's printpanics / printpanicval) ---- */

static void printquoted(GoString s)
{
	rt_buf b = { 0 };
	rt_appendquote(&b, s.ptr, s.len, '"', false);
	fwrite(b.p, 1, (size_t)b.len, stderr);
	rt_buffree(&b);
}

static void printpanicval(GoEface e)
{
	const GoType *t = e.type;
	if (!t) {
		fputs("nil", stderr);
		return;
	}
	const GoMethod *m = rt_errormethod(t);
	if (!m)
		m = rt_stringmethod(t);
	if (m) {
		GoString (*fn)(void *) = (GoString (*)(void *))m->ifn;
		GoString s = fn(e.data);
		fwrite(s.ptr, 1, (size_t)s.len, stderr);
		return;
	}
	unsigned k = t->kind & KindMask;
	bool basic = (k >= KindBool && k <= KindFloat64) || k == KindString;
	bool named = basic && (t->tflag & TflagNamed) && strchr(t->str, '.') != NULL;
	const void *v = (t->kind & KindDirectIface) ? (const void *)&e.data : e.data;
	if (named)
		fprintf(stderr, "%s(", t->str);
	switch (t->kind & KindMask) {
	case KindBool: fputs(*(const bool *)v ? "true" : "false", stderr); break;
	case KindInt: case KindInt64: fprintf(stderr, "%ld", (long)*(const int64_t *)v); break;
	case KindInt8: fprintf(stderr, "%d", *(const int8_t *)v); break;
	case KindInt16: fprintf(stderr, "%d", *(const int16_t *)v); break;
	case KindInt32: fprintf(stderr, "%d", *(const int32_t *)v); break;
	case KindUint: case KindUint64: case KindUintptr: fprintf(stderr, "%lu", (unsigned long)*(const uint64_t *)v); break;
	case KindUint8: fprintf(stderr, "%u", *(const uint8_t *)v); break;
	case KindUint16: fprintf(stderr, "%u", *(const uint16_t *)v); break;
	case KindUint32: fprintf(stderr, "%u", *(const uint32_t *)v); break;
	case KindFloat32: fflush(stderr); rt_printfloat(*(const float *)v); break;
	case KindFloat64: fflush(stderr); rt_printfloat(*(const double *)v); break;
	case KindString:
		if (named)
			printquoted(*(const GoString *)v);
		else
			fwrite(((const GoString *)v)->ptr, 1, (size_t)((const GoString *)v)->len, stderr);
		break;
	default:
		fprintf(stderr, "(%s) %p", t->str, e.data);
		return;
	}
	if (named)
		fputs(")", stderr);
}

static void printpanics(Panic *p)
{
	if (p->link) {
		printpanics(p->link);
		fputs("\t", stderr);
	}
	fputs("panic: ", stderr);
	printpanicval(p->arg);
	if (p->recovered)
		fputs(" [recovered]", stderr);
	fputs("\n", stderr);
}

static _Noreturn void fatalpanic(Panic *p)
{
	fflush(stdout);
	printpanics(p);
	if (p->memerr)
		fputs("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n", stderr);
	fputs("\n", stderr);
	fflush(stderr);
	rt_traceback_here();
	_exit(2);
}

/*
 * As Go's gopanic: a deferred call stays on the defer stack, marked started,
 * while it runs.  A panic raised inside it runs the calls deferred since
 * (those of the deferred function itself) first; if one recovers, the
 * deferred function returns normally and the earlier panic goes on.  Only
 * when the new panic unwinds past the started call is the earlier panic
 * aborted: recover() then returns the new value, and the report lists both.
 */
static void gopanic1(GoEface v, bool memerr)
{
	Panic p = { .link = panicking, .arg = v, .memerr = memerr };
	panicking = &p;
	for (;;) {
		Defer *d = deferstack;
		if (!d)
			break;
		if (d->started) {
			if (d->panic)
				d->panic->aborted = true;
			deferstack = d->link;
			continue;
		}
		d->started = true;
		d->panic = &p;
		bool saved = inpanicdefer;
		inpanicdefer = true;
		call(d);
		inpanicdefer = saved;
		deferstack = d->link;
		if (p.recovered) {
			panicking = p.link;
			while (panicking && panicking->aborted)
				panicking = panicking->link;
			_longjmp(*(jmp_buf *)d->frame, 1);
		}
	}
	fatalpanic(&p);
}

/*
 * runtime.Goexit: every call the goroutine deferred, newest first, as
 * deferreturn runs them (no panic: recover() in them returns nil).  A
 * call gopanic had started is dropped, as Go drops it.
 */
void rt_rundefers_goexit(void)
{
	while (deferstack) {
		Defer *d = deferstack;
		deferstack = d->link;
		if (d->started)
			continue;
		d->started = true;
		inpanicdefer = false;
		call(d);
	}
}

void rt_defer_isolate(void (*fn)(void *), void *arg)
{
	Defer *d = deferstack;
	Panic *p = panicking;
	bool in = inpanicdefer;

	deferstack = NULL;
	panicking = NULL;
	inpanicdefer = false;
	fn(arg);
	deferstack = d;
	panicking = p;
	inpanicdefer = in;
}

static bool nextmemerr; /* the panic rt_gopanic raises comes from a fault */

void rt_gopanic(GoEface v)
{
	bool memerr = nextmemerr;

	nextmemerr = false;
	gopanic1(v, memerr);
	abort();
}

/* ---- run-time error values ---- */

static GoString errorString_Error(void *data)
{
	const GoString *s = data;
	static const char prefix[] = "runtime error: ";
	uint8_t *b;
	GoString r = rt_rawstring((intptr_t)sizeof prefix - 1 + s->len, &b);
	memcpy(b, prefix, sizeof prefix - 1);
	memcpy(b + sizeof prefix - 1, s->ptr, (size_t)s->len);
	return r;
}

static GoString plainError_Error(void *data)
{
	return *(const GoString *)data;
}

/* Both implement runtime.Error: the RuntimeError method marks them. */
static void runtimeError_RuntimeError(void *data)
{
	(void)data;
}

static const uint8_t strbits[] = { 0x1 };
static const GoFuncType funcvoid = {
	.typ = { .size = 8, .ptrdata = 8, .hash = 0x818fc0bc, .align = 8, .fieldAlign = 8,
		 .kind = KindFunc | KindDirectIface, .gcdata = strbits, .str = "func()" },
};
static const GoMethod errorStringMethods[] = {
	{ "Error", &rt_type_func_string, (void (*)(void))errorString_Error, NULL },
	{ "RuntimeError", &funcvoid, (void (*)(void))runtimeError_RuntimeError, NULL },
};
static const GoMethod plainErrorMethods[] = {
	{ "Error", &rt_type_func_string, (void (*)(void))plainError_Error, NULL },
	{ "RuntimeError", &funcvoid, (void (*)(void))runtimeError_RuntimeError, NULL },
};
static const struct {
	GoType t;
	GoUncommonType u;
} errorStringType = {
	{ .size = 16, .ptrdata = 8, .hash = 0xa8e04a7a, .tflag = TflagNamed | TflagUncommon, .align = 8,
	  .fieldAlign = 8, .kind = KindString, .equal = rt_strequal, .gcdata = strbits, .str = "runtime.errorString" },
	{ "runtime", 2, 2, 0, errorStringMethods },
}, plainErrorType = {
	{ .size = 16, .ptrdata = 8, .hash = 0xfe8db54d, .tflag = TflagNamed | TflagUncommon, .align = 8,
	  .fieldAlign = 8, .kind = KindString, .equal = rt_strequal, .gcdata = strbits, .str = "runtime.plainError" },
	{ "runtime", 2, 2, 0, plainErrorMethods },
};

static _Noreturn void panicerr(bool plain, const char *msg, bool memerr)
{
	GoString *box = rt_mallocgc(sizeof *box, &rt_type_string, true);
	*box = rt_gostring(msg, (intptr_t)strlen(msg));
	GoEface e = { plain ? &plainErrorType.t : &errorStringType.t, box };
	/* through runtime.gopanic, so tracebacks show its panic(...) frame as gc's do */
	nextmemerr = memerr;
	rt_gopanic(e);
}

static void hook(int kind, const char *msg)
{
	panicerr(kind == RT_PANIC_PLAIN, msg, false);
}

/* Go's runtime.overflowError and runtime.divideError, the error values
 * math/bits reaches through //go:linkname (its Div and Rem panic with
 * them): runtime.errorString values in an error interface. */
GoIface rt_overflowError GO_NAME("runtime.overflowError");
GoIface rt_divideError GO_NAME("runtime.divideError");
static const GoString overflowText = { (const uint8_t *)"integer overflow", 16 };
static const GoString divideText = { (const uint8_t *)"integer divide by zero", 22 };

__attribute__((constructor)) static void installhook(void)
{
	rt_panic_hook = hook;
	const GoItab *tab = rt_getitab(&rt_type_error, &errorStringType.t, false);
	rt_overflowError = (GoIface){ tab, (void *)&overflowText };
	rt_divideError = (GoIface){ tab, (void *)&divideText };
}

/* ---- the compiler's checks ---- */

_Noreturn void rt_panicmem(void) GO_NAME("runtime.panicmem");
_Noreturn void rt_panicdivide(void) GO_NAME("runtime.panicdivide");
_Noreturn void rt_panicshift(void) GO_NAME("runtime.panicshift");
_Noreturn void rt_panicIndex(intptr_t x, intptr_t y) GO_NAME("runtime.panicIndex");
_Noreturn void rt_panicIndexU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicIndexU");
_Noreturn void rt_panicSliceAlen(intptr_t x, intptr_t y) GO_NAME("runtime.panicSliceAlen");
_Noreturn void rt_panicSliceAcap(intptr_t x, intptr_t y) GO_NAME("runtime.panicSliceAcap");
_Noreturn void rt_panicSliceB(intptr_t x, intptr_t y) GO_NAME("runtime.panicSliceB");
_Noreturn void rt_panicSlice3Alen(intptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3Alen");
_Noreturn void rt_panicSlice3Acap(intptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3Acap");
_Noreturn void rt_panicSlice3B(intptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3B");
_Noreturn void rt_panicSlice3C(intptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3C");
_Noreturn void rt_panicSliceConvert(intptr_t x, intptr_t y) GO_NAME("runtime.panicSliceConvert");
/* x of an unsigned type (gc's ...U variants): never negative, printed as unsigned */
_Noreturn void rt_panicSliceAlenU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSliceAlenU");
_Noreturn void rt_panicSliceAcapU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSliceAcapU");
_Noreturn void rt_panicSliceBU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSliceBU");
_Noreturn void rt_panicSlice3AlenU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3AlenU");
_Noreturn void rt_panicSlice3AcapU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3AcapU");
_Noreturn void rt_panicSlice3BU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3BU");
_Noreturn void rt_panicSlice3CU(uintptr_t x, intptr_t y) GO_NAME("runtime.panicSlice3CU");

void rt_panicmem(void)
{
	panicerr(false, "invalid memory address or nil pointer dereference", true);
}

void rt_panicdivide(void) { panicerr(false, "integer divide by zero", false); }
void rt_panicshift(void) { panicerr(false, "negative shift amount", false); }

static _Noreturn void bounds(const char *fmtneg, const char *fmt, intptr_t x, intptr_t y)
{
	char buf[160];
	if (x < 0)
		snprintf(buf, sizeof buf, fmtneg, (long)x, (long)y);
	else
		snprintf(buf, sizeof buf, fmt, (long)x, (long)y);
	panicerr(false, buf, false);
}

void rt_panicIndex(intptr_t x, intptr_t y)
{
	bounds("index out of range [%ld]", "index out of range [%ld] with length %ld", x, y);
}

void rt_panicIndexU(uintptr_t x, intptr_t y)
{
	char buf[160];
	snprintf(buf, sizeof buf, "index out of range [%lu] with length %ld", (unsigned long)x, (long)y);
	panicerr(false, buf, false);
}

void rt_panicSliceAlen(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [:%ld]", "slice bounds out of range [:%ld] with length %ld", x, y);
}

void rt_panicSliceAcap(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [:%ld]", "slice bounds out of range [:%ld] with capacity %ld", x, y);
}

void rt_panicSliceB(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [%ld:]", "slice bounds out of range [%ld:%ld]", x, y);
}

void rt_panicSlice3Alen(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [::%ld]", "slice bounds out of range [::%ld] with length %ld", x, y);
}

void rt_panicSlice3Acap(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [::%ld]", "slice bounds out of range [::%ld] with capacity %ld", x, y);
}

void rt_panicSlice3B(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [:%ld:]", "slice bounds out of range [:%ld:%ld]", x, y);
}

void rt_panicSlice3C(intptr_t x, intptr_t y)
{
	bounds("slice bounds out of range [%ld::]", "slice bounds out of range [%ld:%ld:]", x, y);
}

static _Noreturn void boundsU(const char *fmt, uintptr_t x, intptr_t y)
{
	char buf[160];
	snprintf(buf, sizeof buf, fmt, (unsigned long)x, (long)y);
	panicerr(false, buf, false);
}

void rt_panicSliceAlenU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [:%lu] with length %ld", x, y); }
void rt_panicSliceAcapU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [:%lu] with capacity %ld", x, y); }
void rt_panicSliceBU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [%lu:%ld]", x, y); }
void rt_panicSlice3AlenU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [::%lu] with length %ld", x, y); }
void rt_panicSlice3AcapU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [::%lu] with capacity %ld", x, y); }
void rt_panicSlice3BU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [:%lu:%ld]", x, y); }
void rt_panicSlice3CU(uintptr_t x, intptr_t y) { boundsU("slice bounds out of range [%lu:%ld:]", x, y); }

void rt_panicSliceConvert(intptr_t x, intptr_t y)
{
	char buf[160];
	snprintf(buf, sizeof buf, "cannot convert slice with length %ld to pointer to array with length %ld",
		 (long)x, (long)y);
	panicerr(false, buf, false);
}
