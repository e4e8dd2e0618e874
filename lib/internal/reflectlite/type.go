// Package reflectlite is minigo's own internal/reflectlite: the API of Go
// 1.19's package of that name (the part errors, sort and context use),
// written over minigo's type descriptors instead of gc's.
//
// Go's reflectlite reads gc's descriptors: names and types as offsets into
// the module data (nameOff, typeOff), uncommon types with method offsets.
// minigo's descriptors (runtime/abi.h) keep C pointers there -- the type's
// name as a C string, methods as a sorted table behind TflagUncommon -- so
// this package mirrors GoType in Go and leaves to runtime/reflectlite.c
// what needs the method tables or the C strings (implements, assignable,
// names).  The loader takes this directory in place of
// $GOROOT/src/internal/reflectlite (load/'s own_source).
//
// Left out: PkgPath (a defined type without methods has no package path
// in minigo's descriptors yet), Chan, and the methods nothing above uses.
//
// Its functions keep the data flow of Go's (ValueOf leaks its argument to
// the heap, TypeOf and Value's accessors to their results), so the escape
// tags the packages above it see are gc's.
package reflectlite

import "unsafe"

// Type is the representation of a Go type.
type Type interface {
	Name() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type

	common() *rtype
}

// A Kind is the kind of type a Type represents (Go's numbering).
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

// The kind byte's flags and the tflag bits (runtime/abi.h).
const (
	kindDirectIface = 1 << 5
	kindMask        = (1 << 5) - 1
	tflagNamed      = 1 << 2
)

// rtype is runtime/abi.h's GoType, field for field.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer // a C function; nil: not comparable
	gcdata     *byte
	str        *byte // the type's name as Go prints it, NUL-terminated
	ptrToThis  *rtype
}

// The descriptors of the kinds with an element type: GoPtrType and
// GoSliceType (ptrType), GoArrayType, GoMapType up to its element.
type ptrType struct {
	rtype
	elem *rtype
}

type arrayType struct {
	rtype
	elem  *rtype
	slice *rtype
	len   uintptr
}

type mapType struct {
	rtype
	key  *rtype
	elem *rtype
}

// An eface is an interface{} value as minigo lays it out (GoEface).
type eface struct {
	typ  *rtype
	word unsafe.Pointer
}

// Provided by runtime/reflectlite.c.
func typeString(t *rtype) string
func typeName(t *rtype) string
func implements(T, V *rtype) bool
func directlyAssignable(T, V *rtype) bool
func unsafe_New(t *rtype) unsafe.Pointer
func typedmemmove(t *rtype, dst, src unsafe.Pointer)
func ifaceE2I(t *rtype, src any, dst unsafe.Pointer)

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string { return typeString(t) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

func (t *rtype) Comparable() bool { return t.equal != nil }

// Name is the name of a defined type within its package ("" otherwise).
func (t *rtype) Name() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	return typeName(t)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Pointer, Slice:
		return toType((*ptrType)(unsafe.Pointer(t)).elem)
	case Array:
		return toType((*arrayType)(unsafe.Pointer(t)).elem)
	case Map:
		return toType((*mapType)(unsafe.Pointer(t)).elem)
	}
	panic("reflect: Elem of invalid type")
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

// toType keeps a nil *rtype a nil Type.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, nil for a nil interface.
func TypeOf(i any) Type {
	e := (*eface)(unsafe.Pointer(&i))
	return toType(e.typ)
}
