// The graph's record of the events an import defines, in the data set's shape (the source it rests on
// included), for the import's report (server/services/import/). Parameters: $ids. One row per event.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {
  .id, .nameEn, .nameKo, .date, .place,
  evidence: head(COLLECT {
    MATCH (e)-[r:EVIDENCED_BY]->(s:Source)
    RETURN {source: s.id, quoteKo: r.quoteKo, note: r.note}
  })
} AS record
