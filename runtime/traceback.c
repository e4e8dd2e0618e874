/*
 * traceback.c - walking the stack: runtime.Callers, Caller, CallersFrames,
 * FuncForPC, Stack, and the goroutine trace a fatal panic prints.
 *
 * Go unwinds with the tables its linker writes; minigo keeps a frame
 * pointer in every function instead (generated code carries LLVM's
 * "frame-pointer"="all", the runtime is built with
 * -fno-omit-frame-pointer), so a frame is two words at rbp: the caller's
 * rbp and the return address.  The walk follows that chain upwards while
 * it stays on the goroutine's stack and climbs, and stops at runtime.main
 * (rt0.c's function that calls main.main).
 *
 * Which frames are seen.  The C runtime's own helpers (static functions,
 * libc) are never shown.  runtime.Callers reports Go's frames plus the
 * runtime entry points that Go also reports (runtime.Callers itself for
 * skip 0, runtime.gopanic while a deferred call runs during a panic,
 * runtime.sigpanic after a fault, runtime.main at the bottom);
 * runtime.deferreturn is left out because gc open-codes defers and has no
 * such frame.  Method-value wrappers (names ending in -fm) are left out as
 * gc elides them.  Tracebacks (panics, runtime.Stack) show only the
 * program's functions, main.*, as gc does with GOTRACEBACK=single except
 * that gc also shows the panic({...}) frame of runtime.gopanic: minigo has
 * no Go source file to name for it, so it prints nothing there.
 *
 * PCs.  As in Go, Callers stores return addresses and whoever turns one
 * into a position looks at pc-1, the call instruction; the frame above
 * runtime.sigpanic is stored as the faulting pc + 1, so the same rule
 * lands on the faulting instruction itself (stack.c makes a fault look
 * like a call to sigpanic that pushed the faulting pc).
 *
 * Inlined calls.  gc's runtime shows a call its inliner inlined as a frame
 * of its own, and so does this one for the calls minigo's inliner and
 * LLVM's inlined: symtab.c expands a pc into the calls inlined at it
 * (rt_pcinline, from DWARF's inlined subroutines), innermost first.  A
 * function LLVM inlined is a real frame in Go, so showing it is right
 * too.  Callers stores one pc per frame, as Go does: the physical
 * frame's return address for the innermost, and for frame d of the calls
 * inlined there the same address tagged with d above the address space's
 * 48 bits (INLSHIFT); Go stores a pc of the caller's inline mark there,
 * which LLVM's code does not have.  Whoever turns a pc into a frame
 * (Frames.Next, FuncForPC, Caller) reads the tag back: Function the
 * inlined callee's name, File:Line the call in it (or, for the innermost,
 * the line table's), Entry the physical function's, Func nil as in Go
 * (FuncForPC makes a record of its own, as Go's funcinl).
 *
 * The printed trace is gc's shape:
 *
 *     goroutine 1 [running]:
 *     main.f(...)
 *     	/abs/path/prog.go:12 +0x1d
 *     main.main()
 *     	/abs/path/prog.go:20 +0x25
 *
 * with +0x the return address's offset in its function (none for a frame
 * inlined: "main.f(...)" and its file:line alone).  gc prints the
 * argument words, e.g. main.f(0x1, {0x4b2f60, 0x3}); minigo has no record
 * of a frame's arguments and prints (...) for every function but main.main
 * and main.init, which have none.  After 100 frames the rest is elided, as
 * gc's "...additional frames elided...".
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

enum { MAXPRINT = 100, MAXINL = 64, INLSHIFT = 48 };

#define INLMASK (((uintptr_t)1 << INLSHIFT) - 1)

#ifndef RT_GOROOT
#define RT_GOROOT "/usr/lib/go-1.19"
#endif

/*
 * The runtime frames Go reports have Go source positions; minigo's are C
 * functions, so their positions are given as gc's runtime has them (Go
 * 1.19.8, RT_GOROOT set by the Makefile from `go env GOROOT`).
 */
