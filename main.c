/*
 * main.c - minigo's driver: the command line and the pipeline.
 *
 * The whole compiler is the straight line of compile_file() and
 * compile_packages():
 *
 *     load -> parse -> check -> ir -> escape -> export -> lower -> emit
 *
 * each stage reading what the previous ones left in the tree and the IR
 * (ir/ir.h says which stage writes what), each followed by
 * an optional dump (-d=ast, -d=types, ...) and by a stop point (-d=parse,
 * -d=check, ...) so a test or a curious user can look between any two
 * stages.  Errors from a stage are flushed before the next stage starts, as
 * gc does: a program with syntax errors is never type-checked, one with type
 * errors never reaches escape analysis, and one whose stack frames escape
 * analysis finds too large (escape/frame.c) is never lowered.
 *
 * A dependency whose export data the build cache holds (export/) is
 * parsed from that instead of its source: its declarations, small bodies
 * and escape tags, the stages after the parse unchanged.
 *
 * `minigo compare FILE.go F G` runs the same pipeline with the -m lines
 * collected instead of printed, and hands them with the assembly to
 * codegen/compare.c, which lays the two functions out side by side.
 *
 * Stages that do not exist yet say so and exit 1 rather than pretending.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <limits.h>
#include <time.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "codegen/codegen.h"
#include "frontend/frontend.h"
#include "ir/ir.h"
#include "escape/escape.h"
#include "inline/inline.h"
#include "export/export.h"
#include "load/load.h"

typedef struct {
	const char *cmd;     /* "build", "run" or "compare" */
	const char *file;    /* the one .go file (file mode), else NULL */
	const char **pkgs;   /* package mode: FILES.go... | DIR | . | ./... | IMPORTPATH */
	int npkgs;
	struct { const char *pattern; int m; bool l; } gc_rules[8]; /* -gcflags=PATTERN=FLAGS, in order: a
	                           package takes the last that matches (go's rule); none: -m applies
	                           to the packages named on the command line */
	int ngc_rules;
	const char *out;     /* -o */
	int m;               /* -m level */
	bool noinline;       /* -l (gc's -l=1) */
	bool cheapcalls;     /* -l=4: a call not inlined costs the inliner 1, not 57 */
	bool asm_;           /* -S */
	bool emit_llvm;      /* -emit-llvm */
	const char *func;    /* -S=FUNC, -emit-llvm=FUNC: only that function */
	int opt;             /* -O0..-O3 */
	bool json;           /* -json */
	bool all_errors;     /* -e */
	char **args;         /* program arguments for run */
	int nargs;
	const char *funcs[2];/* compare: the two functions */
	int width;           /* compare: -width=N, 0 = the terminal's (or 140) */
	/* -d=LIST: dumps and stop points */
	bool dump_ast, dump_types, dump_ir;
	const char *dump_ir_func;  /* -d=ir=FUNC: only FUNC's */
	const char *stop;    /* "parse", "check", ... or NULL */
	bool time;           /* -d=time: each stage's wall time on stderr */
	bool whole;          /* -d=whole: build one module, not one per package */
} Options;

/* -d=time: the wall time since the previous mark, named for the stage it ends. */
static bool timing;

static void mark(const char *stage)
{
	static struct timespec last;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (timing && last.tv_sec)
		fprintf(stderr, "minigo: %-10s %7.3f s\n", stage,
			(double)(now.tv_sec - last.tv_sec) + (double)(now.tv_nsec - last.tv_nsec) / 1e9);
	last = now;
}

/* -d=time's split of the front end, summed over the packages */
enum { LAP_PARSE, LAP_CHECK, LAP_IR, LAP_ESCAPE, NLAP };
static const char *const lap_names[NLAP] = { "parse", "check", "ir", "escape" };
static double laps[NLAP];

static double now_s(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int nexported, npackages;   /* packages read from export data, of all */

static void print_laps(void)
{
	for (int i = 0; timing && i < NLAP; i++)
		fprintf(stderr, "minigo:   %-8s %7.3f s\n", lap_names[i], laps[i]);
	if (timing && npackages)
		fprintf(stderr, "minigo:   %d of %d packages from export data\n", nexported, npackages);
}

static const char usage[] =
	"usage: minigo build [flags] [PACKAGES]     compile, as go build: ./FILE for one\n"
	"                     file, ./NAME for a main package; PACKAGES: FILES.go...,\n"
	"                     DIR, ., ./..., or an import path of the module (default .)\n"
	"       minigo run   [flags] FILES.go|PACKAGE [args]  compile to a temporary\n"
	"                     file and run it\n"
	"       minigo compare [flags] FILE.go F G  functions F and G side by side: their\n"
	"                     -m lines, runtime calls, instruction counts, stack frames\n"
	"                     and annotated assembly (F, G named as for -S=FUNC)\n"
	"\n"
	"flags:\n"
	"  -o OUT        output file (build)\n"
	"  -m, -m=N      print escape-analysis decisions (repeat or N>1 for the reasons)\n"
	"  -l            disable inlining, as gc's -l (-m -l: the escape report of\n"
	"                the program as written); -l=4: gc's cheaper calls\n"
	"  -S            print the assembly of the program, annotated with source lines\n"
	"  -S=FUNC       only the assembly of FUNC (or main.FUNC)\n"
	"  -emit-llvm    print the LLVM IR of the program (-emit-llvm=FUNC: only FUNC)\n"
	"  -O0 .. -O3    optimisation level (default -O2)\n"
	"  -width=N      compare: columns of the output (default: the terminal's, or 140)\n"
	"  -gcflags='-m -l'  gc's flags, for the packages named; -gcflags='all=-m',\n"
	"                'PATTERN=-m': for every package, or those matching PATTERN\n"
	"  -json         diagnostics as JSON lines\n"
	"  -e            report all errors (gc's -e; default: stop at 10)\n"
	"  -d=LIST       debugging, comma-separated: ast (dump the syntax tree),\n"
	"                types (dump types), ir or ir=FUNC (dump the IR, with escape's\n"
	"                verdicts), parse|check|escape (stop after that stage), time\n"
	"                (each stage's wall time on stderr), whole (build the program\n"
	"                as one LLVM module cut to what it reaches, not one per package)\n"
	"  -h            this help\n";

static _Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("minigo: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static void parse_debug(Options *o, const char *list)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", list);
	for (char *s = strtok(buf, ","); s; s = strtok(NULL, ",")) {
		if (strcmp(s, "ast") == 0)
			o->dump_ast = true;
		else if (strcmp(s, "types") == 0)
			o->dump_types = true;
		else if (strcmp(s, "ir") == 0)
			o->dump_ir = true;
		else if (strncmp(s, "ir=", 3) == 0 && s[3])
			o->dump_ir = true, o->dump_ir_func = strdup(s + 3);
		else if (strcmp(s, "parse") == 0)
			o->stop = "parse";
		else if (strcmp(s, "check") == 0)
			o->stop = "check";
		else if (strcmp(s, "escape") == 0)
			o->stop = "escape";
		else if (strcmp(s, "time") == 0)
			o->time = true;
		else if (strcmp(s, "whole") == 0)
			o->whole = true;
		else
			die("unknown -d option %s", s);
	}
}

