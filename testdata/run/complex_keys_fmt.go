package main

import "fmt"

// Complex values as map keys (+0 == -0, NaN never equal), in interfaces,
// structs and arrays, and through fmt's verbs.

type pair struct {
	c complex64
	n int
}

type T struct{ z complex128 }

func (t T) String() string { return fmt.Sprintf("T<%.1f>", t.z) }

func box(c complex128) interface{} { return c }

func main() {
	var zero float64
	nan := zero / zero
	m := map[complex128]int{}
	m[complex(zero, 1)]++
	m[complex(-zero, 1)]++
	m[complex(nan, 0)]++
	m[complex(nan, 0)]++
	m[1i]++
	fmt.Println(len(m), m[1i], m[complex(nan, 0)])
	delete(m, complex(nan, 0))
	fmt.Println(len(m))
	m2 := map[complex64]string{1: "one", 1i: "i", -1: "minus one"}
	fmt.Println(m2[1], m2[1i], m2[-1], len(m2))
	ps := map[pair]bool{{1i, 2}: true}
	fmt.Println(ps[pair{1i, 2}], ps[pair{complex64(complex(-zero, 1)), 2}], ps[pair{1, 2}])
	ak := map[[2]complex64]int{{1, 2i}: 7}
	fmt.Println(ak[[2]complex64{1, 2i}])
	mi := map[interface{}]int{}
	mi[1i] = 1
	mi[complex64(1i)] = 2
	mi[box(complex(nan, nan))] = 3
	mi[box(complex(nan, nan))] = 4
	fmt.Println(len(mi), mi[1i], mi[complex64(1i)])
	var e interface{} = 2 + 3i
	c, ok := e.(complex128)
	_, ok2 := e.(complex64)
	fmt.Println(c, ok, ok2, e == box(2+3i), e == interface{}(complex64(2+3i)))
	switch v := e.(type) {
	case float64:
		fmt.Println("float", v)
	case complex128:
		fmt.Println("complex128", v)
	}
	p1, p2 := pair{1 + 1i, 1}, pair{1 + 1i, 1}
	fmt.Println(p1 == p2, [2]complex128{1, complex(nan, 0)} == [2]complex128{1, complex(nan, 0)})
	z := 1.25 - 2.5i
	var z64 complex64 = 3e10 + 1e-3i
	fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3f|%+.1f|%G\n", z, z, z, z, z, z, z, z, z64)
	fmt.Printf("%v|%.3g|%T|%T|%x\n", z64, z64, z64, z, z)
	fmt.Printf("%v %v %d\n", []complex64{1, 2i}, T{1i}, 1i)
	fmt.Println(fmt.Sprint(z, z64), fmt.Sprintf("%5.1f", complex(nan, -1/zero)))
	fmt.Printf("%v %s\n", struct{ a, b complex64 }{1, 2}, 1i)
	println(z, z64, 1i)
}
