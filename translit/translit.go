package translit

import (
	_ "embed"
	"strings"
	"sync"
)

// names.tsv maps Arabic name words to their usual Latin spelling, where the
// spelling carries consonants the rules cannot guess (foreign names written
// in Arabic letters, ط for t, ق for g...). It is derived from two public
// pair lists (see data/SOURCE.md) by TestGenerateTable.
//
//go:embed data/names.tsv
var namesText string

var table = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(namesText, "\n") {
		ar, lat, ok := strings.Cut(line, "\t")
		if ok && ar != "" && !strings.HasPrefix(ar, "#") {
			m[ar] = lat
		}
	}
	return m
})

// Latin spells an Arabic name in Latin letters: each word from the table
// when it is there, else by rule. Latin text passes through unchanged.
func Latin(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if !isArabicWord(w) {
			continue
		}
		if lat, ok := table()[foldArabic(w)]; ok {
			words[i] = capitalise(lat)
			continue
		}
		words[i] = ruleLatin(foldArabic(w))
	}
	return strings.Join(words, " ")
}

var arLetters = map[rune]string{'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh",
	'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t",
	'ظ': "z", 'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'ء': "", 'پ': "p", 'چ': "ch", 'ڤ': "v", 'گ': "g", 'ا': "a"}

// ruleLatin spells one folded Arabic word: و and ي are vowels except at the
// start or after a vowel, a final ه is the -a of ta marbuta, and a leading
// ال becomes "Al-". Short vowels are not written in Arabic, so consonant
// clusters stay as they are (Nkhl for نخلة): the key, not this spelling,
// is what matching uses.
func ruleLatin(w string) string {
	rs := []rune(w)
	prefix := ""
	if len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل' {
		prefix, rs = "Al-", rs[2:]
	}
	var b strings.Builder
	vowelBefore := true
	for i, r := range rs {
		switch {
		case r == 'و' || r == 'ي':
			cons, vow := "w", "u"
			if r == 'ي' {
				cons, vow = "y", "i"
			}
			if vowelBefore {
				b.WriteString(cons)
				vowelBefore = false
			} else {
				b.WriteString(vow)
				vowelBefore = true
			}
		case r == 'ه' && i == len(rs)-1 && i > 0:
			b.WriteString("a")
		default:
			s, ok := arLetters[r]
			if !ok {
				continue
			}
			b.WriteString(s)
			vowelBefore = r == 'ا'
		}
	}
	return prefix + capitalise(b.String())
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
