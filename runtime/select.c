/*
 * select.c - the select statement (Go's select.go).
 *
 * gc compiles a select with two or more cases (one case and a default
 * becomes selectnbsend / selectnbrecv, select {} becomes block) into a
 * call of selectgo with an array of cases, the sends first, then the
 * receives, and scratch space for two orders:
 *
 *   poll order   a uniformly random permutation of the cases whose
 *                channel is not nil (an inside-out Fisher-Yates shuffle
 *                as they are counted): the order in which ready cases are
 *                looked for, so that no case starves another;
 *   lock order   the same cases sorted by channel address (a heapsort, in
 *                place, no allocation): the order in which a multi-thread
 *                runtime locks the channels without deadlocking, and the
 *                order of the goroutine's sudog list.
 *
 * Then Go's three passes.  One: in poll order, the first case that can
 * proceed now (a waiting partner, buffer data or room, a closed channel)
 * is taken.  If none and the select has a default, return -1.  Two: queue
 * a sudog on every case's channel, linked in lock order from g->waiting,
 * and park ("select").  Whoever completes one of them (chan.c) sets the
 * G's selectDone, so every other sudog of the G becomes stale in its
 * queue, and leaves the winning sudog in g->param.  Three, awake: take
 * the stale sudogs out of their queues and report the winner.  With one
 * thread the locking of Go's sellock/selunlock has nothing to do; the
 * sort is kept because the sudog list is walked in that order and M:N
 * will need it.
 *
 * The sudogs live in selectgo's frame, a variable-length array: the
 * goroutine stays parked in that frame for as long as they are queued.
 */
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

static inline uint32_t fastrandn(uint32_t n)
{
	return (uint32_t)(((uint64_t)rt_fastrand() * n) >> 32);
}

static inline uintptr_t key(const GoScase *cas, uint16_t i)
{
	return (uintptr_t)cas[i].c;
}

/* Restore the max-heap property below root in ord[0..n) (keys: channel addresses). */
static void sink(const GoScase *cas, uint16_t *ord, intptr_t root, intptr_t n)
{
	uint16_t v = ord[root];

	for (;;) {
		intptr_t child = 2 * root + 1;
		if (child >= n)
			break;
		if (child + 1 < n && key(cas, ord[child + 1]) > key(cas, ord[child]))
			child++;
		if (key(cas, ord[child]) <= key(cas, v))
			break;
		ord[root] = ord[child];
		root = child;
	}
	ord[root] = v;
}

static void sortbychan(const GoScase *cas, uint16_t *ord, intptr_t n)
{
	for (intptr_t i = n / 2 - 1; i >= 0; i--)
		sink(cas, ord, i, n);
	for (intptr_t end = n - 1; end > 0; end--) {
		uint16_t t = ord[0];
		ord[0] = ord[end];
		ord[end] = t;
		sink(cas, ord, 0, end);
	}
}

intptr_t rt_selectgo(GoScase *cas0, uint16_t *order0, intptr_t nsends, intptr_t nrecvs, bool block, bool *recvOK)
{
	intptr_t ncases = nsends + nrecvs, norder = 0, casi;
	uint16_t *pollorder = order0, *lockorder = order0 + ncases;
	GoScase *cas;
	GoHchan *c;
	sudog *sg;

	*recvOK = false;
	for (intptr_t i = 0; i < ncases; i++) {
		if (!cas0[i].c) {
			cas0[i].elem = NULL;
			continue;
		}
		uint32_t j = fastrandn((uint32_t)norder + 1);
		pollorder[norder] = pollorder[j];
		pollorder[j] = (uint16_t)i;
		norder++;
	}
	memcpy(lockorder, pollorder, (size_t)norder * sizeof *lockorder);
	sortbychan(cas0, lockorder, norder);

	/* pass 1: a case that can proceed now */
	for (intptr_t k = 0; k < norder; k++) {
		casi = pollorder[k];
		cas = &cas0[casi];
		c = cas->c;
		if (casi >= nsends) {
			if ((sg = rt_waitq_dequeue(&c->sendq)) != NULL) {
				rt_chan_recv(c, sg, cas->elem);
				*recvOK = true;
				return casi;
			}
			if (c->qcount > 0) {
				bool received;
				rt_chanrecv(c, cas->elem, false, &received);
				*recvOK = true;
				return casi;
			}
			if (c->closed) {
				if (cas->elem)
					memset(cas->elem, 0, c->elemsize);
				return casi;
			}
		} else {
			if (c->closed)
				rt_panicplain("send on closed channel");
			if ((sg = rt_waitq_dequeue(&c->recvq)) != NULL) {
				rt_chan_send(c, sg, cas->elem);
				return casi;
			}
			if (c->qcount < c->dataqsiz) {
				rt_chansend(c, cas->elem, false);
				return casi;
			}
		}
	}
	if (!block)
		return -1;

	/* pass 2: wait on every channel */
	G *gp = rt_curg;
	sudog sgs[norder > 0 ? norder : 1];
	sudog **nextp = &gp->waiting;
	gp->waiting = NULL;
	for (intptr_t k = 0; k < norder; k++) {
		casi = lockorder[k];
		cas = &cas0[casi];
		sg = &sgs[k];
		*sg = (sudog){ .g = gp, .elem = cas->elem, .c = cas->c, .isSelect = true };
		*nextp = sg;
		nextp = &sg->waitlink;
		rt_waitq_enqueue(casi < nsends ? &((GoHchan *)cas->c)->sendq : &((GoHchan *)cas->c)->recvq, sg);
	}
	gp->param = NULL;
	gp->selectDone = 0;
	rt_gopark("select");

	/* pass 3: the winner, and out of the other queues */
	gp->selectDone = 0;
	sudog *won = gp->param;
	gp->param = NULL;
	gp->waiting = NULL;
	intptr_t chosen = -1;
	bool success = false;
	for (intptr_t k = 0; k < norder; k++) {
		casi = lockorder[k];
		cas = &cas0[casi];
		sg = &sgs[k];
		if (sg == won) {
			chosen = casi;
			success = sg->success;
		} else {
			rt_waitq_remove(casi < nsends ? &((GoHchan *)cas->c)->sendq : &((GoHchan *)cas->c)->recvq, sg);
		}
	}
	if (chosen < 0)
		rt_throw("selectgo: bad wakeup");
	if (chosen < nsends) {
		if (!success)
			rt_panicplain("send on closed channel");
	} else {
		*recvOK = success;
	}
	return chosen;
}

bool rt_selectnbsend(void *c, void *elem)
{
	return rt_chansend(c, elem, false);
}

bool rt_selectnbrecv(void *elem, void *c, bool *received)
{
	return rt_chanrecv(c, elem, false, received);
}

void rt_block(void)
{
	rt_gopark("select (no cases)");
	rt_throw("unreachable");
}