static const struct {
	const char *name, *file;
	intptr_t line;
} goframes[] = {
	{ "runtime.Callers", RT_GOROOT "/src/runtime/extern.go", 247 },
	{ "runtime.gopanic", RT_GOROOT "/src/runtime/panic.go", 884 },
	{ "runtime.main", RT_GOROOT "/src/runtime/proc.go", 250 },
	{ "runtime.goexit", RT_GOROOT "/src/runtime/asm_amd64.s", 1594 },
	{ "runtime.sigpanic", RT_GOROOT "/src/runtime/signal_unix.go", 815 },
};

/* The position of pc in f: Go's for the runtime frames above, else the line table's. */
static bool funcline(const rt_funcsym *f, uintptr_t pc, const char **file, intptr_t *line)
{
	if (f && f->namelen > 8 && memcmp(f->name, "runtime.", 8) == 0)
		for (size_t i = 0; i < sizeof goframes / sizeof goframes[0]; i++)
			if ((size_t)f->namelen == strlen(goframes[i].name) &&
			    memcmp(f->name, goframes[i].name, (size_t)f->namelen) == 0) {
				*file = goframes[i].file;
				*line = goframes[i].line;
				return true;
			}
	return rt_pcline(pc, file, line);
}

/* Go's bottom frame, under runtime.main: only its address is used. */
void rt_goexit(void) __asm__("runtime.goexit");
__asm__(".text\n.globl \"runtime.goexit\"\n.type \"runtime.goexit\", @function\n"
	"\"runtime.goexit\":\n\tnop\n\tnop\n\tret\n.size \"runtime.goexit\", 3\n");

static bool hasprefix(const rt_funcsym *f, const char *p)
{
	size_t n = strlen(p);
	return f && (size_t)f->namelen >= n && memcmp(f->name, p, n) == 0;
}

static bool isname(const rt_funcsym *f, const char *s)
{
	return f && (size_t)f->namelen == strlen(s) && memcmp(f->name, s, (size_t)f->namelen) == 0;
}

static bool iswrapper(const rt_funcsym *f)
{
	if (f->namelen > 3 && memcmp(f->name + f->namelen - 3, "-fm", 3) == 0)
		return true;
	return memmem(f->name, (size_t)f->namelen, ".deferwrap", 10) != NULL ||
	       memmem(f->name, (size_t)f->namelen, ".gowrap", 7) != NULL;
}

/* Frames Callers reports: Go's, and the runtime entries Go reports too. */
static bool callersframe(const rt_funcsym *f)
{
	if (!f || iswrapper(f))
		return false;
	if (f->go)
		return true;
	/* runtime.gostart (proc.c) is where a goroutine starts: Go has runtime.goexit there, which walk adds */
	return hasprefix(f, "runtime.") && !isname(f, "runtime.deferreturn") && !isname(f, "runtime.gostart");
}

/* The top of the stack fp is on: a goroutine's, the big stack, or else the thread's own (C callers, tests). */
static uintptr_t stackhi(uintptr_t fp)
{
	pthread_attr_t a;
	void *addr;
	size_t size;

	uintptr_t lo, hi;

	if (rt_stackof(fp, &lo, &hi))
		return hi;
	if (pthread_getattr_np(pthread_self(), &a) != 0)
		return 0;
	int r = pthread_attr_getstack(&a, &addr, &size);
	pthread_attr_destroy(&a);
	if (r != 0 || fp < (uintptr_t)addr || fp >= (uintptr_t)addr + size)
		return 0;
	return (uintptr_t)addr + size;
}

static bool onstack(uintptr_t fp, uintptr_t lo, uintptr_t hi)
{
	return fp && !(fp & 7) && fp >= lo && fp + 16 <= hi;
}

