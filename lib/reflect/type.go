// Package reflect is minigo's own reflect: the API of Go 1.19's package,
// written over minigo's type descriptors (runtime/abi.h) instead of gc's.
//
// gc's descriptors keep names and types as offsets into a module's tables
// and its Value.Call is assembly that knows gc's register ABI; minigo's keep
// C pointers (a type's name as a NUL-terminated string, methods in a sorted
// table behind TflagUncommon) and minigo calls Go functions with the C ABI.
// So this package mirrors runtime/abi.h's structs in Go, reads them
// directly, and leaves to runtime/reflect.c only what needs the C runtime:
// allocation, maps, itabs, interface satisfaction and type identity.  The
// loader takes this directory in place of $GOROOT/src/reflect (load/'s
// own_source), as it does for internal/reflectlite.
//
// Its functions keep the data flow of Go's (ValueOf leaks its argument to
// the heap, the accessors leak their receiver to their result, the panics
// that print a type leak the type), so the escape tags a program sees at
// its calls are gc's.
//
// Calls through reflection (Value.Call, method values, MakeFunc) go
// through libffi in runtime/reflectcall.c: minigo's calling convention is
// the C ABI plus the closure in the static-chain register, which libffi's
// go calls and closures speak.
//
// Types by their parts (PointerTo, SliceOf, FuncOf, MapOf, ArrayOf) are
// the program's own descriptors when it has them (section go_types); pointer,
// slice, func and map types are made at run time otherwise.
//
// Not supported yet: channels (issue 17); StructOf and ChanOf (body-less,
// so the code generator refuses a program that calls them); array types
// the program has no descriptor of (a panic naming minigo: they need an
// equality function made at run time).
package reflect

import (
	"strconv"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type

	common() *rtype
	uncommon() *uncommonType
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
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Method is one method of a type's method set.
type Method struct {
	Name    string
	PkgPath string // empty for exported methods
	Type    Type   // the method's type (with the receiver first, for a concrete type)
	Func    Value  // the method as a function of the receiver
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// The kind byte's flags and the tflag bits (runtime/abi.h).
const (
	kindDirectIface = 1 << 5
	kindMask        = (1 << 5) - 1

	tflagUncommon      = 1 << 0
	tflagNamed         = 1 << 2
	tflagRegularMemory = 1 << 3
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

// ptrType is GoPtrType and GoSliceType.
type ptrType struct {
	rtype
	elem *rtype
}

type sliceType = ptrType

type arrayType struct {
	rtype
	elem  *rtype
	slice *rtype
	len   uintptr
}

type structField struct {
	name     *byte // an embedded field has its type's name
	typ      *rtype
	offset   uintptr
	embedded bool
	tag      *byte // nil: no tag
}

type structType struct {
	rtype
	pkgPath *byte
	fields  *structField // nfields of them
	nfields int
}

type imethod struct {
	name *byte
	typ  *rtype // *funcType without receiver
}

type interfaceType struct {
	rtype
	pkgPath  *byte
	methods  *imethod // sorted by name
	nmethods int
}

type funcType struct {
	rtype
	in       **rtype
	out      **rtype
	inCount  uint16
	outCount uint16 // top bit: variadic
}

type mapType struct {
	rtype
	key        *rtype
	elem       *rtype
	bucket     *rtype
	hasher     unsafe.Pointer
	keysize    uint8
	elemsize   uint8
	bucketsize uint16
	flags      uint32
}

// method is GoMethod: ifn takes the interface data word as its receiver,
// tfn the receiver's value.
type method struct {
	name *byte
	mtyp *funcType
	ifn  unsafe.Pointer
	tfn  unsafe.Pointer
}

// uncommonType follows the kind's descriptor when tflagUncommon is set.
type uncommonType struct {
	pkgPath *byte
	mcount  uint16
	xcount  uint16 // the exported methods sort first
	_       uint32
	methods *method
}

// An eface is an interface{} value as minigo lays it out (GoEface); a
// non-empty interface has an itab pointer where eface has its type.
type eface struct {
	typ  *rtype
	word unsafe.Pointer
}

type itab struct {
	inter *interfaceType
	typ   *rtype
}

type iface struct {
	tab  *itab
	word unsafe.Pointer
}

// cstring is a NUL-terminated C string of a descriptor as a Go string,
// without copying: descriptors are constant and live for the program.
func cstring(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(add(unsafe.Pointer(p), uintptr(n))) != 0 {
		n++
	}
	return *(*string)(unsafe.Pointer(&stringHeader{unsafe.Pointer(p), n}))
}

// add is p+x; the result still points into the same object.
func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// Provided by runtime/reflect.c (C functions on these Go signatures);
// the copies keep none of their pointers, as Go's.
func typeString(t *rtype) string
func implements(T, V *rtype) bool
func directlyAssignable(T, V *rtype) bool
func haveIdenticalUnderlyingType(T, V *rtype) bool
func unsafe_New(t *rtype) unsafe.Pointer
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer

//go:noescape
func typedmemmove(t *rtype, dst, src unsafe.Pointer)

//go:noescape
func typedmemclr(t *rtype, p unsafe.Pointer)

//go:noescape
func typedslicecopy(t *rtype, dst, src unsafe.Pointer, n int)

func ifaceE2I(t *rtype, src any, dst unsafe.Pointer)
func ptrTo(t *rtype) *rtype

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string { return typeString(t) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Bits() int {
	if t == nil {
		panic("reflect: Bits of nil Type")
	}
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.fieldAlign) }

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

func (t *rtype) Comparable() bool { return t.equal != nil }

func (t *rtype) pointers() bool { return t.ptrdata != 0 }

// uncommon finds the uncommon part after the kind's descriptor.
func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	var off uintptr
	switch t.Kind() {
	case Struct:
		off = unsafe.Sizeof(structType{})
	case Pointer, Slice:
		off = unsafe.Sizeof(ptrType{})
	case Array:
		off = unsafe.Sizeof(arrayType{})
	case Interface:
		off = unsafe.Sizeof(interfaceType{})
	case Func:
		off = unsafe.Sizeof(funcType{})
	case Map:
		off = unsafe.Sizeof(mapType{})
	default:
		off = unsafe.Sizeof(rtype{})
	}
	return (*uncommonType)(add(unsafe.Pointer(t), off))
}

func (u *uncommonType) method(i int) *method {
	return (*method)(add(unsafe.Pointer(u.methods), uintptr(i)*unsafe.Sizeof(method{})))
}

// Name is the name of a defined type within its package ("" otherwise).
func (t *rtype) Name() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	s := t.String()
	i := len(s) - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

// PkgPath is the import path of a defined type's package.
func (t *rtype) PkgPath() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	if u := t.uncommon(); u != nil {
		return cstring(u.pkgPath)
	}
	// a defined type without methods: its string is "pkgname.Name", and
	// the package's name is the last element of its path
	s := t.String()
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i]
		}
	}
	return ""
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return (*interfaceType)(unsafe.Pointer(t)).nmethods
	}
	if u := t.uncommon(); u != nil {
		return int(u.xcount)
	}
	return 0
}

