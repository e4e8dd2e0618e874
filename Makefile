# minigo - one plain Makefile.
#
#   make            build build/minigo and build/libminigort.a (installs deps on first use)
#   make demo       the README's first command: compile examples/demo.go with -m and run it
#   make check      the README's second command: every test; ends with "N passed, N failed"
#   make san        the test suite again, built with ASan/UBSan into build-san/
#   make bench      benchmarks against gc and gccgo: the programs (bench/run.sh,
#                   writes bench/RESULTS.md), then the components (bench/*/run.sh)
#   make fuzz       run the frontend fuzzer for FUZZ_SECONDS (libFuzzer, clang-16)
#
# Every object depends (order-only) on build/.setup, which runs
# scripts/setup.sh once; the script itself skips packages already present.

B           ?= build
CC          ?= cc
LLVM_CONFIG ?= llvm-config-16
OPT         ?= -O2
SAN         ?=

WARN   = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
         -Wno-unused-parameter -Wno-sign-compare
ifeq ($(CI),true)
WARN  += -Werror
endif
# LLVM's headers as system headers: their warnings are not ours.
LLVM_INC = -isystem $(shell $(LLVM_CONFIG) --includedir 2>/dev/null)
CFLAGS  = -std=c11 -D_GNU_SOURCE -g $(OPT) $(WARN) $(SAN) -MMD -MP -I. -I$(B) $(LLVM_INC)
LDFLAGS = $(SAN)
# Generated scanner/parser: flex and bison output is not ours to polish.
GENFLAGS = -std=c11 -D_GNU_SOURCE -g $(OPT) -Wall -Wno-unused-function -Wno-sign-compare \
           -Wno-unused-parameter $(SAN) -MMD -MP -I. -I$(B)

