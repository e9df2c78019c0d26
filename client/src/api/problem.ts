/**
 * The one reader of problem+json answers (RFC 9457, the contract's `Problem`), for every endpoint: the
 * console's refusals add a reason and a position in the query, which are read whenever they are sent.
 * Proxies and older servers send other bodies or leave fields out, so the reader keeps what it can.
 */
import type { ConsoleProblemBody, ConsoleReason, Problem, QueryPosition } from '../../../contract/problem.js';
import { isRecord } from './json.js';

/**
 * A problem as read: type, title and status always; the rest when the server sent it, and the members
 * an endpoint adds (an import's `report`) as they came, for its own reader to check.
 */
export type ProblemDetails = Pick<Problem, 'type' | 'title' | 'status'> &
  Partial<Pick<ConsoleProblemBody, 'detail' | 'reason' | 'position' | 'limit' | 'errors'>> & {
    extensions: Record<string, unknown>;
  };

const READ = new Set(['type', 'title', 'status', 'detail', 'reason', 'position', 'limit', 'errors']);

export async function readProblem(response: Response): Promise<ProblemDetails | null> {
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return null;
  try {
    const body = (await response.json()) as unknown;
    if (!isRecord(body) || typeof body.title !== 'string') return null;
    const { position, errors } = body;
    const issues = Array.isArray(errors)
      ? errors.filter(
          (entry): entry is { parameter: string; message: string } =>
            isRecord(entry) && typeof entry.parameter === 'string' && typeof entry.message === 'string',
        )
      : null;
    return {
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : response.status,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
      ...(typeof body.reason === 'string' ? { reason: body.reason as ConsoleReason } : {}),
      ...(isRecord(position) && typeof position.offset === 'number'
        ? { position: position as unknown as QueryPosition }
        : {}),
      ...(typeof body.limit === 'string' ? { limit: body.limit } : {}),
      ...(issues === null
        ? {}
        : { errors: issues.map(({ parameter, message }) => ({ parameter, message })) }),
      extensions: Object.fromEntries(Object.entries(body).filter(([name]) => !READ.has(name))),
    };
  } catch {
    return null;
  }
}
