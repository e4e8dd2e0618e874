/*
 * symtab.c - from a program counter to a function name, a file and a line.
 *
 * Go's linker writes its own tables (pclntab) for the runtime to read;
 * minigo links with the system's C toolchain, so the program answers the
 * same questions from what that toolchain already leaves in the
 * executable: the ELF symbol table gives each function's name and extent
 * (generated code is named as gc names it: main.main, main.(*T).M,
 * main.f.func1; runtime entry points carry Go's names through GO_NAME),
 * and the DWARF line table (.debug_line, which minigo emits as "debug
 * directives only": the line program and no DIE tree) gives file:line.
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
 * As with gc, a call that LLVM inlined reports the inlined code's line in
 * the physical frame's function: there is no DIE tree to tell the
 * inlining apart, by design (see codegen/gen.c).
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
	Cur line_str, str;
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

static void addrow(uintptr_t addr, const char *file, int32_t line)
{
	if (nrows == caprows) {
		size_t n = caprows ? 2 * caprows : 4096;
		LineRow *r = realloc(rows, n * sizeof *r);
		if (!r)
			return;
		rows = r;
		caprows = n;
	}
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

/* Decodes one line-number program unit; returns false when the data looks broken. */
static bool read_unit(Cur *c, const Sections *secs)
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
	/* files[] stays: rows point at its strings */
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
	Sections secs = { { NULL, NULL }, { NULL, NULL } };
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
	}
	if (symsh)
		read_syms(symsh, base, sh);
	if (line) {
		Cur c = { base + line->sh_offset, base + line->sh_offset + line->sh_size };
		while (c.p < c.end && read_unit(&c, &secs))
			;
		qsort(rows, nrows, sizeof *rows, rowcmp);
	}
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
