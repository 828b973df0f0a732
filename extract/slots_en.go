package extract

import (
	"slices"
	"strings"

	"github.com/kg-news/kg/model"
)

// enSlots finds subject and object around an English trigger.
func enSlots(d *Doc, s Sentence, i, end int, ms []int, pred string, reverse, noun bool) (int, int) {
	// Passive: "was acquired by X", "founded in 2020 by X".
	if by := within(d, s, i, 4, byList...); by >= 0 && (strings.HasSuffix(d.Tokens[i].Norm, "ed") || irregularPast[d.Tokens[i].Norm]) {
		if reverse {
			return -1, -1
		}
		return namedAfterTitle(d, ms, firstAfter(d, ms, by, pred, true)), relativeHead(d, s, ms, nearestBefore(d, ms, i, pred, false), i)
	}
	if reverse {
		// "sold Y to X", "the sale of Y to X"; "sold the handset maker to
		// X": Y is the company just named.
		obj := firstAfter(d, ms, i, pred, false)
		// "sold its gathering business, Marrowby Midstream, to X": the
		// part named in apposition, not a word of its description.
		if k := appositivePart(d, s, ms, i); k >= 0 {
			obj = k
		}
		// "MWM, which it sold to X": what the clause hangs on.
		if k := relativeHeadOf(d, s, ms, i); k >= 0 {
			obj = k
		}
		// "Hollin Labs, which agreed to sell itself to X": the seller is
		// what it sells.
		if i+1 < s.To && reflexives[d.Tokens[i+1].Norm] {
			obj = -1
			if k := lastCompanyBefore(d, i); k >= 0 && d.Mentions[k].From >= s.From {
				obj = k
			}
		}
		to := within(d, s, i, 16, toList...)
		if to < 0 {
			return -1, -1
		}
		if obj < 0 || d.Mentions[obj].From > to {
			// "sold the handset maker to Lenovo": a company noun points back;
			// "sell the streaming rights to X" sells no company.
			obj = -1
			for j := i + 1; j < to; j++ {
				if companyNouns[d.Tokens[j].Norm] || itWord[d.Tokens[j].Norm] {
					obj = lastCompanyBefore(d, i)
					break
				}
			}
		}
		buyer := firstAfter(d, ms, to, pred, true)
		if obj < 0 || buyer < 0 || d.Mentions[buyer].From > to+3 {
			return -1, -1 // "selling assets to shore up its finances"
		}
		return buyer, obj
	}
	subj := appositionHead(d, ms, nearestBefore(d, ms, i, pred, true))
	obj := -1
	// "a cloud security company that Microsoft bought": the object is
	// what the relative clause hangs on.
	if subj >= 0 && !noun {
		if p := d.Mentions[subj].From - 1; p >= s.From && relativeEn[d.Tokens[p].Norm] && !mentionWithin(d, ms, i, 2) {
			if k := lastCompanyBefore(d, p); k >= 0 && d.Tokens[d.Mentions[k].From].Sent == d.Tokens[i].Sent {
				return subj, k
			}
		}
	}
	switch {
	case pred == model.InvestedIn:
		// "invested $3.5bn in Uber": the object opens the "in" phrase;
		// "putting in $800m" has no object there.
		for j := i + 1; j < s.To && j <= i+14 && obj < 0; j++ {
			// "a 20% stake in the venture": the venture the story named.
			if w := d.Tokens[j].Norm; inIntoSet[w] && theWord[tok2(d, j+1)] && ventureNouns[tok2(d, j+2)] {
				if obj = storyVenture(d); obj < 0 {
					return -1, -1 // no venture named: no guess at the story's company
				}
				break
			}
			if w := d.Tokens[j].Norm; inIntoSet[w] {
				obj = phraseObject(d, ms, j, pred)
			}
		}
		// "Dalby Capital backed Zentrix Labs": the name right after the verb.
		if k := firstAfter(d, ms, i, pred, false); obj < 0 && investDirect[d.Tokens[i].Norm] && k >= 0 && d.Mentions[k].From <= i+2 {
			obj = k
		}
		// "agreed to buy a further 21% of Sarvanta": a minority purchase
		// names its company after "of".
		if obj < 0 && stakeOfVerbs[d.Tokens[i].Norm] {
			if of := within(d, s, i, 6, ofWords...); of >= 0 && stakePercent(d, s, of-1) > 0 {
				obj = phraseObject(d, ms, of, pred)
			}
		}
	case noun && subj >= 0 && targetBeforeNoun(d, s, d.Mentions[subj], i):
		// "the Zentrix acquisition gave Harlow a foothold", "Harlow
		// completed the Zentrix acquisition": the name the noun follows
		// is what was bought; the buyer is named before it, else after.
		obj = subj
		if subj = nearestBefore(d, ms, d.Mentions[obj].From, pred, true); subj < 0 {
			subj = firstAfter(d, ms, i, pred, true)
		}
		return subj, obj
	case noun:
		if of := within(d, s, i, 3, forToOf...); of >= 0 {
			// "confirmed the takeover to Quarry FM": a purchase is told
			// to whom "to" names, never of it.
			if pred == model.Acquired && d.Tokens[of].Norm == "to" && mentionWithin(d, ms, of, 1) {
				return subj, -1
			}
			obj = firstAfter(d, ms, of, pred, false)
		}
		if obj < 0 && pred != model.BidFor {
			obj = firstAfter(d, ms, i, pred, false)
		}
	default:
		obj = boughtFrom(d, i, subj, firstAfter(d, ms, i, pred, false))
		// "Quarry Labs, which it bought in 2010,": what the clause hangs on.
		if k := relativeHeadOf(d, s, ms, i); k >= 0 {
			obj = k
		}
		// "acquired Quarry's 50.1% stake in Zentrix": Zentrix, whose
		// stake Quarry sells.
		if k := possessedStakeIn(d, s, ms, obj, pred); k >= 0 {
			obj = k
		}
	}
	// "the acquisition of Y by X"
	if noun && obj >= 0 {
		if by := within(d, s, d.Mentions[obj].To-1, 2, byList...); by >= 0 {
			if sj := firstAfter(d, ms, by, pred, true); sj >= 0 {
				subj = sj
			}
		}
	}
	return subj, obj
}

