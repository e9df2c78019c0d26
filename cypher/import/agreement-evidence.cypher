// A quote is identified by its source and its Korean text; the translation may be corrected in place.
UNWIND $rows AS row
MATCH (a:Agreement {id: row.id})
OPTIONAL MATCH (a)-[stale:EVIDENCED_BY]->(old:Source)
WHERE NOT {source: old.id, quoteKo: stale.quoteKo} IN [e IN row.evidence | {source: e.source, quoteKo: e.quoteKo}]
DELETE stale
WITH DISTINCT a, row
UNWIND row.evidence AS quote
MATCH (s:Source {id: quote.source})
MERGE (a)-[r:EVIDENCED_BY {quoteKo: quote.quoteKo}]->(s)
SET r.quoteEn = quote.quoteEn
