#!/bin/sh
# runtests.sh - minigo's whole test suite; `make check` runs it.
#
# Groups, each counting its own cases:
#   unit       Check suites build/tests/check_*        (counts Check's own checks)
#   errorcheck testdata/**/*.go whose first line is "// errorcheck [flags]":
#              the // ERROR comments must match minigo's diagnostics exactly
#              (tests/errorcheck.c, Go's test/run.go rules); where Go is
#              installed, the positions must also equal gc's, and the number of
#              diagnostics whose text equals gc's is reported
#   escgc      every program of testdata/escape, testdata/run, bench/programs
#              and examples: minigo's -m output must be gc's, line for line
#              (go tool compile -m -l, or the file's errorcheck flags): same
#              text, columns and order; recall and precision are reported;
#              and the default -m (inlining, as go build -gcflags=-m): the
#              files identical to gc's are counted, those of
#              testdata/inline.pass must stay so; a loop's allocations as
#              go run's
#   inlmallocs what inlining saves: runtime.MemStats.Mallocs of each run
#              program's main built with and without inlining, by gc and by
#              minigo (scripts/inlmallocs.sh): the same savings, but for
#              testdata/inlmallocs.todo; the table and the figure printed
#   goescape   Go's own $GOROOT/test/escape*.go and its tests of the inliner
#              (inline*.go and the fixedbugs files that need inlining), run
#              in place (never copied) with their own flags: the
#              expectations minigo meets; testdata/goescape.pass in full
#   godirective Go's $GOROOT/test/directive*.go, in place: every expectation
#              met and the output gc's, byte for byte
#   gosuite    Go's whole $GOROOT/test as run.go runs it, in place: every
#              `run` and plain `errorcheck` file in the language must pass
#              (scripts/gosuite.sh; testdata/gosuite.todo: the known failures)
#   robust     testdata/fuzz/* and generated hostile inputs, through parse, check
#              and escape (-d=escape -m=2): minigo must answer
#              with exit 0 or 1 within 10 s, never a crash or an ICE
#
#   codegen    testdata/codegen/*.go: FileCheck-16 on minigo's -emit-llvm
#   ir         testdata/ir/*.go: FileCheck-16 on minigo's -d=ir dump
#   compare    testdata/compare/*.go: FileCheck-16 on `minigo compare`, its
#              -m lines against gc's, its errors, and docs/make-vs-literal.md
#              against a fresh scripts/make-vs-literal.sh
#   run        testdata/run/*.go: as far as the built stages go (scripts/stages
#              lists them: parse, check, escape, run): parse or type-check
#              cleanly, or, once programs run, the same stdout, first stderr
#              line and exit status as the binary `go build` made, and the same
#              stdout and status again under GODEBUG=gcstress=100
#              (X.out, X.stderr, X.exit, written by scripts/expect.sh); a
#              program that starts goroutines 20 times more, with
#              GOMAXPROCS=1 and 2; and again built with -l (no inlining)
#
#   cache      the build cache: objects used again, builds without one
#   pkg        testdata/pkg/*/: multi-file packages and modules, built from
#              inside each directory by go build and by minigo with the same
#              -gcflags: the same errors and -m lines, the same program
#
# Ends with the line "N passed, N failed"; exits 1 if anything failed.
# Environment: B (build dir, default build), VERBOSE=1 prints every case.

B=${B:-build}
MINIGO=$B/minigo
ERRORCHECK=$B/tests/errorcheck
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

pass=0
fail=0
ok() { pass=$((pass + 1)); [ -n "$VERBOSE" ] && echo "ok   $*"; return 0; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

# expect_error NAME WANT COMMAND...: exit 1, and stderr is the line WANT
# alone (no linker or cc text after it)
expect_error() {
	name=$1 want=$2
	shift 2
	"$@" >"$T/ee.out" 2>"$T/ee.err"
	status=$?
	got=$(cat "$T/ee.err")
	if [ $status -eq 1 ] && [ "$got" = "$want" ]; then
		ok "$name"
	else
		bad "$name: exit $status, stderr '$(head -c 300 "$T/ee.err")', want '$want'"
	fi
}

STAGES=$(cat scripts/stages)
built() { case " $STAGES " in *" $1 "*) return 0 ;; esac; return 1; }

# go needs a build cache; CI may run without HOME.
[ -z "$HOME" ] && [ -z "$GOCACHE" ] && export GOCACHE="$T/gocache"

have_go=false
if command -v go >/dev/null 2>&1; then
	have_go=true
	GOROOT=$(go env GOROOT)
fi

