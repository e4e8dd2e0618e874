package main

import (
	"fmt"
	"runtime"
	"strings"
)

// show prints each frame of a runtime.Stack trace as NAME FILE:LINE.
func show(s string) {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	fmt.Println(lines[0])
	for i := 1; i+1 < len(lines); i += 2 {
		name := strings.Split(lines[i], "(")[0]
		pos := strings.Fields(lines[i+1])[0]
		parts := strings.Split(pos, "/")
		fmt.Println(" ", name, parts[len(parts)-1], strings.HasPrefix(strings.TrimSpace(lines[i+1]), "/"))
	}
}

func trace() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

type S struct{}

func (S) Show() {
	show(trace())
}

var sink int

func deref(p *int) {
	defer func() {
		recover()
		show(trace())
	}()
	sink = *p
}

func main() {
	show(trace())
	S{}.Show()
	deref(nil)
	small := make([]byte, 10)
	n := runtime.Stack(small, true)
	fmt.Println(n, string(small[:n]))
}
