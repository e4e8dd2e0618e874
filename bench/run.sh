#!/bin/sh
# bench/run.sh - the benchmark programs (bench/programs/*.go) built by gc
# (`go build`), gccgo -O2 and minigo -O2, checked for equal output, timed
# side by side.  bench/README.md explains the columns.
#
#   sh bench/run.sh [--quick] [--rounds N] [--out FILE] [PROGRAM ...]
#
# For every program (default: all of bench/programs/*.go; a PROGRAM is a name
# such as n-body, or a path): build it with each compiler (compile time: the
# median of CROUNDS builds, gc with a fresh GOCACHE each time), run each binary
# once as a warm-up whose stdout must equal gc's (gccgo's if gc failed), then
# ROUNDS interleaved rounds (gc gccgo minigo, gc gccgo minigo, ...), each run a
# fresh process: wall time from date +%s%N, peak RSS from GNU time.  The size
# argument os.Args[1] comes from the program's header line
# "// bench: default N=..., quick N=...".  Allocation counts come from a
# stderr line "mallocs: N" that a program may print itself
# (println("mallocs:", m.Mallocs) after runtime.ReadMemStats); otherwise n/a.
#
# Full mode writes bench/RESULTS.md (or --out FILE) and prints it.
# --quick: the quick sizes, one run per binary (the output check, also timed),
# builds in parallel, gc's and gccgo's binaries cached in
# ${TMPDIR:-/tmp}/minigo-bench-cache.UID; one line per program on stdout, the
# tables to ${TMPDIR:-/tmp}/minigo-bench-quick.md, never to bench/RESULTS.md.
# The test suite runs the quick mode; nothing asserts anything about time.
#
# Exit status: 0 when every compiler that compiled a program made a binary
# that exits 0 with the same stdout; 1 when outputs differ, a binary fails or
# times out, or a program is broken (no bench header, gc or gccgo cannot
# compile it).  minigo failing to compile is reported ("does not compile") and
# left out of the means, but is not a failure.  2: usage.
# Environment: B (build dir, default build), MINIGO (default $B/minigo),
# ROUNDS (default 5), CROUNDS (compile rounds, default 3), RUN_TIMEOUT (s),
# JOBS (programs at once in quick mode, default 4).

