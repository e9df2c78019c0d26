// The domains and countries a draft may refer to without defining them.
RETURN
  COLLECT { MATCH (d:Domain) RETURN d {.id, .nameEn, .nameKo} } AS domains,
  COLLECT { MATCH (c:Country) RETURN c {.code, .nameEn, .nameKo} } AS countries
