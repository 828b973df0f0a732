package extract

import (
	"strings"

	"github.com/kg-news/kg/model"
)

var formerWords = map[string]bool{"former": true, "outgoing": true, "ex": true, "then": true,
	"late": true, "السابق": true, "السابقه": true, "المنتهيه": true, "الراحل": true,
	"تنحي": true, "استقال": true, "غادر": true, "resigned": true, "stepped": true, "departed": true}

// readTitle reads CEO_OF and FOUNDED from a title: "Oracle co-founder Larry
// Ellison", "Sundar Pichai, chief executive of Alphabet and Google",
// "الرئيس التنفيذي لشركة أوبن إيه آي، سام ألتمان", "مؤسس X". A former or
// outgoing holder is left out.
func readTitle(d *Doc, si, i int, pred string, ms []int) []Rel {
	s := d.Sentences[si]
	if formerNear(d, s, i) {
		return nil
	}
	isAr := d.Tokens[i].Script == Arabic
	// "ولا يزال يقودها بصفته رئيساً تنفيذياً": the person the sentence is
	// about runs the company it last named.
	if isAr && precededBy(d, s, i, 3, capacityWordsAr...) {
		return inCapacity(d, si, i, pred, ms)
	}
	company := titleEmployer(d, ms, i, isAr)
	var companies []int
	if company >= 0 {
		companies = expandList(d, ms, company)
	}
	person := titlePerson(d, ms, i, company, companies)
	if person < 0 {
		return nil
	}
	if company < 0 && !isAr && unreadEmployer(d, s, ms, i) {
		return nil
	}
	if company < 0 {
		if company = implicitEmployer(d, s, ms, i, person, isAr); company < 0 {
			return nil
		}
	}
	if len(companies) == 0 {
		companies = []int{company}
	}
	var out []Rel
	for _, p := range titleHolders(d, s, ms, i, person, pred) {
		for _, c := range companies {
			if d.Mentions[c].Type == model.Person {
				continue
			}
			out = append(out, Rel{Subj: d.Mentions[p].Key, Obj: d.Mentions[c].Key, Pred: pred, Conf: 0.8, Sent: si})
		}
	}
	return out
}

// formerNear reports a "former" word near the title at i: no title held now.
func formerNear(d *Doc, s Sentence, i int) bool {
	for j := i - 4; j <= i+2; j++ {
		if j >= s.From && j < s.To {
			for _, f := range d.Tokens[j].Forms {
				if formerWords[f] {
					return true
				}
			}
		}
	}
	return false
}

// inCapacity reads "X ... بصفته رئيساً": the person right before the
// capacity word, else the sentence's first, holds the title at the company
// the sentence last named.
func inCapacity(d *Doc, si, i int, pred string, ms []int) []Rel {
	person, company := -1, -1
	for n := len(ms) - 1; n >= 0; n-- {
		if m := d.Mentions[ms[n]]; m.Type == model.Person && m.To <= i && i-m.To <= 4 {
			person = ms[n]
			break
		}
	}
	for _, k := range ms {
		if person >= 0 {
			break
		}
		if d.Mentions[k].Type == model.Person && d.Mentions[k].To <= i {
			person = k
			break
		}
	}
	for n := len(ms) - 1; n >= 0; n-- {
		if m := d.Mentions[ms[n]]; m.To <= i && m.Type == model.Company {
			company = ms[n]
			break
		}
	}
	if person < 0 || company < 0 {
		return nil
	}
	return []Rel{{Subj: d.Mentions[person].Key, Obj: d.Mentions[company].Key, Pred: pred, Conf: 0.6, Sent: si}}
}

// apposedHolder is the person a title set off by commas right after him
// describes: "Gerard Lemaire, its current chairman and CEO, and Patrice
// Tarrow" names Lemaire's title, not Tarrow's; else -1.
func apposedHolder(d *Doc, ms []int, i int) int {
	toks := d.Tokens
	k := -1
	for n := len(ms) - 1; n >= 0; n-- {
		if d.Mentions[ms[n]].To <= i {
			k = ms[n]
			break
		}
	}
	if k < 0 || d.Mentions[k].Type != model.Person || toks[i].Script != Latin {
		return -1
	}
	p := d.Mentions[k].To
	if p >= i || toks[p].Text != "," || i-p > 7 {
		return -1
	}
	for q := p + 1; q < i; q++ {
		if toks[q].Script != Latin || toks[q].Upper {
			return -1
		}
	}
	// The title ends at the next comma, before any other name.
	for q := i + 1; q < len(toks) && q <= i+6 && toks[q].Sent == toks[i].Sent; q++ {
		if toks[q].Text == "," {
			if mentionWithin(d, ms, i, q-1-i) {
				return -1
			}
			return k
		}
	}
	return -1
}

