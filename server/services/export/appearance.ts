/**
 * How an exported file looks when opened in Gephi: positions from the stored layout, sizes by partner
 * count, colours by country (a colour-blind-safe palette, one hue per country in the network's order,
 * grey for actors without one), and for the timeline the day each node and edge begins.
 */
import type { NetworkGraph } from '../../../contract/graph.js';

/** Okabe and Ito's palette, then Paul Tol's muted one: distinct hues that stay apart for colour-blind eyes. */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#332288',
  '#117733',
  '#44AA99',
  '#88CCEE',
  '#DDCC77',
  '#CC6677',
  '#AA4499',
  '#882255',
];
const NO_COUNTRY = '#9E9E9E';

export interface NodeAppearance {
  x: number | null;
  y: number | null;
  size: number;
  color: string;
  /** YYYY-MM-DD, the first day of its earliest agreement; null when none is dated. */
  start: string | null;
}

export interface Extras {
  institutions: { id: string; x: number | null; y: number | null; partners: number | null }[];
  agreements: { id: string; knownFrom: string | null }[];
}

/** A partial date as the first day it can mean: '2024' → '2024-01-01'. */
export const firstDay = (date: string): string =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;

export function appearance(network: NetworkGraph, extras: Extras) {
  const countries = new Map(network.attributes.countries.map((country, i) => [country.code, i]));
  const placed = new Map(extras.institutions.map((row) => [row.id, row]));
  const knownFrom = new Map(extras.agreements.map((row) => [row.id, row.knownFrom]));
  const earliest = (ids: string[]): string | null =>
    ids
      .map((id) => knownFrom.get(id))
      .filter((date): date is string => typeof date === 'string')
      .map(firstDay)
      .sort()[0] ?? null;
  const edgeStart = new Map(network.edges.map((edge) => [edge.key, earliest(edge.attributes.agreementIds)]));
  const nodeStart = new Map<string, string | null>();
  for (const edge of network.edges) {
    const start = edgeStart.get(edge.key) ?? null;
    if (start === null) continue;
    for (const end of [edge.source, edge.target]) {
      const held = nodeStart.get(end);
      if (held === undefined || held === null || start < held) nodeStart.set(end, start);
    }
  }
  const node = (key: string, country: string | null): NodeAppearance => {
    const row = placed.get(key);
    const colour = country === null ? undefined : countries.get(country);
    return {
      x: row?.x ?? null,
      y: row?.y ?? null,
      size: Math.round((4 + 2 * Math.sqrt(row?.partners ?? 0)) * 10) / 10,
      color: colour === undefined ? NO_COUNTRY : PALETTE[colour % PALETTE.length]!,
      start: nodeStart.get(key) ?? null,
    };
  };
  return { node, edgeStart: (key: string) => edgeStart.get(key) ?? null };
}
