/** How the review names what it shows: an institution of the draft, of the graph, an agreement. */
import type { ExtractResponse } from '../../../../contract/extract.js';
import { type CooperationGraph, nodeLabel } from '../../graph/network.js';
import type { Language } from '../../i18n/language.js';
import type { ProposalKey, ReviewDecisions } from '../../state/review.js';
import { institutionProposals } from './draft-state.js';

/** An institution by the id a party names: the draft's proposal as decided, else the graph's node. */
export function institutionName(
  response: ExtractResponse,
  decisions: ReviewDecisions,
  graph: CooperationGraph,
  id: string,
  language: Language,
): string {
  const proposal = institutionProposals(response).find((entry) => entry.id === id);
  const decision = decisions.institutions[id];
  if (proposal !== undefined && decision !== undefined) {
    const candidate = proposal.candidates.find((entry) => entry.id === decision.target);
    const { nameEn, nameKo, acronym } = candidate ?? {
      ...decision.fields,
      acronym: decision.fields.acronym || null,
    };
    const name = language === 'ko' ? nameKo || nameEn : nameEn || nameKo;
    return acronym !== null && acronym !== '' && acronym !== name ? `${name} (${acronym})` : name;
  }
  if (graph.hasNode(id)) return nodeLabel(graph.getNodeAttributes(id), language);
  return id;
}

export function agreementTitle(decisions: ReviewDecisions, id: string, language: Language): string {
  const agreement = decisions.agreements[id]?.agreement;
  if (agreement === undefined) return id;
  return (language === 'ko' ? agreement.titleKo : agreement.titleEn) || agreement.titleEn || id;
}

export function proposalName(
  response: ExtractResponse,
  decisions: ReviewDecisions,
  graph: CooperationGraph,
  item: ProposalKey,
  language: Language,
): string {
  return item.type === 'institution'
    ? institutionName(response, decisions, graph, item.id, language)
    : agreementTitle(decisions, item.id, language);
}

/** The key the article's marks and the list's cards are found by. */
export const proposalKey = (item: ProposalKey): string => `${item.type}:${item.id}`;
