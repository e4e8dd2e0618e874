#!/bin/sh
# inlmallocs.sh - do minigo's inliner and gc's save the same heap allocations?
#
#   B=build sh scripts/inlmallocs.sh        (VERBOSE=1: every program's counts)
#   sh scripts/inlmallocs.sh testdata/run/X.go ...   only those programs
#
# The runtimes differ (gc's runtime and std allocate at startup, minigo's
# differently), so runtime.MemStats.Mallocs cannot be compared whole.  What
# can is what inlining saves.  For each program P of the run corpus
# (testdata/run/*.go) four binaries are built from a copy of P in a temp dir:
#
#   gc      go build                  gc_l    go build -gcflags=-l
#   mg      minigo build              mg_l    minigo build -l
#
# (-gcflags=-l and minigo's -l turn inlining off in package main only: std is
# compiled the same way in both builds of each compiler.)  The copy has P's
# `func main() {` renamed `func main_() {` -- nothing else moves, so lines
# and columns stay P's -- and a file 000_inlmallocs.go (first in go build's
# order) whose first package variable reads Mallocs before the rest of
# package main is initialised, and whose main calls main_ through a func
# variable (so main_ is never inlined into it), reads Mallocs again and
# prints the difference on stderr.  That count is every allocation of
# package main's initialisation and of main itself; the startup of the
# runtime and of std, which varies between runs (gc's background
# goroutines), is outside it.  The binaries run with GOGC=off: a collection
# cycle allocates in gc's runtime (its mark workers' goroutines, at points
# that depend on timing), which would otherwise enter the count.  The
# check is
#
#   gc_l - gc  ==  mg_l - mg      inlining saves the same allocations
#
# A program is skipped, with its reason, when it cannot be measured so: it
# exits with a status (testdata/run/P.exit: os.Exit or a panic), main does
# not return, a build fails, a binary's stdout is not P.out, or a binary's
# count differs between two runs (RUNS runs: timing, or a map's overflow
# buckets, which follow the random hash seed).  Prints a table of the programs
# where either saving is non-zero, the skipped ones, and the figure
# "inlining saves the same allocations as gc's in N/M programs" (M: the
# programs measured).  Where the savings differ it also prints the -m lines
# of the program (inlined calls, escape verdicts) that only gc's default
# build or only minigo's has: the start of a diagnosis.  A DIFFERS row is
# "NAME ... DIFFERS" (awk '$NF == "DIFFERS" {print $1}' lists them).
# Always exits 0: it reports, it does not enforce (make check's inlmallocs
# group does, with testdata/inlmallocs.todo).
# Environment: B (build dir, default build), MG_FLAGS (default none),
# MG_L_FLAGS (default -l), RUNS (default 2), VERBOSE.

