// errorcheck

package main

func a() int {
} // ERROR "missing return"

func b(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func c() (int, string) {
	return 1 // ERROR "not enough return values"
}

func d() int {
	return 1, 2 // ERROR "too many return values"
}

func e() {
	return 1 // ERROR "too many return values"
}

func f(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func g(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func h() (n int, err error) {
	{
		n := 2
		_ = n
		return // ERROR "result parameter n not in scope at return"
	}
}

func k() int {
	for {
	}
}

func l(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func main() {}
