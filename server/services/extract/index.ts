/**
 * POST /api/extract: an article to a reviewed-to-be draft. Reads the catalogue (the graph and the
 * gazetteer) and never writes.
 */
import {
  EXTRACT_MAX_CHARACTERS,
  type ExtractRequest,
  type ExtractResponse,
} from '../../../contract/extract.js';
import type { Catalogue } from '../../extract/catalogue.js';
import { extractDraft } from '../../extract/index.js';
import { HttpProblem } from '../../http/problem.js';

export { CatalogueCache } from './catalogue.js';

/** `catalogue` is asked for only once the text is known to be within its limit. */
export async function extract(
  request: ExtractRequest,
  catalogue: () => Catalogue | Promise<Catalogue>,
): Promise<ExtractResponse> {
  if (request.text.length > EXTRACT_MAX_CHARACTERS) {
    throw new HttpProblem(
      413,
      'Text too long',
      `text has ${request.text.length.toLocaleString('en')} characters; at most ` +
        `${EXTRACT_MAX_CHARACTERS.toLocaleString('en')} are read at once: split the article or send its body only`,
    );
  }
  const known = await catalogue();
  const started = performance.now();
  const answer = extractDraft(request, known);
  return { ...answer, elapsedMs: Math.round((performance.now() - started) * 10) / 10 };
}
