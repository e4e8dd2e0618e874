/*
 * overlay_atomic.c - the native overlay of package sync/atomic.
 *
 * sync/atomic declares its functions without bodies (doc.go) and Go
 * writes them in assembly (asm.s, jumping to runtime/internal/atomic);
 * gc's SSA backend turns direct calls into single instructions.  minigo's
 * code generator does the same for direct calls (codegen/expr.c,
 * atomic_op: atomicrmw, cmpxchg, atomic load and store, all sequentially
 * consistent, as Go's memory model asks of sync/atomic), so these C
 * definitions serve only a function taken as a value (f := atomic.AddInt64).
 * They are the same operations by the compiler's builtins.  The rest of
 * the package -- Value, Bool, Int32..Uintptr -- is Go's own source;
 * Pointer[T] is generic and set aside until minigo has generics.
 *
 * C ABI on the Go signatures: addresses are pointers, unsafe.Pointer is
 * void *, and bool results are C's bool (zeroext i1).
 */
#include "runtime/abi.h"

int32_t rt_atomic_AddInt32(int32_t *addr, int32_t delta) GO_NAME("\"sync/atomic.AddInt32\"");
int32_t rt_atomic_LoadInt32(int32_t *addr) GO_NAME("\"sync/atomic.LoadInt32\"");
void rt_atomic_StoreInt32(int32_t *addr, int32_t val) GO_NAME("\"sync/atomic.StoreInt32\"");
int32_t rt_atomic_SwapInt32(int32_t *addr, int32_t new) GO_NAME("\"sync/atomic.SwapInt32\"");
bool rt_atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t new) GO_NAME("\"sync/atomic.CompareAndSwapInt32\"");
int64_t rt_atomic_AddInt64(int64_t *addr, int64_t delta) GO_NAME("\"sync/atomic.AddInt64\"");
int64_t rt_atomic_LoadInt64(int64_t *addr) GO_NAME("\"sync/atomic.LoadInt64\"");
void rt_atomic_StoreInt64(int64_t *addr, int64_t val) GO_NAME("\"sync/atomic.StoreInt64\"");
int64_t rt_atomic_SwapInt64(int64_t *addr, int64_t new) GO_NAME("\"sync/atomic.SwapInt64\"");
bool rt_atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t new) GO_NAME("\"sync/atomic.CompareAndSwapInt64\"");
uint32_t rt_atomic_AddUint32(uint32_t *addr, uint32_t delta) GO_NAME("\"sync/atomic.AddUint32\"");
uint32_t rt_atomic_LoadUint32(uint32_t *addr) GO_NAME("\"sync/atomic.LoadUint32\"");
void rt_atomic_StoreUint32(uint32_t *addr, uint32_t val) GO_NAME("\"sync/atomic.StoreUint32\"");
uint32_t rt_atomic_SwapUint32(uint32_t *addr, uint32_t new) GO_NAME("\"sync/atomic.SwapUint32\"");
bool rt_atomic_CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t new) GO_NAME("\"sync/atomic.CompareAndSwapUint32\"");
uint64_t rt_atomic_AddUint64(uint64_t *addr, uint64_t delta) GO_NAME("\"sync/atomic.AddUint64\"");
uint64_t rt_atomic_LoadUint64(uint64_t *addr) GO_NAME("\"sync/atomic.LoadUint64\"");
void rt_atomic_StoreUint64(uint64_t *addr, uint64_t val) GO_NAME("\"sync/atomic.StoreUint64\"");
uint64_t rt_atomic_SwapUint64(uint64_t *addr, uint64_t new) GO_NAME("\"sync/atomic.SwapUint64\"");
bool rt_atomic_CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t new) GO_NAME("\"sync/atomic.CompareAndSwapUint64\"");
uintptr_t rt_atomic_AddUintptr(uintptr_t *addr, uintptr_t delta) GO_NAME("\"sync/atomic.AddUintptr\"");
uintptr_t rt_atomic_LoadUintptr(uintptr_t *addr) GO_NAME("\"sync/atomic.LoadUintptr\"");
void rt_atomic_StoreUintptr(uintptr_t *addr, uintptr_t val) GO_NAME("\"sync/atomic.StoreUintptr\"");
uintptr_t rt_atomic_SwapUintptr(uintptr_t *addr, uintptr_t new) GO_NAME("\"sync/atomic.SwapUintptr\"");
bool rt_atomic_CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t new) GO_NAME("\"sync/atomic.CompareAndSwapUintptr\"");
void *rt_atomic_LoadPointer(void **addr) GO_NAME("\"sync/atomic.LoadPointer\"");
void rt_atomic_StorePointer(void **addr, void *val) GO_NAME("\"sync/atomic.StorePointer\"");
void *rt_atomic_SwapPointer(void **addr, void *new) GO_NAME("\"sync/atomic.SwapPointer\"");
bool rt_atomic_CompareAndSwapPointer(void **addr, void *old, void *new) GO_NAME("\"sync/atomic.CompareAndSwapPointer\"");

