/**
 * GET /api/timeline: when the graph's agreements came to be what they are. Every status a source states
 * is an entry dated by the day it holds from; the histogram counts them per month, stacked by status, and
 * `entries` lists them in date order, each with its agreement's parties, for a client that plays the
 * network over time.
 */
import { z } from 'zod';

import { limitSchema, networkFiltersSchema } from './parameters.js';
import { AGREEMENT_STATUSES } from './vocabulary.js';

const statusCounts = z
  .object(Object.fromEntries(AGREEMENT_STATUSES.map((status) => [status, z.int().nonnegative()])))
  .meta({ description: 'Entries per status' });

export const timelineQuerySchema = networkFiltersSchema
  .omit({ asOf: true })
  .extend({ limit: limitSchema(20_000, 100_000) });

export const timelineSchema = z
  .object({
    months: z.array(z.object({ month: z.string().meta({ example: '2023-12' }), counts: statusCounts })).meta({
      description: 'Every month from the first entry dated to a month to the last, empty months included',
    }),
    years: z
      .array(z.object({ year: z.string().meta({ example: '2024' }), counts: statusCounts }))
      .meta({ description: 'Entries dated to a year only, which no month can hold' }),
    entries: z
      .array(
        z.object({
          agreementId: z.string(),
          status: z.enum(AGREEMENT_STATUSES),
          date: z.string().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
          sourceId: z.string(),
          parties: z.array(z.string()).meta({ description: "The agreement's parties, by id" }),
        }),
      )
      .meta({ description: 'The entries in date order, at most `limit`' }),
    total: z.int().nonnegative().meta({ description: 'How many entries pass the filters' }),
    truncated: z.boolean(),
  })
  .meta({ id: 'Timeline' });

export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineQuery = z.output<typeof timelineQuerySchema>;
