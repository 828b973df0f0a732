package extract

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kg-news/kg/extract/lexicon"
	"github.com/kg-news/kg/extract/money"
	"github.com/kg-news/kg/extract/name"
	"github.com/kg-news/kg/extract/norm"
	"github.com/kg-news/kg/model"
)

// resolver turns mentions into entities with stable ids and relations
// between those ids: short forms join their full names, known names take
// their lexicon id (the same in every language), unknown ones an id made
// from their name.
type resolver struct {
	lex   *lexicon.Lexicon
	rates money.Rates
	// names scores the proposed entities; nil keeps them all (the rules
	// alone).
	names *name.Model
	// record, when set, is given every candidate (training).
	record func(NameCandidate)
}

// headlineOnly reports mentions all in the article's first sentence.
func headlineOnly(d *Doc, ms []Mention) bool {
	for _, m := range ms {
		if d.Tokens[m.From].Sent != 0 {
			return false
		}
	}
	return true
}

// keepName asks the name scorer about one proposed entity.
func (r *resolver) keepName(d *Doc, ms []Mention, e model.Entity) bool {
	if r.names == nil && r.record == nil {
		return true
	}
	typ := e.Type
	if typ == "" {
		typ = majorityOf(ms)
	}
	if typ != model.Person && typ != model.Company && typ != model.Organization {
		return true
	}
	feats := nameFeatures(d, ms, typ, ms[0].Lex != "")
	if r.record != nil {
		names := appendNew([]string{e.Name, e.NameAR}, e.Mentions...)
		r.record(NameCandidate{Type: typ, Names: names, Feats: feats})
	}
	// A dateline's agency is a name by its place alone (dateline.go), a
	// slot the scorer's training never saw; so is a person an honorific
	// opens ("Mr. Theobald"), one word alone too.
	for _, m := range ms {
		if m.Cue == "agency" || m.Cue == "honorific" && typ == model.Person {
			return true
		}
	}
	// A headline's name of two words or more that a company word closes
	// ("Harlow Group Snaps Up Zentrix Labs") stands by that word: a Title
	// Case line gives the scorer no case to read.
	if typ == model.Company && d.Lang == "en" && headlineOnly(d, ms) && ms[0].Cue == "company-word" && ms[0].To-ms[0].From >= 2 {
		return true
	}
	// A party of a deal a frame row read, under a company word of its own,
	// is a name: the row's shape vouches for it.
	if typ == model.Company && frameParty(d, ms[0].Key) {
		return true
	}
	// An Arabic name after a company cue that a deal reads as a party.
	if typ == model.Company && d.Lang == "ar" && ms[0].Cue == "company-word" && inRelation(d, ms[0].Key) {
		return true
	}
	// A holder named with its stake ("مجموعة زمرد 5.42%"): the figure
	// after a name under a company word is its share, not a clause.
	if typ == model.Company && d.Lang == "ar" && ms[0].Cue == "company-word" && stakeAfter(d, ms) {
		return true
	}
	return r.names == nil || r.names.Keep(d.Lang, feats)
}

// stakeAfter reports a mention of ms followed by a percentage, under its
// company word or closed by a company suffix.
func stakeAfter(d *Doc, ms []Mention) bool {
	for _, m := range ms {
		j := m.To
		if j+1 >= len(d.Tokens) || d.Tokens[j].Script != Digit || d.Tokens[j+1].Text != "%" || d.Tokens[j+1].Sent != d.Tokens[m.From].Sent {
			continue
		}
		if m.From > 0 && isCueWord(&d.Tokens[m.From-1]) || ar.CompanySuffixes[d.Tokens[j-1].Norm] {
			return true
		}
	}
	return false
}

// frameParty reports an entity key that a frame row's relation names.
func frameParty(d *Doc, key string) bool {
	for _, r := range d.Relations {
		if (r.Subj == key || r.Obj == key) && strings.HasPrefix(r.Via, "frame:") {
			return true
		}
	}
	return false
}

