/*
 * type.c - the descriptors of the predeclared types.
 *
 * Interface values carry type descriptors by address, and everything that
 * asks "is this dynamic type int?" (type switches, assertions, fmt's %T and
 * its choice of formatting) compares or reads those addresses.  A program
 * must therefore hold exactly one descriptor per type.  For the predeclared
 * types the runtime owns it: the bundled packages need them for the values
 * they create (the string fields of their error types, `error` itself), and
 * generated code links against these under Go's symbol names (type.int,
 * type.error) instead of emitting copies.
 *
 * Field values follow gc: integer kinds and bool are regular memory (hash
 * and compare as bytes), floats are not (+0 == -0, NaN != NaN), strings
 * hold one pointer, and the type hash is an arbitrary per-type constant
 * (gc uses a hash of the type's name) that type switches may dispatch on.
 */
#include "runtime/runtime.h"

static const uint8_t ptrbit[] = { 1 }, ifacebits[] = { 3 };

#define BASIC(var, k, sz, eq, name, h)                                        \
	const GoType var = { .size = sz, .hash = h, .align = sz, .fieldAlign = sz,   \
		.tflag = TflagNamed | TflagRegularMemory, .kind = k, .equal = eq, .str = name }

BASIC(rt_type_bool, KindBool, 1, rt_memequal8, "bool", 0x3ad8f0e7);
BASIC(rt_type_int, KindInt, 8, rt_memequal64, "int", 0xf75371fa);
BASIC(rt_type_int8, KindInt8, 1, rt_memequal8, "int8", 0x5c5a5b1d);
BASIC(rt_type_int16, KindInt16, 2, rt_memequal16, "int16", 0x8e2fc8a0);
BASIC(rt_type_int32, KindInt32, 4, rt_memequal32, "int32", 0x4f6a3dc6);
BASIC(rt_type_int64, KindInt64, 8, rt_memequal64, "int64", 0x9e9b3ab2);
BASIC(rt_type_uint, KindUint, 8, rt_memequal64, "uint", 0x23cc4a6c);
BASIC(rt_type_uint8, KindUint8, 1, rt_memequal8, "uint8", 0x6b8e9e01);
BASIC(rt_type_uint16, KindUint16, 2, rt_memequal16, "uint16", 0xc2e1d4f3);
BASIC(rt_type_uint32, KindUint32, 4, rt_memequal32, "uint32", 0x1d9d3e77);
BASIC(rt_type_uint64, KindUint64, 8, rt_memequal64, "uint64", 0x7ae2a1c5);
BASIC(rt_type_uintptr, KindUintptr, 8, rt_memequal64, "uintptr", 0xa0c1f2d8);

const GoType rt_type_float32 = { .size = 4, .hash = 0xb0c23ed3, .align = 4, .fieldAlign = 4,
	.tflag = TflagNamed, .kind = KindFloat32, .equal = rt_f32equal, .str = "float32" };
const GoType rt_type_float64 = { .size = 8, .hash = 0x2ea27ffb, .align = 8, .fieldAlign = 8,
	.tflag = TflagNamed, .kind = KindFloat64, .equal = rt_f64equal, .str = "float64" };
const GoType rt_type_string = { .size = 16, .ptrdata = 8, .hash = 0xe0ff5cb4, .align = 8,
	.fieldAlign = 8, .tflag = TflagNamed, .kind = KindString, .equal = rt_strequal,
	.gcdata = ptrbit, .str = "string" };

/* func() string: the type of Error and String methods. */
static const GoType *const stringout[] = { &rt_type_string };
const GoFuncType rt_type_func_string = {
	.typ = { .size = 8, .ptrdata = 8, .hash = 0x6c8a3f0d, .align = 8, .fieldAlign = 8,
		.kind = KindFunc | KindDirectIface, .gcdata = ptrbit, .str = "func() string" },
	.out = (const GoType **)stringout, .outCount = 1,
};

static const GoIMethod errorMethods[] = { { "Error", &rt_type_func_string.typ } };
const GoInterfaceType rt_type_error = {
	.typ = { .size = 16, .ptrdata = 16, .hash = 0xc9d6f3b1, .align = 8, .fieldAlign = 8,
		.tflag = TflagNamed, .kind = KindInterface, .equal = rt_interequal,
		.gcdata = ifacebits, .str = "error" },
	.methods = errorMethods, .nmethods = 1,
};
