/**
 * Console parameters arrive as JSON. JavaScript has one number type and the driver sends it as a Float,
 * which Cypher refuses where it wants an integer (`LIMIT $n`, `range(1, $n)`); whole numbers are sent
 * as Integers instead, as Neo4j Browser does. Everything else is sent as it is.
 */
import neo4j from 'neo4j-driver';

export function toCypherParameters(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toCypherValue(value)]));
}

function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object') {
    return toCypherParameters(value as Record<string, unknown>);
  }
  return value;
}
