/**
 * Extraction: an article in, a draft data set out, every proposal tied to the words that support it.
 * Offline and deterministic — a gazetteer (the catalogue) with rules for Korean and English, and
 * chrono-node for English dates; server/extract/README.md says why and how well it measures.
 */
import type { Dataset } from '../../contract/dataset.js';
import type { ExtractRequest, ExtractResponse } from '../../contract/extract.js';
import { findActorMentions } from './actors.js';
import { findAgreements } from './agreements.js';
import { knownInstitution, type Catalogue, type KnownInstitution } from './catalogue.js';
import { findCountryCues, findCountryPairs } from './countries.js';
import { buildDraft } from './draft.js';
import { detectLanguage } from './language.js';
import { findKnownMentions } from './match-institutions.js';
import { buildNameIndex, type NameIndex } from './name-index.js';
import { findNewMentions } from './new-institutions.js';
import { resolveMentions } from './resolve.js';
import { splitSentences } from './sentences.js';
import type { TextContext } from './types.js';

export type { Catalogue } from './catalogue.js';

const indexes = new WeakMap<Catalogue, NameIndex>();

export function extractDraft(
  request: ExtractRequest,
  catalogue: Catalogue,
): Omit<ExtractResponse, 'elapsedMs'> {
  const input = request.text;
  const language = request.language ?? detectLanguage(input);
  let index = indexes.get(catalogue);
  if (!index) {
    index = buildNameIndex(catalogue);
    indexes.set(catalogue, index);
  }
  const context: TextContext = {
    input,
    language,
    published: request.published ?? null,
    sentences: splitSentences(input),
    countries: articleCountries(input, language),
  };
  const known = findKnownMentions(context, index).filter((mention) => !mention.countryActor);
  const actors = findActorMentions(
    context,
    index,
    known.map((mention) => mention.span),
  );
  const fresh = findNewMentions(
    context,
    [...known, ...actors].map((mention) => mention.span),
  );
  const mentions = [...known, ...actors, ...fresh].sort((a, b) => a.span.start - b.span.start);
  const resolution = resolveMentions(mentions, index);
  const agreements = findAgreements(context, mentions, resolution);
  const { draft, review } = buildDraft({ context, catalogue, resolution, agreements, title: request.title });
  return {
    language,
    languageDetected: request.language === undefined,
    draft,
    review,
    characters: input.length,
  };
}

/** The countries the article names most, Korea first among equals (the articles are Korean news). */
function articleCountries(input: string, language: 'ko' | 'en'): string[] {
  const counts = new Map<string, number>();
  const count = (code: string, by = 1): void => void counts.set(code, (counts.get(code) ?? 0) + by);
  for (const cue of findCountryCues(input)) count(cue.code);
  if (language === 'ko')
    for (const pair of findCountryPairs(input)) for (const code of pair.codes) count(code);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] === 'KR' ? -1 : b[0] === 'KR' ? 1 : a[0].localeCompare(b[0])))
    .map(([code]) => code);
}

/** A catalogue from data set files: the graph's (seed/*.yaml) and the gazetteer's (seed/reference/*.yaml). */
export function catalogueFromDatasets(graph: Dataset[], reference: Dataset[]): Catalogue {
  const institutions: KnownInstitution[] = [];
  const seen = new Set<string>();
  const add = (dataset: Dataset, where: 'graph' | 'reference'): void => {
    for (const record of dataset.institutions) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      institutions.push(knownInstitution(record, where));
    }
  };
  graph.forEach((dataset) => add(dataset, 'graph'));
  reference.forEach((dataset) => add(dataset, 'reference'));
  const unique = <T>(items: T[], key: (item: T) => string): T[] => [
    ...new Map(items.map((item) => [key(item), item])).values(),
  ];
  const graphCountries = unique(
    graph.flatMap((d) => d.countries),
    (c) => c.code,
  );
  const graphCodes = new Set(graphCountries.map((c) => c.code));
  return {
    institutions,
    domains: unique(
      graph.flatMap((d) => d.domains),
      (d) => d.id,
    ),
    countries: graphCountries,
    referenceSources: unique(
      reference.flatMap((d) => d.sources),
      (s) => s.id,
    ),
    referenceCountries: unique(
      reference.flatMap((d) => d.countries),
      (c) => c.code,
    ).filter((c) => !graphCodes.has(c.code)),
  };
}
