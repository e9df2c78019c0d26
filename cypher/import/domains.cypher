UNWIND $rows AS row
MERGE (d:Domain {id: row.id})
SET d.nameEn = row.nameEn, d.nameKo = row.nameKo
