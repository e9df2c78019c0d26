/**
 * The key to the drawing, for what is on the canvas now: node colour (countries, or communities with the
 * institution that best names each), the pictogram of each institution kind, what node size measures, and
 * the links (colour by domain, width by shared agreements, curved for several, parent links).
 */
import { INSTITUTION_KIND_LABELS } from '../../../contract/vocabulary.js';
import { metricSize } from '../graph/appearance.js';
import { communities } from '../graph/metrics.js';
import { countryName } from '../graph/names.js';
import { type CooperationGraph, countryPalette, domainPalette } from '../graph/network.js';
import {
  COMMUNITY_PALETTE_SIZE,
  communityColor,
  NO_COMMUNITY_COLOR,
  NO_COUNTRY_COLOR,
  OTHER_COMMUNITY_COLOR,
  PART_OF_COLOR,
  SEVERAL_DOMAINS_COLOR,
} from '../graph/palette.js';
import { pictogramPath } from '../graph/pictograms.js';
import { edgeInView, isNodeVisible, sizeMetrics } from '../graph/view-model.js';
import { vocabularyLabel } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { explorerStrings, strings } from '../i18n/strings.js';
import { current, shownView } from '../state/reducer.js';
import type { Store } from '../state/store.js';
import type { ExplorerState } from '../state/types.js';
import { watch } from '../state/watch.js';
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

export function createLegend(root: HTMLElement, graph: CooperationGraph, store: Store): void {
  const render = (state: ExplorerState): void => {
    const { language } = state;
    const text = strings(language);
    const words = explorerStrings(language);
    const view = shownView(state);
    const visible = graph.filterNodes((node) => isNodeVisible(view, node));

    const sections: Node[] = [];
    if (state.colour === 'community' && current(state.stats) !== null) {
      sections.push(title(words.legendColourCommunity), list(communityEntries(state, language), 'community'));
    } else {
      sections.push(title(`${text.legendTitle}`), list(countryEntries(graph, visible, language), 'country'));
    }

    const kinds = [...new Set(visible.map((node) => graph.getNodeAttribute(node, 'kind')))].sort();
    sections.push(
      title(words.legendKinds),
      el(
        'ul',
        { className: 'legend-list legend-kinds' },
        kinds.map((kind) =>
          el('li', { className: 'legend-item', attrs: { 'data-kind': kind } }, [
            pictogram(kind),
            el('span', {
              className: 'legend-name',
              text: vocabularyLabel(INSTITUTION_KIND_LABELS, kind, language),
            }),
          ]),
        ),
      ),
    );

    const metrics = sizeMetrics(graph, current(state.stats), state.size);
    sections.push(
      title(words.legendSize(words.metrics[state.size])),
      el('div', { className: 'legend-sizes', attrs: { 'data-testid': 'legend-size' } }, [
        sizeSample(metricSize(0, metrics.max), '0'),
        sizeSample(metricSize(metrics.max / 2, metrics.max), format(metrics.max / 2, state.size)),
        sizeSample(metricSize(metrics.max, metrics.max), format(metrics.max, state.size)),
      ]),
    );

    const palette = domainPalette(graph);
    const domains = new Set<string>();
    let several = false;
    let partOf = false;
    let curved = false;
    graph.forEachEdge((edge, attributes) => {
      const shown = edgeInView(graph, view, edge);
      if (shown === null) return;
      if (attributes.relation === 'part-of') partOf = true;
      else if (shown.domains.length === 1) domains.add(shown.domains[0] ?? '');
      else several = true;
      if (attributes.relation === 'cooperation' && shown.weight > 1) curved = true;
    });
    const links = graph
      .getAttribute('domains')
      .filter((domain) => domains.has(domain.id))
      .map((domain) =>
        linkItem(
          palette.get(domain.id) ?? SEVERAL_DOMAINS_COLOR,
          language === 'ko' ? domain.nameKo : domain.nameEn,
          'straight',
          domain.id,
        ),
      );
    if (several) links.push(linkItem(SEVERAL_DOMAINS_COLOR, words.severalDomains, 'straight', 'several'));
    if (partOf) links.push(linkItem(PART_OF_COLOR, words.partOf, 'thin', 'part-of'));
    links.push(linkItem('#8a94a6', words.linkWidth, 'wide', 'width'));
    if (curved) links.push(linkItem('#8a94a6', words.linkCurved, 'curved', 'curved'));
    sections.push(title(words.legendLinks), el('ul', { className: 'legend-list' }, links));
    sections.push(el('p', { className: 'legend-hint', text: text.hint }));

    const details = el('details', { className: 'legend-details', attrs: { open: '' } }, [
      el('summary', { className: 'legend-summary', text: language === 'ko' ? '범례' : 'Legend' }),
      ...sections,
    ]);
    const wasOpen = root.querySelector('details')?.open ?? window.matchMedia('(min-width: 641px)').matches;
    details.open = wasOpen;
    root.replaceChildren(details);
  };

  // An open tool leaves little room: the legend folds while it is open and unfolds when it closes.
  const fold = (tool: ExplorerState['tool'], previous: ExplorerState['tool']): void => {
    const details = root.querySelector('details');
    if (details === null || window.innerWidth > 1500) return;
    if (tool !== null && previous === null) details.open = false;
    if (tool === null && previous !== null) details.open = true;
  };

  watch(store, ['language', 'view', 'timeView', 'stats', 'colour', 'size', 'graphVersion'], render);
  watch(store, ['tool'], (next, previous) => fold(next.tool, previous.tool));
  render(store.getState());
  fold(store.getState().tool, null);
}

