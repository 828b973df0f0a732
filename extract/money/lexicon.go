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

// Currency families: what a noun names before a nationality narrows it.
const (
	famNone uint8 = iota
	famDollar
	famEuro
	famPound   // English "pound": sterling unless qualified
	famPoundAr // Arabic جنيه: Egyptian unless qualified
	famSterling
	famLira
	famRupee
	famRiyal
	famRial
	famDirham
	famDinar
	famFranc
	famYen
	famYuan
	famWon
	famRuble
	famShekel
	famRinggit
	famRupiah
	famBaht
	famCount
)

// familyDefault is the currency a bare noun denotes. Dinar and rial stay
// empty on purpose: a bare "dinar" is as likely Iraqi (1 USD ≈ 1300) as
// Kuwaiti (1 USD ≈ 0.3), and a wrong guess is worse than none. The Arabic
// ريال defaults to the Saudi riyal, the usual reading in Gulf deal news.
var familyDefault = [famCount]string{
	famDollar:   "USD",
	famEuro:     "EUR",
	famPound:    "GBP",
	famPoundAr:  "EGP",
	famSterling: "GBP",
	famLira:     "TRY",
	famRupee:    "INR",
	famRiyal:    "SAR",
	famDirham:   "AED",
	famFranc:    "CHF",
	famYen:      "JPY",
	famYuan:     "CNY",
	famWon:      "KRW",
	famRuble:    "RUB",
	famShekel:   "ILS",
	famRinggit:  "MYR",
	famRupiah:   "IDR",
	famBaht:     "THB",
}

// Countries named by nationality adjectives.
const (
	coNone uint8 = iota
	coUS
	coCA
	coAU
	coHK
	coSG
	coTW
	coSA
	coQA
	coOM
	coIR
	coYE
	coKW
	coBH
	coJO
	coIQ
	coDZ
	coLY
	coTN
	coEG
	coLB
	coSY
	coGB
	coSD
	coCH
	coTR
	coIN
	coPK
	coAE
	coMA
	coJP
	coCN
	coKR
	coRU
	coIL
	coEU
)

// combine gives the currency for a nationality plus a currency noun, or ""
// when the pair names no currency ("Saudi dollars").
func combine(country, family uint8) string {
	switch family {
	case famDollar:
		switch country {
		case coUS:
			return "USD"
		case coCA:
			return "CAD"
		case coAU:
			return "AUD"
		case coHK:
			return "HKD"
		case coSG:
			return "SGD"
		case coTW:
			return "TWD"
		}
	case famRiyal, famRial:
		switch country {
		case coSA:
			return "SAR"
		case coQA:
			return "QAR"
		case coOM:
			return "OMR"
		case coIR:
			return "IRR"
		case coYE:
			return "YER"
		}
	case famDinar:
		switch country {
		case coKW:
			return "KWD"
		case coBH:
			return "BHD"
		case coJO:
			return "JOD"
		case coIQ:
			return "IQD"
		case coDZ:
			return "DZD"
		case coLY:
			return "LYD"
		case coTN:
			return "TND"
		}
	case famPound, famPoundAr, famSterling:
		switch country {
		case coEG:
			return "EGP"
		case coLB:
			return "LBP"
		case coSY:
			return "SYP"
		case coGB:
			return "GBP"
		case coSD:
			return "SDG"
		}
	case famLira:
		switch country {
		case coTR:
			return "TRY"
		case coLB:
			return "LBP"
		case coSY:
			return "SYP"
		}
	case famRupee:
		switch country {
		case coIN:
			return "INR"
		case coPK:
			return "PKR"
		}
	case famDirham:
		switch country {
		case coAE:
			return "AED"
		case coMA:
			return "MAD"
		}
	case famFranc:
		if country == coCH {
			return "CHF"
		}
	case famYen:
		if country == coJP {
			return "JPY"
		}
	case famYuan:
		if country == coCN {
			return "CNY"
		}
	case famWon:
		if country == coKR {
			return "KRW"
		}
	case famRuble:
		if country == coRU {
			return "RUB"
		}
	case famShekel:
		if country == coIL {
			return "ILS"
		}
	case famEuro:
		if country == coEU {
			return "EUR"
		}
	}
	return ""
}

