// One page of the network in the stored layout's order: the institutions ranked $offset to
// $offset + $size - 1, one row each, with the first $edgesPerNode of the links the layout stored for each
// (strongest cooperation edges to earlier institutions, parent and child links to earlier ones). A range
// seek on the institution_rank index that already yields rank order: no sort, and rows stream instead of
// being collected (50,000 collected rows would pass a transaction's memory cap).
// $offset, $size, $edgesPerNode: integers.
MATCH (i:Institution)
WHERE i.rank >= $offset AND i.rank < $offset + $size
RETURN
  i.rank AS rank,
  i.id AS id,
  i.nameEn AS nameEn,
  i.nameKo AS nameKo,
  i.acronym AS acronym,
  i.kind AS kind,
  i.country AS country,
  i.x AS x,
  i.y AS y,
  i.partners AS partners,
  i.linkRanks[0..$edgesPerNode] AS linkRanks,
  i.linkWeights[0..$edgesPerNode] AS linkWeights,
  i.parentRanks[0..$edgesPerNode] AS parentRanks,
  i.childRanks[0..$edgesPerNode] AS childRanks
ORDER BY rank
