package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/model"
)

// frameGuards are the named checks a row may require; each is small and
// tested alone (frame_test.go).
var frameGuards = map[string]func(d *Doc, s Sentence, m *frameMatch) bool{
	// round: the sentence is about a funding round.
	"round": func(d *Doc, s Sentence, m *frameMatch) bool {
		return sentenceHas(d.foldedSpan(s.From, s.To), roundCues)
	},
	// round-near: this sentence or one of the two before it is about a
	// round ("X raised $5m. A and B also took part.").
	"round-near": func(d *Doc, s Sentence, m *frameMatch) bool {
		for si := d.Tokens[s.From].Sent; si >= 0 && si >= d.Tokens[s.From].Sent-2; si-- {
			if p := d.Sentences[si]; sentenceHas(d.foldedSpan(p.From, p.To), roundCues) {
				return true
			}
		}
		return false
	},
	// money-before: an amount (or "an undisclosed sum") stands between
	// the sentence start and the list.
	"money-before": func(d *Doc, s Sentence, m *frameMatch) bool {
		return len(moneyIn(d, s.Start, d.Tokens[listStart(m)].Start)) > 0 || sentenceHas(joinNorm(d.Tokens, s.From, listStart(m)), undisclosedCues)
	},
	// not-team: "the X team, led by partners A and B" names people who
	// lead a team, not a round.
	"not-team": func(d *Doc, s Sentence, m *frameMatch) bool {
		j := m.anchor - 1
		if tok(d, s, j) == "," {
			j--
		}
		return !teamWords[tok(d, s, j)]
	},
	// money-between: an amount stands between the anchor and the list.
	"money-between": func(d *Doc, s Sentence, m *frameMatch) bool {
		return len(moneyIn(d, d.Tokens[m.anchor].End, d.Tokens[listStart(m)].Start)) > 0
	},
	"money-after": func(d *Doc, s Sentence, m *frameMatch) bool {
		return len(moneyIn(d, d.Tokens[m.anchor].End, d.Tokens[m.to-1].End)) > 0
	},
	// bid-chain: a later bidder of an auction told in one sentence ("...
	// بعرض قيمته 60 مليونا، تلتها X بعرض قيمته 54 مليونا ثم Y بـ32"):
	// an offer word in the sentence, a chain word at or before the
	// anchor, and the bidder's own figure right after it.
	"bid-chain": func(d *Doc, s Sentence, m *frameMatch) bool {
		offer, chain := false, false
		for j := s.From; j < s.To; j++ {
			offer = offer || anyForm(d.Tokens[j].Forms, bidWords)
			chain = chain || j <= m.anchor && bidChainWords[d.Tokens[j].Norm]
		}
		return offer && chain && moneyAfterList(d, s, m) != nil
	},
	// stake-size: the sentence gives the stake's size after the anchor
	// ("نحو 40%").
	"stake-size": func(d *Doc, s Sentence, m *frameMatch) bool {
		return percentAfter(d, s, m.anchor, s.To) > 0
	},
	// minority: no "majority"/"controlling" and no share of 50% or more in
	// the match (a controlling stake is an acquisition).
	"minority": func(d *Doc, s Sentence, m *frameMatch) bool { return !controlling(d, s, m) },
	// majority: the stake reaches control ("إلى 51%", "a 60% stake").
	"majority": controlling,
	// to-control / below-control: a stake raised "to 80%" (50% or more).
	"to-control":    raisedToControl,
	"below-control": func(d *Doc, s Sentence, m *frameMatch) bool { return !raisedToControl(d, s, m) },
	// purchase-between: a word of buying stands between the anchor and
	// the list (an offer to buy, not an offer of something else).
	"purchase-between": func(d *Doc, s Sentence, m *frameMatch) bool {
		// "عرض «X» الاستحواذ على 90% من أسهم «Y»": after "من أسهم" the
		// list is what is bought, no bidders.
		if p := listStart(m); p < len(d.Tokens) && sharesOfAr[d.Tokens[p].Norm] {
			return false
		}
		for j := m.anchor + 1; j < listStart(m); j++ {
			if isBuyingNoun(&d.Tokens[j]) || purchaseWords[d.Tokens[j].Norm] {
				return true
			}
		}
		return false
	},
	// active: the anchor is no passive ("backed by investors including
	// A" names the company's backers, not its portfolio).
	"active": func(d *Doc, s Sentence, m *frameMatch) bool {
		return !passiveAgent[tok(d, s, m.anchor+1)]
	},
	// name-next: a name follows the anchor at once ("Tarrow chief Sam
	// Okafor"), no description ("chief financial officer P").
	"name-next": func(d *Doc, s Sentence, m *frameMatch) bool {
		for _, k := range mentionsIn(d, s) {
			if d.Mentions[k].From == m.anchor+1 {
				return true
			}
		}
		return false
	},
	// several: the object list names two or more (one target is the
	// trigger readers' own, with their price reading).
	"several": func(d *Doc, s Sentence, m *frameMatch) bool { return len(m.obj) >= 2 },
	// own-target: no "for" after the match names another target ("Y
	// received an offer from X last year for its stake in Z").
	"own-target": func(d *Doc, s Sentence, m *frameMatch) bool {
		for j := m.to; j < m.to+6 && j < s.To && d.Tokens[j].Text != ","; j++ {
			if forWords[d.Tokens[j].Norm] {
				return !otherTarget(d, s, j+1)
			}
		}
		return true
	},
	// after-lead: a lead was named before ("led by A, alongside B").
	"after-lead": func(d *Doc, s Sentence, m *frameMatch) bool {
		return containsAny(joinNorm(d.Tokens, s.From, m.anchor), ledCue)
	},
}

