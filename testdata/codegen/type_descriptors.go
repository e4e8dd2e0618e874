// codegen
// What reflect reads in type descriptors (runtime/abi.h): struct tags in
// the field tables, Go's package paths (uncommon, struct and interface
// pkgPath), and ptrToThis: always *T for a defined type T, for an unnamed
// type when the program has its pointer type anyway (patched in at the
// end), and the runtime's own "type.*int" for the basic types.

package main

import (
	"strings"
	"unsafe"
)

type T struct {
	A int `json:"a"`
	b string
}

func (t T) M() int { return t.A }

type U struct{ X, Y int }

type I interface{ M() int }

// each value in a slot of its own, so that no store is dead
var sink [9]any

// The tag, NUL-terminated, in T's field table; b has none.
// CHECK-DAG: @[[TAG:go.string[.0-9]*]] = private unnamed_addr constant [9 x i8] c"json:\22a\22\00"
// CHECK-DAG: @[[MAIN:go.string[.0-9]*]] = private unnamed_addr constant [5 x i8] c"main\00"
// CHECK-DAG: @[[STRINGS:go.string[.0-9]*]] = private unnamed_addr constant [8 x i8] c"strings\00"
// CHECK-DAG: @type..fields.main.T = private constant [2 x { ptr, ptr, i64, i8, ptr }] [{ ptr, ptr, i64, i8, ptr } { ptr @{{[^,]*}}, ptr @type.int, i64 0, i8 0, ptr @[[TAG]] }, { ptr, ptr, i64, i8, ptr } { ptr @{{[^,]*}}, ptr @type.string, i64 8, i8 0, ptr null }]

// T: ptrToThis is *main.T, which points back; the struct's pkgPath (b is
// unexported) and the uncommon pkgPath are "main".
// CHECK-DAG: @type.main.T = {{.*}}, ptr @"type.*main.T" }, { ptr, ptr, i64 } { ptr @[[MAIN]], ptr @type..fields.main.T, i64 2 }, { ptr, i16, i16, i32, ptr } { ptr @[[MAIN]], i16 1, i16 1,
// CHECK-DAG: @"type.*main.T" = {{.*}} { ptr @type.main.T }, { ptr, i16, i16, i32, ptr } { ptr @[[MAIN]], i16 1, i16 1,

// U's fields are all exported: no struct pkgPath, as gc; still a *U, and
// an uncommon section without methods, where reflect finds U's PkgPath.
// CHECK-DAG: @type.main.U = {{.*}}, ptr @"type.*main.U" }, { ptr, ptr, i64 } { ptr null, ptr @type..fields.main.U, i64 2 }, { ptr, i16, i16, i32, ptr } { ptr @[[MAIN]], i16 0, i16 0, i32 0, ptr null } }

// unsafe.Pointer is a defined type of package unsafe (tflag 13: named,
// uncommon, regular memory).
// CHECK-DAG: @[[UNSAFE:go.string[.0-9]*]] = private unnamed_addr constant [7 x i8] c"unsafe\00"
// CHECK-DAG: @type.unsafe.Pointer = {{.*}} { i64 8, i64 8, i32 {{-?[0-9]+}}, i8 13, {{.*}} { ptr @[[UNSAFE]], i16 0, i16 0, i32 0, ptr null } }

// A defined interface carries its package.
// CHECK-DAG: @type.main.I = {{.*}}, ptr @"type.*main.I" }, { ptr, ptr, i64 } { ptr @[[MAIN]],

// strings.Builder's methods are strings'.
// CHECK-DAG: @"type.*strings.Builder" = {{.*}} { ptr @type.strings.Builder }, { ptr, i16, i16, i32, ptr } { ptr @[[STRINGS]], i16 {{[0-9]+}}

// []float32 is unnamed: its ptrToThis is the *[]float32 the program boxes,
// set at the end of lowering.  []main.U has no pointer type here: null.
// CHECK-DAG: @"type.[]float32" = {{.*}}, ptr @"type.*[]float32" }, { ptr } { ptr @type.float32 } }
// CHECK-DAG: @"type.[]main.U" = {{.*}}, ptr null }, { ptr } { ptr @type.main.U } }

// *int and *string are the runtime's, never emitted.
// CHECK-DAG: @"type.*int" = external global i8
// CHECK-DAG: @"type.*string" = external global i8

// CHECK-LABEL: define {{.*}}@main.main(
func main() {
	sink[0] = T{1, "x"}
	sink[1] = U{}
	sink[2] = []U{}
	sink[3] = I(T{})
	sink[4] = &strings.Builder{}
	sink[5] = new([]float32)
	sink[6] = new(int)
	sink[7] = new(string)
	sink[8] = unsafe.Pointer(nil)
}
