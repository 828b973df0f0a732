// Package translit spells Arabic names in Latin letters and computes a
// script-independent key for a name, so that "زفير للروبوتات" and "Zafir
// Robotics" can be recognised as possibly the same company even when no
// lexicon knows either spelling.
//
// The key of a word is its consonant skeleton over a small set of classes
// shared by both scripts: vowels, the semi-vowels w/y and the letters Arabic
// leaves unwritten or Latin leaves out (ع, ء, ة) are dropped, consonants that
// transliteration commonly confuses (ت/ط, س/ص, ك/ق, ج/غ, ...) fall into one
// class, and English digraphs (kh, sh, th, gh, dh, ph) are read as one
// consonant. A name's key is the list of its word keys, after the generic
// words of company names (شركة, القابضة, للروبوتات, Holding, Robotics...) and
// the article ال / al- are dropped.
package translit

import (
	"strings"
	"unicode"
)

// Class letters. One letter per consonant class; the key is a string of them.
const (
	clsB = 'B' // b p ب پ
	clsF = 'F' // f v ph ف ڤ
	clsT = 'T' // t th ت ط ث
	clsD = 'D' // d dh د ض ذ
	clsZ = 'S' // z ز ظ: Arabic writes a voiced s (Casimir, كازيمير) with ز
	clsS = 'S' // s c(e,i) س ص
	clsC = 'C' // sh ch ش چ
	clsK = 'K' // k q c ck ك ق
	clsG = 'G' // g j gh dj ج غ گ
	clsX = 'X' // kh خ
	clsH = 'H' // h ح ه
	clsL = 'L'
	clsM = 'M'
	clsN = 'N'
	clsR = 'R'
)

// arClass maps Arabic consonants to their class; letters absent here
// (alef, waw, ya, ain, hamza, ta marbuta, marks) are dropped.
var arClass = map[rune]rune{
	'ب': clsB, 'پ': clsB, 'ف': clsF, 'ڤ': clsF,
	'ت': clsT, 'ط': clsT, 'ث': clsT,
	'د': clsD, 'ض': clsD, 'ذ': clsD,
	'ز': clsZ, 'ظ': clsZ,
	'س': clsS, 'ص': clsS,
	'ش': clsC, 'چ': clsC,
	'ك': clsK, 'ک': clsK, 'ق': clsK,
	'ج': clsG, 'غ': clsG, 'گ': clsG,
	'خ': clsX,
	'ح': clsH, 'ه': clsH,
	'ل': clsL, 'م': clsM, 'ن': clsN, 'ر': clsR,
}

// latDigraphs are read before single letters, longest first.
var latDigraphs = []struct {
	s   string
	cls string
}{
	{"sch", "C"}, {"tch", "C"}, {"dj", "G"}, {"kh", "X"}, {"sh", "C"}, {"ch", "C"}, {"th", "T"},
	{"dh", "D"}, {"gh", "G"}, {"ph", "F"}, {"ck", "K"}, {"zh", "G"}, {"ts", "TS"},
}

var latClass = map[rune]string{
	'b': "B", 'p': "B", 'f': "F", 'v': "F", 't': "T", 'd': "D", 'z': "S", 's': "S",
	'k': "K", 'q': "K", 'g': "G", 'j': "G", 'h': "H", 'l': "L", 'm': "M", 'n': "N",
	'r': "R", 'x': "KS",
}

// WordKey is the consonant skeleton of one word in either script, with a
// leading Arabic article dropped.
func WordKey(w string) string {
	if isArabicWord(w) {
		return arabicKey([]rune(foldArabic(w)), true)
	}
	return latinKey(w)
}

// WordKeys are the keys a word may match under: for an Arabic word that
// begins with ال, with and without the article, since ال is also the first
// syllable of names (ألفريد, Alfred) and Latin spellings keep it glued
// (Alqahtani) as often as they split it off (Al-Qahtani).
// A word in the table (names.tsv) also matches under the key of its Latin
// spelling there.
func WordKeys(w string) []string { return wordKeysWith(w, table()) }

func wordKeysWith(w string, tab map[string]string) []string {
	if !isArabicWord(w) {
		return latinKeys(w)
	}
	f := foldArabic(w)
	rs := []rune(f)
	out := []string{arabicKey(rs, true)}
	add := func(k string) {
		for _, x := range out {
			if x == k {
				return
			}
		}
		out = append(out, k)
	}
	add(arabicKey(rs, false))
	if lat, ok := tab[f]; ok {
		add(latinKey(lat))
	}
	return out
}

