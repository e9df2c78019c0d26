// The source's full text, when the data set gives it, is stored too: quotes are checked against it.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.kind = row.kind, s.title = row.title, s.publisher = row.publisher, s.published = row.published,
    s.url = row.url, s.language = row.language, s.text = row.text
