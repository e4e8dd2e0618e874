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
	const GoType *ptrToThis; /* the descriptor of *T, as gc sets it: always for a
				    defined type, for others when the program has *T; else NULL */
};

typedef struct { GoType typ; const GoType *elem; } GoPtrType;
typedef struct { GoType typ; const GoType *elem; } GoSliceType;
typedef struct { GoType typ; const GoType *elem; const GoType *slice; uintptr_t len; } GoArrayType;

/*
 * A struct field.  tag is the field's tag (the string value, NUL-terminated)
 * or NULL when it has none; reflect's StructField.Tag.  Fields may be
 * appended here only at the end: generated field tables are laid out
 * {name, typ, offset, embedded, tag} at offsets 0, 8, 16, 24, 32.
 */
typedef struct {
	const char *name;       /* field name; embedded fields carry the type's name */
	const GoType *typ;
	uintptr_t offset;
	bool embedded;
	const char *tag;
} GoStructField;

/*
 * pkgPath, as gc writes it: the import path of the package whose unexported
 * field names the struct holds ("main" for package main), the one reflect
 * reports as StructField.PkgPath of those fields; NULL when every field is
 * exported.
 */
typedef struct {
	GoType typ;
	const char *pkgPath;
	const GoStructField *fields;
	intptr_t nfields;
} GoStructType;

typedef struct { const char *name; const GoType *typ; } GoIMethod;

/*
 * pkgPath: for a defined interface type, its package's import path; for an
 * interface literal with unexported methods, the package it was written in
 * (the methods' PkgPath); NULL otherwise.
 */
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
typedef struct { double re, im; } GoComplex128; /* complex128: two doubles, as C passes them */
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
/* The failures of the inline check of a make([]T, len, cap) kept on the stack (slice.c). */
_Noreturn void rt_panicmakeslicelen(void) GO_NAME("runtime.panicmakeslicelen");
void rt_unsafeslice(const GoType *et, void *ptr, intptr_t len) GO_NAME("runtime.unsafeslice");
_Noreturn void rt_panicmakeslicecap(void) GO_NAME("runtime.panicmakeslicecap");
/* The address of every zero-sized allocation; generated code uses it for new(T) of a zero-sized T. */
extern uintptr_t rt_zerobase GO_NAME("runtime.zerobase");

/*
 * Goroutines (proc.c).  `go f(x)` is newproc(fn) with fn a closure object
 * built exactly like a deferred call's (defer.c): its first word is a
 * C-callable thunk `void thunk(void *fn)` that makes the call with the
 * arguments saved in the object.  fn must be a GC-heap object; the new G
 * keeps it alive until it exits.
 */
void rt_newproc(void *fn) GO_NAME("runtime.newproc");
void rt_Gosched(void) GO_NAME("runtime.Gosched");
_Noreturn void rt_Goexit(void) GO_NAME("runtime.Goexit");
intptr_t rt_NumGoroutine(void) GO_NAME("runtime.NumGoroutine");
/*
 * Preemption, cooperative: while more than one goroutine exists a 10 ms
 * interval timer (SIGURG, as Go's preemption signal) sets preemptflag.
 * Generated code tests it at loop back-edges, with a volatile (or
 * monotonic atomic) load so that the test is not hoisted out of the loop,
 * and calls preemptcheck when it is set: preemptcheck clears it and
 * yields as runtime.Gosched does.
 */
extern uint32_t rt_preempt GO_NAME("runtime.preemptflag");
void rt_preemptcheck(void) GO_NAME("runtime.preemptcheck");

/*
 * Channels (chan.c, select.c): Go's chantype and hchan.  len(c) and cap(c)
 * may be read inline at offsets 0 and 8 of a non-nil channel (or through
 * chanlen/chancap, which take nil).  The wait queues link sudogs
 * (runtime.h); lock is Go's field, unused while there is one M.
 */
