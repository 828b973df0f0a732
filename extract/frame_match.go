package extract

import (
	"strings"

	"github.com/kg-news/kg/model"
)

// frameMatch is one row matched in a sentence: the mentions in its slots and
// the token span it covers.
type frameMatch struct {
	row       *frameRow
	anchor    int
	from, to  int // tokens [from, to) the match covers
	subj, obj []int
	listFrom  int // first token of the list read after the anchor, or -1
	// targets are the objects other matches of the sentence name.
	targets map[string]bool
}

// spanMap tells which mention starts or ends at a token of one sentence.
type spanMap struct {
	startAt, endAt tokenMentions
}

// tokenMentions maps a token index to a mention index: a small sorted list,
// as a sentence holds few mentions.
type tokenMentions []struct{ tok, k int }

func (t tokenMentions) at(i int) (int, bool) {
	for _, e := range t {
		if e.tok == i {
			return e.k, true
		}
	}
	return -1, false
}

func newSpanMap(d *Doc, ms []int) spanMap {
	var sp spanMap
	for _, k := range ms {
		m := d.Mentions[k]
		if _, ok := sp.startAt.at(m.From); !ok {
			sp.startAt = append(sp.startAt, struct{ tok, k int }{m.From, k})
		}
		sp.endAt.set(m.To, k) // the last mention ending here
	}
	return sp
}

func (t *tokenMentions) set(i, k int) {
	for n := range *t {
		if (*t)[n].tok == i {
			(*t)[n].k = k
			return
		}
	}
	*t = append(*t, struct{ tok, k int }{i, k})
}

// matcher walks one row's elements over one sentence.
type matcher struct {
	d    *Doc
	s    Sentence
	sp   spanMap
	m    frameMatch
	slot func(byte, Mention) bool
}

// slotType says which mentions may fill a slot: P a person, S any party,
// O a company (or an organisation, for titles and founders).
func slotType(pred string) func(byte, Mention) bool {
	return func(c byte, m Mention) bool {
		switch c {
		case 'P':
			return m.Type == model.Person
		case 'O':
			if pred == model.CEOOf || pred == model.Founded {
				return m.Type == model.Company || m.Type == model.Organization
			}
			return m.Type == model.Company
		}
		return m.Type == model.Company || m.Type == model.Organization || m.Type == model.Person
	}
}

func (x *matcher) record(e elem, ks []int) {
	if e.slot == 'O' {
		x.m.obj = append(x.m.obj, ks...)
	} else {
		x.m.subj = append(x.m.subj, ks...)
	}
}

// fwd matches els from token p rightwards; it returns the token after the
// match, or -1.
func (x *matcher) fwd(els []elem, p int) int {
	if len(els) == 0 {
		return p
	}
	e := els[0]
	switch e.kind {
	case elWord:
		if p < x.s.To && e.wordOK(&x.d.Tokens[p]) {
			if q := x.fwd(els[1:], p+1); q >= 0 {
				return q
			}
		}
		if e.opt {
			return x.fwd(els[1:], p)
		}
		return -1
	case elSkip:
		skipped := 0
		for q := p; q < x.s.To; q++ {
			if q > p {
				if _, name := x.sp.startAt.at(q - 1); name && !e.names {
					return -1
				}
				if skipped += x.gapWeight(e, q-1); skipped > e.n {
					return -1
				}
			}
			if r := x.fwd(els[1:], q); r >= 0 {
				return r
			}
		}
		return -1
	}
	ks, end := x.listFwd(e, p)
	if len(ks) == 0 {
		return -1
	}
	r := x.fwd(els[1:], end)
	if r >= 0 {
		x.record(e, ks)
		x.m.listFrom = p
	}
	return r
}

