package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kg-news/kg/extract/lexicon"
	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/model"
)

// Title phrases that introduce a person, folded. The lexicon's titles file
// adds more; these are the ones the relation finder reasons about too.
var arTitles = []string{"الرئيس التنفيذي", "الرئيسة التنفيذية", "الرئيس التنفيذي المشارك",
	"رئيسه التنفيذي", "رئيسها التنفيذي", "رئيستها التنفيذية", "مديرها التنفيذي", "مديره التنفيذي",
	"المدير التنفيذي", "المديرة التنفيذية", "الشريك المؤسس", "المؤسس المشارك", "المؤسس", "مؤسس",
	"مؤسسة", "رئيس مجلس الإدارة", "رئيسة مجلس الإدارة", "رئيس مجلس إدارة", "العضو المنتدب",
	"الأمير", "الشيخ", "الشيخة", "الملياردير", "رجل الأعمال", "المستثمر", "محافظ", "وزير", "الوزير",
	"رئيس شركة", "رئيسة شركة", "رئيس مجموعة", "رئيس نادي", "رئيس بنك"}

var enTitleWords = map[string]bool{"executive": true, "ceo": true, "co ceo": true, "founder": true, "cofounder": true,
	"co founder": true, "chairman": true, "chairwoman": true, "president": true, "director": true,
	"officer": true, "chief": true, "investor": true, "billionaire": true, "boss": true, "head": true,
	"entrepreneur": true, "prince": true, "sheikh": true, "chair": true, "partner": true, "cfo": true,
	"governor": true, "minister": true}

// matchPhrase reports the end of the folded phrase p at token i (clitics
// on the first word allowed), or -1.
func matchPhrase(d *Doc, i int, words []string) int {
	if i+len(words) > len(d.Tokens) {
		return -1
	}
	forms := d.Tokens[i].Forms
	ok := false
	for _, f := range forms {
		if f == words[0] {
			ok = true
			break
		}
	}
	if !ok {
		return -1
	}
	for k := 1; k < len(words); k++ {
		if d.Tokens[i+k].Norm != words[k] {
			return -1
		}
	}
	return i + len(words)
}

// titleKey is a title phrase, folded and split into words. opens says a
// name may follow it: an indefinite title ("رئيس تنفيذي") describes
// ("البحث عن رئيس تنفيذي") and names only the person before it ("سامح
// كستريل، مؤسس ومالك").
type titleKey struct {
	words []string
	opens bool
}

// arTitleKeysOf is arTitles and the lexicon's Arabic titles by first word.
// Of the lexicon's, one word ("رئيس") opens too many phrases, and a title
// with its employer ("الرئيس التنفيذي للشركة") hides the employer's name
// after it.
func arTitleKeysOf(lex *lexicon.Lexicon) map[string][]titleKey {
	out := map[string][]titleKey{}
	seen := map[string]bool{}
	put := func(p string, opens bool) {
		k := foldKey(p)
		if w := strings.Fields(k); len(w) > 0 && !seen[k] {
			seen[k] = true
			out[w[0]] = append(out[w[0]], titleKey{w, opens})
		}
	}
	for _, p := range arTitles {
		put(p, true)
	}
	if lex == nil {
		return out
	}
	for _, t := range lex.Titles("ar") {
		words := strings.Fields(foldKey(t.Phrase))
		if len(words) < 2 || slices.ContainsFunc(words, func(w string) bool { return employerWordsAr[w] }) {
			continue
		}
		put(t.Phrase, slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "ال") }))
	}
	return out
}

var employerWordsAr = wordSet("employer-words-ar")

// titleEnd is the end of the longest title phrase at token i, or -1, and
// whether a name may follow it.
func (m *mentionStage) titleEnd(d *Doc, i int) (int, bool) {
	end, opens := -1, false
	if i >= len(d.Tokens) {
		return end, opens
	}
	for _, f := range d.Tokens[i].Forms {
		for _, t := range m.titleKeys[f] {
			if e := matchPhrase(d, i, t.words); e > end {
				end, opens = e, t.opens
			}
		}
	}
	return end, opens
}

// titleAt reports a title phrase at token k.
func (m *mentionStage) titleAt(d *Doc, k int) bool {
	e, _ := m.titleEnd(d, k)
	return e > k
}

// nameAfterBoard: after a board title ("عضو مجلس الإدارة") a word with
// ل and no article is a name that begins with the letter ("لورنس"), not
// an employer: the title has named its board already.
func (m *mentionStage) nameAfterBoard(d *Doc, j int) bool {
	t := &d.Tokens[j]
	return boardEndsAr[d.Tokens[j-1].Norm] && !isDefinite(t) && !isCueWord(t) && !m.lex.StartsName(t.Forms[1:])
}

var boardEndsAr = wordSet("board-ends-ar")

// familyMarkersAr are آل ("the family of") with its clitics, as folded.
var familyMarkersAr = wordSet("family-markers-ar")

// titlePass finds people named right after a title: "الرئيس التنفيذي لشركة
// أوبن إيه آي، سام ألتمان" and "co-founder and chief executive Assaf Rappaport".
func (m *mentionStage) titlePass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Script != Arabic {
			continue
		}
		end, opens := m.titleEnd(d, i)
		// "تركي آل الشيخ": after آل a title word is the family's name.
		if end < 0 || i > 0 && toks[i-1].Sent == toks[i].Sent && familyMarkersAr[toks[i-1].Norm] {
			continue
		}
		// "إيغون دوربان، الرئيس التنفيذي المشارك لسيلفر ليك": the two
		// words before the comma name the person.
		if i >= 3 && toks[i-1].Text == "،" && !taken[i-2] && !taken[i-3] && toks[i-2].Script == Arabic && toks[i-3].Script == Arabic &&
			!ar.IsStop(toks[i-2].Norm) && !ar.IsStop(toks[i-3].Norm) && !ar.IsFunction(toks[i-3].Norm) &&
			!m.place(toks[i-2].Norm) && !isDefinite(&toks[i-3]) && toks[i-3].Sent == toks[i].Sent &&
			(m.lex.GivenName(toks[i-3].Norm) || i-4 < 0 || toks[i-4].Sent != toks[i].Sent || ar.IsStop(toks[i-4].Norm) || ar.IsFunction(toks[i-4].Norm) || toks[i-4].Script == Punct || isVerbLike(&toks[i-4])) {
			from := joinedBack(d, taken, i-3)
			// "وعمر باعشن، الرئيس التقني": the conjunction is no part of the name.
			add(Mention{From: from, To: i - 1, Type: model.Person, Key: "?" + joinNorm(toks, from, i-1), Surface: surface(d, from, i-1, m.andSkip(&toks[from])), Cue: "title"})
		}
		if !opens {
			continue
		}
		j, employer := end, false
		// A chain of titles: "الشريك المؤسس والرئيس التنفيذي مدثر شيخة".
		for m.titleAt(d, j) {
			j, _ = m.titleEnd(d, j)
		}
		// Skip "المشارك", "لشركة X" / "لـX" (the employer), up to a comma.
		if j < len(toks) && ar.TitleModifiers[toks[j].Norm] {
			j++
		}
		// "رئيس مجلس إدارة الدانة، جاسم الكواري": a title in the construct
		// state names its company next, the person after the comma.
		if j < len(toks) && toks[j].Script == Arabic && (strings.HasPrefix(toks[j].Norm, "ل") || constructTitleEnds[toks[j-1].Norm]) {
			k := j
			for k < len(toks) && k < j+8 && (toks[k].Script != Punct || isQuote(&toks[k])) {
				k++
			}
			if k < len(toks) && (toks[k].Text == "،" || toks[k].Text == ",") {
				j, employer = k+1, true
			} else if !m.nameAfterBoard(d, j) {
				continue
			}
		} else if j < len(toks) && (toks[j].Text == "،" || toks[j].Text == ",") {
			j++
		}
		// "رجل الأعمال الإماراتي محمد العبار": the nationality describes.
		for j < len(toks) && toks[j].Script == Arabic && m.place(toks[j].Norm) {
			j++
		}
		// "مؤسس كلية X": a cue after the title opens its employer's name.
		if j >= len(toks) || taken[j] || toks[j].Sent != toks[i].Sent || toks[j].Script != Arabic || anyForm(toks[j].Forms, ar.OrgCues) || isCueWord(&toks[j]) {
			continue
		}
		// "المؤسس وشقيق زوجة الملك": an ordinary word joined by و after the
		// title is a second description, no name.
		if rest, ok := strings.CutPrefix(toks[j].Norm, "و"); ok && name.Common("ar", rest) && !m.lex.GivenName(rest) {
			continue
		}
		k := j
		limit, most := j+4, 3
		// "سعيد راشد بن حميدان": a joiner makes a longer name.
		if j+1 < len(toks) && ar.NameJoiners[toks[j+1].Norm] || j+2 < len(toks) && ar.NameJoiners[toks[j+2].Norm] {
			limit, most = j+6, 5
		}
		for k < len(toks) && k < limit && toks[k].Script == Arabic && !taken[k] && toks[k].Sent == toks[j].Sent &&
			(afterJoiner(toks, k) || !ar.IsFunction(toks[k].Norm) && (k == j || !ar.Stop[toks[k].Norm] || ar.NameJoiners[toks[k].Norm])) {
			// "الملياردير سامي بوزيان بالإستحواذ": a deal word or a
			// preposition phrase after the name is the sentence's.
			// "الأمير تيرون بمنح": so is a preposition glued to an
			// ordinary word.
			if k > j && (m.conjoined(&toks[k]) || triggerAt(&toks[k]) != nil || k > j+1 && withPreposition(toks[k].Norm) || m.gluedPhrase(toks[k].Norm)) {
				break
			}
			k++
		}
		// "مدير العمليات، قيادتها بصفة مؤقتة": a noun with a pronoun
		// suffix is the sentence's.
		// "المستثمر الاستراتيجي": an ordinary definite word after the
		// title describes; "الرئيس التنفيذي مؤقتا" is an adverb.
		if k == j || ar.IsStop(toks[j].Norm) || herNoun(toks[j].Norm) || m.verbAfterAnd(toks[j].Norm) || commonAfterFirst(d, j) || adverbAr(toks[j].Norm) {
			continue
		}
		// Start at a known first name if one comes later: "لتتولى روبين دنهولم".
		for q := j + 1; q < k && k-j > 2; q++ {
			// ... but not a father's name after بن ("جمعة بن ماجد المهيري").
			if m.lex.GivenName(toks[q].Norm) && !m.lex.GivenName(toks[j].Norm) && !patronymic[toks[q-1].Norm] {
				j = q
				break
			}
		}
		if k-j > most {
			continue
		}
		// "P، الرئيسة التنفيذية لـX، قيادة المنصة": after a title and its
		// employer, a name opens on a first name or stands alone before
		// punctuation ("رئيس مجلس إدارة X، جاسم الكواري، إن").
		if employer && !m.lex.GivenName(toks[j].Norm) && (k >= len(toks) || toks[k].Script != Punct) {
			continue
		}
		add(Mention{From: j, To: k, Type: model.Person, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, m.andSkip(&toks[j])), Cue: "title"})
	}
}

