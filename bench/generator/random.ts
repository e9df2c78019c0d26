/**
 * A small seeded pseudo-random generator (sfc32, seeded through a string hash) and the samplers the
 * synthetic data set needs. Same seed, same sequence, on every machine: nothing here reads the clock or
 * `Math.random`.
 */

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    const hash = xmur3(String(seed));
    this.a = hash();
    this.b = hash();
    this.c = hash();
    this.d = hash();
    // The first outputs of sfc32 still show the seed's structure: discard them.
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: no items');
    return items[this.int(items.length)] as T;
  }
}

/** Samples indexes 0…n-1 with fixed weights (cumulative table and binary search). */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    if (weights.length === 0) throw new Error('WeightedSampler: no weights');
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((weight, i) => {
      total += weight;
      this.cumulative[i] = total;
    });
  }

  /** Weights 1/rank^exponent: a few frequent values, a long tail of rare ones. */
  static zipf(n: number, exponent: number): WeightedSampler {
    return new WeightedSampler(Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** exponent));
  }

  sample(random: Random): number {
    const target = random.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** A 32-bit string hash that yields a new value per call: turns any seed text into sfc32's state. */
function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

/** `count` distinct values from `draw`, all below `upper` (which must exceed `count`). */
export function distinct(random: Random, count: number, upper: number, draw: () => number): number[] {
  const values: number[] = [];
  for (let attempts = 0; values.length < count && attempts < count * 50; attempts += 1) {
    const value = draw();
    if (!values.includes(value)) values.push(value);
  }
  // A skewed draw that keeps repeating itself falls back to uniform values.
  while (values.length < count) {
    const value = random.int(upper);
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

/** A year (1990–2025), a month or a day, with the given odds of each precision. */
export function partialDate(random: Random, precision?: 1 | 2 | 3): string {
  const digits = precision ?? random.pick([1, 2, 3, 3] as const);
  const year = String(random.between(1990, 2025));
  const month = String(random.between(1, 12)).padStart(2, '0');
  const day = String(random.between(1, 28)).padStart(2, '0');
  return digits === 1 ? year : digits === 2 ? `${year}-${month}` : `${year}-${month}-${day}`;
}
