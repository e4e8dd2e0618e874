module minigo/bench/map

go 1.19