/*
 * Walks the rbp chain from fp and stores up to max return addresses (the
 * pc + 1 convention after sigpanic), keeping the frames Callers reports;
 * returns how many.  Stops after runtime.main.
 */
static int walk(uintptr_t fp, uintptr_t *pcs, int max)
{
	uintptr_t lo = fp, hi = stackhi(fp);
	int n = 0;
	bool exact = false;

	while (n < max && onstack(fp, lo, hi)) {
		uintptr_t next = ((uintptr_t *)fp)[0], ret = ((uintptr_t *)fp)[1];
		const rt_funcsym *f = rt_findfunc(ret - 1);
		if (!f && exact)
			f = rt_findfunc(ret);
		/* the calls inlined at the pc first, each a frame of its own */
		uintptr_t pc = exact ? ret + 1 : ret;
		rt_inlcall inl[MAXINL];
		int k = f && f->go ? rt_pcinline(exact ? ret : ret - 1, inl, MAXINL) : 0;
		for (int d = 0; d < k && n < max; d++)
			pcs[n++] = pc | (uintptr_t)d << INLSHIFT;
		if (callersframe(f) && n < max)
			pcs[n++] = pc | (uintptr_t)k << INLSHIFT;
		if (isname(f, "runtime.main") || isname(f, "runtime.gostart")) {
			if (n < max)
				pcs[n++] = (uintptr_t)&rt_goexit + 1;
			break;
		}
		exact = isname(f, "runtime.sigpanic");
		if (next <= fp)
			break;
		fp = next;
	}
	return n;
}

/* ---- runtime.Callers, Caller, CallersFrames, FuncForPC ---- */

intptr_t rt_Callers(intptr_t skip, GoSlice pcs)
{
	uintptr_t *out = pcs.ptr;
	intptr_t n = 0;

	if (skip < 0)
		skip = 0;
	if (pcs.len == 0)
		return 0;
	if (skip == 0) /* the frame of runtime.Callers itself */
		out[n++] = (uintptr_t)&rt_Callers + 1;
	else
		skip--;
	uintptr_t buf[64];
	uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
	/* walk in chunks, skipping as we go: a deep stack may not fit the buffer */
	int got = walk(fp, buf, 64);
	if (got < 64) {
		for (int i = 0; i < got && n < pcs.len; i++)
			if (skip > 0)
				skip--;
			else
				out[n++] = buf[i];
		return n;
	}
	/* deep: walk once into the caller's slice, with room for the skipped frames */
	uintptr_t *big = rt_mallocgc((size_t)(pcs.len + skip) * sizeof *big, NULL, true);
	got = walk(fp, big, (int)(pcs.len + skip));
	for (int i = (int)skip; i < got && n < pcs.len; i++)
		out[n++] = big[i];
	return n;
}

/*
 * Frame d (0: the innermost) of the calls inlined at pc in f: its
 * function's name, or NULL for f's own frame, and its file:line.
 */
static const char *inlframe(const rt_funcsym *f, uintptr_t pc, int d, intptr_t *namelen, const char **file,
			    intptr_t *line)
{
	rt_inlcall inl[MAXINL];
	/* a function's entry is its own, even where shrink-wrapping put an
	 * inlined call's first instructions (FuncForPC of a func value) */
	int k = f && f->go && pc != f->entry ? rt_pcinline(pc, inl, MAXINL) : 0;
	if (d > k)
		d = k;
	if (d > 0) {
		*file = inl[d - 1].file;
		*line = inl[d - 1].line;
	} else if (!funcline(f, pc, file, line)) {
		*file = NULL;
		*line = 0;
	}
	if (d == k)
		return NULL;
	*namelen = inl[d].namelen;
	return inl[d].name;
}

