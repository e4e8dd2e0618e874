/*
 * load.c - what `go build` does before it compiles: packages from the
 * arguments, their files and imports, the import graph, go's errors.
 *
 * The layers follow cmd/go's, bottom up:
 *
 *   paths      filepath.Clean/Rel/Dir, os.Getwd ($PWD when it is "."),
 *              base.ShortPath (relative to the current directory when
 *              that is shorter) - the file names of every message.
 *   header     go/build's importReader runs over the file's bytes to find
 *              the header (up to the imports' end; the whole file when it
 *              stumbles); a NUL in what it read is "read FILE: unexpected
 *              NUL in input".  The header is then parsed with a small
 *              go/scanner + go/parser (ImportsOnly): the package name, the
 *              imports with their positions, and the first error by
 *              position, with go/parser's rule that an error on the line of
 *              the previous one is dropped.  Positions are go/build's:
 *              after a leading BOM, //line ignored.
 *   dirs       go/build.ImportDir: file-name rules, constraints
 *              (constraint.c), "found packages", test files (their package
 *              clause counts), "documentation", the first bad file's error,
 *              no Go files / build constraints exclude all Go files;
 *              a file importing "C" is minigo's error (go, with cgo off,
 *              would silently drop it).
 *   go.mod     found from the current directory up; the module directive
 *              (bare or quoted, or in a block); "no module declaration",
 *              "repeated module statement", "unknown directive".
 *   graph      cmd/go/internal/load over modload's resolution: an import
 *              path is std when GOROOT/src/PATH is a directory, a module
 *              package under the module path when its directory has .go
 *              files and no go.mod between it and the module root, else
 *              missing ("package P is not in GOROOT (DIR)" for a path
 *              without a dot in its first element, "cannot find module
 *              providing package P: module lookup disabled by
 *              GOPROXY=off" otherwise).  Packages load depth first, their
 *              imports in sorted order, with go's import stack; a package
 *              met again while it loads is an import cycle; the internal
 *              rule, "is a program, not an importable package" and the
 *              malformed-path rules are checked per import.
 *   errors     go's CheckPackageErrors: for each command-line package its
 *              own error, then those of its dependencies sorted by import
 *              path, each error once; PackageError's three layouts (a
 *              position; "package A\n\timports B: msg"; both for the
 *              internal rule).  The "go: finding module for package P"
 *              lines modload prints come first: once per missing path,
 *              breadth first from the roots over modload's own graph (the
 *              import strings the import reader saw, so a file go/parser
 *              rejects still counts); twice for a missing path named on
 *              the command line, and for the imports of named files, as
 *              go.  When several are missing go prints them from parallel
 *              goroutines, so their order is go's only by luck.
 *   order      a depth-first post-order over the roots, imports sorted: the
 *              order go's action graph compiles in with -p 1.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/load.h"

typedef struct Ld Ld;

/* ---- strings and paths ---- */

static bool has_prefix(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

static bool has_suffix(const char *s, const char *p)
{
	size_t n = strlen(s), k = strlen(p);
	return n >= k && memcmp(s + n - k, p, k) == 0;
}

static char *sdup(Arena *a, const char *s)
{
	return fe_strndup(a, s, strlen(s));
}

/* filepath.Clean (Unix) */
static char *clean(Arena *a, const char *p)
{
	size_t n = strlen(p);
	bool rooted = n > 0 && p[0] == '/';
	char *out = fe_alloc(a, n + 2);
	size_t w = 0, dotdot = 0;   /* dotdot: where ".." can no longer be backtracked */
	if (rooted)
		out[w++] = '/', dotdot = 1;
	for (size_t r = rooted; r < n;) {
		if (p[r] == '/') {
			r++;
		} else if (p[r] == '.' && (r + 1 == n || p[r + 1] == '/')) {
			r++;
		} else if (p[r] == '.' && p[r + 1] == '.' && (r + 2 == n || p[r + 2] == '/')) {
			r += 2;
			if (w > dotdot) {
				w--;
				while (w > dotdot && out[w] != '/')
					w--;
			} else if (!rooted) {
				if (w > 0)
					out[w++] = '/';
				out[w++] = '.';
				out[w++] = '.';
				dotdot = w;
			}
		} else {
			if ((rooted && w != 1) || (!rooted && w != 0))
				out[w++] = '/';
			for (; r < n && p[r] != '/'; r++)
				out[w++] = p[r];
		}
	}
	if (w == 0)
		out[w++] = '.';
	out[w] = 0;
	return out;
}

static char *join(Arena *a, const char *x, const char *y)
{
	return clean(a, fe_sprintf(a, "%s/%s", x, y));
}

static const char *base_of(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* filepath.Dir */
static char *dir_of(Arena *a, const char *p)
{
	const char *s = strrchr(p, '/');
	if (!s)
		return sdup(a, ".");
	return clean(a, fe_strndup(a, p, (size_t)(s - p + 1)));
}

/* filepath.Rel for two clean absolute paths. */
static char *rel_path(Arena *a, const char *base, const char *targ)
{
	if (strcmp(base, targ) == 0)
		return sdup(a, ".");
	/* the longest common prefix ending at an element boundary */
	size_t b = strlen(base), t = strlen(targ), i = 0, last = 0;
	if (b == 1)
		b = 0;          /* "/" */
	if (t == 1)
		t = 0;
	while (i < b && i < t && base[i] == targ[i]) {
		i++;
		if (base[i - 1] == '/')
			last = i - 1;
	}
	if ((i == b && (i == t || targ[i] == '/')) || (i == t && i < b && base[i] == '/'))
		last = i;
	BsBuf buf = { .a = a };
	for (size_t k = last; k < b; k++)
		if (base[k] == '/') {
			if (buf.len)
				bs_puts(&buf, "/");
			bs_puts(&buf, "..");
		}
	if (last < t) {
		if (buf.len)
			bs_puts(&buf, "/");
		bs_puts(&buf, targ + last + 1);
	}
	return buf.len ? buf.s : sdup(a, ".");
}

/* str.HasPathPrefix */
static bool has_path_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(s), k = strlen(prefix);
	if (n == k)
		return strcmp(s, prefix) == 0;
	if (k == 0)
		return true;
	if (n > k && (prefix[k - 1] == '/' || s[k] == '/'))
		return memcmp(s, prefix, k) == 0;
	return false;
}

/* the directory d is root or below it (clean absolute paths) */
static bool under(const char *d, const char *root)
{
	if (strcmp(root, "/") == 0)
		return true;
	size_t k = strlen(root);
	return strncmp(d, root, k) == 0 && (d[k] == 0 || d[k] == '/');
}

/* Go's text for an errno: strerror with a lower-case first letter. */
static const char *errno_text(Arena *a, int e)
{
	char *s = sdup(a, strerror(e));
	if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
		s[0] = (char)(s[0] - 'A' + 'a');
	return s;
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && !S_ISDIR(st.st_mode);
}

/* os.Getwd: $PWD when it names the current directory, else getcwd. */
static const char *get_cwd(Arena *a)
{
	char buf[8192];
	const char *pwd = getenv("PWD");
	struct stat d, p;
	if (pwd && pwd[0] == '/' && stat(".", &d) == 0 && stat(pwd, &p) == 0 && d.st_dev == p.st_dev &&
	    d.st_ino == p.st_ino)
		return sdup(a, pwd);
	if (getcwd(buf, sizeof buf))
		return sdup(a, buf);
	return sdup(a, "/");
}

/* ---- directory listings ---- */

enum { ENT_FILE, ENT_DIR };

typedef struct Ent {
	const char *name;
	int kind;          /* ENT_DIR: a directory or a symlink to one (not a source file) */
	bool real_dir;     /* a directory itself, not a symlink (walks do not follow links) */
} Ent;

static int ent_cmp(const void *x, const void *y)
{
	return strcmp(((const Ent *)x)->name, ((const Ent *)y)->name);
}

/* The entries of dir sorted by name (os.ReadDir); -1 with errno on failure. */
static int read_dir(Arena *a, const char *dir, Ent **out)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	Ent *v = NULL;
	int n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		Ent x = { .name = sdup(a, e->d_name), .kind = ENT_FILE };
		const char *full = fe_sprintf(a, "%s/%s", dir, e->d_name);
		struct stat st;
		if (lstat(full, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				x.kind = ENT_DIR, x.real_dir = true;
			else if (S_ISLNK(st.st_mode) && is_dir(full))
				x.kind = ENT_DIR;
		}
		FE_PUSH(a, v, n, cap, x);
	}
	closedir(d);
	if (n > 1)
		qsort(v, (size_t)n, sizeof *v, ent_cmp);
	*out = v;
	return n;
}

/* fsys.IsDirWithGoFiles: a regular .go file (or a link to one). */
static bool dir_has_go_files(Arena *a, const char *dir)
{
	Ent *e;
	int n = read_dir(a, dir, &e);
	for (int i = 0; i < n; i++)
		if (e[i].kind == ENT_FILE && has_suffix(e[i].name, ".go")) {
			struct stat st;
			if (stat(fe_sprintf(a, "%s/%s", dir, e[i].name), &st) == 0 && S_ISREG(st.st_mode))
				return true;
		}
	return false;
}

/* ---- the header: go/build's importReader ---- */

enum { RD_OK, RD_SYNTAX, RD_NUL };

typedef struct Rd {
	const unsigned char *s;
	size_t n, i;       /* i: bytes read (go's len(r.buf)) */
	int peek;          /* 0: none */
	int err;
	bool eof;
	Arena *a;          /* the import strings read, quotes and all (cmd/go's ReadImports) */
	const char **raw;
	int nraw, capraw;
} Rd;

static int rd_byte(Rd *r)
{
	if (r->i >= r->n) {
		r->eof = true;
		return 0;
	}
	int c = r->s[r->i++];
	if (c == 0 && r->err == RD_OK)
		r->err = RD_NUL;
	return c;
}

static void rd_syntax(Rd *r)
{
	if (r->err == RD_OK)
		r->err = RD_SYNTAX;
}

static bool rd_ident(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

static int rd_peek(Rd *r, bool skip)
{
	if (r->err)
		return 0;
	int c = r->peek;
	if (c == 0)
		c = rd_byte(r);
	while (!r->err && !r->eof) {
		if (skip) {
			if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
				c = rd_byte(r);
				continue;
			}
			if (c == '/') {
				c = rd_byte(r);
				if (c == '/') {
					while (c != '\n' && !r->err && !r->eof)
						c = rd_byte(r);
				} else if (c == '*') {
					int c1 = 0;
					while ((c != '*' || c1 != '/') && !r->err) {
						if (r->eof)
							rd_syntax(r);
						c = c1;
						c1 = rd_byte(r);
					}
				} else {
					rd_syntax(r);
				}
				c = rd_byte(r);
				continue;
			}
		}
		break;
	}
	r->peek = c;
	return c;
}

static int rd_next(Rd *r, bool skip)
{
	int c = rd_peek(r, skip);
	r->peek = 0;
	return c;
}

static void rd_keyword(Rd *r, const char *kw)
{
	rd_peek(r, true);
	for (; *kw; kw++)
		if (rd_next(r, false) != *kw) {
			rd_syntax(r);
			return;
		}
	if (rd_ident(rd_peek(r, false)))
		rd_syntax(r);
}

static void rd_read_ident(Rd *r)
{
	if (!rd_ident(rd_peek(r, true))) {
		rd_syntax(r);
		return;
	}
	while (rd_ident(rd_peek(r, false)))
		r->peek = 0;
}

static void rd_save(Rd *r, size_t start)
{
	FE_PUSH(r->a, r->raw, r->nraw, r->capraw, fe_strndup(r->a, (const char *)r->s + start, r->i - start));
}

