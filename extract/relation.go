package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/model"
)

// relationStage reads who did what to whom in each sentence. A trigger word
// (a verb or noun of buying, bidding, investing, founding, or a title) fixes
// the predicate; the subject and object are the mentions in the slots that
// the trigger's language puts them in; the money is the nearest amount that
// is not a per-share price or a valuation. When a slot is empty, "the
// company", "الشركة", "الأخيرة" and their like refer back to the company last
// talked about.
type relationStage struct{}

func (relationStage) Name() string { return "relations" }

// Cues that change a sentence's meaning.
var (
	negationCues = wordList("negation")
	rejectCues   = wordList("reject")
	talksCues    = wordList("talks")
	agreedCues   = wordList("agreed")
	doneCues     = wordList("done")
	valueCues    = wordList("value-figure")
)

// sentenceHas reports whether the folded sentence contains one of the cues
// as a word or phrase start.
//
// A cue matches whole words ("تنفي" is not in "تنفيذيا"); a cue ending in
// '*' matches any word it begins ("negotiat*").
func sentenceHas(folded string, cues []string) bool {
	if folded == "" || len(cues) == 0 {
		return false
	}
	cs := compiledCues(cues)
	// A match starts at a word's start or right after a glued و or ف.
	for w := 0; w < len(folded); w++ {
		if w > 0 && folded[w-1] != ' ' {
			continue
		}
		if cs.at(folded, w) {
			return true
		}
		if rest := folded[w:]; strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف") {
			if cs.at(folded, w+2) {
				return true
			}
		}
	}
	return false
}

// cueSet is a cue list indexed by each cue's first whole word, so that
// sentenceHas looks up the word at a position instead of searching the
// sentence once per cue. Cues whose first word may be cut short (a
// one-word "negotiat*") stay in a list tried everywhere.
type cueSet struct {
	byWord map[string][]cue
	any    []cue
}

type cue struct {
	text   string
	prefix bool
}

type cueKey struct {
	first *string
	n     int
}

// cueSets caches the compiled form of each cue list (all are package
// variables, never changed after init).
var cueSets sync.Map

func compiledCues(cues []string) *cueSet {
	key := cueKey{&cues[0], len(cues)}
	if cs, ok := cueSets.Load(key); ok {
		return cs.(*cueSet)
	}
	cs := &cueSet{byWord: map[string][]cue{}}
	for _, c := range cues {
		k := cue{strings.TrimSuffix(c, "*"), strings.HasSuffix(c, "*")}
		sp := strings.IndexByte(k.text, ' ')
		switch {
		case sp > 0:
			cs.byWord[k.text[:sp]] = append(cs.byWord[k.text[:sp]], k)
		case sp < 0 && !k.prefix && k.text != "":
			cs.byWord[k.text] = append(cs.byWord[k.text], k)
		default:
			cs.any = append(cs.any, k)
		}
	}
	cueSets.Store(key, cs)
	return cs
}

// at reports a cue at byte i of folded that ends at a word's end, or
// anywhere for a cue ending in '*'.
func (cs *cueSet) at(folded string, i int) bool {
	rest := folded[i:]
	word := rest
	if sp := strings.IndexByte(rest, ' '); sp >= 0 {
		word = rest[:sp]
	}
	for _, c := range cs.byWord[word] {
		if c.matches(rest) {
			return true
		}
	}
	for _, c := range cs.any {
		if c.matches(rest) {
			return true
		}
	}
	return false
}

func (c cue) matches(rest string) bool {
	return strings.HasPrefix(rest, c.text) && (c.prefix || len(c.text) == len(rest) || rest[len(c.text)] == ' ')
}

