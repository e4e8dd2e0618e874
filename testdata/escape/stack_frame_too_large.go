// errorcheck -m -l

// gc's backend refuses a stack frame of 1GB or more: huge locals, huge
// arguments or results, or locals and the outgoing call area together.
// Only stack-allocated variables count: a big variable the escape pass
// sent to the heap costs the frame nothing.

package p

type Huge [600 << 20]byte
type Big [400 << 20]byte

func take(a, b Big) {}

func give() Big

func arg(h Huge, k Huge) int { // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1200 MB args"
	return 0
}

func res() (h Huge, i Huge) { // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1200 MB args"
	return
}

func temps() { // ERROR "stack frame too large \(>1GB\): 800 MB locals \+ 0 MB args \+ 800 MB callee"
	take(give(), give())
}

func heap() int {
	var a, b Huge // ERROR "moved to heap: a" "moved to heap: b"
	a[0] = 1
	b[0] = 2
	return int(a[0] + b[0])
}

func lit() {
	f := func() { // ERROR "stack frame too large \(>1GB\): 800 MB locals \+ 0 MB args \+ 800 MB callee" "func literal does not escape"
		take(give(), give())
	}
	f()
}

// Ranging over an array value with its values ranges over a copy.
func ranged(x *[1<<30 + 1<<20]byte) (n int) { // ERROR "stack frame too large \(>1GB\): 1025 MB locals \+ 0 MB args" "x does not escape"
	for _, b := range *x {
		n += int(b)
	}
	return
}

func indexed(x *[1<<30 + 1<<20]byte) (n int) { // ERROR "x does not escape"
	for i := range *x {
		n += i
	}
	for _, b := range x {
		n += int(b)
	}
	return
}
