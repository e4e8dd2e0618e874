/*
 * runtime.h - the runtime's table of contents: one section per file, for the
 * runtime's own use.  What generated code may call is in abi.h; this header
 * is what runtime files share among themselves and with the Check tests.
 * Everything not listed here is static to its file.
 */
#ifndef MINIGO_RUNTIME_H
#define MINIGO_RUNTIME_H

#include <pthread.h>

#include "runtime/abi.h"

/* Built under AddressSanitizer (make san): stack switches are announced to it. */
#if defined(__SANITIZE_ADDRESS__)
#define RT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_ASAN 1
#endif
#endif

/* panic.c */
enum { RT_PANIC_RUNTIME_ERROR, RT_PANIC_PLAIN };
/* Set by the panic/recover machinery once it exists; called before dying. */
extern void (*rt_panic_hook)(int kind, const char *msg);
/* panic: runtime error: <formatted>, e.g. rt_panicf("index out of range [%ld] with length %ld", i, n) */
_Noreturn void rt_panicf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* mfinal.c: finalizers registered (rt_fintab) and queued to run (rt_finq). */
typedef struct rt_finalizer {
	uintptr_t p;              /* the pointer given to SetFinalizer */
	void *fn;                 /* the func value */
	const GoType *fint;       /* its parameter's type */
	const GoType *ot;         /* the object's pointer type */
	const GoItab *tab;        /* fint is a non-empty interface: the itab for ot */
	uintptr_t nret;           /* size of the finalizer's results */
	bool dead;                /* mgc.c's queueFinalizers: its block was found unmarked */
} rt_finalizer;
extern rt_finalizer *rt_fintab, *rt_finq;
extern size_t rt_nfintab, rt_nfinq;
void rt_queuefinalizer(size_t i);
void rt_runfinq(void);
/* defer.c: fn(arg) with an empty defer stack and no panic in progress, as on a goroutine of its own. */
void rt_defer_isolate(void (*fn)(void *), void *arg);

/* symtab.c: functions (ELF symbols) and lines (DWARF .debug_line) of the executable. */
typedef struct rt_funcsym {
	uintptr_t entry, end;     /* run-time addresses */
	const char *name;         /* Go's name for Go code: main.(*T).M */
	intptr_t namelen;
	bool go;                  /* compiled Go code: the program's packages, not the runtime's C */
	/* FuncForPC of a pc in inlined code (traceback.c): a copy naming the
	 * function inlined, entry and end its caller's; FileLine's answer */
	bool inlined;
	const char *file;
	intptr_t line;
} rt_funcsym;
const rt_funcsym *rt_findfunc(uintptr_t pc);
bool rt_pcline(uintptr_t pc, const char **file, intptr_t *line);
/* A call inlined at a pc: the function inlined, and where it was called. */
typedef struct rt_inlcall {
	const char *name;
	intptr_t namelen;
	const char *file;
	intptr_t line;
} rt_inlcall;
int rt_pcinline(uintptr_t pc, rt_inlcall *out, int max);
/* traceback.c: "goroutine 1 [running]:" and the frames, on stderr.  pc: the
 * exact pc of the innermost frame (a fault), or 0 to start at fp's return address. */
void rt_printtraceback(uintptr_t pc, uintptr_t fp);
void rt_traceback_here(void);

/* ==== goroutines: proc.c (G, M, P, the scheduler), chan.c, select.c, sema.c, time.c ==== */

/* G status, Go's numbering (runtime2.go). */
enum { _Gidle, _Grunnable, _Grunning, _Gsyscall, _Gwaiting, _Gdead = 6 };

typedef struct G G;
typedef struct sudog sudog;

/* A timer of the P's heap (time.c runs them from the scheduler): f(arg) once now >= when. */
typedef struct rt_timer {
	int64_t when;
	void (*f)(void *arg);
	void *arg;
	intptr_t i;               /* index in the heap, -1 when not in it */
} rt_timer;

/*
 * A goroutine.  Off-heap (C memory, never freed: dead Gs are reused, as Go
 * reuses them); the collector reads the fields that hold heap pointers
 * (startfn, defer) and scans the stack.  stacklo/stackhi: the usable
 * stack; for the main goroutine the big stack (or, in tests, the thread's
 * own), stackhi as rt_stacktop was when it last ran.
 */
