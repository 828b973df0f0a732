package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/name"
)

// describedName finds the name after a description of the company that
// stands between the cue and it: "شركة التعدين الجنوب أفريقية X", "شركتي
// الطاقة المتجددة X". The description is definite nouns and adjectives,
// with a descriptor word or an adjective among them; the name is the first
// indefinite word after it that is no common word. j is where the
// description starts; the name's start, or -1.
func (m *mentionStage) describedName(d *Doc, taken []bool, j int) int {
	toks, sent := d.Tokens, d.Tokens[j].Sent
	// described: a word that only a description has, a descriptor or an
	// adjective; "بوابة الزمرد أونلاين" is a definite name, not one.
	k, definite, described := j, false, false
	for ; k < j+6 && freeAr(d, taken, k, sent); k++ {
		t := &toks[k]
		switch {
		case ar.Descriptors[t.Norm]:
			definite, described = true, true
		case (strings.HasPrefix(t.Text, "ال") || strings.HasPrefix(t.Text, "وال") && k > j) && !ar.IsFunction(t.Norm):
			definite = true // "الإسمنت والبناء": descriptions joined by و
			described = described || k > j && (isRelAdjective(t.Norm) || m.nationality(t.Norm) || tailAdjectivesAr[t.Norm])
		case definite && (m.indefiniteNationality(t) || isRelAdjective(t.Norm)):
			described = true
		default:
			if described && k > j && m.nameWordAr(d, taken, k) {
				return k
			}
			return -1
		}
	}
	// "شركة الإسمنت والبناء المصرية زمردين": the name is a known one.
	if described && k > j && k < len(toks) && taken[k] && toks[k].Sent == sent {
		return k
	}
	return -1
}

// nameWordAr: an indefinite word that can open a name: no function, stop
// or common word, no deal word, place, first name or adjective.
func (m *mentionStage) nameWordAr(d *Doc, taken []bool, k int) bool {
	t := &d.Tokens[k]
	w := t.Norm
	return !taken[k] && t.Script == Arabic && !isDefinite(t) && len([]rune(w)) >= 3 && !strings.HasPrefix(w, "و") &&
		!ar.IsFunction(w) && !ar.IsStop(w) && !name.Common("ar", w) && !ar.HasTanween(t.Text) && !ar.HasVowelMarks(t.Text) &&
		triggerAt(t) == nil && !isCueWord(t) && !m.place(w) && !m.lex.GivenName(w) && !isRelAdjective(w) && !ar.CueAdjectives[w]
}
