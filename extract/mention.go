package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/kg-news/kg/extract/lexicon"
	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/extract/norm"
	"github.com/kg-news/kg/model"
)

// mentionStage finds the names in a Doc: first the lexicon's known names,
// then unknown ones from the shape of the text (capitalised runs in Latin
// script; cue words, titles, first names and nationality words in Arabic).
type mentionStage struct {
	lex   *lexicon.Lexicon
	prose bool
	// open proposes every capitalised word, also with no context that
	// makes it a name; the name scorer decides (Options.OpenNames).
	open bool
	// titleKeys are the Arabic title phrases by first word (arTitleKeysOf).
	titleKeys map[string][]titleKey
}

func (*mentionStage) Name() string { return "mentions" }

func (m *mentionStage) Run(d *Doc) {
	taken := make([]bool, len(d.Tokens))
	add := func(mn Mention) {
		// An unknown name is keyed by what is written, clitics removed.
		if strings.HasPrefix(mn.Key, "?") && mn.Cue != "short-form" && mn.Cue != "repeat" && mn.Cue != "anaphor" {
			mn.Key = "?" + foldKey(mn.Surface)
		}
		for j := mn.From; j < mn.To; j++ {
			if taken[j] {
				return
			}
		}
		for j := mn.From; j < mn.To; j++ {
			taken[j] = true
		}
		d.Mentions = append(d.Mentions, mn)
	}
	m.quotedPass(d, taken, add)
	m.lexiconPass(d, add)
	m.datelinePass(d, taken, add)
	m.namedPass(d, taken, add)
	m.titlePass(d, taken, add)
	m.latinPass(d, taken, add)
	m.digitNamePass(d, taken, add)
	m.placeNamePass(d, taken, add)
	m.arabicPass(d, taken, add)
	m.bracketNamePass(d, taken, add)
	m.glossedNamePass(d, taken, add)
	m.argumentPass(d, taken, add)
	m.repeatPass(d, taken, add)
	m.arSuffixPass(d, taken, add)
	m.arSectorPass(d, taken, add)
	m.arCueListPass(d, taken, add)
	m.aliasPass(d, taken, add)
	m.corePass(d, taken, add)
	m.anaphorPass(d, taken, add)
	m.backRefPass(d, taken, add)
	personAfterCue(d)
	headlineTrim(d)
	// In text order from here: joinAcronyms pairs neighbours, and
	// extendByInitials keeps the order (a widened name takes the place of
	// the one it absorbs). Relations need "Butterfield" and "Stewart
	// Butterfield" to be one (joinShortForms).
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].From < d.Mentions[j].From })
	extendByInitials(d, taken)
	joinAcronyms(d)
	joinShortForms(d)
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].From < d.Mentions[j].From })
}

func isWord(t *Token) bool { return t.Script == Latin || t.Script == Arabic }

// surface is the text of tokens [from,to) with `skip` leading letters of
// the first token (its clitics) removed.
func surface(d *Doc, from, to, skip int) string {
	if to <= from {
		return ""
	}
	start := d.Tokens[from].Start
	for skip > 0 && start < d.Tokens[from].End {
		r, n := utf8.DecodeRuneInString(d.Text[start:])
		start += n
		if r == 'ـ' || unicode.Is(unicode.Mn, r) {
			continue
		}
		skip--
	}
	// Strip marks left after the clitic (tatweel in "لـ").
	for start < d.Tokens[from].End {
		r, n := utf8.DecodeRuneInString(d.Text[start:])
		if r != 'ـ' && !unicode.Is(unicode.Mn, r) {
			break
		}
		start += n
	}
	return strings.Join(strings.Fields(d.Text[start:d.Tokens[to-1].End]), " ")
}

// restWords joins the folded words after token i, up to maxL-1 of them,
// each with a space before it: the tails of the phrases the lexicon pass
// looks up, built once per first word. cuts[k] is the length after word
// i+1+k; bad is the first punctuation token (not '&'), which no phrase
// crosses, or a number past every phrase.
func restWords(toks []Token, i, maxL int, cuts []int) (string, []int, int) {
	var b strings.Builder
	bad := i + maxL + 1
	for j := i + 1; j < i+maxL && j < len(toks); j++ {
		if toks[j].Script == Punct && toks[j].Text != "&" {
			bad = j
			break
		}
		b.WriteByte(' ')
		b.WriteString(toks[j].Norm)
		cuts = append(cuts, b.Len())
	}
	return b.String(), cuts, bad
}

// lexiconPass marks the longest known names, reading Arabic clitics off the
// first word and tolerating long-vowel typos in long Arabic names.
func (m *mentionStage) lexiconPass(d *Doc, add func(Mention)) {
	toks := d.Tokens
	var cuts []int
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !isWord(t) {
			continue
		}
		if t.Script == Latin && !t.Upper && !strings.ContainsAny(t.Text, "&.0123456789") && d.Lang == "en" {
			continue
		}
		firsts, prefix := t.Forms, t.Prefix
		if !m.lex.StartsName(firsts) {
			continue
		}
		// "مدار للاتصالات": a company word after a name belongs to it.
		if t.Script == Arabic && ar.CompanySuffixes[t.Norm] && i > 0 && toks[i-1].Sent == t.Sent && isWord(&toks[i-1]) {
			continue
		}
		best, bestEnd, bestSkip := lexicon.Entry{}, 0, 0
		maxL := m.lex.MaxTokens
		restAll, cuts, bad := restWords(toks, i, maxL, cuts[:0])
		for L := maxL; L >= 1 && bestEnd == 0; L-- {
			end := i + L
			if end > len(toks) || toks[end-1].Sent != t.Sent || bad < end {
				continue
			}
			rest := ""
			if L > 1 {
				rest = restAll[:cuts[L-2]]
			}
			for v, f := range firsts {
				// "الطلبات" is orders, not Talabat: a one-word name is not
				// read through a stripped article.
				if L == 1 && t.Script == Arabic && strippedArticle(t, v) {
					continue
				}
				k := f + rest
				if e, hit := m.lex.Lookup(k); hit {
					best, bestEnd, bestSkip = e, end, prefix[v]
					break
				}
				if t.Script == Arabic && !anyFunctionWord(toks, i, end) {
					// A long-vowel typo, but never one made of function
					// words ("شركة التي" is not شركة آلات), nor a final ي,
					// which makes an adjective ("البنك الزمرديني" is not
					// بنك الزمردين), nor a place or nationality word
					// ("الجزائرية" is no typo of a name).
					if e, hit := m.lex.LookupFuzzy(k); hit && !strings.HasSuffix(k, "ي") && !m.place(k) {
						best, bestEnd, bestSkip = e, end, prefix[v]
						break
					}
					// A person's name without its last word is first names
					// ("عبد الله" of another man), no person.
					// A sector word of its own after the cut name makes
					// another company ("تلال الوطنية للفنادق").
					if e, hit := m.lex.LookupPrefix(k); hit && L >= 2 && e.Type != model.Person && !(end < len(toks) && toks[end].Sent == t.Sent && sectorWord(toks[end].Norm)) {
						best, bestEnd, bestSkip = e, end, prefix[v]
						break
					}
				}
			}
		}
		if bestEnd == 0 {
			continue
		}
		// A one-word known name inside a longer capitalised phrase is part
		// of another name ("Doctor Ola Harlow" is no Ola), and so is one
		// a capitalised word opens and a designator closes ("Al Hikma
		// Quarry Sarl").
		if bestEnd == i+1 && t.Script == Latin && (insideCapitalised(d, i) || m.endsPlace(d, i) || capitalisedBefore(d, i) && designatedEnd(toks, bestEnd) > bestEnd) {
			continue
		}
		// "Tarrow Bank of China": a known name that opens with a
		// company word, after a capitalised word of the same run, is the
		// tail of a longer name.
		if t.Script == Latin && isCompanyWord(t.Norm) && m.opensLongerName(d, i) {
			continue
		}
		// Levantine month names (نيسان, كانون, أيار) are also brand names;
		// next to a date they are the month.
		if bestEnd == i+1 && t.Script == Arabic && ar.Months[t.Norm] && nearDate(d, i) {
			continue
		}
		// "شركة طاقة الجنوب", "شركة أصول الجزيرة", "مبادلة أسهم": a known
		// one-word name inside a longer cue-led name, or a common word
		// heading a phrase, is not the known company.
		if t.Script == Arabic && (bestEnd == i+1 && m.insideLongerArName(d, i) || bestEnd == i+2 && isCueWord(t) && m.insideLongerArName(d, i+1) ||
			bestEnd > i+1 && m.afterCueAndWord(d, i, bestEnd)) {
			continue
		}
		// "اتفاقية مبادلة أسهم": a known name that is also an ordinary word
		// needs a name's context.
		if bestEnd == i+1 && t.Script == Arabic && anyForm(t.Forms, ordinaryNamesAr) && (!m.nameContextAr(d, i) || swappedNext(d, i)) {
			continue
		}
		// "لتداول الحاويات", "حجم تداول الأسهم": a known name that is also a
		// verbal noun, governing the definite noun after it, is the noun.
		if bestEnd == i+1 && t.Script == Arabic && anyForm(t.Forms, verbalNounNamesAr) && m.governsDefinite(d, i) {
			continue
		}
		// "خالد بن سعيد الغامدي": a known person after بن is the father's
		// name inside another man's.
		if best.Type == model.Person && i > 0 && toks[i-1].Sent == t.Sent && patronymic[toks[i-1].Norm] {
			continue
		}
		// "كريم سالم": a known one-word name that is also a first name,
		// with a surname after it, is a person.
		if bestEnd == i+1 && t.Script == Arabic && m.givenWithSurname(d, i) {
			continue
		}
		// A lower-case word that happens to be an alias is not the name.
		if t.Script == Latin && !t.Upper && !strings.ContainsAny(t.Text, "&.0123456789") && !anyUpper(d, i, bestEnd) && len(t.Text) > 3 {
			continue
		}
		// "Microsoft Gaming", "Google Cloud": a known name followed by a
		// capitalised company word names a unit of its own.
		if t.Script == Latin && best.Type == model.Company && bestEnd < len(toks) && toks[bestEnd].Sent == t.Sent &&
			toks[bestEnd].Upper && (isCompanyWord(toks[bestEnd].Norm) && (!en.Stop[toks[bestEnd].Norm] || en.UnitHeads[toks[bestEnd].Norm]) || m.isCountry(toks[bestEnd].Norm) || en.OrgWords[toks[bestEnd].Norm]) {
			// ... but company words ending in a designator are the known
			// company's own full name ("Tarrow Investment Co.").
			if e := designatedEnd(toks, bestEnd); e > bestEnd {
				add(Mention{From: i, To: e, Type: best.Type, Key: best.ID, Lex: best.ID, Surface: surface(d, i, e, bestSkip), Cue: "lexicon"})
				i = e - 1
				continue
			}
			if m.addUnit(d, add, i, bestEnd+1, 0, joinNorm(toks, i, bestEnd+1)) {
				i = bestEnd
				continue
			}
		}
		// "Harlow Bank Blue Horizon Venture Fund": a known name, then
		// capitalised words a company word closes, names a fund or unit
		// of its own.
		if e := unitNameEnd(d, best, bestEnd); t.Script == Latin && e > 0 && m.addUnit(d, add, i, e, 0, joinNorm(toks, i, e)) {
			i = e - 1
			continue
		}
		// "نخيل فنتشرز": a unit head after a known Arabic name is another
		// company; so is a country ("هارلو مصر", as "Harlow Egypt").
		if t.Script == Arabic && best.Type == model.Company && bestEnd < len(toks) && toks[bestEnd].Sent == t.Sent && (ar.UnitHeads[toks[bestEnd].Norm] || m.countryAfterName(d, bestEnd-1, bestEnd)) {
			from, skip := i, bestSkip
			if isCueWord(&toks[i]) && bestEnd > i+1 {
				from, skip = i+1, 0 // the alias took the cue: "شركة نخيل"
			}
			// "ومايكروسوفت فاونديشن": the list's و is no part of the name.
			key := strings.TrimSpace(toks[from].Forms[indexOfSkip(toks[from].Prefix, skip)] + " " + joinNorm(toks, from+1, bestEnd+1))
			if m.addUnit(d, add, from, bestEnd+1, skip, key) {
				i = bestEnd
				continue
			}
		}
		// "شركة سنابل للمطاحن": a known name with a descriptor of its
		// own after a cue is another company, read by the cue pass.
		if best.Type == model.Company && m.ownDescriptor(d, i, bestEnd) {
			i = bestEnd - 1
			continue
		}
		// "Zentrix Middle East": a known company and a region name its
		// regional arm.
		if e := m.regionAfter(d, bestEnd); best.Type == model.Company && e > bestEnd {
			if _, known := m.lex.Lookup(joinNorm(toks, i, e)); !known {
				add(Mention{From: i, To: e, Type: model.Company, Key: "?" + joinNorm(toks, i, e),
					Surface: surface(d, i, e, bestSkip), Cue: "company-word"})
				i = e - 1
				continue
			}
		}
		add(Mention{From: i, To: bestEnd, Type: best.Type, Key: best.ID, Lex: best.ID,
			Surface: surface(d, i, bestEnd, bestSkip), Cue: "lexicon"})
		i = bestEnd - 1
	}
}