// andSkip is 1 for a known first name with "و" (and) glued to it
// ("وعمر باعشن، الرئيس التقني"): the conjunction is no part of the name.
func (m *mentionStage) andSkip(t *Token) int {
	if w, ok := strings.CutPrefix(t.Norm, "و"); ok && m.lex.GivenName(w) && !m.lex.GivenName(t.Norm) {
		return 1
	}
	return 0
}

var constructTitleEnds = wordSet("title-construct-ends-ar")

// afterJoiner: the word after بن is a name, also one written like a
// function word ("بن علي", where علي folds like على).
func afterJoiner(toks []Token, k int) bool {
	return k > 0 && ar.NameJoiners[toks[k-1].Norm] && toks[k].Script == Arabic && toks[k].Sent == toks[k-1].Sent
}

// joinedBack extends a person's name that starts at token from back over
// name joiners: "سالم بن حمد الحارثي، الرئيس التنفيذي" is one man, not
// "حمد الحارثي" and a "سالم بن" of his own.
func joinedBack(d *Doc, taken []bool, from int) int {
	toks := d.Tokens
	for n := 0; n < 3 && from >= 2 && ar.NameJoiners[toks[from-1].Norm] && !taken[from-1] && !taken[from-2] &&
		toks[from-2].Script == Arabic && toks[from-2].Sent == toks[from].Sent && !ar.IsStop(toks[from-2].Norm) && !ar.IsFunction(toks[from-2].Norm); n++ {
		from -= 2
	}
	return from
}

// arabicPass finds unknown Arabic names from their cues: a cue word before
// the name, a known first name opening it, a nationality adjective after it.
func (m *mentionStage) arabicPass(d *Doc, taken []bool, add func(Mention)) {
	m.arCuePass(d, taken, add)
	m.arFirstNamePass(d, taken, add)
	m.arNationalityPass(d, taken, add)
	m.arPersonContextPass(d, taken, add)
}

// nameSuffixesAr are the company words that make a name of the one word
// before them with no cue: "أعلنت نورفان القابضة", "كستريل كابيتال".
var nameSuffixesAr = wordSet("name-suffixes-ar")

// listSectorMember reports a list member named by a word and a sector
// legal form after a comma and و: "A، وسدرة للاستثمارات".
func listSectorMember(d *Doc, taken []bool, j, k int) bool {
	return j > 1 && liNoun(d.Tokens[k].Norm) && ar.CompanySuffixes[d.Tokens[k].Norm] && strings.HasPrefix(d.Tokens[j].Norm, "و") &&
		isComma(&d.Tokens[j-1]) && taken[j-2]
}

// arSuffixPass reads a one-word name closed by a company word of
// nameSuffixesAr where no cue word opened it, after repeatPass has read the
// names found by their cue again with their clitics ("لرمال القابضة"); a stop, function or common
// word before the suffix is a description ("الشركة القابضة").
func (m *mentionStage) arSuffixPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for k := 1; k < len(toks); k++ {
		j := k - 1
		if !nameSuffixesAr[toks[k].Norm] && !listSectorMember(d, taken, j, k) || taken[k] || !freeAr(d, taken, j, toks[k].Sent) {
			continue
		}
		w := toks[j].Norm
		// An ordinary indefinite word names a firm before a transliterated
		// suffix ("رمال فنشرز"); before an Arabic one it describes ("شركة
		// قابضة").
		common := name.Common("ar", w) && (strings.HasPrefix(w, "ال") || strings.HasPrefix(toks[k].Norm, "ال"))
		if ar.IsStop(w) || ar.IsFunction(w) || ar.HasTanween(toks[j].Text) || common || triggerAt(&toks[j]) != nil || m.lex.GivenName(w) {
			continue
		}
		// "بايونير ناتشورال ريسورسز": right after a name, with no و, the
		// words go on with it.
		if j > 0 && taken[j-1] && toks[j-1].Sent == toks[j].Sent && !strings.HasPrefix(w, "و") {
			continue
		}
		end := k + 1
		for freeAr(d, taken, end, toks[k].Sent) && (ar.CompanySuffixes[toks[end].Norm] || liNoun(toks[k].Norm) && isRelAdjective(toks[end].Norm)) {
			end++ // "نورفان انترناشونال تريدنج", "X للاستثمارات الهندية"
		}
		key, skip := joinNorm(toks, j, end), 0
		// "، ونورفان انترناشونال": a list member, its و the list's.
		if rest := strings.TrimPrefix(w, "و"); rest != w && j > 0 && (taken[j-1] || toks[j-1].Script == Punct) {
			key, skip = strings.Replace(key, w, rest, 1), 1
		}
		add(Mention{From: j, To: end, Type: model.Company, Key: "?" + key, Surface: surface(d, j, end, skip), Cue: "company-word"})
		k = end
	}
}

var (
	ordinaryNamesAr = wordSet("ordinary-names-ar")
	speechVerbsAr   = wordSet("speech-verbs-ar")
	securitiesAr    = wordSet("securities-ar")
)

// nameContextAr reports the context of a name around the word at i:
// quotes or brackets, a cue or a deal or speech verb before it, a company
// word, a sector word ("للاستثمار") or a nationality after it.
func (m *mentionStage) nameContextAr(d *Doc, i int) bool {
	toks := d.Tokens
	if i > 0 && toks[i-1].Sent == toks[i].Sent {
		p := &toks[i-1]
		if isQuote(p) || p.Text == "(" || isCueWord(p) || triggerAt(p) != nil || speechVerbsAr[p.Norm] {
			return true
		}
	}
	if i+1 >= len(toks) || toks[i+1].Sent != toks[i].Sent {
		return false
	}
	n := &toks[i+1]
	// "، ومبادلة، و...": a member of a list of names.
	if i > 0 && isComma(&toks[i-1]) && isComma(n) {
		return true
	}
	if isQuote(n) || n.Text == ")" || nameSuffixesAr[n.Norm] || ar.CompanySuffixes[n.Norm] || strings.HasPrefix(n.Norm, "لل") {
		return true
	}
	kind, ok := m.lex.Place(strings.TrimPrefix(n.Norm, "ال"))
	return ok && kind == "nationality" || m.indefiniteNationality(n)
}

