package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
)

// Words around a person's name that no list of first names can stand in
// for: regional and foreign people ("سائد", "تيرون") are on none.
var (
	speakerVerbsAr = wordSet("speaker-verbs-ar")
	bylineCuesAr   = wordSet("byline-cues-ar")
	roleHeadsAr    = wordSet("role-heads-ar")
	thatWordsAr    = wordSet("that-words-ar")
	occupationsAr  = wordSet("occupations-ar")
	honorificsAr   = wordSet("honorifics-ar")
	appointWordsAr = wordSet("appoint-words-ar")
	founderVerbsAr = wordSet("founder-verbs-ar")
	appointedAsAr  = wordSet("appoint-words-ar.as")
	personVerbsAr  = wordSet("person-verbs-ar")
	postVerbsAr    = wordSet("post-verbs-ar")
	postNounsAr    = wordSet("post-verbs-ar.post")
)

// arPersonContextPass finds people on no list from where they stand: after
// a byline ("كتبت رحمة السيد"), between a speech verb and what was said
// ("قالت ميرولا كاستيلان، مديرة ..."), after an occupation ("الصحفي بن فالديز"),
// after a nationality adjective ("الروسي سيلفانو ريكيتي"), or between
// "أن" and a verb only people take ("أن تيرون فالديز استقال").
func (m *mentionStage) arPersonContextPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Script != Arabic || taken[i] {
			continue
		}
		if j, k := m.contextName(d, taken, i); k > j {
			add(Mention{From: j, To: k, Type: model.Person, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, 0), Cue: "person-context"})
			// "أسس X Y وZ W شركة": a second founder joined by و.
			if founderVerbsAr[toks[i].Norm] {
				if e := m.personSpanAt(d, taken, k, false, "و"); e > k && (e >= len(toks) || isCueWord(&toks[e])) {
					add(gluedPerson(d, k, e))
					k = e
				}
			}
			i = k - 1
		} else if j, k := m.successorName(d, taken, i); k > j {
			add(gluedPerson(d, j, k))
			i = k - 1
		}
	}
}

// gluedPerson is the person [j, k) whose first word carries a clitic.
func gluedPerson(d *Doc, j, k int) Mention {
	toks := d.Tokens
	f := toks[j].Forms[1]
	return Mention{From: j, To: k, Type: model.Person, Key: "?" + strings.TrimSpace(f+" "+joinNorm(toks, j+1, k)), Surface: surface(d, j, k, toks[j].Prefix[1]), Cue: "person-context"}
}

// successorName is the span [j, k) of the person "خلفا ل" names, the
// one a post was taken from ("خلفا لتيرون فالديز"), or k = -1.
func (m *mentionStage) successorName(d *Doc, taken []bool, i int) (j, k int) {
	if !successorAr[d.Tokens[i].Norm] {
		return i + 1, -1
	}
	return i + 1, m.personSpanAt(d, taken, i+1, false, "ل")
}

var successorAr = wordSet("successor-ar")

