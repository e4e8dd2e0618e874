// strconv compiled from $GOROOT/src (it replaced the bundled C strconv):
// parsing, formatting, quoting, NumError with errors.Is; -m as go's.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "0x1f", "9223372036854775808", "abc", "", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
		i, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(i, err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	}
	var ne *strconv.NumError
	_, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	for _, s := range []string{"3.14", "1e400", "-0", "NaN", "inf", "0x1p-2", "1e-320"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.FormatFloat(3.0, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'e', 5, 64), strconv.FormatFloat(2.5e10, 'g', -1, 32))
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 16), strconv.FormatUint(1<<63, 2), strconv.FormatBool(true))
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("héllo\n\x00☺\xff"), strconv.QuoteToASCII("☺"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.Unquote(`"a\tb"`))
	buf := strconv.AppendInt([]byte("n="), 99, 10)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err, strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128))
}
