// errorcheck -l

package main

// gc refuses stack frames of 1 GB or more, locals or arguments, at the
// function; variables above 10 MB live on the heap and do not count.

type block [8 << 20]byte // 8 MB: may stay on the stack

type table [1 << 30]byte

var sink block

func fill(n int) { // ERROR "stack frame too large \(>1GB\): 1024 MB locals \+ 0 MB args"
	var b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15 block
	var c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15 block
	var d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15 block
	var e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15 block
	var f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15 block
	var g0, g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15 block
	var h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12, h13, h14, h15 block
	var i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15 block
	all := [...]*block{&b0, &b1, &b2, &b3, &b4, &b5, &b6, &b7, &b8, &b9, &b10, &b11, &b12, &b13, &b14, &b15,
		&c0, &c1, &c2, &c3, &c4, &c5, &c6, &c7, &c8, &c9, &c10, &c11, &c12, &c13, &c14, &c15,
		&d0, &d1, &d2, &d3, &d4, &d5, &d6, &d7, &d8, &d9, &d10, &d11, &d12, &d13, &d14, &d15,
		&e0, &e1, &e2, &e3, &e4, &e5, &e6, &e7, &e8, &e9, &e10, &e11, &e12, &e13, &e14, &e15,
		&f0, &f1, &f2, &f3, &f4, &f5, &f6, &f7, &f8, &f9, &f10, &f11, &f12, &f13, &f14, &f15,
		&g0, &g1, &g2, &g3, &g4, &g5, &g6, &g7, &g8, &g9, &g10, &g11, &g12, &g13, &g14, &g15,
		&h0, &h1, &h2, &h3, &h4, &h5, &h6, &h7, &h8, &h9, &h10, &h11, &h12, &h13, &h14, &h15,
		&i0, &i1, &i2, &i3, &i4, &i5, &i6, &i7, &i8, &i9, &i10, &i11, &i12, &i13, &i14, &i15}
	for _, p := range all {
		p[n] = 1
		sink = *p
	}
}

// Each of these is 16 MB: too large for the stack, so on the heap.
func heaped() {
	var x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 [16 << 20]byte
	var y0, y1, y2, y3, y4, y5, y6, y7, y8, y9 [16 << 20]byte
	var z0, z1, z2, z3, z4, z5, z6, z7, z8, z9 [16 << 20]byte
	var w0, w1, w2, w3, w4, w5, w6, w7, w8, w9 [16 << 20]byte
	var v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 [16 << 20]byte
	var u0, u1, u2, u3, u4, u5, u6, u7, u8, u9 [16 << 20]byte
	var t0, t1, t2, t3, t4, t5, t6, t7, t8, t9 [16 << 20]byte
	_, _, _, _, _, _, _, _, _, _ = x0, x1, x2, x3, x4, x5, x6, x7, x8, x9
	_, _, _, _, _, _, _, _, _, _ = y0, y1, y2, y3, y4, y5, y6, y7, y8, y9
	_, _, _, _, _, _, _, _, _, _ = z0, z1, z2, z3, z4, z5, z6, z7, z8, z9
	_, _, _, _, _, _, _, _, _, _ = w0, w1, w2, w3, w4, w5, w6, w7, w8, w9
	_, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9
	_, _, _, _, _, _, _, _, _, _ = u0, u1, u2, u3, u4, u5, u6, u7, u8, u9
	_, _, _, _, _, _, _, _, _, _ = t0, t1, t2, t3, t4, t5, t6, t7, t8, t9
}

// Ranging over an array value with a value variable copies the array.
func sum(t *table) (s int) { // ERROR "stack frame too large \(>1GB\): 1024 MB locals \+ 0 MB args"
	for _, b := range *t {
		s += int(b)
	}
	return
}

// Without one, len is all the loop needs.
func count(t *table) (n int) {
	for i := range *t {
		n = i
	}
	return
}

func (t table) first() byte { // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1024 MB args"
	return t[0]
}

func make2() (a, b [600 << 20]byte) { // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1200 MB args"
	return
}

func main() {
	fill(0)
	heaped()
	var f = func(t *table) int { // ERROR "stack frame too large \(>1GB\): 1024 MB locals \+ 0 MB args"
		for i, b := range *t {
			return i + int(b)
		}
		return 0
	}
	_ = f
	_ = sum
	_ = count
	_ = make2
	_ = table.first
}

func sliceLiteral() { // ERROR "stack frame too large \(>1GB\): 22888 MB locals \+ 0 MB args"
	x := [][]int{1e9: []int{}}
	useSlices(x)
}

func useSlices(x [][]int) {}
