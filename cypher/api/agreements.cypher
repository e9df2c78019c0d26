// Agreements that pass the filters (absent ones are null), sorted, one page of ids and the total.
// $party is an institution id; $country keeps agreements with a party based in that country; $asOf keeps
// those known by the end of that day, $status then meaning their status as of then.
// $q (lower case) keeps agreements whose title, parties' names or acronyms, domains or quotes contain it,
// or whose kind or status is one of $qKinds / $qStatuses (the labels that contain it, found by the service).
// $sort is one of the service's allowlist: date, amount (in US dollars), title, parties, kind, status,
// domains, quote; the text columns sort by what $lang shows ($kindLabels, $statusLabels: value → label).
// Agreements without a value come last in both directions; ties go by id.
MATCH (a:Agreement)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($asOf IS NULL OR a.knownFrom <= $asOf)
  AND ($from IS NULL OR a.date >= $from)
  AND ($to IS NULL OR left(a.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($party IS NULL OR EXISTS { (:Institution {id: $party})-[:PARTY_TO]->(a) })
  AND ($country IS NULL OR EXISTS { (:Institution {country: $country})-[:PARTY_TO]->(a) })
  AND ($institutionKind IS NULL OR EXISTS { (:Institution {kind: $institutionKind})-[:PARTY_TO]->(a) })
WITH a, CASE WHEN $asOf IS NULL THEN a.status
    ELSE coalesce(last([i IN range(0, size(a.statuses) - 1) WHERE a.statusDates[i] <= $asOf | a.statuses[i]]), a.status) END AS status
WHERE ($status IS NULL OR status = $status)
  AND ($q IS NULL
    OR a.kind IN $qKinds OR status IN $qStatuses
    OR toLower(a.titleEn) CONTAINS $q OR toLower(a.titleKo) CONTAINS $q
    OR EXISTS { MATCH (p:Institution)-[:PARTY_TO]->(a)
      WHERE any(name IN [p.nameEn, p.nameKo, p.acronym] WHERE toLower(name) CONTAINS $q) }
    OR EXISTS { MATCH (a)-[:COVERS]->(d:Domain)
      WHERE any(name IN [d.id, d.nameEn, d.nameKo] WHERE toLower(name) CONTAINS $q) }
    OR EXISTS { MATCH (a)-[e:EVIDENCED_BY]->(:Source)
      WHERE toLower(e.quoteKo) CONTAINS $q OR toLower(e.quoteEn) CONTAINS $q })
WITH a, CASE $sort
  WHEN 'date' THEN a.date
  WHEN 'amount' THEN a.amountUsd
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
WITH collect(a.id) AS ids
RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids
