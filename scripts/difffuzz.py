#!/usr/bin/env python3
# difffuzz.py SEED COUNT - differential mutant fuzzing of minigo's frontend
# against gc.  Takes programs of the corpus (testdata/run, testdata/typecheck,
# bench/programs), changes one or two lines (deletes, duplicates, inserts or
# replaces a token from a list of likely typos), and compares what
# `go tool compile` and `minigo build -d=check` print for the mutant.
# Prints the counts (same: identical output; first-same: the first error
# agrees; first-differs; accept-mismatch: one accepts, the other rejects;
# CRASH: minigo failed badly, the input is kept in $OUT/crashN.go;
# typeonly / typeonly-same: mutants gc rejects without a syntax error, and
# how many of them minigo reports identically) and
# diffs of the first SHOW mismatches of the KINDS asked for (default
# first,accept,rest), keeping the inputs as $OUT/badN.go.  A tool for
# finding gc's messages and positions that minigo does not reproduce yet,
# not a test: the mutants are random.  Needs python3 and Go 1.19.
import random, subprocess, sys, os, glob, re, collections
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MINIGO = os.environ.get('MINIGO', os.path.join(ROOT, 'build', 'minigo'))
OUT = os.environ.get('OUT', '/tmp/difffuzz')
os.makedirs(OUT, exist_ok=True)
srcs = sorted(glob.glob(ROOT + '/testdata/run/*.go') + glob.glob(ROOT + '/testdata/typecheck/*.go') + glob.glob(ROOT + '/bench/programs/*.go'))
srcs = [s for s in srcs if 'unsupported' not in s]
toks = ['(', ')', '{', '}', '[', ']', ',', ';', ':', '=', ':=', '+', '*', '&', '.', 'x', '1', '"s"', "'c'", 'func', 'var', 'if', 'for', 'return', 'range', 'go', '0x', '1e', '"\\q"', '`', '//go:noinline', '\n//go:noinline\n', 'break', 'L:', 'goto L', '...', 'nil', 'int', 'string', 'map[string]int', '[]int']
def mutate(text):
    lines = text.split('\n')
    for _ in range(random.randint(1, 2)):
        i = random.randrange(len(lines))
        op = random.randrange(5)
        l = lines[i]
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[random.randrange(len(lines))])
        elif op == 2 and l:
            j = random.randrange(len(l) + 1)
            lines[i] = l[:j] + random.choice(toks) + l[j:]
        elif op == 3 and l:
            j = random.randrange(len(l)); k = min(len(l), j + random.randint(1, 4))
            lines[i] = l[:j] + l[k:]
        else:
            ws = re.findall(r'\w+|\S', l)
            if ws:
                w = random.choice(ws)
                lines[i] = l.replace(w, random.choice(toks), 1)
    return '\n'.join(lines)
def gc(path):
    r = subprocess.run(['go', 'tool', 'compile', '-o', OUT + '/x.o', path], capture_output=True, text=True, timeout=30)
    return r.returncode, [l for l in (r.stdout + r.stderr).split('\n') if l.startswith(path + ':')]
def mg(path):
    r = subprocess.run([MINIGO, 'build', '-d=check', path], capture_output=True, text=True, timeout=30)
    return r.returncode, [l for l in (r.stdout + r.stderr).split('\n') if l.startswith(path + ':')], r.stdout + r.stderr
stats = collections.Counter()
bad = []
for n in range(N):
    src = random.choice(srcs)
    text = mutate(open(src).read())
    path = OUT + '/m.go'
    open(path, 'w').write(text)
    try:
        grc, gl = gc(path)
        mrc, ml, mout = mg(path)
    except subprocess.TimeoutExpired:
        stats['timeout'] += 1; continue
    if mrc > 1 or 'internal compiler error' in mout:
        stats['CRASH'] += 1
        open(OUT + '/crash%d.go' % n, 'w').write(text); continue
    if 'not supported by minigo' in mout:
        stats['unsupported'] += 1; continue
    if grc == 0 and mrc == 0:
        stats['both-ok'] += 1; continue
    if (grc == 0) != (mrc == 0):
        stats['accept-mismatch'] += 1
        bad.append(('accept', src, text, gl, ml)); continue
    typeonly = not any('syntax error' in l for l in gl)
    if typeonly:
        stats['typeonly'] += 1
        stats['typeonly-same'] += gl == ml
    if gl == ml:
        stats['same'] += 1
    elif gl[:1] == ml[:1]:
        stats['first-same'] += 1
        bad.append(('rest', src, text, gl, ml))
    else:
        stats['first-differs'] += 1
        bad.append(('first', src, text, gl, ml))
print(dict(stats))
bad = [b for b in bad if b[0] in os.environ.get('KINDS', 'first,accept,rest').split(',') and (not os.environ.get('TYPEONLY') or not any('syntax error' in l for l in b[3]))]
for i, (kind, src, text, gl, ml) in enumerate(bad[:int(os.environ.get('SHOW', '12'))]):
    open(OUT + '/bad%d.go' % i, 'w').write(text)
    print('== bad%d %s (%s)' % (i, kind, os.path.basename(src)))
    import difflib
    for d in difflib.unified_diff(gl, ml, 'gc', 'minigo', lineterm='', n=0):
        print('  ' + d.replace(OUT + '/m.go', 'm.go'))