/* The frame for a return address pc (tagged with an inlined frame's depth), as Frames.Next makes it. */
static GoFrame mkframe(uintptr_t tagged)
{
	GoFrame fr = { 0 };
	uintptr_t pc = tagged & INLMASK;
	const rt_funcsym *f = rt_findfunc(pc - 1);
	if (!f) {
		f = rt_findfunc(pc);
		if (!f) {
			fr.PC = tagged;
			return fr;
		}
	}
	if (pc > f->entry)
		pc--;
	fr.PC = pc | (tagged & ~INLMASK);
	fr.Func = (void *)f;
	fr.Function = (GoString){ (const uint8_t *)f->name, f->namelen };
	fr.Entry = f->entry;
	const char *file;
	intptr_t line, namelen;
	const char *name = inlframe(f, pc, (int)(tagged >> INLSHIFT), &namelen, &file, &line);
	if (name) {
		fr.Func = NULL;
		fr.Function = (GoString){ (const uint8_t *)name, namelen };
	}
	if (file) {
		fr.File = (GoString){ (const uint8_t *)file, (intptr_t)strlen(file) };
		fr.Line = line;
	}
	return fr;
}

GoCaller rt_Caller(intptr_t skip)
{
	GoCaller r = { 0 };
	uintptr_t buf[64];
	int n = walk((uintptr_t)__builtin_frame_address(0), buf, 64);
	if (skip < 0 || skip >= n) {
		if (skip < 0 || n < 64)
			return r;
		uintptr_t *big = rt_mallocgc((size_t)(skip + 1) * sizeof *big, NULL, true);
		n = walk((uintptr_t)__builtin_frame_address(0), big, (int)(skip + 1));
		if (skip >= n)
			return r;
		buf[0] = big[skip];
		skip = 0;
	}
	GoFrame fr = mkframe(buf[skip]);
	r.pc = fr.PC;
	r.file = fr.File;
	r.line = fr.Line;
	r.ok = fr.PC != 0;
	return r;
}

/* Frames holds a copy of the pcs: a pointer-free object, so the collector need not scan it. */
typedef struct GoFrames {
	intptr_t n, next;
	uintptr_t pcs[];
} GoFrames;

void *rt_CallersFrames(GoSlice pcs)
{
	GoFrames *fs = rt_mallocgc(sizeof *fs + (size_t)pcs.len * sizeof(uintptr_t), NULL, true);
	fs->n = pcs.len;
	fs->next = 0;
	memcpy(fs->pcs, pcs.ptr, (size_t)pcs.len * sizeof(uintptr_t));
	return fs;
}

GoFrameMore rt_Frames_Next(void *p)
{
	GoFrames *fs = p;
	GoFrameMore r = { 0 };
	if (!fs || fs->next >= fs->n)
		return r;
	r.frame = mkframe(fs->pcs[fs->next++]);
	r.more = fs->next < fs->n;
	return r;
}

/* As Go's FuncForPC: in inlined code, a record of the function inlined (its file:line pc's). */
void *rt_FuncForPC(uintptr_t tagged)
{
	uintptr_t pc = tagged & INLMASK;
	const rt_funcsym *f = rt_findfunc(pc);
	const char *file;
	intptr_t line, namelen;
	const char *name = f ? inlframe(f, pc, (int)(tagged >> INLSHIFT), &namelen, &file, &line) : NULL;
	if (!name)
		return (void *)f;
	rt_funcsym *fi = rt_mallocgc(sizeof *fi, NULL, true);
	*fi = *f;
	fi->name = name;
	fi->namelen = namelen;
	fi->inlined = true;
	fi->file = file;
	fi->line = line;
	return fi;
}

GoString rt_Func_Name(void *p)
{
	const rt_funcsym *f = p;
	if (!f)
		return (GoString){ NULL, 0 };
	return (GoString){ (const uint8_t *)f->name, f->namelen };
}

uintptr_t rt_Func_Entry(void *p)
{
	const rt_funcsym *f = p;
	return f ? f->entry : 0;
}

