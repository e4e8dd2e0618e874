/*
 * packages.c - the bundled package: runtime.
 *
 * Each package's API is written below as Go source with Go 1.19's exact
 * signatures (bodiless functions, methods with receivers, struct types
 * with their real fields so that layouts agree with gc's), and is checked
 * by the same checker as user code (chk_check_package), so a misuse of a
 * bundled function draws exactly the error gc gives for the real one.  The
 * implementations live in the C runtime; unexported fields exist only for
 * layout (strings.Builder's addr and buf).
 *
 * Every other exported name of the real package is entered as an
 * OBJ_UNSUPPORTED object: `strings.NewReader` is "not supported by
 * minigo", while a name the real package does not have (`fmt.Foo`) is gc's
 * "undefined: fmt.Foo".  A method the bundle leaves out is listed as
 * T.M (`Value.Field`): the selector v.Field says it is not supported.  The name lists are Go 1.19's (go/types' view of
 * the packages' scopes).
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

typedef struct Bundle {
	const char *path;
	const char *src;
	const char *others; /* the real package's other exported names, space-separated */
	Package *pkg;
	/* functions and methods (T.M) declared for type checking and escape
	 * analysis only: no implementation yet, so a program using them
	 * type-checks and gets its -m report but does not build */
	const char *noimpl;
} Bundle;

static Bundle bundles[] = {
	{ "runtime",
	  "package runtime\n"
	  "const GOOS string = \"linux\"\n"
	  "const GOARCH string = \"amd64\"\n"
	  "const Compiler = \"gc\"\n"
	  "func GC()\n"
	  "func NumGoroutine() int\n"
	  "func Gosched()\n"
	  "func Goexit()\n"
	  "func NumCPU() int\n"
	  "func GOMAXPROCS(n int) int\n"
	  "func GOROOT() string\n"
	  "func Breakpoint()\n"
	  "type Error interface {\n\terror\n\tRuntimeError()\n}\n"
	  "func Version() string\n"
	  "func SetFinalizer(obj any, finalizer any)\n"
	  "func KeepAlive(x any)\n"
	  "func Caller(skip int) (pc uintptr, file string, line int, ok bool)\n"
	  "func Callers(skip int, pc []uintptr) int\n"
	  "func Stack(buf []byte, all bool) int\n"
	  "type Func struct {\n\topaque struct{}\n}\n"
	  "func FuncForPC(pc uintptr) *Func\n"
	  "func (f *Func) Name() string\n"
	  "func (f *Func) Entry() uintptr\n"
	  "func (f *Func) FileLine(pc uintptr) (file string, line int)\n"
	  "type Frame struct {\n\tPC uintptr\n\tFunc *Func\n\tFunction string\n\tFile string\n"
	  "\tLine int\n\tEntry uintptr\n\tfuncInfo funcInfo\n}\n"
	  "type funcInfo struct {\n\t_func *Func\n\tdatap *Func\n}\n"
	  "type Frames struct {\n\tcallers []uintptr\n\tframes []Frame\n\tframeStore [2]Frame\n}\n"
	  "func CallersFrames(callers []uintptr) *Frames\n"
	  "func (ci *Frames) Next() (frame Frame, more bool)\n"
	  "func ReadMemStats(m *MemStats)\n"
	  "type MemStats struct {\n"
	  "\tAlloc uint64\n\tTotalAlloc uint64\n\tSys uint64\n\tLookups uint64\n\tMallocs uint64\n"
	  "\tFrees uint64\n\tHeapAlloc uint64\n\tHeapSys uint64\n\tHeapIdle uint64\n\tHeapInuse uint64\n"
	  "\tHeapReleased uint64\n\tHeapObjects uint64\n\tStackInuse uint64\n\tStackSys uint64\n"
	  "\tMSpanInuse uint64\n\tMSpanSys uint64\n\tMCacheInuse uint64\n\tMCacheSys uint64\n"
	  "\tBuckHashSys uint64\n\tGCSys uint64\n\tOtherSys uint64\n\tNextGC uint64\n\tLastGC uint64\n"
	  "\tPauseTotalNs uint64\n\tPauseNs [256]uint64\n\tPauseEnd [256]uint64\n\tNumGC uint32\n"
	  "\tNumForcedGC uint32\n\tGCCPUFraction float64\n\tEnableGC bool\n\tDebugGC bool\n"
	  "\tBySize [61]struct {\n\t\tSize uint32\n\t\tMallocs uint64\n\t\tFrees uint64\n\t}\n"
	  "}\n",
	  "BlockProfile BlockProfileRecord CPUProfile "
	  "GoroutineProfile "
	  "LockOSThread MemProfile MemProfileRate MemProfileRecord MutexProfile "
	  "NumCgoCall ReadTrace SetBlockProfileRate SetCPUProfileRate SetCgoTraceback "
	  "SetMutexProfileFraction StackRecord StartTrace StopTrace ThreadCreateProfile "
	  "TypeAssertionError UnlockOSThread", NULL, NULL },
};

