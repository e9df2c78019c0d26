/**
 * The article cut where any proposal's evidence starts or ends, so each piece can be marked with the
 * proposals that stand there: the sentences that state them and the words that name them. Spans
 * overlap (an agreement's sentence holds its parties' names), so a piece carries every proposal over it.
 * Pure, for the article view and its test.
 */
import type { ExtractResponse } from '../../../../contract/extract.js';
import type { ProposalKey } from '../../state/review.js';

export interface EvidenceSpan {
  start: number;
  end: number;
  item: ProposalKey;
  /** A sentence that states the proposal, or a mention (a name, a cue word) within it. */
  kind: 'sentence' | 'mention';
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  sentences: ProposalKey[];
  mentions: ProposalKey[];
}

/**
 * Where the proposals' evidence stands in `text`. Offsets are the extractor's (UTF-16 code units into
 * the submitted text); a span whose text is not found at its offsets is looked up by its words, and left
 * out when they are not in the text at all.
 */
export function evidenceSpans(response: ExtractResponse, text: string): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  for (const proposal of response.review) {
    const item: ProposalKey = { type: proposal.type, id: proposal.id };
    for (const evidence of proposal.evidence) {
      const sentence = locate(text, evidence.sentence);
      if (sentence !== null) spans.push({ ...sentence, item, kind: 'sentence' });
      for (const mention of evidence.mentions) {
        const found = locate(text, mention);
        if (found !== null) spans.push({ ...found, item, kind: 'mention' });
      }
    }
  }
  return spans;
}

function locate(
  text: string,
  span: { start: number; end: number; text: string },
): { start: number; end: number } | null {
  if (span.end > span.start && text.slice(span.start, span.end) === span.text) {
    return { start: span.start, end: span.end };
  }
  if (span.text === '') return null;
  const at = text.indexOf(span.text);
  return at < 0 ? null : { start: at, end: at + span.text.length };
}

const key = (item: ProposalKey): string => `${item.type}:${item.id}`;

/** The text in pieces, in order, covering all of it; pieces outside every span carry no proposal. */
export function segmentArticle(text: string, spans: readonly EvidenceSpan[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const over = spans.filter((span) => span.start <= start && span.end >= end);
    const unique = (kind: EvidenceSpan['kind']): ProposalKey[] => {
      const seen = new Map<string, ProposalKey>();
      for (const span of over) if (span.kind === kind) seen.set(key(span.item), span.item);
      return [...seen.values()];
    };
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      sentences: unique('sentence'),
      mentions: unique('mention'),
    });
  }
  return segments;
}

/** The proposal a click on a piece means: the one named there, else the one its sentence states. */
export function proposalAt(segment: Segment): ProposalKey | null {
  return (
    segment.mentions[0] ??
    segment.sentences.find((item) => item.type === 'agreement') ??
    segment.sentences[0] ??
    null
  );
}
