/*
 * chan.c - channels (Go's chan.go).
 *
 * A channel is Go's hchan (abi.h): a count and a circular buffer of
 * dataqsiz elements, the closed flag, and two queues of waiting
 * goroutines, receivers and senders, each waiter a sudog holding the
 * address of its element.  The invariants are Go's: a channel never has
 * waiting receivers while its buffer holds data, nor waiting senders
 * while its buffer has room, so each operation looks at most at one queue
 * head and the buffer:
 *
 *   send     a receiver waits: copy straight into its element and ready
 *            it; else room in the buffer: append; else park on sendq.
 *   receive  a sender waits: take its element (unbuffered) or the
 *            buffer's head, refilling the tail from the sender (buffered:
 *            the sender is as if it had queued first), and ready it; else
 *            data in the buffer: take the head; else closed: the zero
 *            value and ok false; else park on recvq.
 *   close    mark closed, give every waiting receiver the zero value and
 *            ok false, wake every waiting sender to panic "send on closed
 *            channel".
 *
 * Sends and receives on a nil channel block forever ("chan send (nil
 * chan)"); closing a nil or closed channel and sending on a closed one are
 * plainError panics, recoverable, with Go's texts.
 *
 * With one thread there is nothing to lock: the lock word is Go's field,
 * kept for the M:N step.  A sudog lives in the frame of the operation that
 * waits (Go allocates them because its stacks move; these stacks do not),
 * and so does the element it points at; the collector scans both as part
 * of the parked goroutine's stack.  Memory follows Go's makechan: hchan and
 * buffer in one pointer-free object when the element holds no pointers,
 * else the buffer is an array of the element type of its own, which the
 * collector scans by the type's bitmap.  Copies are plain memmoves: the
 * collector stops the world, so no write barrier is needed.
 *
 * select (select.c) shares the queues: a sudog of a select is marked
 * isSelect, and the first operation to dequeue one of a goroutine's select
 * sudogs sets its selectDone, which makes the others stale.
 */
#include <string.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

enum { HCHAN_SIZE = sizeof(GoHchan), MAX_ALLOC = (uintptr_t)1 << 47 };

/* The hchan object when the buffer is separate: buf (word 2) is its one heap pointer. */
static const uint8_t hchanbits[] = { 0x4 };
static const GoType hchantype = {
	.size = HCHAN_SIZE, .ptrdata = 3 * sizeof(void *), .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = hchanbits, .str = "runtime.hchan",
};

static inline void *chanbuf(GoHchan *c, uintptr_t i)
{
	return (char *)c->buf + i * c->elemsize;
}

/* ---- wait queues (shared with select.c) ---- */

void rt_waitq_enqueue(GoWaitq *q, sudog *sg)
{
	sg->next = NULL;
	sg->prev = q->last;
	if (q->last)
		q->last->next = sg;
	else
		q->first = sg;
	q->last = sg;
}

/* The first waiter still waiting: a select's sudog whose goroutine another case already won is dropped. */
sudog *rt_waitq_dequeue(GoWaitq *q)
{
	for (;;) {
		sudog *sg = q->first;
		if (!sg)
			return NULL;
		q->first = sg->next;
		if (q->first)
			q->first->prev = NULL;
		else
			q->last = NULL;
		sg->next = sg->prev = NULL;
		if (sg->isSelect) {
			if (sg->g->selectDone)
				continue;
			sg->g->selectDone = 1;
		}
		return sg;
	}
}

/* Go's dequeueSudoG: take sg out wherever it is, if it is still queued. */
void rt_waitq_remove(GoWaitq *q, sudog *sg)
{
	sudog *x = sg->prev, *y = sg->next;

	if (x) {
		if (y) {
			x->next = y;
			y->prev = x;
		} else {
			x->next = NULL;
			q->last = x;
		}
	} else if (y) {
		y->prev = NULL;
		q->first = y;
	} else if (q->first == sg) {
		q->first = q->last = NULL;
	}
	sg->next = sg->prev = NULL;
}

/* ---- make, len, cap ---- */

void *rt_makechan(const GoChanType *t, intptr_t size)
{
	const GoType *elem = t->elem;
	uintptr_t mem;
	GoHchan *c;

	if (elem->size >= (1 << 16))
		rt_throw("makechan: invalid channel element type");
	if (size < 0 || __builtin_mul_overflow((uintptr_t)size, elem->size, &mem) || mem > MAX_ALLOC - HCHAN_SIZE)
		rt_panicplain("makechan: size out of range");
	if (mem == 0) {
		c = rt_mallocgc(HCHAN_SIZE, NULL, true);
		c->buf = c;                      /* never read: a valid address to point at */
	} else if (elem->ptrdata == 0) {
		c = rt_mallocgc(HCHAN_SIZE + mem, NULL, true);
		c->buf = (char *)c + HCHAN_SIZE;
	} else {
		c = rt_mallocgc(HCHAN_SIZE, &hchantype, true);
		c->buf = rt_mallocgc(mem, elem, true);
	}
	c->elemsize = (uint16_t)elem->size;
	c->elemtype = elem;
	c->dataqsiz = (uintptr_t)size;
	return c;
}

void *rt_makechan64(const GoChanType *t, int64_t size)
{
	if ((int64_t)(intptr_t)size != size)
		rt_panicplain("makechan: size out of range");
	return rt_makechan(t, (intptr_t)size);
}

intptr_t rt_chanlen(void *c)
{
	return c ? (intptr_t)((GoHchan *)c)->qcount : 0;
}

