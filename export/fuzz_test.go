package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// unquoteCypher reads back a string literal as quote writes it (the
// escapes Cypher defines: \\ \" \n \r \t \uXXXX).
func unquoteCypher(t *testing.T, lit string) string {
	t.Helper()
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		t.Fatalf("not a literal: %q", lit)
	}
	var b strings.Builder
	s := lit[1 : len(lit)-1]
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\n' || c == '\r':
			t.Fatalf("unescaped %q in %q", c, lit)
		case c != '\\':
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			t.Fatalf("dangling backslash in %q", lit)
		}
		switch s[i] {
		case '\\', '"':
			b.WriteByte(s[i])
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			n, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
			if err != nil {
				t.Fatalf("bad \\u in %q", lit)
			}
			b.WriteRune(rune(n))
			i += 4
		default:
			t.Fatalf("unknown escape \\%c in %q", s[i], lit)
		}
	}
	return b.String()
}

// FuzzCypherQuoting: every string reads back from the rebuild script's
// literal and identifier as it was, on one line.
func FuzzCypherQuoting(f *testing.F) {
	for _, s := range []string{"plain", `a"b\c`, "x\ny\r\tz", "\u2028\u0000\x7f", "`tick``s`", "أرامكو"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		if got := unquoteCypher(t, quote(s)); got != s {
			t.Fatalf("quote(%q) reads back as %q", s, got)
		}
		id := ident(s)
		inner := id[1 : len(id)-1]
		if strings.ReplaceAll(inner, "``", "") != strings.ReplaceAll(s, "`", "") || strings.ReplaceAll(inner, "``", "`") != s {
			t.Fatalf("ident(%q) = %s", s, id)
		}
	})
}

// FuzzGraphML: whatever names and property keys hold, the GraphML export
// is well-formed XML.
func FuzzGraphML(f *testing.F) {
	for _, s := range []string{"Acme", `<a href="x">&amp;</a>`, "\x00\x01\ufffe", "]]>", "أرامكو"} {
		f.Add(s, "name")
		f.Add("x", s)
	}
	f.Fuzz(func(t *testing.T, value, key string) {
		if key == "" {
			key = "k"
		}
		g := &Graph{Nodes: []Node{{Key: "entity:" + value, ID: value, Kind: "Company", Labels: []string{"Company", "Entity"},
			Props: map[string]any{"id": value, key: value, "n": int64(1)}}}}
		var buf bytes.Buffer
		if err := WriteGraphML(&buf, g); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&buf)
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				t.Fatalf("value %q key %q: not well-formed XML: %v", value, key, err)
			}
		}
	})
}
