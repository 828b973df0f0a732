package money

import "encoding/binary"

// The lexicon maps normalised word forms to what they can mean inside a money
// expression. Words are normalised the same way the tokenizer normalises the
// input (ASCII lower-casing; Arabic diacritics and tatweel dropped, alef
// variants folded to bare alef, ta marbuta to ha, alef maqsura to ya), so the
// spellings below can be written naturally and still match every variant.

// Roles a word can play; one word may have several ("a" is a number word, the
// article before "share" and, upper-case and glued to "$", the Australian dollar).
const (
	rScale uint16 = 1 << iota // thousand, million, مليار, crore ...
	rNoun                     // currency noun: dollars, ريال
	rAdj                      // nationality that narrows a currency noun
	rCode                     // ISO code or abbreviation: USD, SAR, Rs
	rNum                      // number word: five, خمسة
	rFrac                     // fraction word: half, نصف
	rPfx                      // glued before a symbol: US$, HK$, E£
	rPlace                    // country or city: tells a bare noun's currency (context.go)
)

// Case requirements. Several codes are ordinary English words in lower case
// ("try", "cad") or pronouns ("us"), so they only count when written as codes.
const (
	caseAny uint8 = iota
	caseUpper
	caseCap
)

// Clitics stripped from an Arabic word before lookup.
const (
	clConj uint8 = 1 << iota // و / ف
	clPrep                   // ب / ل / ك
	clArt                    // ال
)

// Function words that matter only in a fixed sequence (modifiers, range
// connectors, "per share", percent). English and Arabic words with the same
// role share an id where the grammar is the same.
const (
	fwNone uint8 = iota
	fwApprox
	fwUp
	fwTo
	fwAs
	fwMuch
	fwA
	fwAn
	fwMaximum
	fwOf
	fwMore
	fwLess
	fwThan
	fwJust
	fwOver
	fwClose
	fwAt
	fwLeast
	fwIn
	fwExcess
	fwUpwards
	fwEstimated
	fwBetween
	fwAnd
	fwFrom
	fwPer
	fwShare
	fwShareKind
	fwPercent
	fwCent
	fwWorth
	fwKong
	fwKorean
	fwMa
	fwYasil
	fwIla
	fwLi
	fwHatta
	fwHadd
	fwAqsa
	fwMin
	fwYaqrub
	fwYazid
	fwAla
	fwAnAr
	fwLa
	fwYaqil
	fwWa
	fwSahm
	fwKull
	fwWahid
	fwFi
	fwMiah
	fwTaqriban
	fwQad
)

type entry struct {
	roles    uint16
	scale    int8    // rScale: power of ten
	dual     bool    // rScale: without a number it means two (ملياري)
	plural   bool    // rScale: needs a number before it (مليارات)
	suffix   bool    // rScale: single letter that must touch the digits (5m)
	abbr     bool    // rScale: abbreviation that may carry a period ("Mrd.")
	arabic   bool    // the key is Arabic script
	after    bool    // rAdj: follows the noun (Arabic adjectives, "sterling")
	dotOK    bool    // rCode: may be followed by a period ("Rs.")
	codePost bool    // rCode: may also follow the number ("5bn SAR")
	pfxGap   bool    // rPfx: may be separated from the symbol by a space ("US $")
	codeCase uint8   // rCode / rPfx case requirement
	family   uint8   // rNoun: an id of lex.families
	country  uint8   // rAdj, rPlace: an id of lex.countries
	scaleReq bool    // rNoun: only after a scale word ("won" is mostly the verb)
	needNext uint8   // rAdj: function word that must follow ("Hong" "Kong")
	fw       uint8   // function word id
	pfxSym   rune    // rPfx: the symbol it prefixes
	num      float64 // rNum / rFrac value
	code     string  // rCode / rPfx currency
}

const (
	maxWordBytes = 48
	slotBits     = 11
)

// The lexicon is an open-addressing table of hashes: an unknown word, the
// common case, costs one hash of a few bytes and usually one probe of an
// empty slot. A slot packs the hash's high half with the id so the whole
// table is 8 KB and stays in L1 cache.
var (
	lexIndex = map[string]uint16{} // used while building
	lexTab   = []entry{{}}         // id 0: "no entry", always zero
	lexKeys  = []string{""}
	lexSlots [1 << slotBits]uint32
	// lenMask[last byte] has bit n set when some key of n bytes ends in that
	// byte; it turns most misses away before hashing.
	lenMask [256]uint64
)

