// How many nodes the offline import would replace: everything but the reference gazetteer and the
// bookkeeping nodes, which the app stores again at its next start.
MATCH (n)
WHERE NOT (n:ReferenceInstitution OR n:GraphVersion OR n:Layout OR n:WriteLease)
RETURN count(n) AS nodes
