/*
 * check_load.c - the package loader (load/): packages, files, imports,
 * order, and go build's errors, over the module trees of testdata/load.
 *
 * Every expected message is what Go 1.19's `go build` prints for the same
 * tree, run in a copy of the fixture under /tmp with
 *
 *     GOFLAGS=-mod=mod GOPROXY=off CGO_ENABLED=0 go build -o /dev/null ARGS
 *
 * (the copy's directory then replaced by the fixture's: the messages name
 * absolute directories).  Missing std packages are looked up in a stand-in
 * GOROOT, testdata/load/goroot, so go's "(/usr/lib/go-1.19/src/nosuchpkg)"
 * reads "(ROOT/testdata/load/goroot/src/nosuchpkg)" here.  File lists are
 * `go list -f '{{.GoFiles}}'`'s; orders are those of the "# pkg" headers
 * of `go build -p 1 -gcflags=all=-m` (sources touched to defeat the build
 * cache).  The exceptions are minigo's own: import "C" (go with cgo off
 * ignores the file), and the robustness tests, which only ask for no crash.
 *
 * The tests find testdata/load from the test binary's path or the current
 * directory, and chdir into the fixture, as go build is run from it.
 */
#include <check.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/load.h"

static char fixtures[PATH_MAX + 64];   /* ROOT/testdata/load */
static char goroot[PATH_MAX + 128];    /* the stand-in GOROOT */
static char out[1 << 16];         /* what the last load printed on stderr */

static bool has_fixtures(const char *dir)
{
	char p[PATH_MAX + 64];
	snprintf(p, sizeof p, "%s/testdata/load/modsub/go.mod", dir);
	return access(p, F_OK) == 0;
}

/* ROOT: up from the test binary (B/tests/check_load), else from the current directory. */
static void find_fixtures(void)
{
	char dir[PATH_MAX];
	for (int pass = 0; pass < 2 && !fixtures[0]; pass++) {
		if (pass == 0) {
			ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
			if (n <= 0)
				continue;
			dir[n] = 0;
		} else if (!getcwd(dir, sizeof dir)) {
			continue;
		}
		for (;;) {
			if (has_fixtures(dir)) {
				char real[PATH_MAX];
				snprintf(fixtures, sizeof fixtures, "%s/testdata/load", realpath(dir, real) ? real : dir);
				break;
			}
			char *s = strrchr(dir, '/');
			if (!s || s == dir)
				break;
			*s = 0;
		}
	}
	if (!fixtures[0]) {
		fprintf(stderr, "check_load: testdata/load not found\n");
		exit(2);
	}
	snprintf(goroot, sizeof goroot, "%s/goroot", fixtures);
}

/* Loads ARGS (NULL-terminated) in fixture directory dir (relative to
 * testdata/load; NULL: the current directory), stderr into out. */
static LdProgram *load(Arena *a, const char *dir, ...)
{
	const char *args[16];
	int n = 0;
	va_list ap;
	va_start(ap, dir);
	for (const char *s; n < 16 && (s = va_arg(ap, const char *));)
		args[n++] = s;
	va_end(ap);
	if (dir) {
		char p[2 * PATH_MAX];
		snprintf(p, sizeof p, "%s/%s", fixtures, dir);
		ck_assert_msg(chdir(p) == 0, "chdir %s", p);
	}
	char tmp[] = "/tmp/check-load-err-XXXXXX";
	int fd = mkstemp(tmp);
	ck_assert_int_ge(fd, 0);
	fflush(stderr);
	int saved = dup(2);
	dup2(fd, 2);
	LdProgram *prog = ld_load(a, args, n, goroot);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	ssize_t r = read(fd, out, sizeof out - 1);
	out[r < 0 ? 0 : r] = 0;
	close(fd);
	unlink(tmp);
	return prog;
}

/* fixtures-relative text: "%F" in fmt stands for ROOT/testdata/load */
static const char *expect(const char *fmt)
{
	static char buf[1 << 14];
	size_t w = 0;
	for (const char *p = fmt; *p && w + PATH_MAX < sizeof buf; p++) {
		if (p[0] == '%' && p[1] == 'F') {
			w += (size_t)snprintf(buf + w, sizeof buf - w, "%s", fixtures);
			p++;
		} else {
			buf[w++] = *p;
		}
	}
	buf[w] = 0;
	return buf;
}