BASE_SRC = $(wildcard base/*.c)
FE_SRC  = $(wildcard frontend/*.c)
IR_SRC  = $(wildcard ir/*.c)
LOAD_SRC = $(wildcard load/*.c)
ESC_SRC = $(wildcard escape/*.c)
EXP_SRC = $(wildcard export/*.c)
INL_SRC = $(wildcard inline/*.c)
CG_SRC  = $(wildcard codegen/*.c)
RT_SRC  = $(filter-out runtime/rt0.c,$(wildcard runtime/*.c))
GEN_SRC = $(B)/frontend/parser.c $(B)/frontend/lexer.c

COMP_OBJ = $(GEN_SRC:.c=.o) $(patsubst %.c,$(B)/%.o,$(BASE_SRC) $(LOAD_SRC) $(FE_SRC) $(IR_SRC) $(INL_SRC) $(ESC_SRC) $(EXP_SRC) $(CG_SRC))
RT_OBJ   = $(patsubst %.c,$(B)/%.o,$(RT_SRC))
# The runtime keeps frame pointers too: tracebacks walk through its frames.
$(RT_OBJ) $(B)/rt0.o: CFLAGS += -fno-omit-frame-pointer
# Where the reference Go keeps its runtime's sources: the positions of runtime frames.
GOROOT_REF := $(or $(shell go env GOROOT 2>/dev/null),/usr/lib/go-1.19)
# gcc's ASan names an indicator symbol after each global's assembler name,
# unquoted, and the assembler rejects the one of Go's "type.*int": type.c's
# globals are constant descriptors, so they go uninstrumented.
$(B)/runtime/type.o: CFLAGS += $(if $(SAN),--param asan-globals=0)
$(B)/runtime/traceback.o: CFLAGS += -DRT_GOROOT='"$(GOROOT_REF)"'
# ... and the std sources the loader finds imports in (GOROOT in the environment wins).
$(B)/main.o $(B)/runtime/proc.o: CFLAGS += -DMINIGO_GOROOT='"$(GOROOT_REF)"'
# minigo's own std sources (lib/: internal/reflectlite), found here unless $$MINIGO_LIB says
$(B)/load/load.o: CFLAGS += -DMINIGO_LIB='"$(CURDIR)/lib"'

TESTS    = $(patsubst tests/%.c,$(B)/tests/%,$(wildcard tests/check_*.c))

LLVM_LIBS = $(shell $(LLVM_CONFIG) --ldflags --libs core analysis target native passes bitwriter 2>/dev/null) \
            $(shell $(LLVM_CONFIG) --system-libs 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null)

all: $(B)/minigo $(B)/libminigort.a $(B)/rt0.o

$(B)/.setup: scripts/setup.sh
	@mkdir -p $(B)
	sh scripts/setup.sh
	@touch $@

$(B)/%.o: %.c | $(B)/.setup
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/frontend/parser.c $(B)/frontend/parser.h: frontend/parser.y | $(B)/.setup
	@mkdir -p $(B)/frontend
	bison -Wall -Wno-yacc --header=$(B)/frontend/parser.h -o $(B)/frontend/parser.c $<

$(B)/frontend/lexer.c $(B)/frontend/lexer.h: frontend/lexer.l | $(B)/.setup
	@mkdir -p $(B)/frontend
	flex --header-file=$(B)/frontend/lexer.h -o $(B)/frontend/lexer.c $<

$(B)/frontend/parser.o: $(B)/frontend/parser.c $(B)/frontend/lexer.h
	$(CC) $(GENFLAGS) -c $< -o $@
$(B)/frontend/lexer.o: $(B)/frontend/lexer.c $(B)/frontend/parser.h
	$(CC) $(GENFLAGS) -c $< -o $@
# Hand-written frontend files may include the generated headers.
$(patsubst %.c,$(B)/%.o,$(FE_SRC)): $(B)/frontend/parser.h $(B)/frontend/lexer.h

# The C main() of compiled programs: linked into each program, not into the library.
$(B)/rt0.o: runtime/rt0.c | $(B)/.setup
	$(CC) $(CFLAGS) -c $< -o $@

$(B)/libminigo.a: $(COMP_OBJ)
	rm -f $@; ar rcs $@ $^

$(B)/libminigort.a: $(RT_OBJ)
	rm -f $@; ar rcs $@ $^

# The runtime's symbols, for codegen: a std function without a body that
# the runtime does not define is refused, never left to the linker.  (clang
# keeps the quotes of a quoted asm label in the symbol: make fuzz's build.)
$(B)/rtsyms.h: $(B)/libminigort.a
	nm -g --defined-only $< | awk 'NF == 3 { gsub(/"/, "", $$3); print "\t\"" $$3 "\"," }' | LC_ALL=C sort -u > $@
$(B)/codegen/gen.o: $(B)/rtsyms.h

# The Go symbols the runtime and rt0 name without defining: the roots
# codegen/prune.c keeps (main.main, variables linknamed by the runtime).
$(B)/rtrefs.h: $(B)/libminigort.a $(B)/rt0.o
	nm -u $^ | awk 'NF == 2 && $$2 ~ /\./ && $$2 !~ /@/ { print $$2 }' | LC_ALL=C sort -u > $@.u
	nm -g --defined-only $^ | awk 'NF == 3 { print $$3 }' | LC_ALL=C sort -u > $@.d
	LC_ALL=C comm -23 $@.u $@.d | awk '{ print "\t\"" $$0 "\"," }' > $@
	rm -f $@.u $@.d
$(B)/codegen/prune.o: $(B)/rtrefs.h

# A new minigo makes new build-cache keys: the suite's cache starts afresh.
$(B)/minigo: $(B)/main.o $(B)/libminigo.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LLVM_LIBS) -lxxhash -lgmp -lm -lpthread
	rm -rf $(B)/cache

# Check suites: one binary per tests/check_<name>.c, linked with both libraries
# (an archive contributes only the objects a test references).
$(B)/tests/%: $(B)/tests/%.o $(B)/libminigo.a $(B)/libminigort.a
	$(CC) $(LDFLAGS) -o $@ $^ $(CHECK_LIBS) $(LLVM_LIBS) -lxxhash -lgmp -lm -lpthread

$(B)/tests/errorcheck: $(B)/tests/errorcheck.o
	$(CC) $(LDFLAGS) -o $@ $^

# The escape report (as go build -gcflags=-m prints it, inlining
# included), then the program's output.
# The std packages minigo compiles, into the build cache (codegen/cache.c),
# as go's GOROOT ships them compiled: a program's first build then compiles
# only its own packages.
std: all
	./$(B)/minigo build std

demo: std
	./$(B)/minigo run -m examples/demo.go

# The suite builds thousands of programs: their objects go to a build
# cache of its own in the build tree, not the user's (std, a prerequisite,
# fills the same one).
check: export MINIGO_CACHE = $(CURDIR)/$(B)/cache
check: std $(TESTS) $(B)/tests/errorcheck
	@B=$(B) sh scripts/runtests.sh

# Leak detection is off: compiler memory lives in arenas that are freed only
# by exit, by design, and the runtime's heap is the collector's business.
san:
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
	    MINIGO_LDFLAGS="-fsanitize=address,undefined" \
	    $(MAKE) B=build-san OPT=-O1 SAN="-fsanitize=address,undefined -fno-omit-frame-pointer" check

bench: all
	@B=$(B) sh bench/run.sh && for s in bench/*/run.sh; do sh $$s || exit 1; done

# libFuzzer on the frontend: clang-16 builds the compiler library with
# coverage and sanitizers into build-fuzz/, then fuzzes parse, check and
# escape (fuzz/fuzz_frontend.c) for
# FUZZ_SECONDS, starting from the test inputs.
FUZZ_SECONDS ?= 60
fuzz:
	$(MAKE) B=build-fuzz CC=clang-16 OPT=-O1 \
	    SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" build-fuzz/libminigo.a
	clang-16 -g -O1 -fsanitize=fuzzer,address,undefined -I. -Ibuild-fuzz \
	    fuzz/fuzz_frontend.c build-fuzz/libminigo.a -lgmp -lm -o build-fuzz/fuzz_frontend
	@mkdir -p build-fuzz/corpus
	build-fuzz/fuzz_frontend -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    -dict=fuzz/go.dict -close_fd_mask=2 -artifact_prefix=build-fuzz/ -print_final_stats=1 \
	    build-fuzz/corpus $(wildcard testdata/fuzz testdata/syntax testdata/parse testdata/unsupported \
	      testdata/typecheck testdata/escape testdata/run)

clean:
	rm -rf build build-san

.PHONY: all std demo check san bench fuzz clean
.SECONDARY:

-include $(shell find $(B) -name '*.d' 2>/dev/null)