// raisedToControl reports "to N%" with N of 50 or more from the anchor to
// 14 tokens after the match.
func raisedToControl(d *Doc, s Sentence, m *frameMatch) bool {
	for j := m.anchor; j+1 < s.To && j < m.to+14; j++ {
		if d.Tokens[j].Norm == "to" && d.Tokens[j+1].Script == Digit && percentAt(d, j+1) >= 50 {
			return true
		}
	}
	return false
}

// otherTarget: a stake word or a name within 4 tokens from j.
func otherTarget(d *Doc, s Sentence, j int) bool {
	for k := j; k < j+4 && k < s.To; k++ {
		if targetWords[d.Tokens[k].Norm] {
			return true
		}
	}
	for _, mn := range d.Mentions {
		if mn.From >= j && mn.From < j+4 && mn.From < s.To {
			return true
		}
	}
	return false
}

// controlling reports a controlling stake in the match or just after it
// ("majority", "controlling", a share of 50% or more).
func controlling(d *Doc, s Sentence, m *frameMatch) bool {
	end := m.to + 6
	if end > s.To {
		end = s.To
	}
	for j := m.from; j < end; j++ {
		switch w := d.Tokens[j].Norm; {
		case controlStake[w]:
			return true
		case d.Tokens[j].Script == Digit && percentAt(d, j) >= 50:
			return true
		}
	}
	return false
}

// percentAt reads "51%", "51 per cent" at token j, or -1. stakePercent
// (slots.go) reads the same shapes for the trigger readers with its own
// word list ("stake-percent") and whole numbers only; reading both with
// this one's list was measured worse on real slice A, so they stay apart.
func percentAt(d *Doc, j int) float64 {
	w := tok2(d, j+1)
	if !percentWords[w] && !(arIn[w] && hundredWords[tok2(d, j+2)]) {
		return -1
	}
	var v float64
	if _, err := fmt.Sscanf(strings.ReplaceAll(d.Tokens[j].Norm, ",", ""), "%g", &v); err != nil {
		return -1
	}
	return v
}

// sharesOfAr are the words of what a purchase takes a part of: "من أسهم"،
// "من رأسمال".
var sharesOfAr = wordSet("shares-of-ar")

func listStart(m *frameMatch) int {
	if m.listFrom >= 0 {
		return m.listFrom
	}
	return m.to - 1
}

var (
	roundCues = wordList("round-cues")
	// raiseCues are the words of raising money: the company before them
	// (after them, in Arabic) raised the round.
	raiseCues       = wordSet("raise-cues")
	purchaseWords   = wordSet("purchase-words")
	undisclosedCues = wordList("undisclosed")
	teamWords       = wordSet("team")
	// openListCues before a list make it open: no amount for its members.
	openListCues = wordSet("open-list")
	passiveAgent = wordSet("passive-agent")
	itsWord      = wordSet("its")
	// bidChainWords open a later bidder of an auction ("تلتها", "followed").
	bidChainWords = wordSet("bid-chain")
	// unitPriceWords before a figure make it a price ("بسعر", "priced at").
	unitPriceWords = wordSet("unit-price")
)

