/**
 * GET /api/sources/:id: one source's record and the full text stored on it, so that a reader can check a
 * quote in the sentences around it and cite the source.
 */
import { z } from 'zod';

import { idSchema } from './parameters.js';
import { SOURCE_KINDS } from './vocabulary.js';

export const sourcePathSchema = z.object({ id: idSchema('source') });

export const sourceDocumentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS).meta({
      description: '`article`: a source agreements are read from; `background`: one that establishes a fact',
    }),
    title: z.string().meta({ description: 'As the source gives it, in its own language' }),
    publisher: z.string().nullable(),
    published: z.string().nullable().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
    url: z.string().nullable(),
    language: z.string().meta({ description: 'ISO 639-1', example: 'ko' }),
    text: z
      .string()
      .nullable()
      .meta({
        description:
          'The full text as stored: every quote citing the source occurs in it verbatim. Null when the data ' +
          'set gave none (most background sources are cited by title and URL only)',
      }),
  })
  .meta({ id: 'Source' });

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
