/**
 * A synthetic data set in the project's dataset format, for benchmarks and bulk-import tests: N
 * institutions across countries and kinds, about five agreements per institution with 2–6 parties each,
 * domains, dates, amounts and quotes. Deterministic from its seed.
 *
 * The degree distribution is skewed like real cooperation networks: parties are chosen by preferential
 * attachment (most often in proportion to the agreements an institution already has), so a few hubs take
 * part in thousands of agreements while most institutions have a handful.
 *
 * Output is a sequence of chunks, each a valid (partial) dataset, in dependency order: every id is defined
 * in a chunk before any later chunk refers to it. Nothing is kept but what references need (names of
 * institutions, the preferential-attachment urn), so 100k institutions and 500k agreements stream through
 * in bounded memory.
 */
import type { z } from 'zod';

import type { datasetSchema } from '../../contract/dataset.js';
import { initials, institutionName, KIND_SHORT_KO } from './names.js';
import { PairSet } from './pair-set.js';
import { distinct, partialDate, Random, WeightedSampler } from './random.js';
import { COUNTRIES, DOMAINS, PLACES, type Bilingual } from './words.js';

/** What one chunk holds: any of the dataset's collections, each optional (the file format's input type). */
export type DatasetChunk = z.input<typeof datasetSchema>;
type Item<K extends keyof DatasetChunk> = NonNullable<DatasetChunk[K]>[number];

export interface SyntheticOptions {
  institutions: number;
  /** Agreements per institution (default 5). */
  agreementsPerInstitution?: number;
  seed?: string | number;
  /** Records per chunk (default 1,000). */
  chunkSize?: number;
  /**
   * Put before every id the data set defines (default none), so that a second data set of the same size
   * adds new records to a graph that holds the first instead of rewriting its ones: `new-` makes
   * `new-agreement-00001`. Countries and domains are a shared vocabulary and keep their ids.
   */
  idPrefix?: string;
}

export const NODE_LABELS = [
  'Institution',
  'Agreement',
  'Domain',
  'Source',
  'Country',
  'Event',
  'Person',
] as const;
export const RELATIONSHIP_TYPES = [
  'PARTY_TO',
  'COVERS',
  'EVIDENCED_BY',
  'STATUS_STATED',
  'AGREED_AT',
  'BASED_IN',
  'PART_OF',
  'HOLDS',
  'CHAIRS',
  'COOPERATES_WITH',
] as const;

/** The graph an import of the data set must produce, exactly. */
export interface SyntheticCounts {
  nodes: Record<(typeof NODE_LABELS)[number], number>;
  relationships: Record<(typeof RELATIONSHIP_TYPES)[number], number>;
  chunks: number;
  /** Agreements of the institution with the most, and the median institution's. */
  degree: { max: number; median: number };
}

export interface SyntheticDataset {
  readonly options: Required<SyntheticOptions>;
  /** A fresh pass over the data set; every pass yields the same chunks. */
  chunks(): Generator<DatasetChunk>;
  /** The exact graph the data set makes (generates it once, without keeping it, if no pass finished yet). */
  counts(): SyntheticCounts;
}

const INSTITUTION_KINDS = [
  ['institute', 25],
  ['academia', 20],
  ['industry', 20],
  ['research-centre', 15],
  ['agency', 8],
  ['office', 5],
  ['ministry', 4],
  ['government', 3],
] as const;
type InstitutionKind = (typeof INSTITUTION_KINDS)[number][0];

const AGREEMENT_KINDS: readonly (readonly [Item<'agreements'>['kind'], Bilingual])[] = [
  ['mou', { en: 'MOU', ko: '양해각서' }],
  ['joint-research', { en: 'Joint research', ko: '공동연구' }],
  ['funding', { en: 'Funding', ko: '재정 지원' }],
  ['working-group', { en: 'Working group', ko: '워킹그룹' }],
  ['exchange', { en: 'Exchange', ko: '교류' }],
  ['meeting', { en: 'Conference', ko: '회의' }],
  ['dialogue', { en: 'Dialogue', ko: '대화' }],
  ['consultation', { en: 'Consultation', ko: '협의' }],
];
const STATUSES = ['agreed', 'signed', 'planned', 'in-consultation'] as const;
/** How many parties an agreement has: mostly pairs, as in news and fact sheets. */
const PARTY_COUNT_WEIGHTS = [55, 20, 12, 8, 5];
/** Share of party picks made in proportion to existing agreements (the rest are uniform). */
const PREFERENTIAL_SHARE = 0.7;
const PUBLISHERS = ['Science Daily Korea', 'Tech Policy Wire', 'Innovation Gazette', 'Research Herald'];

