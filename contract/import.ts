/**
 * POST /api/import: a data set (the seed format, `dataset.ts`) to review or to write, and the report of
 * what it would change, item by item, with every conflict with the graph. A conflict is written only
 * when the request accepts it by id; a write with a conflict it does not accept answers 409 with the
 * same report and writes nothing.
 */
import { z } from 'zod';

import { datasetSchema } from './dataset.js';
import { problemSchema } from './problem.js';
import { SOURCE_KINDS } from './vocabulary.js';

/** The data set's collections, in the order the report lists them (the importer's order of writing). */
export const IMPORT_COLLECTIONS = [
  'sources',
  'countries',
  'domains',
  'institutions',
  'people',
  'events',
  'agreements',
] as const;

export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'], 'must be true (report only) or false (write)')
    .transform((value) => value === 'true')
    .meta({ description: '`true`: report what the import would change and write nothing; `false`: write' }),
});

export const importRequestSchema = z
  .strictObject({
    dataset: datasetSchema.meta({ description: 'The data set, in the format of seed/README.md' }),
    acceptConflicts: z
      .array(z.string().max(300))
      .max(10_000)
      .default([])
      .meta({
        description:
          'Ids of the conflicts (from a dry run) the request accepts: their incoming values are written. ' +
          'An id names the values on both sides, so an edited draft or a changed graph needs a new review.',
      }),
  })
  .meta({ id: 'ImportRequest' });

/** A value as the report shows it: the data set's shape; a source's text by its size and digest. */
const reportValue = z.unknown().meta({
  description:
    "A field's value in the data set's shape (null when absent); a source's `text` is shown as " +
    '`{characters, sha256}`',
});

export const fieldChangeSchema = z.object({
  field: z.string().meta({ description: "The data set's field, such as `nameEn`, `parties` or `text`" }),
  old: reportValue,
  new: reportValue,
});

export const importItemSchema = z.object({
  collection: z.enum(IMPORT_COLLECTIONS),
  /** A country's code, every other record's id. */
  id: z.string(),
  change: z.enum(['created', 'updated', 'unchanged']),
  changes: z
    .array(fieldChangeSchema)
    .meta({ description: 'The fields an update changes, graph value → incoming value; empty otherwise' }),
  conflicts: z.array(z.string()).meta({ description: "Ids of this item's conflicts, in `conflicts`" }),
});

/** One quote behind an agreement, with the source it comes from. */
export const evidenceRefSchema = z.object({
  source: z.string(),
  title: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS).nullable(),
  published: z.string().nullable(),
  quoteKo: z.string(),
});

const conflictBase = {
  id: z.string().meta({
    description: 'Stable for the same values on both sides: what `acceptConflicts` names',
    example: 'agreements/kriss-nist-quantum-supercomputing-consultation@3f1c9a0b',
  }),
  itemId: z.string(),
  accepted: z.boolean().meta({ description: 'Whether this request accepts it' }),
};

export const institutionConflictSchema = z.object({
  ...conflictBase,
  collection: z.literal('institutions'),
  fields: z.array(
    z.object({
      field: z.enum(['nameEn', 'nameKo', 'acronym']),
      graph: z.string().nullable(),
      incoming: z.string().nullable(),
    }),
  ),
});

export const agreementConflictSchema = z.object({
  ...conflictBase,
  collection: z.literal('agreements'),
  fields: z.array(
    z.object({
      field: z.enum(['status', 'date']),
      graph: z.string().nullable(),
      incoming: z.string().nullable(),
    }),
  ),
  graphEvidence: z
    .array(evidenceRefSchema)
    .meta({ description: "What the graph's value rests on: the agreement's EVIDENCED_BY quotes" }),
  incomingEvidence: z
    .array(evidenceRefSchema)
    .meta({ description: "What the incoming value rests on: the data set's evidence" }),
});

export const importConflictSchema = z
  .discriminatedUnion('collection', [institutionConflictSchema, agreementConflictSchema])
  .meta({
    id: 'ImportConflict',
    description:
      'Where the data set says otherwise than the graph: the names of an institution, the status or ' +
      'date of an agreement. Never written unless accepted.',
  });

export const importCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.number().int(),
  accepted: z.number().int().meta({ description: 'Conflicts the request accepts' }),
});

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    written: z.boolean().meta({ description: 'Whether the data set was written (never on a dry run)' }),
    counts: importCountsSchema,
    items: z.array(importItemSchema),
    conflicts: z.array(importConflictSchema),
    unmatchedAcceptances: z
      .array(z.string())
      .meta({ description: 'Ids in `acceptConflicts` that name no conflict of this data set and graph' }),
  })
  .meta({ id: 'ImportReport' });

export const importProblemSchema = problemSchema
  .extend({
    report: importReportSchema
      .optional()
      .meta({ description: 'On 409: the report of the write that was refused, as a dry run gives it' }),
  })
  .meta({ id: 'ImportProblem', description: 'A problem of an import; a refused write carries its report' });

export type ImportCollection = (typeof IMPORT_COLLECTIONS)[number];
export type ImportQuery = z.output<typeof importQuerySchema>;
export type ImportRequest = z.output<typeof importRequestSchema>;
export type FieldChange = z.infer<typeof fieldChangeSchema>;
export type ImportItem = z.infer<typeof importItemSchema>;
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;
export type ImportConflict = z.infer<typeof importConflictSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportProblemBody = z.infer<typeof importProblemSchema>;
