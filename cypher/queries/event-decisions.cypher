// @title Everything decided at an event
// @description The agreements agreed or announced at one event, with their parties and domains: by default
// the 1st Korea–US Next Generation Critical and Emerging Technology Dialogue (Seoul, 9 December 2023).
// @param event string=cet-dialogue-2023-12-09 The event's id
// @param status enum(agreed,planned,signed,in-consultation)? Only agreements with this status (all when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column event The event {id, nameEn, date, place}
// @column agreement The agreement {id, titleEn, kind, status, date, amountUsd}
// @column parties Its parties {id, acronym, role}, by id
// @column domains The ids of the domains it covers, sorted
// @returns one row per agreement, by id

MATCH (a:Agreement)-[:AGREED_AT]->(e:Event {id: $event})
WHERE $status IS NULL OR a.status = $status
WITH e, a ORDER BY a.id
LIMIT $limit + 1
RETURN
  e {.id, .nameEn, .date, .place} AS event,
  a {.id, .titleEn, .kind, .status, .date, .amountUsd} AS agreement,
  COLLECT {
    MATCH (p:Institution)-[r:PARTY_TO]->(a)
    WITH p, r ORDER BY p.id
    RETURN p {.id, .acronym, role: r.role}
  } AS parties,
  COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id } AS domains
ORDER BY agreement.id