// personLike reports a capitalised Latin name of two or three words with no
// company word, read as a company for want of a known first name ("Quan
// Zentrix Vu"): after a person's title it is a person.
func personLike(d *Doc, m Mention) bool {
	return m.Type == model.Company && m.Cue == "capitalised" && m.To-m.From >= 2 && m.To-m.From <= 3 && !companyWordIn(d.Tokens, m.From, m.To)
}

// bracketed reports tokens [a, b) that are one aside in brackets.
func bracketed(d *Doc, a, b int) bool {
	return b-a >= 3 && d.Tokens[a].Text == "(" && d.Tokens[b-1].Text == ")"
}

// titleEmployer is the employer the title at i names: "of X" / "لشركة X" /
// "لX" right after it, or in English the name right before it ("Oracle
// co-founder", "Twitter's chief executive"); -1 if none.
func titleEmployer(d *Doc, ms []int, i int, isAr bool) int {
	company := -1
	for _, k := range ms {
		m := d.Mentions[k]
		if m.Type == model.Person || m.From <= i {
			continue
		}
		gap := m.From - i - 1
		lead := ""
		for q := i + 1; q < m.From; q++ {
			if isQuote(&d.Tokens[q]) {
				gap--
			} else if lead == "" {
				lead = d.Tokens[q].Norm
			}
		}
		if gap > 3 {
			break
		}
		glued := isAr && strings.HasPrefix(d.Tokens[m.From].Norm, "ل")
		if isAr && (gap == 0 || glued || lead == "ل" || lead == "لشركه" || lead == "لمجموعه") || !isAr && (lead == "of" || lead == "at") {
			company = k
		}
		break
	}
	if company < 0 && !isAr {
		for n := len(ms) - 1; n >= 0; n-- {
			m := d.Mentions[ms[n]]
			if m.To > i {
				continue
			}
			gap := i - m.To
			if m.Type != model.Person && gap <= 6 && !hasComma(d, m.To, i) {
				company = ms[n]
			}
			break
		}
	}
	return company
}

// titlePerson is the person holding the title at i: right after the title
// (and the employer), or right before it with a comma or copula between;
// -1 if none.
func titlePerson(d *Doc, ms []int, i, company int, companies []int) int {
	if k := apposedHolder(d, ms, i); k >= 0 {
		return k
	}
	person := -1
	from := i
	if company >= 0 && d.Mentions[company].From > i {
		from = d.Mentions[companies[len(companies)-1]].To - 1
	}
	// "A, who is its chief executive, together with B", "Raman, who is
	// Merlin's chief executive": the person before.
	for n := len(ms) - 1; n >= 0; n-- {
		m := d.Mentions[ms[n]]
		if m.To > i || m.Type != model.Person && ms[n] == company {
			continue
		}
		if m.Type == model.Person && i-m.To <= 9 && hasCopula(d, m.To, i) {
			person = ms[n]
		}
		break
	}
	for _, k := range ms {
		m := d.Mentions[k]
		if m.From <= from || person >= 0 {
			continue
		}
		// "Zentrix founders (from left) A, B and C": a caption's aside in
		// brackets stands between.
		if (m.Type == model.Person || personLike(d, m)) && m.From-from <= 6 && (!hasStop(d, from+1, m.From) || bracketed(d, from+1, m.From)) {
			person = k
			d.Mentions[k].Type = model.Person
		}
		break
	}
	if person < 0 {
		// "Chuck Robbins, Cisco's chair and chief executive", "Jim
		// Whitehurst will remain Red Hat's chief executive".
		for n := len(ms) - 1; n >= 0; n-- {
			m := d.Mentions[ms[n]]
			if m.To > i {
				continue
			}
			if m.Type != model.Person {
				if company >= 0 && ms[n] == company {
					continue
				}
				break
			}
			if i-m.To <= 10 && (hasComma(d, m.To, i) || hasCopula(d, m.To, i)) && !hasStop(d, m.To, i) || postOf(d, m.To, i) {
				person = ms[n]
			}
			break
		}
	}
	return person
}

