// Package money finds amounts of money in English and Arabic news text.
//
// Find is a hand-written scanner, not a set of regular expressions: the text
// is cut once into tokens (numbers in any of the three digit sets, words
// normalised for Arabic spelling variation, and the few punctuation marks
// that matter), and a small grammar runs at each number, currency sign or
// Arabic scale word, looking a bounded number of tokens left and right. The
// cost is therefore linear in the input, and words outside the lexicon are
// rejected after one hash probe.
//
// What counts as money: an amount with a stated currency ("$5bn",
// "5 مليارات دولار", "SAR 2.5bn", "14.6 billion lira"), or a scaled amount
// whose currency follows a word or two later ("13 مليار من الدولارات").
// Bare numbers, years, counts and percentages are never returned.
//
// Spans: Text covers the whole expression, including modifiers that set a
// flag ("up to $40bn", "حوالي 1.1 مليار دولار"), the "between" of a range
// and "per share". A conjunction or preposition glued to the first word
// ("بـ97.4", "بمليار", "بنحو") is left out.
//
// Currency defaults, for nouns written without a nationality: "$" and
// "dollar(s)"/دولار are USD, "pound(s)" GBP, جنيه EGP, ريال/"riyal" SAR,
// ليرة/"lira" TRY, روبية/"rupee" INR, درهم/"dirham" AED, فرنك/"franc" CHF,
// "¥" JPY, naira NGN, rand ZAR, "reais" BRL. A bare "dinar", "rial",
// "shilling", "peso" or "krona" gives Currency "": they name currencies
// whose values differ by orders of magnitude, and no guess is safer than a
// wrong one. CurrencyIn (context.go) lets a caller pick one by the country
// a story names.
//
// "from X to Y" (من X إلى Y) reports a change, not a range: it yields two
// mentions, and X borrows Y's scale and currency when it has none
// ("from 1 to 2 billion dollars" gives 1e9 USD, then 2e9 USD).
package money

import "sort"

// Mention is one amount of money found in a text.
type Mention struct {
	Start, End int // byte offsets of the whole expression in the input text (input[Start:End])
	// Amount is the value in units of Currency (97.4e9 for "$97.4bn"); for a
	// range, the upper bound.
	Amount float64
	// Low is the lower bound of a range ("between $1bn and $2bn", "1-2 مليار"), else 0.
	Low float64
	// Currency is an ISO 4217 code, or "" when the text names a currency that
	// does not determine one (a bare "dinar" or "rial").
	Currency string
	UpTo     bool // "up to", "as much as", "تصل إلى", "حتى", "ما يصل إلى"
	Approx   bool // "about", "nearly", "more than", "حوالي", "نحو", "أكثر من", "تقريباً"
	PerShare bool // "$54.20 per share", "a share", "للسهم", "لكل سهم"
	// Percent is never set: percentages are not money and are not returned.
	// The field exists so that callers sharing this type with other
	// extractors can rely on its zero value here.
	Percent bool
	Text    string // input[Start:End]
}

// Find returns the money mentions in text, in order of Start. It never
// panics, on any input (invalid UTF-8 included), and runs in time linear in
// len(text).
func Find(text string) []Mention {
	if len(text) == 0 {
		return nil
	}
	tp := tokPool.Get().(*[]token)
	z := tokenizer{s: text, toks: (*tp)[:0]}
	z.run()
	p := parser{s: text, t: z.toks}
	p.run()
	// Keep the grown buffer for the next call unless it is unusually large.
	if cap(z.toks) <= 1<<18 {
		*tp = z.toks[:0]
		tokPool.Put(tp)
	}
	return p.out
}

// Rates is a table of reference exchange rates.
type Rates struct {
	// Date says which rates these are (a day or a period).
	Date string
	// PerUSD holds units of each currency per 1 US dollar.
	PerUSD map[string]float64
}

// defaultDate documents the built-in table.
const defaultDate = "2024 annual average (approximate; pegged currencies at their peg)"

// defaultPerUSD holds approximate calendar-2024 average rates, rounded. They
// are meant for ranking and comparing deal sizes across currencies, not for
// accounting; callers that need precision should pass their own Rates.
var defaultPerUSD = map[string]float64{
	"USD": 1,
	"EUR": 0.924,
	"GBP": 0.783,
	"SAR": 3.75,   // peg
	"AED": 3.6725, // peg
	"QAR": 3.64,   // peg
	"KWD": 0.307,
	"BHD": 0.376,  // peg
	"OMR": 0.3845, // peg
	"EGP": 45.0,
	"JOD": 0.709, // peg
	"TRY": 32.8,
	"INR": 83.7,
	"CHF": 0.880,
	"JPY": 151.5,
	"CNY": 7.19,
	"CAD": 1.370,
	"AUD": 1.515,
	"HKD": 7.80,
	"SGD": 1.336,
	"KRW": 1364,
	"IQD": 1310,
	"PKR": 278.5,
	"MAD": 9.95,
	"ILS": 3.70,
	"RUB": 92.5,
	"LBP": 89500,
	"TND": 3.12,
	"DZD": 134.0,
	"NZD": 1.65,
	"SEK": 10.57,
	"NOK": 10.75,
	"DKK": 6.89,
	"BRL": 5.39,
	"ZAR": 18.33,
	"MYR": 4.58,
	"IDR": 15850,
	"THB": 35.3,
	"TWD": 32.1,
	"MXN": 18.3,
	"LYD": 4.83,
	"NGN": 1480,
	"KES": 134,
	"UGX": 3780,
	"TZS": 2610,
	"SOS": 571,
	"GHS": 14.6,
	"PHP": 57.3,
	"COP": 4070,
	"CLP": 944,
	"ARS": 915,
	"ISK": 138,
	"PLN": 3.98,
	"BDT": 116,
	// Deliberately absent: SYP, IRR, YER, SDG, whose official and market
	// rates diverged too far in 2024 for a single reference number.
}

// DefaultRates returns the built-in table. The map is a fresh copy, so a
// caller may override or add rates without affecting other callers.
func DefaultRates() Rates {
	m := make(map[string]float64, len(defaultPerUSD))
	for k, v := range defaultPerUSD {
		m[k] = v
	}
	return Rates{Date: defaultDate, PerUSD: m}
}

// ToUSD converts amount in currency to US dollars. ok is false when the
// currency is empty or not in the table.
func (r Rates) ToUSD(amount float64, currency string) (usd float64, ok bool) {
	if currency == "USD" {
		return amount, true
	}
	rate, found := r.PerUSD[currency]
	if !found || !(rate > 0) {
		return 0, false
	}
	return amount / rate, true
}

// Currencies lists the codes in r, sorted; handy for reports and tests.
func (r Rates) Currencies() []string {
	out := make([]string, 0, len(r.PerUSD))
	for k := range r.PerUSD {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
