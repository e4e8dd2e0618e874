# gorecipe.awk - how Go's test/run.go would run one file of $GOROOT/test.
#
#     awk -f scripts/gorecipe.awk FILE.go
#
# prints one line:
#     skip<TAB>WHY                 run.go would not run it on linux/amd64
#     ACTION<TAB>FLAGS<TAB>ARGS    the recipe: action (run, errorcheck,
#                                  compile, ...), its compiler flags and its
#                                  program arguments, each space-separated;
#                                  run.go's own -0/-1 become "-0"/"-1" in FLAGS
#
# run.go's rules (Go 1.19): the recipe is the text before the first blank
# line, without a first line holding "+build", without its leading "//",
# split as a shell would split it (quotes); build constraints are read up to
# the package clause, both //go:build and // +build lines, with the tags
# linux, amd64, gc, cgo and test_run true and every other tag false.

function tag(name) {
	return name == "linux" || name == "amd64" || name == "gc" || name == "cgo" || name == "test_run"
}

# //go:build expressions: || && ! and parentheses, by recursive descent
# over the tokens tk[1..ntk].
function gb_or(   v) {
	v = gb_and()
	while (tk[pos] == "||") { pos++; v = gb_and() || v }
	return v
}
function gb_and(   v) {
	v = gb_not()
	while (tk[pos] == "&&") { pos++; v = gb_not() && v }
	return v
}
function gb_not(   v) {
	if (tk[pos] == "!") { pos++; return !gb_not() }
	if (tk[pos] == "(") { pos++; v = gb_or(); pos++; return v }
	return tag(tk[pos++])
}
function gobuild(expr,   s, c) {
	ntk = 0
	s = expr
	while (length(s) > 0) {
		c = substr(s, 1, 1)
		if (c == " " || c == "\t") { s = substr(s, 2); continue }
		if (substr(s, 1, 2) == "||" || substr(s, 1, 2) == "&&") { tk[++ntk] = substr(s, 1, 2); s = substr(s, 3); continue }
		if (c == "!" || c == "(" || c == ")") { tk[++ntk] = c; s = substr(s, 2); continue }
		match(s, /^[A-Za-z0-9_.]+/)
		if (RLENGTH <= 0) return 0
		tk[++ntk] = substr(s, 1, RLENGTH)
		s = substr(s, RLENGTH + 1)
	}
	tk[ntk + 1] = ""
	pos = 1
	return gb_or()
}

# // +build: space-separated alternatives of comma-separated conjunctions.
function plusbuild(words,   n, w, i, j, m, t, all, neg) {
	n = split(words, w, /[ \t]+/)
	for (i = 1; i <= n; i++) {
		if (w[i] == "") continue
		m = split(w[i], t, ",")
		all = 1
		for (j = 1; j <= m; j++) {
			neg = substr(t[j], 1, 1) == "!"
			if (neg) t[j] = substr(t[j], 2)
			if (tag(t[j]) == neg) all = 0
		}
		if (all) return 1
	}
	return 0
}

# The recipe's words, as run.go's splitQuoted splits them.
function splitq(s, out,   n, i, c, cur, quote, has, esc) {
	n = 0; cur = ""; quote = ""; has = 0; esc = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (esc) { esc = 0; cur = cur c; continue }
		if (c == "\\") { esc = 1; continue }
		if (quote != "") { if (c == quote) quote = ""; else cur = cur c; continue }
		if (c == "\"" || c == "'") { quote = c; has = 1; continue }
		if (c == " " || c == "\t" || c == "\n") {
			if (has || cur != "") { out[++n] = cur; cur = ""; has = 0 }
			continue
		}
		cur = cur c
	}
	if (has || cur != "") out[++n] = cur
	return n
}

{ line[NR] = $0 }

END {
	if (NR == 0 || line[1] == "") { print "skip\tstarts with newline"; exit }
	for (i = 1; i <= NR && line[i] != "package" && line[i] !~ /^package /; i++) {
		if (line[i] ~ /^\/\/go:build /) {
			if (!gobuild(substr(line[i], 11))) { print "skip\t" line[i]; exit }
		} else if (line[i] ~ /^\/\/ *\+build( |$)/) {
			s = line[i]; sub(/^\/\/ *\+build/, "", s)
			if (!plusbuild(s)) { print "skip\t" line[i]; exit }
		}
	}
	recipe = ""
	for (i = 1; i <= NR && line[i] != ""; i++) {
		if (i == 1 && line[i] ~ /\+build/) continue
		recipe = recipe (recipe == "" ? "" : "\n") line[i]
	}
	if (i > NR) { print "skip\tno blank line ends the recipe"; exit }
	sub(/^\/\//, "", recipe)
	n = splitq(recipe, w)
	action = w[1]
	flags = ""; args = ""
	for (i = 2; i <= n && substr(w[i], 1, 1) == "-"; i++) {
		if (w[i] == "-t" || w[i] == "-goexperiment") {
			flags = flags " " w[i] " " w[i + 1]
			i++
		} else {
			flags = flags " " w[i]
		}
	}
	for (; i <= n; i++) args = args " " w[i]
	sub(/^ /, "", flags); sub(/^ /, "", args)
	print action "\t" flags "\t" args
}
