// PART_OF carries where the fact comes from: the article, or a background source.
UNWIND $rows AS row
MATCH (child:Institution {id: row.id})
OPTIONAL MATCH (child)-[stale:PART_OF]->(old:Institution) WHERE old.id <> coalesce(row.partOf.institution, '')
DELETE stale
WITH DISTINCT child, row
CALL (child, row) {
  MATCH (parent:Institution {id: row.partOf.institution})
  MERGE (child)-[r:PART_OF]->(parent)
  SET r.sourceId = row.partOf.evidence.source, r.quoteKo = row.partOf.evidence.quoteKo,
      r.note = row.partOf.evidence.note
}
