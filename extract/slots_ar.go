package extract

import (
	"strings"

	"github.com/kg-news/kg/extract/norm"
	"github.com/kg-news/kg/model"
)

// arSlots finds subject and object around an Arabic trigger. Arabic puts
// the verb first (استحوذت X على Y) or the subject first (X تستحوذ على Y);
// the object follows على for buying, في for investing, or is glued to ل.
func arSlots(d *Doc, s Sentence, i int, ms []int, pred string, reverse bool) (int, int) {
	objAt := arObjectAt(d, s, i, pred, reverse)
	// A pronoun object ("اشترته", "يستحوذ عليه X").
	// "اشترت X حصة 10% فيها": a stake in it.
	pronounAt := func(j int) bool {
		return j >= 0 && j < s.To && (arPronounPrep[d.Tokens[j].Norm] || arInPronoun[d.Tokens[j].Norm] && (stakePercent(d, s, j-3) > 0 || sharesBefore(d, j)))
	}
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
		if k := firstAfter(d, ms, i, pred, false); k >= 0 && (d.Mentions[k].From <= i+2 || descriptionOnly(d, i+1, d.Mentions[k].From)) && !glued(d, s, d.Mentions[k].To) {
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
		// "الاستحواذ في سوق دبي المالي": a preposition's object is none.
		// "واستحوذت شركة الاتصالات الإماراتية X": a cue and a description.
		if m := d.Mentions[k]; m.From > i && m.From < limit && (m.From <= i+2+cueQuote(d, i+1) || describedSubject(d, i+1, m.From)) && okSubject(m, pred) && !(m.From == i+2 && ar.IsFunction(d.Tokens[i+1].Norm)) {
			subj = k
			break
		}
	}
	if subj < 0 {
		subj = nearestBefore(d, ms, i, pred, true)
	}
	switch {
	case reverse:
		return arSale(d, s, i, objAt, ms, pred, subj)
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
		// "اشترت X (صندوق الثروة في البلاد) حصة في Y": an aside holds no object.
		j = pastAside(d, s, j)
		w := d.Tokens[j].Norm
		// "شراء 1.85% من جيو": the company whose shares were bought;
		// "شراء 50% زائد سهم واحد في أصول X": the one they are in.
		if arFrom[w] && j >= 2 && arPercent[d.Tokens[j-1].Norm] {
			return j
		}
		if (arIn[w] || arInPronoun[w]) && !reverse && (stakePercent(d, s, j-3) > 0 || sharesBefore(d, j)) {
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

// stakeNounIn reports a stake noun among tokens [a, b) ("حصة شركة").
func stakeNounIn(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		if anyForm(d.Tokens[j].Forms, arStakeNoun) {
			return true
		}
	}
	return false
}

// companyInAfter is the company right after a "في" within eight words
// after token j, past a figure and its brackets, with no other name
// between; or -1.
func companyInAfter(d *Doc, s Sentence, ms []int, j int, pred string) int {
	for q := j; q < s.To && q < j+10; q++ {
		if isComma(&d.Tokens[q]) || mentionWithin(d, ms, q-1, 1) { // a comma or a name at q
			return -1
		}
		if arIn[d.Tokens[q].Norm] {
			if k := firstAfter(d, ms, q, pred, false); k >= 0 && d.Mentions[k].From <= q+2 {
				return k
			}
			return -1
		}
	}
	return -1
}

// pastAside is the token after the bracketed aside opening at j (j
// itself when none opens there, or when it is not closed in the sentence).
func pastAside(d *Doc, s Sentence, j int) int {
	if d.Tokens[j].Text != "(" {
		return j
	}
	for k := j + 1; k+1 < s.To; k++ {
		if d.Tokens[k].Text == ")" {
			return k + 1
		}
	}
	return j
}

// inAsideAfter reports whether m opens a bracketed aside right after a,
// a cue word allowed before it: "X (صندوق الثروة السيادي)".
// A quoted name's company word and nationality come first: "«X»
// القابضة الإماراتية (صندوق ...)".
func inAsideAfter(d *Doc, a, m Mention) bool {
	p := a.To
	if p < len(d.Tokens) && isQuote(&d.Tokens[p]) {
		p = quotedTail(d, p+1, len(d.Tokens))
	}
	return p < len(d.Tokens) && d.Tokens[p].Text == "(" && m.From > p && m.From <= p+2
}

// arPronounSlots reads a trigger whose object is a pronoun: the subject
// follows the verb (else precedes it); the object is the company the
// sentence put first ("ولـ"دينيز بنك" ... إذ اشترته").
func arPronounSlots(d *Doc, i int, ms []int, pred string) (int, int) {
	subj := -1
	for _, k := range ms {
		// "الحصة التي اشترتها من شركة X": a preposition's object is no
		// subject.
		if m := d.Mentions[k]; m.From > i && m.From <= i+3 && okSubject(m, pred) && !arFrom[d.Tokens[i+1].Norm] {
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
// ("عرضاً قدمته "زمرد هيرو"") or after من ("عرضاً منافساً من إعمار
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
	// "قدمت مجموعة X، التي تملك 20% من Y، عرضاً": the subject of the verb
	// that opens the sentence made the offer, not a name in its clause.
	for j := s.From; j < i && j <= s.From+2; j++ {
		if anyForm(d.Tokens[j].Forms, arSubmitted) {
			return after(j)
		}
	}
	return -1
}

var arSubmitted = wordSet("ar-slots.submitted")

// arSale reads a sale: the thing sold after the verb (or after its
// preposition), the buyer after إلى, لصالح or a cue with لـ.
func arSale(d *Doc, s Sentence, i, objAt int, ms []int, pred string, seller int) (int, int) {
	// "باعت مجموعة X شركة Y إلى Z": with a second name before the buyer,
	// the first after the verb is the seller, not what it sells.
	second := -1
	if objAt < 0 && seller >= 0 && d.Mentions[seller].From > i {
		second = firstAfter(d, ms, d.Mentions[seller].To-1, pred, false)
	}
	if objAt < 0 {
		objAt = i
	}
	obj := firstAfter(d, ms, objAt, pred, false)
	for j := i + 1; j < s.To; j++ {
		if second >= 0 && d.Mentions[second].To <= j {
			obj, second = second, -1
		}
		// "لصندوق X" after what is sold: لـ on a company cue is إلى.
		liBuyer := obj >= 0 && j >= d.Mentions[obj].To && liCue(&d.Tokens[j])
		if arTo[d.Tokens[j].Norm] || liBuyer {
			// "ستبيع الأسهم إلى كل من A وB": the names after إلى are
			// the buyers, never what they buy.
			if obj >= 0 && d.Mentions[obj].From > j {
				obj = -1
			}
			buyer := firstAfter(d, ms, j, pred, true)
			// "ستبيع X حصتها في الشركة إلى Y": the company is neither
			// the seller nor the buyer.
			if obj < 0 && buyer >= 0 && seller >= 0 {
				obj = topicCompany(d, s.From, keyOf(d, buyer), keyOf(d, seller))
			}
			return buyer, obj
		}
	}
	return -1, -1
}

// liCue reports a company cue with لـ glued on ("لصندوق", "لشركة"); the
// definite "للشركة" refers back instead.
func liCue(t *Token) bool {
	return t.Script == Arabic && strings.HasPrefix(t.Norm, "ل") && !strings.HasPrefix(t.Norm, "لل") && isCueWord(t)
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
		!descriptionOnly(d, objAt+1, d.Mentions[obj].From) && !namedAfterDescription(d, objAt+1, d.Mentions[obj].From)) {
		obj = -1
	}
	// "استحوذت على حصة شركة X البالغة 50% في Y": X's stake in Y; Y is
	// what is bought, X sells.
	if obj >= 0 && stakeNounIn(d, objAt+1, d.Mentions[obj].From) {
		if y := companyInAfter(d, s, ms, d.Mentions[obj].To, pred); y >= 0 {
			obj = y
		}
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
		// "اشترت X (صندوق الثروة السيادي) ...": the aside describes the buyer.
		if subj >= 0 && inAsideAfter(d, d.Mentions[subj], m) {
			continue
		}
		// "بتنفيذ عملية الاستحواذ في سوق دبي المالي": where a purchase is
		// made is not what it buys.
		// ... but shares in it are: "شراء 6.82 مليون سهم، في شركة X".
		if pred != model.InvestedIn && m.From > 0 && arIn[d.Tokens[m.From-1].Norm] && !sharesBefore(d, m.From-1) {
			continue
		}
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
		if anaphorsAr[f] {
			return true
		}
	}
	return false
}

func arForms(w string) []string {
	f, _ := ar.Variants(w)
	return f
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

var stakeWholeAr = wordSet("stake-whole-ar")

// stakePhrase reports whether tokens [a,b) only describe a share of the
// company that follows: a percentage or all of it ("جميع أسهم"), "من",
// definite nouns, no comma.
func stakePhrase(d *Doc, a, b int) bool {
	// "من رأسمال شركات: A وB": a plural cue's colon opens the list.
	if b-1 > a && d.Tokens[b-1].Text == ":" && anyForm(d.Tokens[b-2].Forms, pluralCuesAr) {
		b--
	}
	if b-a > 8 {
		return false
	}
	pct := false
	for j := a; j < b; j++ {
		t := &d.Tokens[j]
		switch {
		case t.Script == Digit:
			// headlines drop the sign: "على 76 من Y" is 76%
			pct = pct || j+1 < b && arFrom[d.Tokens[j+1].Norm] && wholeUpTo(t.Text, 100)
		case arPercent[t.Norm] || stakePercentWords[t.Norm] || stakeWholeAr[t.Norm] || controlStake[t.Norm]:
			pct = true // "حصة مسيطرة في": a size in words
		case hundredAr[t.Norm] && j > a && arIn[d.Tokens[j-1].Norm]:
			pct = true // "مئة في المئة من": per cent in words
		case isQuote(t):
		case t.Script == Arabic && (arFrom[t.Norm] || arIn[t.Norm] || arOn[t.Norm] || !ar.IsFunction(t.Norm)):
		default:
			return false
		}
	}
	return pct
}

// wholeUpTo reports whether s is a whole number (in any digits) from 1 to max.
func wholeUpTo(s string, max int) bool {
	v := 0
	for _, r := range norm.Fold(s) {
		if r < '0' || r > '9' {
			return false
		}
		v = v*10 + int(r-'0')
		if v > max {
			return false
		}
	}
	return v > 0
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

// descriptionOnly reports that tokens [a,b) only describe the name after
// them: "في منصة الموسيقى "أنغامي"", "شراء منافسه "مجموعة X"".
func descriptionOnly(d *Doc, a, b int) bool {
	if b-a > 5 {
		return false
	}
	for j := a; j < b; j++ {
		t := &d.Tokens[j]
		if !(isQuote(t) || t.Script == Arabic && (companyCues[t.Norm] || ar.Descriptors[t.Norm] || strings.HasPrefix(t.Norm, "ال") && !ar.IsFunction(t.Norm))) {
			return false
		}
	}
	return true
}

// namelyAr name what a description before them stands for ("على شركة
// ناشئة محلية أخرى، وهي «X»").
var namelyAr = wordSet("namely-ar")

// namedAfterDescription reports tokens [a, b) that describe a company in a
// few words and then name it: "شركة ناشئة محلية أخرى، وهي «".
func namedAfterDescription(d *Doc, a, b int) bool {
	j := b - 1
	if j > a && isQuote(&d.Tokens[j]) {
		j--
	}
	if j <= a+1 || !namelyAr[d.Tokens[j].Norm] || !isComma(&d.Tokens[j-1]) || j-1-a > 5 {
		return false
	}
	for k := a; k < j-1; k++ {
		if d.Tokens[k].Script != Arabic {
			return false
		}
	}
	return true
}

// describedSubject reports a company cue at a and then only a description
// up to the name at b: "شركة الاتصالات الإماراتية «X»".
func describedSubject(d *Doc, a, b int) bool {
	return b > a+1 && isCueWord(&d.Tokens[a]) && descriptionOnly(d, a+1, b)
}

// cueQuote is 1 for a company cue and a quote mark at j ("اشترت شركة
// "X""): the mark does not count as a word between the verb and its
// subject.
func cueQuote(d *Doc, j int) int {
	if j+1 >= len(d.Tokens) || !isCueWord(&d.Tokens[j]) {
		return 0
	}
	if isQuote(&d.Tokens[j+1]) {
		return 1
	}
	// "استحوذت الشركة المغربية «X»": a nationality between them too.
	if j+2 < len(d.Tokens) && isNationality(d, d.Tokens[j+1].Norm) && isQuote(&d.Tokens[j+2]) {
		return 2
	}
	return 0
}

// isNationality reports a nationality adjective the lexicon knows.
func isNationality(d *Doc, w string) bool {
	if d.lex == nil {
		return false
	}
	kind, ok := d.lex.Place(w)
	return ok && kind == "nationality"
}

// sharesBefore reports a noun of shares or stake right before the
// preposition at j, a comma aside.
func sharesBefore(d *Doc, j int) bool {
	q := j - 1
	if q >= 0 && isComma(&d.Tokens[q]) {
		q--
	}
	return q >= 0 && d.Tokens[q].Sent == d.Tokens[j].Sent && (arStakeNoun[d.Tokens[q].Norm] || sharesNounsAr[d.Tokens[q].Norm])
}

var sharesNounsAr = wordSet("shares-ar")