struct G {
	uintptr_t stacklo, stackhi;
	uintptr_t sp;             /* saved stack pointer while not running (its registers are pushed there) */
	uintptr_t stackbase;      /* the mapping: guard from here up to stacklo; 0 for the main goroutine */
	bool stackdirty;          /* free, and its top may still be committed (proc.c's gfput) */
	int64_t goid;
	uint32_t status;
	const char *waitreason;   /* while _Gwaiting: "chan receive", "sleep", ... */
	G *schedlink;             /* run queue and free list link */
	void *startfn;            /* the closure newproc was given: {thunk, args...} */
	bool system;              /* the runtime's own (the finalizer goroutine): not counted by
	                             NumGoroutine, nor shown or waited for when all are asleep */
	uintptr_t gopc;           /* return address in the function whose go statement made it */
	/* defer.c's per-goroutine state */
	struct Defer *defer;
	struct Panic *panic;
	bool inpanicdefer;
	void *deferfn;            /* runtime.deferfn while switched out */
	/* channels and select (chan.c, select.c) */
	void *param;              /* the sudog that completed a wait */
	uint32_t selectDone;      /* a select's case has won: its other sudogs are stale */
	sudog *waiting;           /* the sudogs a select is queued with, in lock order */
	rt_timer timer;           /* time.Sleep's */
	/* AddressSanitizer's fiber state */
	void *asanfake;
	const void *asanbottom;
	size_t asansize;
};

/* A G waiting in a queue: a channel's, a semaphore's, a notify list's.  Lives on the waiter's stack. */
struct sudog {
	G *g;
	sudog *next, *prev;
	void *elem;               /* the data element (on the waiter's stack), or the semaphore's address */
	sudog *waitlink;          /* select: the next of g->waiting */
	void *c;                  /* the channel */
	uint32_t ticket;          /* semaphore handoff, notify list ticket */
	bool isSelect;
	bool success;             /* woken by a value, not by close */
};

extern G *rt_curg;                /* the running goroutine; the main goroutine from the start */
extern G **rt_allgs;              /* every G ever made (dead ones too), the main goroutine first */
extern intptr_t rt_nallgs;
void rt_gopark(const char *reason);
G *rt_newsystemproc(void (*fn)(void *));   /* a runtime goroutine running fn(its closure) */
void rt_goready(G *gp);
void rt_goyield(void);            /* let the G readied last run first; the caller runs again soon */
/* The usable [lo, hi) of the stack whose guard holds p, or false: the fault handler's overflow test. */
bool rt_stackguard(uintptr_t p, uintptr_t *lo, uintptr_t *hi);
/* The usable [lo, hi) of the stack holding p (a G's or the big stack), or false. */
bool rt_stackof(uintptr_t p, uintptr_t *lo, uintptr_t *hi);
/* chan.c, for select.c: the wait queues (dequeue skips a select's stale
 * sudogs), the operations (block false: don't wait; *received: a value, not
 * a close), and the hand-off to a waiting partner (send, recv). */
void rt_waitq_enqueue(GoWaitq *q, sudog *sg);
sudog *rt_waitq_dequeue(GoWaitq *q);
void rt_waitq_remove(GoWaitq *q, sudog *sg);
bool rt_chansend(GoHchan *c, void *ep, bool block);
bool rt_chanrecv(GoHchan *c, void *ep, bool block, bool *received);
void rt_chan_send(GoHchan *c, sudog *sg, void *ep);
void rt_chan_recv(GoHchan *c, sudog *sg, void *ep);
/* Unmap the stacks of free Gs beyond a few hundred (the collector, at each cycle). */
void rt_gcfreestacks(void);
/* time.c: the P's timer heap. */
void rt_addtimer(rt_timer *t);
void rt_deltimer(rt_timer *t);
int64_t rt_runtimers(void);       /* runs the expired ones; the next's when, or 0 if none */
extern int rt_nopreempt;          /* proc.c: > 0 while the scheduler runs timer functions */
/* traceback.c: gp's trace, as a fatal error prints it (header with its status, "created by"). */
void rt_printgoroutine(G *gp);
/* defer.c: runtime.Goexit's part, every deferred call of the goroutine. */
void rt_rundefers_goexit(void);

/* stack.c: the 1e9-byte stack main.main runs on, and the SIGSEGV/SIGBUS/SIGFPE handlers. */
enum { RT_MAXSTACK = 1000000000 };     /* Go's maxstacksize on 64-bit */
/*
 * Call fn(arg) on the big stack (reserved, with its guard and the signal
 * handlers, on first use) and return when it does.  The collector scans
 * the big stack while fn runs and the caller's stack again afterwards.
 * Called from the big stack, it just calls fn.
 */
void rt_run_on_big_stack(void (*fn)(void *), void *arg);
extern uintptr_t rt_bigstacklo, rt_bigstackhi;  /* its usable part; 0 before the first call */
/* The fault being raised as a panic (Go's g.sig, sigcode0, sigcode1, sigpc); sig 0: none. */
typedef struct rt_siginfo_t { int sig; uintptr_t code, addr, pc; } rt_siginfo_t;
extern rt_siginfo_t rt_siginfo;
/* Go's "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]" line on stderr, if sig != 0. */
bool rt_printsiginfo(void);

