package money

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// lexiconTSV is the vocabulary: scales, currencies, nationalities, codes,
// number and function words (its header explains the columns).
//
//go:embed lexicon.tsv
var lexiconTSV string

// fwNames are the function-word ids the grammar (parse.go) refers to, by
// the name lexicon.tsv gives them.
var fwNames = map[string]uint8{
	"approx": fwApprox, "up": fwUp, "to": fwTo, "as": fwAs, "much": fwMuch, "a": fwA, "an": fwAn,
	"maximum": fwMaximum, "of": fwOf, "more": fwMore, "less": fwLess, "than": fwThan, "just": fwJust,
	"over": fwOver, "close": fwClose, "at": fwAt, "least": fwLeast, "in": fwIn, "excess": fwExcess,
	"upwards": fwUpwards, "estimated": fwEstimated, "between": fwBetween, "and": fwAnd, "from": fwFrom,
	"per": fwPer, "share": fwShare, "sharekind": fwShareKind, "percent": fwPercent, "cent": fwCent,
	"worth": fwWorth, "kong": fwKong, "korean": fwKorean, "ma": fwMa, "yasil": fwYasil, "ila": fwIla,
	"li": fwLi, "hatta": fwHatta, "hadd": fwHadd, "aqsa": fwAqsa, "min": fwMin, "yaqrub": fwYaqrub,
	"yazid": fwYazid, "ala": fwAla, "an.ar": fwAnAr, "la": fwLa, "yaqil": fwYaqil, "wa": fwWa,
	"sahm": fwSahm, "kull": fwKull, "wahid": fwWahid, "fi": fwFi, "miah": fwMiah,
	"taqriban": fwTaqriban, "qad": fwQad,
}

// Currency families ("dollar", "riyal") and countries ("US", "SA") get small
// ids in the order lexicon.tsv names them; id 0 is none.
var (
	families      = names{"": 0}
	countries     = names{"": 0}
	familyDefault []string                // by family id: the code of a bare noun
	currencyOf    = map[[2]uint8]string{} // {country, family}: the code they name
	symbols       []symbol
)

type symbol struct {
	r    rune
	code string
}

type names map[string]uint8

func (n names) id(name string) uint8 {
	if id, ok := n[name]; ok {
		return id
	}
	id := uint8(len(n))
	n[name] = id
	return id
}

// combine gives the currency for a nationality plus a currency noun, or ""
// when the pair names no currency ("Saudi dollars").
func combine(country, family uint8) string { return currencyOf[[2]uint8{country, family}] }

// symbolCode maps a currency sign to its default currency.
func symbolCode(r rune) string {
	for _, s := range symbols {
		if s.r == r {
			return s.code
		}
	}
	return ""
}

func init() {
	for n, line := range strings.Split(lexiconTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic(fmt.Sprintf("money: lexicon.tsv line %d: want 4 tab-separated columns, got %d", n+1, len(f)))
		}
		if err := addRow(f[0], f[1], options(f[2]), strings.Fields(f[3])); err != nil {
			panic(fmt.Sprintf("money: lexicon.tsv line %d: %v", n+1, err))
		}
	}
	for len(familyDefault) < len(families) {
		familyDefault = append(familyDefault, "")
	}
	buildSlots()
}

// options parses "upper,post" and "sym=$,gap" into a set with values.
func options(s string) map[string]string {
	o := map[string]string{}
	if s == "-" {
		return o
	}
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		o[k] = v
	}
	return o
}

