// errorcheck -0 -m -l
package main

func loopVars(s []int, n int) int { // ERROR ": s does not escape$"
	var p, q *int
	for i := 0; i < n; i++ {
		p = &i
	}
	for _, v := range s {
		q = &v
	}
	var r *int
	for j := 0; j < n; j++ {
		k := j // ERROR ": moved to heap: k$"
		r = &k
	}
	return *p + *q + *r
}

func main() { _ = loopVars(nil, 1) }