static void rd_string(Rd *r)
{
	int q = rd_next(r, true);
	size_t start = r->i - 1;
	switch (q) {
	case '`':
		while (!r->err) {
			if (rd_next(r, false) == '`') {
				rd_save(r, start);
				break;
			}
			if (r->eof)
				rd_syntax(r);
		}
		break;
	case '"':
		while (!r->err) {
			int c = rd_next(r, false);
			if (c == '"') {
				rd_save(r, start);
				break;
			}
			if (r->eof || c == '\n')
				rd_syntax(r);
			if (c == '\\')
				rd_next(r, false);
		}
		break;
	default:
		rd_syntax(r);
	}
}

static void rd_import(Rd *r)
{
	int c = rd_peek(r, true);
	if (c == '.')
		r->peek = 0;
	else if (rd_ident(c))
		rd_read_ident(r);
	rd_string(r);
}

/* readGoInfo's reading: the header's length; *nul when a NUL was read;
 * the import strings read into *raw; *more when it read to the end of s
 * (and would have read on, had the file more). */
static size_t header_len(Arena *a, const unsigned char *s, size_t n, bool *nul, const char ***raw, int *nraw,
                         bool *more)
{
	Rd r = { .s = s, .n = n, .a = a };
	rd_keyword(&r, "package");
	rd_read_ident(&r);
	while (rd_peek(&r, true) == 'i') {
		rd_keyword(&r, "import");
		if (rd_peek(&r, true) == '(') {
			rd_next(&r, false);
			while (rd_peek(&r, true) != ')' && !r.err)
				rd_import(&r);
			rd_next(&r, false);
		} else {
			rd_import(&r);
		}
	}
	size_t len = r.i;
	if (!r.err && !r.eof)
		len--;
	if (r.err == RD_SYNTAX) {
		r.err = RD_OK;
		while (!r.err && !r.eof)
			rd_byte(&r);
		len = r.i;
	}
	*nul = r.err == RD_NUL;
	*raw = r.raw;
	*nraw = r.nraw;
	*more = r.eof;
	return len;
}

/* ---- the header: go/scanner and go/parser (ImportsOnly) ---- */

enum { T_EOF, T_ILLEGAL, T_IDENT, T_INT, T_CHAR, T_STRING, T_COMMENT, T_SEMI, T_OP, T_KEYWORD };

typedef struct Sc {
	Arena *a;
	const unsigned char *src;
	size_t n;
	int32_t ch;          /* the current rune, -1 at the end */
	size_t off, rd;
	size_t *lines;       /* offsets where lines start (malloc'd) */
	size_t nlines, caplines;
	bool insert_semi;
	/* the token */
	int tok;
	size_t tpos;
	const char *lit;     /* its text (T_SEMI: ";" or "\n") */
	size_t litlen;
	/* errors: the least by position, and the line of the last one */
	bool nerr;
	int eline, ecol;
	const char *emsg;
	int last_line;
	bool stop;           /* the parser met its first error */
} Sc;

static void add_line(Sc *s, size_t off)
{
	if ((s->nlines && s->lines[s->nlines - 1] >= off) || (off > 0 && off >= s->n))
		return;          /* token.File.AddLine: no line starts at the end */
	if (s->nlines == s->caplines) {
		size_t cap = s->caplines ? 2 * s->caplines : 64;
		size_t *v = realloc(s->lines, cap * sizeof *v);
		if (!v) {
			fputs("minigo: out of memory\n", stderr);
			exit(1);
		}
		s->lines = v;
		s->caplines = cap;
	}
	s->lines[s->nlines++] = off;
}

static void line_col(Sc *s, size_t off, int *line, int *col)
{
	size_t lo = 0, hi = s->nlines;   /* the last line start <= off */
	while (hi - lo > 1) {
		size_t m = (lo + hi) / 2;
		if (s->lines[m] <= off)
			lo = m;
		else
			hi = m;
	}
	*line = (int)lo + 1;
	*col = (int)(off - s->lines[lo]) + 1;
}

/* ErrorList.Add (scanner errors) or parser.error (dropped on the line of the last error). */
static void record(Sc *s, size_t off, const char *msg, bool parser)
{
	int line, col;
	line_col(s, off, &line, &col);
	if (parser && s->nerr && s->last_line == line)
		return;
	s->last_line = line;
	if (!s->nerr || line < s->eline || (line == s->eline && col < s->ecol) ||
	    (line == s->eline && col == s->ecol && strcmp(msg, s->emsg) < 0)) {
		s->eline = line;
		s->ecol = col;
		s->emsg = msg;
	}
	s->nerr = true;
}

/* "%#U" */
static const char *fmt_rune(Arena *a, int32_t r)
{
	if (ld_is_print((uint32_t)r)) {
		char u[5];
		int n;
		if (r < 0x80)
			u[0] = (char)r, n = 1;
		else if (r < 0x800)
			u[0] = (char)(0xC0 | r >> 6), u[1] = (char)(0x80 | (r & 0x3F)), n = 2;
		else if (r < 0x10000)
			u[0] = (char)(0xE0 | r >> 12), u[1] = (char)(0x80 | ((r >> 6) & 0x3F)),
			u[2] = (char)(0x80 | (r & 0x3F)), n = 3;
		else
			u[0] = (char)(0xF0 | r >> 18), u[1] = (char)(0x80 | ((r >> 12) & 0x3F)),
			u[2] = (char)(0x80 | ((r >> 6) & 0x3F)), u[3] = (char)(0x80 | (r & 0x3F)), n = 4;
		return fe_sprintf(a, "U+%04X '%.*s'", (unsigned)r, n, u);
	}
	return fe_sprintf(a, "U+%04X", (unsigned)r);
}

static void sc_next(Sc *s)
{
	if (s->rd < s->n) {
		s->off = s->rd;
		if (s->ch == '\n')
			add_line(s, s->off);
		int32_t r = s->src[s->rd];
		int w = 1;
		if (r == 0) {
			record(s, s->off, "illegal character NUL", false);
		} else if (r >= 0x80) {
			uint32_t u;
			int k = fe_utf8_decode(s->src + s->rd, s->n - s->rd, &u);
			if (k <= 0) {
				r = 0xFFFD;
				record(s, s->off, "illegal UTF-8 encoding", false);
			} else {
				r = (int32_t)u;
				w = k;
				if (r == 0xFEFF && s->off > 0)
					record(s, s->off, "illegal byte order mark", false);
			}
		}
		s->rd += (size_t)w;
		s->ch = r;
	} else {
		s->off = s->n;
		if (s->ch == '\n')
			add_line(s, s->off);
		s->ch = -1;
	}
}

static int sc_peek(Sc *s)
{
	return s->rd < s->n ? s->src[s->rd] : 0;
}

static bool sc_letter(int32_t c)
{
	return c >= 0 && ld_is_letter((uint32_t)c);
}

static bool sc_digit(int32_t c)
{
	return c >= 0 && ld_is_digit((uint32_t)c);
}

static bool sc_decimal(int32_t c)
{
	return c >= '0' && c <= '9';
}

static void skip_ws(Sc *s)
{
	while (s->ch == ' ' || s->ch == '\t' || (s->ch == '\n' && !s->insert_semi) || s->ch == '\r')
		sc_next(s);
}

static int digit_val(int32_t c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 16;
}

static bool scan_escape(Sc *s, int32_t quote)
{
	size_t offs = s->off;
	int n, base;
	uint32_t max;
	switch (s->ch) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
		sc_next(s);
		return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x':
		sc_next(s);
		n = 2, base = 16, max = 255;
		break;
	case 'u':
		sc_next(s);
		n = 4, base = 16, max = 0x10FFFF;
		break;
	case 'U':
		sc_next(s);
		n = 8, base = 16, max = 0x10FFFF;
		break;
	default:
		if (s->ch == quote) {
			sc_next(s);
			return true;
		}
		record(s, offs, s->ch < 0 ? "escape sequence not terminated" : "unknown escape sequence", false);
		return false;
	}
	uint32_t x = 0;
	for (; n > 0; n--) {
		int d = digit_val(s->ch);
		if (d >= base) {
			const char *msg = s->ch < 0 ? "escape sequence not terminated"
			                            : fe_sprintf(s->a, "illegal character %s in escape sequence", fmt_rune(s->a, s->ch));
			record(s, s->off, msg, false);
			return false;
		}
		x = x * (uint32_t)base + (uint32_t)d;
		sc_next(s);
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		record(s, offs, "escape sequence is invalid Unicode code point", false);
		return false;
	}
	return true;
}

static void scan_string(Sc *s)
{
	size_t offs = s->off - 1;
	for (;;) {
		int32_t ch = s->ch;
		if (ch == '\n' || ch < 0) {
			record(s, offs, "string literal not terminated", false);
			break;
		}
		sc_next(s);
		if (ch == '"')
			break;
		if (ch == '\\')
			scan_escape(s, '"');
	}
}

static void scan_raw_string(Sc *s)
{
	size_t offs = s->off - 1;
	for (;;) {
		int32_t ch = s->ch;
		if (ch < 0) {
			record(s, offs, "raw string literal not terminated", false);
			break;
		}
		sc_next(s);
		if (ch == '`')
			break;
	}
}

static void scan_rune(Sc *s)
{
	size_t offs = s->off - 1;
	bool valid = true;
	int n = 0;
	for (;;) {
		int32_t ch = s->ch;
		if (ch == '\n' || ch < 0) {
			if (valid) {
				record(s, offs, "rune literal not terminated", false);
				valid = false;
			}
			break;
		}
		sc_next(s);
		if (ch == '\'')
			break;
		n++;
		if (ch == '\\' && !scan_escape(s, '\''))
			valid = false;
	}
	if (valid && n != 1)
		record(s, offs, "illegal rune literal", false);
}

static void scan_comment(Sc *s)
{
	size_t offs = s->off - 1;
	if (s->ch == '/') {
		sc_next(s);
		while (s->ch != '\n' && s->ch >= 0)
			sc_next(s);
		return;
	}
	sc_next(s);
	while (s->ch >= 0) {
		int32_t ch = s->ch;
		sc_next(s);
		if (ch == '*' && s->ch == '/') {
			sc_next(s);
			return;
		}
	}
	record(s, offs, "comment not terminated", false);
}

static bool find_line_end(Sc *s)
{
	size_t offs = s->off - 1;
	bool res = false;
	while (s->ch == '/' || s->ch == '*') {
		if (s->ch == '/') {
			res = true;
			goto out;
		}
		sc_next(s);
		while (s->ch >= 0) {
			int32_t ch = s->ch;
			if (ch == '\n') {
				res = true;
				goto out;
			}
			sc_next(s);
			if (ch == '*' && s->ch == '/') {
				sc_next(s);
				break;
			}
		}
		skip_ws(s);
		if (s->ch < 0 || s->ch == '\n') {
			res = true;
			goto out;
		}
		if (s->ch != '/')
			goto out;
		sc_next(s);
	}
out:
	s->ch = '/';
	s->off = offs;
	s->rd = offs + 1;
	sc_next(s);
	return res;
}

static const char *const keywords[] = {
	"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
	"go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
	"switch", "type", "var",
};

/* Operators after their first character, longest first. */
static const char *const ops[] = {
	"<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "<<", ">>", "&^",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=",
	"!", "(", ")", "[", "]", "{", "}", ",", ".", ":", "~",
};

/* { digit | '_' } in base: bit 0 digits seen, bit 1 separators; the first
 * decimal digit too large for base <= 10 goes to *invalid. */
static int scan_digits(Sc *s, int base, long *invalid)
{
	int seen = 0;
	for (;;) {
		int32_t c = s->ch;
		bool hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
		if (c == '_') {
			seen |= 2;
		} else if (sc_decimal(c) || (base == 16 && hex)) {
			if (base <= 10 && c >= '0' + base && invalid && *invalid < 0)
				*invalid = (long)s->off;
			seen |= 1;
		} else {
			return seen;
		}
		sc_next(s);
	}
}

