// codegen
// m[k] op= v and m[k]++: gc keeps the map index of an op-assignment as an
// assigned index, so the update is one mapassign and a read-modify-write
// through the slot it returns -- no lookup first.  Only / and %, which may
// panic on a zero divisor, are rewritten to m[k] = m[k] op v (a lookup,
// then the assignment), so that the panic comes before the entry exists.

package main

// CHECK-LABEL: define {{.*}}@main.count(
// CHECK-NOT: mapaccess
// CHECK: call {{.*}}@runtime.mapassign_faststr(
// CHECK-NOT: mapaccess
// CHECK-NOT: mapassign
// CHECK: ret void
func count(m map[string]int, w string) { m[w]++ }

// CHECK-LABEL: define {{.*}}@main.add(
// CHECK-NOT: mapaccess
// CHECK: call {{.*}}@runtime.mapassign_fast64(
// CHECK-NOT: mapaccess
// CHECK-NOT: mapassign
// CHECK: ret void
func add(m map[int]int, k, v int) { m[k] += v }

// CHECK-LABEL: define {{.*}}@main.decFloatKey(
// CHECK-NOT: mapaccess
// CHECK: call {{.*}}@runtime.mapassign(
// CHECK-NOT: mapaccess
// CHECK: ret void
func decFloatKey(m map[float64]uint8, k float64) { m[k]-- }

// The concatenation runs after mapassign, on the old value in the slot.
// CHECK-LABEL: define {{.*}}@main.appendStr(
// CHECK-NOT: mapaccess
// CHECK: call {{.*}}@runtime.mapassign_fast32(
// CHECK: call {{.*}}@runtime.concatstring
// CHECK-NOT: mapassign
// CHECK: ret void
func appendStr(m map[int32]string, k int32, s string) { m[k] += s }

// CHECK-LABEL: define {{.*}}@main.shift(
// CHECK-NOT: mapaccess
// CHECK: call {{.*}}@runtime.mapassign_fast64(
// CHECK: ret void
func shift(m map[uint64]uint64, k uint64, s uint) { m[k] <<= s }

// CHECK-LABEL: define {{.*}}@main.div(
// CHECK: call {{.*}}@runtime.mapaccess1_fast64(
// CHECK: call {{.*}}@runtime.panicdivide
// CHECK: call {{.*}}@runtime.mapassign_fast64(
func div(m map[int]int, k, v int) { m[k] /= v }

// CHECK-LABEL: define {{.*}}@main.mod(
// CHECK: call {{.*}}@runtime.mapaccess1_faststr(
// CHECK: call {{.*}}@runtime.mapassign_faststr(
func mod(m map[string]int, k string, v int) { m[k] %= v }

// Floats do not panic, but gc rewrites / whatever the type.
// CHECK-LABEL: define {{.*}}@main.fdiv(
// CHECK: call {{.*}}@runtime.mapaccess1_fast64(
// CHECK: call {{.*}}@runtime.mapassign_fast64(
func fdiv(m map[int]float64, k int, v float64) { m[k] /= v }

func main() {
	m := map[string]int{}
	count(m, "a")
	add(map[int]int{}, 1, 2)
	decFloatKey(map[float64]uint8{}, 1)
	appendStr(map[int32]string{}, 1, "x")
	shift(map[uint64]uint64{}, 1, 2)
	div(map[int]int{1: 4}, 1, 2)
	mod(map[string]int{"a": 5}, "a", 3)
	fdiv(map[int]float64{}, 1, 2)
}
