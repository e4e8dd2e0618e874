// errorcheck

package main

// Complex constants and the builtins complex, real and imag, with gc's
// messages: a complex constant shows its value as (re + imi).
var f float64 = 1i // ERROR "cannot use 1i \(untyped complex constant \(0 \+ 1i\)\) as float64 value in variable declaration \(overflows\)"
var g int = 1 + 2i // ERROR "cannot use 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) as int value in variable declaration \(truncated\)"
var h = int(2i)    // ERROR "cannot convert 2i \(untyped complex constant \(0 \+ 2i\)\) to type int"
var k complex64 = 1e300i // ERROR "cannot use 1e300i \(untyped complex constant \(0 \+ 1e\+300i\)\) as complex64 value in variable declaration \(overflows\)"
var m float32 = 1i * 1i
var n uint8 = c * c // ERROR "cannot use c \* c \(untyped complex constant \(-1 \+ 0i\)\) as uint8 value in variable declaration \(truncated\)"
var p = real(1i) + imag(2)
var q = complex(1, 2.5)
var r = complex(float32(1), 2.0)
var s = complex(float32(1), float64(2)) // ERROR "invalid operation: complex\(float32\(1\), float64\(2\)\) \(mismatched types float32 and float64\)"
var u int = imag(3i)
var v string = 1i // ERROR "cannot use 1i \(untyped complex constant \(0 \+ 1i\)\) as string value in variable declaration"
var w = 1 / 1e-600000000i // ERROR "division by zero"
var x0 = 0x1p-2i + 0o17i + 017i + 1_0i
var i8 = int8(complex128(1000)) // ERROR "cannot convert complex128\(1000\) \(constant 1000 of type complex128\) to type int8"

const c = 1i
