// run

package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	m[1.0] = 10
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN:", ok)
	nanCount, sum := 0, 0
	for k, v := range m {
		if k != k {
			nanCount++
		}
		sum += v
	}
	fmt.Println(nanCount, sum)
	delete(m, nan) // no effect
	fmt.Println(len(m))
	// fmt sorts NaN keys first (several NaN keys would print in iteration order)
	one := map[float64]int{2: 20, nan: 1, -1: 5}
	fmt.Println(one)
	// +0 and -0 are the same key
	negz := -zero
	z := map[float64]string{}
	z[zero] = "pos"
	z[negz] = "neg"
	fmt.Println(len(z), z[0])
	// NaN inside interface keys
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	fmt.Println(len(im))
	// float32 keys
	f32 := map[float32]int{}
	n32 := float32(nan)
	f32[n32] = 1
	f32[n32] = 1
	f32[0.5] = 2
	fmt.Println(len(f32), f32[0.5])
}
