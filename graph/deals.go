package graph

import (
	"sort"
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
}

func claimOf(article string, published time.Time, r model.Relation) claim {
	return claim{source: article, published: published, evidence: r.Evidence, status: r.Status,
		confidence: r.Confidence, amount: r.Amount, currency: r.Currency, amountUSD: r.AmountUSD, amountText: r.AmountText}
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
}

// resolve groups the claims about one triple into deals. It depends only on
// the set of claims, never on their order, so the graph a set of articles
// gives does not depend on the order they arrive in.
func resolve(t triple, claims []claim) []deal {
	byKey := map[string][]claim{}
	for _, c := range claims {
		k := dealKey(t, c)
		byKey[k] = append(byKey[k], c)
	}
	out := make([]deal, 0, len(byKey))
	for k, cs := range byKey {
		sortClaims(cs)
		out = append(out, deal{triple: t, key: k, claims: cs})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

func dealKey(t triple, c claim) string {
	return model.Relation{Subject: t.subject, Predicate: t.predicate, Object: t.object, Amount: c.amount, Currency: c.currency}.Key()
}

func sortClaims(cs []claim) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].source < cs[j].source })
}

// figure is the claim whose amount the deal carries: the first source that
// gave one (sources are sorted), or nil.
func (d deal) figure() *claim {
	for i := range d.claims {
		if d.claims[i].amount > 0 {
			return &d.claims[i]
		}
	}
	return nil
}

// props are the deal's stored properties, bar first_seen and last_seen.
func (d deal) props() map[string]any {
	n := len(d.claims)
	sources, evidence, statuses := make([]string, n), make([]string, n), make([]string, n)
	confidences, amounts, usd := make([]float64, n), make([]float64, n), make([]float64, n)
	currencies, texts := make([]string, n), make([]string, n)
	for i, c := range d.claims {
		sources[i], evidence[i], statuses[i], confidences[i] = c.source, c.evidence, c.status, c.confidence
		amounts[i], currencies[i], usd[i], texts[i] = c.amount, c.currency, c.amountUSD, c.amountText
	}
	status, confidence := settled(d.claims)
	p := map[string]any{
		"key": d.key, "status": nullIfEmpty(status), "confidence": nullIfZero(confidence),
		"amount": nil, "currency": nil, "amount_usd": nil, "amount_text": nil,
		"sources": sources, "evidence": evidence, "statuses": statuses, "confidences": confidences,
		"amounts": amounts, "currencies": currencies, "amounts_usd": usd, "amount_texts": texts,
	}
	if f := d.figure(); f != nil {
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
