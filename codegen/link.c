/*
 * link.c - turning an object file into a program.
 *
 * minigo does not ship a linker: the system C compiler already knows where
 * crt1.o, libc and the dynamic loader live on this machine, so we hand it
 * the object plus the runtime, exactly as a C program would be linked.
 * The runtime is found next to the minigo executable (the build tree puts
 * minigo, rt0.o and libminigort.a side by side), via /proc/self/exe so the
 * current directory does not matter.  MINIGO_RUNTIME overrides the directory,
 * CC the compiler driver, and MINIGO_LDFLAGS adds words to the link line.
 *
 * The link is gold's when binutils has it (Debian's does): a program is
 * some thirty objects from the build cache, and gold links them in 40 ms
 * where ld.bfd takes 65 -- a third of a cached build.
 *
 * And it is static, as gc links a program without cgo: a dynamic libc and
 * libm are mapped whole, and a program that reads a byte and prints a
 * number was 2.4 MB resident (1.4 MB static; gc's 1.2 MB).  The sanitizers
 * of `make san` (MINIGO_LDFLAGS=-fsanitize=...) need the dynamic link.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "codegen/codegen.h"

static bool runtime_dir(char *dir, size_t n)
{
	const char *env = getenv("MINIGO_RUNTIME");
	if (env && *env) {
		snprintf(dir, n, "%s", env);
		return true;
	}
	ssize_t len = readlink("/proc/self/exe", dir, n - 1);
	if (len <= 0)
		return false;
	dir[len] = 0;
	char *slash = strrchr(dir, '/');
	if (!slash)
		return false;
	*slash = 0;
	return true;
}

/* Is ld.gold on the PATH, where the compiler driver looks for it? */
static bool have_gold(void)
{
	const char *path = getenv("PATH");
	for (const char *p = path; p && *p;) {
		const char *colon = strchr(p, ':');
		size_t n = colon ? (size_t)(colon - p) : strlen(p);
		char f[PATH_MAX];
		if (n > 0 && n < sizeof f - 16) {
			snprintf(f, sizeof f, "%.*s/ld.gold", (int)n, p);
			if (access(f, X_OK) == 0)
				return true;
		}
		p = colon ? colon + 1 : p + n;
	}
	return false;
}

bool cg_link(char *const *objs, int nobjs, const char *out, char **err)
{
	char dir[PATH_MAX], rt0[PATH_MAX + 16], lib[PATH_MAX + 16];
	if (!runtime_dir(dir, sizeof dir)) {
		*err = strdup("cannot locate the runtime (set MINIGO_RUNTIME)");
		return false;
	}
	snprintf(rt0, sizeof rt0, "%s/rt0.o", dir);
	snprintf(lib, sizeof lib, "%s/libminigort.a", dir);
	if (access(rt0, R_OK) != 0 || access(lib, R_OK) != 0) {
		char *m = malloc(PATH_MAX + 64);
		snprintf(m, PATH_MAX + 64, "runtime not found in %s", dir);
		*err = m;
		return false;
	}
	const char *cc = getenv("CC");
	if (!cc || !*cc)
		cc = "cc";
	pid_t pid = fork();
	if (pid < 0) {
		*err = strdup("fork failed");
		return false;
	}
	if (pid == 0) {
		/* MINIGO_LDFLAGS: extra words for the link, e.g. the sanitizer
		 * flags `make san` needs to link a sanitized runtime. */
		int cap = nobjs + 64;
		char **argv = calloc((size_t)cap, sizeof *argv);
		int n = 0;
		argv[n++] = (char *)cc;
		argv[n++] = "-no-pie"; /* at a fixed address, as gc links (emit.c) */
		if (have_gold())
			argv[n++] = "-fuse-ld=gold";
		const char *ldflags = getenv("MINIGO_LDFLAGS");
		if (!ldflags || !strstr(ldflags, "-fsanitize"))
			argv[n++] = "-static";
		argv[n++] = "-o";
		argv[n++] = (char *)out;
		for (int i = 0; i < nobjs; i++)
			argv[n++] = objs[i];
		argv[n++] = rt0;
		argv[n++] = lib;
		argv[n++] = "-lm";
		argv[n++] = "-lpthread";
		/* libffi: reflect.Value.Call (runtime/reflectcall.c), only in
		 * the programs that use it */
		argv[n++] = "-Wl,--push-state,--as-needed";
		argv[n++] = "-lffi";
		argv[n++] = "-Wl,--pop-state";
		const char *extra = getenv("MINIGO_LDFLAGS");
		char *words = extra ? strdup(extra) : NULL;
		for (char *w = words ? strtok(words, " \t") : NULL; w && n < cap - 1; w = strtok(NULL, " \t"))
			argv[n++] = w;
		argv[n] = NULL;
		execvp(cc, argv);
		perror(cc);
		_exit(127);
	}
	int status;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*err = strdup("internal compiler error: linking failed");
		return false;
	}
	return true;
}
