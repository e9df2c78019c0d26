/**
 * The draft data set and the review beside it: the article as its source, the records of the
 * institutions the graph lacks (a gazetteer record with its background source, or a guess), the
 * agreements with their verbatim quotes, and for every proposal where it stands, how sure and why.
 */
import type { Dataset, Institution } from '../../contract/dataset.js';
import type { AgreementProposal, Draft, InstitutionProposal, ReviewItem } from '../../contract/extract.js';
import type { AgreementFinding } from './finding.js';
import type { Catalogue } from './catalogue.js';
import { COUNTRY_BY_CODE } from './countries.js';
import { DOMAIN_WORDS } from './domains.js';
import { shortHash, slug, uniqueId } from './ids.js';
import type { ResolvedInstitution, Resolution } from './resolve.js';
import { partyLabels, summaryEn, titles } from './titles.js';
import type { Mention, MentionHow, Span, TextContext } from './types.js';

export interface DraftInput {
  context: TextContext;
  catalogue: Catalogue;
  resolution: Resolution;
  agreements: AgreementFinding[];
  title: string | undefined;
}

const HOW: Record<MentionHow, { confidence: number; reason: string }> = {
  'name-and-acronym': { confidence: 0.98, reason: 'name and acronym matched (acronym in parentheses)' },
  name: { confidence: 0.95, reason: 'full name matched' },
  alias: { confidence: 0.9, reason: 'alias matched' },
  acronym: { confidence: 0.85, reason: 'acronym matched' },
  'short-name': { confidence: 0.8, reason: 'short form of the name matched' },
  country: { confidence: 0.8, reason: 'the country, named as an actor, stands for its government' },
  pair: {
    confidence: 0.7,
    reason: 'a pair of countries (양국, 한·미, both countries) stands for their governments',
  },
  'home-government': {
    confidence: 0.7,
    reason: '정부 without a country is the home government of a Korean article',
  },
  'shape-and-acronym': {
    confidence: 0.6,
    reason: 'new organisation: name shape with an acronym in parentheses',
  },
  shape: { confidence: 0.5, reason: 'new organisation from the shape of its name' },
};

export function buildDraft({ context, catalogue, resolution, agreements, title }: DraftInput): {
  draft: Draft;
  review: ReviewItem[];
} {
  const { input, language, published } = context;
  const source: Dataset['sources'][number] = {
    id: `article-${published ?? 'undated'}-${shortHash(input, 8)}`,
    kind: 'article',
    title: title ?? firstLine(input),
    ...(published ? { published } : {}),
    language,
    text: input,
  };
  const partyIds = new Set(agreements.flatMap((agreement) => agreement.parties));
  const institutions = resolution.institutions;
  const byId = new Map(institutions.map((institution) => [institution.id, institution]));
  const draftIds = new Set(institutions.filter((i) => i.match !== 'graph').map((i) => i.id));
  const graphIds = new Set(catalogue.institutions.filter((i) => i.in === 'graph').map((i) => i.id));

  const records: Institution[] = [];
  const sources: Dataset['sources'] = [source];
  const countries = new Map<string, Dataset['countries'][number]>();
  const knownCountries = new Set(catalogue.countries.map((country) => country.code));
  const needCountry = (code: string | undefined): void => {
    if (!code || knownCountries.has(code) || countries.has(code)) return;
    const reference = catalogue.referenceCountries.find((country) => country.code === code);
    const words = COUNTRY_BY_CODE.get(code);
    if (reference) countries.set(code, reference);
    else if (words) countries.set(code, { code, nameEn: words.nameEn, nameKo: words.nameKo });
  };
  const needSource = (id: string | undefined): void => {
    if (!id || sources.some((s) => s.id === id)) return;
    const background = catalogue.referenceSources.find((s) => s.id === id);
    if (background) sources.push(background);
  };
  for (const institution of institutions) {
    if (institution.match === 'graph') continue;
    const record = institutionRecord(institution, graphIds, draftIds);
    records.push(record);
    needCountry(record.country);
    needSource(record.source);
    needSource(record.partOf?.evidence.source);
  }

  const agreementIds = new Set<string>();
  const knownDomains = new Set(catalogue.domains.map((domain) => domain.id));
  const domains = new Map<string, Dataset['domains'][number]>();
  const draftAgreements: Draft['agreements'] = [];
  const agreementReview: AgreementProposal[] = [];
  for (const finding of agreements) {
    const labels = finding.parties.map((id) => partyLabels(byId.get(id)!));
    for (const domain of finding.domains) {
      if (knownDomains.has(domain) || domains.has(domain)) continue;
      const words = DOMAIN_WORDS.find((d) => d.id === domain);
      if (words) domains.set(domain, { id: domain, nameEn: words.nameEn, nameKo: words.nameKo });
    }
    const id = uniqueId(
      slug(
        `${labels
          .slice(0, 3)
          .map((l) => l.token)
          .join(' ')} ${finding.kind}`,
        8,
      ),
      agreementIds,
    );
    const sentences = [finding.sentence, ...finding.more].map((i) => context.sentences[i]!);
    const quoteEn = (sentence: Span): string => (language === 'en' ? sentence.text : '');
    draftAgreements.push({
      id,
      ...titles(labels, finding.kind, finding.domains),
      kind: finding.kind,
      status: finding.status,
      ...(finding.date ? { date: finding.date } : {}),
      ...(finding.amount?.currency === 'USD' ? { amountUsd: finding.amount.value } : {}),
      ...(finding.amount
        ? {
            amount: {
              value: finding.amount.value,
              currency: finding.amount.currency,
              ...(finding.amount.per ? { per: finding.amount.per } : {}),
              stated: finding.amount.stated,
            },
          }
        : {}),
      summaryEn: summaryEn(labels, finding.kind, finding.status, finding.domains, finding.amount),
      summaryKo: sentences[0]!.text,
      domains: finding.domains,
      parties: finding.parties.map((institution) => ({ institution, role: 'party' as const })),
      evidence: sentences.map((sentence) => ({
        source: source.id,
        quoteKo: sentence.text,
        quoteEn: quoteEn(sentence),
      })),
    });
    agreementReview.push({
      type: 'agreement',
      id,
      confidence: finding.confidence,
      reasons: finding.reasons,
      evidence: sentences.map((sentence) => ({
        sentence,
        mentions: [...finding.partyMentions.map((m) => m.span), ...finding.cues]
          .filter((span) => span.start >= sentence.start && span.end <= sentence.end)
          .sort((a, b) => a.start - b.start),
        quoteEn: quoteEn(sentence),
      })),
    });
  }

  const institutionReview = institutions
    .map((institution) => institutionProposal(context, institution, catalogue, partyIds.has(institution.id)))
    .sort((a, b) => a.evidence[0]!.sentence.start - b.evidence[0]!.sentence.start);
  return {
    draft: {
      sources,
      countries: [...countries.values()],
      domains: [...domains.values()],
      institutions: records,
      people: [],
      events: [],
      agreements: draftAgreements,
    },
    review: [...institutionReview, ...agreementReview],
  };
}

