/** One source with its stored text, for reading a quote where it stands. */
import type { SourceDocument } from '../../contract/source.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';

export async function getSource(db: Database, id: string): Promise<SourceDocument> {
  const [row] = await db.read('api/source', { id });
  if (!row) throw HttpProblem.notFound(`There is no source with id "${id}".`);
  return row.source as unknown as SourceDocument;
}
