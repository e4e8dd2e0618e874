// errorcheck

// minigo golden test: the syntax of //go:linkname, //go:embed and the cgo
// directives, which gc checks as it reads them.  (The ERROR comments are
// part of the directives' text: they make the field counts wrong where
// that is the point, and are quoted strings where //go:embed wants them.)

package main

//go:linkname one two // ERROR "usage: //go:linkname localname \[linkname\]"
//go:embed `x // ERROR "invalid quoted string in //go:embed: .x // ERROR" "usage: //go:embed pattern..."
//go:embed "\q" // ERROR "invalid quoted string in //go:embed: \"\\\\q\"$" "usage: //go:embed pattern..."
//go:cgo_ldflag // ERROR "//go:cgo_ldflag // ERROR .* only allowed in cgo-generated code" "usage: //go:cgo_ldflag \"arg\""
//go:cgo_import_dynamic a b "-lib" // ERROR "invalid library name \"-lib\" in cgo_import_dynamic directive" "usage: //go:cgo_import_dynamic local \[remote \[\"library\"\]\]"
func main() {}