typedef struct { GoType typ; const GoType *elem; uintptr_t dir; } GoChanType; /* dir: 1 recv, 2 send, 3 both */
typedef struct { struct sudog *first, *last; } GoWaitq;
typedef struct GoHchan {
	uintptr_t qcount;       /* elements in the buffer: len(c) */
	uintptr_t dataqsiz;     /* the buffer's size: cap(c) */
	void *buf;
	uint16_t elemsize;
	uint32_t closed;
	const GoType *elemtype;
	uintptr_t sendx, recvx;
	GoWaitq recvq, sendq;
	uintptr_t lock;
} GoHchan;
void *rt_makechan(const GoChanType *t, intptr_t size) GO_NAME("runtime.makechan");
void *rt_makechan64(const GoChanType *t, int64_t size) GO_NAME("runtime.makechan64");
void rt_chansend1(void *c, void *elem) GO_NAME("runtime.chansend1");
void rt_chanrecv1(void *c, void *elem) GO_NAME("runtime.chanrecv1");          /* elem NULL: discard */
bool rt_chanrecv2(void *c, void *elem) GO_NAME("runtime.chanrecv2");          /* ok */
void rt_closechan(void *c) GO_NAME("runtime.closechan");
intptr_t rt_chanlen(void *c) GO_NAME("runtime.chanlen");
intptr_t rt_chancap(void *c) GO_NAME("runtime.chancap");
/*
 * select: cas0 holds the nsends send cases, then the nrecvs receive
 * cases, as gc lays them out; order0 is the caller's scratch of
 * 2*(nsends+nrecvs) uint16s.  Returns the index of the case chosen (-1:
 * none ready and !block), *recvOK for a receive case.  A select with one
 * case and a default is selectnbsend / selectnbrecv; select {} is block.
 */
typedef struct { void *c; void *elem; } GoScase;
intptr_t rt_selectgo(GoScase *cas0, uint16_t *order0, intptr_t nsends, intptr_t nrecvs, bool block, bool *recvOK)
	GO_NAME("runtime.selectgo");
bool rt_selectnbsend(void *c, void *elem) GO_NAME("runtime.selectnbsend");
bool rt_selectnbrecv(void *elem, void *c, bool *received) GO_NAME("runtime.selectnbrecv");
_Noreturn void rt_block(void) GO_NAME("runtime.block");

/* collector (mgc.c) */
void rt_GC(void) GO_NAME("runtime.GC");
/* finalizers (mfinal.c): obj and finalizer as any, checked as Go checks them */
void rt_SetFinalizer(GoEface obj, GoEface finalizer) GO_NAME("runtime.SetFinalizer");
void rt_KeepAlive(GoEface x) GO_NAME("runtime.KeepAlive");

/* the rest of package runtime's API (proc.c) */
intptr_t rt_NumCPU(void) GO_NAME("runtime.NumCPU");
intptr_t rt_GOMAXPROCS(intptr_t n) GO_NAME("runtime.GOMAXPROCS");
GoString rt_GOROOT(void) GO_NAME("runtime.GOROOT");
_Noreturn void rt_Breakpoint(void) GO_NAME("runtime.Breakpoint");
GoString rt_Version(void) GO_NAME("runtime.Version");

/*
 * Stack walking (traceback.c, symtab.c).  runtime.Frame is Go 1.19's
 * struct {PC uintptr; Func *Func; Function, File string; Line int; Entry
 * uintptr; funcInfo funcInfo} with funcInfo two pointer words; a *Func
 * points at the runtime's record of the function (C memory, not the Go
 * heap), a *Frames at a pointer-free heap object holding a copy of the pcs.
 */
