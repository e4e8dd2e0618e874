// codegen
// What a program cannot reach is not compiled (codegen/prune.c): an
// imported package's functions nothing calls, and methods no interface
// of the program names (their method-table entry keeps its name, without
// code).  Package main's functions stay, called or not, for -S and
// -emit-llvm.

package main

import (
	"fmt"
	"strings"
	"time"
)

func unused() int { return 42 }

func main() {
	fmt.Println(strings.ToUpper("x"), time.Duration(1500))
}

// (Checks without a positive match apply to the whole module; the
// other codegen tests check package main's uncalled functions stay.)
// CHECK-NOT: define {{.*}} @strings.Title(
// CHECK-NOT: define {{.*}} @time.Duration.Hours(
// CHECK-NOT: define {{.*}} @time.Duration.Round(
