/*
 * check_bytealg.c - the native overlay of internal/bytealg
 * (runtime/overlay_bytealg.c) against Go.
 *
 * bytealg_cases.h comes from scripts/gen_bytealg_cases.go, which calls real
 * Go 1.19's bytes and strings functions on amd64 (they run bytealg's
 * assembly) on every length 0..70, long texts, NUL bytes and bytes >= 0x80,
 * and writes the inputs and Go's results; none of the expectations is our
 * own output.  Every case is run through both the []byte and the string
 * function (IndexByte and IndexByteString, Count and CountString, Index and
 * IndexString; Compare has no string twin in bytealg).  Each input is
 * copied so that it ends right at an unreadable page, so a read past len
 * faults, and an empty input's pointer is that page itself.
 *
 * Then the edges the overlay's comment promises: a zero length never
 * touches the pointer (nil, or unreadable), with Go's answers for empty
 * inputs; nothing past len is read, checked with what lies past len chosen
 * to change the answer if it were (a match, a differing byte, a longer
 * needle).  Last, the C prototypes' layouts are checked against
 * codegen/abi.c's classification of the Go signatures, which is how
 * generated code calls these body-less functions.
 */
#include <check.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "codegen/codegen.h"
#include "runtime/abi.h"
#include "tests/bytealg_cases.h"

/* The overlay's entry points (declared in runtime/overlay_bytealg.c, not in abi.h). */
intptr_t rt_bytealg_Compare(GoSlice a, GoSlice b) GO_NAME("\"internal/bytealg.Compare\"");
intptr_t rt_bytealg_Count(GoSlice b, uint8_t c) GO_NAME("\"internal/bytealg.Count\"");
intptr_t rt_bytealg_CountString(GoString s, uint8_t c) GO_NAME("\"internal/bytealg.CountString\"");
intptr_t rt_bytealg_Index(GoSlice a, GoSlice b) GO_NAME("\"internal/bytealg.Index\"");
intptr_t rt_bytealg_IndexString(GoString a, GoString b) GO_NAME("\"internal/bytealg.IndexString\"");
intptr_t rt_bytealg_IndexByte(GoSlice b, uint8_t c) GO_NAME("\"internal/bytealg.IndexByte\"");
intptr_t rt_bytealg_IndexByteString(GoString s, uint8_t c) GO_NAME("\"internal/bytealg.IndexByteString\"");

#define N(a) ((int)(sizeof a / sizeof a[0]))

/* A buffer whose end is the start of a PROT_NONE page. */
typedef struct Guarded {
	uint8_t *map;
	size_t size;
	uint8_t *end;   /* the first unreadable byte */
} Guarded;

static Guarded ga, gb;

