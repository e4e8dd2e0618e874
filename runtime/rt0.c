/*
 * rt0.c - the C main of a compiled minigo program.
 *
 * Built on its own (build/rt0.o), never into libminigort.a, so the runtime's
 * tests can bring their own main.  It does what Go's rt0 and schedinit do
 * for a program with one goroutine: move onto a stack with Go's headroom
 * (1e9 bytes, reserved and committed as touched; stack.c), tell the
 * collector where that stack begins, set up the heap from GOGC and GODEBUG,
 * and call main.main there.  Returning from main.main exits with status 0,
 * as Go does (exit flushes stdout); panics and os.Exit leave through their
 * own paths.
 */
#include <stdio.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

extern void main_main(void) __asm__("main.main");

typedef struct mainargs { int argc; char **argv; } mainargs;

/* Everything Go code can observe runs here, on the big stack.  Named as
 * Go's function that calls main.main: tracebacks stop there. */
static void gomain(void *p) __asm__("runtime.main");
static void gomain(void *p)
{
	mainargs *a = p;

	rt_args_init(a->argc, a->argv);
	main_main();
	__asm__ volatile(""); /* a real call, not a jump: main.main's caller stays on the stack */
}

int main(int argc, char **argv)
{
	mainargs a = { argc, argv };

	/* Go's os.Stdout has no buffer: each Print is one write(2), so what a
	 * program printed is out even if a signal kills it next, and it
	 * interleaves with stderr in write order. */
	setvbuf(stdout, NULL, _IONBF, 0);

	/* rt_schedinit(top of the big stack) happens inside, before gomain runs. */
	rt_run_on_big_stack(gomain, &a);
	return 0;
}
