// @title Who chairs which event, and the posts they hold
// @description The people who chair each event, with the institutions where they hold a post and their
// titles: who spoke for each side.
// @param event string? Only this event's id, e.g. cet-dialogue-2023-12-09 (all events when absent)
// @param limit integer(1..1000)=100 Maximum rows
// @column event The event {id, nameEn, date, place}
// @column person The chair {id, nameEn, nameKo}
// @column posts The posts they hold {institution, acronym, country, titleEn, titleKo}, by institution id
// @returns one row per event and chair, events by date, chairs by id

MATCH (p:Person)-[:CHAIRS]->(e:Event)
WHERE $event IS NULL OR e.id = $event
WITH p, e ORDER BY e.date, e.id, p.id
LIMIT $limit + 1
RETURN
  e {.id, .nameEn, .date, .place} AS event,
  p {.id, .nameEn, .nameKo} AS person,
  COLLECT {
    MATCH (p)-[h:HOLDS]->(i:Institution)
    WITH h, i ORDER BY i.id
    RETURN {institution: i.id, acronym: i.acronym, country: i.country, titleEn: h.titleEn, titleKo: h.titleKo}
  } AS posts
ORDER BY event.date, event.id, person.id
