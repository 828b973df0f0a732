package extract

import (
	"fmt"
	"strings"

	"github.com/kg-news/kg/extract/lang"
)

// The entity finder's vocabulary, read through the Language interface from
// each language's names.tsv. Arabic and English rules stay apart: a Latin
// word in Arabic text is not an Arabic stop word. The variables are named
// after the language so that a rule reads ar.CompanyCues[k].
var (
	ar = newArabicWords(language("ar"))
	en = newEnglishWords(language("en"))
)

// arabicWords are the Arabic lists (lang/ar/names.tsv); keys are folded as
// norm.Key folds the tokens.
type arabicWords struct {
	lang                lang.Language
	Function            map[string]bool   // end any name, even an organisation's long one
	Stop                map[string]bool   // never start a company name, and end one
	CompanyCues         map[string]bool   // introduce a company: "شركة كستريل"
	StrongCompanyCues   map[string]bool   // a definite name may follow: "مجموعة الريان"
	BankCues            map[string]bool   // a bank by a definite noun and its adjective
	Anaphors            map[string]bool   // definite nouns pointing back at a company
	BackRefs            map[string]string // word -> the back-reference rule ("latter")
	CueAdjectives       map[string]bool   // a cue's description, not a name: "شركة خاصة"
	Descriptors         map[string]bool   // between a cue and the name
	CompanySuffixes     map[string]bool   // legal forms and words ending a company name
	OrgCues             map[string]bool   // introduce a government body, university ...
	PersonTitles        map[string]bool   // before a person's name
	NameJoiners         map[string]bool   // inside person names: بن, عبد
	AmbiguousGivenNames map[string]bool   // first names that are everyday words
	CompoundGivenHeads  map[string]bool   // open a compound first name: عبد
	Months              map[string]bool   // month names
	Quantifiers         map[string]bool   // stand where a name could: "كامل"
	TitleModifiers      map[string]bool   // follow a title: "المشارك", "بالإنابة"
	BoardWords          map[string]bool   // مجلس الإدارة is a board, not a body
	OrgAdjectives       map[string]bool   // make a cue's name a public body: "المركزي"
	RivalWords          []string          // describe a deal's target: "منافستها الأصغر"
	UnitHeads           map[string]bool   // after a known name, make another company: "نخيل فنتشرز"
}

func newArabicWords(l lang.Language) *arabicWords {
	s := func(name string) map[string]bool { return languageSet(l, name) }
	return &arabicWords{
		lang: l, Function: s("function-words"), Stop: s("stop-words"),
		CompanyCues: s("company-cues"), StrongCompanyCues: s("strong-company-cues"),
		BankCues: s("bank-cues"), Anaphors: s("anaphors"), BackRefs: languagePairs(l, "back-refs"),
		CueAdjectives: s("cue-adjectives"), Descriptors: s("descriptors"),
		CompanySuffixes: s("legal-forms"), OrgCues: s("org-cues"), PersonTitles: s("person-titles"),
		NameJoiners: s("name-joiners"), AmbiguousGivenNames: s("ambiguous-given-names"),
		CompoundGivenHeads: s("compound-given-heads"),
		Months:             s("months"), Quantifiers: s("quantifiers"),
		TitleModifiers: s("title-modifiers"), BoardWords: s("board-words"),
		OrgAdjectives: s("org-adjectives"), RivalWords: l.Words("rival-words"), UnitHeads: s("unit-heads"),
	}
}

// rival reports a word that describes a deal's target, or begins with one
// ("منافستها").
func (a *arabicWords) rival(w string) bool {
	for _, r := range a.RivalWords {
		if strings.HasPrefix(w, r) {
			return true
		}
	}
	return false
}

// Variants are the readings of a folded word with its proclitics removed,
// the word itself first (Language.Variants).
func (a *arabicWords) Variants(w string) ([]string, []int) { return a.lang.Variants(w) }

// IsFunction reports whether the folded word k is a function word, allowing
// for a glued و.
func (a *arabicWords) IsFunction(k string) bool {
	return a.Function[k] || strings.HasPrefix(k, "و") && a.Function[strings.TrimPrefix(k, "و")]
}

// IsStop reports whether the folded word k is a stop word or an anaphor,
// allowing for a glued و or ب/ل.
func (a *arabicWords) IsStop(k string) bool {
	if a.Stop[k] || a.Anaphors[k] {
		return true
	}
	forms, _ := a.Variants(k)
	for _, f := range forms[1:] {
		// A stop word takes no article: "العلي" is a name, not على.
		if a.Stop[f] && !strings.HasSuffix(strings.TrimSuffix(k, f), "ال") {
			return true
		}
	}
	return false
}

// HasTanween reports whether a word carries tanween (ً ٌ ٍ): an indefinite
// common word ("أهدافاً", "ضغوطاً"), never a name.
func (a *arabicWords) HasTanween(raw string) bool {
	return strings.ContainsAny(raw, "\u064b\u064c\u064d")
}

