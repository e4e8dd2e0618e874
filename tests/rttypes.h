/*
 * rttypes.h - building Go values by hand for the runtime's Check suites
 * (check_fmt.c, check_strings.c, check_iface.c), the way generated code
 * lays them out: type descriptors as in abi.h, interface operands as
 * GoEface {type, data} with the data word boxed by convT unless the type is
 * pointer-shaped.
 */
#ifndef MINIGO_TESTS_RTTYPES_H
#define MINIGO_TESTS_RTTYPES_H

#include <check.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/abi.h"
#include "runtime/runtime.h"

static inline GoString gs(const char *s)
{
	return (GoString){ (const uint8_t *)s, (intptr_t)strlen(s) };
}

static inline GoString gsn(const char *s, intptr_t n)
{
	return (GoString){ (const uint8_t *)s, n };
}

static inline bool gseq(GoString a, const char *b, intptr_t n)
{
	return a.len == n && (n == 0 || memcmp(a.ptr, b, (size_t)n) == 0);
}

/* A NUL-terminated copy for messages (leaks; tests only). */
static inline char *cstr(GoString s)
{
	char *p = malloc((size_t)s.len + 1);
	memcpy(p, s.ptr, (size_t)s.len);
	p[s.len] = 0;
	return p;
}

static inline GoEface box(const GoType *t, const void *v)
{
	GoEface e = { t, NULL };

	if (t->kind & KindDirectIface)
		e.data = *(void *const *)v;
	else
		e.data = rt_convT(t, v);
	return e;
}

static inline GoEface boxI64(const GoType *t, int64_t v)
{
	return (GoEface){ t, rt_convT64((uint64_t)v) };
}

#define NIL ((GoEface){ NULL, NULL })
#define I(v) boxI64(&rt_type_int, (v))
#define I64(v) boxI64(&rt_type_int64, (v))
#define I8(v) ((GoEface){ &rt_type_int8, rt_convTnoptr(&rt_type_int8, &(int8_t){ (v) }) })
#define I16(v) ((GoEface){ &rt_type_int16, rt_convT16((uint16_t)(v)) })
#define I32(v) ((GoEface){ &rt_type_int32, rt_convT32((uint32_t)(v)) })
#define U(v) boxI64(&rt_type_uint, (int64_t)(v))
#define U8(v) ((GoEface){ &rt_type_uint8, rt_convTnoptr(&rt_type_uint8, &(uint8_t){ (v) }) })
#define U16(v) ((GoEface){ &rt_type_uint16, rt_convT16((uint16_t)(v)) })
#define U32(v) ((GoEface){ &rt_type_uint32, rt_convT32((uint32_t)(v)) })
#define U64(v) boxI64(&rt_type_uint64, (int64_t)(v))
#define UP(v) boxI64(&rt_type_uintptr, (int64_t)(v))
#define F32(bits) ((GoEface){ &rt_type_float32, rt_convT32(bits) })
#define F64(bits) boxI64(&rt_type_float64, (int64_t)(bits))
#define S(lit, n) ((GoEface){ &rt_type_string, rt_convTstring(gsn(lit, n)) })
#define B(v) ((GoEface){ &rt_type_bool, rt_convTnoptr(&rt_type_bool, &(bool){ (v) }) })

/* A []interface{} of n operands from a va_list of GoEface. */
static inline GoSlice efaces(int n, va_list ap)
{
	GoEface *a = calloc((size_t)n + 1, sizeof *a);

	for (int i = 0; i < n; i++)
		a[i] = va_arg(ap, GoEface);
	return (GoSlice){ a, n, n };
}

/* Descriptor helpers (allocated once, leaked). */
static const uint8_t rt_bits1[] = { 1 }, rt_bits3[] = { 3 };

static inline GoType *newtype(const char *str, uint8_t kind, uintptr_t size, size_t descsize)
{
	GoType *t = calloc(1, descsize + sizeof(GoUncommonType));
	t->str = str;
	t->kind = kind;
	t->size = size;
	t->align = t->fieldAlign = 8;
	return t;
}

static inline GoType *sliceof(const GoType *elem, const char *str)
{
	GoSliceType *t = (GoSliceType *)newtype(str, KindSlice, 24, sizeof(GoSliceType));
	t->typ.ptrdata = 8;
	t->typ.gcdata = rt_bits1;
	t->elem = elem;
	return &t->typ;
}

static inline GoType *ptrto(const GoType *elem, const char *str)
{
	GoPtrType *t = (GoPtrType *)newtype(str, KindPointer | KindDirectIface, 8, sizeof(GoPtrType));
	t->typ.ptrdata = 8;
	t->typ.gcdata = rt_bits1;
	t->typ.equal = rt_memequal64;
	t->elem = elem;
	return &t->typ;
}

static inline GoType *arrayof(const GoType *elem, uintptr_t n, const char *str)
{
	GoArrayType *t = (GoArrayType *)newtype(str, KindArray, elem->size * n, sizeof(GoArrayType));
	t->elem = elem;
	t->len = n;
	t->typ.align = elem->align;
	return &t->typ;
}

/* fields: name, type, offset triples; size given. */
static inline GoType *structof(const char *str, uintptr_t size, int n, const GoStructField *fields)
{
	GoStructType *t = (GoStructType *)newtype(str, KindStruct, size, sizeof(GoStructType));
	t->fields = fields;
	t->nfields = n;
	t->pkgPath = "main";
	return &t->typ;
}

/* A named copy of a basic type (type MyInt int). */
static inline GoType *named(const GoType *base, const char *str)
{
	GoType *t = calloc(1, sizeof(GoType) + sizeof(GoUncommonType));
	*t = *base;
	t->str = str;
	t->tflag |= TflagNamed;
	return t;
}

/* Give t (built by the helpers above, room reserved) a method table. */
static inline void withmethods(GoType *t, int n, const GoMethod *m)
{
	GoUncommonType *u;

	t->tflag |= TflagUncommon;
	u = (GoUncommonType *)rt_uncommon(t);
	u->pkgPath = "main";
	u->mcount = u->xcount = (uint16_t)n;
	u->methods = m;
}

static inline GoType *ifacetype(const char *str, int n, const GoIMethod *m)
{
	GoInterfaceType *t = (GoInterfaceType *)newtype(str, KindInterface, 16, sizeof(GoInterfaceType));
	t->typ.ptrdata = 16;
	t->typ.gcdata = rt_bits3;
	t->typ.equal = n ? rt_interequal : rt_nilinterequal;
	t->methods = m;
	t->nmethods = n;
	return &t->typ;
}

/*
 * Run fn in a child; its first line of stderr must be want and its exit
 * status 2, as a Go binary's.  (Check's exit tests see only the status.)
 */
static inline void expectdeath(void (*fn)(void), const char *want)
{
	int fds[2], status;
	char buf[256] = { 0 };
	pid_t pid;

	ck_assert_int_eq(pipe(fds), 0);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		close(fds[0]);
		fn();
		_exit(0);
	}
	close(fds[1]);
	for (size_t n = 0; n < sizeof buf - 1;) {
		ssize_t k = read(fds[0], buf + n, sizeof buf - 1 - n);
		if (k <= 0)
			break;
		n += (size_t)k;
	}
	close(fds[0]);
	waitpid(pid, &status, 0);
	*strchrnul(buf, '\n') = 0;
	ck_assert_str_eq(buf, want);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 2);
}

#endif
