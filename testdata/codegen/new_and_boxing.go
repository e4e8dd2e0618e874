// codegen
// new(T), &T{...} and interface boxing (gc-escape.md 6.5, 6.6): a stack slot
// when the escape pass keeps them, runtime.newobject otherwise, no call at
// all for zero-sized objects; a box allocates through convT* only when the
// value escapes and is neither a constant nor a bool/byte.

package main

type T struct{ a, b int }
type E struct{}
type S struct{ s string }
type PT struct {
	p *int
	n int
}
type N struct{ a, b, c int }

var gp *T
var ge *E
var gi interface{}

// CHECK-LABEL: define {{.*}}@main.newStack(
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func newStack(x int) int {
	p := new(T)
	p.a = x
	return p.a + p.b
}

// CHECK-LABEL: define {{.*}}@main.newHeap(
// CHECK: call {{.*}}@runtime.newobject(ptr {{.*}}@type.main.T)
func newHeap() {
	gp = new(T)
}

// CHECK-LABEL: define {{.*}}@main.litStack(
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func litStack(x int) int {
	p := &T{x, 2}
	return p.a + p.b
}

// CHECK-LABEL: define {{.*}}@main.litHeap(
// CHECK: [[P:%[0-9]+]] = {{.*}}call {{.*}}@runtime.newobject(ptr {{.*}}@type.main.T)
// CHECK: store i64 %1, ptr [[P]]
func litHeap(x int) {
	gp = &T{x, 2}
}

// Zero-sized: runtime.zerobase, as gc's newObject.
// CHECK-LABEL: define {{.*}}@main.zeroHeap(
// CHECK-NOT: @runtime.newobject
// CHECK: store ptr @runtime.zerobase, ptr @main.ge
func zeroHeap() {
	ge = &E{}
}

// Boxes.  A constant is a read-only static, even though it "escapes".
// CHECK-LABEL: define {{.*}}@main.boxConst(
// CHECK-NOT: call
// CHECK: store ptr @main..stmp_{{[0-9]+}}, ptr getelementptr
func boxConst() {
	gi = 12345
}

// A bool or a byte points into runtime.staticuint64s, constant or not.
// CHECK-LABEL: define {{.*}}@main.boxBool(
// CHECK-NOT: call
// CHECK: getelementptr i64, ptr @runtime.staticuint64s
func boxBool(b bool) {
	gi = b
}

// CHECK-LABEL: define {{.*}}@main.boxTrue(
// CHECK-NOT: call
// CHECK: store ptr getelementptr {{.*}}@runtime.staticuint64s, i64 0, i64 1)
func boxTrue() {
	gi = true
}

// An escaping int: convT64; a string (even inside a struct): convTstring.
// CHECK-LABEL: define {{.*}}@main.boxInt(
// CHECK: call {{.*}}@runtime.convT64(i64 %1)
func boxInt(n int) {
	gi = n
}

// CHECK-LABEL: define {{.*}}@main.boxString(
// CHECK: call {{.*}}@runtime.convTstring(
func boxString(s string) {
	gi = S{s}
}

// Other shapes go by address: convT with pointers, convTnoptr without.
// CHECK-LABEL: define {{.*}}@main.boxPtrs(
// CHECK: call {{.*}}@runtime.convT(ptr {{.*}}@type.main.PT, ptr
func boxPtrs(p PT) {
	gi = p
}

// CHECK-LABEL: define {{.*}}@main.boxNoptr(
// CHECK: call {{.*}}@runtime.convTnoptr(ptr {{.*}}@type.main.N, ptr
func boxNoptr(n N) {
	gi = n
}

// CHECK-LABEL: define {{.*}}@main.boxZero(
// CHECK-NOT: call
// CHECK: store ptr @runtime.zerobase
func boxZero() {
	gi = E{}
}

// A box that does not escape is a stack temporary: no call.
// CHECK-LABEL: define {{.*}}@main.boxLocal(
// CHECK-NOT: @runtime.convT
// CHECK-NOT: @runtime.newobject
// CHECK: ret
func boxLocal(n int) bool {
	var x interface{} = n
	_, ok := x.(int)
	return ok
}

func main() {
	newHeap()
	litHeap(3)
	zeroHeap()
	boxConst()
	boxBool(true)
	boxTrue()
	boxInt(7)
	boxString("s")
	x := 1
	boxPtrs(PT{&x, 2})
	boxNoptr(N{1, 2, 3})
	boxZero()
	println(newStack(1), litStack(2), gp.a, ge != nil, boxLocal(3), gi != nil)
}
