// errorcheck

package main

// Typed complex constants overflow part by part, as gc reports it.

const a complex64 = 1e38

var _ = a * a // ERROR "a \* a \(constant \(1e\+76 \+ 0i\) of type complex64\) overflows complex64"
var _ = -a * 1e10i // ERROR "-a \* 1e10i \(constant \(0 \+ -1e\+48i\) of type complex64\) overflows complex64"
var _ = complex64(1e38) * 10 // ERROR "complex64\(1e38\) \* 10 \(constant \(1e\+39 \+ 0i\) of type complex64\) overflows complex64"
var _ float32 = real(a) * 10 // ERROR "real\(a\) \* 10 \(constant 1e\+39 of type float32\) overflows float32"
var _ = a / 0 // ERROR "invalid operation: division by zero"
var _ = complex(1e308, 1e308) * 2 // ERROR "cannot use complex\(1e308, 1e308\) \* 2 \(untyped complex constant \(2e\+308 \+ 2e\+308i\)\) as complex128 value in variable declaration \(overflows\)"

func main() {}
