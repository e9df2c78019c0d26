/**
 * Agreements by id, each asked for once: a link's tooltip and its panel read the same ones, and hovering
 * back and forth over a link must not ask again. Emptied when an import may have changed them.
 */
import type { AgreementSummary } from '../../../contract/graph.js';
import { fetchAgreement } from '../api/explore.js';

export interface AgreementCache {
  /** The agreements of `ids`, in their order. */
  get: (ids: readonly string[]) => Promise<AgreementSummary[]>;
  clear: () => void;
}

export function createAgreementCache(): AgreementCache {
  const known = new Map<string, Promise<AgreementSummary>>();
  const one = (id: string): Promise<AgreementSummary> => {
    let answer = known.get(id);
    if (answer === undefined) {
      answer = fetchAgreement(id);
      // A failed request is asked again next time.
      answer.catch(() => known.delete(id));
      known.set(id, answer);
    }
    return answer;
  };
  return {
    get: (ids) => Promise.all(ids.map(one)),
    clear: () => known.clear(),
  };
}
