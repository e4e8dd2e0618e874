// errorcheck

package main

func main() {
	const huge = 1 << 1000 // ERROR "constant shift overflow"
	var sh = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	var f = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	const h = "a" + 1 // ERROR `invalid operation: "a" \+ 1 \(mismatched types untyped string and untyped int\)`
	var n uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	var m = int64(1) << 70 // ERROR "int64\(1\) << 70 \(constant 1180591620717411303424 of type int64\) overflows int64"
	const z int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as int32 value in constant declaration \(overflows\)"
	_, _, _ = sh, f, n
	_ = m
	_ = huge
	_ = h
	_ = z
}
