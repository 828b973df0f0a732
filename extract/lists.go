package extract

// Lists of names: "A, B and C", "A وB", a member described or in an
// apposition.

import (
	"slices"
	"strings"

	"github.com/kg-news/kg/model"
)

// expandList returns mention k with the mentions coordinated with it:
// "A, B and C", "A وB".
func expandList(d *Doc, ms []int, k int) []int {
	out := []int{k}
	pos := -1
	for n, x := range ms {
		if x == k {
			pos = n
		}
	}
	if pos < 0 {
		return out
	}
	typ := d.Mentions[k].Type
	last := k
	for n := pos + 1; n < len(ms); n++ {
		prev, next := d.Mentions[last], d.Mentions[ms[n]]
		if next.Type != typ && !(typ != model.Person && next.Type != model.Person) {
			break
		}
		if !onlyJoiners(d, prev.To, next.From) {
			// "A, a unit of B, and C": names inside an apposition are
			// skipped, the member after it joins.
			if apposition(d, prev.To, next.From) {
				out = append(out, ms[n])
				last = ms[n]
				continue
			}
			if n+1 < len(ms) && d.Mentions[ms[n+1]].From-prev.To <= 16 {
				continue
			}
			break
		}
		out = append(out, ms[n])
		last = ms[n]
	}
	return out
}

// listBefore is the members of an English list that closes with mention k,
// first to last, k left out: "A, B and K bought Y" names three buyers. The
// word before K must join with "and"; a deal word before the list makes it
// another clause's ("X sold A and K bought Y").
func listBefore(d *Doc, ms []int, k int) []int {
	pos := slices.Index(ms, k)
	if pos < 1 || d.Lang != "en" || !joinedByAnd(d, d.Mentions[ms[pos-1]].To, d.Mentions[k].From) {
		return nil
	}
	person := d.Mentions[k].Type == model.Person
	var out []int
	cur := k
	for n := pos - 1; n >= 0; n-- {
		prev := d.Mentions[ms[n]]
		if (prev.Type == model.Person) != person || !onlyJoiners(d, prev.To, d.Mentions[cur].From) {
			break
		}
		out = append([]int{ms[n]}, out...)
		cur = ms[n]
	}
	if len(out) == 0 {
		return nil
	}
	s := d.Sentences[d.Tokens[d.Mentions[k].From].Sent]
	for j := s.From; j < d.Mentions[out[0]].From; j++ {
		if triggerAt(&d.Tokens[j]) != nil {
			return nil
		}
	}
	// The list opens the clause: at the sentence start, after a comma or
	// a subordinator ("The move comes after A and B acquired Y"), not
	// after "such as" or a preposition ("stakes in A, B and C").
	if f := d.Mentions[out[0]].From; f > s.From && !isComma(&d.Tokens[f-1]) && !(listOpeners[d.Tokens[f-1].Norm] && tok2(d, f-2) != "such") {
		return nil
	}
	return out
}

var listOpeners = wordSet("subject-list-openers")

// joinedByAnd reports "and" or "&" among tokens [a, b).
func joinedByAnd(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		if andWord[d.Tokens[j].Norm] || d.Tokens[j].Text == "&" {
			return true
		}
	}
	return false
}

// onlyJoiners reports whether tokens [a,b) are list glue: commas, "and",
// a bracketed acronym, a nationality word or a company cue.
func onlyJoiners(d *Doc, a, b int) bool {
	// "Sanabil Investments, a wholly owned unit of the Public Investment
	// Fund, and SNB Capital": an apposition between two members.
	if appositionSpan(d, a, b, 14) {
		return true
	}
	// A described member: "وشركة STV السعودية لرأس المال الجريء، ومبادلة".
	// ... or whose last word is a glued "و" and a cue ("وصندوق").
	if b-a <= 7 && b > a && (memberEnd[d.Tokens[b-1].Norm] ||
		strings.HasPrefix(d.Tokens[b-1].Norm, "و") && companyCues[strings.TrimPrefix(d.Tokens[b-1].Norm, "و")]) {
		ok := true
		for j := a; j < b-1; j++ {
			if t := &d.Tokens[j]; t.Script == Arabic && (ar.IsFunction(t.Norm) || withParticipation[t.Norm]) || t.Script == Latin || t.Script == Digit {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	if b-a > 4 {
		return false
	}
	for j := a; j < b; j++ {
		w := d.Tokens[j].Norm
		switch {
		case joiners[w] || isQuote(&d.Tokens[j]):
		case companyCues[w] || companyCues[strings.TrimPrefix(w, "و")] || pluralCues[w]:
		case strings.HasPrefix(w, "ال") && d.Tokens[j].Script == Arabic && !ar.IsFunction(w):
		default:
			return false
		}
	}
	return true
}

// apposition reports ", a/an/the ..., and" between two list members.
func apposition(d *Doc, a, b int) bool { return appositionSpan(d, a, b, 16) }

// appositionSpan is an apposition of at most max tokens.
func appositionSpan(d *Doc, a, b, max int) bool {
	return b-a >= 4 && b-a <= max && tok2(d, a) == "," && articles[tok2(d, a+1)] && andWord[tok2(d, b-1)] && tok2(d, b-2) == ","
}

// hasConjunction reports "و" or a comma among tokens [a, b), glued "و"
// included: what joins the members of a list.
func hasConjunction(d *Doc, a, b int) bool {
	for j := a; j < b && j < len(d.Tokens); j++ {
		w := d.Tokens[j].Norm
		if conjunctions[w] || strings.HasPrefix(w, "و") && d.Tokens[j].Script == Arabic && len(d.Tokens[j].Forms) > 1 {
			return true
		}
	}
	return false
}

var (
	articles          = wordSet("articles")
	memberEnd         = wordSet("member-end")
	pluralCues        = wordSet("list-plural-cues") // "وكذلك صناديق A"
	withParticipation = wordSet("with-participation-ar")
	joiners           = wordSet("joiners")
	conjunctions      = wordSet("conjunctions")
)