/** A gazetteer record as it stands (its parent kept only where the draft can refer to it), or a guess. */
function institutionRecord(
  institution: ResolvedInstitution,
  graphIds: Set<string>,
  draftIds: Set<string>,
): Institution {
  const record = institution.known?.record;
  if (record) {
    const { partOf, ...rest } = record;
    const parentKnown = partOf && (graphIds.has(partOf.institution) || draftIds.has(partOf.institution));
    return { ...rest, aliases: [...rest.aliases], ...(parentKnown ? { partOf } : {}) };
  }
  const known = institution.known;
  if (known) {
    return {
      id: known.id,
      nameEn: known.nameEn,
      nameKo: known.nameKo,
      ...(known.acronym ? { acronym: known.acronym } : {}),
      aliases: [...known.aliases],
      kind: known.kind,
      ...(known.country ? { country: known.country } : {}),
    };
  }
  const guess = institution.guess!;
  return {
    id: institution.id,
    nameEn: guess.nameEn,
    nameKo: guess.nameKo,
    ...(guess.acronym ? { acronym: guess.acronym } : {}),
    aliases: [],
    kind: guess.kind,
    ...(guess.country ? { country: guess.country } : {}),
  };
}

function institutionProposal(
  context: TextContext,
  institution: ResolvedInstitution,
  catalogue: Catalogue,
  isParty: boolean,
): InstitutionProposal {
  const { mentions } = institution;
  const best = Math.max(...mentions.map((mention) => HOW[mention.how].confidence));
  const reasons = [...new Set(mentions.map((mention) => HOW[mention.how].reason))];
  const choices = [
    ...new Set(mentions.map((mention) => mention.choice).filter((c): c is string => c !== null)),
  ];
  reasons.push(...choices);
  if (institution.guess) reasons.push(...institution.guess.reasons);
  if (institution.match === 'reference')
    reasons.push('known to the gazetteer, not yet in the graph: the draft carries its record');
  if (mentions.length > 1) reasons.push(`named ${mentions.length} times`);
  if (!isParty) reasons.push('named, but party to no proposed agreement');
  const unsure = choices.some((choice) => choice.endsWith('check it'));
  const confidence =
    Math.round(Math.min(1, best + (mentions.length > 1 ? 0.02 : 0) - (unsure ? 0.2 : 0)) * 100) / 100;
  const bySentence = new Map<number, Mention[]>();
  for (const mention of mentions)
    bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
  const candidates = institution.candidates
    .map((id) => catalogue.institutions.find((known) => known.id === id))
    .filter((known) => known !== undefined)
    .map((known) => ({
      id: known.id,
      nameEn: known.nameEn,
      nameKo: known.nameKo,
      acronym: known.acronym,
      in: known.in,
    }));
  return {
    type: 'institution',
    id: institution.id,
    match: institution.match,
    name: mentions[0]!.span.text,
    candidates,
    confidence,
    reasons,
    evidence: [...bySentence.entries()].map(([i, found]) => {
      const sentence = context.sentences[i]!;
      return {
        sentence,
        mentions: found.map((mention) => mention.span),
        quoteEn: context.language === 'en' ? sentence.text : '',
      };
    }),
  };
}

function firstLine(input: string): string {
  const line = input.trim().split('\n')[0]!.trim();
  return line.length <= 200 ? line : `${line.slice(0, 199)}…`;
}
