// The graph's record of the domains an import defines, in the data set's shape, for the import's report
// (server/services/import/). Parameters: $ids. One row per domain the graph holds.
UNWIND $ids AS id
MATCH (d:Domain {id: id})
RETURN d {.id, .nameEn, .nameKo} AS record
