package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/model"
)

// Guards and readers of the invest frame (INVESTED_IN): rounds, leads,
// backers, stakes.

var (
	takeVerbs       = wordSet("take")
	takePart        = wordSet("take.part")
	roundWord       = wordList("round-word")
	putVerbs        = wordSet("put")
	inWords         = wordList("in")
	inIntoWords     = wordList("in-into")
	ledVerbs        = wordSet("led")
	roundNouns      = wordList("round-nouns")
	backerNouns     = wordSet("backers")
	stakeNoun       = wordSet("stake")
	inOfWords       = wordList("in-of")
	stakeTaking     = wordList("stake.taking")
	controlWords    = wordList("control")
	investmentNouns = wordSet("investment-nouns")
	committedVerb   = wordSet("committed")
	toWord          = wordSet("to")
	investPrefix    = wordList("invest-prefix")
	participatedW   = wordSet("participated")
	investmentArW   = wordSet("investment-ar")
	fundPluralsAr   = wordList("fund-plurals-ar")
	backersAr       = wordSet("backers-ar")
	ledPairAr       = wordSet("led-pair-ar")
	ledRelativeAr   = wordSet("led-relative-ar")
	ledAr           = wordSet("led-ar")
	roundNounsAr    = wordList("round-nouns-ar")
	investorsAr     = wordSet("investors-ar")
	toldAgainAr     = wordSet("told-again-ar")
	onInAr          = wordList("on-in-ar")
	stakeAr         = wordSet("stake-ar")
	stakeBareAr     = wordSet("stake-ar.bare")
	stakeWithAr     = wordSet("stake-ar.with")
	stakeBuiltAr    = wordList("stake-ar.built")
	stakePriceAr    = wordList("stake-ar.price")
)

// take-part: "with Eastbridge Partners also taking part" in a round: a
// participant, with no amount of its own.
func guardTakePart(c *trig) ([]Rel, verdict) {
	if c.ar || !takeVerbs[c.w] || !takePart[c.tok(c.i+1)] {
		return nil, pass
	}
	d := c.d
	sj := nearestBefore(d, c.ms, c.i, model.InvestedIn, true)
	ob := topicCompany(d, c.s.From, keyOf(d, sj))
	if sj < 0 || ob < 0 || !containsAny(c.folded, roundWord) {
		return nil, stop
	}
	return []Rel{{Subj: d.Mentions[sj].Key, Obj: d.Mentions[ob].Key, Pred: model.InvestedIn, Status: model.Completed, Conf: 0.5, Sent: c.si}}, stop
}

// put-in: "putting $800m in": "put" is a trigger only with "in" after it.
func guardPutIn(c *trig) ([]Rel, verdict) {
	if c.ar || !putVerbs[c.w] {
		return nil, pass
	}
	if within(c.d, c.s, c.i, 4, inWords...) < 0 {
		return nil, stop
	}
	return nil, goOn
}

// led-round: "led" is an investment only in a sentence about a round.
func guardLedRound(c *trig) ([]Rel, verdict) {
	if c.ar || !ledVerbs[c.w] {
		return nil, pass
	}
	if !containsAny(c.folded, roundNouns) {
		return nil, stop
	}
	// "The X team, led by partners A and B, invested": A and B lead the
	// team, not a round.
	j := c.i - 1
	if c.tok(j) == "," {
		j--
	}
	if teamWords[c.tok(j)] {
		return nil, stop
	}
	// "X led this segment with a $218m round", "led the pack": X came
	// first in a ranking; it led no round.
	for k := c.i + 1; k <= c.i+2; k++ {
		if ledNotRound[c.tok(k)] {
			return nil, stop
		}
	}
	return nil, goOn
}

// ledNotRound are the things one leads that are no round.
var ledNotRound = wordSet("led.not-round")

// backers: "its early backers included X and Y".
func guardBackers(c *trig) ([]Rel, verdict) {
	if c.ar || !backerNouns[c.w] {
		return nil, pass
	}
	return readBackers(c.d, c.si, c.i, c.ms), stop
}

// stake: "took a 9.2% stake in Twitter": only a stake in a named company
// that someone took; holding one is no deal. A controlling stake is a
// purchase.
func guardStake(c *trig) ([]Rel, verdict) {
	if c.ar || !stakeNoun[c.w] {
		return nil, pass
	}
	if within(c.d, c.s, c.i, 2, inOfWords...) < 0 || !sentenceHas(clauseOf(c.d, c.s, c.i), stakeTaking) || soldOwnStake(c) {
		return nil, stop
	}
	if before(c.d, c.s, c.i, 4, controlWords...) {
		c.pred = model.Acquired
	}
	return nil, goOn
}