# ---- unit: Check suites ----
# (the suites of tests/check_*.c: a binary left in $B by a deleted suite is not one)
for src in tests/check_*.c; do
	name=$(basename "$src" .c)
	t=$B/tests/$name
	[ -x "$t" ] || { bad "$name: not built"; continue; }
	out=$("$t" 2>&1)
	status=$?
	summary=$(printf '%s\n' "$out" | grep -E '^[0-9]+%: Checks: [0-9]+' | tail -n 1)
	if [ -z "$summary" ]; then
		bad "$name: no Check summary (exit $status)"
		printf '%s\n' "$out" | tail -n 20
		continue
	fi
	checks=$(echo "$summary" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
	failures=$(echo "$summary" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
	errors=$(echo "$summary" | sed -E 's/.*Errors: ([0-9]+).*/\1/')
	nfail=$((failures + errors))
	pass=$((pass + checks - nfail))
	fail=$((fail + nfail))
	if [ "$nfail" -gt 0 ] || [ "$status" -ne 0 ]; then
		echo "FAIL $name: $summary"
		printf '%s\n' "$out" | grep -E ':[EF]:' | head -n 20
		[ "$nfail" -eq 0 ] && fail=$((fail + 1))
	else
		[ -n "$VERBOSE" ] && echo "ok   $name: $summary"
	fi
done

# ---- errorcheck: golden diagnostics ----
gc_files=0
gc_lines=0
gc_same=0
# escape (-m) files, compared whole with gc's below (escgc)
esc_files=""
esc_gc=0
esc_mg=0
esc_same=0
esc_same_nocol=0
esc_order=0
for f in $(find testdata -name '*.go' -type f | sort); do
	head -n 1 "$f" | grep -q '^// errorcheck' || continue
	# Go's run.go reads "-0" as "the compile must succeed", not a flag.
	flags=$(head -n 1 "$f" | sed -e 's|^// errorcheck||' -e 's| -0||')
	mflags=""
	stop="-d=check"
	for fl in $flags; do
		case "$fl" in
		-m | -m=* | -l | -l=*) mflags="$mflags $fl"; stop="-d=escape" ;;
		esac
	done
	# Files under testdata/syntax need only the parser; minigo's own
	# refusals may come from the code generator (a std function the
	# runtime lacks), so testdata/unsupported builds all the way.
	case "$f" in testdata/syntax/*) stop="-d=parse" ;; testdata/unsupported/*) stop="" ;; esac
	timeout 20 "$MINIGO" build $stop $mflags -o "$T/out" "$f" >"$T/mg.out" 2>&1
	status=$?
	if [ $status -gt 1 ]; then
		bad "$f: minigo exit status $status"
		tail -n 5 "$T/mg.out"
		continue
	fi
	if "$ERRORCHECK" "$f" "$T/mg.out" >"$T/ec.out"; then
		ok "$f"
	else
		bad "$f"
		head -n 20 "$T/ec.out"
	fi
	$have_go || continue
	# Errors only minigo gives (features outside the subset) have no gc twin.
	case "$f" in testdata/unsupported/*) continue ;; esac
	grep -q '^// minigo-only' "$f" && continue
	# Compare with gc: same positions (a test), same text (a figure).
	go tool compile -o "$T/gc.o" $flags "$f" 2>&1 |
		grep "^$f:[0-9]*:[0-9]*: " >"$T/gc.lines"
	grep "^$f:[0-9]*:[0-9]*: " "$T/mg.out" >"$T/mg.lines"
	cut -d: -f1-3 "$T/gc.lines" | sort >"$T/gc.pos"
	cut -d: -f1-3 "$T/mg.lines" | sort >"$T/mg.pos"
	gc_files=$((gc_files + 1))
	gc_lines=$((gc_lines + $(wc -l <"$T/gc.lines")))
	sort "$T/mg.lines" >"$T/mg.sorted"
	gc_same=$((gc_same + $(sort "$T/gc.lines" | comm -12 - "$T/mg.sorted" | wc -l)))
	case "$mflags" in
	*-m*) esc_files="$esc_files $f" ;;
	esac
	if cmp -s "$T/gc.pos" "$T/mg.pos"; then
		ok "$f: positions as gc"
	else
		bad "$f: positions differ from gc (< gc, > minigo)"
		diff "$T/gc.pos" "$T/mg.pos" | grep '^[<>]' | head -n 10
	fi
done
if $have_go; then
	echo "gc agreement: $gc_same of $gc_lines gc diagnostics identical in text and position ($gc_files files)"
fi

# ---- escgc: the escape report of every program, against gc's ----
# The -m errorcheck files above (with their own flags) and every program
# of the run corpus, the benchmarks and the examples (with -m -l): the
# output must be gc's exactly, in gc's order.  Recall and precision count
# lines as a multiset, with and without columns.
if $have_go && built escape; then
	nocol() { sed -E 's/^([^:]*:[0-9]+):[0-9]+:/\1:/' "$1" | sort; }
	esc_n=0
	esc_m2=0
	inl_same=0
	for f in $esc_files $(ls testdata/run/*.go bench/programs/*.go examples/*.go 2>/dev/null); do
		case " $esc_files " in
		*" $f "*) flags=$(head -n 1 "$f" | sed -e 's|^// errorcheck||' -e 's| -0||') ;;
		*) flags="-m -l" ;;
		esac
		go tool compile -o "$T/gc.o" $flags "$f" 2>&1 |
			grep "^$f:[0-9]*:[0-9]*: " >"$T/gc.lines"
		timeout 20 "$MINIGO" build -d=escape $flags -o "$T/out" "$f" >"$T/mg.out" 2>&1
		grep "^$f:[0-9]*:[0-9]*: " "$T/mg.out" >"$T/mg.lines"
		esc_n=$((esc_n + 1))
		esc_gc=$((esc_gc + $(wc -l <"$T/gc.lines")))
		esc_mg=$((esc_mg + $(wc -l <"$T/mg.lines")))
		sort "$T/mg.lines" >"$T/mg.sorted"
		esc_same=$((esc_same + $(sort "$T/gc.lines" | comm -12 - "$T/mg.sorted" | wc -l)))
		nocol "$T/mg.lines" >"$T/mg.nocol"
		esc_same_nocol=$((esc_same_nocol + $(nocol "$T/gc.lines" | comm -12 - "$T/mg.nocol" | wc -l)))
		if cmp -s "$T/gc.lines" "$T/mg.lines"; then
			esc_order=$((esc_order + 1))
			ok "$f: escape report as gc's"
		else
			bad "$f: escape report differs from gc's (< gc, > minigo)"
			diff "$T/gc.lines" "$T/mg.lines" | grep '^[<>]' | head -n 10
		fi
		# -m=2 (explanations): a figure only; gc's <autogenerated>
		# method wrappers explain themselves too (docs/status.md).
		go tool compile -o "$T/gc.o" -m=2 -l "$f" >"$T/gc2.out" 2>&1
		timeout 20 "$MINIGO" build -d=escape -m=2 -l -o "$T/out" "$f" >"$T/mg2.out" 2>&1
		cmp -s "$T/gc2.out" "$T/mg2.out" && esc_m2=$((esc_m2 + 1))
		# The default -m, with inlining, as go build -gcflags=-m prints it
		go tool compile -o "$T/gc.o" -m "$f" 2>&1 | grep "^$f:[0-9]*:[0-9]*: " >"$T/gc.lines"
		timeout 20 "$MINIGO" build -d=escape -m -o "$T/out" "$f" 2>&1 | grep "^$f:[0-9]*:[0-9]*: " >"$T/mg.lines"
		if cmp -s "$T/gc.lines" "$T/mg.lines"; then
			inl_same=$((inl_same + 1))
		elif grep -qx "$f" testdata/inline.pass; then
			bad "$f: -m (inlining) no longer gc's default -m (< gc, > minigo)"
			diff "$T/gc.lines" "$T/mg.lines" | grep '^[<>]' | head -n 10
		fi
	done
	echo "escape vs gc ($esc_n files): recall $esc_same/$esc_gc, precision $esc_same/$esc_mg with columns;" \
		"$esc_same_nocol/$esc_gc lines match without columns; identical to gc's, order included, in $esc_order/$esc_n files;" \
		"-m=2 -l identical in $esc_m2/$esc_n"
	echo "default -m (inlining) vs gc's default -m: identical, order included, in $inl_same/$esc_n files" \
		"(-m -l: $esc_order/$esc_n)"
fi

# ---- inline: the allocations inlining saves ----
# A loop calling NewVec(1,2,3).Add(NewVec(4,5,6)) makes as many as under
# go run: gc inlines both calls and their &Vec{...} stay on the stack.
if $have_go && built run; then
	printf 'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\ntype Vec struct{ X, Y, Z float64 }\n\nfunc NewVec(x, y, z float64) *Vec { return &Vec{x, y, z} }\n\nfunc (a *Vec) Add(b *Vec) *Vec { return &Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }\n\nfunc main() {\n\tvar ms runtime.MemStats\n\truntime.ReadMemStats(&ms)\n\tbefore := ms.Mallocs\n\ts := 0.0\n\tfor i := 0; i < 1000; i++ {\n\t\ts += NewVec(1, 2, 3).Add(NewVec(4, 5, 6)).X\n\t}\n\truntime.ReadMemStats(&ms)\n\tfmt.Println(s, ms.Mallocs-before)\n}\n' >"$T/vec.go"
	go build -o "$T/vec.gc" "$T/vec.go" && want=$("$T/vec.gc")
	"$MINIGO" build -o "$T/vec.mg" "$T/vec.go" && got=$("$T/vec.mg")
	if [ -n "$want" ] && [ "$got" = "$want" ]; then
		ok "inline: NewVec(1,2,3).Add(NewVec(4,5,6)) x1000, mallocs as go run's ($got)"
	else
		bad "inline: mallocs '$got', go run '$want'"
	fi
fi

# ---- inlmallocs: the allocations inlining saves, against gc's ----
# scripts/inlmallocs.sh measures them on the run corpus (programs it
# cannot measure are skipped and listed); a program whose savings differ
# from gc's fails unless testdata/inlmallocs.todo lists it, and a listed
# one that no longer differs fails too, so that the list stays true.
if $have_go && built run; then
	B=$B sh scripts/inlmallocs.sh >"$T/im.out" 2>&1
	awk '$NF == "DIFFERS" { print "testdata/run/" $1 }' "$T/im.out" >"$T/im.differs"
	while read -r f; do
		if grep -qx "$f" testdata/inlmallocs.todo; then
			ok "$f: inlining saves other allocations than gc's (known)"
		else
			bad "$f: inlining saves other allocations than gc's"
			grep -A 6 "^$(basename "$f"): gc saves" "$T/im.out"
		fi
	done <"$T/im.differs"
	while read -r f; do
		grep -qx "$f" "$T/im.differs" && continue
		if grep -q "^$(basename "$f") .* same$" "$T/im.out"; then
			bad "$f: saves what gc's inlining saves now: remove it from testdata/inlmallocs.todo"
		fi
	done <testdata/inlmallocs.todo
	sed -n '/^program /,/^\(where\|skipped\|inlining saves\)/p' "$T/im.out" | grep -v '^\(where\|skipped\|inlining saves\)'
	tail -n 1 "$T/im.out"
fi

# Mid-stack inlining 39 levels deep (each of 60 functions calls the next,
# and gc's budget stops at 39): every pass over an inlined body must
# visit each level once; a walk that visited nested copies twice took
# 2^depth (over 120 s at 40 functions).
if built escape; then
	awk 'BEGIN { n = 60; print "package main\n\nvar x int\n"
		for (i = 0; i < n - 1; i++) printf "func f%d() { f%d() }\n", i, i + 1
		printf "func f%d() { x++ }\n\nfunc main() {\n\tf0()\n\tprintln(x)\n}\n", n - 1 }' >"$T/chain.go"
	if timeout 30 "$MINIGO" build -m -o "$T/chain" "$T/chain.go" >"$T/chain.m" 2>&1 && [ "$("$T/chain" 2>&1)" = 1 ] &&
		[ "$(grep -c 'inlining call to' "$T/chain.m")" -gt 0 ]; then
		ok "inline: a chain of 60 inlinable calls compiles in linear time"
	else
		bad "inline: a chain of 60 inlinable calls: $(tail -n 2 "$T/chain.m")"
	fi
fi

# ---- goescape: Go's escape tests, in place ----
# Each errorcheck file of $GOROOT/test/escape*.go runs through minigo's
# escape pass where it stands (package foo and all); files using features
# outside the subset are refused with "not supported by minigo" and counted
# as outside.  The figure is how many of the in-subset files' expectations
# minigo meets; the files listed in testdata/goescape.pass must be met in
# full (a regression there fails the suite).
if $have_go && built escape; then
	ge_met=0
	ge_total=0
	ge_in=0
	ge_out=0
	for f in "$GOROOT"/test/escape*.go "$GOROOT"/test/inline*.go $(sed "s|^|$GOROOT/test/|" testdata/goinline.list); do
		# run.go's errorcheck line, after any build constraints: its -m
		# and -l; -0 (no error expected) is what minigo's exit 0 says,
		# gc's default -d=inlfuncswithclosures=1 is minigo's; -race is
		# outside the subset (it changes one expectation of
		# issue24651a.go: that file cannot be met in full)
		flags=$(grep -m 1 '^// *errorcheck' "$f" | sed -E 's|^// *errorcheck[a-z]*||')
		[ -n "$flags" ] || continue
		name=${f#"$GOROOT"/test/}
		mflags=""
		for fl in $flags; do
			case "$fl" in -m* | -l) mflags="$mflags $fl" ;; esac
		done
		timeout 20 "$MINIGO" build -d=escape $mflags "$f" >"$T/mg.out" 2>&1
		status=$?
		if [ $status -gt 1 ]; then
			bad "$name: minigo exit status $status"
			continue
		fi
		if grep -q 'not supported by minigo' "$T/mg.out"; then
			ge_out=$((ge_out + 1))
			continue
		fi
		ge_in=$((ge_in + 1))
		"$ERRORCHECK" -s "$f" "$T/mg.out" >"$T/ec.out"
		summary=$(tail -n 1 "$T/ec.out")
		m=$(echo "$summary" | sed -E 's/.*met ([0-9]+) of.*/\1/')
		n=$(echo "$summary" | sed -E 's/.*of ([0-9]+) exp.*/\1/')
		ge_met=$((ge_met + m))
		ge_total=$((ge_total + n))
		if grep -qx "$name" testdata/goescape.pass 2>/dev/null; then
			if grep -q '^errorcheck: met \([0-9]*\) of \1 expectations, 0 unmatched' "$T/ec.out"; then
				ok "$name (Go's suite)"
			else
				bad "$name (Go's suite): $summary"
				head -n 10 "$T/ec.out"
			fi
		fi
	done
	echo "Go's escape and inlining tests: met $ge_met of $ge_total expectations in $ge_in files within the subset ($ge_out files outside)"
elif $have_go; then
	for f in "$GOROOT"/test/escape*.go; do
		timeout 20 "$MINIGO" build -d=parse -o "$T/out" "$f" >"$T/mg.out" 2>&1
		status=$?
		if [ $status -eq 0 ] || { [ $status -eq 1 ] && grep -q 'not supported by minigo' "$T/mg.out"; }; then
			ok "$f parses"
		else
			bad "$f does not parse (exit $status)"
			head -n 5 "$T/mg.out"
		fi
	done
fi

# ---- godirective: Go's tests of misplaced //go: directives, in place ----
# They are errorcheck files within the subset; minigo must print exactly
# what gc prints, in its order.
if $have_go && built check; then
	for f in "$GOROOT"/test/directive*.go; do
		name=$(basename "$f")
		# run.go's errorcheck flags: -e, every error
		timeout 20 "$MINIGO" build -d=check -e "$f" >"$T/mg.out" 2>&1
		go tool compile -e -o "$T/gc.o" "$f" >"$T/gc.out" 2>&1
		if "$ERRORCHECK" "$f" "$T/mg.out" >"$T/ec.out" && cmp -s "$T/gc.out" "$T/mg.out"; then
			ok "$name (Go's suite)"
		else
			bad "$name (Go's suite)"
			head -n 10 "$T/ec.out"
			diff "$T/gc.out" "$T/mg.out" | head -n 10
		fi
	done
fi

# ---- gosuite: Go's run and errorcheck tests, in place (scripts/gosuite.sh) ----
if $have_go && built run; then
	B=$B sh scripts/gosuite.sh >"$T/gosuite.out" 2>&1
	grep -v '^gosuite: ' "$T/gosuite.out"
	n=$(sed -n 's/^gosuite: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$T/gosuite.out")
	if [ -n "$n" ]; then
		pass=$((pass + ${n% *}))
		fail=$((fail + ${n#* }))
	else
		bad "scripts/gosuite.sh: no summary"
	fi
fi

# ---- parse: valid programs covering every construct (testdata/parse) ----
for f in testdata/parse/*.go; do
	[ -f "$f" ] || continue
	if timeout 20 "$MINIGO" build -d=check -o "$T/out" "$f" >"$T/mg.out" 2>&1; then
		ok "$f checks"
	else
		bad "$f does not check"
		head -n 5 "$T/mg.out"
	fi
done

# ---- codegen: lowering decisions, checked with FileCheck ----
# testdata/codegen/*.go start with "// codegen [flags]" and carry // CHECK
# lines about the IR minigo emits (at the default -O2).
if built run; then
	for f in testdata/codegen/*.go; do
		[ -f "$f" ] || continue
		head -n 1 "$f" | grep -q '^// codegen' || continue
		flags=$(head -n 1 "$f" | sed 's|^// codegen||')
		if timeout 60 "$MINIGO" build -emit-llvm $flags "$f" 2>"$T/cg.err" | FileCheck-16 "$f" >"$T/fc.out" 2>&1; then
			ok "$f"
		else
			bad "$f (FileCheck)"
			head -n 15 "$T/fc.out" "$T/cg.err"
		fi
	done
fi

# ---- ir: the IR dump (-d=ir), checked with FileCheck ----
# testdata/ir/*.go start with "// ir [flags]" and carry // CHECK lines about
# what `minigo build -d=ir,escape [flags]` prints: functions, closure
# variables, Dcl lists, rewrites, conversions and escape's verdicts (with
# -m=2, the explanations behind them).
if built escape; then
	for f in testdata/ir/*.go; do
		[ -f "$f" ] || continue
		head -n 1 "$f" | grep -q '^// ir' || continue
		flags=$(head -n 1 "$f" | sed 's|^// ir||')
		# shellcheck disable=SC2086
		if timeout 60 "$MINIGO" build -d=ir,escape $flags "$f" 2>"$T/ir.err" | FileCheck-16 "$f" >"$T/fc.out" 2>&1; then
			ok "$f"
		else
			bad "$f (FileCheck)"
			head -n 15 "$T/fc.out" "$T/ir.err"
		fi
	done
fi

# ---- compare: minigo compare's table and listings ----
# Each "// RUN: PREFIX F G [flags]" line of testdata/compare/*.go is one
# `minigo compare -width=300`, FileChecked with --check-prefix=PREFIX; every
# -m line its table shows must be one that gc prints for the file.  Then the
# user errors, the layout at the narrowest width, and docs/make-vs-literal.md
# against a fresh generation (scripts/make-vs-literal.sh --check), so the doc
# cannot go stale.
if built run; then
	for f in testdata/compare/*.go; do
		[ -f "$f" ] || continue
		$have_go && go tool compile -m -l -o "$T/gc.o" "$f" >"$T/gc.m" 2>&1
		sed -n 's|^// RUN: ||p' "$f" >"$T/runs"
		while read -r prefix f1 f2 flags; do
			if ! timeout 60 "$MINIGO" compare -width=300 $flags "$f" "$f1" "$f2" >"$T/cmp.out" 2>"$T/cmp.err"; then
				bad "$f: compare $prefix: exit status"
				head -n 5 "$T/cmp.err"
				continue
			fi
			if FileCheck-16 --check-prefix="$prefix" "$f" <"$T/cmp.out" >"$T/fc.out" 2>&1; then
				ok "$f: compare $prefix"
			else
				bad "$f: compare $prefix (FileCheck)"
				head -n 15 "$T/fc.out"
			fi
			$have_go || continue
			awk -F' [|] ' '/^escape \(-m\) / { on = 1 } /^runtime calls / { on = 0 }
				on { for (i = 2; i <= 3; i++) { c = $i; gsub(/^ +| +$/, "", c); if (c != "" && c != "none") print c } }' \
				"$T/cmp.out" >"$T/cmp.m"
			if [ -s "$T/cmp.m" ] && ! grep -Fxvf "$T/gc.m" "$T/cmp.m" >"$T/cmp.extra"; then
				ok "$f: compare $prefix: its -m lines are gc's"
			else
				bad "$f: compare $prefix: -m lines gc does not print (or none)"
				head -n 5 "$T/cmp.extra"
			fi
		done <"$T/runs"
	done

	printf 'package main\n\nfunc f() int { return 1 }\n\nfunc main() { println(f()) }\n' >"$T/cmp.go"
	expect_error "compare: unknown function" "$T/cmp.go: no function nope" "$MINIGO" compare "$T/cmp.go" f nope
	expect_error "compare: unknown first function" "$T/cmp.go: no function main.g" "$MINIGO" compare "$T/cmp.go" main.g f
	expect_error "compare: one function" "minigo: compare needs two functions: minigo compare [flags] FILE.go F G" \
		"$MINIGO" compare "$T/cmp.go" f
	expect_error "compare: three functions" "minigo: compare takes two functions; extra argument main" \
		"$MINIGO" compare "$T/cmp.go" f f main
	expect_error "compare: -S with compare" "minigo: compare takes no -o, -S, -emit-llvm or -json" \
		"$MINIGO" compare -S "$T/cmp.go" f f
	expect_error "compare: -S=FUNC unknown" "$T/cmp.go: no function nope" "$MINIGO" build -S=nope "$T/cmp.go"
	printf 'package main\n\nfunc main() { x := 1 }\n' >"$T/cmpbad.go"
	expect_error "compare: a compile error" "$T/cmpbad.go:3:15: x declared but not used" \
		"$MINIGO" compare "$T/cmpbad.go" main main
	if "$MINIGO" compare -width=10 testdata/compare/make_vs_literal.go literalLocal makeReturned >"$T/cmp.out" 2>&1 &&
		awk 'length($0) > 60 { exit 1 }' "$T/cmp.out" && grep -q '^stack frame  *| [0-9]* bytes  *| [0-9]* bytes$' "$T/cmp.out"; then
		ok "compare: wraps to 60 columns"
	else
		bad "compare: lines wider than 60 columns at -width=10 (or no frame row)"
		awk 'length($0) > 60' "$T/cmp.out" | head -n 5
	fi
	if $have_go; then
		if B=$B sh scripts/make-vs-literal.sh --check >"$T/mvl.out" 2>&1; then
			ok "docs/make-vs-literal.md is current"
		else
			bad "docs/make-vs-literal.md"
			head -n 20 "$T/mvl.out"
		fi
	fi
fi

# ---- run: whole programs ----
run_total=0
run_match=0
stress_match=0
conc_total=0
conc_stable=0
for f in testdata/run/*.go; do
	[ -f "$f" ] || continue
	base=${f%.go}
	if ! built run; then
		stop=-d=parse
		built check && stop=-d=check
		if timeout 20 "$MINIGO" build $stop -o "$T/prog" "$f" >"$T/mg.out" 2>&1; then
			ok "$f ($stop)"
		else
			bad "$f ($stop)"
			head -n 5 "$T/mg.out"
		fi
		continue
	fi
	run_total=$((run_total + 1))
	# testdata/inline.todo: known failures with inlining, built with -l here
	nol=""
	grep -qx "$f" testdata/inline.todo && nol=-l
	if ! timeout 60 "$MINIGO" build $nol -o "$T/prog" "$f" >"$T/mg.out" 2>&1; then
		bad "$f: does not compile"
		head -n 5 "$T/mg.out"
		continue
	fi
	timeout 20 "$T/prog" </dev/null >"$T/stdout" 2>"$T/stderr"
	status=$?
	want_status=0
	[ -f "$base.exit" ] && want_status=$(cat "$base.exit")
	head -n 1 "$T/stderr" >"$T/stderr1"
	[ -f "$base.stderr" ] && cp "$base.stderr" "$T/want.stderr" || : >"$T/want.stderr"
	if [ "$status" != "$want_status" ]; then
		bad "$f: exit status $status, want $want_status"
	elif ! cmp -s "$T/stdout" "$base.out"; then
		bad "$f: stdout differs"
		diff "$base.out" "$T/stdout" | head -n 10
	elif ! cmp -s "$T/stderr1" "$T/want.stderr"; then
		bad "$f: first line of stderr differs"
		diff "$T/want.stderr" "$T/stderr1"
	else
		run_match=$((run_match + 1))
		ok "$f"
		# The same binary again with a collection every 100 allocations and
		# freed memory poisoned (docs/gc.md): a live object the collector
		# wrongly frees shows up as a wrong value or a poison fault.
		GODEBUG=gcstress=100 timeout 60 "$T/prog" </dev/null >"$T/stdout" 2>"$T/stderr"
		status=$?
		if [ "$status" = "$want_status" ] && cmp -s "$T/stdout" "$base.out"; then
			stress_match=$((stress_match + 1))
			ok "$f (gcstress)"
		else
			bad "$f: under GODEBUG=gcstress=100: exit status $status, want $want_status"
			diff "$base.out" "$T/stdout" | head -n 5
			head -n 3 "$T/stderr"
		fi
		# A program that starts goroutines: the same output over 20 more
		# runs, 10 with GOMAXPROCS=1 and 10 with 2 (issue 17)
		if grep -q '^[[:space:]]*go [a-zA-Z(]' "$f"; then
			conc_total=$((conc_total + 1))
			stable=true
			for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
				GOMAXPROCS=$((i % 2 + 1)) timeout 20 "$T/prog" </dev/null >"$T/stdout" 2>/dev/null
				status=$?
				if [ "$status" != "$want_status" ] || ! cmp -s "$T/stdout" "$base.out"; then
					stable=false
					bad "$f: run $i (GOMAXPROCS=$((i % 2 + 1))): exit status $status, or its output differs"
					diff "$base.out" "$T/stdout" | head -n 5
					break
				fi
			done
			$stable && conc_stable=$((conc_stable + 1)) && ok "$f (20 runs)"
		fi
	fi
done
[ $run_total -gt 0 ] && echo "run: $run_match/$run_total programs match go build (stdout, first stderr line, exit status); $stress_match also under GODEBUG=gcstress=100;" \
	"$conc_stable/$conc_total starting goroutines give go build's output over 20 more runs (GOMAXPROCS=1 and 2)"

# The same programs built with -l (gc's -l: no inlining), but for the
# known failures of testdata/inline.todo, which the loop above built so.
nol_run=0
nol_total=0
for f in testdata/run/*.go; do
	built run || break
	base=${f%.go}
	grep -qx "$f" testdata/inline.todo && continue
	nol_total=$((nol_total + 1))
	if ! timeout 60 "$MINIGO" build -l -o "$T/prog" "$f" >"$T/mg.out" 2>&1; then
		bad "$f: -l: does not compile"
		head -n 5 "$T/mg.out"
		continue
	fi
	timeout 20 "$T/prog" </dev/null >"$T/stdout" 2>"$T/stderr"
	status=$?
	want_status=0
	[ -f "$base.exit" ] && want_status=$(cat "$base.exit")
	head -n 1 "$T/stderr" >"$T/stderr1"
	[ -f "$base.stderr" ] && cp "$base.stderr" "$T/want.stderr" || : >"$T/want.stderr"
	if [ "$status" = "$want_status" ] && cmp -s "$T/stdout" "$base.out" && cmp -s "$T/stderr1" "$T/want.stderr"; then
		nol_run=$((nol_run + 1))
		ok "$f (-l)"
	else
		bad "$f: -l: exit status $status (want $want_status), or its output differs"
		diff "$base.out" "$T/stdout" | head -n 5
	fi
done
[ $nol_total -gt 0 ] && echo "run -l: $nol_run/$nol_total programs match go build" \
	"(testdata/inline.todo: $(wc -l <testdata/inline.todo) programs that run with -l only, for now)"

# ---- pkg: packages and modules (testdata/pkg), against go build ----
# Each directory is built from inside it, with the arguments its `args`
# file lists (default "."), by go build and by minigo, both with
# -gcflags='PATTERN=-m -l' (PATTERN: the module's packages, MODULE/..., or
# command-line-arguments without a go.mod; a `gcflags` file overrides it,
# one -gcflags value per line): both succeed or both fail (go
# exits 2 on compile errors, minigo 1 on every user error), with the
# same stderr (the -m lines and errors under their "# PKG" headers; blocks
# are put in header order first, since go compiles independent packages
# in parallel), and when both built, the same program: stdout, exit status,
# first line of stderr.  minigo builds under MINIGO_CACHE_VERIFY: every
# package lowered, and its module checked against what the build cache
# recorded for its sources (codegen/cache.c).  Then it builds again
# without verifying, its dependencies read from the export data the first
# build wrote (export/): the same lines and a byte-identical binary.
blocks() { awk '/^# /{h=$0} {printf "%s\t%09d\t%s\n", h, NR, $0}' "$1" | sort -s -t "$(printf '\t')" -k1,1 -k2,2 | cut -f3-; }
pkg_total=0
pkg_match=0
if $have_go && built run; then
	top=$(pwd)
	for d in testdata/pkg/*/; do
		d=${d%/}
		rm -f "$T/gobin" "$T/mgbin" "$T/mgbin2"
		pkg_total=$((pkg_total + 1))
		args=.
		[ -f "$d/args" ] && args=$(cat "$d/args")
		pat=command-line-arguments
		[ -f "$d/go.mod" ] && pat="$(sed -n 's/^module[[:space:]]*//p' "$d/go.mod")/..."
		# one -gcflags value per line of the file (the last that matches a
		# package wins, as in go: all=-l, then PKG=-m -l)
		if [ -f "$d/gcflags" ]; then cp "$d/gcflags" "$T/gcflags"; else printf '%s\n' "$pat=-m -l" >"$T/gcflags"; fi
		(cd "$d" && set -- && while IFS= read -r l; do [ -n "$l" ] && set -- "$@" "-gcflags=$l"; done <"$T/gcflags" &&
			GOFLAGS=-mod=mod GOPROXY=off go build "$@" -o "$T/gobin" $args) >"$T/go.err" 2>&1
		gs=$?
		(cd "$d" && set -- && while IFS= read -r l; do [ -n "$l" ] && set -- "$@" "-gcflags=$l"; done <"$T/gcflags" &&
			MINIGO_CACHE_VERIFY=1 timeout 60 "$top/$MINIGO" build "$@" -o "$T/mgbin" $args) >"$T/mg.err" 2>&1
		ms=$?
		if [ $ms -eq 0 ]; then
			(cd "$d" && set -- && while IFS= read -r l; do [ -n "$l" ] && set -- "$@" "-gcflags=$l"; done <"$T/gcflags" &&
				timeout 60 "$top/$MINIGO" build "$@" -o "$T/mgbin2" $args) >"$T/mg2.err" 2>&1
			if ! cmp -s "$T/mg.err" "$T/mg2.err" || { [ -e "$T/mgbin" ] && ! cmp -s "$T/mgbin" "$T/mgbin2"; }; then
				bad "$d: built from export data, the -m lines or the binary differ from the build from source"
				diff "$T/mg.err" "$T/mg2.err" | head -n 5
				continue
			fi
		fi
		blocks "$T/go.err" >"$T/go.blocks"
		blocks "$T/mg.err" >"$T/mg.blocks"
		if [ $gs -ne $ms ] && { [ $gs -eq 0 ] || [ $ms -ne 1 ]; }; then
			bad "$d: minigo build exits $ms, go build $gs"
			head -n 5 "$T/mg.err"
			continue
		elif ! cmp -s "$T/go.blocks" "$T/mg.blocks"; then
			bad "$d: stderr differs from go build's"
			diff "$T/go.blocks" "$T/mg.blocks" | head -n 10
			continue
		fi
		if [ $gs -eq 0 ] && [ -x "$T/gobin" ]; then
			(cd "$d" && timeout 20 "$T/gobin" </dev/null >"$T/go.stdout" 2>"$T/go.stderr")
			gs=$?
			(cd "$d" && timeout 20 "$T/mgbin" </dev/null >"$T/mg.stdout" 2>"$T/mg.stderr")
			ms=$?
			if [ $gs -ne $ms ] || ! cmp -s "$T/go.stdout" "$T/mg.stdout" ||
			   [ "$(head -n 1 "$T/go.stderr")" != "$(head -n 1 "$T/mg.stderr")" ]; then
				bad "$d: the program differs from go build's (exit $ms, want $gs)"
				diff "$T/go.stdout" "$T/mg.stdout" | head -n 5
				continue
			fi
		fi
		rm -f "$T/gobin" "$T/mgbin" "$T/mgbin2"
		pkg_match=$((pkg_match + 1))
		ok "$d"
	done
	echo "pkg: $pkg_match/$pkg_total packages and modules build as go build does (-m lines, errors, behaviour)"
fi

# ---- driver: the output file and the temporary directory, as go build ----
if built run; then
	printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("p") }\n' >"$T/p.go"
	printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("q", 1, 2, 3) }\n' >"$T/q.go"
	# two builds racing for one output leave one whole binary (F3)
	racy=0
	for i in 1 2 3 4 5 6 7 8; do
		"$MINIGO" build -o "$T/pq" "$T/p.go" & "$MINIGO" build -o "$T/pq" "$T/q.go" & wait
		"$T/pq" >"$T/pq.out" 2>&1 || racy=$((racy + 1))
	done
	if [ $racy -eq 0 ] && ! ls "$T" | grep -q '\.tmp$'; then ok "driver: racing builds of one output"; else bad "driver: racing builds: $racy broken binaries"; fi
	# -o naming a device discards the binary and leaves the device
	if "$MINIGO" build -o /dev/null "$T/p.go" && [ -c /dev/null ]; then ok "driver: -o /dev/null"; else bad "driver: -o /dev/null replaced the device"; fi
	# -o naming a directory writes into it
	mkdir -p "$T/outdir"
	if "$MINIGO" build -o "$T/outdir" "$T/p.go" && [ -x "$T/outdir/p" ]; then ok "driver: -o DIR"; else bad "driver: -o DIR"; fi
	# no func main, a function without body: gc's words, never the linker's (F6)
	printf 'package main\n\nfunc f() {}\n' >"$T/nomain.go"
	expect_error "driver: no func main" "$T/nomain.go:1:9: function main is undeclared in the main package" \
		"$MINIGO" build -o "$T/nomain" "$T/nomain.go"
	# a file of another package: go build compiles it and keeps no
	# executable, go run refuses it (never the linker's "undefined main")
	printf 'package foo\n\nfunc F() int { return 1 }\n' >"$T/foo.go"
	if "$MINIGO" build -o "$T/foo" "$T/foo.go" >"$T/foo.out" 2>&1 && [ ! -s "$T/foo.out" ] && [ ! -e "$T/foo" ]; then
		ok "driver: build of a file of package foo"
	else
		bad "driver: build of a file of package foo: $(head -n 2 "$T/foo.out")"
	fi
	expect_error "driver: run of package foo" "package command-line-arguments is not a main package" \
		"$MINIGO" run "$T/foo.go"
	printf 'package main\n\nfunc f() int\n\nfunc main() { println(f()) }\n' >"$T/nobody.go"
	expect_error "driver: missing function body" "$T/nobody.go:3:6: missing function body" \
		"$MINIGO" build -o "$T/nobody" "$T/nobody.go"
	# os.Getenv and strconv.IntSize, as the binary go build makes says them
	if $have_go; then
		printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\t"strconv"\n)\n\nfunc main() {\n\tfmt.Printf("%%q %%q %%q %%d\\n", os.Getenv("MINIGO_ENV_TEST"), os.Getenv("MINIGO_ENV_UNSET"), os.Getenv(""), strconv.IntSize)\n}\n' >"$T/getenv.go"
		"$MINIGO" build -o "$T/getenv" "$T/getenv.go" && go build -o "$T/getenv.gc" "$T/getenv.go"
		MINIGO_ENV_TEST='a b=c' "$T/getenv" >"$T/getenv.out" 2>&1
		MINIGO_ENV_TEST='a b=c' "$T/getenv.gc" >"$T/getenv.gcout" 2>&1
		if [ -s "$T/getenv.gcout" ] && cmp -s "$T/getenv.out" "$T/getenv.gcout"; then
			ok "driver: os.Getenv as go build's binary"
		else
			bad "driver: os.Getenv: '$(cat "$T/getenv.out")', go: '$(cat "$T/getenv.gcout")'"
		fi
	fi
	# os.Stdout has no buffer, as Go's: printed lines survive a SIGKILL
	printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before the spin")\n\tfor i := 0; ; i++ {\n\t\tif i < 0 {\n\t\t\tprintln(i)\n\t\t}\n\t}\n}\n' >"$T/unbuf.go"
	"$MINIGO" build -o "$T/unbuf" "$T/unbuf.go"
	sh -c 'timeout -s KILL 1 "$1" >"$2"' sh "$T/unbuf" "$T/unbuf.out" 2>/dev/null
	if [ "$(cat "$T/unbuf.out")" = "before the spin" ]; then
		ok "driver: stdout unbuffered"
	else
		bad "driver: output lost when the program is killed: '$(cat "$T/unbuf.out")'"
	fi
	# run honours TMPDIR, and on SIGTERM passes the signal on and cleans up (F4)
	mkdir -p "$T/tmpdir"
	printf 'package main\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tif i < 0 {\n\t\t\tprintln(i)\n\t\t}\n\t}\n}\n' >"$T/spin.go"
	TMPDIR="$T/tmpdir" "$MINIGO" run "$T/spin.go" &
	runpid=$!
	for i in 1 2 3 4 5 6 7 8 9 10; do
		[ -n "$(ls "$T/tmpdir")" ] && [ -f "$T/tmpdir"/*/prog ] && break
		sleep 0.5
	done
	sleep 0.5
	inside=$(ls "$T/tmpdir")
	kill -TERM $runpid
	wait $runpid 2>/dev/null
	sleep 0.2
	# a process still running the program (procps may be missing: /proc;
	# the [r] keeps grep from finding its own command line)
	left=$(grep -l "$T/tmpdi[r]/" /proc/[0-9]*/cmdline 2>/dev/null)
	if [ -n "$inside" ] && [ -z "$(ls "$T/tmpdir")" ] && [ -z "$left" ]; then
		ok "driver: run under TMPDIR, SIGTERM forwarded, directory removed"
	else
		bad "driver: run and SIGTERM: used '$inside', left '$(ls "$T/tmpdir")', running: $(for p in $left; do tr '\0' ' ' <"$p"; done)"
		for p in $left; do p=${p#/proc/}; kill "${p%/cmdline}" 2>/dev/null; done
	fi
fi

# ---- cache: the build cache (codegen/cache.c) ----
# A second build emits nothing; a second program importing the same
# packages emits only its own; without a cache, or with one that cannot be
# written, a build still works; every binary prints what it should.
C="$T/cache"
printf 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.ToUpper("one"))\n}\n' >"$T/cache1.go"
printf 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.Repeat("two", 2))\n}\n' >"$T/cache2.go"
objects() { find "$C" -name '*-o' 2>/dev/null | wc -l; }
MINIGO_CACHE="$C" "$MINIGO" build -o "$T/cache1" "$T/cache1.go"
c1=$(objects)
MINIGO_CACHE="$C" "$MINIGO" build -o "$T/cache1" "$T/cache1.go"
c2=$(objects)
MINIGO_CACHE="$C" "$MINIGO" build -o "$T/cache2" "$T/cache2.go"
c3=$(objects)
MINIGO_CACHE=off "$MINIGO" build -o "$T/cache3" "$T/cache2.go"
MINIGO_CACHE=/proc/minigo-none "$MINIGO" build -o "$T/cache4" "$T/cache2.go"
c4=$(objects)
# and -d=whole, the program as one module, cut to what it reaches
MINIGO_CACHE=off "$MINIGO" build -d=whole -o "$T/cache6" "$T/cache2.go"
out=$("$T/cache1"; "$T/cache2"; "$T/cache3"; "$T/cache4"; "$T/cache6")
want=$(printf 'ONE\ntwotwo\ntwotwo\ntwotwo\ntwotwo')
records=$(find "$C" -name '*-s' | wc -l)
if [ "$c1" -gt 2 ] && [ "$c2" = "$c1" ] && [ "$c3" = $((c1 + 1)) ] && [ "$c4" = "$c3" ] && [ "$out" = "$want" ] &&
	[ "$records" = "$c3" ]; then
	ok "cache: objects used again across builds and programs"
