/*
 * symtab.c - from a program counter to a function name, a file and a line.
 *
 * Go's linker writes its own tables (pclntab) for the runtime to read;
 * minigo links with the system's C toolchain, so the program answers the
 * same questions from what that toolchain already leaves in the
 * executable: the ELF symbol table gives each function's name and extent
 * (generated code is named as gc names it: main.main, main.(*T).M,
 * main.f.func1; runtime entry points carry Go's names through GO_NAME),
 * the DWARF line table (.debug_line) gives file:line, and DWARF's inlined
 * subroutines (.debug_info) the frames of inlined calls.
 *
 * The executable is mapped read-only from /proc/self/exe on first use and
 * both tables are decoded once into sorted arrays in C memory, never in
 * the Go heap, so the collector neither sees nor moves them; the strings
 * handed to Go (names, paths) point into the mapping or into those arrays
 * and live as long as the process.  A position-independent executable is
 * loaded at an offset from its link addresses: dl_iterate_phdr's first
 * object is the program itself and tells the offset.
 *
 * The line reader runs the line-number program of DWARF 4 (what LLVM
 * writes for Go code here) and DWARF 5 (what gcc writes for the C
 * runtime): it keeps one row per emitted address, drops rows of line 0
 * (code the compiler made up belongs to the row before it), and marks the
 * end of each sequence so that an address past a sequence finds nothing.
 * A lookup is a binary search for the last row at or before the address.
 *
 * Inlined calls.  gc's runtime shows a call its inliner inlined as a
 * frame of its own (its pclntab has an inlining tree per function), and
 * so must minigo's, both for the calls minigo's inliner inlined
 * (N_INLCALL) and for those LLVM's did: a function gc did not
 * inline is a real frame in Go.  The code generator gives the code of an
 * inlined body locations in the callee's DISubprogram, inlined at the
 * call, as LLVM's inliner does for its own, and emits DWARF "line tables
 * only" (clang's -gline-tables-only): the line table plus a DIE tree of
 * only subprograms and inlined subroutines, with their call sites and
 * address ranges.  This file reads that tree once into C memory (Inl,
 * InlSeg below) and rt_pcinline expands a pc into the calls inlined at it,
 * innermost first; traceback.c makes them frames.
 *
 * Why DWARF rather than a table of minigo's own (say, a section the code
 * generator would write per inlined call): only the back end knows which
 * instructions came from which call once LLVM has optimized, scheduled
 * and merged them, and DWARF's inlined subroutines are where LLVM writes
 * exactly that, for its own inlining too.  The cost against the line
 * table alone ("debug directives only", before), measured on
 * bench/programs/wordfreq.go built from an empty cache (std included):
 * 13.8 s -> 14.1 s of CPU, the executable 3.24 -> 3.60 MB (+130 KB
 * .debug_info, +100 KB .debug_ranges, +50 KB .debug_str, +40 KB
 * .debug_line, and 20 KB of text: the panics LLVM no longer merges, see
 * codegen/gen.c); the first lookup reads the tables in 9 ms instead of 4.
 * The tree grows with the square of the inlining's depth; codegen caps
 * that at 16 (cg_debug_cap_inlining): bench/compile's chain2000, which
 * LLVM inlines 2,000 deep, then compiles in 1.7 s of CPU (4.3 s before,
 * 12 s and 1 GB uncapped) into 2.4 MB (1.6 MB before, 45 MB uncapped).
 */
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

typedef struct LineRow {
	uintptr_t addr;
	const char *file; /* NULL: the end of a sequence */
	int32_t line;
	uint32_t ord; /* emission order: at one address the last row wins */
} LineRow;

static bool inited;
static uintptr_t bias;
static rt_funcsym *syms;
static size_t nsyms;
static LineRow *rows;
static size_t nrows, caprows;

static int bias_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	*(uintptr_t *)data = (uintptr_t)info->dlpi_addr;
	return 1; /* the first object is the executable */
}

/* ---- ELF symbols ---- */

/*
 * Is name the symbol of compiled Go code, the program's own packages
 * ("main.f", "example.com/m/util.(*T).M"), rather than the runtime's C:
 * C names have no '.', and the runtime's Go entry points and the bundled
 * packages it implements keep their packages' names?
 */
static bool isgo(const char *name)
{
	static const char *const native[] = { "runtime.", "fmt.", "strings.", "strconv.", "errors.", "os.",
					      "type.", "go.", "internal/" };
	/* GCC's clones of C functions (rt_gopanic.cold, f.part.0, ...) */
	static const char *const clone[] = { ".cold", ".part.", ".constprop.", ".isra.", ".lto_priv.", ".clone.",
					     ".localalias" };
	if (!strchr(name, '.') || name[0] == '_' || strncmp(name, "rt_", 3) == 0)
		return false;
	for (size_t i = 0; i < sizeof clone / sizeof clone[0]; i++)
		if (strstr(name, clone[i]))
			return false;
	for (size_t i = 0; i < sizeof native / sizeof native[0]; i++)
		if (strncmp(name, native[i], strlen(native[i])) == 0)
			return false;
	return true;
}

