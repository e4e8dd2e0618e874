// errorcheck

package main

// Initialization cycles among constants and variables, directly or
// through functions, as types2 reports them: "initialization loop for x"
// and the objects of the cycle in turn on continuation lines.
const Self = Self + 1 // ERROR "initialization loop for Self\n\t.*:8:7: Self refers to\n\t.*:8:7: Self$"

const (
	First  = Second * 2 // ERROR "initialization loop for First\n\t.*:11:2: First refers to\n\t.*:12:2: Second refers to\n\t.*:13:2: Third refers to\n\t.*:11:2: First$"
	Second = Third - 1
	Third  = First
)

var (
	total, count = tally() // ERROR "initialization loop for count\n\t.*:17:9: count refers to\n\t.*:21:6: tally refers to\n\t.*:18:2: mean refers to\n\t.*:17:9: count$"
	mean         = count
)

func tally() (int, int) {
	return mean, 1
}

var ok1 = ok2 + 1 // depends on a later variable: fine
var ok2 = 3

func main() {
	println(total, ok1)
}
