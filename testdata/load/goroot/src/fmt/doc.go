// A stand-in for package fmt, compiled from source: the loader reads its header.
package fmt