// argFinders find an argument the pattern does not hold. not lists the
// keys already in the match.
var argFinders = map[string]func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int{
	"raiser": raiser,
	"before": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		if j := itBefore(d, s, m.from); j >= 0 {
			return itAntecedent(d, j, not)
		}
		k := companyBefore(d, s, m.from, not)
		if k >= 0 && d.Tokens[d.Mentions[k].From].Script == Latin {
			// "X, the owner of K, bought": X.
			if h := appositionHead(d, mentionsIn(d, s), k); h != k && !not[d.Mentions[h].Key] {
				return h
			}
		}
		return k
	},
	// its: the company "its" in the match refers to ("Jane Roe, its chief
	// executive,").
	"its": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		for j := m.from; j < m.to; j++ {
			if !itsWord[d.Tokens[j].Norm] {
				continue
			}
			// The firm the person already runs or founded, else the
			// company named last.
			if len(m.subj) > 0 {
				if k := tiedCompany(d, d.Mentions[m.subj[0]].Key); k >= 0 {
					return k
				}
			}
			if k := lastCompanyBefore(d, j); k >= 0 && !not[d.Mentions[k].Key] {
				return k
			}
		}
		return -1
	},
	// between: the first company between the anchor and the list
	// ("العروض التي قدمت لشراء حصتها في X من A وB").
	"between": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		for _, k := range mentionsIn(d, s) {
			if mm := d.Mentions[k]; mm.From > m.anchor && mm.To <= listStart(m) && mm.Type == model.Company && !not[mm.Key] && !bareCue(d, mm) {
				return k
			}
		}
		return -1
	},
	// round-topic: the raiser when the sentence tells the raise, else the
	// story's topic ("جمعت X ..., وشمل المستثمرون A وB"; "وتضم قائمة
	// المستثمرين A وB" after it).
	"round-topic": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		if k := raisedBy(d, s, m, not); k >= 0 {
			return k
		}
		return topicCompany(d, s.From, "")
	},
	// center: the company the sentence before names first, what "the
	// company" after a clause most often continues ("Established in 2019
	// by A and B, the company provides"), else the story's topic.
	"center": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		if k := centerCompany(d, s.From); k >= 0 && !not[d.Mentions[k].Key] {
			return k
		}
		return topicCompany(d, s.From, "")
	},
	"topic": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		// "أكد بنك X ..., ونقل P الرئيس التنفيذي للمجموعة": the company
		// its sentence names before the title.
		if m.row.frames[0] == "role" {
			if k := companyBefore(d, s, m.from, not); k >= 0 {
				return k
			}
		}
		if k := kindBackRef(d, m, not); k >= 0 {
			return k
		}
		return topicCompany(d, s.From, "")
	},
	// buyer: the party of the last purchase, stake or offer read before
	// ("وشملت الصفقات 340 مليون سهم من X": the stakes the story's buyer
	// took), else the story's topic.
	"buyer": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		if k := lastDealParty(d, m, not, true, model.Acquired, model.InvestedIn, model.BidFor); k >= 0 {
			return k
		}
		return topicCompany(d, s.From, "")
	},
	// bid-target: the target of the sentence's own offer, else what the
	// last offer or purchase read before was for, for bidders listed with
	// no target ("تقدم عدد من الشركات بعروضه
	// ... من بينها A وB"), else the story's topic.
	"bid-target": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		// "X offered $60m for Y, followed by Z with $54m": Y, the
		// target another row of the sentence read.
		for _, k := range mentionsIn(d, s) {
			if mm := d.Mentions[k]; mm.To <= m.from && m.targets[mm.Key] && !not[mm.Key] {
				return lastMentionOf(d, mm.Key, m.from)
			}
		}
		if k := lastDealParty(d, m, not, false, model.BidFor, model.Acquired); k >= 0 {
			return k
		}
		return topicCompany(d, s.From, "")
	},
	// venture: the consortium the article names ("تحالف «المرجان
	// للمرافق»" in the headline), for members listed where it goes
	// unnamed ("تقدم تحالف يضم A وB بعرض").
	"venture": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		return namedConsortium(d, not)
	},
	// first: the sentence's first company, the one a pronoun after the
	// anchor points back to ("أعلنت X ... عن استثمار لها في Y").
	"first": func(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
		return companyAfter(d, s, s.From-1, m.from-s.From+1, not)
	},
}