static LdPackage *find_pkg(LdProgram *p, const char *path)
{
	for (int i = 0; i < p->npkgs; i++)
		if (strcmp(p->pkgs[i]->path, path) == 0)
			return p->pkgs[i];
	return NULL;
}

/* the package paths in order, space-separated */
static const char *order(LdProgram *p)
{
	static char buf[4096];
	size_t w = 0;
	buf[0] = 0;
	for (int i = 0; i < p->npkgs; i++)
		w += (size_t)snprintf(buf + w, sizeof buf - w, "%s%s", i ? " " : "", p->pkgs[i]->path);
	return buf;
}

/* ---- packages, files, imports ---- */

START_TEST(test_two_files)
{
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "twofiles", ".", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(out, "");
	ck_assert_str_eq(p->modpath, "example.com/twofiles");
	ck_assert_str_eq(p->modroot, expect("%F/twofiles"));
	/* fmt first: compiled from (the stand-in GOROOT's) source */
	ck_assert_int_eq(p->npkgs, 2);
	ck_assert_str_eq(p->pkgs[0]->path, "fmt");
	LdPackage *k = p->pkgs[1];
	ck_assert_str_eq(k->path, "example.com/twofiles");
	ck_assert_str_eq(k->name, "main");
	ck_assert_str_eq(k->dir, expect("%F/twofiles"));
	ck_assert(k->named && !k->std && !k->cmdline_files);
	ck_assert_int_eq(k->nfiles, 2);
	ck_assert_str_eq(k->files[0], expect("%F/twofiles/b.go"));
	ck_assert_str_eq(k->files[1], expect("%F/twofiles/main.go"));
	ck_assert_str_eq(k->shown[0], "./b.go");
	ck_assert_str_eq(k->shown[1], "./main.go");
	/* b.go: import ( "fmt" "runtime" ), main.go: import "fmt"; fmt is
	 * compiled (pkgs[0]), runtime bundled: no package */
	ck_assert_int_eq(k->nimports, 3);
	const struct { const char *path; int file, line, col; } want[] = {
		{ "fmt", 0, 4, 2 }, { "runtime", 0, 5, 2 }, { "fmt", 1, 3, 8 },
	};
	for (int i = 0; i < 3; i++) {
		ck_assert_str_eq(k->imports[i].path, want[i].path);
		ck_assert_int_eq(k->imports[i].file, want[i].file);
		ck_assert_int_eq(k->imports[i].line, want[i].line);
		ck_assert_int_eq(k->imports[i].col, want[i].col);
		if (strcmp(want[i].path, "fmt") == 0)
			ck_assert_ptr_eq(k->imports[i].pkg, p->pkgs[0]);
		else
			ck_assert_ptr_null(k->imports[i].pkg);
	}
	fe_arena_free(a);
}
END_TEST

START_TEST(test_module_subdirs)
{
	/* go build -p 1 -gcflags='all=-m -l' . prints
	 *   # example.com/m/util/deep
	 *   util/deep/deep.go:3:17: moved to heap: x
	 *   # example.com/m/util
	 *   util/util.go:5:17: moved to heap: x */
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "modsub", ".", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(order(p), "example.com/m/util/deep example.com/m/util example.com/m");
	LdPackage *deep = p->pkgs[0], *util = p->pkgs[1], *m = p->pkgs[2];
	ck_assert_str_eq(deep->shown[0], "util/deep/deep.go");
	ck_assert_str_eq(util->shown[0], "util/util.go");
	ck_assert_str_eq(m->shown[0], "./main.go");
	ck_assert(m->named && !util->named && !deep->named);
	ck_assert_str_eq(deep->name, "deep");
	ck_assert_int_eq(util->nimports, 1);
	ck_assert_ptr_eq(util->imports[0].pkg, deep);
	ck_assert_ptr_eq(m->imports[0].pkg, util);
	ck_assert_int_eq(m->imports[0].line, 3);
	ck_assert_int_eq(m->imports[0].col, 8);
	fe_arena_free(a);
}
END_TEST

