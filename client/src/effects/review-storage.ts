/**
 * The review survives a reload: the session (the pasted text, the extractor's answer, the decisions) is
 * kept in localStorage until it is imported or discarded. The import token is a secret: it is kept in
 * sessionStorage only, so it ends with the tab, and never enters the store.
 */
import { emptySession, REVIEW_STEPS, type ReviewSession } from '../state/review.js';
import type { Store } from '../state/store.js';
import { watch } from '../state/watch.js';

const REVIEW_KEY = 'cooperation-graph.review';
const TOKEN_KEY = 'cooperation-graph.import-token';
/** Bumped when the kept shape changes: an older session is dropped rather than misread. */
const VERSION = 1;

type Kept = Omit<ReviewSession, 'request'> & { version: number };

/** The kept session, or null when there is none (or it cannot be read). */
export function storedReview(): ReviewSession | null {
  try {
    const raw = window.localStorage.getItem(REVIEW_KEY);
    if (raw === null) return null;
    const kept = JSON.parse(raw) as Partial<Kept> | null;
    if (
      kept === null ||
      kept.version !== VERSION ||
      !REVIEW_STEPS.includes(kept.step as never) ||
      typeof kept.input?.text !== 'string' ||
      typeof kept.decisions !== 'object'
    ) {
      return null;
    }
    const session: Partial<Kept> = { ...kept };
    delete session.version;
    return { ...emptySession(), ...session, request: null };
  } catch {
    return null;
  }
}

/** Keeps the session on every change, and forgets it once it is imported or discarded. */
export function keepReview(store: Store): void {
  watch(store, ['review'], ({ review }) => {
    try {
      const blank = review.extract === null && review.input.text === '';
      if (review.step === 'imported' || blank) {
        window.localStorage.removeItem(REVIEW_KEY);
        return;
      }
      const kept: Kept & { request?: unknown } = { version: VERSION, ...review };
      delete kept.request;
      window.localStorage.setItem(REVIEW_KEY, JSON.stringify(kept));
    } catch {
      // Storage full or disabled: the review goes on, it is only not kept across a reload.
    }
  });
}

export function importToken(): string {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberImportToken(token: string): void {
  try {
    if (token === '') window.sessionStorage.removeItem(TOKEN_KEY);
    else window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Not kept: it is asked for again after a reload.
  }
}
