// time compiled from $GOROOT/src over minigo's clocks (runtime/time.c)
// and syscall over its overlay (runtime/overlay_syscall.c): Durations,
// dates, formatting, parsing, zones read from the system's tzdata, Sleep.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(90)*time.Second, d.Seconds(), d.Round(time.Second), time.Duration(1234567).String())
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.Add(36*time.Hour).Format(time.RFC3339), t.YearDay(), t.Unix(), t.Month())
	p, err := time.Parse("2006-01-02 15:04", "2022-03-04 05:06")
	fmt.Println(p, err, p.Sub(t).Hours(), p.After(t), t.Truncate(24*time.Hour))
	_, err = time.Parse(time.RFC3339, "bad")
	fmt.Println(err)
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(err, t.In(ny), t.In(ny).Format(time.Kitchen))
	fmt.Println(time.Unix(1e9, 0).UTC(), time.UnixMilli(1700000000000).UTC().Format(time.ANSIC))
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second, time.Until(start) < 0)
	fmt.Println(start.Year() >= 2024, start.Location(), start.Equal(start.Round(0)))
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, err, dd.Minutes())
}
