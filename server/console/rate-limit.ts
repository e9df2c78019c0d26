/**
 * A token bucket per client: `burst` queries at once after a quiet spell, then `perMinute` on average.
 * In memory, which is right for one process; buckets that have refilled are forgotten, so the map only
 * holds clients seen in the last few minutes.
 */

interface Bucket {
  tokens: number;
  updated: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the next query is allowed, when it is not. */
  retryAfterSeconds: number;
}

/** Past this many clients, full buckets are dropped before a new one is added. */
const PRUNE_ABOVE = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  take(client: string): RateDecision {
    const now = this.now();
    const bucket = this.refilled(client, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.perMs / 1000) };
  }

  get description(): string {
    return `${this.perMinute} per minute, ${this.burst} at once (CONSOLE_RATE_PER_MINUTE, CONSOLE_RATE_BURST)`;
  }

  private refilled(client: string, now: number): Bucket {
    let bucket = this.buckets.get(client);
    if (bucket === undefined) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(now);
      bucket = { tokens: this.burst, updated: now };
      this.buckets.set(client, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    return bucket;
  }

  private prune(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updated) * this.perMs >= this.burst) this.buckets.delete(client);
    }
  }
}
