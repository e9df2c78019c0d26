/** Distinct unordered pairs of institution indexes, as sorted numeric keys (compact at 500k agreements). */
export class PairSet {
  private keys: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  add(n: number, a: number, b: number): void {
    if (this.size === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.size++] = Math.min(a, b) * n + Math.max(a, b);
  }

  distinctCount(): number {
    const keys = this.keys.subarray(0, this.size).sort();
    let distinct = 0;
    for (let i = 0; i < keys.length; i += 1) if (i === 0 || keys[i] !== keys[i - 1]) distinct += 1;
    return distinct;
  }
}
