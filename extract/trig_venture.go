package extract

import "github.com/kg-news/kg/model"

// Guards and readers of the venture frame (PARTNER_IN).

// venture: a joint venture or consortium word reads the named venture of
// the sentence and its members.
func guardVenture(c *trig) ([]Rel, verdict) {
	if c.pred != model.PartnerIn {
		return nil, pass
	}
	return readVenture(c.d, c.si, c.i, c.ms), stop
}

// readVenture reads a joint venture or consortium with a name of its own:
// each company in the sentence is a partner in the named venture.
func readVenture(d *Doc, si, i int, ms []int) []Rel {
	venture, before := -1, false
	for _, k := range ms {
		m := d.Mentions[k]
		if m.Cue == "named" {
			venture = k
		}
		// its partners are named before it: "A and B announced the
		// formation of X, a joint venture that will ... in the Y Zone".
		if ventureApposition(d, m, i) {
			venture, before = k, true
		}
		// a quoted name right after a naming word
		for j := m.From - 1; j >= m.From-2 && j >= 0 && venture != k; j-- {
			if namingCues[d.Tokens[j].Norm] {
				venture = k
			}
			if !isQuote(&d.Tokens[j]) {
				break
			}
		}
	}
	if venture < 0 {
		return nil
	}
	var out []Rel
	named := before && tok2(d, i+1) == "between"
	for _, k := range ms {
		// ... and after "a joint venture with|between"; "between" names
		// them all, and a name before the venture is then a buyer of a
		// stake in it ("Zentrix bought 10% of X, the joint venture
		// between A and B").
		from := d.Mentions[k].From
		if before && from > d.Mentions[venture].From && !(from > i && from <= i+5 && ventureWith[tok2(d, i+1)]) || named && from < d.Mentions[venture].From {
			continue
		}
		if k != venture && d.Mentions[k].Type == model.Company && d.Mentions[k].Key != d.Mentions[venture].Key {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[venture].Key, Pred: model.PartnerIn, Status: model.Announced, Conf: 0.6, Sent: si})
		}
	}
	return out
}

var (
	ventureFillers = wordSet("venture-apposition")
	ventureWith    = wordSet("venture-apposition.with")
)

// ventureApposition reports a name the venture word at i stands in
// apposition to: "Duqm Green Molecules Company ("DGMC"), a 50:50 joint
// venture"; only brackets, quotes, a comma and a few fillers between.
func ventureApposition(d *Doc, m Mention, i int) bool {
	if m.To > i || i-m.To > 10 || d.Tokens[m.From].Script != Latin {
		return false
	}
	comma := false
	for j := m.To; j < i; j++ {
		t := &d.Tokens[j]
		switch {
		case t.Text == ",":
			comma = true
		case t.Script == Punct || t.Script == Digit || ventureFillers[t.Norm]:
		case t.Upper && !comma: // the acronym in brackets
		default:
			return false
		}
	}
	return comma
}
