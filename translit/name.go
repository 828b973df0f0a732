package translit

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/generic.txt
var genericText string

var generic = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(genericText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[foldWord(line)] = true
	}
	return set
})

func foldWord(w string) string {
	if isArabicWord(w) {
		return foldArabic(w)
	}
	return foldLatin(w)
}

// Words splits a name into its distinctive words: generic company words
// and punctuation dropped, a separated article (al, el) joined to the word
// it precedes.
func Words(name string) []string {
	fields := strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'()«»,.;:!?/&“”`, r)
	})
	var out []string
	for i := 0; i < len(fields); i++ {
		w := fields[i]
		if f := foldLatin(w); (f == "al" || f == "el") && i+1 < len(fields) {
			continue // "Al Qahtani": the key drops the article anyway
		}
		if generic()[foldWord(w)] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// Key is the key of a name: one word key per distinctive word, joined by
// spaces. Two spellings of a name in different scripts usually share it.
func Key(name string) string {
	ws := Words(name)
	ks := make([]string, 0, len(ws))
	for _, w := range ws {
		if k := WordKey(w); k != "" {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// Match compares two names word by word. Every distinctive word of the
// shorter name must match a different word of the longer one (same key,
// or, for keys of four classes or more, one edit apart, counted as half a
// match less). Score is the matched share of the longer name's words; zero
// means the names are not compatible.
func Match(a, b string) float64 {
	wa, wb := wordKeys(a), wordKeys(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	used := make([]bool, len(wb))
	total := 0.0
	for _, ka := range wa {
		best, at := 0.0, -1
		for j, kb := range wb {
			if used[j] {
				continue
			}
			if s := wordScore(ka, kb); s > best {
				best, at = s, j
			}
		}
		if at < 0 {
			return 0
		}
		used[at] = true
		total += best
	}
	return total / float64(len(wb))
}

func wordKeys(name string) [][]string {
	var out [][]string
	for _, w := range Words(name) {
		if ks := WordKeys(w); len(ks) > 0 && ks[0] != "" {
			out = append(out, ks)
		}
	}
	return out
}

func wordScore(a, b []string) float64 {
	best := 0.0
	for _, x := range a {
		for _, y := range b {
			switch {
			case x == y && x != "":
				return 1
			case Near(x, y):
				best = 0.5
			}
		}
	}
	return best
}

// Short reports whether a name carries too little to be matched on its
// key with ordinary evidence: one distinctive word of three classes or
// fewer (Nur, مدار), which many unrelated names share.
func Short(name string) bool {
	k := Key(name)
	return !strings.Contains(k, " ") && len(k) <= 3
}

// WordKeysOf is every key any distinctive word of name may match under,
// for indexing: two names can only Match if they share one.
func WordKeysOf(name string) []string {
	var out []string
	for _, ks := range wordKeys(name) {
		out = append(out, ks...)
	}
	return out
}