// listFwd reads a mention (or a list of them) starting at token p, past
// opening quotes.
func (x *matcher) listFwd(e elem, p int) ([]int, int) {
	for p < x.s.To && isQuote(&x.d.Tokens[p]) {
		p++
	}
	p = x.pastDescription(p)
	k, ok := x.sp.startAt.at(p)
	if ok && !x.slot(e.slot, x.d.Mentions[k]) {
		k, ok = x.pastOtherName(e, k)
	}
	if !ok {
		return nil, -1
	}
	k = x.pastBacker(x.pastTitleName(k), e.slot)
	ks := []int{k}
	end := x.d.Mentions[k].To
	for e.list && !reported(x.d, x.s, end) {
		next := -1
		for q := end; q <= end+6 && q < x.s.To; q++ {
			if n, ok := x.sp.startAt.at(q); ok {
				next = n
				break
			}
		}
		if n, e, ok := x.pastEmployer(ks[len(ks)-1], next); ok {
			end, next = e, n
		}
		if next < 0 || !x.slot(e.slot, x.d.Mentions[next]) || !listGlue(x.d, end, x.d.Mentions[next].From) && !x.twin(ks[len(ks)-1], next) ||
			opensClause(x.d, x.s, x.d.Mentions[next]) {
			break
		}
		next = x.pastBacker(x.pastTitleName(next), e.slot)
		if x.twin(ks[len(ks)-1], next) {
			ks = append(ks, next)
			end = x.d.Mentions[next].To
			continue
		}
		if reported(x.d, x.s, x.d.Mentions[next].To) {
			break // "..., TechCrunch reports": the outlet, not a member
		}
		ks = append(ks, next)
		end = x.d.Mentions[next].To
	}
	for end < x.s.To && isQuote(&x.d.Tokens[end]) {
		end++
		end = quotedTail(x.d, end, x.s.To)
	}
	return ks, end
}

// quotedTail skips the words a quoted Arabic name carries after its
// closing mark, a company word and a nationality: "«سدرة» القابضة
// الإماراتية حصة 20%". It returns the token after them.
func quotedTail(d *Doc, p, to int) int {
	for p < to && d.Tokens[p].Script == Arabic {
		w := d.Tokens[p].Norm
		if kind, ok := d.lex.Place(w); !ar.CompanySuffixes[w] && !(ok && kind == "nationality" && strings.HasPrefix(w, "ال")) {
			break
		}
		p++
	}
	return p
}

// opensClause reports a name a deal verb follows: the subject of a clause
// of its own, no list member ("Harlow Buys Zentrix, Quarry Raises $5M").
func opensClause(d *Doc, s Sentence, m Mention) bool {
	if m.To >= s.To {
		return false
	}
	t := &d.Tokens[m.To]
	tr := triggerAt(t)
	return tr != nil && !tr.noun || raiseCues[t.Norm] && !roundNounsBoth[t.Norm]
}

// listGlue reports whether tokens [a, b) join two list members: commas,
// "and", quotes, nothing before a glued "و", or a separator and a short
// lower-case description ("and investment firm B").
func listGlue(d *Doc, a, b int) bool {
	if a == b {
		return d.Tokens[b].Script == Arabic && len(d.Tokens[b].Prefix) > 0 && hasPrefixWaw(d.Tokens[b].Norm)
	}
	if onlyJoiners(d, a, b) || possessiveDescriber(d, a, b) {
		return true
	}
	// "A, The Luxury Shop and B": a member's own article.
	if b-1 > a && articles[d.Tokens[b-1].Norm] && d.Tokens[b-1].Script == Latin && onlyJoiners(d, a, b-1) {
		return true
	}
	if !listSeparators[d.Tokens[a].Norm] {
		return false
	}
	j := a + 1
	if andWord[tok2(d, j)] {
		j++
	}
	return j < b && b-j <= 6 && describesOrAdjective(d, j, b)
}

// pastEmployer skips a person member's title and employer ("Jane Roe,
// Director at Kestrel, Tom Berger"): the member after them, which must
// follow a comma or "and". It returns that member and the end of the
// employer, where the glue to it starts.
func (x *matcher) pastEmployer(last, next int) (int, int, bool) {
	if next < 0 {
		return 0, 0, false
	}
	d := x.d
	p, c := d.Mentions[last], d.Mentions[next]
	if p.Type != model.Person || c.Type == model.Person || tok2(d, p.To) != "," || c.From-p.To > 6 || !titleEmployerWord[tok2(d, c.From-1)] {
		return 0, 0, false
	}
	end := c.To
	if employerNoun[tok2(d, end)] {
		end++ // "Director at Kestrel company,"
	}
	for q := end; q <= end+2 && q < x.s.To; q++ {
		if n, ok := x.sp.startAt.at(q); ok && d.Mentions[n].Type == model.Person && onlyJoiners(d, end, q) {
			return n, end, true
		}
	}
	return 0, 0, false
}

var (
	titleEmployerWord = wordSet("title.employer")
	employerNoun      = wordSet("title.company-possessive")
)

// possessiveDescriber reports "and South Africa's" between two members:
// a glue word, capitalised words that are no mention (a place), "'s".
func possessiveDescriber(d *Doc, a, b int) bool {
	if !andWord[tok2(d, a)] && tok2(d, a) != "," {
		return false
	}
	j := a + 1
	if andWord[tok2(d, j)] {
		j++
	}
	e := b - 1
	if possessiveLen(d, e-1) == 2 {
		e--
	} else if possessiveLen(d, e) != 1 {
		return false
	}
	if e-j < 1 || e-j > 3 {
		return false
	}
	for k := j; k < e; k++ {
		if t := &d.Tokens[k]; t.Script != Latin || !t.Upper {
			return false
		}
	}
	return true
}

