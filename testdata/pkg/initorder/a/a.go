package a

import (
	"fmt"

	"example.com/initorder/c"
)

var A = c.C + 1

func init() { fmt.Println("a.init", A) }

func Log() int { return len(c.Log) }
