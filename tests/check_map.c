/*
 * check_map.c - the map runtime against Go 1.19's numbers and a reference
 * model.
 *
 * Three kinds of test live here.  Fidelity tests pin the numbers users can
 * compare with Go (B for a hint, the insert that triggers each grow,
 * bucket sizes, preallocated overflow counts, tophash states), taken from
 * go-runtime.md section 1 where they were measured on go1.19.8.  Model
 * tests run long random sequences of assign/delete/lookup/iterate/clear on
 * every key kind (through both the generic and the fast entry points, on
 * the same map) and compare each answer with a plain array indexed by key
 * id.  Death tests fork, run one fatal operation, and compare exit status
 * and the first line of stderr with Go's.
 *
 * A fixed seed makes failures reproducible; MAPTEST_SEED overrides it.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"
#include "tests/maptypes.h"

/* ---- deterministic randomness for the tests themselves ---- */

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static uint32_t rndn(uint32_t n) { return (uint32_t)(rnd() % n); }


/* ---- descriptors ---- */

static GoMapType *tIntInt, *tInt32Int, *tStrInt, *tF64Int, *tEfaceInt, *tStructInt;
static GoMapType *tBigKey, *tBigElem, *tHugeElem, *tPtrInt, *tIntBool, *tStrStr, *tInt32Int32;

/* A struct key S {a int32; s string; f float64}: 32 bytes, pointer in word 1. */
typedef struct { int32_t a; GoString s; double f; } S;
static const GoStructField sFields[] = {
	{ "a", &mt_int32, 0, false, NULL },
	{ "s", &mt_string, 8, false, NULL },
	{ "f", &mt_float64, 24, false, NULL },
};
static bool sEqual(const void *p, const void *q)
{
	const S *x = p, *y = q;
	return x->a == y->a && rt_strequal(&x->s, &y->s) && x->f == y->f;
}
static const GoStructType tS = { .typ = { .size = 32, .ptrdata = 16, .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .equal = sEqual, .gcdata = mt_bits2, .str = "main.S" },
	.fields = sFields, .nfields = 3 };
/* What the compiler generates for S: chain the fields, as rt_typehash does. */
static uintptr_t sHash(const void *p, uintptr_t seed) { return rt_typehash(&tS.typ, p, seed); }

/* [200]byte: over maxKeySize, so stored indirectly. */
typedef struct { uint8_t b[200]; } Big;
static bool bigEqual(const void *p, const void *q) { return rt_memequal(p, q, 200); }
static uintptr_t bigHash(const void *p, uintptr_t seed) { return rt_memhash(p, seed, 200); }
static const GoType tBig = { .size = 200, .align = 1, .fieldAlign = 1, .kind = KindArray,
	.tflag = TflagRegularMemory, .equal = bigEqual, .str = "[200]uint8" };
static bool e300Equal(const void *p, const void *q) { return rt_memequal(p, q, 300); }
static const GoType tElem300 = { .size = 300, .align = 1, .fieldAlign = 1, .kind = KindArray,
	.tflag = TflagRegularMemory, .equal = e300Equal, .str = "[300]uint8" };
static const GoType tElem2000 = { .size = 2000, .align = 1, .fieldAlign = 1, .kind = KindArray,
	.tflag = TflagRegularMemory, .str = "[2000]uint8" };

/* An unhashable struct, main.U {x []int}. */
static const GoType tU = { .size = 24, .ptrdata = 8, .align = 8, .fieldAlign = 8,
	.kind = KindStruct, .gcdata = mt_bits1, .str = "main.U" };

static void maketypes(void)
{
	if (tIntInt)
		return;
	tIntInt = mt_maptype(&mt_int, &mt_int, rt_memhash64, true, false, "map[int]int");
	tInt32Int = mt_maptype(&mt_int32, &mt_int, rt_memhash32, true, false, "map[int32]int");
	tStrInt = mt_maptype(&mt_string, &mt_int, rt_strhash, true, true, "map[string]int");
	tF64Int = mt_maptype(&mt_float64, &mt_int, rt_f64hash, false, true, "map[float64]int");
	tEfaceInt = mt_maptype(&mt_eface.typ, &mt_int, rt_nilinterhash, false, true, "map[interface {}]int");
	tStructInt = mt_maptype(&tS.typ, &mt_int, sHash, false, true, "map[main.S]int");
	tBigKey = mt_maptype(&tBig, &mt_int, bigHash, true, false, "map[[200]uint8]int");
	tBigElem = mt_maptype(&mt_int, &tElem300, rt_memhash64, true, false, "map[int][300]uint8");
	tHugeElem = mt_maptype(&mt_int, &tElem2000, rt_memhash64, true, false, "map[int][2000]uint8");
	tPtrInt = mt_maptype(&mt_ptr, &mt_int, rt_memhash64, true, false, "map[*int]int");
	tIntBool = mt_maptype(&mt_int, &mt_bool, rt_memhash64, true, false, "map[int]bool");
	tStrStr = mt_maptype(&mt_string, &mt_string, rt_strhash, true, true, "map[string]string");
	tInt32Int32 = mt_maptype(&mt_int32, &mt_int32, rt_memhash32, true, false, "map[int32]int32");
}

static void setup(void)
{
	const char *s = getenv("MAPTEST_SEED");
	rng = s ? strtoull(s, NULL, 0) | 1 : 0x9e3779b97f4a7c15u;
	maketypes();
}

/* ---- the reference model: random operation sequences on every key kind ---- */

enum { NID = 1 << 14 };
enum { KInt, KInt32, KStr, KF64, KEface, KStruct, KBigKey, KBigElem, KPtr, NKIND };
static const char *kindname[NKIND] = { "int", "int32", "string", "float64", "interface{}",
	"struct", "[200]byte key", "[300]byte elem", "pointer" };

/* Two equal-but-not-identical copies of every key (other bytes, other pointers). */
static uint8_t *keys[NKIND][2];
static uintptr_t keysz[NKIND];
static int64_t ptrtargets[NID];
static int64_t intboxes[2][NID];
static GoString strboxes[2][NID];
static S structboxes[2][NID];

static GoMapType *kindtype(int kind)
{
	switch (kind) {
	case KInt: return tIntInt;
	case KInt32: return tInt32Int;
	case KStr: return tStrInt;
	case KF64: return tF64Int;
	case KEface: return tEfaceInt;
	case KStruct: return tStructInt;
	case KBigKey: return tBigKey;
	case KBigElem: return tBigElem;
	default: return tPtrInt;
	}
}

static GoString makestr(uint32_t id)
{
	/* Every fourth key is long (>= 32 bytes): exercises faststr's long-key scan. */
	char *p = malloc(64);
	int n = id % 4 == 0 ? snprintf(p, 64, "k%u-%s", id, "long-padding-long-padding-long-padding")
	                    : snprintf(p, 64, "k%u", id);
	return (GoString){ (const uint8_t *)p, n };
}

