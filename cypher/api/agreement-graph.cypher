// GET /api/graph?shape=agreements: the agreements that pass the filters (the filters of agreements.cypher;
// absent ones are null), the first $limit by id, as nodes with their parties, the parents among those
// parties (a parent only when it is a party too), and when $events / $domains say so the events they were agreed at and the domains they cover.
// With $asOf (a day) only agreements known by then, each with its status then.
MATCH (a:Agreement)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($asOf IS NULL OR a.knownFrom <= $asOf)
  AND ($from IS NULL OR a.date >= left($from, size(a.date)))
  AND ($to IS NULL OR left(a.date, size($to)) <= $to)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
  AND ($country IS NULL OR COUNT { (:Institution {country: $country})-[:PARTY_TO]->(a) }
    >= CASE $countryScope WHEN 'only' THEN 2 ELSE 1 END)
  AND ($institutionKind IS NULL OR EXISTS { (:Institution {kind: $institutionKind})-[:PARTY_TO]->(a) })
WITH a, CASE WHEN $asOf IS NULL THEN a.status
  ELSE last([i IN range(0, size(a.statuses) - 1) WHERE a.statusDates[i] <= $asOf | a.statuses[i]]) END AS status
WHERE $status IS NULL OR status = $status
WITH a, status ORDER BY a.id
LIMIT $limit + 1
WITH collect({node: a, status: status}) AS found
WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH truncated, kept, [entry IN kept | entry.node] AS agreements
RETURN
  truncated,
  COLLECT {
    UNWIND kept AS entry
    WITH entry.node AS a, entry.status AS status
    RETURN a {
      .id, .titleEn, .titleKo, .kind, status: status, .date, .amountUsd, .amount, .currency,
      domains: COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id }
    }
  } AS agreements,
  COLLECT {
    UNWIND agreements AS a
    MATCH (i:Institution)-[r:PARTY_TO]->(a)
    WITH i, r, a ORDER BY a.id, i.id
    RETURN {institution: i.id, agreement: a.id, role: r.role}
  } AS parties,
  COLLECT {
    UNWIND agreements AS a
    MATCH (i:Institution)-[:PARTY_TO]->(a)
    WITH DISTINCT i ORDER BY i.id
    RETURN i {.id, .nameEn, .nameKo, .acronym, .kind, .country}
  } AS institutions,
  COLLECT {
    UNWIND agreements AS a
    MATCH (child:Institution)-[:PARTY_TO]->(a)
    WITH DISTINCT child
    MATCH (child)-[:PART_OF]->(parent:Institution)
    WHERE EXISTS { MATCH (parent)-[:PARTY_TO]->(other:Agreement) WHERE other IN agreements }
    WITH child, parent ORDER BY child.id
    RETURN {child: child.id, parent: parent.id}
  } AS partOf,
  COLLECT {
    UNWIND agreements AS a
    MATCH (e:Event)<-[:AGREED_AT]-(a) WHERE $events
    WITH DISTINCT e ORDER BY e.id
    RETURN e {.id, .nameEn, .nameKo, .date}
  } AS events,
  COLLECT {
    UNWIND agreements AS a
    MATCH (a)-[:AGREED_AT]->(e:Event) WHERE $events
    RETURN {agreement: a.id, event: e.id}
  } AS agreedAt,
  COLLECT {
    UNWIND agreements AS a
    MATCH (a)-[:COVERS]->(d:Domain) WHERE $domains
    WITH DISTINCT d ORDER BY d.id
    RETURN d {.id, .nameEn, .nameKo}
  } AS coveredDomains,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.code RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (d:Domain) WITH d ORDER BY d.id RETURN d {.id, .nameEn, .nameKo} } AS domains