# The whole script is one block, read before it runs: editing this file (or a
# git checkout) during a run cannot change what the run does.
{
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
B=${B:-build}
case $B in /*) ;; *) B=$ROOT/$B ;; esac
MINIGO=${MINIGO:-$B/minigo}
QUICK=false
ROUNDS=${ROUNDS:-5}
CROUNDS=${CROUNDS:-3}
OUTFILE=$ROOT/bench/RESULTS.md
PROGS=""
while [ $# -gt 0 ]; do
	case $1 in
	--quick) QUICK=true ;;
	--rounds) ROUNDS=$2; shift ;;
	--out) OUTFILE=$2; shift ;;
	-h | --help) sed -n '2,34p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "bench/run.sh: unknown flag $1" >&2; exit 2 ;;
	*)
		if [ -f "bench/programs/$1.go" ]; then PROGS="$PROGS $ROOT/bench/programs/$1.go"
		elif [ -f "$1" ]; then PROGS="$PROGS $(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
		else echo "bench/run.sh: no program $1" >&2; exit 2
		fi ;;
	esac
	shift
done
[ -z "$PROGS" ] && PROGS=$(ls "$ROOT"/bench/programs/*.go 2>/dev/null)
if [ -z "$PROGS" ]; then
	echo "bench/run.sh: no programs in bench/programs" >&2
	exit 1
fi
for v in "$ROUNDS" "$CROUNDS" "${RUN_TIMEOUT:-1}" "${JOBS:-1}"; do
	case $v in '' | *[!0-9]*) echo "bench/run.sh: not a number: $v" >&2; exit 2 ;; esac
done
[ "$CROUNDS" -ge 1 ] || CROUNDS=1
CACHE=${TMPDIR:-/tmp}/minigo-bench-cache.$(id -u)
if $QUICK; then
	ROUNDS=0 # the output-check run is the one timed run
	CROUNDS=1
	OUTFILE=${TMPDIR:-/tmp}/minigo-bench-quick.md
	RUN_TIMEOUT=${RUN_TIMEOUT:-20}
fi
RUN_TIMEOUT=${RUN_TIMEOUT:-600}

W=$(mktemp -d "${TMPDIR:-/tmp}/minigo-bench.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
trap 'exit 130' INT TERM
D=$W/d # per program P and compiler C: $D/P.C.{status,wall,rss,out,err,mallocs,ctime.wall,cerr}
mkdir -p "$D" "$W/bin"

COMPILERS="gc gccgo minigo"
have() {
	case $1 in
	gc) command -v go >/dev/null 2>&1 ;;
	gccgo) command -v gccgo >/dev/null 2>&1 ;;
	minigo) [ -x "$MINIGO" ] ;;
	esac
}
built_ok() { # built_ok C: C built program $p and its binary has not failed so far
	_s=""
	[ -f "$D/$p.$1.status" ] && read -r _s <"$D/$p.$1.status"
	[ "$_s" = ok ]
}
HAVE_TIME=false
[ -x /usr/bin/time ] && HAVE_TIME=true

# timed PREFIX LIMIT OUT ERR CMD...: runs CMD (stdin /dev/null, stdout to OUT,
# stderr to ERR) under `timeout LIMIT`; appends the wall time in ns to
# PREFIX.wall and the peak RSS in KB to PREFIX.rss; returns CMD's status
# (124 on timeout).
timed() {
	_p=$1 _l=$2 _o=$3 _e=$4
	shift 4
	: >"$_p.tm"
	_t0=$(date +%s%N)
	if $HAVE_TIME; then
		timeout "$_l" /usr/bin/time -f '%M' -o "$_p.tm" "$@" </dev/null >"$_o" 2>"$_e"
	else
		timeout "$_l" "$@" </dev/null >"$_o" 2>"$_e"
	fi
	_st=$?
	_t1=$(date +%s%N)
	echo $((_t1 - _t0)) >>"$_p.wall"
	_rss="" # last line of time's output; "Command exited with ..." precedes it
	while read -r _l; do _rss=$_l; done <"$_p.tm"
	case $_rss in '' | *[!0-9]*) ;; *) echo "$_rss" >>"$_p.rss" ;; esac
	return $_st
}

# compile C SRC BIN ROUND: one build; wall time to $D/$p.C.ctime.wall
compile() {
	case $1 in
	gc)
		if $QUICK; then _gc=$W/gocache; else _gc=$W/gocache.$4; fi
		(cd "$W" && timed "$D/$p.gc.ctime" 300 /dev/null "$D/$p.gc.cerr" \
			env GOCACHE="$_gc" go build -o "$3" "$2")
		_cs=$?
		$QUICK || rm -rf "$_gc"
		return $_cs ;;
	gccgo)
		(cd "$W" && timed "$D/$p.gccgo.ctime" 300 /dev/null "$D/$p.gccgo.cerr" gccgo -O2 -o "$3" "$2") ;;
	minigo)
		# a fresh build cache holding the std packages only (mgstd, made
		# below), as go's fresh GOCACHE with GOROOT's precompiled std
		if $QUICK; then
			(cd "$W" && timed "$D/$p.minigo.ctime" 300 /dev/null "$D/$p.minigo.cerr" "$MINIGO" build -O2 -o "$3" "$2")
			return
		fi
		_mc=$W/mgcache.$4
		rm -rf "$_mc"
		cp -r "$W/mgstd" "$_mc"
		(cd "$W" && timed "$D/$p.minigo.ctime" 300 /dev/null "$D/$p.minigo.cerr" \
			env MINIGO_CACHE="$_mc" "$MINIGO" build -O2 -o "$3" "$2")
		_cs=$?
		rm -rf "$_mc"
		return $_cs ;;
	esac
}

# build C SRC: CROUNDS builds -> $D/$p.C.status ok | nocompile (missing: no
# such compiler).  Quick mode keeps gc's and gccgo's binaries in $CACHE, keyed
# by the source and the toolchain's version; minigo's builds are never cached.
build() {
	_bin=$W/bin/$p.$1
	_key=""
	if $QUICK && [ "$1" != minigo ]; then
		_key=$({ cat "$2"; echo "$1 $gover $gccgover"; } | cksum | tr ' ' -)
		if [ -x "$CACHE/$p.$1.$_key" ] && cp "$CACHE/$p.$1.$_key" "$_bin" 2>/dev/null; then
			echo ok >"$D/$p.$1.status"
			return
		fi
	fi
	_r=1
	while [ $_r -le "$CROUNDS" ]; do
		rm -f "$_bin"
		if ! compile "$1" "$2" "$_bin" $_r || [ ! -x "$_bin" ]; then
			echo nocompile >"$D/$p.$1.status"
			return
		fi
		_r=$((_r + 1))
	done
	echo ok >"$D/$p.$1.status"
	if [ -n "$_key" ] && mkdir -p "$CACHE" 2>/dev/null; then
		rm -f "$CACHE/$p.$1".*
		cp "$_bin" "$CACHE/$p.$1.$_key.$$" 2>/dev/null &&
			mv -f "$CACHE/$p.$1.$_key.$$" "$CACHE/$p.$1.$_key" 2>/dev/null
	fi
}

# The report: one awk program over the files in $D (no process per cell).
#   mode=line: the one-line summary of program `prog`; exits 1 if it failed
#   mode=md:   the tables of RESULTS.md
cat >"$W/report.awk" <<'EOF'
function line1(f,   x) { x = ""; if ((getline x < f) <= 0) x = ""; close(f); return x }
# nums(f, a): the numbers in file f, sorted ascending into a[1..n]; returns n
function nums(f, a,   n, x, i, j, t) {
	n = 0
	while ((getline x < f) > 0) if (x ~ /^[0-9]+(\.[0-9]+)?$/) a[++n] = x + 0
	close(f)
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
	return n
}
function median(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
function status(p, c,   s) { s = line1(D "/" p "." c ".status"); return s == "" ? "missing" : s }
function why(p, c,   s) {
	s = status(p, c)
	if (s == "ok") return ""
	if (s == "missing") return c == "minigo" ? "not built" : "not installed"
	if (s == "nocompile") return "does not compile"
	if (s == "differs") return "output differs"
	if (s == "timeout") return "timed out"
	if (s == "varies") return "output varies between runs"
	if (s ~ /^exit/) return "exits with status " substr(s, 5)
	return s
}
# stat(p, c, kind): median of P.C.kind ("" when C has no valid result for P);
# sets LO and HI to the minimum and maximum
function stat(p, c, kind,   a, n) {
	LO = HI = ""
	if (kind == "ctime.wall") { if (status(p, c) == "missing" || status(p, c) == "nocompile") return "" }
	else if (why(p, c) != "") return ""
	n = nums(D "/" p "." c "." kind, a)
	if (n == 0) return ""
	LO = a[1]; HI = a[n]
	return median(a, n)
}
function secs(ns) { return ns == "" ? "n/a" : sprintf("%.3f", ns / 1e9) }
function mib(kb) { return kb == "" ? "n/a" : sprintf("%.1f", kb / 1024) }
function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "n/a" : sprintf("%.2f", a / b) }
function cell(p, c,   m) {
	if (why(p, c) != "") return why(p, c)
	m = stat(p, c, "wall")
	return m == "" ? "n/a" : secs(m) " (" secs(LO) "–" secs(HI) ")"
}
# geo(kind, a, b): geometric mean of a/b over the programs where both have a value
function geo(kind, a, b,   i, x, y, s, k) {
	s = k = 0
	for (i = 1; i <= np; i++) {
		x = stat(P[i], a, kind); y = stat(P[i], b, kind)
		if (x != "" && y != "" && y > 0) { s += log(x / y); k++ }
	}
	if (k == 0) return "n/a (no program where both have a result)"
	return sprintf("**%.2f** over %d of %d programs", exp(s / k), k, np)
}
BEGIN {
	np = split(progs, P, " ")
	nc = split(comps, C, " ")
	if (mode == "line") {
		p = prog; bad = 0; out = ""
		for (i = 1; i <= nc; i++) {
			c = C[i]; s = status(p, c)
			if (s == "ok") out = out sprintf("  %s %ss", c, secs(stat(p, c, "wall")))
			else {
				out = out sprintf("  %s: %s", c, why(p, c))
				# minigo may not build a program (yet); anything else is a failure
				if (s != "missing" && !(c == "minigo" && s == "nocompile")) bad = 1
			}
		}
		printf "%-4s %-16s N=%-9s%s\n", bad ? "FAIL" : "ok", p, line1(D "/" p ".n"), out
		exit bad
	}
	print "## Run time"
	print ""
	printf "Seconds: median (min–max) of %d run(s) per cell.  Ratios are ratios of medians; below 1 means the\n", nruns
	print "first-named compiler's program is faster."
	print ""
	print "| program | N | gc | gccgo | minigo | gccgo/gc | minigo/gc | minigo/gccgo |"
	print "|---|---|---|---|---|---|---|---|"
	for (i = 1; i <= np; i++) {
		p = P[i]
		if (line1(D "/" p ".n") == "") { printf "| %s | - | no bench header | | | | | |\n", p; continue }
		g = stat(p, "gc", "wall"); cg = stat(p, "gccgo", "wall"); mg = stat(p, "minigo", "wall")
		printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", p, line1(D "/" p ".n"),
			cell(p, "gc"), cell(p, "gccgo"), cell(p, "minigo"), ratio(cg, g), ratio(mg, g), ratio(mg, cg)
	}
	print ""
	print "Geometric means of the per-program ratios, over the programs where both compilers built a binary"
	print "whose output agreed with the reference:"
	print ""
	print "- gccgo/gc: " geo("wall", "gccgo", "gc")
	print "- minigo/gc: " geo("wall", "minigo", "gc")
	print "- minigo/gccgo: " geo("wall", "minigo", "gccgo")
	print ""
	print "## Memory"
	print ""
	print "Peak RSS in MiB (GNU time's maximum resident set size; median of the timed runs).  mallocs: heap"
	print "allocations as the program reports them (`mallocs: N` on stderr, from runtime.MemStats.Mallocs);"
	print "n/a where the program does not print it: none of the three runtimes exposes a count otherwise."
	print ""
	print "| program | gc | gccgo | minigo | minigo/gc | minigo/gccgo | mallocs gc | mallocs gccgo | mallocs minigo |"
	print "|---|---|---|---|---|---|---|---|---|"
	for (i = 1; i <= np; i++) {
		p = P[i]
		if (line1(D "/" p ".n") == "") continue
		g = stat(p, "gc", "rss"); cg = stat(p, "gccgo", "rss"); mg = stat(p, "minigo", "rss")
		ma = ""
		for (j = 1; j <= nc; j++) {
			x = why(p, C[j]) == "" ? line1(D "/" p "." C[j] ".mallocs") : ""
			ma = ma " | " (x == "" ? "n/a" : x)
		}
		printf "| %s | %s | %s | %s | %s | %s%s |\n", p, mib(g), mib(cg), mib(mg), ratio(mg, g), ratio(mg, cg), ma
	}
	print ""
	print "- RSS minigo/gc: " geo("rss", "minigo", "gc")
	print "- RSS minigo/gccgo: " geo("rss", "minigo", "gccgo")
	print ""
	print "## Compile time"
	print ""
	printf "Seconds, median of %d build(s): `go build` with a fresh GOCACHE (cold: the program and the link;\n", crounds
	print "the standard library comes precompiled from GOROOT), `gccgo -O2`, `minigo build -O2` with a fresh build"
	print "cache holding only the std packages (`minigo build std`, as GOROOT holds gc's)."
	print ""
	print "| program | gc (cold GOCACHE) | gccgo -O2 | minigo -O2 | minigo/gc | minigo/gccgo |"
	print "|---|---|---|---|---|---|"
	for (i = 1; i <= np; i++) {
		p = P[i]
		if (line1(D "/" p ".n") == "") continue
		g = stat(p, "gc", "ctime.wall"); cg = stat(p, "gccgo", "ctime.wall"); mg = stat(p, "minigo", "ctime.wall")
		for (j = 1; j <= nc; j++) {
			s = status(p, C[j])
			T[j] = s == "nocompile" ? "does not compile" : s == "missing" ? why(p, C[j]) : secs(stat(p, C[j], "ctime.wall"))
		}
		printf "| %s | %s | %s | %s | %s | %s |\n", p, T[1], T[2], T[3], ratio(mg, g), ratio(mg, cg)
	}
	print ""
	print "- minigo/gc: " geo("ctime.wall", "minigo", "gc")
	print "- minigo/gccgo: " geo("ctime.wall", "minigo", "gccgo")
	if (quick) {
		print ""
		print "Quick mode: builds ran in parallel, gc's cache was shared, and gc's and gccgo's binaries may come"
		print "from the quick mode's cache (then n/a): these compile times mean little."
	}
	hdr = 0
	for (i = 1; i <= np; i++) for (j = 1; j <= nc; j++) {
		p = P[i]; c = C[j]; s = status(p, c)
		if (s != "ok" && s != "missing") {
			if (!hdr) { print ""; print "## Failures"; print ""; hdr = 1 }
			f = D "/" p "." c ".cerr"; x = ""
			if (s == "nocompile") { while ((getline y < f) > 0) if (y !~ /^#/ && y != "") { x = y; break }; close(f) }
			else { f = D "/" p "." c ".err"; x = line1(f) }
			gsub(/[`|]/, "'", x)
			printf "- %s, %s: %s%s\n", p, c, why(p, c), x == "" ? "" : " — `" substr(x, 1, 160) "`"
		}
	}
}
EOF
report() { awk -v D="$D" -v progs="$ALL" -v comps="$COMPILERS" -v quick="$($QUICK && echo 1)" \
	-v nruns="$NRUNS" -v crounds="$CROUNDS" "$@" -f "$W/report.awk"; }
NRUNS=$ROUNDS
$QUICK && NRUNS=1

# ---- machine ----
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
gover=$(go version 2>/dev/null || echo "not installed")
gccgover=$(gccgo --version 2>/dev/null | head -n 1)
[ -z "$gccgover" ] && gccgover="not installed"
mgver=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] && mgver="$mgver + uncommitted changes"
have minigo || mgver="$mgver (not built: no $MINIGO)"
load0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
date0=$(date -u '+%Y-%m-%d %H:%M UTC')

# ---- the programs ----
# one SRC: everything for one program; its summary line goes to $D/$p.line,
# and $D/$p.fail exists if it failed
one() {
	p=$(basename "$1" .go)
	if $QUICK; then key=quick; else key=default; fi
	n=$(grep -m 1 '^// bench:' "$1" | sed -n "s/.*$key N=\([0-9][0-9]*\).*/\1/p")
	echo "$n" >"$D/$p.n"
	if [ -z "$n" ]; then
		echo "FAIL $p: no '// bench: default N=..., quick N=...' header" >"$D/$p.line"
		: >"$D/$p.fail"
		return
	fi

	# builds: one after the other (compile times matter), in parallel in quick mode
	for c in $COMPILERS; do
		have "$c" || continue
		if $QUICK; then build "$c" "$1" & else build "$c" "$1"; fi
	done
	wait

	# warm-up run = output check, against gc (gccgo if gc failed)
	ref=""
	for c in $COMPILERS; do
		built_ok "$c" || continue
		pfx=$D/$p.$c.warm
		$QUICK && pfx=$D/$p.$c
		timed "$pfx" "$RUN_TIMEOUT" "$D/$p.$c.out" "$D/$p.$c.err" "$W/bin/$p.$c" "$n"
		s=$?
		if [ $s -eq 124 ]; then
			echo timeout >"$D/$p.$c.status"
		elif [ $s -ne 0 ]; then
			echo "exit$s" >"$D/$p.$c.status"
		elif [ -z "$ref" ]; then
			ref=$c
		elif ! cmp -s "$D/$p.$ref.out" "$D/$p.$c.out"; then
			echo differs >"$D/$p.$c.status"
			{ echo "$p: $c's output differs from $ref's (diff $ref $c):"
			  diff "$D/$p.$ref.out" "$D/$p.$c.out" | head -n 6; } >&2
		fi
		sed -n 's/^mallocs:[ =]*\([0-9][0-9]*\)$/\1/p' "$D/$p.$c.err" | tail -n 1 >"$D/$p.$c.mallocs"
	done

	# timed rounds, interleaved
	r=1
	while [ $r -le "$ROUNDS" ]; do
		for c in $COMPILERS; do
			built_ok "$c" || continue
			timed "$D/$p.$c" "$RUN_TIMEOUT" "$D/$p.$c.rout" "$D/$p.$c.rerr" "$W/bin/$p.$c" "$n"
			s=$?
			if [ $s -eq 124 ]; then echo timeout >"$D/$p.$c.status"
			elif [ $s -ne 0 ]; then echo "exit$s" >"$D/$p.$c.status"
			elif ! cmp -s "$D/$p.$c.rout" "$D/$p.$c.out"; then echo varies >"$D/$p.$c.status"
			fi
		done
		r=$((r + 1))
	done

	report -v mode=line -v prog="$p" >"$D/$p.line" || : >"$D/$p.fail"
}

