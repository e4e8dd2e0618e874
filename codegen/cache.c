/*
 * cache.c - the build cache: a program's objects, one per package.
 *
 * A program is lowered into a module per package (cg_lower_separately),
 * and each module is the same whatever program imports the package, so
 * its object -- the expensive part: LLVM's pipeline and instruction
 * selection -- can be kept and used again, as go's GOCACHE keeps
 * compiled packages.
 *
 * An object has two keys.  Its own is a hash of what determines it: the
 * module's bitcode before optimisation, the optimisation level and
 * minigo's executable (which holds the lowering, the pipeline and the
 * target) -- an entry found by it can never be stale.  Finding it costs
 * the lowering, though (0.2 s for a program importing os), so a package
 * also has a source key (cg_source_key): its files as named and their
 * text, its import path, its imports' source keys, the level, minigo, and
 * whether the program introspects (then nothing is inlined).  That is
 * everything its module is made of, so the driver asks for the object by
 * it first and does not lower a package the cache knows; the record
 * KEY-s names the object the sources made.  MINIGO_CACHE_VERIFY=1 lowers
 * every package anyway and says "internal compiler error" if its module
 * is not the one the record names: the claim that the source key covers
 * everything is checked, not trusted (make check builds its package
 * tests so).
 *
 * The cache lives in $MINIGO_CACHE, else $XDG_CACHE_HOME/minigo, else
 * ~/.cache/minigo ("off" turns it off); an object is KK/KEY-o, a record
 * KK/KEY-s, each written under a temporary name and renamed, so that
 * concurrent builds never see half of one.  Objects a build uses get
 * their time refreshed (at most once an hour), and once a day entries
 * unused for five days are deleted: go's trimming rule.  Without a usable directory the objects are made
 * in the build's temporary directory and thrown away.
 *
 * The modules the cache lacks are emitted in parallel, one child process
 * per module and as many at once as there are CPUs, largest first: a
 * forked child has its own copy of the LLVM context, so nothing is shared
 * between threads.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <llvm-c/BitWriter.h>
#include <xxhash.h>

#include "codegen/codegen.h"

enum { TRIM_AGE = 5 * 24 * 3600, TRIM_EVERY = 24 * 3600, TOUCH_EVERY = 3600 };

static bool self_hash(XXH128_hash_t *out);

/* The cache directory, created if need be; NULL when off or unusable (or
 * when minigo cannot read itself for its keys).  Decided once. */
static const char *cache_dir(void)
{
	static char dir[PATH_MAX];
	static const char *answer;
	static bool decided;
	if (decided)
		return answer;
	decided = true;
	XXH128_hash_t self;
	if (!self_hash(&self))
		return NULL;
	const char *env = getenv("MINIGO_CACHE");
	if (env && strcmp(env, "off") == 0)
		return NULL;
	if (env && *env)
		snprintf(dir, sizeof dir, "%s", env);
	else if ((env = getenv("XDG_CACHE_HOME")) && *env == '/')
		snprintf(dir, sizeof dir, "%s/minigo", env);
	else if ((env = getenv("HOME")) && *env == '/')
		snprintf(dir, sizeof dir, "%s/.cache/minigo", env);
	else
		return NULL;
	/* mkdir -p */
	for (char *p = dir + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = 0;
		int r = mkdir(dir, 0777);
		*p = c;
		if (r != 0 && errno != EEXIST)
			return NULL;
		if (!c)
			break;
	}
	answer = access(dir, W_OK) == 0 ? dir : NULL;
	return answer;
}

/* minigo's own executable, hashed once: a new minigo makes new keys.
 * false if it cannot be read (then there is no cache: every minigo would
 * share the keys). */
static bool self_hash(XXH128_hash_t *out)
{
	static XXH128_hash_t h;
	static bool done, ok;
	if (!done) {
		done = true;
		int fd = open("/proc/self/exe", O_RDONLY);
		if (fd >= 0) {
			XXH3_state_t *st = XXH3_createState();
			XXH3_128bits_reset(st);
			XXH3_128bits_update(st, "minigo build cache 1", 20);
			char buf[1 << 16];
			ssize_t r;
			while ((r = read(fd, buf, sizeof buf)) > 0)
				XXH3_128bits_update(st, buf, (size_t)r);
			ok = r == 0;
			close(fd);
			h = XXH3_128bits_digest(st);
			XXH3_freeState(st);
		}
	}
	*out = h;
	return ok;
}

