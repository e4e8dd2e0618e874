package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string {
	parts := strings.Split(file, "/")
	return parts[len(parts)-1]
}

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", base(file), line)
}

var i = 7

// failing runs f, which panics, and reports the position of f's frame
// as the deferred call sees it.
func failing(f func()) (pos string) {
	defer func() {
		recover()
		pcs := make([]uintptr, 16)
		n := runtime.Callers(0, pcs)
		frames := runtime.CallersFrames(pcs[:n])
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.main.func") {
				pos = fmt.Sprintf("%s %s:%d", fr.Function, base(fr.File), fr.Line)
			}
			if !more {
				break
			}
		}
	}()
	f()
	return ""
}

func main() {
	fmt.Println(where())
	fmt.Println(failing(func() {
		var a []int
		_ = a[i]
	}))
	fmt.Println(failing(func() {
		s := "abc"
		_ = s[1:
			i]
	}))
	fmt.Println(failing(func() {
		var a []int
		_ = a /*line :500:1*/ [i]
	}))
//line other.go:100
	fmt.Println(where())
//line :200:1
	fmt.Println(where())
/*line :300*/ fmt.Println(where())
}
