// The reference gazetteer (seed/reference/): one node per institution it knows, apart from the network
// (no Institution label, so nothing that draws, counts or lays out the network sees it). Flat properties
// for search; `record` is its data set record with the background source and country it cites (JSON), so
// that an extraction draft can carry it. $rows: [{id, nameEn, nameKo, acronym, aliases, kind, country,
// parent, sourceId, record}].
UNWIND $rows AS row
MERGE (r:ReferenceInstitution {id: row.id})
SET r.nameEn = row.nameEn, r.nameKo = row.nameKo, r.acronym = row.acronym, r.aliases = row.aliases,
    r.kind = row.kind, r.country = row.country, r.parent = row.parent, r.sourceId = row.sourceId,
    r.record = row.record
