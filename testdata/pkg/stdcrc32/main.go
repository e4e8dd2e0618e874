// hash/crc32 compiled from $GOROOT/src over the overlay's SSE 4.2 and
// table versions of its assembly: IEEE, Castagnoli and Koopman checksums
// of every length up to 600 and of a large buffer, incremental updates.
package main

import (
	"fmt"
	"hash/crc32"
)

func main() {
	buf := make([]byte, 70000)
	for i := range buf {
		buf[i] = byte(i*7 + i>>8)
	}
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	var sumI, sumC, sumK uint32
	for n := 0; n <= 600; n++ {
		sumI ^= crc32.ChecksumIEEE(buf[1:1+n]) + uint32(n)
		sumC ^= crc32.Checksum(buf[3:3+n], cast) + uint32(n)
		sumK ^= crc32.Checksum(buf[n:2*n], koop)
	}
	fmt.Println(sumI, sumC, sumK)
	fmt.Println(crc32.ChecksumIEEE(buf), crc32.Checksum(buf, cast), crc32.Checksum(buf[5:], cast))
	h := crc32.New(cast)
	for i := 0; i < len(buf); i += 1000 {
		h.Write(buf[i : i+1000])
	}
	fmt.Println(h.Sum32(), crc32.Update(0, crc32.IEEETable, []byte("hello")))
}
