/*
 * errorcheck - Go's errorcheck convention, for minigo's test driver.
 *
 * Go's own compiler tests (test/run.go) keep their expectations in the
 * source: a line that should draw a diagnostic carries a comment
 *
 *     x := 1 // ERROR "declared but not used"
 *
 * with one or more quoted (or backquoted) regular expressions.  The test
 * passes when every regexp matches some diagnostic reported for that line,
 * and every diagnostic is claimed by some regexp.  As in run.go, a regexp is
 * matched against the whole output line "FILE:LINE:COL: message", unanchored,
 * and a matched line is consumed so that two identical regexps demand two
 * diagnostics; what is left over at the end is claimed by any regexp of
 * its line that was met and matches it, as run.go would.  Lines whose
 * comment is "////" are not checks.
 *
 * A regexp holding a newline (\n) is matched against the diagnostic with
 * its continuation lines (those after it that start with a tab), joined
 * by newlines, as gc prints types2's cycles.
 *
 * usage: errorcheck [-s] [-r] FILE.go OUTPUT
 *   OUTPUT holds what the compiler printed.  Lines that do not start with
 *   "NAME:LINE:" where NAME is FILE or its basename are ignored (they are
 *   banners such as "# command-line-arguments").
 * Prints one line per problem and exits 1 if there is any.  With -s it
 * ends with a summary line "errorcheck: met M of N expectations, U
 * unmatched", which the driver adds up into conformance figures.
 *
 * Go's regexps are RE2; POSIX extended regexps differ in a few escapes, so
 * \d becomes [0-9], lazy quantifiers become greedy ones (the tests use
 * them only where both give the same verdict), a brace that opens no
 * repetition is escaped, and \n and \t become the newline and tab they
 * stand for in RE2 (run.go's regexps span continuation lines).
 *
 * -r applies run.go's own rules, for Go's suite run in place
 * (scripts/gosuite.sh), where they differ from ours: a regexp is the text
 * between double quotes as written (no escapes), LINE, LINE+n and LINE-n
 * stand for "file:line"; every output line whose text starts with
 * "file:LINE" followed by ':' or '[' is a candidate,
 * the regexp is matched against what follows its first space, and one
 * regexp consumes all the candidates it matches; lines starting with a tab
 * continue the line before.
 */
#include <regex.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	long line;
	char *text;
	char *full; /* text and its continuation lines (tab-led), joined by newlines */
	bool used;
} OutLine;

static OutLine *outs;
static int nouts;

static char *slurp(const char *path, size_t *lenp)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(2);
	}
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap + 1);
	size_t n;
	while ((n = fread(buf + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len == cap) {
			cap *= 2;
			buf = realloc(buf, cap + 1);
		}
	}
	fclose(f);
	buf[len] = 0;
	*lenp = len;
	return buf;
}

