#!/bin/sh
# gosuite.sh - Go's own test suite ($GOROOT/test), run in place as run.go runs it.
#
#     sh scripts/gosuite.sh [-j N] [-k] [FILE...]
#
# Reads each file's recipe the way Go 1.19's test/run.go does
# (scripts/gorecipe.awk: the same directories, build constraints for
# linux/amd64, the recipe before the first blank line) and takes the two
# single-file recipes minigo answers for:
#
#   run         minigo builds the program; it must exit 0 and print, on
#               stdout and stderr together, exactly FILE.out (nothing
#               without one).  Recipes with compiler flags are left out;
#               leading arguments ending in .go are more files of the
#               program, as go run takes them.
#   errorcheck  minigo checks the file (-e, through escape analysis); every
#               // ERROR regexp must match an error on its line and no error
#               may be left over (tests/errorcheck -r: run.go's matching),
#               and the compile must fail unless the recipe says -0.  Only
#               recipes whose flags are among -d=panic, -N, -l, -e, -0, -t.
#
# A file minigo refuses ("X not supported by minigo") is outside the
# language and counted by X; any other failure of an in-language file fails
# the suite, except for the files run.go itself expects to fail (the list
# below).  Files are never copied: the compiler reads them where they are,
# the programs run in $GOROOT/test as run.go runs them.
#
# testdata/gosuite.todo lists the in-language files that still fail (work
# in progress on issue 13); they are counted apart and do not fail the
# suite, and one that passes does.
#
# Prints a FAIL line per failure, the figures
#     Go run suite: P/N in the language pass (R refused: X n, ...)
#     Go errorcheck suite: P/N in the language pass, E of M expectations met (R refused: ...)
# and last "gosuite: P passed, F failed" for runtests.sh to add up.
# -k keeps the per-file results in build/gosuite/ (one line per file:
# SUITE FILE VERDICT DETAIL), -j the parallelism (default: the CPU count).
# Environment: B (build directory), VERBOSE=1 prints passes too.

B=${B:-build}
MINIGO=$(cd "$(dirname "$B/minigo")" && pwd)/minigo
ERRORCHECK=$(cd "$(dirname "$B/tests/errorcheck")" && pwd)/errorcheck
AWK=$(pwd)/scripts/gorecipe.awk
GOROOT=${GOROOT:-$(go env GOROOT)}

# Files in the language that still fail, each with its reason; the list
# may only shrink: a listed file that passes fails the suite.
TODO=$(pwd)/testdata/gosuite.todo

# run.go's expected failures for the default (non-unified) 1.19 compiler on
# amd64: types2Failures and go118Failures, as written in test/run.go.
XFAIL="notinheap.go shift1.go fixedbugs/issue10700.go fixedbugs/issue18331.go
fixedbugs/issue18419.go fixedbugs/issue20233.go fixedbugs/issue20245.go
fixedbugs/issue31053.go typeparam/nested.go typeparam/issue51521.go"

