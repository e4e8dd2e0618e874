// Value: a Go value with its type, laid out as Go's reflect lays it out,
// so that the same flags mean the same things.

package reflect

import (
	"math"
	"strconv"
	"unsafe"
)

// Value holds a value and its type.  ptr is the value itself when the
// type is pointer-shaped and flagIndir is clear, otherwise its address.
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

// flag: the kind in its low 5 bits, then what Value knows about ptr; a
// method value keeps its receiver's type and pointer, the kind Func, and
// the method's index above flagMethodShift.
type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5 // reached through an unexported field
	flagEmbedRO     flag = 1 << 6 // reached through an unexported embedded field
	flagIndir       flag = 1 << 7 // ptr points at the value
	flagAddr        flag = 1 << 8 // addressable (implies flagIndir)
	flagMethod      flag = 1 << 9
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// SliceHeader and StringHeader are the run-time forms of slices and
// strings (deprecated in Go, kept for the programs that use them).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

type StringHeader struct {
	Data uintptr
	Len  int
}

// The same with a real pointer, for this package's own use.
type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// A ValueError reports a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// The shared checks name the exported reflect.Value method that failed
// (Go finds it on the call stack; minigo's callers say it, which keeps
// runtime.Callers -- and its cost, see codegen's introspect list -- out of
// every program that uses reflect).

func (f flag) mustBe(k Kind, method string) {
	if f.kind() != k {
		panic(&ValueError{method, f.kind()})
	}
}

func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// notSupported is the panic of what minigo's reflect cannot do yet.
func notSupported(what string) {
	panic("reflect: " + what + " not supported by minigo")
}

// ifaceIndir: the interface word holds a pointer to the value.
func ifaceIndir(t *rtype) bool { return t.kind&kindDirectIface == 0 }

// pointer is the pointer a pointer-shaped v holds.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// packEface makes v an interface{} again.
func packEface(v Value) any {
	t := v.typ
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	switch {
	case ifaceIndir(t):
		if v.flag&flagIndir == 0 {
			panic("bad indir")
		}
		p := v.ptr
		if v.flag&flagAddr != 0 {
			// the interface must not alias an addressable value
			c := unsafe_New(t)
			typedmemmove(t, c, p)
			p = c
		}
		e.word = p
	case v.flag&flagIndir != 0:
		e.word = *(*unsafe.Pointer)(v.ptr)
	default:
		e.word = v.ptr
	}
	e.typ = t
	return i
}

// unpackEface makes a Value of an interface{} without copying.
func unpackEface(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	t := e.typ
	if t == nil {
		return Value{}
	}
	f := flag(t.Kind())
	if ifaceIndir(t) {
		f |= flagIndir
	}
	return Value{t, e.word, f}
}

// ValueOf returns a Value of i's dynamic value; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	escapes(i)
	return unpackEface(i)
}

// escapes makes x escape, as far as escape analysis can tell.
func escapes(x any) {
	if dummy.b {
		dummy.x = x
	}
}

var dummy struct {
	b bool
	x any
}

var uint8Type = TypeOf(uint8(0)).(*rtype)
var stringType = TypeOf("").(*rtype)

// ---- kind, type, validity ----

func (v Value) Kind() Kind { return v.kind() }

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod == 0 {
		return v.typ
	}
	// a method value: the method's type without its receiver
	i := int(v.flag) >> flagMethodShift
	if v.typ.Kind() == Interface {
		tt := (*interfaceType)(unsafe.Pointer(v.typ))
		return toType(tt.method(i).typ)
	}
	u := v.typ.uncommon()
	if u == nil || i >= int(u.xcount) {
		panic("reflect: internal error: invalid method index")
	}
	return toType(&u.method(i).mtyp.rtype)
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) CanFloat() bool {
	switch v.kind() {
	case Float32, Float64:
		return true
	}
	return false
}

func (v Value) CanComplex() bool {
	switch v.kind() {
	case Complex64, Complex128:
		return true
	}
	return false
}

// ---- reading ----

func (v Value) Bool() bool {
	if v.kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.kind()})
	}
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String is a string v's value; for other kinds "<T Value>", as fmt
// prints a Value it cannot look into.
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

