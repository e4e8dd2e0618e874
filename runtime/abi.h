/*
 * abi.h - the contract between minigo's code generator and its runtime.
 *
 * Generated code and the C runtime meet here and nowhere else.  The layouts
 * follow Go 1.19 on amd64 (src/runtime/type.go, runtime2.go, map.go) so that
 * a reader who knows Go's runtime recognises every field, and so that the
 * numbers users observe (sizeof hmap = 48, bucket size of map[int]int = 144,
 * eface = 2 words) are Go's numbers.  Where Go stores an offset into a
 * module's name table (nameOff, typeOff) we store a plain pointer: minigo
 * programs are a single statically linked module, so the indirection buys
 * nothing.
 *
 * Entry points carry Go's symbol names ("runtime.newobject") through GCC's
 * asm labels, so assembly and IR read like gc's.  The C side calls them by
 * their rt_ spelling; the code generator declares them by their Go spelling.
 *
 * Rules for editing: every struct here is read by generated code at fixed
 * offsets, so a field may be appended only where the comment says so, never
 * reordered; the _Static_asserts at the bottom pin the sizes that matter.
 */
#ifndef MINIGO_ABI_H
#define MINIGO_ABI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GO_NAME(sym) __asm__(sym)

/* Go's reflect.Kind numbering (src/runtime/typekind.go). */
enum {
	KindBool = 1, KindInt, KindInt8, KindInt16, KindInt32, KindInt64,
	KindUint, KindUint8, KindUint16, KindUint32, KindUint64, KindUintptr,
	KindFloat32, KindFloat64, KindComplex64, KindComplex128,
	KindArray, KindChan, KindFunc, KindInterface, KindMap, KindPointer,
	KindSlice, KindString, KindStruct, KindUnsafePointer,

	KindDirectIface = 1 << 5, /* value is stored directly in an interface word */
	KindGCProg = 1 << 6,      /* unused by minigo: gcdata is always a bitmap */
	KindMask = (1 << 5) - 1,
};

/* tflag bits (src/runtime/type.go). */
enum {
	TflagUncommon = 1 << 0,
	TflagExtraStar = 1 << 1,
	TflagNamed = 1 << 2,
	TflagRegularMemory = 1 << 3, /* equal and hash may treat the value as plain bytes */
};

typedef struct GoType GoType;
typedef bool (*GoEqualFn)(const void *a, const void *b);
typedef uintptr_t (*GoHashFn)(const void *p, uintptr_t seed);

/*
 * GoType mirrors Go's _type.  gcdata is a bitmap with one bit per pointer-sized
 * word of the first ptrdata bytes (bit i set = word i holds a pointer), least
 * significant bit first, exactly Go's encoding when KindGCProg is clear.  A
 * type with ptrdata == 0 is pointer-free ("noscan") and its objects are never
 * scanned by the collector.  equal is NULL for incomparable types.
 */
struct GoType {
	uintptr_t size;
	uintptr_t ptrdata;      /* bytes of prefix that may contain pointers */
	uint32_t hash;          /* type hash, copied into itabs for type switches */
	uint8_t tflag;
	uint8_t align;
	uint8_t fieldAlign;
	uint8_t kind;
	GoEqualFn equal;
	const uint8_t *gcdata;
	const char *str;        /* the type's name as Go prints it: "main.T", "[]int" */
	const GoType *ptrToThis;
};

typedef struct { GoType typ; const GoType *elem; } GoPtrType;
typedef struct { GoType typ; const GoType *elem; } GoSliceType;
typedef struct { GoType typ; const GoType *elem; const GoType *slice; uintptr_t len; } GoArrayType;

typedef struct {
	const char *name;       /* field name; embedded fields carry the type's name */
	const GoType *typ;
	uintptr_t offset;
	bool embedded;
} GoStructField;

typedef struct {
	GoType typ;
	const char *pkgPath;
	const GoStructField *fields;
	intptr_t nfields;
} GoStructType;

typedef struct { const char *name; const GoType *typ; } GoIMethod;

