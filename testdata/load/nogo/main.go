package main

import _ "example.com/nogo/excluded"

func main() {}
