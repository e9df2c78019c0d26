/** GET /api/health: whether Neo4j answers, its version, and the graph's size. */
import { z } from 'zod';

import { problemSchema } from './problem.js';

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    neo4j: z.object({ version: z.string(), edition: z.string(), database: z.string() }),
    counts: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;

/**
 * What the app knows of its Neo4j: `starting` (the first connection, the schema, the seed), `up`,
 * `unreachable` (it does not answer; the app keeps trying), `restarting` (the project's own Neo4j stopped
 * unexpectedly and is being started again), `failed` (it kept crashing; the app gave up restarting it),
 * `stopping` (the app is shutting down).
 */
export const NEO4J_STATES = ['starting', 'up', 'unreachable', 'restarting', 'failed', 'stopping'] as const;

export type Neo4jState = (typeof NEO4J_STATES)[number];

/** The 503 of /api/health: a problem that also names the state, for monitors to branch on. */
export const healthProblemSchema = problemSchema
  .extend({
    state: z.enum(NEO4J_STATES).optional().meta({ description: 'What the app knows of its Neo4j' }),
  })
  .meta({ id: 'HealthProblem', description: 'Why the app cannot answer, and what it is doing about it' });

export type HealthProblem = z.infer<typeof healthProblemSchema>;
