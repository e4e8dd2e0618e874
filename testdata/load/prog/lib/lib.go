package lib

import _ "example.com/prog/tool"

func F() {}
