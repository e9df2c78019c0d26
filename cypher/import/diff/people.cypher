// The graph's record of the people an import defines, in the data set's shape (posts and chaired
// events), for the import's report (server/services/import/). Parameters: $ids. One row per person.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {
  .id, .nameEn, .nameKo,
  holds: COLLECT {
    MATCH (p)-[r:HOLDS]->(i:Institution)
    RETURN {institution: i.id, titleEn: r.titleEn, titleKo: r.titleKo}
  },
  chairs: COLLECT { MATCH (p)-[:CHAIRS]->(e:Event) RETURN e.id }
} AS record