var (
	inOfWordSet      = setOf(inOfWords)
	relativePronouns = wordSet("relative-pronouns")
	relativeFillers  = wordSet("relative-fillers")
)

// relativeHeadOf is the company a relative clause with a pronoun subject
// hangs on, when the verb at i is that clause's: "Quarry Labs, which it
// had bought in 2010": Quarry Labs; else -1.
func relativeHeadOf(d *Doc, s Sentence, ms []int, i int) int {
	j := i - 1
	for j > s.From && relativeFillers[d.Tokens[j].Norm] {
		j--
	}
	if j <= s.From+1 || !relativePronouns[d.Tokens[j].Norm] || !relativeEn[d.Tokens[j-1].Norm] {
		return -1
	}
	at := j - 1
	if isComma(&d.Tokens[at-1]) {
		at--
	}
	return companyEndingAt(d, ms, at)
}

// possessedStakeIn is the company after "X's [N%] stake in" when k is X,
// or -1.
func possessedStakeIn(d *Doc, s Sentence, ms []int, k int, pred string) int {
	if k < 0 {
		return -1
	}
	j := d.Mentions[k].To
	n := possessiveLen(d, j)
	if n == 0 {
		return -1
	}
	for q := j + n; q < s.To && q <= j+n+4; q++ {
		if stakeNoun[d.Tokens[q].Norm] {
			if q+1 < s.To && inOfWordSet[d.Tokens[q+1].Norm] {
				return phraseObject(d, ms, q+1, pred)
			}
			return -1
		}
		if t := &d.Tokens[q]; t.Upper || isComma(t) {
			return -1
		}
	}
	return -1
}

// phraseObject is the company that opens the phrase of the preposition at
// j ("in Acme", "of Acme"), or -1. A description may stand between: "in
// Dubai pharmacy chain Dawa Plus", "of Morocco's third-largest banking
// group QZBE".
func phraseObject(d *Doc, ms []int, j int, pred string) int {
	k := firstAfter(d, ms, j, pred, false)
	if k < 0 {
		return -1
	}
	a := j + 1
	if a < len(d.Tokens) && theWord[d.Tokens[a].Norm] {
		a++ // "of the country's largest lender X"
	}
	if from := d.Mentions[k].From; from <= j+3 || from <= j+7 && a < from && (describesOrAdjective(d, a, from) || introduces(d, a, from)) {
		return k
	}
	return -1
}