var verbalNounNamesAr = wordSet("verbal-noun-names-ar")

// governsDefinite reports a definite noun right after the word at i that it
// governs: no adjective, place, nationality or company word ("تداول
// السعودية" is the exchange, "تداول الأسهم" share trading).
func (m *mentionStage) governsDefinite(d *Doc, i int) bool {
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Sent != d.Tokens[i].Sent || d.Tokens[i+1].Script != Arabic {
		return false
	}
	n := d.Tokens[i+1]
	if !strings.HasPrefix(n.Norm, "ال") || isRelAdjective(n.Norm) || ar.CompanySuffixes[n.Norm] || nameSuffixesAr[n.Norm] {
		return false
	}
	return !m.place(n.Norm) && !m.place(strings.TrimPrefix(n.Norm, "ال"))
}

// swappedNext reports shares or securities right after the word at i, what
// an ordinary "مبادلة" takes as its object ("مبادلة أوراق مالية").
func swappedNext(d *Doc, i int) bool {
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Sent != d.Tokens[i].Sent {
		return false
	}
	n := &d.Tokens[i+1]
	return anyForm(n.Forms, securitiesAr)
}

// freeAr reports an Arabic token at j in sentence sent that no name has
// taken yet.
func freeAr(d *Doc, taken []bool, j, sent int) bool {
	return j < len(d.Tokens) && !taken[j] && d.Tokens[j].Sent == sent && d.Tokens[j].Script == Arabic
}

// anyForm reports whether one of a token's forms is in set.
func anyForm(forms []string, set map[string]bool) bool {
	for _, f := range forms {
		if set[f] {
			return true
		}
	}
	return false
}

// prepositionCues are cue words that a glued preposition makes a phrase:
// "لمصلحة X" is "in favour of X", no body named مصلحة.
var prepositionCues = wordSet("preposition-cues-ar")

// arCuePass finds the names after organisation, bank and company cues.
func (m *mentionStage) arCuePass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Script != Arabic || taken[i] {
			continue
		}
		switch {
		case orgCue(t) && freeAr(d, taken, i+1, t.Sent) && !ar.IsFunction(toks[i+1].Norm) && !prepositionCues[t.Norm]:
			i = m.arOrgName(d, taken, i, add)
		case anyForm(t.Forms, ar.BankCues) && isDefinite(t):
			i = m.arBankName(d, taken, i, add)
		case anyForm(t.Forms, ar.CompanyCues) && !isDefinite(t):
			i = m.arCompanyName(d, taken, i, add)
		case anyForm(t.Forms, sharesOfAr) && freeAr(d, taken, i+1, t.Sent):
			i = m.arSharesName(d, taken, i, add)
		case anyForm(t.Forms, ar.CompanyCues) && isDefinite(t):
			// The definite cue is the name's own: "الشركة السعودية ...".
			if k := m.definiteSectorName(d, taken, i); k > 0 {
				// "زمردين، المنصة السعودية للتجارة الإلكترونية،": a
				// description in apposition; the word before it is the name.
				if m.describedBefore(d, taken, i) {
					h := i - 2
					add(Mention{From: h, To: h + 1, Type: model.Company, Key: "?" + toks[h].Norm, Surface: surface(d, h, h+1, 0), Cue: "company-word"})
					i = k - 1
					continue
				}
				add(Mention{From: i, To: k, Type: model.Company, Key: "?" + joinNorm(toks, i, k), Surface: surface(d, i, k, definiteCueSkip(t)), Cue: "company-word"})
				i = k - 1
			}
		}
	}
}

// describedBefore reports a definite cue at i that opens an apposition
// after a comma ("X، الشركة ...") and a word at i-2 that can be the name
// (no ordinary, function or definite word, not read yet): the description
// names no company of its own.
func (m *mentionStage) describedBefore(d *Doc, taken []bool, i int) bool {
	toks := d.Tokens
	if i < 2 || !isComma(&toks[i-1]) || toks[i-2].Sent != toks[i].Sent || toks[i-2].Script == Punct {
		return false
	}
	// A name read before the comma may be a list's member: "A، الشركة
	// السعودية للكهرباء، وB" names three.
	w := &toks[i-2]
	return !taken[i-2] && w.Script == Arabic && !strings.HasPrefix(w.Text, "ال") && !commonForm(w) && !ar.IsStop(w.Norm) && !m.place(w.Norm) && !isCueWord(w)
}

// arSharesName adds the company whose shares or capital the word at i
// names ("من أسهم زمردين للأغذية"), when a sector word or a company word
// closes the name: "أسهم" alone is a weak cue. It returns the index to go
// on from.
func (m *mentionStage) arSharesName(d *Doc, taken []bool, i int, add func(Mention)) int {
	toks, j := d.Tokens, i+1
	if isDefinite(&toks[j]) || isCueWord(&toks[j]) || ar.IsStop(toks[j].Norm) || commonForm(&toks[j]) || m.place(toks[j].Norm) || m.lex.GivenName(toks[j].Norm) {
		return i
	}
	// The sector word right after the name is its own, a preposition
	// after it notwithstanding ("أسهم زمردين للأغذية في صفقة").
	if !freeAr(d, taken, j+1, toks[j].Sent) || !liNoun(toks[j+1].Norm) && !ar.CompanySuffixes[toks[j+1].Norm] {
		return i
	}
	k := m.arDescriptorTail(d, taken, j, j+2)
	add(Mention{From: j, To: k, Type: model.Company, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, 0), Cue: "company-word"})
	return k - 1
}

// committeeWordsAr name a company's own committees after لجنة
// ("اللجنة التنفيذية للشركة"), which are no parties.
var committeeWordsAr = wordSet("committee-words-ar")

// arOrgName adds the organisation named after the cue at i ("هيئة الزمرد
// المالية") and returns the index to go on from.
func (m *mentionStage) arOrgName(d *Doc, taken []bool, i int, add func(Mention)) int {
	toks, t := d.Tokens, &d.Tokens[i]
	free := func(j int, sent int) bool { return freeAr(d, taken, j, sent) }
	forms := t.Forms
	if ar.BoardWords[toks[i+1].Norm] || committeeWordsAr[toks[i+1].Norm] {
		return i // مجلس الإدارة, اللجنة التنفيذية: a company's own body
	}
	k := i + 1
	for free(k, t.Sent) && k < i+6 && !ar.IsFunction(toks[k].Norm) {
		k++
		// "جهاز الإمارات للاستثمار": a li- descriptor closes the name.
		if k-1 > i+1 && liNoun(toks[k-1].Norm) {
			break
		}
	}
	_, skip := firstVariantSkip(forms, t.Norm)
	add(Mention{From: i, To: k, Type: model.Organization, Key: "?" + joinNorm(toks, i, k), Surface: surface(d, i, k, skip), Cue: "org-word"})
	return k - 1
}

// arBankName adds the bank named by a definite cue and its adjective
// ("البنك المصري الزمردي") and returns the index to go on from.
func (m *mentionStage) arBankName(d *Doc, taken []bool, i int, add func(Mention)) int {
	toks, t := d.Tokens, &d.Tokens[i]
	forms := t.Forms
	if k := m.definiteBankName(d, taken, i); k > 0 {
		skip := 0
		for v, f := range forms {
			if ar.BankCues[f] {
				skip = t.Prefix[v]
				break
			}
		}
		add(Mention{From: i, To: k, Type: model.Company, Key: "?" + joinNorm(toks, i, k), Surface: surface(d, i, k, skip), Cue: "company-word",
			Aliases: []string{surface(d, i+1, k, 0)}})
		return k - 1
	}
	return i
}

