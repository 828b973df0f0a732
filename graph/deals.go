package graph

import (
	"sort"
	"strconv"
	"time"

	"github.com/kg-news/kg/model"
)

// claim is one article's statement of a deal: what a deal relationship
// keeps per source, in its parallel lists.
type claim struct {
	source     string    // article id
	published  time.Time // the article's published_at; zero if unknown
	evidence   string
	status     string
	confidence float64
	amount     float64 // 0: the article gave no amount
	currency   string
	amountUSD  float64
	amountText string
	qualifier  string  // model.About, model.UpTo or ""
	half       float64 // writtenHalf of the figure, set once by resolve
}

func claimOf(article string, published time.Time, r model.Relation) claim {
	return claim{source: article, published: published, evidence: r.Evidence, status: r.Status,
		confidence: r.Confidence, amount: r.Amount, currency: r.Currency, amountUSD: r.AmountUSD, amountText: r.AmountText,
		qualifier: r.AmountQualifier}
}

// triple is a subject, predicate and object: every deal between one pair of
// one kind is resolved together, from all the claims about it.
type triple struct{ subject, predicate, object string }

func (t triple) String() string { return t.subject + "|" + t.predicate + "|" + t.object }

// deal is one relationship as it should be in the graph.
type deal struct {
	triple
	key    string
	claims []claim // sorted by source
	figure *claim  // the most precise figure given, nil if none was
}

// resolve groups the claims about one triple into deals:
//   - figures go, most precise first, into the first deal all of whose
//     figures they agree with (group.agreesWithAll), else start a deal of their
//     own: "$97bn" joins "$97.4bn", "€5bn" joins "$5.4bn", but two
//     tranches or a revised offer stay apart, and agreeing with every
//     member keeps a chain of roundings from joining distant figures;
//   - claims with no figure join the one deal with a figure when there is
//     exactly one, else form one deal without an amount;
//   - an article appears once per deal, with its most precise figure.
//
// The deal's key is the triple and its figure (the most precise one). The
// result depends only on the set of claims, never on their order, so the
// graph does not depend on the order articles arrive in, and loading them
// again changes nothing.
func resolve(t triple, claims []claim) []deal {
	var priced, bare []claim
	for _, c := range claims {
		if c.amount > 0 {
			// Parsed once here: resolve compares each claim with every
			// member of a deal, and a deal cited by many articles would
			// parse the same figures over and over.
			c.half = writtenHalf(c.amountText, c.amount)
			priced = append(priced, c)
		} else {
			bare = append(bare, c)
		}
	}
	sort.Slice(priced, func(i, j int) bool { return morePrecise(priced[i], priced[j]) })
	var groups []*group
	for _, c := range priced {
		placed := false
		for _, g := range groups {
			if g.agreesWithAll(c) {
				g.add(c)
				placed = true
				break
			}
		}
		if !placed {
			g := &group{}
			g.add(c)
			groups = append(groups, g)
		}
	}
	if len(bare) > 0 {
		g := &group{}
		if len(groups) == 1 {
			g = groups[0]
		} else {
			groups = append(groups, g)
		}
		for _, c := range bare {
			g.add(c)
		}
	}
	out := make([]deal, 0, len(groups))
	keys := map[string]int{}
	for _, gr := range groups {
		g := gr.claims
		d := deal{triple: t, key: t.String()}
		if g[0].amount > 0 {
			f := g[0]
			d.figure = &f
			d.key += "|" + strconv.FormatFloat(f.amount, 'g', -1, 64) + f.currency
		}
		// Two deals with one figure (they disagree with each other's
		// other members): numbered in their deterministic order.
		if keys[d.key]++; keys[d.key] > 1 {
			d.key += "#" + strconv.Itoa(keys[d.key])
		}
		sortClaims(g)
		d.claims = g
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// morePrecise orders figures: the narrowest interval first, then the larger
// amount, then the source, so that the order is total.
func morePrecise(a, b claim) bool {
	if wa, wb := a.width(), b.width(); wa != wb {
		return wa < wb
	}
	if a.amount != b.amount {
		return a.amount > b.amount
	}
	if a.currency != b.currency {
		return a.currency < b.currency
	}
	return a.source < b.source
}

// group is one deal's claims while resolve builds it, with what
// agreesWithAll needs kept up to date, so that a deal cited by a thousand
// articles is not compared claim by claim with every new one.
type group struct {
	claims  []claim
	sources map[string]bool
	bounds  map[string]*bounds // by currency
}

// bounds summarise the intervals of a group's figures in one currency: a
// figure overlaps all of them exactly when it overlaps from minHi down to
// maxLo (see agreesWithAll), in the currency itself and in US dollars.
type bounds struct {
	minHi, maxLo       float64
	noUSD              bool // some figure has no US dollar amount
	minHiUSD, maxLoUSD float64
}

// agreesWithAll says whether c's figure can be the same deal's as every
// figure of the group: intervals that overlap in one currency, or in US
// dollars within currencyTolerance (deals_test.go checks it against the
// pairwise rule, agree), without going through them.
func (g *group) agreesWithAll(c claim) bool {
	lo, hi := c.interval()
	for cur, b := range g.bounds {
		if cur == c.currency {
			if !(lo < b.minHi && b.maxLo < hi) {
				return false
			}
			continue
		}
		if c.amountUSD <= 0 || b.noUSD {
			return false
		}
		r := c.amountUSD / c.amount
		if !(lo*r < b.minHiUSD*(1+currencyTolerance) && b.maxLoUSD < hi*r*(1+currencyTolerance)) {
			return false
		}
	}
	return true
}

// add adds c unless its article is already in the deal (with a more
// precise figure, given the order claims are added in).
func (g *group) add(c claim) {
	if g.sources[c.source] {
		return
	}
	if g.sources == nil {
		g.sources, g.bounds = map[string]bool{}, map[string]*bounds{}
	}
	g.sources[c.source] = true
	g.claims = append(g.claims, c)
	if c.amount <= 0 {
		return
	}
	lo, hi := c.interval()
	r := c.amountUSD / c.amount
	b := g.bounds[c.currency]
	if b == nil {
		b = &bounds{minHi: hi, maxLo: lo, minHiUSD: hi * r, maxLoUSD: lo * r}
		g.bounds[c.currency] = b
	}
	b.minHi, b.maxLo = min(b.minHi, hi), max(b.maxLo, lo)
	b.minHiUSD, b.maxLoUSD = min(b.minHiUSD, hi*r), max(b.maxLoUSD, lo*r)
	b.noUSD = b.noUSD || c.amountUSD <= 0
}

func sortClaims(cs []claim) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].source < cs[j].source })
}

