// name: paths
// description: The shortest chains of deals and roles that connect two entities, in either direction, shortest first.
// params: from one entity: its id, English or Arabic name, or alias (case-insensitive)
// params: to the other entity, given the same way
// params: max_hops=4 the longest chain to report (at most 6)
//
// `route` spells a path out with arrows in the direction of each
// relationship; `path` is the path itself, which Neo4j Browser draws.
// Articles are not part of paths: two entities mentioned in the same
// article are not connected by that alone (see co-mentioned).

MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from) OR a.name_ar = $from
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($from))
MATCH (b:Entity)
WHERE b.id = $to OR toLower(b.name) = toLower($to) OR b.name_ar = $to
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($to))
WITH a, b WHERE a <> b
MATCH path = allShortestPaths((a)-[:BID_FOR|ACQUIRED|INVESTED_IN|CEO_OF|FOUNDED|PARTNER_IN*..6]-(b))
WHERE length(path) <= $max_hops
WITH path, nodes(path) AS ns, relationships(path) AS rs
RETURN length(path) AS hops,
       reduce(route = coalesce(ns[0].name, ns[0].name_ar, ns[0].id), i IN range(0, size(rs) - 1) |
           route
           + CASE WHEN startNode(rs[i]) = ns[i]
                  THEN ' -[' + coalesce(rs[i].caption, type(rs[i])) + ']-> '
                  ELSE ' <-[' + coalesce(rs[i].caption, type(rs[i])) + ']- ' END
           + coalesce(ns[i + 1].name, ns[i + 1].name_ar, ns[i + 1].id)) AS route,
       path
ORDER BY hops, route
