/**
 * POST /api/import: a data set checked as `npm run seed` checks a file (every error with its path, 400,
 * nothing written), then either reported (a dry run, in a read transaction) or written: in one
 * transaction that first reports the graph as it finds it and writes nothing when a conflict is not
 * accepted (409 with the report), then, still holding the graph's write lease, the graph's upkeep
 * (heals, lays the network out again), so the network page and every cache keyed on the graph's version
 * are right once the answer is sent.
 */
import type { Logger } from 'pino';

import type { Dataset } from '../../../contract/dataset.js';
import type {
  ImportProblemBody,
  ImportQuery,
  ImportReport,
  ImportRequest,
} from '../../../contract/import.js';
import type { Database } from '../../db/database.js';
import { describeHolder, LeaseHeldError, withWriteLease } from '../../db/write-lease.js';
import { HttpProblem } from '../../http/problem.js';
import { checkAgainstGraph, importDataset } from '../../import/importer.js';
import {
  checkDataset,
  DatasetError,
  type CheckedDataset,
  type DatasetIssue,
} from '../../import/validate-dataset.js';
import { tendGraph } from '../../maintenance/upkeep.js';
import { reportImport, type ReportBody } from './report.js';

export { authorizeImport, describeImportAccess, importAccess, IMPORTS_CLOSED } from './access.js';
export type { ImportAccess } from './access.js';

/** The route's body limit: an article's draft with its full text, far above the app's 100 kB. */
export const IMPORT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Seconds after which a write refused because the graph is being written may be sent again. */
const BUSY_RETRY_SECONDS = 5;

/** A write refused for its conflicts: the report it would have written, and nothing written. */
class ConflictsNotAccepted extends HttpProblem {
  override name = 'ConflictsNotAccepted';

  constructor(readonly report: ImportReport) {
    const open = report.conflicts.filter((conflict) => !conflict.accepted);
    super(
      409,
      'Conflicts not accepted',
      `The data set conflicts with the graph in ${open.length} place${open.length === 1 ? '' : 's'} the ` +
        `request does not accept (${open.map((conflict) => conflict.id).join(', ')}); nothing was written. ` +
        'Review them and send their ids in `acceptConflicts` to write them.',
    );
  }

  override body(): ImportProblemBody {
    return { ...super.body(), report: this.report };
  }
}

export async function runImport(
  db: Database,
  query: ImportQuery,
  request: ImportRequest,
  logger: Logger,
): Promise<ImportReport> {
  const checked = checkRequest(request.dataset);
  try {
    return query.dryRun
      ? await dryRun(db, checked, request.acceptConflicts)
      : await write(db, checked, request.acceptConflicts, logger);
  } catch (error) {
    if (error instanceof DatasetError) throw invalidDataset(error.issues);
    if (error instanceof LeaseHeldError) {
      logger.info(`Import refused for now: ${describeHolder(error.holder)} is writing the graph.`);
      throw new HttpProblem(
        503,
        'Graph busy',
        'The graph is being written (an import, or its layout); nothing was written. Try again shortly.',
        undefined,
        BUSY_RETRY_SECONDS,
      );
    }
    throw error;
  }
}

function dryRun(db: Database, checked: CheckedDataset, accept: string[]): Promise<ImportReport> {
  return db.readTransaction(async (read) => {
    await checkAgainstGraph(checked, read);
    return { dryRun: true, written: false, ...(await reportImport(read, checked.dataset, accept)) };
  });
}

function write(
  db: Database,
  checked: CheckedDataset,
  accept: string[],
  logger: Logger,
): Promise<ImportReport> {
  return withWriteLease(
    db,
    'import',
    async () => {
      // The report of the transaction's last attempt, which is the one that committed.
      const seen: { report?: ReportBody } = {};
      await importDataset(db, checked, {
        logger,
        inspect: async (read) => {
          const report = await reportImport(read, checked.dataset, accept);
          if (report.conflicts.some((conflict) => !conflict.accepted)) {
            throw new ConflictsNotAccepted({ dryRun: false, written: false, ...report });
          }
          seen.report = report;
        },
      });
      await tendGraph(db, { logger });
      return { dryRun: false, written: true, ...seen.report! };
    },
    { logger },
  );
}

/**
 * `npm run seed`'s checks of a file, and one of a request: a `localCopy` names a file beside a data set
 * file, which a request does not have, so its source must carry its text.
 */
function checkRequest(dataset: Dataset): CheckedDataset {
  const issues: DatasetIssue[] = dataset.sources.flatMap((source, i) =>
    source.localCopy !== undefined && source.text === undefined
      ? [
          {
            path: `sources[${i}].localCopy`,
            message:
              "names a file beside a data set file, which a request has not: send the source's text as `text`",
          },
        ]
      : [],
  );
  try {
    const checked = checkDataset(dataset);
    if (issues.length > 0) throw invalidDataset(issues);
    return checked;
  } catch (error) {
    if (error instanceof DatasetError) throw invalidDataset([...error.issues, ...issues]);
    throw error;
  }
}

/** Every error with its place in the request's body. */
function invalidDataset(issues: DatasetIssue[]): HttpProblem {
  const errors = issues.map((issue) => ({
    parameter: issue.path ? `dataset.${issue.path}` : 'dataset',
    message: issue.message,
  }));
  return new HttpProblem(
    400,
    'Invalid data set',
    `The data set has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written. ` +
      errors.map((error) => `${error.parameter}: ${error.message}`).join('; '),
    errors,
  );
}
