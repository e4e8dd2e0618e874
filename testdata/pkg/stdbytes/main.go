// bytes and io compiled from $GOROOT/src (io's Pipe, built on channels, is set
// aside until minigo has them): Buffer, Reader, ReadAll, Copy; -m as go's.
package main

import (
	"bytes"
	"fmt"
	"io"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello, ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	b := []byte("a,b,,c")
	fmt.Println(len(bytes.Split(b, []byte(","))), bytes.Contains(b, []byte("b,")), bytes.Index(b, []byte(",,")), bytes.Count(b, []byte(",")))
	fmt.Println(string(bytes.Title([]byte("go lang"))), string(bytes.TrimSpace([]byte("  x  "))), bytes.Equal([]byte("a"), []byte("a")))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 3)), string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))))
	r := bytes.NewReader([]byte("some data to read"))
	data, err := io.ReadAll(upper{r})
	fmt.Println(string(data), err)
	var out bytes.Buffer
	n, err := io.Copy(&out, io.LimitReader(bytes.NewReader([]byte("0123456789")), 4))
	fmt.Println(n, err, out.String())
	pr := io.MultiReader(bytes.NewReader([]byte("ab")), bytes.NewReader([]byte("cd")))
	all, _ := io.ReadAll(pr)
	fmt.Println(string(all), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix([]byte("golang"), []byte("go")))
	line, err := buf.ReadString(',')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.Fields([]byte(" a b  c ")), bytes.EqualFold([]byte("Go"), []byte("GO")))
}
