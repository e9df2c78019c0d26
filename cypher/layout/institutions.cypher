// Every institution with what its layout starts from: its country (the seed layout groups by it) and the
// position an earlier layout stored, or nulls. Streamed: the caller reads it record by record.
MATCH (i:Institution)
RETURN i.id AS id, i.country AS country, i.x AS x, i.y AS y
