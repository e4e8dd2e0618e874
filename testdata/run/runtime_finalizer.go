package main

import (
	"fmt"
	"runtime"
)

type Obj struct {
	name string
	buf  [64]byte
}

type Named interface{ Name() string }

func (o *Obj) Name() string { return o.name }

var ran = map[string]int{}

func fin(o *Obj) { ran[o.name]++ }

func finIface(n Named) { ran[n.Name()+" via interface"]++ }

func finAny(x any) { ran[x.(*Obj).name+" via any"]++ }

// make creates objects with finalizers; nothing refers to them once it returns.
func create() *Obj {
	a := &Obj{name: "a"}
	runtime.SetFinalizer(a, fin)
	b := &Obj{name: "b"}
	runtime.SetFinalizer(b, finIface)
	c := &Obj{name: "c"}
	runtime.SetFinalizer(c, finAny)
	d := &Obj{name: "removed"}
	runtime.SetFinalizer(d, fin)
	runtime.SetFinalizer(d, nil)
	kept := &Obj{name: "kept"}
	runtime.SetFinalizer(kept, fin)
	return kept
}

func deep(n int) *Obj {
	if n == 0 {
		return create()
	}
	return deep(n - 1)
}

func deep2(n int) {
	if n == 0 {
		o := &Obj{name: "alloc"}
		runtime.SetFinalizer(o, fin)
		return
	}
	deep2(n - 1)
}

func gc(want int) {
	for i := 0; i < 200 && len(ran) < want; i++ {
		runtime.GC()
	}
}

func main() {
	kept := deep(20)
	gc(3)
	fmt.Println(len(ran), ran["a"], ran["b via interface"], ran["c via any"], ran["removed"], ran["kept"])
	runtime.KeepAlive(kept)
	// a global's address: accepted, never finalized
	runtime.SetFinalizer(&global, func(*int) { ran["global"]++ })
	runtime.GC()
	fmt.Println(ran["global"])
	// no runtime.GC: cycles started by allocation run the finalizer
	deep2(10)
	var sink []byte
	for i := 0; i < 1000000 && ran["alloc"] == 0; i++ {
		sink = make([]byte, 1024)
	}
	_ = sink
	fmt.Println("by allocation:", ran["alloc"])
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.Version(), runtime.NumGoroutine(), runtime.NumCPU() > 0)
}

var global int
