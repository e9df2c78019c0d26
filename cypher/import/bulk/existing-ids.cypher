// Bulk import: which institution ids of a batch the graph already holds. New institutions take the fast
// path (create-institutions.cypher); existing ones the MERGE statements of cypher/import/, which also
// remove what a corrected file no longer states.
RETURN [id IN $institutions WHERE EXISTS { (:Institution {id: id}) }] AS institutions