// givenWithSurname reports an Arabic word at i, not after a company cue,
// that is a first name followed by a surname.
func (m *mentionStage) givenWithSurname(d *Doc, i int) bool {
	if i > 0 && isCueWord(&d.Tokens[i-1]) || !m.familyNameAt(d, i+1) {
		return false
	}
	for _, f := range d.Tokens[i].Forms {
		if m.lex.GivenName(f) {
			return true
		}
	}
	return false
}

// familyNameAt reports a word at j that can end a person's name begun at
// j-1: Arabic, in the sentence, and no function, stop, deal or company
// word, place or definite noun other than a nisba ("العمري").
func (m *mentionStage) familyNameAt(d *Doc, j int) bool {
	toks := d.Tokens
	if j >= len(toks) || toks[j].Sent != toks[j-1].Sent || toks[j].Script != Arabic {
		return false
	}
	w := toks[j].Norm
	if ar.IsFunction(w) || ar.IsStop(w) || name.Common("ar", w) || ar.CompanySuffixes[w] || ar.UnitHeads[w] || triggerAt(&toks[j]) != nil || m.place(w) || isCueWord(&toks[j]) {
		return false
	}
	if _, known := m.lex.Lookup(w); known {
		return false // "كريم أوبر": two known names
	}
	return !strings.HasPrefix(w, "ال") || m.surnameAfter(d, j)
}

// ownDescriptor reports an Arabic known name [i,end) right after a
// company cue and before a li- descriptor that is no company word and that
// the lexicon does not know with it: "شركة سنابل للمطاحن".
func (m *mentionStage) ownDescriptor(d *Doc, i, end int) bool {
	toks := d.Tokens
	if toks[i].Script != Arabic || i == 0 || end >= len(toks) || toks[end].Sent != toks[i].Sent || !isCueWord(&toks[i-1]) {
		return false
	}
	w := toks[end].Norm
	if !liNoun(w) || ar.CompanySuffixes[w] || triggerAt(&toks[end]) != nil || governs(d, end+1) {
		return false
	}
	_, known := m.lex.Lookup(joinNorm(toks, i, end+1))
	return !known
}

// regionAfter is the end of a region's name ("Middle East") of up to
// three words at j in j-1's sentence, capitalised in Latin script; else j.
func (m *mentionStage) regionAfter(d *Doc, j int) int {
	toks := d.Tokens
	for e := j + 3; e > j; e-- {
		if e > len(toks) || toks[e-1].Sent != toks[j-1].Sent || toks[j].Script != toks[j-1].Script || toks[j].Script == Latin && !toks[j].Upper {
			continue
		}
		if kind, ok := m.lex.Place(joinNorm(toks, j, e)); ok && kind == "region" {
			return e
		}
	}
	return j
}

// endsPlace reports a word that ends a longer place name ("Emirates" in
// United Arab Emirates), which is the place, not a name known alone.
func (m *mentionStage) endsPlace(d *Doc, i int) bool {
	toks := d.Tokens
	for from := i - 1; from >= 0 && from >= i-3 && toks[from].Sent == toks[i].Sent && toks[from].Upper; from-- {
		if m.place(joinNorm(toks, from, i+1)) {
			return true
		}
	}
	return false
}

// designatedEnd is the end of the capitalised company words from "from"
// when the last of them is a designator ("Investment Co"), else from.
func designatedEnd(toks []Token, from int) int {
	e := from
	for e < len(toks) && toks[e].Sent == toks[from].Sent && toks[e].Upper && isCompanyWord(toks[e].Norm) {
		e++
	}
	if e > from && en.Designators[toks[e-1].Norm] {
		return e
	}
	return from
}

// capitalisedBefore reports a capitalised Latin word right before token i
// in its sentence, not opening it.
func capitalisedBefore(d *Doc, i int) bool {
	p := i - 1
	return p >= 0 && d.Tokens[p].Sent == d.Tokens[i].Sent && d.Tokens[p].Script == Latin && d.Tokens[p].Upper && !d.Tokens[p].SentStart
}

// strippedArticle reports that form v of token t lost an article ال the
// word had.
func strippedArticle(t *Token, v int) bool {
	if v == 0 {
		return false
	}
	for _, f := range t.Forms[:v] {
		if strings.HasPrefix(f, "ال") && !strings.HasPrefix(t.Forms[v], "ال") && strings.HasSuffix(f, t.Forms[v]) {
			return true
		}
	}
	return false
}

func anyFunctionWord(toks []Token, from, to int) bool {
	for j := from; j < to; j++ {
		if ar.IsFunction(toks[j].Norm) || ar.Stop[toks[j].Norm] || ar.CompanyCues[toks[j].Norm] {
			return true
		}
	}
	return false
}

func nearDate(d *Doc, i int) bool {
	for _, j := range []int{i - 2, i - 1, i + 1} {
		if j >= 0 && j < len(d.Tokens) && (d.Tokens[j].Script == Digit || d.Tokens[j].Text == "/") {
			return true
		}
	}
	return false
}

func anyUpper(d *Doc, from, to int) bool {
	for j := from; j < to; j++ {
		if d.Tokens[j].Upper {
			return true
		}
	}
	return false
}

// isNameWord says whether a Latin token can be part of a name.
func isNameWord(t *Token) bool {
	if t.Script == Digit {
		return digitName(t.Text)
	}
	if t.Script != Latin {
		return false
	}
	if t.Upper {
		return !contraction(t.Text) && !pluralAcronym(t.Text)
	}
	// e&, a16z, noon.com, eTarrow and iHarlow are names too.
	return strings.ContainsAny(t.Text, "&0123456789") || (strings.Contains(t.Text, ".") && len(t.Text) > 4) || camelCase(t.Text) && len(t.Text) > 3 && !strings.Contains(t.Text, "-")
}

var contractionEndings = wordList("contraction-endings")

// contraction reports a word with a contraction glued on ("We’ve").
func contraction(w string) bool {
	if !strings.ContainsAny(w, "'’") {
		return false // most words: no lower-casing on this hot path
	}
	w = strings.ToLower(w)
	for _, e := range contractionEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return true
		}
	}
	return false
}

// gluedInitial reports a capital initial at j glued to the full stop
// before it: the "A" of "S.A".
func gluedInitial(toks []Token, j int) bool {
	return j > 0 && toks[j-1].Text == "." && toks[j-1].End == toks[j].Start && isInitials(toks[j].Text)
}

// dotted reports a full stop among tokens [from, to).
func dotted(toks []Token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].Text == "." {
			return true
		}
	}
	return false
}

// pluralAcronym reports an acronym in the plural: "ESOPs", "IPOs", "VCs"
// are things, not names.
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for _, r := range w[:n-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// digitName reports a brand that opens with digits: "23andMe", "7Eleven",
// "99designs". Digits with a unit, scale, ordinal or decade glued on
// ("5km", "3bn", "2nd", "1990s", "4G") are no names.
func digitName(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return false
	}
	rest := w[i:]
	for _, r := range rest {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return len(rest) >= 2 && !en.DigitUnits[strings.ToLower(rest)]
}

// afterGluedDot reports a word glued to a dot glued to the word before:
// the exchange of a ticker ("ASII.JK"), a domain ("Amazon.com").
func afterGluedDot(toks []Token, i int) bool {
	return i >= 2 && toks[i-1].Text == "." && toks[i-1].Start == toks[i-2].End && toks[i].Start == toks[i-1].End
}

// titleOfBefore reports a title and "of" right before token i ("the
// co-founder of", "chief executive of").
func titleOfBefore(toks []Token, i int) bool {
	return i >= 2 && ofWord[toks[i-1].Norm] && (enTitleWords[toks[i-2].Norm] || en.PersonTitles[toks[i-2].Norm])
}

// employerThenPerson reports a run [i, j) that, after a title's "of"
// (before i or inside the run: "the CEO of Acme ..."), has named the
// employer and goes on at j with a person: opened by a known first name
// ("Brightwave William Tarrow"), or two or three plain words after a company
// word ("Orvanta IDF Fund Polo Harlow").
func (m *mentionStage) employerThenPerson(toks []Token, i, j int) bool {
	if j+1 >= len(toks) || !isNameWord(&toks[j+1]) || toks[j+1].Sent != toks[j].Sent {
		return false
	}
	from := -1
	for k := i; k < j; k++ {
		if titleOfBefore(toks, k) {
			from = k
		}
	}
	if from < 0 || from >= j {
		return false
	}
	if m.lex.GivenName(toks[j].Norm) {
		return true
	}
	return j-from >= 2 && isCompanyWord(toks[j-1].Norm) && plainPersonTail(toks, j)
}

// plainPersonTail reports two or three capitalised words from j with no
// company, organisation or title word, the run's end after them.
func plainPersonTail(toks []Token, j int) bool {
	e := j
	for e < len(toks) && e < j+4 && isNameWord(&toks[e]) && toks[e].Sent == toks[j].Sent {
		k := toks[e].Norm
		if isCompanyWord(k) || en.OrgWords[k] || en.CompanyNouns[k] || en.PersonTitles[k] || toks[e].Script == Digit {
			return false
		}
		e++
	}
	return e-j >= 2 && e-j <= 3 && (e == len(toks) || !isNameWord(&toks[e]))
}

// listedFigureName reports a figure that opens a name in a list of names:
// "participation from Tarrow Capital, 300 Harlow, Quarry VC".
func listedFigureName(toks []Token, taken []bool, i int) bool {
	return i >= 2 && i+2 < len(toks) && toks[i].Script == Digit && strings.Trim(toks[i].Text, "0123456789") == "" &&
		toks[i-1].Text == "," && taken[i-2] && toks[i+1].Upper && toks[i+1].Script == Latin && !en.Months[toks[i+1].Norm] &&
		(toks[i+2].Text == "," || toks[i+2].Norm == "and") && toks[i+2].Sent == toks[i].Sent
}

// camelCase reports a word with a capital after a lower-case letter
// ("AeroTarrow", "PayPal"): no ordinary word is written so.
func camelCase(w string) bool {
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		}
	}
	return false
}

