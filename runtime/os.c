/*
 * os.c - the runtime side of package os (Go's runtime.go os_runtime_args,
 * proc.go os_beforeExit, os_linux.go, and syscall_Exit).
 *
 * os is compiled from Go's source; its files are syscall's, through the
 * overlay.  What it asks of the runtime:
 *   - runtime_args: the command line.  rt0.c hands argc/argv to
 *     runtime.args before the package inits; like Go (goargs) the strings
 *     point at argv's bytes, and each call returns a fresh copy of the
 *     slice.
 *   - runtime_beforeExit, syscall.Exit: the exit system call, which runs
 *     no atexit handlers and no deferred calls, as Go's; stdio (fmt's
 *     stdout is unbuffered, as Go's os.Stdout; stderr may hold runtime
 *     output) is flushed first.
 *   - sigpipe: a write to a closed pipe on stdout or stderr kills the
 *     program with SIGPIPE, as Go's does.
 *   - fastrand, for temporary names.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

GoSlice rt_os_runtime_args(void) GO_NAME("os.runtime_args");
void rt_os_runtime_beforeExit(intptr_t code) GO_NAME("os.runtime_beforeExit");
void rt_os_sigpipe(void) GO_NAME("os.sigpipe");
uint32_t rt_os_fastrand(void) GO_NAME("os.fastrand");
_Noreturn void rt_syscall_Exit(intptr_t code) GO_NAME("syscall.Exit");

static GoSlice argslice;

void rt_args_init(int argc, char **argv)
{
	GoString *a = rt_makeslice(&rt_type_string, argc, argc);

	for (int i = 0; i < argc; i++)
		a[i] = rt_cstring(argv[i]);
	argslice = (GoSlice){ a, argc, argc };
}

GoSlice rt_os_runtime_args(void)
{
	intptr_t n = argslice.len;
	GoString *a = rt_makeslice(&rt_type_string, n, n);
	if (n)
		memcpy(a, argslice.ptr, (size_t)n * sizeof *a);
	return (GoSlice){ a, n, n };
}

void rt_os_runtime_beforeExit(intptr_t code)
{
	(void)code;
	fflush(stdout);
	fflush(stderr);
}

void rt_syscall_Exit(intptr_t code)
{
	fflush(stdout);
	fflush(stderr);
	_exit((int)code);
}

void rt_os_sigpipe(void)
{
	fflush(stderr);
	signal(SIGPIPE, SIG_DFL);
	raise(SIGPIPE);
}

uint32_t rt_os_fastrand(void)
{
	return rt_fastrand();
}