// arCompanyName adds the company named after the cue at i ("شركة سحاب
// القابضة") and returns the index to go on from.
func (m *mentionStage) arCompanyName(d *Doc, taken []bool, i int, add func(Mention)) int {
	toks, t := d.Tokens, &d.Tokens[i]
	j, bank, suffixed, ok := m.arCompanyStart(d, taken, i)
	if !ok {
		return i
	}
	k := m.arCompanyEnd(d, taken, j, bank, suffixed)
	if k == j {
		return i
	}
	// "شركة أسمدة مصرية": an indefinite nationality after the words makes
	// them a description ("an Egyptian fertiliser company"); a name takes
	// the definite one ("راكوتن اليابانية").
	if k < len(toks) && toks[k].Sent == toks[j].Sent && m.indefiniteNationality(&toks[k]) {
		return i
	}
	core := k
	k = m.arDescriptorTail(d, taken, j, k)
	// After a weak cue, only definite common words ("منصة الأزياء")
	// make no name, unless a company suffix closes them ("المملكة
	// القابضة"); after شركة, مجموعة, بنك or صندوق a definite name
	// is a name ("مجموعة الريان").
	allAl := true
	for q := j; q < k; q++ {
		if !strings.HasPrefix(toks[q].Norm, "ال") || ar.CompanySuffixes[toks[q].Norm] {
			allAl = false
		}
	}
	// ... but not a lone adjective ("شركة النفط الوطنية").
	if allAl && !bank && (!anyForm(t.Forms, ar.StrongCompanyCues) || ar.Descriptors[toks[j].Norm] || k-j == 1 && strings.HasSuffix(toks[j].Norm, "يه") || j > i+1) {
		return i
	}
	typ := model.Company
	if ar.OrgAdjectives[toks[j].Norm] {
		typ = model.Organization
	}
	add(Mention{From: j, To: k, Type: typ, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, 0), Cue: "company-word",
		Aliases: cueAliases(d, i, j, core, k)})
	return k - 1
}

// arCompanyStart is where the name after the company cue at i starts, past
// its descriptors ("شركة الذكاء الاصطناعي X"); bank when the descriptor is
// the name ("بنك الزمرد العربي"), suffixed when a company word closes a
// one-word name; !ok when no name follows.
func (m *mentionStage) arCompanyStart(d *Doc, taken []bool, i int) (j int, bank, suffixed, ok bool) {
	toks, t := d.Tokens, &d.Tokens[i]
	free := func(j int, sent int) bool { return freeAr(d, taken, j, sent) }
	j = i + 1
	for n := 0; n < 3 && free(j, t.Sent) && ar.Descriptors[toks[j].Norm]; n++ {
		j++
	}
	// "بنك الزمرد العربي": the descriptor is the name when an
	// adjective follows it.
	bank = anyForm(t.Forms, ar.BankCues) && j > i+1 && free(j, t.Sent) && (isRelAdjective(toks[j].Norm) || m.nationality(toks[j].Norm))
	if bank {
		j = i + 1
	}
	// "شركة وشركتي X": the cue word after is the name's cue.
	if !free(j, t.Sent) || ar.IsStop(toks[j].Norm) && !bank || isCueWord(&toks[j]) {
		return j, bank, suffixed, false
	}
	// "وشركات استشارات أخرى", "3 شركات تتنافس": after a plural cue an
	// indefinite Arabic word describes the companies, unless a list goes on
	// after it ("شركات زمرد وسدرة ورمال"); a name alone after one is quoted
	// or definite ("شركات «زمرد»", "شركات الزمرد").
	if anyForm(t.Forms, pluralCompanyCuesAr) && toks[j].Script == Arabic && !strings.HasPrefix(toks[j].Text, "ال") && !listGoesOn(d, j+1) {
		return j, bank, suffixed, false
	}
	if !bank && strings.HasPrefix(toks[j].Text, "ال") {
		if n := m.describedName(d, taken, i+1); n >= 0 {
			j = n
		}
	}
	// "شركة ويلينغتون مانجمنت": a first name or a place opens a
	// company name only when a company word closes it.
	suffixed = free(j+1, t.Sent) && (ar.CompanySuffixes[toks[j+1].Norm] || sectorWord(toks[j+1].Norm) && !governs(d, j+2) ||
		feminineTail(d, taken, j+1, t.Sent) || m.placeClosed(d, taken, j, t.Sent) || sectorAfterDefinite(d, taken, j+1, t.Sent))
	if m.place(toks[j].Norm) && !suffixed || m.lex.GivenName(toks[j].Norm) && !suffixed && !m.loneGivenCompany(d, i, j) {
		return j, bank, suffixed, false
	}
	// A description, not a name: "شركة خاصة", "شركة تقنية", "أبدوا".
	// "ألمانية" folds to a word that looks definite: the written
	// article decides.
	// A woman's name ends as an adjective does ("حورية"): a definite
	// word and a sector word after it make it a name.
	if fj := toks[j].Norm; ar.HasTanween(toks[j].Text) || ar.CueAdjectives[fj] || strings.HasSuffix(fj, "يه") && !strings.HasPrefix(toks[j].Text, "ال") && !sectorAfterDefinite(d, taken, j+1, t.Sent) || strings.HasSuffix(fj, "وا") ||
		imperfectVerb(d, j) {
		return j, bank, suffixed, false
	}
	return j, bank, suffixed, true
}

// sectorAfterDefinite reports a definite word at j and a sector word
// after it: "شركة سدرة المحيط للاستثمار", "شركة محمد العلي للتجارة" (a
// firm named after a person is a company).
func sectorAfterDefinite(d *Doc, taken []bool, j, sent int) bool {
	return freeAr(d, taken, j, sent) && freeAr(d, taken, j+1, sent) && strings.HasPrefix(d.Tokens[j].Text, "ال") && !ar.IsStop(d.Tokens[j].Norm) &&
		sectorWord(d.Tokens[j+1].Norm) && !governs(d, j+2)
}

// listGoesOn reports another list member at token j: a comma, or a word
// with a glued و.
func listGoesOn(d *Doc, j int) bool {
	if j >= len(d.Tokens) || d.Tokens[j].Sent != d.Tokens[j-1].Sent {
		return false
	}
	t := &d.Tokens[j]
	return isComma(t) || strings.HasPrefix(t.Norm, "و") && len(t.Forms) > 1 && !ar.IsFunction(t.Norm)
}

// pluralCompanyCuesAr are company words in the plural (not the dual,
// "شركتي X وY", which names two).
var pluralCompanyCuesAr = wordSet("plural-company-cues-ar")

