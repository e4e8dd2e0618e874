/*
 * rt0.c - the C main of a compiled minigo program.
 *
 * Built on its own (build/rt0.o), never into libminigort.a, so the runtime's
 * tests can bring their own main.  It does what Go's rt0 and schedinit do
 * for a program with one goroutine: record where the stack begins, so the
 * collector knows the range to scan, set up the heap from GOGC and GODEBUG,
 * and call main.main.  Returning from main.main exits with status 0, as Go
 * does; panics and os.Exit leave through their own paths.
 */
#include "runtime/abi.h"

extern void main_main(void) __asm__("main.main");

int main(int argc, char **argv)
{
	/* NULL: the stack the process started on, whose top glibc recorded. */
	rt_schedinit(NULL);
	rt_args_init(argc, argv);
	main_main();
	return 0;
}
