/*
 * asmnote.c - assembly (and IR) for people, not assemblers.
 *
 * The question users bring to -S is "what did this line become?" -- most
 * often with make([]int, 5) on one line and []int{0, 1, 2, 3, 4} on the
 * next.  LLVM's raw assembly answers it badly: the line numbers are there,
 * but as `.loc 1 8 9` directives buried among .cfi_* unwind notes, .p2align
 * padding and a few hundred lines of .debug_* sections.  gc's -S, by
 * contrast, puts (prog.go:8) on every instruction.
 *
 * So the driver does not print LLVM's text; it passes it through
 * cg_annotate_asm, a line filter that
 *
 *   - keeps function labels, branch-target labels (.LBB*), instructions,
 *     and the global data labels of non-debug sections;
 *   - drops every other directive, LLVM's own `# %bb.0:` comments, and the
 *     debug sections whole;
 *   - turns each change of `.loc` line inside a function into a comment
 *     carrying the source text, `# prog.go:8    return make([]int, 5)`,
 *     printed just before the first instruction of that line;
 *   - strips `@PLT` and the quotes LLVM puts around symbols such as
 *     "main.(*T).M", so runtime calls read as the Go names they are.
 *
 * A filter over text rather than a walk over the MachineFunction keeps it
 * out of LLVM's C++ and makes it testable on a hand-written input.  The
 * same file restricts -emit-llvm output to one function (cg_filter_ir):
 * both -S=FUNC and -emit-llvm=FUNC accept FUNC or main.FUNC.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"

/* sym (length n, already unquoted) is the function FUNC asks for. */
static bool func_matches(const char *sym, size_t n, const char *func)
{
	if (!func)
		return true;
	size_t f = strlen(func);
	if (n == f && memcmp(sym, func, n) == 0)
		return true;
	return n == f + 5 && memcmp(sym, "main.", 5) == 0 && memcmp(sym + 5, func, f) == 0;
}

/* The text of source line `line` (1-based), trimmed; length in *len. */
static const char *source_line(const char *src, size_t srclen, long line, size_t *len)
{
	size_t i = 0;
	for (long l = 1; l < line && i < srclen; i++)
		if (src[i] == '\n')
			l++;
	if (i >= srclen) {
		*len = 0;
		return "";
	}
	size_t e = i;
	while (e < srclen && src[e] != '\n')
		e++;
	while (i < e && isspace((unsigned char)src[i]))
		i++;
	while (e > i && isspace((unsigned char)src[e - 1]))
		e--;
	*len = e - i;
	return src + i;
}

/* Prints s[0..n) without quotes and without "@PLT". */
static void put_clean(const char *s, size_t n, FILE *out)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			continue;
		if (n - i >= 4 && memcmp(s + i, "@PLT", 4) == 0) {
			i += 3;
			continue;
		}
		fputc(s[i], out);
	}
	fputc('\n', out);
}

static bool starts(const char *s, size_t n, const char *prefix)
{
	size_t p = strlen(prefix);
	return n >= p && memcmp(s, prefix, p) == 0;
}