// roleHolder reports a person of two words or more whom a frame row reads
// as a company's chief or founder ("Lina Haddad, founder and CEO of X"):
// the row is evidence of the name the scorer may lack.
func roleHolder(d *Doc, key string, e model.Entity) bool {
	if e.Type != model.Person || len(strings.Fields(e.Name+e.NameAR)) < 2 {
		return false
	}
	for _, rel := range d.Relations {
		if rel.Subj == key && (rel.Pred == model.CEOOf || rel.Pred == model.Founded) && strings.HasPrefix(rel.Via, "frame:") {
			return true
		}
	}
	return false
}

func majorityOf(ms []Mention) string {
	n := map[string]int{}
	for _, m := range ms {
		n[m.Type]++
	}
	return majority(n)
}

func loadLexicon(files []string) (*lexicon.Lexicon, error) { return lexicon.Load(files...) }

func foldKey(s string) string { return norm.Key(s) }

func (r *resolver) resolve(d *Doc) model.Document {
	doc, ids, types := r.resolveEntities(d)
	for _, rel := range d.Relations {
		if out, ok := r.relationOf(d, rel, ids, types); ok {
			doc.Relations = append(doc.Relations, out)
		}
	}
	doc.Relations = finishRelations(doc.Relations)
	return doc
}

// resolveEntities groups the mentions into entities and gives each mention
// key its entity id and each id its type.
func (r *resolver) resolveEntities(d *Doc) (model.Document, map[string]string, map[string]string) {
	borrowMoney(d)
	groups, order := r.groupMentions(d)
	ids := map[string]string{}
	doc := model.Document{Article: d.Article, Entities: []model.Entity{}, Relations: []model.Relation{}}
	used := map[string]bool{}
	for _, key := range order {
		g := groups[key]
		e := g.ent
		if e.ID == "" {
			var ok bool
			if e, ok = unknownEntity(g); !ok {
				continue
			}
		}
		if !r.keepName(d, g.ms, e) && !roleHolder(d, key, e) {
			continue
		}
		e.Aliases = notIn(e.Aliases, e.Mentions)
		// Two unknown names with one slug are one entity.
		if used[e.ID] {
			ids[key] = e.ID
			for i := range doc.Entities {
				if doc.Entities[i].ID == e.ID {
					doc.Entities[i].Mentions = appendNew(doc.Entities[i].Mentions, e.Mentions...)
					doc.Entities[i].Aliases = appendNew(doc.Entities[i].Aliases, e.Aliases...)
				}
			}
			continue
		}
		used[e.ID] = true
		ids[key] = e.ID
		doc.Entities = append(doc.Entities, e)
	}
	types := map[string]string{}
	for _, e := range doc.Entities {
		types[e.ID] = e.Type
	}
	return doc, ids, types
}

// mentionGroup is the mentions of one key: one entity.
type mentionGroup struct {
	ent   model.Entity
	types map[string]int
	seen  map[string]bool
	// anaphor holds the surfaces that only refer back (never a name).
	anaphor map[string]bool
	first   int
	ms      []Mention
}

// groupMentions groups the mentions by key, in the order of their first
// mention; a lexicon hit starts its group with the known entity.
func (r *resolver) groupMentions(d *Doc) (map[string]*mentionGroup, []string) {
	groups := map[string]*mentionGroup{}
	var order []string
	for k, m := range d.Mentions {
		g := groups[m.Key]
		if g == nil {
			g = &mentionGroup{types: map[string]int{}, seen: map[string]bool{}, anaphor: map[string]bool{}, first: k}
			if m.Lex != "" {
				if e, ok := r.lex.ByID(m.Lex); ok {
					g.ent = model.Entity{ID: e.ID, Type: e.Type, Name: e.Name, NameAR: e.NameAR}
				}
			}
			groups[m.Key] = g
			order = append(order, m.Key)
		}
		weight := 1
		switch m.Cue {
		case "title", "first-name", "org-word", "company-word":
			weight = 3
		case "argument":
			// What only a company is ("UK-headquartered X", "acquired X",
			// "X-backed") outweighs a first name: firms bear founders' names.
			weight = 4
		}
		g.types[m.Type] += weight
		g.ms = append(g.ms, m)
		if !g.seen[m.Surface] && m.Surface != "" {
			g.seen[m.Surface] = true
			g.ent.Mentions = append(g.ent.Mentions, m.Surface)
		}
		if m.Cue == "anaphor" {
			g.anaphor[m.Surface] = true // "الأخيرة" is no name
		}
		// Aliases are kept apart from the mentions (what the text writes).
		for _, a := range m.Aliases {
			if !g.seen["\x00"+a] && a != "" {
				g.seen["\x00"+a] = true
				g.ent.Aliases = append(g.ent.Aliases, a)
			}
		}
	}
	return groups, order
}

