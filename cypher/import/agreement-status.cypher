// The statuses each agreement's sources state, as STATUS_STATED {status, date, quoteKo, quoteEn} links to
// the source; derive-status then sets what they derive on the agreement. A row's `statusHistory` gives
// its entries; without one, its `status` is one entry stated by the newest source of its evidence, dated
// by the day it was signed or agreed (its `date`), else its event's day, else the source's. Entries of the
// sources a row states replace those sources' earlier entries; other sources' entries stay, so a later
// article adds to the history instead of overwriting it. An entry is known by its source, status and
// quote; its date and translation may be corrected in place.
UNWIND $rows AS row
MATCH (a:Agreement {id: row.id})
CALL (a, row) {
  WITH a, row WHERE row.statusHistory IS NOT NULL
  RETURN row.statusHistory AS entries
  UNION
  WITH a, row WHERE row.statusHistory IS NULL
  UNWIND range(0, size(row.evidence) - 1) AS position
  MATCH (s:Source {id: row.evidence[position].source})
  WITH a, row, row.evidence[position] AS quote, s
  ORDER BY coalesce(s.published, '') DESC, position DESC
  LIMIT 1
  OPTIONAL MATCH (a)-[:AGREED_AT]->(event:Event)
  RETURN [{
    status: row.status,
    date: CASE WHEN row.status IN ['agreed', 'signed'] AND row.date IS NOT NULL THEN row.date
               ELSE coalesce(event.date, s.published, row.date) END,
    source: quote.source, quoteKo: quote.quoteKo, quoteEn: quote.quoteEn
  }] AS entries
}
OPTIONAL MATCH (a)-[stale:STATUS_STATED]->(old:Source)
WHERE old.id IN [entry IN entries | entry.source]
  AND NOT {source: old.id, status: stale.status, quoteKo: stale.quoteKo}
      IN [entry IN entries | {source: entry.source, status: entry.status, quoteKo: entry.quoteKo}]
DELETE stale
WITH DISTINCT a, entries
CALL (a, entries) {
  UNWIND entries AS entry
  MATCH (s:Source {id: entry.source})
  MERGE (a)-[r:STATUS_STATED {status: entry.status, quoteKo: entry.quoteKo}]->(s)
  SET r.date = entry.date, r.quoteEn = entry.quoteEn
}
