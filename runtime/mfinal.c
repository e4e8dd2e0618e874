/*
 * mfinal.c - finalizers: runtime.SetFinalizer and runtime.KeepAlive.
 *
 * As in Go, a finalizer is a "special" attached to a heap object: the
 * table below records the pointer the program passed, the func value, and
 * the two types the call needs (the object's pointer type and the
 * finalizer's parameter type).  The table lives in C memory, which the
 * collector does not scan, so it does not keep its objects alive.  The
 * collector (mgc.c) treats it as Go's markrootSpans and sweep do:
 *
 *   - during mark, everything an object with a finalizer points to is
 *     marked, and so is the func value, but not the object itself: a cycle
 *     through such an object keeps it alive forever, as in Go;
 *   - after mark, each registered object left unmarked has its finalizer
 *     moved to the queue and the object is marked after all, so that it
 *     (and what it reaches) survives this cycle for the finalizer to use;
 *     the queue is a root until its entries have run.  The next cycle that
 *     finds the object unreachable frees it.
 *
 * As Go's, queued finalizers run on a goroutine of their own (fing), a
 * system goroutine (proc.c) that the first SetFinalizer starts: it runs
 * the queue, oldest first, then parks ("finalizer wait") until the
 * collector queues more and readies it.  So runtime.GC() returns before
 * the finalizers it found have run, as in Go; they run when the program
 * blocks, sleeps, is preempted or calls runtime.GC again (which yields
 * before its cycle, as Go's caller waits while a cycle runs).  A
 * finalizer runs with a defer stack
 * of its own (defer.c): unrecovered, its panic kills the program, as a
 * panic on Go's finalizer goroutine does.
 *
 * The checks of the arguments and their texts are Go's (mfinal.go), each
 * a fatal error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

rt_finalizer *rt_fintab, *rt_finq;
size_t rt_nfintab, rt_nfinq;
static size_t capfintab, capfinq;
static bool running;

extern char __data_start[], _end[];

__asm__(".text\n"
	".globl rt_callclosure3\n"
	".type rt_callclosure3, @function\n"
	"rt_callclosure3:\n"
	"\tmov %rdi, %r10\n"
	"\tmov (%rdi), %rax\n"
	"\tmov %rsi, %rdi\n"
	"\tmov %rdx, %rsi\n"
	"\tmov %rcx, %rdx\n"
	"\tjmp *%rax\n"
	".size rt_callclosure3, .-rt_callclosure3\n");

static bool push(rt_finalizer **tab, size_t *n, size_t *cap, rt_finalizer f)
{
	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 16;
		rt_finalizer *t = realloc(*tab, c * sizeof *t);
		if (!t)
			return false;
		*tab = t;
		*cap = c;
	}
	(*tab)[(*n)++] = f;
	return true;
}

static G *fing;          /* the finalizer goroutine, once a finalizer is set */
static bool fingwait;    /* parked for want of work */

/* Moves registered finalizer i to the queue (the collector found its object unreachable). */
void rt_queuefinalizer(size_t i)
{
	if (!push(&rt_finq, &rt_nfinq, &capfinq, rt_fintab[i]))
		rt_throw("runtime: cannot allocate memory for the finalizer queue");
	rt_fintab[i] = rt_fintab[--rt_nfintab];
	if (fingwait) {
		fingwait = false;
		rt_goready(fing);
	}
}

/* fing's body: Go's runfinq loop. */
static void runfing(void *clo)
{
	(void)clo;
	for (;;) {
		if (rt_nfinq == 0) {
			fingwait = true;
			rt_gopark("finalizer wait");
			continue;
		}
		rt_runfinq();
	}
}

static _Noreturn void cannotpass(const GoType *etyp, const GoType *ftyp, const char *why)
{
	char buf[512];
	snprintf(buf, sizeof buf, "runtime.SetFinalizer: cannot pass %s to finalizer %s%s", etyp->str, ftyp->str, why);
	rt_throw(buf);
}

/* The size of a func type's results laid out as one struct, to know whether the call needs an sret buffer. */
static uintptr_t resultsize(const GoFuncType *ft)
{
	uintptr_t off = 0, align = 1;
	int n = ft->outCount & 0x7fff;
	for (int i = 0; i < n; i++) {
		const GoType *t = ft->out[i];
		uintptr_t a = t->align ? t->align : 1;
		off = (off + a - 1) & ~(a - 1);
		off += t->size;
		if (a > align)
			align = a;
	}
	return (off + align - 1) & ~(align - 1);
}