func addRow(kind, key string, o map[string]string, words []string) error {
	switch kind {
	case "scale":
		return addScale(key, o, words)
	case "noun":
		fam := families.id(key)
		_, req := o["needscale"]
		each(words, func(e *entry) { e.roles |= rNoun; e.family = fam; e.scaleReq = req })
	case "default":
		return setDefault(families.id(key), words)
	case "currency":
		return addCurrency(key, o)
	case "adj", "adj.ar":
		return addAdj(kind, countries.id(key), o, words)
	case "place":
		co := countries.id(key)
		each(words, func(e *entry) { e.roles |= rPlace; e.country = co })
	case "code", "iso":
		return addCode(kind, key, o, words)
	case "pfx":
		return addPfx(key, o, words)
	case "symbol":
		for _, w := range words {
			r := []rune(w)
			if len(r) != 1 {
				return fmt.Errorf("symbol %q is not one character", w)
			}
			symbols = append(symbols, symbol{r[0], key})
		}
	case "num", "frac":
		return addNum(kind, key, words)
	case "fw":
		fw, ok := fwNames[key]
		if !ok {
			return fmt.Errorf("unknown function word %q", key)
		}
		each(words, func(e *entry) { e.fw = fw })
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return nil
}

func each(words []string, f func(e *entry)) {
	for _, w := range words {
		add(w, f)
	}
}

func addScale(key string, o map[string]string, words []string) error {
	exp, err := strconv.Atoi(key)
	if err != nil {
		return fmt.Errorf("scale %q: %v", key, err)
	}
	_, dual := o["dual"]
	_, plural := o["plural"]
	_, suffix := o["suffix"]
	_, abbr := o["abbr"]
	each(words, func(e *entry) {
		e.roles |= rScale
		e.scale = int8(exp)
		e.dual, e.plural, e.suffix, e.abbr = e.dual || dual, e.plural || plural, e.suffix || suffix, e.abbr || abbr
	})
	return nil
}

func setDefault(fam uint8, words []string) error {
	if len(words) != 1 {
		return fmt.Errorf("default: want one code, got %v", words)
	}
	for len(familyDefault) <= int(fam) {
		familyDefault = append(familyDefault, "")
	}
	familyDefault[fam] = words[0]
	return nil
}

// addCurrency reads "riyal,rial@SA": each family with the country names the code.
func addCurrency(code string, o map[string]string) error {
	for spec := range o {
		fams, country, ok := strings.Cut(spec, "@")
		if !ok {
			return fmt.Errorf("currency %s: want families@country, got %q", code, spec)
		}
		co := countries.id(country)
		for _, fam := range strings.Split(fams, "+") {
			currencyOf[[2]uint8{co, families.id(fam)}] = code
		}
	}
	return nil
}

// addAdj adds nationality words. English ones come before the noun unless
// "after"; Arabic stems follow it, in the masculine, the feminine (plural
// nouns take it) and the accusative tanween alif.
func addAdj(kind string, co uint8, o map[string]string, words []string) error {
	var next uint8
	if n, ok := o["next"]; ok {
		if next, ok = fwNames[n]; !ok {
			return fmt.Errorf("unknown function word %q", n)
		}
	}
	_, after := o["after"]
	if kind == "adj.ar" {
		after = true
		var forms []string
		for _, s := range words {
			forms = append(forms, s, s+"ة", s+"ا")
		}
		words = forms
	}
	each(words, func(e *entry) { e.roles |= rAdj; e.country = co; e.after = after; e.needNext = next })
	return nil
}

// addCode adds currency codes: ISO codes upper case, on either side of the
// number ("post"); short abbreviations only before it.
func addCode(kind, code string, o map[string]string, words []string) error {
	cs := caseAny
	if _, ok := o["upper"]; ok {
		cs = caseUpper
	} else if _, ok := o["cap"]; ok {
		cs = caseCap
	}
	_, post := o["post"]
	_, dot := o["dot"]
	for _, w := range words {
		c := code
		if kind == "iso" {
			c = w
		}
		add(w, func(e *entry) { e.roles |= rCode; e.code = c; e.codeCase = cs; e.codePost = post; e.dotOK = dot })
	}
	return nil
}

func addPfx(code string, o map[string]string, words []string) error {
	sym := []rune(o["sym"])
	if len(sym) != 1 {
		return fmt.Errorf("pfx %s: want sym=ONE-CHARACTER", code)
	}
	_, gap := o["gap"]
	each(words, func(e *entry) { e.roles |= rPfx; e.code = code; e.pfxSym = sym[0]; e.pfxGap = gap })
	return nil
}

// addNum reads a value, "0.5" or "1/3".
func addNum(kind, key string, words []string) error {
	var v float64
	if a, b, ok := strings.Cut(key, "/"); ok {
		x, err1 := strconv.ParseFloat(a, 64)
		y, err2 := strconv.ParseFloat(b, 64)
		if err1 != nil || err2 != nil || y == 0 {
			return fmt.Errorf("%s: bad value %q", kind, key)
		}
		v = x / y
	} else {
		var err error
		if v, err = strconv.ParseFloat(key, 64); err != nil {
			return fmt.Errorf("%s: bad value %q", kind, key)
		}
	}
	role := rNum
	if kind == "frac" {
		role = rFrac
	}
	each(words, func(e *entry) { e.roles |= role; e.num = v })
	return nil
}
