/** What the client can tell of a JSON value before it checks the shape an answer promises. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
