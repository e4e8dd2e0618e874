// run

package main

import "fmt"

// The format strings are variables so that go vet does not reject the
// deliberate mistakes; fmt reports them inline with %!verb(type=value).
var (
	wrongType = "%d %s\n"
	missing   = "%d\n"
	extra     = "%d %d\n"
	unknown   = "%!|%z\n"
	noVerb    = "100%\n"
)

func main() {
	fmt.Printf(wrongType, "notint", 5)
	fmt.Printf(missing)
	fmt.Printf(extra, 1, 2, 3)
	fmt.Printf(unknown, 1)
	fmt.Printf(noVerb)
	fmt.Printf("%s\n", fmt.Sprintf(wrongType, true, 2.5))
	fmt.Printf("%s\n", fmt.Sprintf(extra, "a", nil, []int{1}))
	fmt.Println(fmt.Sprintf(missing) == "%!d(MISSING)\n")
}
