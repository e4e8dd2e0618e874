/*
 * netpoll.c - the runtime side of internal/poll (Go's netpoll.go and
 * sema.go's poll_runtime_Semacquire).
 *
 * internal/poll is compiled from Go's source.  In Go, a descriptor that
 * epoll accepts is registered with the network poller, and a goroutine
 * whose read would block parks until the poller says it is ready.  minigo
 * has one goroutine and no poller yet (issue 17): registering fails
 * (pollOpen answers ENOSYS), which poll.FD.Init takes to mean "use
 * blocking I/O" -- exactly what Go does for a descriptor epoll refuses,
 * such as a regular file -- so reads and writes are plain blocking system
 * calls and the wait/deadline entry points are never reached with a
 * registration; they answer as for a descriptor that has none.  fdMutex's
 * semaphores are sync's (sema.c): with one goroutine, contention that
 * would block is a deadlock.
 */
#include <errno.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

void rt_poll_Semacquire(uint32_t *s) GO_NAME("\"internal/poll.runtime_Semacquire\"");
void rt_poll_Semrelease(uint32_t *s) GO_NAME("\"internal/poll.runtime_Semrelease\"");
void rt_poll_ServerInit(void) GO_NAME("\"internal/poll.runtime_pollServerInit\"");
typedef struct { uintptr_t ctx; intptr_t errno_; } GoPollOpen;
GoPollOpen rt_poll_Open(uintptr_t fd) GO_NAME("\"internal/poll.runtime_pollOpen\"");
void rt_poll_Close(uintptr_t ctx) GO_NAME("\"internal/poll.runtime_pollClose\"");
intptr_t rt_poll_Wait(uintptr_t ctx, intptr_t mode) GO_NAME("\"internal/poll.runtime_pollWait\"");
void rt_poll_WaitCanceled(uintptr_t ctx, intptr_t mode) GO_NAME("\"internal/poll.runtime_pollWaitCanceled\"");
intptr_t rt_poll_Reset(uintptr_t ctx, intptr_t mode) GO_NAME("\"internal/poll.runtime_pollReset\"");
void rt_poll_SetDeadline(uintptr_t ctx, int64_t d, intptr_t mode) GO_NAME("\"internal/poll.runtime_pollSetDeadline\"");
void rt_poll_Unblock(uintptr_t ctx) GO_NAME("\"internal/poll.runtime_pollUnblock\"");
bool rt_poll_isPollServerDescriptor(uintptr_t fd) GO_NAME("\"internal/poll.runtime_isPollServerDescriptor\"");

void rt_sync_Semacquire(uint32_t *s) GO_NAME("sync.runtime_Semacquire");
void rt_sync_Semrelease(uint32_t *s, bool handoff, intptr_t skipframes) GO_NAME("sync.runtime_Semrelease");

void rt_poll_Semacquire(uint32_t *s)
{
	rt_sync_Semacquire(s);
}

void rt_poll_Semrelease(uint32_t *s)
{
	rt_sync_Semrelease(s, false, 0);
}

void rt_poll_ServerInit(void)
{
}

GoPollOpen rt_poll_Open(uintptr_t fd)
{
	(void)fd;
	return (GoPollOpen){ 0, ENOSYS };
}

void rt_poll_Close(uintptr_t ctx)
{
	(void)ctx;
}

/* pollNoError: nothing registered means nothing to wait for */
intptr_t rt_poll_Wait(uintptr_t ctx, intptr_t mode)
{
	(void)ctx, (void)mode;
	return 0;
}

void rt_poll_WaitCanceled(uintptr_t ctx, intptr_t mode)
{
	(void)ctx, (void)mode;
}

intptr_t rt_poll_Reset(uintptr_t ctx, intptr_t mode)
{
	(void)ctx, (void)mode;
	return 0;
}

void rt_poll_SetDeadline(uintptr_t ctx, int64_t d, intptr_t mode)
{
	(void)ctx, (void)d, (void)mode;
}

void rt_poll_Unblock(uintptr_t ctx)
{
	(void)ctx;
}

bool rt_poll_isPollServerDescriptor(uintptr_t fd)
{
	(void)fd;
	return false;
}
