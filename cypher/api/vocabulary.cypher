// The open vocabularies (they grow with imports): filters are checked against them.
RETURN
  COLLECT { MATCH (d:Domain) RETURN d.id } AS domains,
  COLLECT { MATCH (c:Country) RETURN c.code } AS countries