static bool parse_flag(Options *o, const char *arg, char **argv, int *i, int argc);

/* -gcflags='-m -l': the value is itself a list of flags, for the packages
 * named on the command line or, with all=, for every package. */
static void parse_gcflags(Options *o, const char *v)
{
	char buf[256];
	const char *eq = strchr(v, '=');
	const char *pattern = NULL;
	if (eq && v[0] != '-' && (!strchr(v, ' ') || eq < strchr(v, ' '))) {
		pattern = strndup(v, (size_t)(eq - v));
		v = eq + 1;
	}
	/* -m counts per value: a PATTERN= value replaces the earlier ones
	 * for the packages it matches; a plain one adds to -m */
	int m0 = o->m;
	bool l0 = o->noinline;
	o->m = 0;
	if (pattern)
		o->noinline = false;
	snprintf(buf, sizeof buf, "%s", v);
	for (char *s = strtok(buf, " \t"); s; s = strtok(NULL, " \t")) {
		int dummy = 0;
		if (!parse_flag(o, s, NULL, &dummy, 0))
			die("unsupported -gcflags flag %s", s);
	}
	if (pattern) {
		if (o->ngc_rules == (int)(sizeof o->gc_rules / sizeof o->gc_rules[0]))
			die("too many -gcflags patterns");
		o->gc_rules[o->ngc_rules].pattern = pattern;
		o->gc_rules[o->ngc_rules].l = o->noinline;
		o->gc_rules[o->ngc_rules++].m = o->m;
		o->m = m0;
		o->noinline = l0;
	} else {
		o->m += m0;
	}
}

static bool parse_flag(Options *o, const char *arg, char **argv, int *i, int argc)
{
	if (strcmp(arg, "-m") == 0)
		o->m++;
	else if (strncmp(arg, "-m=", 3) == 0)
		o->m = atoi(arg + 3);
	else if (strcmp(arg, "-l") == 0)
		o->noinline = true;
	else if (strncmp(arg, "-l=", 3) == 0 && arg[3] >= '0' && arg[3] <= '9')
		/* gc's levels: 1 is -l, 0 and 2 or more inline, 4 with cheap calls */
		o->noinline = atoi(arg + 3) == 1, o->cheapcalls = atoi(arg + 3) == 4;
	else if (strcmp(arg, "-S") == 0)
		o->asm_ = true;
	else if (strncmp(arg, "-S=", 3) == 0 && arg[3])
		o->asm_ = true, o->func = arg + 3;
	else if (strcmp(arg, "-emit-llvm") == 0)
		o->emit_llvm = true;
	else if (strncmp(arg, "-emit-llvm=", 11) == 0 && arg[11])
		o->emit_llvm = true, o->func = arg + 11;
	else if (strcmp(arg, "-json") == 0)
		o->json = true;
	else if (strcmp(arg, "-e") == 0)
		o->all_errors = true;
	else if (strlen(arg) == 3 && strncmp(arg, "-O", 2) == 0 && arg[2] >= '0' && arg[2] <= '3')
		o->opt = arg[2] - '0';
	else if (strncmp(arg, "-width=", 7) == 0 && atoi(arg + 7) > 0)
		o->width = atoi(arg + 7);
	else if (strncmp(arg, "-d=", 3) == 0)
		parse_debug(o, arg + 3);
	else if (strncmp(arg, "-gcflags=", 9) == 0)
		parse_gcflags(o, arg + 9);
	else if (strcmp(arg, "-gcflags") == 0 && argv && *i + 1 < argc)
		parse_gcflags(o, argv[++*i]);
	else if (strcmp(arg, "-o") == 0 && argv && *i + 1 < argc)
		o->out = argv[++*i];
	else
		return false;
	return true;
}