/* ==== the allocator and collector: sizeclasses.c, mheap.c, mcentral.c, mcache.c,
 *      malloc.c, mbitmap.c, mgc.c, mgcsweep.c, mgcpacer.c, mstats.c, slice.c ====
 *
 * Go's vocabulary throughout (docs/allocator.md, docs/gc.md): a page is 8 KiB,
 * a span is a run of pages holding objects of one size class, a spanClass is
 * sizeclass<<1 | noscan.  Pointer-free memory (typ == NULL or typ->ptrdata ==
 * 0) is never scanned: anything that stores heap pointers must be allocated
 * with a type whose gcdata describes them.
 */

/* sizeclasses.c: Go 1.19's table (src/runtime/sizeclasses.go). */
enum {
	RT_PAGE_SHIFT = 13,
	RT_PAGE_SIZE = 1 << RT_PAGE_SHIFT,
	RT_MAX_SMALL_SIZE = 32768,
	RT_SMALL_SIZE_DIV = 8,
	RT_SMALL_SIZE_MAX = 1024,
	RT_LARGE_SIZE_DIV = 128,
	RT_NUM_SIZE_CLASSES = 68,             /* class 0 means "large object" */
	RT_NUM_SPAN_CLASSES = RT_NUM_SIZE_CLASSES << 1,
	RT_TINY_SIZE = 16,                    /* Go's maxTinySize */
	RT_TINY_SIZE_CLASS = 2,
	RT_TINY_SPAN_CLASS = RT_TINY_SIZE_CLASS << 1 | 1,
	RT_MAX_OBJS_PER_SPAN = 1024,          /* class 1: 8192 / 8 */
};
extern const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES];
extern const uint8_t rt_class_to_allocnpages[RT_NUM_SIZE_CLASSES];
extern const uint32_t rt_class_to_divmagic[RT_NUM_SIZE_CLASSES];
extern const uint8_t rt_size_to_class8[RT_SMALL_SIZE_MAX / RT_SMALL_SIZE_DIV + 1];
extern const uint8_t rt_size_to_class128[(RT_MAX_SMALL_SIZE - RT_SMALL_SIZE_MAX) / RT_LARGE_SIZE_DIV + 1];
/* The class of a small size (1 <= size <= 32768), by Go's two lookup tables. */
static inline uint8_t rt_sizeToClass(uintptr_t size)
{
	if (size <= RT_SMALL_SIZE_MAX - 8)
		return rt_size_to_class8[(size + RT_SMALL_SIZE_DIV - 1) / RT_SMALL_SIZE_DIV];
	return rt_size_to_class128[(size - RT_SMALL_SIZE_MAX + RT_LARGE_SIZE_DIV - 1) / RT_LARGE_SIZE_DIV];
}
/* Go's roundupsize: the bytes mallocgc will really hand out for size. */
uintptr_t rt_roundupsize(uintptr_t size);

/* mheap.c: arenas, the page allocator, spans. */
enum {
	RT_ARENA_SHIFT = 26,
	RT_ARENA_BYTES = 1 << RT_ARENA_SHIFT, /* 64 MiB, Go's heapArenaBytes */
	RT_PAGES_PER_ARENA = RT_ARENA_BYTES / RT_PAGE_SIZE,
	RT_ARENA_L2_BITS = 48 - RT_ARENA_SHIFT,
	RT_CHUNK_PAGES = 512,                 /* heap growth granule: 4 MiB (pallocChunkPages) */
};
#define RT_ARENA_BASE_OFFSET ((uintptr_t)0xffff800000000000)

typedef uint8_t spanClass;
static inline spanClass rt_makeSpanClass(uint8_t sizeclass, bool noscan) { return (spanClass)(sizeclass << 1 | noscan); }
static inline uint8_t rt_spanClassSize(spanClass sc) { return sc >> 1; }
static inline bool rt_spanClassNoscan(spanClass sc) { return sc & 1; }

enum { mSpanDead, mSpanInUse };

typedef struct mspan mspan;
struct mspan {
	mspan *next;            /* link in an mcentral span set, or the free list */
	uintptr_t startAddr;
	uintptr_t npages;
	uintptr_t limit;        /* end of the last object: startAddr + nelems*elemsize */
	uintptr_t elemsize;
	uintptr_t nelems;
	uintptr_t freeindex;    /* slots below are allocated; search for free ones from here */
	uint64_t allocCache;    /* ~allocBits from freeindex's 64-slot word, shifted to freeindex */
	uint64_t *allocBits;    /* 1 = allocated as of the last sweep */
	uint64_t *gcmarkBits;   /* 1 = marked in the current cycle; becomes allocBits when swept */
	uint32_t divMul;        /* object index = (offset * divMul) >> 32 */
	uint32_t sweepgen;      /* == mheap sweepgen: swept; sweepgen-2: needs sweeping */
	uint16_t allocCount;
	spanClass spanclass;
	uint8_t state;
	uint8_t needzero;       /* slots may hold stale data and must be cleared on allocation */
	uint64_t bits[2][RT_MAX_OBJS_PER_SPAN / 64]; /* storage behind allocBits and gcmarkBits */
};