// describes reports whether tokens [a, b) are lower-case Latin words of a
// description ("hedge fund sponsor"), not a clause ("which backed").
func describes(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		t := &d.Tokens[j]
		if placeBased(t) {
			continue // "London-based", "Cape Town-based"
		}
		if t.Script == Latin && !t.Upper && strings.Contains(t.Norm, " ") {
			continue // "route-planning software firm": a compound describes
		}
		// "which backed", "owning": a participle opens a clause; before a
		// company noun it describes ("shipping group", "mining company").
		participle := strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing")
		// "focused VC": a company noun's acronym is no name.
		acronym := isAllCaps(t.Text) && en.CompanyNouns[t.Norm]
		if andWord[t.Norm] && j > a && j+1 < b && lowerWord(&d.Tokens[j-1]) && lowerWord(&d.Tokens[j+1]) {
			continue // "food and agriculture focused VC": one description
		}
		if t.Script != Latin || t.Upper && !acronym || notDescription[t.Norm] || participle && !(j+1 < b && en.CompanyNouns[d.Tokens[j+1].Norm]) {
			return false
		}
	}
	return true
}

// lowerWord reports a lower-case Latin word.
func lowerWord(t *Token) bool { return t.Script == Latin && !t.Upper }

// describesOrAdjective is describes, with a leading capitalised word that
// is no name ("British investment firm A").
func describesOrAdjective(d *Doc, a, b int) bool {
	if t := &d.Tokens[a]; t.Script == Latin && t.Upper && !notDescription[t.Norm] && b-a > 1 {
		a++
	}
	return describes(d, a, b)
}

// descriptionParticiple ends a hyphenated word that describes a name
// ("London-based A").
var descriptionParticiple = wordSet("description-participle")

// placeBased reports a hyphenated "X-based" word: a description, even
// capitalised.
func placeBased(t *Token) bool {
	i := strings.LastIndexByte(t.Norm, ' ')
	return t.Script == Latin && i > 0 && descriptionParticiple[t.Norm[i+1:]]
}

// describesAr reports Arabic content words ("في موقعي A"): no function
// word, number or punctuation.
func describesAr(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		if t := &d.Tokens[j]; t.Script != Arabic || ar.IsFunction(t.Norm) {
			return false
		}
	}
	return true
}

var notDescription = wordSet("not-description")

// pastOtherName reads "FT innovation editor John Roe" for a person slot:
// a name of another type, up to three description words, and a name that
// fits.
func (x *matcher) pastOtherName(e elem, k int) (int, bool) {
	m := x.d.Mentions[k]
	for q := m.To + 1; q <= m.To+3 && q < x.s.To; q++ {
		if n, ok := x.sp.startAt.at(q); ok && describes(x.d, m.To, q) && x.slot(e.slot, x.d.Mentions[n]) {
			return n, true
		}
	}
	return -1, false
}

// twin reports a Latin-script name written right after the Arabic one it
// spells ("كيو تي أن" QTN, "زمرد إنترنت" (Zumrud Internet)): one member.
func (x *matcher) twin(a, b int) bool {
	ma, mb := x.d.Mentions[a], x.d.Mentions[b]
	if mb.From-ma.To > 2 || x.d.Tokens[ma.From].Script != Arabic || x.d.Tokens[mb.From].Script != Latin {
		return false
	}
	for j := ma.To; j < mb.From; j++ {
		if w := x.d.Tokens[j].Text; w != "(" && !isQuote(&x.d.Tokens[j]) {
			return false
		}
	}
	return true
}

// pastDescription skips up to three description words before a list's
// first member ("from investment fund A").
func (x *matcher) pastDescription(p int) int {
	if _, ok := x.sp.startAt.at(p); ok {
		return p
	}
	// "from Denmark's Tarrow", "Morocco's third-largest banking group
	// QZBE": a country's possessive before the name or its description.
	if n := x.placePossessive(p); n > 0 {
		if _, ok := x.sp.startAt.at(p + n); ok {
			return p + n
		}
		if q := x.pastDescription(p + n); q > p+n {
			return q
		}
	}
	// "Chinese technology venture capital firm X": up to six words.
	for q := p + 1; q <= p+6 && q < x.s.To; q++ {
		if n, ok := x.sp.startAt.at(q); ok && q-p <= 2 && en.PersonTitles[strings.TrimSuffix(x.d.Tokens[p].Norm, ".")] && x.d.Mentions[n].Type == model.Person {
			return q // "Doctor Jane Roe"
		}
		if _, ok := x.sp.startAt.at(q); ok && (describesOrAdjective(x.d, p, q) || describesArQuoted(x.d, p, q)) {
			return q
		}
	}
	return p
}

