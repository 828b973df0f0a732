package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/extract/norm"
	"github.com/kg-news/kg/model"
)

// moneyStage finds the amounts of money in the text.
type moneyStage struct{}

func (moneyStage) Name() string { return "money" }

func (moneyStage) Run(d *Doc) {
	found := money.Find(d.Text)
	d.Money = dropConversions(d.Text, slices.Clone(found))
	placeCurrency(d)
	inheritCurrency(d.Money)
	elidedCurrency(d, found)
	dropMentionsInMoney(d)
}

// dropMentionsInMoney removes the names read inside an amount: the
// "Canadian" of "4.47 billion Canadian dollars" is no short form of
// Canadian Tarrow Sands.
func dropMentionsInMoney(d *Doc) {
	out := d.Mentions[:0]
	for _, m := range d.Mentions {
		if !insideMoney(d, d.Tokens[m.From].Start, d.Tokens[m.To-1].End) {
			out = append(out, m)
		}
	}
	d.Mentions = out
}

// insideMoney reports bytes [start, end) inside one amount (d.Money is in
// order of Start, and amounts do not overlap).
func insideMoney(d *Doc, start, end int) bool {
	k := sort.Search(len(d.Money), func(k int) bool { return d.Money[k].End > start })
	return k < len(d.Money) && d.Money[k].Start <= start && end <= d.Money[k].End
}

// placeFamilies are the currency families whose bare noun the story's
// country decides (money lexicon keys): a bare "dollar" stays USD.
var placeFamilies = wordSet("place-currency-families")

// placeCurrency gives a bare currency noun the currency of the country its
// sentence names nearest to it ("Kenyan lender Mawingu for 9.5 billion
// shillings"), else of the one the headline or dateline names ("الدوحة -
// ... 480 مليون ريال").
func placeCurrency(d *Doc) {
	local := localDollar(d.Text)
	for k := range d.Money {
		mo := &d.Money[k]
		fam := bareFamily(strings.Fields(mo.Text))
		if local && strings.HasPrefix(mo.Text, "$") {
			fam = "dollar"
		} else if !placeFamilies[fam] {
			continue
		}
		si := sentenceAt(d, mo.Start)
		if si < 0 {
			continue
		}
		if c := nearestCurrency(d, d.Sentences[si], mo.Start, fam); c != "" {
			mo.Currency = c
			continue
		}
		// The story's country: the headline or dateline, or for a local
		// "$" any sentence before the amount's.
		upto := 2
		if fam == "dollar" {
			upto = si
		}
		for h := 0; h < upto && h < len(d.Sentences) && h != si; h++ {
			if c := nearestCurrency(d, d.Sentences[h], mo.Start, fam); c != "" {
				mo.Currency = c
				break
			}
		}
	}
}

// conversionWords may open a bracketed conversion ("(around $238m)").
var conversionWords = wordSet("conversion-words")

// dropConversions removes a figure in brackets right after another, its
// conversion to a second currency ("C$323m (around $238m)", "4.47 billion
// Canadian dollars (US$3.46 billion)"): the deal has one amount, the first.
func dropConversions(text string, ms []money.Mention) []money.Mention {
	out := ms[:0]
	for k, mo := range ms {
		if k > 0 && ms[k-1].End <= mo.Start && conversionGap(text[ms[k-1].End:mo.Start]) {
			continue
		}
		out = append(out, mo)
	}
	return out
}

// conversionGap: an opening bracket and at most one hedge word.
func conversionGap(gap string) bool {
	gap = strings.TrimSpace(gap)
	if !strings.HasPrefix(gap, "(") {
		return false
	}
	words := strings.Fields(gap[1:])
	return len(words) == 0 || len(words) == 1 && conversionWords[norm.Fold(strings.ToLower(words[0]))]
}

// localDollar reports a text that marks US dollars as "US$": then its
// bare "$" is the dollar of the story's country (Canadian, Australian and
// Singapore press), which placeCurrency looks for as for a bare noun.
func localDollar(text string) bool {
	return strings.Contains(text, "US$") || strings.Contains(text, "US $")
}

