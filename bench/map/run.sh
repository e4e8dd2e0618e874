#!/bin/sh
# bench/map/run.sh - minigo's map runtime against Go 1.19's maps, side by side.
#
# Builds build/libminigort.a (make), bench/map/bench.c against it, and the Go
# program in bench/map/go (no network: GOPROXY=off, no dependencies), then
# runs the two programs alternately ROUNDS times (default 3).  Each program
# reports, per row, the fastest of 5 runs; across rounds we keep each side's
# fastest again.  Alternating matters on a shared machine: a burst of load
# from other jobs then hits both sides instead of one.
#
# Prints the table and writes bench/map/RESULTS.md.  ratio = minigo / Go,
# so below 1.00 means minigo is faster.  Not a test: it never fails on a
# slow row.
set -e
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-3}
B=${B:-build}
OUT=$B/bench/map
mkdir -p "$OUT"

make -s "$B/libminigort.a" >/dev/null
cc -std=c11 -D_GNU_SOURCE -O2 -I. -I"$B" bench/map/bench.c "$B/libminigort.a" -lm -o "$OUT/mapbench"
(cd bench/map/go && GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local go build -o "../../../$OUT/gomapbench" .)

: >"$OUT/c.txt"
: >"$OUT/go.txt"
i=1
while [ "$i" -le "$ROUNDS" ]; do
	echo "round $i/$ROUNDS: Go" >&2
	"$OUT/gomapbench" 2>/dev/null >>"$OUT/go.txt"
	echo "round $i/$ROUNDS: minigo" >&2
	"$OUT/mapbench" >>"$OUT/c.txt"
	i=$((i + 1))
done

GOV=$(go version | awk '{print $3}')
CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)

# best per row, in first-seen order; join on the row name
awk -v gov="$GOV" -v cpu="$CPU" -v load="$LOAD" -v rounds="$ROUNDS" '
FNR == 1 { file++ }
{
	if (!($1 in seen)) { seen[$1] = 1; order[n++] = $1 }
	if (file == 1) { if (!($1 in g) || $2 < g[$1]) g[$1] = $2 }
	else { if (!($1 in c) || $2 < c[$1]) c[$1] = $2 }
}
END {
	printf "# Map benchmark: minigo runtime vs %s\n\n", gov
	printf "CPU: %s; load average at the end: %s; %d alternating rounds, best of 5 runs per round.\n", cpu, load, rounds
	printf "ns per operation (insert, lookup, delete+insert pair, or iterated entry); ratio = minigo / Go.\n"
	printf "On a shared machine single rows swing by 2-4x between runs (see the load average); compare runs made at low load.\n\n"
	printf "| row | Go ns/op | minigo ns/op | ratio |\n|---|---:|---:|---:|\n"
	for (i = 0; i < n; i++) {
		r = order[i]
		printf "| %s | %.2f | %.2f | %.2f |\n", r, g[r], c[r], (g[r] > 0 ? c[r] / g[r] : 0)
	}
}' "$OUT/go.txt" "$OUT/c.txt" >bench/map/RESULTS.md

cat bench/map/RESULTS.md
