// The institutions of the unfiltered statistics, most partners first, one row each (streamed, so a large
// network is not held in the transaction's memory), one past $limit so the caller can tell it cut them.
MATCH (i:Institution)
WITH i, COUNT { (i)-[:COOPERATES_WITH]-() } AS partners
ORDER BY partners DESC, i.id
LIMIT $limit + 1
RETURN i.id AS id, i.nameEn AS nameEn, i.nameKo AS nameKo, i.acronym AS acronym, i.kind AS kind, i.country AS country
