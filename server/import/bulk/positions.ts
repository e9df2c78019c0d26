/**
 * Distinct values in order of first use, each with its position: a batch names every node it links
 * once, and its rows point into that list, so Neo4j looks each node up once per batch and the driver
 * packs a small number where it packed an id.
 */
export class Positions<T = string> {
  readonly values: T[] = [];
  private readonly at = new Map<T, number>();

  of(value: T): number {
    let position = this.at.get(value);
    if (position === undefined) {
      position = this.values.push(value) - 1;
      this.at.set(value, position);
    }
    return position;
  }
}