// contextName is the span [j, k) of the person the word at i stands
// before, or k = -1.
func (m *mentionStage) contextName(d *Doc, taken []bool, i int) (j, k int) {
	toks, t := d.Tokens, &d.Tokens[i]
	j = i + 1
	switch {
	case bylineCuesAr[t.Norm] && bylineAt(toks, i):
		j = skipColon(toks, i+1)
		return j, m.personSpan(d, taken, j, true)
	case speakerVerbsAr[t.Norm]:
		if k = m.personSpan(d, taken, j, false); k > 0 && m.saidEnds(d, k) {
			return j, k
		}
	case founderVerbsAr[t.Norm]:
		// "أسس تيرون فالديز شركة زمردين": the founder, then the company.
		if k = m.personSpan(d, taken, j, false); k > 0 && k < len(toks) && (isCueWord(&toks[k]) || m.personSpanAt(d, taken, k, false, "و") > k) {
			return j, k
		}
	case yadAr[t.Norm] && i > 0 && alaAr[toks[i-1].Norm]:
		// "تأسست X على يد تيرون فالديز"
		return j, m.personSpan(d, taken, j, false)
	case appointWordsAr[t.Norm]:
		// "تعيين سيلفانو ريكيتي رئيسا تنفيذيا": the name, then the post
		// it is given; "وعينت مجموعة X تيرون فالديز رئيسا": past the
		// company that appoints.
		for j < len(toks) && j < i+6 && toks[j].Sent == t.Sent && (taken[j] || isCueWord(&toks[j])) {
			j++
		}
		if k = m.personSpan(d, taken, j, false); k > 0 && k < len(toks) && appointedAsAr[toks[k].Norm] {
			return j, k
		}
	case anyForm(t.Forms, honorificsAr) && (i == 0 || !taken[i-1]):
		// "السيد تيرون فالديز", "الدكتور فالديز": a surname alone too;
		// not "رحمة السيد", whose family name it is.
		if k = m.personSpan(d, taken, j, false); k > 0 {
			return j, k
		}
		if m.loneSurname(d, taken, j) {
			return j, j + 1
		}
	case occupationsAr[t.Norm]:
		// "الصحفي بن فالديز", "المبرمج المصري سامي كستريل"
		for j < len(toks) && m.nisbaName(toks[j].Norm) {
			j++
		}
		return j, m.personSpan(d, taken, j, false)
	case personVerbsAr[t.Norm] || postVerbsAr[t.Norm]:
		// "استقال تيرون فالديز من منصبه": the verb first, its subject
		// after it, then a preposition or a comma; "تولى تيرون فالديز
		// منصب الرئيس التنفيذي": a post, taken by a person.
		if k = m.personSpan(d, taken, j, false); k > 0 && (k < len(toks) && postNounsAr[toks[k].Norm] ||
			personVerbsAr[t.Norm] && (k >= len(toks) || toks[k].Sent != t.Sent || toks[k].Script == Punct || ar.IsFunction(toks[k].Norm))) {
			return j, k
		}
	case thatWordsAr[t.Norm]:
		// "أعلنت ... أن تيرون فالديز استقال": a verb only people take.
		if k = m.personSpan(d, taken, j, false); k > 0 && k < len(toks) && personVerbsAr[toks[k].Norm] {
			return j, k
		}
	case m.nisbaName(t.Norm):
		if k = m.personSpan(d, taken, j, false); k-j == 2 {
			return j, k
		}
	}
	return j, -1
}

// loneSurname reports one word at j that can stand alone as a surname after
// an honorific: no article written, no ordinary or cue word, and the
// phrase ends after it.
func (m *mentionStage) loneSurname(d *Doc, taken []bool, j int) bool {
	toks := d.Tokens
	if !freeAr(d, taken, j, toks[j-1].Sent) || strings.HasPrefix(toks[j].Text, "ال") || commonForm(&toks[j]) || isCueWord(&toks[j]) || suffixedNoun(toks[j].Norm) ||
		ar.IsStop(toks[j].Norm) || ar.HasTanween(toks[j].Text) || m.conjoined(&toks[j]) || m.place(toks[j].Norm) {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].Sent != toks[j].Sent || toks[j+1].Script == Punct || m.endsPersonSpan(d, j+1, j)
}

// bylineAt: a byline word opens its line ("كتب" in the body is a verb of
// speech, handled as one).
func bylineAt(toks []Token, i int) bool {
	return i == 0 || toks[i-1].Sent != toks[i].Sent || toks[i-1].Script == Punct
}

// skipColon steps over the colon of "بقلم: X".
func skipColon(toks []Token, j int) int {
	if j < len(toks) && (toks[j].Text == ":" || toks[j].Text == "：") {
		return j + 1
	}
	return j
}

// personSpan is the end of a two- or three-word name at j, or -1. Outside
// a byline the words are no ordinary words: "قال مصدر مطلع" names no one.
func (m *mentionStage) personSpan(d *Doc, taken []bool, j int, byline bool) int {
	return m.personSpanAt(d, taken, j, byline, "")
}