static bool has_go_suffix(const char *s)
{
	size_t n = strlen(s);
	return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

static Options parse_args(int argc, char **argv)
{
	Options o = { .opt = 2 };
	if (argc < 2)
		die("no command\n%s", usage);
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0) {
		fputs(usage, stdout);
		exit(0);
	}
	o.cmd = argv[1];
	bool compare = strcmp(o.cmd, "compare") == 0;
	if (strcmp(o.cmd, "build") != 0 && strcmp(o.cmd, "run") != 0 && !compare)
		die("unknown command %s (want build, run or compare)", o.cmd);
	int nfuncs = 0;
	bool run = strcmp(o.cmd, "run") == 0;
	o.pkgs = calloc((size_t)argc, sizeof *o.pkgs);
	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] == '-' && a[1] == '-' && a[2])
			a++; /* --flag as -flag, as Go's flag package allows */
		if (strcmp(a, "-h") == 0) {
			fputs(usage, stdout);
			exit(0);
		}
		/* compare has no program arguments: its flags may come anywhere;
		 * build's and run's end at the first package, as go's */
		if (a[0] == '-' && (o.npkgs == 0 || compare)) {
			if (!parse_flag(&o, a, argv, &i, argc))
				die("unknown flag %s\n%s", argv[i], usage);
			continue;
		}
		if (compare) {
			if (o.npkgs == 0)
				o.pkgs[o.npkgs++] = a;
			else if (nfuncs == 2)
				die("compare takes two functions; extra argument %s", a);
			else
				o.funcs[nfuncs++] = a;
			continue;
		}
		/* run: FILES.go... or one package, then the program's arguments */
		if (run && o.npkgs > 0 && !(has_go_suffix(a) && has_go_suffix(o.pkgs[0]))) {
			o.args = argv + i;
			o.nargs = argc - i;
			break;
		}
		o.pkgs[o.npkgs++] = a;
	}
	/* compare sets two functions side by side as written: nothing
	 * inlined into them (-l), so each one's allocations are its own */
	if (compare)
		o.noinline = true;
	if (compare) {
		if (o.npkgs == 0 || !has_go_suffix(o.pkgs[0]))
			die("compare takes one .go file: minigo compare [flags] FILE.go F G");
		if (nfuncs < 2)
			die("compare needs two functions: minigo compare [flags] FILE.go F G");
		if (o.out || o.asm_ || o.emit_llvm || o.json)
			die("compare takes no -o, -S, -emit-llvm or -json");
	}
	if (o.npkgs == 0 && run)
		die("no go files listed");
	if (o.npkgs == 0)
		o.pkgs[o.npkgs++] = ".";
	/* one file: positions print as given and without a package header,
	 * as `go tool compile FILE.go` prints them (the test suites compare
	 * with that); anything else is go build's package mode */
	if (o.npkgs == 1 && has_go_suffix(o.pkgs[0]))
		o.file = o.pkgs[0];
	if (compare && o.file == NULL)
		die("compare takes one .go file");
	return o;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		die("open %s: %s", path, strerror(errno));
	size_t cap = 1 << 16, n = 0, r;
	char *buf = malloc(cap);
	if (!buf)
		die("out of memory");
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			if (!buf)
				die("out of memory");
		}
	}
	if (ferror(f))
		die("read %s: %s", path, strerror(errno));
	fclose(f);
	*len = n;
	return buf;
}

/* The module's assembly or IR as a NUL-terminated string, through a temporary file. */
static char *emit_text(LLVMModuleRef mod, int opt, CgOutput kind)
{
	char path[PATH_MAX];
	const char *root = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/minigo-asm-XXXXXX", root && *root ? root : "/tmp");
	int fd = mkstemp(path);
	if (fd < 0)
		die("mkstemp: %s", strerror(errno));
	close(fd);
	char *err = NULL;
	bool ok = cg_emit(mod, opt, kind, path, &err);
	size_t n = 0;
	char *text = ok ? read_file(path, &n) : NULL;
	unlink(path);
	if (!ok)
		die("%s", err);
	text = realloc(text, n + 1);
	if (!text)
		die("out of memory");
	text[n] = 0;
	return text;
}

/* The temporary directory of a build or run, under $TMPDIR (or /tmp) as go build. */
static void make_tmpdir(char *dir, size_t n)
{
	const char *root = getenv("TMPDIR");
	if (!root || !*root)
		root = "/tmp";
	snprintf(dir, n, "%s/minigo-XXXXXX", root);
	if (!mkdtemp(dir))
		die("mkdtemp %s: %s", dir, strerror(errno));
}

/* build's output: -o OUT (into OUT/ when OUT is a directory, as go build),
 * else ./FILE without .go; run's is inside its temporary directory. */
static const char *output_path(const Options *o, const char *name, const char *dir, char *buf, size_t n)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	int stem = (int)strlen(base) - (has_go_suffix(base) ? 3 : 0);
	struct stat st;
	if (strcmp(o->cmd, "run") == 0)
		snprintf(buf, n, "%s/prog", dir);
	else if (!o->out)
		snprintf(buf, n, "%.*s", stem, base);
	else if (stat(o->out, &st) == 0 && S_ISDIR(st.st_mode))
		snprintf(buf, n, "%s/%.*s", o->out, stem, base);
	else
		return o->out;
	return buf;
}

/* run: the program's process, to which SIGINT, SIGTERM and SIGHUP are
 * passed on; minigo waits for it and then removes its directory. */
static volatile sig_atomic_t child;

static void forward_signal(int sig)
{
	if (child > 0)
		kill((pid_t)child, sig);
}

static int run_program(const Options *o, const char *exe, const char *dir)
{
	fflush(stdout);
	fflush(stderr);
	struct sigaction sa = { 0 }, old[3];
	int sigs[3] = { SIGINT, SIGTERM, SIGHUP };
	sa.sa_handler = forward_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	for (int i = 0; i < 3; i++)
		sigaction(sigs[i], &sa, &old[i]);
	pid_t pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		for (int i = 0; i < 3; i++)
			sigaction(sigs[i], &old[i], NULL);
		char **argv = calloc((size_t)o->nargs + 2, sizeof *argv);
		argv[0] = (char *)exe;
		for (int i = 0; i < o->nargs; i++)
			argv[i + 1] = o->args[i];
		execv(exe, argv);
		perror(exe);
		_exit(127);
	}
	child = pid;
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	unlink(exe);
	rmdir(dir);
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 1;
}

