package graph

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseParam: ParseParam never panics; a name it returns is never
// empty and has no '=', and a quoted string value comes back as it was.
func FuzzParseParam(f *testing.F) {
	for _, s := range []string{"limit=10", "$x=null", `m={"a": [1, 2.5]}`, `c="42"`, "x=[1,", "=1", "a=b=c", "f=1e400", "k=\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, _, err := ParseParam(s)
		if err == nil && (name == "" || strings.Contains(name, "=")) {
			t.Fatalf("ParseParam(%q) name %q", s, name)
		}
		if !utf8.ValidString(s) {
			return
		}
		_, v, err := ParseParam("p=" + strconv.Quote(s))
		if err != nil || v != s {
			t.Fatalf("quoted %q came back as %#v, %v", s, v, err)
		}
	})
}

// FuzzCheckText: the analyst-query text check never panics, and it
// refuses LOAD CSV however the rest of the query is written.
func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"MATCH (n) RETURN n", "CALL db.labels()", "/* x */ SHOW USERS", "RETURN 'LOAD CSV'", "`a`.`b`", "\"unterminated"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = checkText(s)
		if strings.ContainsAny(s, "'\"`/") {
			return // the suffix might sit inside a string or comment
		}
		if checkText(s+" LOAD CSV FROM 'http://x' AS r RETURN r") == nil {
			t.Fatalf("LOAD CSV after %q passed", s)
		}
	})
}
