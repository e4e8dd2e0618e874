// compare
// minigo compare on make against literals.  Each "// RUN: PREFIX F G [flags]"
// line is one `minigo compare -width=300 [flags] FILE F G` whose output is
// FileChecked with --check-prefix=PREFIX (scripts/runtests.sh, which also
// checks that every -m line the table shows is one gc prints).

package main

var gs []int

// RUN: RET makeReturned literalReturned
// RET: minigo compare {{.*}}make_vs_literal.go -O2: main.makeReturned vs main.literalReturned
// RET: source {{ *}}| make_vs_literal.go:[[@LINE+7]]-[[@LINE+9]] {{ *}}| make_vs_literal.go:[[@LINE+11]]-[[@LINE+13]]
// RET: escape (-m) {{ *}}| {{.*}}make_vs_literal.go:[[@LINE+7]]:13: make([]int, 5) escapes to heap {{ *}}| {{.*}}make_vs_literal.go:[[@LINE+11]]:14: []int{...} escapes to heap
// RET-NEXT: runtime calls {{ *}}| runtime.makeslice x1 (allocates) {{ *}}| runtime.newobject x1 (allocates)
// RET-NEXT: instructions {{ *}}| {{[0-9]+}} {{ *}}| {{[0-9]+$}}
// RET-NEXT: stack frame {{ *}}| {{[0-9]+}} bytes {{ *}}| {{[0-9]+}} bytes
// RET: -S=makeReturned {{ *}}| -S=literalReturned
// RET-NEXT: main.makeReturned: {{ *}}| main.literalReturned:
func makeReturned() []int {
	return make([]int, 5)
}

func literalReturned() []int {
	return []int{0, 1, 2, 3, 4}
}

// The same slices on the stack: no allocator in the table nor in the listings.
// RUN: LOC makeLocal literalLocal
// LOC: escape (-m) {{ *}}| {{.*}}: make([]int, 5) does not escape {{ *}}| {{.*}}: []int{...} does not escape
// LOC-NOT: runtime.makeslice
// LOC-NOT: runtime.newobject
// LOC: stack frame {{ *}}| {{[1-9][0-9]*}} bytes {{ *}}| {{[1-9][0-9]*}} bytes
// LOC-NOT: runtime.makeslice
// LOC-NOT: runtime.newobject
func makeLocal(i int) int {
	s := make([]int, 5)
	s[i] = i
	return s[0] + s[4]
}

func literalLocal(i int) int {
	s := []int{0, 1, 2, 3, 4}
	return s[i]
}

// A tail call (jmp runtime.makemap) is still a call.
// RUN: MAP mapHint10 mapHint8
// MAP: runtime calls {{ *}}| runtime.makemap x1 (may allocate) {{ *}}| runtime.makemap_small x1 (allocates)
func mapHint10() map[int]int {
	return make(map[int]int, 10)
}

func mapHint8() map[int]int {
	return make(map[int]int, 8)
}

// Flags go anywhere; the optimisation level is in the title.
// RUN: O0 makeReturned mapHint8 -O0
// O0: minigo compare {{.*}} -O0: main.makeReturned vs main.mapHint8
// O0: stack frame {{ *}}| {{[0-9]+}} bytes {{ *}}| {{[0-9]+}} bytes

type T struct{ xs []int }

// Methods by gc's names, parameters' lines, closures numbered as gc does.
// RUN: METH (*T).Add T.Len
// METH: main.(*T).Add {{ *}}| main.T.Len
// METH: escape (-m) {{ *}}| {{.*}}: leaking param content: t {{ *}}| {{.*}}: t does not escape
// METH-NEXT: runtime calls {{ *}}| runtime.growslice x1 (allocates) {{ *}}| none
func (t *T) Add(x int) { t.xs = append(t.xs, x) }

func (t T) Len() int { return len(t.xs) }

// RUN: CLO adder main.adder.func1
// CLO: main.adder {{ *}}| main.adder.func1
// CLO: source {{ *}}| make_vs_literal.go:[[@LINE+4]]-[[@LINE+6]] {{ *}}| make_vs_literal.go:[[@LINE+5]]-[[@LINE+5]]
// CLO: escape (-m) {{ *}}| {{.*}}: func literal escapes to heap {{ *}}| {{.*}}: func literal escapes to heap
// CLO-NEXT: runtime calls {{ *}}| runtime.newobject x1 (allocates) {{ *}}| none
// CLO: -S=adder {{ *}}| -S=main.adder.func1
func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	gs = makeReturned()
	gs = literalReturned()
	t := &T{}
	t.Add(1)
	println(makeLocal(4), literalLocal(3), len(mapHint10()), len(mapHint8()), t.Len(), adder(1)(2))
}
