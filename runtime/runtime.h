/*
 * runtime.h - the runtime's table of contents: one section per file, for the
 * runtime's own use.  What generated code may call is in abi.h; this header
 * is what runtime files share among themselves and with the Check tests.
 * Everything not listed here is static to its file.
 */
#ifndef MINIGO_RUNTIME_H
#define MINIGO_RUNTIME_H

#include "runtime/abi.h"

/* panic.c */
enum { RT_PANIC_RUNTIME_ERROR, RT_PANIC_PLAIN };
/* Set by the panic/recover machinery once it exists; called before dying. */
extern void (*rt_panic_hook)(int kind, const char *msg);
/* panic: runtime error: <formatted>, e.g. rt_panicf("index out of range [%ld] with length %ld", i, n) */
_Noreturn void rt_panicf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
