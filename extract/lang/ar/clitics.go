package ar

import (
	"strings"
	"unicode/utf8"
)

// Variants returns the ways to read a word with its proclitics removed,
// the word itself first: "وأوراكل" -> أوراكل; "لشركة" -> شركة; "للشركة" ->
// الشركة; "بالبنك" -> البنك, بنك. prefix is the number of letters removed.
func Variants(w string) (forms []string, prefix []int) {
	// Most words start with no clitic letter nor the article: no rune
	// slice then (callers only read prefix, so it may be shared).
	if r, _ := utf8.DecodeRuneInString(w); !cliticStart(r) {
		return []string{w}, noPrefix
	}
	forms = append(forms, w)
	prefix = append(prefix, 0)
	r := []rune(w)
	add := func(n int, extraAl bool) {
		if len(r)-n < 2 {
			return
		}
		f := string(r[n:])
		if extraAl {
			f = "ال" + f
		}
		forms = append(forms, f)
		prefix = append(prefix, n)
	}
	i := 0
	if len(r) > 3 && (r[0] == 'و' || r[0] == 'ف') {
		i = 1
		add(1, false)
	}
	if len(r) > i+3 {
		switch r[i] {
		case 'ب', 'ك':
			add(i+1, false)
		case 'ل':
			if r[i+1] == 'ل' { // لل = ل + ال
				add(i+2, true)
				add(i+2, false)
			} else {
				add(i+1, false)
			}
		}
	}
	// The article ال after any of these.
	for k := 0; k < len(forms); k++ {
		if f := []rune(forms[k]); len(f) > 4 && f[0] == 'ا' && f[1] == 'ل' && prefix[k] >= 0 {
			n := prefix[k] + 2
			if strings.HasPrefix(forms[k], "الل") || len(f)-2 < 3 {
				continue
			}
			if prefix[k] > 0 && strings.HasPrefix(string(r[prefix[k]:]), "ال") || prefix[k] == 0 {
				forms = append(forms, string(f[2:]))
				prefix = append(prefix, n)
			}
		}
	}
	return forms, prefix
}

// cliticStart holds the first letters from which Variants finds another
// form: the proclitics و ف ب ك ل and the article's alef.
func cliticStart(r rune) bool {
	switch r {
	case 'و', 'ف', 'ب', 'ك', 'ل', 'ا':
		return true
	}
	return false
}

var noPrefix = []int{0}
