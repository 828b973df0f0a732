package graph

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

func TestParseParam(t *testing.T) {
	cases := []struct {
		in      string
		name    string
		want    any
		wantErr bool
	}{
		{"limit=10", "limit", int64(10), false},
		{"$limit=-3", "limit", int64(-3), false},
		{"min=1.5e9", "min", 1.5e9, false},
		{"ok=true", "ok", true, false},
		{"ok=false", "ok", false, false},
		{"x=null", "x", nil, false},
		{"company=OpenAI", "company", "OpenAI", false},
		{"company=أرامكو السعودية", "company", "أرامكو السعودية", false},
		{`code="42"`, "code", "42", false},
		{"expr=a=b", "expr", "a=b", false},
		{"empty=", "empty", "", false},
		{"word=NaN", "word", "NaN", false},
		{"word=Inf", "word", "Inf", false},
		{"hex=0x1p3", "hex", "0x1p3", false},
		{"ids=[1, 2.5, \"x\"]", "ids", []any{int64(1), 2.5, "x"}, false},
		{`m={"a": 1}`, "m", map[string]any{"a": int64(1)}, false},
		{"bad=[1,", "", nil, true},
		{"novalue", "", nil, true},
		{"=1", "", nil, true},
		{"$=1", "", nil, true},
	}
	for _, c := range cases {
		name, v, err := ParseParam(c.in)
		if (err != nil) != c.wantErr {
			t.Errorf("ParseParam(%q) error %v, want error %v", c.in, err, c.wantErr)
			continue
		}
		if err == nil && (name != c.name || !reflect.DeepEqual(v, c.want)) {
			t.Errorf("ParseParam(%q) = %q, %#v; want %q, %#v", c.in, name, v, c.name, c.want)
		}
	}
}

const savedSrc = `// name: largest-deals
// description: The biggest deals
// description: by amount in US dollars.
// params: limit=10 how many deals to list
// params: $company the buyer
// A free comment.

MATCH (s)-[r]->(o) // name: not a header
RETURN r LIMIT $limit
`

func TestParseSavedQuery(t *testing.T) {
	q, err := ParseSavedQuery("file-name", []byte(savedSrc))
	if err != nil {
		t.Fatal(err)
	}
	want := SavedQuery{
		Name:        "largest-deals",
		Description: "The biggest deals by amount in US dollars.",
		Params: []Param{
			{Name: "limit", Default: int64(10), HasDefault: true, Description: "how many deals to list"},
			{Name: "company", Description: "the buyer"},
		},
		Cypher: savedSrc,
	}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("got %+v\nwant %+v", q, want)
	}
	if q, _ := ParseSavedQuery("plain", []byte("RETURN 1")); q.Name != "plain" || len(q.Params) != 0 {
		t.Errorf("header-less query: %+v", q)
	}
	if _, err := ParseSavedQuery("bad", []byte("// params: x=[1,\nRETURN 1")); err == nil {
		t.Error("bad default accepted")
	}
}

func TestBind(t *testing.T) {
	q, _ := ParseSavedQuery("q", []byte(savedSrc))
	got, err := q.Bind(map[string]any{"company": "Aramco"})
	if err != nil || !reflect.DeepEqual(got, map[string]any{"limit": int64(10), "company": "Aramco"}) {
		t.Errorf("defaults: %v %v", got, err)
	}
	got, err = q.Bind(map[string]any{"company": "Aramco", "limit": int64(3)})
	if err != nil || got["limit"] != int64(3) {
		t.Errorf("override: %v %v", got, err)
	}
	if _, err := q.Bind(nil); err == nil || !strings.Contains(err.Error(), "missing --param company") {
		t.Errorf("missing: %v", err)
	}
	if _, err := q.Bind(map[string]any{"company": "x", "limt": int64(3)}); err == nil || !strings.Contains(err.Error(), "unknown parameter limt") {
		t.Errorf("unknown: %v", err)
	}
}

func TestPlain(t *testing.T) {
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	cases := []struct {
		in   any
		want any
	}{
		{nil, nil},
		{int64(3), int64(3)},
		{"x", "x"},
		{at, "2024-05-06T07:08:09Z"},
		{dbtype.Date(at), "2024-05-06"},
		{[]any{int64(1), at}, []any{int64(1), "2024-05-06T07:08:09Z"}},
		{map[string]any{"t": at}, map[string]any{"t": "2024-05-06T07:08:09Z"}},
		{dbtype.Node{ElementId: "4:x:1", Labels: []string{"Entity", "Company"}, Props: map[string]any{"id": "a"}},
			map[string]any{"id": "a", "_id": "4:x:1", "_labels": []any{"Entity", "Company"}}},
		{dbtype.Relationship{ElementId: "5:x:2", StartElementId: "4:x:1", EndElementId: "4:x:3", Type: "ACQUIRED", Props: map[string]any{"key": "k"}},
			map[string]any{"key": "k", "_id": "5:x:2", "_type": "ACQUIRED", "_start": "4:x:1", "_end": "4:x:3"}},
	}
	for _, c := range cases {
		if got := Plain(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Plain(%#v) = %#v, want %#v", c.in, got, c.want)
		}
	}
}
