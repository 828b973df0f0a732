package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
)

// pluralCuesAr are company words in the plural or dual: what follows them
// is a list of names ("شركات: A التجارية والوطنية للأخشاب وB").
var pluralCuesAr = wordSet("plural-cues-ar")

// arCueListPass reads every member of a list after a plural cue. The cue
// pass reads the first member only, and none after a colon.
func (m *mentionStage) arCueListPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Script != Arabic || !anyForm(toks[i].Forms, pluralCuesAr) {
			continue
		}
		sent := toks[i].Sent
		// With no colon, a first member the cue pass declined is a
		// description ("شركات مدرجة"), and so is the list.
		j := skipColon(toks, i+1)
		if j == i+1 && !taken[j] {
			continue
		}
		for n := 0; n < 6 && j < len(toks) && toks[j].Sent == sent && toks[j].Script == Arabic; n++ {
			if taken[j] {
				for j < len(toks) && taken[j] {
					j++
				}
			} else {
				e := m.listMemberEnd(d, taken, j)
				if e <= j {
					break
				}
				skip := m.andSkip(&toks[j])
				if skip == 0 && strings.HasPrefix(toks[j].Norm, "و") && !m.lex.GivenName(toks[j].Norm) {
					skip = 1
				}
				add(Mention{From: j, To: e, Type: model.Company, Key: "?" + joinNorm(toks, j, e), Surface: surface(d, j, e, skip), Cue: "company-word"})
				j = e
			}
			// The next member follows a comma or is glued to و.
			if j < len(toks) && toks[j].Text == "،" {
				j++
			} else if j >= len(toks) || !strings.HasPrefix(toks[j].Norm, "و") {
				break
			}
		}
		i = j - 1
	}
}

// listMemberEnd is the end of a list member's name at j, or j.
func (m *mentionStage) listMemberEnd(d *Doc, taken []bool, j int) int {
	t := &d.Tokens[j]
	bare := t.Norm
	if rest, ok := strings.CutPrefix(bare, "و"); ok && !m.lex.GivenName(bare) {
		bare = rest
	}
	if ar.IsFunction(bare) || ar.IsStop(bare) || isCueWord(t) || m.place(bare) {
		return j
	}
	k := m.arCompanyEnd(d, taken, j, false, false)
	if k <= j {
		return j
	}
	// A name opens on a word written like one: no article, no ordinary
	// word, no tanween ("استثمارية"); adjectives may follow it ("زمرد
	// التجارية"). Else a sector phrase must close the words.
	if liNounIn(d, j+1, k) {
		return k
	}
	if strings.HasPrefix(bare, "ال") || name.Common("ar", bare) || ar.HasTanween(t.Text) || imperfectVerb(d, j) {
		return j
	}
	for q := j + 1; q < k; q++ {
		if !isRelAdjective(d.Tokens[q].Norm) {
			return j
		}
	}
	return k
}
