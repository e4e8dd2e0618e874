// ir -m=2
// gc's explanations through inlined calls: the parameters are assigned
// by one OAS2 ("assign-pair", even for one), and so are the results at
// a return of the inlined body (`~R0 = p`, "assign-pair").

package main

var sink *int

func leak(p *int) { sink = p }

func id(p *int) *int { return p }

func main() {
	x := 1
	leak(&x)
	y := 2
	sink = id(&y)
}

// The lines after "| " are gc's -m=2 text (go tool compile -m=2).
// CHECK-LABEL: func main 14:6
// CHECK-NEXT: dcl x 15:2 [heap]
// CHECK-NEXT: | x escapes to heap:
// CHECK-NEXT: |   flow: p = &x:
// CHECK-NEXT: |     from &x (address-of) at {{.*}}flow_inline.go:16:7
// CHECK-NEXT: |     from p := &x (assign-pair) at {{.*}}flow_inline.go:16:6
// CHECK-NEXT: |   flow: {heap} = p:
// CHECK-NEXT: |     from sink = p (assign) at {{.*}}flow_inline.go:16:6
// CHECK-NEXT: dcl y 17:2 [heap]
// CHECK-NEXT: | y escapes to heap:
// CHECK-NEXT: |   flow: p = &y:
// CHECK-NEXT: |     from &y (address-of) at {{.*}}flow_inline.go:18:12
// CHECK-NEXT: |     from p := &y (assign-pair) at {{.*}}flow_inline.go:18:11
// CHECK-NEXT: |   flow: ~R0 = p:
// CHECK-NEXT: |     from ~R0 = p (assign-pair) at {{.*}}flow_inline.go:18:11
// CHECK-NEXT: |   flow: {heap} = ~R0:
// CHECK-NEXT: |     from sink = ~R0 (assign) at {{.*}}flow_inline.go:18:7
