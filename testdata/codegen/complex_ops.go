// codegen
// Complex values are {re, im} pairs passed as the C ABI passes them
// (complex64 in one SSE register as <2 x float>, complex128 as two
// doubles).  As gc: complex64 products are computed in float64 and
// narrowed, every quotient goes through runtime.complex128div, and == is
// both parts equal (ordered, so a NaN part is never equal).

package main

// CHECK-LABEL: define <2 x float> @main.mul64(ptr nest {{.*}}, <2 x float> %1, <2 x float> %2)
// CHECK: fpext
// CHECK: fmul {{.*}}double
// CHECK: fptrunc {{.*}}double{{.*}} to {{.*}}float
func mul64(a, b complex64) complex64 { return a * b }

// CHECK-LABEL: define <2 x float> @main.div64(
// CHECK: fpext float
// CHECK: call { double, double } @runtime.complex128div(double
// CHECK: fptrunc
func div64(a, b complex64) complex64 { return a / b }

// CHECK-LABEL: define { double, double } @main.div(ptr nest {{.*}}, double %1, double %2, double %3, double %4)
// CHECK: call { double, double } @runtime.complex128div(double %1, double %2, double %3, double %4)
func div(a, b complex128) complex128 { return a / b }

// CHECK-LABEL: define zeroext i1 @main.eq(
// CHECK: fcmp oeq double %1, %3
// CHECK: fcmp oeq double %2, %4
// CHECK: and i1
func eq(a, b complex128) bool { return a == b }

func main() {
	println(mul64(1, 2), div64(1, 2), div(1, 2i), eq(1, 2))
}
