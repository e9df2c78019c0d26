// @title Planned meetings and agreements in a period
// @description Agreements with status planned whose date falls in a period: the meetings, dialogues and
// programmes still to come. Dates can be partial, so a planned item dated 2024 is listed for the period
// 2024-05 (it may happen then), and one dated 2024-05 for the period 2024.
// @param period date=2024 The period: YYYY, YYYY-MM or YYYY-MM-DD
// @param kind enum(mou,joint-research,funding,working-group,exchange,meeting,dialogue,consultation)? Only this kind (all when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column agreement The agreement {id, titleEn, kind, date}
// @column hosts The ids of the institutions that host it (role host), sorted
// @column parties Its parties {id, acronym, role}, by id
// @column domains The ids of the domains it covers, sorted
// @column decidedAt The event where it was agreed {id, nameEn, date}, or null
// @returns one row per planned agreement, by date, then id

MATCH (a:Agreement {status: 'planned'})
WHERE (a.date STARTS WITH $period OR $period STARTS WITH a.date)
  AND ($kind IS NULL OR a.kind = $kind)
WITH a ORDER BY a.date, a.id
LIMIT $limit + 1
RETURN
  a {.id, .titleEn, .kind, .date} AS agreement,
  COLLECT { MATCH (p:Institution)-[:PARTY_TO {role: 'host'}]->(a) WITH p ORDER BY p.id RETURN p.id } AS hosts,
  COLLECT {
    MATCH (p:Institution)-[r:PARTY_TO]->(a)
    WITH p, r ORDER BY p.id
    RETURN p {.id, .acronym, role: r.role}
  } AS parties,
  COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id } AS domains,
  head(COLLECT { MATCH (a)-[:AGREED_AT]->(e:Event) RETURN e {.id, .nameEn, .date} }) AS decidedAt
ORDER BY agreement.date, agreement.id
