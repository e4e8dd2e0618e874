// run

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = iota * iota
	x1
	_
	x3
	y = "str"
	y1
	z = iota + 100
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x3, y, y1, z)
	fl := FlagA | FlagC
	fmt.Println(fl, fl&FlagB != 0, fl&FlagC != 0, FlagD)
	fmt.Printf("%T %T %T\n", Monday, KB, FlagB)
	const local = iota
	const (
		p = iota + 5
		q
	)
	fmt.Println(local, p, q)
	var days [7]string
	days[Monday] = "mon"
	days[Friday] = "fri"
	fmt.Println(len(days), days[1], days[5])
}
