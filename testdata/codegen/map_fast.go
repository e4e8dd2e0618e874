// codegen
// Which mapassign a map literal's entries (and any m[k] = v) call: gc's
// mapfast goes by the key's equality algorithm, so a key that is plain
// memory of 4 or 8 bytes takes the 32/64-bit variant whatever its kind, a
// string wrapped in a one-field struct or array the string one, and an
// element over 128 bytes the generic one (gc-escape.md 6.4).

package main

type K32 [4]byte
type K64 struct{ a, b int32 }
type KP struct{ p *int }
type KS struct{ s string }
type KPad struct {
	a int8
	b int32
}
type Big [17]int64

var m32 map[K32]int
var m64 map[K64]int
var mp map[KP]int
var ms map[[1]string]int
var mks map[KS]int
var mb map[bool]int
var mf map[float64]int
var mpad map[KPad]int
var mbig map[int]Big
var mptr map[*int]int

// CHECK-LABEL: define {{.*}}@main.fast32(
// CHECK: call {{.*}}@runtime.mapassign_fast32(ptr {{.*}}, ptr {{.*}}, i32 67305985)
func fast32() { m32 = map[K32]int{{1, 2, 3, 4}: 1} }

// CHECK-LABEL: define {{.*}}@main.fast64(
// CHECK: call {{.*}}@runtime.mapassign_fast64(ptr {{.*}}, ptr {{.*}}, i64 8589934593)
func fast64() { m64 = map[K64]int{{1, 2}: 1} }

// CHECK-LABEL: define {{.*}}@main.fast64ptr(
// CHECK: call {{.*}}@runtime.mapassign_fast64ptr(ptr {{.*}}, ptr {{.*}}, ptr {{.*}}%1)
func fast64ptr(p *int) { mp = map[KP]int{{p}: 1} }

// CHECK-LABEL: define {{.*}}@main.plainptr(
// CHECK: call {{.*}}@runtime.mapassign_fast64ptr(ptr {{.*}}, ptr {{.*}}, ptr {{.*}}%1)
func plainptr(p *int) { mptr = map[*int]int{p: 1} }

// CHECK-LABEL: define {{.*}}@main.faststrArray(
// CHECK: call {{.*}}@runtime.mapassign_faststr(
func faststrArray() { ms = map[[1]string]int{{"a"}: 1} }

// CHECK-LABEL: define {{.*}}@main.faststrStruct(
// CHECK: call {{.*}}@runtime.mapassign_faststr(
func faststrStruct() { mks = map[KS]int{{"a"}: 1} }

// One byte, floats, padding: the generic mapassign with the key's address.
// CHECK-LABEL: define {{.*}}@main.slowBool(
// CHECK: call {{.*}}@runtime.mapassign(ptr
func slowBool() { mb = map[bool]int{true: 1} }

// CHECK-LABEL: define {{.*}}@main.slowFloat(
// CHECK: call {{.*}}@runtime.mapassign(ptr
func slowFloat() { mf = map[float64]int{1.5: 1} }

// CHECK-LABEL: define {{.*}}@main.slowPadded(
// CHECK: call {{.*}}@runtime.mapassign(ptr
func slowPadded() { mpad = map[KPad]int{{1, 2}: 1} }

// CHECK-LABEL: define {{.*}}@main.slowBigElem(
// CHECK: call {{.*}}@runtime.mapassign(ptr
func slowBigElem() { mbig = map[int]Big{1: {}} }

// Lookups and deletes have no pointer variant: the key's 64 bits.
// CHECK-LABEL: define {{.*}}@main.lookup(
// CHECK: call {{.*}}@runtime.mapaccess1_fast64(ptr {{.*}}, ptr {{.*}}, i64 %
// CHECK: call {{.*}}@runtime.mapaccess1_fast32(ptr {{.*}}, ptr {{.*}}, i32 %
// CHECK: call {{.*}}@runtime.mapdelete_faststr(
func lookup(p KP, k K32, s KS) int {
	n := mp[p] + m32[k]
	delete(mks, s)
	return n
}

func main() {
	x := 1
	fast32()
	fast64()
	fast64ptr(&x)
	plainptr(&x)
	faststrArray()
	faststrStruct()
	slowBool()
	slowFloat()
	slowPadded()
	slowBigElem()
	println(lookup(KP{&x}, K32{1, 2, 3, 4}, KS{"a"}), m64[K64{1, 2}], ms[[1]string{"a"}], mb[true], mf[1.5], mpad[KPad{1, 2}], mbig[1][0], mptr[&x], len(mks))
}
