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
#include <stdlib.h>
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

/* os.Getenv: the variable's value, "" when unset. */
GoString rt_os_Getenv(GoString key)
{
	char *k = malloc((size_t)key.len + 1);
	if (!k)
		rt_throw("runtime: out of memory");
	if (key.len)
		memcpy(k, key.ptr, (size_t)key.len);
	k[key.len] = 0;
	/* a key holding NUL names no variable, as in Go */
	const char *v = strlen(k) != (size_t)key.len ? NULL : getenv(k);
	free(k);
	return v ? rt_gostring(v, (intptr_t)strlen(v)) : (GoString){ NULL, 0 };
}

void rt_os_Exit(intptr_t code)
{
	fflush(stdout);
	fflush(stderr);
	_exit((int)code);
}
