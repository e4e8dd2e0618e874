// codegen
// Map literals as gc's order and maplit lower them (gc-escape.md 6.4): a
// make with the literal's own escape verdict and its number of entries as
// the hint; the static entries (constants, nil, literals of those) first,
// one mapassign each up to 25, above that two read-only arrays of keys and
// values and a loop; then every other entry, one by one, in source order.

package main

var gm map[int]int
var gsm map[string]int
var gim map[string]interface{}

// The 30 keys and values of constMapHeap, then the 27 static keys of mixed.
// CHECK-DAG: @[[K30:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} i64 0, i64 1, {{.*}} i64 29 }>
// CHECK-DAG: @[[V30:main..stmp_[0-9]+]] = private unnamed_addr constant {{.*}} i64 0, i64 2, {{.*}} i64 58 }>
// CHECK-DAG: @[[KMIX:main..stmp_[0-9]+]] = private unnamed_addr constant <{ { ptr, i64 }, {{.*}} }>

// Three entries, not escaping: stack hmap and bucket, one fast assign each.
// CHECK-LABEL: define {{.*}}@main.smallStack(
// CHECK-NOT: call {{.*}}@runtime.makemap
// CHECK: call {{.*}}@runtime.fastrand()
// CHECK-COUNT-3: call {{.*}}@runtime.mapassign_fast64(
// CHECK-NOT: @main..stmp
// CHECK: ret
func smallStack(k int) int {
	m := map[int]int{1: 10, 2: 20, 3: 30}
	return m[k]
}

// Two entries, escaping: makemap_small, then mapassign_faststr per entry.
// CHECK-LABEL: define {{.*}}@main.smallHeap(
// CHECK: call {{.*}}@runtime.makemap_small()
// CHECK-COUNT-2: call {{.*}}@runtime.mapassign_faststr(
// CHECK-NOT: call
// CHECK: ret
func smallHeap() {
	gsm = map[string]int{"a": 1, "b": 2}
}

// Nine entries: the hint no longer fits one bucket, so makemap.
// CHECK-LABEL: define {{.*}}@main.nineHeap(
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 9, ptr null)
// CHECK-COUNT-9: call {{.*}}@runtime.mapassign_fast64(
func nineHeap() {
	gm = map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}
}

// 30 constant entries: makemap(30), then a loop over the two statics with a
// single mapassign_fast64 call in it.
// CHECK-LABEL: define {{.*}}@main.constMapHeap(
// CHECK: [[M:%[0-9]+]] = {{.*}}call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[int]int", i64 30, ptr null)
// CHECK: maplit:
// CHECK-DAG: getelementptr i8, ptr @[[K30]], i64
// CHECK-DAG: getelementptr i8, ptr @[[V30]], i64
// CHECK: call {{.*}}@runtime.mapassign_fast64(ptr {{.*}}, ptr [[M]], i64 %
// CHECK-NOT: call {{.*}}@runtime.mapassign
// CHECK: icmp eq i64 %{{.*}}, 30
// CHECK-NOT: call {{.*}}@runtime.mapassign
// CHECK: ret
func constMapHeap() {
	gm = map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48, 25: 50, 26: 52, 27: 54, 28: 56, 29: 58}
}

// 26 static entries are the first to take the loop; 25 are still one by one.
// CHECK-LABEL: define {{.*}}@main.edge26(
// CHECK: maplit:
// CHECK-COUNT-1: call {{.*}}@runtime.mapassign_fast64(
// CHECK-NOT: call {{.*}}@runtime.mapassign
// CHECK: ret
func edge26() {
	gm = map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48, 25: 50}
}

// CHECK-LABEL: define {{.*}}@main.edge25(
// CHECK-NOT: @main..stmp
// CHECK-COUNT-25: call {{.*}}@runtime.mapassign_fast64(
// CHECK-NOT: @main..stmp
// CHECK: ret
func edge25() {
	gm = map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48}
}