// allNameFinals reports tokens [a, b) that are all a name's last words
// ("VC", "Global").
func allNameFinals(toks []Token, a, b int) bool {
	for j := a; j < b; j++ {
		if !en.NameFinals[toks[j].Norm] {
			return false
		}
	}
	return true
}

// digitLetterName reports digits with one letter glued on that a company
// word follows: "9z Group" (alone, "3m" or "4G" is a figure or a unit).
func digitLetterName(toks []Token, i int) bool {
	w := toks[i].Text
	n := len(w) - 1
	if toks[i].Script != Digit || n < 1 || !(i+1 < len(toks) && toks[i+1].Upper && isCompanyWord(toks[i+1].Norm) && toks[i+1].Sent == toks[i].Sent) {
		return false
	}
	// "818 Partners": digits alone open a name too, but no year ("In
	// 2023 Capital Group said") and no figure ("$500 Capital").
	if strings.Trim(w, "0123456789") == "" {
		year := len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
		return !year && (i == 0 || !strings.ContainsAny(toks[i-1].Text, "$€£"))
	}
	return strings.Trim(w[:n], "0123456789") == "" && unicode.IsLetter(rune(w[n]))
}

// digitNamePass reads a word of digits then small letters ("3mg") that
// the text writes three times or more as a company's name: a figure with
// its unit changes its number from one mention to the next.
func (m *mentionStage) digitNamePass(d *Doc, taken []bool, add func(Mention)) {
	count := map[string]int{}
	for i := range d.Tokens {
		if digitWord(&d.Tokens[i]) {
			count[d.Tokens[i].Norm]++
		}
	}
	for i := range d.Tokens {
		if t := &d.Tokens[i]; !taken[i] && digitWord(t) && count[t.Norm] >= 3 {
			add(Mention{From: i, To: i + 1, Type: model.Company, Key: "?" + t.Norm, Surface: t.Text, Cue: "digit-name"})
		}
	}
}

// digitWord reports digits then two small letters or more, no ordinal
// ("3mg", not "2nd").
func digitWord(t *Token) bool {
	if t.Script != Digit {
		return false
	}
	letters := strings.TrimLeft(t.Text, "0123456789")
	if len(letters) < 2 || len(letters) == len(t.Text) || ordinalSuffixes[letters] {
		return false
	}
	for _, r := range letters {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

var ordinalSuffixes = wordSet("ordinal-suffixes")

// addUnit adds the unit or fund [from, to) of a known company, under
// key, when the lexicon does not know it already; skip is the first
// word's clitic letters left out of its surface.
func (m *mentionStage) addUnit(d *Doc, add func(Mention), from, to, skip int, key string) bool {
	if _, known := m.lex.Lookup(key); known {
		return false
	}
	add(Mention{From: from, To: to, Type: model.Company, Key: "?" + key, Surface: surface(d, from, to, skip), Cue: "company-word"})
	return true
}

// unitNameEnd is the end of two to five capitalised Latin words after a
// known company's name at end that a company word closes, or 0.
func unitNameEnd(d *Doc, best lexicon.Entry, end int) int {
	toks := d.Tokens
	if best.Type != model.Company || end >= len(toks) || end == 0 {
		return 0
	}
	last := 0
	for e := end; e < len(toks) && e < end+5 && toks[e].Sent == toks[end-1].Sent && toks[e].Script == Latin && toks[e].Upper; e++ {
		if e > end && isCompanyWord(toks[e].Norm) {
			last = e + 1
		}
	}
	// "... Holdings B.V.": the dotted legal form goes with it, its last
	// dot left to the sentence.
	j := last
	for last > 0 && j+1 < len(toks) && len(toks[j].Text) == 1 && toks[j].Upper && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End {
		j += 2
	}
	if j > last {
		last = j - 1
	}
	return last
}

// isCountry reports a country name: "Uber China" is a unit of Uber.
func (m *mentionStage) isCountry(k string) bool {
	kind, ok := m.lex.Place(k)
	return ok && kind == "country"
}

func (m *mentionStage) place(k string) bool {
	_, ok := m.lex.Place(k)
	return ok
}

// latinPass takes runs of capitalised Latin words as names, trims the
// ordinary words at their edges and types them by their last word, a title
// before them, or a known first name.
func (m *mentionStage) latinPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	personAt := -1 // a person's name after its employer's (employerThenPerson)
	for i := 0; i < len(toks); i++ {
		if taken[i] || !isNameWord(&toks[i]) && !digitLetterName(toks, i) && !listedFigureName(toks, taken, i) || afterGluedDot(toks, i) || headlineVerbs[toks[i].Norm] || gluedFigure(&toks[i]) || gluedDate(&toks[i]) {
			continue
		}
		j, split, where := i+1, false, -1
		for j < len(toks) && !taken[j] && toks[j].Sent == toks[i].Sent {
			// A title between two names ends the first: "Acme Group CEO
			// Jane Roe" is a company, then a person.
			if runBreakWords[toks[j].Norm] || headlineVerbs[toks[j].Norm] {
				break
			}
			// "the co-founder of Brightwave William Tarrow": after a title's
			// "of", the employer, then a person from a known first name.
			if m.employerThenPerson(toks, i, j) {
				split = true
				break
			}
			if isNameWord(&toks[j]) && !en.Months[toks[j].Norm] && !gluedFigure(&toks[j]) && !gluedDate(&toks[j]) {
				j++
				continue
			}
			// An initial's full stop: "Sam K. Okafor", "J.P. Morgan".
			// ... and a glued initial after it, a word of its own
			// elsewhere: "Zentrix S.A".
			if toks[j].Text == "." && (isInitials(toks[j-1].Text) || nameAbbreviations[toks[j-1].Norm]) && toks[j-1].End == toks[j].Start && j+1 < len(toks) && !taken[j+1] &&
				(isNameWord(&toks[j+1]) || toks[j].End == toks[j+1].Start && isInitials(toks[j+1].Text)) && toks[j+1].Sent == toks[i].Sent {
				j += 2
				continue
			}
			// "and" inside one name: "Kuwait and Middle East Zentrix
			// Investment Company", "Holding Company for Quarry and Land
			// Transport"; not "Acme Corp and Beta Inc", two names.
			if e := andNameEnd(toks, taken, i, j, m.place); e > j {
				j = e
				continue
			}
			// A plural possessive inside a name: "Universities' Students Fund".
			if (toks[j].Text == "'" || toks[j].Text == "’") && toks[j-1].End == toks[j].Start && strings.HasSuffix(toks[j-1].Text, "s") &&
				j+1 < len(toks) && !taken[j+1] && isNameWord(&toks[j+1]) && toks[j+1].Sent == toks[i].Sent {
				j += 2
				continue
			}
			// "John Smith of Zentrix Labs": a person, then the employer.
			if ofWord[toks[j].Norm] && m.personRun(toks, i, j) {
				break
			}
			// "Zentrix of South Africa": a name, then its country; not
			// "Bank of England", whose company word takes the place.
			if ofWord[toks[j].Norm] && m.placeAfterOf(toks, i, j) {
				break
			}
			// "Tarrow Company of Bossier City": a name of its own before
			// the company word, then where it is.
			if ofWord[toks[j].Norm] && m.ownNameBeforeOf(toks, i, j) {
				where = capitalisedEnd(toks, j+1, 3)
				break
			}
			// "Collapse of eQuarry": "of" joins a name only after a
			// company or organisation word ("Bank of America", "Ministry
			// of Finance").
			if ofWord[toks[j].Norm] && !companyOrOrgIn(toks, i, j) {
				break
			}
			// A joiner between two capitalised words: Bank of America, bin Talal.
			// "Grey Tarrow & eQuarry": a lower-case brand after "&" is a
			// name of its own.
			if (toks[j].Script == Latin || toks[j].Text == "&") && en.NameJoiners[toks[j].Norm] && j+1 < len(toks) && !taken[j+1] && isNameWord(&toks[j+1]) && toks[j].Norm != "and" && !priceCode(toks, j+1) &&
				!(toks[j].Text == "&" && camelCase(toks[j+1].Text) && !toks[j+1].Upper) {
				j += 2
				continue
			}
			// Two joiners: "Caisse de Tarrow et de Quarry".
			if n := j + 2; n < len(toks) && toks[j].Script == Latin && en.NameJoiners[toks[j].Norm] && en.NameJoiners[toks[j+1].Norm] && !andWord[toks[j].Norm] && !andWord[toks[j+1].Norm] && !taken[j+1] && !taken[n] && isNameWord(&toks[n]) && companyOrOrgIn(toks, i, j) {
				j += 3
				continue
			}
			break
		}
		hint := ""
		if i == personAt {
			hint = "title"
		}
		if split {
			personAt = j
		}
		m.latinRun(d, taken, i, j, hint, add)
		i = max(j, where) - 1
	}
}

// capitalisedEnd is the end of the run of up to n capitalised Latin words
// from j.
func capitalisedEnd(toks []Token, j, n int) int {
	e := j
	for e < len(toks) && e < j+n && toks[e].Script == Latin && toks[e].Upper && toks[e].Sent == toks[j].Sent {
		e++
	}
	return e
}

var (
	ofWord           = wordSet("of")
	phrasalParticles = wordSet("phrasal-particles")
)

// placeAfterOf reports "of" at j followed by a place's whole name (one or
// two words), after a run [i, j) that holds no company or organisation
// word.
func (m *mentionStage) placeAfterOf(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		if isCompanyWord(toks[k].Norm) || en.OrgWords[toks[k].Norm] || en.CompanyNouns[toks[k].Norm] {
			return false
		}
	}
	for n := 2; n >= 1; n-- {
		e := j + 1 + n
		if e <= len(toks) && m.place(joinNorm(toks, j+1, e)) && (e == len(toks) || !toks[e].Upper || toks[e].Script != Latin) {
			return true
		}
	}
	return false
}

// genericBefore reports words [i, j) that are all name adjectives ("First
// National"): a generic name, which takes the place after "of" as its own
// ("National Bank of Alaska").
func genericBefore(toks []Token, i, j int) bool {
	for k := i; k < j; k++ {
		if !en.NameAdjectives[toks[k].Norm] {
			return false
		}
	}
	return true
}

// ownNameBeforeOf reports a run [i, j) before "of" that ends in a company
// word and opens on a word of its own, no ordinary word ("Tarrow
// Company"): the "of" after it says where the company is. A country after
// "of" is the name's own ("Northgate Bank of Greece", "Bank of England").
func (m *mentionStage) ownNameBeforeOf(toks []Token, i, j int) bool {
	if j-i < 2 || !isCompanyWord(toks[j-1].Norm) || name.Common("en", toks[i].Norm) || isCompanyWord(toks[i].Norm) || m.place(toks[i].Norm) || genericBefore(toks, i, j-1) {
		return false
	}
	for e := capitalisedEnd(toks, j+1, 3); e > j+1; e-- {
		if m.isCountry(joinNorm(toks, j+1, e)) {
			return false
		}
	}
	return true
}

// personRun reports a run of two or three words opened by a known first
// name, with no company word: a person's name.
func (m *mentionStage) personRun(toks []Token, from, to int) bool {
	if to-from < 2 || to-from > 3 || !m.lex.GivenName(toks[from].Norm) {
		return false
	}
	for k := from; k < to; k++ {
		if isCompanyWord(toks[k].Norm) {
			return false
		}
	}
	return true
}