/* DIR/KK/KEY-suffix, its directory made. */
static void entry_path(char *buf, size_t n, const char *dir, unsigned long long hi, unsigned long long lo,
		       const char *suffix)
{
	char sub[PATH_MAX + 8];
	snprintf(sub, sizeof sub, "%s/%02x", dir, (unsigned)(hi >> 56));
	mkdir(sub, 0777);
	snprintf(buf, n, "%s/%016llx%016llx-%s", sub, hi, lo, suffix);
}

/* A package's files into a key: each as named (relative ones with the
 * working directory, when the key's object names them so), its size and
 * its text; then its imports' keys. */
static void hash_sources(XXH3_state_t *st, const CgSource *files, int nfiles, bool cwd_too, const CgKey *imports,
			 int nimports)
{
	for (int i = 0; i < nfiles; i++) {
		char cwd[PATH_MAX];
		if (cwd_too && files[i].path[0] != '/' && getcwd(cwd, sizeof cwd))
			XXH3_128bits_update(st, cwd, strlen(cwd) + 1);
		XXH3_128bits_update(st, files[i].path, strlen(files[i].path) + 1);
		XXH3_128bits_update(st, &files[i].len, sizeof files[i].len);
		XXH3_128bits_update(st, files[i].text, files[i].len);
	}
	XXH3_128bits_update(st, imports, (size_t)nimports * sizeof *imports);
}

CgKey cg_source_key(int opt, int inl, bool introspects, const char *pkgpath, const CgSource *files, int nfiles,
		    const CgKey *imports, int nimports)
{
	XXH128_hash_t self;
	self_hash(&self);   /* without it there is no cache to use the key in */
	XXH3_state_t *st = XXH3_createState();
	XXH3_128bits_reset(st);
	XXH3_128bits_update(st, "sources", 7);
	XXH3_128bits_update(st, &self, sizeof self);
	XXH3_128bits_update(st, &opt, sizeof opt);
	XXH3_128bits_update(st, &inl, sizeof inl);
	XXH3_128bits_update(st, &introspects, sizeof introspects);
	XXH3_128bits_update(st, pkgpath, strlen(pkgpath) + 1);
	/* the debug info names a relative file by the working directory */
	hash_sources(st, files, nfiles, true, imports, nimports);
	XXH128_hash_t h = XXH3_128bits_digest(st);
	XXH3_freeState(st);
	return (CgKey){ h.high64, h.low64 };
}

/* The key of a package's export data (export/): what its front end read
 * -- its files and their text, its import path, its imports' export keys
 * -- minigo, and whether calls were inlined into it (escape analysed the
 * inlined code: its tags depend on it); neither the level nor
 * introspection, which only the lowering sees. */
CgKey cg_export_key(int inl, const char *pkgpath, const CgSource *files, int nfiles, const CgKey *imports,
		    int nimports)
{
	XXH128_hash_t self;
	self_hash(&self);
	XXH3_state_t *st = XXH3_createState();
	XXH3_128bits_reset(st);
	XXH3_128bits_update(st, "export", 6);
	XXH3_128bits_update(st, &self, sizeof self);
	XXH3_128bits_update(st, &inl, sizeof inl);
	XXH3_128bits_update(st, pkgpath, strlen(pkgpath) + 1);
	hash_sources(st, files, nfiles, false, imports, nimports);
	XXH128_hash_t h = XXH3_128bits_digest(st);
	XXH3_freeState(st);
	return (CgKey){ h.high64, h.low64 };
}

static bool verifying(void)
{
	const char *v = getenv("MINIGO_CACHE_VERIFY");
	return v && *v && strcmp(v, "0") != 0;
}

/* What the source key k recorded: its object's path, into buf. */
static bool recorded(const char *dir, CgKey k, char *buf, size_t n)
{
	char rec[PATH_MAX + 64];
	entry_path(rec, sizeof rec, dir, k.hi, k.lo, "s");
	FILE *f = fopen(rec, "r");
	if (!f)
		return false;
	bool ok = fgets(buf, (int)n, f) != NULL;
	fclose(f);
	if (!ok)
		return false;
	buf[strcspn(buf, "\n")] = 0;
	return buf[0] == '/';
}

