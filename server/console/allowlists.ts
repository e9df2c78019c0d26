/**
 * What the console lets through, by name: the procedures it may call, the plan operators it knows to
 * be read-only, and the keywords that mark a write, a schema or an administration command. Allowlists,
 * not denylists, wherever Neo4j may add names later: an unknown operator or procedure is refused.
 */

/**
 * Read-only procedures worth having in a console: the schema of the graph and full-text search. Neo4j's
 * own procedure allowlist setting does not apply to built-in procedures, so this list is the one that
 * counts. Compared case-insensitively.
 */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

const ALLOWED_PROCEDURE_NAMES = new Map(ALLOWED_PROCEDURES.map((name) => [name.toLowerCase(), name]));

export function isAllowedProcedure(name: string): boolean {
  return ALLOWED_PROCEDURE_NAMES.has(name.toLowerCase());
}

/**
 * Built-in functions the console still refuses: they name other databases (composite databases), which
 * the console never reads.
 */
export const REFUSED_BUILTIN_FUNCTIONS = new Set(['graph.byname', 'graph.byelementid']);

/** Path functions that are syntax rather than functions (they are not in SHOW FUNCTIONS). */
export const PATH_FUNCTIONS = new Set(['shortestpath', 'allshortestpaths']);

/** Words that may stand before `(` without being a function name. Upper-case. */
export const KEYWORDS_BEFORE_PARENTHESIS = new Set([
  ...['MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'CALL', 'YIELD', 'UNION', 'FINISH'],
  ...['AND', 'OR', 'XOR', 'NOT', 'IN', 'IS', 'STARTS', 'ENDS', 'CONTAINS', 'AS', 'DISTINCT'],
  ...['CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'ORDER', 'BY', 'ASC', 'DESC', 'ASCENDING', 'DESCENDING'],
  ...['SKIP', 'OFFSET', 'LIMIT', 'SHORTEST', 'ANY', 'ALL', 'GROUP', 'GROUPS', 'PATH', 'PATHS'],
  ...['EXISTS', 'COUNT', 'COLLECT', 'NULL', 'TRUE', 'FALSE'],
]);

/** Clauses that write data. */
export const WRITE_KEYWORDS = new Set([
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'NODETACH',
  'SET',
  'REMOVE',
  'FOREACH',
  'INSERT',
]);

/** Words after CREATE that make it a schema or administration command rather than a write. */
export const SCHEMA_OBJECTS = new Set([
  ...['INDEX', 'CONSTRAINT', 'FULLTEXT', 'TEXT', 'RANGE', 'POINT', 'LOOKUP', 'VECTOR', 'BTREE'],
  ...['USER', 'ROLE', 'DATABASE', 'COMPOSITE', 'ALIAS', 'OR', 'SERVER'],
]);

/** Schema and administration commands, wherever they stand. */
export const ADMIN_KEYWORDS = new Set([
  'DROP',
  'ALTER',
  'GRANT',
  'DENY',
  'REVOKE',
  'SHOW',
  'TERMINATE',
  'RENAME',
]);

/** Administration commands that only exist at the start of a statement (elsewhere, common words). */
export const ADMIN_KEYWORDS_AT_START = new Set([
  'START',
  'STOP',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
]);

/** Prefixes that change how Neo4j runs the statement. */
export const QUERY_OPTION_KEYWORDS = new Set(['EXPLAIN', 'PROFILE', 'CYPHER']);

/** Every keyword the unicode check compares lookalike words with. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  ...KEYWORDS_BEFORE_PARENTHESIS,
  ...WRITE_KEYWORDS,
  ...SCHEMA_OBJECTS,
  ...ADMIN_KEYWORDS,
  ...ADMIN_KEYWORDS_AT_START,
  ...QUERY_OPTION_KEYWORDS,
  ...[
    'LOAD',
    'CSV',
    'USE',
    'TRANSACTIONS',
    'TRANSACTION',
    'CONCURRENT',
    'ON',
    'FROM',
    'HEADERS',
    'FIELDTERMINATOR',
  ],
  ...[
    'PERIODIC',
    'COMMIT',
    'DATABASES',
    'USERS',
    'ROLES',
    'PRIVILEGES',
    'PROCEDURES',
    'FUNCTIONS',
    'SETTINGS',
  ],
]);

/**
 * Plan operators that only read, by name without the `(All)`-style variant. Leaf scans and seeks are
 * matched by `READ_LEAF_OPERATOR`. Updating operators are also refused by the query type; listing the
 * readers is what makes an operator Neo4j adds later (or an exotic one) refused until someone looks.
 */
export const READ_OPERATORS = new Set([
  ...['ProduceResults', 'EmptyResult', 'Projection', 'Filter', 'Limit', 'ExhaustiveLimit', 'Skip'],
  ...['Sort', 'PartialSort', 'Top', 'PartialTop', 'Distinct', 'OrderedDistinct'],
  ...['EagerAggregation', 'OrderedAggregation', 'Eager', 'CacheProperties', 'RemoteBatchProperties'],
  ...['Union', 'OrderedUnion', 'Unwind', 'PartitionedUnwind', 'Optional', 'Anti', 'Argument'],
  ...['ArgumentTracker', 'EmptyRow', 'NullifyMetadata', 'PreserveOrder', 'NonFuseable'],
  ...['Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply', 'LetAntiSemiApply', 'SelectOrSemiApply'],
  ...['SelectOrAntiSemiApply', 'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply', 'ConditionalApply'],
  ...['AntiConditionalApply', 'RollUpApply', 'CartesianProduct', 'NodeHashJoin', 'ValueHashJoin'],
  ...['NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin', 'Expand', 'OptionalExpand', 'VarLengthExpand'],
  ...['BFSPruningVarLengthExpand', 'Repeat', 'BidirectionalRepeat', 'ShortestPath', 'StatefulShortestPath'],
  ...['ProjectEndpoints', 'TriadicSelection', 'TriadicBuild', 'TriadicFilter', 'AssertSameNode'],
  ...['AssertSameRelationship', 'NodeCountFromCountStore', 'RelationshipCountFromCountStore'],
  // Checked against the procedure allowlist by name.
  'ProcedureCall',
]);

/** Scans and seeks of nodes and relationships, by label, type, id or index. */
export const READ_LEAF_OPERATOR =
  /^(?:Partitioned)?(?:AllNodes|Node|Directed|Undirected|Intersection|Union|Subtraction|Multi|AssertingMulti)\w*(?:Scan|Seek|SeekByRange)$/;

/** Operators refused with a reason of their own (anything else unknown is refused as unknown). */
export const REFUSED_OPERATORS: [RegExp, 'load-csv' | 'in-transactions' | 'schema-or-admin' | 'write'][] = [
  [/^LoadCSV$/, 'load-csv'],
  [/^Transaction(?:Apply|Foreach)$/, 'in-transactions'],
  [
    /^(?:Show|Terminate|AdministrationCommand|Create(?:Index|Constraint|\w*Index)|Drop|DoNothingIfExists|RunQueryAt)/,
    'schema-or-admin',
  ],
  [/^(?:Create|Merge|LockingMerge|Delete|DetachDelete|Set|Remove|Foreach|SubqueryForeach)/, 'write'],
];
