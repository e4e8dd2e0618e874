// Generates tests/overlay_cases.h: inputs and Go 1.19's results, as bits,
// for the math functions that amd64 Go writes in assembly (the native
// overlay, runtime/overlay_math.c).
//
//	go run scripts/gen_overlay_cases.go > tests/overlay_cases.h
//
// (-n N draws N random inputs of each kind instead of 60, for a longer run
// than the committed header's.)
//
// The exported functions call the assembly on amd64 (haveArchX is true in
// math/*_asm.go), but gc replaces direct calls of Floor, Ceil, Trunc and
// Sqrt by instructions, so every function is called through a func value
// in a package-level table: that runs the real math.Floor, whose body calls
// archFloor.  exp_amd64.s has two paths chosen by math.useFMA (cpu.X86's
// HasAVX && HasFMA); the FMA column comes from this process (which must
// take that path), the other from a copy of itself run with
// GODEBUG=cpu.fma=off.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	_ "unsafe" // go:linkname
)

//go:linkname useFMA math.useFMA
var useFMA bool

var unary = []struct {
	name string
	f    func(float64) float64
}{
	{"floor", math.Floor},
	{"ceil", math.Ceil},
	{"trunc", math.Trunc},
	{"sqrt", math.Sqrt},
	{"log", math.Log},
}

var binary = []struct {
	name string
	f    func(float64, float64) float64
}{
	{"max", math.Max},
	{"min", math.Min},
	{"hypot", math.Hypot},
}

var exp = math.Exp

var nrandom = 60

func b2f(b uint64) float64 { return math.Float64frombits(b) }

// specials: values every function sees.
func specials() []float64 {
	bs := []uint64{
		0, 1 << 63, // ±0
		0x7FF0000000000000, 0xFFF0000000000000, // ±Inf
		0x7FF8000000000001, 0x7FF8000000000000, 0xFFF8000000000000, // NaNs
		0x7FF0000000000001, 0xFFF4000000000000, 0x7FFFFFFFFFFFFFFF, // signaling, payloads
		1, 0x8000000000000001, // ±smallest subnormal
		0x000FFFFFFFFFFFFF, 0x800FFFFFFFFFFFFF, // ±largest subnormal
		0x0010000000000000, 0x8010000000000000, // ±smallest normal
		0x7FEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF, // ±largest finite
		0x0000000000012345, 0x0008000000000000,
	}
	var fs []float64
	for _, b := range bs {
		fs = append(fs, b2f(b))
	}
	for _, v := range []float64{1, 0.5, 1.5, 2, 3, 0.25, 0.75, 2.5, 3.5, 10, 100, 1e10, 1e-10, 1e300, 1e-300,
		math.Pi, math.E, math.Sqrt2, math.Sqrt2 / 2, math.Ln2, 1 << 52, 1<<52 - 1, 1<<52 - 0.5, 1<<52 + 1,
		1 << 53, 1<<53 + 2, 1 << 62, 1 << 63, 1 << 64, 4503599627370495.5, 0.49999999999999994, 0.5000000000000001} {
		fs = append(fs, v, -v, math.Nextafter(v, 0), -math.Nextafter(v, 0), math.Nextafter(v, math.Inf(1)), -math.Nextafter(v, math.Inf(1)))
	}
	for e := -1074; e <= 1023; e += 37 { // powers of two
		fs = append(fs, math.Ldexp(1, e), -math.Ldexp(1, e))
	}
	return fs
}

func randbits(r *rand.Rand) float64 { return b2f(r.Uint64()) }