static const char *base(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* Parses "NAME:LINE:" at the start of l; returns LINE or 0. */
static long diag_line(const char *l, const char *file)
{
	const char *names[2] = { file, base(file) };
	for (int i = 0; i < 2; i++) {
		size_t n = strlen(names[i]);
		if (strncmp(l, names[i], n) == 0 && l[n] == ':') {
			char *end;
			long line = strtol(l + n + 1, &end, 10);
			if (end != l + n + 1 && *end == ':')
				return line;
		}
	}
	return 0;
}

static void read_output(const char *path, const char *file)
{
	size_t len;
	char *buf = slurp(path, &len);
	int cap = 16;
	outs = malloc(cap * sizeof *outs);
	bool cont = false; /* the line before was a diagnostic or its continuation */
	for (char *l = buf; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		long line = diag_line(l, file);
		if (line > 0) {
			if (nouts == cap)
				outs = realloc(outs, (cap *= 2) * sizeof *outs);
			outs[nouts++] = (OutLine){ line, l, l, false };
			cont = true;
		} else if (l[0] == '\t' && cont) {
			/* a continuation line of the diagnostic before */
			OutLine *o = &outs[nouts - 1];
			char *t = malloc(strlen(o->full) + strlen(l) + 2);
			sprintf(t, "%s\n%s", o->full, l);
			o->full = t;
		} else {
			cont = false;
		}
		l = nl ? nl + 1 : NULL;
	}
}

/* Does s (at a '{') open an RE2 repetition: {n}, {n,} or {n,m}? */
static bool re_repeat(const char *s)
{
	const char *p = s + 1;
	if (*p < '0' || *p > '9')
		return false;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == ',') {
		p++;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '}';
}

/* Does the '}' at re[i] close a repetition re_repeat accepted? */
static bool closes_repeat(const char *re, size_t i)
{
	size_t j = i;
	while (j > 0 && re[j - 1] != '{' && re[j - 1] != '}')
		j--;
	return j > 0 && re[j - 1] == '{' && (j < 2 || re[j - 2] != '\\') && re_repeat(re + j - 1);
}

/* RE2 -> POSIX ERE for the handful of differences the tests use. */
static char *to_posix(const char *re)
{
	size_t n = strlen(re);
	char *out = malloc(n * 6 + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		if (re[i] == '\\' && re[i + 1] == 'd') {
			o += sprintf(o, "[0-9]");
			i++;
		} else if (re[i] == '\\' && (re[i + 1] == 'n' || re[i + 1] == 't')) {
			/* RE2's \n and \t: POSIX would read a plain letter */
			*o++ = re[++i] == 'n' ? '\n' : '\t';
		} else if (re[i] == '\\' && re[i + 1]) {
			*o++ = re[i++];
			*o++ = re[i];
		} else if ((re[i] == '*' || re[i] == '+' || re[i] == '?') && re[i + 1] == '?') {
			*o++ = re[i++];
		} else if (re[i] == '{' && !re_repeat(re + i)) {
			/* RE2 reads a brace that opens no repetition as itself
			 * ("&T{...}"); POSIX calls it a bad interval. */
			*o++ = '\\';
			*o++ = '{';
		} else if (re[i] == '}' && !closes_repeat(re, i)) {
			*o++ = '\\';
			*o++ = '}';
		} else {
			*o++ = re[i];
		}
	}
	*o = 0;
	return out;
}

static int failures;
static int expected, met;

/* The regexps that were met, kept for the sweep of the leftovers. */
typedef struct {
	long line;
	regex_t rx;
} MetRe;
static MetRe *mets;
static int nmets, capmets;

static void check_one(const char *file, long line, const char *re)
{
	regex_t rx;
	char *p = to_posix(re);
	expected++;
	int rc = regcomp(&rx, p, REG_EXTENDED | REG_NOSUB);
	free(p);
	if (rc != 0) {
		printf("%s:%ld: bad regexp %s\n", file, line, re);
		failures++;
		return;
	}
	/* a regexp spanning lines is matched against continuation lines too */
	bool multi = strchr(re, '\n') != NULL;
	for (int i = 0; i < nouts; i++) {
		if (outs[i].line == line && !outs[i].used &&
		    regexec(&rx, multi ? outs[i].full : outs[i].text, 0, NULL, 0) == 0) {
			outs[i].used = true;
			met++;
			if (nmets == capmets) {
				capmets = capmets ? 2 * capmets : 64;
				mets = realloc(mets, capmets * sizeof *mets);
			}
			mets[nmets++] = (MetRe){ line, rx };
			return;
		}
	}
	regfree(&rx);
	printf("%s:%ld: missing error \"%s\"\n", file, line, re);
	failures++;
}

/* Reads a Go interpreted ("...") or raw (`...`) string starting at *pp. */
static char *read_quoted(const char **pp)
{
	const char *p = *pp;
	char q = *p++;
	size_t cap = strlen(p) + 1;
	char *out = malloc(cap), *o = out;
	while (*p && *p != q && *p != '\n') {
		if (q == '"' && *p == '\\' && p[1]) {
			p++;
			switch (*p) {
			case 'n': *o++ = '\n'; break;
			case 't': *o++ = '\t'; break;
			case '"': *o++ = '"'; break;
			case '\\': *o++ = '\\'; break;
			default: *o++ = '\\'; *o++ = *p; break;
			}
			p++;
		} else {
			*o++ = *p++;
		}
	}
	*o = 0;
	if (*p == q)
		p++;
	*pp = p;
	return out;
}

/* ---- -r: run.go's rules ---- */

typedef struct {
	char *text;   /* "short:line: message", continuation lines included */
	bool used;
} RLine;

/* s with every occurrence of from replaced by to. */
static char *replace_all(const char *s, const char *from, const char *to)
{
	size_t nf = strlen(from), nt = strlen(to), n = 0;
	for (const char *p = s; (p = strstr(p, from)); p += nf)
		n++;
	char *out = malloc(strlen(s) + n * (nt > nf ? nt - nf : 0) + 1), *o = out;
	for (const char *p = s;;) {
		const char *q = strstr(p, from);
		if (!q) {
			strcpy(o, p);
			break;
		}
		memcpy(o, p, q - p);
		o += q - p;
		memcpy(o, to, nt);
		o += nt;
		p = q + nf;
	}
	return out;
}

static int runrules(const char *file, const char *outpath, bool summary)
{
	const char *shortname = base(file);
	size_t len;
	char *buf = slurp(outpath, &len);
	RLine *rl = malloc((len + 1) * sizeof *rl);
	int nrl = 0;
	for (char *l = buf; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		if (l[0] == '\t' && nrl > 0) {
			char *t = malloc(strlen(rl[nrl - 1].text) + strlen(l) + 2);
			sprintf(t, "%s\n%s", rl[nrl - 1].text, l);
			rl[nrl - 1].text = t;
		} else if (strncmp(l, "go tool", 7) != 0 && l[0] != '#' &&
		           strncmp(l, "<autogenerated>", 15) != 0 && l[strspn(l, " \t\r")] != 0) {
			rl[nrl++] = (RLine){ replace_all(l, file, shortname), false };
		}
		l = nl ? nl + 1 : NULL;
	}

	char *src = slurp(file, &len);
	long line = 1;
	int fails = 0, want = 0, ok = 0;
	for (char *l = src; l && *l; line++) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		char *c = strstr(l, "// ERROR ");
		char *g = strstr(l, "// GC_ERROR ");
		if (g && (!c || g < c))
			c = g + 3;
		if (c && !strstr(l, "////")) {
			char prefix[4096];
			snprintf(prefix, sizeof prefix, "%s:%ld", shortname, line);
			for (const char *p = c + strlen("// ERROR "); (p = strchr(p, '"'));) {
				const char *q = strchr(p + 1, '"');
				if (!q)
					break;
				/* the regexp, LINE[+-n] replaced by short:line */
				char *re = malloc((q - p) * 8 + 64), *o = re;
				for (const char *r = p + 1; r < q;) {
					if (strncmp(r, "LINE", 4) == 0) {
						long n = line;
						r += 4;
						if ((*r == '+' || *r == '-') && r[1] >= '0' && r[1] <= '9') {
							char *end;
							long d = strtol(r + 1, &end, 10);
							n += *r == '+' ? d : -d;
							r = end;
						}
						o += sprintf(o, "%s:%ld", shortname, n);
					} else {
						*o++ = *r++;
					}
				}
				*o = 0;
				p = q + 1;
				want++;
				char *px = to_posix(re);
				regex_t rx;
				if (regcomp(&rx, px, REG_EXTENDED | REG_NOSUB) != 0) {
					printf("%s:%ld: bad regexp %s\n", shortname, line, re);
					fails++;
					free(px);
					free(re);
					continue;
				}
				free(px);
				int cands = 0;
				bool matched = false;
				for (int i = 0; i < nrl; i++) {
					/* run.go's matchPrefix: "file:LINE" then ':' or '[' */
					size_t np = strlen(prefix);
					if (rl[i].used || strncmp(rl[i].text, prefix, np) != 0 ||
					    (rl[i].text[np] != ':' && rl[i].text[np] != '['))
						continue;
					cands++;
					const char *text = strchr(rl[i].text, ' ');
					text = text ? text + 1 : rl[i].text;
					if (regexec(&rx, text, 0, NULL, 0) == 0) {
						rl[i].used = true;
						matched = true;
					}
				}
				regfree(&rx);
				if (matched) {
					ok++;
				} else {
					printf("%s:%ld: %s error \"%s\"\n", shortname, line, cands ? "no match for" : "missing", re);
					fails++;
				}
				free(re);
			}
		}
		l = nl ? nl + 1 : NULL;
	}
	int unmatched = 0;
	for (int i = 0; i < nrl; i++) {
		if (!rl[i].used) {
			printf("unmatched: %s\n", rl[i].text);
			unmatched++;
			fails++;
		}
	}
	if (summary)
		printf("errorcheck: met %d of %d expectations, %d unmatched\n", ok, want, unmatched);
	return fails ? 1 : 0;
}

