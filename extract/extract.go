// Package extract reads people, companies, organisations and the money
// between them from Arabic and English news text.
//
// The work is a pipeline of small stages over one Doc, in the manner of a
// text-analysis chain: normalise and tokenise, split sentences, find entity
// mentions, find money, find relations, then resolve mentions into entities
// with ids that are stable across articles and languages. Each stage is one
// interface, so a new predicate or cue is one file and one test.
package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/extract/norm"
	"github.com/kg-news/kg/extract/relscore"
	"github.com/kg-news/kg/model"
)

// Stage is one step of the pipeline: it reads and enriches the Doc.
type Stage interface {
	Name() string
	Run(d *Doc)
}

// Options configure an Extractor.
type Options struct {
	// LexiconFiles are extra entity files (same TSV format as the built-in one).
	LexiconFiles []string
	// NoProse turns off the English part-of-speech check, for benchmarks.
	NoProse bool
	// Rates override the built-in reference rates (units of a currency per
	// US dollar) used for amount_usd; RatesDate says when they were taken.
	Rates     map[string]float64
	RatesDate string
	// NameModel overrides the embedded name scorer (training, evaluation);
	// NoNameModel turns it off, leaving the rules alone.
	NameModel   *name.Model
	NoNameModel bool
	// OpenNames proposes every capitalised word as a name, also where no
	// context says it is one, and leaves the decision to the name scorer:
	// on whenever a scorer runs; set it with NoNameModel to see (and train
	// on) the proposals a scorer gets.
	OpenNames bool
	// RelScorer overrides the embedded relation scorer (for training and
	// its fold evaluation); NoRelScore turns the scorer off.
	RelScorer  *relscore.Model
	NoRelScore bool
}

// relScoreOn says whether the embedded relation scorer runs by default:
// it stays on only while it improves held-out relation F1 (it does for
// Arabic on all four held-out sets; English's threshold is 0).
const relScoreOn = true

// Extractor runs the pipeline. It is safe for concurrent use.
type Extractor struct {
	stages []Stage
	res    *resolver
}

// New builds an Extractor, loading the lexicon once.
func New(opts Options) (*Extractor, error) {
	lex, err := loadLexicon(opts.LexiconFiles)
	if err != nil {
		return nil, err
	}
	rates := money.DefaultRates()
	for cur, v := range opts.Rates {
		rates.PerUSD[cur] = v
	}
	if opts.RatesDate != "" {
		rates.Date = opts.RatesDate
	}
	x := &Extractor{res: &resolver{lex: lex, rates: rates, names: opts.NameModel}}
	if x.res.names == nil && !opts.NoNameModel {
		x.res.names = name.Default()
	}
	x.stages = []Stage{
		tokenStage{},
		sentenceStage{},
		&mentionStage{lex: lex, prose: !opts.NoProse, open: opts.OpenNames || x.res.names != nil, titleKeys: arTitleKeysOf(lex)},
		moneyStage{},
		relationStage{},
	}
	if m := opts.RelScorer; m != nil || relScoreOn && !opts.NoRelScore {
		if m == nil {
			m = relscore.Default()
		}
		x.stages = append(x.stages, relScoreStage{m: m})
	}
	return x, nil
}

// chunkSize bounds the text read as one piece: news articles are far
// shorter, and a huge input (a dump, 50 MB of text) is read piece by piece
// so that time stays linear and memory bounded.
const chunkSize = 64 << 10

// Extract reads one article. It never panics on any text. Entities whose
// id or name is too long to be a name are dropped (see MaxNameRunes).
func (x *Extractor) Extract(a model.Article) model.Document {
	return bound(x.extract(a))
}

// Zero-width and bidi control characters are removed from the text and
// title first (norm.StripControls): whatever reader the article came from,
// they would cut names or make look-alikes of them.
func (x *Extractor) extract(a model.Article) model.Document {
	a.Text, a.Title = norm.StripControls(a.Text), norm.StripControls(a.Title)
	if len(a.Text) <= chunkSize {
		return x.extractOne(a)
	}
	var out model.Document
	seenEnt := map[string]int{}
	seenRel := map[string]bool{}
	for _, part := range chunks(a.Text, chunkSize) {
		b := a
		b.Text = part
		doc := x.extractOne(b)
		if out.Article.ID == "" {
			out.Article = doc.Article
			out.Article.Text = ""
			out.Entities = []model.Entity{}
			out.Relations = []model.Relation{}
		}
		for _, e := range doc.Entities {
			if k, ok := seenEnt[e.ID]; ok {
				out.Entities[k].Mentions = appendNew(out.Entities[k].Mentions, e.Mentions...)
				continue
			}
			seenEnt[e.ID] = len(out.Entities)
			out.Entities = append(out.Entities, e)
		}
		for _, r := range doc.Relations {
			if !seenRel[r.Key()] {
				seenRel[r.Key()] = true
				out.Relations = append(out.Relations, r)
			}
		}
	}
	return out
}

func (x *Extractor) extractOne(a model.Article) model.Document {
	d := newDoc(a)
	d.lex = x.res.lex
	for _, s := range x.stages {
		s.Run(d)
	}
	return x.res.resolve(d)
}

// chunks cuts text into pieces of at most n bytes, at paragraph breaks
// where it can, else at a line or space, never inside a UTF-8 character.
func chunks(text string, n int) []string {
	var out []string
	for len(text) > n {
		cut := strings.LastIndex(text[:n], "\n\n")
		if cut < n/2 {
			cut = strings.LastIndexByte(text[:n], '\n')
		}
		if cut < n/2 {
			cut = strings.LastIndexByte(text[:n], ' ')
		}
		if cut < n/2 {
			cut = n
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out = append(out, text[:cut])
		text = text[cut:]
	}
	return append(out, text)
}

// Candidates returns the entities the rules propose for one article, with
// their name-scorer features, whatever the scorer decides (training).
func (x *Extractor) Candidates(a model.Article) []NameCandidate {
	var out []NameCandidate
	res := *x.res
	res.record = func(c NameCandidate) { out = append(out, c) }
	d := newDoc(a)
	d.lex = res.lex
	for _, s := range x.stages {
		s.Run(d)
	}
	res.resolve(d)
	return out
}
