/**
 * The network in pages (`/api/graph/page`), merged into the drawn graph as they arrive: institutions at
 * the positions the server's layout stored, the strongest links of each, edges resolved from their
 * indexes in the network's order. Pages must come in order and from one stored layout; a page of another
 * layout means an import laid the network out again, and the caller starts over from the first page.
 */
import type { NetworkPage } from '../../../contract/network-page.js';
import { edgeLook, metricSize } from './appearance.js';
import { type CooperationGraph, type MergeResult, nodeLabel } from './network.js';
import { countryColors, domainColors, NO_COUNTRY_COLOR } from './palette.js';
import { pictogramUrl } from './pictograms.js';

/** What the pages merged so far have told: the order their edges index into, and where to go on. */
export interface PagedNetwork {
  layout: string;
  total: number;
  /** Institution ids in the network's order, as far as loaded. */
  order: string[];
  /** Offset of the next page, or null once every page is in. */
  next: number | null;
  /** Partners of the best-linked institution (the first one: hubs come first), to size the others. */
  maxPartners: number;
}

/** A page from another stored layout than the pages before it: start over from offset 0. */
export class LayoutChangedError extends Error {
  override name = 'LayoutChangedError';
}

/** A page that does not follow the previous one. */
export class PageOrderError extends Error {
  override name = 'PageOrderError';
}

export const cooperationKey = (a: string, b: string): string =>
  a < b ? `cooperation:${a}:${b}` : `cooperation:${b}:${a}`;
const partOfKey = (child: string, parent: string): string => `part-of:${child}:${parent}`;

/**
 * Adds one page to the graph (and to `paged`, which it returns; null before the first page). The keys
 * are those of `/api/graph`, so the filtered answer, which still comes whole, lines up with the drawn
 * edges. Only the new nodes and edges are touched: no pass over the whole graph, whatever its size.
 */
export function mergePage(
  graph: CooperationGraph,
  paged: PagedNetwork | null,
  page: NetworkPage,
): { paged: PagedNetwork; added: MergeResult } {
  if (paged !== null && page.layout !== paged.layout) {
    throw new LayoutChangedError(`layout ${page.layout} follows pages of layout ${paged.layout}`);
  }
  const loaded = paged?.order.length ?? 0;
  if (page.offset !== loaded) {
    throw new PageOrderError(`page at offset ${page.offset} after ${loaded} institutions`);
  }
  const { institutions: columns, edges, partOf } = page;
  const state: PagedNetwork = paged ?? {
    layout: page.layout,
    total: page.total,
    order: [],
    next: null,
    maxPartners: Math.max(1, columns.partners[0] ?? 1),
  };
  state.next = page.next;
  state.total = page.total;
  mergeVocabulary(graph, page);
  const countries = countryColors(graph.getAttribute('countries').map((country) => country.code));
  const added: MergeResult = { nodes: [], edges: [] };

  for (let i = 0; i < columns.id.length; i += 1) {
    const id = columns.id[i]!;
    state.order.push(id);
    const x = columns.x[i]!;
    const y = columns.y[i]!;
    // Drawn already (an expanded neighbourhood came first): it moves to its stored place.
    if (graph.hasNode(id)) {
      graph.mergeNodeAttributes(id, { x, y });
      continue;
    }
    const country = columns.country[i] ?? null;
    const attributes = {
      nameEn: columns.nameEn[i]!,
      nameKo: columns.nameKo[i]!,
      acronym: columns.acronym[i] ?? null,
      kind: columns.kind[i]!,
      country,
    };
    graph.addNode(id, {
      ...attributes,
      x,
      y,
      size: metricSize(columns.partners[i] ?? 0, state.maxPartners),
      color: country === null ? NO_COUNTRY_COLOR : (countries.get(country) ?? NO_COUNTRY_COLOR),
      label: nodeLabel(attributes, 'en'),
      image: pictogramUrl(attributes.kind),
    });
    added.nodes.push(id);
  }

  const palette = domainColors(graph.getAttribute('domains').map((domain) => domain.id));
  const endOf = (index: number): string => {
    const id = state.order[index];
    if (id === undefined)
      throw new PageOrderError(`edge names institution ${index} of ${state.order.length}`);
    return id;
  };
  for (let j = 0; j < edges.source.length; j += 1) {
    const source = endOf(edges.source[j]!);
    const target = endOf(edges.target[j]!);
    const key = cooperationKey(source, target);
    if (source === target || graph.hasEdge(key)) continue;
    // Pages carry the weight only: the agreements behind a link are read on demand (panel, filters).
    const attributes = {
      relation: 'cooperation' as const,
      agreementIds: [],
      domains: [],
      weight: edges.weight[j]!,
    };
    graph.addEdgeWithKey(key, source, target, { ...attributes, ...edgeLook(attributes, palette) });
    added.edges.push(key);
  }
  for (let j = 0; j < partOf.source.length; j += 1) {
    const child = endOf(partOf.source[j]!);
    const parent = endOf(partOf.target[j]!);
    const key = partOfKey(child, parent);
    // A parent that is also a partner: the cooperation edge stands for both, as in `/api/graph`.
    if (child === parent || graph.hasEdge(key) || graph.hasEdge(cooperationKey(child, parent))) continue;
    const attributes = { relation: 'part-of' as const, agreementIds: [], domains: [], weight: 1 };
    graph.addEdgeWithKey(key, child, parent, { ...attributes, ...edgeLook(attributes, palette) });
    added.edges.push(key);
  }
  return { paged: state, added };
}

function mergeVocabulary(graph: CooperationGraph, page: NetworkPage): void {
  const current = graph.getAttributes();
  const codes = new Set(current.countries.map((country) => country.code));
  const ids = new Set(current.domains.map((domain) => domain.id));
  const countries = page.countries.filter((country) => !codes.has(country.code));
  const domains = page.domains.filter((domain) => !ids.has(domain.id));
  if (countries.length === 0 && domains.length === 0) return;
  graph.mergeAttributes({
    countries: [...current.countries, ...countries],
    domains: [...current.domains, ...domains],
  });
}
