// The institutions of a filtered view of GET /api/stats, by id, one row each.
UNWIND $ids AS id
MATCH (i:Institution {id: id})
RETURN i.id AS id, i.nameEn AS nameEn, i.nameKo AS nameKo, i.acronym AS acronym, i.kind AS kind, i.country AS country
ORDER BY id