typedef struct {
	GoType typ;
	const char *pkgPath;
	const GoIMethod *methods; /* sorted by name, as Go sorts them */
	intptr_t nmethods;
} GoInterfaceType;

typedef struct {
	GoType typ;
	const GoType **in;
	const GoType **out;
	uint16_t inCount;
	uint16_t outCount;      /* top bit set: variadic, as Go encodes it */
} GoFuncType;

/* Map type flags (Go's maptype.flags). */
enum {
	MapIndirectKey = 1,     /* slot holds a pointer to the key (key > 128 bytes) */
	MapIndirectElem = 2,    /* slot holds a pointer to the elem (elem > 128 bytes) */
	MapReflexiveKey = 4,    /* k == k for every key (false for floats and anything containing them) */
	MapNeedKeyUpdate = 8,   /* overwriting an entry must also overwrite the key (+0/-0, strings) */
	MapHashMightPanic = 16, /* hashing may panic (interface keys) */
};

/*
 * GoMapType mirrors Go's maptype.  bucket is the compiler-synthesised bucket
 * type {tophash [8]uint8; keys [8]K'; elems [8]V'; overflow P} (K' = *K when
 * K is over 128 bytes, likewise V'); keysize/elemsize are the sizes of K' and
 * V' as stored in the bucket.
 */
typedef struct {
	GoType typ;
	const GoType *key;
	const GoType *elem;
	const GoType *bucket;
	GoHashFn hasher;
	uint8_t keysize;
	uint8_t elemsize;
	uint16_t bucketsize;
	uint32_t flags;
} GoMapType;

/* Values as generated code lays them out. */
typedef struct { const uint8_t *ptr; intptr_t len; } GoString;
typedef struct { void *ptr; intptr_t len; intptr_t cap; } GoSlice;
typedef struct { const GoType *type; void *data; } GoEface;

typedef struct GoItab {
	const GoInterfaceType *inter;
	const GoType *type;
	uint32_t hash;          /* copy of type->hash */
	uint8_t pad[4];
	void (*fun[])(void);    /* method table in inter->methods order; fun[0] == NULL: no implementation */
} GoItab;

typedef struct { const GoItab *tab; void *data; } GoIface;

/* The map header: Go's hmap, 48 bytes.  count must stay first: len(m) loads it. */
typedef struct GoMapExtra GoMapExtra;
typedef struct GoHmap {
	intptr_t count;
	uint8_t flags;
	uint8_t B;
	uint16_t noverflow;
	uint32_t hash0;
	void *buckets;
	void *oldbuckets;
	uintptr_t nevacuate;
	GoMapExtra *extra;
} GoHmap;

/* The map iterator: Go's hiter, 12 words; key and elem first (generated code reads them). */
typedef struct GoHiter {
	void *key;
	void *elem;
	const GoMapType *t;
	GoHmap *h;
	void *buckets;
	void *bptr;
	void *overflow;
	void *oldoverflow;
	uintptr_t startBucket;
	uint8_t offset;
	bool wrapped;
	uint8_t B;
	uint8_t i;
	uintptr_t bucket;
	uintptr_t checkBucket;
} GoHiter;

/* ---- entry points (signatures as Go 1.19's, see gc-escape.md section 6.8) ---- */

/* allocation (malloc.c) */
void *rt_mallocgc(uintptr_t size, const GoType *typ, bool needzero) GO_NAME("runtime.mallocgc");
void *rt_newobject(const GoType *typ) GO_NAME("runtime.newobject");
void *rt_makeslice(const GoType *elem, intptr_t len, intptr_t cap) GO_NAME("runtime.makeslice");
GoSlice rt_growslice(const GoType *elem, GoSlice old, intptr_t cap) GO_NAME("runtime.growslice");

/* collector (mgc.c) */
void rt_GC(void) GO_NAME("runtime.GC");

