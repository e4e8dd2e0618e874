package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()
	var c chan int
	close(c)
}
