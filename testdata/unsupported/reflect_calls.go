// errorcheck

// minigo-only: gc accepts this program.  A concrete type's reflect.Method
// carries the method as a func of the receiver, whose type minigo's
// reflect would have to make at run time: Type.Method and MethodByName
// are refused where named (Value.Method, Call and MakeFunc work).

package main

import (
	"fmt"
	"reflect"
	"strings"
)

func main() {
	b := reflect.ValueOf(&strings.Builder{})
	fmt.Println(b.MethodByName("Len").Call(nil)[0].Int())
	_ = b.Type().Method(0)                 // ERROR "reflect.Type.Method not supported by minigo"
	_, _ = b.Type().MethodByName("Len")    // ERROR "reflect.Type.MethodByName not supported by minigo"
	fmt.Println(b.NumMethod(), b.Type().NumMethod())
}
