UNWIND $rows AS row
MERGE (a:Agreement {id: row.id})
SET a.titleEn = row.titleEn, a.titleKo = row.titleKo, a.kind = row.kind, a.status = row.status,
    a.date = row.date, a.amountUsd = row.amountUsd, a.summaryEn = row.summaryEn, a.summaryKo = row.summaryKo,
    // An amount as stated, in its own currency: flat properties, since a property cannot hold a map.
    a.amount = row.amount.value, a.currency = row.amount.currency, a.amountPer = row.amount.per,
    a.amountStated = row.amount.stated
WITH a, row
// Links the file no longer states are dropped, so a corrected file corrects the graph.
OPTIONAL MATCH (a)-[stale:AGREED_AT]->(old:Event) WHERE old.id <> coalesce(row.agreedAt, '')
DELETE stale
WITH DISTINCT a, row
CALL (a, row) {
  MATCH (e:Event {id: row.agreedAt})
  MERGE (a)-[:AGREED_AT]->(e)
}
