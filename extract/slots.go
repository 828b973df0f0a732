package extract

// The last step of a trigger word: the language's slot finder (enSlots in
// slots_en.go, arSlots in slots_ar.go), then finish: the status, the
// amount, the coordinated subjects and the further targets of one verb.

import (
	"strings"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/extract/norm"
	"github.com/kg-news/kg/model"
)

// slotsOf runs the language's slot finder for the trigger.
func slotsOf(c *trig, reverse bool) (int, int) {
	if c.ar {
		return arSlots(c.d, c.s, c.i, c.ms, c.pred, reverse)
	}
	return enSlots(c.d, c.s, c.i, c.i+1, c.ms, c.pred, reverse, c.tr.noun)
}

var (
	mergeVerbs   = wordSet("merge-verbs")
	aliAr        = wordList("ali-ar")
	forOfWords   = wordList("for-of")
	companyWords = wordSet("the-company.noun")
	theWord      = wordSet("the")
)

// readSlots is the last step of a trigger: the language's slot finder,
// then finish.
func readSlots(c *trig) []Rel {
	d, s, i, ms, pred := c.d, c.s, c.i, c.ms, c.pred
	reverse := c.tr.reverse
	if c.ar {
		// "أكبر عملية استحواذ في القطاع": a noun of buying with no target
		// after it (على X, لـX, or the name itself) is no deal of its own.
		if (pred == model.Acquired || pred == model.BidFor) && !reverse && isBuyingNoun(c.t) &&
			within(d, s, i, 2, aliAr...) < 0 && !mentionWithin(d, ms, i, 3) && !nameAfterDescription(d, ms, i) && !glued(d, s, i+1) &&
			!(mentionWithin(d, ms, i, 10) && sharesPercent(d, s, i) > 0) {
			return nil
		}
		subj, obj := slotsOf(c, reverse)
		// "ستقوم ببيع كامل أسهمها في X عن طريق صفقة خاصة": a sale with
		// no buyer named has none to guess.
		if reverse && subj < 0 {
			return nil
		}
		return c.finish(subj, obj)
	}
	subj, obj := slotsOf(c, reverse)
	// "A and B agreed to merge": partners, neither bought; no topic to fall
	// back on.
	// "merged its pigments division into X": a part put into a venture.
	if mergeVerbs[c.w] && (obj < 0 || itsWord[c.tok(c.i+1)]) {
		return nil
	}
	// "Falkenrath Chief Executive Joerg Heilmann said ... the offer": the
	// speaker of an offer speaks for the company whose title he holds.
	if c.tr.noun && pred == model.BidFor && subj >= 0 && d.Mentions[subj].Type == model.Person && spokeBefore(d, s, d.Mentions[subj].To, i) {
		if k := employerBefore(d, ms, subj); k >= 0 {
			subj = k
		}
	}
	// "the largest takeover the industry has seen": a deal noun that names
	// no target here is about a deal read elsewhere; "... offer for the
	// company" is about the company the article is about.
	if c.tr.noun && obj < 0 && (pred == model.Acquired || pred == model.BidFor) {
		j := within(d, s, i, 3, forOfWords...)
		if j < 0 || !(itWord[c.tok(j+1)] || theWord[c.tok(j+1)] && companyWords[c.tok(j+2)]) {
			return nil
		}
		obj = topicCompany(d, s.To, keyOf(d, subj))
	}
	return c.finish(subj, obj)
}

// nameAfterDescription reports a name after token i with only a description
// between ("شراء منافسه "مجموعة X"").
func nameAfterDescription(d *Doc, ms []int, i int) bool {
	for _, k := range ms {
		if m := d.Mentions[k]; m.From > i {
			return descriptionOnly(d, i+1, m.From)
		}
	}
	return false
}

// nextDealPrice reads a takeover's price told in the next sentence: "X
// agreed to buy Y. The deal is worth $2.1 billion." The sentence must open
// on the deal ("deal-next") and carry the figure after "worth"/"valued".
func nextDealPrice(d *Doc, si int) *money.Mention {
	if si+1 >= len(d.Sentences) {
		return nil
	}
	s := d.Sentences[si+1]
	if s.To-s.From < 3 || !dealNext[joinNorm(d.Tokens, s.From, s.From+2)] {
		return nil
	}
	in := moneyIn(d, s.Start, s.End)
	for k := range in {
		if mo := &in[k]; !mo.PerShare && mo.Amount > 0 && priceValue(d, mo, s.Start) {
			return mo
		}
	}
	return nil
}

