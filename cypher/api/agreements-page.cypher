// The answer of api/agreements that sorts the agreements that pass and keeps one page of ids.
// $sort is one of the contract's allowlist: date, amount (as stated, in its currency), currency, title,
// parties, kind, status, domains, quote; the text columns sort by what $lang shows ($kindLabels,
// $statusLabels: value → label). Older records state an amount in US dollars only (amountUsd).
// Agreements without a value come last in both directions; ties go by id. Only the rows up to the page's
// end are kept while sorting (a top-k of $window = offset + limit rows): sorting all fifty thousand
// agreements of a large graph by their titles or names at once passes the transaction memory cap, and so
// does collecting them to count them in the same statement.
WITH a, CASE $sort
  WHEN 'date' THEN a.date
  WHEN 'amount' THEN coalesce(a.amount, a.amountUsd)
  WHEN 'currency' THEN CASE WHEN a.amount IS NOT NULL THEN a.currency WHEN a.amountUsd IS NOT NULL THEN 'USD' END
  WHEN 'title' THEN CASE $lang WHEN 'ko' THEN a.titleKo ELSE a.titleEn END
  WHEN 'kind' THEN $kindLabels[a.kind]
  WHEN 'status' THEN $statusLabels[status]
  // The names in alphabetical order, as the table lists them: the first name decides, then the next.
  WHEN 'parties' THEN reduce(key = '', name IN COLLECT {
      MATCH (p:Institution)-[:PARTY_TO]->(a)
      WITH CASE $lang WHEN 'ko' THEN p.nameKo ELSE coalesce(p.acronym, p.nameEn) END AS name ORDER BY name
      RETURN name
    } | key + name + '\u0000')
  WHEN 'domains' THEN reduce(key = '', name IN COLLECT {
      MATCH (a)-[:COVERS]->(d:Domain)
      WITH CASE $lang WHEN 'ko' THEN d.nameKo ELSE d.nameEn END AS name ORDER BY name
      RETURN name
    } | key + name + '\u0000')
  // The first quote, as the table shows it (the one agreement-details lists first).
  WHEN 'quote' THEN head(COLLECT {
      MATCH (a)-[e:EVIDENCED_BY]->(s:Source)
      WITH e, s ORDER BY s.id, e.quoteKo
      RETURN CASE WHEN $lang = 'en' AND e.quoteEn <> '' THEN e.quoteEn ELSE e.quoteKo END
    })
END AS key
WITH a, CASE WHEN key = '' THEN null ELSE key END AS key
ORDER BY key IS NULL,
  CASE WHEN $descending THEN null ELSE key END,
  CASE WHEN $descending THEN key END DESC,
  a.id
LIMIT $window
RETURN collect(a.id)[$offset..] AS ids
