// Which institutions a user's term names: an id (through the constraint's index), else an acronym, an
// English or Korean name or an alias, compared without case. Rank 0 beats rank 1.
CALL (*) {
  MATCH (i:Institution {id: $term})
  RETURN i, 0 AS rank
  UNION
  MATCH (i:Institution)
  WHERE toLower(i.acronym) = toLower($term) OR toLower(i.nameEn) = toLower($term) OR i.nameKo = $term
     OR any(alias IN i.aliases WHERE toLower(alias) = toLower($term))
  RETURN i, 1 AS rank
}
WITH i, min(rank) AS rank
ORDER BY rank, i.id
LIMIT 6
RETURN i {.id, .nameEn, .nameKo, .acronym} AS institution, rank
