// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-45), strconv.Itoa(1234567890))
	for _, s := range []string{"42", "-17", "+8", "0", "", "abc", "12a", "99999999999999999999", " 5", "9223372036854775807", "-9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatInt(1<<40, 10))
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1f", 0, 64}, {"0o17", 0, 64}, {"077", 0, 64}, {"zz", 36, 64}, {"12", 2, 64}, {"1_000", 0, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	fmt.Println(strconv.Quote("hello"), strconv.Quote("tab\there \"q\" \\ é \x00 \n"), strconv.Quote(""))
	fmt.Println(strconv.Quote("☺\u2028\x7f"))
	n, err := strconv.Atoi("314")
	if err == nil {
		fmt.Println(n * 2)
	}
	_, err = strconv.Atoi("x1")
	if err != nil {
		fmt.Println("error:", err.Error())
	}
}
