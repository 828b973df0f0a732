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
