module stdjson

go 1.19
