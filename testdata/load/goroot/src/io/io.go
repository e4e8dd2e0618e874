// A stand-in for io, which the loader compiles before a package importing fmt.
package io
