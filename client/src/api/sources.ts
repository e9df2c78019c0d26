/** A source with its stored full text, to read a quote where it stands. */
import type { SourceDocument } from '../../../contract/source.js';
import { MalformedResponseError } from './errors.js';
import { getJson } from './http.js';
import { isRecord } from './json.js';

export async function fetchSource(id: string, signal?: AbortSignal): Promise<SourceDocument> {
  const body = await getJson(`/api/sources/${encodeURIComponent(id)}`, signal);
  if (!isRecord(body) || typeof body.id !== 'string' || typeof body.title !== 'string') {
    throw new MalformedResponseError(`GET /api/sources/${id} did not return a source`);
  }
  return body as unknown as SourceDocument;
}
