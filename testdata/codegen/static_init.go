// codegen
// Package-level variables whose values are static data get them as their
// globals' initializers, as gc's staticinit does: no init code and no
// allocation for &T{...}, slice literals (their backing arrays are
// writable PKG..stmp_N data), interface values, function values, or a
// copy of another static variable.  A map literal still needs code.

package main

type T struct {
	a int
	s []int
	n string
}

var p = &T{1, []int{2, 3}, "x"}
var q = p
var i interface{} = T{a: 4}
var f = g
var m = map[int]int{1: 2}

func g() int { return p.a + q.a }

func main() { println(i != nil, f(), len(m)) }

// CHECK: @main..stmp_{{[0-9]+}} = private global
// CHECK-DAG: @main.p = {{.*}}global <{ ptr }> <{ ptr @main..stmp_{{[0-9]+}} }>
// CHECK-DAG: @main.q = {{.*}}global <{ ptr }> <{ ptr @main..stmp_{{[0-9]+}} }>
// CHECK-DAG: @main.i = {{.*}}global <{ ptr, ptr }> <{ ptr @type.main.T, ptr @main..stmp_{{[0-9]+}} }>
// CHECK-DAG: @main.f = {{.*}}global <{ ptr }> <{ ptr @"main.g{{.*}}f" }>
// CHECK-LABEL: define void @main.init(
// CHECK-NOT: @runtime.newobject
// CHECK: @runtime.makemap
// CHECK: {{^}}}
