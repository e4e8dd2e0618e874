// codegen
// What a program cannot reach is not compiled (codegen/prune.c): an
// imported package's functions nothing calls, and methods no interface
// of the program names (their method-table entry keeps its name, without
// code), and itabs only unreachable code made.  Package main's functions
// stay, called or not, for -S and -emit-llvm.

package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func unused() int { return 42 }

func main() {
	fmt.Println(strings.ToUpper("x"), time.Duration(1500), len(os.Args))
}

// (Checks without a positive match apply to the whole module; the
// other codegen tests check package main's uncalled functions stay.)
// CHECK-NOT: define {{.*}} @strings.Title(
// CHECK-NOT: define {{.*}} @time.Duration.Hours(
// CHECK-NOT: define {{.*}} @time.Duration.Round(
// an itab made only in code nothing reaches (io/fs.Sub's) is not kept
// alive by the list of static itabs main.init registers:
// CHECK-NOT: define {{.*}} @"io/fs.(*subFS).ReadDir"(