static const char *lit_name(int prefix)
{
	return prefix == 'x' ? "hexadecimal literal" : prefix == 'o' || prefix == '0' ? "octal literal"
	     : prefix == 'b' ? "binary literal" : "decimal literal";
}

/* The offset of the first misplaced '_' in a number literal, or -1. */
static long bad_separator(const unsigned char *x, size_t n)
{
	bool hex = false;
	int prev = '.';             /* '0' a digit, '_', '.' anything else */
	size_t i = 0;
	if (n >= 2 && x[0] == '0' && x[1] && strchr("xXoObB", x[1])) {
		hex = x[1] == 'x' || x[1] == 'X';
		prev = '0';
		i = 2;
	}
	for (; i < n; i++) {
		int c = x[i];
		bool digit = (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
		if (c == '_') {
			if (prev != '0')
				return (long)i;
			prev = '_';
		} else if (digit) {
			prev = '0';
		} else {
			if (prev == '_')
				return (long)i - 1;
			prev = '.';
		}
	}
	return prev == '_' ? (long)n - 1 : -1;
}

/* A number literal, with go/scanner's complaints about it. */
static void scan_number(Sc *s)
{
	size_t offs = s->off;
	int base = 10, prefix = 0, seen = 0;
	bool is_int = false, is_float = false;
	long invalid = -1;
	if (s->ch != '.') {
		is_int = true;
		if (s->ch == '0') {
			sc_next(s);
			int32_t c = s->ch | 0x20;
			if (s->ch > 0 && (c == 'x' || c == 'o' || c == 'b')) {
				sc_next(s);
				base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
				prefix = c;
			} else {
				base = 8, prefix = '0';
				seen = 1;
			}
		}
		seen |= scan_digits(s, base, &invalid);
	}
	if (s->ch == '.') {
		is_float = true;
		if (prefix == 'o' || prefix == 'b')
			record(s, s->off, fe_sprintf(s->a, "invalid radix point in %s", lit_name(prefix)), false);
		sc_next(s);
		seen |= scan_digits(s, base, &invalid);
	}
	if (!(seen & 1))
		record(s, s->off, fe_sprintf(s->a, "%s has no digits", lit_name(prefix)), false);
	int32_t e = s->ch > 0 ? (s->ch | 0x20) : 0;
	if (e == 'e' || e == 'p') {
		if (e == 'e' && prefix != 0 && prefix != '0')
			record(s, s->off, fe_sprintf(s->a, "'%c' exponent requires decimal mantissa", (char)s->ch), false);
		else if (e == 'p' && prefix != 'x')
			record(s, s->off, fe_sprintf(s->a, "'%c' exponent requires hexadecimal mantissa", (char)s->ch), false);
		sc_next(s);
		is_float = true;
		if (s->ch == '+' || s->ch == '-')
			sc_next(s);
		int ds = scan_digits(s, 10, NULL);
		seen |= ds;
		if (!(ds & 1))
			record(s, s->off, "exponent has no digits", false);
	} else if (prefix == 'x' && is_float) {
		record(s, s->off, "hexadecimal mantissa requires a 'p' exponent", false);
	}
	if (s->ch == 'i') {
		is_int = is_float = false;
		sc_next(s);
	}
	if (is_int && !is_float && invalid >= 0)
		record(s, (size_t)invalid, fe_sprintf(s->a, "invalid digit '%c' in %s", s->src[invalid], lit_name(prefix)), false);
	if (seen & 2) {
		long i = bad_separator(s->src + offs, s->off - offs);
		if (i >= 0)
			record(s, offs + (size_t)i, "'_' must separate successive digits", false);
	}
}

static void sc_scan(Sc *s)
{
	skip_ws(s);
	size_t pos = s->off;
	bool insert = false;
	int32_t ch = s->ch;
	s->tpos = pos;
	s->lit = (const char *)s->src + pos;
	if (sc_letter(ch)) {
		while (sc_letter(s->ch) || sc_digit(s->ch))
			sc_next(s);
		s->litlen = s->off - pos;
		s->tok = T_IDENT;
		insert = true;
		if (s->litlen > 1)
			for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
				if (strlen(keywords[i]) == s->litlen && memcmp(keywords[i], s->lit, s->litlen) == 0) {
					s->tok = T_KEYWORD;
					insert = i == 0 || i == 4 || i == 8 || i == 19;   /* break continue fallthrough return */
				}
		s->insert_semi = insert;
		return;
	}
	if (sc_decimal(ch) || (ch == '.' && sc_decimal(sc_peek(s)))) {
		scan_number(s);
		s->litlen = s->off - pos;
		s->tok = T_INT;
		s->insert_semi = true;
		return;
	}
	sc_next(s);
	switch (ch) {
	case -1:
		if (s->insert_semi) {
			s->insert_semi = false;
			s->tok = T_SEMI, s->lit = "\n", s->litlen = 1;
			return;
		}
		s->tok = T_EOF;
		break;
	case '\n':
		s->insert_semi = false;
		s->tok = T_SEMI, s->lit = "\n", s->litlen = 1;
		return;
	case '"':
		insert = true;
		scan_string(s);
		s->tok = T_STRING;
		break;
	case '\'':
		insert = true;
		scan_rune(s);
		s->tok = T_CHAR;
		break;
	case '`':
		insert = true;
		scan_raw_string(s);
		s->tok = T_STRING;
		break;
	case ';':
		s->tok = T_SEMI, s->lit = ";", s->litlen = 1;
		s->insert_semi = false;
		return;
	case '/':
		if (s->ch == '/' || s->ch == '*') {
			if (s->insert_semi && find_line_end(s)) {
				s->ch = '/';
				s->off = pos;
				s->rd = pos + 1;
				s->insert_semi = false;
				s->tok = T_SEMI, s->lit = "\n", s->litlen = 1;
				return;
			}
			scan_comment(s);
			s->tok = T_COMMENT;
			s->insert_semi = false;
			return;
		}
		/* fall through */
	default: {
		const char *p = (const char *)s->src + pos;
		size_t left = s->n - pos;
		s->tok = T_ILLEGAL;
		for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
			size_t k = strlen(ops[i]);
			if (k <= left && memcmp(ops[i], p, k) == 0) {
				for (size_t j = 1; j < k; j++)
					sc_next(s);
				s->tok = T_OP;
				insert = strcmp(ops[i], "++") == 0 || strcmp(ops[i], "--") == 0 || strcmp(ops[i], ")") == 0 ||
				         strcmp(ops[i], "]") == 0 || strcmp(ops[i], "}") == 0;
				break;
			}
		}
		if (s->tok == T_ILLEGAL) {
			if (ch != 0xFEFF)
				record(s, pos, fe_sprintf(s->a, "illegal character %s", fmt_rune(s->a, ch)), false);
			insert = s->insert_semi;
		}
	}
	}
	s->litlen = s->off - pos;
	s->insert_semi = insert;
}

/* parser.next: the next token that is no comment. */
static void p_next(Sc *s)
{
	do
		sc_scan(s);
	while (s->tok == T_COMMENT);
}

static bool p_is(Sc *s, int tok, const char *text)
{
	return s->tok == tok && strlen(text) == s->litlen && memcmp(text, s->lit, s->litlen) == 0;
}

/* parser.errorExpected at the current token; parsing stops. */
static void p_expected(Sc *s, const char *what)
{
	const char *found;
	switch (s->tok) {
	case T_SEMI:
		found = s->lit[0] == '\n' ? "newline" : "';'";
		break;
	case T_IDENT: case T_INT: case T_CHAR: case T_STRING:
		found = fe_strndup(s->a, s->lit, s->litlen);
		break;
	case T_EOF:
		found = "'EOF'";
		break;
	case T_ILLEGAL:
		found = "'ILLEGAL'";
		break;
	default:
		found = fe_sprintf(s->a, "'%.*s'", (int)s->litlen, s->lit);
	}
	record(s, s->tpos, fe_sprintf(s->a, "expected %s, found %s", what, found), true);
	s->stop = true;
}

static void p_expect_semi(Sc *s)
{
	if (p_is(s, T_OP, ")") || p_is(s, T_OP, "}"))
		return;
	if (s->tok == T_SEMI)
		p_next(s);
	else
		p_expected(s, "';'");
}

/* ---- the header of one file ---- */

typedef struct Hdr {
	const char *name;     /* the package clause's name; NULL when unknown */
	LdImport *imps;
	int nimps, capimps;
	const char *err;      /* go/build's error for the file (with epos), or NULL */
	int eline, ecol;      /* a positioned (go/parser) error: its position; 0 for a plain one */
	bool unreadable;      /* err is a read error: nothing else is known */
	int build;            /* ld_should_build over the header: 1, 0, -1 (cerr) */
	const char *cerr;
	const char **raw;     /* the import strings the import reader saw, quoted */
	int nraw;
} Hdr;

/* strconv.Unquote of a Go string literal; NULL when malformed. */
static char *unquote(Arena *a, const char *s, size_t n)
{
	if (n < 2 || s[0] != s[n - 1] || (s[0] != '"' && s[0] != '`'))
		return NULL;
	char *out = fe_alloc(a, n * 2 + 1), *w = out;
	if (s[0] == '`') {
		for (size_t i = 1; i + 1 < n; i++)
			if (s[i] != '\r')
				*w++ = s[i];
		*w = 0;
		return out;
	}
	for (size_t i = 1; i + 1 < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\n')
			return NULL;
		if (c != '\\') {
			*w++ = (char)c, i++;
			continue;
		}
		if (++i + 1 >= n)
			return NULL;
		c = (unsigned char)s[i++];
		const char *esc = strchr("abfnrtv\\\"", c);
		if (esc && c) {
			static const char val[] = "\a\b\f\n\r\t\v\\\"";
			*w++ = val[esc - "abfnrtv\\\""];
			continue;
		}
		int len, base = 16;
		if (c >= '0' && c <= '7')
			len = 3, base = 8, i--;
		else if (c == 'x')
			len = 2;
		else if (c == 'u')
			len = 4;
		else if (c == 'U')
			len = 8;
		else
			return NULL;
		uint32_t x = 0;
		for (int k = 0; k < len; k++, i++) {
			if (i + 1 >= n)
				return NULL;
			int d = digit_val((unsigned char)s[i]);
			if (d >= base)
				return NULL;
			x = x * (uint32_t)base + (uint32_t)d;
		}
		if (c == 'x' || base == 8) {
			if (x > 255)
				return NULL;
			*w++ = (char)x;
			continue;
		}
		if (x > 0x10FFFF || (x >= 0xD800 && x < 0xE000))
			return NULL;
		if (x < 0x80)
			*w++ = (char)x;
		else if (x < 0x800)
			*w++ = (char)(0xC0 | x >> 6), *w++ = (char)(0x80 | (x & 0x3F));
		else if (x < 0x10000)
			*w++ = (char)(0xE0 | x >> 12), *w++ = (char)(0x80 | ((x >> 6) & 0x3F)), *w++ = (char)(0x80 | (x & 0x3F));
		else
			*w++ = (char)(0xF0 | x >> 18), *w++ = (char)(0x80 | ((x >> 12) & 0x3F)),
			*w++ = (char)(0x80 | ((x >> 6) & 0x3F)), *w++ = (char)(0x80 | (x & 0x3F));
	}
	*w = 0;
	return out;
}

/* go/parser's isValidImport on the unquoted path. */
static bool valid_import(const char *p)
{
	if (!p || !*p)
		return false;
	size_t n = strlen(p);
	for (size_t i = 0; i < n;) {
		uint32_t r;
		int w = fe_utf8_decode((const unsigned char *)p + i, n - i, &r);
		if (w <= 0)
			return false;
		if (!ld_is_print(r) || r == ' ' || r == 0xFFFD || (r < 0x80 && strchr("!\"#$%&'()*,:;<=>?[\\]^{|}`", (int)r)))
			return false;
		i += (size_t)w;
	}
	return true;
}