static int symcmp(const void *a, const void *b)
{
	const rt_funcsym *x = a, *y = b;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

static void read_syms(const Elf64_Shdr *symsh, const uint8_t *base, const Elf64_Shdr *sh)
{
	const Elf64_Sym *s = (const Elf64_Sym *)(base + symsh->sh_offset);
	size_t n = symsh->sh_size / sizeof *s;
	const char *str = (const char *)(base + sh[symsh->sh_link].sh_offset);

	syms = malloc(n * sizeof *syms);
	if (!syms)
		return;
	for (size_t i = 0; i < n; i++) {
		if (ELF64_ST_TYPE(s[i].st_info) != STT_FUNC || s[i].st_value == 0 || s[i].st_shndx == SHN_UNDEF)
			continue;
		rt_funcsym *f = &syms[nsyms++];
		f->entry = s[i].st_value + bias;
		f->end = f->entry + s[i].st_size;
		f->name = str + s[i].st_name;
		f->namelen = (intptr_t)strlen(f->name);
		f->go = isgo(f->name);
	}
	qsort(syms, nsyms, sizeof *syms, symcmp);
}

/* ---- DWARF line programs ---- */

typedef struct Cur {
	const uint8_t *p, *end;
} Cur;

static uint64_t u8(Cur *c) { return c->p < c->end ? *c->p++ : 0; }

static uint64_t un(Cur *c, int n)
{
	uint64_t v = 0;
	for (int i = 0; i < n; i++)
		v |= u8(c) << (8 * i);
	return v;
}

static uint64_t uleb(Cur *c)
{
	uint64_t v = 0;
	int shift = 0;
	while (c->p < c->end) {
		uint8_t b = *c->p++;
		if (shift < 64)
			v |= (uint64_t)(b & 0x7f) << shift;
		shift += 7;
		if (!(b & 0x80))
			break;
	}
	return v;
}

static int64_t sleb(Cur *c)
{
	int64_t v = 0;
	int shift = 0;
	uint8_t b = 0;
	while (c->p < c->end) {
		b = *c->p++;
		if (shift < 64)
			v |= (int64_t)(b & 0x7f) << shift;
		shift += 7;
		if (!(b & 0x80))
			break;
	}
	if (shift < 64 && (b & 0x40))
		v |= -((int64_t)1 << shift);
	return v;
}

static const char *cstr(Cur *c)
{
	const char *s = (const char *)c->p;
	while (c->p < c->end && *c->p)
		c->p++;
	if (c->p < c->end)
		c->p++;
	return s;
}

typedef struct Sections {
	Cur line_str, str, info, abbrev, ranges;
} Sections;

/* One attribute of a DWARF 5 directory or file entry: a string or a number. */
static void form(Cur *c, uint64_t f, bool dwarf64, const Sections *secs, const char **s, uint64_t *num)
{
	uint64_t off;
	*s = NULL;
	*num = 0;
	switch (f) {
	case 0x08: *s = cstr(c); return;                          /* DW_FORM_string */
	case 0x1f: case 0x0e:                                      /* line_strp, strp */
		off = un(c, dwarf64 ? 8 : 4);
		{
			const Cur *t = f == 0x1f ? &secs->line_str : &secs->str;
			if (t->p && t->p + off < t->end)
				*s = (const char *)t->p + off;
		}
		return;
	case 0x0b: *num = un(c, 1); return;
	case 0x05: *num = un(c, 2); return;
	case 0x06: *num = un(c, 4); return;
	case 0x07: *num = un(c, 8); return;
	case 0x0f: *num = uleb(c); return;
	case 0x1e: c->p += 16; return;                             /* data16 (MD5) */
	case 0x09: off = uleb(c); c->p += off; return;             /* block */
	default: c->p = c->end; return;                            /* unknown: give up on the unit */
	}
}

/* The array v of len elements of elem bytes, room for one more made
 * (doubling, first elements at first): NULL when memory is short (v is
 * then left as it was). */
static void *grow(void *v, size_t *cap, size_t len, size_t elem, size_t first)
{
	if (len < *cap)
		return v;
	size_t n = *cap ? 2 * *cap : first;
	void *p = realloc(v, n * elem);
	if (p)
		*cap = n;
	return p;
}

static void addrow(uintptr_t addr, const char *file, int32_t line)
{
	LineRow *r = grow(rows, &caprows, nrows, sizeof *rows, 4096);
	if (!r)
		return;
	rows = r;
	rows[nrows] = (LineRow){ addr, file, line, (uint32_t)nrows };
	nrows++;
}

static const char *joinpath(const char *dir, const char *name)
{
	if (!name)
		return "?";
	if (name[0] == '/' || !dir || !*dir)
		return name;
	size_t a = strlen(dir), b = strlen(name);
	char *s = malloc(a + b + 2);
	if (!s)
		return name;
	memcpy(s, dir, a);
	s[a] = '/';
	memcpy(s + a + 1, name, b + 1);
	return s;
}

/* Each line-number program's file table, by its offset in .debug_line:
 * DW_AT_call_file of an inlined call is an index into its unit's table. */
typedef struct LineFiles {
	uint64_t off;
	const char **files;
	size_t nfiles;
} LineFiles;

static LineFiles *linefiles;
static size_t nlinefiles, caplinefiles;

static void addfiles(uint64_t off, const char **files, size_t nfiles)
{
	LineFiles *l = grow(linefiles, &caplinefiles, nlinefiles, sizeof *linefiles, 64);
	if (!l)
		return;
	linefiles = l;
	linefiles[nlinefiles++] = (LineFiles){ off, files, nfiles };
}

/* Decodes one line-number program unit (off: its offset in the section);
 * returns false when the data looks broken. */
static bool read_unit(Cur *c, const Sections *secs, uint64_t off)
{
	uint64_t len = un(c, 4);
	bool dwarf64 = false;
	if (len == 0xffffffff) {
		len = un(c, 8);
		dwarf64 = true;
	}
	if (len > (uint64_t)(c->end - c->p))
		return false;
	Cur u = { c->p, c->p + len };
	c->p += len;
	int version = (int)un(&u, 2);
	if (version < 2 || version > 5)
		return true;
	if (version >= 5)
		u.p += 2; /* address_size, segment_selector_size */
	uint64_t hlen = un(&u, dwarf64 ? 8 : 4);
	Cur prog = { u.p + hlen, u.end };
	int minlen = (int)u8(&u);
	if (version >= 4)
		u8(&u); /* maximum_operations_per_instruction */
	bool defstmt = u8(&u) != 0;
	(void)defstmt;
	int line_base = (int8_t)u8(&u);
	int line_range = (int)u8(&u);
	int opbase = (int)u8(&u);
	uint8_t oplen[256] = { 0 };
	for (int i = 1; i < opbase; i++)
		oplen[i] = (uint8_t)u8(&u);
	if (line_range == 0)
		return true;

	/* directories and files */
	const char **dirs = NULL, **files = NULL;
	size_t ndirs = 0, nfiles = 0;
	if (version >= 5) {
		for (int pass = 0; pass < 2; pass++) {
			int nfmt = (int)u8(&u);
			uint64_t fmt[32][2];
			for (int i = 0; i < nfmt && i < 32; i++) {
				fmt[i][0] = uleb(&u);
				fmt[i][1] = uleb(&u);
			}
			uint64_t n = uleb(&u);
			if (n > 1000000)
				return true;
			const char **tab = calloc(n + 1, sizeof *tab);
			if (!tab)
				return false;
			for (uint64_t k = 0; k < n; k++) {
				const char *path = NULL;
				uint64_t dir = 0;
				for (int i = 0; i < nfmt && i < 32; i++) {
					const char *s;
					uint64_t num;
					form(&u, fmt[i][1], dwarf64, secs, &s, &num);
					if (fmt[i][0] == 1)
						path = s;
					else if (fmt[i][0] == 2)
						dir = num;
				}
				if (pass == 0)
					/* directories other than 0 may be relative to directory 0 */
					tab[k] = k > 0 && path && path[0] != '/' && tab[0] ? joinpath(tab[0], path) : path;
				else
					tab[k] = joinpath(dir < ndirs ? dirs[dir] : NULL, path);
			}
			if (pass == 0) {
				dirs = tab;
				ndirs = n;
			} else {
				files = tab;
				nfiles = n;
			}
		}
	} else {
		/* include_directories: index 0 is the compilation directory, unnamed here */
		size_t cap = 16;
		dirs = malloc(cap * sizeof *dirs);
		dirs[ndirs++] = NULL;
		while (u.p < u.end && *u.p) {
			if (ndirs == cap)
				dirs = realloc(dirs, (cap *= 2) * sizeof *dirs);
			dirs[ndirs++] = cstr(&u);
		}
		u8(&u);
		cap = 16;
		files = malloc(cap * sizeof *files);
		files[nfiles++] = NULL; /* files count from 1 */
		while (u.p < u.end && *u.p) {
			const char *name = cstr(&u);
			uint64_t dir = uleb(&u);
			uleb(&u);
			uleb(&u);
			if (nfiles == cap)
				files = realloc(files, (cap *= 2) * sizeof *files);
			files[nfiles++] = joinpath(dir < ndirs ? dirs[dir] : NULL, name);
		}
	}

	/* the state machine */
	uint64_t addr = 0, file = 1;
	int64_t line = 1;
	bool skip = false; /* a sequence at address 0: code the linker dropped */
#define FILE_OF(i) ((i) < nfiles && files[i] ? files[i] : "?")
#define EMIT() do { if (!skip && line > 0) addrow((uintptr_t)addr + bias, FILE_OF(file), (int32_t)line); } while (0)
	while (prog.p < prog.end) {
		int op = (int)u8(&prog);
		if (op >= opbase) {
			int adj = op - opbase;
			addr += (uint64_t)(adj / line_range) * minlen;
			line += line_base + adj % line_range;
			EMIT();
			continue;
		}
		switch (op) {
		case 0: {
			uint64_t n = uleb(&prog);
			const uint8_t *next = prog.p + n;
			int ext = (int)u8(&prog);
			if (ext == 1) { /* end_sequence */
				if (!skip)
					addrow((uintptr_t)addr + bias, NULL, 0);
				addr = 0, file = 1, line = 1, skip = false;
			} else if (ext == 2) {
				addr = un(&prog, 8);
				skip = addr == 0;
			}
			prog.p = next;
			break;
		}
		case 1: EMIT(); break;
		case 2: addr += uleb(&prog) * minlen; break;
		case 3: line += sleb(&prog); break;
		case 4: file = uleb(&prog); break;
		case 5: uleb(&prog); break;
		case 8: addr += (uint64_t)((255 - opbase) / line_range) * minlen; break;
		case 9: addr += un(&prog, 2); break;
		case 6: case 7: case 10: case 11: break;
		default:
			for (int i = 0; i < oplen[op]; i++)
				uleb(&prog);
		}
	}
#undef EMIT
#undef FILE_OF
	free(dirs);
	/* files[] stays: rows and inlined calls point at its strings */
	addfiles(off, files, nfiles);
	return true;
}

static int rowcmp(const void *a, const void *b)
{
	const LineRow *x = a, *y = b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	/* at one address, a sequence's end sorts before the next one's start */
	if ((x->file != NULL) != (y->file != NULL))
		return (x->file != NULL) - (y->file != NULL);
	return x->ord < y->ord ? -1 : x->ord > y->ord;
}

/* ---- DWARF inlined subroutines: the frames of calls inlined ---- */

/*
 * A call inlined (by gc's inliner in minigo's front end, or by LLVM's) is
 * a DW_TAG_inlined_subroutine in the DIE tree of the function it was
 * inlined into: its abstract origin names the callee, DW_AT_call_file and
 * DW_AT_call_line the call, and its address ranges the code of its body,
 * nested as the inlining nests.  Only minigo's units are read (producer
 * "minigo", DWARF 4: LLVM's line-tables-only tree, whose forms are few);
 * the C runtime's are gcc's and are never shown as Go frames.
 *
 * Each inlined call becomes an Inl, and its ranges are flattened into
 * sorted, disjoint segments, each naming the innermost call whose code it
 * is: a lookup is one binary search and a walk up the parents.
 */
typedef struct Inl {
	const char *name; /* the callee */
	const char *file; /* the call */
	int32_t line;
	int32_t parent;   /* the inlined call this one's call is in, or -1 */
} Inl;

typedef struct InlSeg {
	uintptr_t lo, hi;
	int32_t inl;
} InlSeg;

static Inl *inls;
static size_t ninls, capinls;
static InlSeg *segs; /* first the raw ranges, then the flat segments */
static size_t nsegs, capsegs;

static void addseg(uintptr_t lo, uintptr_t hi, int32_t inl)
{
	/* code the linker dropped is left at address 0 (as its line rows are) */
	if (lo >= hi || lo - bias < 4096)
		return;
	InlSeg *s = grow(segs, &capsegs, nsegs, sizeof *segs, 1024);
	if (!s)
		return;
	segs = s;
	segs[nsegs++] = (InlSeg){ lo, hi, inl };
}

typedef struct Attr {
	uint16_t name, form;
	int64_t implicit;
} Attr;

typedef struct Abbrev {
	uint64_t code;
	uint16_t tag;
	bool children;
	Attr *attrs;
	int nattrs;
} Abbrev;

typedef struct Unit {
	const uint8_t *start; /* the unit header: references are relative to it */
	int version;
	bool dwarf64;
	int addrsize;
	Abbrev *abbrevs;
	size_t nabbrevs;
	const char **files;
	size_t nfiles;
	uint64_t base;        /* the unit's low_pc: base of its ranges */
	const Sections *secs;
} Unit;

/* The abbreviation table at off, decoded. */
static bool read_abbrevs(Unit *u, uint64_t off)
{
	const Cur *sec = &u->secs->abbrev;
	if (off >= (uint64_t)(sec->end - sec->p))
		return false;
	Cur c = { sec->p + off, sec->end };
	size_t cap = 0;
	for (;;) {
		uint64_t code = uleb(&c);
		if (code == 0 || c.p >= c.end)
			break;
		if (u->nabbrevs == cap) {
			cap = cap ? 2 * cap : 32;
			Abbrev *a = realloc(u->abbrevs, cap * sizeof *a);
			if (!a)
				return false;
			u->abbrevs = a;
		}
		Abbrev *a = &u->abbrevs[u->nabbrevs++];
		a->code = code;
		a->tag = (uint16_t)uleb(&c);
		a->children = u8(&c) != 0;
		a->attrs = NULL;
		a->nattrs = 0;
		int acap = 0;
		for (;;) {
			uint64_t name = uleb(&c), form = uleb(&c);
			int64_t implicit = form == 0x21 ? sleb(&c) : 0;
			if (name == 0 && form == 0)
				break;
			if (c.p >= c.end)
				return false;
			if (a->nattrs == acap) {
				acap = acap ? 2 * acap : 8;
				Attr *at = realloc(a->attrs, (size_t)acap * sizeof *at);
				if (!at)
					return false;
				a->attrs = at;
			}
			a->attrs[a->nattrs++] = (Attr){ (uint16_t)name, (uint16_t)form, implicit };
		}
	}
	return true;
}

static const Abbrev *find_abbrev(const Unit *u, uint64_t code)
{
	/* LLVM and gcc number abbreviations 1, 2, ... in order */
	if (code >= 1 && code <= u->nabbrevs && u->abbrevs[code - 1].code == code)
		return &u->abbrevs[code - 1];
	for (size_t i = 0; i < u->nabbrevs; i++)
		if (u->abbrevs[i].code == code)
			return &u->abbrevs[i];
	return NULL;
}

/*
 * One attribute's value: a number (addresses, constants, offsets,
 * references), or a string for the string forms.  false: a form this
 * reader does not know, after which the unit cannot be walked.
 */
static bool attr_value(Cur *c, const Unit *u, const Attr *a, uint64_t *num, const char **str)
{
	int offsz = u->dwarf64 ? 8 : 4;
	uint64_t n;
	uint16_t f = a->form;
	*num = 0;
	*str = NULL;
	for (;;) {
		switch (f) {
		case 0x01: *num = un(c, u->addrsize); return true;             /* addr */
		case 0x0b: case 0x0c: case 0x11: case 0x25: case 0x29: *num = un(c, 1); return true;
		case 0x05: case 0x12: case 0x26: case 0x2a: *num = un(c, 2); return true;
		case 0x27: case 0x2b: *num = un(c, 3); return true;
		case 0x06: case 0x13: case 0x1c: case 0x28: case 0x2c: *num = un(c, 4); return true;
		case 0x07: case 0x14: case 0x20: case 0x24: *num = un(c, 8); return true;
		case 0x0d: *num = (uint64_t)sleb(c); return true;               /* sdata */
		case 0x0f: case 0x15: case 0x1a: case 0x1b: case 0x22: case 0x23:
		case 0x1f01: case 0x1f02:
			*num = uleb(c); return true;
		case 0x10: case 0x17: case 0x1d: case 0x1f20: case 0x1f21:      /* offsets */
			*num = un(c, u->version <= 2 && f == 0x10 ? u->addrsize : offsz); return true;
		case 0x0e: case 0x1f: {                                         /* strp, line_strp */
			uint64_t off = un(c, offsz);
			const Cur *t = f == 0x0e ? &u->secs->str : &u->secs->line_str;
			if (t->p && off < (uint64_t)(t->end - t->p))
				*str = (const char *)t->p + off;
			return true;
		}
		case 0x08: *str = cstr(c); return true;                          /* string */
		case 0x19: *num = 1; return true;                               /* flag_present */
		case 0x21: *num = (uint64_t)a->implicit; return true;           /* implicit_const */
		case 0x1e: c->p += 16; return true;                             /* data16 */
		case 0x0a: n = un(c, 1); goto block;
		case 0x03: n = un(c, 2); goto block;
		case 0x04: n = un(c, 4); goto block;
		case 0x09: case 0x18: n = uleb(c); goto block;
		case 0x16: f = (uint16_t)uleb(c); continue;                     /* indirect */
		default: return false;
		}
	block:
		if (n > (uint64_t)(c->end - c->p))
			return false;
		c->p += n;
		return true;
	}
}

enum {
	AT_name = 0x03, AT_stmt_list = 0x10, AT_low_pc = 0x11, AT_high_pc = 0x12, AT_producer = 0x25,
	AT_abstract_origin = 0x31, AT_specification = 0x47, AT_ranges = 0x55, AT_call_file = 0x58,
	AT_call_line = 0x59, AT_linkage_name = 0x6e, AT_MIPS_linkage_name = 0x2007,
	TAG_inlined_subroutine = 0x1d, TAG_compile_unit = 0x11,
};

/* What one DIE says that matters here. */
typedef struct Die {
	const Abbrev *ab;
	const char *name, *producer;
	uint64_t low, high, ranges, origin, callfile, callline, stmt_list;
	bool has_low, high_is_len, has_ranges, has_origin, has_stmt;
} Die;

/* Reads the DIE at c (its abbreviation code first); false on broken data. ab NULL: a null entry. */
static bool read_die(Cur *c, const Unit *u, Die *d)
{
	memset(d, 0, sizeof *d);
	uint64_t code = uleb(c);
	if (code == 0)
		return true;
	d->ab = find_abbrev(u, code);
	if (!d->ab)
		return false;
	for (int i = 0; i < d->ab->nattrs; i++) {
		const Attr *a = &d->ab->attrs[i];
		uint64_t num;
		const char *str;
		if (!attr_value(c, u, a, &num, &str))
			return false;
		switch (a->name) {
		case AT_name: d->name = str; break;
		case AT_linkage_name: case AT_MIPS_linkage_name: if (!d->name) d->name = str; break;
		case AT_producer: d->producer = str; break;
		case AT_stmt_list: d->stmt_list = num, d->has_stmt = true; break;
		case AT_low_pc: d->low = num, d->has_low = true; break;
		case AT_high_pc: d->high = num, d->high_is_len = a->form != 0x01; break;
		case AT_ranges: d->ranges = num, d->has_ranges = true; break;
		case AT_abstract_origin: case AT_specification: d->origin = num, d->has_origin = true; break;
		case AT_call_file: d->callfile = num; break;
		case AT_call_line: d->callline = num; break;
		}
	}
	return true;
}

/* The name of the subprogram at unit offset off (an abstract origin), following origins. */
static const char *origin_name(const Unit *u, uint64_t off)
{
	for (int hops = 0; hops < 4; hops++) {
		const uint8_t *end = u->secs->info.end;
		if (off >= (uint64_t)(end - u->start))
			return NULL;
		Cur c = { u->start + off, end };
		Die d;
		if (!read_die(&c, u, &d) || !d.ab)
			return NULL;
		if (d.name)
			return d.name;
		if (!d.has_origin)
			return NULL;
		off = d.origin;
	}
	return NULL;
}

/* The ranges of a DIE with DW_AT_ranges (DWARF 4's .debug_ranges), for inlined call inl. */
static void add_ranges(const Unit *u, uint64_t off, int32_t inl)
{
	const Cur *sec = &u->secs->ranges;
	if (!sec->p || off >= (uint64_t)(sec->end - sec->p))
		return;
	Cur c = { sec->p + off, sec->end };
	uint64_t base = u->base;
	while (c.p + 16 <= c.end) {
		uint64_t lo = un(&c, 8), hi = un(&c, 8);
		if (lo == 0 && hi == 0)
			break;
		if (lo == ~(uint64_t)0) {
			base = hi;
			continue;
		}
		addseg((uintptr_t)(base + lo) + bias, (uintptr_t)(base + hi) + bias, inl);
	}
}

static int32_t addinl(const char *name, const char *file, int32_t line, int32_t parent)
{
	Inl *l = grow(inls, &capinls, ninls, sizeof *inls, 256);
	if (!l)
		return -1;
	inls = l;
	inls[ninls] = (Inl){ name, file, line, parent };
	return (int32_t)ninls++;
}

/* The DIE tree of one unit: its inlined calls and their ranges. */
static void read_info_unit(Unit *u, Cur *c)
{
	enum { MAXDEPTH = 512 };
	int32_t stack[MAXDEPTH]; /* per open level: the innermost inlined call around it */
	int depth = 0;
	Die d;
	if (!read_die(c, u, &d) || !d.ab || d.ab->tag != TAG_compile_unit || !d.producer ||
	    strcmp(d.producer, "minigo") != 0 || !d.has_stmt)
		return;
	u->base = d.low;
	for (size_t i = 0; i < nlinefiles; i++)
		if (linefiles[i].off == d.stmt_list) {
			u->files = linefiles[i].files;
			u->nfiles = linefiles[i].nfiles;
		}
	if (!d.ab->children)
		return;
	stack[depth++] = -1;
	while (c->p < c->end && depth > 0) {
		if (!read_die(c, u, &d))
			return;
		if (!d.ab) {
			depth--;
			continue;
		}
		int32_t here = stack[depth - 1];
		if (d.ab->tag == TAG_inlined_subroutine) {
			const char *name = d.has_origin ? origin_name(u, d.origin) : d.name;
			const char *file = d.callfile < u->nfiles && u->files[d.callfile] ? u->files[d.callfile] : "?";
			int32_t k = addinl(name ? name : "?", file, (int32_t)d.callline, here);
			if (k >= 0) {
				if (d.has_ranges)
					add_ranges(u, d.ranges, k);
				else if (d.has_low)
					addseg((uintptr_t)d.low + bias,
					       (uintptr_t)(d.high_is_len ? d.low + d.high : d.high) + bias, k);
				here = k;
			}
		}
		if (d.ab->children) {
			if (depth == MAXDEPTH)
				return;
			stack[depth++] = here;
		}
	}
}

static int segcmp(const void *a, const void *b)
{
	const InlSeg *x = a, *y = b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi > y->hi ? -1 : 1; /* the outer range first */
	return x->inl < y->inl ? -1 : x->inl > y->inl; /* parents are numbered first */
}

/*
 * The ranges nest (an inlined call's code lies within its caller's), so a
 * sweep with a stack of the open ones cuts them into disjoint segments,
 * each of the innermost range over it.
 */
static void flatten(void)
{
	if (nsegs == 0)
		return;   /* nothing inlined (a C program linking the runtime); qsort takes no NULL */
	qsort(segs, nsegs, sizeof *segs, segcmp);
	InlSeg *out = malloc((2 * nsegs + 1) * sizeof *out);
	InlSeg *open = malloc((nsegs + 1) * sizeof *open);
	size_t nout = 0, nopen = 0;
	uintptr_t cur = 0;
	if (!out || !open) {
		free(out);
		free(open);
		nsegs = 0;
		return;
	}
#define EMIT(lo, hi, k) do { if ((lo) < (hi)) out[nout++] = (InlSeg){ (lo), (hi), (k) }; } while (0)
	for (size_t i = 0; i <= nsegs; i++) {
		uintptr_t next = i < nsegs ? segs[i].lo : UINTPTR_MAX;
		/* close the open ranges that end before the next one starts */
		while (nopen > 0 && open[nopen - 1].hi <= next) {
			EMIT(cur, open[nopen - 1].hi, open[nopen - 1].inl);
			if (open[nopen - 1].hi > cur)
				cur = open[nopen - 1].hi;
			nopen--;
		}
		if (i == nsegs)
			break;
		if (nopen > 0)
			EMIT(cur, next, open[nopen - 1].inl);
		cur = next;
		open[nopen++] = segs[i];
	}
#undef EMIT
	free(open);
	free(segs);
	segs = out;
	nsegs = nout;
}

static void read_info(const Sections *secs)
{
	Cur c = secs->info;
	while (c.p + 11 <= c.end) {
		Unit u = { 0 };
		u.start = c.p;
		u.secs = secs;
		uint64_t len = un(&c, 4);
		if (len == 0xffffffff) {
			len = un(&c, 8);
			u.dwarf64 = true;
		}
		if (len > (uint64_t)(c.end - c.p))
			break;
		Cur body = { c.p, c.p + len };
		c.p += len;
		u.version = (int)un(&body, 2);
		uint64_t aoff;
		if (u.version == 4 || u.version == 3 || u.version == 2) {
			aoff = un(&body, u.dwarf64 ? 8 : 4);
			u.addrsize = (int)u8(&body);
		} else {
			continue; /* DWARF 5: gcc's units (the C runtime's) */
		}
		if (u.addrsize != 8 || !read_abbrevs(&u, aoff)) {
			for (size_t i = 0; i < u.nabbrevs; i++)
				free(u.abbrevs[i].attrs);
			free(u.abbrevs);
			continue;
		}
		read_info_unit(&u, &body);
		for (size_t i = 0; i < u.nabbrevs; i++)
			free(u.abbrevs[i].attrs);
		free(u.abbrevs);
	}
	flatten();
}

static void init(void)
{
	inited = true;
	dl_iterate_phdr(bias_cb, &bias);
	int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	struct stat st;
	if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(Elf64_Ehdr)) {
		close(fd);
		return;
	}
	const uint8_t *base = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (base == MAP_FAILED)
		return;
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_shoff == 0 ||
	    eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > (uint64_t)st.st_size)
		return;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	const char *shstr = (const char *)(base + sh[eh->e_shstrndx].sh_offset);
	const Elf64_Shdr *symsh = NULL, *line = NULL;
	Sections secs = { 0 };
	bool info = false, abbrev = false;
	for (int i = 0; i < eh->e_shnum; i++) {
		const char *name = shstr + sh[i].sh_name;
		const uint8_t *p = base + sh[i].sh_offset;
		if (sh[i].sh_type == SHT_SYMTAB)
			symsh = &sh[i];
		else if (strcmp(name, ".debug_line") == 0)
			line = &sh[i];
		else if (strcmp(name, ".debug_line_str") == 0)
			secs.line_str = (Cur){ p, p + sh[i].sh_size };
		else if (strcmp(name, ".debug_str") == 0)
			secs.str = (Cur){ p, p + sh[i].sh_size };
		else if (strcmp(name, ".debug_info") == 0)
			secs.info = (Cur){ p, p + sh[i].sh_size }, info = true;
		else if (strcmp(name, ".debug_abbrev") == 0)
			secs.abbrev = (Cur){ p, p + sh[i].sh_size }, abbrev = true;
		else if (strcmp(name, ".debug_ranges") == 0)
			secs.ranges = (Cur){ p, p + sh[i].sh_size };
	}
	if (symsh)
		read_syms(symsh, base, sh);
	if (line) {
		Cur c = { base + line->sh_offset, base + line->sh_offset + line->sh_size };
		while (c.p < c.end && read_unit(&c, &secs, (uint64_t)(c.p - (base + line->sh_offset))))
			;
		qsort(rows, nrows, sizeof *rows, rowcmp);
	}
	if (info && abbrev)
		read_info(&secs);
}

