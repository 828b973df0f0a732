// name: arabic-only
// description: Entities seen only in Arabic sources: every article that mentions them is in Arabic (or in the language given).
// params: lang=ar the language code of the articles (ar; en gives entities seen only in English sources)
// params: limit=100 how many entities to list
//
// Useful to find who the English-language press has not picked up yet.
// `name` is the English name, else the Arabic one.

MATCH (e:Entity)<-[:MENTIONS]-(a:Article)
WITH e, collect(DISTINCT coalesce(a.lang, '')) AS langs, collect(DISTINCT a.id) AS articles
WHERE langs = [$lang]
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.id                                    AS id,
       e.name_ar                               AS name_ar,
       coalesce(e.name, e.name_ar, e.id)       AS name,
       size(articles)                          AS mentions,
       articles
ORDER BY mentions DESC, id
LIMIT $limit