// bareFamily is the family of the currency noun that ends words, past a
// per-share phrase, or "" when a nationality follows it or none is there.
func bareFamily(words []string) string {
	j := len(words) - 1
	for j > 0 && (perShareAr[norm.Fold(words[j])] || perShareEn[strings.ToLower(words[j])]) {
		j--
	}
	if j < 1 {
		return ""
	}
	return money.Family(words[j])
}

var perShareEn = wordSet("per-share-en")

// nearestCurrency is the currency of fam in the country named nearest to
// byte at among the words of s.
func nearestCurrency(d *Doc, s Sentence, at int, fam string) string {
	best, dist := "", 1<<30
	for j := s.From; j < s.To; j++ {
		t := &d.Tokens[j]
		// The "US" of "US$" is the currency's, not the story's country.
		if t.Script != Latin && t.Script != Arabic || strings.HasPrefix(d.Text[t.End:], "$") {
			continue
		}
		c := money.CurrencyIn(fam, t.Text)
		if c == "" {
			continue
		}
		if x := abs(t.Start - at); x < dist {
			best, dist = c, x
		}
	}
	return best
}

// sentenceAt is the index of the sentence holding byte at, or -1.
func sentenceAt(d *Doc, at int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > at })
	if i < len(d.Sentences) && d.Sentences[i].Start <= at {
		return i
	}
	return -1
}

// currencyNounsAr are the Arabic currency nouns whose country an adjective
// names ("ريال قطري", "دينار كويتي"), one list per family.
var currencyNounsAr = [][]string{wordList("riyal-nouns-ar"), wordList("dinar-nouns-ar")}

// inheritCurrency: Arabic news names the currency in full once ("1.8 مليار
// ريال قطري") and bare after ("900 مليون ريال"): a bare noun takes the
// currency of the last amount of its family named in full before it.
func inheritCurrency(ms []money.Mention) {
	last := make([]string, len(currencyNounsAr))
	for k := range ms {
		words := strings.Fields(ms[k].Text)
		if len(words) == 0 {
			continue
		}
		end := norm.Fold(words[len(words)-1])
		for f, nouns := range currencyNounsAr {
			switch {
			case slices.Contains(nouns, end):
				if last[f] != "" {
					ms[k].Currency = last[f]
				}
			case ms[k].Currency != "" && fullCurrency(words, nouns):
				last[f] = ms[k].Currency
			}
		}
	}
}

// perShareAr are the words of a per-share price after its currency noun
// ("13.60 ريال للسهم"): no nationality, so the noun there is bare.
var perShareAr = wordSet("per-share-ar")

// fullCurrency reports a currency noun of nouns followed by a word that is
// no per-share word: its nationality ("ريال قطري").
func fullCurrency(words, nouns []string) bool {
	for p := len(words) - 2; p >= 0; p-- {
		if slices.Contains(nouns, norm.Fold(words[p])) {
			return !perShareAr[norm.Fold(words[p+1])]
		}
	}
	return false
}

// Which amount is a deal's: the readers of triggers and of frames both pick
// the nearest amount in the sentence that is no per-share price and, unless
// a price may carry it, no valuation, revenue or debt figure. The words
// before an amount decide.

// priceValueWords may stand before a takeover's price: "a transaction
// worth about $26 billion", "a deal valued at $61bn".
var priceValueWords = wordSet("price-value")

// nearestAmount returns the amount in sentence s nearest byte at that keep
// accepts; per-share prices never count. A distance before at counts
// beforeWeight times (2: the amount after a trigger is preferred).
func nearestAmount(d *Doc, s Sentence, at, beforeWeight int, keep func(*money.Mention) bool) *money.Mention {
	var best *money.Mention
	bestDist := 1 << 30
	in := moneyIn(d, s.Start, s.End)
	for k := range in {
		mo := &in[k]
		if mo.End > s.End || !dealSized(mo) || !keep(mo) {
			continue
		}
		dist := mo.Start - at
		if dist < 0 {
			dist = -dist * beforeWeight
		}
		if dist < bestDist {
			best, bestDist = mo, dist
		}
	}
	return best
}