int cg_annotate_asm(const char *asm_text, const char *srcpath, const char *src, size_t srclen,
                    const char *func, FILE *out)
{
	const char *base = srcpath ? strrchr(srcpath, '/') : NULL;
	base = base ? base + 1 : srcpath ? srcpath : "?";
	bool text = true;        /* in an executable section */
	bool debug = false;      /* in a .debug_* section */
	bool infunc = false;     /* between a function's label and its end */
	bool show = func == NULL;/* printing the current function */
	long lastline = 0, pending = 0;
	int nfuncs = 0;
	bool printed = false;

	for (const char *p = asm_text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		const char *line = p;
		p = nl ? nl + 1 : p + n;

		const char *s = line;
		size_t m = n;
		while (m && (*s == ' ' || *s == '\t'))
			s++, m--;
		while (m && isspace((unsigned char)s[m - 1]))
			m--;
		if (m == 0 || s[0] == '#')
			continue;

		/* Sections: remember which kind we are in. */
		if (starts(s, m, ".text")) {
			text = true, debug = false;
			continue;
		}
		if (starts(s, m, ".data") || starts(s, m, ".bss")) {
			text = false, debug = false, infunc = false;
			continue;
		}
		if (starts(s, m, ".section")) {
			const char *name = s + 8;
			while (*name == ' ' || *name == '\t' || *name == '"')
				name++;
			debug = strncmp(name, ".debug", 6) == 0;
			text = strncmp(name, ".text", 5) == 0;
			if (!text)
				infunc = false;
			continue;
		}
		if (debug)
			continue;

		bool label = s[m - 1] == ':' && (s[0] == '"' || (!memchr(s, ' ', m) && !memchr(s, '\t', m)));
		if (label) {
			const char *name = s;
			size_t len = m - 1;
			if (len >= 2 && name[0] == '"' && name[len - 1] == '"')
				name++, len -= 2;
			if (starts(name, len, ".Lfunc_end")) {
				infunc = false;
				continue;
			}
			if (starts(name, len, ".LBB")) {
				if (infunc && show)
					put_clean(s, m, out);
				continue;
			}
			if (starts(name, len, ".L"))
				continue;
			if (text) {
				/* A function: start a new block of output. */
				infunc = true;
				show = func_matches(name, len, func);
				lastline = pending = 0;
				if (show) {
					nfuncs++;
					if (printed)
						fputc('\n', out);
				}
			} else if (func) {
				continue; /* data labels only in the whole-program view */
			}
			if (show || !text) {
				put_clean(s, m, out);
				printed = true;
			}
			continue;
		}

		if (s[0] == '.') {
			/* .loc FILENO LINE COL ...: note a change of source line. */
			if (starts(s, m, ".loc") && infunc) {
				long fileno = 0, ln = 0;
				if (sscanf(s + 4, "%ld %ld", &fileno, &ln) == 2 && ln > 0 && ln != lastline)
					pending = ln;
				else if (ln == lastline)
					pending = 0;
			}
			continue;
		}

		/* An instruction. */
		if (!infunc || !show)
			continue;
		if (pending) {
			size_t tl;
			const char *t = source_line(src, srclen, pending, &tl);
			fprintf(out, "# %s:%ld    %.*s\n", base, pending, (int)tl, t);
			lastline = pending;
			pending = 0;
		}
		fputc('\t', out);
		put_clean(s, m, out);
		printed = true;
	}
	return nfuncs;
}

/* The symbol of a `define ... @name(` line; false if there is none. */
static bool define_name(const char *s, size_t n, const char **name, size_t *len)
{
	const char *at = memchr(s, '@', n);
	if (!at)
		return false;
	at++;
	const char *end = s + n;
	if (at < end && *at == '"') {
		const char *q = memchr(at + 1, '"', (size_t)(end - at - 1));
		if (!q)
			return false;
		*name = at + 1;
		*len = (size_t)(q - at - 1);
		return true;
	}
	const char *e = at;
	while (e < end && *e != '(')
		e++;
	*name = at;
	*len = (size_t)(e - at);
	return true;
}

int cg_filter_ir(const char *ir, const char *func, FILE *out)
{
	bool in = false;
	int nfuncs = 0;
	for (const char *p = ir; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		const char *line = p;
		p = nl ? nl + 1 : p + n;
		if (!in && starts(line, n, "define ")) {
			const char *name;
			size_t len;
			if (define_name(line, n, &name, &len) && func_matches(name, len, func)) {
				in = true;
				if (nfuncs++)
					fputc('\n', out);
			}
		}
		if (in) {
			fwrite(line, 1, n, out);
			fputc('\n', out);
			if (n == 1 && line[0] == '}')
				in = false;
		}
	}
	return nfuncs;
}