export function syntheticDataset(options: SyntheticOptions): SyntheticDataset {
  const resolved: Required<SyntheticOptions> = {
    agreementsPerInstitution: 5,
    seed: 42,
    chunkSize: 1_000,
    idPrefix: '',
    ...options,
  };
  if (!Number.isInteger(resolved.institutions) || resolved.institutions < 10) {
    throw new Error('syntheticDataset: institutions must be an integer of at least 10');
  }
  if (!/^([a-z0-9]+-)*$/.test(resolved.idPrefix)) {
    throw new Error('syntheticDataset: idPrefix must be lower-case letters and digits ending in "-"');
  }
  let counts: SyntheticCounts | null = null;
  const chunks = function* (): Generator<DatasetChunk> {
    const tally = newCounts();
    yield* generate(resolved, tally);
    counts = tally;
  };
  return {
    options: resolved,
    chunks,
    counts() {
      if (!counts) drain(chunks());
      return counts!;
    },
  };
}

/** Human sizes: `1k` is 1,000 institutions, `100k` 100,000. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a size such as 1k, 10k or 100k`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

function newCounts(): SyntheticCounts {
  return {
    nodes: Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as SyntheticCounts['nodes'],
    relationships: Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [type, 0]),
    ) as SyntheticCounts['relationships'],
    chunks: 0,
    degree: { max: 0, median: 0 },
  };
}

function* generate(options: Required<SyntheticOptions>, counts: SyntheticCounts): Generator<DatasetChunk> {
  const random = new Random(options.seed);
  const n = options.institutions;
  const m = Math.round(n * options.agreementsPerInstitution);
  const sourceCount = Math.max(10, Math.ceil(n / 20));
  const eventCount = Math.max(5, Math.ceil(n / 50));
  const personCount = Math.max(5, Math.ceil(n / 100));
  const width = String(Math.max(n, m)).length;
  const pad = (i: number): string => String(i).padStart(width, '0');
  const key = (kind: string, i: number): string => `${options.idPrefix}${kind}-${pad(i)}`;
  // Ids of institutions by index, kept as they are made: the country is part of the id.
  const institutionIds: string[] = [];
  const institutionIdOf = (i: number): string => institutionIds[i]!;

  const emit = function* <K extends keyof DatasetChunk>(
    key: K,
    total: number,
    make: (i: number) => Item<K>,
    extra: DatasetChunk = {},
  ): Generator<DatasetChunk> {
    for (let start = 0; start < total; start += options.chunkSize) {
      const items: Item<K>[] = [];
      for (let i = start; i < Math.min(total, start + options.chunkSize); i += 1) items.push(make(i));
      counts.chunks += 1;
      yield { ...(start === 0 ? extra : {}), [key]: items };
    }
  };

  // Vocabulary: every country and domain, whether used or not.
  const countries = COUNTRIES.map((c) => ({ code: c.code, nameEn: c.en, nameKo: c.ko }));
  const domains = DOMAINS.map((d) => ({ id: d.id, nameEn: d.en, nameKo: d.ko }));
  counts.nodes.Country = countries.length;
  counts.nodes.Domain = domains.length;

  const sourceId = (i: number): string => key('source', i);
  // Source 0 and every tenth are background pages (parents, events' places); the rest are articles.
  const isBackground = (i: number): boolean => i % 10 === 0;
  const articleSource = (): number => {
    const i = random.int(sourceCount);
    return isBackground(i) ? (i + 1) % sourceCount : i;
  };
  yield* emit(
    'sources',
    sourceCount,
    (i) => {
      counts.nodes.Source += 1;
      const domain = random.pick(DOMAINS);
      return {
        id: sourceId(i),
        kind: isBackground(i) ? 'background' : 'article',
        title: isBackground(i)
          ? `Synthetic reference page ${i}: ${domain.en} organisations`
          : `${domain.ko} 협력 소식 ${i}`,
        publisher: random.chance(0.8) ? random.pick(PUBLISHERS) : undefined,
        published: partialDate(random),
        url: `https://example.org/synthetic/${i}`,
        language: isBackground(i) ? 'en' : 'ko',
      };
    },
    { countries, domains },
  );

  // Institutions.
  const countrySampler = WeightedSampler.zipf(COUNTRIES.length, 1.1);
  const kindSampler = new WeightedSampler(INSTITUTION_KINDS.map(([, weight]) => weight));
  const names: { en: string; ko: string; acronym: string | undefined }[] = [];
  const parentsByCountry = new Map<string, number[]>();
  yield* emit('institutions', n, (i) => {
    counts.nodes.Institution += 1;
    const country = random.chance(0.93) ? COUNTRIES[countrySampler.sample(random)] : undefined;
    const kind: InstitutionKind = INSTITUTION_KINDS[kindSampler.sample(random)]![0];
    const name = institutionName(random, kind, i);
    const acronym = random.chance(0.7) ? `${initials(name.en)}-${i.toString(36).toUpperCase()}` : undefined;
    names.push({ ...name, acronym });
    const aliases: string[] = [];
    if (random.chance(0.4)) aliases.push(`${name.field.en} ${kind.replace('-', ' ')} ${i}`);
    if (random.chance(0.3)) aliases.push(`${name.field.ko}${KIND_SHORT_KO[kind]} ${i}`);

    let partOf: Item<'institutions'>['partOf'];
    if (country) {
      counts.relationships.BASED_IN += 1;
      const parents = parentsByCountry.get(country.code) ?? [];
      if (kind === 'ministry' || kind === 'government') parentsByCountry.set(country.code, [...parents, i]);
      else if (parents.length > 0 && kind !== 'industry' && kind !== 'academia' && random.chance(0.3)) {
        counts.relationships.PART_OF += 1;
        partOf = {
          institution: institutionIdOf(random.pick(parents)),
          evidence: { source: sourceId(0), note: 'Synthetic: the parent body of a generated institution.' },
        };
      }
    }
    institutionIds.push(key(country?.code.toLowerCase() ?? 'intl', i));
    return {
      id: institutionIdOf(i),
      nameEn: name.en,
      nameKo: name.ko,
      acronym,
      aliases,
      kind,
      country: country?.code,
      partOf,
    };
  });

  // Events, then the people who chair them and hold posts.
  const eventId = (i: number): string => key('event', i);
  yield* emit('events', eventCount, (i) => {
    counts.nodes.Event += 1;
    counts.relationships.EVIDENCED_BY += 1;
    const [a, b] = [COUNTRIES[countrySampler.sample(random)]!, COUNTRIES[countrySampler.sample(random)]!];
    const domain = random.pick(DOMAINS);
    const place = random.chance(0.7) ? random.pick(PLACES) : undefined;
    return {
      id: eventId(i),
      nameEn: `${a.en}–${b.en} ${domain.en} Dialogue ${i}`,
      nameKo: `${a.ko}–${b.ko} ${domain.ko} 대화 ${i}`,
      date: partialDate(random, 3),
      place: place?.en,
      evidence: {
        source: sourceId(articleSource()),
        quoteKo: `${a.ko}과 ${b.ko}은 ${domain.ko} 분야 대화를 열었다 (${i}).`,
      },
    };
  });
  yield* emit('people', personCount, (i) => {
    counts.nodes.Person += 1;
    const posts = distinct(random, random.between(1, 2), n, () => random.int(n));
    const chairs = random.chance(0.5)
      ? distinct(random, random.between(1, 2), eventCount, () => random.int(eventCount))
      : [];
    counts.relationships.HOLDS += posts.length;
    counts.relationships.CHAIRS += chairs.length;
    const given = random.pick(PLACES);
    return {
      id: key('person', i),
      nameEn: `${given.en} Kim ${i}`,
      nameKo: `김${given.ko} ${i}`,
      holds: posts.map((post) => ({
        institution: institutionIdOf(post),
        titleEn: 'Director',
        titleKo: '원장',
      })),
      chairs: chairs.map(eventId),
    };
  });

  // Agreements, with parties by preferential attachment: `urn` holds one entry per party so far, so a
  // uniform draw from it picks institutions in proportion to their agreements.
  const urn = new Int32Array(m * PARTY_COUNT_WEIGHTS.length + 1);
  let urnSize = 0;
  const degree = new Int32Array(n);
  const pairs = new PairSet(m * 4);
  const partyCountSampler = new WeightedSampler(PARTY_COUNT_WEIGHTS);
  const domainSampler = WeightedSampler.zipf(DOMAINS.length, 0.8);
  const eventSampler = WeightedSampler.zipf(eventCount, 0.5);
  const pickParty = (): number =>
    urnSize > 0 && random.chance(PREFERENTIAL_SHARE) ? urn[random.int(urnSize)]! : random.int(n);

  yield* emit('agreements', m, (i) => {
    counts.nodes.Agreement += 1;
    const parties = distinct(random, 2 + partyCountSampler.sample(random), n, pickParty);
    for (const party of parties) {
      urn[urnSize++] = party;
      degree[party] = (degree[party] ?? 0) + 1;
    }
    for (let x = 0; x < parties.length; x += 1) {
      for (let y = x + 1; y < parties.length; y += 1) pairs.add(n, parties[x]!, parties[y]!);
    }
    const covered = distinct(random, random.pick([1, 1, 1, 2, 2, 3]), DOMAINS.length, () =>
      domainSampler.sample(random),
    ).map((d) => DOMAINS[d]!);
    const [kind, kindLabel] = random.pick(AGREEMENT_KINDS);
    const agreedAt = random.chance(0.3) ? eventId(eventSampler.sample(random)) : undefined;
    const quoteSources = distinct(random, random.chance(0.75) ? 1 : 2, sourceCount, articleSource);
    counts.relationships.PARTY_TO += parties.length;
    counts.relationships.COVERS += covered.length;
    counts.relationships.EVIDENCED_BY += quoteSources.length;
    // Its one status, stated by its newest source.
    counts.relationships.STATUS_STATED += 1;
    if (agreedAt) counts.relationships.AGREED_AT += 1;

    const short = parties.map((p) => names[p]!.acronym ?? names[p]!.en);
    const shortKo = parties.map((p) => names[p]!.acronym ?? names[p]!.ko);
    const fields = covered.map((d) => d.en).join(' and ');
    const fieldsKo = covered.map((d) => d.ko).join('·');
    return {
      id: key('agreement', i),
      titleEn: `${kindLabel.en} on ${fields}: ${short.join(', ')}`,
      titleKo: `${shortKo.join('–')} ${fieldsKo} ${kindLabel.ko}`,
      kind,
      status: random.pick(STATUSES),
      date: random.chance(0.9) ? partialDate(random) : undefined,
      amountUsd:
        (kind === 'funding' && random.chance(0.8)) || random.chance(0.03)
          ? Math.round(10 ** (4 + random.next() * 5))
          : undefined,
      summaryEn: `${short.join(', ')} agreed on ${kindLabel.en.toLowerCase()} in ${fields.toLowerCase()}.`,
      summaryKo: `${shortKo.join(', ')}이(가) ${fieldsKo} 분야 ${kindLabel.ko}에 합의했다.`,
      domains: covered.map((d) => d.id),
      parties: parties.map((p, j) => ({ institution: institutionIdOf(p), role: role(random, j) })),
      agreedAt,
      evidence: quoteSources.map((source, j) => ({
        source: sourceId(source),
        quoteKo: `${shortKo.join('과 ')}은 ${fieldsKo} 분야 ${kindLabel.ko}에 나선다 (${i}-${j}).`,
        quoteEn: `${short.join(' and ')} will pursue ${kindLabel.en.toLowerCase()} in ${fields.toLowerCase()} (${i}-${j}).`,
      })),
    };
  });
  counts.relationships.COOPERATES_WITH = pairs.distinctCount();
  const sorted = [...degree].sort((a, b) => a - b);
  counts.degree = { max: sorted[sorted.length - 1] ?? 0, median: sorted[sorted.length >> 1] ?? 0 };
}

function role(random: Random, position: number): Item<'agreements'>['parties'][number]['role'] {
  if (position === 0) return random.chance(0.3) ? 'lead' : 'party';
  const draw = random.next();
  if (draw < 0.05) return 'host';
  if (draw < 0.13) return 'supporter';
  if (draw < 0.18) return 'proposer';
  return 'party';
}

/** Runs a generator to its end, keeping nothing. */
function drain(generator: Generator<unknown>): void {
  for (let step = generator.next(); !step.done; step = generator.next());
}
