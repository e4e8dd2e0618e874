/*
 * stack.c - the stack main.main runs on, and what happens when code on it
 * faults.
 *
 * Go's goroutine stacks start at 8 KiB and are copied to twice their size
 * whenever a function's prologue finds too little room, up to a limit of
 * 1e9 bytes (runtime.maxstacksize on 64-bit), so a Go program may recurse a
 * million levels deep or keep a 10 MB array in a local variable.  minigo
 * compiles to native frames that cannot be moved (C and LLVM code holds raw
 * pointers into them), so it gets the same headroom the other way: the one
 * goroutine runs on a stack reserved at its final size up front.  The
 * reservation is address space only - MAP_NORESERVE, no commit charge, and
 * the kernel supplies zeroed pages the first time each one is touched - so
 * a program that uses 20 KiB of stack costs 20 KiB of memory, as in Go.
 * MAP_STACK keeps transparent huge pages off it, which would otherwise
 * commit 2 MiB at a time.  The 8 MiB stack the process starts on (the
 * RLIMIT_STACK default) would turn deep recursion into a segfault long
 * before Go's limit.
 *
 *     base                 lo                                          hi
 *     | guard: PROT_NONE   | usable: 1e9 bytes, rounded up to a page    |
 *     |<---- 64 MiB ------>|<--- grows down from hi, committed on touch --|
 *
 * Below the usable part lies a guard region with no access.  A frame that
 * runs past lo touches it and faults; the handler recognises the address
 * (or the stack pointer) as inside the guard - the big stack's or any
 * goroutine's (proc.c) - and reports Go's overflow:
 *
 *     runtime: goroutine stack exceeds 1000000000-byte limit
 *     runtime: sp=0x... stack=[0x..., 0x...]
 *     fatal error: stack overflow
 *
 * and exits 2.  The guard is larger than any frame the compiler makes (Go
 * moves variables over 10 MB to the heap, so frames stay well below 64
 * MiB); a frame can therefore never step over the guard into whatever is
 * mapped below it, even without stack probes.  The handler runs on a
 * sigaltstack, since the faulting stack has no room left.
 *
 * Switching stacks.  A dozen lines of assembly (stackswitch below) save the
 * caller's %rsp in %rbp, load the new stack pointer, call fn(arg), and
 * restore.  makecontext/swapcontext would do the same with a signal-mask
 * system call on each switch and a function type that only takes int
 * arguments; the assembly is shorter than the code needed to work around
 * either, keeps the return path an ordinary `ret` (so CET shadow stacks and
 * debuggers see a normal call), and carries CFI so gdb's backtrace walks
 * from main.main through the switch into the C main.  Under AddressSanitizer
 * the switch is announced with the fiber API, without which ASan's own
 * notion of the stack bounds would be wrong on the big stack.
 *
 * The collector.  mgc.c scans the stack conservatively from the current sp
 * up to rt_stacktop, which rt_schedinit sets; rt_run_on_big_stack tells it
 * the big stack's top before the first instruction runs there and restores
 * the previous top when fn returns (tests run code on both stacks).  Frames
 * left behind on the original stack - main's argc and argv - are not
 * scanned, and hold nothing the collector needs.
 *
 * Faults that are not overflows follow Go's sigpanic (signal_unix.go):
 *
 *   SIGSEGV/SIGBUS at an address below 4096   panic: runtime error: invalid
 *                                              memory address or nil pointer
 *                                              dereference + [signal ...]
 *   SIGSEGV/SIGBUS anywhere else               unexpected fault address 0x...
 *                                              fatal error: fault + [signal ...]
 *   SIGFPE (integer division trap)             panic: runtime error: integer
 *                                              divide by zero
 *
 * The nil dereference and the division trap are panics that recover() may
 * catch, so they cannot be handled inside the signal handler: deferred calls
 * must run on the goroutine's stack with signals unblocked, and longjmp out
 * of a handler leaves the handler's alternate stack and signal mask in an
 * unspecified state.  Instead the handler does what Go's preparePanic does:
 * it edits the interrupted context so that, when the handler returns, the
 * faulting instruction appears to have called sigpanic, which raises the
 * panic through defer.c's runtime.panicmem / runtime.panicdivide like the
 * compiler's explicit checks do.  The code generator checks nil pointers and
 * zero divisors explicitly, so these paths are the backstop for what it does
 * not check (or for faults inside the runtime, where a lock may be held: Go
 * throws there, minigo cannot tell runtime code from generated code and
 * panics; such a fault is a runtime bug either way).  The unexpected-fault
 * case is a throw in Go too, and is reported from the handler directly.
 *
 * The handler records the fault as Go's g.sig/sigcode0/sigcode1/sigpc do,
 * in rt_siginfo, and rt_printsiginfo prints it as Go's "[signal ...]" line,
 * so the panic printer can show the real code, address and pc.
 *
 * Everything printed from the handler goes through write(2) from a local
 * buffer; stdio is not async-signal-safe.  The one exception is flushing
 * stdout before dying, without which output the program wrote before the
 * fault would be lost (Go's writes are unbuffered, so it never loses it).
 * glibc's stdio locks are recursive, so the flush cannot deadlock even when
 * the fault interrupted stdio itself; the worst case is a garbled last line.
 */