START_TEST(test_shown_from_subdir)
{
	/* cd util/deep && go build -gcflags='all=-m -l' ../..:
	 *   # example.com/m/util/deep
	 *   ./deep.go:3:17: moved to heap: x
	 *   # example.com/m/util
	 *   ../util.go:5:17: moved to heap: x
	 * (go.mod is found from the current directory up) */
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "modsub/util/deep", "../..", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(p->modroot, expect("%F/modsub"));
	ck_assert_str_eq(order(p), "example.com/m/util/deep example.com/m/util example.com/m");
	ck_assert_str_eq(p->pkgs[0]->shown[0], "./deep.go");
	ck_assert_str_eq(p->pkgs[1]->shown[0], "../util.go");
	ck_assert_str_eq(p->pkgs[2]->shown[0], "../../main.go");
	fe_arena_free(a);
}
END_TEST

START_TEST(test_shown_far_away)
{
	/* cd /usr/lib && go build -gcflags=-m /tmp/x/a.go prints /tmp/x/a.go:...:
	 * the relative path would be longer than the absolute one */
	Arena *a = fe_arena_new();
	char tmp[] = "/tmp/check-load-far-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(tmp));
	ck_assert_int_eq(chdir(tmp), 0);
	const char *file = fe_sprintf(a, "%s/nomod/main.go", fixtures);
	LdProgram *p = load(a, NULL, file, NULL);
	ck_assert_int_eq(chdir("/"), 0);
	rmdir(tmp);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->npkgs, 2); /* io, for fmt */
	ck_assert_str_eq(p->pkgs[1]->path, "command-line-arguments");
	ck_assert_str_eq(p->pkgs[1]->files[0], file);
	if (strncmp(fixtures, "/tmp/", 5) != 0)
		ck_assert_str_eq(p->pkgs[1]->shown[0], file);
	fe_arena_free(a);
}
END_TEST

START_TEST(test_named_files)
{
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "modsub", "main.go", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(order(p), "example.com/m/util/deep example.com/m/util command-line-arguments");
	LdPackage *k = p->pkgs[2];
	ck_assert(k->cmdline_files && k->named);
	ck_assert_str_eq(k->shown[0], "./main.go");
	ck_assert_ptr_eq(k->imports[0].pkg, p->pkgs[1]);
	/* go build -x main.go b.go compiles ./main.go ./b.go: command-line order */
	p = load(a, "twofiles", "main.go", "./b.go", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->pkgs[1]->nfiles, 2);
	ck_assert_str_eq(p->pkgs[1]->files[0], expect("%F/twofiles/main.go"));
	ck_assert_str_eq(p->pkgs[1]->files[1], expect("%F/twofiles/b.go"));
	/* named files ignore build constraints (go/build's UseAllFiles) */
	p = load(a, "constraints", "b_windows.go", "i.go", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->pkgs[0]->nfiles, 2);
	fe_arena_free(a);
}
END_TEST

START_TEST(test_files_errors)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "modsub", "main.go", "util/util.go", NULL));
	ck_assert_str_eq(out, "named files must all be in one directory; have . and util\n");
	ck_assert_ptr_null(load(a, "modsub", "main.go", "./util", NULL));
	ck_assert_str_eq(out, "named files must be .go files: ./util\n");
	ck_assert_ptr_null(load(a, "modsub", "main.go", "nosuch.go", NULL));
	ck_assert_str_eq(out, "stat nosuch.go: no such file or directory\n");
	ck_assert_ptr_null(load(a, "modsub", "main.go", "./main.go", NULL));
	ck_assert_str_eq(out, "package command-line-arguments: case-insensitive file name collision: \"main.go\" and \"main.go\"\n");
	fe_arena_free(a);
}
END_TEST

