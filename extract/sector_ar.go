package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
)

// arSectorPass reads an Arabic company named with no cue by the sector
// phrase that closes it: "من أبو زمرد للأسمدة", "الإسكندرية لتداول
// الزمرد". The words before the phrase are a place or no common word,
// and the name starts after a mark, a function word or a verb, never
// inside a noun phrase ("خطة مصر للتنمية"). The name scorer has the last
// word.
func (m *mentionStage) arSectorPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for k := 1; k < len(toks); k++ {
		if taken[k] || toks[k].Script != Arabic || !sectorWord(toks[k].Norm) || ar.IsStop("ال"+strings.TrimPrefix(toks[k].Norm, "لل")) {
			continue
		}
		from := m.sectorNameStart(d, taken, k)
		if from < 0 {
			continue
		}
		end := sectorTailEnd(d, taken, k)
		if end < 0 || governs(d, end) { // "في دافوس للمشاركة في"
			continue
		}
		add(Mention{From: from, To: end, Type: model.Company, Key: "?" + joinNorm(toks, from, end), Surface: surface(d, from, end, 0), Cue: "sector-tail"})
		k = end
	}
}

// sectorNameStart is where the name before the sector word at k starts: a
// place ("الإسكندرية لتداول الزمرد") or a word after a name joiner
// ("أبو زمرد للأسمدة"); -1 when the words before are no such name or the
// name would start inside a noun phrase.
func (m *mentionStage) sectorNameStart(d *Doc, taken []bool, k int) int {
	toks, sent := d.Tokens, d.Tokens[k].Sent
	j := k - 1
	if !freeAr(d, taken, j, sent) || !m.sectorNameWord(&toks[j]) {
		return -1
	}
	switch {
	case j > 0 && freeAr(d, taken, j-1, sent) && ar.NameJoiners[toks[j-1].Norm]:
		j--
	case !m.place(toks[j].Norm) || m.indefiniteNationality(&toks[j]) || m.nationality(toks[j].Norm):
		return -1 // "منصة مصرية للتواصل", "«X» المصرية للأدوية"
	}
	if j == 0 || toks[j-1].Sent != sent {
		return j
	}
	// After a name or its closing quote the words are its tail.
	p := &toks[j-1]
	if taken[j-1] || isQuote(p) || p.Text == ")" {
		return -1
	}
	if p.Script == Punct || ar.IsFunction(p.Norm) || ar.IsStop(p.Norm) || isVerbLike(p) || speechVerbsAr[p.Norm] {
		return j
	}
	return -1
}

// sectorNameWord reports a word that may carry a sector phrase as a name:
// no function, stop or cue word, no adjective or possessed noun.
func (m *mentionStage) sectorNameWord(t *Token) bool {
	w := t.Norm
	if ar.IsStop(w) || ar.IsFunction(w) || ar.HasTanween(t.Text) || triggerAt(t) != nil || isCueWord(t) || strings.HasPrefix(w, "و") {
		return false
	}
	return !(strings.HasSuffix(w, "يه") && !m.place(w)) && !(len([]rune(w)) > 4 && hasAnySuffix(w, possessedEnds))
}

// possessedEnds are pronoun endings of a possessed noun ("استراتيجيتنا").
var possessedEnds = []string{"نا", "ها", "هم"}

// sectorTailEnd is the end of the sector phrase at k: a construct takes
// its definite noun ("لتداول الحاويات"), then definite adjectives and one
// "والـ" noun may follow ("للأسمدة والصناعات الكيماوية"); -1 when a
// construct has no noun.
func sectorTailEnd(d *Doc, taken []bool, k int) int {
	toks, sent := d.Tokens, d.Tokens[k].Sent
	end := k + 1
	if !liNoun(toks[k].Norm) {
		if !freeAr(d, taken, end, sent) || !strings.HasPrefix(toks[end].Norm, "ال") || ar.IsStop(toks[end].Norm) {
			return -1
		}
		end++
	}
	joined := false
	for freeAr(d, taken, end, sent) {
		w := toks[end].Norm
		switch {
		case isRelAdjective(w) || sectorParticiple(d, end):
		case !joined && sectorConjunct(w):
			joined = true
		default:
			return end
		}
		end++
	}
	return end
}

