package main

func main() {
	x := "ÿþ"
	_ = x ï»¿
}
