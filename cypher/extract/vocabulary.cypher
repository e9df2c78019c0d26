// The domains and countries a draft may refer to without defining them, and the gazetteer's digest
// (reference/version), which with the graph's version says when extraction's catalogue is stale.
RETURN
  COLLECT { MATCH (d:Domain) RETURN d {.id, .nameEn, .nameKo} } AS domains,
  COLLECT { MATCH (c:Country) RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (v:ReferenceVersion {id: 'reference'}) RETURN v.digest }[0] AS referenceDigest
