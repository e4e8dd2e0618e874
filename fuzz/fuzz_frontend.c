/*
 * fuzz_frontend.c - libFuzzer target for the frontend and the escape pass.
 *
 * Each input is a whole source file.  The target runs what the driver runs
 * up to -d=escape: diagnostics reset, parse, flush (errors go to stderr; run
 * with -close_fd_mask=2 to silence them), dump the tree to /dev/null so the
 * printer is exercised too; then, for inputs that parse, the type checker,
 * and for inputs that check, the escape pass with -m=2 (its report goes to
 * stderr too).  Most mutants die in the parser, but the ones that survive
 * are exactly the odd-but-valid programs a hand-written test never tries,
 * which is where a checker or the escape graph would trip.  Anything but a
 * clean return (a sanitizer report, a crash, an exit from fe_ice) is a
 * finding.
 *
 * An input importing a package the loader compiles from source (io, os,
 * strings, ..., and fmt, whose bundled declarations import io) is parsed
 * only: the loader (load/) that would compile those packages first is not
 * part of this target, and without them the checker's finding would be
 * the harness's, not minigo's.
 *
 *   make fuzz FUZZ_SECONDS=600
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <string.h>

#include "escape/escape.h"
#include "frontend/frontend.h"
#include "load/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct Input {
	const uint8_t *data;
	size_t size;
} Input;

static bool needs_loader(Node *file)
{
	for (int i = 0; i < file->file.imports.len; i++) {
		Node *lit = file->file.imports.v[i]->import.path;
		if (lit && lit->kind == N_BASICLIT && lit->lit.str && ld_compiled_import(lit->lit.str))
			return true;
	}
	return false;
}

static void one(void *p)
{
	Input *in = p;
	static FILE *devnull;
	if (!devnull)
		devnull = fopen("/dev/null", "w");
	Arena *a = fe_arena_new();
	FeDiag *d = fe_diag_new("fuzz.go", false);
	Comp comp = { .a = a, .diag = d, .path = "fuzz.go", .src = (const char *)in->data, .len = in->size, .m = 2 };
	Node *file = fe_parse(d, a, (const char *)in->data, in->size);
	if (file && devnull) {
		fe_dump_ast(devnull, file);
		fe_node_string(a, file);
	}
	/* as main.c: only syntax errors keep a file from the checker */
	if (file && !fe_too_many_errors(d) && !needs_loader(file)) {
		bool ok = fe_check(&comp, file);
		if (fe_flush_errors(d) == 0 && ok)
			esc_analyze(&comp, ir_build(&comp, file));
	}
	fe_flush_errors(d);
	fe_diag_free(d);
	fe_arena_free(a);
}

/* On the compiler's big stack, as the driver runs it (base/stack.c). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Input in = { data, size };
	bs_run_big_stack(one, &in);
	return 0;
}
