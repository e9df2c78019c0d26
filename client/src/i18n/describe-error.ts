/**
 * Turns a failed request into words for the user, in the current language. The server's own
 * problem detail is shown verbatim: it is the most precise account of what went wrong.
 */
import { MalformedResponseError, ProblemError, ServerUnreachableError } from '../api/errors.js';
import type { Language } from './language.js';
import { strings } from './strings.js';

export interface ErrorDescription {
  summary: string;
  detail: string | null;
}

export function describeError(error: unknown, language: Language): ErrorDescription {
  const text = strings(language);
  if (error instanceof ServerUnreachableError) {
    return { summary: text.errorUnreachable, detail: error.problem?.detail ?? null };
  }
  if (error instanceof ProblemError) {
    const summary = error.problem?.title ?? text.errorHttp(error.status);
    const detail = error.problem?.detail ?? (error.problem === null ? null : text.errorHttp(error.status));
    return { summary, detail };
  }
  if (error instanceof MalformedResponseError) return { summary: text.errorMalformed, detail: error.message };
  return { summary: error instanceof Error ? error.message : String(error), detail: null };
}