// minDeal is the least a deal's figure can be: below it an amount is a
// price per share or unit ("بعد أن كان السعر السابق 7.5 جنيه").
const minDeal = 1000

// dealSized reports an amount that may be a deal's: no per-share price,
// at least minDeal.
func dealSized(mo *money.Mention) bool {
	return !mo.PerShare && mo.Amount >= minDeal
}

// wordsBefore is the folded text of the n bytes before an amount, no
// further back than its sentence's start.
func wordsBefore(d *Doc, mo *money.Mention, sentStart, n int) string {
	start := mo.Start - n
	if start < sentStart {
		start = sentStart
	}
	// The words before an earlier amount are that amount's: "a market
	// value of $1.5bn, for $2.1bn" gives the second "for" only.
	if prev := moneyIn(d, start, mo.Start); len(prev) > 0 && prev[len(prev)-1].End <= mo.Start {
		start = prev[len(prev)-1].End
	}
	for start > 0 && start < len(d.Text) && d.Text[start]&0xC0 == 0x80 {
		start--
	}
	key := [2]int{start, mo.Start}
	if w, ok := d.before[key]; ok {
		return w
	}
	if d.before == nil {
		d.before = map[[2]int]string{}
	}
	w := joinWords(d.Text[start:mo.Start])
	d.before[key] = w
	return w
}

// isValueFigure reports whether the words right before an amount make it a
// valuation, revenue, debt or the like rather than a price paid.
func isValueFigure(d *Doc, mo *money.Mention, sentStart int) bool {
	key := [2]int{mo.Start, sentStart}
	if v, ok := d.valueFig[key]; ok {
		return v
	}
	if d.valueFig == nil {
		d.valueFig = map[[2]int]bool{}
	}
	v := neverDealFigure(d, mo, sentStart) || cuedBefore(d, mo, sentStart, valueCues) || pastRoundFigure(d, mo, sentStart) || wholeFigure(d, mo, sentStart) || sizeFigure(d, mo, sentStart)
	d.valueFig[key] = v
	return v
}

// sizeFigureDeals after the name make a figure before it the deal's
// ("the $2bn Zentrix deal").
var sizeFigureDeals = wordSet("size-figure.deal")

// sizeFigure reports an amount that describes the company named right
// after it, behind an article or a possessive, a name its company word
// closes: "Tarrow's $400 billion Northgate Investment Fund", "the $3
// billion Harlow Fund".
func sizeFigure(d *Doc, mo *money.Mention, sentStart int) bool {
	j := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= mo.End })
	i := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= mo.Start }) - 1
	if i < 0 || j >= len(d.Tokens) || d.Tokens[i].Start < sentStart || d.Tokens[j].Script != Latin || !sizeOpeners[d.Tokens[i].Norm] {
		return false
	}
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].From >= j })
	if k >= len(d.Mentions) || d.Mentions[k].From != j || d.Mentions[k].Type != model.Company {
		return false
	}
	// "the $3.3 billion Harlow paid": a bare name may open a clause; one
	// closed by a company word ("Fund") is described.
	end := d.Mentions[k].To
	if !isCompanyWord(d.Tokens[end-1].Norm) {
		return false
	}
	return end >= len(d.Tokens) || !sizeFigureDeals[d.Tokens[end].Norm]
}

// sizeOpeners stand before a figure that describes a name: an article, or
// the s of a possessive.
var sizeOpeners = wordSet("size-figure.open")

// wholeJoiners join a part's figure to the whole's: "$33.5 million of
// the $51.5 million".
var wholeJoiners = wordSet("whole-figure-joiners")

// wholeFigure reports an amount that is the whole another amount right
// before it is a part of: the part is the deal's.
func wholeFigure(d *Doc, mo *money.Mention, sentStart int) bool {
	prev := moneyIn(d, max(mo.Start-40, sentStart), mo.Start)
	if len(prev) == 0 || prev[len(prev)-1].End > mo.Start || prev[len(prev)-1].PerShare {
		return false
	}
	return wholeJoiners[wordsBefore(d, mo, sentStart, 40)]
}

// pastRoundCues before an amount make it an earlier round's figure, told
// beside this round's.
var pastRoundCues = wordList("past-round-figure")