static void makekeys(void)
{
	if (keys[0][0])
		return;
	for (int kind = 0; kind < NKIND; kind++) {
		keysz[kind] = kindtype(kind)->key->size;
		for (int c = 0; c < 2; c++)
			keys[kind][c] = calloc(NID, keysz[kind]);
	}
	for (uint32_t id = 0; id < NID; id++) {
		for (int c = 0; c < 2; c++) {
			int64_t i64 = (int64_t)id * 1000003 - 500000;
			int32_t i32 = (int32_t)id * 7 - 100;
			GoString str = makestr(id);
			double f = id == 0 ? (c ? -0.0 : 0.0) : id * 0.37;
			memcpy(keys[KInt][c] + id * 8, &i64, 8);
			memcpy(keys[KBigElem][c] + id * 8, &i64, 8);
			memcpy(keys[KInt32][c] + id * 4, &i32, 4);
			memcpy(keys[KStr][c] + id * 16, &str, 16);
			memcpy(keys[KF64][c] + id * 8, &f, 8);
			S sv = { (int32_t)id, str, f };
			memcpy(keys[KStruct][c] + id * 32, &sv, 32);
			uint8_t *big = keys[KBigKey][c] + id * 200;
			memset(big, (int)(id * 13), 200);
			memcpy(big, &id, 4);
			int64_t *pp = &ptrtargets[id];
			memcpy(keys[KPtr][c] + id * 8, &pp, 8);
			/* interfaces: int, string or S by id % 3, boxed separately per copy */
			GoEface e;
			intboxes[c][id] = i64;
			strboxes[c][id] = str;
			structboxes[c][id] = sv;
			if (id % 3 == 0)
				e = (GoEface){ &mt_int, &intboxes[c][id] };
			else if (id % 3 == 1)
				e = (GoEface){ &mt_string, &strboxes[c][id] };
			else
				e = (GoEface){ &tS.typ, &structboxes[c][id] };
			memcpy(keys[KEface][c] + id * 16, &e, 16);
		}
	}
}

static void *keyof(int kind, uint32_t id, int copy) { return keys[kind][copy] + id * keysz[kind]; }

static uint32_t idof(int kind, const void *k)
{
	switch (kind) {
	case KInt: case KBigElem: return (uint32_t)((*(const int64_t *)k + 500000) / 1000003);
	case KInt32: return (uint32_t)((*(const int32_t *)k + 100) / 7);
	case KStr: return (uint32_t)strtoul((const char *)((const GoString *)k)->ptr + 1, NULL, 10);
	case KF64: return (uint32_t)llround(*(const double *)k / 0.37);
	case KStruct: return (uint32_t)((const S *)k)->a;
	case KBigKey: { uint32_t id; memcpy(&id, k, 4); return id; }
	case KPtr: return (uint32_t)(*(int64_t *const *)k - ptrtargets);
	default: {
		const GoEface *e = k;
		if (e->type == &mt_int)
			return (uint32_t)((*(const int64_t *)e->data + 500000) / 1000003);
		if (e->type == &mt_string)
			return idof(KStr, e->data);
		return idof(KStruct, e->data);
	}
	}
}

typedef struct {
	bool present[NID];
	int64_t val[NID];
	intptr_t count;
} Model;

static void setval(int kind, void *e, int64_t v)
{
	memcpy(e, &v, 8);
	if (kind == KBigElem)
		memset((uint8_t *)e + 8, (int)(v & 0xff), 292);
}

static int64_t getval(int kind, const void *e)
{
	int64_t v;
	memcpy(&v, e, 8);
	if (kind == KBigElem)
		ck_assert_uint_eq(((const uint8_t *)e)[299], v & 0xff);
	return v;
}

/* The entry points the compiler would choose, or the generic ones, at random. */
static void *massign(int kind, GoHmap *h, const void *k)
{
	GoMapType *t = kindtype(kind);
	if (rnd() & 1) {
		switch (kind) {
		case KInt: case KPtr: return rt_mapassign_fast64(t, h, *(const uint64_t *)k);
		case KInt32: return rt_mapassign_fast32(t, h, *(const uint32_t *)k);
		case KStr: return rt_mapassign_faststr(t, h, *(const GoString *)k);
		}
	}
	return rt_mapassign(t, h, k);
}

static void *maccess(int kind, GoHmap *h, const void *k, bool *ok)
{
	GoMapType *t = kindtype(kind);
	switch (rnd() & 3) {
	case 0:
		switch (kind) {
		case KInt: case KPtr: return rt_mapaccess2_fast64(t, h, *(const uint64_t *)k, ok);
		case KInt32: return rt_mapaccess2_fast32(t, h, *(const uint32_t *)k, ok);
		case KStr: return rt_mapaccess2_faststr(t, h, *(const GoString *)k, ok);
		}
		break;
	case 1: {
		void *e = NULL;
		switch (kind) {
		case KInt: case KPtr: e = rt_mapaccess1_fast64(t, h, *(const uint64_t *)k); break;
		case KInt32: e = rt_mapaccess1_fast32(t, h, *(const uint32_t *)k); break;
		case KStr: e = rt_mapaccess1_faststr(t, h, *(const GoString *)k); break;
		default: e = rt_mapaccess1(t, h, k); break;
		}
		*ok = e != rt_zeroVal;
		return e;
	}
	}
	return rt_mapaccess2(t, h, k, ok);
}

static void mdelete(int kind, GoHmap *h, const void *k)
{
	GoMapType *t = kindtype(kind);
	if (rnd() & 1) {
		switch (kind) {
		case KInt: case KPtr: rt_mapdelete_fast64(t, h, *(const uint64_t *)k); return;
		case KInt32: rt_mapdelete_fast32(t, h, *(const uint32_t *)k); return;
		case KStr: rt_mapdelete_faststr(t, h, *(const GoString *)k); return;
		}
	}
	rt_mapdelete(t, h, k);
}

static void checkiter(int kind, GoHmap *h, Model *m)
{
	static uint8_t seen[NID];
	GoHiter it;
	intptr_t n = 0;
	memset(seen, 0, sizeof seen);
	for (rt_mapiterinit(kindtype(kind), h, &it); it.key; rt_mapiternext(&it)) {
		uint32_t id = idof(kind, it.key);
		ck_assert_msg(id < NID && m->present[id] && !seen[id], "%s: iteration gave id %u", kindname[kind], id);
		seen[id] = 1;
		ck_assert_int_eq(getval(kind, it.elem), m->val[id]);
		n++;
	}
	ck_assert_int_eq(n, m->count);
}

