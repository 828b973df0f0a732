package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-news/kg/extract/norm"
)

// tokenStage splits text into words, numbers and punctuation. It is a
// single pass over runes: Arabic diacritics and tatweel stay inside their
// word, '&' and an inner '.' or '-' join Latin words (AT&T, Checkout.com,
// co-founder), and digits with their separators make one number (97.4, ٩٧٫٤).
type tokenStage struct{}

func (tokenStage) Name() string { return "tokenise" }

func (tokenStage) Run(d *Doc) {
	d.Tokens = tokenize(d.Text, d.Tokens[:0])
	ar, la := 0, 0
	for i := range d.Tokens {
		switch d.Tokens[i].Script {
		case Arabic:
			ar++
		case Latin:
			la++
		}
	}
	// The script of most words decides: a mixed file mostly in Latin script
	// is English, not Arabic. (Arabic news quotes Latin names, but far
	// fewer than its Arabic words: under a third in the real corpus.)
	d.Lang = "en"
	if ar > la {
		d.Lang = "ar"
	}
	if d.Article.Lang == "" {
		d.Article.Lang = d.Lang
	} else {
		d.Lang = d.Article.Lang
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || norm.IsArabicMark(r) || unicode.Is(unicode.Mn, r)
}

func isDigitRune(r rune) bool {
	return ('0' <= r && r <= '9') || ('٠' <= r && r <= '٩') || ('۰' <= r && r <= '۹')
}

func tokenize(s string, out []Token) []Token {
	var slab []string
	scanTokens(s, func(start, end, script int) {
		out = append(out, mkToken(s, start, end, script, &slab))
	})
	return out
}

// scanTokens calls emit with the span and script of each token of s, in
// order; joinWords uses it to fold words without building Tokens.
func scanTokens(s string, emit func(start, end, script int)) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError || r == '\u200f' || r == '\u200e' || r == '\ufeff':
			i += n
		case isDigitRune(r):
			start := i
			i += n
			for i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if isDigitRune(r2) {
					i += n2
					continue
				}
				if r2 == '.' || r2 == ',' || r2 == '٫' || r2 == '٬' {
					if r3, _ := utf8.DecodeRuneInString(s[i+n2:]); i+n2 < len(s) && isDigitRune(r3) {
						i += n2
						continue
					}
				}
				break
			}
			// Letters glued to a number ("44bn", "3M") stay with it: a
			// scale or unit, read by the money finder, not a name.
			if i < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r2) && r2 < 0x600 {
					i = scanWord(s, i)
				}
			}
			emit(start, i, Digit)
		case isWordRune(r):
			start := i
			i = scanWord(s, i)
			script := Latin
			if norm.IsArabic(r) || norm.IsArabicMark(r) {
				script = Arabic
			}
			emit(start, i, script)
		default:
			emit(i, i+n, Punct)
			i += n
		}
	}
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	start := i
	first, _ := utf8.DecodeRuneInString(s[i:])
	arabic := norm.IsArabic(first)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		// "وQZR Capital", "لـGoogle": an Arabic clitic glued to a Latin
		// name is a word of its own, and the name one in Latin script.
		if arabic && unicode.IsLetter(r) && r < 0x600 {
			return i
		}
		// An Arabic clitic glued to a number ("ل97.4") is its own word.
		if isWordRune(r) || isDigitRune(r) && !arabic {
			i += n
			continue
		}
		// "سوق.كوم", "إم.سي", "د.أحمد": a dot between Arabic letters
		// joins a domain or spelt letters; after a whole word it is a full
		// stop with the space lost ("المساهمين.ومن").
		if arabic && r == '.' && i+n < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[i+n:]); norm.IsArabic(r2) && arabicDotJoins(s[start:i], s[i+n:]) {
				i += n
				continue
			}
		}
		// Joiners inside Latin words: AT&T, e&, Checkout.com, co-founder.
		if r == '&' && i > 0 {
			i += n
			continue
		}
		if r == '.' || r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && unicode.IsLetter(r2) && r2 < 0x600 {
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				if prev < 0x600 {
					// "Musk's" splits so that the possessive is its own token.
					if (r == '\'' || r == '’') && (r2 == 's' || r2 == 'S') {
						if r3, _ := utf8.DecodeRuneInString(s[i+n+1:]); i+n+1 >= len(s) || !unicode.IsLetter(r3) {
							return i
						}
					}
					// "Inc." style abbreviations end at the dot; a dot joins only lower-case tails (checkout.com).
					if r == '.' && !unicode.IsLower(r2) {
						return i
					}
					// "Halvard-backed Plumtree": the backer is a name of
					// its own, split off its participle.
					if r == '-' && unicode.IsUpper(first) && backerHyphen(s[start:i], s[i+n:]) {
						return i
					}
					i += n
					continue
				}
			}
		}
		break
	}
	return i
}

// domainTails are the Arabic spellings of web domains ("كوم" of ".com").
var domainTails = wordSet("domain-tails")

// arabicDotJoins reports a dot between Arabic letters that joins one word:
// a domain, an abbreviation of one letter ("د.أحمد") or spelt letters on
// both sides ("إم.إن"). left is the word before the dot, rest the text
// after it.
func arabicDotJoins(left, rest string) bool {
	e := 0
	for e < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[e:])
		if !isWordRune(r) || !norm.IsArabic(r) && !norm.IsArabicMark(r) {
			break
		}
		e += n
	}
	// "ال.كيو.ام.تي": each spelt letter is a segment of its own.
	left = left[strings.LastIndexByte(left, '.')+1:]
	l, r := utf8.RuneCountInString(left), utf8.RuneCountInString(rest[:e])
	return l == 1 || l <= 3 && r <= 3 || domainTails[norm.Fold(rest[:e])]
}

// backerParticiples follow a backer's name after a hyphen ("X-backed").
var backerParticiples = wordSet("backer-hyphen")

// backerHyphen reports a capitalised word joined by a hyphen to a backer
// participle: rest starts with one, whole ("Halvard-backed", not
// "Backed-Up").
func backerHyphen(word, rest string) bool {
	e := 0
	for e < len(rest) && rest[e] >= 'a' && rest[e] <= 'z' {
		e++
	}
	if e == 0 || e < len(rest) && unicode.IsLetter(rune(rest[e])) {
		return false
	}
	return !strings.Contains(word, "-") && backerParticiples[rest[:e]]
}

var zeroPrefix = []int{0}

func mkToken(s string, start, end, script int, slab *[]string) Token {
	t := Token{Start: start, End: end, Text: s[start:end], Script: script}
	if script == Punct {
		t.Norm = t.Text
	} else {
		t.Norm = norm.Key(t.Text)
	}
	if script == Latin {
		r, _ := utf8.DecodeRuneInString(t.Text)
		t.Upper = unicode.IsUpper(r)
	}
	if script == Arabic {
		t.Forms, t.Prefix = ar.Variants(t.Norm)
	} else {
		t.Forms, t.Prefix = oneForm(slab, t.Norm), zeroPrefix
	}
	return t
}

// oneForm is the one-word Forms of a token, cut from a shared slab so that
// a document's tokens do not each allocate one; the capacity is cut too,
// so an append to Forms copies rather than writes into the slab.
func oneForm(slab *[]string, w string) []string {
	if len(*slab) == cap(*slab) {
		*slab = make([]string, 0, 256)
	}
	n := len(*slab)
	*slab = append(*slab, w)
	return (*slab)[n : n+1 : n+1]
}
