/** The article under review, cut where the proposals' evidence stands. */
import { describe, expect, it } from 'vitest';

import { evidenceSpans, proposalAt, segmentArticle } from '../../client/src/views/review/article-segments.js';
import { extractResponse, GROUP_SENTENCE, MOU_SENTENCE, TEXT, TITLE } from './review-fixtures.js';

describe('the article in segments', () => {
  const response = extractResponse();
  const segments = segmentArticle(TEXT, evidenceSpans(response, TEXT));

  it('covers the whole text, in order, without gaps', () => {
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    for (let i = 1; i < segments.length; i += 1) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
  });

  it('marks a name with its institution and the sentence with every proposal it states', () => {
    const kriss = segments.find((segment) => segment.text === '한국표준과학연구원(KRISS)')!;
    expect(kriss.mentions).toEqual([{ type: 'institution', id: 'kr-kriss' }]);
    expect(kriss.sentences).toContainEqual({ type: 'agreement', id: 'kriss-ptb-quantum-metrology-mou' });
    expect(proposalAt(kriss)).toEqual({ type: 'institution', id: 'kr-kriss' });
    const plain = segments.find((segment) => segment.text.includes('양자 계측 공동연구를 위한'))!;
    expect(plain.mentions).toEqual([]);
    expect(proposalAt(plain)).toEqual({ type: 'agreement', id: 'kriss-ptb-quantum-metrology-mou' });
    const title = segments.find((segment) => segment.text.startsWith(TITLE))!;
    expect(proposalAt(title)).toBeNull();
  });

  it('finds a span by its words when its offsets do not match the text', () => {
    const shifted = `  ${TEXT}`;
    const spans = evidenceSpans(response, shifted);
    const sentence = spans.find(
      (span) => span.kind === 'sentence' && span.item.id === 'kriss-ptb-nist-working-group',
    )!;
    expect(shifted.slice(sentence.start, sentence.end)).toBe(GROUP_SENTENCE);
    expect(spans.filter((span) => span.kind === 'sentence').every((span) => span.end > span.start)).toBe(
      true,
    );
    expect(shifted.indexOf(MOU_SENTENCE)).toBeGreaterThan(0);
  });
});
