package extract

import (
	"github.com/kg-news/kg/model"
)

// Guards and readers of the found frame (FOUNDED).

var (
	setVerb        = wordSet("set")
	upWord         = wordSet("set.up")
	yadAr          = wordSet("ala-yad")
	alaAr          = wordSet("ala-yad.ala")
	foundedItAr    = wordSet("founded-it-ar")
	coFoundedAr    = wordSet("co-founded-ar")
	inAr           = wordSet("in-ar")
	foundingAr     = wordList("founding-ar")
	foundedPassive = wordSet("founded-passive-ar")
	foundingVerbs  = wordSet("founding-verbs")
	foundVerbsAr   = wordSet("founding-verbs-ar")
)

// set-up: "set" founds only in "set up".
func guardSetUp(c *trig) ([]Rel, verdict) {
	if c.ar || !setVerb[c.w] {
		return nil, pass
	}
	if !upWord[c.tok(c.i+1)] {
		return nil, stop
	}
	return nil, goOn
}

// ala-yad: "يد" founds only in "على يد" (at the hands of).
func guardAlaYad(c *trig) ([]Rel, verdict) {
	if !c.ar || !yadAr[c.w] {
		return nil, pass
	}
	if !alaAr[c.tok(c.i-1)] {
		return nil, stop
	}
	return nil, goOn
}

// founded-by-ar: "منصة نون التي أسسها": the company before; its founders
// the people after the verb ("التي أسسها إدي مارون وإيلي حبيب"), else the
// person the sentence is about.
func guardFoundedByAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !foundedItAr[c.w] {
		return nil, pass
	}
	d, ms, i := c.d, c.ms, c.i
	obj := nearestBefore(d, ms, i, model.Founded, false)
	var founders []int
	for _, k := range ms {
		if m := d.Mentions[k]; m.Type == model.Person && m.From > i && m.From <= i+3 {
			founders = expandList(d, ms, k)
			break
		}
	}
	if len(founders) == 0 {
		for _, k := range ms {
			if m := d.Mentions[k]; m.Type == model.Person && m.To <= i {
				founders = []int{k}
				break
			}
		}
	}
	if obj < 0 || len(founders) == 0 {
		return nil, stop
	}
	var out []Rel
	for _, f := range founders {
		out = append(out, Rel{Subj: d.Mentions[f].Key, Obj: d.Mentions[obj].Key, Pred: model.Founded, Conf: 0.6, Sent: c.si})
	}
	return out, stop
}

// co-founded-ar: "نمشي شارك في تأسيسها حسام عرب": co-founded.
func guardCoFoundedAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !coFoundedAr[c.w] || !inAr[c.tok(c.i+1)] || !hasAnyPrefix(c.tok(c.i+2), foundingAr) {
		return nil, pass
	}
	d := c.d
	person := -1
	for _, k := range c.ms {
		if m := d.Mentions[k]; m.From > c.i && m.Type == model.Person {
			person = k
			break
		}
	}
	company := nearestBefore(d, c.ms, c.i, model.Founded, false)
	if person < 0 || company < 0 {
		return nil, stop
	}
	return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: model.Founded, Conf: 0.6, Sent: c.si}}, stop
}

// founded-passive-ar: "تأسست": the founders follow "على يد", read there.
func guardFoundedPassiveAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !foundedPassive[c.w] {
		return nil, pass
	}
	return nil, stop
}

// founding: "X founded Y", "Y was founded by A", "تأسست Y على يد A وB".
func readFoundingVerb(c *trig) ([]Rel, bool) {
	if c.pred != model.Founded {
		return nil, false
	}
	if !c.ar && foundingVerbs[c.w] || c.ar && (yadAr[c.w] || foundVerbsAr[c.lastForm()]) {
		return readFounding(c.d, c.si, c.i, c.ms), true
	}
	return nil, false
}

// readFounding reads "X founded Y (with A, B and C)", "Y was founded by A,
// who ..., together with B and C" and "تأسست Y على يد A وB وC": every
// person in the sentence after the verb (and the subject before it) is a
// founder of the company named or referred to.
func readFounding(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	var founders []int
	if k := nearestBefore(d, ms, i, model.Founded, true); k >= 0 && within(d, s, i, 5, byList...) < 0 {
		// "A and B founded Y": the list before the verb.
		if d.Mentions[k].To >= i-4 {
			founders = append(founders, listBefore(d, ms, k)...)
		}
		founders = append(founders, k)
	}
	company := -1
	// Founders stand before the next deal word: "launched in 2015 and
	// invested in A and B" names no founder.
	stop := s.To
	for j := i + 1; j < s.To; j++ {
		if t := triggerAt(&d.Tokens[j]); t != nil && (t.pred == model.Acquired || t.pred == model.InvestedIn || t.pred == model.BidFor) || raiseVerb(&d.Tokens[j]) {
			stop = j
			break
		}
	}
	for _, k := range ms {
		m := &d.Mentions[k]
		// "with Ami Luttwak, Yinon Costica and Roy Reznik": unknown
		// two-word names among founders are people.
		if m.From > i && m.From < stop && m.Type == model.Company && m.Cue == "capitalised" && m.To-m.From >= 2 && m.To-m.From <= 3 {
			m.Type = model.Person
		}
		if m.From > i && m.From < stop && m.Type == model.Person {
			founders = append(founders, k)
		}
		if m.Type == model.Company && company < 0 && (m.From > i && m.From < stop || m.To <= i) {
			company = k
		}
	}
	// The company is the one right before a passive verb, or after an
	// active one; else the one the article is about.
	if k := nearestBefore(d, ms, i, model.Founded, false); k >= 0 && (within(d, s, i, 5, byList...) >= 0 || d.Tokens[i].Script == Arabic) {
		company = k
	} else if k := firstAfter(d, ms, i, model.Founded, false); k >= 0 && d.Mentions[k].From < stop {
		// "Founded by A and B, the company raised $5m led by X": a
		// company past the next deal word is that deal's, not the founded.
		company = k
	}
	if company < 0 || anaphorNear(d, s, i) || passiveAnaphorAr(d, s, i) {
		// "Butterfield co-founded the company": the company a founder is
		// already tied to, else the one the article is about.
		company = -1
		if len(founders) > 0 {
			company = tiedCompany(d, d.Mentions[founders[0]].Key)
		}
		if company < 0 {
			company = topicCompany(d, s.From, "")
		}
	}
	if company < 0 {
		return nil
	}
	var out []Rel
	for _, f := range founders {
		if validPair(d, f, company, model.Founded) {
			out = append(out, Rel{Subj: d.Mentions[f].Key, Obj: d.Mentions[company].Key, Pred: model.Founded, Conf: 0.7, Sent: si})
		}
	}
	return out
}

// passiveAnaphorAr reports "تأسست الشركة عام 2011 على يد ...": the passive
// verb's subject, before the founders, is "the company", not a name after
// them ("الذي عمل لدى X"), however many backers the sentence names
// between the two ("بدعم من A وB والصندوق C").
func passiveAnaphorAr(d *Doc, s Sentence, i int) bool {
	for j := i - 1; j > s.From; j-- {
		for _, f := range append(d.Tokens[j-1].Forms, d.Tokens[j-1].Norm) {
			if foundedPassive[f] {
				return isAnaphor(d.Tokens[j].Norm)
			}
		}
	}
	return false
}
