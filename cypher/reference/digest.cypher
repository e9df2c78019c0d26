// The digest of the gazetteer as last stored (reference/version), or null before the first store.
OPTIONAL MATCH (v:ReferenceVersion {id: 'reference'})
RETURN v.digest AS digest