// HasVowelMarks reports short-vowel marks (fatha, damma, kasra, shadda,
// sukun) written on a word.
func (a *arabicWords) HasVowelMarks(raw string) bool {
	return strings.ContainsAny(raw, "\u064e\u064f\u0650\u0651\u0652")
}

// englishWords are the English lists (lang/en/names.tsv), lower case.
type englishWords struct {
	Stop                map[string]bool // capitalised words that are no names
	Months              map[string]bool // months and days
	CompanyWords        map[string]bool // legal forms and words of company names
	NameAdjectives      map[string]bool // stop words that open a company name
	NameOpeners         map[string]bool // stop words that open a name inside a sentence
	NameFinals          map[string]bool // stop words that close a name of several words
	UnitHeads           map[string]bool // after a known name, make another company: "Acme Bank"
	NotCompanyHeads     map[string]bool // "the X brand", "the X family": X is no company
	DocumentHeads       map[string]bool // "Merger Agreement": a document, no company
	OpenerBefore        map[string]bool // the words before a party that a name opener may follow
	PlaceHeads          map[string]bool // end or follow a place's name
	Designators         map[string]bool // legal forms proper: Co, Inc, PJSC
	ShortFormTails      map[string]bool // words a short form drops: "Acme" for Acme Holding
	ProductMakers       map[string]bool // "maker of" a product
	ProductNouns        map[string]bool // follow a product's name
	OrgWords            map[string]bool // governments, agencies, universities ...
	OrgOverridesCompany map[string]bool // make an Authority or Office a business
	NameJoiners         map[string]bool // inside a name: of, bin, al
	PersonTitles        map[string]bool // before a person's name
	Honorifics          map[string]bool // before a person's name alone: "Mr. Theobald"
	TitleParts          map[string]bool // open a title of several words: "chief"
	DigitUnits          map[string]bool // glued to digits, no name: "5km", "2nd"
	CompanyNouns        map[string]bool // describe a company in apposition
	AppositionTitles    map[string]bool // head a title phrase after a name
	AppositionFiller    map[string]bool // between the comma and the title
	PersonPlurals       map[string]bool // "founders X"
	PersonVerbs         map[string]bool // "founded by X"
	PersonCopulas       map[string]bool // "X is the chief executive of"
	CompanyOnlyVerbs    map[string]bool // "acquired X"
}

func newEnglishWords(l lang.Language) *englishWords {
	s := func(name string) map[string]bool { return languageSet(l, name) }
	return &englishWords{
		Stop: s("stop-words"), Months: s("months"), CompanyWords: s("legal-forms"),
		NameAdjectives: s("name-adjectives"), NameOpeners: s("name-openers"), NameFinals: s("name-finals"), UnitHeads: s("unit-heads"), NotCompanyHeads: s("not-company-heads"), DocumentHeads: s("document-heads"), OpenerBefore: s("opener-before"), PlaceHeads: s("place-heads"), Designators: s("designators"), ShortFormTails: s("short-form-tails"),
		ProductMakers: s("product-makers"), ProductNouns: s("product-nouns"),
		OrgWords: s("org-cues"), OrgOverridesCompany: s("org-overrides-company"),
		NameJoiners: s("name-joiners"), PersonTitles: s("person-titles"), Honorifics: s("honorifics"), TitleParts: s("title-parts"),
		DigitUnits:       s("digit-units"),
		CompanyNouns:     s("company-nouns"),
		AppositionTitles: s("apposition-titles"), AppositionFiller: s("apposition-filler"),
		PersonPlurals: s("person-plurals"), PersonVerbs: s("person-verbs"), PersonCopulas: s("person-copulas"),
		CompanyOnlyVerbs: s("company-only-verbs"),
	}
}

// language is the language of languages with the code.
func language(code string) lang.Language {
	for _, l := range languages {
		if l.Code() == code {
			return l
		}
	}
	panic("extract: no language " + code)
}

// languageSet is one language's word list as a set; a missing list is a
// build defect.
func languageSet(l lang.Language, name string) map[string]bool {
	ws := l.Words(name)
	if ws == nil {
		panic(fmt.Sprintf("extract: language %s has no word list %q", l.Code(), name))
	}
	return setOf(ws)
}

// languagePairs reads one language's list of word=value pairs as a map.
func languagePairs(l lang.Language, name string) map[string]string {
	m := map[string]string{}
	for _, wv := range l.Words(name) {
		w, v, ok := strings.Cut(wv, "=")
		if !ok {
			panic(fmt.Sprintf("extract: %s word list %q: bad pair %q", l.Code(), name, wv))
		}
		m[w] = v
	}
	if len(m) == 0 {
		panic(fmt.Sprintf("extract: language %s has no word list %q", l.Code(), name))
	}
	return m
}