typedef struct {
	uintptr_t PC;
	void *Func;
	GoString Function, File;
	intptr_t Line;
	uintptr_t Entry;
	void *funcInfo[2];
} GoFrame;
typedef struct { GoFrame frame; bool more; } GoFrameMore;
typedef struct { uintptr_t pc; GoString file; intptr_t line; bool ok; } GoCaller;
typedef struct { GoString file; intptr_t line; } GoFileLine;
GoCaller rt_Caller(intptr_t skip) GO_NAME("runtime.Caller");
intptr_t rt_Callers(intptr_t skip, GoSlice pc) GO_NAME("runtime.Callers");
void *rt_CallersFrames(GoSlice callers) GO_NAME("runtime.CallersFrames");
GoFrameMore rt_Frames_Next(void *ci) GO_NAME("\"runtime.(*Frames).Next\"");
void *rt_FuncForPC(uintptr_t pc) GO_NAME("runtime.FuncForPC");
GoString rt_Func_Name(void *f) GO_NAME("\"runtime.(*Func).Name\"");
uintptr_t rt_Func_Entry(void *f) GO_NAME("\"runtime.(*Func).Entry\"");
GoFileLine rt_Func_FileLine(void *f, uintptr_t pc) GO_NAME("\"runtime.(*Func).FileLine\"");
intptr_t rt_Stack(GoSlice buf, bool all) GO_NAME("runtime.Stack");

/*
 * runtime.MemStats, laid out exactly as Go 1.19's (src/runtime/mstats.go):
 * generated code passes &m to runtime.ReadMemStats and reads fields at Go's
 * offsets.  docs/gc.md says what each field means in minigo.
 */
typedef struct GoMemStats {
	uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
	uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
	uint64_t StackInuse, StackSys;
	uint64_t MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
	uint64_t BuckHashSys, GCSys, OtherSys;
	uint64_t NextGC, LastGC;
	uint64_t PauseTotalNs;
	uint64_t PauseNs[256];
	uint64_t PauseEnd[256];
	uint32_t NumGC, NumForcedGC;
	double GCCPUFraction;
	bool EnableGC, DebugGC;
	struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} GoMemStats;
void rt_ReadMemStats(GoMemStats *m) GO_NAME("runtime.ReadMemStats");

/*
 * Start-up (mgc.c): record the top (highest address) of the stack main.main
 * runs on, read GOGC and GODEBUG, and set up the heap.  The C main in rt0.c
 * calls it before main.main; stacktop NULL means "the stack glibc started
 * the process on" (__libc_stack_end).  Allocation before it initialises the
 * heap with stacktop NULL.
 */
void rt_schedinit(void *stacktop) GO_NAME("runtime.schedinit");

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

/*
 * Maps whose elem is over 1024 bytes (the size of the shared zero value)
 * use the _fat lookups, passing a zero value of their own, as gc does.
 */
void *rt_mapaccess1_fat(const GoMapType *t, GoHmap *h, const void *key, const void *zero) GO_NAME("runtime.mapaccess1_fat");
void *rt_mapaccess2_fat(const GoMapType *t, GoHmap *h, const void *key, const void *zero, bool *ok) GO_NAME("runtime.mapaccess2_fat");
/* Pointer-keyed fast assigns: gc's names; identical to fast32/fast64 here (no write barriers). */
void *rt_mapassign_fast32ptr(const GoMapType *t, GoHmap *h, void *key) GO_NAME("runtime.mapassign_fast32ptr");
void *rt_mapassign_fast64ptr(const GoMapType *t, GoHmap *h, void *key) GO_NAME("runtime.mapassign_fast64ptr");

/*
 * Map introspection (minigo only; Go keeps these numbers private, see
 * golang/go#52157 and #20135).  Fills *st from a live map; a nil map reads as
 * empty.  Walks every bucket chain, so it costs O(buckets).
 */
typedef struct GoMapStats {
	intptr_t count;            /* live entries (len) */
	uint8_t B;                 /* log2 of the bucket count */
	bool growing;              /* oldbuckets != nil: evacuation in progress */
	bool sameSizeGrow;         /* the current grow is a same-size one */
	uint16_t noverflow;        /* hmap.noverflow (approximate for B >= 16) */
	uintptr_t nbuckets;        /* 2^B */
	uintptr_t overflowBuckets; /* overflow buckets linked into the current table (counted) */
	uintptr_t oldOverflowBuckets; /* ... and into the old table while growing */
	uintptr_t preallocFree;    /* preallocated overflow buckets not yet used */
	uintptr_t noldbuckets;     /* size of the old table while growing, else 0 */
	uintptr_t nevacuate;       /* old buckets below this are all evacuated */
	uintptr_t evacuated;       /* old buckets evacuated so far (counted) */
	double loadFactor;         /* count / 2^B; growth doubles past 6.5 */
	uintptr_t bucketsize;      /* bytes per bucket */
	uintptr_t bytes;           /* bucket memory: arrays plus individually allocated overflow buckets */
} GoMapStats;
void rt_mapintrospect(const GoMapType *t, const GoHmap *h, GoMapStats *st) GO_NAME("runtime.mapintrospect");