int main(int argc, char **argv)
{
	bool summary = false, rules = false;
	while (argc > 1 && argv[1][0] == '-' && argv[1][1]) {
		if (strcmp(argv[1], "-s") == 0)
			summary = true;
		else if (strcmp(argv[1], "-r") == 0)
			rules = true;
		else
			break;
		argv++;
		argc--;
	}
	if (argc != 3) {
		fprintf(stderr, "usage: errorcheck [-s] [-r] FILE.go OUTPUT\n");
		return 2;
	}
	const char *file = argv[1];
	if (rules)
		return runrules(file, argv[2], summary);
	read_output(argv[2], file);

	size_t len;
	char *src = slurp(file, &len);
	long line = 1;
	for (char *l = src; l && *l; line++) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		char *c = strstr(l, "// ERROR ");
		if (c && !strstr(l, "////")) {
			const char *p = c + strlen("// ERROR ");
			for (;;) {   /* as run.go: every quoted regexp after it */
				p += strcspn(p, "\"`");
				if (!*p)
					break;
				char *re = read_quoted(&p);
				check_one(file, line, re);
				free(re);
			}
		}
		l = nl ? nl + 1 : NULL;
	}
	/* As in run.go, a regexp that was met also claims any further line of
	 * its line number that it matches (gc prints some diagnostics twice,
	 * e.g. "ignoring self-assignment"); only a second, separate regexp
	 * demands a second diagnostic. */
	for (int i = 0; i < nouts; i++)
		for (int j = 0; j < nmets && !outs[i].used; j++)
			if (mets[j].line == outs[i].line && regexec(&mets[j].rx, outs[i].text, 0, NULL, 0) == 0)
				outs[i].used = true;
	int unmatched = 0;
	for (int i = 0; i < nouts; i++) {
		if (!outs[i].used) {
			printf("unmatched: %s\n", outs[i].text);
			failures++;
			unmatched++;
		}
	}
	if (summary)
		printf("errorcheck: met %d of %d expectations, %d unmatched\n", met, expected, unmatched);
	return failures ? 1 : 0;
}
