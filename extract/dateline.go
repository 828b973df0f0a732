package extract

import (
	"strings"

	"github.com/kg-news/kg/model"
)

// datelinePass takes the agency of a wire story's dateline as a company:
// "LONDON, March 3 (Corrant News) -", "الرياض، 12 مارس (مدار) -",
// "الدوحة - سمت:". Regional agencies are on no list, and the dateline is
// the one place where any name in that slot is one. Only the first
// sentences of the body are read, and only after a place.
func (m *mentionStage) datelinePass(d *Doc, taken []bool, add func(Mention)) {
	for si := 0; si < len(d.Sentences) && si < 4; si++ {
		s := d.Sentences[si]
		// "SON, THE NETHERLANDS –": a city on no list before its
		// country is a place too, no name.
		if m.capsCityCountry(d, s.From) {
			taken[s.From] = true
		}
		if !m.placeAt(d, s.From) {
			continue
		}
		// add skips a span another pass took.
		if from, to := datelineTag(d, s); to > from {
			add(Mention{From: from, To: to, Type: model.Company, Key: "?" + joinNorm(d.Tokens, from, to), Surface: surface(d, from, to, 0), Cue: "agency"})
			// A city on no list names nothing ("MIDLAND, Texas, July 8
			// (Permian Energy Wire) -"); a known one is the place passes'.
			if capsCity(d, s.From) && !m.place(d.Tokens[s.From].Norm) {
				for j := s.From; j < from; j++ {
					taken[j] = true
				}
			}
		}
	}
}

// datelineTag is the span of the agency in sentence s: up to four words in
// brackets followed by a dash, or after a dash and followed by a colon,
// within the sentence's first ten tokens; the words before it are the
// place and the date (no lower-case Latin word, no verb).
func datelineTag(d *Doc, s Sentence) (int, int) {
	toks := d.Tokens
	for j := s.From + 1; j < s.To && j < s.From+10; j++ {
		t := toks[j].Text
		if toks[j].Script == Latin && !toks[j].Upper {
			return 0, 0
		}
		var closer func(string) bool
		switch {
		case t == "(":
			closer = func(x string) bool { return x == ")" }
		case dashes[t] && j+1 < s.To && isQuote(&toks[j+1]):
			// "الرياض – «أنباء الأسواق»" on a line of its own: a byline.
			if from, to := quotedByline(d, s, j+1); to > from {
				return from, to
			}
			return 0, 0
		case dashes[t]:
			closer = func(x string) bool { return x == ":" }
		default:
			continue
		}
		k := j + 1
		for k < s.To && k < j+6 && isWord(&toks[k]) {
			k++
		}
		if k == j+1 || k >= s.To || !closer(toks[k].Text) {
			return 0, 0
		}
		if t == "(" && (k+1 >= s.To || !dashes[toks[k+1].Text]) {
			return 0, 0
		}
		return j + 1, k
	}
	return 0, 0
}

// quotedByline is the span of up to six words quoted from token q that
// end sentence s or stand before a colon or dash, or (0, 0).
func quotedByline(d *Doc, s Sentence, q int) (int, int) {
	toks := d.Tokens
	k := q + 1
	for k < s.To && k < q+7 && isWord(&toks[k]) {
		k++
	}
	if k == q+1 || k >= s.To || !isQuote(&toks[k]) {
		return 0, 0
	}
	if k+1 < s.To && toks[k+1].Text != ":" && !dashes[toks[k+1].Text] {
		return 0, 0
	}
	return q + 1, k
}

// placeAt reports what opens a dateline at token i: a city of one or two
// words ("LONDON", "MILAN/PARIS", "SAN FRANCISCO", "الرياض") or a date
// ("Aug 14 (Agency) -").
func (m *mentionStage) placeAt(d *Doc, i int) bool {
	if i >= len(d.Tokens) || !isWord(&d.Tokens[i]) {
		return false
	}
	w := d.Tokens[i].Norm
	return m.place(w) || en.Months[w] || ar.Months[w] || i+1 < len(d.Tokens) && m.place(joinNorm(d.Tokens, i, i+2)) || capsCity(d, i)
}

// capsCity reports a city on no list written in capitals at the start of
// a dateline, a comma and a month within the next words: "CLEVELAND, Nov 2".
func capsCity(d *Doc, i int) bool {
	t := &d.Tokens[i]
	if t.Script != Latin || len(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text || tok2(d, i+1) != "," {
		return false
	}
	for j := i + 2; j < i+6 && j < len(d.Tokens) && d.Tokens[j].Sent == t.Sent; j++ {
		if en.Months[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

// capsCityCountry reports a city written in capitals at the start of a
// dateline, then a comma and a known place and a dash: "SON, THE
// NETHERLANDS –".
func (m *mentionStage) capsCityCountry(d *Doc, i int) bool {
	if i+3 >= len(d.Tokens) {
		return false
	}
	t := &d.Tokens[i]
	if t.Script != Latin || len(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text || tok2(d, i+1) != "," {
		return false
	}
	j := i + 2
	if articles[d.Tokens[j].Norm] {
		j++
	}
	for n := 1; n <= 2 && j+n < len(d.Tokens); n++ {
		if m.place(joinNorm(d.Tokens, j, j+n)) && dashes[d.Tokens[j+n].Text] {
			return true
		}
	}
	return false
}
