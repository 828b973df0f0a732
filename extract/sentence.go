package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceStage groups tokens into sentences: a break at '.', '!', '?', '؟'
// or a line break, but not after an abbreviation or a single initial.
type sentenceStage struct{}

func (sentenceStage) Name() string { return "sentences" }

var abbreviations = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "st": true, "jr": true, "sr": true, "vs": true, "no": true, "u.s": true,
	"u.k": true, "e.g": true, "i.e": true, "plc": true, "bros": true, "gen": true, "prof": true,
}

// hardWrap reports a line break inside a sentence of hard-wrapped text:
// one newline after a long line with no closing mark, before a word that
// goes on (lower case, or Arabic): "حصلت على تمويل بقيمة 1.5 مليون
// دولار\nامريكي من قبل ...".
func hardWrap(d *Doc, toks []Token, i int) bool {
	gap := d.Text[toks[i-1].End:toks[i].Start]
	if strings.Count(gap, "\n") != 1 || toks[i-1].Script == Punct || !(toks[i].Script == Arabic || toks[i].Script == Latin && !toks[i].Upper) {
		return false
	}
	// The first line is the headline, however long.
	start := strings.LastIndexByte(d.Text[:toks[i-1].End], '\n') + 1
	return strings.TrimSpace(d.Text[:start]) != "" && utf8.RuneCountInString(d.Text[start:toks[i-1].End]) >= hardWrapLine
}

// hardWrapLine is the least length of a line a wrap breaks; headlines and
// datelines are shorter.
const hardWrapLine = 45

func (sentenceStage) Run(d *Doc) {
	d.Tokens = dropAbbreviationDots(d.Tokens)
	toks := d.Tokens
	d.Sentences = d.Sentences[:0]
	from := 0
	flush := func(to int) {
		if to > from {
			d.Sentences = append(d.Sentences, Sentence{From: from, To: to, Start: toks[from].Start, End: toks[to-1].End})
		}
		from = to
	}
	for i := range toks {
		if i > from && strings.Contains(d.Text[toks[i-1].End:toks[i].Start], "\n") && !hardWrap(d, toks, i) {
			flush(i)
		}
		t := toks[i]
		if t.Script != Punct {
			continue
		}
		switch t.Text {
		case "!", "?", "؟":
			flush(i + 1)
		case ".", "…":
			if decimalPoint(d.Text, toks, i) {
				continue // "SAR1.5 billion": the word holds the figure's first digits
			}
			// "(ASII.JK)", "Amazon.com": a dot with a word glued after it
			// ends no sentence.
			if i > 0 && i+1 < len(toks) && toks[i-1].End == t.Start && toks[i+1].Start == t.End && toks[i+1].Script == Latin {
				continue
			}
			// "«زمرد. كوم»": nor does one before a domain's last word.
			if i > 0 && i+1 < len(toks) && toks[i-1].End == t.Start && domainWords[toks[i+1].Norm] {
				continue
			}
			// "Cambridge, Mass., with": a comma after the dot goes on
			// with the sentence, whatever the abbreviation.
			if i+1 < len(toks) && toks[i+1].Script == Punct && goesOn(&toks[i+1]) {
				continue
			}
			if i > 0 && toks[i-1].End == t.Start && toks[i-1].Script == Latin {
				p := toks[i-1].Norm
				if abbreviations[p] || isInitials(toks[i-1].Text) {
					continue
				}
			}
			flush(i + 1)
		}
	}
	flush(len(toks))
	for si, s := range d.Sentences {
		for j := s.From; j < s.To; j++ {
			toks[j].Sent = si
		}
		// The first word, skipping opening quotes and brackets.
		for j := s.From; j < s.To; j++ {
			if toks[j].Script != Punct {
				toks[j].SentStart = true
				break
			}
		}
	}
}

// dropAbbreviationDots removes the '.' glued to an abbreviation before a
// word in lower case or a comma ("Acme Ltd. agreed", "Acme Inc., which"):
// it ends no sentence there, and read as a word it would stand between a
// name and its verb.
func dropAbbreviationDots(toks []Token) []Token {
	out := toks[:0]
	for i, t := range toks {
		if t.Text == "." && i > 0 && i+1 < len(toks) && toks[i-1].End == t.Start && toks[i-1].Script == Latin &&
			abbreviations[toks[i-1].Norm] && goesOn(&toks[i+1]) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// goesOn reports a token that cannot open a sentence: a Latin word in
// lower case, or a comma, semicolon or closing bracket.
func goesOn(t *Token) bool {
	if t.Script == Latin {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return unicode.IsLower(r)
	}
	return t.Text == "," || t.Text == ";" || t.Text == ")"
}

// isInitials reports a single capital initial ("H") or dotted initials
// ("J.P", "A.B.C"): a '.' after them ends no sentence and no name.
func isInitials(w string) bool {
	if len(w) == 0 || len(w) > 7 || len(w) > 1 && !strings.Contains(w, ".") {
		return false
	}
	for i, r := range w {
		if r == '.' && i > 0 {
			continue
		}
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// decimalPoint reports a '.' at token i with a digit right before and
// right after it, no space between.
func decimalPoint(text string, toks []Token, i int) bool {
	t := toks[i]
	if i == 0 || i+1 >= len(toks) || t.Text != "." || toks[i-1].End != t.Start || toks[i+1].Start != t.End {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:t.Start])
	after, _ := utf8.DecodeRuneInString(text[t.End:])
	return isDigitRune(before) && isDigitRune(after)
}
