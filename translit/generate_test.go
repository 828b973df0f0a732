package translit

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/names.tsv from ../shared/data")

// TestGenerateTable derives data/names.tsv from the pair lists with
// -update; without it, it checks the shipped table is what the derivation
// gives. Words of any gold file are left out, so no test answer leaks into
// the product.
func TestGenerateTable(t *testing.T) {
	dir := sharedData(t)
	gold := goldWords(t, filepath.Join(dir, "..", "corpus"))
	tab := buildTable(readPairs(t, dir))
	var b strings.Builder
	b.WriteString("# Arabic word\tLatin spelling. Derived from netranslit-wd-arabic (CC0) and google-ar2en-translit (Apache-2.0); see SOURCE.md.\n")
	keys := make([]string, 0, len(tab))
	for ar, lat := range tab {
		if gold[ar] || gold[foldLatin(lat)] {
			continue
		}
		keys = append(keys, ar)
	}
	sort.Strings(keys)
	for _, ar := range keys {
		fmt.Fprintf(&b, "%s\t%s\n", ar, tab[ar])
	}
	path := filepath.Join("data", "names.tsv")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d entries", len(keys))
		return
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(have) != b.String() {
		t.Errorf("%s is stale: run go test ./translit -run TestGenerateTable -update", path)
	}
}

// goldWords collects every word of every name in the gold files.
func goldWords(t *testing.T, corpus string) map[string]bool {
	files, _ := filepath.Glob(filepath.Join(corpus, "*", "*.gold.json"))
	words := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			for _, w := range strings.Fields(x) {
				words[foldWord(strings.Trim(w, `"'(),.`))] = true
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		walk(v)
	}
	return words
}
