/**
 * The network in pages, for graphs too large for one answer: institutions in a stable order (most
 * partners first, so the first page already draws the hubs) with the positions the server's layout
 * stored, and the strongest cooperation edges of each institution. Columns instead of objects, and edges
 * by the index of their ends in that order, keep 100k institutions to a few megabytes per page.
 */
import { z } from 'zod';

import { INSTITUTION_KINDS } from './vocabulary.js';
import { networkAttributesSchema } from './graph.js';

/** The most cooperation edges one institution can bring in a page (the layout stores that many). */
export const MAX_EDGES_PER_NODE = 50;

const wholeNumber = (description: string) =>
  z.coerce.number().int('must be a whole number').meta({ description });

export const networkPageQuerySchema = z.object({
  offset: wholeNumber("Index of the page's first institution in the network's order (default 0)")
    .min(0)
    .max(100_000_000)
    .default(0),
  size: wholeNumber('Institutions per page (default 10,000, maximum 50,000)')
    .min(1)
    .max(50_000, 'must be at most 50000')
    .default(10_000),
  edgesPerNode: wholeNumber(
    'Cooperation edges each institution brings, its strongest to earlier institutions (default 5, maximum 50)',
  )
    .min(0)
    .max(MAX_EDGES_PER_NODE, `must be at most ${MAX_EDGES_PER_NODE}`)
    .default(5),
});

export type NetworkPageQuery = z.output<typeof networkPageQuerySchema>;

const column = <T extends z.ZodType>(item: T) => z.array(item);
const index = z.number().int().min(0);

export const networkPageSchema = z
  .object({
    /** Institutions in the whole network. */
    total: z.number().int(),
    /** Index of this page's first institution in the network's order. */
    offset: z.number().int(),
    /** Offset of the next page, or null on the last one. */
    next: z.number().int().nullable(),
    /**
     * Which stored layout the order and positions come from. It changes when an import lays the network
     * out again: pages of different layouts do not fit together, so a client restarts from offset 0.
     */
    layout: z.string(),
    /** This page's institutions, one entry per column each, in the network's order. */
    institutions: z.object({
      id: column(z.string()),
      nameEn: column(z.string()),
      nameKo: column(z.string()),
      acronym: column(z.string().nullable()),
      kind: column(z.enum(INSTITUTION_KINDS)),
      country: column(z.string().nullable()),
      x: column(z.number()),
      y: column(z.number()),
      /** Distinct partners (COOPERATES_WITH degree) in the whole network. */
      partners: column(z.number().int()),
    }),
    /**
     * Cooperation edges whose later end is on this page and whose earlier end is on it or a previous one,
     * so each edge comes once and only after both its ends. Ends are indexes in the network's order. Each
     * institution brings at most `edgesPerNode` of its edges, the strongest first.
     */
    edges: z.object({ source: column(index), target: column(index), weight: column(z.number().int()) }),
    /** Parent links (child → parent) on the same rule as `edges`. */
    partOf: z.object({ source: column(index), target: column(index) }),
    countries: networkAttributesSchema.shape.countries,
    domains: networkAttributesSchema.shape.domains,
  })
  .meta({ id: 'NetworkPage', description: 'One page of the network in compact columns' });

export type NetworkPage = z.infer<typeof networkPageSchema>;