// imperfectVerb reports a common word in the imperfect's form before a
// preposition: "أكبر شركة تعمل في مجال", "شركة تملك في": a relative
// clause about the company, not its name.
func imperfectVerb(d *Doc, j int) bool {
	w := d.Tokens[j].Norm
	return (strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ي")) && name.Common("ar", w) &&
		j+1 < len(d.Tokens) && d.Tokens[j+1].Sent == d.Tokens[j].Sent && ar.IsFunction(d.Tokens[j+1].Norm)
}

// feminineTail reports two definite feminine adjectives from j on, which
// agree with شركة, not with a man's name: "شركة ميرولا الزمردية العقارية"
// (a man's family name is masculine: "محمد العلي").
func feminineTail(d *Doc, taken []bool, j, sent int) bool {
	for q := j; q < j+2; q++ {
		if !freeAr(d, taken, q, sent) || !strings.HasPrefix(d.Tokens[q].Text, "ال") || !strings.HasSuffix(d.Tokens[q].Norm, "يه") {
			return false
		}
	}
	return true
}

// arCompanyEnd is the end of the name that starts at j: up to three words,
// ending at a function word, a place, a deal word or a company word.
func (m *mentionStage) arCompanyEnd(d *Doc, taken []bool, j int, bank, suffixed bool) int {
	toks, sent := d.Tokens, d.Tokens[j].Sent // the cue's sentence (arCompanyStart)
	// "صندوق تي إن زد سي": initials spelled in letters, some of which
	// spell function words (إن).
	if e := letterRun(d, taken, j); e > j+1 {
		return e
	}
	k := j
	if bank {
		k = j + 1 // the descriptor; its adjectives are the tail
	}
	for !bank && freeAr(d, taken, k, sent) && (k < j+3 || k < j+5 && sectorGoesOn(toks, j, k)) && !ar.IsFunction(toks[k].Norm) && !(m.place(toks[k].Norm) && !(k == j && suffixed) && !m.placeInName(d, j, k)) && !ar.HasTanween(toks[k].Text) &&
		(k == j || !ar.IsStop(toks[k].Norm) || ar.CompanySuffixes[toks[k].Norm]) {
		// "للاستثمار والتطوير": a second sector noun joined to the first
		// goes on the name; "صندوق الرمال والتلال", "بنك التعمير
		// والإسكان": so does a second definite noun joined to the name's.
		if k > j && (liNoun(toks[k-1].Norm) || k == j+1 && strings.HasPrefix(toks[j].Text, "ال")) && sectorConjunct(toks[k].Norm) && !isCueWord(&toks[k]) {
			k++
			continue
		}
		// A deal word ends the name ("سحاب القابضة استحواذها"), and so do
		// a verb of intent ("مجموعة زمرد تدرس") and a participle that
		// opens a clause ("رمال للإسمنت البالغة 55 مليون سهم"). A noun
		// with a possessive pronoun is the clause's too: "مجموعة الريان
		// نتائجها".
		if k > j && (strings.HasPrefix(toks[k].Norm, "و") || triggerAt(&toks[k]) != nil && !ar.CompanySuffixes[toks[k].Norm] || auxiliaries[toks[k].Norm] || intentVerbsAr[toks[k].Norm] ||
			clauseParticiplesAr[toks[k].Norm] || possessed(toks[k].Norm)) {
			break
		}
		// After a sector word only its adjectives go on ("رمال للإسمنت
		// العربية"); an indefinite word there opens what follows, often
		// a person ("عينت شركة رمال للإسمنت فادي خوري").
		if k > j && liNoun(toks[k-1].Norm) && !strings.HasPrefix(toks[k].Norm, "ال") && !liNoun(toks[k].Norm) && !ar.CompanySuffixes[toks[k].Norm] {
			break
		}
		// "مجموعة زمرد فادي خوري": a first name with a surname after it
		// opens a person.
		if k > j && m.lex.GivenName(toks[k].Norm) && m.familyNameAt(d, k+1) {
			break
		}
		// "شركة كستريل توصلت": an ordinary indefinite word after a name
		// no ordinary word shares is the clause's verb or noun ("شركة
		// مختلطة تحمل" is a description: a feminine ending, no name,
		// unless the word governs a definite noun).
		if k == j+1 && !name.Common("ar", toks[j].Norm) && (!strings.HasSuffix(toks[j].Norm, "ه") || definiteAfter(d, k)) && name.Common("ar", toks[k].Norm) && !strings.HasPrefix(toks[k].Norm, "ال") &&
			!liNoun(toks[k].Norm) && !ar.CompanySuffixes[toks[k].Norm] && !nameSuffixesAr[toks[k].Norm] {
			break
		}
		k++
		// A company word closes it, with a sector noun joined to it
		// ("للاستثمار والتطوير").
		if ar.CompanySuffixes[toks[k-1].Norm] && k-1 > j {
			if liNoun(toks[k-1].Norm) && freeAr(d, taken, k, sent) && sectorConjunct(toks[k].Norm) {
				k++
			}
			return k
		}
	}
	if k == j+3 && !bank {
		k = suffixAhead(d, taken, k, sent)
	}
	return k
}

// definiteAfter reports a definite word after token k in its sentence: an
// ordinary noun with its genitive ("شركة سدرة موافقة المساهمين") is a
// phrase of its own, whatever the name before it ends in.
func definiteAfter(d *Doc, k int) bool {
	return k+1 < len(d.Tokens) && d.Tokens[k+1].Sent == d.Tokens[k].Sent && d.Tokens[k+1].Script == Arabic && strings.HasPrefix(d.Tokens[k+1].Norm, "ال")
}

// placeClosed reports a place at j that a nationality closes ("بنك عجمان
// الكويتي") or an adjective and a sector word go on ("شركة أبوظبي الوطنية
// للأخشاب"): the place is the name's first word, not where the company is.
func (m *mentionStage) placeClosed(d *Doc, taken []bool, j, sent int) bool {
	if !m.place(d.Tokens[j].Norm) || !freeAr(d, taken, j+1, sent) {
		return false
	}
	next := d.Tokens[j+1].Norm
	return m.nationality(next) || isAdjective(next) && freeAr(d, taken, j+2, sent) && sectorWord(d.Tokens[j+2].Norm) && !governs(d, j+3)
}

// sectorConjunct is a definite noun joined by و to a sector word
// ("والتطوير"), no stop word.
func sectorConjunct(w string) bool {
	return strings.HasPrefix(w, "وال") && len([]rune(w)) > 5 && !ar.IsStop(w) && !ar.IsStop(strings.TrimPrefix(w, "و"))
}

// sectorGoesOn reports a definite word at k that goes on a sector word
// past a name's three words: its object or adjective ("رأس الزمرد للأسمنت
// الأبيض", "رأس الزمرد لصناعة الأسمنت").
func sectorGoesOn(toks []Token, j, k int) bool {
	if !strings.HasPrefix(toks[k].Norm, "ال") {
		return false
	}
	return sectorWord(toks[k-1].Norm) || k-2 > j && sectorWord(toks[k-2].Norm) && strings.HasPrefix(toks[k-1].Norm, "ال")
}

var clauseParticiplesAr = wordSet("clause-participles-ar")

// sectorConstructs are the nouns that name a sector with ل and the
// definite noun they govern ("لصناعة الإسمنت", "لتجارة السيارات").
var sectorConstructs = wordSet("sector-constructs-ar")

// sectorWord reports a sector word of a name: "للإسمنت", "لصناعة".
func sectorWord(w string) bool {
	return liNoun(w) || strings.HasPrefix(w, "ل") && sectorConstructs[strings.TrimPrefix(w, "ل")]
}

// suffixAhead extends a name that ran to its word limit at k through up to
// three more plain words when a company word closes them: "كستريل سيمنت
// ميدل إيست إنفستمنتس ليمتد". Without one, k.
func suffixAhead(d *Doc, taken []bool, k, sent int) int {
	toks := d.Tokens
	for e := k; e < k+4 && freeAr(d, taken, e, sent); e++ {
		w := toks[e].Norm
		if nameSuffixesAr[w] || ar.CompanySuffixes[w] && !strings.HasPrefix(w, "ال") {
			for e+1 < len(toks) && freeAr(d, taken, e+1, sent) && (nameSuffixesAr[toks[e+1].Norm] || ar.CompanySuffixes[toks[e+1].Norm]) {
				e++
			}
			return e + 1
		}
		if strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "و") || ar.IsFunction(w) || ar.IsStop(w) || ar.HasTanween(toks[e].Text) || triggerAt(&toks[e]) != nil || name.Common("ar", w) {
			return k
		}
	}
	return k
}

// placeInName reports a definite place as the second word of a name, the
// place the company is of ("مرافئ الخليج", "زمرد دبي"), when the first
// word is no place itself and the place is no nationality adjective
// ("السعودية" is also "Saudi").
func (m *mentionStage) placeInName(d *Doc, j, k int) bool {
	w := d.Tokens[k].Norm
	return k == j+1 && (strings.HasPrefix(w, "ال") && !m.place(d.Tokens[j].Norm) && !m.lex.GivenName(d.Tokens[j].Norm) &&
		!m.nationality(w) && !strings.HasSuffix(w, "يه") || m.countryAfterName(d, j, k)) || m.quotedWhole(d, j, k)
}

// quotedWhole reports a place that ends a quoted name a cue opens: the
// quotes hold "مجموعة كستريل أفريقيا" whole, place and all. A nationality
// there still describes ("«شركة رمال العربية»").
func (m *mentionStage) quotedWhole(d *Doc, j, k int) bool {
	toks := d.Tokens
	return j >= 2 && k > j && k+1 < len(toks) && isQuote(&toks[j-2]) && isCueWord(&toks[j-1]) && isQuote(&toks[k+1]) && toks[k+1].Sent == toks[j].Sent &&
		!m.nationality(toks[k].Norm)
}