/*
 * The back half: -S and -emit-llvm print to stdout and stop; build links
 * ./FILE (or -o OUT); run links into a temporary directory, runs the
 * program with its arguments and passes its exit status through.
 */
static int emit_and_run(const Options *o, LLVMModuleRef *mods, const CgKey *keys, char **objs, int nmods,
			const char *name, const char *path, const char *src, size_t len)
{
	char *err = NULL;
	LLVMModuleRef mod = mods[0];
	if (o->emit_llvm && !o->func) {
		if (!cg_emit(mod, o->opt, CG_LLVM_IR, "-", &err))
			die("%s", err);
		return 0;
	}
	if (o->asm_ || o->emit_llvm) {
		/* Filtered for reading (codegen/asmnote.c). */
		char *text = emit_text(mod, o->opt, o->emit_llvm ? CG_LLVM_IR : CG_ASSEMBLY);
		int found = o->emit_llvm ? cg_filter_ir(text, o->func, stdout)
		                         : cg_annotate_asm(text, path, src, len, o->func, stdout);
		free(text);
		if (o->func && !found) {
			fprintf(stderr, "%s: no function %s\n", path, o->func);
			return 1;
		}
		return 0;
	}
	char dir[PATH_MAX];
	make_tmpdir(dir, sizeof dir);
	char exe[PATH_MAX + 16], tmp[PATH_MAX + 48];
	bool run = strcmp(o->cmd, "run") == 0;
	const char *out = output_path(o, name, dir, exe, sizeof exe);
	/* go build writes next to the output and renames, so that two builds
	 * racing for one name leave one whole binary, and an output that is
	 * not a regular file (-o /dev/null) is never replaced: the binary is
	 * built in the temporary directory and thrown away. */
	struct stat st;
	bool discard = !run && stat(out, &st) == 0 && !S_ISREG(st.st_mode);
	const char *target = out;
	if (run || discard) {
		snprintf(tmp, sizeof tmp, "%s/prog", dir);
		target = tmp;
	} else {
		const char *slash = strrchr(out, '/');
		snprintf(tmp, sizeof tmp, "%.*s.minigo-%ld.tmp", slash ? (int)(slash - out + 1) : 0, out, (long)getpid());
		target = tmp;
	}
	bool ok = cg_emit_objects(mods, keys, nmods, o->opt, dir, objs, &err);
	mark("emit");
	ok = ok && cg_link(objs, nmods, target, &err);
	mark("link");
	/* the objects the cache does not keep */
	for (int k = 0; k < nmods; k++)
		if (objs[k] && strncmp(objs[k], dir, strlen(dir)) == 0)
			unlink(objs[k]);
	if (ok && !run && !discard && rename(target, out) != 0) {
		static char msg[PATH_MAX + 64];
		snprintf(msg, sizeof msg, "%s: %s", out, strerror(errno));
		err = msg;
		ok = false;
	}
	if (!ok || discard)
		unlink(target);
	if (!run) {
		rmdir(dir);
		if (!ok)
			die("%s", err);
		return 0;
	}
	if (!ok) {
		rmdir(dir);
		die("%s", err);
	}
	return run_program(o, target, dir);
}

/* compare's back half: the assembly, read by codegen/compare.c. */
static int compare(const Options *o, Comp *comp, CgCompare *cmp, LLVMModuleRef mod)
{
	int width = o->width;
	struct winsize ws;
	if (!width)
		width = isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 60 ? ws.ws_col : 140;
	char *text = emit_text(mod, o->opt, CG_ASSEMBLY);
	bool ok = cg_compare_print(cmp, text, o->funcs[0], o->funcs[1], o->opt, width, stdout);
	free(text);
	fe_flush_errors(comp->diag);
	return ok ? 0 : 1;
}

static bool has_main(Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind == N_FUNCDECL && !d->func_.recv && strcmp(d->func_.name->ident.name, "main") == 0)
			return true;
	}
	return false;
}

/*
 * What go build's -complete and its linker refuse, said before LLVM and cc
 * see it: a function without body (minigo has no assembly) and a main
 * package without main.main.
 */
static bool bodies_complete(Comp *comp, Node *file)
{
	for (int i = 0; i < file->file.decls.len; i++) {
		Node *d = file->file.decls.v[i];
		if (d->kind == N_FUNCDECL && !d->func_.body)
			fe_error(comp->diag, d->func_.name->pos, "missing function body");
	}
	return !fe_flush_errors(comp->diag);
}

static bool complete(const Options *o, Comp *comp, Node *file, const char *pkgpath)
{
	if (!bodies_complete(comp, file))
		return false;
	if (strcmp(file->file.pkgname->ident.name, "main") == 0 && !has_main(file) && pkgpath) {
		/* go build's linker says it */
		fprintf(stderr, "# %s\nruntime.main_main·f: function main is undeclared in the main package\n", pkgpath);
		return false;
	}
	if (strcmp(file->file.pkgname->ident.name, "main") == 0 && !has_main(file)) {
		fprintf(stderr, "%s:%d:%d: function main is undeclared in the main package\n", o->file,
			file->file.pkgname->pos.line, file->file.pkgname->pos.col);
		return false;
	}
	return true;
}

/*
 * One package through the stages up to escape analysis.  A Unit is the
 * package's compilation: its files (Comp.path/src are the first one's,
 * for -S annotation and -json columns), the merged declarations the IR
 * and the back end read, and the IR.
 */
typedef struct Unit {
	Comp comp;
	Node **files;
	int nfiles;
	Node *file;          /* all files' declarations, in order (fe_merge_files) */
	IrProgram *prog;
	CgCompare *cmp;      /* compare: the -m lines are collected here */
	bool deps;           /* a dependency: no dumps, no stop points */
	bool std;            /* a std package from GOROOT (fe_parse_std) */
	bool noinline;       /* -l for this package: no "can inline" lines */
	CgSource *srcs;      /* its files as named and their text, for the build cache's key */
	/* export data (export/): whether this build may read the package's
	 * (a dependency compiled without -m) and write it, and its key */
	bool read_export, write_export;
	CgKey xkey;
	CgKey *ximports;     /* its imports' keys */
	int nximports;
} Unit;

