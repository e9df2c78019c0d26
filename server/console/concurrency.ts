/**
 * How many console queries may be running in Neo4j at once, in all and per client. A slot is held until
 * Neo4j has really finished with the query, not until the client got its answer: a query Neo4j cannot
 * interrupt (a loop inside one expression) keeps its slot, so the console can occupy at most a fixed
 * number of Neo4j's threads and the rest of the API keeps its share.
 */

export type SlotRefusal = { scope: 'client' | 'all'; running: number };

export class ConcurrencyGate {
  private total = 0;
  private readonly perClient = new Map<string, number>();

  constructor(
    readonly maxTotal: number,
    readonly maxPerClient: number,
  ) {}

  /** A release function, or why there is no free slot. */
  acquire(client: string): (() => void) | SlotRefusal {
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.maxPerClient) return { scope: 'client', running: mine };
    if (this.total >= this.maxTotal) return { scope: 'all', running: this.total };
    this.total += 1;
    this.perClient.set(client, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left <= 0) this.perClient.delete(client);
      else this.perClient.set(client, left);
    };
  }

  get running(): number {
    return this.total;
  }
}
