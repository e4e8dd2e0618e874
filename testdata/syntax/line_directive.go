// errorcheck

// minigo golden test: //line and /*line*/ directives move the positions
// errors print with (the expectations are on the lines they name)

package main

//line :30:1
var a = ]

//line line_directive.go:32
var b = ]

/*line :34:1*/ var c = ]

//line :x
var d = 1 // the directive above has a bad line number: an error
 //line :40:1 not at the start of its line: ignored
var e = ]










// ERROR "unexpected ], expecting expression"

// ERROR "unexpected ], expecting expression"

// ERROR "unexpected ], expecting expression"

// ERROR "invalid line number: x"


// ERROR "unexpected ], expecting expression"
