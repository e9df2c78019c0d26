// GET /api/timeline: the status entries of the agreements that pass the filters (those of the network's;
// absent ones are null; $status keeps entries of that status), each dated by the day it holds from, with
// the agreement's parties (a client slicing the network by date maps agreements to the links between
// them). Dates may be partial: each bound is compared at the other side's length, so a partial date
// passes when the range it names meets [$from, $to]. Unordered:
// sorting every entry here would hold them all in the transaction's memory, which a large graph's
// exceed; the service sorts them as they stream in.
MATCH (a:Agreement)-[r:STATUS_STATED]->(s:Source)
WHERE r.date IS NOT NULL
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($status IS NULL OR r.status = $status)
  AND ($from IS NULL OR r.date >= left($from, size(r.date)))
  AND ($to IS NULL OR left(r.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($country IS NULL OR COUNT { (:Institution {country: $country})-[:PARTY_TO]->(a) }
    >= CASE $countryScope WHEN 'only' THEN 2 ELSE 1 END)
  AND ($institutionKind IS NULL OR EXISTS { (:Institution {kind: $institutionKind})-[:PARTY_TO]->(a) })
RETURN a.id AS agreementId, r.status AS status, r.date AS date, s.id AS sourceId,
  COLLECT { MATCH (i:Institution)-[:PARTY_TO]->(a) RETURN i.id ORDER BY i.id } AS parties
