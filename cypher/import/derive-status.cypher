// What an agreement's status entries (STATUS_STATED, written by agreement-status and by the bulk
// create-agreements) derive on it: the current status (the latest entry; on the same day the later
// stage — in consultation, planned, agreed, signed), its statuses and their dates in that order (for "as
// of" reads) and the day it is known from. Reads and writes only the agreement's own node and links, so
// parallel batches take no shared lock. $rows: [{id}].
UNWIND $rows AS row
MATCH (a:Agreement {id: row.id})
CALL (a) {
  MATCH (a)-[r:STATUS_STATED]->(:Source)
  WITH r.status AS status, coalesce(r.date, '') AS date,
       CASE r.status WHEN 'in-consultation' THEN 0 WHEN 'planned' THEN 1 WHEN 'agreed' THEN 2 ELSE 3 END AS stage
  ORDER BY date, stage
  WITH collect(status) AS statuses, collect(date) AS dates
  SET a.status = last(statuses), a.statuses = statuses, a.statusDates = dates, a.knownFrom = head(dates)
}
