/**
 * GET /api/stats: the graph's size and breakdowns, and per-institution network metrics (partners,
 * agreements, betweenness, Louvain community) of the whole network or a filtered view.
 */
import { z } from 'zod';

import { institutionNodeAttributesSchema } from './graph.js';
import { limitSchema, networkFiltersSchema } from './parameters.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from './vocabulary.js';

const count = z.number().int().nonnegative();

export const statsSchema = z
  .object({
    counts: z
      .object({
        institutions: count,
        agreements: count,
        domains: count,
        sources: count,
        countries: count,
        events: count,
        people: count,
      })
      .meta({ description: 'Nodes by label in the whole graph, whatever the filters' }),
    view: z
      .object({
        filtered: z.boolean(),
        institutions: count,
        cooperationEdges: count,
        agreements: count,
        communities: count,
        /** Null when the view has no cooperation edge. */
        modularity: z.number().nullable(),
        /** Null when betweenness is exact; else how many sampled sources estimated it. */
        betweennessSources: count.nullable(),
        truncated: z.boolean(),
      })
      .meta({
        description:
          'The network the breakdowns and metrics describe: the whole graph, or the filtered network of ' +
          '/api/graph. `truncated` is true when the network was too large to load whole. Betweenness is ' +
          'exact up to 2,000 institutions and estimated from `betweennessSources` sampled sources above.',
      }),
    agreementsPerDomain: z
      .array(z.object({ id: z.string(), nameEn: z.string(), nameKo: z.string(), count }))
      .meta({ description: 'Every domain; an agreement covering several domains counts in each' }),
    agreementsPerStatus: z.array(z.object({ status: z.enum(AGREEMENT_STATUSES), count })),
    agreementsPerKind: z.array(z.object({ kind: z.enum(AGREEMENT_KINDS), count })),
    institutionsPerCountry: z.array(
      z.object({ code: z.string(), nameEn: z.string(), nameKo: z.string(), count }),
    ),
    institutionsWithoutCountry: count,
    institutions: z
      .array(
        institutionNodeAttributesSchema.extend({
          id: z.string(),
          /** Partners over cooperation edges. */
          degree: count,
          /** Agreements of the view the institution is party to. */
          agreements: count,
          betweenness: z.number().min(0).max(1),
          /** Null for an institution without cooperation edges. */
          community: z.number().int().nullable(),
        }),
      )
      .meta({
        description:
          'Institutions of the view by normalized betweenness (hops over cooperation edges), then degree; ' +
          'communities are Louvain communities weighted by shared agreements, numbered from the largest',
      }),
    /** True when `limit` cut the institution list. */
    truncated: z.boolean(),
  })
  .meta({ id: 'Stats' });

export type Stats = z.infer<typeof statsSchema>;

/** GET /api/stats takes the filters of /api/graph. */
export const statsQuerySchema = networkFiltersSchema.extend({ limit: limitSchema(100, 1_000) });
