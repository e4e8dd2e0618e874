#!/bin/sh
# expect.sh FILE.go... - (re)generate the expected results of run tests from
# real Go, never from minigo: builds each program with `go build` (the
# reference binary: `go run` would turn a panic's exit status 2 into 1), runs
# it with no arguments and empty stdin, and writes beside it
#   FILE.out      its stdout (always)
#   FILE.stderr   the first line of its stderr (only when there is one)
#   FILE.exit     its exit status (only when not 0)
# Where gccgo is installed it builds the program with gccgo too and warns
# when gccgo's stdout differs (a hint that the program depends on
# unspecified behaviour such as map order).
set -e
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for f in "$@"; do
	base=${f%.go}
	go build -o "$T/prog" "$f"
	set +e
	"$T/prog" </dev/null >"$base.out" 2>"$T/stderr"
	status=$?
	set -e
	rm -f "$base.stderr" "$base.exit"
	if [ -s "$T/stderr" ]; then head -n 1 "$T/stderr" >"$base.stderr"; fi
	if [ $status -ne 0 ]; then echo $status >"$base.exit"; fi
	if command -v gccgo >/dev/null 2>&1 && gccgo -O1 -o "$T/gccgo" "$f" 2>/dev/null; then
		"$T/gccgo" </dev/null >"$T/gccgo.out" 2>/dev/null || true
		cmp -s "$base.out" "$T/gccgo.out" || echo "expect.sh: warning: gccgo's output differs for $f" >&2
	fi
	echo "$f: exit $status"
done
