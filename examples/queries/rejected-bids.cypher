// name: rejected-bids
// description: Bids that were turned down, most recent report first.
// params: limit=50 how many bids to list
//
// A bid's status comes from the latest-published article that gave one, so
// a bid later reported as rejected shows here even if earlier articles
// called it proposed.

MATCH (bidder:Entity)-[bid:BID_FOR]->(target:Entity)
WHERE bid.status = 'rejected'
OPTIONAL MATCH (article:Article) WHERE article.id IN bid.sources
WITH bidder, bid, target, max(article.published_at) AS last_reported
RETURN coalesce(bidder.name, bidder.name_ar, bidder.id) AS bidder,
       bidder.name_ar    AS bidder_ar,
       coalesce(target.name, target.name_ar, target.id) AS target,
       target.name_ar    AS target_ar,
       bid.amount        AS amount,
       bid.currency      AS currency,
       bid.amount_usd    AS amount_usd,
       last_reported,
       size(bid.sources) AS articles
ORDER BY last_reported DESC, bid.key
LIMIT $limit