// patronymic are the joiners of a father's name ("بن", "bin").
var patronymic = wordSet("patronymic-joiners")

// priceCode: a currency code before a figure ("Acme for SAR 4.6
// billion" is no name "Acme for SAR").
func priceCode(toks []Token, j int) bool {
	return j+1 < len(toks) && toks[j+1].Script == Digit && name.Currency(toks[j].Norm) || j < len(toks) && gluedFigure(&toks[j]) ||
		signPrefix(toks, j)
}

// signPrefix reports letters glued before a currency sign ("C$1.4
// billion", "A$18 billion", "HK$"): the sign's country, no name.
func signPrefix(toks []Token, j int) bool {
	if j+1 >= len(toks) || toks[j].Script != Latin || len(toks[j].Text) > 2 || toks[j+1].Start != toks[j].End {
		return false
	}
	return strings.ContainsAny(toks[j+1].Text, "$£€¥")
}

// gluedFigure reports a currency written onto its figure as one word
// ("Dh2bn", "Rs500", "SAR1"): money, no name ("G42", "a16z" are names).
func gluedFigure(t *Token) bool {
	if t.Script != Latin || !strings.ContainsAny(t.Text, "0123456789") {
		return false
	}
	ms := money.Find(t.Text)
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(t.Text) || letterFigure.MatchString(t.Norm)
}

// letterFigure is a figure whose currency sign lost its shape in
// lower-cased copy ("for e750m"): one letter, digits, a scale.
var letterFigure = regexp.MustCompile(`^[a-z]\d+(\.\d+)?(m|mn|bn|b|k|tn)$`)

// gluedDate reports a month written onto its day, a typo of real copy
// ("December31"): a date, no name.
func gluedDate(t *Token) bool {
	w := strings.TrimRight(t.Norm, "0123456789")
	return len(w) < len(t.Norm) && en.Months[w]
}

// runBreakWords are the titles that end a capitalised run (words.tsv).
var runBreakWords = wordSet("run-break")

// headlineVerbs are deal verbs of a Title Case headline ("Acme Acquires
// Beta Labs"): no name holds one, so they end a run and start none.
var headlineVerbs = wordSet("headline-verbs")

// latinRun adds the name in the run [from, to), typed by a title the run
// opens with, else by hint.
func (m *mentionStage) latinRun(d *Doc, taken []bool, from, to int, hint string, add func(Mention)) {
	toks := d.Tokens
	if m.place(joinNorm(toks, from, to)) {
		return
	}
	from, to, key, title, ok := m.latinTrim(d, from, to)
	if !ok {
		return
	}
	if title == "" {
		title = hint
	}
	typ, cue, ctx, ok := m.latinType(d, from, to, title)
	if !ok {
		return
	}
	mn := Mention{From: from, To: to, Type: typ, Key: "?" + key, Surface: surface(d, from, to, 0), Cue: cue, Ctx: ctx}
	if h := honorificAt(toks, from); h >= 0 && typ == model.Person {
		mn.Aliases = append(mn.Aliases, surface(d, h, to, 0)) // "Mr. Theobald" as written
	}
	if typ == model.Company {
		mn.Aliases = m.latinCore(d, from, to)
		// In Arabic text a Latin name takes the Arabic descriptors after
		// it: "ZTX للوساطة المالية".
		if d.Lang == "ar" {
			if k := m.arDescriptorTail(d, taken, from, to); k > to {
				mn.Aliases = append(mn.Aliases, mn.Surface)
				mn.To, mn.Key, mn.Surface = k, "?"+foldKey(surface(d, from, k, 0)), surface(d, from, k, 0)
			}
		}
	}
	add(mn)
}

// honorificAt is where an honorific right before token i starts ("Mr.",
// "Ms", "Dr."), or -1.
func honorificAt(toks []Token, i int) int {
	j := i - 1
	if j > 0 && toks[j].Text == "." {
		j--
	}
	if j < 0 || toks[j].Sent != toks[i].Sent || toks[j].Script != Latin || !toks[j].Upper || !en.Honorifics[toks[j].Norm] {
		return -1
	}
	return j
}

// titleFields are the words between a title's first word and its head
// ("Chief Financial Officer"); titleHeads end it.
var titleFields, titleHeads = wordSet("title-fields"), wordSet("title-heads")

// titleFieldEnd is the end of a title's field words and head from token from
// ("Financial Officer" after "Chief"), or from when none is there.
func titleFieldEnd(toks []Token, from, to int) int {
	for e := from; e < to && e < from+4; e++ {
		switch {
		case titleHeads[toks[e].Norm]:
			if e > from {
				return e + 1
			}
			return from
		case !titleFields[toks[e].Norm]:
			return from
		}
	}
	return from
}

// latinTrim cuts a capitalised run down to its name: ordinary words,
// dates, titles and descriptors off its edges, a leading nationality; the
// title it cut off, if any, and the name's key; !ok when no name is left.
func (m *mentionStage) latinTrim(d *Doc, from, to int) (nfrom, nto int, key, title string, ok bool) {
	toks := d.Tokens
	// "Abu Dhabi-listed Sahel Cement": a place-based description opens the
	// run; the name follows it.
	for j := to - 2; j >= from; j-- {
		if placeBased(&toks[j]) {
			from = j + 1
			break
		}
	}
	// Trim ordinary words, dates and titles off the front.
	for from < to {
		k := toks[from].Norm
		if en.PersonTitles[k] || en.TitleParts[k] {
			title = k
		}
		// "Chief Financial Officer Lina Haddad": the rest of the title its
		// first word opens goes too.
		if e := titleFieldEnd(toks, from, to); title != "" && e > from {
			title = joinNorm(toks, from-1, e)
			from = e
			continue
		}
		// "Snaps Up Zentrix Labs": a headline verb's particle.
		if phrasalParticles[k] && from > 0 && headlineVerbs[toks[from-1].Norm] && from+1 < to {
			from++
			continue
		}
		// "Bank of Tarrow": a company word before "of" opens the name.
		companyOf := isCompanyWord(k) && from+2 < to && ofWord[toks[from+1].Norm]
		if (en.Stop[k] && !companyOf && !nameAdjective(toks, from, to) && !nameOpener(toks, from, to)) || en.Months[k] || en.PersonTitles[k] {
			from++
			continue
		}
		break
	}
	// "CEO of Quarry Hill Harlow": the title's "of" names the employer.
	if title != "" && from > 0 && from < to && ofWord[toks[from-1].Norm] {
		title = ""
	}
	// "Zentrix S.A": an initial glued to a full stop is no article.
	for to > from && (en.Stop[toks[to-1].Norm] && !((isCompanyWord(toks[to-1].Norm) || en.NameFinals[toks[to-1].Norm]) && to-from > 1) && !gluedInitial(toks, to-1) ||
		en.Months[toks[to-1].Norm] || en.NameJoiners[toks[to-1].Norm]) {
		to--
	}
	if from >= to {
		return from, to, key, title, false
	}
	// Hyphenated descriptors: "Dubai-based", "SoftBank-backed" alone are no
	// name; before one ("Emirates-based Al Tarrow Hospitals") they are cut
	// off; a run ending in one ("Financial Times-backed") names the backer
	// only in part, and is left.
	for from < to && hyphenDescriptor(&toks[from]) {
		from++
	}
	if from >= to || hyphenDescriptor(&toks[to-1]) {
		return from, to, key, title, false
	}
	key = joinNorm(toks, from, to)
	// "London VC", "European VC": a place and a name's last word only.
	if to-from > 1 && m.place(toks[from].Norm) && allNameFinals(toks, from+1, to) {
		return from, to, key, title, false
	}
	// "Cleveland, Ohio-based X": a city before its state's description;
	// "Quarry Ventures, Singapore-based fund Y" is a list, its company
	// word says so.
	if to+1 < len(toks) && toks[to].Text == "," && placeBased(&toks[to+1]) && toks[to+1].Sent == toks[from].Sent && !isCompanyWord(toks[to-1].Norm) {
		return from, to, key, title, false
	}
	// "U.S" is read as three tokens; its written form is the place.
	if m.place(key) || dotted(toks, from, to) && m.place(norm.Key(surface(d, from, to, 0))) || placeHeaded(toks, from, to) || product(toks, from, to) || en.DocumentHeads[toks[to-1].Norm] {
		return from, to, key, title, false
	}
	// A lone capital letter is an initial, not a name; a currency code
	// written next to a figure anywhere in the article is money ("EGP 7.3 bn").
	// A lone company word ("Partners") names nothing; an acronym the
	// article spells out in ordinary words ("general meeting (GM)") is one.
	if to-from == 1 && (len([]rune(toks[from].Text)) < 2 || currencyCode(d, toks[from].Norm) || isCompanyWord(toks[from].Norm) || commonAcronym(d, toks[from].Text) || termAcronyms[toks[from].Norm]) {
		return from, to, key, title, false
	}
	// A run that starts with a nationality or country drops it ("Saudi
	// Arabia's Prince ..."), unless a company word makes the whole a name.
	if to-from > 1 && m.place(toks[from].Norm) && !companyWordIn(toks, from+1, to) && !isOrg(toks, from, to) && !en.NameJoiners[toks[from+1].Norm] && !andWord[toks[from+1].Norm] {
		if kind, _ := m.lex.Place(toks[from].Norm); kind == "nationality" || kind == "country" && !countryInName(toks, from, to) {
			from++
			key = joinNorm(toks, from, to)
			if m.place(key) {
				return from, to, key, title, false
			}
		}
	}
	return from, to, key, title, true
}

// opensLongerName reports a capitalised word right before i, inside its
// sentence, that is no stop word, title, place or name of its own.
func (m *mentionStage) opensLongerName(d *Doc, i int) bool {
	if i == 0 || d.Tokens[i].SentStart {
		return false
	}
	p := &d.Tokens[i-1]
	return p.Script == Latin && p.Upper && p.Sent == d.Tokens[i].Sent && !p.SentStart && !en.Stop[p.Norm] && !en.PersonTitles[p.Norm] &&
		!en.TitleParts[p.Norm] && !m.place(p.Norm) && !m.lex.StartsName([]string{p.Norm})
}

// companyOrOrgIn reports a company or organisation word among tokens
// [from, to).
func companyOrOrgIn(toks []Token, from, to int) bool {
	for j := from; j < to; j++ {
		if isCompanyWord(toks[j].Norm) || en.OrgWords[toks[j].Norm] {
			return true
		}
	}
	return false
}

// companyOfPlace reports a run whose company word is followed by "of" and
// a place, the place closing the run: "Tarrow Bank of Ruritania".
func (m *mentionStage) companyOfPlace(toks []Token, from, to int) bool {
	for j := from + 1; j+1 < to; j++ {
		if ofWord[toks[j].Norm] && isCompanyWord(toks[j-1].Norm) && m.place(joinNorm(toks, j+1, to)) {
			return true
		}
	}
	return false
}

var (
	termAcronyms = wordSet("term-acronyms")
	// nameAbbreviations open a place or a name with a full stop ("St.
	// James Holdings").
	nameAbbreviations = wordSet("name-abbreviations")
)

// companyWordIn reports a company word among tokens [from, to): "African
// Zentrix Corporation of Mozambique" is a name, nationality and all.
func companyWordIn(toks []Token, from, to int) bool {
	for j := from; j < to; j++ {
		if isCompanyWord(toks[j].Norm) {
			return true
		}
	}
	return false
}

