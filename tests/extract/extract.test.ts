/**
 * Extraction from texts written for the purpose (four Korean, four English, about other dialogues and
 * institutions than the seed's) and from the seed's own article: the institutions, agreements, parties,
 * statuses, dates and amounts each text states, quotes verbatim at their offsets, and a draft that the
 * importer's checks accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { draftSchema, extractResponseSchema } from '../../contract/extract.js';
import { extractDraft } from '../../server/extract/index.js';
import { checkDataset, unresolvedReferences } from '../../server/import/validate-dataset.js';
import type { Catalogue } from '../../server/extract/catalogue.js';
import {
  FIXTURES,
  ROOT,
  readFixture,
  sameSet,
  seedDataset,
  testCatalogue,
  type Extraction,
} from './catalogue.js';

const catalogue = testCatalogue();
const FIXTURE_NAMES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -4))
  .sort();

/** Every span of the review is the input's own text at its offsets. */
function expectVerbatim(input: string, result: Extraction): void {
  for (const item of result.review) {
    for (const evidence of item.evidence) {
      const spans = [evidence.sentence, ...evidence.mentions];
      for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
      for (const mention of evidence.mentions) {
        expect(mention.start).toBeGreaterThanOrEqual(evidence.sentence.start);
        expect(mention.end).toBeLessThanOrEqual(evidence.sentence.end);
      }
      expect(evidence.quoteEn).toBe(result.language === 'en' ? evidence.sentence.text : '');
    }
    expect(item.confidence).toBeGreaterThanOrEqual(0);
    expect(item.confidence).toBeLessThanOrEqual(1);
    expect(item.reasons.length).toBeGreaterThan(0);
  }
  for (const agreement of result.draft.agreements) {
    for (const quote of agreement.evidence) expect(input).toContain(quote.quoteKo);
  }
}

/** The draft passes the importer's checks once the reviewer has written the Korean quotes' translations. */
function expectImportable(result: Extraction, known: Catalogue): void {
  const draft = draftSchema.parse(result.draft);
  const translated = {
    ...draft,
    agreements: draft.agreements.map((agreement) => ({
      ...agreement,
      evidence: agreement.evidence.map((quote) => ({ ...quote, quoteEn: quote.quoteEn || 'translation' })),
    })),
  };
  const { external } = checkDataset(translated);
  const seed = seedDataset();
  const issues = unresolvedReferences(external, {
    institutions: known.institutions.filter((i) => i.in === 'graph').map((i) => i.id),
    countries: known.countries.map((c) => c.code),
    domains: known.domains.map((d) => d.id),
    sources: seed.sources.map((s) => s.id),
    events: seed.events.map((e) => e.id),
  });
  expect(issues).toEqual([]);
  for (const id of [...draft.institutions.map((i) => i.id), ...draft.agreements.map((a) => a.id)]) {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  }
}

describe.each(FIXTURE_NAMES)('%s', (name) => {
  const { text, labels } = readFixture(FIXTURES, name);
  const result = extractDraft({ text, published: labels.published }, catalogue);
  const agreements = result.draft.agreements;

  it('detects the language from the script', () => {
    expect(result.language).toBe(name.startsWith('ko-') ? 'ko' : 'en');
    expect(result.languageDetected).toBe(true);
    expect(result.characters).toBe(text.length);
  });

  it('names exactly the labelled institutions', () => {
    const ids = result.review.filter((item) => item.type === 'institution').map((item) => item.id);
    expect([...ids].sort()).toEqual([...labels.institutions].sort());
  });

  it('proposes exactly the labelled agreements, with their parties, kinds, statuses, dates and amounts', () => {
    const found = agreements.map((a) => ({
      parties: a.parties.map((p) => p.institution).sort(),
      kind: a.kind,
      status: a.status,
      date: a.date,
      amount: a.amount,
    }));
    const expected = labels.agreements.map((a) => ({ ...a, parties: [...a.parties].sort() }));
    expect(found).toHaveLength(expected.length);
    for (const want of expected) {
      const got = found.find((a) => sameSet(a.parties, want.parties) && a.kind === want.kind);
      expect(got, `${want.parties.join('+')} ${want.kind}`).toBeDefined();
      expect(got!.status).toBe(want.status);
      if (want.date) expect(got!.date).toBe(want.date);
      expect(got!.amount).toEqual(want.amount);
    }
  });

  it('ties every proposal to verbatim words at their offsets', () => expectVerbatim(text, result));

  it('drafts a data set the importer accepts', () => expectImportable(result, catalogue));

  it('answers in the shape of the contract', () => {
    expect(() => extractResponseSchema.parse({ ...result, elapsedMs: 1 })).not.toThrow();
  });

  it('gives the same answer twice', () => {
    expect(extractDraft({ text, published: labels.published }, catalogue)).toEqual(result);
  });
});

describe('the seed article', () => {
  const text = readFileSync(path.join(ROOT, 'seed/sources/000_aba27ba06ec56b0b.txt'), 'utf8');
  const result = extractDraft(
    { text, published: '2023-12-09', title: '제1차 한미 차세대 핵심ㆍ신흥기술 대화' },
    catalogue,
  );

  it("yields the seed's main institutions, all from the graph", () => {
    const matched = new Map(
      result.review.filter((item) => item.type === 'institution').map((item) => [item.id, item.match]),
    );
    for (const id of [
      'kr-msit',
      'us-nsf',
      'kr-kriss',
      'us-nist',
      'us-nih',
      'us-arpa-h',
      'kr-keit',
      'us-evsts',
      'kr-mohw',
    ]) {
      expect(matched.get(id), id).toBe('graph');
    }
    expect(result.draft.institutions.map((i) => i.id)).not.toContain('kr-msit');
  });

  it('finds the bio-economy pledge of at least US$10 million between MSIT and NSF', () => {
    const pledge = result.draft.agreements.find((a) => a.amount?.stated === '최소 1000만 달러');
    expect(pledge).toMatchObject({
      kind: 'funding',
      status: 'agreed',
      date: '2023-12-09',
      amountUsd: 10_000_000,
      amount: { value: 10_000_000, currency: 'USD', stated: '최소 1000만 달러' },
      domains: ['bio'],
    });
    expect(pledge!.parties.map((p) => p.institution).sort()).toEqual(['kr-msit', 'us-nsf']);
    expect(pledge!.evidence[0]!.quoteKo).toBe(
      '바이오 분야에서는 과기정통부, 미국 국립과학재단 간 바이오 경제분야 연구 협력을 위해 최소 1000만 달러 규모를 지원하기로 했다.',
    );
  });

  it('reads the statuses the seed records for KRISS and NIST', () => {
    const kriss = result.draft.agreements.filter((a) =>
      sameSet(
        a.parties.map((p) => p.institution),
        ['kr-kriss', 'us-nist'],
      ),
    );
    expect(kriss.map((a) => [a.kind, a.status]).sort()).toEqual([
      ['consultation', 'in-consultation'],
      ['joint-research', 'agreed'],
    ]);
  });

  it('keeps its quotes verbatim and its draft importable', () => {
    expectVerbatim(text, result);
    expectImportable(result, catalogue);
    expect(result.draft.sources[0]).toMatchObject({
      kind: 'article',
      language: 'ko',
      published: '2023-12-09',
      text,
    });
  });
});
