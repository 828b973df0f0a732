// name: changed-since
// description: What changed in the graph since a moment: deals first seen or seen again, entities first mentioned, and articles ingested, newest first.
// params: since an ISO 8601 date or date-time, e.g. 2025-01-31 or 2025-01-31T09:00:00Z (UTC unless a zone is given)
// params: limit=200 how many changes to list
//
// Times are when kg ingested the evidence (first_seen, last_seen,
// ingested_at), not when the articles were published. A deal "seen again"
// was already known and was reported by a newly ingested or edited article.

CALL () {
    MATCH (s:Entity)-[r:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN]->(o:Entity)
    WHERE r.last_seen >= datetime($since)
    RETURN CASE WHEN r.first_seen >= datetime($since) THEN 'new deal' ELSE 'deal seen again' END AS change,
           r.last_seen AS at,
           coalesce(s.name, s.name_ar, s.id) AS subject, type(r) AS deal,
           coalesce(o.name, o.name_ar, o.id) AS object, r.amount AS amount, r.currency AS currency,
           r.status AS status,
           r.sources AS articles
  UNION ALL
    MATCH (e:Entity)<-[:MENTIONS]-(a:Article)
    WITH e, min(a.ingested_at) AS first, collect(a.id) AS articles
    WHERE first >= datetime($since)
    RETURN 'new entity' AS change, first AS at,
           coalesce(e.name, e.name_ar, e.id) AS subject, null AS deal, null AS object, null AS amount,
           null AS currency, null AS status, articles
  UNION ALL
    MATCH (a:Article)
    WHERE a.ingested_at >= datetime($since)
    RETURN 'article ingested' AS change, a.ingested_at AS at,
           coalesce(a.title, a.id) AS subject, null AS deal, null AS object, null AS amount,
           null AS currency, a.lang AS status, [a.id] AS articles
}
RETURN change, at, subject, deal, object, amount, currency, status, articles
ORDER BY at DESC, change, subject, deal, object
LIMIT $limit