// Bytes is a []byte v's value, or an addressable [N]byte's bytes.
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.Elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.Elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		p := (*byte)(v.ptr)
		n := int((*arrayType)(unsafe.Pointer(v.typ)).len)
		return unsafe.Slice(p, n)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) runes() []rune {
	v.mustBe(Slice, "reflect.Value.Convert")
	if v.typ.Elem().Kind() != Int32 {
		panic("reflect.Value.Bytes of non-rune slice")
	}
	return *(*[]rune)(v.ptr)
}

func (v Value) Len() int {
	switch k := v.kind(); k {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Chan:
		return chanlen(v.pointer())
	case Map:
		return maplen(v.pointer())
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Channels come with goroutines (issue 17); until then no channel value
// exists and these hooks of runtime/reflect.c are never reached.  They
// are here so that Len and Cap leak v as gc's do (Go's chanlen and
// chancap keep their argument, as far as escape analysis knows).
func chanlen(ch unsafe.Pointer) int
func chancap(ch unsafe.Pointer) int

func (v Value) Cap() int {
	switch k := v.kind(); k {
	case Array:
		return v.typ.Len()
	case Chan:
		return chancap(v.pointer())
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

func (v Value) IsNil() bool {
	switch k := v.kind(); k {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&flagMethod != 0 {
			return false
		}
		return v.pointer() == nil
	case Interface, Slice:
		// the first word: an interface's type (or itab), a slice's array
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is its type's zero value.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Pointer is v's pointer as an integer; for a func, its code pointer.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer:
		if v.typ.ptrdata == 0 {
			// a pointer to a not-in-heap type: the value is not a pointer
			return *(*uintptr)(v.ptr)
		}
		fallthrough
	case Chan, Map, UnsafePointer:
		return uintptr(v.pointer())
	case Func:
		if v.flag&flagMethod != 0 {
			// as Go's, a code pointer shared by all method values
			v = makeMethodValue(v)
		}
		p := v.pointer()
		if p != nil {
			// a func value points at its closure, whose first word is
			// the code
			p = *(*unsafe.Pointer)(p)
		}
		return uintptr(p)
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).Data)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// UnsafePointer is Pointer as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer:
		if v.typ.ptrdata == 0 {
			return *(*unsafe.Pointer)(v.ptr)
		}
		fallthrough
	case Chan, Map, UnsafePointer:
		return v.pointer()
	case Func:
		if v.flag&flagMethod != 0 {
			v = makeMethodValue(v)
		}
		p := v.pointer()
		if p != nil {
			p = *(*unsafe.Pointer)(p)
		}
		return p
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// Addr is a pointer to the addressable v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	// a pointer to a read-only value stays read-only, as a pointer
	fl := v.flag & flagRO
	return Value{v.typ.ptrTo(), v.ptr, fl | flag(Pointer)}
}

func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// InterfaceData is deprecated in Go and not supported by minigo.
func (v Value) InterfaceData() [2]uintptr {
	notSupported("Value.InterfaceData")
	return [2]uintptr{}
}

// Interface returns v's value as an interface{}.
func (v Value) Interface() (i any) {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		v = makeMethodValue(v)
	}
	if v.kind() == Interface {
		if v.NumMethod() == 0 {
			return *(*any)(v.ptr)
		}
		return *(*interface{ M() })(v.ptr)
	}
	return packEface(v)
}

// ---- moving through values ----

// Elem is what the interface v holds, or what the pointer v points to.
func (v Value) Elem() Value {
	switch k := v.kind(); k {
	case Interface:
		var x any
		if v.typ.NumMethod() == 0 {
			x = *(*any)(v.ptr)
		} else {
			x = (any)(*(*interface{ M() })(v.ptr))
		}
		r := unpackEface(x)
		if r.flag != 0 {
			r.flag |= v.flag.ro()
		}
		return r
	case Pointer:
		p := v.ptr
		if v.flag&flagIndir != 0 {
			p = *(*unsafe.Pointer)(p)
		}
		if p == nil {
			return Value{}
		}
		et := (*ptrType)(unsafe.Pointer(v.typ)).elem
		return Value{et, p, v.flag&flagRO | flagIndir | flagAddr | flag(et.Kind())}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Indirect is what v points to, or v itself when it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return (*structType)(unsafe.Pointer(v.typ)).nfields
}

// Field is the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	tt := (*structType)(unsafe.Pointer(v.typ))
	if uint(i) >= uint(tt.nfields) {
		panic("reflect: Field index out of range")
	}
	field := tt.field(i)
	typ := field.typ
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(typ.Kind())
	if !isExportedName(cstring(field.name)) {
		if field.embedded {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	// with flagIndir clear the struct is one pointer-shaped field at
	// offset 0, so adding the offset is right either way
	ptr := add(v.ptr, field.offset)
	return Value{typ, ptr, fl}
}

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex returning an error instead of
// panicking at a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.Elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, &nilEmbedError{v.typ.Elem().Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

type nilEmbedError struct{ name string }

func (e *nilEmbedError) Error() string {
	return "reflect: indirection through nil pointer to embedded struct field " + e.name
}

func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// arrayAt is the address of element i of size elemSize from p.
func arrayAt(p unsafe.Pointer, i int, elemSize uintptr) unsafe.Pointer {
	return add(p, uintptr(i)*elemSize)
}

// Index is the i'th element of the array, slice or string v.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		tt := (*arrayType)(unsafe.Pointer(v.typ))
		if uint(i) >= uint(tt.len) {
			panic("reflect: array index out of range")
		}
		typ := tt.elem
		offset := uintptr(i) * typ.size
		// with flagIndir clear the array is one pointer-shaped element
		val := add(v.ptr, offset)
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(typ.Kind())
		return Value{typ, val, fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		typ := (*ptrType)(unsafe.Pointer(v.typ)).elem
		val := arrayAt(s.Data, i, typ.size)
		fl := flagAddr | flagIndir | v.flag.ro() | flag(typ.Kind())
		return Value{typ, val, fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		p := arrayAt(s.Data, i, 1)
		fl := v.flag.ro() | flag(Uint8) | flagIndir
		return Value{uint8Type, p, fl}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// Slice is v[i:j] of an addressable array, a slice or a string.
func (v Value) Slice(i, j int) Value {
	var (
		cap  int
		typ  *rtype
		base unsafe.Pointer
	)
	switch kind := v.kind(); kind {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		tt := (*arrayType)(unsafe.Pointer(v.typ))
		cap = int(tt.len)
		typ = tt.slice
		base = v.ptr
	case Slice:
		typ = v.typ
		s := (*sliceHeader)(v.ptr)
		base = s.Data
		cap = s.Cap
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		t := new(stringHeader)
		if i < s.Len {
			t.Data = arrayAt(s.Data, i, 1)
			t.Len = j - i
		}
		return Value{v.typ, unsafe.Pointer(t), v.flag.ro() | flagIndir | flag(String)}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	s := new(sliceHeader)
	s.Len = j - i
	s.Cap = cap - i
	if cap-i > 0 {
		s.Data = arrayAt(base, i, typ.Elem().Size())
	} else {
		// no room: keep the pointer inside the array
		s.Data = base
	}
	return Value{typ, unsafe.Pointer(s), v.flag.ro() | flagIndir | flag(Slice)}
}

// Slice3 is v[i:j:k] of an addressable array or a slice.
func (v Value) Slice3(i, j, k int) Value {
	var (
		cap  int
		typ  *rtype
		base unsafe.Pointer
	)
	switch kind := v.kind(); kind {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		tt := (*arrayType)(unsafe.Pointer(v.typ))
		cap = int(tt.len)
		typ = tt.slice
		base = v.ptr
	case Slice:
		typ = v.typ
		s := (*sliceHeader)(v.ptr)
		base = s.Data
		cap = s.Cap
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.kind()})
	}
	if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	s := new(sliceHeader)
	s.Len = j - i
	s.Cap = k - i
	if k-i > 0 {
		s.Data = arrayAt(base, i, typ.Elem().Size())
	} else {
		s.Data = base
	}
	return Value{typ, unsafe.Pointer(s), v.flag.ro() | flagIndir | flag(Slice)}
}

// ---- writing ----

// Set stores x in v, which must be assignable and of a type x is
// assignable to.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	var target unsafe.Pointer
	if v.kind() == Interface {
		target = v.ptr
	}
	x = x.assignTo("reflect.Set", v.typ, target)
	if x.flag&flagIndir != 0 {
		if x.ptr == unsafe.Pointer(&zeroVal[0]) {
			typedmemclr(v.typ, v.ptr)
		} else {
			typedmemmove(v.typ, v.ptr, x.ptr)
		}
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) setRunes(x []rune) {
	v.mustBeAssignable("reflect.Value.Convert")
	v.mustBe(Slice, "reflect.Value.Convert")
	if v.typ.Elem().Kind() != Int32 {
		panic("reflect.Value.setRunes of non-rune slice")
	}
	*(*[]rune)(v.ptr) = x
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch k := v.kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	}
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch k := v.kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch k := v.kind(); k {
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	}
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// Overflow checks: would x not fit in v's type?

func (v Value) OverflowComplex(x complex128) bool {
	k := v.kind()
	switch k {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	k := v.kind()
	switch k {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return math.MaxFloat32 < x && x <= math.MaxFloat64
}

func (v Value) OverflowInt(x int64) bool {
	k := v.kind()
	switch k {
	case Int, Int8, Int16, Int32, Int64:
		shift := 64 - v.typ.size*8
		return x != (x<<shift)>>shift
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	k := v.kind()
	switch k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		shift := 64 - v.typ.size*8
		return x != (x<<shift)>>shift
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// ---- assignment and conversion ----

// assignTo is v as a value of type dst (an interface: stored at target,
// or in new memory when target is nil).
func (v Value) assignTo(context string, dst *rtype, target unsafe.Pointer) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue(v)
	}
	switch {
	case directlyAssignable(dst, v.typ):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		fl |= flag(dst.Kind())
		return Value{dst, v.ptr, fl}
	case implements(dst, v.typ):
		if target == nil {
			target = unsafe_New(dst)
		}
		if v.Kind() == Interface && v.IsNil() {
			return Value{dst, nil, flag(Interface)}
		}
		x := valueInterface(v, false)
		if dst.NumMethod() == 0 {
			*(*any)(target) = x
		} else {
			ifaceE2I(dst, x, target)
		}
		return Value{dst, target, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

// CanConvert reports whether v.Convert(t) would not panic.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array {
		if t.Elem().Len() > v.Len() {
			return false
		}
	}
	return true
}

// Convert is v converted to type t, by Go's conversion rules.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		v = makeMethodValue(v)
	}
	op := convertOp(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t)
}

// convertOp is the conversion from src to dst, nil if there is none.
func convertOp(dst, src *rtype) func(Value, Type) Value {
	switch src.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		switch dst.Kind() {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return cvtInt
		case Float32, Float64:
			return cvtIntFloat
		case String:
			return cvtIntString
		}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		switch dst.Kind() {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return cvtUint
		case Float32, Float64:
			return cvtUintFloat
		case String:
			return cvtUintString
		}
	case Float32, Float64:
		switch dst.Kind() {
		case Int, Int8, Int16, Int32, Int64:
			return cvtFloatInt
		case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return cvtFloatUint
		case Float32, Float64:
			return cvtFloat
		}
	case Complex64, Complex128:
		switch dst.Kind() {
		case Complex64, Complex128:
			return cvtComplex
		}
	case String:
		if dst.Kind() == Slice && dst.Elem().PkgPath() == "" {
			switch dst.Elem().Kind() {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case Slice:
		if dst.Kind() == String && src.Elem().PkgPath() == "" {
			switch src.Elem().Kind() {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		// a slice to a pointer to an array of its element type
		if dst.Kind() == Pointer && dst.Elem().Kind() == Array && src.Elem() == dst.Elem().Elem() {
			return cvtSliceArrayPtr
		}
	}
	if haveIdenticalUnderlyingType(dst, src) {
		return cvtDirect
	}
	// two unnamed pointer types to identical underlying types
	if dst.Kind() == Pointer && dst.Name() == "" && src.Kind() == Pointer && src.Name() == "" &&
		haveIdenticalUnderlyingType(dst.Elem().common(), src.Elem().common()) {
		return cvtDirect
	}
	if implements(dst, src) {
		if src.Kind() == Interface {
			return cvtI2I
		}
		return cvtT2I
	}
	return nil
}

// makeInt is bits stored in a new value of the integer type t.
func makeInt(f flag, bits uint64, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	switch typ.size {
	case 1:
		*(*uint8)(ptr) = uint8(bits)
	case 2:
		*(*uint16)(ptr) = uint16(bits)
	case 4:
		*(*uint32)(ptr) = uint32(bits)
	case 8:
		*(*uint64)(ptr) = bits
	}
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func makeFloat(f flag, v float64, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	switch typ.size {
	case 4:
		*(*float32)(ptr) = float32(v)
	case 8:
		*(*float64)(ptr) = v
	}
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func makeFloat32(f flag, v float32, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	*(*float32)(ptr) = v
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func makeComplex(f flag, v complex128, t Type) Value {
	typ := t.common()
	ptr := unsafe_New(typ)
	switch typ.size {
	case 8:
		*(*complex64)(ptr) = complex64(v)
	case 16:
		*(*complex128)(ptr) = v
	}
	return Value{typ, ptr, f | flagIndir | flag(typ.Kind())}
}

func makeString(f flag, v string, t Type) Value {
	ret := New(t).Elem()
	ret.SetString(v)
	ret.flag = ret.flag&^flagAddr | f
	return ret
}

func makeBytes(f flag, v []byte, t Type) Value {
	ret := New(t).Elem()
	ret.SetBytes(v)
	ret.flag = ret.flag&^flagAddr | f
	return ret
}

func makeRunes(f flag, v []rune, t Type) Value {
	ret := New(t).Elem()
	ret.setRunes(v)
	ret.flag = ret.flag&^flagAddr | f
	return ret
}

func cvtInt(v Value, t Type) Value { return makeInt(v.flag.ro(), uint64(v.Int()), t) }

func cvtUint(v Value, t Type) Value { return makeInt(v.flag.ro(), v.Uint(), t) }

func cvtFloatInt(v Value, t Type) Value {
	return makeInt(v.flag.ro(), uint64(int64(v.Float())), t)
}

func cvtFloatUint(v Value, t Type) Value { return makeInt(v.flag.ro(), uint64(v.Float()), t) }

func cvtIntFloat(v Value, t Type) Value { return makeFloat(v.flag.ro(), float64(v.Int()), t) }

func cvtUintFloat(v Value, t Type) Value { return makeFloat(v.flag.ro(), float64(v.Uint()), t) }

func cvtFloat(v Value, t Type) Value {
	if v.Type().Kind() == Float32 && t.Kind() == Float32 {
		// keep a NaN's bits: no round trip through float64
		return makeFloat32(v.flag.ro(), *(*float32)(v.ptr), t)
	}
	return makeFloat(v.flag.ro(), v.Float(), t)
}

func cvtComplex(v Value, t Type) Value { return makeComplex(v.flag.ro(), v.Complex(), t) }

func cvtIntString(v Value, t Type) Value {
	s := "\uFFFD"
	if x := v.Int(); int64(rune(x)) == x {
		s = string(rune(x))
	}
	return makeString(v.flag.ro(), s, t)
}

func cvtUintString(v Value, t Type) Value {
	s := "\uFFFD"
	if x := v.Uint(); uint64(rune(x)) == x {
		s = string(rune(x))
	}
	return makeString(v.flag.ro(), s, t)
}

func cvtBytesString(v Value, t Type) Value {
	return makeString(v.flag.ro(), string(v.Bytes()), t)
}

func cvtStringBytes(v Value, t Type) Value {
	return makeBytes(v.flag.ro(), []byte(v.String()), t)
}

func cvtRunesString(v Value, t Type) Value {
	return makeString(v.flag.ro(), string(v.runes()), t)
}

func cvtStringRunes(v Value, t Type) Value {
	return makeRunes(v.flag.ro(), []rune(v.String()), t)
}

func cvtSliceArrayPtr(v Value, t Type) Value {
	n := t.Elem().Len()
	if n > v.Len() {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(v.Len()) + " to pointer to array with length " + strconv.Itoa(n))
	}
	h := (*sliceHeader)(v.ptr)
	return Value{t.common(), h.Data, v.flag&^(flagIndir|flagAddr|flagKindMask) | flag(Pointer)}
}

// cvtDirect: identical underlying types, the same bits.
func cvtDirect(v Value, typ Type) Value {
	f := v.flag
	if f.kind() == Func {
		// a func's flags stay those of a value, not a method
		f &^= flagMethod
	}
	ptr := v.ptr
	if f&flagAddr != 0 {
		// the result must not alias v's variable
		c := unsafe_New(typ.common())
		typedmemmove(typ.common(), c, ptr)
		ptr = c
		f &^= flagAddr
	}
	return Value{typ.common(), ptr, v.flag.ro() | f}
}

func cvtT2I(v Value, typ Type) Value {
	target := unsafe_New(typ.common())
	x := valueInterface(v, false)
	if typ.NumMethod() == 0 {
		*(*any)(target) = x
	} else {
		ifaceE2I(typ.common(), x, target)
	}
	return Value{typ.common(), target, v.flag.ro() | flagIndir | flag(Interface)}
}

func cvtI2I(v Value, typ Type) Value {
	if v.IsNil() {
		ret := Zero(typ)
		ret.flag |= v.flag.ro()
		return ret
	}
	return cvtT2I(v.Elem(), typ)
}

// ---- making values ----

// zeroVal is the memory Zero lends to small values (never written).
var zeroVal [1024]byte

// Zero is the zero value of typ, neither addressable nor settable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	fl := flag(t.Kind())
	if ifaceIndir(t) {
		var p unsafe.Pointer
		if t.size <= uintptr(len(zeroVal)) {
			p = unsafe.Pointer(&zeroVal[0])
		} else {
			p = unsafe_New(t)
		}
		return Value{t, p, fl | flagIndir}
	}
	return Value{t, nil, fl}
}

// New is a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := t.ptrTo()
	ptr := unsafe_New(t)
	fl := flag(Pointer)
	return Value{pt, ptr, fl}
}

// NewAt is a pointer of type *typ to p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	fl := flag(Pointer)
	t := typ.common()
	return Value{t.ptrTo(), p, fl}
}

// MakeSlice is a new slice of type typ.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	s := sliceHeader{unsafe_NewArray(typ.Elem().common(), cap), len, cap}
	return Value{typ.common(), unsafe.Pointer(&s), flagIndir | flag(Slice)}
}

// grow makes room for extra more elements in s, the way Go's reflect
// grows (doubling below 256 elements, then by a quarter plus 192).
func grow(s Value, extra int) (Value, int, int) {
	i0 := s.Len()
	i1 := i0 + extra
	if i1 < i0 {
		panic("reflect.Append: slice overflow")
	}
	m := s.Cap()
	if i1 <= m {
		return s.Slice(0, i1), i0, i1
	}
	if m == 0 {
		m = extra
	} else {
		const threshold = 256
		for m < i1 {
			if i0 < threshold {
				m += m
			} else {
				m += (m + 3*threshold) / 4
			}
		}
	}
	t := MakeSlice(s.Type(), i1, m)
	Copy(t, s)
	return t, i0, i1
}

// Append is append(s, x...).
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "unknown method")
	s, i0, i1 := grow(s, len(x))
	for i, j := i0, 0; i < i1; i, j = i+1, j+1 {
		s.Index(i).Set(x[j])
	}
	return s
}

// AppendSlice is append(s, t...).
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "unknown method")
	t.mustBe(Slice, "unknown method")
	typesMustMatch("reflect.AppendSlice", s.Type().Elem(), t.Type().Elem())
	s, i0, i1 := grow(s, t.Len())
	Copy(s.Slice(i0, i1), t)
	return s
}

func typesMustMatch(what string, t1, t2 Type) {
	if t1 != t2 {
		panic(what + ": " + t1.String() + " != " + t2.String())
	}
}

// Copy is copy(dst, src); src may be a string when dst holds bytes.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("unknown method")
	}
	dst.mustBeExported("unknown method")

	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ.Elem().Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("unknown method")

	de := dst.typ.Elem()
	if !stringCopy {
		se := src.typ.Elem()
		typesMustMatch("reflect.Copy", de, se)
	}

	var dp, sp unsafe.Pointer
	var dn, sn int
	if dk == Array {
		dp, dn = dst.ptr, dst.Len()
	} else {
		h := (*sliceHeader)(dst.ptr)
		dp, dn = h.Data, h.Len
	}
	switch {
	case sk == Array:
		sp, sn = src.ptr, src.Len()
	case sk == Slice:
		h := (*sliceHeader)(src.ptr)
		sp, sn = h.Data, h.Len
	default:
		h := (*stringHeader)(src.ptr)
		sp, sn = h.Data, h.Len
	}
	n := dn
	if sn < n {
		n = sn
	}
	typedslicecopy(de.common(), dp, sp, n)
	return n
}

// ---- methods ----

// NumMethod is the number of exported methods of v's type (for an
// interface, its methods).
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ.NumMethod()
}