char *cg_cached_object(CgKey key)
{
	const char *dir = cache_dir();
	char obj[PATH_MAX + 64];
	if (!dir || verifying() || !recorded(dir, key, obj, sizeof obj) || access(obj, R_OK) != 0)
		return NULL;
	struct stat sb;
	if (stat(obj, &sb) == 0 && time(NULL) - sb.st_mtime > TOUCH_EVERY)
		utimes(obj, NULL);
	return strdup(obj);
}

char *cg_cache_get(CgKey key, const char *suffix, size_t *len)
{
	const char *dir = cache_dir();
	if (!dir || verifying())
		return NULL;
	char path[PATH_MAX + 64];
	entry_path(path, sizeof path, dir, key.hi, key.lo, suffix);
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return NULL;
	struct stat sb;
	char *data = NULL;
	if (fstat(fd, &sb) == 0 && (data = malloc((size_t)sb.st_size + 1))) {
		size_t got = 0;
		ssize_t r = 1;
		while (got < (size_t)sb.st_size && (r = read(fd, data + got, (size_t)sb.st_size - got)) > 0)
			got += (size_t)r;
		if (got != (size_t)sb.st_size) {
			free(data);
			data = NULL;
		} else {
			data[got] = 0;
			*len = got;
			if (time(NULL) - sb.st_mtime > TOUCH_EVERY)
				utimes(path, NULL);
		}
	}
	close(fd);
	return data;
}

void cg_cache_put(CgKey key, const char *suffix, const char *data, size_t len)
{
	const char *dir = cache_dir();
	if (!dir)
		return;
	char path[PATH_MAX + 64], tmp[PATH_MAX + 96];
	entry_path(path, sizeof path, dir, key.hi, key.lo, suffix);
	snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
	FILE *f = fopen(tmp, "w");
	if (!f)
		return;
	bool ok = fwrite(data, 1, len, f) == len;
	if (fclose(f) != 0 || !ok || rename(tmp, path) != 0)
		unlink(tmp);
}

/* The source key k's object is obj, for the next build (by rename). */
static void record(const char *dir, CgKey k, const char *obj)
{
	char rec[PATH_MAX + 64], tmp[PATH_MAX + 96];
	entry_path(rec, sizeof rec, dir, k.hi, k.lo, "s");
	snprintf(tmp, sizeof tmp, "%s.%ld.tmp", rec, (long)getpid());
	FILE *f = fopen(tmp, "w");
	if (!f)
		return;
	fprintf(f, "%s\n", obj);
	if (fclose(f) != 0 || rename(tmp, rec) != 0)
		unlink(tmp);
}

static void trim(const char *dir)
{
	char path[PATH_MAX + 32];
	snprintf(path, sizeof path, "%s/trim.txt", dir);
	struct stat st;
	time_t now = time(NULL);
	if (stat(path, &st) == 0 && now - st.st_mtime < TRIM_EVERY)
		return;
	FILE *f = fopen(path, "w");
	if (f) {
		fprintf(f, "%ld\n", (long)now);
		fclose(f);
	}
	for (int i = 0; i < 256; i++) {
		snprintf(path, sizeof path, "%s/%02x", dir, i);
		DIR *d = opendir(path);
		if (!d)
			continue;
		for (struct dirent *e; (e = readdir(d));) {
			char p[PATH_MAX + 300];
			snprintf(p, sizeof p, "%s/%s", path, e->d_name);
			if (e->d_name[0] != '.' && stat(p, &st) == 0 && now - st.st_mtime > TRIM_AGE)
				unlink(p);
		}
		closedir(d);
	}
}

typedef struct Obj {
	LLVMModuleRef mod;
	char *path;     /* where its object is (or goes) */
	size_t size;    /* its bitcode's, to emit the largest first */
	bool have;
} Obj;

static int by_size(const void *a, const void *b)
{
	const Obj *x = *(const Obj *const *)a, *y = *(const Obj *const *)b;
	return x->size < y->size ? 1 : x->size > y->size ? -1 : 0;
}

