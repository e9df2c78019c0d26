/** Requests and answers of the exploration endpoints (search, agreements, paths), as zod schemas and inferred types. */
import { z } from 'zod';

import { agreementSummarySchema, institutionRefSchema } from './graph.js';
import { commaListSchema, idSchema, limitSchema, networkFiltersSchema } from './parameters.js';
import { problemSchema } from './problem.js';
import { AGREEMENT_KINDS, DEFAULT_PATH_LINKS, INSTITUTION_KINDS, PATH_LINKS } from './vocabulary.js';

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
  type: z.enum(['institution', 'agreement', 'reference']).meta({
    description:
      '`reference`: an institution the reference gazetteer knows that is not in the network yet (no source links it to an agreement)',
  }),
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

export const SEARCH_TYPES = ['institution', 'agreement', 'reference'] as const;

export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .meta({ description: 'Words to find, in Korean or English', example: '표준' }),
  type: z.enum(SEARCH_TYPES).optional().meta({
    description: 'Only institutions, agreements or gazetteer entries not in the network (all when absent)',
  }),
  limit: limitSchema(10, 50),
});

/** The columns an agreement list sorts by: the explorer's table offers each. */
export const AGREEMENT_SORTS = [
  'date',
  'amount',
  'currency',
  'title',
  'parties',
  'kind',
  'status',
  'domains',
  'quote',
] as const;

export const agreementListQuerySchema = networkFiltersSchema.extend({
  party: idSchema('institution')
    .optional()
    .meta({ description: 'Only agreements this institution is party to' }),
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .optional()
    .meta({
      description:
        "Only agreements whose title, parties' names or acronyms, domains, kind, status or quotes contain " +
        'these words, in Korean or English, case aside',
      example: 'quantum',
    }),
  sort: z
    .enum(AGREEMENT_SORTS)
    .default('date')
    .meta({
      description:
        'The column to sort by: `amount` is the amount as the source states it, in its own currency (sort by ' +
        "`currency` to compare like with like); titles, parties (each agreement's names in alphabetical order), " +
        'kinds, statuses, domains and quotes sort by what `lang` shows. Agreements without a value (undated, ' +
        'no amount) come last either way; ties go by id',
    }),
  order: z
    .enum(['asc', 'desc'])
    .default('desc')
    .meta({ description: 'Ascending or descending (by default the newest first)' }),
  lang: z
    .enum(['en', 'ko'])
    .default('en')
    .meta({ description: 'The language whose names and labels sort the text columns' }),
  limit: limitSchema(50, 200),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(0)
    .meta({ description: 'Skip this many agreements' }),
});

export const agreementPathSchema = z.object({ id: idSchema('agreement') });

/** One shortest path, all shortest paths, or the k shortest. */
export const PATH_MODES = ['shortest', 'all-shortest', 'k'] as const;

const institutionTerm = (end: string) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200)
    .meta({
      description: `The ${end} institution: an id, an acronym or a name`,
      example: end === 'first' ? 'KEIT' : 'NIST',
    });

export const pathQuerySchema = z.object({
  from: institutionTerm('first'),
  to: institutionTerm('second'),
  mode: z
    .enum(PATH_MODES)
    .default('shortest')
    .meta({ description: 'One shortest path, all shortest paths, or the k shortest' }),
  k: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ description: 'How many paths for mode=k (1–10)' }),
  maxHops: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .default(8)
    .meta({ description: 'Longest path, in relationships (1–12)' }),
  via: commaListSchema(
    PATH_LINKS,
    DEFAULT_PATH_LINKS,
    `Kinds of link allowed, comma-separated: ${PATH_LINKS.join(', ')}. By default agreements and parent ` +
      'organisations only, the links that state cooperation; `event` (agreed at the same event) and `person` ' +
      '(a person holds posts or chairs) join only when asked for',
  ),
  domain: networkFiltersSchema.shape.domain,
  asOf: networkFiltersSchema.shape.asOf,
  limit: limitSchema(10, 50),
});

/**
 * A path end that names no institution, or several: which end, and the institutions an ambiguous term
 * names, so a client can ask the user which one was meant.
 */
export const pathProblemSchema = problemSchema
  .extend({
    end: z
      .enum(['from', 'to'])
      .optional()
      .meta({ description: 'The end whose term names no single institution' }),
    candidates: z
      .array(institutionRefSchema)
      .optional()
      .meta({ description: 'On 400: the institutions the ambiguous term names exactly' }),
  })
  .meta({
    id: 'PathProblem',
    description: 'A problem of a path query; an ambiguous end lists its candidates',
  });

export type PathProblemBody = z.infer<typeof pathProblemSchema>;
export type SearchType = (typeof SEARCH_TYPES)[number];
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];
export type PathMode = (typeof PATH_MODES)[number];
export type PathQuery = z.output<typeof pathQuerySchema>;
export type AgreementListQuery = z.output<typeof agreementListQuerySchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;
export type AgreementList = z.infer<typeof agreementListSchema>;
export type PathNode = z.infer<typeof pathNodeSchema>;
export type PathHop = z.infer<typeof pathHopSchema>;
export type PathsAnswer = z.infer<typeof pathsAnswerSchema>;
