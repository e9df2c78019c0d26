/**
 * An agreement whose own sentences name no day often has it in the next ones: "협약식을 지난 18일 열었다",
 * "The memorandum was signed on 2 May at …". For an agreement signed or agreed whose date fell back to
 * the publication date, the first past day a following sentence states beside a signing cue is its date.
 */
import { findDates } from './dates.js';
import type { AgreementFinding } from './finding.js';
import type { TextContext } from './types.js';

const SIGNING = {
  ko: /협약식|서명식|체결식|조인식|협정식|서명했|체결했/,
  en: /\b(?:signing ceremony|signed|ceremony)\b/i,
};

/** How many sentences after an agreement's last one may still state its day. */
const REACH = 2;

export function datesFromCeremonies(context: TextContext, findings: AgreementFinding[]): void {
  const { published, language, sentences, input } = context;
  if (published === null) return;
  for (const finding of findings) {
    if (!finding.dateFromPublication || !['signed', 'agreed'].includes(finding.status)) continue;
    const last = Math.max(finding.sentence, ...finding.more);
    for (let i = last + 1; i <= last + REACH && i < sentences.length; i += 1) {
      const sentence = sentences[i]!;
      if (!SIGNING[language].test(sentence.text)) continue;
      const day = findDates(sentence.text, published, language, sentence.start).find(
        (date) => date.value.length === 10 && date.value <= published,
      );
      if (!day) continue;
      finding.date = day.value;
      finding.dateFromPublication = false;
      finding.cues.push({ ...day.span, text: input.slice(day.span.start, day.span.end) });
      finding.reasons.push(
        `date ${day.value} from ${day.reading}, where sentence ${i + 1} tells of the signing`,
      );
      break;
    }
  }
}