// unknownEntity names and types the entity of a group no lexicon entry
// knows: its longest Latin and Arabic surfaces (no anaphor) and the
// majority type; !ok when it has no id.
func unknownEntity(g *mentionGroup) (model.Entity, bool) {
	e := g.ent
	e.Type = majority(g.types)
	for _, s := range e.Mentions {
		if g.anaphor[s] {
			continue
		}
		if hasArabicText(s) {
			if utf8.RuneCountInString(s) > utf8.RuneCountInString(e.NameAR) {
				e.NameAR = s
			}
		} else if len(s) > len(e.Name) {
			e.Name = s
		}
	}
	e.ID = slug(e.Name)
	if e.ID == "" {
		e.ID = slug(transliterate(e.NameAR))
	}
	if e.ID == "" {
		return e, false
	}
	return e, true
}

// relationOf is a relation between resolved entities; ok is false when an
// argument has no entity, both are one, or the types do not fit.
func (r *resolver) relationOf(d *Doc, rel Rel, ids, types map[string]string) (model.Relation, bool) {
	s, o := ids[rel.Subj], ids[rel.Obj]
	if s == "" || o == "" || s == o || !typesFit(rel.Pred, types[s], types[o]) {
		return model.Relation{}, false
	}
	out := model.Relation{Subject: s, Predicate: rel.Pred, Object: o, Status: rel.Status, Confidence: rel.Conf}
	if rel.Money != nil {
		out.Amount = rel.Money.Amount
		out.Currency = rel.Money.Currency
		out.AmountText = rel.Money.Text
		switch {
		case rel.Money.UpTo:
			out.AmountQualifier = model.UpTo
		case rel.Money.Approx:
			out.AmountQualifier = model.About
		}
		if usd, ok := r.rates.ToUSD(out.Amount, out.Currency); ok {
			out.AmountUSD = usd
		}
	}
	if rel.Sent < len(d.Sentences) {
		sn := d.Sentences[rel.Sent]
		out.Evidence = strings.Join(strings.Fields(d.Text[sn.Start:sn.End]), " ")
	}
	return out, true
}

