package extract

import (
	"github.com/kg-news/kg/model"
)

// Guards and readers of the acquire frame (ACQUIRED): purchases, sales,
// takeovers, mergers.

var (
	takeOver       = wordSet("take.over")
	takeStake      = wordList("take.stake")
	soldVerbs      = wordSet("sold")
	soldPart       = wordSet("sold.part")
	pluralDeals    = wordSet("plural-deals")
	ofForWords     = wordSet("of-for")
	meansAr        = wordSet("means-ar")
	meansFromAr    = wordSet("means-ar.from")
	meansThroughAr = wordSet("means-ar.through")
	purposeAr      = wordList("purpose-ar")
	agreedAr       = wordList("agreed-ar")
	memorandumAr   = wordList("memorandum-ar")
)

// take-over: "take" buys only in "take over"; "took a stake" invests.
func guardTakeOver(c *trig) ([]Rel, verdict) {
	if c.ar || !takeVerbs[c.w] {
		return nil, pass
	}
	if !takeOver[c.tok(c.i+1)] {
		if within(c.d, c.s, c.i, 5, takeStake...) < 0 {
			return nil, stop
		}
		c.pred = model.InvestedIn
	}
	return nil, goOn
}

// sold-part: "sold its welding unit": a part of the seller, no company.
// A part named in apposition is a company sold: "sold its gathering
// business, Marrowby Midstream, to X".
func guardSoldPart(c *trig) ([]Rel, verdict) {
	if c.ar || !soldVerbs[c.w] || !soldPart[c.tok(c.i+1)] || appositivePart(c.d, c.s, c.ms, c.i) >= 0 {
		return nil, pass
	}
	return nil, stop
}

// plural-deals: "relied heavily on acquisitions": no deal in particular.
func guardPluralDeals(c *trig) ([]Rel, verdict) {
	if c.ar || !pluralDeals[c.w] || ofForWords[c.tok(c.i+1)] {
		return nil, pass
	}
	return nil, stop
}

// means: "بنى حصة ... عبر شراء أسهم": the means of a deal already read.
func guardMeans(c *trig) ([]Rel, verdict) {
	if c.pred == model.Founded || c.pred == model.CEOOf {
		return nil, pass
	}
	if meansAr[c.tok(c.i-1)] || meansFromAr[c.tok(c.i-2)] && meansThroughAr[c.tok(c.i-1)] {
		return nil, stop
	}
	return nil, pass
}

// follows-bid: "عرض ماسك لشراء X", "offer to buy X": the bid says it.
func guardFollowsBid(c *trig) ([]Rel, verdict) {
	if c.pred == model.Acquired && followsBid(c.d, c.s, c.i) {
		return nil, stop
	}
	return nil, pass
}

var (
	mergeUnitVerbs = wordSet("merge-unit")
	ownerWords     = wordSet("merge-unit.owner")
)

// merge-unit: "plans to merge its Norwegian business with X" joins a unit
// to another company, a new one between them: no purchase of X.
func guardMergeUnit(c *trig) ([]Rel, verdict) {
	if c.ar || !mergeUnitVerbs[c.w] || !ownerWords[c.tok(c.i+1)] || within(c.d, c.s, c.i+1, 5, "with") < 0 {
		return nil, pass
	}
	return nil, stop
}

var buyFromWords = wordSet("buy-from")

// buy-from: "agreed to buy from X up to $100m of gravel", "to acquire two
// factories from X": what follows "from" sells goods or assets; it is no
// company bought. A stake bought from X ("a 20% stake from X") is left to
// the readers.
func guardBuyFrom(c *trig) ([]Rel, verdict) {
	if c.ar || !buyFromWords[c.w] {
		return nil, pass
	}
	for j := c.i + 1; j < c.s.To && j <= c.i+8; j++ {
		w := c.tok(j)
		if w == "from" {
			return nil, stop
		}
		if buyFromParts[w] || mentionStartsAt(c.d, c.ms, j) {
			return nil, pass
		}
	}
	return nil, pass
}

// part-from-ar: "تستحوذ على صندوقين من X": a part bought from a seller
// (funds, assets, a unit), no company bought; "على 60% من X", "على حصة
// من X" take a stake in X and read on.
func guardPartFromAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.Acquired || c.tr.reverse {
		return nil, pass
	}
	j := c.i + 1
	if j >= c.s.To || !anyForm(c.d.Tokens[j].Forms, aliArSet) {
		return nil, pass
	}
	for k := j + 1; k < c.s.To && k <= j+5; k++ {
		t := &c.d.Tokens[k]
		switch {
		case t.Script != Arabic || mentionStartsAt(c.d, c.ms, k) || anyForm(t.Forms, partFromStakeAr):
			return nil, pass
		case arFrom[t.Norm] && k > j+1:
			return nil, stop
		}
	}
	return nil, pass
}