// Method is v's i'th method as a method value: Call calls it; it cannot
// become an interface{} yet (that needs a closure made at run time).
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	fl := v.flag.ro() | (v.flag & flagIndir)
	fl |= flag(Func)
	fl |= flag(i)<<flagMethodShift | flagMethod
	return Value{v.typ, v.ptr, fl}
}

func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	n := v.typ.NumMethod()
	for i := 0; i < n; i++ {
		var mname string
		if v.typ.Kind() == Interface {
			mname = cstring((*interfaceType)(unsafe.Pointer(v.typ)).method(i).name)
		} else {
			mname = cstring(v.typ.uncommon().method(i).name)
		}
		if mname == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls the function v with the arguments in, as Go would: a
// variadic function takes its trailing arguments packed into a slice.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with its last argument, a
// slice, as the variadic parameter (f(x, y...)).
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

// Provided by runtime/reflectcall.c, through libffi: calls code with the
// closure ctx in the static-chain register, the receiver word first when
// hasRcvr, then args[i] (pointers to each parameter's value); stores the
// results through results[i].
func reflectcall(t *funcType, code, ctx, rcvr unsafe.Pointer, hasRcvr bool, args, results *unsafe.Pointer)

func (v Value) call(op string, in []Value) []Value {
	t := (*funcType)(unsafe.Pointer(v.typ))
	var code, ctx, rcvr unsafe.Pointer
	hasRcvr := v.flag&flagMethod != 0
	if hasRcvr {
		t, code, rcvr = methodReceiver(op, v, int(v.flag)>>flagMethodShift)
	} else {
		ctx = v.pointer()
		if ctx == nil {
			panic("reflect.Value.Call: call of nil function")
		}
		code = *(*unsafe.Pointer)(ctx) // the closure's first word
	}

	isSlice := op == "CallSlice"
	n := t.NumIn()
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		// the trailing arguments become the variadic slice
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}

	nin := len(in)
	args := make([]unsafe.Pointer, nin+1)
	for i := 0; i < nin; i++ {
		targ := t.In(i).common()
		x := in[i].assignTo("reflect.Value.Call", targ, nil)
		if x.flag&flagIndir != 0 {
			args[i] = x.ptr
		} else {
			p := unsafe_New(targ)
			*(*unsafe.Pointer)(p) = x.ptr
			args[i] = p
		}
	}
	nout := t.NumOut()
	results := make([]unsafe.Pointer, nout+1)
	for i := 0; i < nout; i++ {
		results[i] = unsafe_New(t.Out(i).common())
	}
	reflectcall(t, code, ctx, rcvr, hasRcvr, &args[0], &results[0])
	ret := make([]Value, nout)
	for i := 0; i < nout; i++ {
		tv := t.Out(i).common()
		if ifaceIndir(tv) {
			ret[i] = Value{tv, results[i], flagIndir | flag(tv.Kind())}
		} else {
			ret[i] = Value{tv, *(*unsafe.Pointer)(results[i]), flag(tv.Kind())}
		}
	}
	return ret
}

