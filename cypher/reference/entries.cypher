// The gazetteer's entries the network does not hold yet (an institution imported since is the graph's).
MATCH (r:ReferenceInstitution)
WHERE NOT EXISTS { MATCH (:Institution {id: r.id}) }
RETURN r.record AS record
ORDER BY r.id
