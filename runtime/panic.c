/*
 * panic.c - how a minigo program dies.
 *
 * Go distinguishes panics, which user code may recover, from fatal errors
 * ("throw"), which nothing survives.  Both print to stderr and exit with
 * status 2; the first line is what users and the test driver compare against
 * the binary `go build` makes, so it is Go's text to the byte:
 *
 *     panic: runtime error: index out of range [5] with length 3
 *     panic: assignment to entry in nil map
 *     fatal error: concurrent map writes
 *
 * Go follows the first line with a blank line and a goroutine trace;
 * traceback.c prints it (the program's frames with file:line and +0x
 * offsets); tests compare only the first line.
 *
 * Recovery: until the code generator implements defer and recover (issue 6),
 * a panic here cannot be caught.  The hook rt_panic_hook lets that later work
 * route runtime errors into the panic machinery without touching callers.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

void (*rt_panic_hook)(int kind, const char *msg);

static _Noreturn void die(const char *prefix, const char *msg)
{
	fflush(stdout);
	fprintf(stderr, "%s%s\n\n", prefix, msg);
	fflush(stderr);
	rt_traceback_here();
	_exit(2);
}

_Noreturn void rt_panicstr(const char *msg)
{
	if (rt_panic_hook)
		rt_panic_hook(RT_PANIC_RUNTIME_ERROR, msg);
	die("panic: runtime error: ", msg);
}

_Noreturn void rt_panicplain(const char *msg)
{
	if (rt_panic_hook)
		rt_panic_hook(RT_PANIC_PLAIN, msg);
	die("panic: ", msg);
}

_Noreturn void rt_throw(const char *msg)
{
	die("fatal error: ", msg);
}

_Noreturn void rt_panicf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	rt_panicstr(buf);
}
