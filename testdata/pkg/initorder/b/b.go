package b

import (
	"fmt"
	"strings"

	"example.com/initorder/c"
)

var B = c.C * 2

var later = first + 1
var first = len(c.Log)

func init() { fmt.Println("b.init 1", later, first) }
func init() { fmt.Println("b.init 2") }

func Log() string { return strings.Join(c.Log, ",") }
