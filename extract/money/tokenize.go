package money

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tokPool recycles token buffers: Find is called once per article, and
// reusing the slice keeps the steady state free of per-call growth.
var tokPool = sync.Pool{New: func() any {
	s := make([]token, 0, 512)
	return &s
}}

// Token kinds. Words not in the lexicon (and punctuation that plays no part
// in money expressions) collapse into a single kOther token per run: they
// only ever act as barriers, so keeping one token instead of many makes the
// token slice a fraction of the text's size.
const (
	kOther uint8 = iota
	kWord
	kNum
	kPunct
)

// Token flags.
const (
	fGap   uint8 = 1 << iota // whitespace before the token
	fUpper                   // Latin word written in capitals
	fCap                     // Latin word with a capital first letter
	fBad                     // number too long to be an amount
	fGlued                   // digits glued to a preceding Latin letter (A320)
)

// token is kept to 32 bytes: the token buffer is the tokenizer's main memory
// traffic, so a punctuation token stores its rune in m instead of a field.
type token struct {
	start, end int
	m          float64 // kNum: value is m·10^e; kPunct: the rune
	e          int16
	id         uint16 // kWord: lexicon id
	kind       uint8
	flags      uint8
	cl         uint8 // kWord: Arabic clitics stripped before lookup
}

func (t *token) sym() rune { return rune(t.m) }

const (
	aPunct uint8 = iota
	aSpace
	aDigit
	aLetter
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r'):
			t[c] = aSpace
		case c >= '0' && c <= '9':
			t[c] = aDigit
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			t[c] = aLetter
		}
	}
	return
}()

// arTab classifies U+0600–U+06FF: <0 not a letter (digits, punctuation),
// 0 ignorable inside words (harakat, tatweel, Quranic marks), otherwise the
// normalised letter. Folding alef forms, ta marbuta and alef maqsura is what
// lets "ليرة/ليره", "إلى/الى" and "حوالى/حوالي" share one lexicon entry.
var arTab = func() (t [256]rune) {
	for i := range t {
		r := rune(0x600 + i)
		switch {
		case r >= 0x621 && r <= 0x63A, r >= 0x641 && r <= 0x64A, r == 0x66E, r == 0x66F,
			r >= 0x671 && r <= 0x6D3, r == 0x6D5, r == 0x6EE, r == 0x6EF, r >= 0x6FA && r <= 0x6FC, r == 0x6FF:
			t[i] = r
		case r == 0x640, r >= 0x64B && r <= 0x65F, r == 0x670, r >= 0x610 && r <= 0x61A,
			r >= 0x6D6 && r <= 0x6ED, r == 0x61C:
			t[i] = 0
		default:
			t[i] = -1
		}
	}
	for _, m := range [][2]rune{
		{0x622, 0x627}, {0x623, 0x627}, {0x625, 0x627}, {0x671, 0x627}, {0x672, 0x627}, {0x673, 0x627}, {0x675, 0x627},
		{0x629, 0x647}, {0x6C0, 0x647}, {0x6C1, 0x647}, {0x6BE, 0x647}, {0x6D5, 0x647},
		{0x649, 0x64A}, {0x6CC, 0x64A}, {0x6D2, 0x64A},
		{0x6A9, 0x643},
	} {
		t[m[0]-0x600] = m[1]
	}
	return
}()

// digitAt decodes an ASCII, Arabic-Indic or Extended Arabic-Indic (Persian)
// digit at s[i]; size 0 means no digit.
func digitAt(s string, i int) (d float64, size int) {
	c := s[i]
	if c >= '0' && c <= '9' {
		return float64(c - '0'), 1
	}
	if i+1 < len(s) {
		c2 := s[i+1]
		if c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9 {
			return float64(c2 - 0xA0), 2
		}
		if c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9 {
			return float64(c2 - 0xB0), 2
		}
	}
	return 0, 0
}

// Separators that may sit between digit groups.
const (
	sepNone uint8 = iota
	sepDot
	sepComma
	sepArDec   // ٫ U+066B
	sepArThou  // ٬ U+066C
	sepArComma // ، U+060C
)

func sepAt(s string, i int) (uint8, int) {
	switch c := s[i]; c {
	case '.':
		return sepDot, 1
	case ',':
		return sepComma, 1
	case 0xD9:
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xAB:
				return sepArDec, 2
			case 0xAC:
				return sepArThou, 2
			}
		}
	case 0xD8:
		if i+1 < len(s) && s[i+1] == 0x8C {
			return sepArComma, 2
		}
	}
	return sepNone, 0
}

