// errorcheck

package main

// Exponents far beyond a rational's reach are still constants; only their
// use in a typed context overflows or truncates.
const big = 4.5e600000000
const tiny = 2.5e-600000000
const ratio = big / 1.5e599999999
const gone = 7e-900000000 // underflows to 0

func main() {
	var f float64 = big       // ERROR "cannot use big \(untyped float constant 4\.5e\+600000000\) as float64 value in variable declaration \(overflows\)"
	var g float32 = 1e-900000 // small enough to round to 0
	const n int8 = tiny       // ERROR "cannot use tiny \(untyped float constant 2\.5e\-600000000\) as int8 value in constant declaration \(truncated\)"
	const k int = ratio       // exactly 30, within 512 bits
	const q = big * big       // ERROR "constant result is not representable"
	const m = -big            // still a constant
	var u uint64 = m          // ERROR "cannot use m \(untyped float constant -4\.5e\+600000000\) as uint64 value in variable declaration \(truncated\)"
	var h = 0x1p-2000000000   // hexadecimal, rounds to 0
	var w = 9e3000000000      // ERROR "malformed constant: 9e3000000000"
	const z int = gone
	_, _, _, _, _ = f, g, u, h, w
	println(k, z)
}
