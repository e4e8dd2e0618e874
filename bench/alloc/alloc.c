/*
 * alloc.c - allocation workloads for minigo's runtime and for glibc.
 *
 * Built twice by run.sh: with -DGLIBC the objects come from malloc/free,
 * otherwise from rt_mallocgc / rt_newobject and the collector frees them.
 * go/main.go runs the same workloads on Go 1.19.  Each run prints one line:
 *
 *     <workload> <allocations> <wall ns/alloc> <peak RSS in KiB> <CPU ns/alloc>
 *
 * Workloads (sizes from one xorshift sequence, identical in C and Go):
 *   discard  10M objects of 8..512 bytes, each dropped when the next comes
 *   keep     300k objects of 8..512 bytes, all kept live, then dropped
 *   trees    the binary-trees benchmark, max depth 16 (pointerful nodes)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#ifndef GLIBC
#include "runtime/abi.h"
#endif

typedef struct Node { struct Node *left, *right; } Node;

#ifndef GLIBC
static const uint8_t nodeMask[] = { 0x3 };
static const GoType tNode = { .size = 16, .ptrdata = 16, .gcdata = nodeMask, .align = 8, .kind = KindStruct, .str = "main.Node" };
static const uint8_t ptrMask[] = { 0x1 };
static const GoType tPtr = { .size = 8, .ptrdata = 8, .gcdata = ptrMask, .align = 8, .kind = KindPointer, .str = "*uint8" };
static const GoType tByte = { .size = 1, .align = 1, .kind = KindUint8, .str = "uint8" };
#endif

static uint64_t rng = 88172645463325252ull;
static inline uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static inline size_t size8to512(void) { return 8 + next() % 505; }

static int64_t now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static long peakRSS(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, "VmHWM:", 6) == 0)
			kb = atol(line + 6);
	if (f)
		fclose(f);
	return kb;
}

/* user + system CPU time of the process, all threads */
static int64_t cputime(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ((int64_t)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000 +
	       ((int64_t)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
}

static void *volatile sink;
static long allocs;

static void discard(void)
{
	for (long i = 0; i < 10000000; i++) {
		size_t n = size8to512();
#ifdef GLIBC
		free(sink);
		char *p = malloc(n);
		memset(p, 0, n); /* Go and minigo hand out zeroed memory */
#else
		char *p = rt_makeslice(&tByte, (intptr_t)n, (intptr_t)n);
#endif
		p[0] = 1;
		sink = p;
	}
	allocs = 10000000;
}

static void keep(void)
{
	enum { K = 300000 };
#ifdef GLIBC
	char **all = calloc(K, sizeof *all);
#else
	char **all = rt_makeslice(&tPtr, K, K);
	sink = all;
#endif
	for (long i = 0; i < K; i++) {
		size_t n = size8to512();
#ifdef GLIBC
		all[i] = malloc(n);
		memset(all[i], 0, n);
#else
		all[i] = rt_makeslice(&tByte, (intptr_t)n, (intptr_t)n);
#endif
		all[i][0] = 1;
	}
#ifdef GLIBC
	for (long i = 0; i < K; i++)
		free(all[i]);
	free(all);
#else
	sink = NULL;
#endif
	allocs = K + 1;
}

static Node *bottomUp(int depth)
{
#ifdef GLIBC
	Node *n = calloc(1, sizeof *n);
#else
	Node *n = rt_newobject(&tNode);
#endif
	allocs++;
	if (depth > 0) {
		n->left = bottomUp(depth - 1);
		n->right = bottomUp(depth - 1);
	}
	return n;
}

static long check(Node *n)
{
	return n->left ? 1 + check(n->left) + check(n->right) : 1;
}

static void freeTree(Node *n)
{
#ifdef GLIBC
	if (n->left) {
		freeTree(n->left);
		freeTree(n->right);
	}
	free(n);
#else
	(void)n;
#endif
}

static void trees(void)
{
	enum { minDepth = 4, maxDepth = 16 };
	long total = 0;
	Node *stretch = bottomUp(maxDepth + 1);
	total += check(stretch);
	freeTree(stretch);
	Node *volatile longLived = bottomUp(maxDepth);
	for (int d = minDepth; d <= maxDepth; d += 2) {
		long iters = 1L << (maxDepth - d + minDepth);
		for (long i = 0; i < iters; i++) {
			Node *t = bottomUp(d);
			total += check(t);
			freeTree(t);
		}
	}
	total += check(longLived);
	freeTree(longLived);
	if (total != allocs) {
		fprintf(stderr, "trees: checked %ld nodes, allocated %ld\n", total, allocs);
		exit(1);
	}
}

int main(int argc, char **argv)
{
	const char *w = argc > 1 ? argv[1] : "discard";
	int64_t t0, c0;

#ifndef GLIBC
	rt_schedinit(NULL);
#endif
	t0 = now();
	c0 = cputime();
	if (strcmp(w, "discard") == 0)
		discard();
	else if (strcmp(w, "keep") == 0)
		keep();
	else if (strcmp(w, "trees") == 0)
		trees();
	else
		return 2;
	printf("%s %ld %.2f %ld %.2f\n", w, allocs, (double)(now() - t0) / (double)allocs, peakRSS(),
	       (double)(cputime() - c0) / (double)allocs);
	return 0;
}
