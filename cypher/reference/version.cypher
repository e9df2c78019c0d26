// The gazetteer's content as last stored, by digest ($digest): what extraction's cache of it is keyed on.
MERGE (v:ReferenceVersion {id: 'reference'})
SET v.digest = $digest