int32_t rt_atomic_AddInt32(int32_t *addr, int32_t delta)
{
	return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}

int32_t rt_atomic_LoadInt32(int32_t *addr)
{
	return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}

void rt_atomic_StoreInt32(int32_t *addr, int32_t val)
{
	__atomic_store_n(addr, val, __ATOMIC_SEQ_CST);
}

int32_t rt_atomic_SwapInt32(int32_t *addr, int32_t new)
{
	return __atomic_exchange_n(addr, new, __ATOMIC_SEQ_CST);
}

bool rt_atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

int64_t rt_atomic_AddInt64(int64_t *addr, int64_t delta)
{
	return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}

int64_t rt_atomic_LoadInt64(int64_t *addr)
{
	return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}

void rt_atomic_StoreInt64(int64_t *addr, int64_t val)
{
	__atomic_store_n(addr, val, __ATOMIC_SEQ_CST);
}

int64_t rt_atomic_SwapInt64(int64_t *addr, int64_t new)
{
	return __atomic_exchange_n(addr, new, __ATOMIC_SEQ_CST);
}

bool rt_atomic_CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

uint32_t rt_atomic_AddUint32(uint32_t *addr, uint32_t delta)
{
	return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}

uint32_t rt_atomic_LoadUint32(uint32_t *addr)
{
	return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}

void rt_atomic_StoreUint32(uint32_t *addr, uint32_t val)
{
	__atomic_store_n(addr, val, __ATOMIC_SEQ_CST);
}

uint32_t rt_atomic_SwapUint32(uint32_t *addr, uint32_t new)
{
	return __atomic_exchange_n(addr, new, __ATOMIC_SEQ_CST);
}

bool rt_atomic_CompareAndSwapUint32(uint32_t *addr, uint32_t old, uint32_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

uint64_t rt_atomic_AddUint64(uint64_t *addr, uint64_t delta)
{
	return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}

uint64_t rt_atomic_LoadUint64(uint64_t *addr)
{
	return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}

void rt_atomic_StoreUint64(uint64_t *addr, uint64_t val)
{
	__atomic_store_n(addr, val, __ATOMIC_SEQ_CST);
}

uint64_t rt_atomic_SwapUint64(uint64_t *addr, uint64_t new)
{
	return __atomic_exchange_n(addr, new, __ATOMIC_SEQ_CST);
}

bool rt_atomic_CompareAndSwapUint64(uint64_t *addr, uint64_t old, uint64_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

uintptr_t rt_atomic_AddUintptr(uintptr_t *addr, uintptr_t delta)
{
	return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}

uintptr_t rt_atomic_LoadUintptr(uintptr_t *addr)
{
	return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}

void rt_atomic_StoreUintptr(uintptr_t *addr, uintptr_t val)
{
	__atomic_store_n(addr, val, __ATOMIC_SEQ_CST);
}

uintptr_t rt_atomic_SwapUintptr(uintptr_t *addr, uintptr_t new)
{
	return __atomic_exchange_n(addr, new, __ATOMIC_SEQ_CST);
}

bool rt_atomic_CompareAndSwapUintptr(uintptr_t *addr, uintptr_t old, uintptr_t new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

void *rt_atomic_LoadPointer(void **addr)
{
	return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}

void rt_atomic_StorePointer(void **addr, void *val)
{
	__atomic_store_n(addr, val, __ATOMIC_SEQ_CST);
}

void *rt_atomic_SwapPointer(void **addr, void *new)
{
	return __atomic_exchange_n(addr, new, __ATOMIC_SEQ_CST);
}

bool rt_atomic_CompareAndSwapPointer(void **addr, void *old, void *new)
{
	return __atomic_compare_exchange_n(addr, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