/* How calls are inlined into the package, for the cache's keys: 0 not
 * (-l), 1 as gc's default, 4 as gc's -l=4. */
static int unit_inl(const Unit *u)
{
	return u->noinline ? 0 : u->comp.cheap_calls ? 4 : 1;
}

/* A dependency's options: the -d= dumps and stops are for the packages named. */
static const Options no_debug;

enum { GO_ON = -1 };   /* a stage's result when the pipeline continues */

/* parse: every file into u->files.  Errors other than syntax errors (the
 * scanner's, misplaced directives) go on to the type check, as in gc. */
static int front_parse(const Options *o, Unit *u, const char *const *paths, const char *const *shown, int n)
{
	const Options *d_opts = u->deps ? &no_debug : o;
	FeDiag *d = u->comp.diag;
	u->files = fe_alloc(u->comp.a, (size_t)n * sizeof *u->files);
	u->srcs = fe_alloc(u->comp.a, (size_t)n * sizeof *u->srcs);
	double t0 = now_s();
	for (int i = 0; i < n; i++) {
		size_t len;
		char *src = read_file(paths[i], &len);
		u->srcs[i] = (CgSource){ shown[i], src, len };
	}
	u->comp.src = u->srcs[0].text;
	u->comp.len = u->srcs[0].len;
	/* the package's export data, when the cache has it, stands in for
	 * its source (export/export.h) */
	ExData *x = NULL;
	npackages += u->comp.pkg != NULL;
	if (u->write_export)
		u->xkey = cg_export_key(unit_inl(u), u->comp.pkgpath, u->srcs, n, u->ximports, u->nximports);
	if (u->read_export) {
		size_t len;
		char *data = cg_cache_get(u->xkey, "x", &len);
		x = data ? ex_open(&u->comp, data, len, n) : NULL;
		u->comp.from_export = x != NULL;
		nexported += x != NULL;
		u->comp.introspects = x && ex_introspects(x);
	}
	for (int i = 0; i < n; i++) {
		if (i > 0)
			fe_diag_add_file(d, shown[i]);
		size_t len = u->srcs[i].len;
		const char *src = x ? ex_file(x, i, &len) : u->srcs[i].text;
		Node *f = u->std ? fe_parse_std(d, u->comp.a, src, len) : fe_parse(d, u->comp.a, src, len);
		if (!f || fe_too_many_errors(d)) {
			fe_flush_errors(d);
			return 1;
		}
		if (x)
			ex_annotate(x, i, f);
		u->files[u->nfiles++] = f;
		if (d_opts->dump_ast)
			fe_dump_ast(stdout, f);
	}
	if (u->std && !x)
		fe_set_aside_closure(u->comp.a, u->files, u->nfiles);
	laps[LAP_PARSE] += now_s() - t0;
	if (d_opts->stop && strcmp(d_opts->stop, "parse") == 0)
		return fe_flush_errors(d) ? 1 : 0;
	return GO_ON;
}

/* check -> ir -> escape (and walk's -m line), with their dumps and stops. */
static int front_rest(const Options *o, Unit *u)
{
	if (u->deps)
		o = &no_debug;
	Comp *comp = &u->comp;
	FeDiag *d = comp->diag;
	double t0 = now_s();
	bool ok = fe_check_files(comp, u->files, u->nfiles);
	laps[LAP_CHECK] += now_s() - t0;
	if (fe_flush_errors(d) || !ok)
		return 1;
	if (o->dump_types)
		for (int i = 0; i < u->nfiles; i++)
			fe_dump_types(stdout, u->files[i]);
	if (o->stop && strcmp(o->stop, "check") == 0)
		return 0;

	u->file = fe_merge_files(comp->a, u->files, u->nfiles);
	t0 = now_s();
	u->prog = ir_build(comp, u->file);
	laps[LAP_IR] += now_s() - t0;
	/* compare collects the -m lines, at least at -m=1, instead of printing them. */
	u->cmp = o->funcs[0] ? cg_compare_new(comp, u->prog) : NULL;
	if (u->cmp) {
		fe_note_sink(d, cg_compare_note, u->cmp);
		if (!comp->m)
			comp->m = 1;
	}
	/* gc inlines before escape analysis: its "can inline" lines come first */
	if (!u->noinline)
		inl_analyze_inline(comp, u->prog, true);
	else
		inl_analyze(comp, u->prog, false);
	t0 = now_s();
	esc_analyze(comp, u->prog);
	laps[LAP_ESCAPE] += now_s() - t0;
	/* walk's -m line comes after escape's, also when stopping here */
	cg_bounded(comp, u->prog, comp->m > 0 && !u->cmp);
	if (o->dump_ir)
		ir_dump(stdout, u->prog, o->dump_ir_func);
	/* gc's back end refuses frames of 1 GB or more, after walk */
	esc_check_frames(comp, u->file);
	if (fe_flush_errors(d))
		return 1;
	if (o->stop && strcmp(o->stop, "escape") == 0)
		return 0;
	return GO_ON;
}

static void unit_init(const Options *o, Unit *u, Arena *a, const char *path, const char *shown, int m)
{
	*u = (Unit){ .comp = { .a = a, .path = shown, .m = m, .json = o->json, .diag = fe_diag_new(shown, o->json) } };
	(void)path;
	fe_diag_all_errors(u->comp.diag, o->all_errors);
}