static void guard_init(Guarded *gd)
{
	size_t pg = (size_t)sysconf(_SC_PAGESIZE), max = 1;

	for (int i = 0; i < N(bytealg_strs); i++)
		if ((size_t)bytealg_strs[i].n > max)
			max = (size_t)bytealg_strs[i].n;
	size_t data = (max + pg - 1) / pg * pg;
	gd->size = data + pg;
	gd->map = mmap(NULL, gd->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ck_assert(gd->map != MAP_FAILED);
	gd->end = gd->map + data;
	ck_assert_int_eq(mprotect(gd->end, pg, PROT_NONE), 0);
}

static void setup(void)
{
	guard_init(&ga);
	guard_init(&gb);
}

static void teardown(void)
{
	munmap(ga.map, ga.size);
	munmap(gb.map, gb.size);
}

/* Copies string i of the table so that it ends at gd's unreadable page. */
static const uint8_t *place(Guarded *gd, int i)
{
	size_t n = (size_t)bytealg_strs[i].n;

	memcpy(gd->end - n, bytealg_strs[i].p, n);
	return gd->end - n;
}

static GoSlice goslice(const uint8_t *p, intptr_t len, intptr_t cap)
{
	return (GoSlice){ (void *)p, len, cap };
}

static GoString gostring(const uint8_t *p, intptr_t len)
{
	return (GoString){ p, len };
}

static const uint8_t *u8(const char *s)
{
	return (const uint8_t *)s;
}

/* Compares got with Go's want; prints the first few differences. */
static int differ_byte(const char *fn, int s, int c, intptr_t got, int want, int bad)
{
	if (got == want)
		return 0;
	if (bad < 10)
		fprintf(stderr, "%s(strs[%d] (len %d), %#04x) = %ld, Go %d\n", fn, s, bytealg_strs[s].n, c,
			(long)got, want);
	return 1;
}

static int differ_pair(const char *fn, int a, int b, intptr_t got, int want, int bad)
{
	if (got == want)
		return 0;
	if (bad < 10)
		fprintf(stderr, "%s(strs[%d] (len %d), strs[%d] (len %d)) = %ld, Go %d\n", fn, a, bytealg_strs[a].n,
			b, bytealg_strs[b].n, (long)got, want);
	return 1;
}

/*
 * fn ([]byte) and fnstr (string) on every byte case against its Go result
 * in field; the cases must not all agree on the result (> 0 or not).
 */
#define BYTE_TEST(name, fn, fnstr, field)                                               \
	START_TEST(name)                                                                \
	{                                                                               \
		int bad = 0, pos = 0;                                                   \
		for (int i = 0; i < N(bytealg_byte_cases); i++) {                       \
			int s = bytealg_byte_cases[i].s, n = bytealg_strs[s].n;         \
			int c = bytealg_byte_cases[i].c, want = bytealg_byte_cases[i].field; \
			const uint8_t *p = place(&ga, s);                               \
			bad += differ_byte(#fn, s, c, fn(goslice(p, n, n), (uint8_t)c), want, bad); \
			bad += differ_byte(#fnstr, s, c, fnstr(gostring(p, n), (uint8_t)c), want, bad); \
			pos += want > 0;                                                \
		}                                                                       \
		ck_assert_msg(bad == 0, "%s, %s: %d of %d differ from Go", #fn, #fnstr, bad, \
			      2 * N(bytealg_byte_cases));                               \
		ck_assert_msg(pos > 0 && pos < N(bytealg_byte_cases), "the cases' %s are all alike", #field); \
	}                                                                               \
	END_TEST

BYTE_TEST(test_indexbyte, rt_bytealg_IndexByte, rt_bytealg_IndexByteString, idx)
BYTE_TEST(test_count, rt_bytealg_Count, rt_bytealg_CountString, cnt)

/* Index and IndexString on every index case; found and not found both occur. */
START_TEST(test_index)
{
	int bad = 0, found = 0;

	for (int i = 0; i < N(bytealg_index_cases); i++) {
		int a = bytealg_index_cases[i].a, b = bytealg_index_cases[i].b, want = bytealg_index_cases[i].r;
		int an = bytealg_strs[a].n, bn = bytealg_strs[b].n;
		const uint8_t *pa = place(&ga, a), *pb = place(&gb, b);
		ck_assert_msg(bn >= 2 && bn <= 63, "case %d: len(b) = %d is outside bytealg's contract", i, bn);
		bad += differ_pair("Index", a, b, rt_bytealg_Index(goslice(pa, an, an), goslice(pb, bn, bn)), want, bad);
		bad += differ_pair("IndexString", a, b, rt_bytealg_IndexString(gostring(pa, an), gostring(pb, bn)), want,
				   bad);
		found += want >= 0;
	}
	ck_assert_msg(bad == 0, "Index, IndexString: %d of %d differ from Go", bad, 2 * N(bytealg_index_cases));
	ck_assert_msg(found > 0 && found < N(bytealg_index_cases), "the cases are all found or all not");
}
END_TEST

/* Compare on every compare case; -1, 0 and +1 all occur. */
START_TEST(test_compare)
{
	int bad = 0, seen[3] = { 0 };

	for (int i = 0; i < N(bytealg_compare_cases); i++) {
		int a = bytealg_compare_cases[i].a, b = bytealg_compare_cases[i].b, want = bytealg_compare_cases[i].r;
		int an = bytealg_strs[a].n, bn = bytealg_strs[b].n;
		const uint8_t *pa = place(&ga, a), *pb = place(&gb, b);
		bad += differ_pair("Compare", a, b, rt_bytealg_Compare(goslice(pa, an, an), goslice(pb, bn, bn)), want, bad);
		ck_assert_int_ge(want, -1);
		ck_assert_int_le(want, 1);
		seen[want + 1]++;
	}
	ck_assert_msg(bad == 0, "Compare: %d of %d differ from Go", bad, N(bytealg_compare_cases));
	ck_assert_msg(seen[0] && seen[1] && seen[2], "the cases miss a result: %d %d %d", seen[0], seen[1], seen[2]);
}
END_TEST

/*
 * A zero length never touches the pointer: nil, and the unreadable page.
 * Go's answers for empty inputs (a nil slice is an empty one): Compare
 * says equal to another empty input and less than a non-empty one;
 * Count 0; IndexByte -1; Index -1 for a separator longer than the text, 0
 * for an empty separator (outside bytealg's contract, where the overlay
 * promises the natural answers, which are bytes.Index's and strings.Index's).
 */
START_TEST(test_empty)
{
	const uint8_t *ptrs[2] = { NULL, ga.end };
	const uint8_t *ab = u8("ab");
	const int cs[3] = { 0, 'a', 0xff };

	for (int k = 0; k < 2; k++) {
		GoSlice e = goslice(ptrs[k], 0, 0), s = goslice(ab, 2, 2);
		GoString es = gostring(ptrs[k], 0), t = gostring(ab, 2);

		ck_assert_int_eq(rt_bytealg_Compare(e, e), 0);
		ck_assert_int_eq(rt_bytealg_Compare(e, goslice(ptrs[1 - k], 0, 0)), 0);
		ck_assert_int_eq(rt_bytealg_Compare(e, s), -1);
		ck_assert_int_eq(rt_bytealg_Compare(s, e), 1);
		for (int i = 0; i < N(cs); i++) {
			ck_assert_int_eq(rt_bytealg_Count(e, (uint8_t)cs[i]), 0);
			ck_assert_int_eq(rt_bytealg_CountString(es, (uint8_t)cs[i]), 0);
			ck_assert_int_eq(rt_bytealg_IndexByte(e, (uint8_t)cs[i]), -1);
			ck_assert_int_eq(rt_bytealg_IndexByteString(es, (uint8_t)cs[i]), -1);
		}
		ck_assert_int_eq(rt_bytealg_Index(e, s), -1);
		ck_assert_int_eq(rt_bytealg_IndexString(es, t), -1);
		ck_assert_int_eq(rt_bytealg_Index(s, e), 0);
		ck_assert_int_eq(rt_bytealg_IndexString(t, es), 0);
		ck_assert_int_eq(rt_bytealg_Index(e, e), 0);
		ck_assert_int_eq(rt_bytealg_IndexString(es, es), 0);
	}
}
END_TEST

/*
 * Nothing past len is read, the cap included: for every length n in
 * 0..70 the text is a^n and what follows it in memory would change the
 * answer if it were looked at.  Go's answers are those on a^n alone.
 */
START_TEST(test_past_len)
{
	uint8_t buf[160], eq[160], need[80];
	const int ks[5] = { 2, 16, 17, 32, 63 };

	for (int n = 0; n <= 70; n++) {
		/* a^n, then b's: a b would be found, and "ab" straddles len */
		memset(buf, 'a', (size_t)n);
		memset(buf + n, 'b', sizeof buf - (size_t)n);
		GoSlice s = goslice(buf, n, sizeof buf);
		GoString t = gostring(buf, n);

		ck_assert_int_eq(rt_bytealg_IndexByte(s, 'b'), -1);
		ck_assert_int_eq(rt_bytealg_IndexByteString(t, 'b'), -1);
		ck_assert_int_eq(rt_bytealg_Count(s, 'b'), 0);
		ck_assert_int_eq(rt_bytealg_CountString(t, 'b'), 0);
		ck_assert_int_eq(rt_bytealg_Count(s, 'a'), n);
		ck_assert_int_eq(rt_bytealg_CountString(t, 'a'), n);
		ck_assert_int_eq(rt_bytealg_IndexByte(s, 'a'), (n ? 0 : -1));
		ck_assert_int_eq(rt_bytealg_IndexByteString(t, 'a'), (n ? 0 : -1));

		/* a^(k-1)b and bb: found (at n-k+1 when k-1 <= n, at n) if
		 * len were ignored */
		for (int i = 0; i < N(ks); i++) {
			int k = ks[i];
			memset(need, 'a', (size_t)k - 1);
			need[k - 1] = 'b';
			ck_assert_int_eq(rt_bytealg_Index(s, goslice(need, k, k)), -1);
			ck_assert_int_eq(rt_bytealg_IndexString(t, gostring(need, k)), -1);
		}
		ck_assert_int_eq(rt_bytealg_Index(s, goslice(u8("bb"), 2, 2)), -1);
		ck_assert_int_eq(rt_bytealg_IndexString(t, gostring(u8("bb"), 2)), -1);
		/* the separator's len counts too: aa, followed by b */
		ck_assert_int_eq(rt_bytealg_Index(s, goslice(u8("aab"), 2, 3)), (n >= 2 ? 0 : -1));
		ck_assert_int_eq(rt_bytealg_IndexString(t, gostring(u8("aab"), 2)), (n >= 2 ? 0 : -1));

		/* a^n against a^n followed by a (not b): equal; and a^n is a
		 * prefix of a^(n+1), although buf's next byte b is greater */
		memset(eq, 'a', sizeof eq);
		ck_assert_int_eq(rt_bytealg_Compare(s, goslice(eq, n, n)), 0);
		ck_assert_int_eq(rt_bytealg_Compare(goslice(eq, n, n), s), 0);
		ck_assert_int_eq(rt_bytealg_Compare(s, goslice(eq, n + 1, n + 1)), -1);
		ck_assert_int_eq(rt_bytealg_Compare(goslice(eq, n + 1, n + 1), s), 1);
		/* the same pointer, two lengths: the shorter is a prefix */
		ck_assert_int_eq(rt_bytealg_Compare(s, goslice(buf, n + 1, n + 1)), -1);
		ck_assert_int_eq(rt_bytealg_Compare(goslice(buf, n + 1, n + 1), s), 1);
		ck_assert_int_eq(rt_bytealg_Compare(s, s), 0);
	}
}
END_TEST

/* The attribute kind name on parameter i (0-based) of f, or NULL. */
static LLVMAttributeRef attr(LLVMValueRef f, unsigned i, const char *name)
{
	return LLVMGetEnumAttributeAtIndex(f, i + 1, LLVMGetEnumAttributeKindForName(name, strlen(name)));
}

/*
 * The C prototypes against codegen/abi.c: a body-less Go function is called
 * as a bundled one (no closure context), so []byte (24 bytes) must go as a
 * byval [3 x i64] pointer, as C passes GoSlice by value; string as
 * {ptr, i64} in two registers, as C passes GoString; byte as a zeroext i8,
 * as C passes uint8_t; and the int result as i64 in RAX, as intptr_t.
 */
START_TEST(test_layouts)
{
	ck_assert_uint_eq(sizeof(GoSlice), 24);
	ck_assert_uint_eq(offsetof(GoSlice, ptr), 0);
	ck_assert_uint_eq(offsetof(GoSlice, len), 8);
	ck_assert_uint_eq(offsetof(GoSlice, cap), 16);
	ck_assert_uint_eq(sizeof(GoString), 16);
	ck_assert_uint_eq(offsetof(GoString, ptr), 0);
	ck_assert_uint_eq(offsetof(GoString, len), 8);
	ck_assert_uint_eq(sizeof(intptr_t), 8);

	fe_types_init();
	Arena *a = fe_arena_new();
	CG *g = cg_new_state(a, "bytealg_test.go");
	Type *bs = fe_type_slice(a, fe_type_byte), *str = fe_types[TY_STRING], *by = fe_type_byte;
	Type *it = fe_types[TY_INT];
	LLVMTypeRef s24 = LLVMArrayType(g->i64, 3);
	/* the four signatures of the seven functions, and their LLVM parameters */
	struct {
		const char *go;
		Type *p[2];
		int np;
		LLVMTypeRef want[4];
		unsigned byval;   /* a bit for each parameter passed byval */
	} sigs[] = {
		{ "Compare, Index (a, b []byte) int", { bs, bs }, 2, { g->ptr, g->ptr }, 3 },
		{ "Count, IndexByte (b []byte, c byte) int", { bs, by }, 2, { g->ptr, g->i8 }, 1 },
		{ "CountString, IndexByteString (s string, c byte) int", { str, by }, 3, { g->ptr, g->i64, g->i8 }, 0 },
		{ "IndexString (a, b string) int", { str, str }, 4, { g->ptr, g->i64, g->ptr, g->i64 }, 0 },
	};

	for (int i = 0; i < N(sigs); i++) {
		CgAbi *abi = cg_abi(g, fe_type_func(a, sigs[i].p, 2, &it, 1, false), NULL, false);
		LLVMTypeRef pt[4];
		ck_assert_msg(LLVMGetReturnType(abi->fnty) == g->i64, "%s: result", sigs[i].go);
		ck_assert_int_eq(abi->sretidx, -1);
		ck_assert_int_eq(abi->ctxidx, -1);
		ck_assert_msg(LLVMCountParamTypes(abi->fnty) == (unsigned)sigs[i].np, "%s: %u parameters", sigs[i].go,
			      LLVMCountParamTypes(abi->fnty));
		LLVMGetParamTypes(abi->fnty, pt);
		LLVMValueRef f = LLVMAddFunction(g->mod, "f", abi->fnty);
		cg_abi_attrs(g, abi, f, false);
		for (int j = 0; j < sigs[i].np; j++) {
			ck_assert_msg(pt[j] == sigs[i].want[j], "%s: parameter %d", sigs[i].go, j);
			LLVMAttributeRef byval = attr(f, (unsigned)j, "byval");
			ck_assert_msg(((sigs[i].byval >> j) & 1) == (byval != NULL), "%s: parameter %d byval", sigs[i].go,
				      j);
			if (byval)
				ck_assert_msg(LLVMGetTypeAttributeValue(byval) == s24, "%s: byval type", sigs[i].go);
			ck_assert_msg((pt[j] == g->i8) == (attr(f, (unsigned)j, "zeroext") != NULL), "%s: zeroext %d",
				      sigs[i].go, j);
		}
	}

	LLVMDisposeModule(g->mod);
	fe_arena_free(a);
}
END_TEST

static Suite *bytealg_suite(void)
{
	Suite *s = suite_create("bytealg");
	TCase *tc = tcase_create("cases");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_indexbyte);
	tcase_add_test(tc, test_count);
	tcase_add_test(tc, test_index);
	tcase_add_test(tc, test_compare);
	suite_add_tcase(s, tc);
	tc = tcase_create("contract");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_past_len);
	suite_add_tcase(s, tc);
	tc = tcase_create("abi");
	tcase_add_test(tc, test_layouts);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(bytealg_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