/* One kind, ~125 000 operations over key ranges from 8 to 16384. */
static void modelrun(int kind)
{
	static const uint32_t ranges[] = { 8, 20, 100, 1000, 16384, 50, 5000, 3 };
	static Model m;
	makekeys();
	memset(&m, 0, sizeof m);
	GoHmap *h = (rnd() & 1) ? rt_makemap_small() : rt_makemap(kindtype(kind), rnd() % 3000, NULL);
	long ops = 0;
	for (int round = 0; round < 16; round++) {
		uint32_t range = ranges[round % 8];
		int insertpct = round % 3 == 2 ? 30 : 55;  /* some rounds shrink the map */
		for (int i = 0; i < 7800; i++, ops++) {
			uint32_t id = (uint32_t)(rnd() % range);
			uint32_t r = (uint32_t)(rnd() % 100);
			const void *k = keyof(kind, id, (int)(rnd() & 1));
			if (r < (uint32_t)insertpct) {
				int64_t v = (int64_t)(rnd() >> 1);
				setval(kind, massign(kind, h, k), v);
				m.count += !m.present[id];
				m.present[id] = true;
				m.val[id] = v;
			} else if (r < 80) {
				mdelete(kind, h, k);
				m.count -= m.present[id];
				m.present[id] = false;
			} else {
				bool ok;
				void *e = maccess(kind, h, k, &ok);
				ck_assert_msg(ok == m.present[id], "%s: lookup id %u ok=%d", kindname[kind], id, ok);
				if (ok)
					ck_assert_int_eq(getval(kind, e), m.val[id]);
				else
					ck_assert_int_eq(getval(kind, e), 0);
			}
			ck_assert_int_eq(h->count, m.count);
		}
		checkiter(kind, h, &m);
		if (round == 9) {
			rt_mapclear(kindtype(kind), h);
			memset(&m, 0, sizeof m);
			checkiter(kind, h, &m);
		}
	}
	ck_assert_int_ge(ops, 124000);
}

START_TEST(test_model)
{
	modelrun(_i);
}
END_TEST

/*
 * Iterate while the map grows, shrinks and changes under the iterator, the
 * way Go allows: every key live for the whole iteration is returned exactly
 * once with its current value; keys deleted before being reached are never
 * returned; keys added meanwhile are returned at most once.
 */
static void iterchurn(int kind, int trial)
{
	static Model m;
	static uint8_t seen[NID], wasdeleted[NID], added[NID];
	GoMapType *t = kindtype(kind);
	memset(&m, 0, sizeof m);
	memset(seen, 0, sizeof seen);
	memset(wasdeleted, 0, sizeof wasdeleted);
	memset(added, 0, sizeof added);

	/* Sizes just past a growth point start the iteration mid-grow. */
	uint32_t n = trial % 2 ? (uint32_t)((13u << (2 + trial % 7)) + 1 + rnd() % 3) : (uint32_t)(5 + rnd() % 4000);
	GoHmap *h = rt_makemap_small();
	for (uint32_t id = 0; id < n; id++) {
		setval(kind, massign(kind, h, keyof(kind, id, 0)), id);
		m.present[id] = true;
		m.val[id] = id;
	}
	m.count = n;
	uint32_t next = n;
	GoHiter it;
	for (rt_mapiterinit(t, h, &it); it.key; rt_mapiternext(&it)) {
		uint32_t id = idof(kind, it.key);
		ck_assert_msg(!seen[id], "%s: id %u returned twice", kindname[kind], id);
		ck_assert_msg(m.present[id], "%s: id %u returned after delete", kindname[kind], id);
		ck_assert_int_eq(getval(kind, it.elem), m.val[id]);
		seen[id] = 1;
		/* Grow: add fresh keys. */
		for (int j = rndn(4); j > 0 && next < NID; j--, next++) {
			setval(kind, massign(kind, h, keyof(kind, next, 1)), next);
			m.present[next] = true;
			m.val[next] = next;
			added[next] = 1;
			m.count++;
		}
		/* Delete one random original key, and sometimes the current one. */
		uint32_t d = rndn(n);
		if (m.present[d]) {
			mdelete(kind, h, keyof(kind, d, 1));
			m.present[d] = false;
			wasdeleted[d] = 1;
			m.count--;
		}
		if (rndn(8) == 0 && m.present[id]) {
			mdelete(kind, h, it.key);
			m.present[id] = false;
			wasdeleted[id] = 1;
			m.count--;
		}
		/* Update a random live key: the iterator must show the new value. */
		uint32_t u = rndn(next);
		if (m.present[u]) {
			setval(kind, massign(kind, h, keyof(kind, u, 0)), (int64_t)u + 100000);
			m.val[u] = (int64_t)u + 100000;
		}
		ck_assert_int_eq(h->count, m.count);
	}
	for (uint32_t id = 0; id < n; id++)
		if (!wasdeleted[id])
			ck_assert_msg(seen[id], "%s: live id %u (of %u) never returned", kindname[kind], id, n);
}

START_TEST(test_iterate_while_growing)
{
	static const int kinds[] = { KInt, KStr, KF64, KEface, KBigKey, KBigElem, KInt32 };
	makekeys();
	for (int trial = 0; trial < 60; trial++)
		iterchurn(kinds[trial % 7], trial);
}
END_TEST

START_TEST(test_delete_all_while_iterating)
{
	/* Go's clear idiom, for k := range m { delete(m, k) }, including mid-grow. */
	makekeys();
	for (uint32_t n = 1; n < 3000; n = n * 3 / 2 + 1) {
		GoHmap *h = rt_makemap_small();
		for (uint32_t id = 0; id < n; id++)
			*(int64_t *)rt_mapassign_faststr(tStrInt, h, *(GoString *)keyof(KStr, id, 0)) = id;
		GoHiter it;
		uint32_t seen = 0;
		for (rt_mapiterinit(tStrInt, h, &it); it.key; rt_mapiternext(&it)) {
			seen++;
			rt_mapdelete_faststr(tStrInt, h, *(GoString *)it.key);
		}
		ck_assert_uint_eq(seen, n);
		ck_assert_int_eq(h->count, 0);
	}
}
END_TEST

/* ---- layout ---- */

START_TEST(test_layout)
{
	ck_assert_uint_eq(sizeof(GoHmap), 48);
	ck_assert_uint_eq(tIntInt->bucketsize, 144);
	ck_assert_uint_eq(tStrInt->bucketsize, 208);
	ck_assert_uint_eq(tStrStr->bucketsize, 272);
	ck_assert_uint_eq(tInt32Int32->bucketsize, 80);
	ck_assert_uint_eq(tIntBool->bucketsize, 88);
	ck_assert_uint_eq(tBigKey->bucketsize, 144);
	ck_assert(tBigKey->flags & MapIndirectKey);
	ck_assert(tBigElem->flags & MapIndirectElem);
	ck_assert_uint_eq(tIntInt->bucket->ptrdata, 0);  /* noscan */
	ck_assert_uint_ne(tStrInt->bucket->ptrdata, 0);

	/* One entry in a one-bucket map[int]int: tophash[0], key at 8, elem at 72. */
	GoHmap *h = rt_makemap_small();
	*(int64_t *)rt_mapassign_fast64(tIntInt, h, 42) = 4242;
	uint8_t *b = h->buckets;
	int64_t k, v;
	memcpy(&k, b + 8, 8);
	memcpy(&v, b + 8 + 64, 8);
	ck_assert_int_eq(k, 42);
	ck_assert_int_eq(v, 4242);
	ck_assert_uint_ge(b[0], minTopHash);
	ck_assert_uint_eq(b[1], emptyRest);
	ck_assert_ptr_null(rt_overflow(tIntInt, b));
}
END_TEST

