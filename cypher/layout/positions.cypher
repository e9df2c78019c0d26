// One batch of the layout: per institution its position, its index in the network's order, its partner
// count, and the links a page delivers with it (its strongest cooperation edges to earlier institutions,
// and its parent and child links to earlier ones). $rows: [{id, x, y, rank, partners, linkRanks, linkWeights,
// parentRanks, childRanks}]. Integers
// arrive as floats from JavaScript, so ranks are cast before they are stored.
UNWIND $rows AS row
MATCH (i:Institution {id: row.id})
SET i.x = row.x, i.y = row.y, i.rank = toInteger(row.rank), i.partners = toInteger(row.partners),
    i.linkRanks = [r IN row.linkRanks | toInteger(r)], i.linkWeights = [w IN row.linkWeights | toInteger(w)],
    i.parentRanks = [r IN row.parentRanks | toInteger(r)], i.childRanks = [r IN row.childRanks | toInteger(r)]
