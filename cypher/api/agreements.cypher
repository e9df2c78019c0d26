// Agreements that pass the filters (absent ones are null), newest first, one page of ids and the total.
// $party is an institution id; $country keeps agreements with a party based in that country.
MATCH (a:Agreement)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($status IS NULL OR a.status = $status)
  AND ($from IS NULL OR a.date >= $from)
  AND ($to IS NULL OR left(a.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($party IS NULL OR EXISTS { (:Institution {id: $party})-[:PARTY_TO]->(a) })
  AND ($country IS NULL OR EXISTS { (:Institution {country: $country})-[:PARTY_TO]->(a) })
  AND ($institutionKind IS NULL OR EXISTS { (:Institution {kind: $institutionKind})-[:PARTY_TO]->(a) })
WITH a ORDER BY a.date DESC, a.id
WITH collect(a.id) AS ids
RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids
