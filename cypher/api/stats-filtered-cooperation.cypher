// The filtered network of GET /api/stats?…, one row per cooperating pair (streamed: the drawing's query,
// api/network-filtered, collects the whole network into one row with the domains of every edge, which on
// a 3,000-institution graph passed the 32 MiB a transaction may use at the statistics' limit). The
// filters are those of api/network-filtered, which says what each means; one row past $limit tells the
// caller it cut the network.
MATCH (a:Institution)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Institution)
WHERE a.id < b.id
  AND ($kind IS NULL OR agreement.kind = $kind)
  AND ($asOf IS NULL OR agreement.knownFrom <= $asOf)
  AND ($status IS NULL OR $status = CASE WHEN $asOf IS NULL THEN agreement.status
    ELSE last([i IN range(0, size(agreement.statuses) - 1) WHERE agreement.statusDates[i] <= $asOf | agreement.statuses[i]]) END)
  AND ($from IS NULL OR agreement.date >= left($from, size(agreement.date)))
  AND ($to IS NULL OR left(agreement.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (agreement)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($country IS NULL OR (a.country = $country AND b.country = $country)
    OR ($countryScope = 'any' AND (a.country = $country OR b.country = $country)))
  AND ($institutionKind IS NULL OR (a.kind = $institutionKind AND b.kind = $institutionKind))
WITH a, b, collect(agreement.id) AS agreementIds
ORDER BY size(agreementIds) DESC, a.id, b.id
LIMIT $limit + 1
RETURN a.id AS source, b.id AS target, size(agreementIds) AS weight, agreementIds
