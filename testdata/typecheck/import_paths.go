// errorcheck

// Import paths as types2 validates them (invalid characters, the empty
// path) and as gc's importer refuses them (non-canonical, absolute,
// "main") before it looks for the package: gc's words, not "not
// supported by minigo".

package main

import "" // ERROR "invalid import path \(empty string\)"
import "a b" // ERROR "invalid import path \(invalid character U\+0020 ' '\)"
import `a\b` // ERROR "invalid import path \(invalid character U\+005C"
import "a!b" // ERROR "invalid import path \(invalid character U\+0021 '!'\)"
import "\x80" // ERROR "invalid import path \(invalid character U\+FFFD"
import "x\ty" // ERROR "invalid import path \(invalid character U\+0009\)"
import _ "unicode//utf8" // ERROR "could not import unicode//utf8 \(non-canonical import path .unicode//utf8. \(should be .unicode/utf8.\)\)"
import _ "/abs" // ERROR "could not import /abs \(import path cannot be absolute path\)"
import _ "main" // ERROR "could not import main \(cannot import .main.\)"

func main() {}
