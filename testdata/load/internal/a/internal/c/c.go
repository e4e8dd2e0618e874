package c

func H() {}
