/*
 * base.h - the small library every stage uses: its table of contents.
 *
 *   map.c    hash maps keyed by pointers or by strings
 *   buf.c    a string builder
 *   stack.c  running the compiler on a thread with a big stack
 *
 * Memory comes from the frontend's arenas (frontend/arena.c): what a map
 * or an array holds lives as long as the compilation that made it.
 */
#ifndef MINIGO_BASE_H
#define MINIGO_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Arena Arena;
void *fe_alloc(Arena *a, size_t size); /* frontend/arena.c: zeroed, never freed alone */

/* ---- map.c ---- */

/* Open addressing; keys are never removed.  A string map copies its keys. */
typedef struct BsMap BsMap;
BsMap *bs_map_new(Arena *a);   /* pointer keys */
BsMap *bs_smap_new(Arena *a);  /* NUL-terminated string keys */
void *bs_map_get(const BsMap *m, const void *key);   /* NULL: absent */
void bs_map_put(BsMap *m, const void *key, void *val);
int bs_map_len(const BsMap *m);

/* ---- buf.c ---- */

typedef struct BsBuf {
	Arena *a;
	char *s;          /* NUL-terminated once anything was put */
	size_t len, cap;
} BsBuf;
void bs_putn(BsBuf *b, const char *s, size_t n);
void bs_puts(BsBuf *b, const char *s);
void bs_printf(BsBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void bs_vprintf(BsBuf *b, const char *fmt, va_list ap);
const char *bs_str(BsBuf *b); /* the text so far ("" when empty) */

/* ---- stack.c ---- */

/*
 * Every stage recurses along the program's nesting, and gc accepts
 * 10,000 nested blocks or parentheses.  bs_run_big_stack runs fn(arg) on
 * a thread whose stack (1 GiB, only reserved) is big enough for that,
 * under the sanitizers too, or on the caller's stack if no thread can be
 * made.
 */
void bs_run_big_stack(void (*fn)(void *), void *arg);

#endif