START_TEST(test_tophash)
{
	for (unsigned top = 0; top < 256; top++) {
		uint8_t th = rt_tophash((uintptr_t)top << 56 | 0x123456);
		ck_assert_uint_eq(th, top < minTopHash ? top + minTopHash : top);
	}
	ck_assert(rt_isEmpty(emptyRest) && rt_isEmpty(emptyOne) && !rt_isEmpty(evacuatedX));
	ck_assert_int_eq(evacuatedY, evacuatedX + 1);
	ck_assert_int_eq(evacuatedY, evacuatedX ^ 1);
}
END_TEST

/* ---- creation ---- */

START_TEST(test_hint_to_B)
{
	static const struct { intptr_t hint; int B; } cases[] = {
		{ 0, 0 }, { 1, 0 }, { 8, 0 }, { 9, 1 }, { 10, 1 }, { 12, 1 }, { 13, 1 }, { 14, 2 },
		{ 26, 2 }, { 27, 3 }, { 52, 3 }, { 53, 4 }, { 100, 4 }, { 104, 4 }, { 105, 5 },
		{ 1000, 8 }, { 1664, 8 }, { 1665, 9 }, { 1000000, 18 },
		/* bad hints act as 0, with no panic (Go: makemap, [measured] n = -1) */
		{ -1, 0 }, { INTPTR_MIN, 0 }, { (intptr_t)1 << 62, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		GoHmap *h = rt_makemap(tIntInt, cases[i].hint, NULL);
		ck_assert_msg(h->B == cases[i].B, "hint %ld: B = %d, want %d", (long)cases[i].hint, h->B, cases[i].B);
		ck_assert_int_eq(h->count, 0);
		ck_assert(h->B == 0 ? h->buckets == NULL : h->buckets != NULL);
	}
	ck_assert_int_eq(rt_makemap64(tIntInt, 100, NULL)->B, 4);

	/* A caller-provided hmap with a stack bucket keeps it when B stays 0. */
	static uint8_t stackbucket[144];
	GoHmap sh = { .buckets = stackbucket };
	ck_assert_ptr_eq(rt_makemap(tIntInt, 5, &sh), &sh);
	ck_assert_ptr_eq(sh.buckets, stackbucket);
	for (int i = 0; i < 20; i++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, &sh, i) = i;
	ck_assert_int_eq(sh.count, 20);
	ck_assert_int_eq(*(int64_t *)rt_mapaccess1_fast64(tIntInt, &sh, 7), 7);
}
END_TEST

START_TEST(test_prealloc_overflow)
{
	/* allocated buckets per B for map[int]int and map[string]int (go-runtime.md 1.5) */
	static const struct { GoMapType **t; int B; uintptr_t spare; } cases[] = {
		{ &tIntInt, 1, 0 }, { &tIntInt, 3, 0 }, { &tIntInt, 4, 2 }, { &tIntInt, 5, 5 },
		{ &tIntInt, 8, 28 }, { &tIntInt, 10, 113 }, { &tIntInt, 18, 16384 }, { &tStrInt, 4, 3 },
		{ &tStrInt, 18, 16384 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		GoMapType *t = *cases[i].t;
		intptr_t hint = (intptr_t)13 << (cases[i].B - 1); /* the largest hint for B */
		GoHmap *h = rt_makemap(t, hint, NULL);
		GoMapStats st;
		ck_assert_int_eq(h->B, cases[i].B);
		rt_mapintrospect(t, h, &st);
		ck_assert_msg(st.preallocFree == cases[i].spare, "%s B=%d: %lu spare, want %lu",
		              t->typ.str, cases[i].B, (unsigned long)st.preallocFree, (unsigned long)cases[i].spare);
		ck_assert_uint_eq(st.bytes, (((uintptr_t)1 << cases[i].B) + cases[i].spare) * t->bucketsize);
	}
	/* The famous one: B = 18 for map[int]int is 40 108 032 bytes. */
	GoMapStats st;
	rt_mapintrospect(tIntInt, rt_makemap(tIntInt, 1000000, NULL), &st);
	ck_assert_uint_eq(st.bytes, 40108032);

	/* Spare buckets are used before any new allocation, and the overflow list records them. */
	GoHmap *h = rt_makemap(tIntInt, 104, NULL);
	uint8_t *arr = h->buckets;
	rt_mapintrospect(tIntInt, h, &st);
	ck_assert_uint_eq(st.preallocFree, 2);
	/* 25 keys that all choose bucket 0 make a chain of 1 + 3 overflow buckets. */
	int n = 0;
	for (int64_t k = 0; n < 25; k++)
		if ((rt_memhash64(&k, h->hash0) & 15) == 0) {
			*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = 1;
			n++;
		}
	ck_assert_int_eq(h->B, 4);
	ck_assert_int_eq(h->noverflow, 3);
	rt_mapintrospect(tIntInt, h, &st);
	ck_assert_uint_eq(st.overflowBuckets, 3);
	ck_assert_uint_eq(st.preallocFree, 0);
	ck_assert_ptr_eq(h->buckets, arr);
	ck_assert_int_eq(h->extra->overflow->len, 3);
	uint8_t **ovf = h->extra->overflow->ptr;
	ck_assert_ptr_eq(ovf[0], arr + 16 * 144);
	ck_assert_ptr_eq(ovf[1], arr + 17 * 144);
	ck_assert(ovf[2] < arr || ovf[2] >= arr + 18 * 144);
}
END_TEST

/* ---- growth ---- */

/* Insert 0, 1, 2, ... and record the insert number at which B changes. */
static void growthpoints(bool generic)
{
	static const long want[] = { 9, 14, 27, 53, 105, 209, 417, 833, 1665, 3329, 6657, 13313,
		26625, 53249, 106497, 212993, 425985, 851969 };
	GoHmap *h = rt_makemap_small();
	size_t next = 0;
	long doneAt = -1;
	for (long n = 1; n <= 851969; n++) {
		uint8_t B = h->B;
		int64_t key = n - 1;
		int64_t *e = generic ? rt_mapassign(tIntInt, h, &key) : rt_mapassign_fast64(tIntInt, h, n - 1);
		*e = n;
		if (h->B != B) {
			ck_assert_msg(next < 18 && n == want[next], "B %d->%d at insert %ld", B, h->B, n);
			ck_assert_int_eq(h->B, B + 1);
			ck_assert(!(h->flags & sameSizeGrow));
			/* Tables of 1 or 2 old buckets are evacuated by the triggering insert. */
			ck_assert(B >= 2 ? h->oldbuckets != NULL : h->oldbuckets == NULL);
			next++;
			doneAt = B >= 2 ? n : -1;
		} else if (doneAt > 0 && h->oldbuckets == NULL) {
			/* Each insert evacuates at least one old bucket in order: done within 2^(B-1) inserts. */
			ck_assert_int_le(n - doneAt, 1L << (h->B - 1));
			doneAt = -1;
		}
	}
	ck_assert_uint_eq(next, 18);
	ck_assert_int_eq(h->count, 851969);
	for (int64_t k = 0; k < 851969; k += 997)
		ck_assert_int_eq(*(int64_t *)rt_mapaccess1_fast64(tIntInt, h, k), k + 1);
}

START_TEST(test_growth_points_fast) { growthpoints(false); }
END_TEST
START_TEST(test_growth_points_generic) { growthpoints(true); }
END_TEST

START_TEST(test_same_size_grow)
{
	/*
	 * Churn at constant size: delete the oldest key, insert a fresh one.
	 * Deletes leave holes the fresh keys rarely land in, chains lengthen
	 * with overflow buckets, and once noverflow reaches 2^B the map must
	 * compact itself with a same-size grow instead of doubling.
	 */
	GoHmap *h = rt_makemap(tIntInt, 200, NULL); /* B = 5 */
	int64_t lo = 0, hi = 0;
	int samesize = 0;
	for (; hi < 200; hi++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, hi) = hi;
	uint8_t B = h->B;
	for (int i = 0; i < 200000 && samesize < 3; i++) {
		bool wasGrowing = h->oldbuckets != NULL;
		rt_mapdelete_fast64(tIntInt, h, lo++);
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, hi) = hi;
		hi++;
		if (!wasGrowing && h->oldbuckets != NULL) {
			ck_assert(h->flags & sameSizeGrow);
			ck_assert_int_eq(h->B, B);
			ck_assert_int_eq(h->count, 200);
			samesize++;
		}
		ck_assert_int_eq(h->count, 200);
	}
	ck_assert_int_eq(samesize, 3);
	ck_assert_int_eq(h->B, B);
	for (int64_t k = lo; k < hi; k++)
		ck_assert_int_eq(*(int64_t *)rt_mapaccess1_fast64(tIntInt, h, k), k);
	for (int64_t k = 0; k < lo; k++) {
		bool ok;
		rt_mapaccess2_fast64(tIntInt, h, k, &ok);
		ck_assert(!ok);
	}
	/* After the grow completes, chains are compact again. */
	while (h->oldbuckets != NULL) {
		rt_mapdelete_fast64(tIntInt, h, lo++);
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, hi) = hi;
		hi++;
	}
	GoMapStats st;
	rt_mapintrospect(tIntInt, h, &st);
	ck_assert_uint_lt(st.overflowBuckets, (uintptr_t)1 << B);
	ck_assert(!st.sameSizeGrow);
}
END_TEST

