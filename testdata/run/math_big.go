// math/big compiled from Go's source (its pure-Go word arithmetic): Int, Float,
// Rat, formatting, primality, as go build's binary prints them.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	c := new(big.Int).Mul(a, b)
	fmt.Println(c, c.BitLen())
	f := new(big.Int).MulRange(1, 30)
	fmt.Println(f.String())
	q, r := new(big.Int).QuoRem(f, b, new(big.Int))
	fmt.Println(q, r)
	x := new(big.Float).SetPrec(100).SetFloat64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('g', 30))
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	fmt.Printf("%x %08d\n", b, big.NewInt(42))
	p := big.NewInt(1000003)
	fmt.Println(p.ProbablyPrime(20))
}
