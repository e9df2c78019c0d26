/**
 * What the console answers when it does not run a query: a problem+json body with the status, a reason
 * code a client can branch on, and, when it is known, where in the query the trouble starts. It extends
 * the app's `HttpProblem`, so the app's one error middleware answers it like any other problem.
 */
import type { ConsoleProblemBody, ConsoleReason, QueryPosition } from '../../contract/problem.js';
import { HttpProblem } from '../http/problem.js';

export interface ConsoleProblemOptions {
  position?: QueryPosition | undefined;
  /** The setting that bounds what was hit, e.g. `CONSOLE_TIMEOUT_MS`. */
  limit?: string | undefined;
  retryAfterSeconds?: number | undefined;
}

export class ConsoleProblem extends HttpProblem {
  override name = 'ConsoleProblem';

  constructor(
    status: number,
    title: string,
    detail: string,
    readonly reason: ConsoleReason,
    readonly options: ConsoleProblemOptions = {},
  ) {
    super(status, title, detail, undefined, options.retryAfterSeconds);
  }

  override body(): ConsoleProblemBody {
    const { position, limit } = this.options;
    return {
      ...super.body(),
      reason: this.reason,
      ...(position ? { position } : {}),
      ...(limit ? { limit } : {}),
    };
  }

  /** A query the gate will not run: 403 with the reason. */
  static refused(reason: ConsoleReason, detail: string, position?: QueryPosition): ConsoleProblem {
    return new ConsoleProblem(403, 'Query refused', detail, reason, { position });
  }

  /** A query that cannot be read (unterminated string, stray character, too deep): 400. */
  static invalid(reason: ConsoleReason, detail: string, position?: QueryPosition): ConsoleProblem {
    return new ConsoleProblem(400, 'Invalid query', detail, reason, { position });
  }
}

/** The position of `offset` in `text`, counted the way Neo4j counts (lines split on \n). */
export function positionAt(text: string, offset: number): QueryPosition {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset };
}