// middleInitial reports a name with an initial between two words, "Cindy
// B. Tarrow": the shape of a person's name, whatever the first name.
func middleInitial(toks []Token, from, to int) bool {
	return to-from == 4 && len(toks[from].Text) > 1 && len(toks[from+1].Text) == 1 && toks[from+1].Upper &&
		toks[from+2].Text == "." && len(toks[from+3].Text) > 1 && !isCompanyWord(toks[from+3].Norm)
}

// countryInName reports a country noun that opens a name mid-sentence
// ("Guyana Brightwave", "Tibet Zentrix Copper"): a description would take
// the adjective ("Guyanese"); at a sentence's start or in a headline the
// country may still be a word of its own, unless the article writes the
// same run mid-sentence too.
func countryInName(toks []Token, from, to int) bool {
	if to-from > 3 {
		return false
	}
	if !toks[from].SentStart && from > 0 && !toks[from-1].Upper {
		return true
	}
	// At a sentence's start, when the article writes the run so elsewhere.
	for i := 1; i+to-from <= len(toks); i++ {
		if i != from && !toks[i].SentStart && !toks[i-1].Upper && sameWords(toks, i, from, to-from) {
			return true
		}
	}
	return false
}

// sameWords reports n tokens from a and from b with one folded form.
func sameWords(toks []Token, a, b, n int) bool {
	for k := 0; k < n; k++ {
		if toks[a+k].Norm != toks[b+k].Norm {
			return false
		}
	}
	return true
}

// latinType types the name from to to by its context: a company or
// organisation word, a verb that takes companies, a first name, a title, a
// patronymic; else a company, when the run can stand as a name at all.
func (m *mentionStage) latinType(d *Doc, from, to int, title string) (typ, cue, ctx string, ok bool) {
	toks := d.Tokens
	// A title right before the run: "chief executive Assaf Rappaport",
	// "co-founder Larry Ellison".
	if title == "" && from > 0 && toks[from-1].Sent == toks[from].Sent && enTitleWords[toks[from-1].Norm] {
		title = toks[from-1].Norm
	}
	cue = "capitalised"
	switch {
	case honorificAt(toks, from) >= 0 && to-from <= 4 && !isCompanyWord(toks[to-1].Norm):
		typ, cue = model.Person, "honorific" // "Mr. Theobald", "Dr. Lina Haddad"
	case isCompanyWord(toks[to-1].Norm) && to-from > 1 || m.companyOfPlace(toks, from, to):
		typ, cue = model.Company, "company-word"
	case to-from > 2 && isCompanyWord(toks[from].Norm) && en.NameJoiners[toks[from+1].Norm] && !andWord[toks[from+1].Norm]:
		// "Caisse de Tarrow et de Quarry", "Fund for Tarrow Startups": the
		// company word opens the name.
		typ, cue = model.Company, "company-word"
	case from > 0 && toks[from-1].Script == Arabic && toks[from-1].Sent == toks[from].Sent && isCueWord(&toks[from-1]):
		// "شركة Harlow Trade Center": the Arabic company word types it.
		typ, cue = model.Company, "company-word"
	case isOrg(toks, from, to):
		typ, cue = model.Organization, "org-word"
	case to-from >= 2 && to-from <= 4 && companyOnlyBefore(toks, from):
		typ, cue = model.Company, "argument"
	case m.lex.GivenName(toks[from].Norm) && to-from >= 2 && to-from <= 4:
		typ, cue = model.Person, "first-name"
	case middleInitial(toks, from, to):
		typ, cue = model.Person, "first-name"
	case (title != "" || personContext(toks, from, to) && !titleOfBefore(toks, from)) && to-from >= 2 && to-from <= 4:
		typ, cue = model.Person, "title"
	case to-from >= 2 && to-from <= 6 && hasJoiner(toks, from, to, "bin", "bint", "ibn"):
		typ, cue = model.Person, "patronymic"
	case to+1 < len(toks) && toks[to].Text == "-" && backerParticiples[toks[to+1].Norm]:
		typ, cue = model.Company, "argument" // "Halvard-backed"
	}
	if typ == "" {
		// A weak lone word is the scorer's to judge, but never one opening
		// a sentence, starting a figure or naming a ticker.
		if to-from == 1 && d.Lang == "en" {
			ctx = m.loneContext(d, from)
			if ctx == "weak" && (!m.open || toks[from].SentStart || currencyWord(d, from) || listingTag(d, from)) {
				return "", "", "", false
			}
		}
		typ = model.Company
	}
	return typ, cue, ctx, true
}

// currencyWord reports a word that a figure's reading starts with: "Rs"
// of "Rs 500 crore" is money, not a weak name.
func currencyWord(d *Doc, i int) bool {
	toks := d.Tokens
	if i+1 >= len(toks) || toks[i+1].Script != Digit {
		return false
	}
	ms := money.Find(d.Text[toks[i].Start:toks[i+1].End])
	return len(ms) > 0 && ms[0].Start == 0
}

// listingTag reports the ticker of a listing tag, "(NYSE: ACME)".
func listingTag(d *Doc, i int) bool {
	toks := d.Tokens
	return i >= 3 && toks[i-1].Text == ":" && toks[i-2].Upper && toks[i-3].Text == "("
}

// loneContext says what makes a lone capitalised English word a name, or
// "weak" when nothing does. A multi-word run ("Red Hat") stands on its
// own. A word opening a sentence is most often an ordinary word: it needs
// to be the short form of a name already read ("Scale" for Scale AI) or a
// proper noun to the tagger; any other lone word some company context.
func (m *mentionStage) loneContext(d *Doc, i int) string {
	t := &d.Tokens[i]
	if t.SentStart && !strings.ContainsAny(t.Text, "&0123456789") {
		switch {
		case m.shortOfKnown(d, t.Norm):
			return "short-form"
		case m.properNoun(d, i):
			return "tagged"
		case midSentenceElsewhere(d, i):
			return "repeated"
		case camelCase(t.Text):
			return "tagged" // "AeroTarrow": a capital inside a word is a brand's
		}
		return "weak"
	}
	if c := m.companyContext(d, i); c != "" {
		return c
	}
	return "weak"
}

// midSentenceElsewhere reports a sentence's first word that the body also
// writes capitalised inside a sentence ("Winnowed was launched in 2019" after
// "website Winnowed, which covers"): a name, not a capital the sentence start
// forces. Common words and the headline's Title Case do not count.
func midSentenceElsewhere(d *Doc, i int) bool {
	w := d.Tokens[i].Norm
	if en.Stop[w] || name.Common("en", w) {
		return false
	}
	for j := range d.Tokens {
		t := &d.Tokens[j]
		// After a lower-case word: running text, not a Title Case line.
		if j != i && t.Norm == w && t.Upper && !t.SentStart && j > 0 && d.Tokens[j-1].Script == Latin && !d.Tokens[j-1].Upper {
			return true
		}
	}
	return false
}

// latinCore is the name of a company without its company words ("Zentrix"
// for Zentrix Investment Co.), when what is left still reads as a name:
// not a place, a stop word or, alone, a common English word.
func (m *mentionStage) latinCore(d *Doc, from, to int) []string {
	toks := d.Tokens
	end := to
	for end > from+1 && (isCompanyWord(toks[end-1].Norm) || toks[end-1].Script == Punct) {
		end--
	}
	if end == to || en.Stop[toks[end-1].Norm] || m.place(joinNorm(toks, from, end)) {
		return nil
	}
	if end == from+1 && (name.Common("en", toks[from].Norm) || m.place(toks[from].Norm) || len(toks[from].Text) < 3) {
		return nil
	}
	return []string{surface(d, from, end, 0)}
}

// hyphenDescriptor reports "Dubai-based", "UK-headquartered": a word whose
// part after its last hyphen is in lower case.
func hyphenDescriptor(t *Token) bool {
	h := strings.LastIndexByte(t.Text, '-')
	return h > 0 && h+1 < len(t.Text) && unicode.IsLower(rune(t.Text[h+1]))
}

// startsKnown reports whether w is the first word of a multi-word name
// already found.
func (m *mentionStage) startsKnown(d *Doc, w string) bool {
	for _, mn := range d.Mentions {
		if mn.To-mn.From >= 2 && d.Tokens[mn.From].Norm == w {
			return true
		}
	}
	return false
}

// shortOfKnown reports whether w is the first word of a longer name
// found earlier in the article.
func (m *mentionStage) shortOfKnown(d *Doc, w string) bool {
	for _, mn := range d.Mentions {
		if mn.To-mn.From >= 2 && d.Tokens[mn.From].Norm == w && mn.Type != model.Person {
			return true
		}
		// a surname: "Rappaport founded the company"
		if mn.To-mn.From >= 2 && d.Tokens[mn.To-1].Norm == w && mn.Type == model.Person {
			return true
		}
	}
	return false
}

// inOtherName reports a capitalised word at j next to a capitalised word
// other than i that is no article: part of a name of its own.
func inOtherName(toks []Token, s Sentence, i, j int) bool {
	if !toks[j].Upper {
		return false
	}
	for _, q := range []int{j - 1, j + 1} {
		if q >= s.From && q < s.To && q != i && toks[q].Upper && !articles[toks[q].Norm] {
			return true
		}
	}
	return false
}

// companyContext says whether a lone capitalised word at i reads as a
// company: it recurs in the article, a company noun stands next to it
// ("the handset maker Lenovo", "Lenovo, a ... company"), or it is in a list
// with other names.
func (m *mentionStage) companyContext(d *Doc, i int) string {
	toks := d.Tokens
	w := toks[i].Norm
	n := 0
	for j := range toks {
		if toks[j].Norm == w && toks[j].Upper {
			n++
		}
	}
	if n >= 2 {
		return "repeated"
	}
	s := d.Sentences[toks[i].Sent]
	// "Berlin-based Brightwave": a place-based description before the word
	// describes a company, as a company noun does.
	if i > s.From && placeBased(&toks[i-1]) {
		return "company-noun"
	}
	headline := toks[i].Sent == 0 && len(d.Sentences) > 1 && titleCase(d, s)
	for j := i - 3; j <= i+6; j++ {
		// In a Title Case headline a noun inside another name is no
		// context for this word ("Thurayya Holding to Acquire Controlling
		// Stake").
		if j >= s.From && j < s.To && j != i && en.CompanyNouns[toks[j].Norm] && !(headline && inOtherName(toks, s, i, j)) {
			return "company-noun"
		}
	}
	// The argument of a deal word: "bought Adallom", "funds managed by Redline".
	for j := i - 2; j < i; j++ {
		if j >= s.From && dealArgWords[toks[j].Norm] {
			return "deal-arg"
		}
	}
	// A list: "Shein, IKEA and Noon".
	for _, j := range []int{i - 1, i + 1} {
		if j >= s.From && j < s.To && (toks[j].Text == "," || toks[j].Norm == "and") {
			k := j - 1
			if j > i {
				k = j + 1
			}
			if k >= s.From && k < s.To && toks[k].Upper && !en.Stop[toks[k].Norm] {
				return "list"
			}
		}
	}
	return ""
}

var dealArgWords = map[string]bool{"by": true, "from": true, "bought": true, "acquired": true,
	"acquire": true, "buy": true, "buys": true, "sold": true, "sell": true, "of": true, "in": true,
	"backed": true, "into": true, "with": true, "rival": true, "rivals": true, "to": true}

func hasJoiner(toks []Token, from, to int, words ...string) bool {
	for j := from; j < to; j++ {
		for _, w := range words {
			if toks[j].Norm == w {
				return true
			}
		}
	}
	return false
}

