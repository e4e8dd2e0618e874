// errorcheck

// minigo golden test: types2 checks a function literal's body after the
// statement that holds it, so of two equal errors on one line the one
// outside the literal comes first (and gc keeps only that one), and a
// variable declared by := is not yet in scope inside its initialiser

package main

func main() {
	m := map[int]func() int{}
	m[k] = func() int { return k } // ERROR ":12:4: undefined: k$"
	f := func() { f() } // ERROR "undefined: f"
	_ = f
}
