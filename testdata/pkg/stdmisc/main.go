// More std packages compiled from $GOROOT/src: container/heap, encoding/csv,
// encoding/hex, hash/adler32, crc64, fnv, html, io/ioutil, math/cmplx,
// path/filepath, regexp, text/tabwriter; regexp's -m compared with go's.
package main

import (
	"container/heap"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc64"
	"hash/fnv"
	"html"
	"io/ioutil"
	"math/cmplx"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/tabwriter"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	r := csv.NewReader(strings.NewReader("a,b,c\n1,\"2,x\",3\n"))
	recs, err := r.ReadAll()
	fmt.Println(recs, err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"q", "w,e", `r"t`})
	w.Flush()
	fmt.Println(hex.EncodeToString([]byte("hi!")), hex.Dump([]byte("abc"))[:20])
	fmt.Println(adler32.Checksum([]byte("abc")), crc64.Checksum([]byte("abc"), crc64.MakeTable(crc64.ISO)))
	f := fnv.New64a()
	f.Write([]byte("abc"))
	fmt.Println(f.Sum64(), html.EscapeString("<a href='x'>&</a>"), html.UnescapeString("&lt;&amp;&#39;"))
	fmt.Println(cmplx.Abs(3+4i), cmplx.Sqrt(-1))
	fmt.Println(filepath.Join("a", "b/../c", "d.go"), filepath.Ext("x.tar.gz"), filepath.Base("/a/b"), filepath.Dir("/a/b"))
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindStringSubmatch("mail bob@example.com now"), re.ReplaceAllString("a@b.com c@d.com", "$2"), re.MatchString("nope"))
	fmt.Println(regexp.QuoteMeta("a.b*c"), re.NumSubexp())
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()
	d, _ := ioutil.TempDir("", "x")
	ioutil.WriteFile(d+"/f", []byte("data"), 0o644)
	b, err := ioutil.ReadFile(d + "/f")
	fmt.Println(string(b), err)
	os.RemoveAll(d)
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m)
}
