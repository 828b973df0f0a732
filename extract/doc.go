package extract

import (
	"strings"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"

	"github.com/kg-news/kg/extract/lexicon"
	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/model"
)

// Script of a token.
const (
	Latin = iota + 1
	Arabic
	Digit
	Punct
)

// Token is a word, number or punctuation mark with its byte offsets into
// the article text, so that anything found later points back at the text.
type Token struct {
	Start, End int
	Text       string
	Norm       string // norm.Key of Text
	Script     int
	Upper      bool // Latin word starting with a capital letter
	SentStart  bool // first word of its sentence
	Sent       int  // index of its sentence
	// Forms are the ways to read the word with Arabic clitics removed
	// (Forms[0] == Norm), Prefix the letters each one drops.
	Forms  []string
	Prefix []int
}

// Sentence is a span of tokens [From, To) and of bytes [Start, End).
type Sentence struct {
	Start, End int
	From, To   int
}

// Mention is a span of tokens [From, To) naming an entity.
type Mention struct {
	From, To int
	Type     string
	// Key groups mentions of one entity: a lexicon id, or "?"+name key.
	Key string
	// Surface is the text as written, minus clitics.
	Surface string
	// Lex is set when the lexicon knows the entity.
	Lex string
	// Cue says why it was taken (lexicon, title, company-word, ...).
	Cue string
	// Ctx is the context evidence of a lone capitalised word (a feature
	// of the name scorer): repeated, company-noun, deal-arg, list, tagged,
	// short-form; weak when there is none and only the scorer keeps it.
	Ctx string
	// Aliases are other spellings of the name this mention shows: the
	// name with its cue word ("مجموعة الكستريلي" for الكستريلي), the name
	// without its descriptive tail ("مناجم الفوسفات").
	Aliases []string
}

// Doc is the working state of one article as it flows through the stages.
type Doc struct {
	Article   model.Article
	Text      string
	Lang      string
	Tokens    []Token
	Sentences []Sentence
	Mentions  []Mention
	Money     []money.Mention
	Relations []Rel
	// lex answers place questions for the relation stage.
	lex *lexicon.Lexicon
	// lower holds the Latin words written in lower case (namefeat.go).
	lower map[string]bool
	// before memoises wordsBefore by byte span: the amount readers ask for
	// the same words several times per trigger.
	before map[[2]int]string
	// valueFig memoises isValueFigure by amount start and sentence start.
	valueFig map[[2]int]bool
	// folded memoises foldedSpan: the relation readers and guards fold the
	// same sentence once for each cue list they check.
	folded map[[2]int]string
	// frameRels are the frame rows' relations read so far in the relation
	// stage (kept apart from the triggers' until the stage ends).
	frameRels []Rel
	// gapW is each token's weight in a frame row's gap (gapWeight).
	gapW []uint8
	// heads and headSubj memoise headlines and headlineSubject for the
	// mentions they were computed on (headMentions of them).
	heads        map[int]bool
	headSubj     string
	headMentions int
}

// foldedSpan is joinNorm of tokens [from, to), computed once per span. It
// is asked for only once the tokens are final (relations and later).
func (d *Doc) foldedSpan(from, to int) string {
	k := [2]int{from, to}
	if s, ok := d.folded[k]; ok {
		return s
	}
	if d.folded == nil {
		d.folded = map[[2]int]string{}
	}
	s := joinNorm(d.Tokens, from, to)
	d.folded[k] = s
	return s
}

// Rel is a relation found between two mentions' entities.
type Rel struct {
	Subj, Obj string // entity keys (Mention.Key)
	Pred      string
	Money     *money.Mention
	Status    string
	Conf      float64
	Sent      int
	// Via names the reader that proposed it (a frame family and its
	// argument finders, or a trigger), a feature of the relation scorer.
	Via string
	// Intent: a purchase read as planned or sought (intent.go).
	Intent bool
}

func newDoc(a model.Article) *Doc {
	// Bad bytes become U+FFFD so names and evidence stay valid UTF-8;
	// offsets then refer to the repaired text.
	if !utf8.ValidString(a.Text) {
		a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	}
	// Text copied from PDFs writes Arabic in presentation forms ("ﺷرﻛﺔ" is
	// شركة, "ﻟﻸ" two letters): compatibility decomposition gives the
	// letters back.
	if hasPresentationForms(a.Text) {
		a.Text = unorm.NFKC.String(a.Text)
	}
	a.Text = blankMarkup(a.Text)
	return &Doc{Article: a, Text: a.Text}
}

// hasPresentationForms reports Arabic presentation forms in s (U+FB50 to
// U+FDFF, U+FE70 to U+FEFF).
func hasPresentationForms(s string) bool {
	for _, r := range s {
		if r >= 0xfb50 && r <= 0xfdff || r >= 0xfe70 && r <= 0xfefe {
			return true
		}
	}
	return false
}
