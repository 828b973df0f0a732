// Package norm folds Arabic and Latin text to one comparable form, so that
// spelling variants of a name (أوبن إيه آي / أوبن أيه آي, OpenAI / openai)
// meet: Latin is lower-cased; Arabic loses diacritics and tatweel, and its
// alef, ya, ta marbuta and hamza-seat variants collapse; Eastern Arabic and
// Persian digits become ASCII digits.
package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rune folds one rune; it returns -1 for a rune that is dropped.
func Rune(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	case IsArabicMark(r):
		return -1
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ئ', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ک':
		return 'ك'
	case '\u066b': // Arabic decimal separator
		return '.'
	case '\u066c': // Arabic thousands separator
		return ','
	case '\u00a0', '\u200f', '\u200e':
		return ' '
	}
	if '٠' <= r && r <= '٩' {
		return '0' + (r - '٠')
	}
	if '۰' <= r && r <= '۹' {
		return '0' + (r - '۰')
	}
	return unicode.ToLower(r)
}

// IsArabicMark reports whether r is an Arabic diacritic, Quranic mark or
// tatweel: characters that decorate a word without changing it.
func IsArabicMark(r rune) bool {
	return (r >= 0x0610 && r <= 0x061a) || (r >= 0x064b && r <= 0x065f) ||
		r == 0x0670 || (r >= 0x06d6 && r <= 0x06ed) || r == 0x0640
}

// IsArabic reports whether r is an Arabic letter.
func IsArabic(r rune) bool {
	return (r >= 0x0621 && r <= 0x064a) || (r >= 0x0671 && r <= 0x06d3) || r == 0x06d5 ||
		(r >= 0xfb50 && r <= 0xfdff) || (r >= 0xfe70 && r <= 0xfefc)
}

// Fold returns the folded form of s. Invalid UTF-8 bytes are dropped.
func Fold(s string) string {
	if asciiFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			continue
		}
		if f := Rune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// Key folds s for matching names: like Fold, and also turns punctuation
// into spaces (keeping '&', '@', '+' and a '.' between letters, as in
// checkout.com), removes a leading "the " and collapses spaces.
func Key(s string) string {
	folded := Fold(s)
	if allWord(folded) {
		return folded // one word: nothing to drop, space or trim
	}
	f := []rune(folded)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for i, r := range f {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '@' || r == '+'
		if r == '.' && i > 0 && i+1 < len(f) && isAlnum(f[i-1]) && isAlnum(f[i+1]) {
			word = true
		}
		if r == '\'' || r == '’' {
			continue // O'Neil, Lowe's
		}
		if !word {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// asciiFolded reports s already folded: ASCII without capitals.
func asciiFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// allWord reports that every rune of s is one Key keeps as it is, so Key
// of a single plain word is its folded form (the common case per token).
func allWord(s string) bool {
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '@' || r == '+') {
			return false
		}
	}
	return true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Skeleton drops the long vowels (ا و ي) inside an Arabic word, keeping the
// first letter: transliterated names vary most in them (إيلون / إيلن,
// الفيدرالية / الفيدارلية). Latin words are returned folded.
func Skeleton(folded string) string {
	var b strings.Builder
	first := true
	for _, r := range folded {
		if !first && (r == 'ا' || r == 'و' || r == 'ي') {
			continue
		}
		if r == ' ' {
			first = true
			b.WriteRune(r)
			continue
		}
		first = false
		b.WriteRune(r)
	}
	return b.String()
}

// IsInvisibleControl reports whether r is a zero-width or bidirectional
// control character: U+200B..U+200F (zero-width space, non-joiner, joiner,
// left-to-right and right-to-left marks), U+202A..U+202E (embeddings and
// overrides), U+2066..U+2069 (isolates), U+FEFF (zero-width no-break space,
// byte-order mark) and U+061C (Arabic letter mark). They are invisible, so
// inside a name they cut it or make a look-alike of it.
func IsInvisibleControl(r rune) bool {
	return (r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xfeff || r == 0x061c
}

// StripControls removes the characters IsInvisibleControl names. Every
// reader path goes through it before extraction (extract.Extract, and the
// lexicon files), so there is one rule for what is invisible.
func StripControls(s string) string {
	if !strings.ContainsFunc(s, IsInvisibleControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsInvisibleControl(r) {
			return -1
		}
		return r
	}, s)
}