func arabicKey(rs []rune, strip bool) string {
	if strip {
		rs = stripArabicArticle(rs)
	}
	// A final ه is almost always ta marbuta written without its dots or
	// the silent h of -ah; Latin drops both the same way (see latinKey).
	if n := len(rs); n > 1 && rs[n-1] == 'ه' {
		rs = rs[:n-1]
	}
	var b []rune
	for _, r := range rs {
		c, ok := arClass[r]
		if !ok {
			if unicode.IsDigit(r) {
				c = r
			} else {
				continue
			}
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue // shadda is dropped, so Latin doubles collapse too
		}
		if c == clsC && len(b) > 0 && b[len(b)-1] == clsT {
			b[len(b)-1] = c // تش spells ch
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// latinKeys are the keys of a Latin word: a final h after a vowel is the
// silent -ah/-eh of ta marbuta (Nakhlah, نخلة) or a real ح (Misbah, مصباح),
// so such a word matches under both.
func latinKeys(w string) []string {
	s := stripLatinArticle(foldLatin(w))
	var out []string
	add := func(k string) {
		for _, x := range out {
			if x == k {
				return
			}
		}
		out = append(out, k)
	}
	// An h digraph may also be two letters across a syllable (Hudhud,
	// هدهد; Adham, أدهم), so the word also matches read letter by letter.
	forms := []string{s}
	if n := len(s); n > 2 && s[n-1] == 'h' && isVowel(s[n-2]) {
		forms = []string{s[:n-1], s} // the ta marbuta reading first
	}
	for _, pairs := range []bool{true, false} {
		for _, f := range forms {
			add(latinSkeleton(f, pairs))
		}
	}
	return out
}

func latinKey(w string) string { return latinKeys(w)[0] }

func latinSkeleton(s string, pairs bool) string {
	var b []byte
	add := func(cls string) {
		for i := 0; i < len(cls); i++ {
			if len(b) > 0 && b[len(b)-1] == cls[i] {
				continue
			}
			b = append(b, cls[i])
		}
	}
	for i := 0; i < len(s); {
		if d, ok := digraphAt(s, i); ok && (pairs || !hDigraph(d.s)) {
			add(d.cls)
			i += len(d.s)
			continue
		}
		c := s[i]
		switch {
		case c == 'c':
			if i+1 < len(s) && (s[i+1] == 'e' || s[i+1] == 'i' || s[i+1] == 'y') {
				add("S")
			} else {
				add("K")
			}
		case c >= '0' && c <= '9':
			add(string(c))
		default:
			add(latClass[rune(c)]) // vowels, w, y and others add ""
		}
		i++
	}
	return string(b)
}

func digraphAt(s string, i int) (struct {
	s   string
	cls string
}, bool) {
	for _, d := range latDigraphs {
		if strings.HasPrefix(s[i:], d.s) {
			return d, true
		}
	}
	return latDigraphs[0], false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// foldArabic unifies letter variants and drops marks and tatweel.
func foldArabic(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
			continue
		case r == 'ة':
			r = 'ه'
		case r == 'ى', r == 'ئ':
			r = 'ي'
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			r = 'ا'
		case r == 'ؤ':
			r = 'و'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripArabicArticle drops a leading ال (and لل, the article after the
// preposition li-) when enough of the word is left to be a name.
func stripArabicArticle(rs []rune) []rune {
	switch {
	case len(rs) > 4 && rs[0] == 'ل' && rs[1] == 'ل':
		return rs[2:]
	case len(rs) > 3 && rs[0] == 'ا' && rs[1] == 'ل':
		return rs[2:]
	}
	return rs
}

// latArticles are the romanised forms of the article, assimilated or not,
// as they begin a hyphenated word (al-Rashid, ar-Rashid, el-Sayed).
var latArticles = []string{"al-", "el-", "ul-", "ar-", "as-", "ash-", "at-", "ad-", "adh-", "an-", "az-", "ath-", "ad-", "al "}

func stripLatinArticle(s string) string {
	for _, a := range latArticles {
		if strings.HasPrefix(s, a) && len(s) > len(a)+1 {
			return s[len(a):]
		}
	}
	return s
}

// latinFold spells accented Latin letters without their marks.
var latinFold = map[rune]string{'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'á': "a", 'à': "a", 'â': "a",
	'ä': "a", 'ã': "a", 'å': "a", 'ā': "a", 'í': "i", 'ï': "i", 'î': "i", 'ī': "i", 'ó': "o", 'ö': "o",
	'ô': "o", 'õ': "o", 'ø': "o", 'ō': "o", 'ú': "u", 'ü': "u", 'û': "u", 'ū': "u", 'ñ': "n", 'ç': "s",
	'ß': "ss", 'ş': "sh", 'š': "sh", 'ž': "zh", 'č': "ch", 'ğ': "g", 'ı': "i", 'ḥ': "h", 'ṣ': "s",
	'ṭ': "t", 'ḍ': "d", 'ẓ': "z", 'ḫ': "kh", 'ġ': "gh"}

func foldLatin(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		default:
			if f, ok := latinFold[r]; ok {
				b.WriteString(f)
			}
		}
	}
	return b.String()
}

func isArabicWord(w string) bool {
	for _, r := range w {
		if r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F {
			return true
		}
	}
	return false
}

// hDigraph: dh, th, gh, which also occur as two letters (Hudhud, Adham).
func hDigraph(d string) bool { return d == "dh" || d == "th" || d == "gh" }