/*
 * The program's other packages (module packages, each after its imports),
 * compiled through escape analysis before the package that imports them,
 * so the importer's checker finds them (fe_package) and its escape
 * analysis their functions' tags.  Their -m lines print under go build's
 * "# PKGPATH" header, with -gcflags=all= only.
 */
/* Does go's package pattern (all, std, an import path, PATH/...) match path? */
static bool pattern_match(const char *pat, const char *path, bool std)
{
	if (strcmp(pat, "all") == 0)
		return true;
	if (strcmp(pat, "std") == 0)
		return std;
	size_t n = strlen(pat);
	if (n >= 4 && strcmp(pat + n - 4, "/...") == 0)
		return strncmp(path, pat, n - 4) == 0 && (path[n - 4] == 0 || path[n - 4] == '/');
	return strcmp(pat, path) == 0;
}

/* The -m level of package p: the last -gcflags pattern matching it. */
static int package_m(const Options *o, const LdPackage *p)
{
	int m = p->named && !o->file ? o->m : 0;
	for (int i = 0; i < o->ngc_rules; i++)
		if (pattern_match(o->gc_rules[i].pattern, p->path, p->std))
			m = o->gc_rules[i].m;
	return m;
}

/* Export data is read and written by the builds that make a module per
 * package (not -S, -emit-llvm, compare, -d=whole: they lower every body),
 * unless MINIGO_EXPORT=off. */
static bool exports_on(const Options *o)
{
	const char *e = getenv("MINIGO_EXPORT");
	return !(e && strcmp(e, "off") == 0) && !o->funcs[0] && !o->asm_ && !o->emit_llvm && !o->whole;
}

/* The export keys of package k's imports (each compiled before it), for
 * front_parse to make its own. */
static void export_imports(LdProgram *lp, int k, Unit *units, LdPackage *p)
{
	Unit *u = &units[k];
	u->ximports = fe_alloc(u->comp.a, (size_t)(p->nimports + 1) * sizeof *u->ximports);
	for (int m = 0; m < p->nimports; m++)
		for (int j = 0; j < k; j++)
			if (lp->pkgs[j] == p->imports[m].pkg)
				u->ximports[u->nximports++] = units[j].xkey;
}

static void write_export(Unit *u)
{
	Arena *a = u->comp.a;
	const char **texts = fe_alloc(a, (size_t)u->nfiles * sizeof *texts);
	size_t *lens = fe_alloc(a, (size_t)u->nfiles * sizeof *lens);
	for (int i = 0; i < u->nfiles; i++) {
		texts[i] = u->srcs[i].text;
		lens[i] = u->srcs[i].len;
	}
	CgPackage self = { &u->comp, u->prog };
	size_t len;
	char *data = ex_write(&u->comp, u->files, texts, lens, u->nfiles, cg_introspects(&self, 1), &len);
	if (data)
		cg_cache_put(u->xkey, "x", data, len);
	free(data);
}

/* Whether package p is compiled with -l: as its -m level, by the last
 * -gcflags pattern matching it, else the command line's for the packages
 * named there (the others are inlined, as go builds them). */
static bool package_l(const Options *o, const LdPackage *p)
{
	bool l = p->named && !o->file ? o->noinline : false;
	for (int i = 0; i < o->ngc_rules; i++)
		if (pattern_match(o->gc_rules[i].pattern, p->path, p->std))
			l = o->gc_rules[i].l;
	return l;
}

static int front_deps(const Options *o, LdProgram *lp, int ndeps, Unit *units)
{
	for (int k = 0; k < ndeps; k++) {
		LdPackage *p = lp->pkgs[k];
		Unit *u = &units[k];
		unit_init(o, u, fe_arena_new(), p->files[0], p->shown[0], package_m(o, p));
		u->noinline = package_l(o, p);
		u->comp.cheap_calls = o->cheapcalls && p->named && !o->file;
		fe_diag_header(u->comp.diag, fe_sprintf(u->comp.a, "# %s", p->path));
		u->deps = !p->named;
		u->std = p->std;
		Package *pkg = NULL;
		if (strcmp(p->name, "main") != 0) {
			pkg = fe_alloc(u->comp.a, sizeof *pkg);
			pkg->name = p->name;
			pkg->path = p->path;
		}
		u->comp.pkg = pkg;
		u->comp.pkgpath = pkg ? p->path : "main"; /* go build's -p */
		fe_set_local_package(pkg);
		if (pkg && exports_on(o)) {
			u->write_export = true;
			u->read_export = u->deps && u->comp.m == 0;
			export_imports(lp, k, units, p);
		}
		int r = front_parse(o, u, p->files, p->shown, p->nfiles);
		if (r == GO_ON)
			r = front_rest(o, u);
		/* go build's -complete, for every package but std's (their
		 * body-less functions are the native overlay) */
		if (r == GO_ON && !u->std && !u->comp.from_export && !bodies_complete(&u->comp, u->file))
			r = 1;
		if (r == GO_ON && u->write_export && !u->comp.from_export)
			write_export(u);
		fe_set_local_package(NULL);
		if (r != GO_ON)
			return r;
		if (pkg)
			fe_package_add(pkg);
	}
	return GO_ON;
}

/* Does the file import a package the loader must find: the module's, or
 * a std package compiled from source? */
static bool imports_module_package(Node *file)
{
	for (int i = 0; i < file->file.imports.len; i++) {
		Node *lit = file->file.imports.v[i]->import.path;
		if (!lit || lit->kind != N_BASICLIT || !lit->lit.str)
			continue;
		const char *p = lit->lit.str, *slash = strchr(p, '/');
		const char *dot = strchr(p, '.');
		if ((dot && (!slash || dot < slash)) || ld_compiled_import(p))
			return true;
	}
	return false;
}

static const char *goroot(void)
{
	const char *r = getenv("GOROOT");
	return r && *r ? r : MINIGO_GOROOT;
}

