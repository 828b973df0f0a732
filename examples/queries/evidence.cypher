// name: evidence
// description: The articles and sentences behind every relationship between two entities, in either direction, oldest article first.
// params: subject one entity: its id, English or Arabic name, or alias (case-insensitive)
// params: object the other entity, given the same way
//
// `sources` and `evidence` on a relationship are parallel lists: entry i of
// evidence is the sentence read in article sources[i].

MATCH (a:Entity)
WHERE a.id = $subject OR toLower(a.name) = toLower($subject) OR a.name_ar = $subject
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($subject))
MATCH (b:Entity)
WHERE b.id = $object OR toLower(b.name) = toLower($object) OR b.name_ar = $object
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($object))
MATCH (a)-[r:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN]-(b)
UNWIND range(0, size(r.sources) - 1) AS i
OPTIONAL MATCH (article:Article {id: r.sources[i]})
RETURN coalesce(startNode(r).name, startNode(r).name_ar, startNode(r).id) AS subject,
       type(r)                                              AS deal,
       coalesce(endNode(r).name, endNode(r).name_ar, endNode(r).id) AS object,
       r.amount_usd                                         AS amount_usd,
       CASE WHEN r.statuses[i] <> '' THEN r.statuses[i] END AS status,
       article.published_at                                 AS published_at,
       article.source                                       AS source,
       article.title                                        AS title,
       article.url                                          AS url,
       r.evidence[i]                                        AS sentence
ORDER BY r.key, published_at, r.sources[i]