static void parse_import_spec(Sc *s, Hdr *h)
{
	size_t spec = s->tpos;
	if (p_is(s, T_OP, ".") || s->tok == T_IDENT)
		p_next(s);
	if (s->stop)
		return;
	size_t pos = s->tpos;
	if (s->tok != T_STRING) {
		p_expected(s, "'STRING'");
		return;
	}
	char *path = unquote(s->a, s->lit, s->litlen);
	if (!valid_import(path)) {
		record(s, pos, fe_sprintf(s->a, "invalid import path: %.*s", (int)s->litlen, s->lit), true);
		s->stop = true;
		return;
	}
	LdImport imp = { .path = path };
	line_col(s, pos, &imp.line, &imp.col);
	line_col(s, spec, &imp.sline, &imp.scol);
	FE_PUSH(s->a, h->imps, h->nimps, h->capimps, imp);
	p_next(s);
	if (!s->stop)
		p_expect_semi(s);
}

static void parse_header(Sc *s, Hdr *h)
{
	sc_next(s);
	if (s->ch == 0xFEFF)
		sc_next(s);
	p_next(s);
	if (s->nerr || s->stop)
		return;
	if (!p_is(s, T_KEYWORD, "package")) {
		p_expected(s, "'package'");
		return;
	}
	p_next(s);
	if (s->stop)
		return;
	if (s->tok != T_IDENT) {
		p_expected(s, "'IDENT'");
		return;
	}
	const char *name = fe_strndup(s->a, s->lit, s->litlen);
	p_next(s);
	if (s->stop)
		return;
	p_expect_semi(s);
	if (s->nerr)
		return;
	h->name = name;
	while (!s->stop && p_is(s, T_KEYWORD, "import")) {
		p_next(s);
		if (s->stop)
			return;
		if (!p_is(s, T_OP, "(")) {
			parse_import_spec(s, h);
			continue;
		}
		p_next(s);
		while (!s->stop && !p_is(s, T_OP, ")") && s->tok != T_EOF)
			parse_import_spec(s, h);
		if (s->stop)
			return;
		if (!p_is(s, T_OP, ")")) {
			p_expected(s, "')'");
			return;
		}
		p_next(s);
		if (!s->stop)
			p_expect_semi(s);
	}
}

/* Reads the header of file path (absolute) as go/build's readGoInfo: the
 * file is read only as far as the import reader goes (all of it when it
 * stumbles). */
static Hdr *read_header(Arena *a, const char *path)
{
	Hdr *h = fe_alloc(a, sizeof *h);
	h->unreadable = true;
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		h->err = fe_sprintf(a, "open %s: %s", path, errno_text(a, errno));
		return h;
	}
	size_t cap = 1 << 16, n = 0, hlen = 0;
	unsigned char *buf = NULL;
	const unsigned char *src = NULL;
	bool nul = false;
	for (;;) {
		unsigned char *b = realloc(buf, cap);
		if (!b) {
			h->err = fe_sprintf(a, "read %s: %s", path, errno_text(a, ENOMEM));
			break;
		}
		buf = b;
		bool eof = false;
		while (n < cap) {
			ssize_t r = read(fd, buf + n, cap - n);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				h->err = fe_sprintf(a, "read %s: %s", path, errno_text(a, errno));
				break;
			}
			if (r == 0) {
				eof = true;
				break;
			}
			n += (size_t)r;
		}
		if (h->err)
			break;
		src = buf;
		size_t len = n;
		if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
			src += 3, len -= 3;
		bool more;
		hlen = header_len(a, src, len, &nul, &h->raw, &h->nraw, &more);
		if (!more || eof)
			break;
		if (cap > SIZE_MAX / 2) {
			h->err = fe_sprintf(a, "read %s: %s", path, errno_text(a, EFBIG));
			break;
		}
		cap *= 2;
	}
	close(fd);
	if (h->err) {
		free(buf);
		return h;
	}
	if (nul) {
		h->err = fe_sprintf(a, "read %s: unexpected NUL in input", path);
		free(buf);
		return h;
	}
	h->unreadable = false;
	h->build = ld_should_build(a, (const char *)src, hlen, &h->cerr);
	Sc s = { .a = a, .src = src, .n = hlen };
	add_line(&s, 0);
	parse_header(&s, h);
	free(s.lines);
	free(buf);
	if (s.nerr) {
		h->err = s.emsg;
		h->eline = s.eline;
		h->ecol = s.ecol;
		h->nimps = 0;         /* go/build drops a broken file's imports */
	}
	return h;
}

/* ---- the state of one ld_load ---- */

/* A load error as cmd/go's PackageError prints it. */
typedef struct PkgErr {
	const char **stack;   /* the import stack, outermost first */
	int nstack;
	const char *pos;      /* "FILE:LINE:COL" or NULL */
	const char *msg;
	bool always_stack;    /* the internal rule: stack and position both */
	bool cycle;
} PkgErr;

typedef struct DirInfo DirInfo;

/* A package as cmd/go/internal/load sees it (its *Package). */
typedef struct Pkg Pkg;
struct Pkg {
	const char *path;
	const char *dir;       /* absolute (module packages) */
	DirInfo *di;
	PkgErr *err;
	Pkg **imps;           /* the resolved imports, in import-path order */
	int nimps;
	bool loading;          /* go's Internal.Imports == nil: met again, it is a cycle */
	bool std, module;
	bool missing;          /* a module lookup failed: "go: finding module for package" */
	bool cmdline_files;
	bool literal;          /* named literally on the command line (not by a ... pattern) */
	LdPackage *pkg;
	bool checked, placed;  /* walks at the end */
};

typedef struct Stk {
	const char **v;
	int n, cap;
} Stk;

struct Ld {
	Arena *a;
	const char *goroot, *cwd, *modpath, *modroot;
	BsMap *cache;          /* import path -> Pkg */
	BsMap *dirs;           /* directory -> DirInfo, as go/build read it */
	Pkg **roots;
	int nroots, caproots;
	const char **warn;     /* patterns that matched nothing */
	int nwarn, capwarn;
	int nerrs;             /* load errors made (0: nothing to print) */
};

static const char *short_path(Ld *ld, const char *p)
{
	const char *r = rel_path(ld->a, ld->cwd, p);
	return strlen(r) < strlen(p) ? r : p;
}

static const char *err_pos(Ld *ld, const char *file, int line, int col)
{
	return fe_sprintf(ld->a, "%s:%d:%d", short_path(ld, file), line, col);
}

static const char *quote(Arena *a, const char *s)
{
	size_t n = strlen(s);
	char *out = fe_alloc(a, 4 * n + 3);
	out[fe_quote_into(out, s, n)] = 0;
	return out;
}

/* ---- directories: go/build.ImportDir ---- */

enum { E_NONE, E_POS, E_PLAIN };

struct DirInfo {
	const char *dir;
	const char *name;       /* the package name (NULL: none seen) */
	const char **files;     /* GoFiles: base names */
	Hdr **hdrs;
	int nfiles, capfiles, caphdrs;
	int ntest, nignored;
	const char **all;       /* every file go lists (AllFiles), for the name checks */
	int nall, capall;
	int ekind;              /* the first bad file's error */
	const char *emsg, *epos;
	bool nogo;
	const char *nogo_msg;
	/* modload's view (imports.ScanDir): the imports of the files that
	 * build, as the import reader read them, even from broken files */
	const char **ml;
	int nml, capml;
	bool ml_err;            /* a file could not be read: no imports */
};

/* Adds a file's imports to modload's view of its package. */
static void ml_add(Ld *ld, DirInfo *d, Hdr *h, bool explicit, bool builds)
{
	if (!builds)
		return;
	for (int k = 0; k < h->nraw; k++)
		if (strcmp(h->raw[k], "\"C\"") == 0)
			return;
	for (int k = 0; k < h->nraw; k++) {
		const char *p = unquote(ld->a, h->raw[k], strlen(h->raw[k]));
		if (!p || (!explicit && (strcmp(p, "appengine") == 0 || has_prefix(p, "appengine/"))))
			continue;
		bool dupl = false;
		for (int i = 0; i < d->nml && !dupl; i++)
			dupl = strcmp(d->ml[i], p) == 0;
		if (!dupl)
			FE_PUSH(ld->a, d->ml, d->nml, d->capml, p);
	}
}

static void bad_file(DirInfo *d, int kind, const char *pos, const char *msg)
{
	if (d->ekind != E_NONE)
		return;
	d->ekind = kind;
	d->epos = pos;
	d->emsg = msg;
}

/* go/build's ImportDir of dir (absolute) over the names given (the .go
 * files named on the command line, with use_all) or the directory's. */
static DirInfo *read_package(Ld *ld, const char *dir, const char *const *names, int nnames, bool use_all)
{
	Arena *a = ld->a;
	DirInfo *d = names ? NULL : bs_map_get(ld->dirs, dir);
	if (d)
		return d;
	d = fe_alloc(a, sizeof *d);
	d->dir = dir;
	if (!names)
		bs_map_put(ld->dirs, dir, d);
	Ent *ents;
	int n;
	if (names) {
		ents = fe_alloc(a, sizeof *ents * (size_t)(nnames + 1));
		for (int i = 0; i < nnames; i++)
			ents[i] = (Ent){ .name = names[i], .kind = ENT_FILE };
		n = nnames;
	} else {
		n = read_dir(a, dir, &ents);
		if (n < 0) {
			bad_file(d, E_PLAIN, NULL, fe_sprintf(a, "open %s: %s", dir, errno_text(a, errno)));
			return d;
		}
	}
	const char *first = NULL;
	for (int i = 0; i < n; i++) {
		const char *name = ents[i].name;
		if (ents[i].kind == ENT_DIR || name[0] == '_' || name[0] == '.' || !has_suffix(name, ".go"))
			continue;
		if (!use_all && !ld_good_os_arch_file(name)) {
			d->nignored++;
			FE_PUSH(a, d->all, d->nall, d->capall, name);
			continue;
		}
		const char *full = fe_sprintf(a, "%s/%s", dir, name);
		Hdr *h = read_header(a, full);
		if (h->unreadable) {
			bad_file(d, E_PLAIN, NULL, h->err);
			d->ml_err = true;
			continue;
		}
		const char *cerr = h->cerr;
		int ok = h->build;
		ml_add(ld, d, h, use_all, (use_all || ok == 1) && (use_all || !has_suffix(name, "_test.go")));
		if (ok < 0) {
			bad_file(d, E_PLAIN, NULL, fe_sprintf(a, "%s: %s", name, cerr));
			continue;
		}
		FE_PUSH(a, d->all, d->nall, d->capall, name);
		if (!ok && !use_all) {
			d->nignored++;
			continue;
		}
		if (h->err)
			bad_file(d, E_POS, err_pos(ld, full, h->eline, h->ecol), h->err);
		const char *pkg = h->name;
		if (pkg && strcmp(pkg, "documentation") == 0) {
			d->nignored++;
			continue;
		}
		bool test = has_suffix(name, "_test.go");
		if (pkg && test && has_suffix(pkg, "_test") && (!d->name || strcmp(d->name, pkg) != 0))
			pkg = fe_strndup(a, pkg, strlen(pkg) - 5);
		if (pkg) {
			if (!d->name) {
				d->name = pkg;
				first = name;
			} else if (strcmp(pkg, d->name) != 0) {
				bad_file(d, E_PLAIN, NULL,
				         fe_sprintf(a, "found packages %s (%s) and %s (%s) in %s", d->name, first, pkg, name, dir));
			}
		}
		if (test) {
			d->ntest++;
			continue;
		}
		/* a cgo file: go (cgo off) ignores it, imports and all; minigo says why */
		int cgo = -1;
		for (int k = 0; k < h->nimps && cgo < 0; k++)
			if (strcmp(h->imps[k].path, "C") == 0)
				cgo = k;
		if (cgo >= 0) {
			bad_file(d, E_POS, err_pos(ld, full, h->imps[cgo].line, h->imps[cgo].col),
			         "import \"C\" not supported by minigo");
			continue;
		}
		FE_PUSH(a, d->files, d->nfiles, d->capfiles, name);
		int nh = d->nfiles - 1;
		FE_PUSH(a, d->hdrs, nh, d->caphdrs, h);
	}
	if (d->nfiles + d->ntest == 0) {
		d->nogo = true;
		d->nogo_msg = fe_sprintf(a, d->nignored ? "build constraints exclude all Go files in %s" : "no Go files in %s", dir);
	}
	return d;
}

