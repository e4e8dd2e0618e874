// run

package main

import "fmt"

func join3(a, b, c string) string { return a + b + c }

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	u := ""
	for i := 0; i < 10; i++ {
		u += string(rune('a' + i))
	}
	fmt.Println(u, len(u))
	e := ""
	fmt.Println(e+s == s, s+e == s, e+e == "")
	long := ""
	for i := 0; i < 50; i++ {
		long += "xy"
	}
	fmt.Println(len(long), long[:10], long[90:])
	fmt.Println(join3("a", "", "c"), join3("", "", ""), join3("one", "two", "three"))
	parts := []string{"p", "q", "r", "s", "t", "u", "v"}
	all := parts[0] + parts[1] + parts[2] + parts[3] + parts[4] + parts[5] + parts[6]
	fmt.Println(all)
	// strings are immutable: concatenation creates new values
	base := "base"
	x := base
	x += "-ext"
	fmt.Println(base, x)
	// byte appended via conversion
	b := []byte("abc")
	b = append(b, 'd')
	fmt.Println(string(b) + "!" + string(b[1:3]))
	// multi-line raw strings
	raw := `line1
line2\n`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", "backslash\\", "\x41\u00e9\U0001F600")
}
