package main

type pair struct{ a, b int }

func newPair(a, b int) *pair { return &pair{a, b} }

func (p *pair) sum() int { return p.a + p.b }

func makeGreeting(s string) string { return "hello, " + s }
