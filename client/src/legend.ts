/**
 * The colour key: one entry per country present in the drawing (named in the current language,
 * with its number of institutions), plus the colour of actors that belong to no country.
 */
import { el } from './dom.js';
import { type Language, regionName, strings } from './i18n.js';
import {
  type CooperationGraph,
  countryPalette,
  EDGE_COLORS,
  type EdgeRelation,
  NO_COUNTRY_COLOR,
} from './network.js';

interface LegendEntry {
  code: string | null;
  color: string;
  count: number;
}

export function renderLegend(root: HTMLElement, graph: CooperationGraph, language: Language): void {
  const text = strings(language);
  const items = legendEntries(graph).map(({ code, color, count }) => {
    const swatch = el('span', { className: 'legend-swatch', attrs: { 'aria-hidden': 'true' } });
    // Set through the CSSOM: a strict Content-Security-Policy may forbid inline style attributes.
    swatch.style.backgroundColor = color;
    return el('li', { className: 'legend-item', attrs: { 'data-country': code ?? 'none' } }, [
      swatch,
      el('span', {
        className: 'legend-name',
        text: code === null ? text.noCountry : countryName(graph, code, language),
      }),
      el('span', { className: 'legend-count', text: String(count) }),
    ]);
  });
  const relations = new Set(graph.mapEdges((_edge, { relation }) => relation));
  const links = (['cooperation', 'part-of'] as const)
    .filter((relation) => relations.has(relation))
    .map((relation) =>
      el('li', { className: 'legend-item', attrs: { 'data-relation': relation } }, [
        linkSample(relation),
        el('span', {
          className: 'legend-name',
          text: relation === 'cooperation' ? text.linkCooperation : text.linkPartOf,
        }),
      ]),
    );
  const sections: Node[] = [
    el('h2', { className: 'legend-title', text: text.legendTitle }),
    el('ul', { className: 'legend-list' }, items),
  ];
  if (links.length > 0) {
    sections.push(el('h2', { className: 'legend-title', text: text.legendLinks }));
    sections.push(el('ul', { className: 'legend-list' }, links));
  }
  sections.push(el('p', { className: 'legend-hint', text: text.hint }));
  root.replaceChildren(...sections);
}

/** A short stroke drawn like the edges it stands for: straight for agreements, curved for "part of". */
function linkSample(relation: EdgeRelation): SVGSVGElement {
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'legend-link');
  svg.setAttribute('viewBox', '0 0 20 12');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', relation === 'cooperation' ? 'M1 6 L19 6' : 'M1 9 Q10 0 19 9');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', EDGE_COLORS[relation]);
  path.setAttribute('stroke-width', '2.5');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}

/** A country's name as the network names it, or as the platform does for codes it does not list. */
export function countryName(graph: CooperationGraph, code: string, language: Language): string {
  const country = graph.getAttribute('countries').find((candidate) => candidate.code === code);
  if (country === undefined) return regionName(code, language);
  return language === 'ko' ? country.nameKo : country.nameEn;
}

/** Countries in the network's own order (the server's curation), then any it forgot, then "none". */
function legendEntries(graph: CooperationGraph): LegendEntry[] {
  const palette = countryPalette(graph);
  const counts = new Map<string | null, number>();
  graph.forEachNode((_node, { country }) => counts.set(country, (counts.get(country) ?? 0) + 1));

  const listed = graph.getAttribute('countries').map((country) => country.code);
  const codes = [...new Set([...listed, ...[...palette.keys()].sort()])];
  const entries: LegendEntry[] = codes
    .filter((code) => (counts.get(code) ?? 0) > 0)
    .map((code) => ({ code, color: palette.get(code) ?? NO_COUNTRY_COLOR, count: counts.get(code) ?? 0 }));
  const stateless = counts.get(null) ?? 0;
  if (stateless > 0) entries.push({ code: null, color: NO_COUNTRY_COLOR, count: stateless });
  return entries;
}