/* One per 64 MiB arena; off-heap, reserved with mmap and touched lazily. */
typedef struct heapArena {
	uint64_t bitmap[RT_ARENA_BYTES / 8 / 64]; /* 1 bit per heap word: it holds a pointer */
	mspan *spans[RT_PAGES_PER_ARENA];         /* page -> in-use span, NULL for free pages */
	uint64_t pageAlloc[RT_PAGES_PER_ARENA / 64]; /* page allocator: 1 = in use or not yet mapped */
	uint64_t pageScav[RT_PAGES_PER_ARENA / 64];  /* 1 = free and returned to the OS */
	uintptr_t base;
	uintptr_t zeroedBase;   /* offset from base below which pages may be dirty */
} heapArena;

typedef struct mheap {
	pthread_mutex_t lock;
	heapArena **arenas;     /* [1 << RT_ARENA_L2_BITS], reserved, committed on touch */
	heapArena **allArenas;  /* sorted by address */
	uintptr_t nallArenas, capAllArenas;
	uintptr_t arenaMin, arenaMax; /* bounds of every arena: a cheap "is this a heap pointer" filter */
	uintptr_t curArenaBase, curArenaEnd; /* reserved, not yet handed to the page allocator */
	uintptr_t searchHint;   /* index into allArenas before which every page is in use */
	uint32_t sweepgen;
	bool sweepdone;
	uintptr_t sweepCentral; /* next mcentral the sweeper looks at */
	mspan *spanFree;        /* fixalloc of mspan records */
	uintptr_t spanInuse;
	/* byte counts, all under lock */
	uint64_t heapInUse, heapFree, heapReleased; /* pages of in-use spans / free mapped / free returned */
	uint64_t mspanSys, gcSys, otherSys;
} mheap;
extern mheap rt_mheap;

static inline uintptr_t rt_arenaIndex(uintptr_t p) { return (p - RT_ARENA_BASE_OFFSET) >> RT_ARENA_SHIFT; }
static inline heapArena *rt_arenaOf(uintptr_t p)
{
	if (p < rt_mheap.arenaMin || p >= rt_mheap.arenaMax)
		return NULL;
	return rt_mheap.arenas[rt_arenaIndex(p) & (((uintptr_t)1 << RT_ARENA_L2_BITS) - 1)];
}
/* The in-use span containing p (O(1)), or NULL: Go's spanOfHeap. */
static inline mspan *rt_spanOf(uintptr_t p)
{
	heapArena *ha = rt_arenaOf(p);
	mspan *s;

	if (!ha)
		return NULL;
	s = ha->spans[(p - ha->base) >> RT_PAGE_SHIFT];
	if (!s || s->state != mSpanInUse || p < s->startAddr || p >= s->limit)
		return NULL;
	return s;
}
static inline uintptr_t rt_objIndex(const mspan *s, uintptr_t p)
{
	return (uintptr_t)(((uint64_t)(p - s->startAddr) * s->divMul) >> 32);
}
static inline bool rt_isFree(const mspan *s, uintptr_t i)
{
	return i >= s->freeindex && !(s->allocBits[i / 64] >> (i % 64) & 1);
}
/* Go's findObject: base of the allocated object containing p, or 0. */
uintptr_t rt_findObject(uintptr_t p, mspan **sp, uintptr_t *idxp);
void rt_mallocinit(void);
extern bool rt_mallocinited;
mspan *rt_mheap_alloc(uintptr_t npages, spanClass spc);
void rt_mheap_freeSpan(mspan *s);
void rt_mheap_scavenge(uint64_t retain);
void rt_refillAllocCache(mspan *s, uintptr_t whichWord);
uintptr_t rt_nextFreeIndex(mspan *s);

/* mcentral.c */
typedef struct mcentral {
	pthread_mutex_t lock;
	spanClass spanclass;
	mspan *partial[2];      /* spans with free slots; [sweepgen/2 % 2] is the swept set */
	mspan *full[2];         /* spans without */
} mcentral;
extern mcentral rt_central[RT_NUM_SPAN_CLASSES];
mspan *rt_mcentral_cacheSpan(mcentral *c);
void rt_mcentral_uncacheSpan(mcentral *c, mspan *s);
void rt_mcentral_pushSwept(mcentral *c, mspan *s, bool full);
mspan *rt_mcentral_popUnswept(mcentral *c);