// props are the deal's stored properties, bar first_seen and last_seen.
func (d deal) props() map[string]any {
	n := len(d.claims)
	sources, evidence, statuses := make([]string, n), make([]string, n), make([]string, n)
	confidences, amounts, usd := make([]float64, n), make([]float64, n), make([]float64, n)
	currencies, texts, quals := make([]string, n), make([]string, n), make([]string, n)
	for i, c := range d.claims {
		sources[i], evidence[i], statuses[i], confidences[i] = c.source, c.evidence, c.status, c.confidence
		amounts[i], currencies[i], usd[i], texts[i], quals[i] = c.amount, c.currency, c.amountUSD, c.amountText, c.qualifier
	}
	status, confidence := settled(d.claims)
	p := map[string]any{
		"key": d.key, "status": nullIfEmpty(status), "confidence": nullIfZero(confidence),
		"amount": nil, "currency": nil, "amount_usd": nil, "amount_text": nil,
		"sources": sources, "evidence": evidence, "statuses": statuses, "confidences": confidences,
		"amounts": amounts, "currencies": currencies, "amounts_usd": usd, "amount_texts": texts, "amount_qualifiers": quals,
	}
	// A list of empty strings is left out (read back as empty strings):
	// neo4j-admin import cannot tell a list of one "" from no list, and
	// the bulk and incremental loads must write the same graph.
	for _, k := range []string{"evidence", "statuses", "currencies", "amount_texts", "amount_qualifiers"} {
		if allEmpty(p[k].([]string)) {
			p[k] = nil
		}
	}
	if f := d.figure; f != nil {
		p["amount"], p["currency"] = f.amount, nullIfEmpty(f.currency)
		p["amount_usd"], p["amount_text"] = nullIfZero(f.amountUSD), nullIfEmpty(f.amountText)
	}
	return p
}

// settled derives a deal's status and confidence from its claims: the
// status of the latest-published article that gave one (undated articles
// count as oldest, ties go to the greater article id), and the highest
// confidence.
func settled(cs []claim) (status string, confidence float64) {
	var best *claim
	for i := range cs {
		c := &cs[i]
		confidence = max(confidence, c.confidence)
		if c.status == "" {
			continue
		}
		if best == nil || later(c, best) {
			best = c
		}
	}
	if best != nil {
		status = best.status
	}
	return status, confidence
}

func later(a, b *claim) bool {
	switch {
	case a.published.IsZero() != b.published.IsZero():
		return b.published.IsZero()
	case !a.published.Equal(b.published):
		return a.published.After(b.published)
	}
	return a.source > b.source
}

func allEmpty(list []string) bool {
	for _, s := range list {
		if s != "" {
			return false
		}
	}
	return true
}
