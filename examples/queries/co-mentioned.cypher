// name: co-mentioned
// description: Who appears in the same articles as an entity, most shared articles first, and whether a deal or role links them.
// params: entity the entity: its id, English or Arabic name, or alias (case-insensitive)
// params: limit=25 how many entities to list
//
// A lead list: names that keep turning up beside someone without a deal
// kg could read (`linked` false) are worth a closer look.

MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity) OR e.name_ar = $entity
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
WITH e, other, collect(DISTINCT a.id) AS articles
RETURN coalesce(other.name, other.name_ar, other.id)   AS entity,
       other.name_ar                                   AS name_ar,
       [l IN labels(other) WHERE l <> 'Entity'][0]     AS type,
       size(articles)                                  AS shared,
       EXISTS { (e)-[:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN]-(other) } AS linked,
       articles
ORDER BY shared DESC, entity
LIMIT $limit
