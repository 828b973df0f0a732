package graph

import (
	"math"
	"strconv"
	"strings"

	"github.com/kg-news/kg/model"
)

// How far figures may differ and still be one deal.
const (
	// aboutShare is the room "about $97bn" leaves on either side.
	aboutShare = 0.10
	// currencyTolerance is how far two figures in different currencies
	// may differ once both are in US dollars at their dated reference
	// rates (rates move, articles round).
	currencyTolerance = 0.10
)

// interval is the range of values a claim's figure stands for, in its own
// currency: "$97bn" is 96.5bn to 97.5bn, "$97.4bn" 97.35bn to 97.45bn,
// "about $97bn" 87.3bn to 106.7bn, "up to $5bn" 0 to 5.5bn.
func (c claim) interval() (lo, hi float64) {
	half := c.half
	switch c.qualifier {
	case model.About:
		d := max(half, aboutShare*c.amount)
		return c.amount - d, c.amount + d
	case model.UpTo:
		return 0, c.amount + half
	}
	return c.amount - half, c.amount + half
}

// width is the interval's share of the amount: smaller is more precise.
func (c claim) width() float64 {
	lo, hi := c.interval()
	return (hi - lo) / c.amount
}

// writtenHalf is half the unit of the last digit the figure was written
// with: 0.5bn for "97bn", 0.05bn for "97.4bn", 0.5 for "1,500,000". The
// numeral of the text (ASCII or Arabic-Indic digits) gives the digits and
// amount/numeral the scale; without a usable numeral ("ten billion", no
// text) the significant digits of the amount itself are taken.
func writtenHalf(text string, amount float64) float64 {
	if v, decimals, ok := numeral(text); ok && v > 0 {
		if scale := amount / v; scale >= 1 {
			return scale * math.Pow10(-decimals) / 2
		}
	}
	m := strconv.FormatFloat(amount, 'e', -1, 64) // 9.74e+10
	mant, exp, _ := strings.Cut(m, "e")
	e, _ := strconv.Atoi(exp)
	digits := len(strings.ReplaceAll(mant, ".", ""))
	return math.Pow10(e-(digits-1)) / 2
}

// numeral reads the first number in text: its value and how many digits
// follow the decimal point. A comma or Arabic thousands sign before exactly
// three digits groups thousands; otherwise it is a decimal point.
func numeral(text string) (v float64, decimals int, ok bool) {
	var groups []string
	cur := ""
	var seps []rune
	started := false
	for _, r := range text {
		d, isDigit := digit(r)
		switch {
		case isDigit:
			cur += string(rune('0' + d))
			started = true
		case started && (r == '.' || r == ',' || r == '٫' || r == '٬'):
			groups = append(groups, cur)
			seps = append(seps, r)
			cur = ""
		case started:
			goto done
		}
	}
done:
	if !started {
		return 0, 0, false
	}
	groups = append(groups, cur)
	if groups[len(groups)-1] == "" { // a trailing "." ends a sentence
		groups = groups[:len(groups)-1]
		seps = seps[:len(seps)-1]
	}
	intPart, frac := groups[0], ""
	for i, sep := range seps {
		g := groups[i+1]
		if (sep == ',' || sep == '٬') && len(g) == 3 && frac == "" {
			intPart += g
			continue
		}
		if frac != "" {
			break
		}
		frac = g
	}
	v, err := strconv.ParseFloat(intPart+"."+frac+"0", 64)
	if err != nil {
		return 0, 0, false
	}
	return v, len(frac), true
}

func digit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	}
	return 0, false
}