else
	bad "cache: objects $c1, again $c2, second program $c3, without cache $c4, records $records; output '$out'"
fi
# a library built alone (go build strings) is the library a program uses
rm -rf "$C"
MINIGO_CACHE="$C" "$MINIGO" build strings
s1=$(objects)
MINIGO_CACHE="$C" "$MINIGO" build -o "$T/cache1" "$T/cache1.go"
s2=$(objects)
if [ "$s1" -gt 0 ] && [ "$s1" -lt "$c1" ] && [ "$s2" = "$c1" ] && [ "$("$T/cache1")" = ONE ]; then
	ok "cache: a library built alone serves a program"
else
	bad "cache: minigo build strings made $s1 objects, then the program $s2 in all (alone: $c1)"
fi
# MINIGO_CACHE_VERIFY catches a record that names another object
for r in $(find "$C" -name '*-s'); do
	other=$(find "$C" -name '*-o' | grep -v -F "$(cat "$r")" | head -n 1)
	echo "$other" >"$r"
done
MINIGO_CACHE="$C" MINIGO_CACHE_VERIFY=1 "$MINIGO" build -o "$T/cache5" "$T/cache2.go" 2>"$T/cache5.err"
st=$?
if [ $st -ne 0 ] && grep -q 'internal compiler error: build cache' "$T/cache5.err"; then
	ok "cache: verification finds a wrong record"