// placePossessive is the length of a place's possessive at p ("Denmark's"
// is three tokens), or 0.
func (x *matcher) placePossessive(p int) int {
	if p >= x.s.To {
		return 0
	}
	t := &x.d.Tokens[p]
	if t.Script != Latin || !t.Upper || x.d.lex == nil {
		return 0
	}
	if _, ok := x.d.lex.Place(t.Norm); !ok {
		return 0
	}
	if n := possessiveLen(x.d, p+1); n > 0 {
		return 1 + n
	}
	return 0
}

// describesArQuoted is describesAr for up to two words before a name,
// past the quotes that open it ("من شركة «X»").
func describesArQuoted(d *Doc, p, q int) bool {
	e := q
	for e > p && isQuote(&d.Tokens[e-1]) {
		e--
	}
	return e > p && e-p <= 2 && describesAr(d, p, e)
}

// pastTitleName replaces a name that only describes the next one
// ("London VC firm Redline Capital"): a mention, up to two description
// words, and a mention of the same type.
func (x *matcher) pastTitleName(k int) int {
	m := x.d.Mentions[k]
	for q := m.To + 1; q <= m.To+2 && q < x.s.To; q++ {
		if n, ok := x.sp.startAt.at(q); ok && describes(x.d, m.To, q) && x.d.Mentions[n].Type == m.Type && descriptorNoun[x.d.Tokens[q-1].Norm] {
			return n
		}
	}
	return k
}

var descriptorNoun = wordSet("descriptor-nouns")

// pastBacker replaces a backer's name by the name it describes: "led by
// Halvard-backed Plumtree" names Plumtree (the row "S - backed O" reads
// the backer itself, before its anchor).
func (x *matcher) pastBacker(k int, slot byte) int {
	m := x.d.Mentions[k]
	if !backerOf(x.d, m) {
		return k
	}
	if n, ok := x.sp.startAt.at(m.To + 2); ok && x.slot(slot, x.d.Mentions[n]) {
		return n
	}
	return k
}

// reported reports a reporting verb at token j: "..., TechCrunch reports".
func reported(d *Doc, s Sentence, j int) bool {
	return reportingVerbs[tok(d, s, j)]
}

func hasPrefixWaw(w string) bool { return len(w) > 2 && w[:2] == "و" }

// bwd matches els (nearest first) from token p leftwards; it returns the
// first token of the match, or -1.
func (x *matcher) bwd(els []elem, p int) int {
	if len(els) == 0 {
		return p + 1
	}
	e := els[0]
	switch e.kind {
	case elWord:
		if p >= x.s.From && e.wordOK(&x.d.Tokens[p]) {
			if q := x.bwd(els[1:], p-1); q >= 0 {
				return q
			}
		}
		if e.opt {
			return x.bwd(els[1:], p)
		}
		return -1
	case elSkip:
		skipped := 0
		for q := p; q >= x.s.From-1; q-- {
			if q < p {
				if _, name := x.sp.endAt.at(q + 2); name && !e.names {
					return -1
				}
				if skipped += x.gapWeight(e, q+1); skipped > e.n {
					return -1
				}
			}
			if r := x.bwd(els[1:], q); r >= 0 {
				return r
			}
		}
		return -1
	}
	ks, start := x.listBwd(e, p)
	if len(ks) == 0 {
		return -1
	}
	r := x.bwd(els[1:], start-1)
	if r >= 0 {
		x.record(e, ks)
	}
	return r
}

// listBwd reads a mention (or a list) ending at token p.
func (x *matcher) listBwd(e elem, p int) ([]int, int) {
	for p >= x.s.From && isQuote(&x.d.Tokens[p]) {
		p--
	}
	k, ok := x.sp.endAt.at(p + 1)
	if !ok || !x.slot(e.slot, x.d.Mentions[k]) {
		return nil, -1
	}
	ks := []int{k}
	start := x.d.Mentions[k].From
	for e.list {
		prev := -1
		for q := start; q >= start-6 && q > x.s.From; q-- {
			if n, ok := x.sp.endAt.at(q); ok {
				prev = n
				break
			}
		}
		if prev < 0 || !x.slot(e.slot, x.d.Mentions[prev]) || !listGlue(x.d, x.d.Mentions[prev].To, start) {
			break
		}
		ks = append(ks, prev)
		start = x.d.Mentions[prev].From
	}
	return ks, start
}