func (relationStage) Run(d *Doc) {
	var fr []Rel
	var scratch trig
	defer func() {
		d.Relations = dropHeadlineRounding(dedupeRels(settleIntent(fillBidders(speakersCompany(consortiumDeals(dropRaisersInvesting(mergeFrames(d.Relations, fr))))))))
	}()
	for si, s := range d.Sentences {
		folded := d.foldedSpan(s.From, s.To)
		// A denial denies the deal, not the posts and founders the
		// sentence names: "X, whose chief executive is P, denied a report".
		denied := sentenceHas(folded, negationCues)
		ms := mentionsIn(d, s)
		if len(ms) == 0 {
			continue
		}
		d.frameRels = fr
		fr = append(fr, notDenied(denied, readFrames(d, si, partiesOnly(d, ms)))...)
		for i := s.From; i < s.To; i++ {
			tr := triggerAt(&d.Tokens[i])
			if tr == nil {
				continue
			}
			r := sharedSubject(d, s, i, tr, asIntent(d, s, i, notDenied(denied, readTrigger(&scratch, d, si, i, tr, ms, folded))))
			for k := range r {
				r[k].Via = "trigger:" + tr.via
			}
			if definiteAt(d, i) {
				r = readAgain(d.Relations, si, r)
				if len(r) == 0 {
					priceToldAgain(d, s, i, tr)
				}
			} else {
				r = namedParties(d, s, i, tr, r)
			}
			r = notReversed(d.Relations, si, r)
			d.Relations = append(d.Relations, r...)
		}
	}
}

// namedParties keeps the deals a trigger reads whose parties their
// sentence names. In English the subject must be named there, or stand
// there as a pronoun before the trigger ("it bought X", "the company
// agreed to buy X"): a subject fetched from further back by a deal noun
// alone is most often wrong ("Under the terms of the deal, the purchase
// price will be paid in shares"). Arabic drops its subjects, but the
// Arabic noun of investing names what it goes into: one with no figure
// whose object is not in its sentence is most often investing in general
// ("وشركاء بالاستثمار"); one with a figure is the deal told before
// ("باستثمار 5.7 مليار دولار مقابل حصة 9.99%").
func namedParties(d *Doc, s Sentence, i int, tr *trigger, rels []Rel) []Rel {
	if len(rels) == 0 {
		return rels
	}
	if d.Lang != "en" {
		if tr.pred != model.InvestedIn || !anyForm(d.Tokens[i].Forms, investmentArW) {
			return rels
		}
		out := rels[:0]
		for _, r := range rels {
			if r.Obj == "" || r.Money != nil || keyIn(d, s, r.Obj) {
				out = append(out, r)
			}
		}
		return out
	}
	for j := s.From; j < i; j++ {
		if subjectPronouns[d.Tokens[j].Norm] || theWord[d.Tokens[j].Norm] && theCompany[tok2(d, j+1)] {
			return rels
		}
	}
	out := rels[:0]
	for _, r := range rels {
		// An empty subject is left for fillBidders ("walked away from a
		// $23bn approach").
		if r.Pred == model.CEOOf || r.Pred == model.Founded || r.Subj == "" || keyIn(d, s, r.Subj) {
			out = append(out, r)
		}
	}
	return out
}

var subjectPronouns = wordSet("subject-pronouns")

// keyIn reports a mention of key in sentence s.
func keyIn(d *Doc, s Sentence, key string) bool {
	for _, k := range mentionsIn(d, s) {
		if d.Mentions[k].Key == key {
			return true
		}
	}
	return false
}

// priceToldAgain gives the deal told before its price, when a definite
// deal noun comes back with one and names no new party: "Harlow made an
// offer for Zentrix. The offer values Zentrix at £84.5m." The deal is the
// last one of the trigger's predicate with no figure, for a target the
// sentence names or, naming none, the last one.
func priceToldAgain(d *Doc, s Sentence, i int, tr *trigger) {
	if !dealPred(tr.pred) {
		return
	}
	mo := pickPrice(d, s, i)
	if mo == nil || mo.PerShare {
		return
	}
	for k := len(d.Relations) - 1; k >= 0; k-- {
		r := &d.Relations[k]
		if r.Pred != tr.pred || r.Sent >= d.Tokens[i].Sent {
			continue
		}
		if r.Money == nil && (keyIn(d, s, r.Obj) || !companyIn(d, s)) {
			r.Money = mo
		}
		return
	}
}