// lastDealParty is the last mention before the match of the buyer
// (subject) or the target of the latest deal of preds read so far, by the
// trigger readers or the frame rows, or -1.
func lastDealParty(d *Doc, m *frameMatch, not map[string]bool, subject bool, preds ...string) int {
	best, sent := -1, -1
	for _, rels := range [][]Rel{d.Relations, d.frameRels} {
		for _, rel := range rels {
			key := rel.Obj
			if subject {
				key = rel.Subj
			}
			if key != "" && slices.Contains(preds, rel.Pred) && !not[key] && rel.Sent >= sent {
				if k := lastMentionOf(d, key, m.from); k >= 0 {
					best, sent = k, rel.Sent
				}
			}
		}
	}
	return best
}

// lastMentionOf is the last mention of key before token i, or -1.
func lastMentionOf(d *Doc, key string, i int) int {
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		if m := d.Mentions[k]; m.Key == key && m.To <= i {
			return k
		}
	}
	return -1
}

// raiser is the company that raised the round: the one before the first
// raising word of the sentence (in Arabic, right after the verb when the
// subject follows it), else the nearest before the match, else the story's
// topic.
func raiser(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
	if k := raisedBy(d, s, m, not); k >= 0 {
		return k
	}
	// "X led the round, with participation from A": X is an investor,
	// not the raiser; "the co-founder of X" names a backer's employer.
	if k := companyBefore(d, s, m.from, employersIn(d, s, not)); k >= 0 && !leadOf(d, k) && !andBefore(d, k, m.from) {
		// "X, a spinout of K, has received": X.
		if h := appositionHead(d, mentionsIn(d, s), k); h != k && d.Tokens[d.Mentions[k].From].Script == Latin && d.Mentions[h].Type == model.Company && !not[d.Mentions[h].Key] {
			return h
		}
		return k
	}
	if k := raiserBefore(d, s, not); k >= 0 {
		return k
	}
	if k := topicCompany(d, s.From, ""); k >= 0 && !not[d.Mentions[k].Key] {
		return k
	}
	return -1
}

// andBefore reports mention k joined by "and" to what follows it before
// token i ("A and the co-founder of X P also participated"): a member of
// the list, no raiser.
func andBefore(d *Doc, k, i int) bool {
	e := d.Mentions[k].To
	return e < i && andWord[tok2(d, e)]
}

// employersIn is not with the companies of sentence s named as a title's
// employer ("the co-founder of X", "CEO at X").
func employersIn(d *Doc, s Sentence, not map[string]bool) map[string]bool {
	var keys []string
	for _, k := range mentionsIn(d, s) {
		m := d.Mentions[k]
		if m.Type != model.Company || m.From < 2 || !titleEmployerWord[d.Tokens[m.From-1].Norm] {
			continue
		}
		w := d.Tokens[m.From-2].Norm
		if _, ok := d.lex.Title(w); ok || slices.Contains(founderSuffix, w) {
			keys = append(keys, m.Key)
		}
	}
	if len(keys) == 0 {
		return not
	}
	out := maps.Clone(not)
	if out == nil {
		out = map[string]bool{}
	}
	for _, k := range keys {
		out[k] = true
	}
	return out
}

// raisedBy is the company before the first raising word of the sentence
// before the match (in Arabic, right after the verb when the subject
// follows it), or -1.
func raisedBy(d *Doc, s Sentence, m *frameMatch, not map[string]bool) int {
	for j := m.from - 1; j >= s.From; j-- {
		t := &d.Tokens[j]
		if !raiseCues[t.Norm] && !(len(t.Forms) > 1 && raiseCues[t.Forms[len(t.Forms)-1]]) {
			continue
		}
		// "the company raised a seed round led by": the verb's subject,
		// not the name nearest the noun.
		if t.Script == Latin && roundNounsBoth[t.Norm] && raiseVerbBefore(d, s, j) {
			continue
		}
		if t.Script == Arabic {
			if k := companyAfter(d, s, j, 4, not); k >= 0 {
				return k
			}
		}
		// "Founded by A and B, the startup just raised": the raiser is
		// the story's company, not a name in the clause before.
		if theCompanyBefore(d, s, j) {
			if k := topicCompany(d, s.From, ""); k >= 0 && !not[d.Mentions[k].Key] {
				return k
			}
			return -1
		}
		if k := companyBefore(d, s, j, not); k >= 0 && !leadOf(d, k) {
			return outsideApposition(d, s, k, j)
		}
		return -1
	}
	return -1
}