// symbolCode maps a currency sign to its default currency. "$" means US
// dollars unless a country prefix is glued to it (handled by rPfx words).
func symbolCode(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '¥', '￥':
		return "JPY"
	case '₹':
		return "INR"
	case '₺':
		return "TRY"
	case '₩':
		return "KRW"
	case '₽':
		return "RUB"
	case '₪':
		return "ILS"
	case '﷼':
		return "SAR"
	case '₦':
		return "NGN"
	case '฿':
		return "THB"
	}
	return ""
}

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
	family   uint8   // rNoun
	country  uint8   // rAdj
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

func addFW(fw uint8, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.fw = fw })
	}
}

func addScale(exp int8, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rScale; e.scale = exp })
	}
}

func addScaleDual(exp int8, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rScale; e.scale = exp; e.dual = true })
	}
}

func addScalePlural(exp int8, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rScale; e.scale = exp; e.plural = true })
	}
}

func addNoun(fam uint8, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rNoun; e.family = fam })
	}
}

func addNum(v float64, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rNum; e.num = v })
	}
}

// addAdjEn adds English nationality words, which come before the noun.
func addAdjEn(co uint8, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rAdj; e.country = co })
	}
}

// addAdjAr adds an Arabic nationality adjective in the forms that follow a
// currency noun: masculine, feminine (plural nouns take it) and the
// accusative tanween alif.
func addAdjAr(co uint8, stems ...string) {
	for _, s := range stems {
		for _, w := range []string{s, s + "ة", s + "ا"} {
			add(w, func(e *entry) { e.roles |= rAdj; e.country = co; e.after = true })
		}
	}
}

// addCode adds a currency code. ISO codes must be upper case and may stand
// on either side of the number; short abbreviations only before it.
func addCode(code string, cs uint8, post, dot bool, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) {
			e.roles |= rCode
			e.code = code
			e.codeCase = cs
			e.codePost = post
			e.dotOK = dot
		})
	}
}

func addPfx(code string, sym rune, gap bool, words ...string) {
	for _, w := range words {
		add(w, func(e *entry) { e.roles |= rPfx; e.code = code; e.pfxSym = sym; e.pfxGap = gap })
	}
}

// init fills the lexicon: scales, currencies, nationalities, codes, number
// and function words, in this order (a later word may add to an entry).
func init() {
	addScales()
	addCurrencyNouns()
	addNationalitiesEn()
	addNationalitiesAr()
	addCodes()
	addNumberWords()
	addFunctionWords()
	buildSlots()
}

// addScales adds the scale words: "million", "bn", "k", "مليار" with its dual and plural.
func addScales() {
	addScale(3, "thousand")
	addScale(5, "lakh", "lakhs", "lac", "lacs")
	addScale(6, "million", "mn", "mln", "mio")
	addScale(7, "crore", "crores", "cr")
	addScale(9, "billion", "bn", "bln", "mrd", "milliard", "milliards")
	addScale(12, "trillion", "tn", "trn")
	for _, w := range []string{"mn", "mln", "mio", "bn", "bln", "mrd", "tn", "trn", "cr"} {
		add(w, func(e *entry) { e.abbr = true })
	}
	for _, s := range []struct {
		w   string
		exp int8
	}{{"k", 3}, {"m", 6}, {"b", 9}, {"t", 12}} {
		add(s.w, func(e *entry) { e.roles |= rScale; e.scale = s.exp; e.suffix = true })
	}
	addScale(3, "ألف")
	addScaleDual(3, "ألفا", "ألفي", "ألفين", "ألفان")
	addScalePlural(3, "آلاف")
	addScale(6, "مليون")
	addScaleDual(6, "مليونا", "مليوني", "مليونين", "مليونان")
	addScalePlural(6, "ملايين")
	addScale(7, "كرور")
	addScale(9, "مليار", "بليون")
	addScaleDual(9, "مليارا", "ملياري", "مليارين", "ملياران", "بليونا", "بليوني", "بليونين", "بليونان")
	addScalePlural(9, "مليارات", "بلايين")
	addScale(12, "تريليون", "ترليون")
	addScaleDual(12, "تريليونا", "ترليونا", "تريليوني", "ترليوني", "تريليونين", "ترليونين")
	addScalePlural(12, "تريليونات", "ترليونات")
}

