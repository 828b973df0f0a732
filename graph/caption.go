package graph

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kg-news/kg/model"
)

// Display properties for Neo4j Browser and the exports. A graph style sheet
// can only show a property as it is stored, so UpdateCaptions stores, next
// to the facts, what a caption should read:
//
//   - every entity gets `caption`: its English name, else its Arabic name,
//     else its id;
//   - every deal gets `amount_text`, the amount in a readable form such as
//     "$97.4bn" or "SAR 3.75bn" (absent without an amount), and `caption`,
//     its type and amount_text, such as "BID_FOR $97.4bn".
//
// Each statement writes only the elements whose caption is missing or stale,
// so running it after every ingest costs a scan and few writes. It writes at
// most $limit of them per transaction: a first ingest of 100,000 articles
// leaves ~160,000 elements to caption, more than Neo4j's transaction memory
// pool takes in one transaction.
const (
	cypherEntityCaptions = `
MATCH (e:Entity)
WITH e, coalesce(e.name, e.name_ar, e.id) AS caption
WHERE e.caption IS NULL OR e.caption <> caption
WITH e, caption LIMIT $limit
SET e.caption = caption
RETURN count(e) AS n`

	// One statement per predicate (types cannot be parameters). The
	// arithmetic mirrors AmountText.
	cypherRelationshipCaptions = `
MATCH ()-[r:%s]->()
WITH r, CASE WHEN r.amount >= 1e9 THEN 1e9 WHEN r.amount >= 1e6 THEN 1e6
             WHEN r.amount >= 1e3 THEN 1e3 ELSE 1.0 END AS unit
WITH r, unit, round(toFloat(r.amount) / unit, 2) AS x
WITH r, CASE WHEN x = floor(x) THEN toString(toInteger(x)) ELSE toString(x) END
        + CASE unit WHEN 1e9 THEN 'bn' WHEN 1e6 THEN 'm' WHEN 1e3 THEN 'k' ELSE '' END AS num
WITH r, CASE WHEN r.amount IS NULL OR r.amount <= 0 THEN null
             WHEN r.currency = 'USD' THEN '$' + num
             WHEN r.currency IS NULL THEN num
             ELSE r.currency + ' ' + num END AS text
WITH r, text, type(r) + coalesce(' ' + text, '') AS caption
WHERE r.caption IS NULL OR r.caption <> caption
   OR coalesce(r.amount_text, '') <> coalesce(text, '')
WITH r, text, caption LIMIT $limit
SET r.amount_text = text, r.caption = caption
RETURN count(r) AS n`
)

// captionChunk is how many elements one caption transaction writes at most.
const captionChunk = 20000

// UpdateCaptions sets the display properties described above on every
// entity and deal that lacks them or whose facts changed since, at most
// captionChunk per write transaction, and returns how many elements it
// wrote. kg ingest runs it after loading. Stopped halfway, it leaves the
// rest for the next run.
func (s *Store) UpdateCaptions(ctx context.Context) (int, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { _ = sess.Close(context.WithoutCancel(ctx)) }()
	statements := [][2]string{{"entity captions", cypherEntityCaptions}}
	for _, p := range model.Predicates {
		statements = append(statements, [2]string{p + " captions", fmt.Sprintf(cypherRelationshipCaptions, p)})
	}
	total := 0
	for _, st := range statements {
		for {
			n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
				recs, _, err := run(ctx, tx, st[0], st[1], map[string]any{"limit": captionChunk})
				if err != nil || len(recs) != 1 {
					return 0, err
				}
				c, _ := recs[0].Values[0].(int64)
				return int(c), nil
			})
			if err != nil {
				return total, fmt.Errorf("captions on %s: %w", s.uri, s.scrub(err))
			}
			total += n
			if n < captionChunk {
				break
			}
		}
	}
	return total, nil
}

// AmountText renders an amount as UpdateCaptions stores it in amount_text:
// "$97.4bn" for US dollars, "580m" without a currency, "SAR 3.75bn"
// otherwise (the code first, as "$" is), rounded to two decimals of its unit (k, m, bn). It returns ""
// for a zero, negative or non-finite amount.
func AmountText(amount float64, currency string) string {
	if !(amount > 0) || math.IsInf(amount, 0) {
		return ""
	}
	unit, suffix := 1.0, ""
	switch {
	case amount >= 1e9:
		unit, suffix = 1e9, "bn"
	case amount >= 1e6:
		unit, suffix = 1e6, "m"
	case amount >= 1e3:
		unit, suffix = 1e3, "k"
	}
	num := strconv.FormatFloat(math.Round(amount/unit*100)/100, 'f', -1, 64) + suffix
	switch currency {
	case "USD":
		return "$" + num
	case "":
		return num
	}
	return currency + " " + num
}
