package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Norm is score.py's norm: the form in which a system name and a gold name
// are compared. It applies, in order: Unicode NFKC; Python's str.lower (full
// case mapping, so "İ" becomes "i̇" and a word-final "Σ" becomes "ς");
// removal of Arabic diacritics and tatweel (U+0610–U+061A, U+064B–U+065F,
// U+0670, U+06D6–U+06ED, U+0640); alef variants إ أ آ ٱ to ا; ى to ي, ة to ه,
// ؤ to و, ئ to ي; the punctuation " ' “ ” ‘ ’ « » ( ) [ ] ، , . : ; ! ? to a
// space; a trim; removal of one leading "the" or "ال" followed by white
// space; and the collapse of white-space runs to one space, trimmed.
// White space is Python's (str.isspace), which includes U+001C–U+001F.
func Norm(s string) string {
	s = pyLower(norm.NFKC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isArabicDiacritic(r) {
			continue
		}
		switch r {
		case 'إ', 'أ', 'آ', 'ٱ':
			r = 'ا'
		case 'ى', 'ئ':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case 'ؤ':
			r = 'و'
		case '"', '\'', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '،', ',', '.', ':', ';', '!', '?':
			r = ' '
		}
		b.WriteRune(r)
	}
	s = strings.TrimFunc(b.String(), isPySpace)
	for _, article := range []string{"the", "ال"} {
		if rest, ok := strings.CutPrefix(s, article); ok {
			if trimmed := strings.TrimLeftFunc(rest, isPySpace); len(trimmed) < len(rest) {
				s = trimmed
			}
			break
		}
	}
	return collapseSpace(s)
}

// isArabicDiacritic reports whether r is in score.py's AR_DIACRITICS class.
func isArabicDiacritic(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640
}

// isPySpace reports whether Python's str.isspace (and so the regular
// expression \s and str.strip) treats r as white space: Go's unicode.IsSpace
// plus the separators U+001C–U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F)
}

// collapseSpace replaces each run of white space with one space and trims
// both ends.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isPySpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// pyLower is Python's str.lower: the simple lowercase mapping of each
// character, except the full mapping of U+0130 (to "i" and U+0307) and
// capital sigma, which becomes final sigma (ς) at the end of a word (the
// Final_Sigma context of the Unicode standard, as CPython tests it).
func pyLower(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r == 0x0130:
			b.WriteString("i\u0307")
		case r == 0x03A3:
			if finalSigma(rs, i) {
				b.WriteRune(0x03C2)
			} else {
				b.WriteRune(0x03C3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at rs[i] is in the
// Final_Sigma context: a cased letter before it and none after it, skipping
// case-ignorable characters both ways.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && isCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

// isCased is the Unicode Cased property: Lowercase, Uppercase or Lt.
func isCased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// isCaseIgnorable is the Unicode Case_Ignorable property: Mn, Me, Cf, Lm,
// Sk, or Word_Break MidLetter, MidNumLet or Single_Quote.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