// outsideApposition is the company an apposition holding mention k
// describes, when one does: "Harlow Navigation, the GPS technology company,
// raised": not GPS; else k.
func outsideApposition(d *Doc, s Sentence, k, verb int) int {
	m := d.Mentions[k]
	c1 := m.From - 1
	for c1 > s.From && c1 > m.From-6 && d.Tokens[c1].Text != "," {
		c1--
	}
	if c1 <= s.From || d.Tokens[c1].Text != "," || !articles[tok(d, s, c1+1)] {
		return k
	}
	c2 := m.To
	for c2 < verb && d.Tokens[c2].Text != "," {
		c2++
	}
	if c2 >= verb {
		return k
	}
	for q := k - 1; q >= 0; q-- {
		if o := d.Mentions[q]; o.To == c1 && o.Type == model.Company {
			return q
		}
	}
	return k
}

// raiseVerbBefore reports a Latin raising verb before token i in s.
func raiseVerbBefore(d *Doc, s Sentence, i int) bool {
	for j := i - 1; j >= s.From; j-- {
		if raiseVerb(&d.Tokens[j]) {
			return true
		}
	}
	return false
}

// raiseVerb reports a Latin word of raising money that is no round noun.
func raiseVerb(t *Token) bool {
	return t.Script == Latin && raiseCues[t.Norm] && !roundNounsBoth[t.Norm] && !roundNounSet[t.Norm]
}

// leadOf reports a company that led a round ("X led the $20m Series B
// round", "X doubled down in this round"): an investor, not the raiser. "X led this list with a $218m
// round" leads something else.
func leadOf(d *Doc, k int) bool {
	led := d.Mentions[k].To
	if !ledVerbs[tok2(d, led)] && !roundPartVerbs[tok2(d, led)] {
		return false
	}
	for q := led + 1; q <= led+8 && q < len(d.Tokens) && d.Tokens[q].Sent == d.Tokens[led].Sent; q++ {
		if withWords[d.Tokens[q].Norm] {
			return false
		}
		if roundNounSet[d.Tokens[q].Norm] {
			return true
		}
	}
	return false
}

var (
	roundNounSet   = wordSet("round-nouns")
	roundPartVerbs = wordSet("round-part-verbs")
)

// raiserBefore is the company before the raising word of one of the three
// sentences before s that tells a raise with its figure ("X is raising
// $100m. ... The investor leading the deal is Y"), or -1.
func raiserBefore(d *Doc, s Sentence, not map[string]bool) int {
	for si := d.Tokens[s.From].Sent - 1; si >= 0 && si >= d.Tokens[s.From].Sent-3; si-- {
		prev := d.Sentences[si]
		if !hasRaise(d, prev) || dealFigure(d, prev, prev.End, false) == nil {
			continue
		}
		for j := prev.From; j < prev.To; j++ {
			if raiseVerb(&d.Tokens[j]) {
				return companyBefore(d, prev, j, not)
			}
		}
	}
	return -1
}

// companyBefore is the nearest company mention ending at or before token i
// in sentence s that is no cited source and not in not.
func companyBefore(d *Doc, s Sentence, i int, not map[string]bool) int {
	best := -1
	for _, k := range mentionsIn(d, s) {
		m := d.Mentions[k]
		if m.To > i {
			break
		}
		if m.Type == model.Company && !not[m.Key] && !isSource(d, k) && !bareCue(d, m) && !backerOf(d, m) {
			best = k
		}
	}
	return best
}

// bareCue reports a mention that is only a company word ("المجموعة",
// "التأمين"): a description, no name to hang a deal on.
func bareCue(d *Doc, m Mention) bool {
	if m.To-m.From != 1 {
		return false
	}
	for _, f := range d.Tokens[m.From].Forms {
		if companyCues[f] || anaphorsAr[f] || companyCues[strings.TrimPrefix(f, "ال")] {
			return true
		}
	}
	return false
}

// companyAfter is the first company mention starting within n tokens after i.
func companyAfter(d *Doc, s Sentence, i, n int, not map[string]bool) int {
	for _, k := range mentionsIn(d, s) {
		m := d.Mentions[k]
		if m.From > i && m.From <= i+n && m.Type == model.Company && !not[m.Key] && !bareCue(d, m) {
			return k
		}
	}
	return -1
}