/*
 * Hash and equality functions for map keys (alg.c).  A GoMapType's hasher
 * and its key type's equal point at one of these, or at a compiler-generated
 * function for structs and arrays that chains them field by field exactly as
 * rt_typehash does.  Choice by key shape, as gc's reflectdata.AlgType:
 *   4 / 8 / 16-byte plain memory: memhash32 / memhash64 / memhash128
 *   other plain memory:           memhash(p, seed, size) through a thunk
 *   float32, float64, complex:    f32hash, f64hash, c64hash, c128hash
 *   string:                       strhash        interface{}: nilinterhash
 *   interface with methods:       interhash
 */
uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t size) GO_NAME("runtime.memhash");
uintptr_t rt_memhash0(const void *p, uintptr_t seed) GO_NAME("runtime.memhash0");
uintptr_t rt_memhash8(const void *p, uintptr_t seed) GO_NAME("runtime.memhash8");
uintptr_t rt_memhash16(const void *p, uintptr_t seed) GO_NAME("runtime.memhash16");
uintptr_t rt_memhash32(const void *p, uintptr_t seed) GO_NAME("runtime.memhash32");
uintptr_t rt_memhash64(const void *p, uintptr_t seed) GO_NAME("runtime.memhash64");
uintptr_t rt_memhash128(const void *p, uintptr_t seed) GO_NAME("runtime.memhash128");
uintptr_t rt_strhash(const void *p, uintptr_t seed) GO_NAME("runtime.strhash");
uintptr_t rt_f32hash(const void *p, uintptr_t seed) GO_NAME("runtime.f32hash");
uintptr_t rt_f64hash(const void *p, uintptr_t seed) GO_NAME("runtime.f64hash");
uintptr_t rt_c64hash(const void *p, uintptr_t seed) GO_NAME("runtime.c64hash");
uintptr_t rt_c128hash(const void *p, uintptr_t seed) GO_NAME("runtime.c128hash");
uintptr_t rt_interhash(const void *p, uintptr_t seed) GO_NAME("runtime.interhash");
uintptr_t rt_nilinterhash(const void *p, uintptr_t seed) GO_NAME("runtime.nilinterhash");
uintptr_t rt_typehash(const GoType *t, const void *p, uintptr_t seed) GO_NAME("runtime.typehash");
bool rt_memequal(const void *p, const void *q, uintptr_t size) GO_NAME("runtime.memequal");
bool rt_memequal0(const void *p, const void *q) GO_NAME("runtime.memequal0");
bool rt_memequal8(const void *p, const void *q) GO_NAME("runtime.memequal8");
bool rt_memequal16(const void *p, const void *q) GO_NAME("runtime.memequal16");
bool rt_memequal32(const void *p, const void *q) GO_NAME("runtime.memequal32");
bool rt_memequal64(const void *p, const void *q) GO_NAME("runtime.memequal64");
bool rt_memequal128(const void *p, const void *q) GO_NAME("runtime.memequal128");
bool rt_f32equal(const void *p, const void *q) GO_NAME("runtime.f32equal");
bool rt_f64equal(const void *p, const void *q) GO_NAME("runtime.f64equal");
bool rt_c64equal(const void *p, const void *q) GO_NAME("runtime.c64equal");
bool rt_c128equal(const void *p, const void *q) GO_NAME("runtime.c128equal");
bool rt_strequal(const void *p, const void *q) GO_NAME("runtime.strequal");
bool rt_interequal(const void *p, const void *q) GO_NAME("runtime.interequal");
bool rt_nilinterequal(const void *p, const void *q) GO_NAME("runtime.nilinterequal");
/* == on interface values; panic "comparing uncomparable type T" when T has no equal. */
bool rt_efaceeq(const GoType *t, void *x, void *y) GO_NAME("runtime.efaceeq");
bool rt_ifaceeq(const GoItab *tab, void *x, void *y) GO_NAME("runtime.ifaceeq");

