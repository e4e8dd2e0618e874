// ir -d=ir=main.func1
// -d=ir=NAME dumps one function, named as gc names it.

package main

func f() int { return 1 }

func main() {
	x := f()
	g := func() int { return x + 1 }
	println(g())
}

// CHECK-NOT: func f
// CHECK-NOT: func main 8:6
// CHECK: func main.func1 (closure in main) 10:7
// CHECK-NEXT: cvar x byval (first use 10:27)
// CHECK-NOT: func