// addCurrencyNouns adds the currency nouns of each family: "dollars", "درهم".
func addCurrencyNouns() {
	addNoun(famDollar, "dollar", "dollars", "دولار", "دولارا", "دولارات", "دولاران", "دولارين")
	addNoun(famEuro, "euro", "euros", "يورو")
	addNoun(famPound, "pound", "pounds")
	addNoun(famPoundAr, "جنيه", "جنيها", "جنيهات")
	addNoun(famSterling, "sterling", "إسترليني", "استرليني")
	addNoun(famLira, "lira", "liras", "lire", "ليرة", "ليرات")
	addNoun(famRupee, "rupee", "rupees", "روبية", "روبيات")
	addNoun(famRiyal, "riyal", "riyals", "ريال", "ريالا", "ريالات")
	addNoun(famRial, "rial", "rials")
	addNoun(famDirham, "dirham", "dirhams", "درهم", "درهما", "دراهم")
	addNoun(famDinar, "dinar", "dinars", "دينار", "دينارا", "دنانير")
	addNoun(famFranc, "franc", "francs", "فرنك", "فرنكا", "فرنكات")
	addNoun(famYen, "yen", "ين")
	addNoun(famYuan, "yuan", "renminbi", "يوان")
	addNoun(famWon, "won", "وون")
	addNoun(famRuble, "ruble", "rubles", "rouble", "roubles", "روبل")
	addNoun(famShekel, "shekel", "shekels", "شيكل")
	addNoun(famRinggit, "ringgit")
	addNoun(famRupiah, "rupiah")
	addNoun(famBaht, "baht")
}

// addNationalitiesEn adds the English nationality adjectives that name a currency's country: "Saudi riyals".
func addNationalitiesEn() {
	// "sterling" also follows "pounds" like an Arabic adjective.
	add("sterling", func(e *entry) { e.roles |= rAdj; e.country = coGB; e.after = true })
	addAdjEn(coUS, "us", "u.s", "american")
	addAdjEn(coCA, "canadian")
	addAdjEn(coAU, "australian")
	addAdjEn(coSG, "singapore", "singaporean")
	addAdjEn(coTW, "taiwan", "taiwanese")
	addAdjEn(coSA, "saudi")
	addAdjEn(coQA, "qatari")
	addAdjEn(coOM, "omani")
	addAdjEn(coIR, "iranian")
	addAdjEn(coYE, "yemeni")
	addAdjEn(coKW, "kuwaiti")
	addAdjEn(coBH, "bahraini")
	addAdjEn(coJO, "jordanian")
	addAdjEn(coIQ, "iraqi")
	addAdjEn(coDZ, "algerian")
	addAdjEn(coLY, "libyan")
	addAdjEn(coTN, "tunisian")
	addAdjEn(coEG, "egyptian")
	addAdjEn(coLB, "lebanese")
	addAdjEn(coSY, "syrian")
	addAdjEn(coGB, "british")
	addAdjEn(coSD, "sudanese")
	addAdjEn(coCH, "swiss")
	addAdjEn(coTR, "turkish")
	addAdjEn(coIN, "indian")
	addAdjEn(coPK, "pakistani")
	addAdjEn(coAE, "uae", "emirati")
	addAdjEn(coMA, "moroccan")
	addAdjEn(coJP, "japanese")
	addAdjEn(coCN, "chinese")
	addAdjEn(coKR, "korean")
	addAdjEn(coRU, "russian")
	addAdjEn(coIL, "israeli")
	add("hong", func(e *entry) { e.roles |= rAdj; e.country = coHK; e.needNext = fwKong })
	add("south", func(e *entry) { e.roles |= rAdj; e.country = coKR; e.needNext = fwKorean })
	addFW(fwKong, "kong", "كونغ", "كونج")
	add("korean", func(e *entry) { e.fw = fwKorean })
}

