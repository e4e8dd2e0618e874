// run

package main

import "fmt"

func t(name string, v bool) bool {
	fmt.Print(name, " ")
	return v
}

func main() {
	fmt.Println(1+2*3, (1+2)*3, 2*3%4, 7-3-2, 64/4/2)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6&(3|8), 5^3&1, 5|3^1)
	fmt.Println(-2*-3, - -4, ^1+1, !true == false)
	fmt.Println(3 > 2 && 2 > 1 || false, false || true && false)
	x := 10
	fmt.Println(x-3 < x+3 == true)
	fmt.Println(x&^2|1, x%3*2, x/3<<1)
	// short-circuit evaluation
	r := t("a", false) && t("b", true)
	fmt.Println("=>", r)
	r = t("c", true) || t("d", true)
	fmt.Println("=>", r)
	r = t("e", true) && t("f", false) || t("g", true)
	fmt.Println("=>", r)
	r = t("h", false) || t("i", false) && t("j", true)
	fmt.Println("=>", r)
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("nil guarded")
	}
	a, b, c := 1, 2, 3
	fmt.Println(a+b*c-a*b/c, a<<b>>1, (a+b)*(c-a)/b)
}