START_TEST(test_introspect_growth)
{
	GoHmap *h = rt_makemap_small();
	GoMapStats st;
	for (int64_t k = 0; k < 832; k++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = k;
	while (h->oldbuckets != NULL) /* finish the grow to B = 7 */
		rt_mapdelete_fast64(tIntInt, h, 100000);
	rt_mapintrospect(tIntInt, h, &st);
	ck_assert_int_eq(st.B, 7);
	ck_assert_uint_eq(st.nbuckets, 128);
	ck_assert(!st.growing);
	ck_assert(fabs(st.loadFactor - 6.5) < 1e-9);
	*(int64_t *)rt_mapassign_fast64(tIntInt, h, 832) = 832; /* entry 833: B 7 -> 8 */
	rt_mapintrospect(tIntInt, h, &st);
	ck_assert(st.growing && !st.sameSizeGrow);
	ck_assert_int_eq(st.B, 8);
	ck_assert_uint_eq(st.noldbuckets, 128);
	ck_assert_uint_ge(st.evacuated, 1);
	ck_assert_uint_le(st.evacuated, 2);
	uintptr_t prev = st.evacuated;
	for (int64_t k = 833; h->oldbuckets != NULL; k++) {
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = k;
		rt_mapintrospect(tIntInt, h, &st);
		if (!st.growing)
			break;
		/* every write evacuates at least one more old bucket */
		ck_assert_uint_ge(st.evacuated, prev + 1);
		ck_assert_uint_le(st.nevacuate, st.evacuated);
		prev = st.evacuated;
	}
	rt_mapintrospect(tIntInt, NULL, &st); /* a nil map reads as empty */
	ck_assert_int_eq(st.count, 0);
	ck_assert_int_eq(st.B, 0);
}
END_TEST

/* ---- deletion details ---- */

START_TEST(test_empty_rest)
{
	GoHmap *h = rt_makemap_small();
	for (int64_t k = 0; k < 5; k++) /* B = 0: slots fill in order */
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = k;
	uint8_t *b = h->buckets;
	rt_mapdelete_fast64(tIntInt, h, 2);
	ck_assert_uint_eq(b[2], emptyOne);
	rt_mapdelete_fast64(tIntInt, h, 4); /* last live slot: it becomes emptyRest */
	ck_assert_uint_eq(b[4], emptyRest);
	ck_assert_uint_eq(b[2], emptyOne);
	rt_mapdelete_fast64(tIntInt, h, 3); /* now 3 and the emptyOne before it */
	ck_assert_uint_eq(b[3], emptyRest);
	ck_assert_uint_eq(b[2], emptyRest);
	ck_assert_uint_ge(b[1], minTopHash);
	/* A new key reuses the first free slot. */
	*(int64_t *)rt_mapassign_fast64(tIntInt, h, 10) = 10;
	ck_assert_uint_ge(b[2], minTopHash);

	/* Across an overflow bucket: same rules through the generic path. */
	GoHmap *g = rt_makemap(tIntInt, 13, NULL);
	int64_t sharing[40];
	int n = 0;
	/* 12 keys sharing bucket 0 of a B = 1 table (which holds 13) force an overflow bucket. */
	ck_assert_int_eq(g->B, 1);
	for (int64_t k = 0; n < 12; k++) {
		if ((rt_memhash64(&k, g->hash0) & 1) == 0) {
			sharing[n++] = k;
			*(int64_t *)rt_mapassign(tIntInt, g, &k) = k;
		}
	}
	uint8_t *b0 = rt_bucketAt(tIntInt, g->buckets, 0);
	uint8_t *b1 = rt_overflow(tIntInt, b0);
	ck_assert_ptr_nonnull(b1);
	/* Delete everything in reverse: each delete ends the chain, so all become emptyRest. */
	for (int i = n - 1; i >= 0; i--)
		rt_mapdelete(tIntInt, g, &sharing[i]);
	ck_assert_int_eq(g->count, 0);
	for (int i = 0; i < bucketCnt; i++) {
		ck_assert_uint_eq(b0[i], emptyRest);
		ck_assert_uint_eq(b1[i], emptyRest);
	}
}
END_TEST

START_TEST(test_reseed)
{
	GoHmap *h = rt_makemap_small();
	int changed = 0;
	for (int i = 0; i < 8; i++) {
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, 1) = 1;
		uint32_t seed = h->hash0;
		rt_mapdelete_fast64(tIntInt, h, 1);
		changed += h->hash0 != seed;
	}
	ck_assert_int_ge(changed, 7);
	for (int64_t k = 0; k < 1000; k++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = k;
	uint32_t seed = h->hash0;
	uint8_t B = h->B;
	void *arr = h->buckets;
	while (h->oldbuckets)
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, 5) = 5;
	arr = h->buckets;
	rt_mapclear(tIntInt, h);
	ck_assert_int_eq(h->count, 0);
	ck_assert_int_eq(h->B, B);        /* memory is kept */
	ck_assert_ptr_eq(h->buckets, arr);
	ck_assert_uint_ne(h->hash0, seed); /* 1 in 2^32 to fail */
	bool ok;
	rt_mapaccess2_fast64(tIntInt, h, 5, &ok);
	ck_assert(!ok);
	GoMapStats st;
	rt_mapintrospect(tIntInt, h, &st);
	ck_assert_uint_eq(st.overflowBuckets, 0);
	ck_assert_uint_eq(st.preallocFree, 28);
	rt_mapclear(tIntInt, NULL);
}
END_TEST

