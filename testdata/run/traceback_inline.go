package main

import (
	"fmt"
	"runtime"
	"strings"
)

// Frames of calls gc inlines, in runtime.Stack while a panic is recovered
// and in the trace of the panic that ends the program.

type T struct{ x int }

func get(t *T) int { return t.x }

func at(s []int, i int) int { return s[i] }

func check(n int) int {
	if n > 2 {
		panic(fmt.Sprintf("too big: %d", n))
	}
	return n
}

func twice(n int) int { return check(n) + check(n+1) }

// show prints each frame of this goroutine's trace as NAME FILE:LINE.
func show() {
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, false)
	lines := strings.Split(strings.TrimSpace(string(buf[:n])), "\n")
	for i := 1; i+1 < len(lines); i += 2 {
		name := strings.Split(lines[i], "(")[0]
		pos := strings.Fields(lines[i+1])[0]
		parts := strings.Split(pos, "/")
		fmt.Println(" ", name, parts[len(parts)-1])
	}
}

func try(f func()) {
	defer func() {
		fmt.Println("recovered:", recover())
		show()
	}()
	f()
}

func where() string {
	pc, file, line, _ := runtime.Caller(1)
	parts := strings.Split(file, "/")
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", parts[len(parts)-1], ":", line)
}

func here() string { return where() }

func main() {
	var t *T
	try(func() { fmt.Println(get(t)) })
	try(func() { fmt.Println(at([]int{1, 2}, 5)) })
	try(func() { fmt.Println(twice(2)) })
	fmt.Println(here())
	fmt.Println(twice(1))
	fmt.Println(twice(2))
}
