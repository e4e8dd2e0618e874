// log compiled from $GOROOT/src (over the bundled fmt, os, time, sync):
// prefixes, flags, Printf, Println, Fatal's exit status, output to a Writer.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", log.Lmsgprefix)
	l.Printf("x=%d", 3)
	l.Println("hello", 42)
	l.SetPrefix("[p] ")
	l.Print("no newline")
	fmt.Print(buf.String())
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std logger")
	log.SetFlags(log.Lshortfile)
	log.Printf("with file %v", true)
	fmt.Println(log.Flags(), log.Prefix() == "")
	defer fmt.Println("not run")
	log.Fatalf("fatal: %s", "bye")
}