/* ---- nil maps ---- */

START_TEST(test_nil_map)
{
	bool ok = true;
	GoHiter it;
	ck_assert_ptr_eq(rt_mapaccess1(tIntInt, NULL, &(int64_t){ 1 }), rt_zeroVal);
	ck_assert_ptr_eq(rt_mapaccess2(tIntInt, NULL, &(int64_t){ 1 }, &ok), rt_zeroVal);
	ck_assert(!ok);
	ck_assert_ptr_eq(rt_mapaccess1_fast64(tIntInt, NULL, 1), rt_zeroVal);
	ck_assert_ptr_eq(rt_mapaccess1_fast32(tInt32Int, NULL, 1), rt_zeroVal);
	ck_assert_ptr_eq(rt_mapaccess1_faststr(tStrInt, NULL, mt_str("x")), rt_zeroVal);
	ok = true;
	rt_mapaccess2_faststr(tStrInt, NULL, mt_str("x"), &ok);
	ck_assert(!ok);
	rt_mapdelete(tIntInt, NULL, &(int64_t){ 1 });
	rt_mapdelete_fast64(tIntInt, NULL, 1);
	rt_mapdelete_fast32(tInt32Int, NULL, 1);
	rt_mapdelete_faststr(tStrInt, NULL, mt_str("x"));
	rt_mapiterinit(tIntInt, NULL, &it);
	ck_assert_ptr_null(it.key);
	/* and an empty, non-nil map */
	GoHmap *h = rt_makemap_small();
	rt_mapiterinit(tIntInt, h, &it);
	ck_assert_ptr_null(it.key);
	ck_assert_ptr_eq(rt_mapaccess1(tIntInt, h, &(int64_t){ 1 }), rt_zeroVal);
}
END_TEST

/* ---- deaths: fork, run, compare status and the first stderr line with Go ---- */

typedef void (*deathfn)(void);

static void expect_death(deathfn f, const char *want)
{
	int fd[2];
	char buf[512] = { 0 };
	ck_assert_int_eq(pipe(fd), 0);
	fflush(NULL);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		close(fd[0]);
		dup2(fd[1], 2);
		f();
		_exit(0);
	}
	close(fd[1]);
	size_t n = 0;
	ssize_t r;
	while (n < sizeof buf - 1 && (r = read(fd[0], buf + n, sizeof buf - 1 - n)) > 0)
		n += (size_t)r;
	close(fd[0]);
	int status;
	waitpid(pid, &status, 0);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 2, "want exit status 2 for \"%s\"", want);
	char *nl = strchr(buf, '\n');
	if (nl)
		*nl = 0;
	ck_assert_str_eq(buf, want);
}

static void die_nilassign(void) { rt_mapassign(tIntInt, NULL, &(int64_t){ 1 }); }
static void die_nilassign64(void) { rt_mapassign_fast64(tIntInt, NULL, 1); }
static void die_nilassign32(void) { rt_mapassign_fast32(tInt32Int, NULL, 1); }
static void die_nilassignstr(void) { rt_mapassign_faststr(tStrInt, NULL, mt_str("a")); }

static GoEface unhashable(void)
{
	static GoSlice s;
	GoEface e = { &mt_sliceint, &s };
	return e;
}
static void die_unhashable(void)
{
	GoEface e = unhashable();
	rt_mapassign(tEfaceInt, rt_makemap_small(), &e);
}
static void die_unhashable_nilread(void)
{
	GoEface e = unhashable();
	rt_mapaccess1(tEfaceInt, NULL, &e);
}
static void die_unhashable_delete(void)
{
	GoEface e = unhashable();
	rt_mapdelete(tEfaceInt, NULL, &e);
}
static void die_unhashable_struct(void)
{
	static uint8_t u[24];
	GoEface e = { &tU, u };
	rt_mapaccess1(tEfaceInt, rt_makemap_small(), &e);
}
static void die_uncomparable(void)
{
	static GoSlice s;
	rt_efaceeq(&mt_sliceint, &s, &s);
}
static GoHmap *writing(void)
{
	GoHmap *h = rt_makemap_small();
	*(int64_t *)rt_mapassign_fast64(tIntInt, h, 1) = 1;
	h->flags |= hashWriting; /* what another goroutine mid-write would leave */
	return h;
}
static void die_concurrent_write(void) { rt_mapassign_fast64(tIntInt, writing(), 2); }
static void die_concurrent_write_generic(void) { rt_mapassign(tIntInt, writing(), &(int64_t){ 2 }); }
static void die_concurrent_delete(void) { rt_mapdelete_fast64(tIntInt, writing(), 1); }
static void die_concurrent_clear(void) { rt_mapclear(tIntInt, writing()); }
static void die_concurrent_read(void) { rt_mapaccess1_fast64(tIntInt, writing(), 1); }
static void die_concurrent_read_generic(void) { rt_mapaccess1(tIntInt, writing(), &(int64_t){ 1 }); }
static void die_concurrent_iter(void)
{
	GoHmap *h = rt_makemap_small();
	GoHiter it;
	*(int64_t *)rt_mapassign_fast64(tIntInt, h, 1) = 1;
	*(int64_t *)rt_mapassign_fast64(tIntInt, h, 2) = 2;
	rt_mapiterinit(tIntInt, h, &it);
	h->flags |= hashWriting;
	rt_mapiternext(&it);
}

START_TEST(test_deaths)
{
	expect_death(die_nilassign, "panic: assignment to entry in nil map");
	expect_death(die_nilassign64, "panic: assignment to entry in nil map");
	expect_death(die_nilassign32, "panic: assignment to entry in nil map");
	expect_death(die_nilassignstr, "panic: assignment to entry in nil map");
	expect_death(die_unhashable, "panic: runtime error: hash of unhashable type []int");
	expect_death(die_unhashable_nilread, "panic: runtime error: hash of unhashable type []int");
	expect_death(die_unhashable_delete, "panic: runtime error: hash of unhashable type []int");
	expect_death(die_unhashable_struct, "panic: runtime error: hash of unhashable type main.U");
	expect_death(die_uncomparable, "panic: runtime error: comparing uncomparable type []int");
	expect_death(die_concurrent_write, "fatal error: concurrent map writes");
	expect_death(die_concurrent_write_generic, "fatal error: concurrent map writes");
	expect_death(die_concurrent_delete, "fatal error: concurrent map writes");
	expect_death(die_concurrent_clear, "fatal error: concurrent map writes");
	expect_death(die_concurrent_read, "fatal error: concurrent map read and map write");
	expect_death(die_concurrent_read_generic, "fatal error: concurrent map read and map write");
	expect_death(die_concurrent_iter, "fatal error: concurrent map iteration and map write");
}
END_TEST

