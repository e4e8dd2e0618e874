package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Addr struct {
	Street string `json:"street"`
	Zip    int    `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Addr    *Addr             `json:"addr,omitempty"`
	Meta    map[string]any    `json:"meta"`
	Scores  map[string]float64 `json:"scores,omitempty"`
	private int
	Skip    bool `json:"-"`
}

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Size    int64
}

func main() {
	p := Person{Name: "Ann", Age: 37, Emails: []string{"a@x.org"}, Addr: &Addr{"Main St", 12345},
		Meta: map[string]any{"k": 1.5, "b": true, "n": nil}, Scores: map[string]float64{"z": 1, "a": 2}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":5,"emails":["x","y"],"addr":{"street":"S"},"meta":{"x":[1,"two",null]}}`), &q)
	fmt.Println(q.Name, q.Age, q.Emails, q.Addr.Street, q.Meta, err)
	var anyv any
	err = json.Unmarshal([]byte(`[1, {"a": "b"}, true]`), &anyv)
	fmt.Println(anyv, err)
	err = json.Unmarshal([]byte(`{"name": 5}`), &q)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}`))
	for {
		var m map[string]int
		if err := dec.Decode(&m); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(m)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]any{1, "x<y>", 2.5, nil})

	var buf bytes.Buffer
	h := Header{0xCAFEBABE, 2, 7, -5}
	binary.Write(&buf, binary.LittleEndian, h)
	fmt.Println(buf.Len(), buf.Bytes())
	var h2 Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2)
	fmt.Println(h2, binary.Size(h2))
	vb := binary.AppendUvarint(nil, 300)
	x, n := binary.Uvarint(vb)
	fmt.Println(vb, x, n, binary.BigEndian.Uint32([]byte{1, 2, 3, 4}))
	s := base64.StdEncoding.EncodeToString([]byte("hello, world"))
	d, _ := base64.URLEncoding.DecodeString(base64.URLEncoding.EncodeToString([]byte{255, 254, 253}))
	fmt.Println(s, d)
}