/*
 * Package initialisation order, as gc's inittasks run: depth first from
 * package main, each package's imports in the order its files list them,
 * every package after its imports and once.  (Not the order go compiles
 * in, which sorts the imports.)
 */
static void init_visit(LdPackage *p, LdPackage **order, int *n, BsMap *seen)
{
	if (bs_map_get(seen, p))
		return;
	bs_map_put(seen, p, p);
	for (int i = 0; i < p->nimports; i++)
		if (p->imports[i].pkg)
			init_visit(p->imports[i].pkg, order, n, seen);
	order[(*n)++] = p;
}

/*
 * The build cache's source keys of the packages (order: the loader's view
 * of each, NULL for a lone file), each after its imports, and the objects
 * the cache has for them: a package with one is not lowered (the result).
 * Package main's key covers every package, in order: its main.init calls
 * their inits.
 */
static bool *source_keys(const Options *o, CgPackage *cps, Unit **us, LdPackage **order, int n, bool introspects,
			 CgKey *keys, char **objs)
{
	Arena *a = cps[n - 1].comp->a;
	bool *skip = fe_alloc(a, (size_t)n * sizeof *skip);
	CgKey *imports = fe_alloc(a, (size_t)n * sizeof *imports);
	for (int i = 0; i < n; i++) {
		Comp *c = cps[i].comp;
		int nimports = 0;
		if (!c->pkg) {
			for (int j = 0; j < i; j++)
				imports[nimports++] = keys[j];
		}
		/* its imports in its files' order, each once */
		for (int m = 0; c->pkg && order && m < order[i]->nimports; m++) {
			bool seen = false;
			for (int q = 0; q < m; q++)
				seen |= order[i]->imports[q].pkg == order[i]->imports[m].pkg;
			for (int j = 0; j < i && !seen; j++)
				if (order[j] == order[i]->imports[m].pkg)
					imports[nimports++] = keys[j];
		}
		keys[i] = cg_source_key(o->opt, unit_inl(us[i]), introspects, c->pkg ? c->pkg->path : "main", us[i]->srcs, us[i]->nfiles,
					imports, nimports);
		objs[i] = cg_cached_object(keys[i]);
		skip[i] = objs[i] != NULL;
	}
	mark("keys");
	return skip;
}

/*
 * go build of packages that make no program still compiles them, and
 * keeps them in the build cache where the programs that import them find
 * them (`minigo build std` fills it with every std package minigo
 * compiles).  Package main makes no object here: its main.init depends on
 * the program.
 */
static int build_library(const Options *o, Unit *units, int n, LdProgram *lp)
{
	Arena *a = units[n - 1].comp.a;
	CgPackage *cps = fe_alloc(a, (size_t)n * sizeof *cps);
	Unit **us = fe_alloc(a, (size_t)n * sizeof *us);
	LdPackage **order = fe_alloc(a, (size_t)n * sizeof *order);
	int m = 0;
	for (int k = 0; k < n; k++)
		if (units[k].comp.pkg) {
			cps[m] = (CgPackage){ &units[k].comp, units[k].prog };
			us[m] = &units[k];
			order[m++] = lp->pkgs[k];
		}
	if (m == 0)
		return 0;
	CgKey *keys = fe_alloc(a, (size_t)m * sizeof *keys);
	char **objs = fe_alloc(a, (size_t)m * sizeof *objs);
	bool *skip = source_keys(o, cps, us, order, m, false, keys, objs);
	LLVMModuleRef *mods = fe_alloc(a, (size_t)m * sizeof *mods);
	cg_lower_separately(cps, m, mods, skip, false);
	int nerr = 0;
	for (int k = 0; k < m; k++)
		nerr += fe_flush_errors(cps[k].comp->diag);
	if (nerr)
		return 1;
	mark("lower");
	char dir[PATH_MAX], *err = NULL;
	make_tmpdir(dir, sizeof dir);
	bool ok = cg_emit_objects(mods, keys, m, o->opt, dir, objs, &err);
	mark("emit");
	for (int k = 0; k < m; k++)
		if (objs[k] && strncmp(objs[k], dir, strlen(dir)) == 0)
			unlink(objs[k]);
	rmdir(dir);
	if (!ok)
		die("%s", err);
	return 0;
}

/*
 * A package read from export data has no object in the cache for this
 * build (another level, a program that introspects, an object trimmed):
 * its code must be lowered, and export data has not all of it.  The build
 * starts again, from source all through (which caches what was missing).
 */
static char **saved_argv;

static _Noreturn void rebuild_from_source(void)
{
	fflush(stdout);
	fflush(stderr);
	setenv("MINIGO_EXPORT", "off", 1);
	execv("/proc/self/exe", saved_argv);
	die("internal compiler error: re-executing minigo: %s", strerror(errno));
}

/* The back half for a main package and the packages before it (lp: the
 * loader's view of them, NULL for a lone file). */