// partFromStakeAr are the words of a stake or of shares before "من".
var (
	partFromStakeAr = wordSet("part-from-ar.stake")
	aliArSet        = setOf(aliAr)
)

// buyFromParts are the words of a stake between the verb and "from".
var buyFromParts = wordSet("buy-from.part")

// mentionStartsAt reports a mention of ms that starts at token j.
func mentionStartsAt(d *Doc, ms []int, j int) bool {
	for _, k := range ms {
		if d.Mentions[k].From == j {
			return true
		}
	}
	return false
}

// purpose-ar: "لشراء X" is a bid unless the deal was agreed; the buyer is
// the agent before the purpose, the target after it.
func guardPurposeAr(c *trig) ([]Rel, verdict) {
	if !c.ar || c.pred != model.Acquired || !hasAnyPrefix(c.w, purposeAr) {
		return nil, pass
	}
	d, s, i := c.d, c.s, c.i
	pred := c.pred
	// "سددت X 48 مليون يورو لشراء 9.9% من Y": money paid to buy is a
	// purchase made, of a minority stake an investment.
	paid := before(d, s, i, 12, paidAr...)
	if !paid && (!sentenceHas(c.folded, agreedAr) || sentenceHas(c.folded, memorandumAr)) {
		pred = model.BidFor
	}
	if paid {
		adjustMinority(c)
		pred = c.pred
	}
	obj := firstAfter(d, c.ms, i, pred, false)
	// "لشراء كامل أسهم الشركة المستهدفة مع كل من شركة X": X is a seller,
	// the party the deal is signed with, not the target.
	if obj >= 0 && before(d, s, d.Mentions[obj].From, 4, counterpartyAr...) {
		obj = -1
	}
	if obj >= 0 {
		subj := nearestBefore(d, c.ms, i, pred, true)
		// "أعلنت X عن إبرام اتفاقية مع Y للاستحواذ على Z": Y is the
		// counterparty (the seller), X the buyer.
		for n := 0; subj >= 0 && n < 3 && before(d, s, d.Mentions[subj].From, 2, counterpartyAr...); n++ {
			subj = nearestBefore(d, c.ms, d.Mentions[subj].From, pred, true)
		}
		if subj >= 0 && d.Mentions[subj].Key != d.Mentions[obj].Key {
			st := statusOf(c.folded, model.Proposed)
			if pred == model.Acquired && st == model.Rejected {
				pred = model.BidFor
			}
			return []Rel{{Subj: d.Mentions[subj].Key, Obj: d.Mentions[obj].Key, Pred: pred, Money: pickMoney(d, s, i, true), Status: st, Conf: 0.6, Sent: c.si}}, stop
		}
	}
	return nil, stop
}

var (
	thenAr = wordSet("then-ar")
	paidAr = wordList("paid-ar")
	// counterpartyAr: "مع": the other side of an agreement.
	counterpartyAr = wordList("counterparty-ar")
)

// then-ar: "اشترت X حصة 51% في Y ..., ثم استحوذت على الـ49% المتبقية":
// the second verb goes on with the first one's buyer and target.
func readThenAr(c *trig) ([]Rel, bool) {
	if !c.ar || !thenAr[c.tok(c.i-1)] && !hasAnyPrefix(c.w, thenArPrefix) {
		return nil, false
	}
	// "ثم اشترت Z": a name right after the verb with no object phrase of
	// its own is a new target of the same buyer; "ثم اشترت Z حصة في W"
	// names a new buyer, read by the slot finder.
	target := ""
	if mentionWithin(c.d, c.ms, c.i, 2) {
		k := firstAfter(c.d, c.ms, c.i, c.pred, false)
		if k < 0 || c.d.Mentions[k].From > c.i+2 || arObjectAt(c.d, c.s, c.i, c.pred, false) >= 0 {
			return nil, false
		}
		target = c.d.Mentions[k].Key
	}
	for k := len(c.d.Relations) - 1; k >= 0; k-- {
		if r := c.d.Relations[k]; r.Sent == c.si && (r.Pred == model.Acquired || r.Pred == model.InvestedIn) {
			obj := r.Obj
			if target != "" {
				obj = target
			}
			if obj == r.Subj {
				return nil, false
			}
			st := statusOf(clauseOf(c.d, c.s, c.i), c.tr.status)
			return []Rel{{Subj: r.Subj, Obj: obj, Pred: c.pred, Money: pickPrice(c.d, c.s, c.i), Status: st, Conf: 0.5, Sent: c.si}}, true
		}
	}
	return nil, false
}

