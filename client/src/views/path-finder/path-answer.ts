/**
 * A path answer in words: a summary, then each path as a list of hops, each with the agreement, event,
 * parent link or post behind it and the quote that states it. An agreement on the way is a link that
 * shows it in the panel.
 */
import type { PathHop, PathNode, PathsAnswer } from '../../../../contract/explore.js';
import { AGREEMENT_KIND_LABELS } from '../../../../contract/vocabulary.js';
import type { CooperationGraph } from '../../graph/network.js';
import { formatPartialDate, vocabularyLabel } from '../../i18n/format.js';
import type { Language } from '../../i18n/language.js';
import type { ExplorerStrings } from '../../i18n/explorer-strings.js';
import { explorerStrings } from '../../i18n/strings.js';
import type { Store } from '../../state/store.js';
import type { PathQuery } from '../../state/types.js';
import { el } from '../dom.js';

export function renderAnswer(
  answer: PathsAnswer,
  query: PathQuery,
  language: Language,
  store: Store,
  graph: CooperationGraph,
): Node[] {
  const text = explorerStrings(language);
  if (answer.paths.length === 0) {
    const summary = el('p', { className: 'path-summary', attrs: { 'data-testid': 'path-summary' } }, [
      el('strong', { text: text.noPath }),
    ]);
    return [summary, el('p', { className: 'muted', text: noPathReason(answer, query, text) })];
  }
  const summary = el('p', {
    className: 'path-summary',
    text: text.pathsFound(answer.paths.length, answer.paths[0]?.length ?? 0),
    attrs: { 'data-testid': 'path-summary' },
  });
  const missing = answer.paths.some((path) =>
    path.nodes.some((node) => node.type === 'institution' && !graph.hasNode(node.id)),
  );
  const paths = answer.paths.map((path, index) => {
    const names = new Map(path.nodes.map((node) => [node.id, node]));
    return el('section', { className: 'path', attrs: { 'data-testid': 'path' } }, [
      answer.paths.length > 1 && el('h4', { className: 'group-title', text: text.pathNumber(index + 1) }),
      el(
        'ol',
        { className: 'hops' },
        path.hops.map((hop, at) => renderHop(hop, path.nodes[at]?.id === hop.from, names, language, store)),
      ),
    ]);
  });
  return [summary, missing ? el('p', { className: 'muted', text: text.pathMissing }) : null, ...paths].filter(
    (node): node is HTMLElement => node !== null,
  );
}

/**
 * Why nothing links the two, in the user's words rather than the API's (which names its parameters): the
 * links and hops that were allowed, and the links that join only when asked for.
 */
function noPathReason(answer: PathsAnswer, query: PathQuery, text: ExplorerStrings): string {
  if (answer.from.id === answer.to.id) return text.pathSameEnds;
  const unasked = (['event', 'person'] as const).filter((link) => !query.via.includes(link));
  return text.noPathReason(query.maxHops, query.domain !== null, unasked.length > 0);
}

/**
 * A hop as it is walked, from the node reached so far to the next one. Its relationship may point the
 * other way (the second party of an agreement is reached from the agreement): the arrow then shows the
 * relationship as the evidence states it, read from right to left ("A ← party to — NIST").
 */
function renderHop(
  hop: PathHop,
  forward: boolean,
  names: Map<string, PathNode>,
  language: Language,
  store: Store,
): HTMLElement {
  const text = explorerStrings(language);
  // Each end in words; an agreement is a link that shows it (and its parties on the canvas).
  const end = (id: string): Node => {
    const node = names.get(id);
    const name =
      node === undefined ? id : language === 'ko' && node.nameKo !== null ? node.nameKo : node.nameEn;
    if (node?.type !== 'agreement') return el('strong', { text: name });
    const open = el('button', {
      className: 'link-button hop-agreement-link',
      text: name,
      attrs: { type: 'button', 'data-agreement': id, 'data-testid': 'hop-agreement' },
    });
    open.addEventListener('click', () => store.dispatch({ type: 'selectAgreement', id }));
    return open;
  };
  const relation = text.relations[hop.relation];
  const line = el('p', { className: 'hop-line', attrs: { 'data-direction': forward ? 'forward' : 'back' } }, [
    end(forward ? hop.from : hop.to),
    el('span', { className: 'hop-relation', text: forward ? ` — ${relation} → ` : ` ← ${relation} — ` }),
    end(forward ? hop.to : hop.from),
  ]);
  const details: (Node | null)[] = [];
  if (hop.agreement !== undefined) {
    const { agreement } = hop;
    details.push(
      el('p', { className: 'hop-agreement' }, [
        el('span', {
          className: 'badge badge-kind',
          text: vocabularyLabel(AGREEMENT_KIND_LABELS, agreement.kind, language),
        }),
      ]),
    );
    if (agreement.quoteKo !== null) details.push(quote('ko', agreement.quoteKo));
    if (agreement.quoteEn !== null) details.push(quote('en', agreement.quoteEn));
  }
  if (hop.event !== undefined && hop.event.date !== null) {
    details.push(el('p', { className: 'muted', text: formatPartialDate(hop.event.date, language) }));
  }
  if (hop.post !== undefined) {
    const title =
      language === 'ko' ? (hop.post.titleKo ?? hop.post.titleEn) : (hop.post.titleEn ?? hop.post.titleKo);
    if (title !== null) details.push(el('p', { className: 'muted', text: title }));
  }
  if (hop.parent?.quoteKo) details.push(quote('ko', hop.parent.quoteKo));
  return el('li', { className: 'hop', attrs: { 'data-relation': hop.relation } }, [line, ...details]);
}

function quote(language: Language, text: string): HTMLElement {
  return el('blockquote', { className: 'quote-text', attrs: { lang: language } }, [
    el('span', { className: 'quote-lang', text: language.toUpperCase() }),
    text,
  ]);
}
