// codegen
// Slice literals as gc's slicelit lowers them (gc-escape.md 6.1): the backing
// array on the stack when the literal does not escape, from runtime.newobject
// when it does; a literal over 256 bytes with constant elements starts as a
// copy of a read-only static (main..stmp_N) and only the rest is stored.

package main

var gs []int
var gss []string
var gps []*int

type P struct{ x, y int }

var gp []P

// The statics: 40 ints; 39 ints and a hole for the dynamic last one;
// 17 strings; the constant fields of 20 points; 33 variadic ints.
// CHECK-DAG: @[[BIG:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} i64 0, i64 1, i64 2, {{.*}} i64 39 }>, align 8
// CHECK-DAG: @[[MIXED:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} i64 0, i64 1, {{.*}} i64 38, [8 x i8] zeroinitializer }>, align 8
// CHECK-DAG: @[[STRS:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} { ptr @go.string{{.*}}, i64 3 }, {{.*}} }>, align 8
// CHECK-DAG: @[[PTS:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} i64 1, [8 x i8] zeroinitializer, i64 1, [8 x i8] zeroinitializer, {{.*}} }>, align 8
// CHECK-DAG: @[[DOTS:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} i64 0, i64 1, {{.*}} i64 31, i64 32 }>, align 8

// Small and not escaping: a stack array, zeroed and stored in place.
// CHECK-LABEL: define {{.*}}@main.smallStack(
// CHECK-NOT: @runtime.newobject
// CHECK-NOT: @main..stmp
// CHECK: ret
func smallStack(i int) int {
	s := []int{1, 2, 3}
	return s[i]
}

// Small and escaping: newobject of the array type, then a store per element.
// CHECK-LABEL: define {{.*}}@main.smallHeap(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[3]int")
// CHECK-NOT: @main..stmp
// CHECK: store i64 3,
// CHECK: ret
func smallHeap() {
	gs = []int{1, 2, 3}
}

// 320 bytes, escaping: newobject, then a copy of the static (gc: runtime.memmove).
// CHECK-LABEL: define {{.*}}@main.bigHeap(
// CHECK: [[ARR:%[0-9]+]] = {{.*}}call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[40]int")
// CHECK-NEXT: call void @llvm.memcpy{{.*}}(ptr {{.*}}[[ARR]], ptr {{.*}}@[[BIG]], i64 320
func bigHeap() {
	gs = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}
}

// 320 bytes, not escaping: the stack array is a copy of the static (gc: DUFFCOPY),
// and the one dynamic element is stored on top of it.
// CHECK-LABEL: define {{.*}}@main.bigStack(
// CHECK-NOT: @runtime.newobject
// CHECK: call void @llvm.memcpy{{.*}}(ptr {{.*}}%slicelit, ptr {{.*}}@[[MIXED]]
// CHECK-NEXT: getelementptr
// CHECK-NEXT: store i64 %2, ptr
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func bigStack(i, x int) int {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, x}
	return s[i]
}

// Strings are constants too: 17*16 = 272 bytes from a static.
// CHECK-LABEL: define {{.*}}@main.bigStrings(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[17]string")
// CHECK-NEXT: call void @llvm.memcpy{{.*}}@[[STRS]], i64 272
func bigStrings() {
	gss = []string{"s00", "s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12", "s13", "s14", "s15", "s16"}
}

// Nested struct literals: their constant fields come from the static, the
// dynamic ones are stored on top (20 P = 320 bytes).
// CHECK-LABEL: define {{.*}}@main.bigPoints(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[20]main.P")
// CHECK-NEXT: call void @llvm.memcpy{{.*}}@[[PTS]]
// CHECK: store i64 %1, ptr
func bigPoints(y int) {
	gp = []P{{1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}, {1, y}}
}

// Exactly 256 bytes is still small: stores, no static.
// CHECK-LABEL: define {{.*}}@main.edge256(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[32]int")
// CHECK-NOT: @main..stmp
// CHECK: ret
func edge256() {
	gs = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}
}

// Fewer than a quarter of the elements given: dynamic for gc's getdyn
// (zeroing and stores, no static).
// CHECK-LABEL: define {{.*}}@main.sparse(
// CHECK-NOT: @main..stmp
// CHECK: call void @llvm.memset
// CHECK-NOT: @main..stmp
// CHECK: ret
func sparse(i int) int {
	s := []int{100: 1, 200: 2}
	return s[i]
}

// No constant element at all: no static, whatever the size.
// CHECK-LABEL: define {{.*}}@main.allDynamic(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@"type.[40]*int")
// CHECK-NOT: @main..stmp
// CHECK: ret
func allDynamic(p *int) {
	gps = []*int{p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p, p}
}

// The ... slice of a variadic call is a slice literal too (33 ints, 264 bytes),
// here on the stack.
// CHECK-LABEL: define {{.*}}@main.dots(
// CHECK-NOT: @runtime.newobject
// CHECK: @[[DOTS]]
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func dots(i int) int {
	return pick(i, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
}

func pick(i int, xs ...int) int {
	return xs[i]
}

// An empty literal that escapes needs no allocation: runtime.zerobase.
// CHECK-LABEL: define {{.*}}@main.empty(
// CHECK-NOT: @runtime.newobject
// CHECK: store ptr @runtime.zerobase
// CHECK: ret
func empty() {
	gs = []int{}
}

func main() {
	smallHeap()
	bigHeap()
	bigStrings()
	bigPoints(2)
	edge256()
	x := 5
	allDynamic(&x)
	empty()
	println(smallStack(1), bigStack(39, 7), sparse(200), dots(32), len(gs), len(gss), len(gp), len(gps))
}
