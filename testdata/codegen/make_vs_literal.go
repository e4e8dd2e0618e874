// codegen
// make and composite literals: stack when the escape pass says so, runtime calls otherwise
// (SPEC "Code generation and the runtime calls"; gc-escape.md section 6).

package main

var gs []int
var gm map[int]int
var gp *T

type T struct{ a, b int }

// CHECK-LABEL: define {{.*}}@main.sliceLitStack(
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func sliceLitStack() int {
	s := []int{1, 2, 3}
	return s[0] + s[2]
}

// CHECK-LABEL: define {{.*}}@main.sliceLitHeap(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[3]int")
func sliceLitHeap() {
	gs = []int{1, 2, 3}
}

// CHECK-LABEL: define {{.*}}@main.makeConstStack(
// CHECK-NOT: @runtime.makeslice(
// CHECK: ret
func makeConstStack(i int) int {
	s := make([]int, 5)
	s[i] = 2
	return s[0] + len(s)
}

// CHECK-LABEL: define {{.*}}@main.makeConstHeap(
// CHECK: call {{.*}}@runtime.makeslice(ptr {{.*}}@type.int, i64 5, i64 5)
func makeConstHeap() {
	gs = make([]int, 5)
}

// CHECK-LABEL: define {{.*}}@main.makeVar(
// CHECK: call {{.*}}@runtime.makeslice(
func makeVar(n int) int {
	s := make([]int, n)
	return len(s)
}

// CHECK-LABEL: define {{.*}}@main.mapSmallStack(
// CHECK-NOT: @runtime.makemap
// CHECK: call {{.*}}@runtime.fastrand()
// CHECK: call {{.*}}@runtime.mapassign_fast64(
func mapSmallStack() int {
	m := make(map[int]int)
	m[1] = 2
	return m[1]
}

// CHECK-LABEL: define {{.*}}@main.mapSmallHeap(
// CHECK: call {{.*}}@runtime.makemap_small()
func mapSmallHeap() {
	gm = make(map[int]int)
}

// CHECK-LABEL: define {{.*}}@main.mapHintHeap(
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 %
func mapHintHeap(n int) {
	gm = make(map[int]int, n)
}

// CHECK-LABEL: define {{.*}}@main.newHeap(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@type.main.T)
func newHeap() {
	gp = &T{1, 2}
}

// CHECK-LABEL: define {{.*}}@main.newStack(
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func newStack() int {
	p := &T{1, 2}
	return p.a + p.b
}

func main() {
	sliceLitHeap()
	makeConstHeap()
	mapSmallHeap()
	mapHintHeap(10)
	newHeap()
	println(sliceLitStack(), makeConstStack(1), makeVar(3), mapSmallStack(), newStack())
}
