// errorcheck

// minigo golden test: package without a name

package 1 // ERROR "syntax error: unexpected literal 1, expecting name"
