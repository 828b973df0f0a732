package money

// A bare currency noun ("9.5 billion shillings", "480 مليون ريال") names a
// family of currencies; the country its story is about picks one.

// Family is the currency family of a currency noun as written
// ("shillings", "ريال"), or "" when the word is none.
func Family(word string) string {
	e, ok := entryOf(word)
	if !ok || e.roles&rNoun == 0 {
		return ""
	}
	return familyName(e.family)
}

// CurrencyIn is the currency of family in the country a context word
// names: a nationality ("Kenyan", "القطرية") or a country or city
// ("Nairobi", "الدوحة"); "" when the word names no country that has one.
func CurrencyIn(family, word string) string {
	e, ok := entryOf(word)
	if !ok || e.roles&(rAdj|rPlace) == 0 || e.country == 0 {
		return ""
	}
	fam, ok := families[family]
	if !ok {
		return ""
	}
	return combine(e.country, fam)
}

func familyName(id uint8) string {
	for n, k := range families {
		if k == id {
			return n
		}
	}
	return ""
}

// entryOf looks a word up as the parser does, with Arabic clitics and an
// Arabic feminine ending stripped ("والقطرية").
func entryOf(word string) (entry, bool) {
	k, ok := textKey(word)
	if !ok {
		return entry{}, false
	}
	arabic := len(k) > 0 && k[0] >= 0x80
	if id, _ := lookupWord([]byte(k), arabic); id != 0 {
		return lexTab[id], true
	}
	return entry{}, false
}

// textKey normalises a word of the text as normKey does a lexicon word;
// false for a word with letters of other scripts.
func textKey(w string) (string, bool) {
	for _, r := range w {
		if r >= 0x80 && (r < 0x600 || r > 0x6FF) {
			return "", false
		}
	}
	return normKey(w), true
}

// Scale is the power of ten a scale word stands for ("million" 6, "مليونا"
// 6, "bn" 9), or 0 when the word is none. Single-letter suffixes ("5m")
// count only glued to digits, so they are none here.
func Scale(word string) int {
	e, ok := entryOf(word)
	if !ok || e.roles&rScale == 0 || e.suffix {
		return 0
	}
	return int(e.scale)
}
