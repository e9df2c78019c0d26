// Entries the gazetteer's files no longer hold. $ids: every id they hold.
MATCH (r:ReferenceInstitution)
WHERE NOT r.id IN $ids
DETACH DELETE r
