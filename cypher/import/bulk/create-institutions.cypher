// Bulk import, for institutions the graph does not hold yet (existing-ids.cypher says which): the node and
// its BASED_IN link with CREATE, which skips the lookups MERGE makes. Writes what institutions.cypher
// writes; PART_OF follows in part-of.cypher, once the whole batch exists.
UNWIND $rows AS row
CREATE (i:Institution {
  id: row.id, nameEn: row.nameEn, nameKo: row.nameKo, acronym: row.acronym, aliases: row.aliases,
  kind: row.kind, country: row.country, sourceId: row.source
})
WITH i, row
CALL (i, row) {
  MATCH (c:Country {code: row.country})
  CREATE (i)-[:BASED_IN]->(c)
}