// arFirstName reads a known first name at i, or a compound one ("وعبد
// الرحمن"): the clitics to skip (-1 when there is none) and where the name
// goes on.
func (m *mentionStage) arFirstName(d *Doc, i int) (skip, next int, compound bool) {
	toks := d.Tokens
	// "وكوارى فينتشرز": before a company word the name is a firm's, and
	// no clitic is cut off to find a first name in it.
	if i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && nameSuffixesAr[toks[i+1].Norm] {
		return -1, i, false
	}
	for v, f := range toks[i].Forms {
		// "كريم" is no ك + ريم: a word that is a first name as written
		// is read whole or not at all.
		// "وجود" is existence, no و + جود: nor is an ordinary word.
		if v > 0 && (m.lex.GivenName(toks[i].Forms[0]) || name.Common("ar", toks[i].Forms[0])) {
			break
		}
		// "والأمير" is "and the prince", not the name أمير: a first
		// name is not read through a stripped article.
		// "الزمرد بن إبراهيم": before بن the article is the name's own.
		stripped := strippedArticle(&toks[i], v)
		if m.lex.GivenName(f) && !ar.IsFunction(f) && !ar.Stop[f] && !ar.IsFunction(toks[i].Norm) && (!stripped || patronymicNext(toks, i)) &&
			(!ar.AmbiguousGivenNames[f] || m.surnameAfter(d, i+1)) {
			if stripped {
				return toks[i].Prefix[v-1], i + 1, false // the article stays with the name
			}
			return toks[i].Prefix[v], i + 1, false
		}
		if ar.CompoundGivenHeads[f] && i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && toks[i+1].Script == Arabic &&
			strings.HasPrefix(toks[i+1].Norm, "ال") {
			return toks[i].Prefix[v], i + 2, true
		}
	}
	return -1, i, false
}

// presentVerb reports an ordinary word in the present tense's form (ت or
// ي first, "تستكمل"), no first name: the verb after a subject's name.
func (m *mentionStage) presentVerb(t *Token) bool {
	w := t.Norm
	return (strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ي")) && len([]rune(w)) >= 4 && name.Common("ar", w) && !m.lex.GivenName(w)
}

// patronymicNext reports بن or بنت right after token i.
func patronymicNext(toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Sent == toks[i].Sent && patronymic[toks[i+1].Norm]
}

// arFirstNamePass finds person names opened by a known first name.
func (m *mentionStage) arFirstNamePass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	free := func(j int, sent int) bool { return freeAr(d, taken, j, sent) }
	for i := 0; i < len(toks); i++ {
		if taken[i] || toks[i].Script != Arabic {
			continue
		}
		skip, k, compound := m.arFirstName(d, i)
		if skip < 0 {
			continue
		}
		// "وليد بن إبراهيم آل إبراهيم": joiners make a longer name.
		limit := k + 3
		if j := i + 1; j < len(toks) && ar.NameJoiners[toks[j].Norm] {
			limit = i + 6
		}
		for free(k, toks[i].Sent) && k < limit && (afterJoiner(toks, k) || !ar.IsFunction(toks[k].Norm) && !ar.HasTanween(toks[k].Text) &&
			(!ar.Stop[toks[k].Norm] || ar.NameJoiners[toks[k].Norm]) && (!m.place(toks[k].Norm) || m.nisbaName(toks[k].Norm))) {
			// "للمجموعة", "لشركة": a preposition phrase ends a name.
			// Right after the first name such a word is the family name
			// ("تيرون كاستيلان"), unless it is an ordinary phrase.
			prep := withPreposition(toks[k].Norm) && (k > i+1 || name.Common("ar", toks[k].Norm[len("ب"):]))
			// "تيرون فالديز قوله": a noun with a pronoun suffix ends the name.
			if m.conjoined(&toks[k]) || liNoun(toks[k].Norm) || prep || k >= i+2 && (secondName(d, taken, k) || suffixedNoun(toks[k].Norm)) || m.phraseAfterSurname(toks, i, k) || m.presentVerb(&toks[k]) {
				break
			}
			k++
		}
		// A compound first name alone ("عبد الرحمن") is too often a word
		// pair to be a person.
		if k-i < 2 || commonAfterFirst(d, i+1) || compound && k-i < 3 {
			continue
		}
		// "الدكتور عادل منصور الشربيني": a word on no list between a
		// person's title and a known first name opens the name.
		from, skipFrom := i, skip
		if i >= 2 && toks[i-1].Script == Arabic && !taken[i-1] && !taken[i-2] && toks[i-2].Sent == toks[i].Sent && ar.PersonTitles[toks[i-2].Norm] &&
			!ar.IsFunction(toks[i-1].Norm) && !ar.IsStop(toks[i-1].Norm) && !isDefinite(&toks[i-1]) && !m.place(toks[i-1].Norm) && skip <= 0 {
			from, skipFrom = i-1, 0
		}
		add(Mention{From: from, To: k, Type: model.Person, Key: "?" + joinNorm(toks, from, k), Surface: surface(d, from, k, skipFrom), Cue: "first-name"})
		i = k - 1
	}
}

// arNationalityPass finds a name as the word right before a nationality
// adjective: "راكوتن اليابانية".
func (m *mentionStage) arNationalityPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if taken[i] || toks[i].Script != Arabic || ar.IsStop(toks[i].Norm) || ar.Descriptors[toks[i].Norm] {
			continue
		}
		next := toks[i+1].Norm
		// "ويرفض الفلسطينيون": a plural nationality is a people, the
		// subject of the word before it, which names nothing.
		if kind, ok := m.lex.Place(next); !ok || kind != "nationality" || !strings.HasPrefix(next, "ال") || toks[i+1].Sent != toks[i].Sent ||
			strings.HasSuffix(next, "ون") || strings.HasSuffix(next, "يين") {
			continue
		}
		forms, prefix := toks[i].Forms, toks[i].Prefix
		skip := 0
		if len(forms) > 1 && !strings.HasPrefix(forms[0], "ال") {
			// "وراكوتن": a glued conjunction is not part of the name.
			if strings.HasPrefix(forms[0], "و") {
				skip = prefix[1]
			}
		}
		definite := false
		for _, f := range toks[i].Forms {
			definite = definite || strings.HasPrefix(f, "ال")
		}
		if definite {
			continue // a definite common noun: السوق السعودية, بالعملة التركية
		}
		// "وحدتها المصرية": a noun with a possessive pronoun is its own
		// unit, not a name.
		if possessed(toks[i].Norm) {
			continue
		}
		// "تدرس السعودية": a verb before its subject names nothing.
		if auxiliaries[toks[i].Norm] || intentVerbsAr[toks[i].Norm] || triggerAt(&toks[i]) != nil || speechVerbsAr[toks[i].Norm] {
			continue
		}
		// "عادل الشامي": a masculine nationality after a first name is a
		// family name; a company takes the feminine ("راكوتن اليابانية").
		if m.lex.GivenName(toks[i].Norm) && !strings.HasSuffix(next, "ه") {
			continue
		}
		add(Mention{From: i, To: i + 1, Type: model.Company, Key: "?" + forms[indexOfSkip(prefix, skip)], Surface: surface(d, i, i+1, skip), Cue: "nationality"})
	}
}

// verbAfterAnd reports a word that opens with "و" and is no first name,
// with or without it ("وتتلقى عرضا"): after a title, the next clause.
func (m *mentionStage) verbAfterAnd(w string) bool {
	rest, ok := strings.CutPrefix(w, "و")
	return ok && !m.lex.GivenName(w) && !m.lex.GivenName(rest) && !ar.NameJoiners[w]
}

// gluedPhrase reports ب, ك or ل glued to an ordinary word ("بمنح",
// "لمجرد", "كورشة"), no first name: a phrase, no word of a name.
func (m *mentionStage) gluedPhrase(w string) bool {
	for _, p := range []string{"ب", "ك", "ل"} {
		if rest := strings.TrimPrefix(w, p); rest != w && len([]rune(rest)) >= 3 && name.Common("ar", rest) && !m.lex.GivenName(w) {
			return true
		}
	}
	return false
}

// adverbAr reports an ordinary word with the accusative's alif ("مؤقتا",
// "رسميا"): an adverb, no name.
func adverbAr(w string) bool {
	stem, ok := strings.CutSuffix(w, "ا")
	return ok && len([]rune(stem)) >= 3 && (name.Common("ar", stem) || name.Common("ar", stem+"ه"))
}

