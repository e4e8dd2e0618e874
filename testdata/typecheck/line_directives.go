// errorcheck

package p

// Line directives renumber what follows them, and diagnostics follow:
// a block comment from the character after it, a //line comment from the
// next line.  Without a column, columns are unknown until the next one.

var a int = /*line :11:30*/ "x"

var b = 1 // ERROR "cannot use .x. \(untyped string constant\) as int value in variable declaration"

//line :19:1
var c string = 2

var d = 3

var e = 4
var f = 5 // ERROR "cannot use 2 \(untyped int constant\) as string value in variable declaration"

//line testdata/typecheck/line_directives.go:27
var g bool = 6

var h = 7

var i = 8
var j = 9 // ERROR "cannot use 6 \(untyped int constant\) as bool value in variable declaration"

//line testdata/typecheck/line_directives.go:33:1
var k float64 = "y" /*line :35:9*/ + "z"

var l = 10
var m = 11 // ERROR "cannot use .y. \+ .z. \(untyped string constant .yz.\) as float64 value in variable declaration"