START_TEST(test_no_go_mod)
{
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "nomod", "main.go", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_ptr_null(p->modpath);
	ck_assert_ptr_null(p->modroot);
	ck_assert_str_eq(order(p), "fmt command-line-arguments");
	ck_assert_ptr_null(load(a, "nomod", ".", NULL));
	ck_assert_str_eq(out, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
	ck_assert_ptr_null(load(a, "nomod", "./...", NULL));
	ck_assert_str_eq(out, "pattern ./...: directory prefix . does not contain main module or its selected dependencies\n");
	fe_arena_free(a);
}
END_TEST

/* ---- build constraints ---- */

START_TEST(test_constraints_dir)
{
	/* go list -f '{{.GoFiles}}' . */
	static const char *const want[] = {
		"a_linux.go", "c_amd64.go", "f_linux_amd64.go", "h.go", "j.go", "m_unix.go",
		"main.go", "n.go", "o.go", "s.go", "u.go", "z_amd64_linux.go",
	};
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "constraints", ".", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(out, "");
	LdPackage *k = p->pkgs[0];
	ck_assert_int_eq(k->nfiles, (int)(sizeof want / sizeof *want));
	for (int i = 0; i < k->nfiles; i++)
		ck_assert_str_eq(k->shown[i] + 2, want[i]);
	fe_arena_free(a);
}
END_TEST

START_TEST(test_constraint_lines)
{
	/* go/build/constraint's Parse and Eval, tags linux amd64 unix gc
	 * go1.1..go1.19 and the two default experiments; malformed //go:build
	 * lines (error in the comment) hold nowhere; lines that are no
	 * constraint ("not a build constraint") hold */
	static const struct { const char *line; bool ok; } cases[] = {
		{ "//go:build linux", true },
		{ "//go:build windows", false },
		{ "//go:build linux && amd64", true },
		{ "//go:build linux && arm64", false },
		{ "//go:build linux || windows", true },
		{ "//go:build !windows", true },
		{ "//go:build !linux", false },
		{ "//go:build (linux || darwin) && !(386 || arm)", true },
		{ "//go:build unix", true },
		{ "//go:build cgo", false },
		{ "//go:build !cgo", true },
		{ "//go:build gc && !gccgo", true },
		{ "//go:build go1.19", true },
		{ "//go:build go1.20", false },
		{ "//go:build go1.1 && !go1.20", true },
		{ "//go:build ignore", false },
		{ "//go:build goexperiment.regabiargs", true },
		{ "//go:build", false },                   /* unexpected end of expression */
		{ "//go:build linux &&", false },          /* unexpected end of expression */
		{ "//go:build (linux", false },            /* missing close paren */
		{ "//go:build linux)", false },            /* unexpected token ) */
		{ "//go:build !!linux", false },           /* double negation not allowed */
		{ "//go:build linux & amd64", false },     /* invalid syntax at & */
		{ "//go:buildlinux", true },               /* not a build constraint */
		{ "//go:build\tlinux", true },
		{ "// +build linux", true },
		{ "// +build windows", false },
		{ "// +build linux,amd64", true },
		{ "// +build linux,arm64", false },
		{ "// +build windows linux", true },
		{ "// +build !windows", true },
		{ "// +build !linux", false },
		{ "// +build !!linux", false },
		{ "// +build !", false },
		{ "// +build", false },
		{ "//+build linux", true },
		{ "// +build linux,!cgo", true },
		{ "// +build ignore", false },
		{ "// +build l!nux", false },
		{ "// +buildlinux", true },                /* not a build constraint */
		{ "// just a comment", true },             /* not a build constraint */
		{ "//go:build linux // comment", false },  /* invalid syntax at / */
		{ "//go:build \xc3\xa9", false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		ck_assert_msg(ld_constraint_ok(cases[i].line) == cases[i].ok, "%s", cases[i].line);
}
END_TEST

START_TEST(test_should_build)
{
	/* go/build's shouldBuild; the errors as go build prints them after "FILE: " */
	static const struct { const char *header; int ok; const char *err; } cases[] = {
		{ "//go:build linux\n\npackage x\n", 1, NULL },
		{ "//go:build windows\n\npackage x\n", 0, NULL },
		{ "//go:build windows\npackage x\n", 0, NULL },            /* //go:build needs no blank line */
		{ "// +build windows\npackage x\n", 1, NULL },             /* but +build does */
		{ "// +build windows\n\npackage x\n", 0, NULL },
		{ "// +build linux\n// +build arm64\n\npackage x\n", 0, NULL },
		{ "// +build windows\n//go:build linux\n\npackage x\n", 1, NULL }, /* //go:build wins */
		{ "package x\n\n//go:build windows\n", 1, NULL },
		{ "/*\n//go:build windows\n*/\n\npackage x\n", 1, NULL },
		{ "/* x */ //go:build windows\n\npackage x\n", 1, NULL },
		{ "//go:build linux &&\n\npackage x\n", -1, "parsing //go:build line: unexpected end of expression" },
		{ "//go:build linux\n//go:build amd64\n\npackage x\n", -1, "multiple //go:build comments" },
		{ "//go:build (linux\n\npackage x\n", -1, "parsing //go:build line: missing close paren" },
		{ "//go:build linux)\n\npackage x\n", -1, "parsing //go:build line: unexpected token )" },
	};
	Arena *a = fe_arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *err;
		int ok = ld_should_build(a, cases[i].header, strlen(cases[i].header), &err);
		ck_assert_msg(ok == cases[i].ok, "%s", cases[i].header);
		if (cases[i].err)
			ck_assert_str_eq(err, cases[i].err);
	}
	ck_assert(ld_good_os_arch_file("x_linux.go") && ld_good_os_arch_file("x_amd64.go") &&
	          ld_good_os_arch_file("x_linux_amd64_test.go") && ld_good_os_arch_file("x_unix.go") &&
	          ld_good_os_arch_file("linux.go") && ld_good_os_arch_file("x_windows_linux.go"));
	ck_assert(!ld_good_os_arch_file("x_windows.go") && !ld_good_os_arch_file("x_arm64.go") &&
	          !ld_good_os_arch_file("x_linux_arm64.go") && !ld_good_os_arch_file("x_windows_test.go") &&
	          !ld_good_os_arch_file("a_b_darwin.go"));
	fe_arena_free(a);
}
END_TEST

/* ---- go build's errors ---- */

START_TEST(test_two_package_names)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "twonames", ".", NULL));
	ck_assert_str_eq(out, expect("found packages a (a.go) and b (b.go) in %F/twonames\n"));
	fe_arena_free(a);
}
END_TEST

