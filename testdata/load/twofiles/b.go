package main

import (
	"fmt"
	"runtime"
)

func f() string { return fmt.Sprint(runtime.GOOS) }
