/*
 * errors.c - errors.New's value, for errors the C runtime makes.
 *
 * Package errors is compiled from Go's source; the bundled C packages
 * (strconv's NumError causes, fmt.Errorf without %w) still make the same
 * kind of value here.  errors.New returns a pointer to a struct { s string }, so that two errors
 * with the same text are still different errors (interface comparison
 * compares the pointers).  The runtime describes that type, *errors.errorString,
 * the way the compiler would have: a struct type, a pointer type with an
 * uncommon section whose method table holds Error, so that fmt prints it
 * through Error() under %v and as &errors.errorString{s:"..."} under %#v,
 * and type assertions to error or to interface{ Error() string } succeed.
 * The error interface value carries the itab of (error, *errors.errorString)
 * from the shared cache, so an error made here compares and switches like
 * one made by compiled code.
 */
#include "runtime/runtime.h"

static const uint8_t ptrbit[] = { 1 };

/* *errors.errorString, declared ahead: it is errorString's ptrToThis, as gc links them. */
struct ptrWithMethods { GoPtrType t; GoUncommonType u; };
static const struct ptrWithMethods errorStringPtrType;

static const GoStructField errorStringFields[] = { { "s", &rt_type_string, 0, false, NULL } };
static const GoStructType errorStringType = {
	.typ = { .size = 16, .ptrdata = 8, .hash = 0xe1cff86f, .align = 8, .fieldAlign = 8,
		.tflag = TflagNamed, .kind = KindStruct, .equal = rt_strequal, .gcdata = ptrbit,
		.str = "errors.errorString", .ptrToThis = &errorStringPtrType.t.typ },
	.pkgPath = "errors", .fields = errorStringFields, .nfields = 1,
};

static GoString errorString_Error(void *rcvr)
{
	return *(const GoString *)rcvr;
}

static const GoMethod errorStringMethods[] = {
	{ "Error", &rt_type_func_string, (void (*)(void))errorString_Error, (void (*)(void))errorString_Error },
};
static const struct ptrWithMethods errorStringPtrType = {
	.t = { .typ = { .size = 8, .ptrdata = 8, .hash = 0x2ac03657, .align = 8, .fieldAlign = 8,
		.tflag = TflagUncommon, .kind = KindPointer | KindDirectIface, .equal = rt_memequal64,
		.gcdata = ptrbit, .str = "*errors.errorString" }, .elem = &errorStringType.typ },
	.u = { .pkgPath = "errors", .mcount = 1, .xcount = 1, .methods = errorStringMethods },
};

const GoType *const rt_type_errorString_ptr = &errorStringPtrType.t.typ;

GoIface rt_newerror(GoString text)
{
	GoString *e = rt_newobject(&errorStringType.typ);

	*e = text;
	return (GoIface){ rt_getitab(&rt_type_error, rt_type_errorString_ptr, false), e };
}

