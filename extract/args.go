package extract

// The arguments of a relation: which mention of a sentence can fill a
// slot, which one a reference back means, and the small word tests the
// readers of triggers and frames share.

import (
	"slices"
	"strings"

	"github.com/kg-news/kg/model"
)

// tok returns the folded word at i, or "" outside the sentence.
func tok(d *Doc, s Sentence, i int) string {
	if i < s.From || i >= s.To {
		return ""
	}
	return d.Tokens[i].Norm
}

// within reports whether one of words is among the n tokens after i.
func within(d *Doc, s Sentence, i, n int, words ...string) int {
	for j := i + 1; j <= i+n && j < s.To; j++ {
		for _, w := range words {
			if d.Tokens[j].Norm == w {
				return j
			}
		}
	}
	return -1
}

// before reports whether one of words is among the n tokens before i.
func before(d *Doc, s Sentence, i, n int, words ...string) bool {
	for j := i - 1; j >= i-n && j >= s.From; j-- {
		for _, w := range words {
			if d.Tokens[j].Norm == w {
				return true
			}
		}
	}
	return false
}

// attribution words cite a source: "according to", "وفقاً لـ".
var attribution = wordSet("attribution")

// sourceRoles are the roles of a cited person that make them a party.
var sourceRoles = wordSet("source-roles")

