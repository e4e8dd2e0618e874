package main

import (
	"fmt"
	"os"
)

func f() string { return fmt.Sprint(os.Args) }
