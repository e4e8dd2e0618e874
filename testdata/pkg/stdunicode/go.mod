module example.com/stdunicode

go 1.19
