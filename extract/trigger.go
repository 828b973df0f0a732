package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kg-news/kg/extract/lang"
)

// A trigger is a word that announces a predicate: a verb or noun of buying,
// bidding, investing, founding, or a title. Its rows live in
// extract/lang/LANG/triggers.tsv; each names its frame and its guards. A
// trigger word is read in three steps (readTrigger):
//
//  1. the row's guards, in the registry's order (triggerGuards): the first
//     that applies decides: it vetoes the reading, changes the predicate,
//     or reads the relation itself;
//  2. the frame readers (triggerReaders), shapes of one predicate family
//     ("paid for", "X's $5bn buyout", "التي أسسها");
//  3. the language's slot finder (enSlots, arSlots) and finish.
type trigger struct {
	via     string // provenance name: "trigger:"+via
	pred    string
	noun    bool // a noun: "acquisition of", "استحواذ X على"
	status  string
	reverse bool     // a sale: the buyer comes after "to"/"إلى"
	guards  []*guard // in registry order
}

// trig is one trigger word being read.
type trig struct {
	d      *Doc
	si, i  int
	s      Sentence
	t      *Token
	tr     *trigger
	ms     []int // the sentence's parties (cited sources left out)
	folded string
	w      string // the token's folded word
	ar     bool   // Arabic script
	pred   string // the predicate; a guard may change it
}

func (c *trig) tok(j int) string { return tok(c.d, c.s, j) }

// lastForm is the word with every clitic off.
func (c *trig) lastForm() string { return c.t.Forms[len(c.t.Forms)-1] }

// verdict is what a guard decided.
type verdict int

const (
	pass verdict = iota // the guard does not apply: try the next one
	stop                // the reading ends here with the guard's relations (none: a veto)
	goOn                // the guard applied (it may have changed the predicate): on to the readers
)

// guard is a named check of a trigger row.
type guard struct {
	name, words string
	fn          func(c *trig) ([]Rel, verdict)
}

// reader is a frame-specific way of reading a trigger; ok reports that it
// read (or refused) the trigger, so later readers do not run.
type reader struct {
	name string
	fn   func(c *trig) (rels []Rel, ok bool)
}

// triggerTable is one script's trigger rows, by word.
type triggerTable struct {
	rows     []trigger
	exact    map[string]int
	prefixes []struct {
		stem string
		k    int
	}
}

// triggerTables are by script, each the rows of the languages written in
// it, in the order of languages: a Latin word in Arabic text reads as
// English.
var triggerTables = func() (out [Punct + 1]*triggerTable) {
	for _, l := range languages {
		sc, ok := scriptOf[l.Code()]
		if !ok {
			panic("extract: language " + l.Code() + " has no script in scriptOf")
		}
		if out[sc] == nil {
			out[sc] = &triggerTable{exact: map[string]int{}}
		}
		if err := out[sc].add(l); err != nil {
			panic(err) // embedded data: a bad row is a build defect
		}
	}
	return out
}()

// scriptOf is the script each language's words are written in.
var scriptOf = map[string]int{"en": Latin, "ar": Arabic}

var kindOf = map[string]struct{ noun, reverse bool }{"verb": {}, "noun": {noun: true}, "sale": {reverse: true}}

// add appends a language's trigger rows; a word already in the table keeps
// its first row.
func (t *triggerTable) add(l lang.Language) error {
	byName := map[string]int{}
	for k, g := range triggerGuards {
		byName[g.name] = k
	}
	for _, row := range l.Triggers() {
		def, ok := frames[row.Frame]
		if !ok {
			return fmt.Errorf("%s: unknown frame %q", row.Line, row.Frame)
		}
		tr := trigger{via: row.Via, pred: def.pred, noun: kindOf[row.Kind].noun, reverse: kindOf[row.Kind].reverse}
		if row.Status != "-" {
			tr.status = row.Status
		}
		var idx []int
		for _, g := range row.Guards {
			k, ok := byName[g]
			if !ok {
				return fmt.Errorf("%s: unknown guard %q", row.Line, g)
			}
			idx = append(idx, k)
		}
		sort.Ints(idx)
		for _, k := range idx {
			tr.guards = append(tr.guards, &triggerGuards[k])
		}
		k := len(t.rows)
		t.rows = append(t.rows, tr)
		for _, f := range row.Forms {
			if strings.HasSuffix(f, "*") {
				t.prefixes = append(t.prefixes, struct {
					stem string
					k    int
				}{f[:len(f)-1], k})
			} else if _, dup := t.exact[f]; !dup {
				t.exact[f] = k
			}
		}
	}
	return nil
}

// triggerAt returns the trigger whose form matches token t.
func triggerAt(t *Token) *trigger {
	if t.Script < 0 || t.Script >= len(triggerTables) {
		return nil
	}
	ix := triggerTables[t.Script]
	if ix == nil {
		return nil
	}
	for _, w := range t.Forms {
		if k, ok := ix.exact[w]; ok {
			return &ix.rows[k]
		}
		for _, p := range ix.prefixes {
			if strings.HasPrefix(w, p.stem) {
				return &ix.rows[p.k]
			}
		}
	}
	return nil
}

// readTrigger fills the slots of the trigger at token i. c is scratch
// space the caller reuses (a trig passed to the guards through a function
// value would otherwise be allocated per trigger).
func readTrigger(c *trig, d *Doc, si, i int, tr *trigger, ms []int, folded string) []Rel {
	ms = partiesOnly(d, ms)
	if isInsideMention(d, ms, i) {
		return nil
	}
	t := &d.Tokens[i]
	*c = trig{d: d, si: si, i: i, s: d.Sentences[si], t: t, tr: tr, ms: ms, folded: folded, w: t.Norm, ar: t.Script == Arabic, pred: tr.pred}
	for _, g := range tr.guards {
		rels, v := g.fn(c)
		if v == stop {
			return rels
		}
		if v == goOn {
			break
		}
	}
	for _, r := range triggerReaders {
		if rels, ok := r.fn(c); ok {
			return rels
		}
	}
	return readSlots(c)
}

// finish fills the trigger's relations from the subject and object found.
func (c *trig) finish(subj, obj int) []Rel {
	return finish(c.d, c.si, c.i, c.tr, c.pred, c.folded, subj, obj)
}
