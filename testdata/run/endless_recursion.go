package main

// Endless recursion overflows the goroutine stack, also where the
// recursive call is in tail position and could become a loop: Go never
// turns a call into a jump.

func f(n int) int { return f(n+1) + n }

func g() { g() }

func main() {
	defer func() { println("deferred calls do not run on a fatal error") }()
	if len("x") == 2 {
		g()
	}
	println(f(0))
}
