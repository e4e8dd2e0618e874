package main
/* never closed