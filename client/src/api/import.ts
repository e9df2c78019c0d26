/**
 * A reviewed data set sent to `POST /api/import`: a dry run reports what it would change, a write makes
 * the change. With IMPORT_TOKEN set on the server every call needs it as a bearer token; a refused write
 * (409) carries the report of its conflicts, which the caller gets as an `ImportRefusedError`.
 */
import type { Dataset } from '../../../contract/dataset.js';
import type { ImportReport } from '../../../contract/import.js';
import { MalformedResponseError, ProblemError } from './errors.js';
import { postJson } from './http.js';
import { isRecord } from './json.js';

export interface ImportCall {
  dataset: Dataset;
  acceptConflicts: string[];
  dryRun: boolean;
  /** The import token, when the server asks for one. */
  token: string;
}

/** A write refused for conflicts it did not accept; `report` says which (nothing was written). */
export class ImportRefusedError extends ProblemError {
  override name = 'ImportRefusedError';

  constructor(
    error: ProblemError,
    readonly report: ImportReport,
  ) {
    super(error.status, error.problem, error.retryAfter);
  }
}

export async function importDataset(call: ImportCall, signal?: AbortSignal): Promise<ImportReport> {
  const token = call.token.trim();
  let body: unknown;
  try {
    body = await postJson(
      `/api/import?dryRun=${String(call.dryRun)}`,
      { dataset: call.dataset, acceptConflicts: call.acceptConflicts },
      signal,
      token === '' ? {} : { Authorization: `Bearer ${token}` },
    );
  } catch (error) {
    const report = error instanceof ProblemError ? error.problem?.extensions.report : undefined;
    if (error instanceof ProblemError && error.status === 409 && isReport(report)) {
      throw new ImportRefusedError(error, report);
    }
    throw error;
  }
  if (!isReport(body)) throw new MalformedResponseError('POST /api/import did not return a report');
  return body;
}

function isReport(body: unknown): body is ImportReport {
  return (
    isRecord(body) &&
    typeof body.dryRun === 'boolean' &&
    Array.isArray(body.items) &&
    Array.isArray(body.conflicts) &&
    isRecord(body.counts)
  );
}