// soldOwnStake reports "bought X's 20% stake in Y": the stake is X's, sold
// to the verb's subject, which the verb's reading tells.
func soldOwnStake(c *trig) bool {
	for j := c.i - 1; j > c.s.From && j >= c.i-5; j-- {
		if n := possessiveLen(c.d, j); n > 0 {
			return j > c.s.From && mentionWithin(c.d, c.ms, c.s.From-1, j-c.s.From+1) && sentenceHas(c.d.foldedSpan(c.s.From, j), stakeTaking)
		}
	}
	return false
}

// investment-in: "the investment firm Benchmark", "The Scale investment
// is ...": a noun that names no deal of its own here.
func guardInvestmentIn(c *trig) ([]Rel, verdict) {
	if c.ar || !investmentNouns[c.w] || within(c.d, c.s, c.i, 5, inIntoWords...) >= 0 {
		return nil, pass
	}
	return nil, stop
}

// raised-round: "X raised $60m in a funding round (led by Y)": the noun
// names the round the company before it raised, whose backers the frame
// rows read; the raiser invested in nothing.
func guardRaisedRound(c *trig) ([]Rel, verdict) {
	if c.ar || !raisedRoundNouns[c.w] {
		return nil, pass
	}
	for j := c.i - 1; j >= c.s.From && j >= c.i-10; j-- {
		if w := c.tok(j); raiseCues[w] && !roundNounsBoth[w] && !raisedRoundNouns[w] {
			return nil, stop
		}
	}
	return nil, pass
}

var raisedRoundNouns = wordSet("raised-round-nouns")

// committed: "committed to keep VMware's servers": a promise, no money.
func guardCommitted(c *trig) ([]Rel, verdict) {
	if c.ar || !committedVerb[c.w] || moneyRightAfter(c.d, c.i+1) != nil || toWord[c.tok(c.i+1)] && hasAnyPrefix(c.tok(c.i+2), investPrefix) {
		return nil, pass
	}
	return nil, stop
}

// participated: read as it is; no later guard applies.
func guardParticipated(c *trig) ([]Rel, verdict) {
	if c.ar || !participatedW[c.w] {
		return nil, pass
	}
	return nil, goOn
}

// investment-firms: "شركات استثمار": investment firms, no investment;
// nor "مستشار الاستثمار" and other compounds.
func guardInvestmentFirms(c *trig) ([]Rel, verdict) {
	if !c.ar || !investmentArW[c.w] || c.i <= c.s.From {
		return nil, pass
	}
	prev := &c.d.Tokens[c.i-1]
	if companyCues[prev.Forms[len(prev.Forms)-1]] || hasAnyPrefix(c.tok(c.i-1), fundPluralsAr) || anyForm(prev.Forms, investmentHeadsAr) {
		return nil, stop
	}
	return nil, pass
}

// investmentHeadsAr make the investment word after them part of a compound
// ("مستشار الاستثمار", an investment adviser).
var investmentHeadsAr = wordSet("investment-ar.heads")

// backers-after: "ومن أبرز داعمي المنصة مجموعة ناسبرز وصندوق تايغر
// غلوبال": the backers named after the word.
func guardBackersAfter(c *trig) ([]Rel, verdict) {
	if !c.ar || !backersAr[c.w] {
		return nil, pass
	}
	return readBackersAfter(c.d, c.si, c.i, c.ms), stop
}

// led-before: "ناسبرز وتايغر غلوبال، اللذان قادا جولة تمويل بلغت 275
// مليون": the leaders are the names before the relative pronoun.
func guardLedBefore(c *trig) ([]Rel, verdict) {
	if !c.ar || !ledPairAr[c.w] && !(ledRelativeAr[c.w] && relativeBefore(c.d, c.s, c.i)) {
		return nil, pass
	}
	return readRoundBefore(c.d, c.si, c.i, c.ms), stop
}

// led-ar: "قادت X جولة": a lead, in a sentence about a round.
func guardLedAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !ledAr[c.w] {
		return nil, pass
	}
	if !containsAny(c.folded, roundNounsAr) {
		return nil, stop
	}
	return readRound(c.d, c.si, c.i, c.ms), stop
}

// investors-ar: "من بين المستثمرين X وY".
func guardInvestorsAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !investorsAr[c.w] {
		return nil, pass
	}
	return readBackers(c.d, c.si, c.i, c.ms), stop
}

// told-again: "إن الاستثمار سيعزز": the investment already told.
func guardToldAgain(c *trig) ([]Rel, verdict) {
	if !c.ar || !toldAgainAr[c.w] || within(c.d, c.s, c.i, 2, onInAr...) >= 0 || mentionWithin(c.d, c.ms, c.i, 2) {
		return nil, pass
	}
	return nil, stop
}

// stake-told: "الحصة", "تلك الحصة": the stake already told.
func guardStakeTold(c *trig) ([]Rel, verdict) {
	if !c.ar || !stakeAr[c.lastForm()] || stakeBareAr[c.w] || stakeWithAr[c.w] {
		return nil, pass
	}
	return nil, stop
}