// 30 entries of which 3 are dynamic: the 27 static ones go through the loop
// first, then the dynamic ones in source order; the hint counts all 30.
// CHECK-LABEL: define {{.*}}@main.mixed(
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}@"type.map[string]int", i64 30, ptr null)
// CHECK: maplit:
// CHECK: getelementptr i8, ptr @[[KMIX]], i64
// CHECK: call {{.*}}@runtime.mapassign_faststr(
// CHECK: maplitdone:
// CHECK-NEXT: call {{.*}}@runtime.mapassign_faststr({{.*}}, i64 2)
// CHECK-NEXT: store i64 %1,
// CHECK-NEXT: call {{.*}}@runtime.mapassign_faststr({{.*}}, ptr %2, i64 %3)
// CHECK-NEXT: store i64 28,
// CHECK-NEXT: call {{.*}}@runtime.mapassign_faststr({{.*}}, i64 2)
// CHECK-NEXT: store i64 %1,
// CHECK-NOT: call {{.*}}@runtime.mapassign
// CHECK: ret
func mixed(a int, k string) {
	gsm = map[string]int{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "xa": a, k: 28, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "k25": 25, "k26": 26, "xb": a}
}

// 28 entries, 3 of them dynamic: only 25 static ones, so no loop at all.
// CHECK-LABEL: define {{.*}}@main.mixed25(
// CHECK-NOT: @main..stmp
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}, i64 28, ptr null)
// CHECK-NOT: @main..stmp
// CHECK-COUNT-28: call {{.*}}@runtime.mapassign_faststr(
// CHECK-NOT: @main..stmp
// CHECK: ret
func mixed25(a int, k string) {
	gsm = map[string]int{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "xa": a, k: 28, "xb": a}
}

// Not escaping and big: hmap on the stack, buckets from makemap (hint 30 > 8).
// CHECK-LABEL: define {{.*}}@main.constMapStack(
// CHECK-NOT: %bucket
// CHECK: call {{.*}}@runtime.makemap(ptr {{.*}}, i64 30, ptr {{.*}}%hmap)
// CHECK: maplit:
// CHECK: call {{.*}}@runtime.mapassign_fast64(
// CHECK: ret
func constMapStack(k int) int {
	m := map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48, 25: 50, 26: 52, 27: 54, 28: 56, 29: 58}
	return m[k]
}

// Values boxed into interfaces are never static (order makes each a
// temporary): 30 entries, no loop, one assign each.
// CHECK-LABEL: define {{.*}}@main.ifaceValues(
// CHECK-NOT: maplit:
// CHECK-COUNT-30: call {{.*}}@runtime.mapassign_faststr(
// CHECK-NOT: maplit:
// CHECK: ret
func ifaceValues() {
	gim = map[string]interface{}{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "k25": 25, "k26": 26, "k27": 27, "k28": 28, "k29": 29}
}

// Struct values that are literals of constants are static, nested or not.
type P struct{ x, y int }

var gpm map[string]P

// CHECK-LABEL: define {{.*}}@main.structValues(
// CHECK: maplit:
// CHECK-COUNT-1: call {{.*}}@runtime.mapassign_faststr(
// CHECK-NOT: call {{.*}}@runtime.mapassign
// CHECK: ret
func structValues() {
	gpm = map[string]P{"k00": {0, 1}, "k01": {1, 1}, "k02": {2, 1}, "k03": {3, 1}, "k04": {4, 1}, "k05": {5, 1}, "k06": {6, 1}, "k07": {7, 1}, "k08": {8, 1}, "k09": {9, 1}, "k10": {10, 1}, "k11": {11, 1}, "k12": {12, 1}, "k13": {13, 1}, "k14": {14, 1}, "k15": {15, 1}, "k16": {16, 1}, "k17": {17, 1}, "k18": {18, 1}, "k19": {19, 1}, "k20": {20, 1}, "k21": {21, 1}, "k22": {22, 1}, "k23": {23, 1}, "k24": {24, 1}, "k25": {25, 1}, "k26": {26, 1}, "k27": {27, 1}, "k28": {28, 1}, "k29": {29, 1}}
}

func main() {
	smallHeap()
	nineHeap()
	constMapHeap()
	edge26()
	edge25()
	mixed(1, "k")
	mixed25(2, "k")
	ifaceValues()
	structValues()
	println(smallStack(2), constMapStack(29), len(gm), len(gsm), len(gim), len(gpm))
}