#if !defined(__x86_64__) || !defined(__linux__)
#error "stack.c: the stack switch and signal context editing are written for linux/amd64"
#endif

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

#ifdef RT_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

enum {
	GUARD_BYTES = 64 << 20,
	SIGSTACK_BYTES = 64 << 10,
	NIL_LIMIT = 4096,          /* Go: faults below 0x1000 are nil dereferences */
	REDZONE = 128,             /* SysV: the leaf area below %rsp the interrupted code may use */
};

uintptr_t rt_bigstacklo, rt_bigstackhi;
rt_siginfo_t rt_siginfo;

/* The defer.c entry points the compiler's checks call; a trap raises the same panics. */
_Noreturn void rt_panicmem(void) GO_NAME("runtime.panicmem");
_Noreturn void rt_panicdivide(void) GO_NAME("runtime.panicdivide");

static uintptr_t bigbase;      /* start of the guard: the mapping is [bigbase, rt_bigstackhi) */

/*
 * void stackswitch(void *sp, void (*fn)(void *), void *arg): call fn(arg)
 * with %rsp = sp (16-byte aligned, so fn's frame is aligned as the ABI
 * wants after the call pushes the return address), then return on the
 * caller's stack.  %rbp is callee-saved, so fn preserves the saved %rsp.
 */
__asm__(
	"	.text\n"
	"	.p2align 4\n"
	"	.type minigo_stackswitch, @function\n"
	"minigo_stackswitch:\n"
	"	.cfi_startproc\n"
	"	pushq %rbp\n"
	"	.cfi_def_cfa_offset 16\n"
	"	.cfi_offset %rbp, -16\n"
	"	movq %rsp, %rbp\n"
	"	.cfi_def_cfa_register %rbp\n"
	"	movq %rdi, %rsp\n"
	"	movq %rdx, %rdi\n"
	"	callq *%rsi\n"
	"	movq %rbp, %rsp\n"
	"	popq %rbp\n"
	"	.cfi_def_cfa %rsp, 8\n"
	"	ret\n"
	"	.cfi_endproc\n"
	"	.size minigo_stackswitch, .-minigo_stackswitch\n");
/* A local symbol of this object file: the declaration only gives it a C type. */
extern void stackswitch(void *sp, void (*fn)(void *), void *arg) __asm__("minigo_stackswitch");

static uintptr_t getsp(void)
{
	uintptr_t sp;

	__asm__ volatile("movq %%rsp, %0" : "=r"(sp));
	return sp;
}

/* ---- printing from the signal handler: no stdio, no allocation ---- */

typedef struct sigbuf { char b[512]; size_t n; } sigbuf;

static void bputs(sigbuf *w, const char *s)
{
	while (*s && w->n < sizeof w->b)
		w->b[w->n++] = *s++;
}