# minigo's std packages, precompiled once into the cache each timed build
# starts from (compile(), above)
if ! $QUICK && have minigo; then
	MINIGO_CACHE="$W/mgstd" "$MINIGO" build std || echo "minigo build std failed" >&2
fi

# Full mode: one program after the other.  Quick mode: JOBS programs at a
# time (its times are not measurements), lines printed in order.
JOBS=${JOBS:-4}
[ "$JOBS" -ge 1 ] || JOBS=1
ALL=""
for src in $PROGS; do ALL="$ALL $(basename "$src" .go)"; done
failed=0
if $QUICK; then
	set -- $PROGS
	while [ $# -gt 0 ]; do
		j=0
		while [ $# -gt 0 ] && [ $j -lt "$JOBS" ]; do
			one "$1" &
			shift
			j=$((j + 1))
		done
		wait
	done
	for q in $ALL; do
		cat "$D/$q.line"
		[ -f "$D/$q.fail" ] && failed=1
	done
else
	for src in $PROGS; do
		one "$src"
		cat "$D/$(basename "$src" .go).line"
		[ -f "$D/$(basename "$src" .go).fail" ] && failed=1
	done
fi

# ---- the report ----
{
	echo "# minigo benchmark programs"
	echo
	echo "Written by \`sh bench/run.sh$($QUICK && echo ' --quick')\` on $date0 — do not edit by hand; \`make bench\` rewrites it."
	echo "bench/README.md explains the method and the columns."
	echo
	echo "## Machine and tools"
	echo
	echo "- CPU: ${cpu:-unknown}; $(nproc) CPUs (nproc); memory $mem; kernel $(uname -sr)"
	echo "- load average when the run started: $load0"
	echo "- gc: $gover — \`go build\`, default flags (GOMAXPROCS=$(nproc): its GC also runs on the other CPUs)"
	echo "- gccgo: $gccgover — \`gccgo -O2\`"
	echo "- minigo: commit $mgver — \`minigo build -O2\`"
	if $QUICK; then
		echo "- method (quick mode): one run per binary, both the output check and the timing, with"
		echo "  up to $JOBS programs running at once: these times are not measurements"
	else
		echo "- method: per program one warm-up run per binary (its stdout is the output check), then $ROUNDS"
		echo "  rounds interleaved gc, gccgo, minigo, gc, gccgo, minigo, ...; each run a fresh process"
	fi
	echo "- wall time from \`date +%s%N\` around each run; peak RSS from GNU time (\`/usr/bin/time -f %M\`)"
	echo
	report -v mode=md
} >"$W/results.md"
if cp "$W/results.md" "$OUTFILE.tmp.$$" 2>/dev/null && mv -f "$OUTFILE.tmp.$$" "$OUTFILE"; then :; else
	echo "bench/run.sh: cannot write $OUTFILE" >&2
fi
$QUICK || { echo; cat "$W/results.md"; }
exit $failed
}
