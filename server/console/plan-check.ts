/**
 * Layer 3 of the console's gate: Neo4j's own reading of the query. The query is EXPLAINed (planned, not
 * run) inside the read transaction it will run in, and the plan must say it only reads: query type
 * `r`, the application database only, and every operator one the console knows to be read-only, with
 * procedure calls on the allowlist. This catches what no text check can, since it is the plan that runs.
 */
import type { Plan, ResultSummary } from 'neo4j-driver';

import {
  ALLOWED_PROCEDURES,
  isAllowedProcedure,
  READ_LEAF_OPERATOR,
  READ_OPERATORS,
  REFUSED_OPERATORS,
} from './allowlists.js';
import type { ConsoleReason } from '../../contract/problem.js';
import { ConsoleProblem } from './problem.js';

/** Plans deeper than this are refused rather than walked (the text check already bounds nesting). */
const MAX_PLAN_DEPTH = 500;

const QUERY_TYPE_REASONS: Record<string, [ConsoleReason, string]> = {
  w: ['write', 'The query writes to the graph; the console only reads.'],
  rw: ['write', 'The query reads and writes; the console only reads.'],
  s: [
    'schema-or-admin',
    'Neo4j classes the query as a schema, administration or system procedure call; the console only reads.',
  ],
};

export function checkPlan(summary: ResultSummary, database: string): void {
  const queryType = summary.queryType;
  if (queryType !== 'r') {
    const [reason, detail] = QUERY_TYPE_REASONS[queryType] ?? [
      'not-read-only',
      `Neo4j classes the query as "${queryType}", not as read-only.`,
    ];
    throw ConsoleProblem.refused(reason, detail);
  }
  const plan = summary.plan;
  if (plan === false || plan === undefined) {
    throw ConsoleProblem.refused(
      'not-read-only',
      'Neo4j returned no plan for the query, so it cannot be checked.',
    );
  }
  const runtime = String(plan.arguments.runtime ?? '');
  if (runtime === 'SYSTEM' || runtime === 'SCHEMA') {
    throw ConsoleProblem.refused(
      'schema-or-admin',
      `The query runs in Neo4j's ${runtime.toLowerCase()} runtime.`,
    );
  }
  walk(plan, database, 0);
}

function walk(plan: Plan, database: string, depth: number): void {
  if (depth > MAX_PLAN_DEPTH) {
    throw ConsoleProblem.invalid('too-deep', 'The query plan is too deep to check.');
  }
  checkOperator(plan, database);
  for (const child of plan.children) walk(child, database, depth + 1);
}

function checkOperator(plan: Plan, database: string): void {
  // `Expand(All)@neo4j`: the operator, its variant, and the database it runs on.
  const match = /^([A-Za-z]+)(?:\([^)]*\))?(?:@(.*))?$/.exec(plan.operatorType);
  const operator = match?.[1];
  if (operator === undefined) {
    throw ConsoleProblem.refused(
      'operator-not-allowed',
      `The plan has an operator the console cannot read: ${plan.operatorType}.`,
    );
  }
  const on = match?.[2];
  if (on !== undefined && on !== database) {
    throw ConsoleProblem.refused(
      'other-database',
      `Part of the plan runs on the database "${on}"; the console reads "${database}" only.`,
    );
  }
  for (const [pattern, reason] of REFUSED_OPERATORS) {
    if (pattern.test(operator)) throw ConsoleProblem.refused(reason, refusalDetail(reason, operator));
  }
  if (operator === 'ProcedureCall') {
    const procedure = procedureName(plan);
    if (procedure === null || !isAllowedProcedure(procedure)) {
      throw ConsoleProblem.refused(
        'procedure-not-allowed',
        `The procedure ${procedure ?? '(unnamed)'} is not allowed in the console. Allowed: ${ALLOWED_PROCEDURES.join(', ')}.`,
      );
    }
    return;
  }
  if (!READ_OPERATORS.has(operator) && !READ_LEAF_OPERATOR.test(operator)) {
    throw ConsoleProblem.refused(
      'operator-not-allowed',
      `The plan uses the operator ${operator}, which the console does not know to be read-only.`,
    );
  }
}

/** The Details argument of a ProcedureCall reads `db.labels() :: (label :: STRING)`. */
function procedureName(plan: Plan): string | null {
  const details = plan.arguments.Details;
  if (typeof details !== 'string') return null;
  const name = /^\s*([^(\s]+)\s*\(/.exec(details)?.[1];
  return name === undefined ? null : name.replaceAll('`', '');
}

function refusalDetail(reason: ConsoleReason, operator: string): string {
  switch (reason) {
    case 'load-csv':
      return 'The plan loads CSV from a file or URL; the console only reads the graph.';
    case 'in-transactions':
      return 'The plan commits in batches (CALL { … } IN TRANSACTIONS); the console runs one read-only transaction.';
    case 'schema-or-admin':
      return `The plan runs ${operator}, a schema or administration command; the console only reads the graph.`;
    default:
      return `The plan runs ${operator}, which writes; the console only reads.`;
  }
}
