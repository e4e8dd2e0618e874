// codegen
// A run of integer constant cases is one LLVM switch (a jump table or a
// binary search, as gc's); a non-constant case keeps its place in the
// order, between two switches.
package main

var g = func() int { return 7 }
var sink = func(int) {}

// CHECK-LABEL: define {{.*}} @main.f(
// CHECK: switch i64 %{{[0-9]+}}, label %{{[a-z.0-9]+}} [
// CHECK-NEXT: i64 1, label
// CHECK-NEXT: i64 2, label
// CHECK-NEXT: i64 3, label
// CHECK-NEXT: ]
// CHECK: call {{.*}}, !dbg ![[GLINE:[0-9]+]]
// CHECK: switch i64 %{{[0-9]+}}, label
// CHECK-NEXT: i64 9, label
// CHECK-NEXT: i64 11, label
// CHECK-NEXT: ]
func f(x int) {
	switch x {
	case 1, 2:
		sink(10)
	case 3:
		sink(30)
	case g():
		sink(70)
	case 9, 11:
		sink(90)
	}
}

func main() {
	f(3)
	f(7)
	f(9)
}
