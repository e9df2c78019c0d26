/**
 * What the API takes and answers about the network and its institutions, as zod schemas: the server
 * validates and documents with them (OpenAPI) and the client imports the inferred types. The network travels as
 * graphology's serialized graph, the format `Graph.import` reads.
 */
import { z } from 'zod';

import { idSchema, limitSchema, networkFiltersSchema } from './parameters.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CURRENCIES,
  INSTITUTION_KINDS,
  PARTY_ROLES,
} from './vocabulary.js';

const nullableText = z.string().nullable();

export const institutionNodeAttributesSchema = z.object({
  nameEn: z.string(),
  nameKo: z.string(),
  acronym: nullableText,
  kind: z.enum(INSTITUTION_KINDS),
  /** ISO 3166-1 alpha-2, or null for actors that span countries. */
  country: nullableText,
});

/**
 * An edge of the drawn network: `cooperation` is a `COOPERATES_WITH` edge (the agreements two
 * institutions are both party to); `part-of` links an institution to its parent organisation, so a
 * ministry whose agencies sign the agreements still shows where it belongs.
 */
export const cooperationEdgeAttributesSchema = z.object({
  relation: z.enum(['cooperation', 'part-of']),
  /** Empty for `part-of`. */
  agreementIds: z.array(z.string()),
  domains: z.array(z.string()),
  /** Number of shared agreements (1 for `part-of`). */
  weight: z.number(),
});

const namedEntry = z.object({ nameEn: z.string(), nameKo: z.string() });

export const networkAttributesSchema = z.object({
  countries: z.array(namedEntry.extend({ code: z.string() })),
  domains: z.array(namedEntry.extend({ id: z.string() })),
  /** True when a limit cut the answer short. */
  truncated: z.boolean().optional(),
});

export const networkGraphSchema = z
  .object({
    options: z.object({ type: z.literal('undirected'), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    attributes: networkAttributesSchema,
    nodes: z.array(z.object({ key: z.string(), attributes: institutionNodeAttributesSchema })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: cooperationEdgeAttributesSchema,
      }),
    ),
  })
  .meta({ id: 'NetworkGraph', description: "graphology's serialized graph (what Graph.import reads)" });

export const institutionRefSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameKo: z.string(),
  acronym: nullableText,
});

/** A source as a quote cites it; `GET /api/sources/{id}` answers the rest. */
export const sourceRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: nullableText,
  published: nullableText,
  url: nullableText,
  /** ISO 639-1: the language of the title and the text. */
  language: z.string(),
  hasText: z.boolean().meta({ description: "Whether the source's full text is stored, to read a quote in" }),
});

export const evidenceQuoteSchema = z.object({
  quoteKo: z.string(),
  quoteEn: z.string(),
  source: sourceRefSchema,
});

/**
 * What establishes that an institution is part of its parent: a source (the article, or a background
 * source), with the words it says it in and a note of what it establishes, where the data set gives them.
 */
export const partOfEvidenceSchema = z.object({
  source: sourceRefSchema.nullable(),
  quoteKo: nullableText,
  note: nullableText,
});

export const agreementSummarySchema = z
  .object({
    id: z.string(),
    titleEn: z.string(),
    titleKo: z.string(),
    kind: z.enum(AGREEMENT_KINDS),
    status: z.enum(AGREEMENT_STATUSES),
    /** YYYY, YYYY-MM or YYYY-MM-DD. */
    date: nullableText,
    amountUsd: z.number().nullable(),
    /** The amount in the currency the source states it in, with its words. */
    amount: z
      .object({
        value: z.number(),
        currency: z.enum(CURRENCIES),
        per: z.enum(['year']).nullable(),
        stated: z.string(),
      })
      .nullable(),
    summaryEn: z.string(),
    summaryKo: z.string(),
    domains: z.array(z.string()),
    parties: z.array(institutionRefSchema.extend({ role: z.enum(PARTY_ROLES) })),
    evidence: z.array(evidenceQuoteSchema),
    /** What each source says the status was, from when, in date order; `status` is the last entry's. */
    statusHistory: z.array(
      z.object({
        status: z.enum(AGREEMENT_STATUSES),
        date: nullableText,
        sourceId: z.string(),
        quoteKo: z.string(),
        quoteEn: z.string(),
      }),
    ),
    /** The event the agreement was decided at, if any. */
    agreedAt: z
      .object({
        id: z.string(),
        name: z.string(),
        nameKo: z.string().nullable(),
        date: z.string(),
        place: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Agreement' });

export const institutionDetailSchema = institutionNodeAttributesSchema
  .extend({
    id: z.string(),
    aliases: z.array(z.string()),
    parent: institutionRefSchema.extend({ evidence: partOfEvidenceSchema }).nullable(),
    children: z.array(institutionRefSchema),
    /** In date order; the first `agreementsLimit` when there are more. */
    agreements: z.array(agreementSummarySchema.extend({ role: z.enum(PARTY_ROLES) })),
    /** Every agreement the institution is party to, listed or not. */
    agreementCount: z.number().int(),
  })
  .meta({ id: 'Institution' });

/** GET /api/graph (and the downloads of /api/export). */
export const networkQuerySchema = networkFiltersSchema.extend({ limit: limitSchema(5_000, 50_000) });

export const institutionPathSchema = z.object({ id: idSchema('institution') });

export const institutionQuerySchema = z.object({ agreementsLimit: limitSchema(200, 2_000) });

export const neighbourhoodQuerySchema = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1).meta({ description: 'Links to follow (1–3)' }),
  domain: networkFiltersSchema.shape.domain,
  limit: limitSchema(200, 2_000),
});

export type NeighbourhoodQuery = z.output<typeof neighbourhoodQuerySchema>;
export type InstitutionNodeAttributes = z.infer<typeof institutionNodeAttributesSchema>;
export type CooperationEdgeAttributes = z.infer<typeof cooperationEdgeAttributesSchema>;
export type NetworkAttributes = z.infer<typeof networkAttributesSchema>;
export type NetworkGraph = z.infer<typeof networkGraphSchema>;
export type InstitutionRef = z.infer<typeof institutionRefSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;
/** `GET /api/institutions/:id` */
export type InstitutionDetail = z.infer<typeof institutionDetailSchema>;