static int back(const Options *o, Unit *units, int n, LdProgram *lp, const char *name, const char *pkgpath)
{
	Unit *u = &units[n - 1];
	if (!u->cmp && !o->asm_ && !o->emit_llvm && !complete(o, &u->comp, u->file, pkgpath))
		return 1;
	CgPackage *cps = fe_alloc(u->comp.a, (size_t)n * sizeof *cps);
	Unit **us = fe_alloc(u->comp.a, (size_t)n * sizeof *us);
	LdPackage **order = NULL;
	for (int k = 0; k < n; k++) {
		cps[k] = (CgPackage){ &units[k].comp, units[k].prog };
		us[k] = &units[k];
	}
	if (lp && n > 1) {
		order = fe_alloc(u->comp.a, (size_t)n * sizeof *order);
		int no = 0;
		init_visit(lp->pkgs[n - 1], order, &no, bs_map_new(u->comp.a));
		for (int i = 0; i < no; i++)
			for (int k = 0; k < n; k++)
				if (lp->pkgs[k] == order[i]) {
					cps[i] = (CgPackage){ &units[k].comp, units[k].prog };
					us[i] = &units[k];
				}
		n = no;
	}
	mark("front");
	print_laps();
	/* A build lowers a module per package, whose objects the build cache
	 * keeps (codegen/cache.c); -S, -emit-llvm, compare and -d=whole one
	 * module for the whole program, cut to what it reaches (prune.c). */
	bool whole = u->cmp || o->asm_ || o->emit_llvm || o->whole;
	LLVMModuleRef *mods = fe_alloc(u->comp.a, (size_t)n * sizeof *mods);
	CgKey *keys = NULL;
	char **objs = fe_alloc(u->comp.a, (size_t)n * sizeof *objs);
	if (whole) {
		mods[0] = cg_lower_packages(cps, n);
	} else {
		keys = fe_alloc(u->comp.a, (size_t)n * sizeof *keys);
		bool introspects = cg_introspects(cps, n);
		bool *skip = source_keys(o, cps, us, order, n, introspects, keys, objs);
		for (int k = 0; k < n; k++)
			if (cps[k].comp->from_export && !skip[k])
				rebuild_from_source();
		cg_lower_separately(cps, n, mods, skip, introspects);
	}
	mark("lower");
	/* what the code generator refused (a bundled declaration without code) */
	int nerr = 0;
	for (int k = 0; k < n; k++)
		nerr += fe_flush_errors(cps[k].comp->diag);
	if (nerr)
		return 1;
	if (whole) {
		cg_prune(mods[0]);
		mark("prune");
	}
	if (u->cmp)
		return compare(o, &u->comp, u->cmp, mods[0]);
	/* the binary is named after the file, or the package path's last element */
	return emit_and_run(o, mods, keys, objs, whole ? 1 : n, name, u->comp.path, u->comp.src, u->comp.len);
}

/* File mode: one .go file, printed as gc prints it (no header). */
static int compile_file(const Options *o)
{
	Arena *arena = fe_arena_new();
	Unit main_unit;
	unit_init(o, &main_unit, arena, o->file, o->file, o->m);
	main_unit.noinline = o->noinline;
	main_unit.comp.cheap_calls = o->cheapcalls;
	int r = front_parse(o, &main_unit, &o->file, &o->file, 1);
	if (r != GO_ON)
		return r;
	/* a file of a module importing the module's packages: those first */
	Unit *units = &main_unit;
	int n = 1;
	LdProgram *lp = NULL;
	if (imports_module_package(main_unit.files[0]) && !o->funcs[0]) {
		const char *args[1] = { o->file };
		lp = ld_load(arena, args, 1, goroot());
		if (!lp)
			return 1;
		n = lp->npkgs;
		units = fe_alloc(arena, (size_t)n * sizeof *units);
		r = front_deps(o, lp, n - 1, units);
		if (r != GO_ON)
			return r;
		units[n - 1] = main_unit;
	}
	r = front_rest(o, &units[n - 1]);
	if (r != GO_ON)
		return r;
	/* a file of another package than main: go build compiles it and
	 * keeps nothing an executable could be (go run refuses it) */
	Node *pkgname = main_unit.files[0]->file.pkgname;
	if (strcmp(pkgname->ident.name, "main") != 0 && !o->asm_ && !o->emit_llvm && !o->funcs[0]) {
		if (strcmp(o->cmd, "run") != 0)
			return 0;
		fprintf(stderr, "package command-line-arguments is not a main package\n");
		return 1;
	}
	return back(o, units, n, n > 1 ? lp : NULL, o->file, NULL);
}

/* Package mode: go build's packages (load/), each compiled after its imports. */
static int compile_packages(const Options *o)
{
	Arena *arena = fe_arena_new();
	LdProgram *lp = ld_load(arena, o->pkgs, o->npkgs, goroot());
	if (!lp)
		return 1;
	mark("load");
	int n = lp->npkgs;
	/* a pattern matching nothing (go warned), or only _test.go files named */
	if (n == 0 || lp->pkgs[n - 1]->nfiles == 0)
		return 0;
	Unit *units = fe_alloc(arena, (size_t)n * sizeof *units);
	int r = front_deps(o, lp, n, units);
	if (r != GO_ON)
		return r;
	int named = 0;
	for (int k = 0; k < n; k++)
		named += lp->pkgs[k]->named;
	LdPackage *top = lp->pkgs[n - 1];
	bool run = strcmp(o->cmd, "run") == 0;
	if (named > 1) {
		/* go build of several packages builds them and keeps nothing */
		if (run)
			die("cannot run multiple packages");
		return build_library(o, units, n, lp);
	}
	if (strcmp(top->name, "main") != 0) {
		if (run) {
			fprintf(stderr, "package %s is not a main package\n", top->path);
			return 1;
		}
		return build_library(o, units, n, lp); /* a library: compiled, nothing to keep */
	}
	fe_set_local_package(NULL);
	const char *name = strcmp(top->path, "command-line-arguments") == 0 ? top->files[0] : top->path;
	return back(o, units, n, lp, name, top->path);
}

/* The pipeline.  Returns the process exit status. */
static int compile(const Options *o)
{
	return o->file ? compile_file(o) : compile_packages(o);
}

typedef struct Job {
	const Options *o;
	int status;
} Job;

static void compile_job(void *arg)
{
	Job *j = arg;
	j->status = compile(j->o);
}

int main(int argc, char **argv)
{
	Options o = parse_args(argc, argv);
	saved_argv = argv;
	timing = o.time;
	mark("start");
	Job job = { &o, 1 };
	/* every stage recurses along the program's nesting (base/stack.c) */
	bs_run_big_stack(compile_job, &job);
	return job.status;
}