/* mcache.c: the per-P cache; one P for now. */
typedef struct mcache {
	uintptr_t tiny;         /* current 16-byte tiny block, 0 if none */
	uintptr_t tinyoffset;
	uint64_t tinyAllocs;    /* sub-allocations served from tiny blocks, not yet in rt_memstats */
	mspan *alloc[RT_NUM_SPAN_CLASSES];
} mcache;
extern mcache rt_mcache0;
extern mspan rt_emptymspan;
mspan *rt_mcache_refill(mcache *c, spanClass spc);
mspan *rt_mcache_allocLarge(mcache *c, uintptr_t size, bool noscan);
void rt_mcache_releaseAll(mcache *c);

/* malloc.c */
/*
 * An array of size bytes (typ NULL: pointer-free) whose first n bytes are
 * copied from src and whose bytes from zeroFrom (>= n) on read as zero;
 * [n, zeroFrom) is left for the caller to overwrite.  growslice's allocator.
 */
void *rt_mallocgcCopy(uintptr_t size, const GoType *typ, const void *src, uintptr_t n, uintptr_t zeroFrom);
/* mallocgc for an entry point generated code called from return address ret
 * (newobject, makeslice): ret decides whether queued finalizers may run. */

/* mbitmap.c: the heap bitmap, 1 bit per word. */
void rt_heapBitsSetType(uintptr_t x, uintptr_t size, uintptr_t dataSize, const GoType *typ);
bool rt_heapBitIsPointer(uintptr_t addr);
/* The bitmap bits of the 64 heap words from addr (8-aligned) on, following into the next arena. */
static inline uint64_t rt_heapBits64(uintptr_t addr)
{
	heapArena *ha = rt_arenaOf(addr), *next;
	uintptr_t w = (addr - ha->base) / 8;
	unsigned off = w % 64;
	uint64_t lo = ha->bitmap[w / 64] >> off, hi;

	if (off == 0)
		return lo;
	if (w / 64 + 1 < RT_ARENA_BYTES / 8 / 64) {
		hi = ha->bitmap[w / 64 + 1];
	} else {
		next = rt_arenaOf(ha->base + RT_ARENA_BYTES);
		hi = next ? next->bitmap[0] : 0;
	}
	return lo | hi << (64 - off);
}

/* mgc.c */
enum { _GCoff, _GCmark, _GCmarktermination };
extern int rt_gcphase;
enum { gcTriggerHeap, gcTriggerCycle, gcTriggerStress };
void rt_gcStart(int trigger);
void rt_gcinit(void);          /* reads GOGC and GODEBUG; called by rt_mallocinit */
/* The stack the collector scans: [current sp, top).  Set by rt_schedinit. */
extern uintptr_t rt_stacktop;
/* Runtime-held roots outside data/bss (e.g. a pointer kept in malloc'd memory). */
void rt_gcAddRoot(void *addr, uintptr_t size);
/* Calls the Go func value fn with up to three argument words (fn's context in r10; mfinal.c). */
void rt_callclosure3(void *fn, uintptr_t a0, uintptr_t a1, uintptr_t a2);
/* sync.Pool's cleanup, at the start of a collection (sema.c). */
void rt_clearpools(void);
/* debug.SetPanicOnFault (debug.c): a fault anywhere is a panic (stack.c). */
extern bool rt_panicOnFault;
void rt_gcRemoveRoot(void *addr);
extern int rt_gcstress;         /* GODEBUG=gcstress=N: collect every N allocations, poison frees */
extern uint64_t rt_gcstressCount;
#define RT_POISON UINT64_C(0xdeadbeefdeadbeef)
extern int rt_gctrace;
/* Go's fmtNSAsMS: ns as milliseconds with two significant digits; returns buf. */
char *rt_fmtNSAsMS(char *buf, size_t n, uint64_t ns);

/* mgcsweep.c */
bool rt_sweepspan(mspan *s, bool preserve);
uintptr_t rt_sweepone(void);    /* pages freed, or ~0 when nothing was left to sweep */
void rt_finishsweep(void);
void rt_poisonRange(uintptr_t p, uintptr_t n);