func (t *rtype) Method(i int) (m Method) {
	if t.Kind() == Interface {
		tt := (*interfaceType)(unsafe.Pointer(t))
		return tt.Method(i)
	}
	u := t.uncommon()
	if u == nil || i < 0 || i >= int(u.xcount) {
		panic("reflect: Method index out of range")
	}
	p := u.method(i)
	m.Name = cstring(p.name)
	m.Index = i
	// the method as a func of the receiver: its type has the receiver
	// first, and its code is the method on the receiver's value (tfn);
	// a pointer to the table's tfn word is a func value, since a func
	// value points at a closure whose first word is the code
	mt := p.mtyp
	in := make([]*rtype, 0, 1+int(mt.inCount))
	in = append(in, t)
	for j := 0; j < int(mt.inCount); j++ {
		in = append(in, mt.In(j).common())
	}
	out := make([]*rtype, 0, mt.NumOut())
	for j := 0; j < mt.NumOut(); j++ {
		out = append(out, mt.Out(j).common())
	}
	ft := funcOf(in, out, mt.IsVariadic())
	m.Type = toType(ft)
	if p.tfn == nil {
		panic("reflect: method " + m.Name + " of " + t.String() + " compiled without code (internal error)")
	}
	m.Func = Value{ft, unsafe.Pointer(&p.tfn), flag(Func)}
	return m
}