else
	bad "cache: a wrong record passed verification (exit $st)"
fi
rm -rf "$C"

# ---- export: export data (export/) stands in for a dependency's source ----
# The first build compiles every package from source and writes their
# export data; the next reads it for each of them (-d=time counts them),
# and makes the same binary.  Without a cache nothing is read.
printf 'package main\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n\t"sort"\n\t"strconv"\n\t"strings"\n)\n\nfunc main() {\n\tsc := bufio.NewScanner(os.Stdin)\n\tn := map[string]int{}\n\tfor sc.Scan() {\n\t\tfor _, w := range strings.Fields(sc.Text()) {\n\t\t\tn[w]++\n\t\t}\n\t}\n\tks := make([]string, 0, len(n))\n\tfor k := range n {\n\t\tks = append(ks, k)\n\t}\n\tsort.Strings(ks)\n\tfor _, k := range ks {\n\t\tfmt.Println(k + " " + strconv.Itoa(n[k]))\n\t}\n}\n' >"$T/export.go"
MINIGO_CACHE="$C" "$MINIGO" build -m -d=time -o "$T/export1" "$T/export.go" 2>"$T/export1.err"
MINIGO_CACHE="$C" "$MINIGO" build -m -d=time -o "$T/export2" "$T/export.go" 2>"$T/export2.err"
MINIGO_CACHE=off "$MINIGO" build -m -d=time -o "$T/export3" "$T/export.go" 2>"$T/export3.err"
x1=$(sed -n 's/^minigo: *\([0-9]*\) of \([0-9]*\) packages from export data$/\1 \2/p' "$T/export1.err")
x2=$(sed -n 's/^minigo: *\([0-9]*\) of \([0-9]*\) packages from export data$/\1 \2/p' "$T/export2.err")
x3=$(sed -n 's/^minigo: *\([0-9]*\) of \([0-9]*\) packages from export data$/\1 \2/p' "$T/export3.err")
n=${x2#* }
out=$(printf 'b a\nb\n' | "$T/export2")
if [ "${x1% *}" = 0 ] && [ "${x2% *}" = "$n" ] && [ "$n" -gt 20 ] && [ "${x3% *}" = 0 ] &&
	cmp -s "$T/export1" "$T/export2" && cmp -s "$T/export1" "$T/export3" &&
	[ "$(grep -v '^minigo:' "$T/export1.err")" = "$(grep -v '^minigo:' "$T/export2.err")" ] &&
	[ "$out" = "$(printf 'a 1\nb 2')" ]; then
	ok "export: $n packages read from export data, the same binary and -m lines"
else
	bad "export: from export data: first build '$x1', second '$x2', without cache '$x3'; output '$out'"
fi
rm -rf "$C"
# make std ran in the repository; a build in another directory uses what
# it left (std files go by their full paths, whatever the directory), and
# links statically as gc does (not under make san: ASan needs ld.so)
top=$(pwd)
(cd "$T" && "$top/$MINIGO" build -d=time -o "$T/export4" "$T/export.go") 2>"$T/export4.err"
x4=$(sed -n 's/^minigo: *\([0-9]*\) of \([0-9]*\) packages from export data$/\1 \2/p' "$T/export4.err")
static=yes
case $MINIGO_LDFLAGS in *-fsanitize*) ;; *) readelf -d "$T/export4" 2>/dev/null | grep -q NEEDED && static=no ;; esac
if [ -n "$x4" ] && [ "${x4% *}" = "${x4#* }" ] && [ $static = yes ]; then
	ok "export: make std's cache serves a build elsewhere ($x4 packages), linked statically"
