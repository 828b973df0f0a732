package extract

import "github.com/kg-news/kg/model"

// A purchase that is only planned, sought or under talks ("X plans to buy
// Y", "in talks to acquire", "a possible takeover", "تعتزم X الاستحواذ على
// Y") is a proposal to buy, BID_FOR, not an agreed purchase. The intent word
// must govern the deal word itself: a plan named elsewhere in the sentence
// ("X, which plans to expand, bought Y") changes nothing.
var (
	intentVerbs   = wordSet("intent-verbs")
	intentLinks   = wordSet("intent-links")
	intentAdjs    = wordSet("intent-adjectives")
	intentTalks   = wordSet("intent-talks")
	intentVerbsAr = wordSet("intent-verbs-ar")
	intentAdjsAr  = wordSet("intent-adjectives-ar")
	questionMarks = wordSet("question-marks")
)

// intentAt reports whether the deal word at token i is governed by an
// intent word, and the status that word gives.
func intentAt(d *Doc, s Sentence, i int) (string, bool) {
	// "هل دخل X سباق الاستحواذ على Y؟", "Will X buy Y?": a question
	// asks about a purchase, it reports none.
	if questionMarks[d.Tokens[s.To-1].Text] {
		return model.Proposed, true
	}
	if d.Tokens[i].Script == Arabic {
		return intentAtAr(d, s, i)
	}
	if i > s.From && intentAdjs[d.Tokens[i-1].Norm] {
		return model.Proposed, true
	}
	j := i - 1
	for n := 0; j >= s.From && n < 3 && intentLinks[d.Tokens[j].Norm]; n++ {
		j--
	}
	if j < s.From || j == i-1 && !intentDirect(d.Tokens[j].Norm) || !intentVerbs[d.Tokens[j].Norm] {
		return "", false
	}
	return intentStatus(d.Tokens[j].Norm), true
}

// intentDirect: an -ing verb takes the deal word with no "to" between
// ("considering buying"); "plans buy" is no English.
func intentDirect(w string) bool { return len(w) > 3 && w[len(w)-3:] == "ing" }

func intentStatus(w string) string {
	if intentTalks[w] {
		return model.InTalks
	}
	return model.Proposed
}

// intentAtAr: the intent verb may stand several words before the deal word,
// with its subject between ("تعتزم مجموعة X الاستحواذ"); it must be in the
// same clause with no other deal word between; an adjective after the deal
// noun ("الاستحواذ المحتمل") says the same.
func intentAtAr(d *Doc, s Sentence, i int) (string, bool) {
	if i+1 < s.To && intentAdjsAr[d.Tokens[i+1].Norm] {
		return model.Proposed, true
	}
	for j := i - 1; j >= s.From && j >= i-8; j-- {
		t := &d.Tokens[j]
		if clauseEdge(t.Norm) || triggerAt(t) != nil {
			return "", false
		}
		for v, w := range t.Forms {
			// "حسب الطلب" is on demand: behind an article, طلب is the
			// market's demand, not a request.
			if intentVerbsAr[w] && !strippedArticle(t, v) {
				return intentStatus(w), true
			}
		}
	}
	return "", false
}

// asIntent turns the purchases read at deal word i into proposals when an
// intent word governs it.
func asIntent(d *Doc, s Sentence, i int, rs []Rel) []Rel {
	st, ok := "", false
	for k := range rs {
		if rs[k].Pred != model.Acquired {
			continue
		}
		// The intent word is looked up once, and only for a purchase.
		if !ok {
			if st, ok = intentAt(d, s, i); !ok {
				st, ok = intentAt(d, s, stakeVerb(d, s, i))
			}
			if !ok {
				return rs
			}
		}
		rs[k].Pred, rs[k].Status, rs[k].Intent = model.BidFor, st, true
	}
	return rs
}

// stakeVerb is the deal verb a few words before the stake noun at i
// ("plans to acquire a controlling stake"), whose intent the stake shares;
// i itself when none is there.
func stakeVerb(d *Doc, s Sentence, i int) int {
	if !stakeNoun[d.Tokens[i].Norm] {
		return i
	}
	for j := i - 1; j >= s.From && j >= i-4; j-- {
		if tr := triggerAt(&d.Tokens[j]); tr != nil && !tr.noun {
			return j
		}
	}
	return i
}

// settleIntent drops a planned purchase of a pair the article also reports
// as agreed or done: one deal, annotated once.
func settleIntent(rels []Rel) []Rel {
	out := rels[:0]
	for _, r := range rels {
		if !(r.Intent && agreedElsewhere(rels, r)) {
			out = append(out, r)
		}
	}
	return out
}

func agreedElsewhere(rels []Rel, p Rel) bool {
	for _, r := range rels {
		if r.Pred == model.Acquired && r.Subj == p.Subj && r.Obj == p.Obj {
			return true
		}
	}
	return false
}