START_TEST(test_no_go_files)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "nogo", "./empty", NULL));
	ck_assert_str_eq(out, expect("no Go files in %F/nogo/empty\n"));
	ck_assert_ptr_null(load(a, "nogo", "./excluded", NULL));
	ck_assert_str_eq(out, expect("package example.com/nogo/excluded: build constraints exclude all Go files in %F/nogo/excluded\n"));
	ck_assert_ptr_null(load(a, "nogo", ".", NULL));
	ck_assert_str_eq(out, expect("package example.com/nogo\n"
	                             "\timports example.com/nogo/excluded: build constraints exclude all Go files in %F/nogo/excluded\n"));
	ck_assert_ptr_null(load(a, "nogo", "./testonly", NULL));
	ck_assert_str_eq(out, expect("go build example.com/nogo/testonly: no non-test Go files in %F/nogo/testonly\n"));
	/* ./... skips empty, excluded and test-only directories; only the import fails */
	ck_assert_ptr_null(load(a, "nogo", "./...", NULL));
	ck_assert_str_eq(out, expect("package example.com/nogo\n"
	                             "\timports example.com/nogo/excluded: build constraints exclude all Go files in %F/nogo/excluded\n"));
	ck_assert_ptr_null(load(a, "nogo", "example.com/nogo/empty", NULL));
	ck_assert_str_eq(out, "go: finding module for package example.com/nogo/empty\n"
	                      "go: finding module for package example.com/nogo/empty\n"
	                      "cannot find module providing package example.com/nogo/empty: module lookup disabled by GOPROXY=off\n");
	fe_arena_free(a);
}
END_TEST

START_TEST(test_import_cycle)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "cycle", ".", NULL));
	ck_assert_str_eq(out, "package example.com/cycle\n"
	                      "\timports example.com/cycle/a\n"
	                      "\timports example.com/cycle/b\n"
	                      "\timports example.com/cycle/a: import cycle not allowed\n");
	ck_assert_ptr_null(load(a, "cycle", "./b", NULL));
	ck_assert_str_eq(out, "package example.com/cycle/b\n"
	                      "\timports example.com/cycle/a\n"
	                      "\timports example.com/cycle/b: import cycle not allowed\n");
	/* every command-line package prints its own error again */
	ck_assert_ptr_null(load(a, "cycle", "./...", NULL));
	ck_assert_str_eq(out, "package example.com/cycle\n"
	                      "\timports example.com/cycle/a\n"
	                      "\timports example.com/cycle/b\n"
	                      "\timports example.com/cycle/a: import cycle not allowed\n"
	                      "package example.com/cycle\n"
	                      "\timports example.com/cycle/a\n"
	                      "\timports example.com/cycle/b\n"
	                      "\timports example.com/cycle/a: import cycle not allowed\n");
	fe_arena_free(a);
}
END_TEST

