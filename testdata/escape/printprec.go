// errorcheck -0 -m -l
// Operators gc's printer has no precedence for: func literals, &T{...},
// make of a map, recover (ORECOVERFP).
package main

import "fmt"

type T struct{ f int }

func (t *T) M() int { return t.f } // ERROR ": t does not escape$"

func main() {
	defer func() { // ERROR ": func literal does not escape$"
		fmt.Println(recover() != nil, recover()) // ERROR ": \.\.\. argument does not escape$" ": \(<node RECOVERFP>\) != nil escapes to heap$"
	}()
	fmt.Println((&T{}).f, make(map[int]int)[1], (&T{1}).M(), func() int { return 1 }() + 1) // ERROR ": \.\.\. argument does not escape$" ": \(&T\{\}\)\.f escapes to heap$" ": &T\{\} does not escape$" ": \(make\(map\[int\]int\)\)\[1\] escapes to heap$" ": make\(map\[int\]int\) does not escape$" ": \(\*T\)\.M\(&T\{\.\.\.\}\) escapes to heap$" ": &T\{\.\.\.\} does not escape$" ": \(func literal\)\(\) \+ 1 escapes to heap$" ": func literal does not escape$"
	m := map[int]*T{} // ERROR ": map\[int\]\*T\{\} does not escape$"
	fmt.Println(m[1] == nil, new(T).f, len(make([]int, 3))) // ERROR ": \.\.\. argument does not escape$" ": m\[1\] == nil escapes to heap$" ": new\(T\)\.f escapes to heap$" ": new\(T\) does not escape$" ": len\(make\(\[\]int, 3\)\) escapes to heap$" ": make\(\[\]int, 3\) does not escape$"
}