func isCompanyWord(k string) bool { return en.CompanyWords[k] }

// placeHeaded reports a place's name with no company word: one ending in a
// place head ("Palm Street") or followed by one in lower case ("the
// Nordic region").
func placeHeaded(toks []Token, from, to int) bool {
	// "acquired Echo Bay": what a company-only verb takes is a company.
	if companyOnlyBefore(toks, from) {
		return false
	}
	for j := from; j < to; j++ {
		if en.CompanyWords[toks[j].Norm] || en.OrgWords[toks[j].Norm] {
			return false
		}
	}
	if to-from > 1 && en.PlaceHeads[toks[to-1].Norm] {
		return true
	}
	return to < len(toks) && toks[to].Sent == toks[from].Sent && !toks[to].Upper && en.PlaceHeads[toks[to].Norm]
}

// product reports a product's name with no company word: one a product
// noun follows ("the Zorbox console") or one a maker of names, alone or in
// a list ("the maker of Widget Quest and Zorbox").
func product(toks []Token, from, to int) bool {
	if isCompanyWord(toks[to-1].Norm) {
		return false
	}
	if to < len(toks) && toks[to].Sent == toks[from].Sent && !toks[to].Upper && en.ProductNouns[toks[to].Norm] {
		return true
	}
	if madeBy(toks, from, to) {
		return true
	}
	for j := from - 1; j > 0 && j >= from-12 && toks[j].Sent == toks[from].Sent; j-- {
		w := toks[j].Norm
		if w == "of" && !toks[j-1].Upper && en.ProductMakers[toks[j-1].Norm] {
			return true
		}
		// "the maker of the Orla Bites range"
		if !toks[j].Upper && w != "of" && w != "and" && w != "," && !(w == "the" && toks[j-1].Norm == "of") {
			return false
		}
	}
	return false
}

// madeBy reports "the Zingo maker", "the Zingo crisps maker", "the
// Dunmore snack brand", "the Ferrante family": a name after "the" and
// before a maker, brand or family word, up to two lower-case words
// between, names what is made or a family, no company.
func madeBy(toks []Token, from, to int) bool {
	if from == 0 || toks[from-1].Norm != "the" {
		return false
	}
	for j := to; j < len(toks) && j <= to+2 && toks[j].Sent == toks[from].Sent && toks[j].Script == Latin && !toks[j].Upper; j++ {
		if en.ProductMakers[toks[j].Norm] || en.NotCompanyHeads[toks[j].Norm] {
			return true
		}
	}
	return false
}

// nameAdjective reports a name adjective at from that opens the name: a
// company or organisation word follows it in the run, and not at once
// after a stop word it would otherwise lean on.
func nameAdjective(toks []Token, from, to int) bool {
	if !en.NameAdjectives[toks[from].Norm] || to-from < 2 {
		return false
	}
	for j := from + 1; j < to; j++ {
		if en.CompanyWords[toks[j].Norm] || en.OrgWords[toks[j].Norm] {
			return true
		}
	}
	return false
}

// nameOpener reports a capitalised adjective or ordinal that opens a name
// after a party's preposition ("participation from Second Window"),
// followed by a word that is no stop word. At a sentence's start, where any
// word is capitalised, it is trimmed as any stop word.
func nameOpener(toks []Token, from, to int) bool {
	if to-from < 2 || !en.NameOpeners[toks[from].Norm] || en.Months[toks[from+1].Norm] {
		return false
	}
	// "Next Quarry Ventures": a capitalised stop word goes on with a
	// name a company word closes.
	if en.Stop[toks[from+1].Norm] && !(toks[from+1].Upper && companyWordIn(toks, from+2, to)) {
		return false
	}
	if toks[from].SentStart || from == 0 {
		return false
	}
	// "Vancouver-based First Tarrow": a description before it leaves the
	// opener mid-sentence, capitalised only as part of the name.
	// "وNext Quarry Ventures": after Arabic script a capital is the
	// name's own.
	p := &toks[from-1]
	return en.OpenerBefore[p.Norm] || p.Script == Arabic || placeBased(p) || hyphenDescriptor(p)
}

func isOrg(toks []Token, from, to int) bool {
	org := false
	for j := from; j < to; j++ {
		if en.OrgOverridesCompany[toks[j].Norm] {
			return false
		}
		if en.OrgWords[toks[j].Norm] {
			org = true
		}
	}
	return org
}

func joinNorm(toks []Token, from, to int) string {
	var b strings.Builder
	for j := from; j < to; j++ {
		if j > from {
			b.WriteByte(' ')
		}
		b.WriteString(toks[j].Norm)
	}
	return b.String()
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// properNoun asks prose's tagger whether the sentence-initial word at i is a
// proper noun. The model is loaded once; only the first few words of the
// sentence are tagged, which keeps this off the hot path.
func (m *mentionStage) properNoun(d *Doc, i int) bool {
	if !m.prose {
		return true
	}
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("Warm up.", prose.WithExtraction(false), prose.WithSegmentation(false))
		if err == nil {
			proseModel = doc.Model
		}
	})
	if proseModel == nil {
		return true
	}
	end := i + 6
	s := d.Sentences[d.Tokens[i].Sent]
	if end > s.To {
		end = s.To
	}
	text := d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]
	doc, err := prose.NewDocument(text, prose.UsingModel(proseModel), prose.WithExtraction(false), prose.WithSegmentation(false))
	if err != nil {
		return true
	}
	toks := doc.Tokens()
	if len(toks) == 0 {
		return true
	}
	return strings.HasPrefix(toks[0].Tag, "NNP")
}

var (
	namingCues        = wordSet("naming-cues")
	namedVentureNouns = wordSet("named-venture-nouns")
	namingVerbBefore  = wordSet("naming-verb-before")
)

// namedPass takes a quoted or capitalised name right after a naming word as
// the name of a company or venture; in Arabic, which has no capitals, the
// words after a new venture's noun and its naming word ("مشروعا مشتركا
// باسم أفق للطاقة").
func (m *mentionStage) namedPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if !namingCues[toks[i].Norm] || namingVerb(toks, i) {
			continue
		}
		j := i + 1
		quoted := false
		if toks[j].Script == Punct && strings.ContainsAny(toks[j].Text, "\"«“'") {
			quoted = true
			j++
		}
		bare := !quoted && i > 0 && namedVentureNouns[toks[i-1].Norm] && toks[i-1].Sent == toks[i].Sent
		k := j
		for k < len(toks) && k < j+4 && isWord(&toks[k]) && !taken[k] && toks[k].Sent == toks[i].Sent {
			if !quoted && !(toks[k].Script == Latin && toks[k].Upper) && !(bare && m.bareNameWord(d, j, k)) {
				break
			}
			k++
		}
		if k == j || quoted && (k >= len(toks) || toks[k].Script != Punct) {
			continue
		}
		add(Mention{From: j, To: k, Type: model.Company, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, 0), Cue: "named"})
	}
}

// namingVerb reports an English naming word used as a verb: after a
// name ("Zentrix Labs named Maria Lindqvist as CEO") or an auxiliary
// ("has named").
func namingVerb(toks []Token, i int) bool {
	if i == 0 || toks[i].Script != Latin {
		return false
	}
	p := &toks[i-1]
	return p.Sent == toks[i].Sent && (p.Script == Latin && p.Upper || namingVerbBefore[p.Norm])
}

// bareNameWord reports an Arabic word at k that can go on an unquoted
// name begun at j after a naming word: no function, stop or cue word, no
// indefinite (tanween) word, and no more than three words; a sector word
// after the first ("للطاقة") goes on.
func (m *mentionStage) bareNameWord(d *Doc, j, k int) bool {
	t := &d.Tokens[k]
	return t.Script == Arabic && k < j+3 && !ar.IsFunction(t.Norm) && (!ar.IsStop(t.Norm) || k > j && liNoun(t.Norm)) && !ar.HasTanween(t.Text) && !isCueWord(t) && triggerAt(t) == nil
}

// legalSuffix words may follow a known name without making another company
// ("لولو إنترناشونال القابضة" is Lulu); "Ventures" or "Capital" would.
var legalSuffix = map[string]bool{"القابضه": true, "انترناشونال": true, "انترناشيونال": true,
	"holding": true, "holdings": true, "international": true, "inc": true, "group": true, "ltd": true,
	"plc": true, "corp": true, "corporation": true, "جروب": true, "غروب": true}

func isQuote(t *Token) bool {
	return t.Script == Punct && strings.ContainsAny(t.Text, "\"«»“”")
}

// quotedPass takes a short quoted span of Arabic words as a name: Arabic
// news quotes the names of companies it does not expect readers to know
// ("ذا كستريل"، "بلو بول كابيتال"). Quoted phrases with function words,
// indefinite (tanween) words or numbers alone are slogans or words, not names.
func (m *mentionStage) quotedPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+2 < len(toks); i++ {
		// "«أ» قادتها شركة «X»": a closing mark opens nothing.
		paren := cueParen(d, i)
		if !paren && (!isQuote(&toks[i]) || strings.ContainsAny(toks[i].Text, "»”") && !pairedOpener(toks, i)) {
			continue
		}
		j := i + 1
		k := j
		arabic := false
		// "«زمرد. كوم»": a dot inside the quotes joins a domain.
		for k < len(toks) && k < j+6 && (isWord(&toks[k]) || domainDot(toks, j, k)) && !taken[k] && toks[k].Sent == toks[i].Sent {
			if toks[k].Script == Arabic {
				arabic = true
			}
			k++
		}
		// Five words only with a sector phrase closing them ("«زمرد دي إم
		// للرعاية الصحية»").
		if k == j || k-j > 5 || k-j == 5 && !liNoun(toks[k-2].Norm) || k >= len(toks) || !closesQuote(&toks[k], paren) || !arabic {
			continue
		}
		ok, places := true, 0
		letters := spelledLetters(toks, j, k)
		for q := j; q < k && !letters; q++ {
			w := toks[q].Norm
			// "دينيز بنك": a company word may close a quoted name.
			// A month name is a name only with more words ("أيار الثالثة
			// للاستثمار") or as the first word of one already read.
			month := ar.Months[w] && k-j == 1 && !m.startsKnown(d, w)
			// Spelled letters inside a name ("أستر دي إم") spell no word.
			if q > j && letterNamesAr[w] {
				continue
			}
			if ar.IsFunction(w) || ar.HasTanween(toks[q].Text) || ar.Stop[w] && (q == j || !ar.CompanyCues[w] && !ar.CompanySuffixes[w]) || month {
				ok = false
				break
			}
			if m.place(w) {
				places++
				// "«سوفيتيل وينتر بالاس الأقصر»": a place closing a longer
				// quoted name says where a property is; a nationality or a
				// country closing one is the name's ("«زمردين السعودية»",
				// "«زمردين المغرب»").
				kind, _ := m.lex.Place(w)
				ok = ok && (q == j || q < k-1 || m.nationality(w) || kind == "country")
			}
		}
		// "«ينبع الخضراء»": a city may open a quoted name; places alone
		// ("«دبي»", "«الرياض وجدة»") name none, and a city a known name may
		// open is the lexicon's to read ("«دبي للكستريل»"); unless a company
		// cue names them: "جريدة «الخليج»".
		cued := i > 0 && isCueWord(&toks[i-1]) && toks[i-1].Sent == toks[i].Sent
		ok = ok && (places < k-j || cued) && (cued || !m.place(toks[j].Norm) || !m.lex.StartsName(toks[j].Forms))
		if !ok || m.place(joinNorm(toks, j, k)) && !cued || oneLetter(toks, j, k) {
			continue
		}
		// A known name in quotes keeps its identity; a quoted name that only
		// begins with one ("باي بال فنتشرز") is a name of its own.
		// ... also with company words after it: "لولو إنترناشونال القابضة".
		core := k
		for core-1 > j && legalSuffix[toks[core-1].Norm] {
			core--
		}
		e, ok := m.lex.Lookup(joinNorm(toks, j, k))
		if !ok && core < k {
			e, ok = m.lex.Lookup(joinNorm(toks, j, core))
			// "مجموعة «تيرون فالديز القابضة»": a firm named after a
			// person the lexicon knows is the firm.
			ok = ok && e.Type != model.Person
		}
		if ok {
			add(Mention{From: j, To: k, Type: e.Type, Key: e.ID, Lex: e.ID, Surface: surface(d, j, k, 0), Cue: "lexicon"})
			i = k
			continue
		}
		typ := model.Company
		if ar.OrgCues[toks[j].Norm] {
			typ = model.Organization
		}
		add(Mention{From: j, To: k, Type: typ, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, 0), Cue: "quoted"})
		i = k
	}
}

