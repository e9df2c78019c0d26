/**
 * The data set format: what `seed/*.yaml`, every file `npm run seed` imports and the body of
 * `POST /api/import` must look like. `seed/README.md` documents it for people; this zod schema is the
 * one definition they all rely on. Cross-references (an agreement naming an institution, a quote naming
 * a source) are checked in `server/import/validate-dataset.ts`, after the shape is known to be right.
 */
import { z } from 'zod';

import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CURRENCIES,
  INSTITUTION_KINDS,
  PARTY_ROLES,
  SOURCE_KINDS,
} from './vocabulary.js';
import { partialDate } from './dates.js';

/** Lower-case words joined by hyphens: ids end up in URLs and Cypher parameters. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens');

const text = z.string().trim().min(1, 'must not be empty');

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KR');

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(SOURCE_KINDS),
  title: text,
  publisher: text.optional(),
  published: partialDate.optional(),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as ko'),
  /**
   * The source's full text (an article), stored on its node. Every quote that cites the source must
   * occur in it verbatim.
   */
  text: text.optional(),
  /**
   * Where a copy of the text lies, relative to the data set file: `npm run seed` reads it as `text`. A
   * request has no file beside it, so over HTTP a source with `localCopy` must carry its `text` too.
   */
  localCopy: z.string().optional(),
});

export const countrySchema = z.strictObject({ code: countryCode, nameEn: text, nameKo: text });

export const domainSchema = z.strictObject({ id, nameEn: text, nameKo: text });

/** A fact that is not in the article itself, with the source that states it. */
const provenance = z.strictObject({ source: id, quoteKo: text.optional(), note: text.optional() });

export const institutionSchema = z.strictObject({
  id,
  nameEn: text,
  nameKo: text,
  acronym: text.optional(),
  aliases: z.array(text).default([]),
  kind: z.enum(INSTITUTION_KINDS),
  /** Absent for actors that span countries. */
  country: countryCode.optional(),
  partOf: z.strictObject({ institution: id, evidence: provenance }).optional(),
  /** The background source that establishes the record itself (its names, kind and country). */
  source: id.optional(),
});

export const personSchema = z.strictObject({
  id,
  nameEn: text,
  nameKo: text,
  holds: z.array(z.strictObject({ institution: id, titleEn: text, titleKo: text })).default([]),
  chairs: z.array(id).default([]),
});

export const eventSchema = z.strictObject({
  id,
  nameEn: text,
  nameKo: text,
  date: partialDate,
  place: text.optional(),
  evidence: provenance,
});

export const evidenceSchema = z.strictObject({ source: id, quoteKo: text, quoteEn: text });

/** One statement of an agreement's status: what a source says it was, from when, in its own words. */
export const statusEntrySchema = z.strictObject({
  status: z.enum(AGREEMENT_STATUSES),
  /** From when the status holds: the day it was signed or agreed, or the day it was announced. */
  date: partialDate,
  source: id,
  quoteKo: text,
  quoteEn: text,
});

export const agreementSchema = z.strictObject({
  id,
  titleEn: text,
  titleKo: text,
  kind: z.enum(AGREEMENT_KINDS),
  status: z.enum(AGREEMENT_STATUSES),
  date: partialDate.optional(),
  amountUsd: z.number().positive().optional(),
  /** The amount as the source states it, in its own currency: `1000만 달러` is 10,000,000 USD. */
  amount: z
    .strictObject({
      value: z.number().positive(),
      currency: z.enum(CURRENCIES),
      per: z.enum(['year']).optional(),
      stated: text,
    })
    .optional(),
  summaryEn: text,
  summaryKo: text,
  domains: z.array(id).min(1, 'an agreement covers at least one domain'),
  parties: z
    .array(z.strictObject({ institution: id, role: z.enum(PARTY_ROLES) }))
    .min(1, 'an agreement has at least one party'),
  agreedAt: id.optional(),
  evidence: z.array(evidenceSchema).min(1, 'every agreement needs at least one quote from a source'),
  /**
   * The statuses its sources state, each with its date and quote; `status` is the latest. Without it,
   * `status` is one entry stated by the newest source of `evidence`.
   */
  statusHistory: z.array(statusEntrySchema).min(1).optional(),
});

export const datasetSchema = z.strictObject({
  sources: z.array(sourceSchema).default([]),
  countries: z.array(countrySchema).default([]),
  domains: z.array(domainSchema).default([]),
  institutions: z.array(institutionSchema).default([]),
  people: z.array(personSchema).default([]),
  events: z.array(eventSchema).default([]),
  agreements: z.array(agreementSchema).default([]),
});

export type Dataset = z.output<typeof datasetSchema>;
export type Institution = Dataset['institutions'][number];
export type Agreement = Dataset['agreements'][number];
export type Source = Dataset['sources'][number];
export type Country = Dataset['countries'][number];
