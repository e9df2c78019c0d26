/**
 * POST /api/extract: an article in, a draft out. The draft is a data set in the seed format
 * (`dataset.ts`) that `POST /api/import` takes once a reviewer has checked it; `review` says, for every
 * institution and agreement the draft proposes, where in the text it stands, how sure the extractor is
 * and why. Extraction reads the graph and the reference gazetteer and never writes.
 */
import { z } from 'zod';

import { agreementSchema, datasetSchema, evidenceSchema } from './dataset.js';

/** The longest text one request may carry (characters); longer texts answer 413. */
export const EXTRACT_MAX_CHARACTERS = 100_000;

export const EXTRACT_LANGUAGES = ['ko', 'en'] as const;

const fullDate = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD');

export const extractRequestSchema = z
  .strictObject({
    text: z
      .string()
      .refine((value) => value.trim().length > 0, 'must not be empty')
      .meta({
        description: `The article's full text, at most ${EXTRACT_MAX_CHARACTERS.toLocaleString('en')} characters (longer: 413)`,
      }),
    title: z.string().trim().min(1, 'must not be empty').max(500).optional(),
    published: fullDate.optional().meta({
      description: 'The day the article appeared: relative dates ("내년", "next year") count from it',
    }),
    language: z
      .enum(EXTRACT_LANGUAGES)
      .optional()
      .meta({ description: "The article's language; detected from its script when absent" }),
  })
  .meta({ id: 'ExtractRequest' });

export type ExtractRequest = z.output<typeof extractRequestSchema>;

/** A stretch of the submitted text: `text === input.slice(start, end)`, offsets in UTF-16 code units. */
export const spanSchema = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
});

export const proposalEvidenceSchema = z
  .object({
    sentence: spanSchema.meta({
      description: 'The sentence that states the proposal, verbatim from the input',
    }),
    mentions: z.array(spanSchema).meta({
      description: 'Where in the input the proposal is named (an institution) or its cue words stand',
    }),
    quoteEn: z.string().meta({
      description:
        'An English rendering of the sentence: the sentence itself for English text, empty for the reviewer otherwise',
    }),
  })
  .meta({ id: 'ProposalEvidence' });

/** How an institution of the draft was found. */
export const INSTITUTION_MATCHES = ['graph', 'reference', 'new'] as const;

export const institutionCandidateSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameKo: z.string(),
  acronym: z.string().nullable(),
  in: z.enum(['graph', 'reference']).meta({
    description:
      '`graph`: an institution of the network; `reference`: known to the gazetteer, not yet in the network',
  }),
});

const confidence = z.number().min(0).max(1);

export const institutionProposalSchema = z
  .object({
    type: z.literal('institution'),
    /** The institution's id in the draft: an agreement's party refers to it. */
    id: z.string(),
    match: z.enum(INSTITUTION_MATCHES).meta({
      description:
        '`graph`: the graph holds it (the draft only refers to it); `reference`: the gazetteer knows it and the draft ' +
        'carries its record; `new`: proposed from the shape of its name, its record in the draft is a guess to check',
    }),
    name: z.string().meta({ description: 'The name as the text writes it (first mention)' }),
    candidates: z.array(institutionCandidateSchema).meta({
      description: 'Known institutions it may be, best first (the chosen one included); empty for a new one',
    }),
    confidence,
    reasons: z
      .array(z.string())
      .min(1)
      .meta({ description: 'Why, in words: "acronym matched in parentheses"' }),
    evidence: z.array(proposalEvidenceSchema).min(1),
  })
  .meta({ id: 'InstitutionProposal' });

export const agreementProposalSchema = z
  .object({
    type: z.literal('agreement'),
    /** The agreement's id in the draft. */
    id: z.string(),
    confidence,
    reasons: z.array(z.string()).min(1),
    evidence: z.array(proposalEvidenceSchema).min(1),
  })
  .meta({ id: 'AgreementProposal' });

export const reviewItemSchema = z.discriminatedUnion('type', [
  institutionProposalSchema,
  agreementProposalSchema,
]);

/**
 * The draft: a data set whose Korean quotes may still lack their translation (`quoteEn: ''`), which the
 * reviewer writes; `POST /api/import` takes it once every quote has one.
 */
export const draftSchema = datasetSchema.extend({
  agreements: z
    .array(
      agreementSchema.extend({
        evidence: z.array(evidenceSchema.extend({ quoteEn: z.string() })).min(1),
      }),
    )
    .default([]),
});

export type Draft = z.output<typeof draftSchema>;

export const extractResponseSchema = z
  .object({
    language: z.enum(EXTRACT_LANGUAGES),
    languageDetected: z
      .boolean()
      .meta({ description: 'true when the request gave no language and it was detected' }),
    draft: draftSchema.meta({
      description:
        'A data set in the seed format: the article as its source (with its full text), the institutions it names ' +
        'that the graph lacks, and the agreements it states. Korean quotes carry an empty `quoteEn` for the reviewer ' +
        'to fill; `POST /api/import` refuses the draft until they are filled.',
    }),
    review: z.array(reviewItemSchema),
    characters: z.int().nonnegative(),
    elapsedMs: z.number().nonnegative(),
  })
  .meta({ id: 'ExtractResponse' });

export type ExtractResponse = z.output<typeof extractResponseSchema>;
export type ReviewItem = z.output<typeof reviewItemSchema>;
export type InstitutionProposal = z.output<typeof institutionProposalSchema>;
export type AgreementProposal = z.output<typeof agreementProposalSchema>;
