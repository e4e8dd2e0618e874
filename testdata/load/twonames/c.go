// +build ignore

package c