cd "$(dirname "$0")/.." || exit 0
B=${B:-build}
MG_FLAGS=${MG_FLAGS-}
MG_L_FLAGS=${MG_L_FLAGS--l}
RUNS=${RUNS:-2}
case "$B" in /*) MINIGO=$B/minigo ;; *) MINIGO=$(pwd)/$B/minigo ;; esac
if [ ! -x "$MINIGO" ]; then
	echo "inlmallocs: no $MINIGO (run make first)"
	exit 0
fi
if ! command -v go >/dev/null 2>&1; then
	echo "inlmallocs: go is not installed: nothing to compare with"
	exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/inlmallocs.XXXXXX") || exit 0
trap 'rm -rf "$T"' EXIT
trap 'exit 0' INT TERM
[ -z "${HOME:-}" ] && [ -z "${GOCACHE:-}" ] && export GOCACHE="$T/gocache"
export GO111MODULE=on GOFLAGS=

H=000_inlmallocs.go
cat >"$T/$H" <<'EOF'
package main

import "runtime"

var inlmallocs0 = inlmallocsRead()

var inlmallocsMain = main_

func inlmallocsRead() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	inlmallocsMain()
	println("inlmallocs", inlmallocsRead()-inlmallocs0)
}
EOF

total=0
measured=0
same=0
nskip=0
: >"$T/table"
: >"$T/skipped"
: >"$T/differs"
skip() {
	nskip=$((nskip + 1))
	printf '  %-34s %s\n' "$name" "$*" >>"$T/skipped"
}

# count BIN NAME: the program's count, the same in $RUNS runs, in $cnt;
# 1 if not, with the reason in $why
count() {
	cnt=
	run=0
	while [ $run -lt "$RUNS" ]; do
		run=$((run + 1))
		GOGC=off timeout 20 "$1" </dev/null >"$T/stdout" 2>"$T/stderr"
		st=$?
		if [ $st -ne 0 ]; then
			why="$2: exit status $st"
			return 1
		fi
		if ! cmp -s "$T/stdout" "$base.out"; then
			why="$2: stdout is not ${name%.go}.out under the harness (GOGC=off; main is main_, called from main)"
			return 1
		fi
		c=$(sed -n 's/^inlmallocs \([0-9][0-9]*\)$/\1/p' "$T/stderr" | tail -n 1)
		if [ -z "$c" ]; then
			why="$2: main does not return (no count)"
			return 1
		fi
		if [ -n "$cnt" ] && [ "$cnt" != "$c" ]; then
			why="$2: count varies between runs ($cnt, $c)"
			grep -q 'map\[' "$f" && why="$why: it uses maps (hash seed?)"
			return 1
		fi
		cnt=$c
	done
	return 0
}

[ $# -eq 0 ] && set -- testdata/run/*.go
for f in "$@"; do
	[ -f "$f" ] || continue
	total=$((total + 1))
	base=${f%.go}
	name=$(basename "$f")
	if [ -f "$base.exit" ]; then
		skip "exits with status $(cat "$base.exit") (os.Exit or a panic)"
		continue
	fi
	if [ -f "$base.stdin" ] || grep -q 'os\.Stdin\|fmt\.Scan' "$f"; then
		skip "reads stdin"
		continue
	fi
	if [ "$(grep -c '^func main() {' "$f")" != 1 ]; then
		skip "no single line starting 'func main() {'"
		continue
	fi
	if grep -q 'inlmallocs\|main_' "$f"; then
		skip "uses the names of the harness"
		continue
	fi
	rm -rf "$T/p"
	mkdir "$T/p"
	cp "$T/$H" "$T/p/$H"
	sed 's/^func main() {/func main_() {/' "$f" >"$T/p/$name"
	ok=true
	why=
	for b in gc gc_l mg mg_l; do
		case $b in
		gc) (cd "$T/p" && timeout 120 go build -o "$T/$b" "$H" "$name") >"$T/build.out" 2>&1 ;;
		gc_l) (cd "$T/p" && timeout 120 go build -gcflags=-l -o "$T/$b" "$H" "$name") >"$T/build.out" 2>&1 ;;
		mg) (cd "$T/p" && timeout 120 "$MINIGO" build $MG_FLAGS -o "$T/$b" "$H" "$name") >"$T/build.out" 2>&1 ;;
		mg_l) (cd "$T/p" && timeout 120 "$MINIGO" build $MG_L_FLAGS -o "$T/$b" "$H" "$name") >"$T/build.out" 2>&1 ;;
		esac
		if [ $? -ne 0 ]; then
			why="$b: does not build: $(head -n 1 "$T/build.out")"
			ok=false
			break
		fi
		if ! count "$T/$b" "$b"; then
			ok=false
			break
		fi
		case $b in
		gc) n_gc=$cnt ;;
		gc_l) n_gc_l=$cnt ;;
		mg) n_mg=$cnt ;;
		mg_l) n_mg_l=$cnt ;;
		esac
	done
	if ! $ok; then
		skip "$why"
		continue
	fi
	measured=$((measured + 1))
	gsave=$((n_gc_l - n_gc))
	msave=$((n_mg_l - n_mg))
	if [ $gsave -eq $msave ]; then
		same=$((same + 1))
		verdict=same
	else
		verdict=DIFFERS
		# what the two inliners did differently: gc's -m against minigo's
		# -m (the inlined calls and the escape verdicts), for the diagnosis
		(cd "$T/p" && go build -gcflags=-m -o /dev/null "$H" "$name") 2>&1 |
			sed -e 's|^\./||' | grep -F "$name:" | sort -u >"$T/gc.m"
		(cd "$T/p" && "$MINIGO" build $MG_FLAGS -m -o /dev/null "$H" "$name") 2>&1 |
			sed -e 's|^\./||' | grep -F "$name:" | sort -u >"$T/mg.m"
		{
			echo "$name: gc saves $gsave, minigo $msave; -m lines of one only (gc <, minigo >):"
			diff "$T/gc.m" "$T/mg.m" | grep -E '^[<>] ' |
				grep -E 'inlining call to|does not escape|moved to heap|escapes to heap' |
				grep -v -E '(~R[0-9]+|\(\)) escapes to heap$' | head -n 12 | sed 's/^/    /'
		} >>"$T/differs"
	fi
	if [ $gsave -ne 0 ] || [ $msave -ne 0 ] || [ -n "${VERBOSE:-}" ]; then
		printf '%-34s %8s %8s %8s   %8s %8s %8s   %s\n' "$name" "$n_gc_l" "$n_gc" "$gsave" \
			"$n_mg_l" "$n_mg" "$msave" "$verdict" >>"$T/table"
	fi
done

echo "inlmallocs: heap allocations of package main's init and main (runtime.MemStats.Mallocs)"
echo "saved by inlining: gc's (go build -gcflags=-l vs go build) and minigo's (build $MG_L_FLAGS vs build $MG_FLAGS)"
if [ -s "$T/table" ]; then
	printf '%-34s %8s %8s %8s   %8s %8s %8s\n' program gc_-l gc saves mg_-l mg saves
	cat "$T/table"
else
	echo "(inlining saves no allocation in any program measured)"
fi
if [ -s "$T/differs" ]; then
	echo "where the savings differ:"
	cat "$T/differs"
fi
if [ $nskip -gt 0 ]; then
	echo "skipped ($nskip):"
	cat "$T/skipped"
fi
echo "inlining saves the same allocations as gc's in $same/$measured programs ($nskip of $total skipped)"
exit 0