func uniform(r *rand.Rand, lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

// logmag: a random magnitude 2^[-1074, 1024), random sign.
func logmag(r *rand.Rand) float64 {
	f := math.Ldexp(1+r.Float64(), r.Intn(2098)-1075)
	if r.Intn(2) == 0 {
		f = -f
	}
	return f
}

// around: x and its neighbours n ulps away.
func around(x float64, n int) []float64 {
	fs := []float64{x}
	lo, hi := x, x
	for i := 0; i < n; i++ {
		lo = math.Nextafter(lo, math.Inf(-1))
		hi = math.Nextafter(hi, math.Inf(1))
		fs = append(fs, lo, hi)
	}
	return fs
}

func unaryInputs(name string, r *rand.Rand) []float64 {
	fs := specials()
	for i := 0; i < nrandom; i++ {
		fs = append(fs, randbits(r), logmag(r))
	}
	switch name {
	case "floor", "ceil", "trunc":
		for i := 0; i < nrandom; i++ {
			n := float64(r.Int63n(1<<20) - 1<<19)
			fs = append(fs, n+0.5, n-0.5, math.Nextafter(n, n+1), math.Nextafter(n, n-1), uniform(r, -1e6, 1e6), uniform(r, -2, 2))
		}
		for _, v := range []float64{1 << 52, 1 << 53, 1 << 51} {
			fs = append(fs, around(v, 3)...)
			fs = append(fs, around(-v, 3)...)
		}
		fs = append(fs, around(-0.5, 2)...)
		fs = append(fs, around(0.5, 2)...)
	case "sqrt":
		for i := 0; i < nrandom; i++ {
			n := float64(r.Int63n(1 << 26))
			fs = append(fs, n*n, uniform(r, 0, 1e6), -uniform(r, 0, 1e6))
		}
	case "log":
		for i := 0; i < nrandom; i++ {
			fs = append(fs, 1+uniform(r, -1e-3, 1e-3), 1+uniform(r, -1e-12, 1e-12), uniform(r, 0, 10), uniform(r, 0, 1e-300),
				b2f(r.Uint64()&0x000FFFFFFFFFFFFF)) // subnormals
		}
		fs = append(fs, around(1, 20)...)
		for e := -1022; e <= 1023; e += 97 { // the f1 <= Sqrt2/2 edge
			fs = append(fs, around(math.Ldexp(math.Sqrt2/2, e), 2)...)
		}
	}
	return fs
}

func binaryInputs(name string, r *rand.Rand) [][2]float64 {
	sp := specials()
	var ps [][2]float64
	// every pair of a short list of specials, both orders
	short := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), b2f(0x7FF8000000000001), b2f(0xFFF8000000000000),
		b2f(1), b2f(0x8000000000000001), 1, -1, 2.5, -2.5, math.MaxFloat64, -math.MaxFloat64, b2f(0x0010000000000000)}
	for _, x := range short {
		for _, y := range short {
			ps = append(ps, [2]float64{x, y})
		}
	}
	for _, x := range sp {
		ps = append(ps, [2]float64{x, sp[r.Intn(len(sp))]})
	}
	for i := 0; i < nrandom; i++ {
		x, y := logmag(r), logmag(r)
		ps = append(ps, [2]float64{randbits(r), randbits(r)}, [2]float64{x, y}, [2]float64{x, x}, [2]float64{x, -x},
			[2]float64{uniform(r, -10, 10), uniform(r, -10, 10)})
	}
	if name == "hypot" {
		for i := 0; i < nrandom; i++ {
			big := math.Ldexp(1+r.Float64(), 900+r.Intn(124))
			tiny := math.Ldexp(1+r.Float64(), -1074+r.Intn(200))
			ps = append(ps, [2]float64{big, tiny}, [2]float64{tiny, -big}, [2]float64{big, big * (1 + r.Float64())},
				[2]float64{float64(r.Intn(1000)), float64(r.Intn(1000))}, [2]float64{0, logmag(r)})
		}
	}
	return ps
}

func expInputs(r *rand.Rand) []float64 {
	fs := specials()
	for i := 0; i < nrandom; i++ {
		fs = append(fs, randbits(r), uniform(r, -750, 710), uniform(r, -1, 1), uniform(r, -1e-8, 1e-8), uniform(r, -50, 50))
	}
	// the assembly's thresholds: x > Overflow, k+1023 >= 0x7FF, k+1023 <= 0 (subnormal), < -52 (zero)
	for _, v := range []float64{7.09782712893384e+02, 1023 * math.Ln2, 1023.5 * math.Ln2, -1022 * math.Ln2, -1022.5 * math.Ln2,
		-1074 * math.Ln2, -1074.5 * math.Ln2, -1075 * math.Ln2, -1075.5 * math.Ln2, -745.1332191019411, -708.3964185322641, 709.782712893384} {
		fs = append(fs, around(v, 8)...)
	}
	for k := -1080; k <= 1026; k++ { // exponents k, and the rounding edges k±0.5
		if k > -1015 && k < -5 || k > 5 && k < 1015 {
			if k%29 != 0 {
				continue
			}
		}
		fs = append(fs, float64(k)*math.Ln2, (float64(k)+0.5)*math.Ln2, (float64(k)-0.4999)*math.Ln2)
	}
	return fs
}

