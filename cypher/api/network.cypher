// The drawn network: institutions, their derived cooperation edges, parent links, and the vocabularies
// the legend needs, in one round trip. Lists are in a stable order so the drawing is reproducible, and
// fetch one item past $limit so the caller can tell that it cut them.
RETURN
  COLLECT {
    MATCH (i:Institution)
    WITH i ORDER BY COUNT { (i)-[:COOPERATES_WITH]-() } DESC, i.id
    LIMIT $limit + 1
    RETURN i {.id, .nameEn, .nameKo, .acronym, .kind, .country}
  } AS institutions,
  COLLECT {
    MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
    WITH a, b, c ORDER BY c.weight DESC, a.id, b.id
    LIMIT $limit + 1
    RETURN {source: a.id, target: b.id, agreementIds: c.agreementIds, domains: c.domains, weight: c.weight}
  } AS cooperation,
  COLLECT {
    MATCH (child:Institution)-[:PART_OF]->(parent:Institution)
    WITH child, parent ORDER BY child.id
    LIMIT $limit + 1
    RETURN {source: child.id, target: parent.id}
  } AS partOf,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.code RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (d:Domain) WITH d ORDER BY d.id RETURN d {.id, .nameEn, .nameKo} } AS domains