// pastRoundFigure reports a past-round cue among the ten words before an
// amount, in its sentence: further back than the value cues look, since
// the cue names the round and a clause about it may follow ("جولة X
// الأخيرة التي بلغت قيمتها").
func pastRoundFigure(d *Doc, mo *money.Mention, sentStart int) bool {
	j := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= mo.Start })
	var b strings.Builder
	for k := max(j-10, 0); k < j; k++ {
		if d.Tokens[k].Start >= sentStart {
			b.WriteString(" " + d.Tokens[k].Norm)
		}
	}
	ctx := b.String() + " "
	for _, c := range pastRoundCues {
		if strings.Contains(ctx, " "+c+" ") {
			return true
		}
	}
	return false
}

// cuedBefore reports one of cues among the words right before an amount.
func cuedBefore(d *Doc, mo *money.Mention, sentStart int, cues []string) bool {
	ctx := " " + wordsBefore(d, mo, sentStart, 40)
	for _, c := range cues {
		if strings.Contains(ctx, " "+c) {
			return true
		}
	}
	return false
}

// priceValue reports that the value word right before an amount is one a
// price can carry ("worth about", "valued at"), not "enterprise value".
func priceValue(d *Doc, mo *money.Mention, sentStart int) bool {
	hasPrice := false
	for _, w := range strings.Fields(wordsBefore(d, mo, sentStart, 40)) {
		if priceValueWords[w] {
			hasPrice = true
		}
		if notPriceValue[w] {
			return false
		}
	}
	return hasPrice
}

// priceValueBefore reports "worth", "value" or "valued" right before an
// amount (a deal's value is its price), but not "valuation".
func priceValueBefore(d *Doc, mo *money.Mention, sentStart int) bool {
	for _, w := range strings.Fields(wordsBefore(d, mo, sentStart, 24)) {
		if priceValueWords[w] {
			return true
		}
	}
	return false
}

// pickMoney returns the amount that belongs to the trigger at i: the nearest
// one in the sentence, after the trigger first, that is not a per-share
// price, a valuation or some other figure; with priceOK, a takeover's
// value is its price ("a deal valued at $61 billion") when nothing else is.
func pickMoney(d *Doc, s Sentence, i int, priceOK bool) *money.Mention {
	notValue := func(mo *money.Mention) bool { return !isValueFigure(d, mo, s.Start) }
	if m := nearestAmount(d, s, d.Tokens[i].Start, 2, notValue); m != nil || !priceOK {
		return m
	}
	return nearestAmount(d, s, d.Tokens[i].Start, 2, func(mo *money.Mention) bool {
		return !neverDealFigure(d, mo, s.Start)
	})
}

// neverDealCues before an amount make it no deal's price even when the
// sentence has no other: planned spending, assumed debt ("plans to spend
// $500m on new plants", "will assume $300m of debt", "لإنفاق 500 مليون").
var neverDealCues = wordList("never-deal-figure")

// neverDealFigure reports a never-deal cue as a whole word (or phrase)
// among the words right before an amount.
func neverDealFigure(d *Doc, mo *money.Mention, sentStart int) bool {
	ctx := " " + wordsBefore(d, mo, sentStart, 40) + " "
	// A cue before a comma governs no figure after it: "في مجال حفر
	// الأنفاق، مبلغ 675 مليون دولار" (tunnels fold like spending).
	if c := strings.LastIndexAny(ctx, ",،"); c >= 0 {
		ctx = " " + ctx[c+1:]
	}
	for _, c := range neverDealCues {
		if strings.Contains(ctx, " "+c+" ") {
			return true
		}
	}
	return false
}

// pickPrice is pickMoney for a purchase or bid, where a "deal worth $N" is
// the price but an enterprise value or a valuation of something else is
// not.
func pickPrice(d *Doc, s Sentence, i int) *money.Mention {
	best := nearestAmount(d, s, d.Tokens[i].Start, 2, func(mo *money.Mention) bool {
		return !isValueFigure(d, mo, s.Start) || priceValue(d, mo, s.Start)
	})
	if best == nil {
		return pickMoney(d, s, i, true)
	}
	return best
}

