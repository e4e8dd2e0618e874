// codegen
// make([]T, len[, cap]) as gc's walkMakeSlice (gc-escape.md 6.2): a stack
// array when the escape pass keeps it (constant cap, at most 64 KB), with
// gc's inline len check; runtime.makeslice otherwise.

package main

var gs []int
var gb []byte

// Constant len and cap, not escaping: a zeroed stack array, no call at all.
// CHECK-LABEL: define {{.*}}@main.constStack(
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK-NOT: call {{.*}}@runtime.panicmakeslice
// CHECK: ret
func constStack(i int) int {
	s := make([]int, 5)
	s[i] = 2
	return s[0] + len(s)
}

// make([]T, n, 10) stays on the stack: uint64(n) > 10 is checked inline, and
// the sign of n picks the message (makeslice: len / cap out of range).
// CHECK-LABEL: define {{.*}}@main.lenCapStack(
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK: icmp ugt i64 %1, 10
// CHECK-DAG: call void @runtime.panicmakeslicelen()
// CHECK-DAG: call void @runtime.panicmakeslicecap()
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK: ret
func lenCapStack(n int) int {
	s := make([]int, n, 10)
	return len(s) + cap(s)
}

// An unsigned len cannot be negative: only the cap message remains.
// CHECK-LABEL: define {{.*}}@main.uintLenStack(
// CHECK-NOT: @runtime.panicmakeslicelen
// CHECK: call void @runtime.panicmakeslicecap()
// CHECK-NOT: @runtime.panicmakeslicelen
// CHECK: ret
func uintLenStack(n uint) int {
	s := make([]int, n, 10)
	return len(s)
}

// Exactly 64 KB is still small enough for the stack.
// CHECK-LABEL: define {{.*}}@main.edge64K(
// CHECK-NOT: call {{.*}}@runtime.makeslice
// CHECK: ret
func edge64K(i int) byte {
	s := make([]byte, 65536)
	s[i] = 1
	return s[65535-i]
}

// One byte more and the escape pass sends it to the heap (implicit > 64 KB).
// CHECK-LABEL: define {{.*}}@main.over64K(
// CHECK: call {{.*}}@runtime.makeslice(ptr {{.*}}@type.uint8, i64 65537, i64 65537)
func over64K(i int) byte {
	s := make([]byte, 65537)
	s[i] = 1
	return s[65536-i]
}

// Escaping, constant size: runtime.makeslice(type, len, cap).
// CHECK-LABEL: define {{.*}}@main.constHeap(
// CHECK: call {{.*}}@runtime.makeslice(ptr {{.*}}@type.int, i64 5, i64 5)
func constHeap() {
	gs = make([]int, 5)
}

// A non-constant size is never on the stack.
// CHECK-LABEL: define {{.*}}@main.varSize(
// CHECK: call {{.*}}@runtime.makeslice(ptr {{.*}}@type.int, i64 %1, i64 %1)
func varSize(n int) int {
	s := make([]int, n)
	return len(s)
}

// With both len and cap, makeslice checks them itself.
// CHECK-LABEL: define {{.*}}@main.lenCapHeap(
// CHECK-NOT: @runtime.panicmakeslice
// CHECK: call {{.*}}@runtime.makeslice(ptr {{.*}}@type.uint8, i64 %1, i64 %2)
// CHECK-NOT: @runtime.panicmakeslice
// CHECK: ret
func lenCapHeap(n, c int) {
	gb = make([]byte, n, c)
}

func main() {
	constHeap()
	lenCapHeap(2, 3)
	println(constStack(1), lenCapStack(3), uintLenStack(4), edge64K(1), over64K(2), varSize(3), len(gs), cap(gb))
}
