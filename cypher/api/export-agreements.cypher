// The CSV of agreements: the agreements of the exported network ($ids), each with its parties (and roles),
// domains, status history, amount as stated, quotes and sources, in id order.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
RETURN a.id AS id, a.titleEn AS titleEn, a.titleKo AS titleKo, a.kind AS kind, a.status AS status,
       a.date AS date, a.amount AS amount, a.currency AS currency, a.amountStated AS amountStated,
       a.amountUsd AS amountUsd,
       COLLECT { MATCH (i:Institution)-[r:PARTY_TO]->(a) WITH i, r ORDER BY i.id RETURN i.id + ' (' + r.role + ')' } AS parties,
       COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id } AS domains,
       COLLECT {
         MATCH (a)-[r:STATUS_STATED]->(s:Source)
         WITH r, s ORDER BY coalesce(r.date, ''), s.id
         RETURN r.status + ' ' + coalesce(r.date, '?') + ' (' + s.id + ')'
       } AS statusHistory,
       COLLECT { MATCH (a)-[e:EVIDENCED_BY]->(s:Source) WITH e, s ORDER BY s.id RETURN e.quoteKo } AS quotesKo,
       COLLECT { MATCH (a)-[e:EVIDENCED_BY]->(s:Source) WITH e, s ORDER BY s.id RETURN e.quoteEn } AS quotesEn,
       COLLECT { MATCH (a)-[:EVIDENCED_BY]->(s:Source) WITH DISTINCT s ORDER BY s.id RETURN s.id } AS sources
ORDER BY id
