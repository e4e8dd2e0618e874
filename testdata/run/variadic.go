// run

package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, nums ...int) string {
	return fmt.Sprintf("%s: len=%d nil=%v", prefix, len(nums), nums == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func joinAll(sep string, parts ...string) string { return strings.Join(parts, sep) }

func anyArgs(args ...interface{}) int { return len(args) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	fmt.Println(info("none"), info("two", 1, 2), info("spread", s...), info("nilspread", []int(nil)...))
	modify(s...) // shares the slice
	fmt.Println(s)
	modify(7, 8) // fresh slice
	fmt.Println(joinAll("-", "a", "b", "c"), joinAll(","))
	fmt.Println(anyArgs(), anyArgs(nil), anyArgs(1, "a", 2.5), anyArgs([]interface{}{1, 2}...))
	f := func(xs ...string) []string { return xs }
	fmt.Println(f("x", "y"), len(f()))
	fmt.Printf("%T\n", sum)
}
