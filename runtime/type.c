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
 * hold one pointer.  The type hash is the one the code generator gives
 * every descriptor it emits, FNV-1a (32 bits) of the type's string
 * (codegen/type.c's fnv32), so that a hash means the same whichever side
 * made the descriptor; tests/check_iface.c recomputes them.
 *
 * Each basic type's pointer type lives here as well, and is the basic
 * type's ptrToThis: gc links *int to int the same way, and the code
 * generator refers to "type.*int" instead of emitting its own, which keeps
 * the descriptor of *int unique in a program.
 */
#include "runtime/runtime.h"

static const uint8_t ptrbit[] = { 1 }, ifacebits[] = { 3 };

#define BASIC(var, k, sz, eq, name, h)                                        \
	const GoType rt_type_##var = { .size = sz, .hash = h, .align = sz, .fieldAlign = sz, \
		.tflag = TflagNamed | TflagRegularMemory, .kind = k, .equal = eq, .str = name, \
		.ptrToThis = &rt_type_ptr_##var.typ }

/* *T of a basic T: a pointer, compared and hashed as one word. */
#define PTRTO(var, name, h)                                                   \
	const GoPtrType rt_type_ptr_##var = {                                 \
		.typ = { .size = 8, .ptrdata = 8, .hash = h, .tflag = TflagRegularMemory, \
			.align = 8, .fieldAlign = 8, .kind = KindPointer | KindDirectIface, \
			.equal = rt_memequal64, .gcdata = ptrbit, .str = name },    \
		.elem = &rt_type_##var }

BASIC(bool, KindBool, 1, rt_memequal8, "bool", 0xc894953d);
BASIC(int, KindInt, 8, rt_memequal64, "int", 0x95e97e5e);
BASIC(int8, KindInt8, 1, rt_memequal8, "int8", 0x6491fa92);
BASIC(int16, KindInt16, 2, rt_memequal16, "int16", 0x07e372d1);
BASIC(int32, KindInt32, 4, rt_memequal32, "int32", 0xfbdee2bf);
BASIC(int64, KindInt64, 8, rt_memequal64, "int64", 0x03d22364);
BASIC(uint, KindUint, 8, rt_memequal64, "uint", 0xcb9836a1);
BASIC(uint8, KindUint8, 1, rt_memequal8, "uint8", 0x199df2db);
BASIC(uint16, KindUint16, 2, rt_memequal16, "uint16", 0xae8ebef2);
BASIC(uint32, KindUint32, 4, rt_memequal32, "uint32", 0x32940bec);
BASIC(uint64, KindUint64, 8, rt_memequal64, "uint64", 0xaea00813);
BASIC(uintptr, KindUintptr, 8, rt_memequal64, "uintptr", 0xfcd16165);

const GoType rt_type_float32 = { .size = 4, .hash = 0xe89f7410, .align = 4, .fieldAlign = 4,
	.tflag = TflagNamed, .kind = KindFloat32, .equal = rt_f32equal, .str = "float32",
	.ptrToThis = &rt_type_ptr_float32.typ };
const GoType rt_type_float64 = { .size = 8, .hash = 0x7c980e47, .align = 8, .fieldAlign = 8,
	.tflag = TflagNamed, .kind = KindFloat64, .equal = rt_f64equal, .str = "float64",
	.ptrToThis = &rt_type_ptr_float64.typ };
const GoType rt_type_string = { .size = 16, .ptrdata = 8, .hash = 0x17c16538, .align = 8,
	.fieldAlign = 8, .tflag = TflagNamed, .kind = KindString, .equal = rt_strequal,
	.gcdata = ptrbit, .str = "string", .ptrToThis = &rt_type_ptr_string.typ };

PTRTO(bool, "*bool", 0x3fb53125);
PTRTO(int, "*int", 0xa9c96646);
PTRTO(int8, "*int8", 0xc60c585a);
PTRTO(int16, "*int16", 0x235dd2d9);
PTRTO(int32, "*int32", 0xb758aba7);
PTRTO(int64, "*int64", 0x1f4c836c);
PTRTO(uint, "*uint", 0xceac2379);
PTRTO(uint8, "*uint8", 0x99fb7f53);
PTRTO(uint16, "*uint16", 0xd9faeb2a);
PTRTO(uint32, "*uint32", 0xddff6ea4);
PTRTO(uint64, "*uint64", 0xda0c344b);
PTRTO(uintptr, "*uintptr", 0xbb851f6d);
PTRTO(float32, "*float32", 0xc8934d38);
PTRTO(float64, "*float64", 0x3c8bb50f);
PTRTO(string, "*string", 0xf613ccd0);

/* func() string: the type of Error and String methods. */
static const GoType *const stringout[] = { &rt_type_string };
const GoFuncType rt_type_func_string = {
	.typ = { .size = 8, .ptrdata = 8, .hash = 0x319077b5, .align = 8, .fieldAlign = 8,
		.kind = KindFunc | KindDirectIface, .gcdata = ptrbit, .str = "func() string" },
	.out = (const GoType **)stringout, .outCount = 1,
};

static const GoIMethod errorMethods[] = { { "Error", &rt_type_func_string.typ } };
const GoInterfaceType rt_type_error = {
	.typ = { .size = 16, .ptrdata = 16, .hash = 0x21918751, .align = 8, .fieldAlign = 8,
		.tflag = TflagNamed, .kind = KindInterface, .equal = rt_interequal,
		.gcdata = ifacebits, .str = "error" },
	.methods = errorMethods, .nmethods = 1,
};