// boughtFrom is the object of "has bought the company from Harlow": a
// company noun points back to the company named before the buyer, and
// the name after "from" sold it; else obj.
func boughtFrom(d *Doc, i, subj, obj int) int {
	if obj < 0 || !pointsBackFrom(d, i, d.Mentions[obj].From) {
		return obj
	}
	if subj >= 0 {
		if k := lastCompanyBefore(d, d.Mentions[subj].From); k >= 0 && d.Mentions[k].Key != d.Mentions[subj].Key {
			return k
		}
	}
	return -1
}

// pointsBackFrom reports "the company" or "it" right after the deal word
// at i and "from" before the name at to (a country's possessive may stand
// between: "from Oman's Tarrow Services").
func pointsBackFrom(d *Doc, i, to int) bool {
	from := -1
	for j := to - 1; j > i && j >= to-4; j-- {
		if d.Tokens[j].Norm == "from" {
			from = j
			break
		}
	}
	if from < 0 || from > i+4 {
		return false
	}
	for j := i + 1; j < from; j++ {
		if companyNouns[d.Tokens[j].Norm] || itWord[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

// targetBeforeNoun reports "the X acquisition": a name right before a deal
// noun, after "the", and no "of"/"for" object right after the noun.
func targetBeforeNoun(d *Doc, s Sentence, m Mention, i int) bool {
	return m.To == i && m.From-1 >= s.From && theWord[d.Tokens[m.From-1].Norm] && !slices.Contains(forToOf, tok2(d, i+1))
}

// parentNouns open an apposition about a company's parent or head: "X, a
// unit of K, bought Y", "X, led by chief executive P, bought Y": X, the
// clause's head, is the buyer.
var investDirect = wordSet("invest-direct")

var (
	stakeOfVerbs = wordSet("stake.taking")
	ofWords      = wordList("of")
)

var (
	parentNouns = wordSet("parent-apposition")
	parentOf    = wordSet("parent-apposition.of")
)

// appositionHead returns the company that an apposition "X, a unit of K,"
// hangs on when mention k is K (or ends it: "The X team, led by partners A
// and B, and chairman C, invested"), else k.
func appositionHead(d *Doc, ms []int, k int) int {
	if k < 0 {
		return k
	}
	m := d.Mentions[k]
	if appositionComma(d, m.To) < 0 {
		return k
	}
	opened := false // a parent noun then "of"/"by" stand in the apposition
	for j := m.From - 1; j >= m.From-16 && j > 0 && d.Tokens[j].Sent == d.Tokens[m.From].Sent; j-- {
		switch w := d.Tokens[j].Norm; {
		case w == "," && opened:
			if h := companyEndingAt(d, ms, j); h >= 0 {
				return h
			}
			if teamWords[d.Tokens[j-1].Norm] {
				if h := companyEndingAt(d, ms, j-1); h >= 0 {
					return h
				}
			}
			return k
		case parentOf[w] && parentNouns[d.Tokens[j-1].Norm]:
			opened = true
		case !opened && articles[w] && d.Tokens[j-1].Norm == ",":
			// "Sam Okafor, a former Harlow shareholder, bought": K only
			// describes the name before the apposition.
			if h := mentionEndingAt(d, ms, j-1); h >= 0 {
				return h
			}
			return k
		case relativeSubj[w] && j > 0 && d.Tokens[j-1].Norm == ",":
			// "X, which owns K, bought": the clause hangs on X.
			if h := companyEndingAt(d, ms, j-1); h >= 0 {
				return h
			}
			return k
		}
	}
	return k
}

// maxAppositionTail bounds the common words between K and the comma
// that closes its apposition: "X, the owner of the K card network, bought".
const maxAppositionTail = 3

// appositionComma is the index of the comma at or a few lower-case words
// after token j, or -1.
func appositionComma(d *Doc, j int) int {
	for n := 0; n <= maxAppositionTail && j+n < len(d.Tokens); n++ {
		t := &d.Tokens[j+n]
		if t.Norm == "," {
			return j + n
		}
		if t.Upper || !isWord(t) {
			return -1
		}
	}
	return -1
}

// mentionEndingAt is the mention of ms that ends at token j, or -1.
func mentionEndingAt(d *Doc, ms []int, j int) int {
	for _, h := range ms {
		if d.Mentions[h].To == j {
			return h
		}
	}
	return -1
}

// companyEndingAt is the company mention of ms that ends at token j, or -1.
func companyEndingAt(d *Doc, ms []int, j int) int {
	for _, h := range ms {
		if hm := d.Mentions[h]; hm.To == j && hm.Type == model.Company {
			return h
		}
	}
	return -1
}

// namedAfterTitle replaces a name that only describes the next one ("led
// by London VC firm Redline Capital"): the frames' pastTitleName for the
// trigger readers.
func namedAfterTitle(d *Doc, ms []int, k int) int {
	if k < 0 {
		return k
	}
	m := d.Mentions[k]
	for _, n := range ms {
		q := d.Mentions[n].From
		if q > m.To && q <= m.To+2 && describes(d, m.To, q) && d.Mentions[n].Type == m.Type && descriptorNoun[d.Tokens[q-1].Norm] && d.Tokens[q].Sent == d.Tokens[m.From].Sent {
			return n
		}
	}
	return k
}

var reflexives = wordSet("reflexive")

// appositivePart is the company named in apposition to the part a sale
// verb at i names ("its unit, NAME,", "a stake in its unit, NAME,"), or -1.
func appositivePart(d *Doc, s Sentence, ms []int, i int) int {
	its := -1
	for j := i + 1; j < s.To && j <= i+6; j++ {
		if soldPart[d.Tokens[j].Norm] {
			its = j
			break
		}
	}
	if its < 0 {
		return -1
	}
	for j := its + 1; j < s.To && j <= its+6; j++ {
		if d.Tokens[j].Text != "," {
			continue
		}
		for _, k := range ms {
			if m := d.Mentions[k]; m.From == j+1 && m.Type == model.Company && m.To < s.To && (d.Tokens[m.To].Text == "," || toWord[d.Tokens[m.To].Norm]) {
				return k
			}
		}
		return -1
	}
	return -1
}

// introduces reports tokens [a, b) that only describe the name after them:
// a place's possessive or a dotted place ("Egypt's", "U.S."), then at most
// a description ("hydrogen startup").
func introduces(d *Doc, a, b int) bool {
	j := a
	if n := possessiveLen(d, j+1); n > 0 && j+1+n <= b && d.Tokens[j].Upper {
		j += 1 + n
	} else {
		for j+1 < b && d.Tokens[j].Upper && len(d.Tokens[j].Text) == 1 && d.Tokens[j+1].Text == "." {
			j += 2
		}
	}
	return j > a && (j == b || describesOrAdjective(d, j, b))
}

var ventureNouns = wordSet("venture-nouns")

// storyVenture is a mention of the venture the article has named: the
// object of a partnership read so far, a name given with "to be called",
// else its named consortium; or -1.
func storyVenture(d *Doc) int {
	for k, m := range d.Mentions {
		if m.Cue == "named" {
			return k
		}
	}
	for _, r := range d.Relations {
		if r.Pred != model.PartnerIn {
			continue
		}
		for k, m := range d.Mentions {
			if m.Key == r.Obj {
				return k
			}
		}
	}
	return namedConsortium(d, nil)
}

// passiveAux are the words between a passive's subject and its participle.
var passiveAux = wordSet("passive-aux")

// relativeHead is the company a relative clause between it and the passive
// verb at i describes: "Ohio Zentrix Corp., which is divided into two
// units, A and B, was acquired by X" is about Ohio Zentrix, not B;
// else k.
func relativeHead(d *Doc, s Sentence, ms []int, k, i int) int {
	c := i - 1
	for c > s.From && passiveAux[d.Tokens[c].Norm] {
		c--
	}
	if k < 0 || c <= s.From || d.Tokens[c].Text != "," {
		return k
	}
	for w := d.Mentions[k].From - 1; w > s.From; w-- {
		// ... and so is an apposition: "ZQF Products, the buyer of
		// Harlow Flooring, was purchased by X".
		if d.Tokens[w-1].Text != "," || !relativeEn[d.Tokens[w].Norm] && !articles[d.Tokens[w].Norm] {
			continue
		}
		for _, q := range ms {
			if d.Mentions[q].To == w-1 {
				return q
			}
		}
		return k
	}
	return k
}
