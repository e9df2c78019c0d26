UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c.nameEn = row.nameEn, c.nameKo = row.nameKo