/* mgcpacer.c: gcControllerState, single instance. */
typedef struct gcControllerState {
	int32_t gcPercent;      /* GOGC; -1 = off */
	uint64_t heapMinimum;   /* 4 MiB * GOGC/100 */
	uint64_t heapLive;      /* bytes in spans handed to mcaches since the last mark + marked */
	uint64_t heapMarked;
	uint64_t heapGoal;      /* the goal of the next cycle */
	uint64_t lastHeapGoal;  /* the goal of the cycle that just ran (gctrace's G) */
	uint64_t trigger;
	uint64_t lastStackScan, maxStackScan, globalsScan;
	uint64_t lastHeapInUse;  /* heapInUse at the last mark termination (before its sweep) */
	uint64_t scavengeGoal;   /* retained heap the scavenger keeps; UINT64_MAX: release nothing */
} gcControllerState;
extern gcControllerState rt_gcController;
int32_t rt_readGOGC(const char *s);
uint64_t rt_heapGoalFor(uint64_t heapMarked, uint64_t stackScan, uint64_t globalsScan, int32_t gcPercent);
void rt_gcControllerInit(int32_t gcPercent);
void rt_gcControllerCommit(void);
uint64_t rt_scavengeGoalFor(uint64_t lastHeapInUse, uint64_t heapGoal, uint64_t lastHeapGoal);
bool rt_gcTriggerTest(void);
int32_t rt_setGCPercent(int32_t in);

/* mstats.c: cumulative counters, Go's consistent heapStats reduced to one P. */
typedef struct rt_heapStats {
	uint64_t smallAllocCount[RT_NUM_SIZE_CLASSES];
	uint64_t smallFreeCount[RT_NUM_SIZE_CLASSES];
	uint64_t largeAlloc, largeAllocCount, largeFree, largeFreeCount;
	uint64_t tinyAllocCount;
	uint32_t numgc, numforcedgc;
	uint64_t pause_ns[256], pause_end[256], pause_total_ns, last_gc_unix;
	uint64_t gcTotalTime;   /* ns of GC work since start (gc_cpu_fraction's numerator) */
	double gc_cpu_fraction;
} rt_heapStats;
extern rt_heapStats rt_memstats;
int64_t rt_nanotime(void);
extern int64_t rt_runtimeInitTime;

/* ==== map.c, alg.c (maps: hmap, buckets, growth; hashing and equality) ==== */

