/**
 * The names of a network's countries and domains in the interface language, as the network lists them:
 * the API names every country and domain its answers mention.
 */
import { regionName } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import type { CooperationGraph } from './network.js';

/** A country's name as the network names it, or as the platform does for codes it does not list. */
export function countryName(graph: CooperationGraph, code: string, language: Language): string {
  const country = graph.getAttribute('countries').find((candidate) => candidate.code === code);
  if (country === undefined) return regionName(code, language);
  return language === 'ko' ? country.nameKo : country.nameEn;
}

/** A domain's name, or its id when the network does not list it. */
export function domainName(graph: CooperationGraph, id: string, language: Language): string {
  const domain = graph.getAttribute('domains').find((candidate) => candidate.id === id);
  if (domain === undefined) return id;
  return language === 'ko' ? domain.nameKo : domain.nameEn;
}
