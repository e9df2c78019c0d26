/**
 * Colours of the drawing. Each palette gives known values fixed colours (the same country is the same
 * colour in every view and every screenshot) and gives the others the next free colour in sorted order, so
 * a colour never depends on the order the server lists things in.
 */
import type { AgreementStatus } from '../../../contract/vocabulary.js';

/** Countries of the first data set; others take the extra palette. */
const COUNTRY_COLORS: Record<string, string> = { KR: '#2f6fde', US: '#d9433b', IN: '#e8912d' };
const EXTRA_COUNTRY_COLORS = ['#2a9d8f', '#8e5cd9', '#c2417a', '#5b8c2a', '#a0522d', '#3b8fb5'];
export const NO_COUNTRY_COLOR = '#8a94a6';

/** Domains, as edge colours: muted enough that the nodes stay the loudest thing on the canvas. */
const DOMAIN_COLORS: Record<string, string> = {
  ai: '#8e5cd9',
  'batteries-energy': '#2a9d8f',
  bio: '#4d9a3a',
  'critical-emerging-tech': '#64748b',
  health: '#d0507f',
  quantum: '#1f8ac0',
  semiconductors: '#c08a1e',
  standards: '#9c6b4e',
};
const EXTRA_DOMAIN_COLORS = ['#3b8fb5', '#b5476b', '#6d8f1d', '#7f6bb8', '#b8612e', '#2f7d6d'];
/** An edge whose agreements cover several domains. */
export const SEVERAL_DOMAINS_COLOR = '#a3acba';
export const PART_OF_COLOR = '#b8acd9';

/** Agreements drawn as nodes, by status: the time bar's colours (explorer.css). */
export const STATUS_COLORS: Record<AgreementStatus, string> = {
  signed: '#2e9e5b',
  agreed: '#3d74d4',
  planned: '#d19a1c',
  'in-consultation': '#8a5cd0',
};

/**
 * Louvain communities, numbered from the largest; the smallest share one grey. Okabe and Ito's
 * colour-blind-safe set (Color Universal Design, 2008), black left out (it reads as a selection on the
 * canvas), yellow last (the faintest on white): Tableau's ten had a red and a green that look the same to
 * someone without green cones (tests/client/palette.test.ts measures it).
 */
const COMMUNITY_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'];
export const OTHER_COMMUNITY_COLOR = '#bab0ac';
export const NO_COMMUNITY_COLOR = '#d5dae2';

export const DIMMED_NODE_COLOR = '#e3e7ee';
export const DIMMED_EDGE_COLOR = '#eef1f5';

function assign(ids: Iterable<string>, fixed: Record<string, string>, extra: string[]): Map<string, string> {
  const palette = new Map<string, string>();
  let next = 0;
  for (const id of [...new Set(ids)].sort()) {
    const known = fixed[id];
    palette.set(id, known ?? extra[next++ % extra.length] ?? NO_COUNTRY_COLOR);
  }
  return palette;
}

export function countryColors(codes: Iterable<string>): Map<string, string> {
  return assign(codes, COUNTRY_COLORS, EXTRA_COUNTRY_COLORS);
}

export function domainColors(ids: Iterable<string>): Map<string, string> {
  return assign(ids, DOMAIN_COLORS, EXTRA_DOMAIN_COLORS);
}

export function communityColor(community: number | null): string {
  if (community === null) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;
}

export const COMMUNITY_PALETTE_SIZE = COMMUNITY_COLORS.length;

/** Every colour a community can take, the two greys included, in the order of the communities. */
export const communityColors = (): string[] => [
  ...COMMUNITY_COLORS,
  OTHER_COMMUNITY_COLOR,
  NO_COMMUNITY_COLOR,
];
