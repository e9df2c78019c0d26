// The graph's record of the agreements an import defines, in the data set's shape (domains, parties,
// event and quotes included), for the import's report (server/services/import/): what it would change,
// and whether its status or date conflicts. `sources` describes the sources its quotes come from, which
// is what a conflict says the graph's value rests on. Parameters: $ids. One row per agreement it holds.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
RETURN a {
  .id, .titleEn, .titleKo, .kind, .status, .date, .amountUsd, .summaryEn, .summaryKo,
  amount: CASE WHEN a.amount IS NULL THEN null
    ELSE {value: a.amount, currency: a.currency, per: a.amountPer, stated: a.amountStated} END,
  domains: COLLECT { MATCH (a)-[:COVERS]->(d:Domain) RETURN d.id },
  parties: COLLECT { MATCH (i:Institution)-[r:PARTY_TO]->(a) RETURN {institution: i.id, role: r.role} },
  agreedAt: head(COLLECT { MATCH (a)-[:AGREED_AT]->(e:Event) RETURN e.id }),
  evidence: COLLECT {
    MATCH (a)-[r:EVIDENCED_BY]->(s:Source)
    RETURN {source: s.id, quoteKo: r.quoteKo, quoteEn: r.quoteEn}
  },
  statusHistory: COLLECT {
    MATCH (a)-[r:STATUS_STATED]->(s:Source)
    RETURN {status: r.status, date: r.date, source: s.id, quoteKo: r.quoteKo, quoteEn: r.quoteEn}
  },
  sources: COLLECT {
    MATCH (a)-[:EVIDENCED_BY]->(s:Source)
    RETURN DISTINCT {id: s.id, title: s.title, kind: s.kind, published: s.published}
  }
} AS record
