/** POST /api/extract: an article in, a draft of what it states out, every proposal with its evidence. */
import {
  EXTRACT_MAX_CHARACTERS,
  extractRequestSchema,
  extractResponseSchema,
} from '../../contract/extract.js';
import type { Database } from '../db/database.js';
import { defineRoute, describeBytes } from '../http/route.js';
import { CatalogueCache, extract } from '../services/extract/index.js';

/** The longest text in UTF-8 with JSON's escapes, and the other fields. */
const EXTRACT_BODY_LIMIT_BYTES = 1024 * 1024;

export const extractRoutes = (db: Database) => {
  const catalogues = new CatalogueCache(db);
  return [
    defineRoute({
      method: 'post',
      path: '/extract',
      tag: 'Import',
      summary:
        'Proposes a draft data set from an article (Korean or English), each proposal with its evidence',
      description:
        'Reads the text against the institutions of the graph and of the reference gazetteer and proposes ' +
        'the institutions it names (matched, or new by the shape of their name) and the agreements it states ' +
        '(parties, kind, status, domains, date, amount as stated), each with the sentence that states it, ' +
        'verbatim with its offsets, a confidence and the reasons. The draft is a data set in the seed format ' +
        'for `POST /api/import` once reviewed. Writes nothing. The text may have up to ' +
        `${EXTRACT_MAX_CHARACTERS.toLocaleString('en')} characters and the body up to ` +
        `${describeBytes(EXTRACT_BODY_LIMIT_BYTES)}.`,
      body: extractRequestSchema,
      response: extractResponseSchema,
      bodyLimitBytes: EXTRACT_BODY_LIMIT_BYTES,
      problems: {
        413: `The body is over ${describeBytes(EXTRACT_BODY_LIMIT_BYTES)}, or the text over ${EXTRACT_MAX_CHARACTERS.toLocaleString('en')} characters`,
        503: 'Neo4j does not answer; ask again after Retry-After seconds',
      },
      handle: ({ body }) => extract(body, () => catalogues.get()),
    }),
  ];
};
