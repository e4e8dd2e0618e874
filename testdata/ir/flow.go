// ir -m=2 -l
// With -m=2 each verdict keeps gc's explanation of it: the lines that
// follow "x escapes to heap:" in gc's output, as escape analysis wrote
// them, so a tool reading the IR can say why without re-running the pass.

package main

var sink *int

func leak(p *int) { sink = p }

func main() {
	x := 1
	leak(&x)
	y := 2
	_ = &y
}

// CHECK-LABEL: func leak 10:6
// CHECK-NEXT: param p 10:11 [stack]
// CHECK-NEXT: | parameter p leaks to {heap} with derefs=0:
// CHECK-NEXT: |   flow: {heap} = p:
// CHECK-NEXT: |     from sink = p (assign) at {{.*}}flow.go:10:26
// CHECK-LABEL: func main 12:6
// CHECK-NEXT: dcl x 13:2 [heap]
// CHECK-NEXT: | x escapes to heap:
// CHECK-NEXT: |   flow: {heap} = &x:
// CHECK-NEXT: |     from &x (address-of) at {{.*}}flow.go:14:7
// CHECK-NEXT: |     from leak(&x) (call parameter) at {{.*}}flow.go:14:6
// CHECK-NEXT: dcl y 15:2 [stack]{{$}}
