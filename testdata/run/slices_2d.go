// run

package main

import "fmt"

func matmul(a, b [][]int) [][]int {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]int, n)
	for i := 0; i < n; i++ {
		c[i] = make([]int, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func pascal(n int) [][]int {
	rows := [][]int{}
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	a := [][]int{{1, 2, 3}, {4, 5, 6}}
	b := [][]int{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(matmul(a, b))
	for _, r := range pascal(8) {
		fmt.Println(r)
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	jag[1] = append(jag[1], "new")
	fmt.Println(jag, len(jag[1]))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	g2 := grid
	g2[2][3] = -1
	fmt.Println(grid[2], g2[2])
}