START_TEST(test_internal)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "internal", ".", NULL));
	ck_assert_str_eq(out, "package example.com/internal\n"
	                      "\timports example.com/internal/b\n"
	                      "\tb/b.go:3:8: use of internal package example.com/internal/a/internal/c not allowed\n");
	/* a/ and everything below it may import a/internal/c */
	LdProgram *p = load(a, "internal", "./a/sub", "./a", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(out, "");
	ck_assert_str_eq(order(p), "example.com/internal/a/internal/c example.com/internal/a/sub example.com/internal/a");
	fe_arena_free(a);
}
END_TEST

START_TEST(test_missing_packages)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "missingstd", ".", NULL));
	ck_assert_str_eq(out, expect("main.go:5:2: package nosuchpkg is not in GOROOT (%F/goroot/src/nosuchpkg)\n"));
	ck_assert_ptr_null(load(a, "missingmod", ".", NULL));
	ck_assert_str_eq(out, "go: finding module for package github.com/foo/bar\n"
	                      "main.go:3:8: cannot find module providing package github.com/foo/bar: module lookup disabled by GOPROXY=off\n");
	/* files named on the command line: go's module loader runs twice */
	ck_assert_ptr_null(load(a, "missingmod", "main.go", NULL));
	ck_assert_str_eq(out, "go: finding module for package github.com/foo/bar\n"
	                      "go: finding module for package github.com/foo/bar\n"
	                      "main.go:3:8: cannot find module providing package github.com/foo/bar: module lookup disabled by GOPROXY=off\n");
	ck_assert_ptr_null(load(a, "modsub", "./nothere", NULL));
	ck_assert_str_eq(out, expect("stat %F/modsub/nothere: directory not found\n"));
	fe_arena_free(a);
}
END_TEST

START_TEST(test_program_import)
{
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "prog", ".", NULL));
	ck_assert_str_eq(out, "lib/lib.go:3:8: import \"example.com/prog/tool\" is a program, not an importable package\n");
	fe_arena_free(a);
}
END_TEST

START_TEST(test_cgo)
{
	/* minigo's own error (go with cgo off ignores the file) */
	Arena *a = fe_arena_new();
	ck_assert_ptr_null(load(a, "cgo", ".", NULL));
	ck_assert_str_eq(out, "main.go:3:8: import \"C\" not supported by minigo\n");
	fe_arena_free(a);
}
END_TEST

/* ---- order and patterns ---- */