// hashBytes mixes the length and the first and last eight bytes; middle
// bytes only matter on collision, where the key is compared in full anyway.
func hashBytes(b []byte) uint32 {
	n := len(b)
	var x, y uint64
	if n >= 8 {
		x = binary.LittleEndian.Uint64(b)
		y = binary.LittleEndian.Uint64(b[n-8:])
	} else {
		for i := n - 1; i >= 0; i-- {
			x = x<<8 | uint64(b[i])
		}
	}
	h := x*0x9E3779B97F4A7C15 ^ y*0xC2B2AE3D27D4EB4F ^ uint64(n)*0x165667B19E3779F9
	return uint32(h>>32) ^ uint32(h)
}

func lookup(b []byte) uint16 {
	if len(b) == 0 || len(b) > maxWordBytes {
		return 0
	}
	if lenMask[b[len(b)-1]]&(1<<uint(len(b))) == 0 {
		return 0
	}
	h := hashBytes(b)
	tag := h >> 16
	for i := h & (1<<slotBits - 1); ; i = (i + 1) & (1<<slotBits - 1) {
		sl := lexSlots[i]
		if sl == 0 {
			return 0
		}
		if sl>>16 == tag {
			if id := uint16(sl); lexKeys[id] == string(b) {
				return id
			}
		}
	}
}

func buildSlots() {
	if len(lexKeys) > (1<<slotBits)/2 {
		panic("money: lexicon too large for its table")
	}
	for id := 1; id < len(lexKeys); id++ {
		h := hashBytes([]byte(lexKeys[id]))
		i := h & (1<<slotBits - 1)
		for lexSlots[i] != 0 {
			i = (i + 1) & (1<<slotBits - 1)
		}
		lexSlots[i] = h>>16<<16 | uint32(id)
		k := lexKeys[id]
		lenMask[k[len(k)-1]] |= 1 << uint(len(k))
	}
}

// lookupWord finds a word, stripping Arabic proclitics (conjunction, then
// preposition, then article) when the whole word is unknown: news Arabic
// glues them on freely ("بنحو", "وملياري", "للسهم", "المليار").
func lookupWord(b []byte, arabic bool) (uint16, uint8) {
	if id := lookup(b); id != 0 {
		return id, 0
	}
	if !arabic {
		return 0, 0
	}
	s := b
	var cl uint8
	// Each strip leaves at least two letters (4 bytes); Arabic letters are 2 bytes.
	if len(s) >= 6 && s[0] == 0xD9 && (s[1] == 0x88 || s[1] == 0x81) { // و ف
		s = s[2:]
		cl |= clConj
		if id := lookup(s); id != 0 {
			return id, cl
		}
	}
	if len(s) >= 6 && ((s[0] == 0xD8 && s[1] == 0xA8) || (s[0] == 0xD9 && (s[1] == 0x84 || s[1] == 0x83))) { // ب ل ك
		lam := s[1] == 0x84
		s = s[2:]
		cl |= clPrep
		if id := lookup(s); id != 0 {
			return id, cl
		}
		// ل + ال contracts to لل: the article keeps only its lam.
		if lam && len(s) >= 6 && s[0] == 0xD9 && s[1] == 0x84 {
			if id := lookup(s[2:]); id != 0 {
				return id, cl | clArt
			}
		}
	}
	if len(s) >= 8 && s[0] == 0xD8 && s[1] == 0xA7 && s[2] == 0xD9 && s[3] == 0x84 { // ال
		if id := lookup(s[4:]); id != 0 {
			return id, cl | clArt
		}
	}
	return 0, 0
}

// normKey normalises a lexicon spelling exactly as the tokenizer normalises text.
func normKey(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r)+('a'-'A'))
		case r < 0x80:
			b = append(b, byte(r))
		case r >= 0x600 && r <= 0x6FF:
			if nr := arTab[r-0x600]; nr > 0 {
				b = append(b, byte(0xC0|nr>>6), byte(0x80|nr&0x3F))
			}
		default:
			panic("money: lexicon word outside ASCII/Arabic: " + w)
		}
	}
	return string(b)
}

func add(word string, f func(e *entry)) {
	key := normKey(word)
	id, ok := lexIndex[key]
	if !ok {
		id = uint16(len(lexTab))
		lexTab = append(lexTab, entry{})
		lexIndex[key] = id
		lexKeys = append(lexKeys, key)
	}
	e := &lexTab[id]
	e.arabic = key[0] >= 0x80
	f(e)
}
