/*
 * load.h - the package loader's table of contents.
 *
 * `minigo build|run ARGS` first does what `go build` does before it runs
 * the compiler: it turns the arguments into packages, reads the header of
 * every Go file of every package (comments, build constraints, the package
 * clause, the imports; not a byte of the declarations), follows the
 * imports through the module, and answers with the packages to compile in
 * dependency order - or with go build's own error messages, printed on
 * stderr as go prints them.  Go 1.19 with GOFLAGS=-mod=mod GOPROXY=off and
 * cgo disabled is the reference; the files follow go's layers:
 *
 *   constraint.c  build constraints (go/build/constraint and go/build's
 *                 file-name and header rules) for linux/amd64, gc, no cgo
 *   load.c        the header reader (go/build's importReader, then a small
 *                 go/scanner + go/parser for the package clause and the
 *                 imports, reporting their first error as go/parser does),
 *                 directories as go/build.ImportDir, go.mod, the arguments
 *                 as cmd/go's patterns, the import graph as cmd/go/internal/
 *                 load (cycles, internal/, missing packages), go's errors
 *                 in go's order, and the order go compiles in
 *
 * What go does that surprises, and that the loader therefore does too:
 *
 *   - go.mod is looked for from the current directory up, never from the
 *     package's directory; a directory outside that module is an error.
 *   - .go files named on the command line ignore build constraints and
 *     file-name suffixes (go/build's UseAllFiles), are compiled in
 *     command-line order, and must share one directory (go's message says
 *     "have . and sub").
 *   - Compiler positions print the package directory shortened to a path
 *     relative to the current directory when that is shorter ("./main.go",
 *     "util/util.go", "../x.go"); go's own load errors shorten the file
 *     path instead ("main.go:3:8: ...", without "./").
 *   - Order: go build's action graph is a depth-first post-order over the
 *     command-line packages in their order (patterns expanded sorted),
 *     each package's imports in sorted order; that is the order of the
 *     "# pkg" headers with -p 1.  With more than one CPU independent
 *     packages compile in parallel and their headers come in any order.
 *   - A package with only _test.go files loads fine and fails when built
 *     ("go build P: no non-test Go files in DIR"); a ./... pattern skips
 *     it silently.
 */
#ifndef MINIGO_LOAD_H
#define MINIGO_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "frontend/frontend.h"   /* Arena, fe_alloc, fe_sprintf, fe_strndup */

typedef struct LdPackage LdPackage;

typedef struct LdImport {
	const char *path;      /* the import path as written */
	int file;              /* index into the importing package's files */
	int line, col;         /* of the path literal (1-based; col in bytes, tab = 1) */
	LdPackage *pkg;        /* the package it resolves to (module packages, std compiled from source); NULL for other std packages */
	int sline, scol;       /* of the import spec (its name if it has one): where go reports errors about it */
} LdImport;

struct LdPackage {
	const char *path;      /* import path ("example.com/m/util"); "command-line-arguments" for .go files named on the command line */
	const char *name;      /* the package clause's name */
	const char *dir;       /* absolute directory */
	const char **files;    /* the Go files built, absolute paths: sorted by base name (a directory), or in command-line order (named files, as go) */
	const char **shown;    /* each file as go build's output prints it: ShortPath(dir) + "/" + base */
	int nfiles;            /* 0 only for named files that are all _test.go: go builds nothing then, and succeeds */
	LdImport *imports;     /* every import of every file, in file order then source order (duplicates across files kept) */
	int nimports;
	bool std;              /* a package under GOROOT/src, compiled from source (ld_std_source) */
	bool named;            /* named on the command line (plain -gcflags apply to it; all= to every package) */
	bool cmdline_files;    /* the .go files named on the command line ("command-line-arguments") */
};

typedef struct LdProgram {
	LdPackage **pkgs;      /* module packages in dependency order: each after every package it imports (go's -p 1 order, see above) */
	int npkgs;
	const char *modpath;   /* module path from go.mod, or NULL (files outside a module) */
	const char *modroot;   /* directory of go.mod, or NULL */
} LdProgram;

/* ---- load.c ---- */

/*
 * args: what follows `minigo build [flags]` - FILES.go... | DIR | . | ./... |
 * DIR/... | IMPORTPATH | IMPORTPATH/... (none: ".").  goroot: the std tree
 * root (e.g. "/usr/lib/go-1.19").  Errors are printed on stderr exactly as
 * go build prints them (including its "go: finding module for package P"
 * lines), and NULL is returned.  A pattern that matches nothing prints go's
 * warning and yields a program without packages.  minigo's own refusals:
 * "FILE:LINE:COL: import "C" not supported by minigo", and "package P:
 * building a standard package not supported by minigo" for a std package
 * named on the command line.
 */
LdProgram *ld_load(Arena *a, const char *const *args, int nargs, const char *goroot);
/* Is std package path compiled from $GOROOT/src (loaded like a module
 * package, std set), rather than bundled or refused? */
bool ld_std_source(const char *path);
bool ld_compiled_import(const char *path);   /* std from source, or fmt (it imports io) */
bool ld_compiled_import(const char *path);   /* std from source, or fmt (it imports io) */

/* ---- constraint.c ---- */

/*
 * Does build-constraint line (a "//go:build ..." or "// +build ..." line)
 * hold for linux/amd64 with gc, cgo disabled, the Go 1.1..1.19 release tags
 * and 1.19's default experiments (goexperiment.regabiwrappers,
 * goexperiment.regabiargs)?  A malformed //go:build expression does not
 * hold; a line that is no constraint at all holds.
 */
bool ld_constraint_ok(const char *line);

/* go/build's shouldBuild over a file's header (its leading comments,
 * package clause and imports, n bytes): 1 build the file, 0 excluded,
 * -1 malformed, *err then being go's message ("multiple //go:build
 * comments", "parsing //go:build line: ...") in a.  */
int ld_should_build(Arena *a, const char *header, size_t n, const char **err);

/* go/build's goodOSArchFile: false when the name's _GOOS, _GOARCH or
 * _GOOS_GOARCH suffix (before an optional _test) names another system. */
bool ld_good_os_arch_file(const char *name);

/* Runes as go/scanner and strconv see them (frontend/unicode_tab.h):
 * a letter ('_' included), a digit, printable (%#U shows the rune). */
bool ld_is_letter(uint32_t r);
bool ld_is_digit(uint32_t r);
bool ld_is_print(uint32_t r);

#endif
