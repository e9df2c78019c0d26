// One source's record and its stored full text (null when the data set gave none). Parameters: $id.
MATCH (s:Source {id: $id})
RETURN s {.id, .kind, .title, .publisher, .published, .url, .language, .text} AS source
