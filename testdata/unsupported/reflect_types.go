// errorcheck

// minigo-only: gc accepts this program.  minigo's reflect finds or makes
// pointer, slice, func and map types at run time, but makes no struct or
// channel types: those constructors are refused where called.

package main

import (
	"fmt"
	"reflect"
)

func main() {
	it := reflect.TypeOf(0)
	fmt.Println(reflect.PointerTo(it), reflect.SliceOf(it), reflect.FuncOf(nil, nil, false), reflect.MapOf(it, it))
	fmt.Println(reflect.StructOf([]reflect.StructField{{Name: "A", Type: it}})) // ERROR "reflect.StructOf not supported by minigo"
	fmt.Println(reflect.ChanOf(reflect.BothDir, it))                          // ERROR "reflect.ChanOf not supported by minigo"
}