START_TEST(test_order)
{
	/* go build -p 1 -gcflags=all=-m ARGS: the "# pkg" headers */
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "order", ".", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(order(p), "example.com/order/c example.com/order/a example.com/order/b "
	                           "example.com/order/z example.com/order");
	p = load(a, "order", "./y", "./c", ".", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(order(p), "example.com/order/c example.com/order/a example.com/order/b "
	                           "example.com/order/z example.com/order/y example.com/order");
	ck_assert(find_pkg(p, "example.com/order/c")->named && !find_pkg(p, "example.com/order/a")->named);
	fe_arena_free(a);
}
END_TEST

START_TEST(test_all_packages)
{
	/* go list ./... : example.com/order, a, b, c, testonly, y, z - not
	 * testdata/, _skip/, .hidden/, nested/ (a module), vendor/, empty/;
	 * go build then drops testonly */
	Arena *a = fe_arena_new();
	LdProgram *p = load(a, "order", "./...", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(out, "");
	ck_assert_str_eq(order(p), "example.com/order/c example.com/order/a example.com/order/b "
	                           "example.com/order/z example.com/order example.com/order/y");
	for (int i = 0; i < p->npkgs; i++)
		ck_assert(p->pkgs[i]->named);
	p = load(a, "order", "example.com/order/...", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->npkgs, 6);
	p = load(a, "order", "./empty/...", NULL);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->npkgs, 0);
	ck_assert_str_eq(out, "go: warning: \"./empty/...\" matched no packages\n");
	fe_arena_free(a);
}
END_TEST

/* ---- headers ---- */

static void write_file(const char *name, const char *s, size_t n)
{
	FILE *f = fopen(name, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(s, 1, n, f), n);
	fclose(f);
}

static char tmpdir[PATH_MAX];

/* a module in a fresh directory: go.mod, main.go, and x.go = src */
static void scratch(const char *src, size_t n)
{
	if (!tmpdir[0]) {
		char t[] = "/tmp/check-load-XXXXXX";
		ck_assert_ptr_nonnull(mkdtemp(t));
		ck_assert_ptr_nonnull(realpath(t, tmpdir));
	}
	ck_assert_int_eq(chdir(tmpdir), 0);
	write_file("go.mod", "module example.com/m\n", 21);
	write_file("main.go", "package main\n\nfunc main() {}\n", 29);
	write_file("x.go", src, n);
}

static void unscratch(void)
{
	static const char *const names[] = { "go.mod", "main.go", "x.go" };
	for (size_t i = 0; i < 3; i++) {
		char p[PATH_MAX + 16];
		snprintf(p, sizeof p, "%s/%s", tmpdir, names[i]);
		unlink(p);
	}
	rmdir(tmpdir);
	tmpdir[0] = 0;
}

START_TEST(test_bad_headers)
{
	/* go build . with x.go next to a main.go; go/build reads the header and
	 * go/parser reports its first error */
	static const struct { const char *src; const char *err; } cases[] = {
		{ "", "x.go:1:1: expected 'package', found 'EOF'\n" },
		{ "package\n", "x.go:1:9: expected 'IDENT', found 'EOF'\n" },
		{ "xyz\n", "x.go:1:1: expected 'package', found xyz\n" },
		{ "/* abc\n", "x.go:1:1: comment not terminated\n" },
		{ "package main\n/* abc\n", "x.go:2:1: comment not terminated\n" },
		{ "package main\nimport \"fmt\n", "x.go:2:8: string literal not terminated\n" },
		{ "package main\nimport (\"fmt\"\n\"os\n)", "x.go:3:1: string literal not terminated\n" },
		{ "\x7f" "ELF\x02\x01\x01\n", "x.go:1:1: illegal character U+007F\n" },
		{ "package main\nimport fmt\n", "x.go:2:11: expected 'STRING', found newline\n" },
		{ "package main\nimport (\n\t\"fmt\"\n\tvar x\n)\n", "x.go:4:2: expected 'STRING', found 'var'\n" },
		{ "// caf\xe9\npackage main\n", "x.go:1:7: illegal UTF-8 encoding\n" },
		{ "package main\nimport \"fmt\xff\"\n", "x.go:2:12: illegal UTF-8 encoding\n" },
		{ "package main\nimport \"a\\q\"\n", "x.go:2:11: unknown escape sequence\n" },
		{ "package main\nimport \"a b\"\n", "x.go:2:8: invalid import path: \"a b\"\n" },
		{ "package main\nimport (\n\"fmt\",\n\"os\"\n)\n", "x.go:3:6: expected ';', found ','\n" },
		{ "package main\nimport @\n", "x.go:2:8: illegal character U+0040 '@'\n" },
		{ "package main\nimport \xe2\x82\xac\n", "x.go:2:8: illegal character U+20AC '\xe2\x82\xac'\n" },
		{ "package \"a\\q\"\n", "x.go:1:12: unknown escape sequence\n" },
		{ "package main\nimport `abc\n", "x.go:2:8: raw string literal not terminated\n" },
		{ "package 12\n", "x.go:1:9: expected 'IDENT', found 12\n" },
		{ "package main\nimport 'a'\n", "x.go:2:8: expected 'STRING', found 'a'\n" },
		{ "package main\nimport (\n\"fmt\"\n", "x.go:3:7: expected ')', found 'EOF'\n" },
		{ "package _\n", NULL },     /* found packages main (main.go) and _ (x.go) in DIR */
		{ "package main; import \"fmt\"; import \"nosuch\"\n",
		  "x.go:1:36: package nosuch is not in GOROOT (%G/src/nosuch)\n" },
		{ "\xef\xbb\xbfpackage main\nimport \"nosuch\"\n", "x.go:2:8: package nosuch is not in GOROOT (%G/src/nosuch)\n" },
		{ "package main\nimport . \"nosuch\"\n", "x.go:2:8: package nosuch is not in GOROOT (%G/src/nosuch)\n" },
		/* the import's position is its spec's: the name, when it has one */
		{ "package main\nimport _ \"./x\"\n", "x.go:2:8: local import \"./x\" in non-local package\n" },
		{ "package main\nimport \"a//b\"\n", "x.go:2:8: malformed import path \"a//b\": double slash\n" },
		{ "package main\nimport \"fmt/\"\n", "x.go:2:8: malformed import path \"fmt/\": trailing slash\n" },
		/* the header ends before the first declaration: the rest is the compiler's */
		{ "package main\nimport \"fmt\"\nvar x = fmt.Sprint\nimport \"os\"\n", "" },
		{ "package main\nimport \"fmt\" \"os\"\n", "" },
		{ "package main /* c\n */ import \"fmt\"\nvar _ = fmt.Sprint\n", "" },
	};
	Arena *a = fe_arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		scratch(cases[i].src, strlen(cases[i].src));
		LdProgram *p = load(a, NULL, ".", NULL);
		const char *want;
		if (!cases[i].err) {
			want = fe_sprintf(a, "found packages main (main.go) and _ (x.go) in %s\n", tmpdir);
		} else {
			const char *g = strstr(cases[i].err, "%G");
			if (g)
				want = fe_sprintf(a, "%.*s%s%s", (int)(g - cases[i].err), cases[i].err, goroot, g + 2);
			else
				want = cases[i].err;
		}
		ck_assert_msg(strcmp(out, want) == 0, "case %zu: got <%s> want <%s>", i, out, want);
		ck_assert_msg((p != NULL) == (want[0] == 0), "case %zu", i);
	}
	/* a NUL anywhere the import reader reads: the absolute path */
	static const char nul[] = "package main\0\n";
	scratch(nul, sizeof nul - 1);
	ck_assert_ptr_null(load(a, NULL, ".", NULL));
	ck_assert_str_eq(out, fe_sprintf(a, "read %s/x.go: unexpected NUL in input\n", tmpdir));
	unscratch();
	fe_arena_free(a);
}
END_TEST

