UNWIND $rows AS row
MERGE (i:Institution {id: row.id})
SET i.nameEn = row.nameEn, i.nameKo = row.nameKo, i.acronym = row.acronym, i.aliases = row.aliases,
    i.kind = row.kind, i.country = row.country, i.sourceId = row.source
WITH i, row
// A corrected country replaces the old link rather than adding a second one.
OPTIONAL MATCH (i)-[stale:BASED_IN]->(old:Country) WHERE old.code <> coalesce(row.country, '')
DELETE stale
WITH DISTINCT i, row
CALL (i, row) {
  MATCH (c:Country {code: row.country})
  MERGE (i)-[:BASED_IN]->(c)
}
