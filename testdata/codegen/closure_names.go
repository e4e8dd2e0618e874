// codegen -l
// Func literals get gc's symbol names, decided once by the IR (ir/irgen.c)
// and read by both escape analysis and the lowering: glob..funcN at package
// level in source order (static data or init code alike), F.funcN in a
// function, counting literals in dead code as gc's irgen does, and C.N
// inside a closure C.  gc -S -l lists the same names for this file (with
// inlining, the literals called where they are written are inlined and
// gc emits no code of theirs).

package main

func h(p *int) *int { return p }

var a = h(func() *int { y := 1; return &y }())
var b = func() *int { z := 2; return &z }
var c = func() func() *int { return func() *int { w := 3; return &w } }

func main() {
	x := 1
	if false {
		f := func() { x++ }
		f()
	}
	g := func() *int { return &x }
	k := func() func() int { return func() int { return x } }
	println(*a, *b(), *c()(), *g(), k()())
}

// CHECK-DAG: define {{.*}} @main.glob..func1(
// CHECK-DAG: define {{.*}} @main.glob..func2(
// CHECK-DAG: define {{.*}} @main.glob..func3(
// CHECK-DAG: define {{.*}} @main.glob..func3.1(
// CHECK-DAG: define {{.*}} @main.main.func2(
// CHECK-DAG: define {{.*}} @main.main.func3(
// CHECK-DAG: define {{.*}} @main.main.func3.1(