START_TEST(test_never_crashes)
{
	/* hostile headers: the loader answers (with an error or not), never crashes */
	Arena *a = fe_arena_new();
	size_t big = 1 << 20;
	char *s = malloc(big + 64);
	ck_assert_ptr_nonnull(s);
	static const char *const fill[] = { "/*", "(", "\"", "`", "//go:build ((((", "import (", "\xff", "\\" };
	for (size_t f = 0; f < sizeof fill / sizeof *fill; f++) {
		size_t n = 0, k = strlen(fill[f]);
		if (f == 4)
			n = (size_t)snprintf(s, 64, "//go:build ");
		else if (f != 0)
			n = (size_t)snprintf(s, 64, "package main\nimport ");
		while (n + k < big)
			memcpy(s + n, fill[f], k), n += k;
		scratch(s, n);
		load(a, NULL, ".", NULL);
	}
	unsigned seed = 12345;
	for (int i = 0; i < 200; i++) {
		size_t n = (size_t)(rand_r(&seed) % 300);
		for (size_t j = 0; j < n; j++) {
			static const char alphabet[] = "package main import\n\t\"`'/*()_.;,+!&|\\xC\0\xff\xc3\xa9//go:build ";
			s[j] = alphabet[rand_r(&seed) % (sizeof alphabet - 1)];
		}
		scratch(s, n);
		load(a, NULL, ".", NULL);
	}
	free(s);
	unscratch();
	fe_arena_free(a);
}
END_TEST

static Suite *load_suite(void)
{
	Suite *s = suite_create("load");
	TCase *tc = tcase_create("packages");
	tcase_add_test(tc, test_two_files);
	tcase_add_test(tc, test_module_subdirs);
	tcase_add_test(tc, test_shown_from_subdir);
	tcase_add_test(tc, test_shown_far_away);
	tcase_add_test(tc, test_named_files);
	tcase_add_test(tc, test_files_errors);
	tcase_add_test(tc, test_no_go_mod);
	suite_add_tcase(s, tc);
	tc = tcase_create("constraints");
	tcase_add_test(tc, test_constraints_dir);
	tcase_add_test(tc, test_constraint_lines);
	tcase_add_test(tc, test_should_build);
	suite_add_tcase(s, tc);
	tc = tcase_create("errors");
	tcase_add_test(tc, test_two_package_names);
	tcase_add_test(tc, test_no_go_files);
	tcase_add_test(tc, test_import_cycle);
	tcase_add_test(tc, test_internal);
	tcase_add_test(tc, test_missing_packages);
	tcase_add_test(tc, test_program_import);
	tcase_add_test(tc, test_cgo);
	suite_add_tcase(s, tc);
	tc = tcase_create("order");
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_all_packages);
	suite_add_tcase(s, tc);
	tc = tcase_create("headers");
	tcase_add_test(tc, test_bad_headers);
	tcase_add_test(tc, test_never_crashes);
	tcase_set_timeout(tc, 20);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	find_fixtures();
	SRunner *sr = srunner_create(load_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