// herNoun is suffixedNoun for the suffixes ها and ته (his, after a feminine
// noun: "استقالته"), which no name ends in; a ه alone may be a folded ة
// ("جمعه").
func herNoun(w string) bool {
	return (strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ته")) && suffixedNoun(w)
}

// suffixedNoun reports an ordinary noun with a pronoun suffix ("قوله" is
// قول, saying, and ه, his; "مهامه").
func suffixedNoun(w string) bool {
	for suf := range objectSuffixAr {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len([]rune(stem)) < 3 {
			continue
		}
		// "قيادتها": the feminine ending is written ت before a suffix.
		if name.Common("ar", stem) || strings.HasSuffix(stem, "ت") && name.Common("ar", strings.TrimSuffix(stem, "ت")+"ه") {
			return true
		}
	}
	return false
}

// nisbaName reports a masculine nationality adjective, which after a first
// name is a family name ("عادل الشامي", "سامي المصري").
func (m *mentionStage) nisbaName(w string) bool {
	return m.nationality(w) && strings.HasSuffix(w, "ي")
}

// possessed reports a word of four letters or more ending in a possessive
// pronoun (ـها, ـهم, ـهما).
func possessed(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && (strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما"))
}

func indexOfSkip(prefix []int, skip int) int {
	for i, p := range prefix {
		if p == skip {
			return i
		}
	}
	return 0
}

func firstVariantSkip(forms []string, raw string) (string, int) {
	_ = forms
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if strings.HasPrefix(raw, p) {
			rest := strings.TrimPrefix(raw, p)
			if ar.OrgCues[rest] {
				return rest, 1
			}
		}
	}
	if strings.HasPrefix(raw, "لل") && ar.OrgCues["ال"+strings.TrimPrefix(raw, "لل")] {
		return raw, 1
	}
	return raw, 0
}

// aliasPass finds the short forms of names already found: a person's
// surname alone ("ماسك", "Rappaport") and a company's first word when the
// rest is a company word ("Sequoia" for Sequoia Capital).
func (m *mentionStage) aliasPass(d *Doc, taken []bool, add func(Mention)) {
	short := map[string]Mention{}
	for _, mn := range d.Mentions {
		if mn.To-mn.From < 2 {
			continue
		}
		last := d.Tokens[mn.To-1].Norm
		first := d.Tokens[mn.From].Norm
		switch mn.Type {
		case model.Person:
			if !ar.NameJoiners[last] && len([]rune(last)) > 2 {
				short[last] = mn
			}
		case model.Company:
			// "Saudi" of Saudi Zentrix Investment Company is the country;
			// a city may be a short form ("Al-Ahsa hospitals").
			if isCompanyWord(last) || ar.CompanySuffixes[last] {
				if !en.Stop[first] && !ar.IsStop(first) && len([]rune(first)) > 2 && !m.nationOrCountry(first) {
					short[first] = mn
				}
			}
		}
	}
	if len(short) == 0 {
		return
	}
	toks := d.Tokens
	for i := range toks {
		if taken[i] || !isWord(&toks[i]) {
			continue
		}
		if toks[i].Script == Latin && !toks[i].Upper {
			continue
		}
		forms, prefix := toks[i].Forms, toks[i].Prefix
		for v, f := range forms {
			if mn, ok := short[f]; ok {
				add(Mention{From: i, To: i + 1, Type: mn.Type, Key: mn.Key, Lex: mn.Lex, Surface: surface(d, i, i+1, prefix[v]), Cue: "short-form"})
				break
			}
		}
	}
}

// orgCue reports an organisation cue; one the list holds only without
// the article takes none: "مجلس الأسواق" is a body, "المجلس" refers back.
func orgCue(t *Token) bool {
	for _, f := range t.Forms {
		if ar.OrgCues[f] && (strings.HasPrefix(f, "ال") || !isDefinite(t)) {
			return true
		}
	}
	return false
}

// isDefinite reports a word with the article ال, glued clitics aside.
func isDefinite(t *Token) bool {
	for _, f := range t.Forms {
		if strings.HasPrefix(f, "ال") {
			return true
		}
	}
	return false
}

// conjoined reports a word that starts a new list member with a glued و
// ("وماغنوس أولسون") rather than continuing a name that begins with و
// ("وينترهوف"): the word without و is a first name, a cue or a common word.
func (m *mentionStage) conjoined(t *Token) bool {
	if !strings.HasPrefix(t.Norm, "و") || ar.NameJoiners[t.Norm] {
		return false
	}
	rest := strings.TrimPrefix(t.Norm, "و")
	return m.lex.GivenName(rest) || ar.IsStop(rest) || ar.IsFunction(rest) || ar.CompanyCues[rest] ||
		ar.PersonTitles[rest] || m.lex.StartsName([]string{rest}) || strings.HasPrefix(rest, "ال")
}

// phraseAfterSurname reports a preposition phrase right after a family
// name ("راشد الشامسي كورشة صغيرة", "سالم الظاهري بمتجر واحد"): a word with
// a glued ب, ك or ل whose rest is a common word and no first name.
func (m *mentionStage) phraseAfterSurname(toks []Token, i, k int) bool {
	// The name so far ends in a family name or a father's first name
	// ("رفع سامي خليل سعر العرض").
	if k < i+2 || !strings.HasPrefix(toks[k-1].Norm, "ال") && !m.lex.GivenName(toks[k-1].Norm) || ar.NameJoiners[toks[k-1].Norm] {
		return false
	}
	w := toks[k].Norm
	// "كان عبدالله الكستريلي يبحث": an ordinary word that is no name after
	// the family name is the sentence going on.
	if !isDefinite(&toks[k]) && !ar.NameJoiners[w] && name.Common("ar", w) && !m.lex.GivenName(w) {
		return true
	}
	return m.gluedPhrase(w)
}

// secondName reports a word glued to و after a first name and surname that
// another name word follows: "سامي نصار وجاد حداد" is two people.
func secondName(d *Doc, taken []bool, k int) bool {
	w := d.Tokens[k].Norm
	if !strings.HasPrefix(w, "و") || len([]rune(w)) < 3 || ar.NameJoiners[w] || !freeAr(d, taken, k+1, d.Tokens[k].Sent) {
		return false
	}
	next := d.Tokens[k+1].Norm
	return !ar.IsFunction(next) && !ar.IsStop(next) && !ar.HasTanween(d.Tokens[k+1].Text)
}

// isVerbLike reports a past-tense news verb (رأى, قال) that may open a
// sentence before a name.
func isVerbLike(t *Token) bool {
	switch t.Norm {
	case "راي", "قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "اعتبر", "واعتبر", "اوضح", "واوضح", "بدوره", "ويقول", "يقول":
		return true
	}
	return false
}

// surnameAfter reports a word at j that makes the ambiguous first name
// before it a person's ("منير الكستريلي", "طارق بن عثمان"): a name joiner,
// another first name, or a definite nisba (ال...ي) that is no common word.
func (m *mentionStage) surnameAfter(d *Doc, j int) bool {
	if j >= len(d.Tokens) || d.Tokens[j].Sent != d.Tokens[j-1].Sent || d.Tokens[j].Script != Arabic {
		return false
	}
	w := d.Tokens[j].Norm
	// "عادل زمرد": a first name and the father's, however ordinary each
	// word is alone.
	if ar.NameJoiners[w] || m.lex.GivenName(w) {
		return true
	}
	return strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "ي") && len([]rune(w)) > 4 && !name.Common("ar", w) && (!m.place(w) || m.nisbaName(w))
}

// isCueWord reports a company cue word, clitics aside ("وشركتي").
// insideLongerArName reports a known one-word name at i, written like a
// common word, that another name or phrase holds: a cue before it and a
// definite noun after it ("شركة طاقة الجنوب"), a cue and a name word
// before it ("شركة أصول الجزيرة"), or an indefinite common noun after it
// ("مبادلة أسهم", a share swap).
func (m *mentionStage) insideLongerArName(d *Doc, i int) bool {
	toks := d.Tokens
	word := func(j int) bool { return m.plainWordAr(d, i, j) }
	cue := func(j int) bool { return j >= 0 && toks[j].Sent == toks[i].Sent && isCueWord(&toks[j]) }
	if !name.Common("ar", toks[i].Norm) {
		return false // "لشركة كستريل تتخطى": a name no word shares
	}
	if cue(i-1) && word(i+1) && strings.HasPrefix(toks[i+1].Norm, "ال") && !isDescriptor(&toks[i+1]) {
		return true
	}
	if cue(i-2) && word(i-1) && !isCueWord(&toks[i-1]) {
		return true
	}
	return word(i+1) && !strings.HasPrefix(toks[i+1].Norm, "ال") && name.Common("ar", toks[i+1].Norm)
}

