package extract

import "github.com/kg-news/kg/model"

// "X bought A in 2023 and agreed in June to acquire B": the second verb
// shares the first one's subject; A, the object read before "and", is no
// buyer. A deal read at trigger i whose subject is the object of a deal
// read earlier in the sentence, with "and" between that object and i and
// no other name, takes the earlier deal's subject. Only verbs share one.
var andWords = wordSet("and")

func sharedSubject(d *Doc, s Sentence, i int, tr *trigger, rs []Rel) []Rel {
	if tr.noun || tr.reverse {
		return rs // "and the purchase of B": a noun has no subject to share
	}
	for k := range rs {
		r := &rs[k]
		if !dealOrInvest(r.Pred) || !coordinatedAfter(d, s, r.Subj, i) {
			continue
		}
		for _, p := range d.Relations {
			if p.Sent == r.Sent && p.Obj == r.Subj && p.Subj != r.Obj && dealOrInvest(p.Pred) {
				r.Subj = p.Subj
				break
			}
		}
	}
	return rs
}

func dealOrInvest(p string) bool { return dealPred(p) || p == model.InvestedIn }

// coordinatedAfter reports that the last mention of key before token i is
// followed by "and" with no other name before i: "A ... and agreed to buy".
func coordinatedAfter(d *Doc, s Sentence, key string, i int) bool {
	ms := mentionsIn(d, s)
	last := -1
	for _, k := range ms {
		if d.Mentions[k].From < i {
			last = k
		}
	}
	if last < 0 || d.Mentions[last].Key != key {
		return false
	}
	for j := d.Mentions[last].To; j < i; j++ {
		if andWords[d.Tokens[j].Norm] && d.Tokens[j].Script == Latin {
			return true
		}
	}
	return false
}
