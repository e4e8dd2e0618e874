/*
 * mcentral.c - the span sets of one span class.
 *
 * An mcache that runs out of free slots in its span for some span class asks
 * that class's mcentral for another span with free slots.  Go keeps, per
 * class, two sets of spans with free slots ("partial") and two of spans
 * without ("full"), and indexes each pair by the sweep generation: one set
 * holds spans already swept this cycle, the other spans still waiting to be
 * swept.  When a collection ends, mheap.sweepgen advances by 2, and every
 * "swept" set becomes the "unswept" set of the new cycle without a single
 * span being moved.  That is the whole trick that makes lazy sweeping cheap,
 * and we keep it as Go has it.
 *
 * cacheSpan looks, in order: for a swept partial span (free slots, ready);
 * for an unswept partial span (sweep it, then it surely has free slots);
 * for an unswept full span (sweep it; it may turn out to have free slots,
 * otherwise it goes to the swept full set), at most 100 of them, as Go's
 * spanBudget, so one refill cannot turn into a full sweep of the class; and
 * finally for fresh pages from the heap.  Sweeping a span here means the
 * allocator touches its memory right after the sweeper did, while it is in
 * cache.
 *
 * Go's spanSets are lock-free; ours are intrusive singly linked lists behind
 * a mutex per class.  Order inside a set does not matter, so push and pop at
 * the head are all we need.  The mutex is uncontended with one P, and it is
 * taken once per span refill, not per object.
 */
#include "runtime/runtime.h"

mcentral rt_central[RT_NUM_SPAN_CLASSES];

static unsigned sweptIdx(uint32_t sg) { return sg / 2 % 2; }
static unsigned unsweptIdx(uint32_t sg) { return 1 - sg / 2 % 2; }

static mspan *pop(mspan **set)
{
	mspan *s = *set;
	if (s) {
		*set = s->next;
		s->next = NULL;
	}
	return s;
}

static void push(mspan **set, mspan *s)
{
	s->next = *set;
	*set = s;
}

mspan *rt_mcentral_cacheSpan(mcentral *c)
{
	uint32_t sg = rt_mheap.sweepgen;
	int spanBudget = 100;
	mspan *s;
	uintptr_t freeByteBase;

	pthread_mutex_lock(&c->lock);
	if ((s = pop(&c->partial[sweptIdx(sg)])))
		goto havespan;
	if ((s = pop(&c->partial[unsweptIdx(sg)]))) {
		rt_sweepspan(s, true);
		goto havespan;
	}
	for (; spanBudget > 0 && (s = pop(&c->full[unsweptIdx(sg)])); spanBudget--) {
		rt_sweepspan(s, true);
		if (s->allocCount < s->nelems)
			goto havespan;
		push(&c->full[sweptIdx(sg)], s);
	}
	pthread_mutex_unlock(&c->lock);

	s = rt_mheap_alloc(rt_class_to_allocnpages[rt_spanClassSize(c->spanclass)], c->spanclass);
	goto ready;

havespan:
	pthread_mutex_unlock(&c->lock);
ready:
	if (s->allocCount >= s->nelems)
		rt_throw("span has no free objects");
	/* Point allocCache at freeindex: load its 64-slot word, shift out what lies before. */
	freeByteBase = s->freeindex & ~(uintptr_t)63;
	rt_refillAllocCache(s, freeByteBase / 64);
	s->allocCache >>= s->freeindex % 64;
	return s;
}

/* A span comes back from an mcache: it is swept (sweeping happened before caching). */
void rt_mcentral_uncacheSpan(mcentral *c, mspan *s)
{
	pthread_mutex_lock(&c->lock);
	if (s->allocCount == s->nelems)
		push(&c->full[sweptIdx(rt_mheap.sweepgen)], s);
	else
		push(&c->partial[sweptIdx(rt_mheap.sweepgen)], s);
	pthread_mutex_unlock(&c->lock);
}

void rt_mcentral_pushSwept(mcentral *c, mspan *s, bool full)
{
	pthread_mutex_lock(&c->lock);
	push(full ? &c->full[sweptIdx(rt_mheap.sweepgen)] : &c->partial[sweptIdx(rt_mheap.sweepgen)], s);
	pthread_mutex_unlock(&c->lock);
}

/* For the sweeper: any span of this class still waiting to be swept. */
mspan *rt_mcentral_popUnswept(mcentral *c)
{
	uint32_t sg = rt_mheap.sweepgen;
	mspan *s;

	pthread_mutex_lock(&c->lock);
	s = pop(&c->partial[unsweptIdx(sg)]);
	if (!s)
		s = pop(&c->full[unsweptIdx(sg)]);
	pthread_mutex_unlock(&c->lock);
	return s;
}