const maxGroups = 16

// sepDigitAt reports a separator at s[p] that is followed by a digit.
func sepDigitAt(s string, p int) (uint8, int) {
	if p >= len(s) {
		return sepNone, 0
	}
	k, sz := sepAt(s, p)
	if k == sepNone || p+sz >= len(s) {
		return sepNone, 0
	}
	if _, dsz := digitAt(s, p+sz); dsz == 0 {
		return sepNone, 0
	}
	return k, sz
}

// scanNumber reads a number starting at a digit and returns its end and value
// m·10^e. Separators are resolved only after the whole run is seen, because
// whether "," groups thousands or marks decimals depends on what follows.
func scanNumber(s string, i int) (end int, m float64, e int, bad bool) {
	// Fast path: most numbers in prose are a plain run of digits.
	if end, v, bad, ok := plainDigits(s, i); ok {
		return end, v, 0, bad
	}
	var g digitGroups
	g.read(s, i)
	keep, dec := g.kept()
	m, e, bad = g.value(s, keep, dec)
	return g.ge[keep-1], m, e, bad
}

// plainDigits reads a run of digits at i with no separator after it: ok
// false if a separator follows, bad when the run is too long for money.
func plainDigits(s string, i int) (end int, v float64, bad, ok bool) {
	n := len(s)
	p, cnt := i, 0
	for p < n {
		d, sz := digitAt(s, p)
		if sz == 0 {
			break
		}
		if cnt < 18 {
			v = v*10 + d
		}
		p += sz
		cnt++
	}
	if k, _ := sepDigitAt(s, p); k == sepNone {
		if cnt > 18 {
			return p, 0, true, true
		}
		return p, v, false, true
	}
	return 0, 0, false, false
}

// digitGroups are the digit groups of one written number and the
// separators between them: group j is s[gs[j]:ge[j]], gl[j] digits long,
// after the separator sep[j].
type digitGroups struct {
	gs, ge, gl [maxGroups]int
	sep        [maxGroups]uint8
	n          int
	more       bool // another separator and digit follow the last group read
}

// read reads the groups of the number at i.
func (g *digitGroups) read(s string, i int) {
	n := len(s)
	gs, ge, gl, sep := &g.gs, &g.ge, &g.gl, &g.sep
	ng, more := 0, false
	p := i
	// Reading stops as soon as a separator cannot continue the number, so a
	// list like "1,2,3,4" costs two groups per number, not maxGroups.
	decSeen := false // a decimal-type separator was read
	euroCand := true // so far only dots, each followed by three digits (1.000.000)
	for {
		st, cnt := p, 0
		for p < n {
			_, sz := digitAt(s, p)
			if sz == 0 {
				break
			}
			p += sz
			cnt++
		}
		gs[ng], ge[ng], gl[ng] = st, p, cnt
		ng++
		if g := ng - 1; g >= 1 {
			k := sep[g]
			if k != sepDot || gl[g] != 3 {
				euroCand = false
			}
			stop := false
			switch k {
			case sepComma, sepArComma:
				if decSeen {
					stop = true
				} else if gl[g] != 3 {
					nk, _ := sepDigitAt(s, p)
					stop = !(gl[g] == 2 && nk == k)
				}
			case sepDot, sepArDec:
				stop = decSeen && !euroCand
				decSeen = true
			case sepArThou:
				stop = decSeen || gl[g] != 3
			}
			if stop {
				nk, _ := sepDigitAt(s, p)
				more = nk != sepNone
				break
			}
		}
		if ng == maxGroups {
			break
		}
		k, sz := sepDigitAt(s, p)
		if k == sepNone {
			break
		}
		sep[ng] = k
		p += sz
	}
	g.n, g.more = ng, more
}

