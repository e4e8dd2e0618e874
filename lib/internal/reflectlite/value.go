// Value: a Go value with its type, as Go's reflectlite has it, for what
// errors.As needs (ValueOf, Elem, IsNil, Set) and Swapper's Len.

package reflectlite

import "unsafe"

// Value holds a value and its type.  ptr is the value itself when the
// type is pointer-shaped and flagIndir is clear, otherwise its address.
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	flag
}

// flag: the kind in its low 5 bits, then what Value knows about ptr.
type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagIndir       flag = 1 << 7
	flagAddr        flag = 1 << 8
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
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

// Go's reflectlite cannot name the exported method that failed either.
func methodName() string { return "unknown method" }

func (f flag) mustBeExported() {
	if f == 0 {
		panic(&ValueError{methodName(), 0})
	}
	if f&flagRO != 0 {
		panic("reflect: " + methodName() + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable() {
	if f == 0 {
		panic(&ValueError{methodName(), Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + methodName() + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + methodName() + " using unaddressable value")
	}
}

// ifaceIndir: the interface word holds a pointer to the value.
func ifaceIndir(t *rtype) bool { return t.kind&kindDirectIface == 0 }

// interfaceType is runtime/abi.h's GoInterfaceType.
type interfaceType struct {
	rtype
	pkgPath  *byte
	methods  unsafe.Pointer
	nmethods int
}

// numMethod of an interface type: its method count.
func (t *rtype) numMethod() int {
	if t.Kind() == Interface {
		return (*interfaceType)(unsafe.Pointer(t)).nmethods
	}
	return 0
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

// CanSet reports whether v is addressable and not read-only.
func (v Value) CanSet() bool {
	return v.flag&(flagAddr|flagRO) == flagAddr
}

// Elem is what the interface v holds, or what the pointer v points to.
func (v Value) Elem() Value {
	switch k := v.kind(); k {
	case Interface:
		var x any
		if v.typ.numMethod() == 0 {
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
	panic(&ValueError{"reflectlite.Value.Elem", v.kind()})
}

// IsNil reports whether v, of a kind that can be nil, is.
func (v Value) IsNil() bool {
	switch k := v.kind(); k {
	case Chan, Func, Map, Pointer, UnsafePointer:
		p := v.ptr
		if v.flag&flagIndir != 0 {
			p = *(*unsafe.Pointer)(p)
		}
		return p == nil
	case Interface, Slice:
		// the first word: an interface's type (or itab), a slice's array
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.kind()})
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.flag != 0 }

// Kind is v's kind, Invalid for the zero Value.
func (v Value) Kind() Kind { return v.kind() }

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// Len of an array, map, slice or string.
func (v Value) Len() int {
	switch k := v.kind(); k {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Map:
		m := v.ptr
		if v.flag&flagIndir != 0 {
			m = *(*unsafe.Pointer)(m)
		}
		if m == nil {
			return 0
		}
		return *(*int)(m) // the map header's count (GoHmap)
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Set stores x in v, which must be assignable and of a type x is
// assignable to.
func (v Value) Set(x Value) {
	v.mustBeAssignable()
	x.mustBeExported()
	var target unsafe.Pointer
	if v.kind() == Interface {
		target = v.ptr
	}
	x = x.assignTo("reflectlite.Set", v.typ, target)
	if x.flag&flagIndir != 0 {
		typedmemmove(v.typ, v.ptr, x.ptr)
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

// Type is v's type.
func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

// ValueOf returns a Value of i's dynamic value; the zero Value for nil.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	escapes(i)
	return unpackEface(i)
}

// assignTo is v as a value of type dst (an interface: stored at target,
// or in new memory when target is nil).
func (v Value) assignTo(context string, dst *rtype, target unsafe.Pointer) Value {
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
		x := packEface(v)
		if dst.numMethod() == 0 {
			*(*any)(target) = x
		} else {
			ifaceE2I(dst, x, target)
		}
		return Value{dst, target, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
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
