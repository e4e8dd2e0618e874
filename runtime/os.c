/*
 * os.c - the two members of package os that mini-Go programs use.
 *
 * os.Args is a package variable of type []string, set up before main.main
 * from the argv the C start-up code received; like Go (goargs), the strings
 * point at the bytes of argv and are not copied.  The slice itself is on the
 * collected heap and the variable that holds it lives in the data segment,
 * which the collector scans.
 *
 * os.Exit leaves at once: no deferred calls, no atexit handlers, exactly
 * as Go's exit system call; but fmt's output is buffered in stdio, so
 * stdout and stderr are flushed first.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"

GoSlice rt_os_Args;

void rt_args_init(int argc, char **argv)
{
	GoString *a = rt_makeslice(&rt_type_string, argc, argc);

	for (int i = 0; i < argc; i++)
		a[i] = rt_cstring(argv[i]);
	rt_os_Args = (GoSlice){ a, argc, argc };
}

void rt_os_Exit(intptr_t code)
{
	fflush(stdout);
	fflush(stderr);
	_exit((int)code);
}
