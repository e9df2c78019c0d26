// The graph's record of the sources an import defines or quotes, in the data set's shape, for the
// import's report (server/services/import/): what it would change, and the sources a conflict rests on.
// Parameters: $ids. One row per source the graph holds.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .kind, .title, .publisher, .published, .url, .language, .text} AS record
