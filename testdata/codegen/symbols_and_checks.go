// codegen
// gc's symbol names, the calling convention, and Go's run-time checks.

package main

// Type descriptors and itabs are data named like gc's (globals print first).
// CHECK-DAG: @"go.itab.main.T,main.Summer" = linkonce_odr global
// CHECK-DAG: @type.main.T = linkonce_odr constant

type T struct{ a, b int }

// CHECK-LABEL: define {{.*}}i64 @main.T.Sum(ptr nest {{.*}}, i64 {{.*}}, i64 {{.*}})
func (t T) Sum() int { return t.a + t.b }

// CHECK-LABEL: define {{.*}}void @"main.(*T).Set"(ptr nest {{.*}}, ptr {{.*}}, i64 {{.*}})
func (t *T) Set(v int) { t.a = v }

// Strings travel as two registers, results of more than 16 bytes by sret.
// CHECK-LABEL: define {{.*}}void @main.three(ptr nest {{.*}}, ptr {{.*}}sret({{.*}}) {{.*}}, ptr {{.*}}, i64 {{.*}})
func three(s string) (int, string) { return len(s), s }

// A closure is a function whose environment arrives in the nest register.
// CHECK-LABEL: define {{.*}}@main.adder.func1(ptr nest
func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

// CHECK-LABEL: define {{.*}}@main.index(
// CHECK: call void @runtime.panicIndex(
func index(s []int, i int) int { return s[i] }

// CHECK-LABEL: define {{.*}}@main.div(
// CHECK: call void @runtime.panicdivide()
func div(a, b int) int { return a / b }

// CHECK-LABEL: define {{.*}}@main.deref(
// CHECK: call void @runtime.panicmem()
func deref(p *int) int { return *p }

// CHECK-LABEL: define {{.*}}@main.concat(
// CHECK: call {{.*}}@runtime.concatstrings(
func concat(a, b, c string) string { return a + b + c }

type Summer interface{ Sum() int }

var sink Summer

func main() {
	t := T{1, 2}
	t.Set(5)
	sink = t
	n, s := three("abc")
	println(t.Sum(), n, s, adder(1)(2), index([]int{1}, 0), div(6, 3), deref(&n), concat("a", "b", "c"), sink.Sum())
}