static Arena *pkg_arena;

/* The program's own packages compiled so far (fe_package_add). */
static Package **compiled;
static int ncompiled, capcompiled;

void fe_package_add(Package *p)
{
	if (ncompiled == capcompiled) {
		capcompiled = capcompiled ? 2 * capcompiled : 16;
		compiled = realloc(compiled, (size_t)capcompiled * sizeof *compiled);
		if (!compiled)
			fe_ice((Pos){ 0 }, "out of memory");
	}
	compiled[ncompiled++] = p;
}

/*
 * Package unsafe, as types2's Unsafe: the type Pointer and five builtins
 * (checked in check_call.c; Sizeof, Alignof and Offsetof are constants).
 */
static Package *unsafe_package(void)
{
	static Package *p;
	if (p)
		return p;
	if (!pkg_arena)
		pkg_arena = fe_arena_new();
	p = fe_alloc(pkg_arena, sizeof *p);
	p->name = p->path = "unsafe";
	p->scope = fe_scope_new(pkg_arena, NULL);
	Object *ptr = fe_object_new(pkg_arena, OBJ_TYPE, "Pointer", (Pos){ 0 }, fe_types[TY_UNSAFEPTR]);
	ptr->pkg = p;
	fe_scope_insert(p->scope, ptr);
	static const struct { const char *name; Builtin id; } bis[] = {
		{ "Add", BI_ADD }, { "Alignof", BI_ALIGNOF }, { "Offsetof", BI_OFFSETOF },
		{ "Sizeof", BI_SIZEOF }, { "Slice", BI_SLICE },
	};
	for (size_t i = 0; i < sizeof bis / sizeof bis[0]; i++) {
		Object *o = fe_object_new(pkg_arena, OBJ_BUILTIN, bis[i].name, (Pos){ 0 }, NULL);
		o->builtin = bis[i].id;
		o->pkg = p;
		fe_scope_insert(p->scope, o);
	}
	return p;
}

Package *fe_package(Arena *a, const char *path)
{
	(void)a;
	if (strcmp(path, "unsafe") == 0)
		return unsafe_package();
	for (int i = 0; i < ncompiled; i++)
		if (strcmp(compiled[i]->path, path) == 0)
			return compiled[i];
	for (size_t i = 0; i < sizeof bundles / sizeof bundles[0]; i++) {
		Bundle *b = &bundles[i];
		if (strcmp(b->path, path) != 0)
			continue;
		if (b->pkg)
			return b->pkg;
		if (!pkg_arena)
			pkg_arena = fe_arena_new();
		Package *p = chk_check_package(pkg_arena, b->path, b->path, b->src);
		p->native = true;
		/* the rest of the real API: known names, not provided */
		const char *s = b->others;
		while (*s) {
			while (*s == ' ')
				s++;
			const char *e = s;
			while (*e && *e != ' ')
				e++;
			if (e > s) {
				const char *name = fe_strndup(pkg_arena, s, e - s);
				Object *o = fe_object_new(pkg_arena, OBJ_UNSUPPORTED, name, (Pos){ 0 }, NULL);
				o->pkg = p;
				o->flags |= OF_UNSUPPORTED;
				fe_scope_insert(p->scope, o);
			}
			s = e;
		}
		/* the declarations without an implementation */
		for (const char *n = b->noimpl; n && *n;) {
			while (*n == ' ')
				n++;
			const char *e = n;
			while (*e && *e != ' ')
				e++;
			const char *dot = memchr(n, '.', (size_t)(e - n));
			Object *o = fe_scope_lookup(p->scope, fe_strndup(pkg_arena, n, (size_t)((dot ? dot : e) - n)));
			if (o && dot && o->kind == OBJ_TYPE && o->type && o->type->kind == TY_NAMED) {
				const char *m = fe_strndup(pkg_arena, dot + 1, (size_t)(e - dot - 1));
				Object *mo = NULL;
				for (int k = 0; k < o->type->nmethods; k++)
					if (strcmp(o->type->methods[k]->name, m) == 0)
						mo = o->type->methods[k];
				o = mo;
			}
			if (!o)
				fe_ice((Pos){ 0 }, "bundled package %s: no %.*s", b->path, (int)(e - n), n);
			o->flags |= OF_NOIMPL;
			n = e;
		}
		b->pkg = p;
		return p;
	}
	return NULL;
}
