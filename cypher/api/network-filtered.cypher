// The network restricted to the agreements and institutions that pass the filters: cooperation edges are
// derived here from the matching agreements (COOPERATES_WITH holds all of them), and institutions are
// those the remaining edges link. Absent filters are null. $asOf keeps the agreements known by the end of
// that day (agreement-status derives knownFrom, statuses and statusDates), $status then meaning the status
// they had then. Dates may be partial ('2024'): a partial date is the range it names, kept when that
// range meets [$from, $to], so each bound is cut to the length of the other side (a '2024' agreement
// passes from=2024-06 and to=2024-03 alike). $country keeps links with an institution
// of that country at either end ($countryScope 'any') or at both ends ('only').
CALL () {
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
  WITH a, b, agreement ORDER BY agreement.id
  WITH a, b, collect(agreement) AS agreements
  ORDER BY size(agreements) DESC, a.id, b.id
  LIMIT $limit + 1
  RETURN collect({
    source: a.id, target: b.id,
    agreementIds: [x IN agreements | x.id],
    domains: COLLECT { UNWIND agreements AS x MATCH (x)-[:COVERS]->(d:Domain) WITH DISTINCT d.id AS id ORDER BY id RETURN id },
    weight: size(agreements)
  }) AS cooperation
}
WITH cooperation, [edge IN cooperation | edge.source] + [edge IN cooperation | edge.target] AS linked
RETURN
  COLLECT {
    MATCH (i:Institution) WHERE i.id IN linked
    WITH i ORDER BY i.id
    RETURN i {.id, .nameEn, .nameKo, .acronym, .kind, .country}
  } AS institutions,
  cooperation,
  COLLECT {
    MATCH (child:Institution)-[:PART_OF]->(parent:Institution) WHERE child.id IN linked AND parent.id IN linked
    WITH child, parent ORDER BY child.id
    RETURN {source: child.id, target: parent.id}
  } AS partOf,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.code RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (d:Domain) WITH d ORDER BY d.id RETURN d {.id, .nameEn, .nameKo} } AS domains
