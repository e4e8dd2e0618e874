/*
 * proc.c - the scheduler's public face for a program with one goroutine.
 *
 * minigo v1 has no goroutines: main.main runs on the one big stack that
 * stack.c sets up, and nothing else ever runs.  What remains of Go's
 * scheduler API is therefore a statement of that fact, kept here so that
 * when goroutines arrive they have an obvious home.
 */
#include "runtime/abi.h"

/* runtime.NumGoroutine: always the main goroutine alone. */
intptr_t rt_NumGoroutine(void)
{
	return 1;
}