/* imports.ScanDir(dir) != ErrNoGo: a .go file that builds (a test file
 * counts) or cannot be read - what `pkg/...` patterns match in a module. */
static bool scan_dir(Ld *ld, const char *dir)
{
	Ent *e;
	int n = read_dir(ld->a, dir, &e);
	for (int i = 0; i < n; i++) {
		const char *name = e[i].name;
		if (e[i].kind == ENT_DIR || name[0] == '_' || name[0] == '.' || !has_suffix(name, ".go") ||
		    !ld_good_os_arch_file(name))
			continue;
		const char *full = fe_sprintf(ld->a, "%s/%s", dir, name);
		struct stat st;
		if (stat(full, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		Hdr *h = read_header(ld->a, full);
		if (h->unreadable)
			return true;
		bool cgo = false;
		for (int k = 0; k < h->nraw; k++)
			cgo |= strcmp(h->raw[k], "\"C\"") == 0;
		if (!cgo && h->build == 1)
			return true;
	}
	return false;
}

/* ---- go.mod ---- */

/* module.CheckImportPath's reason, or NULL. */
static const char *check_import_path(Arena *a, const char *p)
{
	size_t n = strlen(p);
	for (size_t i = 0; i < n;) {
		uint32_t r;
		int w = fe_utf8_decode((const unsigned char *)p + i, n - i, &r);
		if (w <= 0)
			return "invalid UTF-8";
		i += (size_t)w;
	}
	if (n == 0)
		return "empty string";
	if (p[0] == '-')
		return "leading dash";
	if (strstr(p, "//"))
		return "double slash";
	if (p[n - 1] == '/')
		return "trailing slash";
	for (const char *e = p;;) {
		const char *end = strchr(e, '/');
		size_t len = end ? (size_t)(end - e) : strlen(e);
		if (len == 0)
			return "empty path element";
		if (strspn(e, ".") >= len)
			return fe_sprintf(a, "invalid path element %s", quote(a, fe_strndup(a, e, len)));
		if (e[len - 1] == '.')
			return "trailing dot in path element";
		for (size_t i = 0; i < len;) {
			uint32_t r;
			int w = fe_utf8_decode((const unsigned char *)e + i, len - i, &r);
			bool ok = r < 0x80 && ((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') ||
			                       strchr("-._~+", (int)r));
			if (!ok) {
				if (ld_is_print(r) && r != '\'' && r != '\\')
					return fe_sprintf(a, "invalid char '%.*s'", w, e + i);
				return fe_sprintf(a, "invalid char '\\u%04x'", (unsigned)r);
			}
			i += (size_t)w;
		}
		static const char *const bad[] = {
			"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
			"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
		};
		size_t sl = strcspn(e, "./");
		if (sl > len)
			sl = len;
		for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
			if (strlen(bad[k]) == sl && strncasecmp(bad[k], e, sl) == 0)
				return fe_sprintf(a, "\"%.*s\" disallowed as path element component on Windows", (int)sl, e);
		if (!end)
			break;
		e = end + 1;
	}
	return NULL;
}

/* go.mod's tokens on one line: words, quoted strings, parentheses; comments dropped. */
static int mod_tokens(Arena *a, const char *s, const char **tok, int max)
{
	int n = 0;
	for (size_t i = 0; s[i];) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\r') {
			i++;
			continue;
		}
		if (c == '/' && s[i + 1] == '/')
			break;
		size_t j = i + 1;
		if (c == '"') {
			while (s[j] && s[j] != '"')
				j += s[j] == '\\' && s[j + 1] ? 2 : 1;
			if (s[j])
				j++;
		} else if (c != '(' && c != ')') {
			while (s[j] && !strchr(" \t\r()", s[j]) && !(s[j] == '/' && s[j + 1] == '/'))
				j++;
		}
		if (n < max)
			tok[n++] = fe_strndup(a, s + i, j - i);
		i = j;
	}
	return n;
}

/* Parses go.mod for its module path; NULL after printing go's error. */
static const char *read_go_mod(Ld *ld, const char *file)
{
	Arena *a = ld->a;
	FILE *f = fopen(file, "rb");
	if (!f) {
		fprintf(stderr, "go: reading %s: %s\n", file, errno_text(a, errno));
		return NULL;
	}
	BsBuf text = { .a = a }, errs = { .a = a };
	char chunk[4096];
	size_t k;
	while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
		bs_putn(&text, chunk, k);
	fclose(f);
	const char *src = bs_str(&text);
	const char *mod = NULL, *block = NULL;
	int lineno = 0;
	for (const char *line = src; line && *line;) {
		const char *nl = strchr(line, '\n');
		char *l = nl ? fe_strndup(a, line, (size_t)(nl - line)) : sdup(a, line);
		line = nl ? nl + 1 : NULL;
		lineno++;
		const char *tok[8];
		int n = mod_tokens(a, l, tok, 8);
		if (n == 0)
			continue;
		const char *verb = block, *const *args = tok;
		int nargs = n;
		if (block) {
			if (strcmp(tok[0], ")") == 0) {
				block = NULL;
				continue;
			}
		} else {
			verb = tok[0], args = tok + 1, nargs = n - 1;
			if (nargs >= 1 && strcmp(args[0], "(") == 0) {
				block = verb;
				nargs = 0;
			}
			static const char *const known[] = { "module", "go", "require", "exclude", "replace", "retract" };
			bool ok = false;
			for (size_t i = 0; i < sizeof known / sizeof *known; i++)
				ok |= strcmp(verb, known[i]) == 0;
			if (!ok) {
				bs_printf(&errs, "%s:%d: unknown directive: %s\n", file, lineno, verb);
				continue;
			}
			if (block)
				continue;
		}
		if (strcmp(verb, "module") != 0)
			continue;
		if (mod) {
			bs_printf(&errs, "%s:%d: repeated module statement\n", file, lineno);
			continue;
		}
		mod = "";
		if (nargs != 1) {
			bs_printf(&errs, "%s:%d: usage: module module/path\n", file, lineno);
			continue;
		}
		const char *p = args[0];
		if (p[0] == '"') {
			p = unquote(a, p, strlen(p));
			if (!p) {
				bs_printf(&errs, "%s:%d: invalid quoted string: invalid syntax\n", file, lineno);
				continue;
			}
		} else if (strpbrk(p, "\"'`")) {
			bs_printf(&errs, "%s:%d: invalid quoted string: unquoted string cannot contain quote\n", file, lineno);
			continue;
		}
		mod = p;
	}
	if (errs.len) {
		fprintf(stderr, "go: errors parsing go.mod:\n%s", bs_str(&errs));
		return NULL;
	}
	if (!mod || !*mod) {
		fputs("go: no module declaration in go.mod. To specify the module path:\n"
		      "\tgo mod edit -module=example.com/mod\n", stderr);
		return NULL;
	}
	const char *bad = check_import_path(a, mod);
	if (bad) {
		fprintf(stderr, "go: malformed module path %s: %s\n", quote(a, mod), bad);
		return NULL;
	}
	return mod;
}

/* ---- the import graph ---- */

static void stk_push(Ld *ld, Stk *s, const char *p)
{
	FE_PUSH(ld->a, s->v, s->n, s->cap, p);
}

static PkgErr *new_err(Ld *ld, Stk *s, const char *pos, const char *msg)
{
	PkgErr *e = fe_alloc(ld->a, sizeof *e);
	ld->nerrs++;
	e->nstack = s ? s->n : 0;
	if (e->nstack) {
		e->stack = fe_alloc(ld->a, sizeof *e->stack * (size_t)e->nstack);
		memcpy(e->stack, s->v, sizeof *e->stack * (size_t)e->nstack);
	}
	e->pos = pos;
	e->msg = msg;
	return e;
}

static Pkg *new_node(Ld *ld, const char *path)
{
	Pkg *n = fe_alloc(ld->a, sizeof *n);
	n->path = path;
	return n;
}

/* an edge's own error: go's copy of the package with another error */
static Pkg *edge_copy(Ld *ld, Pkg *n, PkgErr *e)
{
	Pkg *c = fe_alloc(ld->a, sizeof *c);
	*c = *n;
	c->err = e;
	return c;
}

static bool first_elem_has_dot(const char *p)
{
	size_t k = strcspn(p, "/");
	return memchr(p, '.', k) != NULL;
}

/* The directory is in the main module: under its root, no go.mod between. */
static bool in_main_module(Ld *ld, const char *dir)
{
	if (!ld->modroot || !under(dir, ld->modroot))
		return false;
	for (char *d = sdup(ld->a, dir); strcmp(d, ld->modroot) != 0;) {
		if (is_file(fe_sprintf(ld->a, "%s/go.mod", d)))
			return false;
		char *s = strrchr(d, '/');
		if (!s || s == d)
			break;
		*s = 0;
	}
	return true;
}

/* The main module's import path for a directory, or NULL. */
static const char *dir_import_path(Ld *ld, const char *dir)
{
	if (!in_main_module(ld, dir))
		return NULL;
	if (strcmp(dir, ld->modroot) == 0)
		return ld->modpath;
	return fe_sprintf(ld->a, "%s/%s", ld->modpath, rel_path(ld->a, ld->modroot, dir));
}

/*
 * The std packages minigo compiles from $GOROOT/src (issue 15's second
 * step), a list that grows as the language and the native overlay allow:
 * each one's imports are in it too, or bundled (frontend/packages.c).
 * Every other std import is a bundled package or refused by the checker.
 */
static const char *const std_source[] = {
	"bufio", "bytes", "fmt", "internal/fmtsort", "container/heap", "container/list", "container/ring", "encoding",
	"encoding/base64", "encoding/binary", "encoding/csv", "encoding/hex", "encoding/json", "flag", "errors", "hash", "hash/adler32", "hash/crc32", "hash/crc64",
	"hash/fnv", "html", "internal/bytealg", "internal/cpu", "internal/itoa", "internal/oserror",
	"internal/poll", "internal/race", "internal/reflectlite", "internal/safefilepath",
	"internal/syscall/execenv", "internal/syscall/unix", "internal/testlog", "internal/unsafeheader",
	"io", "io/fs", "io/ioutil", "log", "math", "math/big", "math/bits", "math/cmplx", "math/rand", "os", "path",
	"path/filepath", "reflect", "regexp", "regexp/syntax", "runtime/debug", "sort", "strconv", "strings", "sync", "sync/atomic",
	"syscall", "text/tabwriter", "time", "unicode", "unicode/utf16", "unicode/utf8",
};

/* Std packages whose source is minigo's own (lib/IMPORTPATH): Go's reads
 * gc's type descriptors, which minigo's are not. */
static const char *const own_source[] = { "internal/reflectlite", "reflect" };

static const char *own_dir(Arena *a, const char *path)
{
	for (size_t i = 0; i < sizeof own_source / sizeof own_source[0]; i++)
		if (strcmp(own_source[i], path) == 0) {
			const char *lib = getenv("MINIGO_LIB");
			return fe_sprintf(a, "%s/%s", lib && *lib ? lib : MINIGO_LIB, path);
		}
	return NULL;
}

/* Does importing path make the loader compile something: a std package
 * from source? */
bool ld_compiled_import(const char *path)
{
	return ld_std_source(path);
}

bool ld_std_source(const char *path)
{
	for (size_t i = 0; i < sizeof std_source / sizeof std_source[0]; i++)
		if (strcmp(std_source[i], path) == 0)
			return true;
	return false;
}

enum { R_STD, R_MOD, R_ERR };

/* modload's resolution of an import path: std, a directory of the main
 * module, or an error (*missing: a module lookup that prints its line). */
static int resolve(Ld *ld, const char *p, const char **dir, const char **msg, bool *missing)
{
	Arena *a = ld->a;
	*missing = false;
	if (p[0] == '/') {
		*msg = fe_sprintf(a, "%s is not a package path; see 'go help packages'", quote(a, p));
		return R_ERR;
	}
	const char *bad = check_import_path(a, p);
	if (bad) {
		*msg = fe_sprintf(a, "malformed import path %s: %s", quote(a, p), bad);
		return R_ERR;
	}
	bool dotless = !first_elem_has_dot(p);
	if (dotless && is_dir(fe_sprintf(a, "%s/src/%s", ld->goroot, p))) {
		const char *own = own_dir(a, p);
		*dir = clean(a, own ? own : fe_sprintf(a, "%s/src/%s", ld->goroot, p));
		return R_STD;
	}
	if (ld->modpath && has_path_prefix(p, ld->modpath)) {
		const char *rest = p + strlen(ld->modpath);
		const char *d = *rest ? join(a, ld->modroot, rest + 1) : ld->modroot;
		if (in_main_module(ld, d) && dir_has_go_files(a, d)) {
			*dir = d;
			return R_MOD;
		}
	}
	if (strcmp(p, "appengine") == 0 || has_prefix(p, "appengine/")) {
		*msg = "cannot find package";     /* modload skips these "magic" imports */
		return R_ERR;
	}
	if (dotless) {
		*msg = fe_sprintf(a, "package %s is not in GOROOT (%s)", p, clean(a, fe_sprintf(a, "%s/src/%s", ld->goroot, p)));
		return R_ERR;
	}
	*missing = true;
	*msg = fe_sprintf(a, "cannot find module providing package %s%s", p,
	                  ld->modroot ? ": module lookup disabled by GOPROXY=off" : "");
	return R_ERR;
}

static bool is_local(const char *p)
{
	return strcmp(p, ".") == 0 || strcmp(p, "..") == 0 || has_prefix(p, "./") || has_prefix(p, "../");
}

/* load.SafeArg */
static bool safe_arg(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '_' ||
	       c == '/' || c >= 0x80;
}

static int str_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static const char **sorted_copy(Arena *a, const char **v, int n)
{
	const char **w = fe_alloc(a, sizeof *w * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		w[i] = v[i];
	if (n > 1)
		qsort(w, (size_t)n, sizeof *w, str_cmp);
	return w;
}

static Pkg *load_import(Ld *ld, const char *p, Pkg *parent, Stk *stk, const char *pos);

/* Package.load: the directory's files, then the imports, depth first. */
static void load_node(Ld *ld, Pkg *n, Stk *stk, const char *import_pos)
{
	Arena *a = ld->a;
	n->loading = true;
	if (!n->di)
		n->di = read_package(ld, n->dir, NULL, 0, false);
	DirInfo *d = n->di;
	if (d->ekind != E_NONE || d->nogo) {
		/* setLoadPackageDataError: errors of the package's own files carry
		 * its path on the stack, the others the importer's position */
		bool own = d->ekind == E_POS || (d->ekind == E_NONE && d->nogo);
		if (own)
			stk_push(ld, stk, n->path);
		n->err = new_err(ld, stk, d->ekind == E_POS ? d->epos : NULL, d->ekind ? d->emsg : d->nogo_msg);
		if (own)
			stk->n--;
		else
			n->err->pos = import_pos;
	}
	/* the checks on the file names; an error here leaves the package
	 * half loaded, as in go (met again, it reads as an import cycle) */
	const char *bad = NULL;
	for (int i = 0; i < d->nall && !bad; i++)
		for (int j = 0; j < i && !bad; j++)
			if (strcasecmp(d->all[i], d->all[j]) == 0) {
				bool lt = strcmp(d->all[i], d->all[j]) < 0;
				bad = fe_sprintf(a, "case-insensitive file name collision: %s and %s",
				                 quote(a, lt ? d->all[i] : d->all[j]), quote(a, lt ? d->all[j] : d->all[i]));
			}
	for (int i = 0; i < d->nall && !bad; i++)
		if (!safe_arg(d->all[i]) || has_prefix(d->all[i], "_cgo_"))
			bad = fe_sprintf(a, "invalid input file name %s", quote(a, d->all[i]));
	if (!bad && !safe_arg(base_of(n->path)))
		bad = fe_sprintf(a, "invalid input directory name %s", quote(a, base_of(n->path)));
	if (bad) {
		/* after go pushed the package on the stack: no position */
		stk_push(ld, stk, n->path);
		if (!n->err)
			n->err = new_err(ld, stk, NULL, bad);
		stk->n--;
		return;
	}
	/* the imports of the built files, sorted, each with its first position */
	const char **paths = NULL, **poss = NULL;
	int np = 0, cap = 0, cap2 = 0;
	BsMap *seen = bs_smap_new(a);
	for (int f = 0; f < d->nfiles; f++) {
		Hdr *h = d->hdrs[f];
		const char *full = fe_sprintf(a, "%s/%s", n->dir, d->files[f]);
		for (int k = 0; k < h->nimps; k++) {
			const char *p = h->imps[k].path;
			if (bs_map_get(seen, p) || strcmp(p, "C") == 0)
				continue;
			bs_map_put(seen, p, (void *)p);
			FE_PUSH(a, paths, np, cap, p);
			np--;
			FE_PUSH(a, poss, np, cap2, err_pos(ld, full, h->imps[k].sline, h->imps[k].scol));
		}
	}
	/* sort the paths, keeping each position with its path */
	const char **pairs = fe_alloc(a, sizeof *pairs * (size_t)(2 * np + 1));
	for (int i = 0; i < np; i++)
		pairs[2 * i] = paths[i], pairs[2 * i + 1] = poss[i];
	qsort(pairs, (size_t)np, 2 * sizeof *pairs, str_cmp);
	stk_push(ld, stk, n->path);
	Pkg **imps = fe_alloc(a, sizeof *imps * (size_t)(np + 1));
	for (int i = 0; i < np; i++)
		imps[i] = load_import(ld, pairs[2 * i], n, stk, pairs[2 * i + 1]);
	stk->n--;
	n->imps = imps;
	n->nimps = np;
	n->loading = false;
}

/* ImportStack.shorterThan */
static bool stack_shorter(Stk *s, PkgErr *e)
{
	if (s->n != e->nstack)
		return s->n < e->nstack;
	for (int i = 0; i < s->n; i++)
		if (strcmp(s->v[i], e->stack[i]) != 0)
			return strcmp(s->v[i], e->stack[i]) < 0;
	return false;
}

/* reusePackage: a package met again (stk ends with its path). */
static void reuse(Ld *ld, Pkg *n, Stk *stk)
{
	if (n->loading) {
		if (!n->err) {
			n->err = new_err(ld, stk, NULL, "import cycle not allowed");
			n->err->cycle = true;
		} else {
			n->err->cycle = true;
		}
	}
	if (n->err && !n->err->cycle && stack_shorter(stk, n->err)) {
		PkgErr *e = new_err(ld, stk, n->err->pos, n->err->msg);
		n->err->stack = e->stack;
		n->err->nstack = e->nstack;
	}
}

/* findInternal: the length of the path before its last "internal" element, or -1. */
static int find_internal(const char *p)
{
	size_t n = strlen(p);
	if (has_suffix(p, "/internal"))
		return (int)(n - 9);
	const char *last = NULL;
	for (const char *s = strstr(p, "/internal/"); s; s = strstr(s + 1, "/internal/"))
		last = s;
	if (last)
		return (int)(last - p);
	if (strcmp(p, "internal") == 0 || has_prefix(p, "internal/"))
		return 0;
	return -1;
}

/* loadImport: the package an import of p by parent (NULL: a command-line
 * argument) resolves to, with the checks that depend on the importer. */
static Pkg *load_import(Ld *ld, const char *p, Pkg *parent, Stk *stk, const char *pos)
{
	Arena *a = ld->a;
	if (strchr(p, '@') && ld->modroot) {
		stk_push(ld, stk, p);
		Pkg *n = new_node(ld, p);
		n->err = new_err(ld, stk, NULL,
		                 "can only use path@version syntax with 'go get' and 'go install' in module-aware mode");
		stk->n--;
		return n;
	}
	if (is_local(p) && parent) {
		Pkg *n = new_node(ld, p);
		n->err = new_err(ld, stk, pos, fe_sprintf(a, "local import %s in non-local package", quote(a, p)));
		return n;
	}
	Pkg *n = bs_map_get(ld->cache, p);
	if (n) {
		stk_push(ld, stk, p);
		reuse(ld, n, stk);
		stk->n--;
	} else {
		n = new_node(ld, p);
		bs_map_put(ld->cache, p, n);
		const char *dir = NULL, *msg = NULL;
		bool missing;
		switch (resolve(ld, p, &dir, &msg, &missing)) {
		case R_STD:
			n->std = true;
			n->dir = dir;
			if (ld_std_source(p)) {
				/* compiled from its source, like the module's packages */
				n->module = true;
				load_node(ld, n, stk, pos);
			}
			break;
		case R_MOD:
			n->module = true;
			n->dir = dir;
			load_node(ld, n, stk, pos);
			break;
		default:
			n->err = new_err(ld, stk, pos, msg);
			n->missing = missing;
		}
	}
	if (!parent)
		return n;
	/* disallowInternal */
	int i = n->err ? -1 : find_internal(p);
	if (i >= 0) {
		bool ok;
		const char *prefix = fe_strndup(a, p, (size_t)i);
		if (n->std) {
			const char *root = clean(a, fe_sprintf(a, "%s/src/%s", ld->goroot, prefix));
			ok = parent->dir && under(parent->dir, root);
		} else {
			const char *ip = parent->path;
			if (parent->cmdline_files) {
				ip = dir_import_path(ld, parent->dir);
				if (!ip)
					ip = ".";
			}
			ok = has_path_prefix(ip, prefix);
		}
		if (!ok) {
			PkgErr *e = new_err(ld, stk, pos, fe_sprintf(a, "use of internal package %s not allowed", p));
			e->always_stack = true;
			return edge_copy(ld, n, e);
		}
	}
	/* disallowVendor */
	if (n->std && (has_prefix(p, "vendor/") || strcmp(p, "vendor") == 0))
		return edge_copy(ld, n, new_err(ld, stk, pos, "use of vendored package not allowed"));
	if (n->module && n->di && n->di->name && strcmp(n->di->name, "main") == 0 && strcmp(parent->dir, n->dir) != 0)
		return edge_copy(ld, n, new_err(ld, stk, pos, fe_sprintf(a, "import %s is a program, not an importable package", quote(a, p))));
	return n;
}

/* ---- the command line: roots ---- */

static void add_root(Ld *ld, Pkg *n, bool literal)
{
	for (int i = 0; i < ld->nroots; i++)
		if (ld->roots[i] == n) {
			n->literal |= literal;
			return;
		}
	n->literal |= literal;
	FE_PUSH(ld->a, ld->roots, ld->nroots, ld->caproots, n);
}

static void root_error(Ld *ld, const char *path, const char *msg)
{
	Pkg *n = new_node(ld, path);
	n->err = new_err(ld, NULL, NULL, msg);
	add_root(ld, n, true);
}

/* A module package named on the command line by its directory or path. */
static void add_module_root(Ld *ld, const char *path, const char *dir, bool literal)
{
	Stk stk = { 0 };
	Pkg *n = bs_map_get(ld->cache, path);
	if (n) {
		stk_push(ld, &stk, path);
		reuse(ld, n, &stk);
	} else {
		n = new_node(ld, path);
		n->module = true;
		n->dir = dir;
		bs_map_put(ld->cache, path, n);
		load_node(ld, n, &stk, NULL);
	}
	add_root(ld, n, literal);
}

/* search.MatchPattern: "..." matches any string, and "x/..." matches x. */
static bool glob(const char *pat, const char *s)
{
	const char *star = NULL, *ss = NULL;
	while (*s) {
		if (has_prefix(pat, "...")) {
			star = pat += 3;
			ss = s;
		} else if (*pat == *s) {
			pat++, s++;
		} else if (star) {
			pat = star;
			s = ++ss;
		} else {
			return false;
		}
	}
	while (has_prefix(pat, "..."))
		pat += 3;
	return *pat == 0;
}

static bool match_pattern(Arena *a, const char *pat, const char *name)
{
	/* "..." never matches a vendor element (walks do not enter them anyway) */
	if (!strstr(pat, "vendor") && (has_prefix(name, "vendor/") || strstr(name, "/vendor/") ||
	                               has_suffix(name, "/vendor") || strcmp(name, "vendor") == 0))
		return false;
	if (glob(pat, name))
		return true;
	return has_suffix(pat, "/...") && glob(fe_strndup(a, pat, strlen(pat) - 4), name);
}

/* search.TreeCanMatchPattern */
static bool tree_can_match(Arena *a, const char *pat, const char *name)
{
	const char *w = strstr(pat, "...");
	size_t k = w ? (size_t)(w - pat) : strlen(pat);
	if (strlen(name) <= k && has_path_prefix(fe_strndup(a, pat, k), name))
		return true;
	return w && strncmp(name, pat, k) == 0;
}

/* modload's matchPackages over the main module: directories whose import
 * path matches pat, sorted by path. */
static void walk_module(Ld *ld, const char *dir, const char *ip, const char *pat, const char ***out, int *n, int *cap)
{
	if (match_pattern(ld->a, pat, ip) && scan_dir(ld, dir))
		FE_PUSH(ld->a, *out, *n, *cap, ip);
	if (strcmp(base_of(ip), "vendor") == 0 && strcmp(dir, ld->modroot) != 0)
		return;
	Ent *e;
	int k = read_dir(ld->a, dir, &e);
	for (int i = 0; i < k; i++) {
		const char *name = e[i].name;
		if (!e[i].real_dir || name[0] == '.' || name[0] == '_' || strcmp(name, "testdata") == 0)
			continue;
		const char *cip = fe_sprintf(ld->a, "%s/%s", ip, name);
		const char *cdir = fe_sprintf(ld->a, "%s/%s", dir, name);
		if (!tree_can_match(ld->a, pat, cip) || is_file(fe_sprintf(ld->a, "%s/go.mod", cdir)))
			continue;
		walk_module(ld, cdir, cip, pat, out, n, cap);
	}
}

/* search.Match.MatchDirs: directories under a local pattern's prefix,
 * named as the pattern names them ("./a/b"), in walk order. */
static void walk_local(Ld *ld, const char *path, const char *prefix, const char *pat, bool top,
                       const char ***out, int *n, int *cap)
{
	Arena *a = ld->a;
	const char *p = top ? clean(a, path) : path;
	const char *elem = base_of(p);
	bool dot = elem[0] == '.' && strcmp(elem, ".") != 0 && strcmp(elem, "..") != 0;
	if (dot || elem[0] == '_' || strcmp(elem, "testdata") == 0)
		return;
	if (!top && is_file(fe_sprintf(a, "%s/go.mod", p)))
		return;
	const char *name = fe_sprintf(a, "%s%s", prefix, p);
	if (match_pattern(a, pat, name)) {
		DirInfo *d = read_package(ld, clean(a, p[0] == '/' ? p : fe_sprintf(a, "%s/%s", ld->cwd, p)), NULL, 0, false);
		if (!(d->nogo && d->ekind == E_NONE))
			FE_PUSH(a, *out, *n, *cap, name);
	}
	Ent *e;
	int k = read_dir(a, path, &e);
	for (int i = 0; i < k; i++)
		if (e[i].real_dir)
			walk_local(ld, join(a, p, e[i].name), prefix, pat, false, out, n, cap);
}

static void warn_unmatched(Ld *ld, const char *arg)
{
	FE_PUSH(ld->a, ld->warn, ld->nwarn, ld->capwarn, arg);
}

static void finding(const char *p)
{
	fprintf(stderr, "go: finding module for package %s\n", p);
}

/* A directory named on the command line (modload.resolveLocalPackage). */
static void local_dir_root(Ld *ld, const char *arg, bool literal)
{
	Arena *a = ld->a;
	const char *abs = arg[0] == '/' ? clean(a, arg) : join(a, ld->cwd, arg);
	struct stat st;
	if (stat(abs, &st) != 0) {
		root_error(ld, arg, fe_sprintf(a, "stat %s: directory not found", abs));
		return;
	}
	if (!under(abs, ld->modroot)) {
		root_error(ld, arg, fe_sprintf(a, "directory %s outside main module or its selected dependencies", short_path(ld, abs)));
		return;
	}
	const char *ip = strcmp(abs, ld->modroot) == 0 ? ld->modpath
	                                               : fe_sprintf(a, "%s/%s", ld->modpath, rel_path(a, ld->modroot, abs));
	if (!S_ISDIR(st.st_mode) || !in_main_module(ld, abs)) {
		root_error(ld, arg, fe_sprintf(a, "main module (%s) does not contain package %s", ld->modpath, ip));
		return;
	}
	if (!dir_has_go_files(a, abs)) {
		root_error(ld, arg, fe_sprintf(a, "no Go files in %s", abs));
		return;
	}
	add_module_root(ld, ip, abs, literal);
}

static bool pattern_arg(Ld *ld, const char *arg)
{
	Arena *a = ld->a;
	if (!strstr(arg, "..."))
		return false;
	if (is_local(arg) || arg[0] == '/') {
		/* cleanPattern, the walk's start and the names it matches */
		const char *cp = clean(a, arg), *prefix = "";
		if (strcmp(cp, ".") != 0 && has_prefix(arg, "./")) {
			prefix = "./";
			cp = fe_sprintf(a, "./%s", cp);
		}
		const char *i = strstr(cp, "...");
		const char *head = fe_strndup(a, cp, (size_t)(i - cp));
		const char *slash = strrchr(head, '/');
		const char *start = slash ? fe_strndup(a, head, (size_t)(slash - head + 1)) : "";
		const char *absdir = clean(a, start[0] == '/' ? start : fe_sprintf(a, "%s/%s", ld->cwd, start));
		if (!ld->modroot || !(under(absdir, ld->modroot) || under(ld->modroot, absdir))) {
			root_error(ld, arg, fe_sprintf(a, "pattern %s: directory prefix %s does not contain main module or its selected dependencies",
			                               arg, short_path(ld, absdir)));
			return true;
		}
		const char *walk_from = *start ? start : ".";
		struct stat st;
		if (lstat(walk_from, &st) != 0) {
			root_error(ld, arg, fe_sprintf(a, "pattern %s: lstat %s: %s", arg, walk_from, errno_text(a, errno)));
			return true;
		}
		const char **dirs = NULL;
		int n = 0, cap = 0;
		if (S_ISDIR(st.st_mode))
			walk_local(ld, walk_from, prefix, cp, true, &dirs, &n, &cap);
		int before = ld->nroots;
		for (int k = 0; k < n; k++) {
			const char *abs = clean(a, dirs[k][0] == '/' ? dirs[k] : fe_sprintf(a, "%s/%s", ld->cwd, dirs[k]));
			if (in_main_module(ld, abs))     /* outside the module: not go's (it reports them) */
				local_dir_root(ld, dirs[k], false);
		}
		if (ld->nroots == before)
			warn_unmatched(ld, arg);
		return true;
	}
	const char **pkgs = NULL;
	int n = 0, cap = 0;
	if (ld->modroot && tree_can_match(a, arg, ld->modpath))
		walk_module(ld, ld->modroot, ld->modpath, arg, &pkgs, &n, &cap);
	if (n > 1)
		qsort(pkgs, (size_t)n, sizeof *pkgs, str_cmp);
	for (int k = 0; k < n; k++) {
		const char *rest = pkgs[k] + strlen(ld->modpath);
		add_module_root(ld, pkgs[k], *rest ? join(a, ld->modroot, rest + 1) : ld->modroot, false);
	}
	if (n == 0)
		warn_unmatched(ld, arg);
	return true;
}

/* A std package minigo compiles, named on the command line (its import
 * path, or the pattern "std" for all of them). */
static void std_root(Ld *ld, const char *path, bool literal)
{
	Stk stk = { 0 };
	add_root(ld, load_import(ld, path, NULL, &stk, NULL), literal);
}

static void import_path_root(Ld *ld, const char *arg)
{
	const char *dir = NULL, *msg = NULL;
	bool missing;
	switch (resolve(ld, arg, &dir, &msg, &missing)) {
	case R_MOD:
		add_module_root(ld, arg, dir, true);
		return;
	case R_STD:
		if (ld_std_source(arg))
			std_root(ld, arg, true);
		else
			root_error(ld, arg, fe_sprintf(ld->a, "package %s: building a standard package not supported by minigo", arg));
		return;
	default:
		if (missing && ld->modroot)
			finding(arg);
		root_error(ld, arg, msg);
		ld->roots[ld->nroots - 1]->missing = missing;
	}
}

/* .go files named on the command line (load.GoFilesPackage); false after a fatal error. */
static bool files_root(Ld *ld, const char *const *args, int nargs)
{
	Arena *a = ld->a;
	for (int i = 0; i < nargs; i++)
		if (!has_suffix(args[i], ".go")) {
			root_error(ld, args[i], fe_sprintf(a, "named files must be .go files: %s", args[i]));
			return true;
		}
	const char *dir = NULL;
	const char **names = fe_alloc(a, sizeof *names * (size_t)nargs);
	for (int i = 0; i < nargs; i++) {
		struct stat st;
		if (stat(args[i], &st) != 0) {
			fprintf(stderr, "stat %s: %s\n", args[i], errno_text(a, errno));
			return false;
		}
		if (S_ISDIR(st.st_mode)) {
			fprintf(stderr, "%s is a directory, should be a Go file\n", args[i]);
			return false;
		}
		const char *d1 = dir_of(a, args[i]);
		if (dir && strcmp(dir, d1) != 0) {
			fprintf(stderr, "named files must all be in one directory; have %s and %s\n", dir, d1);
			return false;
		}
		dir = d1;
		names[i] = base_of(args[i]);
	}
	const char *absdir = dir[0] == '/' ? dir : join(a, ld->cwd, dir);
	DirInfo *di = read_package(ld, absdir, names, nargs, true);
	if (ld->modroot) {
		/* modload.ImportFromFiles reads the imports first */
		for (int i = 0; i < nargs; i++) {
			Hdr *h = read_header(a, fe_sprintf(a, "%s/%s", absdir, names[i]));
			if (h->unreadable && strstr(h->err, "unexpected NUL")) {
				fprintf(stderr, "go: reading %s: unexpected NUL in input\n", args[i]);
				return false;
			}
		}
		const char **v = sorted_copy(a, di->ml, di->nml);
		for (int i = 0; i < di->nml; i++) {
			const char *d, *m;
			bool missing;
			if (resolve(ld, v[i], &d, &m, &missing) == R_ERR && missing)
				finding(v[i]);
		}
	}
	Pkg *n = new_node(ld, "command-line-arguments");
	n->module = true;
	n->cmdline_files = true;
	n->dir = absdir;
	n->di = di;
	Stk stk = { 0 };
	load_node(ld, n, &stk, NULL);
	add_root(ld, n, true);
	return true;
}

/* ---- go's errors ---- */

static const char *err_text(Arena *a, PkgErr *e)
{
	if (e->pos && (e->nstack == 0 || !e->always_stack))
		return fe_sprintf(a, "%s: %s", e->pos, e->msg);
	if (e->nstack == 0)
		return e->msg;
	BsBuf b = { .a = a };
	bs_puts(&b, "package ");
	for (int i = 0; i < e->nstack; i++)
		bs_printf(&b, "%s%s", i ? "\n\timports " : "", e->stack[i]);
	if (e->pos)
		bs_printf(&b, "\n\t%s", e->pos);
	bs_printf(&b, ": %s", e->msg);
	return bs_str(&b);
}

/* Package.collectDeps: one package per path below r, those with errors
 * (and the shortest stacks) preferred; sorted by path. */
static int collect_deps(Ld *ld, Pkg *r, Pkg ***out)
{
	Arena *a = ld->a;
	BsMap *deps = bs_smap_new(a);
	Pkg **q = NULL, **list = NULL;
	int nq = 0, cap = 0, n = 0, capl = 0;
	for (int i = 0; i < r->nimps; i++)
		FE_PUSH(a, q, nq, cap, r->imps[i]);
	for (int i = 0; i < nq; i++) {
		Pkg *p1 = q[i], *p0 = bs_map_get(deps, p1->path);
		if (!p0 || (p1->err && (!p0->err || p0->err->nstack > p1->err->nstack))) {
			if (!p0)
				FE_PUSH(a, list, n, capl, p1);
			else
				for (int k = 0; k < n; k++)
					if (list[k] == p0)
						list[k] = p1;
			bs_map_put(deps, p1->path, p1);
			for (int k = 0; k < p1->nimps; k++)
				if (bs_map_get(deps, p1->imps[k]->path) != p1->imps[k])
					FE_PUSH(a, q, nq, cap, p1->imps[k]);
		}
	}
	for (int i = 1; i < n; i++)      /* sort by path (insertion: stable, small) */
		for (int k = i; k > 0 && strcmp(list[k - 1]->path, list[k]->path) > 0; k--) {
			Pkg *t = list[k];
			list[k] = list[k - 1];
			list[k - 1] = t;
		}
	*out = list;
	return n;
}

/* "go: finding module" lines: modload's loader walks its own import graph
 * (every import string the import reader saw in the files that build,
 * broken files included) breadth first from the roots, and queries each
 * missing path that is not std. */
static void expand(Ld *ld, DirInfo *d, BsMap *seen, const char ***q, int *nq, int *cap)
{
	if (!d || d->ml_err)
		return;
	const char **v = sorted_copy(ld->a, d->ml, d->nml);
	for (int i = 0; i < d->nml; i++)
		if (!bs_map_get(seen, v[i])) {
			bs_map_put(seen, v[i], (void *)v[i]);
			FE_PUSH(ld->a, *q, *nq, *cap, v[i]);
		}
}

static void print_finding(Ld *ld)
{
	Arena *a = ld->a;
	BsMap *seen = bs_smap_new(a);
	const char **q = NULL;
	int nq = 0, cap = 0;
	for (int i = 0; i < ld->nroots; i++) {
		Pkg *r = ld->roots[i];
		if (r->cmdline_files) {
			expand(ld, r->di, seen, &q, &nq, &cap);
		} else if ((r->module || r->missing) && !bs_map_get(seen, r->path)) {
			bs_map_put(seen, r->path, r);
			FE_PUSH(a, q, nq, cap, r->path);
		}
	}
	for (int i = 0; i < nq; i++) {
		const char *dir, *msg;
		bool missing;
		switch (resolve(ld, q[i], &dir, &msg, &missing)) {
		case R_MOD: {
			Pkg *n = bs_map_get(ld->cache, q[i]);
			expand(ld, n && n->di ? n->di : read_package(ld, dir, NULL, 0, false), seen, &q, &nq, &cap);
			break;
		}
		case R_ERR:
			if (missing)
				finding(q[i]);
			break;
		}
	}
}

/* load.CheckPackageErrors: how many errors were printed. */
static int print_errors(Ld *ld)
{
	Arena *a = ld->a;
	if (ld->nerrs == 0)
		return 0;
	BsMap *printed = bs_map_new(a);
	int count = 0;
	for (int i = 0; i < ld->nroots; i++) {
		Pkg *r = ld->roots[i];
		if (r->err) {
			fprintf(stderr, "%s\n", err_text(a, r->err));
			bs_map_put(printed, r->err, r);
			count++;
		}
		Pkg **deps;
		int n = collect_deps(ld, r, &deps);
		for (int k = 0; k < n; k++)
			if (deps[k]->err && !bs_map_get(printed, deps[k]->err)) {
				fprintf(stderr, "%s\n", err_text(a, deps[k]->err));
				bs_map_put(printed, deps[k]->err, deps[k]);
				count++;
			}
	}
	return count;
}

/* ---- the program ---- */

static void post_order(Ld *ld, Pkg *n, LdPackage ***out, int *len, int *cap)
{
	if (n->placed || !n->module)
		return;
	n->placed = true;
	for (int i = 0; i < n->nimps; i++)
		post_order(ld, n->imps[i], out, len, cap);
	Arena *a = ld->a;
	DirInfo *d = n->di;
	LdPackage *p = fe_alloc(a, sizeof *p);
	p->path = n->path;
	p->name = d->name;
	p->dir = n->dir;
	p->nfiles = d->nfiles;
	p->files = fe_alloc(a, sizeof *p->files * (size_t)(d->nfiles + 1));
	p->shown = fe_alloc(a, sizeof *p->shown * (size_t)(d->nfiles + 1));
	/* a std package's files go by their full paths (a traceback's, as
	 * gc's), wherever the build runs: short ones would make the build
	 * cache's keys and objects depend on the working directory (minigo's
	 * own lib/ is near the repo's) */
	const char *sdir = n->std ? n->dir : short_path(ld, n->dir);
	for (int f = 0; f < d->nfiles; f++) {
		p->files[f] = fe_sprintf(a, "%s/%s", strcmp(n->dir, "/") ? n->dir : "", d->files[f]);
		p->shown[f] = fe_sprintf(a, "%s/%s", strcmp(sdir, "/") ? sdir : "", d->files[f]);
		p->nimports += d->hdrs[f]->nimps;
	}
	p->imports = fe_alloc(a, sizeof *p->imports * (size_t)(p->nimports + 1));
	int k = 0;
	for (int f = 0; f < d->nfiles; f++)
		for (int i = 0; i < d->hdrs[f]->nimps; i++) {
			LdImport imp = d->hdrs[f]->imps[i];
			imp.file = f;
			Pkg *t = bs_map_get(ld->cache, imp.path);
			imp.pkg = t ? t->pkg : NULL;
			p->imports[k++] = imp;
		}
	p->cmdline_files = n->cmdline_files;
	p->std = n->std;
	n->pkg = p;
	FE_PUSH(a, *out, *len, *cap, p);
}

/* A test-only package that gets built: "go build P: no non-test Go files". */
static int test_only_errors(Ld *ld, Pkg *n)
{
	if (n->checked || !n->module)
		return 0;
	n->checked = true;
	int count = 0;
	for (int i = 0; i < n->nimps; i++)
		count += test_only_errors(ld, n->imps[i]);
	if (n->di->nfiles == 0 && !n->cmdline_files) {
		fprintf(stderr, "go build %s: no non-test Go files in %s\n", n->path, n->dir);
		count++;
	}
	return count;
}

LdProgram *ld_load(Arena *a, const char *const *args, int nargs, const char *goroot)
{
	static const char *const dot[] = { "." };
	Ld ld0 = { .a = a, .goroot = clean(a, goroot ? goroot : "/usr/lib/go-1.19") }, *ld = &ld0;
	ld->cwd = get_cwd(a);
	ld->cache = bs_smap_new(a);
	ld->dirs = bs_smap_new(a);
	if (nargs == 0)
		args = dot, nargs = 1;
	bool files = false;
	for (int i = 0; i < nargs; i++)
		files |= has_suffix(args[i], ".go") && is_file(args[i]);
	/* go.mod, from the current directory up */
	for (char *d = sdup(a, ld->cwd);;) {
		if (is_file(fe_sprintf(a, "%s/go.mod", strcmp(d, "/") ? d : ""))) {
			ld->modroot = d;
			break;
		}
		char *s = strrchr(d, '/');
		if (!s || strcmp(d, "/") == 0)
			break;
		if (s == d)
			s[1] = 0;
		else
			*s = 0;
	}
	if (ld->modroot) {
		const char *tmp = getenv("TMPDIR");
		tmp = clean(a, tmp && *tmp ? tmp : "/tmp");
		if (strcmp(ld->modroot, tmp) == 0) {
			fprintf(stderr, "go: warning: ignoring go.mod in system temp root %s\n", tmp);
			ld->modroot = NULL;
		}
	}
	if (ld->modroot) {
		ld->modpath = read_go_mod(ld, fe_sprintf(a, "%s/go.mod", strcmp(ld->modroot, "/") ? ld->modroot : ""));
		if (!ld->modpath)
			return NULL;
	}
	if (files) {
		if (!files_root(ld, args, nargs))
			return NULL;
	} else {
		for (int i = 0; i < nargs; i++) {
			const char *arg = args[i];
			if (!ld->modroot && (is_local(arg) || arg[0] == '/') && !strstr(arg, "...")) {
				fputs("go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n", stderr);
				return NULL;
			}
			if (strcmp(arg, "std") == 0) {
				/* go's std: here the packages minigo compiles */
				for (size_t k = 0; k < sizeof std_source / sizeof std_source[0]; k++)
					std_root(ld, std_source[k], false);
				continue;
			}
			if (pattern_arg(ld, arg))
				continue;
			if (is_local(arg) || arg[0] == '/')
				local_dir_root(ld, arg, true);
			else
				import_path_root(ld, arg);
		}
	}
	print_finding(ld);
	for (int i = 0; i < ld->nwarn; i++)
		fprintf(stderr, "go: warning: %s matched no packages\n", quote(a, ld->warn[i]));
	if (print_errors(ld))
		return NULL;
	/* go build drops the test-only packages a pattern matched */
	Pkg **keep = NULL;
	int nkeep = 0, capkeep = 0;
	for (int i = 0; i < ld->nroots; i++)
		if (ld->roots[i]->literal || ld->roots[i]->di->nfiles > 0)
			FE_PUSH(a, keep, nkeep, capkeep, ld->roots[i]);
	int bad = 0;
	for (int i = 0; i < nkeep; i++)
		bad += test_only_errors(ld, keep[i]);
	if (bad)
		return NULL;
	LdProgram *prog = fe_alloc(a, sizeof *prog);
	prog->modpath = ld->modpath;
	prog->modroot = ld->modroot;
	int cap = 0;
	for (int i = 0; i < nkeep; i++)
		post_order(ld, keep[i], &prog->pkgs, &prog->npkgs, &cap);
	for (int i = 0; i < nkeep; i++)
		keep[i]->pkg->named = true;
	/* imports resolved before their package was built point at it now */
	for (int i = 0; i < prog->npkgs; i++)
		for (int k = 0; k < prog->pkgs[i]->nimports; k++) {
			LdImport *imp = &prog->pkgs[i]->imports[k];
			Pkg *t = bs_map_get(ld->cache, imp->path);
			imp->pkg = t ? t->pkg : NULL;
		}
	return prog;
}
