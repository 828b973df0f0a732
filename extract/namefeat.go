package extract

import (
	"strings"
	"unicode"

	"github.com/kg-news/kg/extract/name"
)

// NameCandidate is an entity the rules propose, with the features the name
// scorer reads; Names are what score.py matches (the entity's names and
// mentions). It is what `make train-names` learns from.
type NameCandidate struct {
	Type  string
	Names []string
	Feats []string
}

// nameFeatures describes one proposed entity (its mentions ms) by general
// evidence only: which cues found it, how it is written, whether its words
// are common words of the language, where it stands. No word of a name is
// a feature, so nothing learned is tied to the names of the training texts.
func nameFeatures(d *Doc, ms []Mention, typ string, lex bool) []string {
	lm := ms[0]
	for _, m := range ms {
		if m.To-m.From > lm.To-lm.From {
			lm = m
		}
	}
	// Room for all features and their copies with the language, so the
	// slice grows no more than once.
	f := make([]string, 0, 96)
	f = append(f, "t="+typ, "lang="+d.Lang)
	add := func(s ...string) { f = append(f, s...) }
	if lex {
		add("lex", "lex&t="+typ)
	}
	cues := map[string]bool{}
	ctxs := map[string]bool{}
	for _, m := range ms {
		if m.Ctx != "" && !ctxs[m.Ctx] {
			ctxs[m.Ctx] = true
			add("ctx=" + m.Ctx)
		}
	}
	if ctxs["weak"] && len(ctxs) == 1 {
		add("ctx=only-weak", "ctx=only-weak&n="+bucket(len(ms), 3))
	}
	for _, m := range ms {
		if !cues[m.Cue] {
			cues[m.Cue] = true
			add("cue="+m.Cue, "cue="+m.Cue+"&t="+typ)
		}
	}
	n := lm.To - lm.From
	add("len="+bucket(n, 4), "len="+bucket(n, 4)+"&t="+typ, "n="+bucket(len(ms), 3))
	script := "la"
	if d.Tokens[lm.From].Script == Arabic {
		script = "ar"
	}
	add("script="+script, "script="+script+"&lang="+d.Lang)
	com := commonShare(d, lm)
	add("common="+com, "common="+com+"&len="+bucket(n, 3), "common="+com+"&t="+typ)
	for c := range cues {
		add("common=" + com + "&cue=" + c)
	}
	if script == "la" {
		add(latinShape(d, lm, typ)...)
	} else {
		add(arabicShape(d, lm)...)
	}
	add(placeFeatures(d, ms)...)
	if inRelation(d, ms[0].Key) {
		add("rel-arg", "rel-arg&t="+typ)
	}
	// Each feature again with the language: the two share what they can
	// and learn apart where they differ.
	for _, x := range f[2:] {
		f = append(f, d.Lang+"|"+x)
	}
	return f
}

func bucket(n, max int) string {
	if n >= max {
		return string(rune('0'+max)) + "+"
	}
	return string(rune('0' + n))
}

// commonShare says whether all, some or none of the name's words are common
// words of their script's language, in any clitic reading.
func commonShare(d *Doc, m Mention) string {
	c, all := 0, 0
	for i := m.From; i < m.To; i++ {
		t := &d.Tokens[i]
		if !isWord(t) {
			continue
		}
		all++
		lang := "en"
		if t.Script == Arabic {
			lang = "ar"
		}
		// A known first name is a name, whatever else the word means.
		if d.lex != nil && d.lex.GivenName(t.Norm) {
			continue
		}
		for _, v := range t.Forms {
			// "العلي" is not "على" read without its article.
			if cut := len(t.Norm) - len(v); cut > 0 && strings.HasSuffix(t.Norm[:cut], "ال") {
				continue
			}
			if name.Common(lang, v) {
				c++
				break
			}
		}
	}
	switch {
	case all == 0 || c == 0:
		return "none"
	case c == all:
		return "all"
	}
	return "some"
}

