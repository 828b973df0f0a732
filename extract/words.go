package extract

import (
	"fmt"
	"strings"

	"github.com/kg-news/kg/extract/lang"
	langar "github.com/kg-news/kg/extract/lang/ar"
	langen "github.com/kg-news/kg/extract/lang/en"
)

// languages are the languages the extractor reads. A new language is one
// package under extract/lang plus its data, and one entry here.
var languages = []lang.Language{langen.Lang, langar.Lang}

// wordList is the named word list of every language, joined: an article
// quotes words of another script ("deal" in Arabic text), and a rule reads
// them as it would in their own language. A list no language has is a
// build defect (the names are in code, the lists in embedded data).
func wordList(name string) []string {
	var out []string
	found := false
	for _, l := range languages {
		if ws := l.Words(name); ws != nil {
			found = true
			out = append(out, ws...)
		}
	}
	if !found {
		panic(fmt.Sprintf("extract: no language has the word list %q", name))
	}
	return out
}

// wordSet is wordList as a set.
func wordSet(name string) map[string]bool { return setOf(wordList(name)) }

// setOf is ws as a set.
func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// containsAny reports whether s contains one of subs anywhere.
func containsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s begins with one of ps.
func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// wordValues reads a list of word=value pairs ("third=33") as a map.
func wordValues(name string) map[string]float64 {
	out := map[string]float64{}
	for _, wv := range wordList(name) {
		w, v, ok := strings.Cut(wv, "=")
		var f float64
		if _, err := fmt.Sscanf(v, "%g", &f); !ok || err != nil {
			panic(fmt.Sprintf("extract: word list %q: bad pair %q", name, wv))
		}
		out[w] = f
	}
	return out
}

// The entity finder's sets that the relation readers use too, read through
// the languages.
var (
	companyCues  = wordSet("company-cues")
	anaphorsAr   = wordSet("anaphors")
	companyNouns = wordSet("company-nouns")
)