// addNationalitiesAr adds the Arabic nationality adjectives: "ريال سعودي".
func addNationalitiesAr() {
	addAdjAr(coUS, "أمريكي", "أميركي")
	addAdjAr(coCA, "كندي")
	addAdjAr(coAU, "أسترالي")
	addAdjAr(coSG, "سنغافوري")
	addAdjAr(coTW, "تايواني")
	addAdjAr(coSA, "سعودي")
	addAdjAr(coQA, "قطري")
	addAdjAr(coOM, "عماني")
	addAdjAr(coIR, "إيراني")
	addAdjAr(coYE, "يمني")
	addAdjAr(coKW, "كويتي")
	addAdjAr(coBH, "بحريني")
	addAdjAr(coJO, "أردني")
	addAdjAr(coIQ, "عراقي")
	addAdjAr(coDZ, "جزائري")
	addAdjAr(coLY, "ليبي")
	addAdjAr(coTN, "تونسي")
	addAdjAr(coEG, "مصري")
	addAdjAr(coLB, "لبناني")
	addAdjAr(coSY, "سوري")
	addAdjAr(coGB, "بريطاني", "إسترليني")
	addAdjAr(coSD, "سوداني")
	addAdjAr(coCH, "سويسري")
	addAdjAr(coTR, "تركي")
	addAdjAr(coIN, "هندي")
	addAdjAr(coPK, "باكستاني")
	addAdjAr(coAE, "إماراتي")
	addAdjAr(coMA, "مغربي")
	addAdjAr(coJP, "ياباني")
	addAdjAr(coCN, "صيني")
	addAdjAr(coKR, "كوري")
	addAdjAr(coRU, "روسي")
	addAdjAr(coIL, "إسرائيلي")
	addAdjAr(coEU, "أوروبي")
	for _, w := range []string{"هونغ", "هونج"} {
		add(w, func(e *entry) { e.roles |= rAdj; e.country = coHK; e.after = true; e.needNext = fwKong })
	}
}

// addCodes adds the ISO codes, symbols and the abbreviations written before a figure.
func addCodes() {
	for _, c := range []string{"USD", "EUR", "GBP", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "EGP",
		"JOD", "TRY", "INR", "CHF", "JPY", "CNY", "CAD", "AUD", "HKD", "SGD", "KRW", "RUB", "ILS",
		"IQD", "LBP", "PKR", "MAD", "DZD", "TND", "LYD", "SYP", "YER", "IRR", "MYR", "IDR", "THB",
		"ZAR", "BRL", "NZD", "SEK", "NOK", "DKK", "TWD", "MXN", "SDG"} {
		addCode(c, caseUpper, true, false, c)
	}
	addCode("CNY", caseUpper, true, false, "RMB")
	addCode("TRY", caseUpper, true, false, "TL")
	addCode("INR", caseCap, false, true, "Rs")
	addCode("AED", caseCap, false, true, "Dh", "Dhs")
	addCode("CHF", caseCap, false, true, "SFr")
	addCode("IDR", caseCap, false, true, "Rp")
	addCode("SAR", caseUpper, false, false, "SR")
	addCode("QAR", caseUpper, false, false, "QR")
	addCode("KWD", caseUpper, false, false, "KD")
	addCode("BHD", caseUpper, false, false, "BD")
	addCode("OMR", caseUpper, false, false, "RO")
	addCode("JOD", caseUpper, false, false, "JD")
	addCode("MYR", caseUpper, false, false, "RM")
	addPfx("USD", '$', true, "US")
	addPfx("CAD", '$', false, "C", "CA")
	addPfx("AUD", '$', false, "A", "AU")
	addPfx("HKD", '$', false, "HK")
	addPfx("SGD", '$', false, "S", "SG")
	addPfx("NZD", '$', false, "NZ")
	addPfx("TWD", '$', false, "NT")
	addPfx("BRL", '$', false, "R")
	addPfx("MXN", '$', false, "MX")
	addPfx("EGP", '£', false, "E")
}