/* Per-process random numbers (alg.c): hash0 of stack-allocated maps, iteration start. */
uint32_t rt_fastrand(void) GO_NAME("runtime.fastrand");
uint64_t rt_fastrand64(void) GO_NAME("runtime.fastrand64");

/* panics and fatal errors (panic.c) */
_Noreturn void rt_panicstr(const char *msg) GO_NAME("runtime.panicstr");       /* panic: runtime error: MSG */
_Noreturn void rt_panicplain(const char *msg) GO_NAME("runtime.panicplain");   /* panic: MSG (Go's plainError) */
_Noreturn void rt_throw(const char *msg) GO_NAME("runtime.throw");             /* fatal error: MSG */

/* ==== strings, interfaces, printing, and the bundled packages ====
 *      (string.c, iface.c, type.c, print.c, strconv.c, os.c)
 *
 * Calling convention.  Every entry point below is an ordinary C function and
 * generated code calls it exactly as clang would call the C prototype on
 * x86-64 SysV: a GoString (16 bytes, two INTEGER eightbytes) travels as two
 * register arguments {ptr, len} and is returned in RAX:RDX; GoEface/GoIface
 * likewise; a GoSlice (24 bytes) is passed byval in memory and returned
 * through a hidden sret pointer.  Multi-result Go functions return a C
 * struct holding the results in order (GoIntError below); by the same rules
 * one of 16 bytes or less comes back in registers, anything larger through
 * sret.  In LLVM terms: mirror clang's lowering of these prototypes.
 * Symbol names the assembler would not take bare are quoted in GO_NAME
 * ("strings.(*Builder).WriteString"); the symbol itself has no quotes.
 */

/*
 * Methods.  A type with methods sets TflagUncommon, and its descriptor is
 * immediately followed in memory by a GoUncommonType, as in Go: the
 * generated object is `struct { GoXxxType t; GoUncommonType u; }` where
 * GoXxxType is the kind's descriptor (GoStructType for structs, GoPtrType
 * for pointers, ..., plain GoType for basic kinds); rt_uncommon finds it.
 * methods[] lists the type's method set (for *T: the methods of T and *T),
 * sorted by name like GoInterfaceType.methods.
 *
 * ifn is the method as interfaces call it: the receiver argument is the
 * interface's data word (a pointer to the boxed value, or the value itself
 * for KindDirectIface types), followed by the Go parameters, with results
 * as above.  It is what getitab copies into GoItab.fun, and what fmt calls:
 * for Error() and String() the runtime calls it as
 *     GoString ifn(void *rcvr);
 * tfn is the method on a value of the type itself (optional; the runtime
 * does not call it).  mtyp is the method's func type without receiver;
 * getitab matches an interface method by name and by mtyp (the same
 * pointer, or failing that the same GoType.str).
 */
typedef struct {
	const char *name;
	const GoFuncType *mtyp;
	void (*ifn)(void);
	void (*tfn)(void);
} GoMethod;

typedef struct {
	const char *pkgPath;    /* import path of the package defining T (of *T: T's), "main" for
				   package main; NULL for a type without a name (struct{ T }) */
	uint16_t mcount;        /* number of methods */
	uint16_t xcount;        /* number of exported methods (they sort first) */
	uint32_t pad;
	const GoMethod *methods;
} GoUncommonType;

static inline const GoUncommonType *rt_uncommon(const GoType *t)
{
	uintptr_t off;

	if (!(t->tflag & TflagUncommon))
		return NULL;
	switch (t->kind & KindMask) {
	case KindStruct: off = sizeof(GoStructType); break;
	case KindPointer: off = sizeof(GoPtrType); break;
	case KindSlice: off = sizeof(GoSliceType); break;
	case KindArray: off = sizeof(GoArrayType); break;
	case KindInterface: off = sizeof(GoInterfaceType); break;
	case KindFunc: off = sizeof(GoFuncType); break;
	case KindMap: off = sizeof(GoMapType); break;
	default: off = sizeof(GoType); break;
	}
	return (const GoUncommonType *)(const void *)((const char *)t + off);
}

