package extract

import (
	"strings"

	"github.com/kg-news/kg/model"
)

// Guards and readers of the role frame (CEO_OF), and the titles that also
// name founders.

var (
	executiveWord = wordSet("executive")
	chiefWord     = wordSet("executive.chief")
	leadNounAr    = wordList("take-lead-ar")
	takesOverAr   = wordList("take-lead-ar.takes")
	leadVerbsAr   = wordSet("lead-verbs-ar")
	founderSuffix = wordList("founder-suffix")
	founderInfix  = wordList("founder-infix-ar")
	founderNotAr  = wordList("founder-infix-ar.not")
)

// chief-executive: "executive" is a title only after "chief".
func guardChiefExecutive(c *trig) ([]Rel, verdict) {
	if c.ar || !executiveWord[c.w] {
		return nil, pass
	}
	if !chiefWord[c.tok(c.i-1)] {
		return nil, stop
	}
	return nil, goOn
}

// take-lead-ar: "ليتولى مارك وينترهوف ... قيادتها": taking over the lead of
// the company the story is about.
func readTakeLeadAr(c *trig) ([]Rel, bool) {
	if !c.ar || c.pred != model.CEOOf || !hasAnyPrefix(c.lastForm(), leadNounAr) {
		return nil, false
	}
	d, s, i := c.d, c.s, c.i
	if !precededBy(d, s, i, 16, takesOverAr...) {
		return nil, true
	}
	person := -1
	for _, k := range c.ms {
		if m := d.Mentions[k]; m.Type == model.Person && m.To <= i && m.From >= i-16 && precededBy(d, s, m.From, 2, takesOverAr...) {
			person = k
			break
		}
	}
	company := topicCompany(d, s.From, "")
	if person < 0 || company < 0 {
		return nil, true
	}
	return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: model.CEOOf, Conf: 0.5, Sent: c.si}}, true
}

// leader-ar: "سبيربنك، الذي يرأسه غيرمان غريف".
func readLeaderVerb(c *trig) ([]Rel, bool) {
	if !c.ar || c.pred != model.CEOOf || !leadVerbsAr[c.lastForm()] {
		return nil, false
	}
	return readLeader(c.d, c.si, c.i, c.ms), true
}

// title: "Oracle co-founder Larry Ellison", "الرئيس التنفيذي لشركة X".
func readTitleWord(c *trig) ([]Rel, bool) {
	if c.pred == model.CEOOf || c.pred == model.Founded && (hasAnySuffix(c.w, founderSuffix) || containsAny(c.w, founderInfix) && !hasAnyPrefix(c.w, founderNotAr)) {
		return readTitle(c.d, c.si, c.i, c.pred, c.ms), true
	}
	return nil, false
}

// hasAnySuffix reports whether s ends with one of ss.
func hasAnySuffix(s string, ss []string) bool {
	for _, x := range ss {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// readLeader reads "سبيربنك، الذي يرأسه غيرمان غريف" and "ويقود البنك
// رئيسه التنفيذي هاكان أتيش": the person after the verb runs the company
// the relative clause hangs on, or the one the verb names.
func readLeader(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	person := -1
	for _, k := range ms {
		if m := d.Mentions[k]; m.From > i && m.From <= i+6 && m.Type == model.Person {
			person = k
			break
		}
	}
	if person < 0 || boardAr[tok(d, s, i+1)] {
		return nil // "يرأس مجلس إدارتها": the chair, not the chief executive
	}
	company := -1
	if relativeOneAr[tok(d, s, i-1)] {
		for n := len(ms) - 1; n >= 0; n-- {
			if m := d.Mentions[ms[n]]; m.To <= i && m.Type == model.Company {
				company = ms[n]
				break
			}
		}
		// "للمجموعة التي يقودها P": the word the clause hangs on refers
		// back, most often to the company its sentence opens with.
		if i-2 >= s.From && isAnaphor(d.Tokens[i-2].Norm) {
			if k := companyAfter(d, s, s.From-1, i-s.From, nil); k >= 0 {
				company = k
			}
		}
	} else {
		for _, k := range ms {
			if m := d.Mentions[k]; m.From > i && m.From <= i+2 && m.Type == model.Company {
				company = k
			}
		}
		if company < 0 && anaphorNear(d, s, i) {
			company = topicCompany(d, s.From, "")
		}
	}
	if company < 0 {
		return nil
	}
	return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: model.CEOOf, Conf: 0.6, Sent: si}}
}

var otherOfficerAr = wordSet("other-officer-ar")

// other-officer-ar: "الرئيس التنفيذي للعمليات" is the chief operating
// officer, "الرئيس التنفيذي للاستثمار" the chief investment officer: not
// the chief executive.
func guardOtherOfficerAr(c *trig) ([]Rel, verdict) {
	if !c.ar || !otherOfficerAr[c.tok(c.i+1)] {
		return nil, pass
	}
	return nil, stop
}
