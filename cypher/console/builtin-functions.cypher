// The Cypher console's function allowlist: every function Neo4j has built in (user-defined functions from
// plugins are refused). Names are lower-cased: Cypher matches function names case-insensitively.
SHOW FUNCTIONS YIELD name, isBuiltIn
WHERE isBuiltIn
RETURN collect(DISTINCT toLower(name)) AS names