// makeFuncImpl is what a func value made by MakeFunc points at: libffi's
// go closure first (its first word is the code, as every func value's),
// then what a call needs.  runtime/reflectcall.c's MakeFuncImpl mirrors it.
type makeFuncImpl struct {
	tramp unsafe.Pointer
	cif   unsafe.Pointer
	fun   unsafe.Pointer
	ftyp  *funcType
	fn    func([]Value) []Value
}

// Provided by runtime/reflectcall.c: fills in impl's libffi closure.
func makeFuncClosure(impl *makeFuncImpl)

// MakeFunc returns a func value of type typ whose calls run fn on their
// arguments as Values and return what it returns.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	impl := &makeFuncImpl{ftyp: (*funcType)(unsafe.Pointer(t)), fn: fn}
	makeFuncClosure(impl)
	return Value{t, unsafe.Pointer(impl), flag(Func)}
}

// callReflect runs a call of a made func: runtime/reflectcall.c calls it
// with a pointer to each argument, in order, and takes back a pointer to
// each result.
func callReflect(impl *makeFuncImpl, args, results *unsafe.Pointer) {
	ftyp := impl.ftyp
	const ptrSize = unsafe.Sizeof(uintptr(0))
	n := ftyp.NumIn()
	in := make([]Value, 0, n)
	for i := 0; i < n; i++ {
		typ := ftyp.In(i).common()
		p := *(*unsafe.Pointer)(add(unsafe.Pointer(args), uintptr(i)*ptrSize))
		if ifaceIndir(typ) {
			// the argument's memory is the caller's: copy it out
			c := unsafe_New(typ)
			typedmemmove(typ, c, p)
			in = append(in, Value{typ, c, flagIndir | flag(typ.Kind())})
		} else {
			in = append(in, Value{typ, *(*unsafe.Pointer)(p), flag(typ.Kind())})
		}
	}
	out := impl.fn(in)
	nout := ftyp.NumOut()
	if len(out) != nout {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	for i, v := range out {
		if v.typ == nil {
			panic("reflect: function created by MakeFunc returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc returned value obtained from unexported field")
		}
		typ := ftyp.Out(i).common()
		v = v.assignTo("reflect.MakeFunc", typ, nil)
		p := v.ptr
		if v.flag&flagIndir == 0 {
			p = unsafe_New(typ)
			*(*unsafe.Pointer)(p) = v.ptr
		}
		*(*unsafe.Pointer)(add(unsafe.Pointer(results), uintptr(i)*ptrSize)) = p
	}
}

// makeMethodValue is the method value v as a func value of the method's
// type: a made func that calls the method on a copy of the receiver, taken
// now, as Go's method values copy theirs.
func makeMethodValue(v Value) Value {
	i := int(v.flag) >> flagMethodShift
	rcvr := Value{v.typ, v.ptr, v.flag&(flagIndir|flagAddr) | flag(v.typ.Kind())}
	if rcvr.flag&flagIndir != 0 && ifaceIndir(rcvr.typ) {
		c := unsafe_New(rcvr.typ)
		typedmemmove(rcvr.typ, c, rcvr.ptr)
		rcvr = Value{rcvr.typ, c, flagIndir | flag(rcvr.typ.Kind())}
	}
	m := Value{rcvr.typ, rcvr.ptr, rcvr.flag&flagIndir | flag(Func) | flag(i)<<flagMethodShift | flagMethod}
	return MakeFunc(v.Type(), func(in []Value) []Value { return m.Call(in) })
}

// methodReceiver is what a call of v's method i needs: the method's type
// (without receiver), its code as interfaces call it (GoMethod.ifn, or the
// itab's entry) and the receiver's interface data word.
func methodReceiver(op string, v Value, i int) (t *funcType, code, rcvr unsafe.Pointer) {
	if v.typ.Kind() == Interface {
		tt := (*interfaceType)(unsafe.Pointer(v.typ))
		if uint(i) >= uint(tt.nmethods) {
			panic("reflect: internal error: invalid method index")
		}
		m := tt.method(i)
		if !isExportedName(cstring(m.name)) {
			panic("reflect: " + op + " of unexported method")
		}
		ifc := (*iface)(v.ptr)
		if ifc.tab == nil {
			panic("reflect: " + op + " of method on nil interface value")
		}
		// the itab's method table follows inter, type and hash
		code = *(*unsafe.Pointer)(add(unsafe.Pointer(ifc.tab), 3*unsafe.Sizeof(uintptr(0))+uintptr(i)*unsafe.Sizeof(uintptr(0))))
		return (*funcType)(unsafe.Pointer(m.typ)), code, ifc.word
	}
	u := v.typ.uncommon()
	if u == nil || uint(i) >= uint(u.xcount) {
		panic("reflect: internal error: invalid method index")
	}
	m := u.method(i)
	if m.ifn == nil {
		panic("reflect: " + op + " of method " + cstring(m.name) + " compiled without code (internal error)")
	}
	if ifaceIndir(v.typ) {
		rcvr = v.ptr
	} else {
		rcvr = v.pointer()
	}
	return m.mtyp, m.ifn, rcvr
}

// Channels come with goroutines (issue 17).
func (v Value) Close()                             { notSupported("Value.Close") }
func (v Value) Recv() (x Value, ok bool)           { notSupported("Value.Recv"); return }
func (v Value) Send(x Value)                       { notSupported("Value.Send") }
func (v Value) TryRecv() (x Value, ok bool)        { notSupported("Value.TryRecv"); return }
func (v Value) TrySend(x Value) bool               { notSupported("Value.TrySend"); return false }
func MakeChan(typ Type, buffer int) Value

// SelectDir and SelectCase describe Select's cases; Select itself needs
// channels.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool)
