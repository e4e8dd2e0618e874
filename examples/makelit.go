// makelit.go - the pairs docs/make-vs-literal.md compares: make against a
// composite literal, for slices and maps, escaping and not.  The doc is
// generated from this file by scripts/make-vs-literal.sh (edit here, then
// run it); every function is one side of one `minigo compare`.
package main

// Sinks keep the results alive, so each make in main escapes as written.
var (
	sinkSlice []int
	sinkMap   map[int]int
)

// 1. A five-int slice that outlives the call.

func makeReturned() []int {
	return make([]int, 5)
}

func literalReturned() []int {
	return []int{0, 1, 2, 3, 4}
}

// 2. The same slices, used only inside the function.

func makeLocal(i int) int {
	s := make([]int, 5)
	s[i] = i
	return s[0] + s[4]
}

func literalLocal(i int) int {
	s := []int{0, 1, 2, 3, 4}
	return s[i]
}

// 3. A small map: literal, make, make with a hint.

func mapLiteral() map[string]int {
	return map[string]int{"a": 1, "b": 2, "c": 3}
}

func mapMake() map[string]int {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	return m
}

func mapMakeHint() map[string]int {
	m := make(map[string]int, 3)
	m["a"] = 1
	m["b"] = 2
	m["c"] = 3
	return m
}

// 4. A hint of 10 against a hint of 8.

func mapHint10() map[int]int {
	return make(map[int]int, 10)
}

func mapHint8() map[int]int {
	return make(map[int]int, 8)
}

// 5. A 30-entry map literal against make and a loop.

func bigMapLiteral() map[int]int {
	return map[int]int{
		0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25,
		6: 5, 7: 18, 8: 2, 9: 19, 10: 7, 11: 28,
		12: 20, 13: 14, 14: 10, 15: 8, 16: 8, 17: 10,
		18: 14, 19: 20, 20: 28, 21: 7, 22: 19, 23: 2,
		24: 18, 25: 5, 26: 25, 27: 16, 28: 9, 29: 4,
	}
}

func bigMapMake() map[int]int {
	m := make(map[int]int, 30)
	for i := 0; i < 30; i++ {
		m[i] = i * i % 31
	}
	return m
}

// 6. A 100-int slice literal against make and a loop.

func bigSliceLiteral() []int {
	return []int{
		0, 1, 4, 9, 16, 25, 36, 49, 64, 81,
		3, 24, 47, 72, 2, 31, 62, 95, 33, 70,
		12, 53, 96, 44, 91, 43, 94, 50, 8, 65,
		27, 88, 54, 22, 89, 61, 35, 11, 86, 66,
		48, 32, 18, 6, 93, 85, 79, 75, 73, 73,
		75, 79, 85, 93, 6, 18, 32, 48, 66, 86,
		11, 35, 61, 89, 22, 54, 88, 27, 65, 8,
		50, 94, 43, 91, 44, 96, 53, 12, 70, 33,
		95, 62, 31, 2, 72, 47, 24, 3, 81, 64,
		49, 36, 25, 16, 9, 4, 1, 0, 1, 4,
	}
}

func bigSliceMake() []int {
	s := make([]int, 100)
	for i := range s {
		s[i] = i * i % 97
	}
	return s
}

func main() {
	println(len(makeReturned()), len(literalReturned()), makeLocal(4), literalLocal(3))
	println(len(mapLiteral()), len(mapMake()), len(mapMakeHint()), len(mapHint10()), len(mapHint8()))
	bm, bmm := bigMapLiteral(), bigMapMake()
	same := len(bm) == len(bmm)
	for k, v := range bm {
		same = same && bmm[k] == v
	}
	bs, bsm := bigSliceLiteral(), bigSliceMake()
	for i := range bs {
		same = same && bs[i] == bsm[i]
	}
	println(same)
	// The bucket counts a hint buys (GODEBUG=maptrace=1 prints them).
	for _, hint := range []int{8, 9, 10, 13, 14, 26, 27, 100} {
		sinkMap = make(map[int]int, hint)
	}
	sinkSlice = bs
}