/* alg.c: the hash's building block, inlined by the map fast paths. */
extern uint64_t rt_hashkey[4];   /* process-random, odd; folded into every seed */
/* Odd multipliers (wyhash's published constants). */
#define rt_hashM1 UINT64_C(0xa0761d6478bd642f)
#define rt_hashM2 UINT64_C(0xe7037ed1a0b428db)
#define rt_hashM3 UINT64_C(0x8ebc6af09c88c6e3)
#define rt_hashM4 UINT64_C(0x589965cc75374cc3)
#define rt_hashM5 UINT64_C(0x1d8e4e27c47d124f)
/* The multiply-fold: both halves of the 128-bit product, XORed. */
static inline uint64_t rt_hashmix(uint64_t a, uint64_t b)
{
	unsigned __int128 r = (unsigned __int128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}
static inline uintptr_t rt_memhash64_inline(const void *p, uintptr_t seed)
{
	uint64_t a;
	__builtin_memcpy(&a, p, 8);
	return rt_hashmix(rt_hashM5 ^ 8, rt_hashmix(a ^ rt_hashM2, a ^ seed ^ rt_hashkey[0] ^ rt_hashM1));
}
static inline uintptr_t rt_memhash32_inline(const void *p, uintptr_t seed)
{
	uint32_t a32;
	__builtin_memcpy(&a32, p, 4);
	uint64_t a = a32;
	return rt_hashmix(rt_hashM5 ^ 4, rt_hashmix(a ^ rt_hashM2, a ^ seed ^ rt_hashkey[0] ^ rt_hashM1));
}

/* map.c: Go's constants (src/runtime/map.go), shared with map_fast*.c. */
enum {
	bucketCntBits = 3,
	bucketCnt = 1 << bucketCntBits, /* slots per bucket */
	loadFactorNum = 13,             /* grow past 13/2 = 6.5 entries per bucket */
	loadFactorDen = 2,
	maxKeySize = 128,               /* larger keys and elems are stored behind a pointer */
	maxElemSize = 128,
	dataOffset = 8,                 /* keys start after tophash[8] */
	maxZero = 1024,                 /* size of rt_zeroVal */

	/* tophash values below minTopHash are cell states, not hashes */
	emptyRest = 0,      /* empty, and so is everything after it in the chain */
	emptyOne = 1,       /* empty */
	evacuatedX = 2,     /* moved to the same index of the new table */
	evacuatedY = 3,     /* moved to index + old size */
	evacuatedEmpty = 4, /* empty, and the bucket is evacuated */
	minTopHash = 5,

	/* hmap.flags */
	flagIterator = 1,    /* an iterator may be using buckets */
	flagOldIterator = 2, /* an iterator may be using oldbuckets */
	hashWriting = 4,     /* a write is in progress */
	sameSizeGrow = 8,    /* the current grow keeps the table size */
};

/* The layout Go keeps in mapextra; see map.c for why it exists. */
struct GoMapExtra {
	GoSlice *overflow;     /* noscan buckets only: every overflow bucket of buckets */
	GoSlice *oldoverflow;  /* ... and of oldbuckets */
	void *nextOverflow;    /* next free preallocated overflow bucket */
};

extern const uint8_t rt_zeroVal[maxZero]; /* what failed lookups point at */

static inline uintptr_t rt_bucketShift(uint8_t b) { return (uintptr_t)1 << (b & 63); }
static inline uintptr_t rt_bucketMask(uint8_t b) { return rt_bucketShift(b) - 1; }
static inline uint8_t rt_tophash(uintptr_t hash)
{
	uint8_t top = (uint8_t)(hash >> 56);
	return top < minTopHash ? top + minTopHash : top;
}
static inline bool rt_isEmpty(uint8_t x) { return x <= emptyOne; }
static inline bool rt_evacuated(const uint8_t *b) { return b[0] > emptyOne && b[0] < minTopHash; }
static inline uint8_t *rt_bucketAt(const GoMapType *t, void *buckets, uintptr_t i)
{
	return (uint8_t *)buckets + i * t->bucketsize;
}
static inline uint8_t *rt_overflow(const GoMapType *t, const uint8_t *b)
{
	uint8_t *o;
	__builtin_memcpy(&o, b + t->bucketsize - sizeof(void *), sizeof o);
	return o;
}
static inline void rt_setoverflow(const GoMapType *t, uint8_t *b, void *o)
{
	__builtin_memcpy(b + t->bucketsize - sizeof(void *), &o, sizeof o);
}
static inline bool rt_overLoadFactor(intptr_t count, uint8_t B)
{
	return count > bucketCnt && (uintptr_t)count > loadFactorNum * (rt_bucketShift(B) / loadFactorDen);
}
static inline bool rt_tooManyOverflowBuckets(uint16_t noverflow, uint8_t B)
{
	return noverflow >= (uint16_t)1 << (B > 15 ? 15 : B);
}
/* The bucket whose chain holds hash: the old one while it is not yet evacuated. */
static inline uint8_t *rt_lookupBucket(const GoMapType *t, const GoHmap *h, uintptr_t hash)
{
	uintptr_t m = rt_bucketMask(h->B);
	uint8_t *b = rt_bucketAt(t, h->buckets, hash & m);
	if (__builtin_expect(h->oldbuckets != NULL, 0)) {
		if (!(h->flags & sameSizeGrow))
			m >>= 1;
		uint8_t *oldb = rt_bucketAt(t, h->oldbuckets, hash & m);
		if (!rt_evacuated(oldb))
			b = oldb;
	}
	return b;
}
/* Write-side pieces the fast variants share with the generic path. */
void rt_hashGrow(const GoMapType *t, GoHmap *h);
void rt_growWork(const GoMapType *t, GoHmap *h, uintptr_t bucket);
uint8_t *rt_newoverflow(const GoMapType *t, GoHmap *h, uint8_t *b);
/* Empty slot i of bucket b (chain head b0): clear it, keep emptyRest exact, count--. */
void rt_mapdeleteslot(const GoMapType *t, GoHmap *h, uint8_t *b0, uint8_t *b, uintptr_t i);
/* GODEBUG=maptrace=1 (read once). */
extern int rt_maptrace;

/* ==== strings, interfaces, printing: utf8.c, string.c, iface.c, type.c,
 *      print.c, strconv.c, os.c ====
 *
 * Output: Go's fmt and os write with system calls; C code that writes
 * through stdio's stdout must fflush(stdout) on every way out of the
 * process: exit() does, panic.c's die() does, os.Exit does; anything new
 * that calls _exit must too.  print.c writes stderr unbuffered, after
 * flushing stdout.
 */
enum { RT_RUNE_ERROR = 0xFFFD, RT_MAX_RUNE = 0x10FFFF };

/* utf8.c: Go's decoding rule: invalid bytes decode as RuneError with width 1. */
intptr_t rt_encoderune(uint8_t *p, int32_t r);          /* writes 1..4 bytes; invalid r as U+FFFD */
intptr_t rt_runelen(int32_t r);
int32_t rt_decoderune1(const uint8_t *s, intptr_t n, intptr_t *width);
intptr_t rt_runecount(const uint8_t *s, intptr_t n);
bool rt_isprint(int32_t r);      /* strconv.IsPrint */
bool rt_isspace(int32_t r);      /* unicode.IsSpace */
int32_t rt_toupper(int32_t r);   /* unicode.ToUpper */
int32_t rt_tolower(int32_t r);

/*
 * Short byte strings, compared and copied inline.  Keys and words are mostly
 * a few bytes long, where a call into libc costs more than the work; up to
 * 16 bytes, two loads that overlap in the middle cover any length without
 * reading outside [p, p+n).
 */
static inline bool rt_bytesEqual(const uint8_t *a, const uint8_t *b, uintptr_t n)
{
	uint64_t x, y, u, v;

	if (n >= 8 && n <= 16) {
		__builtin_memcpy(&x, a, 8);
		__builtin_memcpy(&y, b, 8);
		__builtin_memcpy(&u, a + n - 8, 8);
		__builtin_memcpy(&v, b + n - 8, 8);
		return ((x ^ y) | (u ^ v)) == 0;
	}
	if (n >= 4 && n < 8) {
		uint32_t x4, y4, u4, v4;
		__builtin_memcpy(&x4, a, 4);
		__builtin_memcpy(&y4, b, 4);
		__builtin_memcpy(&u4, a + n - 4, 4);
		__builtin_memcpy(&v4, b + n - 4, 4);
		return ((x4 ^ y4) | (u4 ^ v4)) == 0;
	}
	if (n < 4)
		return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
	return __builtin_memcmp(a, b, n) == 0;
}
/* memmove for the common short case: every load happens before any store. */
static inline void rt_copyBytes(uint8_t *d, const uint8_t *s, uintptr_t n)
{
	if (n >= 8 && n <= 16) {
		uint64_t x, y;
		__builtin_memcpy(&x, s, 8);
		__builtin_memcpy(&y, s + n - 8, 8);
		__builtin_memcpy(d, &x, 8);
		__builtin_memcpy(d + n - 8, &y, 8);
	} else if (n >= 4 && n < 8) {
		uint32_t x, y;
		__builtin_memcpy(&x, s, 4);
		__builtin_memcpy(&y, s + n - 4, 4);
		__builtin_memcpy(d, &x, 4);
		__builtin_memcpy(d + n - 4, &y, 4);
	} else if (n < 4) {
		if (n) {
			uint8_t x = s[0], y = s[n / 2], z = s[n - 1];
			d[0] = x;
			d[n / 2] = y;
			d[n - 1] = z;
		}
	} else {
		__builtin_memmove(d, s, n);
	}
}

/* string.c */
GoString rt_rawstring(intptr_t n, uint8_t **b);  /* heap, uninitialised: fill *b */
GoString rt_gostring(const void *p, intptr_t n); /* heap copy */
GoString rt_cstring(const char *s);              /* no copy */

/* iface.c */
/* The method name of t's method set, if its type is mtyp (NULL: any). */
/* reflectlite.c: identical underlying types of one kind (reflect's conversions: !cmptags) */
bool rt_reflectlite_identical(const GoType *T, const GoType *V, bool cmptags);
/* reflectlite.c's typed allocation, copy and interface store, reflect's too */
void *rt_reflectlite_unsafe_New(const GoType *t) GO_NAME("\"internal/reflectlite.unsafe_New\"");
void rt_reflectlite_typedmemmove(const GoType *t, void *dst, const void *src)
	GO_NAME("\"internal/reflectlite.typedmemmove\"");
void rt_reflectlite_ifaceE2I(const GoType *t, GoEface src, void *dst) GO_NAME("\"internal/reflectlite.ifaceE2I\"");
/* alg.c: the hasher marker of map types made by reflect (map.c's keyhash) */
uintptr_t rt_madehash(const void *p, uintptr_t seed);
const GoMethod *rt_findmethod(const GoType *t, const char *name, const GoType *mtyp);
/* The interface data word for the value of type t at v. */
void *rt_ifaceword(const GoType *t, const void *v);

/* type.c */
extern const GoFuncType rt_type_func_string;     /* func() string */

/* print.c: a growable byte buffer on the C heap, for building messages. */
typedef struct rt_buf { uint8_t *p; intptr_t len, cap; } rt_buf;
void rt_bufgrow(rt_buf *b, intptr_t n);
static inline void rt_bufputc(rt_buf *b, uint8_t c)
{
	if (b->len == b->cap)
		rt_bufgrow(b, 1);
	b->p[b->len++] = c;
}
void rt_bufwrite(rt_buf *b, const void *p, intptr_t n);
void rt_bufputs(rt_buf *b, const char *s);
void rt_buffree(rt_buf *b);

/* strconv.c */
void rt_appendquote(rt_buf *b, const uint8_t *s, intptr_t n, uint8_t quote, bool asciiOnly);

/* iface.c: does the dynamic type t implement error / fmt.Stringer?  Call
 * the method on the value at v. */
const GoMethod *rt_errormethod(const GoType *t);
const GoMethod *rt_stringmethod(const GoType *t);
GoString rt_callstring(const GoMethod *m, const GoType *t, const void *v);

#endif
