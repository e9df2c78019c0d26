// Agreements that pass the filters (absent ones are null), newest first, one page of ids and the total.
// $party is an institution id; $country keeps agreements with a party based in that country (two parties
// with $countryScope 'only': the agreements that link two of its institutions on the network); $asOf keeps
// those known by the end of that day, $status then meaning their status as of then.
MATCH (a:Agreement)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($asOf IS NULL OR a.knownFrom <= $asOf)
  AND ($status IS NULL OR $status = CASE WHEN $asOf IS NULL THEN a.status
    ELSE last([i IN range(0, size(a.statuses) - 1) WHERE a.statusDates[i] <= $asOf | a.statuses[i]]) END)
  AND ($from IS NULL OR a.date >= left($from, size(a.date)))
  AND ($to IS NULL OR left(a.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($party IS NULL OR EXISTS { (:Institution {id: $party})-[:PARTY_TO]->(a) })
  AND ($country IS NULL OR COUNT { (:Institution {country: $country})-[:PARTY_TO]->(a) }
    >= CASE $countryScope WHEN 'only' THEN 2 ELSE 1 END)
  AND ($institutionKind IS NULL OR EXISTS { (:Institution {kind: $institutionKind})-[:PARTY_TO]->(a) })
WITH a ORDER BY a.date DESC, a.id
WITH collect(a.id) AS ids
RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids
