// Agreements with their domains, parties (with roles) and evidence quotes, in the order of $ids: the one
// projection every endpoint that shows agreements uses. With $asOf (a day), the status is the one it had at
// the end of that day and the history stops there; null: as of now.
UNWIND range(0, size($ids) - 1) AS position
MATCH (a:Agreement {id: $ids[position]})
RETURN a {
  .id, .titleEn, .titleKo, .kind, .date,
  status: CASE WHEN $asOf IS NULL THEN a.status
    ELSE coalesce(last([i IN range(0, size(a.statuses) - 1) WHERE a.statusDates[i] <= $asOf | a.statuses[i]]), a.status) END, .amountUsd, .summaryEn, .summaryKo,
  amount: CASE WHEN a.amount IS NULL THEN null
    ELSE {value: a.amount, currency: a.currency, per: a.amountPer, stated: a.amountStated} END,
  domains: COLLECT { MATCH (a)-[:COVERS]->(d:Domain) WITH d ORDER BY d.id RETURN d.id },
  parties: COLLECT {
    MATCH (p:Institution)-[r:PARTY_TO]->(a)
    WITH p, r ORDER BY p.id
    RETURN p {.id, .nameEn, .nameKo, .acronym, role: r.role}
  },
  evidence: COLLECT {
    MATCH (a)-[e:EVIDENCED_BY]->(s:Source)
    WITH e, s ORDER BY s.id, e.quoteKo
    RETURN {quoteKo: e.quoteKo, quoteEn: e.quoteEn, source: s {.id, .title, .publisher, .published, .url, .language, hasText: s.text IS NOT NULL}}
  },
  statusHistory: COLLECT {
    MATCH (a)-[r:STATUS_STATED]->(s:Source)
    WHERE $asOf IS NULL OR coalesce(r.date, '') <= $asOf
    WITH r, s, CASE r.status WHEN 'in-consultation' THEN 0 WHEN 'planned' THEN 1 WHEN 'agreed' THEN 2 ELSE 3 END AS stage
    ORDER BY coalesce(r.date, ''), stage, s.id
    RETURN {status: r.status, date: r.date, sourceId: s.id, quoteKo: r.quoteKo, quoteEn: r.quoteEn}
  },
  agreedAt: head(COLLECT { MATCH (a)-[:AGREED_AT]->(e:Event) RETURN e {.id, .name, .nameKo, .date, .place} })
} AS agreement
ORDER BY position
