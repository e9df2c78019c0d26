// The network among a set of institutions: the same shape as network.cypher, for neighbourhoods.
WITH $ids AS ids
RETURN
  COLLECT {
    MATCH (i:Institution) WHERE i.id IN ids
    WITH i ORDER BY i.id
    RETURN i {.id, .nameEn, .nameKo, .acronym, .kind, .country}
  } AS institutions,
  COLLECT {
    MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
    WHERE a.id IN ids AND b.id IN ids AND ($domain IS NULL OR $domain IN c.domains)
    WITH a, b, c ORDER BY a.id, b.id
    RETURN {source: a.id, target: b.id, agreementIds: c.agreementIds, domains: c.domains, weight: c.weight}
  } AS cooperation,
  COLLECT {
    MATCH (child:Institution)-[:PART_OF]->(parent:Institution) WHERE child.id IN ids AND parent.id IN ids
    WITH child, parent ORDER BY child.id
    RETURN {source: child.id, target: parent.id}
  } AS partOf,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.code RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (d:Domain) WITH d ORDER BY d.id RETURN d {.id, .nameEn, .nameKo} } AS domains
