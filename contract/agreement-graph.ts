/**
 * GET /api/graph?shape=agreements: the agreements themselves as nodes, with everyone party to each
 * (`party-to` edges carrying the role), the parents among those parties, and on request the events they
 * were agreed at and the domains they cover. graphology's serialized graph, directed as the graph stores
 * its relationships (institution → agreement → event or domain, child → parent).
 */
import { z } from 'zod';

import { institutionNodeAttributesSchema, networkAttributesSchema, networkQuerySchema } from './graph.js';
import { commaListSchema } from './parameters.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, CURRENCIES, PARTY_ROLES } from './vocabulary.js';

export const GRAPH_SHAPES = ['cooperation', 'agreements'] as const;
export const GRAPH_EXTRAS = ['events', 'domains'] as const;

/** GET /api/graph: the network's filters and limit, and the shape to answer in. */
export const graphQuerySchema = networkQuerySchema.extend({
  shape: z
    .enum(GRAPH_SHAPES)
    .default('cooperation')
    .meta({
      description:
        '`cooperation`: institutions linked by the agreements they share (derived edges); `agreements`: ' +
        'institutions and agreements as nodes, linked by `party-to` edges with the role',
    }),
  include: commaListSchema(
    GRAPH_EXTRAS,
    [],
    'With shape=agreements, further nodes, comma-separated: events (agreed at), domains (covered)',
  ),
});

const agreementNodeSchema = z.object({
  type: z.literal('agreement'),
  titleEn: z.string(),
  titleKo: z.string(),
  kind: z.enum(AGREEMENT_KINDS),
  status: z.enum(AGREEMENT_STATUSES).meta({ description: 'As of `asOf` when given, else now' }),
  date: z.string().nullable(),
  amountUsd: z.number().nullable(),
  amount: z.number().nullable().meta({ description: 'The amount as stated, in `currency`' }),
  currency: z.enum(CURRENCIES).nullable(),
  domains: z.array(z.string()),
});

export const agreementGraphNodeSchema = z.discriminatedUnion('type', [
  institutionNodeAttributesSchema.extend({ type: z.literal('institution') }),
  agreementNodeSchema,
  z.object({ type: z.literal('event'), nameEn: z.string(), nameKo: z.string().nullable(), date: z.string() }),
  z.object({ type: z.literal('domain'), nameEn: z.string(), nameKo: z.string() }),
]);

export const agreementGraphSchema = z
  .object({
    options: z.object({ type: z.literal('directed'), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    attributes: networkAttributesSchema.extend({ shape: z.literal('agreements') }),
    nodes: z.array(z.object({ key: z.string(), attributes: agreementGraphNodeSchema })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.object({
          relation: z.enum(['party-to', 'part-of', 'agreed-at', 'covers']),
          role: z.enum(PARTY_ROLES).nullable().meta({ description: "The party's role, for `party-to`" }),
        }),
      }),
    ),
  })
  .meta({
    id: 'AgreementGraph',
    description:
      "graphology's serialized graph of agreements as nodes. Node keys are typed (`institution:us-nist`, " +
      '`agreement:…`, `event:…`, `domain:…`) so that ids of different kinds cannot collide',
  });

export type AgreementGraph = z.infer<typeof agreementGraphSchema>;
export type AgreementGraphNode = z.infer<typeof agreementGraphNodeSchema>;
