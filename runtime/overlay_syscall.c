/*
 * overlay_syscall.c - the native overlay of package syscall.
 *
 * syscall is compiled from Go's source.  Its system calls all end in
 * RawSyscall6 (or rawSyscallNoError), which Go writes in assembly
 * (asm_linux_amd64.s): the SYSCALL instruction with the arguments in
 * DI, SI, DX, R10, R8, R9, and a result in [-4095, -1] meaning the errno
 * -result.  Done here the same way, without libc, so errno conventions
 * are the kernel's as in Go.  Syscall brackets it with
 * runtime.entersyscall/exitsyscall, which tell the scheduler to hand the
 * P off; with one goroutine there is nothing to hand it to.
 *
 * The rest are runtime hooks (proc.go, runtime.go, env_posix.go):
 * fork and exec bracketing (signal masks: minigo installs no Go signal
 * handlers that a child would inherit, so these have nothing to do), the
 * environment at start (runtime_envs, from the C environ), setenv_c and
 * unsetenv_c (Go calls libc only with cgo; without it, like Go, they do
 * nothing), doAllThreadsSyscall (one thread: the call itself), and
 * rawVforkSyscall, which is ENOSYS: minigo does not start processes yet
 * (os/exec is not compiled), and a fork of a program with minigo's runtime
 * under vfork's rules is not something to improvise.
 */
#include <errno.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

extern char **environ;

typedef struct { uintptr_t r1, r2, err; } GoSyscall3;
typedef struct { uintptr_t r1, r2; } GoSyscall2;
typedef struct { uintptr_t r1, err; } GoSyscallErr;

void rt_entersyscall(void) GO_NAME("runtime.entersyscall");
void rt_exitsyscall(void) GO_NAME("runtime.exitsyscall");
GoSyscall3 rt_syscall_RawSyscall6(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
				  uintptr_t a5, uintptr_t a6) GO_NAME("syscall.RawSyscall6");
GoSyscall2 rt_syscall_rawSyscallNoError(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3)
	GO_NAME("syscall.rawSyscallNoError");
GoSyscallErr rt_syscall_rawVforkSyscall(uintptr_t trap, uintptr_t a1) GO_NAME("syscall.rawVforkSyscall");
GoSyscall3 rt_syscall_doAllThreadsSyscall(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3,
					  uintptr_t a4, uintptr_t a5, uintptr_t a6)
	GO_NAME("syscall.runtime_doAllThreadsSyscall");
uintptr_t rt_syscall_gettimeofday(struct timeval *tv) GO_NAME("syscall.gettimeofday");
intptr_t rt_syscall_Getpagesize(void) GO_NAME("syscall.Getpagesize");
GoSlice rt_syscall_runtime_envs(void) GO_NAME("syscall.runtime_envs");
void rt_syscall_setenv_c(GoString k, GoString v) GO_NAME("syscall.setenv_c");
void rt_syscall_unsetenv_c(GoString k) GO_NAME("syscall.unsetenv_c");
uintptr_t rt_syscall_cgocaller(void *fn, GoSlice args) GO_NAME("syscall.cgocaller");
void rt_syscall_BeforeFork(void) GO_NAME("syscall.runtime_BeforeFork");
void rt_syscall_AfterFork(void) GO_NAME("syscall.runtime_AfterFork");
void rt_syscall_AfterForkInChild(void) GO_NAME("syscall.runtime_AfterForkInChild");
void rt_syscall_BeforeExec(void) GO_NAME("syscall.runtime_BeforeExec");
void rt_syscall_AfterExec(void) GO_NAME("syscall.runtime_AfterExec");

void rt_entersyscall(void)
{
}

void rt_exitsyscall(void)
{
}

GoSyscall3 rt_syscall_RawSyscall6(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
				  uintptr_t a5, uintptr_t a6)
{
	register uintptr_t r10 __asm__("r10") = a4;
	register uintptr_t r8 __asm__("r8") = a5;
	register uintptr_t r9 __asm__("r9") = a6;
	uintptr_t ax = trap, dx = a3;

	__asm__ volatile("syscall"
			 : "+a"(ax), "+d"(dx)
			 : "D"(a1), "S"(a2), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	if (ax > (uintptr_t)-4096)
		return (GoSyscall3){ (uintptr_t)-1, 0, -ax };
	return (GoSyscall3){ ax, dx, 0 };
}

GoSyscall2 rt_syscall_rawSyscallNoError(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3)
{
	GoSyscall3 r = rt_syscall_RawSyscall6(trap, a1, a2, a3, 0, 0, 0);
	return (GoSyscall2){ r.err ? -r.err : r.r1, r.r2 };
}

GoSyscallErr rt_syscall_rawVforkSyscall(uintptr_t trap, uintptr_t a1)
{
	(void)trap, (void)a1;
	return (GoSyscallErr){ (uintptr_t)-1, ENOSYS };
}

GoSyscall3 rt_syscall_doAllThreadsSyscall(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3,
					  uintptr_t a4, uintptr_t a5, uintptr_t a6)
{
	return rt_syscall_RawSyscall6(trap, a1, a2, a3, a4, a5, a6);
}

uintptr_t rt_syscall_gettimeofday(struct timeval *tv)
{
	return gettimeofday(tv, NULL) == 0 ? 0 : (uintptr_t)errno;
}

intptr_t rt_syscall_Getpagesize(void)
{
	return (intptr_t)sysconf(_SC_PAGESIZE);
}

/* The environment as Go's runtime captured it at start (goenvs). */
GoSlice rt_syscall_runtime_envs(void)
{
	intptr_t n = 0;
	while (environ && environ[n])
		n++;
	GoString *v = rt_makeslice(&rt_type_string, n, n);
	for (intptr_t i = 0; i < n; i++)
		v[i] = rt_gostring((const uint8_t *)environ[i], (intptr_t)strlen(environ[i]));
	return (GoSlice){ v, n, n };
}

void rt_syscall_setenv_c(GoString k, GoString v)
{
	(void)k, (void)v;
}

void rt_syscall_unsetenv_c(GoString k)
{
	(void)k;
}

/* Only called when cgo's libc hooks are set, which they never are. */
uintptr_t rt_syscall_cgocaller(void *fn, GoSlice args)
{
	(void)fn, (void)args;
	rt_throw("cgocall unavailable");
}

void rt_syscall_BeforeFork(void)
{
}

void rt_syscall_AfterFork(void)
{
}

void rt_syscall_AfterForkInChild(void)
{
}

void rt_syscall_BeforeExec(void)
{
}

void rt_syscall_AfterExec(void)
{
}
