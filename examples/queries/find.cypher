// name: find
// description: Find entities by any spelling, Arabic or English, with fuzzy matching; shows how many deals and articles each has.
// params: text what to look for, in Lucene syntax: a word, "a phrase", a prefix* or a fuzzy~ term
// params: limit=10 how many entities to list
//
// Uses the full-text index over names and aliases (kg schema apply creates
// it). Example: kg query find --param text='ماسك' or --param text='karim~'.

CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
WITH node AS e, score
ORDER BY score DESC
LIMIT $limit
RETURN e.id                                             AS id,
       [l IN labels(e) WHERE l <> 'Entity'][0]          AS type,
       coalesce(e.name, e.name_ar, e.id)                AS name,
       e.name_ar                                        AS name_ar,
       COUNT { (e)-[:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN]-() } AS deals,
       COUNT { (e)<-[:MENTIONS]-(:Article) }             AS articles,
       round(score, 3)                                  AS score
ORDER BY score DESC, id
