// run

package main

import "fmt"

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func main() {
	squares := map[int]int{
		0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49, 8: 64, 9: 81,
		10: 100, 11: 121, 12: 144, 13: 169, 14: 196, 15: 225, 16: 256, 17: 289, 18: 324, 19: 361,
		20: 400, 21: 441, 22: 484, 23: 529, 24: 576, 25: 625, 26: 676, 27: 729, 28: 784, 29: 841,
	}
	fmt.Println(len(squares), squares[29], squares[13])
	fmt.Println(squares)
	fmt.Println(len(months), months["oct"])
	small := map[string]bool{"x": true}
	fmt.Println(small)
	// literal with duplicate-free variable keys
	a, b := "a", "b"
	vk := map[string]int{a: 1, b: 2}
	fmt.Println(vk)
	// nested composite literal values with elided types
	type P struct{ X, Y int }
	pts := map[string][]P{
		"line":  {{0, 0}, {1, 1}},
		"point": {{5, 5}},
	}
	fmt.Println(pts)
	ptrs := map[P]*P{{1, 1}: {2, 2}}
	fmt.Println(*ptrs[P{1, 1}])
	words := map[int]string{
		1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
		10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
		17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
		60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
	}
	for _, n := range []int{7, 13, 42, 99, 20} {
		if n < 20 || n%10 == 0 {
			fmt.Println(n, words[n])
		} else {
			fmt.Println(n, words[n/10*10]+"-"+words[n%10])
		}
	}
}