// dealFigure is the frame readers' pickMoney: the amount in sentence s
// nearest byte at, either side alike, that is no per-share price or value
// figure; with priceOK, a value right after "worth"/"valued" is a price.
func dealFigure(d *Doc, s Sentence, at int, priceOK bool) *money.Mention {
	return nearestAmount(d, s, at, 1, func(mo *money.Mention) bool {
		return !isValueFigure(d, mo, s.Start) || priceOK && priceValueBefore(d, mo, s.Start)
	})
}

// moneyRightAfter returns an amount that starts right after token j.
func moneyRightAfter(d *Doc, j int) *money.Mention {
	if j >= len(d.Tokens) {
		return nil
	}
	at := d.Tokens[j].Start
	in := moneyIn(d, at, at+3)
	for k := range in {
		if !in[k].PerShare {
			return &in[k]
		}
	}
	return nil
}

// otherDealNouns right after an amount make it the figure of a takeover
// or an offer: "a $1.8bn approach", "its $5bn takeover".
var otherDealNouns = wordSet("takeover-figure")

// otherDealFigure reports a takeover's or an offer's noun in the two
// words after an amount: no investor's figure.
func otherDealFigure(d *Doc, mo *money.Mention) bool {
	if mo == nil {
		return false
	}
	j := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= mo.End })
	for n := j; n < j+2 && n < len(d.Tokens); n++ {
		if otherDealNouns[d.Tokens[n].Norm] {
			return true
		}
	}
	return false
}

// elidedNext are the words that may follow a figure whose currency goes
// unsaid ("54 مليونا ثم", "54 million, then"); any other word after it is
// what it counts ("9 مليون سهم", "54 million shares").
var elidedNext = wordSet("elided-figure-next")

// elidedCurrency reads a figure whose currency the sentence named before
// it: "بعرض قيمته 60 مليون دينار، تلتها X بعرض قيمته 54 مليونا", "$60
// million, followed by X with 54 million". It takes the currency of the
// last amount before it in the sentence. found is every amount read, the
// conversions dropped since among them: "(€9.7 billion)" is no figure.
func elidedCurrency(d *Doc, found []money.Mention) {
	var add []money.Mention
	for j := 0; j+1 < len(d.Tokens); j++ {
		num, sc := &d.Tokens[j], &d.Tokens[j+1]
		if num.Script != Digit || sc.Sent != num.Sent || overlaps(found, num.Start, sc.End) || !elidedEnd(d, j+2, num.Sent) {
			continue
		}
		p := money.Scale(sc.Text)
		v, err := strconv.ParseFloat(strings.ReplaceAll(num.Text, ",", "")+"e"+strconv.Itoa(p), 64)
		if p == 0 || err != nil {
			continue
		}
		// d.Money holds no amount over the figure, so those before it end
		// before it.
		before := moneyIn(d, d.Sentences[num.Sent].Start, num.Start)
		if len(before) == 0 || before[len(before)-1].Currency == "" || before[len(before)-1].PerShare {
			continue
		}
		prev := &before[len(before)-1]
		add = append(add, money.Mention{Start: num.Start, End: sc.End, Amount: v, Currency: prev.Currency, Text: d.Text[num.Start:sc.End]})
	}
	if len(add) > 0 {
		d.Money = append(d.Money, add...)
		sort.Slice(d.Money, func(a, b int) bool { return d.Money[a].Start < d.Money[b].Start })
	}
}

// elidedEnd reports that token j, after a scale word, ends the figure:
// the sentence ends, a mark stands there, or a word of elidedNext.
func elidedEnd(d *Doc, j, sent int) bool {
	if j >= len(d.Tokens) || d.Tokens[j].Sent != sent {
		return true
	}
	t := &d.Tokens[j]
	return t.Script == Punct && t.Text != "%" || elidedNext[t.Norm]
}

// overlaps reports an amount of ms that shares a byte with [start, end).
func overlaps(ms []money.Mention, start, end int) bool {
	for k := range ms {
		if ms[k].Start < end && start < ms[k].End {
			return true
		}
	}
	return false
}
