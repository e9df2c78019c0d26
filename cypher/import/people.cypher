UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.nameEn = row.nameEn, p.nameKo = row.nameKo
WITH p, row
OPTIONAL MATCH (p)-[stale:HOLDS|CHAIRS]->(old)
WHERE NOT coalesce(old.id, '') IN [h IN row.holds | h.institution] + row.chairs
DELETE stale
WITH DISTINCT p, row
CALL (p, row) {
  UNWIND row.holds AS post
  MATCH (i:Institution {id: post.institution})
  MERGE (p)-[r:HOLDS]->(i)
  SET r.titleEn = post.titleEn, r.titleKo = post.titleKo
}
CALL (p, row) {
  UNWIND row.chairs AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (p)-[:CHAIRS]->(e)
}
