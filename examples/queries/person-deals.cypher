// name: person-deals
// description: All deals of a person: the ones they made themselves, and the ones made by companies they run (CEO_OF) or, with via_founded=true, founded.
// params: person the person: id, English or Arabic name, or alias (case-insensitive)
// params: via_founded=false also count the deals of companies the person founded
//
// `via` says how the deal reaches the person: "direct", or the role and the
// company ("CEO_OF Microsoft"). A deal reached both ways is listed once per
// way. Deals are BID_FOR, ACQUIRED, INVESTED_IN and PARTNER_IN, in either
// direction (money in and money out).

MATCH (p:Person)
WHERE p.id = $person OR toLower(p.name) = toLower($person) OR p.name_ar = $person
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($person))
CALL (p) {
    MATCH (p)-[r:BID_FOR|ACQUIRED|INVESTED_IN|PARTNER_IN]-(:Entity)
    RETURN 'direct' AS via, r
  UNION
    MATCH (p)-[role:CEO_OF|FOUNDED]->(c:Entity)
    WHERE type(role) = 'CEO_OF' OR $via_founded
    MATCH (c)-[r:BID_FOR|ACQUIRED|INVESTED_IN|PARTNER_IN]-(other:Entity)
    WHERE other <> p
    RETURN type(role) + ' ' + coalesce(c.name, c.name_ar, c.id) AS via, r
}
WITH p, via, r, startNode(r) AS s, endNode(r) AS o
RETURN coalesce(p.name, p.name_ar, p.id) AS person,
       via,
       coalesce(s.name, s.name_ar, s.id) AS subject,
       type(r)                           AS deal,
       coalesce(o.name, o.name_ar, o.id) AS object,
       r.amount_usd                      AS amount_usd,
       r.amount                          AS amount,
       r.currency                        AS currency,
       r.status                          AS status,
       size(r.sources)                   AS articles
ORDER BY via = 'direct' DESC, coalesce(r.amount_usd, -1) DESC, r.key
