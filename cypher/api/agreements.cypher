// Agreements that pass the filters (absent ones are null) and the words, followed by its answer: the
// count of api/agreements-total or the sorted page of api/agreements-page (the server's own files).
// $party is an institution id; $country keeps agreements with a party based in that country (two parties
// with $countryScope 'only': the agreements that link two of its institutions on the network); $asOf keeps
// those known by the end of that day, $status then meaning their status as of then.
// $q (lower case) keeps agreements whose title, parties' names or acronyms, domains or quotes contain it,
// or whose kind or status is one of $qKinds / $qStatuses (the labels that contain it, found by the service).
MATCH (a:Agreement)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($asOf IS NULL OR a.knownFrom <= $asOf)
  AND ($from IS NULL OR a.date >= left($from, size(a.date)))
  AND ($to IS NULL OR left(a.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($party IS NULL OR EXISTS { (:Institution {id: $party})-[:PARTY_TO]->(a) })
  AND ($country IS NULL OR COUNT { (:Institution {country: $country})-[:PARTY_TO]->(a) }
    >= CASE $countryScope WHEN 'only' THEN 2 ELSE 1 END)
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
WITH a, status
{{answer}}
