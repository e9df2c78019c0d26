// Gives the graph's write lease back, if $owner still holds it. The node exists only while the lease is
// held, so a graph nobody writes holds nothing but its own records.
MATCH (lease:WriteLease {id: 'graph', owner: $owner})
DELETE lease
