/**
 * What POST /api/cypher takes and answers, as zod schemas: the route validates and documents with them,
 * and the client imports the inferred types. The request's bounds come from the server's console limits.
 */
import { z } from 'zod';

/** Parameters nest at most this deep (a map of lists of maps…). */
const MAX_PARAMS_DEPTH = 8;

/** The bounds a request must keep, set by the server's console limits (CONSOLE_* variables). */
export interface ConsoleRequestBounds {
  timeoutMs: number;
  maxRows: number;
  maxQueryChars: number;
  maxParamsChars: number;
}

/**
 * Whether a JSON value nests deeper than `maximum` (`{}` and `[]` count one). Walks with its own stack
 * and stops at the first value past the bound, so a hostile 10,000-level value costs nothing to refuse.
 */
export function nestsDeeperThan(value: unknown, maximum: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > maximum) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

export function consoleRequestSchema(limits: ConsoleRequestBounds) {
  return z
    .strictObject(
      {
        query: z
          .string({ error: 'must be the Cypher text of the query' })
          .min(1, 'must not be empty')
          .max(
            limits.maxQueryChars,
            `must be at most ${limits.maxQueryChars} characters (CONSOLE_MAX_QUERY_CHARS)`,
          )
          .meta({
            description: 'One read-only Cypher statement',
            example:
              "MATCH (i:Institution)-[:PARTY_TO]->(a:Agreement)-[:COVERS]->(:Domain {id:'quantum'}) RETURN i, a",
          }),
        params: z
          .record(z.string().min(1).max(200), z.unknown(), { error: 'must be an object of parameter values' })
          .optional()
          .superRefine((params, context) => {
            if (params === undefined) return;
            // Depth first: serialising a deeply nested value to measure it would overflow the stack.
            if (nestsDeeperThan(params, MAX_PARAMS_DEPTH)) {
              context.addIssue({
                code: 'custom',
                message: `must nest at most ${MAX_PARAMS_DEPTH} levels deep`,
              });
            } else if (JSON.stringify(params).length > limits.maxParamsChars) {
              context.addIssue({
                code: 'custom',
                message: `must be at most ${limits.maxParamsChars} characters of JSON (CONSOLE_MAX_PARAMS_CHARS)`,
              });
            }
          })
          .meta({
            description: 'Values for the `$name` parameters; whole numbers are sent as integers',
            example: { id: 'us-nist' },
          }),
        timeoutMs: z
          .int('must be a whole number of milliseconds')
          .min(100)
          .max(limits.timeoutMs, `must be at most ${limits.timeoutMs} (CONSOLE_TIMEOUT_MS)`)
          .optional()
          .meta({
            description: `Stop the query after this many ms (default and maximum ${limits.timeoutMs})`,
          }),
        maxRows: z
          .int('must be a whole number')
          .min(1)
          .max(limits.maxRows, `must be at most ${limits.maxRows} (CONSOLE_MAX_ROWS)`)
          .optional()
          .meta({ description: `Return at most this many rows (default and maximum ${limits.maxRows})` }),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `unexpected ${issue.keys.map((key) => `"${key}"`).join(', ')}: send {"query", "params", "timeoutMs", "maxRows"}`
            : 'must be a JSON object such as {"query": "MATCH (n) RETURN n LIMIT 5"}',
      },
    )
    .meta({ id: 'CypherConsoleRequest' });
}

const propertiesSchema = z.record(z.string(), z.unknown());

export const consoleGraphSchema = z
  .object({
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(true),
    }),
    attributes: z.object({
      truncated: z.boolean().meta({ description: 'True when the graph was cut short' }),
    }),
    nodes: z.array(
      z.object({
        key: z.string().meta({ description: "The node's element id" }),
        attributes: z.object({ labels: z.array(z.string()), properties: propertiesSchema }),
      }),
    ),
    edges: z.array(
      z.object({
        key: z.string().meta({ description: "The relationship's element id" }),
        source: z.string(),
        target: z.string(),
        attributes: z.object({ type: z.string(), properties: propertiesSchema }),
      }),
    ),
  })
  .meta({
    id: 'CypherConsoleGraph',
    description: "Every node and relationship in the rows, as graphology's serialized graph",
  });

export const consoleResultSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(z.unknown())).meta({
      description:
        'One array per row, aligned with `columns`; nodes are {elementId, labels, properties}, relationships ' +
        '{elementId, type, startElementId, endElementId, properties}, paths {segments}, temporal values ISO strings',
    }),
    graph: consoleGraphSchema,
    summary: z.object({
      queryType: z.literal('r'),
      resultAvailableAfterMs: z.number(),
      truncated: z.boolean().meta({ description: 'True when rows were cut at maxRows or at the size limit' }),
      truncatedBy: z.enum(['rows', 'size']).nullable(),
      rowCount: z.number().int(),
      maxRows: z.number().int(),
      timeoutMs: z.number().int(),
    }),
  })
  .meta({ id: 'CypherConsoleResult' });

export type ConsoleRequest = z.output<ReturnType<typeof consoleRequestSchema>>;
export type ConsoleGraph = z.infer<typeof consoleGraphSchema>;
export type ConsoleGraphNode = ConsoleGraph['nodes'][number];
export type ConsoleGraphEdge = ConsoleGraph['edges'][number];
export type ConsoleResult = z.infer<typeof consoleResultSchema>;