var thenArPrefix = wordList("then-ar")

// anaphor-subject: "إن الشركة تعتزم ضخ ...", "the company will buy": the
// company referred to is the subject, not a name further back: the company
// named last before the anaphor in this sentence ("الرئيس التنفيذي لوفرة
// القابضة ... إن الشركة تدرس"), else the company the story is about.
func readAnaphorSubject(c *trig) ([]Rel, bool) {
	if c.pred != model.Acquired && c.pred != model.InvestedIn && c.pred != model.BidFor || !anaphorSubject(c.d, c.s, c.i) {
		return nil, false
	}
	d, ms := c.d, c.ms
	_, ob := slotsOf(c, false)
	if ob < 0 {
		return nil, false
	}
	sj := -1
	for n := len(ms) - 1; n >= 0; n-- {
		if m := d.Mentions[ms[n]]; m.To <= c.i && m.Type == model.Company && m.Key != d.Mentions[ob].Key {
			sj = ms[n]
			break
		}
	}
	if sj < 0 {
		sj = topicCompany(d, c.s.From, d.Mentions[ob].Key)
	}
	if sj < 0 {
		return nil, false
	}
	return c.finish(sj, ob), true
}

var itWord = wordSet("it")

// it-subject: "after it bought Tilbury Re": it is the subject of the
// sentence, or of the one before (itAntecedent).
func readItSubject(c *trig) ([]Rel, bool) {
	if c.ar || c.tr.noun || c.tr.reverse || c.pred == model.Founded {
		return nil, false
	}
	if k := itAntecedent(c.d, itBefore(c.d, c.s, c.i), nil); k >= 0 {
		// The object as the slot finder reads it ("investing in ...
		// consumer Internet" names none), not just the next name.
		if _, o := slotsOf(c, false); o >= 0 && c.d.Mentions[o].Key != c.d.Mentions[k].Key {
			return c.finish(k, o), true
		}
	}
	return nil, false
}

var (
	paidWord  = wordSet("paid")
	forWord   = wordSet("for")
	theItWord = wordSet("the-it")
)

// paid-for: "the $3.3 billion SoftBank paid for the firm": paying for is
// buying.
func readPaidFor(c *trig) ([]Rel, bool) {
	if c.ar || !paidWord[c.w] {
		return nil, false
	}
	if !forWord[c.tok(c.i+1)] {
		return nil, true
	}
	d := c.d
	sj := nearestBefore(d, c.ms, c.i, c.pred, true)
	ob := firstAfter(d, c.ms, c.i+1, c.pred, false)
	if ob >= 0 && d.Mentions[ob].From > c.i+4 {
		ob = -1
	}
	if ob < 0 && theItWord[c.tok(c.i+2)] {
		ob = topicCompany(d, c.s.From, keyOf(d, sj))
	}
	if sj < 0 || ob < 0 {
		return nil, true
	}
	return c.finish(sj, ob), true
}

var (
	dealWord = wordSet("deal")
	forList  = wordList("for")
)

// deal-for: "Occidental struck a $12 billion deal for CrownRock": a deal is
// a purchase only with "for" and a company right after. The head of "the
// privately held Permian producer CrownRock" is its last name before the
// phrase ends.
func readDealFor(c *trig) ([]Rel, bool) {
	if c.ar || !dealWord[c.w] {
		return nil, false
	}
	d := c.d
	f := within(d, c.s, c.i, 1, forList...)
	if f < 0 {
		return nil, true
	}
	ob := -1
	for _, k := range c.ms {
		m := d.Mentions[k]
		if m.From <= f || m.From > f+7 || hasComma(d, f, m.From) || !okObject(m, c.pred) {
			continue
		}
		ob = k
	}
	sj := nearestBefore(d, c.ms, c.i, c.pred, true)
	if ob < 0 || sj < 0 {
		return nil, true
	}
	return c.finish(sj, ob), true
}

var (
	mergerWord = wordSet("merger")
	andWord    = wordSet("and")
)