// pairedOpener reports a ” that opens a pair in its sentence, as some
// papers write both marks alike ("مجموعة ” تلال ”"): an even number of
// them before it.
func pairedOpener(toks []Token, i int) bool {
	if toks[i].Text != "”" {
		return false
	}
	n := 0
	for j := i - 1; j >= 0 && toks[j].Sent == toks[i].Sent; j-- {
		if toks[j].Text == "“" {
			return false // a paper that writes “ ” in pairs
		}
		if toks[j].Text == "”" {
			n++
		}
	}
	return n%2 == 0
}

// domainDot reports a full stop inside a quoted name before a domain word:
// "«زمرد. كوم»", "«Souq.com»".
func domainDot(toks []Token, j, k int) bool {
	return k > j && toks[k].Text == "." && k+1 < len(toks) && domainWords[toks[k+1].Norm]
}

var domainWords = wordSet("domain-words")

// cueParen reports an opening bracket right after an Arabic company cue:
// "مجموعة (الزمرد) الدولية" brackets a name as quotes do.
func cueParen(d *Doc, i int) bool {
	t := &d.Tokens[i]
	return t.Text == "(" && i > 0 && d.Tokens[i-1].Sent == t.Sent && d.Tokens[i-1].Script == Arabic && isCueWord(&d.Tokens[i-1])
}

// closesQuote reports the mark that ends a quoted name: a closing bracket
// after an opening one, else any quote but an opening one.
func closesQuote(t *Token, paren bool) bool {
	if paren {
		return t.Text == ")"
	}
	return isQuote(t) && !strings.ContainsAny(t.Text, "«“")
}

// letterNamesAr are the Latin letters spelled in Arabic, and "and", of
// which initialisms are written: "«كيو آند تي»" (Q+T), "«إم بي سي»".
var letterNamesAr = wordSet("letter-names-ar")

// spelledLetters reports a span of two or more spelled letters: a
// company's initials, though some letters spell function words (كي).
func spelledLetters(toks []Token, j, k int) bool {
	if k-j < 2 {
		return false
	}
	for q := j; q < k; q++ {
		if !letterNamesAr[toks[q].Norm] {
			return false
		}
	}
	return true
}

// letterRun is the end of the spelled letters from token j on, in one
// sentence and free (j when there are none).
func letterRun(d *Doc, taken []bool, j int) int {
	k := j
	for k < len(d.Tokens) && k < j+6 && !taken[k] && d.Tokens[k].Sent == d.Tokens[j].Sent && letterNamesAr[d.Tokens[k].Norm] {
		k++
	}
	return k
}

// oneLetter: a quoted single letter is a series or class ("من الفئة
// "ب""), not a name.
func oneLetter(toks []Token, j, k int) bool {
	return k-j == 1 && utf8.RuneCountInString(toks[j].Norm) == 1
}

// repeatPass finds the other places an unknown name found by a strong cue
// is written, with or without its clitics: once "ذا كستريل" is known to be a
// company, every "ذا كستريل" is.
func (m *mentionStage) repeatPass(d *Doc, taken []bool, add func(Mention)) {
	type name struct {
		words []string
		mn    Mention
	}
	var names []name
	seen := map[string]bool{}
	for _, mn := range d.Mentions {
		if mn.Lex != "" || seen[mn.Key] || mn.Cue == "capitalised" || mn.Cue == "short-form" ||
			mn.Cue == "nationality" && len([]rune(strings.TrimPrefix(mn.Key, "?"))) < 5 ||
			mn.To-mn.From == 1 && (ar.IsStop(d.Tokens[mn.From].Norm) || en.Stop[d.Tokens[mn.From].Norm]) {
			continue
		}
		seen[mn.Key] = true
		words := strings.Fields(strings.TrimPrefix(mn.Key, "?"))
		if len(words) == 0 {
			continue
		}
		if len(words) == 1 && len([]rune(words[0])) < 3 {
			continue
		}
		names = append(names, name{words, mn})
	}
	toks := d.Tokens
	for i := range toks {
		if taken[i] || !isWord(&toks[i]) {
			continue
		}
		for _, n := range names {
			end := i + len(n.words)
			if end > len(toks) {
				continue
			}
			skip := -1
			for v, f := range toks[i].Forms {
				if f == n.words[0] {
					skip = toks[i].Prefix[v]
					break
				}
			}
			if skip < 0 {
				continue
			}
			ok := true
			for q := 1; q < len(n.words); q++ {
				if taken[i+q] || toks[i+q].Norm != n.words[q] {
					ok = false
					break
				}
			}
			// "كستريل القابضة": a company word after the repeat makes a
			// longer name, arSuffixPass's.
			if !ok || end < len(toks) && toks[end].Sent == toks[i].Sent && nameSuffixesAr[toks[end].Norm] {
				continue
			}
			add(Mention{From: i, To: end, Type: n.mn.Type, Key: n.mn.Key, Surface: surface(d, i, end, skip), Cue: "repeat"})
			break
		}
	}
}

// Anaphor heads: a definite noun that points back at the last name made
// with the same noun ("الصندوق" at صندوق سدرة العام, "المجموعة" at
// مجموعة زمرد, "the fund" at Northgate Investment Fund).
var anaphorHeads = map[string]string{"الصندوق": "صندوق", "المجموعه": "مجموعه", "البنك": "بنك",
	"المصرف": "مصرف", "المنصه": "منصه", "fund": "fund", "group": "group", "bank": "bank", "platform": "platform"}

// anaphorPass links such definite nouns to the entity they refer to.
func (m *mentionStage) anaphorPass(d *Doc, taken []bool, add func(Mention)) {
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].From < d.Mentions[j].From })
	toks := d.Tokens
	var found []Mention
	for i := range toks {
		if taken[i] {
			continue
		}
		head, skip := "", 0
		if toks[i].Script == Arabic {
			for v, f := range toks[i].Forms {
				if h, ok := anaphorHeads[f]; ok {
					head, skip = h, toks[i].Prefix[v]
					break
				}
			}
		} else if h, ok := anaphorHeads[toks[i].Norm]; ok && i > 0 && toks[i-1].Norm == "the" {
			head = h
		}
		if head == "" {
			continue
		}
		if mn, ok := anaphorTarget(d, i, head); ok {
			found = append(found, Mention{From: i, To: i + 1, Type: mn.Type, Key: mn.Key, Lex: mn.Lex, Surface: surface(d, i, i+1, skip), Cue: "anaphor"})
		}
	}
	for _, f := range found {
		add(f)
	}
}

// anaphorTarget is the earlier name an anaphor with this head ("الصندوق",
// "the bank") points to: of the names with the head in or before them,
// the one named most often before it, the latest of those on a tie ("منصة
// "نون"" stays the platform of a story that also names another).
func anaphorTarget(d *Doc, i int, head string) (Mention, bool) {
	count := map[string]int{}
	for _, mn := range d.Mentions {
		if mn.To <= i {
			count[mn.Key]++
		}
	}
	var best Mention
	found := false
	nat := anaphorNationality(d, i)
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		mn := d.Mentions[k]
		if mn.To > i || mn.Type == model.Person || !hasHead(d, mn, head, i) || nat != "" && !nationalityBy(d, mn, nat) {
			continue
		}
		if !found || count[mn.Key] > count[best.Key] {
			best, found = mn, true
		}
	}
	return best, found
}

// anaphorNationality is the nationality adjective after an Arabic
// anaphor ("إلى المجموعة القطرية"), when some earlier name carries it too,
// else "": the adjective then picks among the names with the head.
func anaphorNationality(d *Doc, i int) string {
	if i+1 >= len(d.Tokens) || d.lex == nil || d.Tokens[i].Script != Arabic {
		return ""
	}
	w := d.Tokens[i+1].Norm
	if !isNationality(d, w) || !strings.HasPrefix(w, "ال") {
		return ""
	}
	for _, mn := range d.Mentions {
		if mn.To <= i && nationalityBy(d, mn, w) {
			return w
		}
	}
	return ""
}

// nationalityBy reports the adjective nat inside a name or right after it,
// past a closing quote ("“رمال” القطرية").
func nationalityBy(d *Doc, mn Mention, nat string) bool {
	for j := mn.From; j < mn.To+2 && j < len(d.Tokens); j++ {
		if d.Tokens[j].Norm == nat {
			return true
		}
		if j >= mn.To && !isQuote(&d.Tokens[j]) {
			return false
		}
	}
	return false
}

// hasHead reports an anaphor's head in a name, right before it (past an
// opening quote: "لصندوق "X""), or in an apposition after it ("سوق.كوم،
// أكبر منصة للتجارة").
func hasHead(d *Doc, mn Mention, head string, i int) bool {
	toks := d.Tokens
	if strings.Contains(" "+joinNorm(toks, mn.From, mn.To)+" ", " "+head+" ") {
		return true
	}
	p := mn.From - 1
	for p > 0 && isQuote(&toks[p]) {
		p--
	}
	if p >= 0 && slices.Contains(toks[p].Forms, head) {
		return true
	}
	for j := mn.To; j < mn.To+4 && j < i; j++ {
		if toks[j].Norm == head {
			return true
		}
	}
	return false
}

// acquisitionOverSubject reports "استحوذت مجموعة زمرد على" before the
// على at i: a deal verb, then only its subject's name (and cue).
func acquisitionOverSubject(d *Doc, taken []bool, i int) bool {
	for q := i - 1; q >= 0 && q >= i-5 && d.Tokens[q].Sent == d.Tokens[i].Sent; q-- {
		if isAcquisitionWord(&d.Tokens[q]) {
			return q < i-1
		}
		if !taken[q] && !isCueWord(&d.Tokens[q]) {
			return false
		}
	}
	return false
}

var (
	foundedVerbsAr = wordSet("founded-verbs-ar")
	raiseVerbsAr   = wordSet("raise-verbs-ar")
)

