// ir -l
// -d=ir shows the IR escape analysis and codegen read: each function under
// gc's name with its parameters, closure variables (and escape's capture
// decision), locals in gc's Dcl order, typecheck's temporaries, the
// implicit interface conversions at gc's positions, and every verdict.

package main

type T struct{ a int }

var gp = &T{1}
var gi interface{} = T{2}

func pair() (int, *T) { return 1, gp }

func f(x int, p *T) (r *T) {
	y := x
	g := func() int { y++; return x }
	s := make([]int, x)
	println(g(), len(s), p.a, []int{x}[0])
	var big [16 << 20]byte
	_ = big
	var e interface{} = y
	_ = e
	return &T{y}
}

func sink(a, b interface{}) {}

func main() {
	f(1, gp)
	sink(pair())
}

// CHECK-LABEL: func pair 14:6
// CHECK-LABEL: func f 16:6
// CHECK-NEXT: param x 16:8 [stack]
// CHECK-NEXT: param p 16:15 [stack]
// CHECK-NEXT: result r 16:22 [stack]
// CHECK-NEXT: dcl y 17:2 [stack]
// CHECK-NEXT: dcl g 18:2 [stack]
// CHECK-NEXT: dcl s 19:2 [stack]
// CHECK-NEXT: dcl big 21:6 [heap: too large for stack]
// CHECK-NEXT: dcl e 23:6 [stack]
// CHECK: alloc 18:7 func() int {…} [stack]
// CHECK: alloc 19:11 make([]int, x) [heap: non-constant size]
// CHECK: alloc 20:33 []int{…} [stack, transient]
// CHECK: conv 23:22 y to interface{} [stack]
// CHECK: alloc 25:9 &T{…} [heap]
// CHECK-LABEL: func f.func1 (closure in f) 18:7
// CHECK-NEXT: cvar y byref (first use 18:20)
// CHECK-NEXT: cvar x byval (first use 18:32)
// CHECK-LABEL: func sink 28:6
// CHECK-NEXT: param a 28:11 [stack]
// CHECK-LABEL: func main 30:6
// CHECK-NEXT: dcl .autotmp_0 32:6 [stack]
// CHECK-NEXT: dcl .autotmp_1 32:6 [stack]
// CHECK-NEXT: rewrite 32:6 Call: .autotmp_0, .autotmp_1 := pair()
// CHECK-NEXT: conv 32:6 .autotmp_0 to interface{} [stack]
// a pointer needs no box: no verdict
// CHECK-NEXT: conv 32:6 .autotmp_1 to interface{}{{$}}
// CHECK-LABEL: func init
// CHECK-NEXT: static 11:5 var gp
// CHECK-NEXT: alloc 11:10 &T{…} [static]
// CHECK-NEXT: static 12:5 var gi
// CHECK-NEXT: conv 12:23 T{…} to interface{} [static]
