// fmt's Fprint, Fprintln, Fprintf to any io.Writer: os.Stdout and Stderr
// (os from source), strings.Builder, bytes.Buffer, bufio.Writer, a failing
// Writer, a nil one.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

func main() {
	fmt.Fprintf(os.Stdout, "x %d %s\n", 1, "y")
	fmt.Fprintln(os.Stderr, "to", "stderr")
	fmt.Fprint(os.Stdout, "p", 3, "\n")
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%05.2f|%-4s|%v", 3.14159, "ab", []int{1, 2})
	fmt.Println(sb.String(), n, err)
	var buf bytes.Buffer
	fmt.Fprintln(&buf, "a", 1, true)
	fmt.Print(buf.String())
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %q\n", "z")
	w.Flush()
	n, err = fmt.Fprint(failing{}, "hello")
	fmt.Println(n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nw *bytes.Buffer
	fmt.Fprint(nw, "x")
}
