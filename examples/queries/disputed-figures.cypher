// name: disputed-figures
// description: Deals whose amount differs between sources: the same parties and kind of deal reported at different figures, one row per figure with the articles that gave it.
// params: min_gap=0.01 smallest disagreement to report, as a share of the highest figure (0.01 = 1%)
//
// Figures that agree within the precision they were written with ($97bn
// and $97.4bn, or EUR and USD within 10% at reference rates) are one deal
// (README, "How a deal's identity is decided"); figures that cannot be the
// same stay parallel relationships between the same two entities, and those
// are listed here. Figures are compared in US dollars. `low_usd` and `high_usd` are
// the range over all figures of the deal.

MATCH (s:Entity)-[r:BID_FOR|ACQUIRED|INVESTED_IN|PARTNER_IN]->(o:Entity)
WHERE r.amount_usd IS NOT NULL
WITH s, type(r) AS deal, o, collect(r) AS figures
WHERE size(figures) > 1
WITH s, deal, o, figures,
     reduce(lo = figures[0].amount_usd, f IN figures | CASE WHEN f.amount_usd < lo THEN f.amount_usd ELSE lo END) AS low,
     reduce(hi = 0.0, f IN figures | CASE WHEN f.amount_usd > hi THEN f.amount_usd ELSE hi END) AS high
WHERE (high - low) / high >= $min_gap
UNWIND figures AS r
OPTIONAL MATCH (a:Article) WHERE a.id IN r.sources
WITH s, deal, o, low, high, r, collect(coalesce(a.title, a.id)) AS titles
RETURN coalesce(s.name, s.name_ar, s.id) AS subject,
       deal,
       coalesce(o.name, o.name_ar, o.id) AS object,
       r.amount_usd                      AS amount_usd,
       r.amount                          AS amount,
       r.currency                        AS currency,
       low                               AS low_usd,
       high                              AS high_usd,
       r.status                          AS status,
       r.sources                         AS articles,
       titles,
       r.evidence[0]                     AS sentence
ORDER BY subject, deal, object, amount_usd DESC
