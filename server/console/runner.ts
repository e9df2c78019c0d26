/**
 * Runs one console query through every layer of the gate:
 *   1. the request's size and shape (zod, in the route);
 *   2. the text, token by token (text-check.ts);
 *   3. Neo4j's plan of it, EXPLAINed in the same read transaction (plan-check.ts);
 *   4. the run itself: a READ transaction with a server-side timeout, rows streamed and cut at the cap,
 *      and a rollback at the end, always (nothing a console query does is ever committed).
 * The answer comes as soon as it is known; `closed` settles when Neo4j is really done with the query.
 */
import neo4j, {
  type Record as Neo4jRecord,
  type Result,
  type ResultSummary,
  type Transaction,
} from 'neo4j-driver';

import type { Database } from '../db/database.js';
import { toJson, type Json } from '../db/to-json.js';
import { builtinFunctions } from './builtins.js';
import type { ConsoleResult } from '../../contract/console.js';
import { TIMEOUT_GRACE_MS } from './limits.js';
import { consoleProblemFor, timeoutProblem } from './neo4j-errors.js';
import { toCypherParameters } from './params.js';
import { ConsoleProblem } from './problem.js';
import { checkPlan } from './plan-check.js';
import { ResultGraphBuilder } from './result-graph.js';
import { checkQueryText } from './text-check.js';

export interface ConsoleQuery {
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  maxRows: number;
  maxResponseChars: number;
}

export interface ConsoleRun {
  answer: Promise<ConsoleResult>;
  /** Settles (never rejects) once the transaction is rolled back and its session closed. */
  closed: Promise<void>;
}

const EXPLAIN = 'EXPLAIN ';
/** Shown in SHOW TRANSACTIONS, so an administrator can tell console queries apart. */
const METADATA = { app: 'cooperation-graph', source: 'console' };

export function startConsoleQuery(db: Database, request: ConsoleQuery): ConsoleRun {
  let markClosed = (): void => undefined;
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const answer = run(db, request, (done) => void done.finally(markClosed));
  return { answer, closed };
}

async function run(
  db: Database,
  request: ConsoleQuery,
  whenClosed: (done: Promise<void>) => void,
): Promise<ConsoleResult> {
  let done: Promise<void> = Promise.resolve();
  try {
    db.availability.assertUp();
    const { statement } = checkQueryText(request.query, { builtinFunctions: await builtinFunctions(db) });
    const parameters = toCypherParameters(request.params);

    const session = db.driver.session({
      database: db.name,
      defaultAccessMode: neo4j.session.READ,
      // Ask Neo4j for no more rows than the answer can carry (plus one, to tell that it cut).
      fetchSize: Math.min(request.maxRows + 1, 1_000),
    });
    const tx = session.beginTransaction({ timeout: request.timeoutMs, metadata: METADATA });
    const work = readOnly(tx, db.name, statement, parameters, request);
    // Rolling back waits for Neo4j to finish with the query, which may be long after the answer.
    done = work
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => tx.rollback())
      .catch(() => undefined)
      .then(() => session.close())
      .catch(() => undefined);

    const streamed = await withDeadline(work, request.timeoutMs + TIMEOUT_GRACE_MS, request.timeoutMs);
    const graph = streamed.graph;
    const missing = graph.missingEndpoints();
    if (missing.length > 0) {
      for (const row of await db.read('console/nodes-by-element-id', { ids: missing }))
        graph.addJsonNode(row.n ?? null);
    }
    return {
      columns: streamed.columns,
      rows: streamed.rows,
      graph: graph.build(),
      summary: {
        queryType: 'r',
        resultAvailableAfterMs: streamed.resultAvailableAfterMs,
        truncated: streamed.truncatedBy !== null,
        truncatedBy: streamed.truncatedBy,
        rowCount: streamed.rows.length,
        maxRows: request.maxRows,
        timeoutMs: request.timeoutMs,
      },
    };
  } finally {
    whenClosed(done);
  }
}

interface Streamed {
  columns: string[];
  rows: Json[][];
  graph: ResultGraphBuilder;
  truncatedBy: 'rows' | 'size' | null;
  resultAvailableAfterMs: number;
}

/** Layers 3 and 4, inside the one READ transaction. */
async function readOnly(
  tx: Transaction,
  database: string,
  statement: string,
  parameters: Record<string, unknown>,
  request: ConsoleQuery,
): Promise<Streamed> {
  let explained: ResultSummary;
  try {
    explained = (await tx.run(EXPLAIN + statement, parameters)).summary;
  } catch (error) {
    throw consoleProblemFor(error, { prefixLength: EXPLAIN.length, timeoutMs: request.timeoutMs });
  }
  checkPlan(explained, database);
  try {
    return await stream(tx.run(statement, parameters), request);
  } catch (error) {
    throw consoleProblemFor(error, { prefixLength: 0, timeoutMs: request.timeoutMs });
  }
}

/** Rows until the cap (or the size limit) is passed; then the answer is ready and the rest is dropped. */
function stream(result: Result, request: ConsoleQuery): Promise<Streamed> {
  const started = Date.now();
  return new Promise<Streamed>((resolve, reject) => {
    const streamed: Streamed = {
      columns: [],
      rows: [],
      graph: new ResultGraphBuilder(),
      truncatedBy: null,
      resultAvailableAfterMs: 0,
    };
    let characters = 0;
    let settled = false;
    const finish = (truncatedBy: Streamed['truncatedBy'], summary?: ResultSummary): void => {
      if (settled) return;
      settled = true;
      streamed.truncatedBy = truncatedBy;
      streamed.resultAvailableAfterMs =
        summary === undefined ? streamed.resultAvailableAfterMs : summary.resultAvailableAfter.toNumber();
      resolve(streamed);
    };
    result.subscribe({
      onKeys(keys) {
        streamed.columns = keys;
        streamed.resultAvailableAfterMs = Date.now() - started;
      },
      onNext(record: Neo4jRecord) {
        if (settled) return;
        if (streamed.rows.length >= request.maxRows) return finish('rows');
        if (streamed.columns.length === 0) streamed.columns = [...record.keys].map(String);
        const row = streamed.columns.map((column) => toJson(record.get(column)));
        characters += JSON.stringify(row).length;
        if (characters > request.maxResponseChars) {
          if (streamed.rows.length > 0) return finish('size');
          settled = true;
          return reject(
            new ConsoleProblem(
              422,
              'Row too large',
              `The first row alone is ${characters} characters of JSON, more than the console answers ` +
                `(${request.maxResponseChars}, CONSOLE_MAX_RESPONSE_CHARS): return less per row.`,
              'too-large',
              { limit: 'CONSOLE_MAX_RESPONSE_CHARS' },
            ),
          );
        }
        streamed.rows.push(row);
        for (const column of streamed.columns) streamed.graph.add(record.get(column));
      },
      onCompleted(summary: ResultSummary) {
        finish(null, summary);
      },
      onError(error: Error) {
        if (settled) return;
        settled = true;
        reject(error);
      },
    });
  });
}

/**
 * Neo4j stops a query at its timeout, checking every couple of seconds, except inside one expression
 * that loops within a row, which it cannot interrupt. Past the grace, the app answers 504 itself.
 */
async function withDeadline<T>(work: Promise<T>, deadlineMs: number, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timeoutProblem(timeoutMs)), deadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