/* The same death through Check's own exit-test machinery (fork mode). */
START_TEST(test_exit_nilassign)
{
	freopen("/dev/null", "w", stderr);
	rt_mapassign_fast64(tIntInt, NULL, 7);
}
END_TEST

/* ---- floats: NaN and signed zero ---- */

START_TEST(test_float_keys)
{
	GoHmap *h = rt_makemap_small();
	double nan = NAN, pz = 0.0, nz = -0.0;
	bool ok;

	for (int i = 0; i < 3; i++)
		*(int64_t *)rt_mapassign(tF64Int, h, &nan) = 10 + i;
	ck_assert_int_eq(h->count, 3); /* each NaN insert adds an entry */
	rt_mapaccess2(tF64Int, h, &nan, &ok);
	ck_assert(!ok);
	rt_mapdelete(tF64Int, h, &nan);
	ck_assert_int_eq(h->count, 3);

	*(int64_t *)rt_mapassign(tF64Int, h, &nz) = 1;
	*(int64_t *)rt_mapassign(tF64Int, h, &pz) = 2; /* same key: value and key updated */
	ck_assert_int_eq(h->count, 4);
	ck_assert_int_eq(*(int64_t *)rt_mapaccess1(tF64Int, h, &nz), 2);

	GoHiter it;
	int nans = 0, zeros = 0;
	for (rt_mapiterinit(tF64Int, h, &it); it.key; rt_mapiternext(&it)) {
		double k = *(double *)it.key;
		if (k != k) {
			nans++;
			ck_assert_int_ge(*(int64_t *)it.elem, 10);
		} else {
			zeros++;
			ck_assert(!signbit(k)); /* the key was overwritten with +0 */
		}
	}
	ck_assert_int_eq(nans, 3);
	ck_assert_int_eq(zeros, 1);

	/* NaN entries survive growth, including growth under an iterator. */
	GoHmap *g = rt_makemap_small();
	for (int i = 0; i < 20; i++)
		*(int64_t *)rt_mapassign(tF64Int, g, &nan) = i;
	rt_mapiterinit(tF64Int, g, &it);
	int seen = 0;
	double x = 1;
	for (; it.key; rt_mapiternext(&it)) {
		seen++;
		for (int j = 0; j < 7; j++, x++) /* grow while iterating */
			*(int64_t *)rt_mapassign(tF64Int, g, &x) = 0;
	}
	ck_assert_int_ge(seen, 20);
	nans = 0;
	for (rt_mapiterinit(tF64Int, g, &it); it.key; rt_mapiternext(&it))
		nans += *(double *)it.key != *(double *)it.key;
	ck_assert_int_eq(nans, 20);

	/* Hash: +0 and -0 agree; NaN never repeats. */
	ck_assert_uint_eq(rt_f64hash(&pz, 7), rt_f64hash(&nz, 7));
	ck_assert_uint_ne(rt_f64hash(&nan, 7), rt_f64hash(&nan, 7));
	float fz = 0.0f, fnz = -0.0f;
	ck_assert_uint_eq(rt_f32hash(&fz, 7), rt_f32hash(&fnz, 7));
}
END_TEST

/* ---- indirect keys and elems ---- */

START_TEST(test_big_keys_elems)
{
	GoHmap *h = rt_makemap_small();
	Big k;
	for (int i = 0; i < 500; i++) {
		memset(&k, i & 0xff, sizeof k);
		memcpy(k.b, &i, sizeof i);
		*(int64_t *)rt_mapassign(tBigKey, h, &k) = i;
	}
	ck_assert_int_eq(h->count, 500);
	/* The bucket holds pointers to separately allocated keys. */
	uint8_t *b = rt_bucketAt(tBigKey, h->buckets, 0);
	for (int i = 0; i < bucketCnt; i++)
		if (!rt_isEmpty(b[i])) {
			Big *kp = *(Big **)(b + 8 + i * 8);
			int id;
			memcpy(&id, kp->b, sizeof id);
			ck_assert_int_eq(kp->b[100], id & 0xff);
		}
	for (int i = 0; i < 500; i += 3) {
		memset(&k, i & 0xff, sizeof k);
		memcpy(k.b, &i, sizeof i);
		ck_assert_int_eq(*(int64_t *)rt_mapaccess1(tBigKey, h, &k), i);
		rt_mapdelete(tBigKey, h, &k);
	}
	ck_assert_int_eq(h->count, 500 - 167);

	/* 300-byte elems: mapassign returns the separately allocated elem. */
	GoHmap *g = rt_makemap(tBigElem, 50, NULL);
	for (int64_t i = 0; i < 300; i++) {
		uint8_t *e = rt_mapassign(tBigElem, g, &i);
		memset(e, (int)(i & 0xff), 300);
	}
	for (int64_t i = 0; i < 300; i++) {
		uint8_t *e = rt_mapaccess1(tBigElem, g, &i);
		ck_assert_uint_eq(e[0], i & 0xff);
		ck_assert_uint_eq(e[299], i & 0xff);
	}
	bool ok;
	uint8_t *z = rt_mapaccess2(tBigElem, g, &(int64_t){ 999 }, &ok);
	ck_assert(!ok);
	for (int i = 0; i < 300; i++)
		ck_assert_uint_eq(z[i], 0);
	GoHiter it;
	int n = 0;
	for (rt_mapiterinit(tBigElem, g, &it); it.key; rt_mapiternext(&it), n++)
		ck_assert_uint_eq(((uint8_t *)it.elem)[150], *(int64_t *)it.key & 0xff);
	ck_assert_int_eq(n, 300);

	/* 2000-byte elems: over the shared zero value; _fat and plain lookups both give zeros. */
	GoHmap *f = rt_makemap_small();
	memset(rt_mapassign(tHugeElem, f, &(int64_t){ 1 }), 7, 2000);
	static const uint8_t myzero[2000];
	ck_assert_ptr_eq(rt_mapaccess1_fat(tHugeElem, f, &(int64_t){ 2 }, myzero), myzero);
	ck_assert_uint_eq(((uint8_t *)rt_mapaccess2_fat(tHugeElem, f, &(int64_t){ 1 }, myzero, &ok))[1999], 7);
	ck_assert(ok);
	uint8_t *zz = rt_mapaccess1(tHugeElem, f, &(int64_t){ 2 });
	for (int i = 0; i < 2000; i++)
		ck_assert_uint_eq(zz[i], 0);
}
END_TEST

/* ---- hashing ---- */

