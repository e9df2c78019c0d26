/**
 * Past console queries, most recent first, kept in the browser's storage so they survive a reload.
 * Storage can be unavailable (private mode, sandboxed frames): the history then lives for the page.
 */
import { isRecord } from '../api/json.js';

export interface HistoryEntry {
  query: string;
  /** The parameters box as the user typed it. */
  params: string;
  at: number;
}

const KEY = 'cooperation-graph.console-history';
const MAX_ENTRIES = 30;

export class QueryHistory {
  private entries: HistoryEntry[];

  constructor(private readonly storage: Storage | null = safeStorage()) {
    this.entries = this.read();
  }

  list(): readonly HistoryEntry[] {
    return this.entries;
  }

  /** Adds a query at the top; running the same query again moves it up instead of repeating it. */
  add(query: string, params: string): void {
    const trimmed = query.trim();
    if (trimmed === '') return;
    this.entries = [
      { query: trimmed, params: params.trim(), at: Date.now() },
      ...this.entries.filter((entry) => entry.query !== trimmed || entry.params !== params.trim()),
    ].slice(0, MAX_ENTRIES);
    try {
      this.storage?.setItem(KEY, JSON.stringify(this.entries));
    } catch {
      // Full or disabled storage: the history still works for this page.
    }
  }

  private read(): HistoryEntry[] {
    try {
      const parsed = JSON.parse(this.storage?.getItem(KEY) ?? '[]') as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed
        .filter(
          (entry): entry is HistoryEntry =>
            isRecord(entry) && typeof entry.query === 'string' && typeof entry.params === 'string',
        )
        .slice(0, MAX_ENTRIES);
    } catch {
      return [];
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