// argumentPass reads an unknown Arabic name where a deal word puts its
// object: "استحواذها على منافستها الأصغر هيس", "صفقة هيس". Descriptions
// between the word and the name are skipped.
func (m *mentionStage) argumentPass(d *Doc, taken []bool, add func(Mention)) {
	toks := d.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Script != Arabic {
			continue
		}
		start := -1
		switch {
		case toks[i].Norm == "علي" && i > 0 && (isAcquisitionWord(&toks[i-1]) || acquisitionOverSubject(d, taken, i)):
			start = i + 1
		case arIn[toks[i].Norm] && stakeSizeBefore(d, i) && i+2 < len(toks) && !name.Common("ar", toks[i+1].Norm) && !possessed(toks[i+1].Norm) && !possessed(toks[i+2].Norm):
			// "حصة في رأس مالها": a construct with a pronoun names nothing.
			// "على 10 بالمئة في كستريل باورترين": what a stake is in.
			start = i + 1
		case foundedVerbsAr[toks[i].Norm] && i+3 < len(toks) && (alaAr[toks[i+2].Norm] && yadAr[toks[i+3].Norm] || arIn[toks[i+2].Norm] || arYear[toks[i+2].Norm]):
			// "تأسست زمرد على يد", "تأسست زمرد في 2015", "تأسست زمرد عام 2015".
			start = i + 1
		case raiseVerbsAr[toks[i].Norm] && i+2 < len(toks) && (toks[i+2].Script == Digit || roundNounsBoth[toks[i+2].Norm]):
			// "أغلقت زمرد جولة تمويل", "جمعت زمرد 5 ملايين دولار": the
			// word after a verb of raising, before the round or its figure,
			// is the raiser.
			start = i + 1
		case presentDealVerb[toks[i].Norm] && i > 0 && toks[i-1].SentStart && toks[i-1].Script == Arabic && !taken[i-1]:
			// A headline "نخلة تشتري ...": the word before the verb that
			// opens the sentence is its subject.
			w := toks[i-1].Norm
			if !ar.IsStop(w) && !ar.IsFunction(w) && !isDefinite(&toks[i-1]) && !ar.HasTanween(toks[i-1].Text) &&
				!ar.HasVowelMarks(toks[i-1].Text) && !m.place(w) && !m.lex.GivenName(w) && len([]rune(w)) >= 3 {
				add(Mention{From: i - 1, To: i, Type: model.Company, Key: "?" + w, Surface: surface(d, i-1, i, 0), Cue: "argument"})
			}
		}
		if start < 0 {
			continue
		}
		j := start
		for j < len(toks) && j < start+3 && toks[j].Sent == toks[i].Sent && toks[j].Script == Arabic && !taken[j] &&
			(ar.Descriptors[toks[j].Norm] || ar.rival(toks[j].Norm)) {
			j++
		}
		if j >= len(toks) || taken[j] || toks[j].Sent != toks[i].Sent || toks[j].Script != Arabic {
			continue
		}
		w := toks[j].Norm
		// Vowel marks in news text disambiguate verbs and passives
		// ("تُقدَّر"), which names do not need.
		if ar.IsStop(w) || ar.IsFunction(w) || isDefinite(&toks[j]) || ar.HasTanween(toks[j].Text) || ar.HasVowelMarks(toks[j].Text) ||
			ar.Quantifiers[w] || m.place(w) || len([]rune(w)) < 3 || isCueWord(&toks[j]) || inDomainsAr[w] {
			continue // ... "الاستحواذ على سوق الأشغال": a market, no company
		}
		// "على رمال للإسمنت": its sector words and company words go with it;
		// a second word of a foreign name too ("كستريل باورترين").
		k := j + 1
		if k < len(toks) && toks[k].Sent == toks[j].Sent && m.nameWordAr(d, taken, k) && !m.nameWordAr(d, taken, k+1) {
			k++
		}
		k = m.arDescriptorTail(d, taken, j, k)
		add(Mention{From: j, To: k, Type: model.Company, Key: "?" + joinNorm(toks, j, k), Surface: surface(d, j, k, 0), Cue: "argument"})
	}
}

// stakeSizeBefore reports a stake's noun in the three words before token i
// ("حصة في"), or its size after a deal word ("استحوذت على 10 بالمئة في"):
// a share price's move ("ارتفع 5% في تعاملات") is none.
func stakeSizeBefore(d *Doc, i int) bool {
	for q := i - 1; q >= 0 && q >= i-3 && d.Tokens[q].Sent == d.Tokens[i].Sent; q-- {
		w := d.Tokens[q].Norm
		if arStakeNoun[w] {
			return true
		}
		if stakePercentWords[w] || arPercent[w] {
			for r := q - 1; r >= 0 && r >= q-8 && d.Tokens[r].Sent == d.Tokens[i].Sent; r-- {
				if triggerAt(&d.Tokens[r]) != nil {
					return true
				}
			}
		}
	}
	return false
}

// presentDealVerb are present-tense verbs of buying and investing that
// headlines put right after their subject.
var presentDealVerb = map[string]bool{"تشتري": true, "يشتري": true, "تستحوذ": true, "يستحوذ": true,
	"تستثمر": true, "يستثمر": true, "تضخ": true, "يضخ": true, "تبيع": true, "يبيع": true, "تقتني": true}

func isAcquisitionWord(t *Token) bool {
	for _, f := range t.Forms {
		if strings.HasPrefix(f, "استحوا") || strings.HasPrefix(f, "استحوذ") || strings.HasPrefix(f, "يستحوذ") || strings.HasPrefix(f, "تستحوذ") {
			return true
		}
	}
	return false
}

// extendByInitials widens a name to the capitalised words before it that
// its bracketed initials spell: "Tarrow Arab Bank (TAB)" is no "Arab Bank".
// A known name so widened is another, unknown company.
func extendByInitials(d *Doc, taken []bool) {
	toks := d.Tokens
	drop := map[int]bool{}
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.To+2 >= len(toks) || toks[m.To].Text != "(" || toks[m.To+2].Text != ")" || toks[m.From].Script != Latin {
			continue
		}
		acr := toks[m.To+1].Text
		own := initials(toks, m.From, m.To)
		n := len(acr) - len(own)
		if n < 1 || n > 2 || m.From-n < 0 || !strings.HasSuffix(acr, own) || strings.ToUpper(acr) != acr {
			continue
		}
		from := m.From - n
		if initials(toks, from, m.From) != acr[:n] || toks[from].Sent != toks[m.From].Sent {
			continue
		}
		// The words before are free, or an unknown name of their own
		// ("Tarrow" before a known "Arab Bank"), which this one absorbs.
		before := -1
		if taken[from] {
			if before = mentionSpanning(d, from, m.From); before < 0 {
				continue
			}
		}
		m.From, m.Lex, m.Cue = from, "", "company-word"
		m.Surface = surface(d, from, m.To, 0)
		m.Key = "?" + foldKey(m.Surface)
		m.Type = model.Company
		if before >= 0 {
			drop[before] = true
		}
	}
	out := d.Mentions[:0]
	for k, m := range d.Mentions {
		if !drop[k] {
			out = append(out, m)
		}
	}
	d.Mentions = out
}

// mentionSpanning is the unknown mention that covers exactly [a, b), or -1.
func mentionSpanning(d *Doc, a, b int) int {
	for k, m := range d.Mentions {
		if m.From == a && m.To == b && m.Lex == "" {
			return k
		}
	}
	return -1
}

// initials are the first letters of capitalised words [a, b), or "" when
// one is not capitalised.
func initials(toks []Token, a, b int) string {
	var sb strings.Builder
	for j := a; j < b; j++ {
		if toks[j].Script != Latin || !toks[j].Upper {
			return ""
		}
		sb.WriteByte(toks[j].Text[0])
	}
	return sb.String()
}

// latinGloss reports a Latin name written right after an Arabic one, past
// its closing quote, with no bracket or joiner: "استحوذت "القابضة" ADQ،".
func latinGloss(d *Doc, a, b Mention, p int) bool {
	return b.From == p && d.Tokens[a.From].Script == Arabic && d.Tokens[b.From].Script == Latin &&
		d.Tokens[b.From].Sent == d.Tokens[a.From].Sent
}

// quotedShort reports a quoted name right after a company's Arabic name:
// its short form, "شركة تلال لإنتاج الأسمدة “تلكو”".
func quotedShort(d *Doc, a, b Mention) bool {
	return b.Cue == "quoted" && b.From == a.To+1 && isQuote(&d.Tokens[a.To]) && d.Tokens[a.From].Script == Arabic &&
		d.Tokens[a.To].Sent == d.Tokens[a.From].Sent && a.Type == model.Company
}

// joinAcronyms makes "شركة القابضة (ADQ)", "Saudi Telecom Company (STC)"
// and "«ذرى» (Dhura)" one entity: a name right before a bracketed name of
// its type is the same.
func joinAcronyms(d *Doc) {
	moved := map[string]string{}
	known := map[string]bool{} // lexicon ids a known short name moves from
	for k := 0; k+1 < len(d.Mentions); k++ {
		a, b := d.Mentions[k], d.Mentions[k+1]
		// "«ذرى للاستثمار» (Dhura Sports Investment)": past the quote.
		p := a.To
		for p < b.From && isQuote(&d.Tokens[p]) {
			p++
		}
		// "Company B.S.C. (ZKIC)": past the designator's full stop.
		if p < b.From && p > 0 && d.Tokens[p].Text == "." && d.Tokens[p-1].End == d.Tokens[p].Start {
			p++
		}
		// ... and quotes inside the brackets: "X ("XY")".
		q, e := p+1, b.To
		for q < b.From && isQuote(&d.Tokens[q]) {
			q++
		}
		for e < len(d.Tokens) && isQuote(&d.Tokens[e]) {
			e++
		}
		// "9z Group (ZZZ.L)": a ticker's exchange letters after the dot.
		if e+2 < len(d.Tokens) && d.Tokens[e].Text == "." && d.Tokens[e+1].Upper && len(d.Tokens[e+1].Text) <= 2 && d.Tokens[e+2].Text == ")" {
			e += 2
		}
		if quotedKnownShort(d, a, b) {
			moved[b.Key], known[b.Key] = a.Key, true
			continue
		}
		bracketed := b.From == q && e < len(d.Tokens) && d.Tokens[p].Text == "(" && d.Tokens[e].Text == ")"
		if !bracketed && !latinGloss(d, a, b, p) && !quotedShort(d, a, b) || a.Key == b.Key || a.Type != b.Type {
			continue
		}
		from, to := a.Key, b.Key
		if a.Lex != "" && b.Lex == "" {
			from, to = b.Key, a.Key
		}
		if strings.HasPrefix(from, "?") {
			moved[from] = to
		}
	}
	if len(moved) == 0 {
		return
	}
	for i := range d.Mentions {
		if to, ok := moved[d.Mentions[i].Key]; ok {
			d.Mentions[i].Key = to
			if known[d.Mentions[i].Lex] {
				d.Mentions[i].Lex = to
			}
		}
	}
}

// quotedKnownShort reports a known name quoted right after another known
// company whose own name opens with it: "شركة تاتا للخدمات الاستشارية
// «تاتا»" is the group's short name, not the namesake the lexicon holds
// for the word alone.
func quotedKnownShort(d *Doc, a, b Mention) bool {
	if a.Lex == "" || b.Lex == "" || a.Lex == b.Lex || b.Cue != "lexicon" || b.From != a.To+1 || !isQuote(&d.Tokens[a.To]) ||
		d.Tokens[a.From].Script != Arabic || d.Tokens[a.To].Sent != d.Tokens[a.From].Sent || a.Type != model.Company || d.lex == nil {
		return false
	}
	e, ok := d.lex.ByID(a.Lex)
	if !ok {
		return false
	}
	short := foldKey(b.Surface) + " "
	for _, n := range append([]string{e.NameAR}, e.Aliases...) {
		if strings.HasPrefix(foldKey(n), short) {
			return true
		}
	}
	return false
}
