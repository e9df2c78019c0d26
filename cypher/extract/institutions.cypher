// Every institution of the network with the names extraction matches a text against, and its parent.
// Streamed: the caller reads it record by record.
MATCH (i:Institution)
RETURN i.id AS id, i.nameEn AS nameEn, i.nameKo AS nameKo, i.acronym AS acronym, i.aliases AS aliases,
       i.kind AS kind, i.country AS country,
       head(COLLECT { MATCH (i)-[:PART_OF]->(parent:Institution) RETURN parent.id }) AS parent