# ---- one file: prints "SUITE<TAB>FILE<TAB>VERDICT<TAB>DETAIL" ----
if [ "$1" = "--one" ]; then
	f=$2 T=$3
	out() { printf '%s\t%s\t%s\t%s\n' "$1" "$f" "$2" "$3"; exit 0; }
	recipe=$(awk -f "$AWK" "$GOROOT/test/$f")
	action=$(printf '%s' "$recipe" | cut -f1)
	flags=$(printf '%s' "$recipe" | cut -f2)
	args=$(printf '%s' "$recipe" | cut -f3)
	case "$action" in
	run | errorcheck) ;;
	*) out other skip "$action" ;;
	esac
	xfail=false todo=false
	case " $(echo $XFAIL) " in *" $f "*) xfail=true ;; esac
	grep -q "^$f\( \|\$\)" "$TODO" 2>/dev/null && todo=true
	verdict() { # verdict SUITE OK? DETAIL
		if [ "$2" = ok ]; then
			$xfail && out "$1" xpass "passes, although run.go expects a failure"
			$todo && out "$1" fail "passes: remove it from $TODO"
			out "$1" pass "$3"
		fi
		$xfail && out "$1" xfail "$3"
		$todo && out "$1" todo "$3"
		out "$1" fail "$3"
	}
	refused() { # refused SUITE: the first "X not supported by minigo", by X
		what=$(grep -m 1 'not supported by minigo' "$T/mg.out" |
			sed -e 's/^[^ ]*: //' -e 's/ not supported by minigo.*//' -e 's/^package \([^ ]*\).*/package \1/')
		out "$1" refused "$what"
	}
	cd "$GOROOT/test" || exit 1
	# run.go sets these for the tests of the environment
	export GOOS=${GOOS:-linux} GOARCH=${GOARCH:-amd64}
	if [ "$action" = run ]; then
		# run.go's -gcflags for go run: the inliner's levels (-l, -l=N)
		# are minigo's too; other flags are outside it
		bflags=""
		case "$flags" in
		"") ;;
		"-gcflags -l"* | "-gcflags=-l"* | '-gcflags="-l'*)
			bflags=$(printf '%s' "$flags" | sed -e 's/^-gcflags[= ]//' -e 's/"//g')
			case "$bflags" in -l | -l=[0-9]) ;; *) out run skip "flags $flags" ;; esac
			;;
		*) out run skip "flags $flags" ;;
		esac
		# go run FILE ARGS: leading ARGS ending in .go are more files
		files="$f" pargs=""
		for a in $args; do
			case "$pargs:$a" in :*.go) files="$files $a" ;; *) pargs="$pargs $a" ;; esac
		done
		args=$pargs
		timeout 120 "$MINIGO" build $bflags -o "$T/prog" $files >"$T/mg.out" 2>&1
		status=$?
		grep -q 'not supported by minigo' "$T/mg.out" && refused run
		if [ $status -ne 0 ]; then
			verdict run no "does not compile (exit $status): $(head -c 300 "$T/mg.out" | head -n 3 | tr '\n\t' '  ')"
		fi
		# run.go: stdout and stderr together; exit 0; FILE.out or nothing
		timeout 60 "$T/prog" $args </dev/null >"$T/run.out" 2>&1
		status=$?
		want="${f%.go}.out"
		[ -f "$want" ] || want=/dev/null
		if [ $status -ne 0 ]; then
			verdict run no "exit status $status: $(head -c 300 "$T/run.out" | head -n 3 | tr '\n\t' '  ')"
		elif ! cmp -s "$T/run.out" "$want"; then
			verdict run no "output differs: $(diff "$want" "$T/run.out" | grep '^[<>]' | head -n 4 | tr '\n\t' '  ')"
		fi
		verdict run ok
	fi
	# errorcheck
	mflags="" want_error=true
	for fl in $flags; do
		case "$fl" in
		-0) want_error=false ;;
		-1) want_error=true ;;
		-l | -e) mflags="$mflags $fl" ;;
		-N | -d=panic | -t | [0-9]*) ;;
		*) out errorcheck skip "flags $flags" ;;
		esac
	done
	timeout 120 "$MINIGO" build -d=escape -e $mflags "$f" >"$T/mg.out" 2>&1
	status=$?
	grep -q 'not supported by minigo' "$T/mg.out" && refused errorcheck
	if [ $status -gt 1 ]; then
		verdict errorcheck no "minigo exit status $status: $(head -n 2 "$T/mg.out" | tr '\n\t' '  ')"
	fi
	# gc runs with -C (no columns): run.go's regexps see "file:line: msg".
	sed -E 's/^([^ :]+:[0-9]+):[0-9]+: /\1: /' "$T/mg.out" >"$T/mg.nocol"
	"$ERRORCHECK" -r -s "$f" "$T/mg.nocol" >"$T/ec.out"
	ec=$?
	met=$(tail -n 1 "$T/ec.out" | sed -E 's/.*met ([0-9]+) of ([0-9]+) .*/\1 \2/')
	if $want_error && [ $status -eq 0 ]; then
		verdict errorcheck no "compilation succeeded unexpectedly [$met]"
	elif ! $want_error && [ $status -ne 0 ]; then
		verdict errorcheck no "compilation failed [$met]: $(head -n 2 "$T/mg.out" | tr '\n\t' '  ')"
	elif [ $ec -ne 0 ]; then
		verdict errorcheck no "[$met] $(grep -v '^errorcheck:' "$T/ec.out" | head -n 4 | tr '\n\t' '  ')"
	fi
	verdict errorcheck ok "[$met]"