// isSource reports whether mention k is cited as a source ("according to
// Bloomberg", "وفقاً لبلومبرغ"): the outlet is not a party to the deal.
func isSource(d *Doc, k int) bool {
	m := d.Mentions[k]
	if m.Cue == "agency" || agencyTag(d, m) {
		return true
	}
	if venue(d, m) {
		return true
	}
	for j := m.From - 1; j >= m.From-4 && j >= 0; j-- {
		if t := d.Tokens[j].Text; t == "," || t == "،" {
			return false // "According to Reuters, Orbit ...": Orbit is a party
		}
		// "according to founder Lina Haddad": a source who holds the role
		// the sentence names.
		if m.Type == model.Person && anyForm(d.Tokens[j].Forms, sourceRoles) {
			return false
		}
		if attribution[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

var (
	exchangeWords = wordSet("exchange-words")
	marketHeads   = wordSet("market-heads")
	marketMoney   = wordSet("market-money")
	venueWords    = wordSet("venue-words")
)

// venue reports an exchange where it is the place of a listing or a
// filing, no party to a deal: "المدرجة في سوق دبي المالي", "في إفصاح إلى
// السوق المالية السعودية (تداول)", "listed on the Nasdaq" ("Nasdaq agreed
// to buy" stays a party).
func venue(d *Doc, m Mention) bool {
	if m.From == 0 || !isExchange(d, m) {
		return false
	}
	p := &d.Tokens[m.From-1]
	if p.Norm == "the" && m.From > 1 {
		p = &d.Tokens[m.From-2]
	}
	return venueWords[p.Norm] || p.Text == "(" && m.From > 1 && d.Tokens[m.From-2].Sent == p.Sent && prevExchange(d, m.From-1)
}

// isExchange reports a stock exchange by its words ("بورصة", "Stock
// Exchange", "سوق ... المالي"), or by its known entry's English name
// ("Dubai Financial Market").
func isExchange(d *Doc, m Mention) bool {
	var words [][]string
	for j := m.From; j < m.To; j++ {
		words = append(words, d.Tokens[j].Forms)
	}
	if exchangeName(words) {
		return true
	}
	if m.Lex == "" || d.lex == nil {
		return false
	}
	e, ok := d.lex.ByID(m.Lex)
	if !ok {
		return false
	}
	words = words[:0]
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		words = append(words, []string{w})
	}
	return exchangeName(words)
}

// exchangeName reports words (each with its forms) that name an exchange:
// an exchange word, or a market head with a money word.
func exchangeName(words [][]string) bool {
	market, money := false, false
	for _, forms := range words {
		if anyForm(forms, exchangeWords) {
			return true
		}
		market = market || anyForm(forms, marketHeads)
		money = money || anyForm(forms, marketMoney)
	}
	return market && money
}

// prevExchange reports an exchange's name ending right before token i:
// "السوق المالية السعودية (تداول)".
func prevExchange(d *Doc, i int) bool {
	for _, m := range d.Mentions {
		if m.To == i {
			return isExchange(d, m)
		}
	}
	return false
}

// agencyTag reports a name in a tag of wire copy, not in its story: the
// agency of a dateline ("LONDON (Reuters) -") or the exchange of a listing
// ("Acme Inc. (NYSE: ACME) said").
func agencyTag(d *Doc, m Mention) bool {
	if m.From == 0 || m.To+1 >= len(d.Tokens) || d.Tokens[m.From-1].Text != "(" {
		return false
	}
	next := d.Tokens[m.To].Text
	return next == ":" || next == ")" && dashes[d.Tokens[m.To+1].Text]
}

// dashes open a wire story after its dateline.
var dashes = map[string]bool{"-": true, "--": true, "—": true, "–": true}

// partiesOnly drops cited sources from the sentence's mentions.
func partiesOnly(d *Doc, ms []int) []int {
	out := make([]int, 0, len(ms))
	for _, k := range ms {
		if !isSource(d, k) {
			out = append(out, k)
		}
	}
	return out
}

func isInsideMention(d *Doc, ms []int, i int) bool {
	for _, k := range ms {
		if d.Mentions[k].From <= i && i < d.Mentions[k].To {
			return true
		}
	}
	return false
}

func keyOf(d *Doc, k int) string {
	if k < 0 {
		return ""
	}
	return d.Mentions[k].Key
}

// validPair keeps relations whose ends have sensible types.
func validPair(d *Doc, sj, ob int, pred string) bool {
	a, b := d.Mentions[sj], d.Mentions[ob]
	if a.Key == b.Key {
		return false
	}
	switch pred {
	case model.CEOOf, model.Founded:
		return a.Type == model.Person && b.Type != model.Person
	default:
		return b.Type != model.Person && a.Type != model.Organization
	}
}

// auxiliaries may stand between a subject and its deal word: "X يتم
// شراء Y", "X قد اشترت Y", "X تعتزم الاستحواذ على Y".
var auxiliaries = wordSet("auxiliaries")

// adjacentBefore returns the mention that ends right before token i (a
// particle such as قد or a quote may sit between), or -1.
func adjacentBefore(d *Doc, ms []int, i int) int {
	for n := len(ms) - 1; n >= 0; n-- {
		m := d.Mentions[ms[n]]
		if m.To > i {
			continue
		}
		for j := m.To; j < i; j++ {
			w := d.Tokens[j].Norm
			if !(isQuote(&d.Tokens[j]) || auxiliaries[w]) {
				return -1
			}
		}
		return ms[n]
	}
	return -1
}

func okSubject(m Mention, pred string) bool {
	switch pred {
	case model.CEOOf, model.Founded:
		return m.Type == model.Person
	}
	return m.Type != model.Organization
}

func okObject(m Mention, pred string) bool {
	switch pred {
	case model.CEOOf, model.Founded:
		return m.Type != model.Person
	}
	return m.Type == model.Company
}

// nearestBefore returns the closest mention ending before token i that can
// fill the slot, skipping one that is only a possessive's owner of a title.
// byGerundSubject: "X later trumped Y by buying Z": the one who does the
// -ing after "by" is the clause's subject, its first party, not the nearest
// name; -1 when the trigger is no such gerund.
func byGerundSubject(d *Doc, ms []int, i int, pred string) int {
	t := &d.Tokens[i]
	if i == 0 || t.Script != Latin || !strings.HasSuffix(t.Norm, "ing") || !slices.Contains(byList, d.Tokens[i-1].Norm) {
		return -1
	}
	for _, k := range ms {
		if m := d.Mentions[k]; m.To < i && d.Tokens[m.From].Sent == t.Sent && okSubject(m, pred) {
			return k
		}
	}
	return -1
}

func nearestBefore(d *Doc, ms []int, i int, pred string, subject bool) int {
	// "كشفت X ... أنها تقدمت بعرض": "that it" points at the clause's subject.
	if subject {
		for j := i - 1; j >= 0 && j > i-10 && d.Tokens[j].Sent == d.Tokens[i].Sent; j-- {
			if thatItAr[d.Tokens[j].Norm] {
				for _, k := range ms {
					if m := d.Mentions[k]; m.To <= j && okSubject(m, pred) {
						return k
					}
				}
			}
		}
	}
	if subject {
		if k := byGerundSubject(d, ms, i, pred); k >= 0 {
			return k
		}
	}
	for n := len(ms) - 1; n >= 0; n-- {
		m := d.Mentions[ms[n]]
		if m.To > i {
			continue
		}
		if clauseBreak(d, m.To, i) {
			return -1
		}
		// "وقّعت مذكرة مع فودافون لشراء": a partner, not the buyer; "من
		// مجموعة X": the seller.
		if subject && m.From > 0 && (withWords[d.Tokens[m.From-1].Norm] || describedAfterWith(d, m) ||
			(pred == model.Acquired || pred == model.InvestedIn || pred == model.BidFor && d.Lang == "en") && (arFrom[d.Tokens[m.From-1].Norm] || d.Lang == "en" && sellerFrom[d.Tokens[m.From-1].Norm] || m.From > 1 && arFrom[d.Tokens[m.From-2].Norm] && companyCues[d.Tokens[m.From-1].Norm]) ||
			m.From > 1 && isQuote(&d.Tokens[m.From-1]) && withAr[d.Tokens[m.From-2].Norm]) {
			continue
		}
		if backerOf(d, m) || dashAside(d, m, i) || subject && (ownerAside(d, m) || withApposition(d, m)) {
			continue
		}
		if subject && okSubject(m, pred) || !subject && okObject(m, pred) {
			return ms[n]
		}
	}
	return -1
}

// describedAfterWith reports an English name that "with" and a few words
// of description open inside a clause ("in talks with Turkish delivery
// company X"): the party met, not the buyer. A sentence that opens with
// "With" says how, not with whom ("With the X funding, Y will grow").
func describedAfterWith(d *Doc, m Mention) bool {
	if d.Lang != "en" {
		return false
	}
	for j := m.From - 1; j >= 0 && j >= m.From-5 && d.Tokens[j].Sent == d.Tokens[m.From].Sent; j-- {
		t := &d.Tokens[j]
		switch {
		case withWords[t.Norm]:
			return j < m.From-1 && !t.SentStart
		case t.Script == Punct && t.Text != "-", t.Upper && !isNationality(d, t.Norm):
			return false
		}
	}
	return false
}

// sellerFrom opens a name that sells or grants, no buyer ("bought Y from
// X", "received approval from X to buy Y").
var sellerFrom = wordSet("seller-from")

// asideDashes set off an aside; a hyphen joins words more often.
var asideDashes = wordSet("dash-aside")

// dashAside reports a mention inside an aside set off by dashes that closes
// before token i ("X — a startup backed by K — was bought by Y"): the verb
// after it is X's, not K's. English only: Arabic copy sets a dash inside
// names and after datelines ("زمردين للتجارة – ..."), rarely
// around an aside.
func dashAside(d *Doc, m Mention, i int) bool {
	if d.Lang != "en" {
		return false
	}
	closed := false
	for j := m.To; j < i && !closed; j++ {
		closed = asideDashes[d.Tokens[j].Norm]
	}
	if !closed {
		return false
	}
	for j := m.From - 1; j >= 0 && j >= m.From-20 && d.Tokens[j].Sent == d.Tokens[m.From].Sent; j-- {
		if asideDashes[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

// withApposition reports a person named after a title that "with" opens
// ("مع رئيس نادي X، P، من أجل الاستحواذ"): the party met, not the buyer.
func withApposition(d *Doc, m Mention) bool {
	if m.Type != model.Person || m.From < 2 || d.Tokens[m.From-1].Text != "،" {
		return false
	}
	for j := m.From - 2; j >= 0 && j >= m.From-8 && d.Tokens[j].Sent == d.Tokens[m.From].Sent; j-- {
		if withWords[d.Tokens[j].Norm] {
			return true
		}
		if d.Tokens[j].Script == Punct {
			return false
		}
	}
	return false
}

// ownerAsideAr are the words of an aside that names a company's owner:
// "X، التابعة لصندوق الاستثمارات العامة، اتفقت على شراء".
var ownerAsideAr = wordSet("owner-aside-ar")

// ownerAside reports a mention in such an aside, after a comma or right
// after the company's name ("شركة X المملوكة للملياردير P، كانت قد
// أعلنت"): the owner is not the subject of the verb after it.
func ownerAside(d *Doc, m Mention) bool {
	for j := m.From - 1; j >= 1 && j >= m.From-3; j-- {
		if ownerAsideAr[d.Tokens[j].Norm] {
			return isComma(&d.Tokens[j-1]) || companyEndingAt(d, mentionsIn(d, d.Sentences[d.Tokens[m.From].Sent]), j) >= 0
		}
	}
	return false
}

// clauseBreak reports a word between tokens a and b that opens another
// clause, so a name before it is not the subject of a verb after it.
func clauseBreak(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		// "Redwood, which invested": the relative pronoun's antecedent is
		// the subject.
		if j == b-1 && relativeSubj[d.Tokens[j].Norm] {
			return false
		}
		// "Harlow, which makes engines, agreed to buy": a relative clause
		// closed by a comma before b is an aside.
		if relativeSubj[d.Tokens[j].Norm] && j > a && d.Tokens[j-1].Text == "," {
			if c := commaBefore(d, j+1, b); c > 0 {
				j = c
				continue
			}
		}
		if clauseOpeners[d.Tokens[j].Norm] {
			return true
		}
		// "appointed P as manager and each of the groups in the race to
		// buy": a new subject after "and".
		if andWord[d.Tokens[j].Norm] && j+1 < b && andSubjects[d.Tokens[j+1].Norm] {
			return true
		}
	}
	return false
}

var andSubjects = wordSet("and-subjects")

// commaBefore is the first comma in tokens [a, b), or -1.
func commaBefore(d *Doc, a, b int) int {
	for j := a; j < b; j++ {
		if d.Tokens[j].Text == "," {
			return j
		}
	}
	return -1
}

// backerOf reports a name written as a backer's, "X-backed": it describes
// the name after it and fills no other slot ("Y, a X-backed maker, agreed
// to be acquired": Y is the target).
func backerOf(d *Doc, m Mention) bool {
	return m.To+1 < len(d.Tokens) && d.Tokens[m.To].Text == "-" && d.Tokens[m.To].Start == d.Tokens[m.To-1].End &&
		backerParticiples[d.Tokens[m.To+1].Norm]
}

// firstAfter returns the first mention starting after token i that fits.
func firstAfter(d *Doc, ms []int, i int, pred string, subject bool) int {
	for _, k := range ms {
		m := d.Mentions[k]
		if m.From <= i || backerOf(d, m) {
			continue
		}
		if subject && okSubject(m, pred) {
			return k
		}
		if !subject && okObject(m, pred) {
			// "backed D2C healthy-snacking brand Zentrix", "bought Acme
			// unit Beta Labs": the name after the company noun.
			if n := describedNext(d, ms, m); n >= 0 && okObject(d.Mentions[n], pred) {
				return n
			}
			return k
		}
	}
	return -1
}

// describedNext is the mention right after m and a few lower-case words
// ending in a company noun, or -1.
func describedNext(d *Doc, ms []int, m Mention) int {
	for j := m.To; j < m.To+4 && j < len(d.Tokens); j++ {
		t := &d.Tokens[j]
		if t.Script != Latin || t.Upper || en.Stop[t.Norm] && !companyNouns[t.Norm] {
			return -1 // "Selby Payments from private equity firm Corran": another party
		}
		if companyNouns[t.Norm] {
			for _, k := range ms {
				if d.Mentions[k].From == j+1 {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// lastCompany is the company last mentioned before token i: what "the
// company" and "الأخيرة" point at.
func lastCompany(d *Doc, i int, not string) int {
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		m := d.Mentions[k]
		if m.To <= i && m.Type == model.Company && m.Key != not {
			return k
		}
	}
	return -1
}

// possessorBefore returns the mention in a possessive right before token
// i ("Musk's approach"), or -1.
func possessorBefore(d *Doc, ms []int, i int) int {
	for _, k := range ms {
		m := d.Mentions[k]
		if m.To+2 <= i && m.To+2 >= i-2 && (d.Tokens[m.To].Text == "'" || d.Tokens[m.To].Text == "’") && d.Tokens[m.To+1].Norm == "s" {
			if m.Type != model.Organization {
				return k
			}
		}
	}
	return -1
}

// topicCompany is what "the company" means when the sentence names none:
// the company the article has talked about most so far (the latest on a
// tie), other than the keys in not.
func topicCompany(d *Doc, i int, not ...string) int {
	// A sentence that opens with "The company"/"الشركة" continues the
	// company of the sentence before.
	if i > 0 && i <= len(d.Tokens) {
		s := d.Sentences[d.Tokens[i-1].Sent]
		if i < len(d.Tokens) && d.Tokens[i].Sent != d.Tokens[i-1].Sent {
			s = d.Sentences[d.Tokens[i].Sent]
		}
		if theWord[tok2(d, s.From)] && theCompany[tok2(d, s.From+1)] {
			if c := centerCompany(d, i, not...); c >= 0 {
				return c
			}
		}
	}
	// How often a company was named so far, plus a bonus for being the
	// first company of the sentence before (what "the company" most often
	// continues).
	center := centerCompany(d, i, not...)
	score := map[string]int{}
	// The target of a deal already read is what the story is about.
	for _, r := range d.Relations {
		if r.Pred == model.Acquired || r.Pred == model.BidFor || r.Pred == model.InvestedIn {
			score[r.Obj] += 2
		}
	}
	best, bestScore := -1, 0
	subject := headlineSubject(d)
	for k, m := range d.Mentions {
		if m.To > i {
			break
		}
		if m.Type != model.Company || slices.Contains(not, m.Key) || isSource(d, k) {
			continue
		}
		score[m.Key]++
		if score[m.Key] > bestScore {
			best, bestScore = k, score[m.Key]
		}
		if d.Tokens[m.From].Sent == 0 && (subject == "" || m.Key == subject) {
			score[m.Key]++ // the headline names the story's subject
		}
		if center >= 0 && k == center {
			score[m.Key]++
		}
		if score[m.Key] > bestScore {
			best, bestScore = k, score[m.Key]
		}
	}
	if center >= 0 && best >= 0 && score[d.Mentions[center].Key] >= bestScore {
		return center
	}
	return best
}

// headlineSubject is the key of the headline's company right before its
// verb ("Built by Expats in Berlin, Tarrow Raises Capital": Tarrow), "" when
// no company stands there.
func headlineSubject(d *Doc) string {
	if d.heads != nil && d.headMentions == len(d.Mentions) {
		return d.headSubj
	}
	d.heads, d.headSubj, d.headMentions = headlines(d), findHeadlineSubject(d), len(d.Mentions)
	return d.headSubj
}

func findHeadlineSubject(d *Doc) string {
	if len(d.Sentences) == 0 {
		return ""
	}
	s := d.Sentences[0]
	for _, k := range mentionsIn(d, s) {
		m := d.Mentions[k]
		if m.Type == model.Company && m.To < s.To && headlineVerbs[d.Tokens[m.To].Norm] {
			return m.Key
		}
	}
	return ""
}

// centerCompany is the first company named in the sentence before token i
// (what a following "the company" most often continues), or -1.
func centerCompany(d *Doc, i int, not ...string) int {
	if i <= 0 || i > len(d.Tokens) {
		return -1
	}
	si := d.Tokens[i-1].Sent
	if i < len(d.Tokens) && d.Tokens[i].Sent != si {
		// i opens a sentence: look at the one before it
	} else {
		si--
	}
	subject := headlineSubject(d)
	heads := d.heads
	for ; si >= 0 && si >= d.Tokens[i-1].Sent-2; si-- {
		s := d.Sentences[si]
		first := -1
		for k, m := range d.Mentions {
			if m.From >= s.From && m.To <= s.To && m.Type == model.Company && !slices.Contains(not, m.Key) && !isSource(d, k) {
				// A headline's centre is its subject, wherever it stands.
				if !heads[si] || subject == "" || m.Key == subject {
					return k
				}
				if first < 0 {
					first = k
				}
			}
		}
		if first >= 0 {
			return first
		}
	}
	return -1
}

// anaphorNear reports "the company"/"الشركة" within three words of i.
func anaphorNear(d *Doc, s Sentence, i int) bool {
	for j := i - 3; j <= i+3; j++ {
		if j >= s.From && j < s.To && j != i {
			w := d.Tokens[j].Norm
			if companyNear[w] && theWord[tok(d, s, j-1)] {
				return true
			}
			for _, f := range d.Tokens[j].Forms {
				if anaphorsAr[f] {
					return true
				}
			}
		}
	}
	return false
}

func mentionWithin(d *Doc, ms []int, i, n int) bool {
	for _, k := range ms {
		if m := d.Mentions[k]; m.From > i && m.From <= i+n {
			return true
		}
	}
	return false
}

// lastCompanyBefore is the company mentioned last before token i, in this
// sentence or an earlier one.
func lastCompanyBefore(d *Doc, i int) int {
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		if m := d.Mentions[k]; m.To <= i && m.Type == model.Company && !isSource(d, k) {
			return k
		}
	}
	return -1
}

// itAntecedent is the company a subject "it" at token j points back to:
// the company named last before it in its sentence that is no deal's or
// preposition's object ("Acme bought Beta, and in 2022 it took a stake in
// Gamma": Acme, not Beta), else the nearest company of the sentence, else
// the company the sentence before is about ("Acme's chief executive said.
// In March it took a stake"), or -1.
func itAntecedent(d *Doc, j int, not map[string]bool) int {
	if j < 0 {
		return -1
	}
	si := d.Tokens[j].Sent
	// "In 2020 it sold A to B, and in 2022 it invested in C": a second
	// "it" goes on with the first.
	for q := d.Sentences[si].From; q < j; q++ {
		if itWord[d.Tokens[q].Norm] && d.Tokens[q].Script == Latin {
			return itAntecedent(d, q, not)
		}
	}
	nearest := -1
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		m := d.Mentions[k]
		if m.To > j {
			continue
		}
		if d.Tokens[m.From].Sent != si {
			break
		}
		if m.Type != model.Company || not[m.Key] || isSource(d, k) || bareCue(d, m) || objectIn(d, si, m.Key) {
			continue
		}
		if nearest < 0 {
			nearest = k
		}
		if m.From == 0 || !dealArgWords[d.Tokens[m.From-1].Norm] {
			return k
		}
	}
	if nearest >= 0 {
		return nearest // "Shares of Acme rose after it bought Beta"
	}
	if k := centerCompany(d, j, ""); k >= 0 && !not[d.Mentions[k].Key] {
		return k
	}
	return -1
}

// objectIn reports a company that a deal read in sentence si takes as
// its object: what was bought is not what "it" then does.
func objectIn(d *Doc, si int, key string) bool {
	for _, r := range d.Relations {
		if r.Sent == si && r.Obj == key && dealOrInvest(r.Pred) {
			return true
		}
	}
	return false
}

// itBefore is the index of a subject "it" (or "the company") before
// token i with only lower-case words between ("it took", "it has agreed
// to buy", "the company plans to buy"), or -1.
func itBefore(d *Doc, s Sentence, i int) int {
	for j := i - 1; j >= s.From && j >= i-5; j-- {
		t := &d.Tokens[j]
		switch {
		case itWord[t.Norm]:
			return j
		case companyWords[t.Norm] && j > s.From && theWord[d.Tokens[j-1].Norm]:
			return j // "the company agreed to buy"
		case t.Script != Latin || t.Upper:
			return -1
		}
	}
	return -1
}

// tiedCompany returns a mention of the company that person key already
// runs or founded, by the relations read so far.
func tiedCompany(d *Doc, key string) int {
	for _, r := range d.Relations {
		if r.Subj == key && (r.Pred == model.CEOOf || r.Pred == model.Founded) {
			for k, m := range d.Mentions {
				if m.Key == r.Obj {
					return k
				}
			}
		}
	}
	return -1
}

// precededBy reports one of words among the n tokens before i (clitics
// off).
func precededBy(d *Doc, s Sentence, i, n int, words ...string) bool {
	for j := i - 1; j >= i-n && j >= s.From; j-- {
		for _, f := range d.Tokens[j].Forms {
			for _, w := range words {
				if f == w {
					return true
				}
			}
		}
	}
	return false
}

func tok2(d *Doc, j int) string {
	if j < 0 || j >= len(d.Tokens) {
		return ""
	}
	return d.Tokens[j].Norm
}

// anaphorSubject reports "الشركة" or "the company" right before the deal
// word at i, with at most an auxiliary between.
func anaphorSubject(d *Doc, s Sentence, i int) bool {
	for j := i - 1; j >= s.From && j >= i-3; j-- {
		t := &d.Tokens[j]
		if companyNoun[t.Norm] && theWord[tok(d, s, j-1)] {
			return true
		}
		for _, f := range t.Forms {
			if theCompanyAr[f] {
				return true
			}
		}
		if !auxiliaries[t.Norm] && !intentWords[t.Norm] {
			return false
		}
	}
	return false
}

// theCompanyBefore reports "the company"/"the startup" as the subject of
// the Latin verb at i, with only adverbs and auxiliaries between.
func theCompanyBefore(d *Doc, s Sentence, i int) bool {
	for j := i - 1; j > s.From && j >= i-4; j-- {
		w := d.Tokens[j].Norm
		if companyNear[w] && theWord[tok(d, s, j-1)] {
			return true
		}
		if !subjectAdverbs[w] {
			return false
		}
	}
	return false
}

var subjectAdverbs = wordSet("subject-adverbs")

// retype gives every mention of an entity a new type: a name first read
// as a person's turns out to be bought or invested in.
func retype(d *Doc, key, typ string) {
	for k := range d.Mentions {
		if d.Mentions[k].Key == key {
			d.Mentions[k].Type = typ
		}
	}
}
