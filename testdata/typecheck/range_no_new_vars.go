// errorcheck

// minigo golden test: "no new variables" of a range clause is reported at
// its for keyword, where types2 puts it

package main

func main() {
	k := 0
	for k := range []int{} { // ok: a new scope
		_ = k
	}
	for _ = range "ab" {
	}
	for _, _ = range "ab" {
	}
	for _ := range "ab" { // ERROR "no new variables on left side of :="
	}
	_ = k
}