fi

# ---- the driver ----
jobs=$(nproc 2>/dev/null || echo 2)
keep=false
while [ $# -gt 0 ]; do
	case "$1" in
	-j) jobs=$2; shift 2 ;;
	-k) keep=true; shift ;;
	*) break ;;
	esac
done
if ! command -v go >/dev/null 2>&1; then
	echo "gosuite: no Go installation; Go's suite not run"
	echo "gosuite: 0 passed, 0 failed"
	exit 0
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
if [ $# -gt 0 ]; then
	printf '%s\n' "$@" >"$W/files"
else
	(cd "$GOROOT/test" && for d in . ken chan interface syntax dwarf fixedbugs codegen runtime abi typeparam typeparam/mdempsky; do
		ls "$d"/*.go 2>/dev/null
	done) | sed 's|^\./||' >"$W/files"
fi
# Each file in its own directory under $W; results appended line by line.
i=0
while read -r f; do
	i=$((i + 1))
	printf '%s %s\n' "$f" "$W/$i"
done <"$W/files" >"$W/jobs"
SELF=$(pwd)/scripts/gosuite.sh
export B GOROOT
xargs -P "$jobs" -L 1 sh -c 'mkdir -p "$2" && B="'"$B"'" sh "'"$SELF"'" --one "$1" "$2" >"$2/result"; rm -f "$2/prog"' sh <"$W/jobs"
cat "$W"/*/result | sort >"$W/results"
if $keep; then
	mkdir -p "$B/gosuite"
	cp "$W/results" "$B/gosuite/results"
fi

awk -F'\t' -v verbose="$VERBOSE" '
function figure(s,   line, n, k, i, j, t, keys) {
	line = "Go " s " suite: " pass[s] + 0 "/" (pass[s] + fail[s] + xfail[s] + todo[s]) " in the language pass"
	if (xfail[s]) line = line " (" xfail[s] " of the failures expected by run.go)"
	if (todo[s]) line = line " (" todo[s] " known failures in " todofile ")"
	if (s == "errorcheck") line = line ", " met + 0 " of " nexp + 0 " expectations met, " accepted + 0 " invalid programs accepted"
	n = 0
	for (k in refused) { split(k, t, SUBSEP); if (t[1] == s) keys[++n] = t[2] }
	# by count, most first
	for (i = 2; i <= n; i++) for (j = i; j > 1 && refused[s, keys[j]] > refused[s, keys[j - 1]]; j--) { t[0] = keys[j]; keys[j] = keys[j - 1]; keys[j - 1] = t[0] }
	line = line " (" nref[s] + 0 " refused"
	for (i = 1; i <= n; i++) line = line (i == 1 ? ": " : ", ") keys[i] " " refused[s, keys[i]]
	print line ")"
}
{
	s = $1
	if ($3 == "pass" || $3 == "xpass") { pass[s]++; if (verbose != "") print "ok   " $2 " (Go " s ")" }
	else if ($3 == "fail") { fail[s]++; print "FAIL " $2 " (Go " s "): " $4 }
	else if ($3 == "xfail") xfail[s]++
	else if ($3 == "todo") { todo[s]++; if (verbose != "") print "todo " $2 " (Go " s "): " $4 }
	else if ($3 == "refused") { refused[s, $4]++; nref[s]++ }
	if ($4 ~ /^compilation succeeded unexpectedly/) accepted++
	if (s == "errorcheck" && match($4, /\[[0-9]+ [0-9]+\]/)) {
		split(substr($4, RSTART + 1, RLENGTH - 2), t, " "); met += t[1]; nexp += t[2]
	}
}
END {
	figure("run"); figure("errorcheck")
	print "gosuite: " pass["run"] + pass["errorcheck"] + 0 " passed, " fail["run"] + fail["errorcheck"] + 0 " failed"
}' todofile=testdata/gosuite.todo "$W/results"