interface Entry {
  key: string;
  color: string;
  name: string;
  count: number | null;
}

function countryEntries(graph: CooperationGraph, visible: string[], language: Language): Entry[] {
  const palette = countryPalette(graph);
  const counts = new Map<string | null, number>();
  for (const node of visible) {
    const country = graph.getNodeAttribute(node, 'country');
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const listed = graph.getAttribute('countries').map((country) => country.code);
  const codes = [...new Set([...listed, ...[...palette.keys()].sort()])];
  const entries: Entry[] = codes
    .filter((code) => (counts.get(code) ?? 0) > 0)
    .map((code) => ({
      key: code,
      color: palette.get(code) ?? NO_COUNTRY_COLOR,
      name: countryName(graph, code, language),
      count: counts.get(code) ?? 0,
    }));
  const stateless = counts.get(null) ?? 0;
  if (stateless > 0)
    entries.push({
      key: 'none',
      color: NO_COUNTRY_COLOR,
      name: strings(language).noCountry,
      count: stateless,
    });
  return entries;
}

function communityEntries(state: ExplorerState, language: Language): Entry[] {
  const stats = current(state.stats);
  if (stats === null) return [];
  const words = explorerStrings(language);
  const all = communities(stats);
  const entries: Entry[] = all
    .slice(0, COMMUNITY_PALETTE_SIZE)
    .map(({ community, size, representative }) => ({
      key: String(community),
      color: communityColor(community),
      name: `${words.community(community + 1)} · ${language === 'ko' ? representative.nameKo : (representative.acronym ?? representative.nameEn)}`,
      count: size,
    }));
  const rest = all.slice(COMMUNITY_PALETTE_SIZE).reduce((sum, entry) => sum + entry.size, 0);
  if (rest > 0)
    entries.push({ key: 'other', color: OTHER_COMMUNITY_COLOR, name: words.otherCommunities, count: rest });
  const alone = stats.institutions.filter((institution) => institution.community === null).length;
  if (alone > 0)
    entries.push({ key: 'none', color: NO_COMMUNITY_COLOR, name: words.noCommunity, count: alone });
  return entries;
}

function title(text: string): HTMLElement {
  return el('h2', { className: 'legend-title', text });
}

function list(entries: Entry[], kind: string): HTMLElement {
  return el(
    'ul',
    { className: 'legend-list' },
    entries.map(({ key, color, name, count }) => {
      const swatch = el('span', { className: 'legend-swatch', attrs: { 'aria-hidden': 'true' } });
      // Set through the CSSOM: a strict Content-Security-Policy may forbid inline style attributes.
      swatch.style.backgroundColor = color;
      return el('li', { className: 'legend-item', attrs: { [`data-${kind}`]: key } }, [
        swatch,
        el('span', { className: 'legend-name', text: name }),
        count !== null && el('span', { className: 'legend-count', text: String(count) }),
      ]);
    }),
  );
}

function pictogram(kind: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'legend-pictogram');
  svg.setAttribute('viewBox', '-4 -4 32 32');
  svg.setAttribute('aria-hidden', 'true');
  const disc = document.createElementNS(SVG, 'circle');
  disc.setAttribute('cx', '12');
  disc.setAttribute('cy', '12');
  disc.setAttribute('r', '16');
  disc.setAttribute('fill', '#5b6578');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', pictogramPath(kind));
  path.setAttribute('fill', '#fff');
  path.setAttribute('transform', 'translate(3 3) scale(0.75)');
  svg.append(disc, path);
  return svg;
}

function sizeSample(size: number, label: string): HTMLElement {
  const dot = el('span', { className: 'legend-dot', attrs: { 'aria-hidden': 'true' } });
  dot.style.width = dot.style.height = `${Math.round(size * 2)}px`;
  return el('span', { className: 'legend-size' }, [
    dot,
    el('span', { className: 'legend-count', text: label }),
  ]);
}

function format(value: number, metric: ExplorerState['size']): string {
  if (metric === 'betweenness') return value.toFixed(2);
  return String(Math.round(value * 10) / 10);
}

function linkItem(
  color: string,
  name: string,
  shape: 'straight' | 'thin' | 'wide' | 'curved',
  key: string,
): HTMLElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'legend-link');
  svg.setAttribute('viewBox', '0 0 20 12');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', shape === 'curved' ? 'M1 10 Q10 -2 19 10' : 'M1 6 L19 6');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', color);
  path.setAttribute('stroke-width', shape === 'wide' ? '5' : shape === 'thin' ? '1.5' : '2.5');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return el('li', { className: 'legend-item', attrs: { 'data-link': key } }, [
    svg,
    el('span', { className: 'legend-name', text: name }),
  ]);
}
