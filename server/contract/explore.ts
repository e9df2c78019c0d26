/** Answers of the exploration endpoints (search, agreements, paths), as zod schemas and inferred types. */
import { z } from 'zod';

import { agreementSummarySchema, institutionRefSchema } from './graph.js';
import { AGREEMENT_KINDS, INSTITUTION_KINDS } from './vocabulary.js';

export const SEARCH_FIELDS = [
  'acronym',
  'nameEn',
  'nameKo',
  'aliases',
  'titleEn',
  'titleKo',
  'summary',
] as const;

export const searchResultSchema = z.object({
  type: z.enum(['institution', 'agreement']),
  id: z.string(),
  nameEn: z.string(),
  nameKo: z.string(),
  acronym: z.string().nullable(),
  kind: z.union([z.enum(INSTITUTION_KINDS), z.enum(AGREEMENT_KINDS)]),
  country: z.string().nullable(),
  score: z.number(),
  /** Which field the query matched best, and its text. */
  matchedField: z.enum(SEARCH_FIELDS),
  matchedText: z.string(),
});

export const searchAnswerSchema = z
  .object({ query: z.string(), results: z.array(searchResultSchema), truncated: z.boolean() })
  .meta({ id: 'SearchAnswer' });

export const agreementListSchema = z
  .object({
    agreements: z.array(agreementSummarySchema),
    total: z.number().int(),
    offset: z.number().int(),
    truncated: z.boolean(),
  })
  .meta({ id: 'AgreementList' });

export const PATH_LINKS = ['agreement', 'parent', 'event', 'person'] as const;

export const pathNodeSchema = z.object({
  id: z.string(),
  type: z.enum(['institution', 'agreement', 'event', 'person']),
  nameEn: z.string(),
  nameKo: z.string().nullable(),
});

export const pathHopSchema = z.object({
  from: z.string(),
  to: z.string(),
  relation: z.enum(['PARTY_TO', 'PART_OF', 'AGREED_AT', 'HOLDS', 'CHAIRS']),
  /** The hop in words, in English. */
  text: z.string(),
  agreement: z
    .object({
      id: z.string(),
      titleEn: z.string(),
      kind: z.enum(AGREEMENT_KINDS),
      domains: z.array(z.string()),
      role: z.string().nullable(),
      quoteKo: z.string().nullable(),
      quoteEn: z.string().nullable(),
    })
    .optional(),
  event: z.object({ id: z.string(), name: z.string(), date: z.string().nullable() }).optional(),
  parent: z.object({ sourceId: z.string().nullable(), quoteKo: z.string().nullable() }).optional(),
  post: z.object({ titleEn: z.string().nullable(), titleKo: z.string().nullable() }).optional(),
});

export const pathSchema = z.object({
  length: z.number().int(),
  nodes: z.array(pathNodeSchema),
  hops: z.array(pathHopSchema),
});

export const pathsAnswerSchema = z
  .object({
    from: institutionRefSchema,
    to: institutionRefSchema,
    mode: z.enum(['shortest', 'all-shortest', 'k']),
    paths: z.array(pathSchema),
    /** Why there is no path, when there is none. */
    reason: z.string().optional(),
    truncated: z.boolean(),
  })
  .meta({ id: 'Paths' });

export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
export type AgreementList = z.infer<typeof agreementListSchema>;
export type PathNode = z.infer<typeof pathNodeSchema>;
export type PathHop = z.infer<typeof pathHopSchema>;
export type PathsAnswer = z.infer<typeof pathsAnswerSchema>;