/* Go's print(hex(v)): 0x and lower-case digits, 0x0 for zero. */
static void bhex(sigbuf *w, uintptr_t v)
{
	char d[2 + 16];
	int i = sizeof d;

	do {
		d[--i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	d[--i] = 'x';
	d[--i] = '0';
	for (; i < (int)sizeof d && w->n < sizeof w->b; i++)
		w->b[w->n++] = d[i];
}

static void bflush(sigbuf *w)
{
	size_t off = 0;

	while (off < w->n) {
		ssize_t r = write(2, w->b + off, w->n - off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		off += (size_t)r;
	}
	w->n = 0;
}

static const char *signame(int sig)
{
	switch (sig) {
	case SIGSEGV: return "SIGSEGV: segmentation violation";
	case SIGBUS: return "SIGBUS: bus error";
	case SIGFPE: return "SIGFPE: floating-point exception";
	}
	return "signal";
}

/* Go's dopanic_m line: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4011d6] */
static void bsigline(sigbuf *w, const rt_siginfo_t *si)
{
	bputs(w, "[signal ");
	bputs(w, signame(si->sig));
	bputs(w, " code=");
	bhex(w, si->code);
	bputs(w, " addr=");
	bhex(w, si->addr);
	bputs(w, " pc=");
	bhex(w, si->pc);
	bputs(w, "]\n");
}

bool rt_printsiginfo(void)
{
	sigbuf w = { .n = 0 };

	if (!rt_siginfo.sig)
		return false;
	fflush(stderr);
	bsigline(&w, &rt_siginfo);
	bflush(&w);
	return true;
}

/* The interrupted pc and frame pointer, for the trace of a fatal fault. */
static uintptr_t faultpc, faultfp;

/* The end of every fatal report: the goroutine's trace from where the signal struck. */
static _Noreturn void sigdie(sigbuf *w)
{
	bputs(w, "\n");
	bflush(w);
	rt_printtraceback(faultpc, faultfp);
	_exit(2);
}

static _Noreturn void overflow(uintptr_t sp, uintptr_t lo, uintptr_t hi)
{
	sigbuf w = { .n = 0 };

	fflush(stdout);
	bputs(&w, "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=");
	bhex(&w, sp);
	bputs(&w, " stack=[");
	bhex(&w, lo);
	bputs(&w, ", ");
	bhex(&w, hi);
	bputs(&w, "]\nfatal error: stack overflow\n");
	sigdie(&w);
}

/*
 * Where the handler makes the faulting instruction "call" to.  It runs on
 * the goroutine's stack, outside signal context, so the panic it raises may
 * run deferred calls and be recovered like any other.
 */
static _Noreturn void sigpanic(void) __asm__("runtime.sigpanic");
static _Noreturn void sigpanic(void)
{
	switch (rt_siginfo.sig) {
	case SIGFPE:
		if (rt_siginfo.code == FPE_INTDIV)
			rt_panicdivide();
		if (rt_siginfo.code == FPE_INTOVF)
			rt_panicstr("integer overflow");
		rt_panicstr("floating point error");
	default:
		rt_panicmem();
	}
}

bool rt_panicOnFault;

/* Is p in the guard below a stack: the big stack's or a goroutine's (proc.c)?  Its usable part in *lo, *hi. */
static bool inguard(uintptr_t p, uintptr_t *lo, uintptr_t *hi)
{
	if (bigbase && p >= bigbase && p < rt_bigstacklo) {
		*lo = rt_bigstacklo;
		*hi = rt_bigstackhi;
		return true;
	}
	return rt_stackguard(p, lo, hi);
}

static void sighandler(int sig, siginfo_t *info, void *ctx)
{
	greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
	uintptr_t pc = (uintptr_t)r[REG_RIP], sp = (uintptr_t)r[REG_RSP];
	faultpc = pc;
	faultfp = (uintptr_t)r[REG_RBP];
	uintptr_t addr = (uintptr_t)info->si_addr, nsp, lo, hi;
	bool nil;
	sigbuf w = { .n = 0 };

	/* Go ignores these signals when another process sends them (sigtable flags). */
	if (info->si_code == SI_USER)
		return;
	if (sig != SIGFPE && (inguard(addr, &lo, &hi) || inguard(sp, &lo, &hi)))
		overflow(sp, lo, hi);

	rt_siginfo = (rt_siginfo_t){ .sig = sig, .code = (uintptr_t)(intptr_t)info->si_code, .addr = addr, .pc = pc };
	if (sig == SIGSEGV)
		nil = (info->si_code == SEGV_MAPERR || info->si_code == SEGV_ACCERR) && addr < NIL_LIMIT;
	else if (sig == SIGBUS)
		nil = info->si_code == BUS_ADRERR && addr < NIL_LIMIT;
	else
		nil = true; /* SIGFPE: always a panic, sigpanic picks the text */

	/* debug.SetPanicOnFault: any fault is a panic the program may recover */
	if (!nil && !rt_panicOnFault) {
		fflush(stdout);
		bputs(&w, "unexpected fault address ");
		bhex(&w, addr);
		bputs(&w, "\nfatal error: fault\n");
		bsigline(&w, &rt_siginfo);
		sigdie(&w);
	}

	/*
	 * Push a return address and enter sigpanic, as if the faulting
	 * instruction had called it.  The interrupted code's red zone is
	 * skipped, not overwritten, and the new sp is aligned as it would be
	 * after a call.  If that frame lands in the guard, the stack is as
	 * good as exhausted: report the overflow now rather than fault again
	 * with the signal blocked.
	 */
	nsp = ((sp - REDZONE) & ~(uintptr_t)15) - sizeof(uintptr_t);
	if (rt_stackof(sp, &lo, &hi) && nsp < lo + 4096)
		overflow(sp, lo, hi);
	*(uintptr_t *)nsp = pc;
	r[REG_RSP] = (greg_t)nsp;
	r[REG_RIP] = (greg_t)(uintptr_t)sigpanic;
	r[REG_EFL] &= ~(greg_t)0x400; /* DF: the ABI wants it clear at a call (a fault mid-memmove may leave it set) */
}

static _Noreturn void nomem(const char *what, size_t n)
{
	fflush(stdout);
	fprintf(stderr, "runtime: cannot reserve %zu-byte %s: %s\nfatal error: out of memory\n", n, what,
		strerror(errno));
	_exit(2);
}

static void siginit(void)
{
	stack_t ss = { .ss_size = SIGSTACK_BYTES };
	struct sigaction sa;
	static const int sigs[] = { SIGSEGV, SIGBUS, SIGFPE };

	ss.ss_sp = mmap(NULL, SIGSTACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ss.ss_sp == MAP_FAILED)
		nomem("signal stack", SIGSTACK_BYTES);
	if (sigaltstack(&ss, NULL) != 0)
		nomem("signal stack", SIGSTACK_BYTES);

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = sighandler;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigfillset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

/* Reserve the stack and its guard, and install the handlers: once per process. */
static void stackinit(void)
{
	size_t usable = ((size_t)RT_MAXSTACK + 4095) & ~(size_t)4095;
	size_t total = GUARD_BYTES + usable;
	void *p;

	p = mmap(NULL, total, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
	if (p == MAP_FAILED)
		nomem("stack", total);
	if (mprotect(p, GUARD_BYTES, PROT_NONE) != 0)
		nomem("stack guard", GUARD_BYTES);
	bigbase = (uintptr_t)p;
	rt_bigstacklo = bigbase + GUARD_BYTES;
	rt_bigstackhi = bigbase + total;
	siginit();
}

/* What runs first on the big stack: tell ASan where it is, then call fn. */
typedef struct switchargs {
	void (*fn)(void *);
	void *arg;
	void *fakestack;           /* ASan's fake frames of the original stack */
	const void *oldbottom;     /* the original stack, as ASan knew it */
	size_t oldsize;
} switchargs;

static void onbigstack(void *p)
{
	switchargs *a = p;

#ifdef RT_ASAN
	__sanitizer_finish_switch_fiber(NULL, &a->oldbottom, &a->oldsize);
#endif
	a->fn(a->arg);
#ifdef RT_ASAN
	__sanitizer_start_switch_fiber(NULL, a->oldbottom, a->oldsize);
#endif
}

void rt_run_on_big_stack(void (*fn)(void *), void *arg)
{
	uintptr_t sp = getsp(), oldtop;
	switchargs a = { .fn = fn, .arg = arg };

	if (!bigbase)
		stackinit();
	if ((sp >= rt_bigstacklo && sp < rt_bigstackhi) || rt_curg->goid != 1) {
		fn(arg);        /* already on it, or on a goroutine's own */
		return;
	}
	/* The heap is set up (and rt_stacktop given its default) before the collector is pointed at the new stack. */
	rt_schedinit(NULL);
	oldtop = rt_stacktop;
	rt_schedinit((void *)rt_bigstackhi);
#ifdef RT_ASAN
	__sanitizer_start_switch_fiber(&a.fakestack, (const void *)rt_bigstacklo, rt_bigstackhi - rt_bigstacklo);
#endif
	stackswitch((void *)rt_bigstackhi, onbigstack, &a);
#ifdef RT_ASAN
	__sanitizer_finish_switch_fiber(a.fakestack, NULL, NULL);
#endif
	rt_schedinit((void *)oldtop);
}
