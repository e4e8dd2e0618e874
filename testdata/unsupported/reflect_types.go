// errorcheck

// minigo-only: gc accepts this program.  minigo's reflect finds or makes
// pointer, slice and func types at run time, and finds the program's own
// map and array types, but makes no struct or channel types: those
// constructors are refused where called.

package main

import (
	"fmt"
	"reflect"
)

func main() {
	it := reflect.TypeOf(0)
	fmt.Println(reflect.PointerTo(it), reflect.SliceOf(it), reflect.FuncOf(nil, nil, false))
	fmt.Println(reflect.StructOf([]reflect.StructField{{Name: "A", Type: it}})) // ERROR "reflect.StructOf not supported by minigo"
	fmt.Println(reflect.ChanOf(reflect.BothDir, it))                          // ERROR "reflect.ChanOf not supported by minigo"
	fmt.Println(reflect.VisibleFields(reflect.TypeOf(struct{ A int }{})))     // ERROR "reflect.VisibleFields not supported by minigo"
}