// finish fills an empty object from context, expands coordinated subjects
// and attaches status and money.
func finish(d *Doc, si, i int, tr *trigger, pred, folded string, subj, obj int) []Rel {
	s := d.Sentences[si]
	ms := partiesOnly(d, mentionsIn(d, s))
	// An empty object: "the company", "الشركة", "الأخيرة" or nothing at
	// all refers to a company named earlier in the sentence, else to the
	// company the article is about.
	if obj < 0 {
		if pred == model.InvestedIn && inNonName(d, s, i) {
			return nil // "to invest in Spanish SMEs", "invested in 14 funds"
		}
		obj = topicCompany(d, s.From, keyOf(d, subj))
	}
	// "تقضي الصفقة بشراء X", "the deal values Y": the buyer left unsaid
	// is the company the article is about.
	if subj < 0 && obj >= 0 && (pred == model.Acquired || pred == model.InvestedIn) && sentenceHas(folded, theDealCues) {
		subj = topicCompany(d, s.From, d.Mentions[obj].Key)
	}
	if subj < 0 || obj < 0 || pred != model.CEOOf && pred != model.Founded && possessedPart(d, obj) {
		return nil
	}
	subjects := expandList(d, ms, subj)
	if e := d.Mentions[subj].To; e <= i && e >= i-4 {
		subjects = append(listBefore(d, ms, subj), subjects...)
	}
	var out []Rel
	status := statusOf(clauseOf(d, s, i), tr.status)
	if pred == model.Acquired && status == model.Rejected {
		pred = model.BidFor
	}
	var mon *money.Mention
	if pred == model.Acquired || pred == model.BidFor {
		mon = pickPrice(d, s, i)
		if mon == nil {
			mon = nextDealPrice(d, si)
		}
	} else if pred == model.InvestedIn && !participation(&d.Tokens[i]) {
		// Participants in a round led by others get no amount of their own.
		mon = pickMoney(d, s, i, false)
	}
	if o := &d.Mentions[obj]; o.Type == model.Person && pred != model.CEOOf && pred != model.Founded {
		retype(d, o.Key, model.Company)
	}
	for _, ob := range objectList(d, ms, obj, pred) {
		for _, sj := range subjects {
			r := Rel{Subj: d.Mentions[sj].Key, Obj: d.Mentions[ob].Key, Pred: pred, Money: mon, Status: status, Conf: 0.7, Sent: si}
			if !validPair(d, sj, ob, pred) {
				continue
			}
			out = append(out, r)
		}
	}
	// "bought MuleSoft for $6.5 billion in 2018 and ... Tableau for $15.7
	// billion": a further target with its own price.
	if pred == model.Acquired && mon != nil && len(subjects) == 1 {
		for _, k := range ms {
			m := d.Mentions[k]
			if m.From <= d.Mentions[obj].To || m.Type != model.Company || m.Key == d.Mentions[subjects[0]].Key {
				continue
			}
			if forWord[tok(d, s, m.To)] {
				if mo := moneyRightAfter(d, m.To+1); mo != nil && mo != mon {
					out = append(out, Rel{Subj: d.Mentions[subjects[0]].Key, Obj: m.Key, Pred: pred, Money: mo, Status: status, Conf: 0.6, Sent: si})
				}
			}
		}
	}
	// "A is putting in $800m, B $700m and C $500m": each further name with
	// its own amount, the verb left out, is another investor.
	if pred == model.InvestedIn && mon != nil {
		for _, k := range ms {
			m := d.Mentions[k]
			if m.From <= i || k == obj || m.Type == model.Person {
				continue
			}
			if mo := moneyRightAfter(d, m.To); mo != nil && mo != mon {
				out = append(out, Rel{Subj: m.Key, Obj: d.Mentions[obj].Key, Pred: pred, Money: mo, Status: status, Conf: 0.6, Sent: si})
			}
		}
	}
	return out
}

// statusOf reads the deal's status from the sentence.
func statusOf(folded, def string) string {
	switch {
	case sentenceHas(folded, rejectCues):
		return model.Rejected
	case sentenceHas(folded, talksCues):
		return model.InTalks
	case sentenceHas(folded, doneCues):
		return model.Completed
	case sentenceHas(folded, agreedCues):
		return model.Announced
	}
	return def
}

// joinWords is the folded words of s joined by spaces: joinNorm of its
// tokens, without the Arabic variants a Token carries.
func joinWords(s string) string {
	var b strings.Builder
	n := 0
	scanTokens(s, func(start, end, script int) {
		if n > 0 {
			b.WriteByte(' ')
		}
		n++
		if script == Punct {
			b.WriteString(s[start:end])
		} else {
			b.WriteString(norm.Key(s[start:end]))
		}
	})
	return b.String()
}

// stakePercent reads the size of a stake written next to the word at j
// ("a 49% stake", "حصة 51%"), or -1.
func stakePercent(d *Doc, s Sentence, j int) float64 {
	// "على ثلث X", "a third of X": a fraction in words.
	for q := j - 3; q <= j+3; q++ {
		if q < s.From || q >= s.To {
			continue
		}
		if v, ok := fractionWords[d.Tokens[q].Norm]; ok {
			return v
		}
	}
	for q := j - 3; q <= j+3; q++ {
		if q < s.From || q+1 >= s.To || d.Tokens[q].Script != Digit {
			continue
		}
		next := d.Tokens[q+1].Norm
		if stakePercentWords[next] || arIn[next] && hundredAr[tok(d, s, q+2)] || stakePercentPairs[next+" "+tok(d, s, q+2)] {
			v := 0.0
			for _, r := range norm.Fold(d.Tokens[q].Text) {
				if r < '0' || r > '9' {
					break
				}
				v = v*10 + float64(r-'0')
			}
			return v
		}
	}
	return -1
}