// addNumberWords adds the number words; they only count right before a scale word.
func addNumberWords() {
	addNum(1, "a", "one", "واحد")
	for i, w := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve"} {
		addNum(float64(i+2), w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		addNum(float64(20+10*i), w)
	}
	addNum(100, "hundred")
	addNum(2, "اثنان", "اثنين")
	arUnits := []string{"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر"}
	for i, w := range arUnits {
		addNum(float64(i+3), w, w+"ة")
	}
	addNum(8, "ثماني")
	arTens := []string{"عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"}
	for i, w := range arTens {
		addNum(float64(20+10*i), w+"ون", w+"ين")
	}
	addNum(100, "مائة", "مئة")
	addNum(200, "مائتي", "مئتي", "مائتا", "مئتا")
	for i, w := range arUnits[:7] {
		addNum(float64(100*(i+3)), w+"مائة", w+"مئة")
	}
	for _, f := range []struct {
		w string
		v float64
	}{{"half", 0.5}, {"نصف", 0.5}, {"ربع", 0.25}, {"ثلث", 1.0 / 3}} {
		add(f.w, func(e *entry) { e.roles |= rFrac; e.num = f.v })
	}
}

// addFunctionWords adds the function words of ranges and bounds: "about", "up to", "ما يصل إلى".
func addFunctionWords() {
	addFW(fwApprox, "about", "around", "nearly", "almost", "approximately", "roughly", "some",
		"approx", "circa", "حوالي", "حوالى", "نحو", "قرابة", "زهاء")
	addFW(fwUp, "up")
	addFW(fwTo, "to")
	addFW(fwAs, "as")
	addFW(fwMuch, "much", "high", "many")
	add("a", func(e *entry) { e.fw = fwA })
	addFW(fwAn, "an")
	addFW(fwMaximum, "maximum")
	addFW(fwOf, "of")
	addFW(fwMore, "more", "أكثر", "أزيد")
	addFW(fwLess, "less", "أقل")
	addFW(fwThan, "than")
	addFW(fwJust, "just")
	addFW(fwOver, "over")
	addFW(fwClose, "close")
	addFW(fwAt, "at")
	addFW(fwLeast, "least")
	addFW(fwIn, "in")
	addFW(fwExcess, "excess")
	addFW(fwUpwards, "upwards", "north")
	addFW(fwEstimated, "estimated")
	addFW(fwBetween, "between", "بين")
	addFW(fwAnd, "and")
	addFW(fwFrom, "from")
	addFW(fwPer, "per")
	addFW(fwShare, "share")
	addFW(fwShareKind, "ordinary", "common")
	addFW(fwPercent, "percent", "pct")
	addFW(fwCent, "cent")
	addFW(fwWorth, "worth")
	addFW(fwMa, "ما")
	addFW(fwYasil, "يصل", "تصل")
	addFW(fwIla, "إلى")
	addFW(fwLi, "ل")
	addFW(fwHatta, "حتى")
	addFW(fwHadd, "حد")
	addFW(fwAqsa, "أقصى")
	addFW(fwMin, "من")
	addFW(fwYaqrub, "يقرب")
	addFW(fwYazid, "يزيد")
	addFW(fwAla, "على")
	addFW(fwAnAr, "عن")
	addFW(fwLa, "لا")
	addFW(fwYaqil, "يقل")
	addFW(fwWa, "و")
	addFW(fwSahm, "سهم")
	addFW(fwKull, "كل")
	addFW(fwWahid, "واحد")
	addFW(fwFi, "في")
	addFW(fwMiah, "مائة", "مئة")
	addFW(fwTaqriban, "تقريبا")
	addFW(fwQad, "قد")
}