// stake-ar: "بنت حصة 9.9% في X", "لحق بها X بحصة 1.16%": a stake taken;
// "تدير X المنطقة بحصة 45%": holding a share is no deal, taking one for a
// price is.
func guardStakeAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !stakeBareAr[c.w] && !stakeWithAr[c.w] {
		return nil, pass
	}
	if stakeBareAr[c.w] && !precededBy(c.d, c.s, c.i, 2, stakeBuiltAr...) {
		return nil, stop
	}
	if stakeWithAr[c.w] && !sentenceHas(clauseOf(c.d, c.s, c.i), stakePriceAr) {
		return nil, stop
	}
	return nil, goOn
}

var (
	backedWord = wordSet("backed")
	byWord     = wordSet("by")
)

// backer-hyphen: "Halvard-backed Plumtree" is the frame row "S - backed
// O"'s; the trigger word reads nothing more.
func readBackerHyphen(c *trig) ([]Rel, bool) {
	if c.ar || !backerParticiples[c.w] || c.i < 2 || c.tok(c.i-1) != "-" || c.d.Tokens[c.i-1].End != c.d.Tokens[c.i].Start {
		return nil, false
	}
	return nil, true
}

// backed-by: "backed by X": only a company named right before was backed
// ("the loan backed by his Tesla stock" is no investment).
func readBackedBy(c *trig) ([]Rel, bool) {
	if c.ar || !backedWord[c.w] || !byWord[c.tok(c.i+1)] {
		return nil, false
	}
	if k := adjacentBefore(c.d, c.ms, c.i); k < 0 || c.d.Mentions[k].Type != model.Company {
		return nil, true
	}
	return nil, false
}

var (
	remainingWords = wordList("remaining")
	sharesAr       = wordList("shares-ar")
	wholeAr        = wordList("whole-ar")
	sharesWord     = wordList("shares")
	onOfWords      = wordList("on-of")
	stakeWords     = wordList("stake-any")
	ownStakeWords  = wordList("stake-own")
	controlArNext  = wordSet("control-ar-next")
)

// sharesPercent is the share of the company a number of shares bought
// makes: right after the trigger, else the first percentage in the dozen
// words after it ("شراء 6.82 مليون سهم في شركة X، تمثل 54.56% من
// رأسمالها"); -1 when none is given.
func sharesPercent(d *Doc, s Sentence, i int) float64 {
	if p := stakePercent(d, s, i+2); p >= 0 {
		return p
	}
	return percentAfter(d, s, i, 14)
}

// percentAfter is the first percentage in the n words after token i, or -1.
func percentAfter(d *Doc, s Sentence, i, n int) float64 {
	for j := i + 1; j < s.To && j <= i+n; j++ {
		if d.Tokens[j].Script == Digit {
			if p := percentAt(d, j); p >= 0 {
				return p
			}
		}
	}
	return -1
}

// minority: a purchase of a stake under half, or of shares, is a minority
// investment: "شراء 1.85% من X", "bought 9.9% of X", "شراء أكثر من 567
// مليون سهم". It changes the predicate and reads nothing. An Arabic sale
// is read the same way from the buyer's side: "باعت X حصة 15% في Y إلى Z".
func adjustMinority(c *trig) ([]Rel, bool) {
	if c.pred != model.Acquired || c.tr.reverse && !c.ar {
		return nil, false
	}
	d, s, i := c.d, c.s, c.i
	pct := stakePercent(d, s, i+2)
	if on := within(d, s, i, 8, onOfWords...); on >= 0 && pct < 0 {
		pct = stakePercent(d, s, on+2)
	}
	clause := clauseOf(d, s, i)
	if pct > 0 && pct < 50 && !sentenceHas(clause, remainingWords) {
		c.pred = model.InvestedIn
	}
	if (c.ar && sentenceHas(clause, sharesAr) && !sentenceHas(clause, wholeAr) ||
		within(d, s, i, 4, sharesWord...) >= 0) && sharesPercent(d, s, i) < 50 {
		c.pred = model.InvestedIn
	}
	j := within(d, s, i, 8, stakeWords...)
	// Its own stake bought is a stake; sold, only with its size ("باعت X
	// حصتها البالغة 30%"): "ببيع حصتهم كاملة" sells them out of a takeover.
	if j < 0 {
		if k := within(d, s, i, 8, ownStakeWords...); k >= 0 && (!c.tr.reverse || stakePercent(d, s, k) > 0) {
			j = k
		}
	}
	if j >= 0 && !before(d, s, j, 3, controlWords...) &&
		!controlArNext[tok(d, s, j+1)] && stakeSize(d, s, j) < 50 {
		c.pred = model.InvestedIn
	}
	return nil, false
}

