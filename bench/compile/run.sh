#!/bin/sh
# bench/compile/run.sh - compile time and memory on generated programs that
# stress one dimension each, minigo against gc (`go build`), side by side.
#
# The programs are written into build/bench/compile by the awk generators
# below (never committed):
#   nest2000     2,000 func literals nested in one another, each calling the next
#   chain2000    2,000 functions, each calling the next
#   map40000     a map literal with 40,000 constant keys
#   switch40000  a switch with 40,000 integer constant cases, each returning
#   funcs100k    100,000 small functions (about 1M lines; only with BIG=1)
# Each is built ROUNDS times (default 1) by both compilers, alternately (gc
# by go tool compile and link, as run.go does, since go build caches); the
# fastest wall time and the peak RSS of that run are kept.  Prints the table
# and writes bench/compile/RESULTS.md; ratio = minigo / gc.  Not a test: a
# slow row never fails.  These are the inputs that were quadratic in
# minigo (issue 13, F5); RESULTS.md keeps the figures before the fixes.
set -e
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-1}
B=${B:-build}
OUT=$B/bench/compile
mkdir -p "$OUT"
make -s all >/dev/null

awk 'BEGIN { n = 2000; print "package main\n\nfunc main() {\n\tx := 0"
	for (i = 0; i < n; i++) print "\tfunc() {"; print "\tx++"
	for (i = 0; i < n; i++) print "\t}()"; print "\tprintln(x)\n}" }' >"$OUT/nest2000.go"
awk 'BEGIN { n = 2000; print "package main\n\nvar x int\n"
	for (i = 0; i < n; i++) printf "func f%d() { f%d() }\n", i, i + 1
	printf "func f%d() { x++ }\n\nfunc main() {\n\tf0()\n\tprintln(x)\n}\n", n }' >"$OUT/chain2000.go"
awk 'BEGIN { n = 40000; print "package main\n\nvar m = map[int]int{"
	for (i = 0; i < n; i++) printf "\t%d: %d,\n", i, i
	print "}\n\nfunc main() { println(len(m)) }" }' >"$OUT/map40000.go"
awk 'BEGIN { n = 40000; print "package main\n\nfunc f(x int) int {\n\tswitch x {"
	for (i = 0; i < n; i++) printf "\tcase %d:\n\t\treturn %d\n", i, i
	print "\t}\n\treturn 0\n}\n\nfunc main() { println(f(3)) }" }' >"$OUT/switch40000.go"
progs="nest2000 chain2000 map40000 switch40000"
if [ -n "$BIG" ]; then
	awk 'BEGIN { n = 100000; print "package main\n\nvar sink int\n"
		for (i = 0; i < n; i++) {
			printf "func f%d(a, b int) int {\n\tc := a + b\n\tif c > %d {\n", i, i
			printf "\t\tc -= b\n\t}\n\tsink += c\n\treturn c * 2\n}\n\n"
		}
		print "func main() { println(f0(1, 2)) }" }' >"$OUT/funcs100k.go"
	progs="$progs funcs100k"
fi

best() { # best FILE: the fastest "seconds kilobytes" line
	sort -n "$1" | head -n 1
}
for p in $progs; do
	: >"$OUT/$p.mg"
	: >"$OUT/$p.gc"
	i=1
	while [ "$i" -le "$ROUNDS" ]; do
		echo "$p: round $i/$ROUNDS" >&2
		# compile and link as run.go does: go build would answer from its cache
		/usr/bin/time -f "%e %M" -a -o "$OUT/$p.gc" sh -c \
			'go tool compile -p=main -o "$1.o" "$1.go" && go tool link -o "$1.gcbin" "$1.o"' sh "$OUT/$p"
		/usr/bin/time -f "%e %M" -a -o "$OUT/$p.mg" "$B/minigo" build -o "$OUT/$p.mgbin" "$OUT/$p.go"
		i=$((i + 1))
	done
done

GOV=$(go version | awk '{print $3}')
CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
{
	echo "# Compile time on generated programs (bench/compile/run.sh)"
	echo
	echo "$(date -u +%Y-%m-%d), $GOV, $CPU, load $(cut -d' ' -f1-3 /proc/loadavg); best of $ROUNDS."
	echo "ratio = minigo / gc; both build a linked binary (minigo at its default -O2;"
	echo "gc's time is compile + link, its MB the larger of the two)."
	echo
	echo "| program | minigo s | gc s | ratio | minigo MB | gc MB |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: |"
	for p in $progs; do
		set -- $(best "$OUT/$p.mg") $(best "$OUT/$p.gc")
		awk -v p="$p" -v ms="$1" -v mk="$2" -v gs="$3" -v gk="$4" 'BEGIN {
			printf "| %s | %.2f | %.2f | %.2f | %.0f | %.0f |\n", p, ms, gs, (gs > 0 ? ms / gs : 0), mk / 1024, gk / 1024 }'
	done
	echo
	cat bench/compile/BEFORE.md
} >"$OUT/RESULTS.md"
cp "$OUT/RESULTS.md" bench/compile/RESULTS.md
cat bench/compile/RESULTS.md
