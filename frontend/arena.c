/*
 * arena.c - compiler memory.
 *
 * The compiler allocates many small objects (nodes, lists, strings, types)
 * that all live until the process ends, so it never frees them one by one:
 * an arena hands out memory by bumping a pointer through large chunks and
 * the whole arena goes away at once (fe_arena_free, used by the fuzzer and
 * the unit tests, which parse many inputs in one process).  This removes a
 * whole class of bugs (double frees, dangling AST pointers) and makes
 * allocation nearly free.
 *
 * Chunks are 64 KB; a request larger than a quarter chunk gets a chunk of
 * its own so that a big string literal does not waste the rest of one.
 * Memory comes zeroed (calloc) and 16-byte aligned, so any struct can be
 * allocated and starts with all fields NULL/0/false.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

enum { CHUNK = 64 * 1024, ALIGN = 16 };

typedef struct Chunk {
	struct Chunk *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
	Chunk *head;   /* the chunk being filled */
	Chunk *big;    /* chunks holding a single large object */
};

static _Noreturn void oom(void)
{
	fputs("minigo: out of memory\n", stderr);
	exit(1);
}

static Chunk *new_chunk(size_t size)
{
	Chunk *c = calloc(1, sizeof(Chunk) + size);
	if (!c)
		oom();
	c->size = size;
	return c;
}

Arena *fe_arena_new(void)
{
	Arena *a = calloc(1, sizeof *a);
	if (!a)
		oom();
	return a;
}

void fe_arena_free(Arena *a)
{
	if (!a)
		return;
	for (int i = 0; i < 2; i++) {
		Chunk *c = i ? a->big : a->head;
		while (c) {
			Chunk *next = c->next;
			free(c);
			c = next;
		}
	}
	free(a);
}

void *fe_alloc(Arena *a, size_t size)
{
	size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (size == 0)
		size = ALIGN;
	if (size > CHUNK / 4) {
		Chunk *c = new_chunk(size);
		c->next = a->big;
		a->big = c;
		return c->data;
	}
	if (!a->head || a->head->size - a->head->used < size) {
		Chunk *c = new_chunk(CHUNK);
		c->next = a->head;
		a->head = c;
	}
	void *p = a->head->data + a->head->used;
	a->head->used += size;
	return p;
}

void *fe_grow(Arena *a, void *v, int n, int *cap, size_t elem, int first)
{
	if (n < *cap)
		return v;
	int ncap = *cap ? 2 * *cap : first;
	void *w = fe_alloc(a, (size_t)ncap * elem);
	if (n)
		memcpy(w, v, (size_t)n * elem);
	*cap = ncap;
	return w;
}

char *fe_strndup(Arena *a, const char *s, size_t n)
{
	char *p = fe_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *fe_sprintf(Arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	char *p = fe_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
