/** GET /api/health: whether Neo4j answers, its version, and the graph's size. */
import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    neo4j: z.object({ version: z.string(), edition: z.string(), database: z.string() }),
    counts: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;
