// The stored text of the sources a data set quotes without defining them: each quote must occur in its
// source's text verbatim (server/import/importer.ts). Parameters: $ids. A source without text has null.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.text AS text