intptr_t rt_chancap(void *c)
{
	return c ? (intptr_t)((GoHchan *)c)->dataqsiz : 0;
}

/* ---- send ---- */

/* Hand ep to the receiver sg waits for, and ready it (Go's send). */
void rt_chan_send(GoHchan *c, sudog *sg, void *ep)
{
	if (sg->elem) {
		memmove(sg->elem, ep, c->elemsize);
		sg->elem = NULL;
	}
	sg->g->param = sg;
	sg->success = true;
	rt_goready(sg->g);
}

bool rt_chansend(GoHchan *c, void *ep, bool block)
{
	if (!c) {
		if (!block)
			return false;
		rt_gopark("chan send (nil chan)");
		rt_throw("unreachable");
	}
	/* the fast failure of a non-blocking send: open and no room */
	if (!block && !c->closed &&
	    ((c->dataqsiz == 0 && c->recvq.first == NULL) || (c->dataqsiz > 0 && c->qcount == c->dataqsiz)))
		return false;
	if (c->closed)
		rt_panicplain("send on closed channel");
	sudog *sg = rt_waitq_dequeue(&c->recvq);
	if (sg) {
		rt_chan_send(c, sg, ep);
		return true;
	}
	if (c->qcount < c->dataqsiz) {
		memmove(chanbuf(c, c->sendx), ep, c->elemsize);
		if (++c->sendx == c->dataqsiz)
			c->sendx = 0;
		c->qcount++;
		return true;
	}
	if (!block)
		return false;

	G *gp = rt_curg;
	sudog mysg = { .g = gp, .elem = ep, .c = c };
	gp->waiting = &mysg;
	gp->param = NULL;
	rt_waitq_enqueue(&c->sendq, &mysg);
	rt_gopark("chan send");
	gp->waiting = NULL;
	gp->param = NULL;
	if (!mysg.success) {
		if (!c->closed)
			rt_throw("chansend: spurious wakeup");
		rt_panicplain("send on closed channel");
	}
	return true;
}

void rt_chansend1(void *c, void *elem)
{
	rt_chansend(c, elem, true);
}

/* ---- receive ---- */

/* Take a value from the sender sg waits with (Go's recv), and ready it. */
void rt_chan_recv(GoHchan *c, sudog *sg, void *ep)
{
	if (c->dataqsiz == 0) {
		if (ep)
			memmove(ep, sg->elem, c->elemsize);
	} else {
		/* the buffer is full: take its head, the sender's value becomes its tail */
		void *qp = chanbuf(c, c->recvx);
		if (ep)
			memmove(ep, qp, c->elemsize);
		memmove(qp, sg->elem, c->elemsize);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	sg->elem = NULL;
	sg->g->param = sg;
	sg->success = true;
	rt_goready(sg->g);
}

bool rt_chanrecv(GoHchan *c, void *ep, bool block, bool *received)
{
	*received = false;
	if (!c) {
		if (!block)
			return false;
		rt_gopark("chan receive (nil chan)");
		rt_throw("unreachable");
	}
	/* the fast failure of a non-blocking receive: nothing there */
	if (!block && ((c->dataqsiz == 0 && c->sendq.first == NULL) || (c->dataqsiz > 0 && c->qcount == 0))) {
		if (!c->closed)
			return false;
		if (ep)
			memset(ep, 0, c->elemsize);
		return true;
	}
	if (c->closed && c->qcount == 0) {
		if (ep)
			memset(ep, 0, c->elemsize);
		return true;
	}
	sudog *sg = rt_waitq_dequeue(&c->sendq);
	if (sg) {
		rt_chan_recv(c, sg, ep);
		*received = true;
		return true;
	}
	if (c->qcount > 0) {
		void *qp = chanbuf(c, c->recvx);
		if (ep)
			memmove(ep, qp, c->elemsize);
		memset(qp, 0, c->elemsize);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->qcount--;
		*received = true;
		return true;
	}
	if (!block)
		return false;

	G *gp = rt_curg;
	sudog mysg = { .g = gp, .elem = ep, .c = c };
	gp->waiting = &mysg;
	gp->param = NULL;
	rt_waitq_enqueue(&c->recvq, &mysg);
	rt_gopark("chan receive");
	gp->waiting = NULL;
	gp->param = NULL;
	*received = mysg.success;
	return true;
}

void rt_chanrecv1(void *c, void *elem)
{
	bool received;
	rt_chanrecv(c, elem, true, &received);
}

bool rt_chanrecv2(void *c, void *elem)
{
	bool received;
	rt_chanrecv(c, elem, true, &received);
	return received;
}

/* ---- close ---- */

void rt_closechan(void *cp)
{
	GoHchan *c = cp;
	sudog *sg;

	if (!c)
		rt_panicplain("close of nil channel");
	if (c->closed)
		rt_panicplain("close of closed channel");
	c->closed = 1;
	/* receivers get the zero value and ok false, in the order they came */
	while ((sg = rt_waitq_dequeue(&c->recvq)) != NULL) {
		if (sg->elem) {
			memset(sg->elem, 0, c->elemsize);
			sg->elem = NULL;
		}
		sg->g->param = sg;
		sg->success = false;
		rt_goready(sg->g);
	}
	/* senders wake to panic */
	while ((sg = rt_waitq_dequeue(&c->sendq)) != NULL) {
		sg->elem = NULL;
		sg->g->param = sg;
		sg->success = false;
		rt_goready(sg->g);
	}
}
