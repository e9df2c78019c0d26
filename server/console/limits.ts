/**
 * The console's limits. They are constants with environment overrides read here, through their own zod
 * schema, so a bad value stops the start with a message naming the variable, like the app's settings.
 */
import { z } from 'zod';

const whole = (minimum: number, maximum: number, fallback: number) =>
  z.coerce.number().int('must be a whole number').min(minimum).max(maximum).default(fallback);

const limitsSchema = z.object({
  /** Longest a console query may run, in ms; users may ask for less, never more. */
  CONSOLE_TIMEOUT_MS: whole(100, 60_000, 3_000),
  /** Most rows an answer carries; past it the answer says `truncated`. */
  CONSOLE_MAX_ROWS: whole(1, 10_000, 1_000),
  /** Longest query text, in characters. */
  CONSOLE_MAX_QUERY_CHARS: whole(100, 50_000, 8_000),
  /** Largest `params` object, in characters of JSON. */
  CONSOLE_MAX_PARAMS_CHARS: whole(2, 50_000, 20_000),
  /** Largest answer, in characters of JSON for the rows; past it the answer says `truncated`. */
  CONSOLE_MAX_RESPONSE_CHARS: whole(10_000, 50_000_000, 5_000_000),
  /** Queries each client (IP address) may start per minute, on average. */
  CONSOLE_RATE_PER_MINUTE: whole(1, 100_000, 30),
  /** Queries a client may start at once after a quiet spell. */
  CONSOLE_RATE_BURST: whole(1, 100_000, 10),
  /** Console queries Neo4j may be running at once, for everyone together. */
  CONSOLE_MAX_CONCURRENT: whole(1, 64, 4),
  /** Console queries one client may have running at once. */
  CONSOLE_MAX_CONCURRENT_PER_CLIENT: whole(1, 64, 2),
});

export type ConsoleLimits = {
  timeoutMs: number;
  maxRows: number;
  maxQueryChars: number;
  maxParamsChars: number;
  maxResponseChars: number;
  ratePerMinute: number;
  rateBurst: number;
  maxConcurrent: number;
  maxConcurrentPerClient: number;
};

/** Lexical limits: not worth a setting, but named so refusals can cite them. */
export const MAX_NESTING_DEPTH = 40;
export const MAX_TOKENS = 5_000;
/** `range()` with literal bounds may not produce more items than this (one row, no interruption). */
export const MAX_LITERAL_RANGE = 1_000_000;
/** Nodes plus relationships in the answer's graph. */
export const MAX_GRAPH_ELEMENTS = 5_000;
/**
 * How long past its timeout the app waits for Neo4j to stop a query before answering 504 itself. Neo4j
 * checks timeouts periodically (`db.transaction.monitor.check.interval`, 2 s by default), and cannot stop
 * a single expression that loops inside one row at all.
 */
export const TIMEOUT_GRACE_MS = 2_500;

export class ConsoleLimitsError extends Error {
  override name = 'ConsoleLimitsError';
}

export function loadConsoleLimits(environment: NodeJS.ProcessEnv = process.env): ConsoleLimits {
  const parsed = limitsSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConsoleLimitsError(`Invalid console settings:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  return {
    timeoutMs: env.CONSOLE_TIMEOUT_MS,
    maxRows: env.CONSOLE_MAX_ROWS,
    maxQueryChars: env.CONSOLE_MAX_QUERY_CHARS,
    maxParamsChars: env.CONSOLE_MAX_PARAMS_CHARS,
    maxResponseChars: env.CONSOLE_MAX_RESPONSE_CHARS,
    ratePerMinute: env.CONSOLE_RATE_PER_MINUTE,
    rateBurst: env.CONSOLE_RATE_BURST,
    maxConcurrent: env.CONSOLE_MAX_CONCURRENT,
    maxConcurrentPerClient: env.CONSOLE_MAX_CONCURRENT_PER_CLIENT,
  };
}
