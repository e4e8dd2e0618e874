/*
 * prune.c - leave out of the module what the program cannot reach.
 *
 * Code generation lowers every function of a package that is compiled,
 * and a type's method table pulls in all of its methods, so a program
 * that imports os gets all of os: most of it unreachable.  LLVM's pipeline
 * cannot delete an externally visible function, and optimising and
 * emitting the dead ones was most of a build's time (a fmt+os+time hello
 * world: 1580 functions, of which 680 unreachable).  gc's linker removes
 * them after compiling; here they go before LLVM optimises anything.
 *
 * The roots are what outside code names: main.main, the Go symbols the C
 * runtime and rt0 refer to (build/rtrefs.h, made from libminigort.a by
 * the Makefile, as rtsyms.h), and every function of package main, which
 * -S, -emit-llvm and `minigo compare` show even when nothing calls them.
 * Every other external definition is made internal for LLVM's globaldce
 * and given its linkage back if it survives, so what remains is optimised
 * exactly as before.
 *
 * The lists of itabs main.init registers and of descriptors reflect
 * searches (cg_registries) would keep every itab and descriptor the
 * lowering made, and through their method tables whole packages: they
 * are made after globaldce, of the survivors, which are the only ones a
 * program can meet.  Reflect's SliceOf, MapOf, FuncOf, ... find the
 * program's own descriptor among them (runtime/reflect.c), so a type made
 * by name at run time is the type the program compares with.  A type the
 * program has no descriptor of cannot meet one of the program's.
 *
 * The lists are arrays in the sections go_itabs and go_types, one per
 * module: a program built a module per package (cg_lower_separately)
 * has one per package, which the linker puts end to end between
 * __start_SECTION and __stop_SECTION.  A linkonce_odr itab or descriptor
 * several modules made is listed by each, and the linker resolves them
 * all to the copy it keeps: the runtime meets the same address again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Transforms/PassBuilder.h>

#include "codegen/codegen.h"

static const char *const rtrefs[] = {
#include "rtrefs.h"
};

static bool is_root(const char *name)
{
	if (strncmp(name, "main.", 5) == 0)
		return true;
	for (size_t i = 0; i < sizeof rtrefs / sizeof rtrefs[0]; i++)
		if (strcmp(rtrefs[i], name) == 0)
			return true;
	return false;
}

/* v: an external definition that is not a root: make it internal and
 * remember it. */
static void hide(LLVMValueRef v, LLVMValueRef **hidden, size_t *n, size_t *cap)
{
	if (LLVMIsDeclaration(v) || LLVMGetLinkage(v) != LLVMExternalLinkage)
		return;
	size_t len;
	if (is_root(LLVMGetValueName2(v, &len)))
		return;
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 1024;
		*hidden = realloc(*hidden, *cap * sizeof **hidden);
		if (!*hidden)
			abort();
	}
	(*hidden)[(*n)++] = v;
	LLVMSetLinkage(v, LLVMInternalLinkage);
}

/* Descriptors are "type.KEY"; their parts ("type..methods.KEY", ...) and
 * the equality and hash functions have a second dot. */
static bool is_descriptor(LLVMValueRef g)
{
	size_t len;
	const char *name = LLVMGetValueName2(g, &len);
	return len > 5 && strncmp(name, "type.", 5) == 0 && name[5] != '.' && !LLVMIsDeclaration(g);
}


/* A constant array of the module's globals whose names start with prefix
 * (and, for descriptors, pass is_descriptor), and how many. */
static LLVMValueRef list_of(LLVMModuleRef m, const char *prefix, bool descriptors, size_t *count)
{
	LLVMContextRef ctx = LLVMGetModuleContext(m);
	LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
	size_t n = 0, cap = 256, plen = strlen(prefix);
	LLVMValueRef *v = malloc(cap * sizeof *v);
	if (!v)
		abort();
	for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) {
		size_t len;
		const char *name = LLVMGetValueName2(g, &len);
		if (strncmp(name, prefix, plen) != 0 || LLVMIsDeclaration(g) || (descriptors && !is_descriptor(g)))
			continue;
		if (n == cap && !(v = realloc(v, (cap *= 2) * sizeof *v)))
			abort();
		v[n++] = g;
	}
	LLVMValueRef arr = LLVMConstArray(ptr, v, (unsigned)n);
	free(v);
	*count = n;
	return arr;
}

/* name: the module's list of its globals (prefix, descriptors), in section sec. */
static void registry(LLVMModuleRef m, const char *prefix, bool descriptors, const char *name, const char *sec)
{
	size_t n;
	LLVMValueRef arr = list_of(m, prefix, descriptors, &n);
	if (n == 0)
		return;
	LLVMValueRef list = LLVMAddGlobal(m, LLVMTypeOf(arr), name);
	LLVMSetInitializer(list, arr);
	LLVMSetGlobalConstant(list, true);
	LLVMSetSection(list, sec);
	LLVMSetAlignment(list, 8);
}

void cg_registries(LLVMModuleRef m, const char *pkgpath)
{
	char name[512];
	snprintf(name, sizeof name, "go.itablist.%s", pkgpath);
	registry(m, "go.itab.", false, name, "go_itabs");
	snprintf(name, sizeof name, "go.typelist.%s", pkgpath);
	registry(m, "type.", true, name, "go_types");
}

void cg_prune(LLVMModuleRef m)
{
	LLVMValueRef *hidden = NULL;
	size_t n = 0, cap = 0;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
		hide(f, &hidden, &n, &cap);
	for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g))
		hide(g, &hidden, &n, &cap);

	/* globaldce deletes what is dead; note who survives by name, since
	 * the deleted values' handles dangle afterwards */
	char **names = malloc((n + 1) * sizeof *names);
	bool *isfn = malloc((n + 1) * sizeof *isfn);
	if (!names || !isfn)
		abort();
	for (size_t i = 0; i < n; i++) {
		size_t len;
		names[i] = strdup(LLVMGetValueName2(hidden[i], &len));
		isfn[i] = LLVMIsAFunction(hidden[i]) != NULL;
	}
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef e = LLVMRunPasses(m, "globaldce", NULL, pbo);
	LLVMDisposePassBuilderOptions(pbo);
	if (e)
		LLVMConsumeError(e);
	for (size_t i = 0; i < n; i++) {
		LLVMValueRef v = isfn[i] ? LLVMGetNamedFunction(m, names[i]) : LLVMGetNamedGlobal(m, names[i]);
		if (v && LLVMGetLinkage(v) == LLVMInternalLinkage)
			LLVMSetLinkage(v, LLVMExternalLinkage);
		free(names[i]);
	}
	free(names);
	free(isfn);
	free(hidden);
	/* the lists of itabs and descriptors are made of the survivors */
	cg_registries(m, "main");
}
