// What a page of the network is read against: the stored layout's version and state, how many
// institutions it placed and how many there are now (from the count store), and the vocabularies the
// legend needs. No parameters; one row, with nulls before the first layout.
OPTIONAL MATCH (layout:Layout {id: 'cooperation'})
RETURN
  layout.version AS version,
  layout.status AS status,
  layout.institutions AS placed,
  COUNT { (:Institution) } AS total,
  COLLECT { MATCH (c:Country) WITH c ORDER BY c.code RETURN c {.code, .nameEn, .nameKo} } AS countries,
  COLLECT { MATCH (d:Domain) WITH d ORDER BY d.id RETURN d {.id, .nameEn, .nameKo} } AS domains
