// One institution with its parent and children, and the agreements it is party to (ids and roles; the
// agreements themselves come from agreement-details).
MATCH (i:Institution {id: $id})
RETURN i {
  .id, .nameEn, .nameKo, .acronym, .aliases, .kind, .country,
  parent: head(COLLECT { MATCH (i)-[:PART_OF]->(p:Institution) RETURN p {.id, .nameEn, .nameKo, .acronym} }),
  children: COLLECT {
    MATCH (c:Institution)-[:PART_OF]->(i)
    WITH c ORDER BY c.id
    RETURN c {.id, .nameEn, .nameKo, .acronym}
  },
  roles: COLLECT {
    MATCH (i)-[r:PARTY_TO]->(a:Agreement)
    WITH a, r ORDER BY a.date, a.id
    RETURN {id: a.id, role: r.role}
  }
} AS institution
