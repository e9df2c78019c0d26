// The graph's record of the institutions an import defines, in the data set's shape (the parent and the
// provenance of PART_OF included), for the import's report (server/services/import/): what it would
// change, and whether the names conflict. Parameters: $ids. One row per institution the graph holds.
UNWIND $ids AS id
MATCH (i:Institution {id: id})
RETURN i {
  .id, .nameEn, .nameKo, .acronym, .aliases, .kind, .country, source: i.sourceId,
  partOf: head(COLLECT {
    MATCH (i)-[r:PART_OF]->(parent:Institution)
    RETURN {institution: parent.id, evidence: {source: r.sourceId, quoteKo: r.quoteKo, note: r.note}}
  })
} AS record
