package main

import "fmt"

// Complex arithmetic, conversions and the builtins, constant and not.

type C complex64

const k = (1 + 2i) * (3 - 4i) / 5i

func mul64(a, b complex64) complex64 { return a * b }
func div64(a, b complex64) complex64 { return a / b }
func div(a, b complex128) complex128 { return a / b }

func parts(c complex128) (float64, float64) { return real(c), imag(c) }

func main() {
	var zero float64
	inf, nan := 1/zero, zero/zero
	a, b := complex(1.5, -2), 3+4i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(k, real(k), imag(k), k == (2-1i)*(1-2i)*(-1i)/1)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, complex128(c64) == a, mul64(c64, 2i), div64(c64, 0.5))
	fmt.Println(mul64(complex(1e20, 1e20), complex(1e20, -1e20)))
	var x C = 3
	x++
	x *= 1i
	x -= 2
	fmt.Println(x, real(x), imag(x))
	re, im := parts(a * a)
	fmt.Println(re, im)
	fmt.Println(div(1, 0), div(-1i, 0), div(complex(inf, 1), 2), div(1, complex(inf, nan)))
	fmt.Println(div(complex(nan, 1), 1), div(0, 0), div(complex(1e300, 1e300), complex(1e-300, 1e-300)))
	fmt.Println(div(complex(inf, inf), complex(1, 2)), div(complex(2, 3), complex(inf, -inf)))
	n := complex(nan, 0)
	fmt.Println(n == n, n != n, a == a, a != b, complex(zero, -zero) == 0)
	f32 := float32(0.1)
	z := complex(f32, f32*3)
	fmt.Printf("%T %v %T %v\n", z, z, real(z), imag(z)*2)
	fmt.Println(0x1p-2i, 1_000i, 0o17i, 017i, 1e3i+2, 'a'+1i, imag(2))
	const big = 1e300i * 1e300i / 1e600
	fmt.Println(big, real(big) < 0)
	var arr [3]complex128
	for i := range arr {
		arr[i] = complex(float64(i), float64(-i))
	}
	s := arr[:]
	s[1] += 10
	fmt.Println(arr, len(s))
}