/*
 * Type descriptors the runtime owns (type.c).  Generated code must use these
 * for the predeclared types rather than emit its own, so that every
 * descriptor is unique and interface type words compare by address: Go's
 * symbol names.  "type.error" is the interface `error` (one method, Error).
 */
extern const GoType rt_type_bool GO_NAME("type.bool");
extern const GoType rt_type_int GO_NAME("type.int");
extern const GoType rt_type_int8 GO_NAME("type.int8");
extern const GoType rt_type_int16 GO_NAME("type.int16");
extern const GoType rt_type_int32 GO_NAME("type.int32");
extern const GoType rt_type_int64 GO_NAME("type.int64");
extern const GoType rt_type_uint GO_NAME("type.uint");
extern const GoType rt_type_uint8 GO_NAME("type.uint8");
extern const GoType rt_type_uint16 GO_NAME("type.uint16");
extern const GoType rt_type_uint32 GO_NAME("type.uint32");
extern const GoType rt_type_uint64 GO_NAME("type.uint64");
extern const GoType rt_type_uintptr GO_NAME("type.uintptr");
extern const GoType rt_type_float32 GO_NAME("type.float32");
extern const GoType rt_type_float64 GO_NAME("type.float64");
extern const GoType rt_type_string GO_NAME("type.string");
extern const GoInterfaceType rt_type_error GO_NAME("type.error");

/*
 * Their pointer types are the runtime's too (their ptrToThis): generated
 * code refers to "type.*int" rather than emitting it, so that new(int)'s
 * type word and reflect.PointerTo(int) are one descriptor.
 */
extern const GoPtrType rt_type_ptr_bool GO_NAME("\"type.*bool\"");
extern const GoPtrType rt_type_ptr_int GO_NAME("\"type.*int\"");
extern const GoPtrType rt_type_ptr_int8 GO_NAME("\"type.*int8\"");
extern const GoPtrType rt_type_ptr_int16 GO_NAME("\"type.*int16\"");
extern const GoPtrType rt_type_ptr_int32 GO_NAME("\"type.*int32\"");
extern const GoPtrType rt_type_ptr_int64 GO_NAME("\"type.*int64\"");
extern const GoPtrType rt_type_ptr_uint GO_NAME("\"type.*uint\"");
extern const GoPtrType rt_type_ptr_uint8 GO_NAME("\"type.*uint8\"");
extern const GoPtrType rt_type_ptr_uint16 GO_NAME("\"type.*uint16\"");
extern const GoPtrType rt_type_ptr_uint32 GO_NAME("\"type.*uint32\"");
extern const GoPtrType rt_type_ptr_uint64 GO_NAME("\"type.*uint64\"");
extern const GoPtrType rt_type_ptr_uintptr GO_NAME("\"type.*uintptr\"");
extern const GoPtrType rt_type_ptr_float32 GO_NAME("\"type.*float32\"");
extern const GoPtrType rt_type_ptr_float64 GO_NAME("\"type.*float64\"");
extern const GoPtrType rt_type_ptr_string GO_NAME("\"type.*string\"");