// finishRelations keeps the first of relations with one key and drops
// those an amount-bearing twin shadows.
func finishRelations(rels []model.Relation) []model.Relation {
	seen := map[string]bool{}
	out := rels[:0]
	for _, r := range rels {
		if k := r.Key(); !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return dropRestated(dropShadowed(out))
}

// dropRestated keeps one of two amounts of one deal that are the same sum
// (within 5% in dollars): a headline's rounded or converted figure ("to
// acquire X for $238m") beside the text's own ("C$323m"). The one kept is
// in the deal's own currency, else the more precise.
func dropRestated(rels []model.Relation) []model.Relation {
	drop := make([]bool, len(rels))
	for i := range rels {
		for j := i + 1; j < len(rels) && !drop[i]; j++ {
			a, b := rels[i], rels[j]
			if drop[j] || a.Subject != b.Subject || a.Predicate != b.Predicate || a.Object != b.Object || !sameSum(a.AmountUSD, b.AmountUSD) {
				continue
			}
			if restatement(a, b) {
				drop[i] = true
			} else {
				drop[j] = true
			}
		}
	}
	out := rels[:0]
	for i, r := range rels {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}

func sameSum(a, b float64) bool {
	return a > 0 && b > 0 && math.Abs(a-b) <= 0.05*math.Max(a, b)
}

// restatement reports whether a restates b: a dollar figure beside one in
// another currency, or a rounder figure in the same one.
func restatement(a, b model.Relation) bool {
	if a.Currency != b.Currency {
		return a.Currency == "USD"
	}
	return sigDigits(a.Amount) < sigDigits(b.Amount)
}

// sigDigits counts the significant digits of a positive amount.
func sigDigits(v float64) int {
	s := strings.TrimRight(strconv.FormatFloat(v, 'f', -1, 64), "0")
	s = strings.TrimLeft(strings.Replace(s, ".", "", 1), "0")
	return len(s)
}

// names reports a mention of key in sentence s.
func names(d *Doc, s Sentence, key string) bool {
	for _, k := range mentionsIn(d, s) {
		if d.Mentions[k].Key == key {
			return true
		}
	}
	return false
}

// priceLookahead is how many sentences after a deal, or after the last
// that names its target, its price may follow.
const priceLookahead = 4

var priceWords = []string{"the price", "price tag", "purchase price", "the consideration", "total consideration", "aggregate consideration", "الثمن", "سعر الصفقه", "قيمه الصفقه", "قيمه الاستحواذ", "ثمن"}

// borrowMoney gives a purchase or bid read without an amount the amount of
// another sentence that names both parties and one sum: "Microsoft closes
// $68.7bn Activision deal".
func borrowMoney(d *Doc) {
	has := map[string]bool{}
	for _, r := range d.Relations {
		if r.Money != nil {
			has[r.Subj+"|"+r.Obj] = true
		}
	}
	for k := range d.Relations {
		r := &d.Relations[k]
		if r.Money == nil && r.Pred == model.InvestedIn && !has[r.Subj+"|"+r.Obj] {
			r.Money = leadsRound(d, r)
			continue
		}
		if r.Money != nil || (r.Pred != model.Acquired && r.Pred != model.BidFor) || has[r.Subj+"|"+r.Obj] {
			continue
		}
		for si, s := range d.Sentences {
			if si == r.Sent {
				continue
			}
			subj, obj := false, false
			for _, k := range mentionsIn(d, s) {
				subj = subj || d.Mentions[k].Key == r.Subj
				obj = obj || d.Mentions[k].Key == r.Obj
			}
			if !subj || !obj {
				continue
			}
			var found []*money.Mention
			in := moneyIn(d, s.Start, s.End)
			for j := range in {
				if mo := &in[j]; mo.End <= s.End && dealSized(mo) {
					found = append(found, mo)
				}
			}
			if len(found) == 1 {
				r.Money = found[0]
				break
			}
		}
		// "... the price came to about $580m" a few sentences later; the
		// window moves on with each sentence that names the target again
		// (a headline's deal told again in the lead).
		last := r.Sent
		for si := r.Sent + 1; r.Money == nil && si < len(d.Sentences) && si <= last+priceLookahead; si++ {
			s := d.Sentences[si]
			if names(d, s, r.Obj) {
				last = si
			}
			if !sentenceHas(d.foldedSpan(s.From, s.To), priceWords) {
				continue
			}
			var found []*money.Mention
			for j := range d.Money {
				if mo := &d.Money[j]; mo.Start >= s.Start && mo.End <= s.End && dealSized(mo) && !isValueFigure(d, mo, s.Start) {
					found = append(found, mo)
				}
			}
			// "The consideration, totaling $67.0 million, will consist of
			// cash and a $6.0 million note": the total comes first, its
			// parts after it.
			if len(found) > 0 {
				r.Money = found[0]
			}
		}
	}
}

var leadWords = wordSet("led")

// leadsRound is the round's amount for an investor read as its lead in a
// sentence of its own ("X has raised $20 million in Series B funding.
// Tarrow Group ... led the round."): the one amount of one of the two
// sentences before that names the company; nil when there is none.
func leadsRound(d *Doc, r *Rel) *money.Mention {
	s := d.Sentences[r.Sent]
	// "Y ... led the round": the investor before an active "led", not
	// the ones after "led by X, with A and B joining".
	led := false
	for _, k := range mentionsIn(d, s) {
		if d.Mentions[k].Key != r.Subj {
			continue
		}
		for j := d.Mentions[k].To; j+1 < s.To && !led; j++ {
			led = leadWords[d.Tokens[j].Norm] && !slices.Contains(byList, d.Tokens[j+1].Norm)
		}
		break
	}
	if !led && !passiveLead(d, s, r.Subj) || len(moneyIn(d, s.Start, s.End)) > 0 {
		return nil
	}
	for si := r.Sent - 1; si >= 0 && si >= r.Sent-2; si-- {
		p := d.Sentences[si]
		in := moneyIn(d, p.Start, p.End)
		if names(d, p, r.Obj) && len(in) == 1 && dealSized(&in[0]) && !isValueFigure(d, &in[0], p.Start) {
			return &in[0]
		}
	}
	return nil
}

// passiveLead reports investor key named right after "led by" (an article
// between allowed) in a sentence whose round noun comes before it: "The
// round was led by the Quarry Fund".
func passiveLead(d *Doc, s Sentence, key string) bool {
	for _, k := range mentionsIn(d, s) {
		m := d.Mentions[k]
		if m.Key != key {
			continue
		}
		j := m.From - 1
		if j > s.From && articles[d.Tokens[j].Norm] {
			j--
		}
		if j-1 <= s.From || !slices.Contains(byList, d.Tokens[j].Norm) || !leadWords[d.Tokens[j-1].Norm] {
			continue
		}
		for q := s.From; q < j-1; q++ {
			if roundNounSet[d.Tokens[q].Norm] {
				return true
			}
		}
	}
	return false
}

// typesFit says whether a predicate can join entities of these types: a
// person runs or founds a company; only a company or person buys or
// invests, and only in a company or organisation.
func typesFit(pred, s, o string) bool {
	switch pred {
	case model.CEOOf, model.Founded:
		return s == model.Person && o != model.Person
	}
	return s != model.Organization && o != model.Person
}

// dropShadowed removes a relation without an amount when the same subject,
// predicate and object also came with one: it is the same deal, said again.
func dropShadowed(rels []model.Relation) []model.Relation {
	withAmount := map[string]bool{}
	for _, r := range rels {
		if r.Amount > 0 {
			withAmount[r.Subject+"|"+r.Predicate+"|"+r.Object] = true
		}
	}
	out := rels[:0]
	for _, r := range rels {
		if r.Amount == 0 && withAmount[r.Subject+"|"+r.Predicate+"|"+r.Object] {
			continue
		}
		out = append(out, r)
	}
	return out
}

// givenNameOf notes the first word of a Latin person's name ("Jane" for
// Jane Doe), so that the first name alone joins the person; a first name two
// people share joins neither.
func givenNameOf(d *Doc, m Mention, firsts map[string]string) {
	t := d.Tokens[m.From]
	if t.Script != Latin || m.To-m.From > 3 || len([]rune(t.Norm)) < 3 || en.Stop[t.Norm] || isCompanyWord(t.Norm) {
		return
	}
	if k, ok := firsts[t.Norm]; ok && k != m.Key {
		firsts[t.Norm] = ""
		return
	}
	firsts[t.Norm] = m.Key
}

// arGivenNames maps the given name of each Arabic person named in full to
// that person's key; a given name two people share maps to "".
func arGivenNames(d *Doc) map[string]string {
	out := map[string]string{}
	for _, m := range d.Mentions {
		t := d.Tokens[m.From]
		if m.Type != model.Person || m.To-m.From < 2 || t.Script != Arabic || d.lex == nil || !d.lex.GivenName(t.Norm) {
			continue
		}
		if k, ok := out[t.Norm]; ok && k != m.Key {
			out[t.Norm] = ""
			continue
		}
		out[t.Norm] = m.Key
	}
	return out
}

// arNameAdjective reports an Arabic two-word company name whose second
// word is an adjective ("الفلق الوطني", "السنبلة الأول") and whose first
// is no place or common word: "«الفلق»" is its short form.
func arNameAdjective(d *Doc, m Mention) bool {
	if m.To-m.From != 2 || d.Tokens[m.From].Script != Arabic {
		return false
	}
	first, last := d.Tokens[m.From].Norm, d.Tokens[m.To-1].Norm
	if _, place := d.lex.Place(first); place || name.Common("ar", first) || isCueWord(&d.Tokens[m.From]) {
		return false
	}
	return isRelAdjective(last) || nameAdjectivesAr[last]
}

var nameAdjectivesAr = wordSet("name-adjectives-ar")

// joinShortForms points a one-word unknown mention at the longer name it
// shortens: a surname at its person, a first word at its company.
// joinLegalForms gives a name the key of the same name with its legal
// form when only that one is read ("Harlow Bank" and "Harlow Bank Plc");
// of two such keys the one read first wins.
func joinLegalForms(d *Doc, moved map[string]string) {
	withForm := map[string]string{} // key less some legal words -> key
	for _, m := range d.Mentions {
		for _, base := range legalBases(m.Key) {
			if _, ok := withForm[base]; !ok {
				withForm[base] = m.Key
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if k, ok := withForm[m.Key]; ok && strings.HasPrefix(m.Key, "?") && m.Type == model.Company {
			moved[m.Key] = k
			m.Key = k
		}
	}
}

// legalBases are key less its last legal forms, one, two, ... at a time
// ("?x holding co" -> "?x holding", "?x").
func legalBases(key string) []string {
	var out []string
	words := strings.Fields(key)
	for n := len(words); n > 1 && legalSuffix[words[n-1]]; n-- {
		out = append(out, strings.Join(words[:n-1], " "))
	}
	return out
}

func joinShortForms(d *Doc) {
	full := map[string]string{}
	types := map[string]string{}
	firsts := map[string]string{}
	after := map[string]Mention{} // names a first word shortens only after them
	for _, m := range d.Mentions {
		if m.To-m.From < 2 {
			continue
		}
		last, first := d.Tokens[m.To-1].Norm, d.Tokens[m.From].Norm
		if m.Type == model.Person {
			if _, ok := full[last]; !ok {
				full[last], types[last] = m.Key, m.Type
			}
			givenNameOf(d, m, firsts)
		} else if m.Type == model.Company && (len([]rune(first)) > 2 || isAllCaps(d.Tokens[m.From].Text)) && !ar.IsStop(first) && !en.Stop[first] && !isCompanyWord(first) &&
			(isCompanyWord(last) || ar.CompanySuffixes[last] || d.Tokens[m.From].Script == Latin && d.Tokens[m.From].Upper && m.To-m.From == 2 || arNameAdjective(d, m)) {
			// "جيو" for جيو بلاتفورمز, "Goldman" for Goldman Sachs; not
			// "سوق" for سوق دبي المالي.
			if _, ok := full[first]; !ok {
				full[first], types[first] = m.Key, m.Type
			}
		} else if m.Type == model.Company && d.Tokens[m.From].Upper && !en.Stop[first] && !isCompanyWord(first) && companyWordIn(d.Tokens, m.From+1, m.To) {
			// "Zentrix" for Zentrix Energy & Marine, once that is named: a
			// first word written before the longer name is often its
			// parent's ("Tarrow ... its fund Tarrow Selección Ventures").
			if _, ok := after[first]; !ok {
				after[first] = m
			}
		}
	}
	for w, k := range firsts {
		if _, ok := full[w]; !ok && k != "" {
			full[w], types[w] = k, model.Person
		}
	}
	givenAr := arGivenNames(d)
	moved := map[string]string{}
	joinCores(d, moved)
	joinMiddleNames(d, moved)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.To-m.From != 1 || m.Lex != "" {
			continue
		}
		w := strings.TrimPrefix(m.Key, "?")
		// A company read from a strong cue ("استحواذها على هيس") stays a
		// company, even if a person shares the word as a surname.
		if types[w] == model.Person && m.Type == model.Company && (m.Cue == "argument" || m.Cue == "quoted" || m.Cue == "company-word" || m.Cue == "named" || m.Cue == "repeat") {
			continue
		}
		// "استحواذ ” سلمى ” على ...", after "الشيخة سلمى كاستيلان": a quoted
		// given name of the one person the story names with it is hers.
		if k := givenAr[w]; k != "" && m.Cue == "quoted" && types[w] == "" {
			moved[m.Key], m.Key, m.Type = k, k, model.Person
			continue
		}
		k, isFull := full[w]
		if f, ok := after[w]; !isFull && ok && m.From > f.From && m.Type == model.Company {
			k = f.Key
		}
		if k != "" && k != m.Key {
			moved[m.Key] = k
			m.Key = k
			if isFull {
				m.Type = types[w]
			}
		}
	}
	joinLegalForms(d, moved)
	// Relations were read before the short forms were joined.
	for i := range d.Relations {
		r := &d.Relations[i]
		if k, ok := moved[r.Subj]; ok {
			r.Subj = k
		}
		if k, ok := moved[r.Obj]; ok {
			r.Obj = k
		}
	}
}

// joinCores points an unknown name at the longer company name it is the
// core of, found by another pass before the full name was known: "زفير" in
// a headline for شركة زفير للروبوتات further down, "Acme Group" for Acme
// Group Inc, "Acme" for Acme Holding. Two long forms that differ only in
// their legal form ("Acme Holding Co", "Acme Holding Company") are one
// company too; a known company's name is the one they join.
func joinCores(d *Doc, moved map[string]string) {
	cores, known := map[string]coreOwner{}, map[string]coreOwner{}
	for _, m := range d.Mentions {
		if m.Type == model.Company && m.Lex != "" {
			claimCore(known, joinNorm(d.Tokens, m.From, m.To), d, m)
		}
		if m.Type != model.Company || m.To-m.From < 2 {
			continue
		}
		legal, short := coreEnds(d, m)
		if legal < m.To {
			claimCore(cores, joinNorm(d.Tokens, m.From, legal), d, m)
		}
		if short < legal {
			claimCore(cores, joinNorm(d.Tokens, m.From, short), d, m)
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Lex != "" || m.Type == model.Person {
			continue
		}
		o, ok := cores[strings.TrimPrefix(m.Key, "?")]
		// Legal forms only: Arabic descriptors tell companies apart
		// ("البنك الأهلي المصري" is no "البنك الأهلي").
		if !ok && m.Type == model.Company && m.To-m.From > 1 && d.Tokens[m.From].Script == Latin {
			legal, short := coreEnds(d, *m)
			if o, ok = cores[joinNorm(d.Tokens, m.From, legal)]; !ok && short < m.To {
				o, ok = known[joinNorm(d.Tokens, m.From, short)]
			}
			// "X Corporation, X Company, LLC and ...": two legal
			// entities named side by side are two.
			ok = ok && o.sent != d.Tokens[m.From].Sent
		}
		if ok && o.key != m.Key {
			moved[m.Key] = o.key
			m.Key, m.Type = o.key, model.Company
		}
	}
}

// coreOwner is the company a core points at, and the sentence it was
// first written in.
type coreOwner struct {
	key  string
	sent int
}

// claimCore maps a core to the first company written with it, or to a
// known company that has it.
func claimCore(cores map[string]coreOwner, core string, d *Doc, m Mention) {
	if o, ok := cores[core]; !ok || m.Lex != "" && strings.HasPrefix(o.key, "?") {
		cores[core] = coreOwner{m.Key, d.Tokens[m.From].Sent}
	}
}

// coreEnds is where m's name ends without its legal form (legal), and
// without the words its short form drops as well (short: Holding, Group
// for a Latin name, an Arabic descriptor); at least one word stays.
func coreEnds(d *Doc, m Mention) (legal, short int) {
	legal = m.To
	for legal > m.From+1 && (coreTail(&d.Tokens[legal-1]) || liPhraseEnd(d, m.From, legal)) {
		legal--
	}
	short = legal
	for short > m.From+1 && d.Tokens[short-1].Script == Latin && en.ShortFormTails[d.Tokens[short-1].Norm] {
		short--
	}
	return legal, short
}

// liPhraseEnd reports an Arabic adjective that closes a li- phrase of a
// name ("للتطوير العقاري", "للاستثمار الجريء"): the tail goes with the phrase.
func liPhraseEnd(d *Doc, from, end int) bool {
	t := &d.Tokens[end-1]
	if t.Script != Arabic || end-2 <= from || !liNoun(d.Tokens[end-2].Norm) {
		return false
	}
	return tailAdjectivesAr[t.Norm] || strings.HasPrefix(t.Norm, "ال") && strings.HasSuffix(t.Norm, "ي")
}

// coreTail reports a word a company's name may be written without: an
// Arabic descriptor, a Latin legal form proper (Inc, Plc, AG).
func coreTail(t *Token) bool {
	if t.Script == Arabic {
		return isDescriptor(t)
	}
	return en.Designators[t.Norm]
}

func majority(types map[string]int) string {
	best, n := model.Company, -1
	for _, t := range model.EntityTypes {
		if types[t] > n {
			best, n = t, types[t]
		}
	}
	return best
}

func appendNew(list []string, more ...string) []string {
	for _, m := range more {
		found := false
		for _, x := range list {
			if x == m {
				found = true
				break
			}
		}
		if !found {
			list = append(list, m)
		}
	}
	return list
}

func hasArabicText(s string) bool {
	for _, r := range s {
		if norm.IsArabic(r) {
			return true
		}
	}
	return false
}

// slug makes an ASCII id from a Latin name: "Redline Capital" -> redline-capital.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.Fold(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '&':
			if b.Len() > 0 {
				b.WriteString("-and")
			} else {
				b.WriteString("and")
			}
			dash = true
		default:
			if r > 0x7f {
				if a, ok := latinFold[r]; ok {
					if dash && b.Len() > 0 {
						b.WriteByte('-')
					}
					dash = false
					b.WriteString(a)
					continue
				}
			}
			dash = true
		}
	}
	return b.String()
}

var latinFold = map[rune]string{'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'á': "a", 'à': "a", 'â': "a",
	'ä': "a", 'ã': "a", 'å': "a", 'í': "i", 'ï': "i", 'î': "i", 'ó': "o", 'ö': "o", 'ô': "o", 'õ': "o",
	'ø': "o", 'ú': "u", 'ü': "u", 'û': "u", 'ñ': "n", 'ç': "c", 'ß': "ss", 'ş': "s", 'ğ': "g", 'ı': "i"}

// transliterate spells an Arabic name in ASCII for its id, so that an
// entity known only in Arabic still gets a readable, stable id.
func transliterate(s string) string {
	var b strings.Builder
	for _, r := range norm.Fold(s) {
		if t, ok := arLatin[r]; ok {
			b.WriteString(t)
		} else if r == ' ' || r < 0x80 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var arLatin = map[rune]string{'ا': "a", 'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh",
	'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t",
	'ظ': "z", 'ع': "a", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'و': "w", 'ي': "y", 'ء': "", 'پ': "p", 'چ': "ch", 'ڤ': "v", 'گ': "g"}

// sortMentions keeps output stable.
var _ = sort.Strings

// joinMiddleNames makes "Mohamed Okafor" one person with "Mohamed Hassan
// Okafor" written elsewhere: same first and last word, the shorter name
// of two words, the longer of three or four.
func joinMiddleNames(d *Doc, moved map[string]string) {
	long := map[string]string{}
	for _, m := range d.Mentions {
		if m.Type == model.Person && m.Lex == "" && m.To-m.From >= 3 && m.To-m.From <= 4 {
			k := d.Tokens[m.From].Norm + " " + d.Tokens[m.To-1].Norm
			if _, ok := long[k]; !ok {
				long[k] = m.Key
			}
		}
	}
	if len(long) == 0 {
		return
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Type != model.Person || m.Lex != "" || m.To-m.From != 2 {
			continue
		}
		if k, ok := long[d.Tokens[m.From].Norm+" "+d.Tokens[m.To-1].Norm]; ok && k != m.Key {
			moved[m.Key] = k
			m.Key = k
		}
	}
}

// notIn is list without the strings also in other.
func notIn(list, other []string) []string {
	var out []string
	for _, s := range list {
		if !contains(other, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
