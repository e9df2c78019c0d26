/**
 * The graph's vocabulary (labels, relationship types, property keys) for the editor's completion and
 * linter, asked through the console itself: the procedures it calls are on the console's allowlist.
 */
import type { DbSchema } from '@neo4j-cypher/language-support';

import { runCypher } from '../api/console.js';

const SCHEMA_QUERY = `RETURN
  COLLECT { CALL db.labels() YIELD label RETURN label } AS labels,
  COLLECT { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType } AS relationshipTypes,
  COLLECT { CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey } AS propertyKeys`;

/** Asks for the vocabulary; `onSchema` gets it when it comes (the editor works without it meanwhile). */
export function loadSchema(onSchema: (schema: DbSchema) => void): void {
  runCypher({ query: SCHEMA_QUERY }).then(
    (result) => {
      const [row] = result.rows;
      const list = (index: number): string[] => (Array.isArray(row?.[index]) ? row[index].map(String) : []);
      onSchema({ labels: list(0), relationshipTypes: list(1), propertyKeys: list(2) });
    },
    (error: unknown) =>
      console.warn('cooperation graph: the console could not load the graph vocabulary', error),
  );
}
