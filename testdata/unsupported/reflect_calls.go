// errorcheck

// minigo-only: gc accepts this program.  minigo's reflect (lib/reflect)
// calls nothing through reflection yet: Value.Call and the method
// values and method types it starts from are refused where named.

package main

import (
	"fmt"
	"reflect"
	"strings"
)

func main() {
	f := reflect.ValueOf(strings.ToUpper)
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf("x")})) // ERROR "reflect.Value.Call not supported by minigo"
	fmt.Println(f.Type().NumIn())
	b := reflect.ValueOf(&strings.Builder{})
	_ = b.MethodByName("Len")                  // ERROR "reflect.Value.MethodByName not supported by minigo"
	_ = b.Type().Method(0)                     // ERROR "reflect.Type.Method not supported by minigo"
	fmt.Println(b.NumMethod(), b.Type().NumMethod())
}
