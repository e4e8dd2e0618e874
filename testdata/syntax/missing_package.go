// errorcheck

// minigo golden test: no package clause

func main() {} // ERROR "syntax error: package statement must be first"
