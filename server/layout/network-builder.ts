/**
 * Builds a LayoutNetwork from institutions, cooperation edges and parent links as they come, whether
 * read out of Neo4j (read-network.ts) or gathered while an offline import writes its files: both give
 * the same arrays for the same graph, in the same order, so the layout cannot tell them apart.
 */
/** The cooperation network as typed arrays: 100k institutions and 1.7M edges take about 30 MB. */
export interface LayoutNetwork {
  /** Institution ids, sorted: an institution's index everywhere below is its place here. */
  ids: string[];
  countries: (string | null)[];
  /** Stored positions (NaN where an institution has none yet). */
  x: Float64Array;
  y: Float64Array;
  /** Cooperation edges, one per pair, sorted by (source, target). */
  source: Int32Array;
  target: Int32Array;
  weight: Float32Array;
  /** Parent links (child → parent), sorted by child. */
  child: Int32Array;
  parent: Int32Array;
}

export class NetworkBuilder {
  private readonly institutions: { id: string; country: string | null; x: number; y: number }[] = [];
  private index: Map<string, number> | null = null;
  private readonly edges: EdgeBuffer;
  private readonly links: [string, string][] = [];

  /** `expectedEdges` sizes the edge arrays once (they grow past it if needed). */
  constructor(expectedEdges = 0) {
    this.edges = new EdgeBuffer(expectedEdges);
  }

  get edgeCount(): number {
    return this.edges.length;
  }

  /** Every institution before the first edge; positions are null where none is stored yet. */
  addInstitution(id: string, country: string | null, x: number | null = null, y: number | null = null): void {
    if (this.index) throw new Error('Institutions must all be added before the first edge.');
    this.institutions.push({ id, country, x: x ?? Number.NaN, y: y ?? Number.NaN });
  }

  /** One cooperation edge per pair, either way round. */
  addEdge(a: string, b: string, weight: number): void {
    const index = this.indexOfIds();
    this.edges.push(index.get(a)!, index.get(b)!, weight);
  }

  addPartOf(child: string, parent: string): void {
    this.links.push([child, parent]);
  }

  build(): LayoutNetwork {
    const index = this.indexOfIds();
    const links = this.links.map(([child, parent]) => [index.get(child)!, index.get(parent)!] as const);
    links.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const institutions = this.institutions;
    return {
      ids: institutions.map(({ id }) => id),
      countries: institutions.map(({ country }) => country),
      x: Float64Array.from(institutions, ({ x }) => x),
      y: Float64Array.from(institutions, ({ y }) => y),
      ...this.edges.sorted(),
      child: Int32Array.from(links, ([child]) => child),
      parent: Int32Array.from(links, ([, parent]) => parent),
    };
  }

  /** Institutions sorted by id, so the same network always gives the same indexes. */
  private indexOfIds(): Map<string, number> {
    if (!this.index) {
      this.institutions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.index = new Map(this.institutions.map(({ id }, i) => [id, i]));
    }
    return this.index;
  }
}

/** Edges as three growing typed arrays. */
class EdgeBuffer {
  length = 0;
  private source: Int32Array;
  private target: Int32Array;
  private weight: Float32Array;

  constructor(capacity: number) {
    this.source = new Int32Array(Math.max(capacity, 16));
    this.target = new Int32Array(this.source.length);
    this.weight = new Float32Array(this.source.length);
  }

  push(a: number, b: number, weight: number): void {
    if (this.length === this.source.length) this.grow();
    // Smaller index first, so an edge reads the same whichever way Neo4j stored it.
    this.source[this.length] = Math.min(a, b);
    this.target[this.length] = Math.max(a, b);
    this.weight[this.length] = weight;
    this.length += 1;
  }

  /** Sorted by (source, target): the store's order differs between databases, the layout must not. */
  sorted(): Pick<LayoutNetwork, 'source' | 'target' | 'weight'> {
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i += 1) order[i] = i;
    order.sort((p, q) => this.source[p]! - this.source[q]! || this.target[p]! - this.target[q]!);
    return {
      source: Int32Array.from(order, (i) => this.source[i]!),
      target: Int32Array.from(order, (i) => this.target[i]!),
      weight: Float32Array.from(order, (i) => this.weight[i]!),
    };
  }

  private grow(): void {
    const capacity = this.source.length * 2;
    const source = new Int32Array(capacity);
    const target = new Int32Array(capacity);
    const weight = new Float32Array(capacity);
    source.set(this.source);
    target.set(this.target);
    weight.set(this.weight);
    Object.assign(this, { source, target, weight });
  }
}
