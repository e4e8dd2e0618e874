/*
 * bench.c - minigo's map runtime on the rows go/main.go times on Go 1.19.
 *
 * Each loop is written the way minigo's code generator lowers the Go loop
 * beside it: m[k] = v is mapassign_fast64 plus a store through the returned
 * pointer, v := m[k] is mapaccess1_fast64 plus a load, string keys use the
 * _faststr entry points, range is mapiterinit/mapiternext.  Same key
 * patterns, same repetitions, same statistic (fastest of 5 runs), same
 * output format ("name ns-per-op"), so run.sh can join the two by name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"
#include "tests/maptypes.h"

enum { REPS = 5 };

static GoMapType *tIntInt, *tStrInt;
static volatile int64_t sink;
static GoHmap *volatile sinkMap;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

#define BEST(name, ops, body)                                       \
	do {                                                            \
		double best_ = 1e30;                                        \
		for (int r_ = 0; r_ < REPS; r_++) {                         \
			double t0_ = now();                                     \
			body;                                                   \
			double d_ = now() - t0_;                                \
			if (d_ < best_)                                         \
				best_ = d_;                                         \
		}                                                           \
		printf("%s %.2f\n", name, best_ * 1e9 / (double)(ops));     \
		fflush(stdout);                                             \
	} while (0)

static GoHmap *intMap(int64_t n)
{
	GoHmap *m = rt_makemap_small();
	for (int64_t i = 0; i < n; i++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, m, (uint64_t)i) = i;
	return m;
}

/* prefix + decimal, padded with '.' to size bytes (as strconv.Itoa and += in Go). */
static GoString *strKeys(int n, int size, const char *prefix)
{
	GoString *keys = malloc(sizeof *keys * n);
	for (int i = 0; i < n; i++) {
		char *p = malloc((size_t)size + 24);
		int len = snprintf(p, (size_t)size + 24, "%s%d", prefix, i);
		while (len < size)
			p[len++] = '.';
		keys[i] = (GoString){ (const uint8_t *)p, len };
	}
	return keys;
}

int main(void)
{
	enum { N = 1000000 };
	char name[64];

	tIntInt = mt_maptype(&mt_int, &mt_int, rt_memhash64, true, false, "map[int]int");
	tStrInt = mt_maptype(&mt_string, &mt_int, rt_strhash, true, true, "map[string]int");

	BEST("insert_1e6_int_nohint", N, {
		GoHmap *m = rt_makemap_small();
		for (int64_t i = 0; i < N; i++)
			*(int64_t *)rt_mapassign_fast64(tIntInt, m, (uint64_t)i) = i;
		sinkMap = m;
	});
	BEST("insert_1e6_int_hint", N, {
		GoHmap *m = rt_makemap(tIntInt, N, NULL);
		for (int64_t i = 0; i < N; i++)
			*(int64_t *)rt_mapassign_fast64(tIntInt, m, (uint64_t)i) = i;
		sinkMap = m;
	});
	sinkMap = NULL;

	static const int64_t sizes[] = { 100, 10000, 1000000 };
	for (int si = 0; si < 3; si++) {
		int64_t n = sizes[si];
		GoHmap *m = intMap(n);
		enum { L = 4000000 };
		snprintf(name, sizeof name, "lookup_hit_int_%ld", (long)n);
		BEST(name, L, {
			int64_t s = 0;
			for (int64_t i = 0; i < L; i++)
				s += *(int64_t *)rt_mapaccess1_fast64(tIntInt, m, (uint64_t)(i % n));
			sink = s;
		});
		snprintf(name, sizeof name, "lookup_miss_int_%ld", (long)n);
		BEST(name, L, {
			int64_t s = 0;
			for (int64_t i = 0; i < L; i++)
				s += *(int64_t *)rt_mapaccess1_fast64(tIntInt, m, (uint64_t)(n + i % n));
			sink = s;
		});
		sinkMap = m; /* keep it reachable until here */
	}

	static const int strsizes[] = { 16, 64 };
	for (int zi = 0; zi < 2; zi++) {
		enum { S = 200000, L = 2000000 };
		int size = strsizes[zi];
		GoString *keys = strKeys(S, size, "key"), *miss = strKeys(S, size, "miss");
		snprintf(name, sizeof name, "insert_str%d_2e5", size);
		BEST(name, S, {
			GoHmap *m = rt_makemap_small();
			for (int i = 0; i < S; i++)
				*(int64_t *)rt_mapassign_faststr(tStrInt, m, keys[i]) = i;
			sinkMap = m;
		});
		GoHmap *m = rt_makemap_small();
		for (int i = 0; i < S; i++)
			*(int64_t *)rt_mapassign_faststr(tStrInt, m, keys[i]) = i;
		snprintf(name, sizeof name, "lookup_hit_str%d_2e5", size);
		BEST(name, L, {
			int64_t s = 0;
			for (int64_t i = 0; i < L; i++)
				s += *(int64_t *)rt_mapaccess1_faststr(tStrInt, m, keys[i % S]);
			sink = s;
		});
		snprintf(name, sizeof name, "lookup_miss_str%d_2e5", size);
		BEST(name, L, {
			int64_t s = 0;
			for (int64_t i = 0; i < L; i++)
				s += *(int64_t *)rt_mapaccess1_faststr(tStrInt, m, miss[i % S]);
			sink = s;
		});
		sinkMap = m;
	}

	{
		enum { W = 10000, C = 2000000 };
		GoHmap *m = intMap(W);
		int64_t next = W;
		BEST("churn_delete_reinsert_1e4", C, {
			for (int64_t i = 0; i < C; i++) {
				rt_mapdelete_fast64(tIntInt, m, (uint64_t)(next - W));
				*(int64_t *)rt_mapassign_fast64(tIntInt, m, (uint64_t)next) = next;
				next++;
			}
		});
		sinkMap = m;
	}
	{
		GoHmap *m = intMap(N);
		BEST("iterate_1e6", N, {
			int64_t s = 0;
			GoHiter it;
			for (rt_mapiterinit(tIntInt, m, &it); it.key; rt_mapiternext(&it))
				s += *(int64_t *)it.key + *(int64_t *)it.elem;
			sink = s;
		});
		sinkMap = m;
	}
	return 0;
}
