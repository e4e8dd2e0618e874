/*
 * fuzz_frontend.c - libFuzzer target for the frontend (lexer and parser).
 *
 * Each input is a whole source file.  The target runs what the driver runs
 * up to -d=ast: diagnostics reset, parse, flush (errors go to stderr; run
 * with -close_fd_mask=2 to silence them), dump the tree to /dev/null so the
 * printer is exercised too, and free the arena.  Anything but a clean
 * return (a sanitizer report, a crash, an exit from fe_ice, a leak) is a
 * finding.
 *
 *   make fuzz FUZZ_SECONDS=600
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "frontend/frontend.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	if (!devnull)
		devnull = fopen("/dev/null", "w");
	fe_diag_init("fuzz.go", false);
	Arena *a = fe_arena_new();
	Node *file = fe_parse(a, (const char *)data, size);
	fe_flush_errors();
	if (file && devnull) {
		fe_dump_ast(devnull, file);
		fe_node_string(a, file);
	}
	fe_arena_free(a);
	return 0;
}