// clauseOf is the folded text of the clause around token i: status words
// in another clause ("..., eight months after being rebuffed") belong to
// another event.
func clauseOf(d *Doc, s Sentence, i int) string {
	from, to := i, i+1
	for from > s.From && !clauseEdge(d.Tokens[from-1].Norm) {
		from--
	}
	for to < s.To && !clauseEdge(d.Tokens[to].Norm) {
		to++
	}
	return joinNorm(d.Tokens, from, to)
}

func clauseEdge(w string) bool {
	return clauseEdges[w]
}

var (
	theDealCues   = wordList("the-deal")
	dealNext      = wordSet("deal-next")
	irregularPast = wordSet("irregular-past")
	toList        = wordList("to")
	relativeEn    = wordSet("relative-that")
	inIntoSet     = wordSet("in-into")
	anaphorEn     = wordSet("anaphors-en")
	thatItAr      = wordSet("that-it-ar")
	withWords     = wordSet("with")
	withAr        = wordSet("with-ar")
	relativeSubj  = wordSet("relative-subject")
	clauseOpeners = wordSet("clause-openers")
)

var (
	fractionWords      = wordValues("fractions")
	stakePercentWords  = wordSet("stake-percent")
	stakePercentPairs  = wordSet("stake-percent-pairs")
	hundredAr          = wordSet("hundred-ar")
	clauseEdges        = wordSet("clause-edges")
	theCompany         = wordSet("the-company.topic")
	companyNear        = wordSet("the-company.near")
	companyNoun        = wordSet("the-company.subject")
	purchaseNounAr     = wordSet("purchase-noun-ar")
	boughtStemsAr      = wordList("bought-stems-ar")
	objectSuffixAr     = wordSet("object-suffix-ar")
	notPriceValue      = wordSet("not-price-value")
	boardAr            = wordSet("board-ar")
	relativeOneAr      = wordSet("relative-one-ar")
	buyingNounStemsAr  = wordList("buying-noun-stems-ar")
	theCompanyAr       = wordSet("the-company-ar")
	intentWords        = wordSet("intent")
	participationWords = wordSet("participation")
	relativeAr         = wordSet("relative-ar")
	roundNounAr        = wordList("round-noun-ar")
)

// inNonName reports an "in" after the investment word at i whose object is
// no name and no word that refers back ("in it", "in the startup"): the
// money went into something that is not a company.
func inNonName(d *Doc, s Sentence, i int) bool {
	if d.Tokens[i].Script == Arabic {
		j := within(d, s, i, 3, inArWords...)
		return j >= 0 && j+1 < s.To && inDomainsAr[d.Tokens[j+1].Norm]
	}
	j := within(d, s, i, 3, inWords...)
	if j < 0 || j+1 >= s.To {
		return false
	}
	next := &d.Tokens[j+1]
	if next.Script != Latin || itWord[next.Norm] {
		return false
	}
	// "in his company", "in the startup"
	return !(inRefersBack[next.Norm] && (companyNear[tok2(d, j+2)] || companyWords[tok2(d, j+2)]))
}

var (
	inRefersBack = wordSet("in-refers-back")
	inArWords    = wordList("in-ar")
	inDomainsAr  = wordSet("in-domains-ar")
)

// objectList is the deal's object and the names listed with it ("the
// purchase of A, B and C": one price, each target gets it) when the list
// closes the clause; "bought A and B bought C" lists no targets.
func objectList(d *Doc, ms []int, obj int, pred string) []int {
	if pred != model.Acquired && pred != model.InvestedIn && pred != model.BidFor {
		return []int{obj}
	}
	list := expandList(d, ms, obj)
	if len(list) < 2 {
		return list
	}
	end := d.Mentions[list[len(list)-1]].To
	if end >= len(d.Tokens) || d.Tokens[end].Sent != d.Tokens[d.Mentions[obj].From].Sent {
		return list
	}
	t := &d.Tokens[end]
	if t.Script == Punct || t.Script == Latin && en.Stop[t.Norm] || t.Script == Arabic && ar.IsFunction(t.Norm) {
		return list
	}
	return []int{obj}
}

// spokeBefore reports a verb of saying among tokens [a, b).
func spokeBefore(d *Doc, s Sentence, a, b int) bool {
	for j := a; j < b && j < s.To; j++ {
		if reportingVerbs[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

// employerBefore is the company named right before the person k's title
// ("Falkenrath Chief Executive P"), or -1.
func employerBefore(d *Doc, ms []int, k int) int {
	j := d.Mentions[k].From - 1
	for n := 0; n < 4 && j >= 0 && enTitleWords[d.Tokens[j].Norm]; n++ {
		j--
	}
	if j == d.Mentions[k].From-1 {
		return -1
	}
	for _, q := range ms {
		if m := d.Mentions[q]; m.To == j+1 && m.Type == model.Company {
			return q
		}
	}
	return -1
}