// companyIn reports a company named in sentence s.
func companyIn(d *Doc, s Sentence) bool {
	for _, k := range mentionsIn(d, s) {
		if d.Mentions[k].Type == model.Company {
			return true
		}
	}
	return false
}

// definiteAt reports a definite deal noun at i ("البيع", "the sale"): the
// deal the sentence already told, named again.
func definiteAt(d *Doc, i int) bool {
	t := &d.Tokens[i]
	return t.Script == Arabic && strings.HasPrefix(t.Norm, "ال") || i > 0 && d.Tokens[i-1].Norm == "the"
}

// readAgain drops from r, what a definite trigger of sentence si read, a deal
// that an earlier trigger of the sentence read with the same amount:
// "ستقوم X ببيع حصتها إلى Y ... بقيمة N لأسهم البيع" is one sale, and the
// second word's parties a guess.
func readAgain(rels []Rel, si int, r []Rel) []Rel {
	out := r[:0]
	for _, x := range r {
		if !sameDealRead(rels, si, x) {
			out = append(out, x)
		}
	}
	return out
}

// notReversed drops from r a deal or investment whose buyer an earlier trigger of
// sentence si read as the target of the same pair: "أعلنت X نيتها تقديم عرض
// للاستحواذ على Y من خلال تقديم عرض مبادلة" is X's offer, told twice; the
// second noun, with no target of its own, would read it backwards.
func notReversed(rels []Rel, si int, r []Rel) []Rel {
	out := r[:0]
	for _, x := range r {
		if !moneyPred(x.Pred) || !reversedIn(rels, si, x) {
			out = append(out, x)
		}
	}
	return out
}

// moneyPred: the predicates that send money one way, a buyer's or an
// investor's to a target.
func moneyPred(p string) bool { return dealPred(p) || p == model.InvestedIn }

func reversedIn(rels []Rel, si int, x Rel) bool {
	for k := len(rels) - 1; k >= 0 && rels[k].Sent == si; k-- {
		if r := rels[k]; moneyPred(r.Pred) && r.Subj == x.Obj && r.Obj == x.Subj {
			return true
		}
	}
	return false
}

func sameDealRead(rels []Rel, si int, x Rel) bool {
	if x.Money == nil || !dealPred(x.Pred) {
		return false
	}
	for k := len(rels) - 1; k >= 0 && rels[k].Sent == si; k-- {
		if r := rels[k]; r.Pred == x.Pred && (r.Obj != x.Obj || r.Subj != x.Subj) && r.Money != nil && r.Money.Text == x.Money.Text {
			return true
		}
	}
	return false
}

// mentionsIn lists the indexes of the mentions inside sentence s; the
// mentions are in text order, so this is a binary search, not a scan.
func mentionsIn(d *Doc, s Sentence) []int {
	var out []int
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].From >= s.From })
	for ; k < len(d.Mentions) && d.Mentions[k].From < s.To; k++ {
		if d.Mentions[k].To <= s.To {
			out = append(out, k)
		}
	}
	return out
}

// moneyIn returns the amounts inside byte range [start, end) of the text,
// found by binary search over the amounts in text order.
func moneyIn(d *Doc, start, end int) []money.Mention {
	a := sort.Search(len(d.Money), func(k int) bool { return d.Money[k].Start >= start })
	b := a
	for b < len(d.Money) && d.Money[b].Start < end {
		b++
	}
	return d.Money[a:b]
}