func hex(f float64) string { return fmt.Sprintf("0x%016x", math.Float64bits(f)) }

// child: exp of every input read from stdin, with GODEBUG=cpu.fma=off.
func child() {
	if useFMA {
		fmt.Fprintln(os.Stderr, "gen_overlay_cases: GODEBUG=cpu.fma=off did not turn math.useFMA off")
		os.Exit(1)
	}
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	for in.Scan() {
		b, err := strconv.ParseUint(in.Text(), 16, 64)
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(out, "%x\n", math.Float64bits(exp(b2f(b))))
	}
	out.Flush()
}

func noFMA(xs []float64) []uint64 {
	self, err := os.Executable()
	if err != nil {
		panic(err)
	}
	var sb strings.Builder
	for _, x := range xs {
		fmt.Fprintf(&sb, "%x\n", math.Float64bits(x))
	}
	cmd := exec.Command(self, "-child")
	cmd.Env = append(os.Environ(), "GODEBUG=cpu.fma=off")
	cmd.Stdin = strings.NewReader(sb.String())
	cmd.Stderr = os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		panic(err)
	}
	var rs []uint64
	for _, l := range strings.Fields(string(outb)) {
		b, err := strconv.ParseUint(l, 16, 64)
		if err != nil {
			panic(err)
		}
		rs = append(rs, b)
	}
	if len(rs) != len(xs) {
		panic("child: short output")
	}
	return rs
}

func main() {
	ischild := flag.Bool("child", false, "internal: exp of stdin's inputs")
	flag.IntVar(&nrandom, "n", nrandom, "random inputs of each kind")
	flag.Parse()
	if *ischild {
		child()
		return
	}
	if !useFMA {
		fmt.Fprintln(os.Stderr, "gen_overlay_cases: math.useFMA is false here (no AVX+FMA, or GODEBUG): the FMA column of exp cannot be made on this machine")
		os.Exit(1)
	}
	r := rand.New(rand.NewSource(1119))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "/* Generated by scripts/gen_overlay_cases.go (go run scripts/gen_overlay_cases.go > tests/overlay_cases.h):")
	fmt.Fprintln(w, " * inputs and Go 1.19's results on amd64, as bits, from math's exported functions, which call the")
	fmt.Fprintln(w, " * assembly (archFloor, archExp, ...).  exp: the result with math.useFMA = 1, then with 0. */")
	for _, u := range unary {
		fmt.Fprintf(w, "static const struct { uint64_t x, r; } %s_cases[] = {\n", u.name)
		for _, x := range unaryInputs(u.name, r) {
			fmt.Fprintf(w, "\t{ %s, %s },\n", hex(x), hex(u.f(x)))
		}
		fmt.Fprintln(w, "};")
	}
	for _, b := range binary {
		fmt.Fprintf(w, "static const struct { uint64_t x, y, r; } %s_cases[] = {\n", b.name)
		for _, p := range binaryInputs(b.name, r) {
			fmt.Fprintf(w, "\t{ %s, %s, %s },\n", hex(p[0]), hex(p[1]), hex(b.f(p[0], p[1])))
		}
		fmt.Fprintln(w, "};")
	}
	xs := expInputs(r)
	nofma := noFMA(xs)
	fmt.Fprintln(w, "static const struct { uint64_t x, fma, nofma; } exp_cases[] = {")
	for i, x := range xs {
		fmt.Fprintf(w, "\t{ %s, %s, 0x%016x },\n", hex(x), hex(exp(x)), nofma[i])
	}
	fmt.Fprintln(w, "};")
}
