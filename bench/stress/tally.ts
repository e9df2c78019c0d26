/**
 * Answers counted per kind of request: statuses, latencies, and the rule for an API under
 * pressure — a request may be answered 200, refused with 429, or refused with 503 and `Retry-After`;
 * anything else (a 500, a 503 without `Retry-After`, a 4xx the mix should never cause, no answer at all)
 * is a violation, kept with a few examples so the report can show what came back.
 */
import { ms } from './log.js';

export interface Latency {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface KindFigures {
  requests: number;
  /** By status ("503+Retry-After" apart from a bare "503"). */
  statuses: Record<string, number>;
  /** Of every answer, whatever its status. */
  latency: Latency;
}

export interface Violation {
  kind: string;
  status: string;
  count: number;
  examples: { path: string; body: string }[];
}

export interface Answered {
  kind: string;
  path: string;
  /** 0 when no answer came (`error` says why). */
  status: number;
  ms: number;
  retryAfter: string | undefined;
  body: string;
  error?: string;
}

/** The statuses the issue allows; a 503 only with `Retry-After`. */
function allowed(status: number, retryAfter: string | undefined): boolean {
  return status === 200 || status === 429 || (status === 503 && retryAfter !== undefined);
}

export function statusLabel(answer: Pick<Answered, 'status' | 'retryAfter' | 'error'>): string {
  if (answer.status === 0) return `no answer (${answer.error ?? 'error'})`;
  if (answer.status === 503) return answer.retryAfter === undefined ? '503' : '503+Retry-After';
  return String(answer.status);
}

const EXAMPLES = 3;

export class Tally {
  private readonly latencies = new Map<string, number[]>();
  private readonly statuses = new Map<string, Record<string, number>>();
  private readonly violating = new Map<string, Violation>();
  private readonly byStatus = new Map<string, number[]>();

  record(answer: Answered): void {
    const label = statusLabel(answer);
    let list = this.latencies.get(answer.kind);
    if (!list) this.latencies.set(answer.kind, (list = []));
    list.push(answer.ms);
    let sameStatus = this.byStatus.get(label);
    if (!sameStatus) this.byStatus.set(label, (sameStatus = []));
    sameStatus.push(answer.ms);
    const statuses = this.statuses.get(answer.kind) ?? {};
    statuses[label] = (statuses[label] ?? 0) + 1;
    this.statuses.set(answer.kind, statuses);
    if (allowed(answer.status, answer.retryAfter)) return;
    const key = `${answer.kind} ${label}`;
    const violation = this.violating.get(key) ?? { kind: answer.kind, status: label, count: 0, examples: [] };
    violation.count += 1;
    if (violation.examples.length < EXAMPLES) {
      violation.examples.push({ path: answer.path, body: answer.body.slice(0, 300) });
    }
    this.violating.set(key, violation);
  }

  get total(): number {
    let sum = 0;
    for (const list of this.latencies.values()) sum += list.length;
    return sum;
  }

  byKind(): Record<string, KindFigures> {
    const figures: Record<string, KindFigures> = {};
    for (const [kind, list] of [...this.latencies].sort(([a], [b]) => a.localeCompare(b))) {
      figures[kind] = { requests: list.length, statuses: this.statuses.get(kind)!, latency: latency(list) };
    }
    return figures;
  }

  /** Statuses over every kind. */
  statusTotals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const statuses of this.statuses.values()) {
      for (const [label, count] of Object.entries(statuses)) totals[label] = (totals[label] ?? 0) + count;
    }
    return totals;
  }

  /** Latency of the answers of each status, over every kind: is a slow answer a refusal or a result? */
  latencyByStatus(): Record<string, Latency> {
    return Object.fromEntries([...this.byStatus].map(([label, values]) => [label, latency(values)]));
  }

  latency(): Latency {
    return latency([...this.latencies.values()].flat());
  }

  violations(): Violation[] {
    return [...this.violating.values()].sort((a, b) => b.count - a.count);
  }
}

/** Nearest-rank percentiles (as bench/stats.ts), sorted once: a load run has tens of thousands. */
export function latency(values: readonly number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted.length === 0
      ? Number.NaN
      : ms(sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!);
  return { count: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: at(100) };
}
