// name: investors
// description: Who put money into a company (investments and acquisitions), largest first, with US-dollar amounts where known.
// params: company the company: its id, English or Arabic name, or any alias (case-insensitive)
//
// Rejected deals are left out (see rejected-bids). A deal reported by
// several articles is one row; `articles` counts them.

MATCH (target:Entity)
WHERE target.id = $company
   OR toLower(target.name) = toLower($company)
   OR target.name_ar = $company
   OR any(alias IN coalesce(target.aliases, []) WHERE toLower(alias) = toLower($company))
MATCH (investor:Entity)-[r:INVESTED_IN|ACQUIRED]->(target)
WHERE coalesce(r.status, '') <> 'rejected'
RETURN coalesce(investor.name, investor.name_ar, investor.id) AS investor,
       investor.name_ar AS investor_ar,
       type(r)          AS deal,
       coalesce(target.name, target.name_ar, target.id) AS company,
       r.amount         AS amount,
       r.currency       AS currency,
       r.amount_usd     AS amount_usd,
       r.status         AS status,
       size(r.sources)  AS articles
ORDER BY coalesce(r.amount_usd, -1) DESC, investor, r.key