// kept is how many groups belong to the number (a list "1,2" or a date
// "1.2.2024" stops it) and the group the decimals start at, -1 if none:
// thousands "1,000,000", European "1.000.000", lakhs "1,00,000", a decimal
// comma "1,5 مليار".
func (g *digitGroups) kept() (keep, dec int) {
	ng, gl, sep, more := g.n, &g.gl, &g.sep, g.more
	keep, dec = ng, -1
	dots, others := 0, false
	for j := 1; j < ng; j++ {
		if sep[j] == sepDot {
			dots++
		} else {
			others = true
		}
	}
	euro := dots >= 2 && !others && gl[0] <= 3
	for j := 1; euro && j < ng; j++ {
		euro = gl[j] == 3
	}
	if !euro {
	groups:
		for j := 1; j < ng; j++ {
			switch sep[j] {
			case sepDot, sepArDec:
				if dec >= 0 {
					keep = j
					break groups
				}
				dec = j
			case sepArThou:
				if dec >= 0 || gl[j] != 3 {
					keep = j
					break groups
				}
			case sepComma, sepArComma:
				switch {
				case dec >= 0:
					keep = j
					break groups
				case gl[j] == 3:
					// thousands
				case gl[j] == 2 && j+1 < ng && sep[j+1] == sep[j]:
					// Indian lakh grouping: 1,00,000
				case gl[j] <= 2 && ng == 2 && !more:
					dec = j // decimal comma: 1,5 مليار
				default:
					keep = j
					break groups
				}
			}
		}
	}
	return keep, dec
}

// value is the number the first keep groups write, as mantissa m and
// exponent e (m·10^e), decimals from group dec on; bad when its integer
// part is too long for money.
func (g *digitGroups) value(s string, keep, dec int) (m float64, e int, bad bool) {
	gs, ge := &g.gs, &g.ge
	sig, intDigits := 0, 0
	for j := 0; j < keep; j++ {
		frac := dec >= 0 && j >= dec
		for q := gs[j]; q < ge[j]; {
			d, sz := digitAt(s, q)
			q += sz
			if !frac {
				intDigits++
			}
			switch {
			case m == 0 && d == 0:
				if frac && e > -400 {
					e--
				}
			case sig < 18:
				m = m*10 + d
				sig++
				if frac {
					e--
				}
			case !frac:
				e++
			}
		}
	}
	// Eighteen integer digits is far beyond any amount written in digits;
	// longer runs are identifiers, not money.
	return m, e, intDigits > 18
}

var pow10tab = func() (t [23]float64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return
}()

// val computes m·10^e with a single rounding when the power of ten is exact,
// so 97.4 billion comes out as exactly 974e8.
func val(m float64, e int) float64 {
	switch {
	case m == 0:
		return 0
	case e == 0:
		return m
	case e > 0 && e < len(pow10tab):
		return m * pow10tab[e]
	case e < 0 && -e < len(pow10tab):
		return m / pow10tab[-e]
	}
	return m * math.Pow10(e)
}

func isSpaceRune(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isIgnorable reports invisible format characters (bidi marks, zero-width
// joiners, soft hyphen, BOM) that news feeds scatter through Arabic text.
func isIgnorable(r rune) bool {
	switch {
	case r == 0xAD, r == 0xFEFF, r == 0x61C:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2069:
		return true
	}
	return false
}

// relevantPunct reports punctuation the grammar looks at; everything else is
// merged into kOther barriers.
func relevantPunct(r rune) bool {
	switch r {
	case '%', '٪', '‰', '-', '–', '—', '‒', '−', '/', '.':
		return true
	}
	return symbolCode(r) != ""
}

type tokenizer struct {
	s         string
	toks      []token
	gap       bool
	prevLatin bool // the previous token is a Latin word touching the current position
	buf       [maxWordBytes]byte
}

func (z *tokenizer) run() {
	s := z.s
	n := len(s)
	z.gap = true
	for i := 0; i < n; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aSpace:
				z.gap = true
				z.prevLatin = false
				i++
			case aDigit:
				i = z.number(i)
			case aLetter:
				i = z.latinWord(i)
			default:
				z.punct(i, i+1, rune(c))
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x600 && r <= 0x6FF:
			switch nr := arTab[r-0x600]; {
			case nr > 0:
				i = z.arabicWord(i)
			case nr == 0:
				i += size
			default:
				if _, dsz := digitAt(s, i); dsz > 0 {
					i = z.number(i)
				} else {
					z.punct(i, i+size, r)
					i += size
				}
			}
		case isSpaceRune(r):
			z.gap = true
			z.prevLatin = false
			i += size
		case isIgnorable(r):
			i += size
		case r < 0x250 && unicode.IsLetter(r):
			i = z.latinWord(i)
		case unicode.IsLetter(r) || unicode.IsMark(r):
			z.other(i, i+size)
			i += size
		default:
			z.punct(i, i+size, r)
			i += size
		}
	}
}

