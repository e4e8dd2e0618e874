// math/rand compiled from $GOROOT/src (it needs sync for its locked
// global source): seeded sequences must be Go's to the last bit.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31n(10), r.Int63n(1e12), r.Intn(1000))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	z := rand.NewZipf(r, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())

	rand.Seed(42)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Float64(), rand.Int31(), rand.Perm(5))
	src := rand.NewSource(7).(rand.Source64)
	fmt.Println(src.Uint64(), src.Int63())
}