// personSpanAt is personSpan; clitic names the letter a name must open
// on, glued to it: و of a second name ("وسيلفانو ريكيتي"), ل after خلفا
// ("خلفا لتيرون فالديز").
func (m *mentionStage) personSpanAt(d *Doc, taken []bool, j int, byline bool, clitic string) int {
	toks := d.Tokens
	joined := clitic != ""
	if joined && (j >= len(toks) || toks[j].Script != Arabic || !strings.HasPrefix(toks[j].Norm, clitic) || len(toks[j].Forms) < 2) {
		return -1
	}
	// A name opens on no article ("وقالت الرمال" is a paper) and no "و"
	// (a second phrase). Folding makes "أليشا" look definite: the written
	// word tells.
	if j >= len(toks) || strings.HasPrefix(toks[j].Text, "ال") || byline && isDefinite(&toks[j]) || isCueWord(&toks[j]) || m.conjoined(&toks[j]) && !joined {
		return -1
	}
	k, uncommon := j, 0
	for k < j+3 && freeAr(d, taken, k, toks[j].Sent) && !m.endsPersonSpan(d, k, j) {
		if ar.CompanySuffixes[toks[k].Norm] {
			return -1 // "وقالت زمردين القابضة": a company speaks too
		}
		if !commonForm(&toks[k]) || m.lex.GivenName(toks[k].Norm) {
			uncommon++
		}
		k++
	}
	// A byline may name a person by ordinary words ("رحمة السيد"), but
	// not by ordinary words only ("إعداد: وحدة الأبحاث" is a desk).
	if k-j < 2 || uncommon == 0 || !byline && uncommon < k-j {
		return -1
	}
	return k
}

// aliInName reports the given name علي written with its ي inside a
// person's name, before a family or given name ("سالم علي الكواري"):
// folded, it reads as the preposition على.
func (m *mentionStage) aliInName(d *Doc, k int) bool {
	n := k + 1
	if !aliWritten[d.Tokens[k].Text] || n >= len(d.Tokens) || d.Tokens[n].Sent != d.Tokens[k].Sent || d.Tokens[n].Script != Arabic {
		return false
	}
	w := d.Tokens[n].Norm
	return m.nisbaName(w) || m.lex.GivenName(w) || !name.Common("ar", w) && !ar.IsFunction(w) && !ar.IsStop(w)
}

// aliWritten are the written forms of the given name علي that fold into a
// function word.
var aliWritten = setOf(wordList("ali-written-ar"))

// endsPersonSpan: a function word, a role, a place or a phrase after the
// name's first word closes it.
func (m *mentionStage) endsPersonSpan(d *Doc, k, j int) bool {
	w := d.Tokens[k].Norm
	if k > j && m.aliInName(d, k) {
		return false
	}
	if ar.IsFunction(w) || ar.IsStop(w) || thatWordsAr[w] || roleHeadsAr[w] || m.titleAt(d, k) || speakerVerbsAr[w] || personVerbsAr[w] {
		return true
	}
	// A third word glued to و opens a second name: "تيرون فالديز وسيلفانو".
	return k > j && (m.place(w) && !m.nisbaName(w) || withPreposition(w) || m.conjoined(&d.Tokens[k])) ||
		k >= j+2 && strings.HasPrefix(w, "و") && len(d.Tokens[k].Forms) > 1
}

// saidEnds: what follows a speaker's name is what was said (إن، أن, a
// comma, a colon) or the speaker's role.
func (m *mentionStage) saidEnds(d *Doc, k int) bool {
	toks := d.Tokens
	if k >= len(toks) || toks[k].Sent != toks[k-1].Sent {
		return true
	}
	return toks[k].Script == Punct || thatWordsAr[toks[k].Norm] || roleHeadsAr[toks[k].Norm] || m.titleAt(d, k)
}

// commonForm: the word, or the word with its clitics cut ("ووحدة"), is an
// ordinary word.
func commonForm(t *Token) bool {
	for _, f := range t.Forms {
		if name.Common("ar", f) {
			return true
		}
	}
	return false
}