// implicitEmployer is the employer of a title that names none: the company
// just named ("its chief executive", "رئيسها التنفيذي", "the data-labelling
// company's founder") or the article's ("الرئيس التنفيذي للمجموعة"), else
// the company the sentence is about (its first), else the one last talked
// about; -1 if none.
func implicitEmployer(d *Doc, s Sentence, ms []int, i, person int, isAr bool) int {
	company := -1
	// "the company's chief executive"
	companyPossessive := !isAr && tok(d, s, i-1) == "s" && possessiveCompany[tok(d, s, i-3)]
	// "Its founder and CEO, P, said": a sentence that opens with "its"
	// continues the company the sentence before is about.
	opensIts := !isAr && possessivePronoun[tok(d, s, s.From)] && i-s.From <= 4
	if company < 0 && (isAr && pronounTitle(d, s, i) || !isAr && (possessivePronoun[tok(d, s, i-2)] || possessivePronoun[tok(d, s, i-1)] || companyPossessive || opensIts)) {
		// "its chief executive", "رئيسها التنفيذي": the company just named.
		for n := len(ms) - 1; n >= 0 && company < 0; n-- {
			if m := d.Mentions[ms[n]]; m.To <= i && m.Type == model.Company && !isSource(d, ms[n]) {
				company = ms[n]
			}
		}
		if company < 0 && opensIts {
			company = centerCompany(d, s.From, "")
		}
		if company < 0 {
			company = topicCompany(d, s.From, "")
		}
	} else if company < 0 && isAr && anaphorNear(d, s, i) {
		company = topicCompany(d, s.From, "")
	}
	if company >= 0 {
		return company
	}
	// "'Our agreement with Harlow ...,' said P, chairman and interim chief
	// executive": a company the quote names is not the speaker's.
	quoted := false
	for _, k := range ms {
		if d.Mentions[k].Type != model.Company || isSource(d, k) {
			continue
		}
		if !isAr && quotedBefore(d, s, d.Mentions[k], d.Mentions[person].From) {
			quoted = true
			continue
		}
		return k
	}
	if quoted {
		return topicCompany(d, s.From, "")
	}
	return lastCompany(d, d.Mentions[person].From, "")
}

// quotedBefore reports a mention inside quotation marks that close before
// token to: the words of the person quoted.
func quotedBefore(d *Doc, s Sentence, m Mention, to int) bool {
	open, closed := false, false
	for q := s.From; q < m.From; q++ {
		open = open || isQuote(&d.Tokens[q])
	}
	for q := m.To; q < to; q++ {
		closed = closed || isQuote(&d.Tokens[q])
	}
	return open && closed
}

var (
	capacityWordsAr   = wordList("title.capacity-ar")
	possessiveCompany = wordSet("title.company-possessive")
	possessivePronoun = wordSet("title.its")
	successionVerbs   = wordSet("title.succession")
	titleTail         = wordSet("title.tail")
	employerPreps     = wordSet("title.employer")
	employerNot       = wordSet("title.employer.not")
)

// unreadEmployer reports a title whose employer is named right after it but
// was read as no name ("chief executive of 1stplace, said"): guessing
// another company of the article would be worse than no relation.
func unreadEmployer(d *Doc, s Sentence, ms []int, i int) bool {
	j := i + 1
	for j < s.To && titleTail[d.Tokens[j].Norm] {
		j++
	}
	if j+1 >= s.To || !employerPreps[d.Tokens[j].Norm] || employerNot[d.Tokens[j+1].Norm] || d.Tokens[j+1].Script == Punct {
		return false
	}
	for _, k := range ms {
		if m := d.Mentions[k]; m.From <= j+1 && j+1 < m.To {
			return false
		}
	}
	return true
}

// titleHolders are the people who hold the title: the person, with the
// others of a list of founders, and for a chief executive the successor
// ("X, chief executive, is stepping down and will be replaced by Y").
func titleHolders(d *Doc, s Sentence, ms []int, i, person int, pred string) []int {
	persons := []int{person}
	if pred == model.Founded {
		// "founders A, B and C": the list's unknown two- and three-word
		// names are people too.
		last := d.Mentions[person]
		for _, k := range ms {
			m := d.Mentions[k]
			if m.From < last.To {
				continue
			}
			if !onlyJoiners(d, last.To, m.From) || !personLike(d, m) && m.Type != model.Person {
				break
			}
			d.Mentions[k].Type = model.Person
			last = m
		}
		persons = expandList(d, ms, person)
	}
	if pred == model.CEOOf {
		for j := i + 1; j+1 < s.To; j++ {
			if successionVerbs[d.Tokens[j].Norm] && d.Tokens[j+1].Norm == "by" {
				for _, k := range ms {
					if m := d.Mentions[k]; m.From > j+1 && m.From <= j+3 && m.Type == model.Person {
						persons = append(persons, k)
					}
				}
			}
		}
	}
	return persons
}

func hasCopula(d *Doc, a, b int) bool {
	for j := a; j < b; j++ {
		switch d.Tokens[j].Norm {
		case "is", "was", "remain", "remains", "became", "becomes", "named", "appointed", "as", "هو", "بصفته", "بصفتها", "بوصفه", "وهو":
			return true
		}
	}
	return false
}

// postOfAr are the words of "to the post of" between a person and the
// title they are given ("تعيين P في منصب الرئيس التنفيذي").
var postOfAr = wordSet("post-of-ar")

