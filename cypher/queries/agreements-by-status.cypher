// @title Agreements by status
// @description Agreements grouped by status (agreed, planned, signed, in consultation), optionally only those
// of one kind or covering one domain: what is settled, and what is still to be negotiated or held.
// @param status enum(agreed,planned,signed,in-consultation)? Only this status (all when absent)
// @param kind enum(mou,joint-research,funding,working-group,exchange,meeting,dialogue,consultation)? Only this kind of agreement (all when absent)
// @param domain string? Only agreements covering this domain id, e.g. quantum (all when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column status The agreement's status
// @column agreement The agreement {id, titleEn, kind, date}
// @column parties Its parties {id, acronym, role}, by id
// @column domains The ids of the domains it covers, sorted
// @returns one row per agreement, by status, then date, then id

MATCH (a:Agreement)
WHERE ($status IS NULL OR a.status = $status)
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($domain IS NULL OR EXISTS { (a)-[:COVERS]->(:Domain {id: $domain}) })
WITH a ORDER BY a.status, a.date, a.id
LIMIT $limit + 1
RETURN
  a.status AS status,
  a {.id, .titleEn, .kind, .date} AS agreement,
  COLLECT {
    MATCH (p:Institution)-[r:PARTY_TO]->(a)
    WITH p, r ORDER BY p.id
    RETURN p {.id, .acronym, role: r.role}
  } AS parties,
  COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id } AS domains
ORDER BY status, agreement.date, agreement.id
