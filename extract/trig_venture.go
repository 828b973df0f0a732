package extract

import "github.com/kg-news/kg/model"

// Guards and readers of the venture frame (PARTNER_IN).

// venture: a joint venture or consortium word reads the named venture of
// the sentence and its members.
func guardVenture(c *trig) ([]Rel, verdict) {
	if c.pred != model.PartnerIn {
		return nil, pass
	}
	return readVenture(c.d, c.si, c.ms), stop
}

// readVenture reads a joint venture or consortium with a name of its own:
// each company in the sentence is a partner in the named venture.
func readVenture(d *Doc, si int, ms []int) []Rel {
	venture := -1
	for _, k := range ms {
		m := d.Mentions[k]
		if m.Cue == "named" {
			venture = k
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
	for _, k := range ms {
		if k != venture && d.Mentions[k].Type == model.Company && d.Mentions[k].Key != d.Mentions[venture].Key {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[venture].Key, Pred: model.PartnerIn, Status: model.Announced, Conf: 0.6, Sent: si})
		}
	}
	return out
}