/* The child's job: optimise and emit one module to path, by rename. */
static _Noreturn void emit_one(Obj *o, int opt)
{
	char tmp[PATH_MAX + 64];
	snprintf(tmp, sizeof tmp, "%s.%ld.tmp", o->path, (long)getpid());
	char *err = NULL;
	if (!cg_emit(o->mod, opt, CG_OBJECT, tmp, &err) || rename(tmp, o->path) != 0) {
		fprintf(stderr, "minigo: internal compiler error: emitting %s: %s\n", o->path,
			err ? err : strerror(errno));
		unlink(tmp);
		_exit(2);
	}
	_exit(0);
}

bool cg_emit_objects(LLVMModuleRef *mods, const CgKey *keys, int n, int opt, const char *tmpdir, char **objs,
		     char **err)
{
	const char *dir = cache_dir();
	XXH128_hash_t self;
	self_hash(&self);
	Obj *o = calloc((size_t)n, sizeof *o);
	Obj **todo = calloc((size_t)n, sizeof *todo);
	int ntodo = 0;
	if (!o || !todo)
		abort();
	time_t now = time(NULL);
	for (int k = 0; k < n; k++) {
		o[k].mod = mods[k];
		if (!mods[k]) {
			o[k].path = objs[k];
			o[k].have = true;
			continue;
		}
		o[k].path = malloc(PATH_MAX + 64);
		cg_prepare(mods[k], opt);
		LLVMMemoryBufferRef bc = LLVMWriteBitcodeToMemoryBuffer(mods[k]);
		o[k].size = LLVMGetBufferSize(bc);
		if (dir) {
			XXH3_state_t *st = XXH3_createState();
			XXH3_128bits_reset(st);
			XXH3_128bits_update(st, &self, sizeof self);
			XXH3_128bits_update(st, &opt, sizeof opt);
			XXH3_128bits_update(st, LLVMGetBufferStart(bc), o[k].size);
			XXH128_hash_t h = XXH3_128bits_digest(st);
			XXH3_freeState(st);
			entry_path(o[k].path, PATH_MAX + 64, dir, h.high64, h.low64, "o");
			struct stat sb;
			o[k].have = stat(o[k].path, &sb) == 0;
			if (o[k].have && now - sb.st_mtime > TOUCH_EVERY)
				utimes(o[k].path, NULL);
		} else {
			snprintf(o[k].path, PATH_MAX + 64, "%s/pkg%d.o", tmpdir, k);
		}
		LLVMDisposeMemoryBuffer(bc);
		if (!o[k].have)
			todo[ntodo++] = &o[k];
	}
	qsort(todo, (size_t)ntodo, sizeof *todo, by_size);
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = ncpu < 1 ? 1 : (int)ncpu, running = 0, next = 0;
	bool ok = true;
	fflush(stdout);
	fflush(stderr);
	while (next < ntodo || running > 0) {
		if (ok && next < ntodo && running < jobs) {
			pid_t pid = fork();
			if (pid == 0)
				emit_one(todo[next], opt);
			if (pid < 0) {
				ok = false;
				*err = strdup("fork failed");
				continue;
			}
			next++;
			running++;
			continue;
		}
		if (!ok && running == 0)
			break;
		int status;
		if (wait(&status) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		running--;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			ok = false;
			if (!*err)
				*err = strdup("internal compiler error: emitting an object failed");
		}
	}
	for (int k = 0; k < n; k++) {
		objs[k] = o[k].path;
		if (!ok || !dir || !keys || !mods[k])
			continue;
		char was[PATH_MAX + 64];
		if (verifying() && recorded(dir, keys[k], was, sizeof was) && strcmp(was, o[k].path) != 0) {
			size_t len;
			fprintf(stderr, "minigo: internal compiler error: build cache: the module of %s is not the "
				"one its sources made before\n", LLVMGetModuleIdentifier(mods[k], &len));
			ok = false;
			if (!*err)
				*err = strdup("internal compiler error: build cache verification failed");
		}
		record(dir, keys[k], o[k].path);
	}
	free(o);
	free(todo);
	if (dir)
		trim(dir);
	return ok;
}
