// One institution with its parent (and the source that establishes it) and children, and the agreements
// it is party to (ids and roles; the agreements themselves come from agreement-details): the first
// $agreementsLimit by date, and how many there are — a hub of a large graph is party to thousands.
// Parameters: $id, $agreementsLimit.
MATCH (i:Institution {id: $id})
RETURN i {
  .id, .nameEn, .nameKo, .acronym, .aliases, .kind, .country,
  parent: head(COLLECT {
    MATCH (i)-[r:PART_OF]->(p:Institution)
    OPTIONAL MATCH (s:Source {id: r.sourceId})
    RETURN p {.id, .nameEn, .nameKo, .acronym, evidence: {
      source: CASE WHEN s IS NULL THEN null
        ELSE s {.id, .title, .publisher, .published, .url, .language, hasText: s.text IS NOT NULL} END,
      quoteKo: r.quoteKo, note: r.note
    }}
  }),
  children: COLLECT {
    MATCH (c:Institution)-[:PART_OF]->(i)
    WITH c ORDER BY c.id
    RETURN c {.id, .nameEn, .nameKo, .acronym}
  },
  roles: COLLECT {
    MATCH (i)-[r:PARTY_TO]->(a:Agreement)
    WITH a, r ORDER BY a.date, a.id
    LIMIT $agreementsLimit
    RETURN {id: a.id, role: r.role}
  },
  agreementCount: COUNT { (i)-[:PARTY_TO]->(:Agreement) }
} AS institution