func (t *rtype) MethodByName(name string) (m Method, ok bool) {
	if t.Kind() == Interface {
		tt := (*interfaceType)(unsafe.Pointer(t))
		return tt.MethodByName(name)
	}
	u := t.uncommon()
	if u == nil {
		return Method{}, false
	}
	for i := 0; i < int(u.xcount); i++ {
		if cstring(u.method(i).name) == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *interfaceType) method(i int) *imethod {
	return (*imethod)(add(unsafe.Pointer(t.methods), uintptr(i)*unsafe.Sizeof(imethod{})))
}

// Method of an interface type: its Type has no receiver, Func is invalid.
func (t *interfaceType) Method(i int) (m Method) {
	if i < 0 || i >= t.nmethods {
		return
	}
	p := t.method(i)
	m.Name = cstring(p.name)
	if !isExportedName(m.Name) {
		// the table qualifies an unexported name: "pkgpath.name"
		for j := len(m.Name) - 1; j >= 0; j-- {
			if m.Name[j] == '.' {
				m.PkgPath, m.Name = m.Name[:j], m.Name[j+1:]
				break
			}
		}
	}
	m.Type = toType(p.typ)
	m.Index = i
	return
}

func (t *interfaceType) MethodByName(name string) (m Method, ok bool) {
	if t == nil {
		return
	}
	for i := 0; i < t.nmethods; i++ {
		if cstring(t.method(i).name) == name {
			return t.Method(i), true
		}
	}
	return
}

func isExportedName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (t *rtype) ChanDir() ChanDir {
	panic("reflect: ChanDir of non-chan type " + t.String())
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	tt := (*funcType)(unsafe.Pointer(t))
	return tt.outCount&(1<<15) != 0
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
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return (*structType)(unsafe.Pointer(t)).nfields
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	tt := (*structType)(unsafe.Pointer(t))
	return tt.Field(i)
}

func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	tt := (*structType)(unsafe.Pointer(t))
	return tt.FieldByIndex(index)
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	tt := (*structType)(unsafe.Pointer(t))
	return tt.FieldByName(name)
}

func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	tt := (*structType)(unsafe.Pointer(t))
	return tt.FieldByNameFunc(match)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	tt := (*funcType)(unsafe.Pointer(t))
	if i < 0 || i >= int(tt.inCount) {
		panic("reflect: Function index out of range")
	}
	return toType(*(**rtype)(add(unsafe.Pointer(tt.in), uintptr(i)*unsafe.Sizeof(tt.in))))
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return int((*funcType)(unsafe.Pointer(t)).inCount)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return int((*funcType)(unsafe.Pointer(t)).outCount & (1<<15 - 1))
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	tt := (*funcType)(unsafe.Pointer(t))
	if i < 0 || i >= int(tt.outCount&(1<<15-1)) {
		panic("reflect: Function index out of range")
	}
	return toType(*(**rtype)(add(unsafe.Pointer(tt.out), uintptr(i)*unsafe.Sizeof(tt.out))))
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

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	uu := u.common()
	return convertOp(uu, t) != nil
}

// A StructField describes one field of a struct.
type StructField struct {
	Name      string
	PkgPath   string // empty for exported fields
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is a field's tag: `key:"value" key2:"value2"`.
type StructTag string

// Get is the value of key in the tag, "" if it is not there.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup is the value of key in the tag, and whether it is there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		// blanks between pairs
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		// the key runs to the colon: no control characters, blanks or quotes
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// the quoted value, backslashes included
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

func (t *structType) field(i int) *structField {
	return (*structField)(add(unsafe.Pointer(t.fields), uintptr(i)*unsafe.Sizeof(structField{})))
}

func (t *structType) Field(i int) (f StructField) {
	if i < 0 || i >= t.nfields {
		panic("reflect: Field index out of bounds")
	}
	p := t.field(i)
	f.Type = toType(p.typ)
	f.Name = cstring(p.name)
	f.Anonymous = p.embedded
	if !isExportedName(f.Name) {
		f.PkgPath = cstring(t.pkgPath)
	}
	if p.tag != nil {
		f.Tag = StructTag(cstring(p.tag))
	}
	f.Offset = p.offset
	f.Index = []int{i}
	return
}

func (t *structType) FieldByIndex(index []int) (f StructField) {
	f.Type = toType(&t.rtype)
	for i, x := range index {
		if i > 0 {
			ft := f.Type
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
			f.Type = ft
		}
		f = f.Type.Field(x)
	}
	return
}

// fieldScan is one struct met in the breadth-first search of embedded
// fields, with the index path that reaches it.
type fieldScan struct {
	typ   *structType
	index []int
}

// FieldByNameFunc finds the shallowest field whose name satisfies match,
// through embedded structs as Go's selector rules do: a name found twice
// at the same depth is ambiguous and hides deeper ones.
func (t *structType) FieldByNameFunc(match func(string) bool) (result StructField, ok bool) {
	current := []fieldScan{}
	next := []fieldScan{{typ: t}}
	var nextCount map[*structType]int
	visited := map[*structType]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count := nextCount
		nextCount = nil
		for _, scan := range current {
			st := scan.typ
			if visited[st] {
				continue
			}
			visited[st] = true
			for i := 0; i < st.nfields; i++ {
				f := st.field(i)
				fname := cstring(f.name)
				var ntyp *rtype
				if f.embedded {
					ntyp = f.typ
					if ntyp.Kind() == Pointer {
						ntyp = (*ptrType)(unsafe.Pointer(ntyp)).elem
					}
				}
				if match(fname) {
					if count[st] > 1 || ok {
						// two at this depth: ambiguous, so none
						return StructField{}, false
					}
					result = st.Field(i)
					result.Index = nil
					result.Index = append(result.Index, scan.index...)
					result.Index = append(result.Index, i)
					ok = true
					continue
				}
				if ok || ntyp == nil || ntyp.Kind() != Struct {
					continue
				}
				styp := (*structType)(unsafe.Pointer(ntyp))
				if nextCount[styp] > 0 {
					nextCount[styp] = 2 // counted twice is enough
					continue
				}
				if nextCount == nil {
					nextCount = map[*structType]int{}
				}
				nextCount[styp] = 1
				if count[st] > 1 {
					nextCount[styp] = 2
				}
				var index []int
				index = append(index, scan.index...)
				index = append(index, i)
				next = append(next, fieldScan{styp, index})
			}
		}
		if ok {
			break
		}
	}
	return
}

