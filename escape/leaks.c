/*
 * leaks.c - a parameter's leak set and its export tag.
 *
 * What a caller needs to know about a parameter is where values reachable
 * from it may end up once the call returns: in the heap, or in one of the
 * first seven results, each with the fewest dereferences on the way (a
 * parameter p with `return *p` leaks to result 0 at level 1).  The set fits
 * in eight bytes, each holding derefs+1 so that a zero byte means "no such
 * flow"; counts saturate at 255.
 *
 * gc stores the set in export data as a string, and so do we for the
 * bundled packages' table (call.c): "" means "leaks to the heap unchanged"
 * (the common case, and every parameter gc could not analyse), otherwise
 * "esc:" followed by the bytes with the trailing zeros trimmed.  "esc:"
 * alone is the empty set.
 */
#include <string.h>

#include "escape/escape.h"

static int get(EscLeaks l, int i)
{
	return (int)l.v[i] - 1;
}

static void set(EscLeaks *l, int i, int derefs)
{
	int v = derefs + 1;
	if (v < 0)
		fe_ice((Pos){ 0 }, "escape: invalid derefs count %d", derefs);
	if (v > 255)
		v = 255;
	l->v[i] = (uint8_t)v;
}

/* add keeps the shortest flow. */
static void add(EscLeaks *l, int i, int derefs)
{
	int old = get(*l, i);
	if (old < 0 || derefs < old)
		set(l, i, derefs);
}

bool esc_leaks_empty(EscLeaks l)
{
	for (int i = 0; i < 1 + ESC_NUM_RESULTS; i++)
		if (l.v[i])
			return false;
	return true;
}

int esc_leaks_heap(EscLeaks l) { return get(l, 0); }
int esc_leaks_result(EscLeaks l, int i) { return get(l, 1 + i); }
void esc_leaks_add_heap(EscLeaks *l, int derefs) { add(l, 0, derefs); }
void esc_leaks_add_result(EscLeaks *l, int i, int derefs) { add(l, 1 + i, derefs); }

/*
 * Once a parameter reaches the heap with h dereferences, a flow to a
 * result with h or more tells the caller nothing new: drop it.
 */
void esc_leaks_optimize(EscLeaks *l)
{
	int h = esc_leaks_heap(*l);
	if (h < 0)
		return;
	for (int i = 0; i < ESC_NUM_RESULTS; i++)
		if (esc_leaks_result(*l, i) >= h)
			l->v[1 + i] = 0;
}

int esc_leaks_encode(EscLeaks l, char *buf)
{
	if (esc_leaks_heap(l) == 0)
		return 0;
	int n = 1 + ESC_NUM_RESULTS;
	while (n > 0 && l.v[n - 1] == 0)
		n--;
	memcpy(buf, "esc:", 4);
	memcpy(buf + 4, l.v, n);
	return 4 + n;
}

EscLeaks esc_leaks_parse(const char *s, int len)
{
	EscLeaks l = {{0}};
	if (len < 4 || memcmp(s, "esc:", 4) != 0) {
		esc_leaks_add_heap(&l, 0);
		return l;
	}
	int n = len - 4;
	if (n > 1 + ESC_NUM_RESULTS)
		n = 1 + ESC_NUM_RESULTS;
	memcpy(l.v, s + 4, n);
	return l;
}
