// run

package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "consonant"
}

func sideEffect(name string, v int) int {
	fmt.Print("eval ", name, " ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("a1 z") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 20:
		fmt.Println("twenty")
	}
	// cases are evaluated top to bottom, left to right, until a match
	switch 3 {
	case sideEffect("a", 1), sideEffect("b", 3), sideEffect("c", 3):
		fmt.Println("matched")
	case sideEffect("d", 3):
		fmt.Println("not reached")
	}
	// default in the middle
	switch v := 7; v {
	case 1:
		fmt.Println("one")
	default:
		fmt.Println("default")
	case 2:
		fmt.Println("two")
	}
	// switch on strings and types of values
	for _, cmd := range []string{"start", "stop", "pause", ""} {
		switch cmd {
		case "start", "resume":
			fmt.Println("go")
		case "stop":
			fmt.Println("halt")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println("unknown", cmd)
		}
	}
	// switch with no condition and init
	switch y := 4; {
	case y > 3:
		fmt.Println("big")
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("two and a half")
	}
}