// stakeSize is the size of the stake the noun at j names: written next to
// it, else the first percentage in the eight words after it ("حصة شركة X
// البالغة (50% + سهم واحد)"); -1 when none is given.
func stakeSize(d *Doc, s Sentence, j int) float64 {
	if p := stakePercent(d, s, j); p >= 0 {
		return p
	}
	return percentAfter(d, s, j, 8)
}

func participation(t *Token) bool {
	for _, f := range t.Forms {
		if participationWords[f] {
			return true
		}
	}
	return false
}

// relativeBefore reports a relative pronoun right before token i: "...،
// اللذان قادا".
func relativeBefore(d *Doc, s Sentence, i int) bool {
	return relativeAr[tok(d, s, i-1)]
}

// readRoundBefore reads round leaders named before a relative pronoun.
func readRoundBefore(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	var leaders []int
	for n := len(ms) - 1; n >= 0; n-- {
		m := d.Mentions[ms[n]]
		if m.To > i {
			continue
		}
		if len(leaders) == 0 {
			if i-m.To > 3 {
				return nil
			}
			leaders = append(leaders, ms[n])
			continue
		}
		prev := d.Mentions[leaders[len(leaders)-1]]
		if !onlyJoiners(d, m.To, prev.From) || !hasConjunction(d, m.To, prev.From+1) {
			break
		}
		leaders = append(leaders, ms[n])
	}
	if len(leaders) == 0 || !containsAny(d.foldedSpan(s.From, s.To), roundNounAr) {
		return nil
	}
	in := map[string]bool{}
	for _, k := range leaders {
		in[d.Mentions[k].Key] = true
	}
	obj := -1
	for _, k := range ms {
		if m := d.Mentions[k]; m.Type == model.Company && !in[m.Key] && m.To <= i {
			obj = k
			break
		}
	}
	if obj < 0 {
		obj = topicCompany(d, s.From, d.Mentions[leaders[0]].Key)
	}
	if obj < 0 {
		return nil
	}
	return investRels(d, si, leaders, obj, pickMoney(d, s, i, false), 0.6)
}

// investRels makes each of subjects an investor in obj with one amount
// (the round's, for every lead).
func investRels(d *Doc, si int, subjects []int, obj int, mon *money.Mention, conf float64) []Rel {
	var out []Rel
	for _, k := range subjects {
		if validPair(d, k, obj, model.InvestedIn) {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[obj].Key, Pred: model.InvestedIn, Money: mon, Status: model.Completed, Conf: conf, Sent: si})
		}
	}
	return out
}

// readBackersAfter reads "داعمي X: A وB": the backers listed after the
// word, the company backed right after it or the one referred to.
func readBackersAfter(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	obj := -1
	first := -1
	for _, k := range ms {
		m := d.Mentions[k]
		if m.From <= i {
			continue
		}
		if obj < 0 && (m.From <= i+1 || m.From == i+2 && isQuote(&d.Tokens[i+1])) && m.Type == model.Company {
			obj = k
			continue
		}
		first = k
		break
	}
	if first < 0 {
		return nil
	}
	if obj < 0 {
		obj = topicCompany(d, s.From, d.Mentions[first].Key)
	}
	if obj < 0 {
		return nil
	}
	var out []Rel
	for _, k := range expandList(d, ms, first) {
		if validPair(d, k, obj, model.InvestedIn) && d.Mentions[k].Key != d.Mentions[obj].Key {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[obj].Key, Pred: model.InvestedIn, Status: model.Completed, Conf: 0.5, Sent: si})
		}
	}
	return out
}

var itsInvestmentAr = wordSet("its-investment-ar")

// its-investment-ar: "وأعلنت X عن استثمار لها في Y": the pronoun points
// back to the sentence's subject, which the frame row reads; the nearest
// name before is often another firm the sentence mentions.
func guardItsInvestmentAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.InvestedIn || !itsInvestmentAr[c.tok(c.i+1)] {
		return nil, pass
	}
	return nil, stop
}

var useOfFundsAr = wordList("use-of-funds-ar")

// use-of-funds-ar: "إن التمويل الجديد سوف يستخدم للاستثمار في أدوات
// جديدة": what the money raised will go to, not an investor's deal.
func guardUseOfFundsAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.InvestedIn || !strings.HasPrefix(c.w, "ل") || !before(c.d, c.s, c.i, 6, useOfFundsAr...) {
		return nil, pass
	}
	return nil, stop
}

var ledAsRoleAr = wordList("led-as-role-ar")

// led-as-role-ar: "وقاد فلان الشركة كمدير تنفيذي": a person leading a
// company as its chief (a role row reads it), not a lead investor.
func guardLedAsRoleAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.InvestedIn || within(c.d, c.s, c.i, 6, ledAsRoleAr...) < 0 {
		return nil, pass
	}
	return nil, stop
}
