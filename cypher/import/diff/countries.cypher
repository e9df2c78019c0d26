// The graph's record of the countries an import defines, in the data set's shape, for the import's
// report (server/services/import/). Parameters: $ids (country codes). One row per country it holds.
UNWIND $ids AS code
MATCH (c:Country {code: code})
RETURN c {.code, .nameEn, .nameKo} AS record
