// run

// Map literals of every lowering gc uses: one mapassign per entry up to 25
// static entries, static key/value arrays and a loop above that, dynamic
// entries assigned after the static ones.

package main

import "fmt"

type P struct{ X, Y int }
type K struct{ A, B int32 }

var sink map[string]int

// fmt prints a map with its keys sorted
func show(name string, m map[string]int) {
	fmt.Println(name, len(m), m)
}

func next(n *int) int {
	*n++
	return *n
}

func main() {
	// 30 entries, all constant: the static arrays and the loop, on the stack
	local := map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48, 25: 50, 26: 52, 27: 54, 28: 56, 29: 58}
	sum := 0
	for k, v := range local {
		sum += k * v
	}
	fmt.Println("local", len(local), sum, local[29])

	// the same literal escaping, and again: each evaluation is a fresh map
	for i := 0; i < 2; i++ {
		m := map[string]int{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "k25": 25, "k26": 26, "k27": 27, "k28": 28, "k29": 29}
		m["k00"] += 100
		sink = m
		show("escaping", sink)
	}

	// 30 entries, 3 dynamic (27 static: the loop), evaluated in order
	n := 0
	mixed := map[string]int{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "d1": next(&n), "d2": next(&n), "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "k25": 25, "k26": 26, "d3": next(&n)}
	show("mixed", mixed)

	// a dynamic key equal to a static one: static entries are assigned
	// first, so the dynamic entry wins wherever it is written
	k := "k03"
	dup := map[string]int{k: -1, "k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "k25": 25, "k26": 26}
	fmt.Println("dup", len(dup), dup["k03"])
	small := map[string]int{k: -1, "k03": 3}
	fmt.Println("dupsmall", len(small), small["k03"])

	// 28 entries, 3 dynamic: 25 static ones, assigned one by one
	d := 7
	m25 := map[string]int{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "x": d, "y": d * 2, "z": d * 3}
	show("m25", m25)

	// struct keys and values, some nested literals
	pts := map[K]P{{0, 1}: {0, 0}, {1, 2}: {1, 1}, {2, 3}: {2, 2}, {3, 4}: {3, 3}, {4, 5}: {4, 4}, {5, 6}: {5, 0}, {6, 7}: {6, 1}, {7, 8}: {0, 2}, {8, 9}: {1, 3}, {9, 10}: {2, 4}, {10, 11}: {3, 0}, {11, 12}: {4, 1}, {12, 13}: {5, 2}, {13, 14}: {6, 3}, {14, 15}: {0, 4}, {15, 16}: {1, 0}, {16, 17}: {2, 1}, {17, 18}: {3, 2}, {18, 19}: {4, 3}, {19, 20}: {5, 4}, {20, 21}: {6, 0}, {21, 22}: {0, 1}, {22, 23}: {1, 2}, {23, 24}: {2, 3}, {24, 25}: {3, 4}, {25, 26}: {4, 0}, {26, 27}: {5, 1}, {27, 28}: {6, 2}, {28, 29}: {0, 3}, {29, 30}: {1, 4}}
	t := 0
	for k, v := range pts {
		t += int(k.A)*v.X + int(k.B)*v.Y
	}
	fmt.Println("pts", len(pts), t, pts[K{5, 6}])

	// interface values: never static, one assign each
	ifs := map[string]interface{}{"k00": 0, "k01": 1, "k02": 2, "k03": 3, "k04": 4, "k05": 5, "k06": 6, "k07": 7, "k08": 8, "k09": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19, "k20": 20, "k21": 21, "k22": 22, "k23": 23, "k24": 24, "k25": 25, "k26": 26, "k27": 27, "k28": 28, "k29": 29, "nil": nil}
	c := 0
	for _, v := range ifs {
		if x, ok := v.(int); ok {
			c += x
		}
	}
	fmt.Println("ifaces", len(ifs), c, ifs["k07"], ifs["nil"])

	// a literal in a loop: the static arrays are read-only, each map is new
	total := 0
	for i := 0; i < 3; i++ {
		m := map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48, 25: 50, 26: 52, 27: 54, 28: 56, 29: 58}
		m[i] = -1
		for _, v := range m {
			total += v
		}
	}
	fmt.Println("loop", total)
}