else
	bad "export: a build outside the repository read '$x4' packages from make std's export data; static: $static"
fi

# ---- bench: bench/programs/*.go in quick mode (bench/run.sh --quick) ----
# One case: every compiler that builds a program (gc, gccgo, minigo) must give
# the same output; minigo not building one yet is not a failure; no timing.
if [ -f bench/run.sh ]; then
	if B=$B sh bench/run.sh --quick >"$T/bench.out" 2>&1; then
		ok "bench --quick"
	else
		bad "bench --quick"
		grep -v '^ok ' "$T/bench.out" | head -n 20
	fi
fi

# ---- robust: hostile inputs ----
robust() { # robust NAME FILE
	timeout 10 "$MINIGO" build -d=escape -m=2 -o "$T/out" "$2" >"$T/rb.out" 2>&1
	status=$?
	if [ $status -le 1 ] && ! grep -q 'internal compiler error' "$T/rb.out"; then
		ok "robust $1"
	else
		bad "robust $1: exit status $status"
		head -c 600 "$T/rb.out"
	fi
}
if [ -d testdata/fuzz ]; then
	for f in testdata/fuzz/*; do
		[ -f "$f" ] || continue
		cp "$f" "$T/in.go"
		robust "$f" "$T/in.go"
	done
fi
: >"$T/empty.go"
robust "empty file" "$T/empty.go"
awk 'BEGIN { printf "package main\nvar s = \""; for (i = 0; i < 1048576; i++) printf "a"; printf "\"\n" }' >"$T/longline.go"
robust "1 MB line" "$T/longline.go"
awk 'BEGIN { printf "package main\nvar x = "; for (i = 0; i < 10000; i++) printf "("; printf "1"; for (i = 0; i < 10000; i++) printf ")"; printf "\n" }' >"$T/parens.go"
robust "10000 nested parentheses" "$T/parens.go"
awk 'BEGIN { printf "package main\nfunc main() "; for (i = 0; i < 10000; i++) printf "{"; for (i = 0; i < 10000; i++) printf "}"; printf "\n" }' >"$T/braces.go"
robust "10000 nested blocks" "$T/braces.go"
awk 'BEGIN { printf "package main\nvar x = 1"; for (i = 0; i < 100000; i++) printf " + 1"; printf "\n" }' >"$T/chain.go"
robust "100000-term expression" "$T/chain.go"
printf 'package main\n\000\001\377\376 func' >"$T/binary.go"
robust "NUL and invalid UTF-8" "$T/binary.go"
head -c 65536 /dev/urandom >"$T/random.go"
robust "64 KB of random bytes" "$T/random.go"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
