package main

import (
	"strings"
	"testing"
)

func TestQueryTable(t *testing.T) {
	musk := map[string]any{"_id": "n1", "_labels": []any{"Person"}, "name": "Elon Musk", "caption": "Elon Musk"}
	openai := map[string]any{"_id": "n2", "_labels": []any{"Company"}, "name": "OpenAI"}
	sands := map[string]any{"_id": "n3", "_labels": []any{"Company"}, "name_ar": "الرمال الذهبية"}
	bid := map[string]any{"_id": "r1", "_type": "BID_FOR", "_start": "n1", "_end": "n2", "caption": "BID_FOR $97.4bn"}
	inv := map[string]any{"_id": "r2", "_type": "INVESTED_IN", "_start": "n3", "_end": "n2"}
	path := map[string]any{"nodes": []any{openai, musk}, "relationships": []any{bid}}
	path2 := map[string]any{"nodes": []any{sands, openai}, "relationships": []any{inv}}
	cases := []struct {
		name    string
		cols    []string
		rows    [][]any
		want    []string // substrings of the output
		notWant []string
	}{
		{"money", []string{"subject", "amount", "currency", "amount_usd"},
			[][]any{{"Elon Musk", 97.4e9, "USD", 97.4e9}, {"الرمال الذهبية", 28.3e6, "SAR", 7.55e6}, {"x", nil, nil, nil}},
			[]string{"$97.4bn", "SAR 28.3m", "$7.55m", "الرمال الذهبية", "(3 rows)"},
			[]string{"97400000000", "currency", "USD"}},
		{"one row, lists and paths", []string{"hops", "route", "path", "articles"},
			[][]any{{int64(1), "OpenAI <-[BID_FOR $97.4bn]- Elon Musk", path, []any{"a", "b"}}},
			[]string{"OpenAI <-[BID_FOR $97.4bn]- Elon Musk", "a, b", "(1 row)"},
			[]string{"path", "{", `["a"`, "rows"}},
		{"a path alone, an Arabic-only node", []string{"path", "node"},
			[][]any{{path2, sands}},
			[]string{"الرمال الذهبية -[INVESTED_IN]-> OpenAI", "(1 row)"},
			[]string{"{", "_id"}},
		{"all-empty columns stay", []string{"bidder_ar", "target_ar"},
			[][]any{{nil, nil}, {nil, nil}},
			[]string{"bidder_ar", "target_ar", "(2 rows)"}, nil},
		{"no rows", []string{"a"}, nil, []string{"(0 rows)"}, nil},
	}
	for _, c := range cases {
		var b strings.Builder
		if err := writeQueryTable(&b, c.cols, c.rows, 60); err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", c.name, w, b.String())
			}
		}
		for _, w := range c.notWant {
			if strings.Contains(b.String(), w) {
				t.Errorf("%s: output has %q:\n%s", c.name, w, b.String())
			}
		}
	}
}

// TestQueryRawFormats: json and csv keep numbers and the currency column.
func TestQueryRawFormats(t *testing.T) {
	cols := []string{"amount", "currency", "amount_usd"}
	rows := [][]any{{28.3e6, "SAR", 7.55e6}}
	var j, c strings.Builder
	if err := writeQueryJSON(&j, cols, rows); err != nil {
		t.Fatal(err)
	}
	if err := writeQueryCSV(&c, cols, rows); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(j.String(), `"amount": 28300000, "currency": "SAR", "amount_usd": 7550000`) {
		t.Errorf("json: %s", j.String())
	}
	if c.String() != "amount,currency,amount_usd\n28300000,SAR,7550000\n" {
		t.Errorf("csv: %q", c.String())
	}
}