GoFileLine rt_Func_FileLine(void *p, uintptr_t pc)
{
	GoFileLine r = { { NULL, 0 }, 0 };
	const rt_funcsym *f = p;
	const char *file;
	intptr_t line;
	if (f && f->inlined) {
		if (f->file) {
			r.file = (GoString){ (const uint8_t *)f->file, (intptr_t)strlen(f->file) };
			r.line = f->line;
		}
		return r;
	}
	if (funcline(p, pc & INLMASK, &file, &line)) {
		r.file = (GoString){ (const uint8_t *)file, (intptr_t)strlen(file) };
		r.line = line;
	}
	return r;
}

/* ---- printed traces ---- */

typedef struct Sink {
	char *b;
	size_t n, cap;
	int fd;            /* >= 0: flush there when full; < 0: truncate */
	int printed;
} Sink;

static void sflush(Sink *s)
{
	size_t off = 0;
	if (s->fd < 0)
		return;
	while (off < s->n) {
		ssize_t w = write(s->fd, s->b + off, s->n - off);
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	s->n = 0;
}

static void sput(Sink *s, const char *p, size_t n)
{
	while (n > 0) {
		if (s->n == s->cap) {
			if (s->fd < 0)
				return;
			sflush(s);
		}
		size_t k = s->cap - s->n < n ? s->cap - s->n : n;
		memcpy(s->b + s->n, p, k);
		s->n += k;
		p += k;
		n -= k;
	}
}

static void sputs(Sink *s, const char *p) { sput(s, p, strlen(p)); }

static void snum(Sink *s, uintptr_t v, int base)
{
	char buf[24];
	int i = sizeof buf;
	do {
		buf[--i] = "0123456789abcdef"[v % (uintptr_t)base];
		v /= (uintptr_t)base;
	} while (v);
	sput(s, buf + i, sizeof buf - (size_t)i);
}

/*
 * The frames of a printed trace for return address ret in f (exact: a
 * faulting pc): those of the calls inlined there, then f's own; false
 * once the trace is cut at MAXPRINT.
 */
static bool printframe(Sink *s, const rt_funcsym *f, uintptr_t ret, bool exact)
{
	uintptr_t pc = exact ? ret : ret - 1;
	for (int d = 0;; d++) {
		const char *file = "?";
		intptr_t line = 0, namelen = 0;
		const char *name = inlframe(f, pc, d, &namelen, &file, &line);
		if (s->printed++ == MAXPRINT) {
			sputs(s, "...additional frames elided...\n");
			return false;
		}
		if (name) {
			sput(s, name, (size_t)namelen);
			sputs(s, "(...)\n\t");
		} else if (isname(f, "runtime.gopanic")) {
			sputs(s, "panic(...)\n\t");
		} else {
			sput(s, f->name, (size_t)f->namelen);
			sputs(s, isname(f, "main.main") || isname(f, "main.init") ? "()\n\t" : "(...)\n\t");
		}
		sputs(s, file ? file : "?");
		sputs(s, ":");
		snum(s, (uintptr_t)line, 10);
		if (!name && ret > f->entry) {
			sputs(s, " +0x");
			snum(s, ret - f->entry, 16);
		}
		sputs(s, "\n");
		if (!name)
			return true;
	}
}

/* Go's "created by main.main" and the go statement's position, for gp's trace. */
static void createdby(Sink *s, const G *gp)
{
	const rt_funcsym *f = gp->gopc ? rt_findfunc(gp->gopc - 1) : NULL;
	const char *file = "?";
	intptr_t line = 0;

	if (!f || !f->go)
		return;
	funcline(f, gp->gopc - 1, &file, &line);
	sputs(s, "created by ");
	sput(s, f->name, (size_t)f->namelen);
	sputs(s, "\n\t");
	sputs(s, file ? file : "?");
	sputs(s, ":");
	snum(s, (uintptr_t)line, 10);
	sputs(s, " +0x");
	snum(s, gp->gopc - f->entry, 16);
	sputs(s, "\n");
}

static void walkframes(Sink *s, uintptr_t pc, uintptr_t fp);

/*
 * The trace of goroutine gp (its header, its frames from fp upwards, and
 * where it was created; pc: the innermost frame's exact pc, or 0).
 */
static void traceback_g(Sink *s, const G *gp, const char *status, uintptr_t pc, uintptr_t fp)
{
	sputs(s, "goroutine ");
	snum(s, (uintptr_t)gp->goid, 10);
	sputs(s, " [");
	sputs(s, status);
	sputs(s, "]:\n");
	walkframes(s, pc, fp);
	if (gp->goid != 1)
		createdby(s, gp);
}

/* The running goroutine's trace. */
static void traceback(Sink *s, uintptr_t pc, uintptr_t fp)
{
	traceback_g(s, rt_curg, "running", pc, fp);
}

static void walkframes(Sink *s, uintptr_t pc, uintptr_t fp)
{
	uintptr_t lo = fp, hi = stackhi(fp);
	bool exact = pc != 0;
	uintptr_t ret = pc;

	for (;;) {
		if (ret) {
			const rt_funcsym *f = rt_findfunc(exact ? ret : ret - 1);
			/* gc shows runtime.gopanic only below another frame: the
			 * boundary between a panicking function and its deferred calls */
			if (f && (f->go || (isname(f, "runtime.gopanic") && s->printed > 0)) &&
			    !iswrapper(f) && !printframe(s, f, ret, exact))
				return;
			if (isname(f, "runtime.main") || isname(f, "runtime.gostart"))
				return;
			exact = isname(f, "runtime.sigpanic");
		}
		if (!onstack(fp, lo, hi))
			return;
		uintptr_t next = ((uintptr_t *)fp)[0];
		ret = ((uintptr_t *)fp)[1];
		if (next <= fp && next != 0)
			next = 0;
		fp = next;
		if (!fp && !ret)
			return;
	}
}

/* rt_printtraceback: the goroutine's trace on stderr, from the caller of the caller's frame fp. */
void rt_printtraceback(uintptr_t pc, uintptr_t fp)
{
	static char buf[4096];
	Sink s = { buf, 0, sizeof buf, 2, 0 };
	traceback(&s, pc, fp);
	sflush(&s);
}

static const char *gstatus(const G *gp);

/* A parked goroutine's trace starts at the frame record its switch pushed (proc.c's swapctx). */
void rt_printgoroutine(G *gp)
{
	static char buf[4096];
	Sink s = { buf, 0, sizeof buf, 2, 0 };
	uintptr_t fp = gp == rt_curg ? (uintptr_t)__builtin_frame_address(0) : gp->sp + 40;
	traceback_g(&s, gp, gstatus(gp), 0, fp);
	sflush(&s);
}

void rt_traceback_here(void)
{
	rt_printtraceback(0, (uintptr_t)__builtin_frame_address(0));
}

static const char *gstatus(const G *gp)
{
	if (gp->status == _Gwaiting && gp->waitreason)
		return gp->waitreason;
	return gp->status == _Grunnable ? "runnable" : gp->status == _Grunning ? "running" : "dead";
}

/* runtime.Stack: the running goroutine's trace, and with all every other live one's after a blank line. */
intptr_t rt_Stack(GoSlice buf, bool all)
{
	Sink s = { (char *)buf.ptr, 0, (size_t)buf.len, -1, 0 };
	traceback(&s, 0, (uintptr_t)__builtin_frame_address(0));
	for (intptr_t i = 0; all && i < rt_nallgs; i++) {
		G *gp = rt_allgs[i];
		if (gp == rt_curg || gp->status == _Gdead)
			continue;
		sputs(&s, "\n");
		s.printed = 0;
		traceback_g(&s, gp, gstatus(gp), 0, gp->sp + 40);
	}
	return (intptr_t)s.n;
}
