package main

import (
	"fmt"
	"runtime"
	"strings"
)

// base reports a file's last element and whether the path was absolute.
func base(file string) string {
	parts := strings.Split(file, "/")
	return fmt.Sprintf("%s abs=%v", parts[len(parts)-1], strings.HasPrefix(file, "/"))
}

type T struct{ n int }

func (t *T) M() {
	pc, file, line, ok := runtime.Caller(0)
	fmt.Println("Caller(0):", runtime.FuncForPC(pc).Name(), base(file), line, ok)
	pc, file, line, ok = runtime.Caller(1)
	fmt.Println("Caller(1):", runtime.FuncForPC(pc).Name(), base(file), line, ok)
	f := runtime.FuncForPC(pc)
	ffile, fline := f.FileLine(pc)
	fmt.Println("FileLine:", base(ffile), fline, f.Entry() <= pc)
	_, _, _, ok = runtime.Caller(1000)
	fmt.Println("Caller(1000):", ok)
}

func (t T) V() {
	callers(0)
}

func callers(skip int) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		fmt.Println(" ", fr.Function, base(fr.File), fr.Line)
		if fr.Function == "main.main" || !more {
			break
		}
	}
}

func outer() {
	func() {
		var t T
		t.M()
		fmt.Println("closure:")
		callers(1)
	}()
}

func main() {
	outer()
	fmt.Println("method:")
	T{}.V()
	fmt.Println("skip 2:")
	callers(2)
	fmt.Println("none:", runtime.Callers(100, make([]uintptr, 4)), runtime.Callers(0, nil))
	fmt.Println("nil func:", runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
