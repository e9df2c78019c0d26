/**
 * When a typed end names no institution, or several: the path finder says so in the user's words and,
 * for several, asks which one was meant (the API's problem lists them; picking one runs the search again).
 * Other failures are not about the ends and are left to the generic error box.
 */
import { type Candidate, pathEndProblem } from '../../api/explore.js';
import type { Language } from '../../i18n/language.js';
import { explorerStrings } from '../../i18n/strings.js';
import type { PathQuery } from '../../state/types.js';
import { el } from '../dom.js';

export function endProblem(
  error: unknown,
  query: PathQuery,
  language: Language,
  choose: (end: 'from' | 'to', id: string) => void,
): HTMLElement | null {
  const problem = pathEndProblem(error);
  if (problem === null) return null;
  const { end, candidates } = problem;
  const text = explorerStrings(language);
  const term = query[end];
  if (candidates.length < 2) {
    return el('p', { className: 'path-end-problem', attrs: { 'data-testid': 'path-unknown' } }, [
      text.pathUnknown(term),
    ]);
  }
  const option = (candidate: Candidate) => {
    const button = el('button', {
      className: 'link-button',
      attrs: { type: 'button', 'data-testid': 'path-candidate', 'data-id': candidate.id },
      text: candidateName(candidate, language),
    });
    button.addEventListener('click', () => choose(end, candidate.id));
    return el('li', {}, [button]);
  };
  return el('div', { className: 'path-end-problem', attrs: { 'data-testid': 'path-ambiguous' } }, [
    el('p', { text: text.pathAmbiguous(term) }),
    el('ul', { className: 'path-candidates' }, candidates.map(option)),
  ]);
}

/** Both names, so that two institutions sharing an acronym can be told apart. */
function candidateName(candidate: Candidate, language: Language): string {
  const [first, second] =
    language === 'ko' ? [candidate.nameKo, candidate.nameEn] : [candidate.nameEn, candidate.nameKo];
  return `${first}${candidate.acronym === null ? '' : ` (${candidate.acronym})`} · ${second}`;
}