static const rt_funcsym *lookup(uintptr_t pc);

/* rt_findfunc: the function whose code holds pc, or NULL.  A return
 * address just past a function's last instruction (a call to a function
 * that never returns, such as runtime.panicmem, which LLVM leaves last
 * where gc would pad) belongs to that function. */
const rt_funcsym *rt_findfunc(uintptr_t pc)
{
	const rt_funcsym *f = lookup(pc);
	if (!f && pc > 0) {
		f = lookup(pc - 1);
		if (f && pc != f->end)
			f = NULL;
	}
	return f;
}

static const rt_funcsym *lookup(uintptr_t pc)
{
	if (!inited)
		init();
	size_t lo = 0, hi = nsyms;
	while (lo < hi) {
		size_t m = (lo + hi) / 2;
		if (syms[m].entry <= pc)
			lo = m + 1;
		else
			hi = m;
	}
	/* several symbols may share an entry (aliases): take any that covers pc */
	while (lo > 0) {
		const rt_funcsym *f = &syms[lo - 1];
		if (pc < f->end || (f->end == f->entry && pc == f->entry))
			return f;
		if (lo < 2 || syms[lo - 2].entry != f->entry)
			break;
		lo--;
	}
	return NULL;
}

/* rt_pcline: the file and line of the instruction at pc; false if unknown. */
bool rt_pcline(uintptr_t pc, const char **file, intptr_t *line)
{
	if (!inited)
		init();
	size_t lo = 0, hi = nrows;
	while (lo < hi) {
		size_t m = (lo + hi) / 2;
		if (rows[m].addr <= pc)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo == 0 || !rows[lo - 1].file)
		return false;
	*file = rows[lo - 1].file;
	*line = rows[lo - 1].line;
	return true;
}

/*
 * rt_pcinline: the calls inlined at pc, innermost first, up to max: out[i]
 * names the function of logical frame i and the call it was inlined at,
 * the position in frame i + 1; the last frame is pc's function's own
 * (rt_findfunc) and frame 0's position pc's (rt_pcline).  Returns how many.
 */
int rt_pcinline(uintptr_t pc, rt_inlcall *out, int max)
{
	if (!inited)
		init();
	size_t lo = 0, hi = nsegs;
	while (lo < hi) {
		size_t m = (lo + hi) / 2;
		if (segs[m].lo <= pc)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo == 0 || pc >= segs[lo - 1].hi)
		return 0;
	int n = 0;
	for (int32_t k = segs[lo - 1].inl; k >= 0 && n < max; k = inls[k].parent) {
		out[n].name = inls[k].name;
		out[n].namelen = (intptr_t)strlen(inls[k].name);
		out[n].file = inls[k].file;
		out[n].line = inls[k].line;
		n++;
	}
	return n;
}
