#!/bin/sh
# bench/alloc/run.sh - minigo's allocator+GC against glibc malloc/free and Go 1.19.
#
# Builds alloc.c twice (minigo runtime; -DGLIBC) and go/main.go, runs every
# workload RUNS times per implementation (each run a fresh process), takes
# the best ns/alloc and the median peak RSS, prints a table of ratios and
# writes RESULTS.md next to this script.  Not a timed test: numbers depend on
# the machine and its load.
set -e
cd "$(dirname "$0")"
ROOT=../..
B=${B:-build}
RUNS=${RUNS:-5}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

make -s -C "$ROOT" "$B/libminigort.a" >/dev/null
CC=${CC:-cc}
$CC -std=c11 -D_GNU_SOURCE -O2 -I"$ROOT" alloc.c "$ROOT/$B/libminigort.a" -lpthread -o "$OUT/minigo"
$CC -std=c11 -D_GNU_SOURCE -O2 -DGLIBC -I"$ROOT" alloc.c -o "$OUT/glibc"
(cd go && GOFLAGS=-mod=mod GO111MODULE=on go build -o "$OUT/go" .)

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# run IMPL WORKLOAD -> "wall-ns rss cpu-ns"
run() {
	: >"$OUT/ns"
	: >"$OUT/rss"
	: >"$OUT/cpu"
	i=0
	while [ $i -lt "$RUNS" ]; do
		set -- $("$OUT/$1" "$2") "$1" "$2"
		echo "$3" >>"$OUT/ns"
		echo "$4" >>"$OUT/rss"
		echo "$5" >>"$OUT/cpu"
		shift 5
		i=$((i + 1))
	done
	echo "$(sort -n "$OUT/ns" | head -n 1) $(median <"$OUT/rss") $(sort -n "$OUT/cpu" | head -n 1)"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

{
	echo "# bench/alloc results"
	echo
	echo "Median of $RUNS runs per cell, each a fresh process; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)."
	echo "Go: $(go version | cut -d' ' -f3), GOMAXPROCS=$(nproc) (its GC marks on the other CPU too); minigo: one thread."
	echo
	echo "| workload | minigo ns/alloc | glibc ns/alloc | Go ns/alloc | minigo/glibc | minigo/Go | minigo/Go CPU | minigo RSS MiB | glibc RSS MiB | Go RSS MiB | RSS minigo/Go |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|"
	for w in discard keep trees; do
		set -- $(run minigo $w) $(run glibc $w) $(run go $w)
		printf '| %s | %s | %s | %s | %s | %s | %s | %d | %d | %d | %s |\n' "$w" "$1" "$4" "$7" \
			"$(ratio "$1" "$4")" "$(ratio "$1" "$7")" "$(ratio "$3" "$9")" \
			$(($2 / 1024)) $(($5 / 1024)) $(($8 / 1024)) "$(ratio "$2" "$8")"
	done
	echo
	echo "Workloads (alloc.c, go/main.go): discard = 10M objects of 8..512 B, each dropped when"
	echo "the next is made; keep = 300k such objects all live; trees = binary-trees, depth 16"
	echo "(16-byte pointerful nodes).  ns/alloc is wall time and includes collection (minigo, Go)"
	echo "or free (glibc); \"CPU\" compares user+system CPU time per allocation instead, which counts"
	echo "the work of Go's background GC workers and is less disturbed by other load."
	echo "Target (issue 4): minigo/Go ns/alloc <= 1.0, RSS minigo/Go <= 1.2."
} >"$OUT/results.md"
cat "$OUT/results.md"
cp "$OUT/results.md" RESULTS.md