void rt_SetFinalizer(GoEface obj, GoEface finalizer)
{
	char buf[512];
	const GoType *etyp = obj.type;

	if (!etyp)
		rt_throw("runtime.SetFinalizer: first argument is nil");
	if ((etyp->kind & KindMask) != KindPointer) {
		snprintf(buf, sizeof buf, "runtime.SetFinalizer: first argument is %s, not pointer", etyp->str);
		rt_throw(buf);
	}
	const GoPtrType *ot = (const GoPtrType *)etyp;
	uintptr_t p = (uintptr_t)obj.data;
	uintptr_t base = rt_findObject(p, NULL, NULL);
	if (!base) {
		/* zero-sized objects, and the program's globals, never die */
		if (p == (uintptr_t)&rt_zerobase || (p >= (uintptr_t)__data_start && p < (uintptr_t)_end))
			return;
		rt_throw("runtime.SetFinalizer: pointer not in allocated block");
	}
	if (p != base && (ot->elem->ptrdata != 0 || ot->elem->size >= RT_TINY_SIZE))
		rt_throw("runtime.SetFinalizer: pointer not at beginning of allocated block");

	const GoType *ftyp = finalizer.type;
	if (!ftyp) {
		for (size_t i = 0; i < rt_nfintab; i++)
			if (rt_fintab[i].p == p) {
				rt_fintab[i] = rt_fintab[--rt_nfintab];
				break;
			}
		return;
	}
	if ((ftyp->kind & KindMask) != KindFunc) {
		snprintf(buf, sizeof buf, "runtime.SetFinalizer: second argument is %s, not a function", ftyp->str);
		rt_throw(buf);
	}
	const GoFuncType *ft = (const GoFuncType *)ftyp;
	if (ft->outCount & 0x8000)
		cannotpass(etyp, ftyp, " because dotdotdot");
	if (ft->inCount != 1)
		cannotpass(etyp, ftyp, "");
	const GoType *fint = ft->in[0];
	const GoItab *tab = NULL;
	switch (fint->kind & KindMask) {
	case KindPointer:
		if (fint == etyp)
			break;
		if ((!(fint->tflag & TflagUncommon) || !(etyp->tflag & TflagUncommon)) &&
		    ((const GoPtrType *)fint)->elem == ot->elem)
			break;
		cannotpass(etyp, ftyp, "");
	case KindInterface:
		if (((const GoInterfaceType *)fint)->nmethods == 0)
			break;
		tab = rt_getitab((const GoInterfaceType *)fint, etyp, true);
		if (!tab)
			cannotpass(etyp, ftyp, "");
		break;
	default:
		if (fint != etyp)
			cannotpass(etyp, ftyp, "");
	}
	for (size_t i = 0; i < rt_nfintab; i++)
		if (rt_fintab[i].p == p)
			rt_throw("runtime.SetFinalizer: finalizer already set");
	rt_finalizer f = { p, finalizer.data, fint, etyp, tab, resultsize(ft), false };
	if (!push(&rt_fintab, &rt_nfintab, &capfintab, f))
		rt_throw("runtime: cannot allocate memory for finalizers");
	if (!fing) {   /* Go's createfing */
		fing = rt_newsystemproc(runfing);
		fingwait = false;
	}
}

/* runtime.KeepAlive: the call itself is the use; the pointer stays in a register or slot until here. */
void rt_KeepAlive(GoEface x)
{
	__asm__ volatile("" : : "r"(x.data) : "memory");
}

static void call1(void *arg)
{
	const rt_finalizer *f = arg;
	uintptr_t sret[32];
	uintptr_t a[3] = { 0 }, *w = a;

	if (f->nret > 16) {
		/* results in memory: the sret pointer comes first */
		uintptr_t *big = f->nret > sizeof sret ? rt_mallocgc(f->nret, NULL, true) : sret;
		*w++ = (uintptr_t)big;
	}
	if ((f->fint->kind & KindMask) == KindInterface) {
		*w++ = f->tab ? (uintptr_t)f->tab : (uintptr_t)f->ot;
		*w++ = f->p;
	} else {
		*w++ = f->p;
	}
	rt_callclosure3(f->fn, a[0], a[1], a[2]);
}

/* Runs the queued finalizers, oldest first; those they queue run in the same loop. */
void rt_runfinq(void)
{
	if (running)
		return;
	running = true;
	while (rt_nfinq > 0) {
		rt_finalizer f = rt_finq[0];
		memmove(rt_finq, rt_finq + 1, (rt_nfinq - 1) * sizeof *rt_finq);
		rt_nfinq--;
		/* f (on this stack, scanned conservatively) keeps the object and the closure alive */
		rt_defer_isolate(call1, &f);
		__asm__ volatile("" : : "r"(&f) : "memory");
	}
	running = false;
}