// asideMatch reports a match set off by commas right after a name:
// "Zentrix, backed by A, raised $20m from B" names A a backer of the
// company, not of this round.
// An aside after "the funding" ("يأتي التمويل، المدعوم من A وB،") is about
// the round: only one after a name counts.
// In English the aside may open with a few words of description
// ("Zentrix, a payments startup backed by A, was bought for $200m") and be
// set off by dashes.
func asideMatch(d *Doc, s Sentence, m *frameMatch) bool {
	if m.to >= s.To || !asideMark(&d.Tokens[m.to]) {
		return false
	}
	words := 5
	if d.Lang != "en" {
		words = 1
	}
	for j := m.from - 1; j > s.From && j >= m.from-words; j-- {
		if asideMark(&d.Tokens[j]) {
			return mentionEndingAt(d, mentionsIn(d, s), j) >= 0
		}
	}
	return false
}

func asideMark(t *Token) bool { return isComma(t) || asideDashes[t.Norm] }

// amountAfterList is the figure right after the list ("تلتها X بعرض
// قيمته 54 مليونا", "followed by X with $5.6m"): each bidder of a chain
// has its own. A price ("بسعر 5.6 جنيه", "at $5.60") is no deal's figure.
func amountAfterList(d *Doc, s Sentence, m *frameMatch) *money.Mention {
	mo := moneyAfterList(d, s, m)
	if mo == nil || mo.PerShare {
		return nil
	}
	for j := m.to; j < s.To && d.Tokens[j].Start < mo.Start; j++ {
		if anyForm(d.Tokens[j].Forms, unitPriceWords) {
			return nil
		}
	}
	return mo
}

// moneyAfterList is the first amount in the six words after the match,
// before a comma or another name (the bidder's own quoted short name may
// stand between: "X «واحة» بعرض قيمته 54 مليونا").
func moneyAfterList(d *Doc, s Sentence, m *frameMatch) *money.Mention {
	own := ""
	if len(m.subj) > 0 {
		own = d.Mentions[m.subj[len(m.subj)-1]].Key
	}
	other := map[int]bool{}
	for _, k := range mentionsIn(d, s) {
		if d.Mentions[k].Key != own {
			other[d.Mentions[k].From] = true
		}
	}
	end := m.to
	for end < s.To && end < m.to+6 && !isComma(&d.Tokens[end]) && !other[end] {
		end++
	}
	if end == m.to {
		return nil
	}
	in := moneyIn(d, d.Tokens[m.to].Start, d.Tokens[end-1].End)
	if len(in) == 0 {
		return nil
	}
	return &in[0]
}

// roundAnaphors name again a round told before.
var roundAnaphors = wordList("round-anaphor")

// frameAmount picks the deal's figure for a match: the amount in the
// sentence nearest the anchor that is no per-share price, valuation or
// other value figure, and not inside the list itself.
func frameAmount(d *Doc, s Sentence, m *frameMatch) *money.Mention {
	switch m.row.amount {
	case "none":
		return nil
	case "after":
		return amountAfterList(d, s, m)
	case "closed":
		if m.listFrom > s.From && openListCues[d.Tokens[m.listFrom-1].Norm] || asideMatch(d, s, m) {
			return nil
		}
		if containsAny(d.foldedSpan(s.From, s.To), ledByCue) || sentenceHas(d.foldedSpan(s.From, s.To), ledByAr) {
			return nil // the leads take the amount; these are participants
		}
	}
	mo := dealFigure(d, s, d.Tokens[m.anchor].Start, false)
	if mo != nil || m.row.amount == "closed" && !sentenceHas(d.foldedSpan(s.From, s.To), roundAnaphors) {
		if m.row.frames[0] == "invest" && otherDealFigure(d, mo) {
			return nil // "X, backed by A, rebuffed a $2bn approach"
		}
		return mo
	}
	if f := m.row.frames[0]; f == "acquire" || f == "bid" {
		// A takeover's value is its price: "for a total cash value of $35m".
		return dealFigure(d, s, d.Tokens[m.anchor].Start, true)
	}
	// "X raised $50m. The round was led by Y", "The funding, backed by A
	// and B, comes ...": the round's backers take the amount of the
	// raise told in the sentence before.
	for si := d.Tokens[s.From].Sent - 1; si >= 0 && si >= d.Tokens[s.From].Sent-3; si-- {
		if prev := d.Sentences[si]; hasRaise(d, prev) {
			if mo := dealFigure(d, prev, prev.End, false); mo != nil {
				return mo // "the deal hasn't closed" between: no figure, look on
			}
		}
	}
	return nil
}

// hasRaise reports a word of raising money in sentence s.
func hasRaise(d *Doc, s Sentence) bool {
	for j := s.From; j < s.To; j++ {
		if t := &d.Tokens[j]; raiseCues[t.Norm] && !roundNounsBoth[t.Norm] {
			return true
		}
	}
	return false
}

