package extract

import (
	"strconv"

	"github.com/kg-news/kg/extract/relscore"
)

// relScoreStage is the last relation stage: a learned scorer
// (extract/relscore) weighs each candidate the rules proposed, by general
// evidence only (which reader proposed it, distance, position, the
// arguments' cues and types, money, how crowded the sentence is), and
// drops those below its threshold.
type relScoreStage struct{ m *relscore.Model }

func (relScoreStage) Name() string { return "relation-score" }

func (st relScoreStage) Run(d *Doc) {
	if st.m.KeepsAll(d.Lang) {
		return
	}
	ctx := newRelContext(d)
	out := d.Relations[:0]
	for _, r := range d.Relations {
		if st.m.Keep(d.Lang, relFeatures(d, ctx, r)) {
			out = append(out, r)
		}
	}
	d.Relations = out
}

// relContext counts, once per document, what the features of every
// candidate share.
type relContext struct {
	perSent  map[int]int    // candidates read in each sentence
	asArg    map[string]int // candidates each entity key is an argument of
	asSubj   map[string]int
	asObj    map[string]int
	mentions map[string]int // mentions of each entity key
}

func newRelContext(d *Doc) relContext {
	c := relContext{perSent: map[int]int{}, asArg: map[string]int{}, asSubj: map[string]int{}, asObj: map[string]int{}, mentions: map[string]int{}}
	for _, r := range d.Relations {
		c.perSent[r.Sent]++
		c.asArg[r.Subj]++
		c.asArg[r.Obj]++
		c.asSubj[r.Subj]++
		c.asObj[r.Obj]++
	}
	for _, m := range d.Mentions {
		c.mentions[m.Key]++
	}
	return c
}

// rangeBucket names the range n falls in, of the bounds given ("le2", "gt20").
func rangeBucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return "le" + strconv.Itoa(b)
		}
	}
	return "gt" + strconv.Itoa(bounds[len(bounds)-1])
}

// nearestPair finds the mentions of the subject and object nearest each
// other in the relation's sentence; -1 when one is not there (a topic or
// a back reference filled it).
func nearestPair(d *Doc, r Rel) (int, int) {
	if r.Sent >= len(d.Sentences) {
		return -1, -1
	}
	ms := mentionsIn(d, d.Sentences[r.Sent])
	bs, bo, best := -1, -1, 1<<30
	for _, a := range ms {
		if d.Mentions[a].Key != r.Subj {
			continue
		}
		for _, b := range ms {
			if d.Mentions[b].Key != r.Obj {
				continue
			}
			if dist := abs(d.Mentions[a].From - d.Mentions[b].From); dist < best {
				bs, bo, best = a, b, dist
			}
		}
	}
	if bs < 0 {
		for _, a := range ms {
			if bs < 0 && d.Mentions[a].Key == r.Subj {
				bs = a
			}
			if bo < 0 && d.Mentions[a].Key == r.Obj {
				bo = a
			}
		}
	}
	return bs, bo
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// relFeatures are the candidate's features. They name no entity: only the
// reader, predicate, language, positions, cues and counts.
func relFeatures(d *Doc, c relContext, r Rel) []string {
	p := r.Pred + "|"
	f := make([]string, 0, 40)
	add := func(s string) { f = append(f, s, p+s) }
	f = append(f, "bias")
	add("lang=" + d.Lang)
	add("via=" + r.Via)
	add("status=" + r.Status)
	add("sent=" + rangeBucket(r.Sent, 0, 1, 2, 4, 8))
	add("persent=" + rangeBucket(c.perSent[r.Sent], 1, 2, 4, 8))
	add("subjargs=" + rangeBucket(c.asArg[r.Subj], 1, 2, 4, 8))
	add("objargs=" + rangeBucket(c.asArg[r.Obj], 1, 2, 4, 8))
	add("subjasobj=" + strconv.FormatBool(c.asObj[r.Subj] > 0))
	add("objassubj=" + strconv.FormatBool(c.asSubj[r.Obj] > 0))
	add("subjment=" + rangeBucket(c.mentions[r.Subj], 1, 2, 4))
	add("objment=" + rangeBucket(c.mentions[r.Obj], 1, 2, 4))
	f = append(f, p+"lang="+d.Lang+"|via="+r.Via)
	f = append(f, moneyFeatures(d, r, p)...)
	f = append(f, argFeatures(d, r, p)...)
	return f
}

func moneyFeatures(d *Doc, r Rel, p string) []string {
	mo := r.Money
	if mo == nil {
		return []string{"money=none", p + "money=none"}
	}
	kind := "plain"
	switch {
	case mo.PerShare:
		kind = "pershare"
	case mo.Low > 0:
		kind = "range"
	case mo.UpTo:
		kind = "upto"
	case mo.Approx:
		kind = "approx"
	}
	out := []string{"money=yes", p + "money=yes", p + "moneykind=" + kind}
	if r.Sent < len(d.Sentences) {
		s := d.Sentences[r.Sent]
		from := s.Start
		if mo.Start < s.Start || mo.Start >= s.End {
			out = append(out, p+"money=othersent")
			from = max(0, mo.Start-40)
		}
		if isValueFigure(d, mo, from) {
			out = append(out, p+"money=valuefig")
		}
		out = append(out, p+"moneyinsent="+rangeBucket(len(moneyIn(d, s.Start, s.End)), 1, 2, 3))
	}
	return out
}

// argFeatures describe the two argument mentions: their cues, types,
// lengths, order and distance.
func argFeatures(d *Doc, r Rel, p string) []string {
	a, b := nearestPair(d, r)
	out := make([]string, 0, 16)
	arg := func(role string, k int) {
		if k < 0 {
			out = append(out, p+role+"=outside")
			return
		}
		m := d.Mentions[k]
		out = append(out, p+role+"cue="+m.Cue, p+role+"type="+m.Type, role+"cue="+m.Cue,
			p+role+"len="+rangeBucket(m.To-m.From, 1, 2, 3), p+role+"lex="+strconv.FormatBool(m.Lex != ""))
	}
	arg("subj", a)
	arg("obj", b)
	if a < 0 || b < 0 {
		return out
	}
	ma, mb := d.Mentions[a], d.Mentions[b]
	order := "so"
	gap := mb.From - ma.To
	if mb.From < ma.From {
		order, gap = "os", ma.From-mb.To
	}
	between := 0
	for _, k := range mentionsIn(d, d.Sentences[r.Sent]) {
		m := d.Mentions[k]
		if m.From >= min(ma.To, mb.To) && m.To <= max(ma.From, mb.From) {
			between++
		}
	}
	out = append(out, p+"order="+order, p+"gap="+rangeBucket(gap, 1, 3, 6, 10, 20), p+order+"gap="+rangeBucket(gap, 1, 3, 6, 10, 20),
		p+"between="+rangeBucket(between, 0, 1, 3), p+"viaorder="+r.Via+"|"+order)
	return out
}
