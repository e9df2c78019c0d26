UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.name = row.nameEn, e.nameEn = row.nameEn, e.nameKo = row.nameKo, e.date = row.date, e.place = row.place
WITH e, row
// An event rests on one source: a corrected one replaces the old link rather than adding a second.
OPTIONAL MATCH (e)-[stale:EVIDENCED_BY]->(old:Source) WHERE old.id <> row.evidence.source
DELETE stale
WITH DISTINCT e, row
MATCH (s:Source {id: row.evidence.source})
MERGE (e)-[r:EVIDENCED_BY]->(s)
SET r.quoteKo = row.evidence.quoteKo, r.note = row.evidence.note