// afterCueAndWord reports a known name [i, end) of common words or a
// place's name after a cue and a word of another name: "شركة تلال البحر
// الأحمر" is no "البحر الأحمر".
func (m *mentionStage) afterCueAndWord(d *Doc, i, end int) bool {
	toks := d.Tokens
	if i < 2 || toks[i-2].Sent != toks[i].Sent || !isCueWord(&toks[i-2]) || isCueWord(&toks[i-1]) ||
		!name.Common("ar", toks[i].Norm) && !m.place(joinNorm(toks, i, end)) {
		return false
	}
	return m.plainWordAr(d, i, i-1) && !isDescriptor(&toks[i-1])
}

// plainWordAr reports token j an Arabic word of i's sentence that may be
// part of a name: no stop or function word, place or deal word.
func (m *mentionStage) plainWordAr(d *Doc, i, j int) bool {
	toks := d.Tokens
	return j >= 0 && j < len(toks) && toks[j].Sent == toks[i].Sent && toks[j].Script == Arabic &&
		!ar.IsStop(toks[j].Norm) && !ar.IsFunction(toks[j].Norm) && !m.place(toks[j].Norm) && triggerAt(&toks[j]) == nil
}

func isCueWord(t *Token) bool {
	for _, f := range t.Forms {
		if ar.CompanyCues[f] {
			return true
		}
	}
	return false
}

// definiteBankName reads "البنك المصري الزمردي", "البنك التلالي للتجارة
// الزمردية": a definite bank cue, an adjective, and at least one more
// adjective or descriptor; "البنك السعودي" alone is a description. It
// returns the end of the name, or 0.
func (m *mentionStage) definiteBankName(d *Doc, taken []bool, i int) int {
	j := i + 1
	if j >= len(d.Tokens) || taken[j] || d.Tokens[j].Sent != d.Tokens[i].Sent || d.Tokens[j].Script != Arabic {
		return 0
	}
	if w := d.Tokens[j].Norm; !isRelAdjective(w) && !m.nationality(w) {
		return 0
	}
	if k := m.arDescriptorTail(d, taken, j, j+1); k >= j+2 {
		return k
	}
	return 0
}

// definiteCueSkip is the clitics glued before a definite cue ("والشركة").
func definiteCueSkip(t *Token) int {
	for v, f := range t.Forms {
		if rest, ok := strings.CutPrefix(f, "ال"); ok && ar.CompanyCues[rest] {
			return t.Prefix[v]
		}
	}
	return 0
}

// definiteSectorName reads "الشركة الكستريلية المصرية للاستثمار": a
// definite cue, adjectives, and a sector word closing them, which makes
// them a name; "الشركة السعودية" alone is a description. It returns the
// end of the name, or 0.
func (m *mentionStage) definiteSectorName(d *Doc, taken []bool, i int) int {
	toks, sent := d.Tokens, d.Tokens[i].Sent
	j := i + 1
	for j < i+4 && freeAr(d, taken, j, sent) && (isRelAdjective(toks[j].Norm) || m.nationality(toks[j].Norm)) {
		j++
	}
	// A preposition after the sector word is the clause's ("التنسيق مع
	// الشركة الزمردية للمقاصة على آلية"), unless the sector word is a deal
	// word that takes it ("للاستحواذ على").
	if j == i+1 || !freeAr(d, taken, j, sent) || !liNoun(toks[j].Norm) || governs(d, j+1) && triggerAt(&toks[j]) != nil {
		return 0
	}
	// "المعلوماتية للبنك", "السيادي للكويت": for a company or a place,
	// no sector.
	if rest := strings.TrimPrefix(toks[j].Norm, "لل"); ar.CompanyCues[rest] || ar.CompanyCues["ال"+rest] || m.place("ال"+rest) || m.place(rest) {
		return 0
	}
	j = sectorTailEnd(d, taken, j)
	// "الشركة الكستريلية للأغذية (زمرد مصر)": the bracketed name is the
	// company's, read by bracketNamePass.
	if j < 0 || j < len(toks) && toks[j].Text == "(" {
		return 0
	}
	return j
}

// commonAfterFirst reports a definite common word after a first name:
// "تحسين العائد" is "improving the return", not a person.
func commonAfterFirst(d *Doc, j int) bool {
	w := d.Tokens[j].Norm
	return strings.HasPrefix(w, "ال") && name.Common("ar", w) && (d.lex == nil || !d.lex.GivenName(w))
}

// withPreposition reports bi-/ka- glued to a definite word ("بالحصة",
// "كالشركة"): a phrase, never a word of a person's name.
func withPreposition(w string) bool {
	return (strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "كال")) && len([]rune(w)) > 5
}

// bracketNamePass reads the short name Arabic news puts in brackets after a
// company's full name: "شركة الخامس من سدرة للصناعات الدوائية (خاميدا)",
// "الشركة الكستريلية للأغذية (زمرد مصر)". The bracketed words are the name;
// the words after the cue are its alias, and a name read among them is the
// same company.
func (m *mentionStage) bracketNamePass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for p := 1; p+2 < len(toks); p++ {
		if toks[p].Text != "(" {
			continue
		}
		k := p + 1
		for k < len(toks) && k < p+4 && toks[k].Script == Arabic && !taken[k] && toks[k].Sent == toks[p].Sent && !ar.IsFunction(toks[k].Norm) &&
			!ar.IsStop(toks[k].Norm) && !ar.HasTanween(toks[k].Text) {
			k++
		}
		if k == p+1 || k >= len(toks) || toks[k].Text != ")" || m.place(joinNorm(toks, p+1, k)) || m.place(toks[p+1].Norm) {
			continue
		}
		c := p - 1
		for c > p-10 && c >= 0 && toks[c].Sent == toks[p].Sent && !isCueWord(&toks[c]) {
			c--
		}
		if c < 0 || c <= p-10 || c == p-1 || toks[c].Sent != toks[p].Sent || !isCueWord(&toks[c]) || !fullNameAr(d, c+1, p) || ar.Months[toks[p+1].Norm] {
			continue
		}
		mn := Mention{From: p + 1, To: k, Type: model.Company, Surface: surface(d, p+1, k, 0), Cue: "quoted", Aliases: []string{surface(d, c+1, p, 0)}}
		mn.Key = "?" + foldKey(mn.Surface)
		for q := range d.Mentions {
			if o := &d.Mentions[q]; o.From > c && o.To <= p && o.Type == model.Company && o.Lex == "" {
				o.Key = mn.Key
			}
		}
		add(mn)
		p = k
	}
}

// fullNameAr reports words [a, b) that can be a company's full name: Arabic
// words, no stop word and at most one function word ("العاشر من رمضان"),
// opening with no adjective of a description ("صندوق سيادي خليجي").
func fullNameAr(d *Doc, a, b int) bool {
	fn := 0
	for q := a; q < b; q++ {
		t := &d.Tokens[q]
		if t.Script != Arabic || ar.IsStop(t.Norm) && !ar.IsFunction(t.Norm) {
			return false
		}
		if ar.IsFunction(t.Norm) {
			fn++
		}
	}
	first := &d.Tokens[a]
	nisba := (strings.HasSuffix(first.Norm, "ي") || strings.HasSuffix(first.Norm, "يه")) && !strings.HasPrefix(first.Text, "ال")
	return fn <= 1 && !ar.IsFunction(first.Norm) && !ar.HasTanween(first.Text) && !ar.CueAdjectives[first.Norm] && !nisba
}

func isComma(t *Token) bool { return t.Text == "،" || t.Text == "," }

// loneGivenCompany reports a first name alone after an indefinite company
// cue, no family name after it: "أعلنت شركة ميرولا السعودية" names the
// company, where "رئيس الشركة سامي الدوسري" names a person.
func (m *mentionStage) loneGivenCompany(d *Doc, i, j int) bool {
	if isDefinite(&d.Tokens[i]) {
		return false
	}
	if k := j + 1; k < len(d.Tokens) && d.Tokens[k].Sent == d.Tokens[j].Sent {
		w := d.Tokens[k].Norm
		if m.lex.GivenName(w) || strings.HasPrefix(w, "ال") && !name.Common("ar", w) && !m.place(w) && !ar.IsStop(w) {
			return false // "شركة عبدالقادر الكستريلي وأولاده"
		}
	}
	return !m.familyNameAt(d, j+1)
}

// nationOrCountry reports a country or nationality word.
func (m *mentionStage) nationOrCountry(w string) bool {
	kind, ok := m.lex.Place(w)
	return ok && (kind == "country" || kind == "nationality")
}
