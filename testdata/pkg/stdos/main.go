// os compiled from $GOROOT/src (with io/fs, internal/poll, path...): files,
// directories, the environment, stdin through bufio, errors as Go's.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "minigo-os-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := dir + "/a.txt"
	err = os.WriteFile(name, []byte("one\ntwo\nthree\n"), 0o644)
	fmt.Println(err)
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	n, err := f.WriteString("four\n")
	fmt.Println(n, err, f.Close(), f.Close() != nil)
	f, _ = os.Open(name)
	sc := bufio.NewScanner(f)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println(lines, sc.Err())
	st, err := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode().IsRegular(), st.IsDir(), err)
	f.Seek(4, io.SeekStart)
	buf := make([]byte, 3)
	k, err := io.ReadFull(f, buf)
	fmt.Println(k, err, string(buf))
	f.Close()
	_, err = os.Open(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	os.Mkdir(dir+"/sub", 0o755)
	os.WriteFile(dir+"/sub/b", nil, 0o600)
	ents, err := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Println(names, err)
	os.Setenv("MINIGO_X", "42")
	fmt.Println(os.Getenv("MINIGO_X"), os.ExpandEnv("x=$MINIGO_X"), strings.HasPrefix(os.TempDir(), "/"))
	v, ok := os.LookupEnv("MINIGO_UNSET")
	fmt.Println(v, ok)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.Rename(name, dir+"/c.txt"), os.Remove(dir+"/c.txt"), os.Remove(dir+"/c.txt") != nil)
	in := bufio.NewScanner(os.Stdin)
	words := 0
	for in.Scan() {
		words += len(strings.Fields(in.Text()))
	}
	os.Stdout.WriteString(strings.Repeat("=", 3) + "\n")
	fmt.Println("stdin words:", words)
	os.Stderr.WriteString("to stderr\n")
}
