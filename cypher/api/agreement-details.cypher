// Agreements with their domains, parties (with roles) and evidence quotes, in the order of $ids: the one
// projection every endpoint that shows agreements uses.
UNWIND range(0, size($ids) - 1) AS position
MATCH (a:Agreement {id: $ids[position]})
RETURN a {
  .id, .titleEn, .titleKo, .kind, .status, .date, .amountUsd, .summaryEn, .summaryKo,
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
    RETURN {quoteKo: e.quoteKo, quoteEn: e.quoteEn, source: s {.id, .title, .publisher, .published, .url}}
  },
  agreedAt: head(COLLECT { MATCH (a)-[:AGREED_AT]->(e:Event) RETURN e {.id, .name, .nameKo, .date, .place} })
} AS agreement
ORDER BY position