/* strings (string.c).  buf: the caller's 32-byte stack buffer when the result does not escape, else NULL. */
typedef struct { uint8_t b[32]; } GoTmpBuf;
GoString rt_concatstrings(GoTmpBuf *buf, GoSlice a) GO_NAME("runtime.concatstrings");
GoString rt_concatstring2(GoTmpBuf *buf, GoString a0, GoString a1) GO_NAME("runtime.concatstring2");
GoString rt_concatstring3(GoTmpBuf *buf, GoString a0, GoString a1, GoString a2) GO_NAME("runtime.concatstring3");
GoString rt_concatstring4(GoTmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3) GO_NAME("runtime.concatstring4");
GoString rt_concatstring5(GoTmpBuf *buf, GoString a0, GoString a1, GoString a2, GoString a3, GoString a4) GO_NAME("runtime.concatstring5");
GoString rt_slicebytetostring(GoTmpBuf *buf, const uint8_t *ptr, intptr_t n) GO_NAME("runtime.slicebytetostring");
GoString rt_slicebytetostringtmp(const uint8_t *ptr, intptr_t n) GO_NAME("runtime.slicebytetostringtmp");
GoSlice rt_stringtoslicebyte(GoTmpBuf *buf, GoString s) GO_NAME("runtime.stringtoslicebyte");
GoSlice rt_stringtoslicerune(int32_t (*buf)[32], GoString s) GO_NAME("runtime.stringtoslicerune");
GoString rt_slicerunetostring(GoTmpBuf *buf, GoSlice a) GO_NAME("runtime.slicerunetostring");
GoString rt_intstring(uint8_t (*buf)[4], int64_t v) GO_NAME("runtime.intstring");
/* for i, r := range s: called when s[k] >= 0x80; invalid UTF-8 gives {0xFFFD, k+1}. */
typedef struct { int32_t r; intptr_t pos; } GoRunePos;
GoRunePos rt_decoderune(GoString s, intptr_t k) GO_NAME("runtime.decoderune");
intptr_t rt_cmpstring(GoString a, GoString b) GO_NAME("runtime.cmpstring");   /* -1, 0, +1 */

/*
 * interfaces (iface.c).  convT* return the data word of the interface
 * value; values < 256 and empty strings/nil slices need no allocation.
 * Concrete type assertions are inline compares of the type word (for
 * iface: tab->type) that call panicdottype* on failure.
 */
extern const uint64_t rt_staticuint64s[256] GO_NAME("runtime.staticuint64s");
void *rt_convT16(uint16_t v) GO_NAME("runtime.convT16");
void *rt_convT32(uint32_t v) GO_NAME("runtime.convT32");
void *rt_convT64(uint64_t v) GO_NAME("runtime.convT64");
void *rt_convTstring(GoString v) GO_NAME("runtime.convTstring");
void *rt_convTslice(GoSlice v) GO_NAME("runtime.convTslice");
void *rt_convT(const GoType *t, const void *v) GO_NAME("runtime.convT");
void *rt_convTnoptr(const GoType *t, const void *v) GO_NAME("runtime.convTnoptr");
/* The itab of (inter, typ), built once and cached; NULL (canfail) or panic if typ lacks a method. */
const GoItab *rt_getitab(const GoInterfaceType *inter, const GoType *typ, bool canfail) GO_NAME("runtime.getitab");
/* Register itabs the compiler laid out statically, before main.main, so that getitab returns them. */
void rt_itabsinit(GoItab *const *tabs, intptr_t n) GO_NAME("runtime.itabsinit");
const GoItab *rt_convI2I(const GoInterfaceType *dst, const GoItab *src) GO_NAME("runtime.convI2I");
const GoItab *rt_assertE2I(const GoInterfaceType *inter, const GoType *t) GO_NAME("runtime.assertE2I");
GoIface rt_assertE2I2(const GoInterfaceType *inter, GoEface e) GO_NAME("runtime.assertE2I2");
const GoItab *rt_assertI2I(const GoInterfaceType *inter, const GoItab *tab) GO_NAME("runtime.assertI2I");
GoIface rt_assertI2I2(const GoInterfaceType *inter, GoIface i) GO_NAME("runtime.assertI2I2");
/* x.(T) failed: have = dynamic type (NULL: x was nil), want = T, iface = static type of x. */
_Noreturn void rt_panicdottypeE(const GoType *have, const GoType *want, const GoType *iface) GO_NAME("runtime.panicdottypeE");
_Noreturn void rt_panicdottypeI(const GoItab *have, const GoType *want, const GoType *iface) GO_NAME("runtime.panicdottypeI");
_Noreturn void rt_panicnildottype(const GoType *want) GO_NAME("runtime.panicnildottype");

