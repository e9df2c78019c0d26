/**
 * The data set the review sends, built from the state with what the page knows besides: the countries
 * the drawn network holds, and the platform's names for one it does not.
 */
import type { Dataset } from '../../../../contract/dataset.js';
import type { CooperationGraph } from '../../graph/network.js';
import { regionName } from '../../i18n/format.js';
import type { ExplorerState } from '../../state/types.js';
import { buildDataset } from './draft-state.js';

export function datasetOf(state: ExplorerState, graph: CooperationGraph): Dataset | null {
  const { extract, decisions } = state.review;
  if (extract === null) return null;
  return buildDataset(extract, decisions, {
    known: new Set(graph.getAttribute('countries').map((country) => country.code)),
    name: (code) => {
      const nameEn = regionName(code, 'en');
      // Intl answers the code itself for one it does not know: no record is better than a false name.
      return nameEn === code ? null : { nameEn, nameKo: regionName(code, 'ko') };
    },
  });
}