// readFrames matches every row of the document's language in sentence si.
func readFrames(d *Doc, si int, ms []int) []Rel {
	ix := frameRows[d.Lang]
	if ix == nil || len(ms) == 0 {
		return nil
	}
	s := d.Sentences[si]
	sp := newSpanMap(d, ms)
	var found []frameMatch
	for i := s.From; i < s.To; i++ {
		t := &d.Tokens[i]
		forms := t.Forms
		if len(forms) == 0 {
			forms = []string{t.Norm}
		}
		var buf [8]*frameRow
		seen := buf[:0] // rows tried at this token (a row may match two forms)
		for _, f := range forms {
			for _, r := range ix[f] {
				if tried(seen, r) || !r.anchor.wordOK(t) {
					continue
				}
				seen = append(seen, r)
				if m, ok := matchRow(d, s, sp, r, i); ok && guardsOK(d, s, &m) {
					found = append(found, m)
				}
			}
		}
	}
	// The parties the rows name are nobody's missing argument: a lead is
	// not the company that raised the round its participants joined.
	// Nor is a company a row names as the target the missing investor or
	// buyer of another row ("خططا لاستثمار ... بـX، اضافة الى استثمار ...
	// بشركة Y": X does not invest in Y).
	named, targets := map[string]bool{}, map[string]bool{}
	for _, m := range found {
		for _, k := range m.subj {
			named[d.Mentions[k].Key] = true
		}
		for _, k := range m.obj {
			targets[d.Mentions[k].Key] = true
		}
	}
	var out []Rel
	for k := range found {
		found[k].targets = targets
		out = append(out, frameRels(d, si, &found[k], named)...)
	}
	return out
}

func tried(rs []*frameRow, r *frameRow) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func guardsOK(d *Doc, s Sentence, m *frameMatch) bool {
	for _, g := range m.row.guards {
		if !frameGuards[g](d, s, m) {
			return false
		}
	}
	return true
}

// frameRels turns a match into relations, one per subject and object.
func frameRels(d *Doc, si int, m *frameMatch, named map[string]bool) []Rel {
	s := d.Sentences[si]
	not := map[string]bool{}
	for k := range named {
		not[k] = true
	}
	for _, k := range append(append([]int{}, m.subj...), m.obj...) {
		not[d.Mentions[k].Key] = true
	}
	subj, obj := m.subj, m.obj
	if len(subj) == 0 && m.row.subjBy != "-" {
		notSubj := not
		if len(m.targets) > 0 {
			notSubj = map[string]bool{}
			for k := range not {
				notSubj[k] = true
			}
			for k := range m.targets {
				notSubj[k] = true
			}
		}
		if k := argFinders[m.row.subjBy](d, s, m, notSubj); k >= 0 {
			subj = []int{k}
		}
	}
	if len(obj) == 0 && m.row.objB != "-" {
		if k := argFinders[m.row.objB](d, s, m, not); k >= 0 {
			obj = []int{k}
		}
	}
	mon := frameAmount(d, s, m)
	folded := d.foldedSpan(s.From, s.To)
	var out []Rel
	for _, f := range m.row.frames {
		def := frames[f]
		for _, a := range subj {
			for _, b := range obj {
				if d.Mentions[a].Key == d.Mentions[b].Key || def.status != "" && possessedPart(d, b) {
					continue
				}
				r := Rel{Subj: d.Mentions[a].Key, Obj: d.Mentions[b].Key, Pred: def.pred, Status: def.status, Conf: 0.7, Sent: si, Via: "frame:" + f + ":" + m.row.subjBy + ":" + m.row.objB}
				if def.status != "" && def.pred != model.PartnerIn {
					r.Money, r.Status = mon, statusOf(folded, def.status)
				}
				out = append(out, r)
			}
		}
	}
	return asIntent(d, s, m.anchor, out)
}

// mergeFrames adds the frame relations to those the trigger readers found.
// A frame reading is the more specific one: a trigger reading of the same
// pair in the other direction, or the same pair with another amount, gives
// way to it.
func mergeFrames(rels, fr []Rel) []Rel {
	if len(fr) == 0 {
		return rels
	}
	out := rels[:0]
	for _, r := range rels {
		if !overruled(r, fr) {
			out = append(out, r)
		}
	}
	kept := len(out)
	for _, f := range fr {
		if !readBefore(out[:kept], f) {
			out = append(out, f)
		}
	}
	return out
}