/* builtin print and println (print.c): stderr; println's spaces and newline are printsp/printnl. */
void rt_printlock(void) GO_NAME("runtime.printlock");
void rt_printunlock(void) GO_NAME("runtime.printunlock");
void rt_printbool(bool v) GO_NAME("runtime.printbool");
void rt_printint(int64_t v) GO_NAME("runtime.printint");
void rt_printuint(uint64_t v) GO_NAME("runtime.printuint");
void rt_printhex(uint64_t v) GO_NAME("runtime.printhex");
void rt_printfloat(double v) GO_NAME("runtime.printfloat");
void rt_printcomplex(double re, double im) GO_NAME("runtime.printcomplex");
GoComplex128 rt_complex128div(GoComplex128 n, GoComplex128 m) GO_NAME("runtime.complex128div");
void rt_printstring(GoString s) GO_NAME("runtime.printstring");
void rt_printpointer(const void *p) GO_NAME("runtime.printpointer");
void rt_printslice(GoSlice s) GO_NAME("runtime.printslice");
void rt_printeface(GoEface e) GO_NAME("runtime.printeface");
void rt_printiface(GoIface i) GO_NAME("runtime.printiface");
void rt_printsp(void) GO_NAME("runtime.printsp");
void rt_printnl(void) GO_NAME("runtime.printnl");

/*
 * Packages.  Variadic ...interface{} parameters are a GoSlice of GoEface.
 * (n int, err error) results come back as GoIntError (24 bytes: sret).
 * Methods are functions whose first argument is the receiver.
 */
typedef struct { intptr_t n; GoIface err; } GoIntError;

/* os (os.c): rt0.c hands argc/argv over before the package inits. */
void rt_args_init(int argc, char **argv) GO_NAME("runtime.args");
_Noreturn void rt_syscall_Exit(intptr_t code) GO_NAME("syscall.Exit");

_Static_assert(sizeof(GoStructType) % 8 == 0 && sizeof(GoPtrType) % 8 == 0 && sizeof(GoFuncType) % 8 == 0 &&
	       sizeof(GoMapType) % 8 == 0 && sizeof(GoType) % 8 == 0, "GoUncommonType follows at sizeof(kind descriptor)");
_Static_assert(sizeof(GoStructField) == 40 && offsetof(GoStructField, embedded) == 24 &&
	       offsetof(GoStructField, tag) == 32, "struct field table layout (codegen/type.c)");
_Static_assert(offsetof(GoType, ptrToThis) == 48 && sizeof(GoType) == 56, "GoType header layout (codegen: field 10)");
_Static_assert(sizeof(GoFrame) == 80 && sizeof(GoFrameMore) == 88 && sizeof(GoCaller) == 40, "runtime.Frame layouts");
_Static_assert(sizeof(GoIntError) == 24, "(int, error) layout");

_Static_assert(sizeof(GoHchan) == 96 && offsetof(GoHchan, qcount) == 0 && offsetof(GoHchan, dataqsiz) == 8 &&
	       offsetof(GoHchan, buf) == 16 && offsetof(GoHchan, closed) == 28 && offsetof(GoHchan, recvq) == 56 &&
	       offsetof(GoHchan, lock) == 88, "hchan as go1.19 amd64: len(c) at 0, cap(c) at 8");
_Static_assert(sizeof(GoChanType) == 72 && sizeof(GoScase) == 16, "chantype, scase layouts");
_Static_assert(sizeof(GoHmap) == 48, "hmap is 48 bytes on amd64");
_Static_assert(sizeof(GoHiter) == 96, "hiter is 12 words on amd64");
_Static_assert(offsetof(GoHmap, count) == 0, "len(m) loads the first word");
_Static_assert(sizeof(GoMemStats) == 5776 && offsetof(GoMemStats, PauseNs) == 192 &&
	       offsetof(GoMemStats, NumGC) == 4288 && offsetof(GoMemStats, BySize) == 4312,
	       "runtime.MemStats layout as go1.19 amd64");
_Static_assert(sizeof(GoString) == 16 && sizeof(GoSlice) == 24 && sizeof(GoEface) == 16, "Go value layouts");

#endif