// latinShape: capitals, acronyms, currency codes, "X-based", words written
// in lower case elsewhere in the article, a first name, a company word.
func latinShape(d *Doc, m Mention, typ string) []string {
	var f []string
	toks := d.Tokens[m.From:m.To]
	if len(toks) == 1 {
		w := toks[0].Text
		if isAllCaps(w) {
			f = append(f, "acronym")
			if name.Currency(toks[0].Norm) {
				f = append(f, "currency")
			}
		}
	}
	low := 0
	for _, t := range toks {
		if i := strings.LastIndexByte(t.Text, '-'); i > 0 && i+1 < len(t.Text) && unicode.IsLower(rune(t.Text[i+1])) {
			f = append(f, "hyphen-lower")
		}
		if lowerElsewhere(d, t.Norm) {
			low++
		}
	}
	switch {
	case low == len(toks):
		f = append(f, "lower-elsewhere=all", "lower-elsewhere=all&t="+typ)
	case low > 0:
		f = append(f, "lower-elsewhere=some")
	}
	if isCompanyWord(toks[len(toks)-1].Norm) {
		f = append(f, "last-company-word")
	}
	if d.lex != nil && d.lex.GivenName(toks[0].Norm) {
		f = append(f, "first-given", "first-given&t="+typ)
	}
	if strings.Contains(d.Text[d.Tokens[m.From].Start:d.Tokens[m.To-1].End], "&") {
		f = append(f, "ampersand")
	}
	return f
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// lowerElsewhere reports a word written in lower case somewhere in the
// article: "healthcare" in the body makes "Healthcare" in a headline a word.
//
// A sentence with no capital at all ("wood group drives deal", a headline
// written in lower case) says nothing of how its words are written.
func lowerElsewhere(d *Doc, k string) bool {
	if d.lower == nil {
		d.lower = map[string]bool{}
		for _, s := range d.Sentences {
			if !anyUpper(d, s.From, s.To) {
				continue
			}
			for _, t := range d.Tokens[s.From:s.To] {
				if t.Script == Latin && !t.Upper {
					d.lower[t.Norm] = true
				}
			}
		}
	}
	return d.lower[k]
}

// arabicShape: the article, a company suffix, a first name, a single short
// or stop word.
func arabicShape(d *Doc, m Mention) []string {
	var f []string
	first, last := &d.Tokens[m.From], &d.Tokens[m.To-1]
	if strings.HasPrefix(first.Norm, "ال") {
		f = append(f, "ar-definite")
	}
	// ... or a sector phrase and its adjectives: "تلال لإنتاج الأسمدة",
	// "الشركة الزمردية للاستثمارات الفندقية والسياحية".
	if ar.CompanySuffixes[last.Norm] || strings.HasPrefix(last.Norm, "لل") || m.To-m.From > 1 && isDescriptor(last) ||
		m.To-m.From > 2 && sectorWord(d.Tokens[m.To-2].Norm) || liNounIn(d, m.From+1, m.To) {
		f = append(f, "ar-descriptor-end")
	}
	if d.lex != nil && d.lex.GivenName(first.Norm) {
		f = append(f, "first-given")
	}
	if m.To-m.From == 1 {
		if ar.IsStop(first.Norm) || ar.IsFunction(first.Norm) {
			f = append(f, "ar-stop")
		}
		if len([]rune(first.Norm)) <= 3 {
			f = append(f, "ar-short")
		}
	}
	return f
}

// placeFeatures: only in the headline, always first in its sentence, the
// closed-class word or mark before and after the first mention.
func placeFeatures(d *Doc, ms []Mention) []string {
	var f []string
	head, start := true, true
	for _, m := range ms {
		head = head && d.Tokens[m.From].Sent == 0
		start = start && d.Tokens[m.From].SentStart
	}
	if head && hasHeadline(d) {
		f = append(f, "headline-only")
	}
	if start {
		f = append(f, "sentence-start")
	}
	m := contextMention(d, ms)
	if p := m.From - 1; p >= 0 {
		// "بقلم: X", "شركات: X": the colon belongs to the cue before it.
		if p > 0 && d.Tokens[p].Text == ":" {
			if c := closedClass(&d.Tokens[p-1]); c == "ar-title" || c == "ar-company-cue" {
				p--
			}
		}
		if c := closedClass(&d.Tokens[p]); c != "" {
			f = append(f, "prev="+c)
		}
	}
	if m.To < len(d.Tokens) {
		if c := closedClass(&d.Tokens[m.To]); c != "" {
			f = append(f, "next="+c)
		}
	}
	return f
}

// contextMention is the first mention outside the headline, whose words
// around a name are prose; a headline's kicker ("آفاق الخبر: X") and
// telegraphic verbs say little. With no body mention it is the first one.
func contextMention(d *Doc, ms []Mention) Mention {
	if hasHeadline(d) {
		for _, m := range ms {
			if d.Tokens[m.From].Sent != 0 {
				return m
			}
		}
	}
	return ms[0]
}

// closedClass names a neighbouring token by its class, or by itself when it
// is a function word or a mark; open-class words give "" (they would tie
// the model to its training texts).
func closedClass(t *Token) string {
	for _, v := range t.Forms {
		switch {
		case ar.CompanyCues[v] || ar.StrongCompanyCues[v]:
			return "ar-company-cue"
		case ar.OrgCues[v]:
			return "ar-org-cue"
		case ar.PersonTitles[v] || bylineCuesAr[v]:
			return "ar-title"
		}
	}
	switch {
	case hyphenDescriptor(t):
		return "X-based"
	case t.Script == Punct:
		return t.Text
	case t.Script == Digit:
		return "#"
	case t.Script == Latin && en.Stop[t.Norm]:
		return t.Norm
	case t.Script == Arabic && ar.IsFunction(t.Norm):
		return t.Norm
	case t.Script == Latin && t.Upper:
		return "Word" // a capitalised neighbour: a longer name, or a headline
	}
	return "" // an open-class word says nothing general
}

// inRelation reports that the relation rules took the entity as a party.
func inRelation(d *Doc, key string) bool {
	for _, r := range d.Relations {
		if r.Subj == key || r.Obj == key {
			return true
		}
	}
	return false
}

// hasHeadline reports an article whose first sentence is a line of its own
// with more text after it.
func hasHeadline(d *Doc) bool {
	if len(d.Sentences) < 2 {
		return false
	}
	s := d.Sentences[0]
	return s.To > s.From && s.To < len(d.Tokens) && strings.Contains(d.Text[d.Tokens[s.To-1].End:d.Tokens[s.To].Start], "\n")
}

// liNounIn reports a sector noun with لل among tokens [a, b).
func liNounIn(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		if liNoun(d.Tokens[j].Norm) {
			return true
		}
	}
	return false
}
