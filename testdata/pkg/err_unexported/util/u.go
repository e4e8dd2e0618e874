package util

var count int

func helper() int { return count }

type T struct{ x, X int }