func (z *tokenizer) other(start, end int) {
	if k := len(z.toks); k > 0 && z.toks[k-1].kind == kOther {
		z.toks[k-1].end = end
	} else {
		z.toks = append(z.toks, token{start: start, end: end, kind: kOther})
	}
	z.gap = false
	z.prevLatin = false
}

func (z *tokenizer) punct(start, end int, r rune) {
	if !relevantPunct(r) {
		z.other(start, end)
		return
	}
	var fl uint8
	if z.gap {
		fl = fGap
	}
	z.toks = append(z.toks, token{start: start, end: end, kind: kPunct, m: float64(r), flags: fl})
	z.gap = false
	z.prevLatin = false
}

func (z *tokenizer) number(i int) int {
	end, m, e, bad := scanNumber(z.s, i)
	var fl uint8
	if z.gap {
		fl |= fGap
	} else if z.prevLatin {
		fl |= fGlued
	}
	if bad {
		fl |= fBad
	}
	z.toks = append(z.toks, token{start: i, end: end, kind: kNum, m: m, e: int16(e), flags: fl})
	z.gap = false
	z.prevLatin = false
	return end
}

func (z *tokenizer) word(start, end int, b []byte, arabic bool, fl uint8) {
	var id uint16
	var cl uint8
	if len(b) > 0 {
		id, cl = lookupWord(b, arabic)
	}
	if id == 0 {
		z.other(start, end)
		return
	}
	if z.gap {
		fl |= fGap
	}
	z.toks = append(z.toks, token{start: start, end: end, kind: kWord, id: id, cl: cl, flags: fl})
	z.gap = false
}

func isASCIILetter(c byte) bool { return c < 0x80 && asciiClass[c] == aLetter }

// latinWord reads a run of Latin letters. A period joins single letters
// ("U.S") so that abbreviations reach the lexicon as one word.
func (z *tokenizer) latinWord(i int) int {
	s := z.s
	n := len(s)
	start := i
	nb := 0
	seenLow := false
	long := false
	for {
		// Fast path: a run of ASCII letters, lower-cased into the buffer.
		j := i
		for j < n && s[j] < utf8.RuneSelf && asciiClass[s[j]] == aLetter {
			c := s[j]
			if c > 'Z' {
				seenLow = true
			}
			if nb < len(z.buf) {
				z.buf[nb] = c | 0x20
				nb++
			} else {
				long = true
			}
			j++
		}
		seg := j - i
		i = j
		if i >= n {
			break
		}
		c := s[i]
		if c == '.' && seg == 1 && i+1 < n && isASCIILetter(s[i+1]) && (i+2 >= n || !isASCIILetter(s[i+2])) {
			if nb < len(z.buf) {
				z.buf[nb] = '.'
				nb++
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0xAD || r == 0x200C || r == 0x200D {
			i += size
			continue
		}
		if r < 0x250 && unicode.IsLetter(r) {
			long = true // accented Latin: never a lexicon word
			seenLow = true
			i += size
			continue
		}
		break
	}
	if long {
		nb = 0
	}
	var fl uint8
	if !seenLow {
		fl |= fUpper
	}
	if s[start] <= 'Z' {
		fl |= fCap
	}
	z.word(start, i, z.buf[:nb], false, fl)
	z.prevLatin = true
	return i
}

// arabicWord reads a run of Arabic letters, skipping harakat, tatweel and
// invisible joiners wherever they appear, and stops at digits so that a
// clitic glued to a number ("ل97.4", "بـ97.4") leaves the number intact.
func (z *tokenizer) arabicWord(i int) int {
	s := z.s
	n := len(s)
	start := i
	b := z.buf[:0]
	long := false
	for i < n {
		c := s[i]
		if c >= 0xD8 && c <= 0xDB && i+1 < n && s[i+1] >= 0x80 && s[i+1] <= 0xBF {
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			nr := arTab[r-0x600]
			if nr < 0 {
				break
			}
			if nr > 0 {
				if len(b)+2 <= len(z.buf) {
					b = append(b, byte(0xC0|nr>>6), byte(0x80|nr&0x3F))
				} else {
					long = true
				}
			}
			i += 2
			continue
		}
		// ZWNJ, ZWJ, LRM, RLM (E2 80 8C–8F) inside a word.
		if c == 0xE2 && i+2 < n && s[i+1] == 0x80 && s[i+2] >= 0x8C && s[i+2] <= 0x8F {
			i += 3
			continue
		}
		break
	}
	if long {
		b = b[:0]
	}
	z.word(start, i, b, true, 0)
	z.prevLatin = false
	return i
}
