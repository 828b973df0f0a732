// Package model holds the types that flow from extraction to the graph: an
// article, the entities it mentions and the relations read from it. Their JSON
// form is the `kg extract --format jsonl` contract.
package model

import (
	"strconv"
	"time"
)

// Entity types. Only these become Neo4j labels (besides Entity).
const (
	Person       = "Person"
	Company      = "Company"
	Organization = "Organization"
)

// EntityTypes is the whitelist of entity labels.
var EntityTypes = []string{Person, Company, Organization}

// Relation predicates. Only these become Neo4j relationship types.
const (
	BidFor     = "BID_FOR"
	Acquired   = "ACQUIRED"
	InvestedIn = "INVESTED_IN"
	CEOOf      = "CEO_OF"
	Founded    = "FOUNDED"
	PartnerIn  = "PARTNER_IN"
)

// Predicates is the whitelist of relationship types.
var Predicates = []string{BidFor, Acquired, InvestedIn, CEOOf, Founded, PartnerIn}

// Deal statuses.
const (
	Proposed  = "proposed"
	InTalks   = "in_talks"
	Announced = "announced"
	Completed = "completed"
	Rejected  = "rejected"
)

// ValidType reports whether t is a whitelisted entity type.
func ValidType(t string) bool { return in(EntityTypes, t) }

// ValidPredicate reports whether p is a whitelisted predicate.
func ValidPredicate(p string) bool { return in(Predicates, p) }

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Article is one input document.
type Article struct {
	ID          string    `json:"id"`
	Source      string    `json:"source,omitempty"`
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	Lang        string    `json:"lang,omitempty"`
	PublishedAt time.Time `json:"published_at,omitzero"`
	ContentHash string    `json:"content_hash,omitempty"`
	Text        string    `json:"-"`
}

// Entity is a person, company or organisation. ID is stable across articles
// and languages, so the same entity read from Arabic and English is one node.
type Entity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name,omitempty"`
	NameAR   string   `json:"name_ar,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions []string `json:"mentions,omitempty"`
}

// Relation is a claim read from one article: Subject -Predicate-> Object.
// Amount is in units of Currency; zero means the text gave none.
type Relation struct {
	Subject   string  `json:"subject"`
	Predicate string  `json:"predicate"`
	Object    string  `json:"object"`
	Amount    float64 `json:"amount,omitempty"`
	Currency  string  `json:"currency,omitempty"`
	AmountUSD float64 `json:"amount_usd,omitempty"`
	// AmountText is the amount as written ("about $97bn", "97.4 مليار
	// دولار"): how precise the figure is, which deal resolution needs.
	AmountText string `json:"amount_text,omitempty"`
	// AmountQualifier is "about" ("about", "nearly", "more than") or
	// "up_to" ("up to", "as much as") when the text hedged the figure.
	AmountQualifier string  `json:"amount_qualifier,omitempty"`
	Status          string  `json:"status,omitempty"`
	Confidence      float64 `json:"confidence,omitempty"`
	Evidence        string  `json:"evidence,omitempty"`
}

// Document is everything extracted from one article.
type Document struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Amount qualifiers.
const (
	About = "about"
	UpTo  = "up_to"
)

// Key identifies one deal between a pair: the same subject, predicate,
// object and amount (to three significant figures, in its own currency) from
// two articles is one relationship; a different amount is another deal.
func (r Relation) Key() string {
	k := r.Subject + "|" + r.Predicate + "|" + r.Object
	if r.Amount > 0 {
		k += "|" + strconv.FormatFloat(r.Amount, 'g', 3, 64) + r.Currency
	}
	return k
}
