/** The article under review, sent to `POST /api/extract` for a draft data set and its proposals. */
import type { ExtractRequest, ExtractResponse } from '../../../contract/extract.js';
import { MalformedResponseError } from './errors.js';
import { postJson } from './http.js';
import { isRecord } from './json.js';

export async function extractDraft(request: ExtractRequest, signal?: AbortSignal): Promise<ExtractResponse> {
  const body = await postJson('/api/extract', request, signal);
  if (
    !isRecord(body) ||
    !isRecord(body.draft) ||
    !Array.isArray(body.review) ||
    !Array.isArray(body.draft.agreements) ||
    typeof body.language !== 'string'
  ) {
    throw new MalformedResponseError('POST /api/extract did not return a draft');
  }
  return body as unknown as ExtractResponse;
}
