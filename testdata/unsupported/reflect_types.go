// errorcheck

// minigo-only: gc accepts this program.  minigo's reflect (lib/reflect)
// makes no types at run time but pointers: the constructors have no
// implementation, and the code generator refuses them where called.

package main

import (
	"fmt"
	"reflect"
)

func main() {
	it := reflect.TypeOf(0)
	fmt.Println(reflect.PointerTo(it))
	fmt.Println(reflect.SliceOf(it))                    // ERROR "reflect.SliceOf not supported by minigo"
	fmt.Println(reflect.MapOf(it, it))                  // ERROR "reflect.MapOf not supported by minigo"
	fmt.Println(reflect.FuncOf(nil, nil, false))        // ERROR "reflect.FuncOf not supported by minigo"
	fmt.Println(reflect.VisibleFields(reflect.TypeOf(struct{ A int }{}))) // ERROR "reflect.VisibleFields not supported by minigo"
}
