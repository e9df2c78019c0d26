/** What the named-query endpoints accept and answer, as zod schemas: the OpenAPI document is generated from them. */
import { z } from 'zod';

/** A named query's name, which is its file's name in cypher/queries/. */
export const QUERY_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const namedQueryPathSchema = z.object({
  name: z
    .string()
    .max(100)
    .regex(QUERY_NAME, 'must be a query name: lower-case letters and digits joined by hyphens')
    .meta({ description: 'The query’s name (GET /api/queries lists them)', example: 'funding-pledges' }),
});

export const queryParameterSchema = z.object({
  name: z.string(),
  /** As the header writes it: `string`, `integer(1..500)`, `enum(agreed,planned)`, `string[]`. */
  type: z.string(),
  required: z.boolean(),
  default: z.unknown().optional().meta({ description: 'Used when the parameter is left out' }),
  values: z.array(z.string()).optional().meta({ description: 'The allowed values of an enum' }),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  description: z.string(),
});

export const namedQuerySchema = z
  .object({
    name: z.string().meta({ example: 'cross-border-links' }),
    title: z.string(),
    description: z.string(),
    parameters: z.array(queryParameterSchema),
    columns: z
      .array(z.object({ name: z.string(), description: z.string() }))
      .meta({ description: 'The columns of every row of the answer, in order' }),
    returns: z.string(),
  })
  .meta({ id: 'NamedQuery' });

export const namedQueryListSchema = z
  .object({ queries: z.array(namedQuerySchema) })
  .meta({ id: 'NamedQueryList', description: 'Every named query, by name' });

export const namedQueryResultSchema = z
  .object({
    name: z.string(),
    columns: z.array(z.string()),
    rows: z.array(z.array(z.unknown())).meta({ description: 'One array per row, aligned with `columns`' }),
    truncated: z.boolean().meta({ description: 'True when `limit` cut rows off' }),
  })
  .meta({ id: 'NamedQueryResult' });

/** The body of POST /api/queries/:name; each query checks the values of `params` against its own header. */
export const namedQueryRequestSchema = z
  .strictObject(
    {
      params: z
        .record(z.string(), z.unknown(), { error: 'must be an object of parameter values' })
        .optional()
        .meta({
          description: "The query's parameters by name; see GET /api/queries",
          example: { limit: 10 },
        }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unexpected ${issue.keys.map((key) => `"${key}"`).join(', ')}: send parameters as {"params": {...}}`
          : 'must be a JSON object such as {"params": {"limit": 10}}',
    },
  )
  // No body at all runs the query with its defaults.
  .default({})
  .meta({ id: 'NamedQueryRequest' });

/**
 * The body of one named query, `POST /api/queries/<its name>`, with its parameters exactly. A query with a
 * required parameter needs `params` (and so a body); one whose parameters all have defaults runs without.
 */
export const namedQueryBodySchema = (params: z.ZodType) => {
  const described = params.meta({ description: "The query's parameters by name" });
  return params.safeParse({}).success
    ? z.strictObject({ params: described.optional() }).default({})
    : z.strictObject({ params: described });
};

export type NamedQueryListing = z.infer<typeof namedQueryListSchema>;
export type NamedQueryResult = z.infer<typeof namedQueryResultSchema>;
export type NamedQueryDescription = z.infer<typeof namedQuerySchema>;
export type NamedQueryParameter = z.infer<typeof queryParameterSchema>;