// postOf reports tokens [a, b) that name the post the title at b is: "في
// منصب الرئيس"، "لمنصب المدير".
func postOf(d *Doc, a, b int) bool {
	post := false
	for j := a; j < b; j++ {
		t := &d.Tokens[j]
		if t.Script != Arabic || !anyForm(t.Forms, postOfAr) {
			return false
		}
		post = post || anyForm(t.Forms, postNounAr)
	}
	return post && b-a <= 4
}

var postNounAr = wordSet("post-of-ar.post")

func hasComma(d *Doc, a, b int) bool {
	for j := a; j < b && j < len(d.Tokens); j++ {
		if d.Tokens[j].Text == "," || d.Tokens[j].Text == "،" {
			return true
		}
	}
	return false
}

// hasStop reports a sentence-internal break between tokens a and b that a
// title does not reach over.
func hasStop(d *Doc, a, b int) bool {
	for j := a; j < b && j < len(d.Tokens); j++ {
		switch d.Tokens[j].Text {
		case ";", "؛", ":", "(", ")":
			return true
		}
		switch d.Tokens[j].Norm {
		case "said", "told", "قال", "وقال", "who", "which", "الذي", "التي":
			return true
		}
	}
	return false
}

// readBackers reads "its early backers included X and Y", "X is among the
// backers", "كانت X من أوائل المستثمرين فيها".
func readBackers(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	var subj, obj int = -1, -1
	if j := within(d, s, i, 3, "included", "include", "includes", "including", "منهم", "بينهم", "مثل"); j >= 0 {
		subj = firstAfter(d, ms, j, model.InvestedIn, true)
		obj = nearestBefore(d, ms, i, model.InvestedIn, false)
	} else if before(d, s, i, 4, "among", "من", "احد", "ابرز", "اوائل") && (d.Tokens[i].Script == Latin || within(d, s, i, 2, "فيها", "فيه", "في") >= 0) {
		for _, k := range ms {
			if m := d.Mentions[k]; m.To <= i && m.Type == model.Company {
				subj = k
				break
			}
		}
		if subj < 0 {
			subj = nearestBefore(d, ms, i, model.InvestedIn, true)
		}
	}
	if subj < 0 {
		return nil
	}
	if obj < 0 || obj == subj {
		obj = topicCompany(d, s.From, d.Mentions[subj].Key)
	}
	if obj < 0 {
		return nil
	}
	mon := pickMoney(d, s, i, false)
	var out []Rel
	for _, k := range expandList(d, ms, subj) {
		if validPair(d, k, obj, model.InvestedIn) {
			out = append(out, Rel{Subj: d.Mentions[k].Key, Obj: d.Mentions[obj].Key, Pred: model.InvestedIn, Money: mon, Status: model.Completed, Conf: 0.6, Sent: si})
		}
	}
	return out
}

// readRound reads the leaders of a funding round: "قادت راكوتن وSTC جولة
// تمويل بقيمة 350 مليون دولار", "a round led by A, B and C", "بقيادة X".
// The company that raised the money is the one named before, outside the
// list of leaders, or the company last talked about.
func readRound(d *Doc, si, i int, ms []int) []Rel {
	s := d.Sentences[si]
	first := firstAfter(d, ms, i, model.InvestedIn, true)
	if first < 0 {
		return nil
	}
	leaders := expandList(d, ms, first)
	in := map[string]bool{}
	for _, k := range leaders {
		in[d.Mentions[k].Key] = true
	}
	obj := -1
	for n := len(ms) - 1; n >= 0; n-- {
		m := d.Mentions[ms[n]]
		if m.To <= i && m.Type == model.Company && !in[m.Key] {
			obj = ms[n]
			break
		}
	}
	if obj < 0 {
		for k := len(d.Mentions) - 1; k >= 0 && obj < 0; k-- {
			m := d.Mentions[k]
			if m.To <= s.From && m.Type == model.Company && !in[m.Key] && !isSource(d, k) {
				obj = topicCompany(d, s.From, "")
				if obj >= 0 && in[d.Mentions[obj].Key] {
					obj = k
				}
			}
		}
	}
	if obj < 0 {
		return nil
	}
	return investRels(d, si, leaders, obj, pickMoney(d, s, i, false), 0.7)
}

// pronounTitle reports a title word with a possessive pronoun: "رئيسه
// التنفيذي", "رئيستها التنفيذية".
func pronounTitle(d *Doc, s Sentence, i int) bool {
	for j := i - 2; j <= i; j++ {
		if w := tok(d, s, j); strings.HasPrefix(w, "رييس") && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها")) && len([]rune(w)) > 4 {
			return true
		}
	}
	return false
}
