// codegen
// Interface conversions gc does not heap-allocate: a comparison of an
// interface with a concrete value (== or a switch case) compares the type
// word and the data in place, as gc's walkCompare; an explicit conversion
// I(x) that does not escape boxes into the frame, like an implicit one;
// and so do the results of f(g()) passed to parameters that keep nothing,
// converted through the IR's temporaries where escape decided.  minigo used
// to call runtime.convT* for all four.

package main

type T struct{ a, b, c int }

func eq(e interface{}, t T) bool { return e == t }

// CHECK-LABEL: define {{.*}} @main.eq(
// CHECK-NOT: @runtime.convT
// CHECK: {{^}}}

func sw(e interface{}, t T) int {
	switch e {
	case t:
		return 1
	case 7:
		return 2
	}
	return 0
}

// CHECK-LABEL: define {{.*}} @main.sw(
// CHECK-NOT: @runtime.convT
// CHECK: {{^}}}

func explicit(n int) bool {
	s := T{n, n, n}
	i := interface{}(s)
	return i != nil
}

// CHECK-LABEL: define {{.*}} @main.explicit(
// CHECK-NOT: @runtime.convT
// CHECK: {{^}}}

func pair(n int) (int, T) { return n, T{n, n, n} }

func sum(a, b interface{}) int { return a.(int) + b.(T).a }

func spread(n int) int { return sum(pair(n)) }

// CHECK-LABEL: define {{.*}} @main.spread(
// CHECK-NOT: @runtime.convT
// CHECK: {{^}}}

func main() {
	println(eq(T{}, T{}), sw(7, T{}), explicit(1), spread(2))
}
