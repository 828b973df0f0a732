// name: neighbourhood
// description: An entity and every deal and role around it, one or two steps out; in Neo4j Browser it draws the neighbourhood as a graph.
// params: entity the entity: its id, English or Arabic name, or alias (case-insensitive)
// params: hops=1 how far out to go: 1 or 2
//
// In Browser: `:param entity => 'OpenAI'`, then run this query; with
// kg's style (kg browser style) deals show their amount. `kg query` prints
// one row per relationship reached.

MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity) OR e.name_ar = $entity
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH path = (e)-[:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN*1..2]-(:Entity)
WHERE length(path) <= $hops
WITH path, last(relationships(path)) AS r
RETURN length(path)                                         AS hops,
       coalesce(startNode(r).name, startNode(r).name_ar, startNode(r).id) AS subject,
       type(r)                                              AS deal,
       coalesce(endNode(r).name, endNode(r).name_ar, endNode(r).id) AS object,
       r.amount                                             AS amount,
       r.currency                                           AS currency,
       r.status                                             AS status,
       path
ORDER BY hops, deal, subject, object
