// name: largest-deals
// description: The largest deals of any kind by amount in US dollars.
// params: limit=10 how many deals to list
// params: min_confidence=0 leave out deals no article stated with at least this confidence (0..1)
//
// Only deals with a known US-dollar amount are ranked; amount_usd is
// converted by the extractor at kg's reference rates.

MATCH (subject:Entity)-[r:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN]->(object:Entity)
WHERE r.amount_usd IS NOT NULL
  AND coalesce(r.confidence, 0) >= $min_confidence
RETURN coalesce(subject.name, subject.name_ar, subject.id) AS subject,
       type(r)         AS deal,
       coalesce(object.name, object.name_ar, object.id) AS object,
       r.amount        AS amount,
       r.currency      AS currency,
       r.amount_usd    AS amount_usd,
       r.status        AS status,
       size(r.sources) AS articles
ORDER BY r.amount_usd DESC, r.key
LIMIT $limit
