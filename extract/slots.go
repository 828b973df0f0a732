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

var attribution = map[string]bool{"according": true, "reported": true, "told": true, "وفقا": true,
	"ووفقا": true, "بحسب": true, "وبحسب": true, "حسب": true, "نقلا": true, "نقلته": true, "افادت": true,
	"ذكرت": true, "وكاله": true, "صحيفه": true, "قناه": true, "مجله": true, "موقع": true, "لوكاله": true,
	"لصحيفه": true, "لتقرير": true, "تقرير": true, "report": true, "صادر": true}

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

// readTrigger fills the slots of the trigger at token i.
func readTrigger(d *Doc, si, i int, tr *trigger, ms []int, folded string) []Rel {
	s := d.Sentences[si]
	ms = partiesOnly(d, ms)
	t := &d.Tokens[i]
	pred, reverse, noun := tr.pred, tr.reverse, tr.noun
	w := t.Norm
	isAr := t.Script == Arabic
	if isInsideMention(d, ms, i) {
		return nil
	}
	// Words that are triggers only in company: "take over", "set up",
	// "put in", "led ... round", "chief executive", "على يد".
	switch {
	case !isAr && (w == "took" || w == "take" || w == "takes" || w == "taking") && tok(d, s, i+1) == "part":
		// "with Eastbridge Partners also taking part" in a round: a
		// participant, with no amount of its own.
		sj := nearestBefore(d, ms, i, model.InvestedIn, true)
		ob := topicCompany(d, s.From, keyOf(d, sj))
		if sj < 0 || ob < 0 || !strings.Contains(folded, "round") {
			return nil
		}
		return []Rel{{Subj: d.Mentions[sj].Key, Obj: d.Mentions[ob].Key, Pred: model.InvestedIn, Status: model.Completed, Conf: 0.5, Sent: si}}
	case !isAr && (w == "took" || w == "take" || w == "takes" || w == "taking"):
		if tok(d, s, i+1) != "over" {
			if within(d, s, i, 5, "stake") < 0 {
				return nil
			}
			pred = model.InvestedIn
		}
	case !isAr && w == "set":
		if tok(d, s, i+1) != "up" {
			return nil
		}
	case !isAr && (w == "put" || w == "putting"):
		if within(d, s, i, 4, "in") < 0 {
			return nil
		}
	case !isAr && (w == "led" || w == "co led" || w == "colead"):
		if !strings.Contains(folded, "round") && !strings.Contains(folded, "series") && !strings.Contains(folded, "funding") {
			return nil
		}
	case !isAr && w == "executive":
		if tok(d, s, i-1) != "chief" {
			return nil
		}
	case !isAr && (w == "offer" || w == "offers") && (tok(d, s, i-1) == "public" || tok(d, s, i+1) == "price"):
		return nil
	case !isAr && (w == "offered" || w == "bid" || w == "offers") && within(d, s, i, 6, "for", "buy", "acquire", "purchase", "take") < 0:
		// "offered ten-year commitments": an offer of something else.
		return nil
	case !isAr && (w == "backers" || w == "backer" || w == "investors" || w == "investor"):
		return readBackers(d, si, i, ms)
	case !isAr && (w == "sold" || w == "sells" || w == "sell" || w == "selling") && (tok(d, s, i+1) == "its" || tok(d, s, i+1) == "his" || tok(d, s, i+1) == "their" || tok(d, s, i+1) == "part"):
		return nil // "sold its welding unit": a part of the seller, no company

	case !isAr && (w == "stake"):
		// "took a 9.2% stake in Twitter": only a stake in a named company
		// that someone acquired; holding one is no deal.
		if within(d, s, i, 2, "in", "of") < 0 || !sentenceHas(clauseOf(d, s, i), []string{"took", "take", "taking", "bought", "buy", "buying", "acquired", "acquire", "purchased", "disclosed", "built", "building", "amassed"}) {
			return nil
		}
		if before(d, s, i, 4, "controlling", "majority") {
			pred = model.Acquired
		}
	case !isAr && (w == "acquisitions" || w == "bids" || w == "offers" || w == "takeovers") && tok(d, s, i+1) != "of" && tok(d, s, i+1) != "for":
		return nil // "relied heavily on acquisitions": no deal in particular
	case !isAr && (w == "investment" || w == "investments") && within(d, s, i, 5, "in", "into") < 0:
		// "the investment firm Benchmark", "The Scale investment is ...":
		// a noun that names no deal of its own here.
		return nil
	case !isAr && w == "committed" && moneyRightAfter(d, i+1) == nil && !(tok(d, s, i+1) == "to" && strings.HasPrefix(tok(d, s, i+2), "invest")):
		return nil // "committed to keep VMware's servers": a promise, no money
	case !isAr && w == "participated":
	case isAr && w == "يد":
		if tok(d, s, i-1) != "علي" {
			return nil
		}
	case isAr && (w == "استثمار" || w == "الاستثمار" || w == "للاستثمار") && i > s.From && (ar.CompanyCues[d.Tokens[i-1].Forms[len(d.Tokens[i-1].Forms)-1]] || strings.HasPrefix(tok(d, s, i-1), "شركات") || strings.HasPrefix(tok(d, s, i-1), "صناديق")):
		return nil // "شركات استثمار": investment firms, no investment
	case isAr && (w == "داعمي" || w == "داعمو" || w == "وداعمي"):
		// "ومن أبرز داعمي المنصة مجموعة ناسبرز وصندوق تايغر غلوبال":
		// the backers named after the word.
		return readBackersAfter(d, si, i, ms)
	case isAr && (w == "قادا" || w == "قادوا") || isAr && (w == "قادت" || w == "قاد") && relativeBefore(d, s, i):
		// "ناسبرز وتايغر غلوبال، اللذان قادا جولة تمويل بلغت 275 مليون":
		// the leaders are the names before the relative pronoun.
		return readRoundBefore(d, si, i, ms)
	case isAr && (w == "قادت" || w == "قاد" || w == "بقياده" || w == "قادتها" || w == "قادها"):
		if !strings.Contains(folded, "جوله") && !strings.Contains(folded, "تمويل") {
			return nil
		}
		return readRound(d, si, i, ms)
	case !isAr && (w == "led" || w == "co led" || w == "colead") && tok(d, s, i+1) == "by":
		if !strings.Contains(folded, "round") && !strings.Contains(folded, "series") && !strings.Contains(folded, "funding") {
			return nil
		}
		return readRound(d, si, i+1, ms)
	case isAr && pred == model.BidFor && w != "سنشتري" && w != "نشتري":
		// An offer is a bid only when it is an offer to buy; an attempt or
		// a proposal only when "to buy" follows it.
		offer := strings.HasPrefix(w, "عرض")
		if within(d, s, i, 6, "لشراء", "للاستحواذ", "لاستحواذ", "شراء", "للشراء", "لضم") < 0 && (!offer || !strings.Contains(folded, "استحواذ") && !strings.Contains(folded, "شراء")) {
			return nil
		}
	case isAr && (w == "المستثمرين" || w == "مستثمرين" || w == "المستثمرون" || w == "مستثمرون"):
		return readBackers(d, si, i, ms)
	case pred == model.PartnerIn:
		return readVenture(d, si, ms)
	case isAr && (w == "الاستثمار" || w == "الاستحواذ") && within(d, s, i, 2, "علي", "في") < 0 && !mentionWithin(d, ms, i, 2):
		return nil // "إن الاستثمار سيعزز": the investment already told
	case isAr && t.Forms[len(t.Forms)-1] == "حصه" && w != "حصه" && w != "بحصه":
		return nil // "الحصة", "تلك الحصة": the stake already told
	case isAr && (w == "حصه" || w == "بحصه"):
		// "بنت حصة 9.9% في X", "لحق بها X بحصة 1.16%": a stake taken.
		if w == "حصه" && !precededBy(d, s, i, 2, "بنت", "بني", "اشترت", "اشتري", "كونت", "جمعت", "امتلكت", "تملكت", "رفعت", "ضاعفت") {
			return nil
		}
		// "تدير X المنطقة بحصة 45%": holding a share is no deal; taking
		// one for a price is.
		if w == "بحصه" && !sentenceHas(clauseOf(d, s, i), []string{"مقابل", "بقيمه", "بتكلفه"}) {
			return nil
		}
	case isAr && (w == "العرض" || w == "عرضه" || w == "عرضها"):
		return nil // "the offer" again: it was read where it was made
	case pred != model.Founded && pred != model.CEOOf && (tok(d, s, i-1) == "عبر" || tok(d, s, i-1) == "بواسطه" || tok(d, s, i-2) == "من" && tok(d, s, i-1) == "خلال"):
		return nil // "بنى حصة ... عبر شراء أسهم": the means of a deal already read
	case isAr && (w == "اسسها" || w == "اسسه"):
		// "منصة نون التي أسسها": the company before; its founders the
		// people after the verb ("التي أسسها إدي مارون وإيلي حبيب"), else
		// the person the sentence is about.
		obj := nearestBefore(d, ms, i, model.Founded, false)
		var founders []int
		for _, k := range ms {
			if m := d.Mentions[k]; m.Type == model.Person && m.From > i && m.From <= i+3 {
				founders = expandList(d, ms, k)
				break
			}
		}
		if len(founders) == 0 {
			for _, k := range ms {
				if m := d.Mentions[k]; m.Type == model.Person && m.To <= i {
					founders = []int{k}
					break
				}
			}
		}
		if obj < 0 || len(founders) == 0 {
			return nil
		}
		var out []Rel
		for _, f := range founders {
			out = append(out, Rel{Subj: d.Mentions[f].Key, Obj: d.Mentions[obj].Key, Pred: model.Founded, Conf: 0.6, Sent: si})
		}
		return out
	case isAr && (w == "شارك" || w == "شاركت" || w == "وشارك" || w == "وشاركت") && tok(d, s, i+1) == "في" && strings.HasPrefix(tok(d, s, i+2), "تاسيس"):
		// "نمشي شارك في تأسيسها حسام عرب": co-founded.
		person := -1
		for _, k := range ms {
			if m := d.Mentions[k]; m.From > i && m.Type == model.Person {
				person = k
				break
			}
		}
		company := nearestBefore(d, ms, i, model.Founded, false)
		if person < 0 || company < 0 {
			return nil
		}
		return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: model.Founded, Conf: 0.6, Sent: si}}
	case isAr && (w == "تاسست" || w == "تاسس"):
		return nil // the founders follow "على يد", read there
	case pred == model.Acquired && followsBid(d, s, i):
		return nil // "عرض ماسك لشراء X", "offer to buy X": the bid says it
	case isAr && pred == model.Acquired && (strings.HasPrefix(w, "لشراء") || strings.HasPrefix(w, "للاستحواذ") || strings.HasPrefix(w, "لاستحواذ") || strings.HasPrefix(w, "لضم")):
		// A purpose ("to buy X") is a bid unless the deal was agreed.
		if !sentenceHas(folded, []string{"اتفق*", "وافق*", "وقع*", "ووقع*", "ستستحوذ", "اتمت", "اكملت"}) || sentenceHas(folded, []string{"مذكره تفاهم"}) {
			pred = model.BidFor
		}
		// The buyer is the agent before the purpose, the target after it.
		if obj := firstAfter(d, ms, i, pred, false); obj >= 0 {
			if subj := nearestBefore(d, ms, i, pred, true); subj >= 0 && d.Mentions[subj].Key != d.Mentions[obj].Key {
				st := statusOf(folded, model.Proposed)
				if pred == model.Acquired && st == model.Rejected {
					pred = model.BidFor
				}
				return []Rel{{Subj: d.Mentions[subj].Key, Obj: d.Mentions[obj].Key, Pred: pred, Money: pickMoney(d, s, i, true), Status: st, Conf: 0.6, Sent: si}}
			}
		}
		return nil
	}
	if isAr && (strings.HasPrefix(w, "سن") || strings.HasPrefix(w, "ن")) && (pred == model.BidFor || pred == model.Acquired) && len([]rune(w)) > 4 {
		// "سنشتري تويتر": we, the speaker, will buy.
		obj := firstAfter(d, ms, i, pred, false)
		if obj < 0 {
			return nil
		}
		subj := -1
		for n := len(ms) - 1; n >= 0; n-- {
			if m := d.Mentions[ms[n]]; m.To <= i && m.Key != d.Mentions[obj].Key && okSubject(m, pred) {
				subj = ms[n]
				break
			}
		}
		if subj < 0 {
			return nil
		}
		return []Rel{{Subj: d.Mentions[subj].Key, Obj: d.Mentions[obj].Key, Pred: model.BidFor, Money: pickMoney(d, s, i, true), Status: model.Proposed, Conf: 0.6, Sent: si}}
	}
	// "backed by X": only a company named right before was backed ("the
	// loan backed by his Tesla stock" is no investment).
	if !isAr && w == "backed" && tok(d, s, i+1) == "by" {
		k := adjacentBefore(d, ms, i)
		if k < 0 || d.Mentions[k].Type != model.Company {
			return nil
		}
	}
	if pred == model.Founded && !isAr && (w == "founded" || w == "co founded" || w == "cofounded" || w == "started" || w == "established" || w == "set" || w == "launched") {
		return readFounding(d, si, i, ms)
	}
	if pred == model.Founded && isAr && (w == "يد" || t.Forms[len(t.Forms)-1] == "اسس" || t.Forms[len(t.Forms)-1] == "اسست") {
		return readFounding(d, si, i, ms)
	}
	if isAr && pred == model.CEOOf && strings.HasPrefix(t.Forms[len(t.Forms)-1], "قياد") {
		// "ليتولى مارك وينترهوف ... قيادتها": taking over the lead.
		if !precededBy(d, s, i, 16, "تولي", "يتولي", "ليتولي", "تتولي", "لتتولي", "سيتولي", "ستتولي") {
			return nil
		}
		person := -1
		for _, k := range ms {
			if m := d.Mentions[k]; m.Type == model.Person && m.To <= i && m.From >= i-16 && precededBy(d, s, m.From, 2, "تولي", "يتولي", "ليتولي", "تتولي", "لتتولي", "سيتولي", "ستتولي") {
				person = k
				break
			}
		}
		company := topicCompany(d, s.From, "")
		if person < 0 || company < 0 {
			return nil
		}
		return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: model.CEOOf, Conf: 0.5, Sent: si}}
	}
	if isAr && pred == model.CEOOf && isLeadVerb(t.Forms[len(t.Forms)-1]) {
		return readLeader(d, si, i, ms)
	}
	if pred == model.CEOOf || pred == model.Founded && (strings.HasSuffix(w, "founder") || strings.HasSuffix(w, "founders") || strings.Contains(w, "وسس") && !strings.HasPrefix(w, "اسس") && !strings.HasPrefix(w, "تاسس")) {
		return readTitle(d, si, i, pred, ms)
	}
	// A buying verb right before "stake" is a minority investment.
	if pred == model.Acquired && !reverse {
		// "شراء 1.85% من X", "bought 9.9% of X": a percentage under half
		// is a minority investment.
		pct := stakePercent(d, s, i+2)
		if on := within(d, s, i, 8, "علي", "of"); on >= 0 && pct < 0 {
			pct = stakePercent(d, s, on+2)
		}
		if pct > 0 && pct < 50 && !sentenceHas(clauseOf(d, s, i), []string{"المتبقيه", "remaining", "rest"}) {
			pred = model.InvestedIn
		}
		// "شراء أكثر من 567 مليون سهم": buying shares is investing.
		clause := clauseOf(d, s, i)
		if (isAr && sentenceHas(clause, []string{"سهم", "اسهم"}) && !sentenceHas(clause, []string{"كامل", "الاغلبيه", "مسيطره"}) ||
			within(d, s, i, 4, "shares") >= 0) && stakePercent(d, s, i+2) < 50 {
			pred = model.InvestedIn
		}
		if j := within(d, s, i, 8, "stake", "حصه", "حصة"); j >= 0 && !before(d, s, j, 3, "controlling", "majority") &&
			tok(d, s, j+1) != "الاغلبيه" && tok(d, s, j+1) != "مسيطره" && stakePercent(d, s, j) < 50 {
			pred = model.InvestedIn
		}
	}

	subj, obj := -1, -1
	end := i + 1
	// "اشترت X حصة 51% في Y ..., ثم استحوذت على الـ49% المتبقية": the
	// second verb goes on with the first one's buyer and target.
	if isAr && (tok(d, s, i-1) == "ثم" || strings.HasPrefix(w, "ثم")) && !mentionWithin(d, ms, i, 2) {
		for k := len(d.Relations) - 1; k >= 0; k-- {
			if r := d.Relations[k]; r.Sent == si && (r.Pred == model.Acquired || r.Pred == model.InvestedIn) {
				st := statusOf(clauseOf(d, s, i), tr.status)
				return []Rel{{Subj: r.Subj, Obj: r.Obj, Pred: pred, Money: pickPrice(d, s, i), Status: st, Conf: 0.5, Sent: si}}
			}
		}
	}
	// "إن الشركة تعتزم ضخ ...", "the company will buy": the company
	// referred to is the subject, not a name further back.
	if (pred == model.Acquired || pred == model.InvestedIn || pred == model.BidFor) && anaphorSubject(d, s, i) {
		ob := -1
		if isAr {
			_, ob = arSlots(d, s, i, ms, pred, false)
		} else {
			_, ob = enSlots(d, s, i, end, ms, pred, false, noun)
		}
		if ob >= 0 {
			// the company named last before the anaphor in this sentence
			// ("الرئيس التنفيذي لوفرة القابضة ... إن الشركة تدرس"), else
			// the company the story is about
			sj := -1
			for n := len(ms) - 1; n >= 0; n-- {
				if m := d.Mentions[ms[n]]; m.To <= i && m.Type == model.Company && m.Key != d.Mentions[ob].Key {
					sj = ms[n]
					break
				}
			}
			if sj < 0 {
				sj = topicCompany(d, s.From, d.Mentions[ob].Key)
			}
			if sj >= 0 {
				return finish(d, si, i, tr, pred, folded, sj, ob)
			}
		}
	}
	// "after it bought WhatsApp": it is the company just named.
	if !isAr && !noun && !reverse && (tok(d, s, i-1) == "it" || tok(d, s, i-2) == "it") && pred != model.Founded {
		if k := lastCompanyBefore(d, i); k >= 0 {
			if o := firstAfter(d, ms, i, pred, false); o >= 0 && d.Mentions[o].Key != d.Mentions[k].Key {
				return finish(d, si, i, tr, pred, folded, k, o)
			}
		}
	}
	// "the $3.3 billion SoftBank paid for the firm": paying for is buying.
	if !isAr && w == "paid" {
		if tok(d, s, i+1) != "for" {
			return nil
		}
		sj := nearestBefore(d, ms, i, pred, true)
		ob := firstAfter(d, ms, i+1, pred, false)
		if ob >= 0 && d.Mentions[ob].From > i+4 {
			ob = -1
		}
		if ob < 0 && (tok(d, s, i+2) == "the" || tok(d, s, i+2) == "it") {
			ob = topicCompany(d, s.From, keyOf(d, sj))
		}
		if sj < 0 || ob < 0 {
			return nil
		}
		return finish(d, si, i, tr, pred, folded, sj, ob)
	}
	// "Occidental struck a $12 billion deal for CrownRock": a deal is a
	// purchase only with "for" and a company right after.
	if !isAr && w == "deal" {
		f := within(d, s, i, 1, "for")
		if f < 0 {
			return nil
		}
		// The head of "the privately held Permian producer CrownRock" is
		// its last name before the phrase ends.
		ob := -1
		for _, k := range ms {
			m := d.Mentions[k]
			if m.From <= f || m.From > f+7 || hasComma(d, f, m.From) || !okObject(m, pred) {
				continue
			}
			ob = k
		}
		sj := nearestBefore(d, ms, i, pred, true)
		if ob < 0 || sj < 0 {
			return nil
		}
		return finish(d, si, i, tr, pred, folded, sj, ob)
	}
	// "Adobe and Figma have abandoned their planned merger": the first of
	// the pair is the buyer.
	if !isAr && w == "merger" {
		for n := 0; n+1 < len(ms); n++ {
			a, b := d.Mentions[ms[n]], d.Mentions[ms[n+1]]
			if b.To <= i && a.Type == model.Company && b.Type == model.Company && b.From == a.To+1 && d.Tokens[a.To].Norm == "and" {
				return finish(d, si, i, tr, pred, folded, ms[n], ms[n+1])
			}
		}
		return nil
	}
	if !isAr && noun && (pred == model.BidFor || pred == model.Acquired) {
		// "such an offer", "the proposal": said again, read where it was made.
		if p := tok(d, s, i-1); (p == "such" || p == "this" || p == "that" || p == "the") && within(d, s, i, 2, "for", "to", "of") < 0 {
			return nil
		}
		// "Musk's $44bn Twitter buyout": the target right before the noun,
		// the buyer in the possessive before it.
		if k := adjacentBefore(d, ms, i); k >= 0 && okObject(d.Mentions[k], pred) {
			sj := possessorBefore(d, ms, d.Mentions[k].From)
			if sj < 0 {
				sj = nearestBefore(d, ms, d.Mentions[k].From, pred, true)
			}
			if sj >= 0 {
				return finish(d, si, i, tr, pred, folded, sj, k)
			}
		}
		// "a rejected $3.2 billion approach by Pinecrest Medical": the
		// bidder after "by", the target the company the story is about.
		if by := within(d, s, i, 2, "by"); by >= 0 && within(d, s, i, 3, "for", "of", "to") < 0 {
			if sj := firstAfter(d, ms, by, pred, true); sj >= 0 && d.Mentions[sj].From <= by+2 {
				if ob := topicCompany(d, s.To, d.Mentions[sj].Key); ob >= 0 {
					return finish(d, si, i, tr, pred, folded, sj, ob)
				}
			}
		}
		// "Wiz walked away from a $23bn approach": the one who refused is
		// the target; the bidder is whoever else bids for it in the article.
		if k := nearestBefore(d, ms, i, pred, false); k >= 0 && refusedBetween(d, d.Mentions[k].To, i) {
			sj := possessorBefore(d, ms, i)
			key := ""
			if sj >= 0 {
				key = d.Mentions[sj].Key
			}
			mon := pickMoney(d, s, i, true)
			return []Rel{{Subj: key, Obj: d.Mentions[k].Key, Pred: model.BidFor, Money: mon, Status: model.Rejected, Conf: 0.5, Sent: si}}
		}
	}
	if isAr {
		// "أكبر عملية استحواذ في القطاع": a noun of buying with no target
		// after it (على X, لـX, or the name itself) is no deal of its own.
		if (pred == model.Acquired || pred == model.BidFor) && !reverse && isBuyingNoun(t) &&
			within(d, s, i, 2, "علي") < 0 && !mentionWithin(d, ms, i, 3) && !glued(d, s, i+1) &&
			!(mentionWithin(d, ms, i, 10) && stakePercent(d, s, i+2) > 0) {
			return nil
		}
		subj, obj = arSlots(d, s, i, ms, pred, reverse)
	} else {
		subj, obj = enSlots(d, s, i, end, ms, pred, reverse, noun)
		// "the largest takeover the industry has seen": a deal noun that
		// names no target here is about a deal read elsewhere.
		if noun && obj < 0 && (pred == model.Acquired || pred == model.BidFor) {
			// "... offer for the company": the company the article is about.
			j := within(d, s, i, 3, "for", "of")
			if j < 0 || !(tok(d, s, j+1) == "it" || tok(d, s, j+1) == "the" && (tok(d, s, j+2) == "company" || tok(d, s, j+2) == "firm" || tok(d, s, j+2) == "group" || tok(d, s, j+2) == "business")) {
				return nil
			}
			subjKey := ""
			if subj >= 0 {
				subjKey = d.Mentions[subj].Key
			}
			obj = topicCompany(d, s.To, subjKey)
		}
	}
	return finish(d, si, i, tr, pred, folded, subj, obj)
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
	if subj < 0 && obj >= 0 && (pred == model.Acquired || pred == model.InvestedIn) && sentenceHas(folded, []string{"الصفقه", "صفقه", "the deal", "the transaction"}) {
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
			if tok(d, s, m.To) == "for" {
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

var bidWords = map[string]bool{"عرض": true, "عرضا": true, "العرض": true, "عرضه": true, "عرضها": true,
	"offer": true, "offered": true, "bid": true, "proposal": true, "proposed": true, "approach": true, "offers": true}

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
	if by := within(d, s, i, 4, "by"); by >= 0 && (strings.HasSuffix(d.Tokens[i].Norm, "ed") || d.Tokens[i].Norm == "bought" || d.Tokens[i].Norm == "sold") {
		if reverse {
			return -1, -1
		}
		return firstAfter(d, ms, by, pred, true), nearestBefore(d, ms, i, pred, false)
	}
	if reverse {
		// "sold Y to X", "the sale of Y to X"; "sold the handset maker to
		// X": Y is the company just named.
		obj := firstAfter(d, ms, i, pred, false)
		to := within(d, s, i, 12, "to")
		if to < 0 {
			return -1, -1
		}
		if obj < 0 || d.Mentions[obj].From > to {
			// "sold the handset maker to Lenovo": a company noun points back;
			// "sell the streaming rights to X" sells no company.
			obj = -1
			for j := i + 1; j < to; j++ {
				if en.CompanyNouns[d.Tokens[j].Norm] || d.Tokens[j].Norm == "it" {
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
		if p := d.Mentions[subj].From - 1; p >= s.From && (d.Tokens[p].Norm == "that" || d.Tokens[p].Norm == "which") && !mentionWithin(d, ms, i, 2) {
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
			if w := d.Tokens[j].Norm; w == "in" || w == "into" {
				if k := firstAfter(d, ms, j, pred, false); k >= 0 && d.Mentions[k].From <= j+3 {
					obj = k
				}
			}
		}
	case noun:
		if of := within(d, s, i, 3, "of", "for", "to"); of >= 0 {
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
		if by := within(d, s, d.Mentions[obj].To-1, 2, "by"); by >= 0 {
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
	// the preposition that opens the object
	objAt := -1
	for j := i + 1; j < s.To && j < i+18; j++ {
		w := d.Tokens[j].Norm
		// "شراء 1.85% من جيو": the company whose shares were bought;
		// "شراء 50% زائد سهم واحد في أصول X": the one they are in.
		if w == "من" && j >= 2 && (d.Tokens[j-1].Norm == "%" || d.Tokens[j-1].Norm == "٪") {
			objAt = j
			break
		}
		if w == "في" && !reverse && stakePercent(d, s, j-3) > 0 {
			objAt = j
			break
		}
		// "في مارس/آذار 2024" is a date, not the target.
		temporal := w == "في" && j+1 < s.To && (ar.Months[d.Tokens[j+1].Norm] || d.Tokens[j+1].Script == Digit ||
			d.Tokens[j+1].Norm == "عام" || d.Tokens[j+1].Norm == "العام")
		if (pred == model.Acquired || pred == model.BidFor || isAcquisitionWord(&d.Tokens[i])) && (w == "علي" || strings.HasPrefix(w, "لشراء") || w == "للاستحواذ") ||
			pred == model.InvestedIn && (w == "في" && !temporal || w == "فيها" || w == "فيه") {
			objAt = j
			break
		}
		if reverse && (w == "في" || w == "حصه") {
			objAt = j
			break
		}
	}
	// A pronoun object ("اشترته", "يستحوذ عليه X"): the company the
	// sentence put first ("ولـ"دينيز بنك" ... إذ اشترته"), else the topic.
	pronounAt := func(j int) bool {
		return j >= 0 && j < s.To && (d.Tokens[j].Norm == "عليه" || d.Tokens[j].Norm == "عليها")
	}
	if !reverse && (pronounObject(d.Tokens[i].Norm) || objAt >= 0 && (pronounAt(objAt) || pronounAt(objAt+1))) ||
		objAt < 0 && pronounAt(i+1) {
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
	// "بعد ضخ مليارات الدولارات من مستثمرين كبار، وعلى رأسهم شركة
	// مايكروسوفت": money from someone flows into the company before.
	if pred == model.InvestedIn && subj < 0 {
		for j := i + 1; j < s.To && j <= i+5; j++ {
			if d.Tokens[j].Norm == "من" && j+1 < s.To && (strings.HasPrefix(d.Tokens[j+1].Norm, "مستثمر") || strings.HasPrefix(d.Tokens[j+1].Norm, "المستثمر")) {
				if k := firstAfter(d, ms, j, pred, true); k >= 0 {
					if o := nearestBefore(d, ms, i, pred, false); o >= 0 {
						return k, o
					}
				}
				return -1, -1
			}
		}
	}
	// "عرضاً قدمته "دليفري هيرو"": the bidder follows the verb of giving.
	if pred == model.BidFor && subj < 0 {
		for j := i + 1; j < s.To && j <= i+3; j++ {
			if w := d.Tokens[j].Norm; w == "قدمته" || w == "قدمها" || w == "قدمه" || w == "تقدمت" || w == "تقدم" {
				for _, k := range ms {
					if m := d.Mentions[k]; m.From > j && m.From <= j+2 && okSubject(m, pred) {
						subj = k
					}
				}
				break
			}
		}
	}
	// "عرضاً منافساً من إعمار مولز": the bidder follows من.
	if pred == model.BidFor && subj < 0 {
		for j := i + 1; j < s.To && j <= i+3; j++ {
			if d.Tokens[j].Norm == "من" {
				for _, k := range ms {
					if m := d.Mentions[k]; m.From > j && m.From <= j+2 && okSubject(m, pred) {
						subj = k
					}
				}
				break
			}
		}
	}
	// Verb first: the subject follows the verb at once ("استحوذت شركة X",
	// "استثمار X في"), with at most a cue word between.
	for _, k := range ms {
		if subj >= 0 {
			break
		}
		m := d.Mentions[k]
		if m.From > i && m.From < limit && m.From <= i+2 && okSubject(m, pred) {
			subj = k
			break
		}
	}
	if subj < 0 {
		subj = nearestBefore(d, ms, i, pred, true)
	}
	obj := -1
	if reverse {
		if objAt < 0 {
			objAt = i
		}
		obj = firstAfter(d, ms, objAt, pred, false)
		to := -1
		for j := i + 1; j < s.To; j++ {
			if w := d.Tokens[j].Norm; w == "الي" || w == "لصالح" {
				to = j
				break
			}
		}
		if to < 0 {
			return -1, -1
		}
		return firstAfter(d, ms, to, pred, true), obj
	}
	if objAt >= 0 {
		w := d.Tokens[objAt].Norm
		if w == "فيها" || w == "فيه" {
			return subj, -1
		}
		// "الاستثمار في مصر": investing in a country is no company deal.
		if w == "في" && objAt+1 < s.To && d.lex != nil {
			if kind, ok := d.lex.Place(d.Tokens[objAt+1].Norm); ok && (kind == "country" || kind == "city" || kind == "region") {
				return -1, -1
			}
		}
		obj = firstAfter(d, ms, objAt, pred, false)
		// The object opens the prepositional phrase ("على كريم", "في
		// شركة X", "على 50.03% من الشركة المشغلة لتطبيق كريم"); a name
		// further on belongs to something else.
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
	// شراء ماسك للشركة / لتويتر: the object is glued to ل after the subject.
	from := i
	if subj >= 0 && d.Mentions[subj].From > i {
		from = d.Mentions[subj].To - 1
	}
	for j := from + 1; j < s.To && j < from+4; j++ {
		w := d.Tokens[j].Norm
		if isAnaphor(w) {
			return subj, -1
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
			return subj, k
		}
	}
	// "عرضاً منافساً ... صفقة سوق.كوم": the deal named in the sentence.
	for j := s.From; j+1 < s.To; j++ {
		if d.Tokens[j].Norm == "صفقه" {
			for _, k := range ms {
				if m := d.Mentions[k]; m.From > j && m.From <= j+2 && k != subj && okObject(m, pred) {
					return subj, k
				}
			}
		}
	}
	return subj, -1
}

func isAnaphor(w string) bool {
	switch w {
	case "the", "it", "its":
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
var auxiliaries = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"قد", "فقد", "وقد", "لقد", "ستقوم", "التي", "الذي", "اللتين", "اللذين", "سوف", "يتم", "تتم", "اتم", "اتمت",
		"يكمل", "تكمل", "اكمل", "اكملت", "استكمل", "استكملت", "تستكمل", "يستكمل", "تعتزم", "يعتزم",
		"تسعي", "يسعي", "تريد", "يريد", "تخطط", "يخطط", "قررت", "قرر", "وافقت", "وافق", "تقترب",
		"يقترب", "تنوي", "ينوي", "تدرس", "يدرس", "ايضا", "حاليا", "also", "currently", "now"} {
		m[w] = true
	}
	return m
}()

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
			if w := d.Tokens[j].Norm; w == "انها" || w == "بانها" || w == "انه" || w == "بانه" {
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
		if subject && m.From > 0 && (d.Tokens[m.From-1].Norm == "مع" || d.Tokens[m.From-1].Norm == "with" ||
			(pred == model.Acquired || pred == model.InvestedIn) && (d.Tokens[m.From-1].Norm == "من" || m.From > 1 && d.Tokens[m.From-2].Norm == "من" && ar.CompanyCues[d.Tokens[m.From-1].Norm]) ||
			m.From > 1 && isQuote(&d.Tokens[m.From-1]) && d.Tokens[m.From-2].Norm == "مع") {
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
		if j == b-1 && (d.Tokens[j].Norm == "which" || d.Tokens[j].Norm == "who") {
			return false
		}
		switch d.Tokens[j].Norm {
		case "after", "before", "while", "when", "which", "whereas", "although", "since", "because", ";":
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
	if b-a >= 4 && b-a <= 14 && d.Tokens[a].Norm == "," && (tok2(d, a+1) == "a" || tok2(d, a+1) == "an" || tok2(d, a+1) == "the") &&
		tok2(d, b-1) == "and" && tok2(d, b-2) == "," {
		return true
	}
	// A described member: "وشركة STV السعودية لرأس المال الجريء، ومبادلة".
	// ... or whose last word is a glued "و" and a cue ("وصندوق").
	if b-a <= 7 && b > a && (d.Tokens[b-1].Norm == "و" || d.Tokens[b-1].Norm == "،" || d.Tokens[b-1].Norm == "," ||
		strings.HasPrefix(d.Tokens[b-1].Norm, "و") && ar.CompanyCues[strings.TrimPrefix(d.Tokens[b-1].Norm, "و")]) {
		ok := true
		for j := a; j < b-1; j++ {
			if t := &d.Tokens[j]; t.Script == Arabic && (ar.IsFunction(t.Norm) || t.Norm == "بمشاركه" || t.Norm == "وبمشاركه") || t.Script == Latin || t.Script == Digit {
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
		case w == "," || w == "،" || w == "and" || w == "&" || w == "و" || w == "(" || w == ")" || isQuote(&d.Tokens[j]):
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

// pickMoney returns the amount that belongs to the trigger at i: the nearest
// one in the sentence, after the trigger first, that is not a per-share
// price, a valuation or some other figure.
func pickMoney(d *Doc, s Sentence, i int, priceOK bool) *money.Mention {
	if m := pickMoneyPass(d, s, i, false); m != nil || !priceOK {
		return m
	}
	// A takeover's value is its price: "a deal valued at $61 billion".
	return pickMoneyPass(d, s, i, true)
}

// priceWords may stand before a takeover's price: "a transaction worth
// about $26 billion", "a deal valued at $61bn".
var priceValueWords = map[string]bool{"worth": true, "value": true, "valued": true, "valuing": true}

func pickMoneyPass(d *Doc, s Sentence, i int, valueOK bool) *money.Mention {
	return nearestMoney(d, s, i, func(mo *money.Mention) bool { return valueOK || !isValueFigure(d, mo, s.Start) })
}

// nearestMoney returns the amount in sentence s nearest to token i (after
// it preferred) that keep accepts; per-share prices never count.
func nearestMoney(d *Doc, s Sentence, i int, keep func(*money.Mention) bool) *money.Mention {
	at := d.Tokens[i].Start
	var best *money.Mention
	bestDist := 1 << 30
	in := moneyIn(d, s.Start, s.End)
	for k := range in {
		mo := &in[k]
		if mo.End > s.End || mo.PerShare || mo.Amount <= 0 || !keep(mo) {
			continue
		}
		dist := mo.Start - at
		if dist < 0 {
			dist = -dist * 2 // prefer the amount after the trigger
		}
		if dist < bestDist {
			best, bestDist = mo, dist
		}
	}
	return best
}

// isValueFigure reports whether the words right before an amount make it a
// valuation, revenue, debt or the like rather than a price paid.
func isValueFigure(d *Doc, mo *money.Mention, sentStart int) bool {
	start := mo.Start - 40
	if start < sentStart {
		start = sentStart
	}
	for start > 0 && start < len(d.Text) && d.Text[start]&0xC0 == 0x80 {
		start--
	}
	ctx := " " + joinWords(d.Text[start:mo.Start])
	for _, c := range valueCues {
		if strings.Contains(ctx, " "+c) {
			return true
		}
	}
	return false
}

func joinWords(s string) string {
	toks := tokenize(s, nil)
	return joinNorm(toks, 0, len(toks))
}

// readVenture reads a joint venture or consortium with a name of its own:
// each company in the sentence is a partner in the named venture.
func readVenture(d *Doc, si int, ms []int) []Rel {
	venture := -1
	for _, k := range ms {
		m := d.Mentions[k]
		if m.Cue == "named" {
			venture = k
		}
		// a quoted name right after a naming word
		for j := m.From - 1; j >= m.From-2 && j >= 0 && venture != k; j-- {
			if namingCues[d.Tokens[j].Norm] {
				venture = k
			}
			if !isQuote(&d.Tokens[j]) {
				break
			}
		}
	}
	if venture < 0 {
		return nil
	}
	var out []Rel
	for _, k := range ms {
		if k != venture && d.Mentions[k].Type == model.Company && d.Mentions[k].Key != d.Mentions[venture].Key {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[venture].Key, Pred: model.PartnerIn, Status: model.Announced, Conf: 0.6, Sent: si})
		}
	}
	return out
}

// stakePercent reads the size of a stake written next to the word at j
// ("a 49% stake", "حصة 51%"), or -1.
func stakePercent(d *Doc, s Sentence, j int) float64 {
	// "على ثلث X", "a third of X": a fraction in words.
	for q := j - 3; q <= j+3; q++ {
		if q < s.From || q >= s.To {
			continue
		}
		switch d.Tokens[q].Norm {
		case "ثلث", "third":
			return 33
		case "ربع", "quarter":
			return 25
		case "خمس", "fifth":
			return 20
		case "عشر", "tenth":
			return 10
		case "نصف", "half":
			return 50
		case "ثلثي":
			return 66
		}
	}
	for q := j - 3; q <= j+3; q++ {
		if q < s.From || q+1 >= s.To || d.Tokens[q].Script != Digit {
			continue
		}
		next := d.Tokens[q+1].Norm
		if next == "%" || next == "٪" || next == "percent" || next == "بالمئه" || next == "بالمائه" || next == "في" && tok(d, s, q+2) == "المئه" {
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
	switch w {
	case ",", "،", ";", "؛", "after", "before", "while", "but", "although", "whereas", "بعد", "قبل", "بينما", "لكن", "غير":
		return true
	}
	return false
}

var refusalWords = map[string]bool{"rejected": true, "rejects": true, "reject": true, "rebuffed": true,
	"walked": true, "turned": true, "dismissed": true, "declined": true, "spurned": true, "رفضت": true,
	"رفض": true, "ورفضت": true, "ورفض": true}

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
		if w := tok2(d, s.From+1); tok2(d, s.From) == "the" && (w == "company" || w == "firm" || w == "group") {
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
	if k := nearestBefore(d, ms, i, model.Founded, true); k >= 0 && within(d, s, i, 5, "by") < 0 {
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
	if k := nearestBefore(d, ms, i, model.Founded, false); k >= 0 && (within(d, s, i, 5, "by") >= 0 || d.Tokens[i].Script == Arabic) {
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
			if (w == "company" || w == "firm" || w == "startup") && tok(d, s, j-1) == "the" {
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
		if f == "شراء" || f == "الشراء" {
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
	for _, stem := range []string{"اشترت", "اشتري", "اشترا"} {
		if strings.HasPrefix(w, stem) && len([]rune(w)) > len([]rune(stem)) {
			rest := string([]rune(w)[len([]rune(stem)):])
			if rest == "ه" || rest == "ها" || rest == "هم" {
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
		case t.Norm == "%" || t.Norm == "٪":
			pct = true
		case isQuote(t):
		case t.Script == Arabic && (t.Norm == "من" || t.Norm == "في" || !ar.IsFunction(t.Norm)):
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

// moneyRightAfter returns an amount that starts right after token j.
func moneyRightAfter(d *Doc, j int) *money.Mention {
	if j >= len(d.Tokens) {
		return nil
	}
	at := d.Tokens[j].Start
	in := moneyIn(d, at, at+3)
	for k := range in {
		if !in[k].PerShare {
			return &in[k]
		}
	}
	return nil
}

// pickPrice is pickMoney for a purchase or bid, where a "deal worth $N" is
// the price but an enterprise value or a valuation of something else is
// not.
func pickPrice(d *Doc, s Sentence, i int) *money.Mention {
	best := nearestMoney(d, s, i, func(mo *money.Mention) bool {
		return !isValueFigure(d, mo, s.Start) || priceValue(d, mo, s.Start)
	})
	if best == nil {
		return pickMoney(d, s, i, true)
	}
	return best
}

// priceValue reports that the value word right before an amount is one a
// price can carry ("worth about", "valued at"), not "enterprise value".
func priceValue(d *Doc, mo *money.Mention, sentStart int) bool {
	start := mo.Start - 40
	if start < sentStart {
		start = sentStart
	}
	for start > 0 && start < len(d.Text) && d.Text[start]&0xC0 == 0x80 {
		start--
	}
	words := strings.Fields(joinWords(d.Text[start:mo.Start]))
	hasPrice := false
	for _, w := range words {
		if priceValueWords[w] {
			hasPrice = true
		}
		if w == "enterprise" || w == "valuation" || w == "market" {
			return false
		}
	}
	return hasPrice
}

func isLeadVerb(w string) bool {
	switch w {
	case "يقوده", "يقودها", "تقوده", "تقودها", "يراسه", "يراسها", "يديره", "يديرها", "يقود", "تقود":
		return true
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
	if person < 0 || tok(d, s, i+1) == "مجلس" {
		return nil // "يرأس مجلس إدارتها": the chair, not the chief executive
	}
	company := -1
	if p := tok(d, s, i-1); p == "الذي" || p == "التي" {
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
		if strings.HasPrefix(f, "استحواذ") || strings.HasPrefix(f, "الاستحواذ") || f == "شراء" || f == "الشراء" || strings.HasPrefix(f, "شرائ") {
			return true
		}
	}
	return false
}

// apposition reports ", a/an/the ..., and" between two list members.
func apposition(d *Doc, a, b int) bool {
	return b-a >= 4 && b-a <= 16 && tok2(d, a) == "," && (tok2(d, a+1) == "a" || tok2(d, a+1) == "an" || tok2(d, a+1) == "the") &&
		tok2(d, b-1) == "and" && tok2(d, b-2) == ","
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
		if t.Norm == "company" && tok(d, s, j-1) == "the" {
			return true
		}
		for _, f := range t.Forms {
			if f == "الشركه" {
				return true
			}
		}
		if !auxiliaries[t.Norm] && t.Norm != "will" && t.Norm != "would" && t.Norm != "plans" && t.Norm != "to" {
			return false
		}
	}
	return false
}

func participation(t *Token) bool {
	for _, f := range t.Forms {
		switch f {
		case "بمشاركه", "شارك", "شاركت", "participated", "participating", "participate":
			return true
		}
	}
	return false
}

// relativeBefore reports a relative pronoun right before token i: "...،
// اللذان قادا".
func relativeBefore(d *Doc, s Sentence, i int) bool {
	switch tok(d, s, i-1) {
	case "اللذان", "اللذين", "الذين", "التي", "الذي", "اللتان":
		return true
	}
	return false
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
	if len(leaders) == 0 || !strings.Contains(joinNorm(d.Tokens, s.From, s.To), "جوله") {
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
		if w == "و" || w == "،" || w == "," || w == "and" || strings.HasPrefix(w, "و") && d.Tokens[j].Script == Arabic && len(d.Tokens[j].Forms) > 1 {
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
