/*
 * proc.c - the scheduler's public face for a program with one goroutine.
 *
 * minigo v1 has no goroutines: main.main runs on the one big stack that
 * stack.c sets up, and nothing else ever runs.  What remains of Go's
 * scheduler API is therefore a statement of that fact, kept here so that
 * when goroutines arrive they have an obvious home.
 */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

/* The GODEBUG setting, for internal/cpu.Initialize, which main.init runs
 * first when the program has internal/cpu (Go's runtime.cpuinit). */
GoString rt_godebugenv(void) GO_NAME("runtime.godebugenv");

GoString rt_godebugenv(void)
{
	const char *s = getenv("GODEBUG");
	return s ? (GoString){ (const uint8_t *)s, (intptr_t)strlen(s) } : (GoString){ NULL, 0 };
}

/* runtime.NumGoroutine: always the main goroutine alone. */
intptr_t rt_NumGoroutine(void)
{
	return 1;
}

/* runtime.NumCPU: the CPUs this process may run on, as Go counts them at start. */
intptr_t rt_NumCPU(void)
{
	cpu_set_t set;

	if (sched_getaffinity(0, sizeof set, &set) != 0)
		return 1;
	int n = CPU_COUNT(&set);
	return n > 0 ? n : 1;
}

/* runtime.GOMAXPROCS: the setting, which Go starts at $GOMAXPROCS or the
 * CPU count; setting it changes nothing else while there is one goroutine. */
intptr_t rt_GOMAXPROCS(intptr_t n)
{
	static intptr_t procs;

	if (procs == 0) {
		const char *e = getenv("GOMAXPROCS");
		long v = e ? strtol(e, NULL, 10) : 0;
		procs = v > 0 ? v : rt_NumCPU();
	}
	intptr_t old = procs;
	if (n > 0)
		procs = n;
	return old;
}

/* runtime.GOROOT: $GOROOT, or the Go tree the program was built against
 * (Go's sys.DefaultGoroot). */
GoString rt_GOROOT(void)
{
	const char *s = getenv("GOROOT");
	if (!s || !*s)
		s = MINIGO_GOROOT;
	return (GoString){ (const uint8_t *)s, (intptr_t)strlen(s) };
}

/* runtime.Breakpoint: Go executes a breakpoint trap, which without a
 * debugger ends the program as a SIGTRAP does: Go's signal report (the pc
 * of the trap, in the caller here), the goroutine's trace, exit 2. */
_Noreturn void rt_Breakpoint(void)
{
	fprintf(stderr, "SIGTRAP: trace trap\nPC=%#lx m=0 sigcode=128\n\n",
		(unsigned long)(uintptr_t)__builtin_return_address(0));
	rt_traceback_here();
	fflush(stderr);
	_exit(2);
}

/* runtime.Version: the release of the Go that minigo answers to. */
GoString rt_Version(void)
{
	static const char v[] = "go1.19.8";
	return (GoString){ (const uint8_t *)v, (intptr_t)sizeof v - 1 };
}
