/**
 * The COOPERATES_WITH edges that new agreements add, gathered while the agreements stream past, so that
 * deriving them costs no second read of the graph: every pair of an agreement's parties gains the
 * agreement's id and domains. Edges are stored from the smaller institution id to the larger one, with
 * the agreement ids sorted and the domains sorted and distinct, as the seed importer derives them.
 *
 * Memory grows with the pairs, not with the records: three small integers per pair of parties, one
 * string per agreement id and institution id, and one entry per distinct set of domains — about 40 MB
 * for 500k agreements, where the records themselves are several hundred.
 */
import type { Agreement } from '../../../contract/dataset.js';

/** One edge to write: the union of what the gathered agreements say about the pair. */
export interface CooperationPair {
  a: string;
  b: string;
  agreementIds: string[];
  domains: string[];
}

export class CooperationPairs {
  private readonly institutionIndex = new Map<string, number>();
  private readonly institutionIds: string[] = [];
  private readonly domainSetIndex = new Map<string, number>();
  private readonly domainSets: string[][] = [];
  private readonly agreementIds: string[] = [];
  private readonly agreementDomains: number[] = [];
  // One entry per pair of parties of each agreement, as institution and agreement indexes.
  private readonly first: number[] = [];
  private readonly second: number[] = [];
  private readonly agreement: number[] = [];

  /** Agreements gathered so far. */
  get agreements(): number {
    return this.agreementIds.length;
  }

  /** Pairs of parties gathered so far (an edge shared by several agreements counts once for each). */
  get pairs(): number {
    return this.agreement.length;
  }

  /** Gathers one agreement; its parties and its domains are distinct (the dataset's checks say so). */
  add(agreement: Pick<Agreement, 'id' | 'parties' | 'domains'>): void {
    const index = this.agreementIds.length;
    this.agreementIds.push(agreement.id);
    this.agreementDomains.push(this.domainSet(agreement.domains));
    const parties = agreement.parties.map((party) => party.institution).sort(compare);
    for (let x = 0; x < parties.length; x += 1) {
      const a = this.institution(parties[x]!);
      for (let y = x + 1; y < parties.length; y += 1) {
        this.first.push(a);
        this.second.push(this.institution(parties[y]!));
        this.agreement.push(index);
      }
    }
  }

  /** Institutions that take part in at least one pair. */
  institutions(): readonly string[] {
    return this.institutionIds;
  }

  /**
   * The edges (how many, and `size` at a time), grouped by the institution they start from: one batch
   * touches a run of start nodes, so that batches written at once share few nodes.
   */
  edges(size: number): { count: number; batches: Generator<CooperationPair[]> } {
    const total = this.agreement.length;
    const n = this.institutionIds.length;
    const keys = new Float64Array(total);
    for (let i = 0; i < total; i += 1) keys[i] = this.first[i]! * n + this.second[i]!;
    const order = new Uint32Array(total);
    for (let i = 0; i < total; i += 1) order[i] = i;
    order.sort((x, y) => keys[x]! - keys[y]!);
    let count = 0;
    for (let i = 0; i < total; i += 1) if (i === 0 || keys[order[i]!] !== keys[order[i - 1]!]) count += 1;
    return { count, batches: this.batches(keys, order, size) };
  }

  private *batches(keys: Float64Array, order: Uint32Array, size: number): Generator<CooperationPair[]> {
    let batch: CooperationPair[] = [];
    for (let start = 0; start < order.length;) {
      let end = start + 1;
      while (end < order.length && keys[order[end]!] === keys[order[start]!]) end += 1;
      const agreementIds: string[] = [];
      const domains = new Set<string>();
      for (let i = start; i < end; i += 1) {
        const agreement = this.agreement[order[i]!]!;
        agreementIds.push(this.agreementIds[agreement]!);
        for (const domain of this.domainSets[this.agreementDomains[agreement]!]!) domains.add(domain);
      }
      const occurrence = order[start]!;
      batch.push({
        a: this.institutionIds[this.first[occurrence]!]!,
        b: this.institutionIds[this.second[occurrence]!]!,
        agreementIds: agreementIds.sort(compare),
        domains: [...domains].sort(compare),
      });
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
      start = end;
    }
    if (batch.length > 0) yield batch;
  }

  private institution(id: string): number {
    let index = this.institutionIndex.get(id);
    if (index === undefined) {
      index = this.institutionIds.length;
      this.institutionIndex.set(id, index);
      this.institutionIds.push(id);
    }
    return index;
  }

  private domainSet(domains: string[]): number {
    const key = JSON.stringify(domains);
    let index = this.domainSetIndex.get(key);
    if (index === undefined) {
      index = this.domainSets.length;
      this.domainSetIndex.set(key, index);
      this.domainSets.push(domains);
    }
    return index;
  }
}

/** The order of Cypher's `<` on strings (UTF-16 code units), which decides an edge's direction. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
