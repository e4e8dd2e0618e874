// A function without body in a module package: go build's -complete
// refuses it in that package, before anything imports it.
package x

func F() int