// readBefore reports a deal the trigger readers already read in the same
// sentence: their price reading (which knows "a deal valued at") stays.
func readBefore(rels []Rel, f Rel) bool {
	if f.Pred != model.Acquired && f.Pred != model.BidFor {
		return false
	}
	for _, r := range rels {
		if r.Pred == f.Pred && r.Subj == f.Subj && r.Obj == f.Obj && r.Sent == f.Sent {
			return true
		}
	}
	return false
}

// dealPred: the takeover predicates, whose readings of one pair compete.
func dealPred(p string) bool { return p == model.Acquired || p == model.BidFor }

func overruled(r Rel, fr []Rel) bool {
	for _, f := range fr {
		// One sentence's buyer is not its target too: a takeover frame's
		// direction holds for a bid or a purchase a trigger read the other
		// way round ("Y rejected an offer from X"), or with a third party
		// ("X المدرجة في سوق Z ... للاستحواذ على حصة فيها من قبل Y" is no
		// bid of Z's).
		if dealPred(f.Pred) && dealPred(r.Pred) && f.Sent == r.Sent && (r.Obj == f.Subj || r.Subj == f.Obj) {
			return true
		}
		// "X purchased 18 per cent of Y": the frame read a minority stake
		// where the trigger read a purchase of the whole.
		if f.Pred == model.InvestedIn && r.Pred == model.Acquired && f.Sent == r.Sent && f.Subj == r.Subj && f.Obj == r.Obj {
			return true
		}
		if f.Pred != r.Pred {
			continue
		}
		if f.Subj == r.Obj && f.Obj == r.Subj {
			return true
		}
		if f.Subj == r.Subj && f.Sent == r.Sent && (f.Pred == model.InvestedIn || f.Pred == model.Founded || f.Pred == model.CEOOf) {
			return true // the frame read this investor's deal (founder's, chief's firm) in this sentence
		}
		if f.Subj == r.Subj && f.Obj == r.Obj && f.Sent == r.Sent && f.Pred == model.InvestedIn {
			return true
		}
		if f.Subj == r.Subj && f.Obj == r.Obj && f.Money != nil && r.Money != nil && f.Money.Amount != r.Money.Amount {
			return true
		}
	}
	return false
}

var (
	ledCue         = wordList("led-cue")
	ledByCue       = wordList("led-by-cue")
	ledByAr        = wordList("led-by-ar")
	controlStake   = wordSet("control-stake")
	forWords       = wordSet("for")
	targetWords    = wordSet("other-target")
	percentWords   = wordSet("percent")
	hundredWords   = wordSet("hundred")
	roundNounsBoth = wordSet("round-noun")
)

var kindBackRefs = wordSet("kind-back-refs")

// kindBackRef is the company "للمجموعة" in the match points back to: the
// last one named before it after the same kind word ("مجموعة X"), or -1.
func kindBackRef(d *Doc, m *frameMatch, not map[string]bool) int {
	kind := ""
	for j := m.from; j < m.to && j < len(d.Tokens); j++ {
		if kindBackRefs[d.Tokens[j].Norm] {
			kind = strings.TrimPrefix(d.Tokens[j].Norm, "لل")
		}
	}
	if kind == "" {
		return -1
	}
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		mm := d.Mentions[k]
		if mm.To > m.from || mm.From == 0 || mm.Type != model.Company || not[mm.Key] {
			continue
		}
		for _, f := range d.Tokens[mm.From-1].Forms {
			if f == kind {
				return k
			}
		}
	}
	return -1
}

var consortiumWords = wordSet("consortium-words")

// namedConsortium is the first company mention right after a consortium
// word ("تحالف «X»", "تحالف X"), past quotes, or ending in one ("X
// Consortium"), or -1.
func namedConsortium(d *Doc, not map[string]bool) int {
	for k, m := range d.Mentions {
		if m.Type != model.Company || not[m.Key] {
			continue
		}
		j := m.From - 1
		for j >= 0 && isQuote(&d.Tokens[j]) {
			j--
		}
		if j >= 0 && d.Tokens[j].Sent == d.Tokens[m.From].Sent && anyForm(d.Tokens[j].Forms, consortiumWords) ||
			m.To-m.From > 1 && consortiumWords[d.Tokens[m.To-1].Norm] {
			return k // "تحالف «X»", "the Atlantic Gateway Consortium"
		}
	}
	return -1
}
