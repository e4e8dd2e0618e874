package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

type list []string

func (l *list) String() string     { return fmt.Sprint(*l) }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	n := flag.Int("n", 3, "number of things")
	name := flag.String("name", "world", "who to greet")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", time.Second, "delay")
	var l list
	flag.Var(&l, "l", "a list")
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, l, flag.Args(), flag.NArg())
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	x := fs.Float64("x", 1.5, "an x")
	err := fs.Parse([]string{"-x", "bad"})
	fmt.Println(*x, err)
	fs.PrintDefaults()
	flag.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.DefValue, f.Usage) })
}
