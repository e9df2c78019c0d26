// The drawn network: institutions, their derived cooperation edges, parent links, and the vocabularies
// the legend needs, in one round trip. Lists are in a stable order so the drawing is reproducible, and
// fetch one item past $limit so the caller can tell that it cut them. Each list is its own CALL: as
// COLLECT subqueries of one RETURN, Neo4j planned them together and passed the 32 MiB transaction cap on
// a generated graph of 2,500 institutions; as CALLs they take about 3 MiB.
CALL () {
  MATCH (i:Institution)
  WITH i, COUNT { (i)-[:COOPERATES_WITH]-() } AS partners
  ORDER BY partners DESC, i.id
  LIMIT $limit + 1
  RETURN collect(i {.id, .nameEn, .nameKo, .acronym, .kind, .country}) AS institutions
}
CALL () {
  MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
  WITH a, b, c ORDER BY c.weight DESC, a.id, b.id
  LIMIT $limit + 1
  RETURN collect({source: a.id, target: b.id, agreementIds: c.agreementIds, domains: c.domains, weight: c.weight}) AS cooperation
}
CALL () {
  MATCH (child:Institution)-[:PART_OF]->(parent:Institution)
  WITH child, parent ORDER BY child.id
  LIMIT $limit + 1
  RETURN collect({source: child.id, target: parent.id}) AS partOf
}
RETURN institutions, cooperation, partOf,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.code RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (d:Domain) WITH d ORDER BY d.id RETURN d {.id, .nameEn, .nameKo} } AS domains
