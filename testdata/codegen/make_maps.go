// codegen
// make(map[K]V[, hint]) as gc's walkMakeMap (gc-escape.md 6.3): a map that
// does not escape has its hmap on the stack and, when the hint may be at
// most 8, its first bucket too (tested at run time for a variable hint);
// an escaping one is makemap_small for small constant hints, else makemap.

package main

var gm map[int]int

// No hint, not escaping: hmap and bucket on the stack, only fastrand is called.
// CHECK-LABEL: define {{.*}}@main.smallStack(
// CHECK-NOT: call {{.*}}@runtime.makemap
// CHECK: %bucket = alloca [144 x i8]
// CHECK: %hmap = alloca [48 x i8]
// CHECK: call {{.*}}@runtime.fastrand()
// CHECK-NOT: call {{.*}}@runtime.makemap
// CHECK: call {{.*}}@runtime.mapassign_fast64(ptr {{.*}}, ptr {{.*}}%hmap, i64 1)
func smallStack() int {
	m := make(map[int]int)
	m[1] = 2
	return m[1]
}

// A constant hint up to 8 is the same.
// CHECK-LABEL: define {{.*}}@main.hint8Stack(
// CHECK-NOT: call {{.*}}@runtime.makemap
// CHECK: %bucket = alloca
// CHECK: call {{.*}}@runtime.fastrand()
// CHECK-NOT: call {{.*}}@runtime.makemap
// CHECK: ret
func hint8Stack() int {
	m := make(map[int]int, 8)
	m[1] = 2
	return len(m)
}

// A constant hint of 9 needs B = 1: makemap fills the stack hmap and puts
// the buckets on the heap; no stack bucket.
// CHECK-LABEL: define {{.*}}@main.hint9Stack(
// CHECK-NOT: %bucket
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 9, ptr {{.*}}%hmap)
// CHECK-NOT: %bucket
// CHECK: ret
func hint9Stack() int {
	m := make(map[int]int, 9)
	m[1] = 2
	return len(m)
}

// A variable hint: the stack bucket only if hint <= 8, decided at run time,
// then makemap with the stack hmap.
// CHECK-LABEL: define {{.*}}@main.varHintStack(
// CHECK: icmp slt i64 %1, 9
// CHECK-NEXT: br i1 %{{[0-9]+}}, label %stackbucket, label %stackbucketdone
// CHECK: stackbucket:
// CHECK: store ptr %bucket
// CHECK: stackbucketdone:
// CHECK-NEXT: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 %1, ptr {{.*}}%hmap)
func varHintStack(n int) int {
	m := make(map[int]int, n)
	m[1] = 2
	return len(m)
}

// An unsigned hint is compared unsigned.
// CHECK-LABEL: define {{.*}}@main.uintHintStack(
// CHECK: icmp ult i64 %1, 9
// CHECK: call {{.*}}@runtime.makemap(
func uintHintStack(n uint) int {
	m := make(map[int]int, n)
	m[1] = 2
	return len(m)
}

// Escaping, no hint: makemap_small allocates the hmap; buckets come later.
// CHECK-LABEL: define {{.*}}@main.smallHeap(
// CHECK: call {{.*}}@runtime.makemap_small()
// CHECK-NOT: @runtime.fastrand
// CHECK: ret
func smallHeap() {
	gm = make(map[int]int)
}

// Escaping with a constant hint up to 8: still makemap_small.
// CHECK-LABEL: define {{.*}}@main.hint8Heap(
// CHECK: call {{.*}}@runtime.makemap_small()
func hint8Heap() {
	gm = make(map[int]int, 8)
}

// Escaping with a bigger constant hint: makemap with a nil hmap.
// CHECK-LABEL: define {{.*}}@main.hint10Heap(
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 10, ptr null)
func hint10Heap() {
	gm = make(map[int]int, 10)
}

// Escaping with a variable hint: makemap, no stack bucket, no test.
// CHECK-LABEL: define {{.*}}@main.varHintHeap(
// CHECK-NOT: icmp
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 %1, ptr null)
func varHintHeap(n int) {
	gm = make(map[int]int, n)
}

func main() {
	smallHeap()
	hint8Heap()
	hint10Heap()
	varHintHeap(3)
	println(smallStack(), hint8Stack(), hint9Stack(), varHintStack(3), varHintStack(100), uintHintStack(20), len(gm))
}
