package shapes

import "fmt"

func println2(s string) { fmt.Println(s) }
