package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/ar"
	"github.com/kg-news/kg/extract/en"
	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/extract/norm"
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

// isSource reports whether mention k is cited as a source ("according to
// Bloomberg", "وفقاً لبلومبرغ"): the outlet is not a party to the deal.
func isSource(d *Doc, k int) bool {
	m := d.Mentions[k]
	for j := m.From - 1; j >= m.From-4 && j >= 0; j-- {
		if t := d.Tokens[j].Text; t == "," || t == "،" {
			return false // "According to Reuters, Orbit ...": Orbit is a party
		}
		if attribution[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

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

// slotsOf runs the language's slot finder for the trigger.
func slotsOf(c *trig, reverse bool) (int, int) {
	if c.ar {
		return arSlots(c.d, c.s, c.i, c.ms, c.pred, reverse)
	}
	return enSlots(c.d, c.s, c.i, c.i+1, c.ms, c.pred, reverse, c.tr.noun)
}

var (
	aliAr        = wordList("ali-ar")
	forOfWords   = wordList("for-of")
	companyWords = wordSet("the-company.noun")
	theWord      = wordSet("the")
)

// readSlots is the last step of a trigger: the language's slot finder,
// then finish.
func readSlots(c *trig) []Rel {
	d, s, i, ms, pred := c.d, c.s, c.i, c.ms, c.pred
	reverse := c.tr.reverse
	if c.ar {
		// "أكبر عملية استحواذ في القطاع": a noun of buying with no target
		// after it (على X, لـX, or the name itself) is no deal of its own.
		if (pred == model.Acquired || pred == model.BidFor) && !reverse && isBuyingNoun(c.t) &&
			within(d, s, i, 2, aliAr...) < 0 && !mentionWithin(d, ms, i, 3) && !glued(d, s, i+1) &&
			!(mentionWithin(d, ms, i, 10) && stakePercent(d, s, i+2) > 0) {
			return nil
		}
		subj, obj := slotsOf(c, reverse)
		return c.finish(subj, obj)
	}
	subj, obj := slotsOf(c, reverse)
	// "the largest takeover the industry has seen": a deal noun that names
	// no target here is about a deal read elsewhere; "... offer for the
	// company" is about the company the article is about.
	if c.tr.noun && obj < 0 && (pred == model.Acquired || pred == model.BidFor) {
		j := within(d, s, i, 3, forOfWords...)
		if j < 0 || !(itWord[c.tok(j+1)] || theWord[c.tok(j+1)] && companyWords[c.tok(j+2)]) {
			return nil
		}
		obj = topicCompany(d, s.To, keyOf(d, subj))
	}
	return c.finish(subj, obj)
}

// finish fills an empty object from context, expands coordinated subjects
// and attaches status and money.
func finish(d *Doc, si, i int, tr *trigger, pred, folded string, subj, obj int) []Rel {
	s := d.Sentences[si]
	ms := partiesOnly(d, mentionsIn(d, s))
	// An empty object: "the company", "الشركة", "الأخيرة" or nothing at
	// all refers to a company named earlier in the sentence, else to the
	// company the article is about.
	if obj < 0 {
		obj = topicCompany(d, s.From, keyOf(d, subj))
	}
	// "تقضي الصفقة بشراء X", "the deal values Y": the buyer left unsaid
	// is the company the article is about.
	if subj < 0 && obj >= 0 && (pred == model.Acquired || pred == model.InvestedIn) && sentenceHas(folded, theDealCues) {
		subj = topicCompany(d, s.From, d.Mentions[obj].Key)
	}
	if subj < 0 || obj < 0 || pred != model.CEOOf && pred != model.Founded && possessedPart(d, obj) {
		return nil
	}
	subjects := expandList(d, ms, subj)
	var out []Rel
	status := statusOf(clauseOf(d, s, i), tr.status)
	if pred == model.Acquired && status == model.Rejected {
		pred = model.BidFor
	}
	var mon *money.Mention
	if pred == model.Acquired || pred == model.BidFor {
		mon = pickPrice(d, s, i)
	} else if pred == model.InvestedIn && !participation(&d.Tokens[i]) {
		// Participants in a round led by others get no amount of their own.
		mon = pickMoney(d, s, i, false)
	}
	if o := &d.Mentions[obj]; o.Type == model.Person && pred != model.CEOOf && pred != model.Founded {
		retype(d, o.Key, model.Company)
	}
	for _, sj := range subjects {
		r := Rel{Subj: d.Mentions[sj].Key, Obj: d.Mentions[obj].Key, Pred: pred, Money: mon, Status: status, Conf: 0.7, Sent: si}
		if !validPair(d, sj, obj, pred) {
			continue
		}
		out = append(out, r)
	}
	// "bought MuleSoft for $6.5 billion in 2018 and ... Tableau for $15.7
	// billion": a further target with its own price.
	if pred == model.Acquired && mon != nil && len(subjects) == 1 {
		for _, k := range ms {
			m := d.Mentions[k]
			if m.From <= d.Mentions[obj].To || m.Type != model.Company || m.Key == d.Mentions[subjects[0]].Key {
				continue
			}
			if forWord[tok(d, s, m.To)] {
				if mo := moneyRightAfter(d, m.To+1); mo != nil && mo != mon {
					out = append(out, Rel{Subj: d.Mentions[subjects[0]].Key, Obj: m.Key, Pred: pred, Money: mo, Status: status, Conf: 0.6, Sent: si})
				}
			}
		}
	}
	// "A is putting in $800m, B $700m and C $500m": each further name with
	// its own amount, the verb left out, is another investor.
	if pred == model.InvestedIn && mon != nil {
		for _, k := range ms {
			m := d.Mentions[k]
			if m.From <= i || k == obj || m.Type == model.Person {
				continue
			}
			if mo := moneyRightAfter(d, m.To); mo != nil && mo != mon {
				out = append(out, Rel{Subj: m.Key, Obj: d.Mentions[obj].Key, Pred: pred, Money: mo, Status: status, Conf: 0.6, Sent: si})
			}
		}
	}
	return out
}

var bidWords = wordSet("bid-words")

// followsBid reports whether a buying word at i belongs to an offer just
// before it: "عرض ماسك لشراء", "offered to buy".
func followsBid(d *Doc, s Sentence, i int) bool {
	n := 3
	if d.Tokens[i].Script == Arabic {
		n = 16 // "عرضاً قدمته X، مالكة Y، للاستحواذ على Z"
	}
	for j := i - 1; j >= i-n && j >= s.From; j-- {
		if bidWords[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
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

// enSlots finds subject and object around an English trigger.
func enSlots(d *Doc, s Sentence, i, end int, ms []int, pred string, reverse, noun bool) (int, int) {
	// Passive: "was acquired by X", "founded in 2020 by X".
	if by := within(d, s, i, 4, byList...); by >= 0 && (strings.HasSuffix(d.Tokens[i].Norm, "ed") || irregularPast[d.Tokens[i].Norm]) {
		if reverse {
			return -1, -1
		}
		return firstAfter(d, ms, by, pred, true), nearestBefore(d, ms, i, pred, false)
	}
	if reverse {
		// "sold Y to X", "the sale of Y to X"; "sold the handset maker to
		// X": Y is the company just named.
		obj := firstAfter(d, ms, i, pred, false)
		to := within(d, s, i, 12, toList...)
		if to < 0 {
			return -1, -1
		}
		if obj < 0 || d.Mentions[obj].From > to {
			// "sold the handset maker to Lenovo": a company noun points back;
			// "sell the streaming rights to X" sells no company.
			obj = -1
			for j := i + 1; j < to; j++ {
				if en.CompanyNouns[d.Tokens[j].Norm] || itWord[d.Tokens[j].Norm] {
					obj = lastCompanyBefore(d, i)
					break
				}
			}
		}
		buyer := firstAfter(d, ms, to, pred, true)
		if obj < 0 || buyer < 0 || d.Mentions[buyer].From > to+3 {
			return -1, -1 // "selling assets to shore up its finances"
		}
		return buyer, obj
	}
	subj := nearestBefore(d, ms, i, pred, true)
	obj := -1
	// "a cloud security company that Microsoft bought": the object is
	// what the relative clause hangs on.
	if subj >= 0 && !noun {
		if p := d.Mentions[subj].From - 1; p >= s.From && relativeEn[d.Tokens[p].Norm] && !mentionWithin(d, ms, i, 2) {
			if k := lastCompanyBefore(d, p); k >= 0 && d.Tokens[d.Mentions[k].From].Sent == d.Tokens[i].Sent {
				return subj, k
			}
		}
	}
	switch {
	case pred == model.InvestedIn:
		// "invested $3.5bn in Uber": the object opens the "in" phrase;
		// "putting in $800m" has no object there.
		for j := i + 1; j < s.To && j <= i+14 && obj < 0; j++ {
			if w := d.Tokens[j].Norm; inIntoSet[w] {
				if k := firstAfter(d, ms, j, pred, false); k >= 0 && d.Mentions[k].From <= j+3 {
					obj = k
				}
			}
		}
	case noun:
		if of := within(d, s, i, 3, forToOf...); of >= 0 {
			obj = firstAfter(d, ms, of, pred, false)
		}
		if obj < 0 && pred != model.BidFor {
			obj = firstAfter(d, ms, i, pred, false)
		}
	default:
		obj = firstAfter(d, ms, i, pred, false)
	}
	// "the acquisition of Y by X"
	if noun && obj >= 0 {
		if by := within(d, s, d.Mentions[obj].To-1, 2, byList...); by >= 0 {
			if sj := firstAfter(d, ms, by, pred, true); sj >= 0 {
				subj = sj
			}
		}
	}
	return subj, obj
}

// arSlots finds subject and object around an Arabic trigger. Arabic puts
// the verb first (استحوذت X على Y) or the subject first (X تستحوذ على Y);
// the object follows على for buying, في for investing, or is glued to ل.
func arSlots(d *Doc, s Sentence, i int, ms []int, pred string, reverse bool) (int, int) {
	objAt := arObjectAt(d, s, i, pred, reverse)
	// A pronoun object ("اشترته", "يستحوذ عليه X").
	pronounAt := func(j int) bool { return j >= 0 && j < s.To && arPronounPrep[d.Tokens[j].Norm] }
	if !reverse && (pronounObject(d.Tokens[i].Norm) || objAt >= 0 && (pronounAt(objAt) || pronounAt(objAt+1))) ||
		objAt < 0 && pronounAt(i+1) {
		return arPronounSlots(d, i, ms, pred)
	}
	subj := -1
	limit := s.To
	if objAt >= 0 {
		limit = objAt
	}
	// Subject first ("نون تشتري نمشي", "وكانت X قد اشترت"): a name right
	// before the verb is its subject; otherwise the verb comes first and
	// its subject follows it.
	if k := adjacentBefore(d, ms, i); k >= 0 && okSubject(d.Mentions[k], pred) && !reverse {
		subj = k
		if objAt < 0 {
			return subj, firstAfter(d, ms, i, pred, false)
		}
	}
	// "شراء سوق.كوم": the noun of buying takes its object directly, unless
	// a ل-object follows ("شراء ماسك للشركة").
	if w := d.Tokens[i].Norm; subj < 0 && isPurchaseNoun(w) {
		if k := firstAfter(d, ms, i, pred, false); k >= 0 && d.Mentions[k].From <= i+2 && !glued(d, s, d.Mentions[k].To) {
			return nearestBefore(d, ms, i, pred, true), k
		}
	}
	if pred == model.InvestedIn && subj < 0 {
		if sj, ob, ok := arInvestorsFrom(d, s, i, ms, pred); ok {
			return sj, ob
		}
	}
	if pred == model.BidFor && subj < 0 {
		subj = arBidder(d, s, i, ms, pred)
	}
	// Verb first: the subject follows the verb at once ("استحوذت شركة X",
	// "استثمار X في"), with at most a cue word between.
	for _, k := range ms {
		if subj >= 0 {
			break
		}
		if m := d.Mentions[k]; m.From > i && m.From < limit && m.From <= i+2 && okSubject(m, pred) {
			subj = k
			break
		}
	}
	if subj < 0 {
		subj = nearestBefore(d, ms, i, pred, true)
	}
	switch {
	case reverse:
		return arSale(d, s, i, objAt, ms, pred)
	case objAt >= 0:
		return arPrepObject(d, s, objAt, ms, subj, pred)
	}
	return subj, arGluedObject(d, s, i, ms, subj, pred)
}

var (
	arPercent     = wordSet("percent-sign")
	arFrom        = wordSet("ar-slots.from")
	arIn          = wordSet("ar-slots.in")
	arInPronoun   = wordSet("ar-slots.in-it")
	arOn          = wordSet("ar-slots.on")
	arBuyPurpose  = wordList("ar-slots.to-buy")
	arYear        = wordSet("ar-slots.year")
	arStakeNoun   = wordSet("stake-ar")
	arPronounPrep = wordSet("ar-slots.on-it")
	arInvestors   = wordList("ar-slots.investors")
	arGave        = wordSet("ar-slots.gave")
	arTo          = wordSet("ar-slots.to")
	arDeal        = wordSet("ar-slots.deal")
)

// arObjectAt finds the preposition that opens the object of the Arabic
// trigger at i: على for buying, في for investing; -1 if none.
func arObjectAt(d *Doc, s Sentence, i int, pred string, reverse bool) int {
	for j := i + 1; j < s.To && j < i+18; j++ {
		w := d.Tokens[j].Norm
		// "شراء 1.85% من جيو": the company whose shares were bought;
		// "شراء 50% زائد سهم واحد في أصول X": the one they are in.
		if arFrom[w] && j >= 2 && arPercent[d.Tokens[j-1].Norm] {
			return j
		}
		if arIn[w] && !reverse && stakePercent(d, s, j-3) > 0 {
			return j
		}
		// "في مارس/آذار 2024" is a date, not the target.
		temporal := arIn[w] && j+1 < s.To && (ar.Months[d.Tokens[j+1].Norm] || d.Tokens[j+1].Script == Digit || arYear[d.Tokens[j+1].Norm])
		if (pred == model.Acquired || pred == model.BidFor || isAcquisitionWord(&d.Tokens[i])) && (arOn[w] || hasAnyPrefix(w, arBuyPurpose)) ||
			pred == model.InvestedIn && (arIn[w] && !temporal || arInPronoun[w]) {
			return j
		}
		if reverse && (arIn[w] || arStakeNoun[w]) {
			return j
		}
	}
	return -1
}

// arPronounSlots reads a trigger whose object is a pronoun: the subject
// follows the verb (else precedes it); the object is the company the
// sentence put first ("ولـ"دينيز بنك" ... إذ اشترته").
func arPronounSlots(d *Doc, i int, ms []int, pred string) (int, int) {
	subj := -1
	for _, k := range ms {
		if m := d.Mentions[k]; m.From > i && m.From <= i+3 && okSubject(m, pred) {
			subj = k
			break
		}
	}
	if subj < 0 {
		subj = nearestBefore(d, ms, i, pred, true)
	}
	for _, k := range ms {
		if m := d.Mentions[k]; m.To <= i && m.Type == model.Company && k != subj && (subj < 0 || m.Key != d.Mentions[subj].Key) {
			return subj, k
		}
	}
	return subj, -1
}

// arInvestorsFrom reads "بعد ضخ مليارات الدولارات من مستثمرين كبار، وعلى
// رأسهم شركة مايكروسوفت": money from investors flows into the company
// before. ok reports that the shape was found.
func arInvestorsFrom(d *Doc, s Sentence, i int, ms []int, pred string) (int, int, bool) {
	for j := i + 1; j < s.To && j <= i+5; j++ {
		if arFrom[d.Tokens[j].Norm] && j+1 < s.To && hasAnyPrefix(d.Tokens[j+1].Norm, arInvestors) {
			if k := firstAfter(d, ms, j, pred, true); k >= 0 {
				if o := nearestBefore(d, ms, i, pred, false); o >= 0 {
					return k, o, true
				}
			}
			return -1, -1, true
		}
	}
	return -1, -1, false
}

// arBidder finds the bidder after an offer: after the verb of giving
// ("عرضاً قدمته "دليفري هيرو"") or after من ("عرضاً منافساً من إعمار
// مولز"); -1 if neither.
func arBidder(d *Doc, s Sentence, i int, ms []int, pred string) int {
	after := func(j int) int {
		subj := -1
		for _, k := range ms {
			if m := d.Mentions[k]; m.From > j && m.From <= j+2 && okSubject(m, pred) {
				subj = k
			}
		}
		return subj
	}
	subj := -1
	for j := i + 1; j < s.To && j <= i+3; j++ {
		if arGave[d.Tokens[j].Norm] {
			subj = after(j)
			break
		}
	}
	if subj >= 0 {
		return subj
	}
	for j := i + 1; j < s.To && j <= i+3; j++ {
		if arFrom[d.Tokens[j].Norm] {
			return after(j)
		}
	}
	return -1
}

// arSale reads a sale: the thing sold after the verb (or after its
// preposition), the buyer after إلى or لصالح.
func arSale(d *Doc, s Sentence, i, objAt int, ms []int, pred string) (int, int) {
	if objAt < 0 {
		objAt = i
	}
	obj := firstAfter(d, ms, objAt, pred, false)
	for j := i + 1; j < s.To; j++ {
		if arTo[d.Tokens[j].Norm] {
			return firstAfter(d, ms, j, pred, true), obj
		}
	}
	return -1, -1
}

// arPrepObject is the object that opens the prepositional phrase at objAt
// ("على كريم", "في شركة X", "على 50.03% من الشركة المشغلة لتطبيق كريم"); a
// name further on belongs to something else.
func arPrepObject(d *Doc, s Sentence, objAt int, ms []int, subj int, pred string) (int, int) {
	w := d.Tokens[objAt].Norm
	if arInPronoun[w] {
		return subj, -1
	}
	// "الاستثمار في مصر": investing in a country is no company deal.
	if arIn[w] && objAt+1 < s.To && d.lex != nil {
		if kind, ok := d.lex.Place(d.Tokens[objAt+1].Norm); ok && (kind == "country" || kind == "city" || kind == "region") {
			return -1, -1
		}
	}
	obj := firstAfter(d, ms, objAt, pred, false)
	if obj >= 0 && (subj == obj || d.Mentions[obj].From > objAt+3 && !stakePhrase(d, objAt+1, d.Mentions[obj].From) &&
		!descriptionOnly(d, objAt+1, d.Mentions[obj].From)) {
		obj = -1
	}
	// "على الشركة" / "في الشركة": a reference back.
	if next := objAt + 1; next < s.To && isAnaphor(d.Tokens[next].Norm) {
		if obj < 0 || d.Mentions[obj].From > next+1 {
			return subj, -1
		}
	}
	return subj, obj
}

// arGluedObject reads "شراء ماسك للشركة / لتويتر": the object glued to ل
// after the subject, or the deal named in the sentence ("عرضاً منافساً
// ... صفقة سوق.كوم").
func arGluedObject(d *Doc, s Sentence, i int, ms []int, subj int, pred string) int {
	from := i
	if subj >= 0 && d.Mentions[subj].From > i {
		from = d.Mentions[subj].To - 1
	}
	for j := from + 1; j < s.To && j < from+4; j++ {
		if isAnaphor(d.Tokens[j].Norm) {
			return -1
		}
	}
	for _, k := range ms {
		m := d.Mentions[k]
		if m.From > from && k != subj && okObject(m, pred) {
			// An investment names its object with في; a name far off
			// belongs to another clause.
			if pred == model.InvestedIn && m.From > from+4 || m.From > from+7 {
				break
			}
			return k
		}
	}
	for j := s.From; j+1 < s.To; j++ {
		if arDeal[d.Tokens[j].Norm] {
			for _, k := range ms {
				if m := d.Mentions[k]; m.From > j && m.From <= j+2 && k != subj && okObject(m, pred) {
					return k
				}
			}
		}
	}
	return -1
}

func isAnaphor(w string) bool {
	if anaphorEn[w] {
		return true
	}
	for _, f := range arForms(w) {
		if ar.Anaphors[f] {
			return true
		}
	}
	return false
}

func arForms(w string) []string {
	f, _ := ar.Variants(w)
	return f
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
		if subject && m.From > 0 && (withWords[d.Tokens[m.From-1].Norm] ||
			(pred == model.Acquired || pred == model.InvestedIn) && (arFrom[d.Tokens[m.From-1].Norm] || m.From > 1 && arFrom[d.Tokens[m.From-2].Norm] && ar.CompanyCues[d.Tokens[m.From-1].Norm]) ||
			m.From > 1 && isQuote(&d.Tokens[m.From-1]) && withAr[d.Tokens[m.From-2].Norm]) {
			continue
		}
		if subject && okSubject(m, pred) || !subject && okObject(m, pred) {
			return ms[n]
		}
	}
	return -1
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
		if clauseOpeners[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
}

// firstAfter returns the first mention starting after token i that fits.
func firstAfter(d *Doc, ms []int, i int, pred string, subject bool) int {
	for _, k := range ms {
		m := d.Mentions[k]
		if m.From <= i {
			continue
		}
		if subject && okSubject(m, pred) || !subject && okObject(m, pred) {
			return k
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

// expandList returns mention k with the mentions coordinated with it:
// "A, B and C", "A وB".
func expandList(d *Doc, ms []int, k int) []int {
	out := []int{k}
	pos := -1
	for n, x := range ms {
		if x == k {
			pos = n
		}
	}
	if pos < 0 {
		return out
	}
	typ := d.Mentions[k].Type
	last := k
	for n := pos + 1; n < len(ms); n++ {
		prev, next := d.Mentions[last], d.Mentions[ms[n]]
		if next.Type != typ && !(typ != model.Person && next.Type != model.Person) {
			break
		}
		if !onlyJoiners(d, prev.To, next.From) {
			// "A, a unit of B, and C": names inside an apposition are
			// skipped, the member after it joins.
			if apposition(d, prev.To, next.From) {
				out = append(out, ms[n])
				last = ms[n]
				continue
			}
			if n+1 < len(ms) && d.Mentions[ms[n+1]].From-prev.To <= 16 {
				continue
			}
			break
		}
		out = append(out, ms[n])
		last = ms[n]
	}
	return out
}

// onlyJoiners reports whether tokens [a,b) are list glue: commas, "and",
// a bracketed acronym, a nationality word or a company cue.
func onlyJoiners(d *Doc, a, b int) bool {
	// "Sanabil Investments, a wholly owned unit of the Public Investment
	// Fund, and SNB Capital": an apposition between two members.
	if appositionSpan(d, a, b, 14) {
		return true
	}
	// A described member: "وشركة STV السعودية لرأس المال الجريء، ومبادلة".
	// ... or whose last word is a glued "و" and a cue ("وصندوق").
	if b-a <= 7 && b > a && (memberEnd[d.Tokens[b-1].Norm] ||
		strings.HasPrefix(d.Tokens[b-1].Norm, "و") && ar.CompanyCues[strings.TrimPrefix(d.Tokens[b-1].Norm, "و")]) {
		ok := true
		for j := a; j < b-1; j++ {
			if t := &d.Tokens[j]; t.Script == Arabic && (ar.IsFunction(t.Norm) || withParticipation[t.Norm]) || t.Script == Latin || t.Script == Digit {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	if b-a > 4 {
		return false
	}
	for j := a; j < b; j++ {
		w := d.Tokens[j].Norm
		switch {
		case joiners[w] || isQuote(&d.Tokens[j]):
		case ar.CompanyCues[w] || ar.CompanyCues[strings.TrimPrefix(w, "و")]:
		case strings.HasPrefix(w, "ال") && d.Tokens[j].Script == Arabic && !ar.IsFunction(w):
		default:
			return false
		}
	}
	return true
}

// statusOf reads the deal's status from the sentence.
func statusOf(folded, def string) string {
	switch {
	case sentenceHas(folded, rejectCues):
		return model.Rejected
	case sentenceHas(folded, talksCues):
		return model.InTalks
	case sentenceHas(folded, doneCues):
		return model.Completed
	case sentenceHas(folded, agreedCues):
		return model.Announced
	}
	return def
}

func joinWords(s string) string {
	toks := tokenize(s, nil)
	return joinNorm(toks, 0, len(toks))
}

// stakePercent reads the size of a stake written next to the word at j
// ("a 49% stake", "حصة 51%"), or -1.
func stakePercent(d *Doc, s Sentence, j int) float64 {
	// "على ثلث X", "a third of X": a fraction in words.
	for q := j - 3; q <= j+3; q++ {
		if q < s.From || q >= s.To {
			continue
		}
		if v, ok := fractionWords[d.Tokens[q].Norm]; ok {
			return v
		}
	}
	for q := j - 3; q <= j+3; q++ {
		if q < s.From || q+1 >= s.To || d.Tokens[q].Script != Digit {
			continue
		}
		next := d.Tokens[q+1].Norm
		if stakePercentWords[next] || arIn[next] && hundredAr[tok(d, s, q+2)] {
			v := 0.0
			for _, r := range norm.Fold(d.Tokens[q].Text) {
				if r < '0' || r > '9' {
					break
				}
				v = v*10 + float64(r-'0')
			}
			return v
		}
	}
	return -1
}

// clauseOf is the folded text of the clause around token i: status words
// in another clause ("..., eight months after being rebuffed") belong to
// another event.
func clauseOf(d *Doc, s Sentence, i int) string {
	from, to := i, i+1
	for from > s.From && !clauseEdge(d.Tokens[from-1].Norm) {
		from--
	}
	for to < s.To && !clauseEdge(d.Tokens[to].Norm) {
		to++
	}
	return joinNorm(d.Tokens, from, to)
}

func clauseEdge(w string) bool {
	return clauseEdges[w]
}

var refusalWords = wordSet("refusal")

func refusedBetween(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		if refusalWords[d.Tokens[j].Norm] {
			return true
		}
	}
	return false
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
// tie), other than not.
func topicCompany(d *Doc, i int, not string) int {
	// A sentence that opens with "The company"/"الشركة" continues the
	// company of the sentence before.
	if i > 0 && i <= len(d.Tokens) {
		s := d.Sentences[d.Tokens[i-1].Sent]
		if i < len(d.Tokens) && d.Tokens[i].Sent != d.Tokens[i-1].Sent {
			s = d.Sentences[d.Tokens[i].Sent]
		}
		if theWord[tok2(d, s.From)] && theCompany[tok2(d, s.From+1)] {
			if c := centerCompany(d, i, not); c >= 0 {
				return c
			}
		}
	}
	// How often a company was named so far, plus a bonus for being the
	// first company of the sentence before (what "the company" most often
	// continues).
	center := centerCompany(d, i, not)
	score := map[string]int{}
	// The target of a deal already read is what the story is about.
	for _, r := range d.Relations {
		if r.Pred == model.Acquired || r.Pred == model.BidFor || r.Pred == model.InvestedIn {
			score[r.Obj] += 2
		}
	}
	best, bestScore := -1, 0
	for k, m := range d.Mentions {
		if m.To > i {
			break
		}
		if m.Type != model.Company || m.Key == not || isSource(d, k) {
			continue
		}
		score[m.Key]++
		if score[m.Key] > bestScore {
			best, bestScore = k, score[m.Key]
		}
		if d.Tokens[m.From].Sent == 0 {
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

// centerCompany is the first company named in the sentence before token i
// (what a following "the company" most often continues), or -1.
func centerCompany(d *Doc, i int, not string) int {
	if i <= 0 || i > len(d.Tokens) {
		return -1
	}
	si := d.Tokens[i-1].Sent
	if i < len(d.Tokens) && d.Tokens[i].Sent != si {
		// i opens a sentence: look at the one before it
	} else {
		si--
	}
	for ; si >= 0 && si >= d.Tokens[i-1].Sent-2; si-- {
		s := d.Sentences[si]
		for k, m := range d.Mentions {
			if m.From >= s.From && m.To <= s.To && m.Type == model.Company && m.Key != not && !isSource(d, k) {
				return k
			}
		}
	}
	return -1
}

// readFounding reads "X founded Y (with A, B and C)", "Y was founded by A,
// who ..., together with B and C" and "تأسست Y على يد A وB وC": every
// person in the sentence after the verb (and the subject before it) is a
// founder of the company named or referred to.
func readFounding(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	var founders []int
	if k := nearestBefore(d, ms, i, model.Founded, true); k >= 0 && within(d, s, i, 5, byList...) < 0 {
		founders = append(founders, k)
	}
	company := -1
	for _, k := range ms {
		m := &d.Mentions[k]
		// "with Ami Luttwak, Yinon Costica and Roy Reznik": unknown
		// two-word names among founders are people.
		if m.From > i && m.Type == model.Company && m.Cue == "capitalised" && m.To-m.From >= 2 && m.To-m.From <= 3 {
			m.Type = model.Person
		}
		if m.From > i && m.Type == model.Person {
			founders = append(founders, k)
		}
		if m.Type == model.Company && company < 0 && (m.From > i || m.To <= i) {
			company = k
		}
	}
	// The company is the one right before a passive verb, or after an
	// active one; else the one the article is about.
	if k := nearestBefore(d, ms, i, model.Founded, false); k >= 0 && (within(d, s, i, 5, byList...) >= 0 || d.Tokens[i].Script == Arabic) {
		company = k
	} else if k := firstAfter(d, ms, i, model.Founded, false); k >= 0 {
		company = k
	}
	if company < 0 || anaphorNear(d, s, i) {
		// "Butterfield co-founded the company": the company a founder is
		// already tied to, else the one the article is about.
		company = -1
		if len(founders) > 0 {
			company = tiedCompany(d, d.Mentions[founders[0]].Key)
		}
		if company < 0 {
			company = topicCompany(d, s.From, "")
		}
	}
	if company < 0 {
		return nil
	}
	var out []Rel
	for _, f := range founders {
		if validPair(d, f, company, model.Founded) {
			out = append(out, Rel{Subj: d.Mentions[f].Key, Obj: d.Mentions[company].Key, Pred: model.Founded, Conf: 0.7, Sent: si})
		}
	}
	return out
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
				if ar.Anaphors[f] {
					return true
				}
			}
		}
	}
	return false
}

func isPurchaseNoun(w string) bool {
	for _, f := range arForms(w) {
		if purchaseNounAr[f] {
			return true
		}
	}
	return false
}

// glued reports a ل-object right after token j: "للشركة", "لتويتر".
func glued(d *Doc, s Sentence, j int) bool {
	for q := j; q < s.To && q < j+3; q++ {
		if t := &d.Tokens[q]; t.Script == Arabic && strings.HasPrefix(t.Norm, "ل") && len([]rune(t.Norm)) > 3 {
			return true
		}
	}
	return false
}

// pronounObject reports a buying verb with its object as a suffix:
// "اشترته", "اشترتها", "استحوذت عليها" is handled by the preposition.
func pronounObject(w string) bool {
	for _, stem := range boughtStemsAr {
		if strings.HasPrefix(w, stem) && len([]rune(w)) > len([]rune(stem)) {
			rest := string([]rune(w)[len([]rune(stem)):])
			if objectSuffixAr[rest] {
				return true
			}
		}
	}
	return false
}

// stakePhrase reports whether tokens [a,b) only describe a share of the
// company that follows: a percentage, "من", definite nouns, no comma.
func stakePhrase(d *Doc, a, b int) bool {
	if b-a > 7 {
		return false
	}
	pct := false
	for j := a; j < b; j++ {
		t := &d.Tokens[j]
		switch {
		case t.Script == Digit:
		case arPercent[t.Norm]:
			pct = true
		case isQuote(t):
		case t.Script == Arabic && (arFrom[t.Norm] || arIn[t.Norm] || !ar.IsFunction(t.Norm)):
		default:
			return false
		}
	}
	return pct
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

// readLeader reads "سبيربنك، الذي يرأسه غيرمان غريف" and "ويقود البنك
// رئيسه التنفيذي هاكان أتيش": the person after the verb runs the company
// the relative clause hangs on, or the one the verb names.
func readLeader(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	person := -1
	for _, k := range ms {
		if m := d.Mentions[k]; m.From > i && m.From <= i+6 && m.Type == model.Person {
			person = k
			break
		}
	}
	if person < 0 || boardAr[tok(d, s, i+1)] {
		return nil // "يرأس مجلس إدارتها": the chair, not the chief executive
	}
	company := -1
	if relativeOneAr[tok(d, s, i-1)] {
		for n := len(ms) - 1; n >= 0; n-- {
			if m := d.Mentions[ms[n]]; m.To <= i && m.Type == model.Company {
				company = ms[n]
				break
			}
		}
	} else {
		for _, k := range ms {
			if m := d.Mentions[k]; m.From > i && m.From <= i+2 && m.Type == model.Company {
				company = k
			}
		}
		if company < 0 && anaphorNear(d, s, i) {
			company = topicCompany(d, s.From, "")
		}
	}
	if company < 0 {
		return nil
	}
	return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: model.CEOOf, Conf: 0.6, Sent: si}}
}

// isBuyingNoun reports an Arabic verbal noun of buying ("استحواذ",
// "شراء"), as opposed to a conjugated verb.
func isBuyingNoun(t *Token) bool {
	for _, f := range t.Forms {
		if hasAnyPrefix(f, buyingNounStemsAr) || purchaseNounAr[f] {
			return true
		}
	}
	return false
}

// apposition reports ", a/an/the ..., and" between two list members.
func apposition(d *Doc, a, b int) bool { return appositionSpan(d, a, b, 16) }

// appositionSpan is an apposition of at most max tokens.
func appositionSpan(d *Doc, a, b, max int) bool {
	return b-a >= 4 && b-a <= max && tok2(d, a) == "," && articles[tok2(d, a+1)] && andWord[tok2(d, b-1)] && tok2(d, b-2) == ","
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

func participation(t *Token) bool {
	for _, f := range t.Forms {
		if participationWords[f] {
			return true
		}
	}
	return false
}

// relativeBefore reports a relative pronoun right before token i: "...،
// اللذان قادا".
func relativeBefore(d *Doc, s Sentence, i int) bool {
	return relativeAr[tok(d, s, i-1)]
}

// readRoundBefore reads round leaders named before a relative pronoun.
func readRoundBefore(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	var leaders []int
	for n := len(ms) - 1; n >= 0; n-- {
		m := d.Mentions[ms[n]]
		if m.To > i {
			continue
		}
		if len(leaders) == 0 {
			if i-m.To > 3 {
				return nil
			}
			leaders = append(leaders, ms[n])
			continue
		}
		prev := d.Mentions[leaders[len(leaders)-1]]
		if !onlyJoiners(d, m.To, prev.From) || !hasConjunction(d, m.To, prev.From+1) {
			break
		}
		leaders = append(leaders, ms[n])
	}
	if len(leaders) == 0 || !containsAny(joinNorm(d.Tokens, s.From, s.To), roundNounAr) {
		return nil
	}
	in := map[string]bool{}
	for _, k := range leaders {
		in[d.Mentions[k].Key] = true
	}
	obj := -1
	for _, k := range ms {
		if m := d.Mentions[k]; m.Type == model.Company && !in[m.Key] && m.To <= i {
			obj = k
			break
		}
	}
	if obj < 0 {
		obj = topicCompany(d, s.From, d.Mentions[leaders[0]].Key)
	}
	if obj < 0 {
		return nil
	}
	return investRels(d, si, leaders, obj, pickMoney(d, s, i, false), 0.6)
}

// investRels makes each of subjects an investor in obj with one amount
// (the round's, for every lead).
func investRels(d *Doc, si int, subjects []int, obj int, mon *money.Mention, conf float64) []Rel {
	var out []Rel
	for _, k := range subjects {
		if validPair(d, k, obj, model.InvestedIn) {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[obj].Key, Pred: model.InvestedIn, Money: mon, Status: model.Completed, Conf: conf, Sent: si})
		}
	}
	return out
}

// readBackersAfter reads "داعمي X: A وB": the backers listed after the
// word, the company backed right after it or the one referred to.
func readBackersAfter(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	obj := -1
	first := -1
	for _, k := range ms {
		m := d.Mentions[k]
		if m.From <= i {
			continue
		}
		if obj < 0 && (m.From <= i+1 || m.From == i+2 && isQuote(&d.Tokens[i+1])) && m.Type == model.Company {
			obj = k
			continue
		}
		first = k
		break
	}
	if first < 0 {
		return nil
	}
	if obj < 0 {
		obj = topicCompany(d, s.From, d.Mentions[first].Key)
	}
	if obj < 0 {
		return nil
	}
	var out []Rel
	for _, k := range expandList(d, ms, first) {
		if validPair(d, k, obj, model.InvestedIn) && d.Mentions[k].Key != d.Mentions[obj].Key {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[obj].Key, Pred: model.InvestedIn, Status: model.Completed, Conf: 0.5, Sent: si})
		}
	}
	return out
}

// hasConjunction reports "و" or a comma among tokens [a, b), glued "و"
// included: what joins the members of a list.
func hasConjunction(d *Doc, a, b int) bool {
	for j := a; j < b && j < len(d.Tokens); j++ {
		w := d.Tokens[j].Norm
		if conjunctions[w] || strings.HasPrefix(w, "و") && d.Tokens[j].Script == Arabic && len(d.Tokens[j].Forms) > 1 {
			return true
		}
	}
	return false
}

// retype gives every mention of an entity a new type: a name first read
// as a person's turns out to be bought or invested in.
func retype(d *Doc, key, typ string) {
	for k := range d.Mentions {
		if d.Mentions[k].Key == key {
			d.Mentions[k].Type = typ
		}
	}
}

// descriptionOnly reports that tokens [a,b) only describe the name after
// them: "في منصة الموسيقى "أنغامي"".
func descriptionOnly(d *Doc, a, b int) bool {
	if b-a > 5 {
		return false
	}
	for j := a; j < b; j++ {
		t := &d.Tokens[j]
		if !(isQuote(t) || t.Script == Arabic && (ar.CompanyCues[t.Norm] || strings.HasPrefix(t.Norm, "ال") && !ar.IsFunction(t.Norm))) {
			return false
		}
	}
	return true
}

var (
	theDealCues   = wordList("the-deal")
	irregularPast = wordSet("irregular-past")
	toList        = wordList("to")
	relativeEn    = wordSet("relative-that")
	inIntoSet     = wordSet("in-into")
	anaphorEn     = wordSet("anaphors-en")
	thatItAr      = wordSet("that-it-ar")
	withWords     = wordSet("with")
	withAr        = wordSet("with-ar")
	relativeSubj  = wordSet("relative-subject")
	clauseOpeners = wordSet("clause-openers")
)

var (
	fractionWords      = wordValues("fractions")
	stakePercentWords  = wordSet("stake-percent")
	hundredAr          = wordSet("hundred-ar")
	clauseEdges        = wordSet("clause-edges")
	theCompany         = wordSet("the-company.topic")
	companyNear        = wordSet("the-company.near")
	companyNoun        = wordSet("the-company.subject")
	purchaseNounAr     = wordSet("purchase-noun-ar")
	boughtStemsAr      = wordList("bought-stems-ar")
	objectSuffixAr     = wordSet("object-suffix-ar")
	notPriceValue      = wordSet("not-price-value")
	boardAr            = wordSet("board-ar")
	relativeOneAr      = wordSet("relative-one-ar")
	buyingNounStemsAr  = wordList("buying-noun-stems-ar")
	theCompanyAr       = wordSet("the-company-ar")
	intentWords        = wordSet("intent")
	participationWords = wordSet("participation")
	relativeAr         = wordSet("relative-ar")
	roundNounAr        = wordList("round-noun-ar")
)

var (
	articles          = wordSet("articles")
	memberEnd         = wordSet("member-end")
	withParticipation = wordSet("with-participation-ar")
	joiners           = wordSet("joiners")
	conjunctions      = wordSet("conjunctions")
)
