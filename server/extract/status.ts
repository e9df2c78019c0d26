/**
 * Where an agreement stands, from the verb and its tense: 체결했다 → signed, 체결하기로 했다 / 합의했다 →
 * agreed, …할 예정 / 내년 개최 → planned, 협의에 나선다 → in-consultation; signed, agreed to, will / plan
 * to, discuss in English. The first rule that matches decides, most definite first.
 */
import type { AgreementStatus } from '../../contract/vocabulary.js';
import type { Span } from './types.js';

interface StatusRule {
  status: AgreementStatus;
  pattern: RegExp;
}

const KOREAN: StatusRule[] = [
  {
    status: 'planned',
    pattern:
      /(?:체결|서명|개최|출범|설립|발족|추진|착수|시작)할\s?(?:예정|계획)|예정이다|예정이며|예정인|할 계획이다|계획이다|구상\s?중|추진할 방침/,
  },
  {
    status: 'signed',
    pattern:
      /(?:체결|서명|조인)(?:했다|했고|했으며|했다고|한 바 있다|하였다)|맺었다|맺었고|(?:체결|서명)한 (?:양해각서|협약|MOU|약정|이행약정)|체결식을 (?:열었다|가졌다)|서명식을 (?:열었다|가졌다)|협약을 체결|MOU를 체결했|(?:체결|서명)됐다/,
  },
  {
    status: 'in-consultation',
    pattern:
      /협의에(?:도)? 나선다|협의(?:하기로|할|를 진행|를 이어|중)|논의(?:하기로|할|를 이어|중)|모색하기로|검토(?:하기로|할|중)|협상(?:을|에|하기로|중)|(?:논의|협의|검토|협상)하고 있다/,
  },
  {
    status: 'agreed',
    pattern:
      /합의(?:했다|했으며|했고|에 도달|를 이뤘|하고)|(?:하|협력|구성|확대|강화|추진|개최|지원|운영|설립|체결)?기로 (?:했다|하고|했으며|합의|뜻을)|뜻을 모았다|방침이다|추진한다|강화한다|확대한다|지원한다|협력한다|나선다/,
  },
];

const ENGLISH: StatusRule[] = [
  {
    status: 'planned',
    pattern:
      /\b(?:will|plans? to|planned to|intends? to|is set to|are set to|expected to|aims? to|scheduled to|is to|are to|next year|later this year)\b/i,
  },
  { status: 'signed', pattern: /\b(?:signed|inked|concluded|sealed|formalised|formalized)\b/i },
  {
    status: 'in-consultation',
    pattern:
      /\b(?:discuss(?:ed|es|ing)?|consult(?:ed|ing|ations?)?|negotiat(?:e|ed|ing|ions?)|explor(?:e|ed|ing)|in talks|talks on)\b/i,
  },
  {
    status: 'agreed',
    pattern:
      /\b(?:agreed|agree|decided|committed|pledged|launched|announced|approved|established|set up|formed|adopted|endorsed)\b/i,
  },
];

export interface StatusReading {
  status: AgreementStatus;
  cue: Span | null;
  reason: string;
}

/**
 * `future`: the sentence names a date after the publication; a meeting due next year is planned even
 * when the sentence says it was agreed.
 */
export function readStatus(
  text: string,
  language: 'ko' | 'en',
  offset: number,
  future: boolean,
): StatusReading {
  const rules = language === 'ko' ? KOREAN : ENGLISH;
  const matches = rules
    .map((rule) => ({ rule, match: rule.pattern.exec(text) }))
    .filter((found): found is { rule: StatusRule; match: RegExpExecArray } => found.match !== null);
  // English "will" marks the future only when nothing more definite is said ("signed … and will fund").
  let chosen = matches[0];
  if (language === 'en' && chosen?.rule.status === 'planned') {
    const signed = matches.find(
      (found) => found.rule.status === 'signed' && !/\b(?:will|to) sign\b/i.test(text),
    );
    if (signed && /\b(?:signed|inked)\b/i.test(signed.match[0])) chosen = signed;
    else if (/\bagreed to\b/i.test(text) && !future)
      chosen = matches.find((found) => found.rule.status === 'agreed') ?? chosen;
  }
  if (!chosen) {
    return future
      ? {
          status: 'planned',
          cue: null,
          reason: 'status planned: the date it names lies after the publication',
        }
      : {
          status: 'agreed',
          cue: null,
          reason: 'status agreed by default: no verb of signing, planning or consulting',
        };
  }
  const cue = {
    start: offset + chosen.match.index,
    end: offset + chosen.match.index + chosen.match[0].length,
    text: chosen.match[0],
  };
  if (chosen.rule.status === 'agreed' && future) {
    return {
      status: 'planned',
      cue,
      reason: `status planned: "${cue.text}" with a date after the publication`,
    };
  }
  return { status: chosen.rule.status, cue, reason: `status ${chosen.rule.status} from "${cue.text}"` };
}