/* maps (map.c, map_fast*.c) */
GoHmap *rt_makemap_small(void) GO_NAME("runtime.makemap_small");
GoHmap *rt_makemap(const GoMapType *t, intptr_t hint, GoHmap *h) GO_NAME("runtime.makemap");
GoHmap *rt_makemap64(const GoMapType *t, int64_t hint, GoHmap *h) GO_NAME("runtime.makemap64");
void *rt_mapaccess1(const GoMapType *t, GoHmap *h, const void *key) GO_NAME("runtime.mapaccess1");
void *rt_mapaccess2(const GoMapType *t, GoHmap *h, const void *key, bool *ok) GO_NAME("runtime.mapaccess2");
void *rt_mapassign(const GoMapType *t, GoHmap *h, const void *key) GO_NAME("runtime.mapassign");
void rt_mapdelete(const GoMapType *t, GoHmap *h, const void *key) GO_NAME("runtime.mapdelete");
void rt_mapclear(const GoMapType *t, GoHmap *h) GO_NAME("runtime.mapclear");
void rt_mapiterinit(const GoMapType *t, GoHmap *h, GoHiter *it) GO_NAME("runtime.mapiterinit");
void rt_mapiternext(GoHiter *it) GO_NAME("runtime.mapiternext");
void *rt_mapaccess1_fast32(const GoMapType *t, GoHmap *h, uint32_t key) GO_NAME("runtime.mapaccess1_fast32");
void *rt_mapaccess2_fast32(const GoMapType *t, GoHmap *h, uint32_t key, bool *ok) GO_NAME("runtime.mapaccess2_fast32");
void *rt_mapassign_fast32(const GoMapType *t, GoHmap *h, uint32_t key) GO_NAME("runtime.mapassign_fast32");
void rt_mapdelete_fast32(const GoMapType *t, GoHmap *h, uint32_t key) GO_NAME("runtime.mapdelete_fast32");
void *rt_mapaccess1_fast64(const GoMapType *t, GoHmap *h, uint64_t key) GO_NAME("runtime.mapaccess1_fast64");
void *rt_mapaccess2_fast64(const GoMapType *t, GoHmap *h, uint64_t key, bool *ok) GO_NAME("runtime.mapaccess2_fast64");
void *rt_mapassign_fast64(const GoMapType *t, GoHmap *h, uint64_t key) GO_NAME("runtime.mapassign_fast64");
void rt_mapdelete_fast64(const GoMapType *t, GoHmap *h, uint64_t key) GO_NAME("runtime.mapdelete_fast64");
void *rt_mapaccess1_faststr(const GoMapType *t, GoHmap *h, GoString key) GO_NAME("runtime.mapaccess1_faststr");
void *rt_mapaccess2_faststr(const GoMapType *t, GoHmap *h, GoString key, bool *ok) GO_NAME("runtime.mapaccess2_faststr");
void *rt_mapassign_faststr(const GoMapType *t, GoHmap *h, GoString key) GO_NAME("runtime.mapassign_faststr");
void rt_mapdelete_faststr(const GoMapType *t, GoHmap *h, GoString key) GO_NAME("runtime.mapdelete_faststr");

/*
 * Two-result runtime calls (mapaccess2 and friends) return the bool through
 * an out-parameter rather than in a second register as gc's ABI does: C has
 * no portable two-register return for {ptr, bool}, and the code generator
 * can read the flag from its own stack slot at no measurable cost.
 */

/* panics and fatal errors (panic.c) */
_Noreturn void rt_panicstr(const char *msg) GO_NAME("runtime.panicstr");       /* panic: runtime error: MSG */
_Noreturn void rt_panicplain(const char *msg) GO_NAME("runtime.panicplain");   /* panic: MSG (Go's plainError) */
_Noreturn void rt_throw(const char *msg) GO_NAME("runtime.throw");             /* fatal error: MSG */

_Static_assert(sizeof(GoHmap) == 48, "hmap is 48 bytes on amd64");
_Static_assert(sizeof(GoHiter) == 96, "hiter is 12 words on amd64");
_Static_assert(offsetof(GoHmap, count) == 0, "len(m) loads the first word");
_Static_assert(sizeof(GoString) == 16 && sizeof(GoSlice) == 24 && sizeof(GoEface) == 16, "Go value layouts");

#endif
