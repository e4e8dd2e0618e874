package main

import "fmt"

func main() { fmt.Println(osName(), arch, extra) }
