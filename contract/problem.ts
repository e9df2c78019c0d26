/**
 * Errors as the API answers them: RFC 9457 problem details (`application/problem+json`). Every error
 * status of every endpoint carries a `Problem`; the console's refusals add a reason code a client can
 * branch on and, when it is known, where in the query the trouble starts.
 */
import { z } from 'zod';

/**
 * How `errors[].parameter` names a place inside a request: members joined by dots, list indexes in
 * brackets (`dataset.agreements[0].parties[1].institution`), as `npm run seed` names a place in a file.
 */
export function issuePath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .meta({
        description:
          'For invalid input: which parameter (a place in the body as `dataset.agreements[0].status`), ' +
          'and what was expected',
      }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

/** Why the console would not (or could not) answer; stable, for clients and tests. */
export const CONSOLE_REASONS = [
  'invalid-query',
  'syntax-error',
  'query-error',
  'unusual-character',
  'too-large',
  'too-deep',
  'not-read-only',
  'write',
  'schema-or-admin',
  'load-csv',
  'in-transactions',
  'other-database',
  'procedure-not-allowed',
  'function-not-allowed',
  'operator-not-allowed',
  'query-option',
  'multiple-statements',
  'timeout',
  'memory',
  'rate-limited',
  'busy',
] as const;

/** 1-based line and column, 0-based offset into the query text, as Neo4j reports them. */
export const queryPositionSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  offset: z.number().int(),
});

export const consoleProblemSchema = problemSchema
  .extend({
    reason: z.enum(CONSOLE_REASONS).optional().meta({
      description: 'Why the console would not answer; absent when the request body itself is invalid',
    }),
    position: queryPositionSchema.optional(),
    limit: z.string().optional().meta({ description: 'The setting that bounds what was hit' }),
  })
  .meta({ id: 'ConsoleProblem', description: 'A problem of the console, with its reason code' });

export type Problem = z.infer<typeof problemSchema>;
export type ConsoleReason = (typeof CONSOLE_REASONS)[number];
export type QueryPosition = z.infer<typeof queryPositionSchema>;
export type ConsoleProblemBody = z.infer<typeof consoleProblemSchema>;