static double chisquare(int trial, unsigned nb, bool top)
{
	enum { N = 1 << 17 };
	static uint32_t hist[1024];
	uintptr_t seed = (uintptr_t)trial * 0x12345;
	memset(hist, 0, sizeof hist);
	for (int64_t i = 0; i < N; i++) {
		uintptr_t h;
		if (trial % 6 < 2) {
			h = rt_memhash64(&i, seed);
		} else if (trial % 6 < 4) {
			int64_t k = i << 12;
			h = rt_memhash64(&k, seed);
		} else {
			char buf[24];
			GoString s = { (const uint8_t *)buf, snprintf(buf, sizeof buf, "key%ld", (long)i) };
			h = rt_strhash(&s, seed);
		}
		hist[top ? h >> 56 : h & (nb - 1)]++;
	}
	double expect = (double)N / nb, chi = 0;
	for (unsigned i = 0; i < nb; i++)
		chi += (hist[i] - expect) * (hist[i] - expect) / expect;
	return chi;
}

START_TEST(test_hash_quality)
{
	/*
	 * Sequential ints, strided ints and short strings over 1024 buckets
	 * (low bits) and 256 tophash values (top byte): a chi-square statistic
	 * within 6 standard deviations of its mean, for several seeds.
	 */
	for (int trial = 0; trial < 12; trial++) {
		double chi = chisquare(trial, trial % 2 ? 1024 : 256, trial % 2 == 0);
		double df = (trial % 2 ? 1024 : 256) - 1;
		ck_assert_msg(chi < df + 6 * sqrt(2 * df), "trial %d: chi-square %.1f for %g df", trial, chi, df);
	}
	/* Strings that differ in one byte or in length hash apart; seeds matter. */
	char s[100];
	memset(s, 'a', sizeof s);
	for (uintptr_t len = 0; len < 100; len++) {
		uintptr_t h0 = rt_memhash(s, 1, len);
		ck_assert_uint_ne(h0, rt_memhash(s, 2, len));
		ck_assert_uint_ne(h0, rt_memhash(s, 1, len + 1));
		if (len > 0) {
			s[len - 1] = 'b';
			ck_assert_uint_ne(h0, rt_memhash(s, 1, len));
			s[len - 1] = 'a';
		}
	}
	/* typehash agrees with the direct hashers for the same value. */
	int64_t v = 77;
	ck_assert_uint_eq(rt_typehash(&mt_int, &v, 5), rt_memhash64(&v, 5));
	GoString str = mt_str("hello");
	ck_assert_uint_eq(rt_typehash(&mt_string, &str, 5), rt_strhash(&str, 5));
	/* Interfaces: equal dynamic values hash equal; nil hashes to the seed. */
	int64_t a = 5, b = 5;
	GoEface ea = { &mt_int, &a }, eb = { &mt_int, &b }, en = { 0 };
	ck_assert_uint_eq(rt_nilinterhash(&ea, 3), rt_nilinterhash(&eb, 3));
	ck_assert(rt_nilinterequal(&ea, &eb));
	ck_assert(!rt_nilinterequal(&ea, &en));
	ck_assert_uint_eq(rt_nilinterhash(&en, 3), 3);
	/* fastrand looks random enough to pick start buckets. */
	uint32_t r0 = rt_fastrand(), same = 0;
	for (int i = 0; i < 100; i++)
		same += rt_fastrand() == r0;
	ck_assert_uint_le(same, 1);
}
END_TEST

START_TEST(test_iteration_random)
{
	GoHmap *h = rt_makemap_small();
	for (int64_t k = 0; k < 100; k++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = k;
	int64_t firsts[32];
	int distinct = 0;
	for (int i = 0; i < 32; i++) {
		GoHiter it;
		rt_mapiterinit(tIntInt, h, &it);
		firsts[i] = *(int64_t *)it.key;
		int j = 0;
		while (j < i && firsts[j] != firsts[i])
			j++;
		distinct += j == i;
	}
	ck_assert_int_ge(distinct, 8);
	/* A B = 0 map: the offset alone randomises order. */
	GoHmap *s = rt_makemap_small();
	for (int64_t k = 0; k < 8; k++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, s, k) = k;
	bool firstseen[8] = { 0 };
	for (int i = 0; i < 200; i++) {
		GoHiter it;
		rt_mapiterinit(tIntInt, s, &it);
		firstseen[*(int64_t *)it.key] = true;
	}
	for (int k = 0; k < 8; k++)
		ck_assert(firstseen[k]);
}
END_TEST

/* ---- maptrace ---- */

START_TEST(test_maptrace)
{
	char path[] = "/tmp/maptraceXXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	int saved = dup(2);
	fflush(stderr);
	dup2(fd, 2);
	rt_maptrace = 1;
	GoHmap *h = rt_makemap(tIntInt, 10, NULL);
	for (int64_t k = 0; k < 60; k++)
		*(int64_t *)rt_mapassign_fast64(tIntInt, h, k) = k;
	while (h->oldbuckets)
		rt_mapdelete_fast64(tIntInt, h, 1000);
	rt_maptrace = 0;
	fflush(stderr);
	dup2(saved, 2);
	close(saved);

	char buf[4096] = { 0 };
	lseek(fd, 0, SEEK_SET);
	ck_assert_int_gt(read(fd, buf, sizeof buf - 1), 0);
	close(fd);
	unlink(path);
	ck_assert_ptr_nonnull(strstr(buf, "maptrace: make map[int]int"));
	ck_assert_ptr_nonnull(strstr(buf, "hint=10 B=1 buckets=2 prealloc=0"));
	ck_assert_ptr_nonnull(strstr(buf, "double B=1->2 count=13 noverflow="));
	ck_assert_ptr_nonnull(strstr(buf, "double B=2->3 count=26 noverflow="));
	ck_assert_ptr_nonnull(strstr(buf, "double B=3->4 count=52 noverflow="));
	ck_assert_ptr_nonnull(strstr(buf, ": B=4 count="));
	ck_assert_ptr_null(strstr(buf, "B=4->5"));
}
END_TEST


static Suite *map_suite(void)
{
	Suite *s = suite_create("map");
	TCase *tc = tcase_create("core");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_layout);
	tcase_add_test(tc, test_tophash);
	tcase_add_test(tc, test_hint_to_B);
	tcase_add_test(tc, test_prealloc_overflow);
	tcase_add_test(tc, test_growth_points_fast);
	tcase_add_test(tc, test_growth_points_generic);
	tcase_add_test(tc, test_same_size_grow);
	tcase_add_test(tc, test_introspect_growth);
	tcase_add_test(tc, test_empty_rest);
	tcase_add_test(tc, test_reseed);
	tcase_add_test(tc, test_nil_map);
	tcase_add_test(tc, test_deaths);
	tcase_add_exit_test(tc, test_exit_nilassign, 2);
	tcase_add_test(tc, test_float_keys);
	tcase_add_test(tc, test_big_keys_elems);
	tcase_add_test(tc, test_hash_quality);
	tcase_add_test(tc, test_iteration_random);
	tcase_add_test(tc, test_maptrace);
	suite_add_tcase(s, tc);

	TCase *model = tcase_create("model");
	tcase_add_unchecked_fixture(model, setup, NULL);
	tcase_set_timeout(model, 300);
	tcase_add_loop_test(model, test_model, 0, NKIND);
	tcase_add_test(model, test_iterate_while_growing);
	tcase_add_test(model, test_delete_all_while_iterating);
	suite_add_tcase(s, model);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(map_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