// merger: "Adobe and Figma have abandoned their planned merger": the first
// of the pair is the buyer.
func readMerger(c *trig) ([]Rel, bool) {
	if c.ar || !mergerWord[c.w] {
		return nil, false
	}
	d, ms := c.d, c.ms
	for n := 0; n+1 < len(ms); n++ {
		a, b := d.Mentions[ms[n]], d.Mentions[ms[n+1]]
		if b.To <= c.i && a.Type == model.Company && b.Type == model.Company && b.From == a.To+1 && andWord[d.Tokens[a.To].Norm] {
			return c.finish(ms[n], ms[n+1]), true
		}
	}
	return nil, true
}

var (
	toldNounBefore = wordSet("deal-noun.told")
	forToOf        = wordList("for-to-of")
	byList         = wordList("by")
)

// deal-noun: an English noun of buying or bidding, in the shapes only a
// noun has.
func readDealNoun(c *trig) ([]Rel, bool) {
	if c.ar || !c.tr.noun || c.pred != model.BidFor && c.pred != model.Acquired {
		return nil, false
	}
	d, s, i, ms, pred := c.d, c.s, c.i, c.ms, c.pred
	// "such an offer", "the proposal": said again, read where it was made.
	if toldNounBefore[c.tok(i-1)] && within(d, s, i, 2, forToOf...) < 0 {
		return nil, true
	}
	// "Musk's $44bn Twitter buyout": the target right before the noun, the
	// buyer in the possessive before it.
	if k := adjacentBefore(d, ms, i); k >= 0 && okObject(d.Mentions[k], pred) {
		sj := possessorBefore(d, ms, d.Mentions[k].From)
		if sj < 0 {
			sj = nearestBefore(d, ms, d.Mentions[k].From, pred, true)
		}
		if sj >= 0 {
			return c.finish(sj, k), true
		}
	}
	// "a rejected $3.2 billion approach by Pinecrest Medical": the bidder
	// after "by", the target the company the story is about.
	// "Harlow's takeover by the Texas-based Tarrow Group": the target
	// is the possessor before the noun.
	if by := within(d, s, i, 2, byList...); by >= 0 && within(d, s, i, 3, forToOf...) < 0 {
		if sj := firstAfter(d, ms, by, pred, true); sj >= 0 && d.Mentions[sj].From <= pastDescribers(d, by+1) {
			ob := possessorBefore(d, ms, i)
			if ob < 0 || d.Mentions[ob].Key == d.Mentions[sj].Key {
				ob = topicCompany(d, s.To, d.Mentions[sj].Key)
			}
			if ob >= 0 {
				return c.finish(sj, ob), true
			}
		}
	}
	// "Wiz walked away from a $23bn approach": the one who refused is the
	// target; the bidder is whoever else bids for it in the article.
	if k := nearestBefore(d, ms, i, pred, false); k >= 0 && refusedBetween(d, d.Mentions[k].To, i) {
		key := keyOf(d, possessorBefore(d, ms, i))
		return []Rel{{Subj: key, Obj: d.Mentions[k].Key, Pred: model.BidFor, Money: pickMoney(d, s, i, true), Status: model.Rejected, Conf: 0.5, Sent: c.si}}, true
	}
	return nil, false
}

var bidWords = wordSet("bid-words")

// pastDescribers is the token after an article and hyphenated descriptions
// from j on ("the Texas-based X", "a SoftBank-backed X"), at most three.
func pastDescribers(d *Doc, j int) int {
	for n := 0; n < 3 && j < len(d.Tokens) && (articles[d.Tokens[j].Norm] || placeBased(&d.Tokens[j]) || hyphenDescriptor(&d.Tokens[j])); n++ {
		j++
	}
	return j
}

// followsBid reports whether a buying word at i belongs to an offer just
// before it: "عرض ماسك لشراء", "offered to buy".
func followsBid(d *Doc, s Sentence, i int) bool {
	n := 3
	if d.Tokens[i].Script == Arabic {
		n = 16 // "عرضاً قدمته X، مالكة Y، للاستحواذ على Z"
	}
	for j := i - 1; j >= i-n && j >= s.From; j-- {
		if bidWords[d.Tokens[j].Norm] {
			return true
		}
	}
	// "a takeover offer", "its buyout proposal": the deal noun names
	// what the offer is for.
	return d.Tokens[i].Script == Latin && i+1 < s.To && bidWords[d.Tokens[i+1].Norm]
}

var refusalWords = wordSet("refusal")

func refusedBetween(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		if refusalWords[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}