func (t *structType) FieldByName(name string) (f StructField, present bool) {
	hasEmbeds := false
	if name != "" {
		for i := 0; i < t.nfields; i++ {
			tf := t.field(i)
			if cstring(tf.name) == name {
				return t.Field(i), true
			}
			if tf.embedded {
				hasEmbeds = true
			}
		}
	}
	if !hasEmbeds {
		return
	}
	return t.FieldByNameFunc(func(s string) bool { return s == name })
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

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the type *t.  The program's own descriptor of *t when
// it has one (ptrToThis); otherwise the runtime makes one, once per t.
func PointerTo(t Type) Type {
	return t.(*rtype).ptrTo()
}

func (t *rtype) ptrTo() *rtype {
	if t.ptrToThis != nil {
		return t.ptrToThis
	}
	return ptrTo(t)
}

// Provided by runtime/reflect.c: the program's own descriptor of a type
// given by its parts (section go_types), or for slices, funcs and maps one
// made once.
func sliceOf(elem *rtype) *rtype
func funcOf(in, out []*rtype, variadic bool) *rtype
func mapOf(key, elem *rtype) *rtype
func lookupArray(elem *rtype, n int) *rtype

// SliceOf returns the type []t.
func SliceOf(t Type) Type {
	return toType(sliceOf(t.common()))
}

// FuncOf returns the func type of those parameters and results.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]*rtype, len(in))
	for i, t := range in {
		ins[i] = t.common()
	}
	outs := make([]*rtype, len(out))
	for i, t := range out {
		outs[i] = t.common()
	}
	return toType(funcOf(ins, outs, variadic))
}

// MapOf returns the type map[key]elem.
func MapOf(key, elem Type) Type {
	ktyp := key.common()
	if ktyp.equal == nil {
		panic("reflect.MapOf: invalid key type " + ktyp.String())
	}
	return mapOf(ktyp, elem.common())
}

// ArrayOf returns the type [length]elem: the program's own, since an
// array type needs an equality function minigo cannot make at run time.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	at := lookupArray(elem.common(), length)
	if at == nil {
		panic("reflect.ArrayOf: [" + strconv.Itoa(length) + "]" + elem.String() +
			", an array type the program does not have: not supported by minigo")
	}
	return at
}

// Not supported by minigo yet (body-less, so the code generator refuses a
// program that calls them): struct and channel types made at run time.
func StructOf(fields []StructField) Type
func ChanOf(dir ChanDir, t Type) Type

// VisibleFields lists the fields of the struct type t that a selector can
// reach, promoted ones included, each right after the embedded field it
// comes through: a name met again deeper is hidden by the shallower one,
// and two at the same depth hide each other (Go's selector rules).
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	v := &visible{seen: map[string]int{}, open: map[Type]bool{}}
	v.walk(t, nil)
	out := v.fields[:0]
	for _, f := range v.fields {
		if f.Name != "" { // hidden fields have lost their name
			out = append(out, f)
		}
	}
	return out
}

// visible is VisibleFields' depth-first walk: the fields so far, where
// each name was kept, and the structs on the path (a struct embedding
// itself through a pointer is walked once).
type visible struct {
	fields []StructField
	seen   map[string]int
	open   map[Type]bool
}

func (v *visible) walk(t Type, path []int) {
	if v.open[t] {
		return
	}
	v.open[t] = true
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		f.Index = append(append([]int(nil), path...), i)
		keep := true
		if j, ok := v.seen[f.Name]; ok {
			old := &v.fields[j]
			switch {
			case len(f.Index) == len(old.Index): // ambiguous: neither
				old.Name = ""
				keep = false
			case len(f.Index) < len(old.Index): // shallower wins
				old.Name = ""
			default:
				keep = false
			}
		}
		if keep {
			v.seen[f.Name] = len(v.fields)
			v.fields = append(v.fields, f)
		}
		if f.Anonymous {
			ft := f.Type
			if ft.Kind() == Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == Struct {
				v.walk(ft, f.Index)
			}
		}
	}
	delete(v.open, t)
}

