/*
 * mgcpacer.c - when to collect: GOGC and the heap goal.
 *
 * A collector that runs too often wastes CPU, one that runs too rarely wastes
 * memory; GOGC is the one knob between the two.  After each cycle the pacer
 * sets the next cycle's heap goal as Go 1.19 does:
 *
 *     goal = heapMarked + (heapMarked + stackScan + globalsScan) * GOGC/100
 *
 * i.e. the heap may grow by GOGC% of everything the collector had to scan
 * (Go 1.18 added stacks and globals to the base, so a program with a big
 * stack or big globals but a tiny heap does not collect in a tight loop),
 * and never below the 4 MiB * GOGC/100 minimum, so small programs do not
 * collect at all, nor below 1 MiB past the live heap while the previous
 * cycle is being swept (Go's minimum sweep distance).  GOGC=off disables the goal; what remains is Go's memory
 * limit, which minigo does not let one set, so the goal is effectively
 * infinite (Go prints ~8796093022207 MB there, math.MaxInt64 >> 20).
 *
 * Go starts a concurrent cycle somewhat before the goal (the trigger) so the
 * mark can finish while the program keeps allocating.  Our collector stops
 * the world, so nothing is allocated during the mark and the heap can never
 * overshoot: the trigger is the goal itself.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

enum { defaultHeapMinimum = 4 << 20, sweepMinHeapDistance = 1 << 20 };

gcControllerState rt_gcController;

/* Go's readGOGC: "off" is -1, a number is itself, anything else is 100. */
int32_t rt_readGOGC(const char *s)
{
	char *end;
	long n;

	if (!s || !*s)
		return 100;
	if (strcmp(s, "off") == 0)
		return -1;
	n = strtol(s, &end, 10);
	if (*end != '\0' || n > INT32_MAX || n < INT32_MIN)
		return 100;
	return (int32_t)n;
}

uint64_t rt_heapGoalFor(uint64_t heapMarked, uint64_t stackScan, uint64_t globalsScan, int32_t gcPercent)
{
	uint64_t goal, minimum;

	if (gcPercent < 0)
		return INT64_MAX;
	goal = heapMarked + (heapMarked + stackScan + globalsScan) * (uint64_t)gcPercent / 100;
	minimum = (uint64_t)defaultHeapMinimum * (uint64_t)gcPercent / 100;
	return goal < minimum ? minimum : goal;
}

/*
 * Go's gcPaceScavenger: the heap may keep the pages it had in use at the
 * last mark termination, scaled by how much the goal is moving, plus 10%.
 * Pages in use, not bytes of objects: the spans then still held the
 * cycle's garbage and their fragmentation, which is what the heap will
 * fill again before the next cycle, so memory about to be reused is not
 * returned to the OS only to be faulted back in.  Before the first cycle
 * there is nothing to go by, and nothing is released.
 */
uint64_t rt_scavengeGoalFor(uint64_t lastHeapInUse, uint64_t heapGoal, uint64_t lastHeapGoal)
{
	uint64_t goal;

	if (lastHeapGoal == 0)
		return UINT64_MAX;
	goal = (uint64_t)((double)lastHeapInUse * ((double)heapGoal / (double)lastHeapGoal));
	goal += goal / 10;
	return (goal + 4095) & ~(uint64_t)4095;
}

void rt_gcControllerCommit(void)
{
	gcControllerState *c = &rt_gcController;

	c->heapGoal = rt_heapGoalFor(c->heapMarked, c->lastStackScan, c->globalsScan, c->gcPercent);
	/* Go's sweepDistMinTrigger: while the last cycle's spans are still to
	 * be swept, the next cycle waits for at least 1 MiB of allocation
	 * (sweepMinHeapDistance), so a tiny GOGC (debug.SetGCPercent(1))
	 * does not collect after every few allocations */
	if (c->gcPercent >= 0 && !rt_mheap.sweepdone) {
		uint64_t sweepDist = __atomic_load_n(&c->heapLive, __ATOMIC_RELAXED) + sweepMinHeapDistance;
		if (c->heapGoal < sweepDist)
			c->heapGoal = sweepDist;
	}
	if (c->gcPercent < 0) {
		/* The memory-limit goal: the limit (MaxInt64) less what is not heap. */
		uint64_t nonHeap = rt_mheap.mspanSys + rt_mheap.gcSys + rt_mheap.otherSys + sizeof(mcache);
		c->heapGoal = (uint64_t)INT64_MAX - nonHeap;
	}
	c->trigger = c->heapGoal;
	c->scavengeGoal = rt_scavengeGoalFor(c->lastHeapInUse, c->heapGoal, c->lastHeapGoal);
}

/* Go's setGCPercent: returns the previous value; the caller commits. */
int32_t rt_setGCPercent(int32_t in)
{
	gcControllerState *c = &rt_gcController;
	int32_t out = c->gcPercent;

	if (in < 0)
		in = -1;
	c->gcPercent = in;
	c->heapMinimum = in < 0 ? 0 : (uint64_t)defaultHeapMinimum * (uint64_t)in / 100;
	rt_gcControllerCommit();
	return out;
}

void rt_gcControllerInit(int32_t gcPercent)
{
	rt_setGCPercent(gcPercent);
}

/* Go's gcTrigger.test for a heap trigger. */
bool rt_gcTriggerTest(void)
{
	gcControllerState *c = &rt_gcController;

	if (c->gcPercent < 0)
		return false;
	return __atomic_load_n(&c->heapLive, __ATOMIC_RELAXED) >= c->trigger;
}