// sectorParticiple is a definite participle describing the sector word
// before it ("للصناعات المتطورة", "للاستثمار المباشر"): no stop word, no
// participle that opens a clause ("البالغة"), none that governs what
// follows ("المدرجة في"). عن is the announcing verb's ("أعلنت الشركة
// الزمردية للصناعات المتطورة عن").
func sectorParticiple(d *Doc, k int) bool {
	w := d.Tokens[k].Norm
	return strings.HasPrefix(w, "الم") && len([]rune(w)) >= 6 && !ar.IsStop(w) && !clauseParticiplesAr[w] &&
		(!governs(d, k+1) || d.Tokens[k+1].Norm == "عن")
}

// glossedNamePass reads the Arabic word written right before a bracketed
// Latin name as that name ("أعلنت تارو(Tarrow College)"): the bracket
// glosses it. joinAcronyms then makes the two one entity. The word is no
// common, function or stop word, no place and no first name.
func (m *mentionStage) glossedNamePass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for _, mn := range d.Mentions {
		p := mn.From - 1
		if p < 1 || toks[p].Text != "(" || !latinLetters(&toks[mn.From]) || mn.Type == model.Person || mn.To >= len(toks) || toks[mn.To].Text != ")" {
			continue
		}
		j := p - 1
		if !freeAr(d, taken, j, toks[p].Sent) || !m.glossWord(&toks[j]) {
			continue
		}
		// "هارلو إيكويتي بارتنرز (Harlow Equity Partners)", "دي كيو
		// جروث (DQ Growth)": the gloss's words, or spelled letters, back
		// to a mark or an ordinary word; at most two more than it has.
		for n := mn.To - mn.From + 2; n > 1 && m.glossBack(d, taken, j-1, toks[p].Sent); n-- {
			j--
		}
		skip, key := 0, joinNorm(toks, j, p)
		if w, ok := strings.CutPrefix(toks[j].Norm, "و"); ok && j < p-1 && !strings.ContainsAny(toks[mn.From].Text[:1], "WwVv") &&
			(slices.Contains(toks[j].Forms, w) || letterNamesAr[w]) {
			// "وكوارى فينتشرز (Quarry Ventures)": the list's و.
			skip, key = 1, w+" "+joinNorm(toks, j+1, p)
		}
		add(Mention{From: j, To: p, Type: mn.Type, Key: "?" + key, Surface: surface(d, j, p, skip), Cue: "quoted"})
	}
}

// latinLetters: a bracketed name in Latin letters ("Harlow College", "DQ8").
func latinLetters(t *Token) bool {
	return t.Script == Latin || t.Script == Digit && strings.IndexFunc(t.Text, unicode.IsLetter) >= 0
}

// glossBack reports a word at j that may open a glossed name: a possible
// transliteration or a spelled letter.
func (m *mentionStage) glossBack(d *Doc, taken []bool, j, sent int) bool {
	if j < 0 || !freeAr(d, taken, j, sent) {
		return false
	}
	t := &d.Tokens[j]
	w := strings.TrimPrefix(t.Norm, "و")
	return m.glossWord(t) || letterNamesAr[t.Norm] || letterNamesAr[w] && w != t.Norm
}

// glossWord reports an Arabic word that may be a name's transliteration.
func (m *mentionStage) glossWord(t *Token) bool {
	w := t.Norm
	return len([]rune(w)) >= 3 && !ar.IsStop(w) && !ar.IsFunction(w) && !name.Common("ar", w) && !m.place(w) && !m.lex.GivenName(w) &&
		!isCueWord(t) && triggerAt(t) == nil && !strings.HasPrefix(w, "ال")
}

// personAfterCue retypes a person's name written right after an
// indefinite Arabic company cue as the company's: "مجلس إدارة شركة ميرولا
// المعادي" names a firm called after a person (or a place), no person.
func personAfterCue(d *Doc) {
	for k := range d.Mentions {
		mn := &d.Mentions[k]
		if mn.Type != model.Person || mn.From == 0 || d.Tokens[mn.From].Script != Arabic {
			continue
		}
		if c := &d.Tokens[mn.From-1]; c.Sent == d.Tokens[mn.From].Sent && isCueWord(c) && !isDefinite(c) {
			mn.Type = model.Company
		}
	}
}
