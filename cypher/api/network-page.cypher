// One page of the network in the stored layout's order: the institutions ranked $offset to
// $offset + $size - 1 (a range seek on the institution_rank index, already in rank order), as columns,
// with the first $edgesPerNode of the links the layout stored for each (strongest cooperation edges to
// earlier institutions, parent and child links to earlier ones). $offset, $size, $edgesPerNode: integers.
MATCH (i:Institution)
WHERE i.rank >= $offset AND i.rank < $offset + $size
WITH i ORDER BY i.rank
RETURN
  collect(i.rank) AS rank,
  collect(i.id) AS id,
  collect(i.nameEn) AS nameEn,
  collect(i.nameKo) AS nameKo,
  collect(coalesce(i.acronym, '')) AS acronym,
  collect(i.kind) AS kind,
  collect(coalesce(i.country, '')) AS country,
  collect(i.x) AS x,
  collect(i.y) AS y,
  collect(i.partners) AS partners,
  collect(i.linkRanks[0..$edgesPerNode]) AS linkRanks,
  collect(i.linkWeights[0..$edgesPerNode]) AS linkWeights,
  collect(i.parentRanks[0..$edgesPerNode]) AS parentRanks,
  collect(i.childRanks[0..$edgesPerNode]) AS childRanks