// dropRaisersInvesting drops an investment a trigger read for a company
// that its own sentence has raising money: "Harlow announced a new funding
// round led by Redline" backs Harlow; Harlow invested in nothing.
func dropRaisersInvesting(rels []Rel) []Rel {
	type party struct {
		sent int
		key  string
	}
	raised := map[party]bool{}
	for _, r := range rels {
		if r.Pred == model.InvestedIn {
			raised[party{r.Sent, r.Obj}] = true
		}
	}
	out := rels[:0]
	for _, r := range rels {
		if r.Pred == model.InvestedIn && strings.HasPrefix(r.Via, "trigger:") && raised[party{r.Sent, r.Subj}] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// dedupeRels keeps one relation per subject, predicate, object and amount.
func dedupeRels(rels []Rel) []Rel {
	seen := map[string]bool{}
	out := rels[:0]
	for _, r := range rels {
		k := r.Subj + "|" + r.Pred + "|" + r.Obj
		if r.Money != nil {
			k += "|" + r.Money.Text
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

// consortiumDeals gives a deal read with a consortium's member as its
// party to the consortium, when the same sentence names the member as one
// ("تحالف X، الذي يضم A وB، وقع اتفاقية للاستحواذ على Y": X buys Y, not B).
func consortiumDeals(rels []Rel) []Rel {
	return dealsToHolder(rels, model.PartnerIn, model.Acquired, model.BidFor, model.InvestedIn)
}

// speakersCompany gives a deal read with a chief executive as its party to
// his company, when the same sentence names him its chief ("أوضح الرئيس
// التنفيذي للشركة X، P، ”تشكل هذه الصفقة ثاني أكبر استحواذ“": X buys, not P).
// A chief may invest on his own ("P, Acme's chief executive, also put
// money into Y"); a purchase or an offer is his company's.
func speakersCompany(rels []Rel) []Rel {
	return dealsToHolder(rels, model.CEOOf, model.Acquired, model.BidFor)
}

// dealsToHolder moves the subject of each deal of the predicates deals to
// the object of a link relation (membership, a post) that the same subject
// has in the same sentence.
func dealsToHolder(rels []Rel, link string, deals ...string) []Rel {
	for k := range rels {
		r := &rels[k]
		if !slices.Contains(deals, r.Pred) {
			continue
		}
		for _, p := range rels {
			if p.Pred == link && p.Sent == r.Sent && p.Subj == r.Subj && p.Obj != r.Obj {
				r.Subj = p.Obj
				break
			}
		}
	}
	return rels
}

// fillBidders gives a refused offer whose bidder went unnamed ("Wiz walked
// away from a $23bn approach") the buyer the article names elsewhere for
// the same target.
func fillBidders(rels []Rel) []Rel {
	out := rels[:0]
	for _, r := range rels {
		if r.Subj == "" {
			for _, o := range rels {
				if o.Subj != "" && o.Obj == r.Obj && (o.Pred == model.Acquired || o.Pred == model.BidFor) {
					r.Subj = o.Subj
					break
				}
			}
			if r.Subj == "" {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// dropHeadlineRounding drops a headline's rounded figure for a deal the
// body gives more exactly ("$1bn" in the title, "$1.05 billion" below): the
// same parties and predicate, an amount within 15%, read in sentence 0.
func dropHeadlineRounding(rels []Rel) []Rel {
	out := rels[:0]
	for _, r := range rels {
		if !(r.Sent == 0 && r.Money != nil && exacterElsewhere(rels, r)) {
			out = append(out, r)
		}
	}
	return out
}

func exacterElsewhere(rels []Rel, h Rel) bool {
	for _, r := range rels {
		if r.Sent != 0 && r.Money != nil && r.Subj == h.Subj && r.Obj == h.Obj && r.Pred == h.Pred &&
			r.Money.Currency == h.Money.Currency && r.Money.Amount != h.Money.Amount &&
			r.Money.Amount > 0.85*h.Money.Amount && r.Money.Amount < 1.15*h.Money.Amount {
			return true
		}
	}
	return false
}

// notDenied drops the deals of a denied sentence and keeps its posts and
// founders.
func notDenied(denied bool, rs []Rel) []Rel {
	if !denied {
		return rs
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Pred == model.CEOOf || r.Pred == model.Founded {
			out = append(out, r)
		}
	}
	return out
}
