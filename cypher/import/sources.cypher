UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.kind = row.kind, s.title = row.title, s.publisher = row.publisher, s.published = row.published,
    s.url = row.url, s.language = row.language
