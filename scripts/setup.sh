#!/bin/sh
# Installs everything minigo's build, tests and benchmarks need, on Debian 12.
# Idempotent: packages already present are skipped, so the README's commands
# can call it on every run at the cost of one dpkg query.
#
#   flex, bison          the frontend's lexer and parser generators
#   llvm-16-dev          LLVM-C (llvm-config-16) for code generation
#   llvm-16-tools        FileCheck-16 for codegen tests
#   check, pkg-config    the C unit-test framework and its flags
#   golang-go, gccgo     the reference toolchains (Go 1.19) the tests compare to
#   clang-16, libclang-rt-16-dev   libFuzzer and sanitizer runtimes (fuzzing)
#   time, hyperfine      benchmark timing and peak RSS (GNU time -v)
#   valgrind             leak/memory checks of the runtime
#   libgmp-dev           exact constant arithmetic (big integers, rationals) in the checker
#   libffi-dev           calls of any signature at run time: reflect.Value.Call
#   libxxhash-dev        the build cache's keys (XXH3, 128 bits, of each module's bitcode)
set -e
PKGS="flex bison llvm-16-dev llvm-16-tools check pkg-config golang-go gccgo \
clang-16 libclang-rt-16-dev time hyperfine valgrind libgmp-dev libffi-dev libxxhash-dev"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "setup: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
