// One institution with its parent, children and every agreement it is party to, each with the quotes
// that support it: the evidence panel of the client and GET /api/institutions/:id.
MATCH (i:Institution {id: $id})
RETURN i {
  .id, .nameEn, .nameKo, .acronym, .aliases, .kind, .country,
  parent: head(COLLECT { MATCH (i)-[:PART_OF]->(p:Institution) RETURN p {.id, .nameEn, .nameKo, .acronym} }),
  children: COLLECT {
    MATCH (c:Institution)-[:PART_OF]->(i)
    WITH c ORDER BY c.id
    RETURN c {.id, .nameEn, .nameKo, .acronym}
  },
  agreements: COLLECT {
    MATCH (i)-[role:PARTY_TO]->(a:Agreement)
    WITH a, role ORDER BY a.date, a.id
    RETURN a {
      .id, .titleEn, .titleKo, .kind, .status, .date, .amountUsd, .summaryEn, .summaryKo,
      role: role.role,
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
      }
    }
  }
} AS institution
