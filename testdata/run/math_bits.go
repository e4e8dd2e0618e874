// math/bits compiled from $GOROOT/src: its functions, and Div's panic with
// runtime.overflowError, the runtime's error value bits reaches by //go:linkname.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount64(0xff00ff), bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	q, r := bits.Div64(1, 0, 3)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(hi, lo, q, r, s, c, bits.RotateLeft16(1, -1), bits.ReverseBytes32(0x01020304), bits.UintSize)
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div32(5, 0, 3)
}