// matchRow tries row r with its anchor at token i.
func matchRow(d *Doc, s Sentence, sp spanMap, r *frameRow, i int) (frameMatch, bool) {
	x := matcher{d: d, s: s, sp: sp, m: frameMatch{row: r, anchor: i, listFrom: -1}, slot: slotType(frames[r.frames[0]].pred)}
	to := x.fwd(r.right, i+1)
	if to < 0 {
		return frameMatch{}, false
	}
	from := x.bwd(r.left, i-1)
	if from < 0 {
		return frameMatch{}, false
	}
	x.m.from, x.m.to = from, to
	x.pastApposition(r)
	return x.m, true
}

// pastApposition gives a row that opens on a person and a gap that may
// hold names ("P *12 appointed ...") the person an apposition describes,
// not the one named inside it: "Sam Okafor, the son of former CEO Lina
// Okafor, was appointed".
func (x *matcher) pastApposition(r *frameRow) {
	n := len(r.left)
	if n < 2 || r.left[n-1].slot != 'P' || r.left[n-1].list || r.left[n-2].kind != elSkip || !r.left[n-2].names || len(x.m.subj) != 1 {
		return
	}
	k := x.m.subj[0]
	if h := appositionHead(x.d, mentionsIn(x.d, x.s), k); h != k && x.d.Mentions[h].Type == model.Person {
		x.m.subj[0] = h
		x.m.from = x.d.Mentions[h].From
	}
}

// possessiveLen is the number of tokens of a possessive "'s" at j: 2 for
// an apostrophe and "s", 1 for one token "'s", 0 for none; one more for an
// abbreviation's dot before it.
func possessiveLen(d *Doc, j int) int {
	// "Harlow Holdings B.V.'s": the abbreviation's dot before it.
	if j > 0 && j < len(d.Tokens) && d.Tokens[j].Text == "." && d.Tokens[j].Start == d.Tokens[j-1].End {
		if n := possessiveLen(d, j+1); n > 0 {
			return n + 1
		}
		return 0
	}
	switch a := tok2(d, j); {
	case (a == "'" || a == "’") && tok2(d, j+1) == "s":
		return 2
	case a == "'s" || a == "’s":
		return 1
	}
	return 0
}

// possessedPart reports a mention that only owns the thing dealt in: "X's
// Egyptian business", "X's cement unit". The deal is for a part of X, not
// for X.
func possessedPart(d *Doc, k int) bool {
	j := d.Mentions[k].To
	n := possessiveLen(d, j)
	if n == 0 {
		return false
	}
	j += n
	for n := j; n <= j+2; n++ {
		if partNouns[tok2(d, n)] {
			return true
		}
	}
	// "X's 12.5 percent stake in Y": X sells; the deal is for Y.
	for n := j; n <= j+3; n++ {
		if possessedStakes[tok2(d, n)] && tok2(d, n+1) == "in" && n+2 < len(d.Tokens) && d.Tokens[n+2].Script == Latin && d.Tokens[n+2].Upper {
			return true
		}
	}
	return false
}

var possessedStakes = wordSet("possessed-stakes")

var partNouns = wordSet("part-nouns")

var reportingVerbs = wordSet("reporting")

var listSeparators = wordSet("list-separators")

// gapWeight is what token q counts for in a gap with no name (_N): an
// amount of money counts as one word however it is written ("4.47 billion
// Canadian dollars"), and an aside in brackets as none. In a gap that may
// hold names (*N) every token counts: its rows bound a clause by length.
func (x *matcher) gapWeight(e elem, q int) int {
	if e.names {
		return 1
	}
	d := x.d
	if d.gapW == nil {
		d.gapW = gapWeights(d)
	}
	return int(d.gapW[q])
}

// asideMax bounds an aside in brackets: a longer one is text.
const asideMax = 12

func gapWeights(d *Doc) []uint8 {
	w := make([]uint8, len(d.Tokens))
	for q := range w {
		w[q] = 1
	}
	k := 0
	for q, t := range d.Tokens {
		for k < len(d.Money) && d.Money[k].End <= t.Start {
			k++
		}
		if k < len(d.Money) && d.Money[k].Start < t.Start {
			w[q] = 0
		}
	}
	for q, t := range d.Tokens {
		if t.Text != "(" {
			continue
		}
		for r := q + 1; r < len(d.Tokens) && r <= q+asideMax && d.Tokens[r].Sent == t.Sent; r++ {
			if d.Tokens[r].Text == ")" {
				for j := q; j <= r; j++ {
					w[j] = 0
				}
				break
			}
		}
	}
	return w
}
