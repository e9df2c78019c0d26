/**
 * Organisations the catalogue does not know, proposed from the shape of their names: Korean names end
 * in an institutional suffix (…연구원, …재단, …위원회, …부, …청, …대학교), English ones hold a head word
 * ("National … Institute", "Department of …", "… Agency", "University of …"); "name (ACRONYM)" gives the
 * acronym. Each is a guess for the reviewer: its kind from the suffix, its country from a cue.
 */
import { COUNTRIES, COUNTRY_BY_CODE, findCountryCues } from './countries.js';
import { hangulRunAt, isParticleTail } from './korean.js';
import { isAsciiWordChar, isHangul } from './language.js';
import { sentenceOf } from './match-institutions.js';
import type { InstitutionKind } from '../../contract/vocabulary.js';
import type { Mention, NewInstitution, Span, TextContext } from './types.js';

const KOREAN_SUFFIXES: [string, InstitutionKind][] = (
  [
    ['연구원', 'institute'],
    ['연구소', 'institute'],
    ['연구회', 'agency'],
    ['연구센터', 'research-centre'],
    ['연구단', 'research-centre'],
    ['센터', 'research-centre'],
    ['진흥원', 'agency'],
    ['평가원', 'agency'],
    ['개발원', 'institute'],
    ['기술원', 'institute'],
    ['과학원', 'institute'],
    ['정보원', 'agency'],
    ['재단', 'agency'],
    ['위원회', 'agency'],
    ['협회', 'agency'],
    ['학회', 'academia'],
    ['기구', 'agency'],
    ['대학교', 'academia'],
    ['대학원', 'academia'],
    ['대학', 'academia'],
    ['공단', 'agency'],
    ['공사', 'industry'],
    ['부', 'ministry'],
    ['청', 'agency'],
    ['처', 'agency'],
  ] as [string, InstitutionKind][]
).sort((a, b) => b[0].length - a[0].length);

/** Common nouns that end like institutions. */
const KOREAN_STOP = new Set(
  (
    '정부 부처 범부처 일부 내부 외부 전부 본부 세부 간부 지부 수뇌부 집행부 지도부 핵심부 요청 신청 초청 대처 ' +
    '수요처 거래처 공급처 납품처 연락처 사용처 데이터센터 협의기구 협력기구 공동위원회 운영위원회 실무위원회 ' +
    '합동위원회 조정위원회 심사위원회 평가위원회 자문위원회 연구중심대학 국책연구소 민간연구소 기업부설연구소 ' +
    '정부출연연구원 출연연구원 박사후연구원 선임연구원 책임연구원 수석연구원 객원연구원 초빙연구원 위촉연구원'
  ).split(' '),
);
const DETERMINERS = new Set(
  '여러 많은 모든 각 해당 소속 현지 국내 해외 관련 주요 우수 젊은 신진 전문 외국인 한국인 우리 이 그 두 세 양'.split(
    ' ',
  ),
);
const KOREAN_STOP_PREFIXES = ['양국', '양측', '각국', '국책', '관련', '공동', '주요', '해당', '다른'];

const ENGLISH_HEADS: Record<string, InstitutionKind> = {
  Ministry: 'ministry',
  Department: 'ministry',
  Agency: 'agency',
  Administration: 'agency',
  Foundation: 'agency',
  Council: 'agency',
  Commission: 'agency',
  Authority: 'agency',
  Office: 'office',
  Bureau: 'agency',
  Board: 'agency',
  Fund: 'agency',
  Organisation: 'agency',
  Organization: 'agency',
  Institute: 'institute',
  Institutes: 'institute',
  Laboratory: 'institute',
  Laboratories: 'institute',
  Academy: 'institute',
  Society: 'institute',
  Centre: 'research-centre',
  Center: 'research-centre',
  University: 'academia',
  College: 'academia',
  Corporation: 'industry',
  Company: 'industry',
};
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&', 'de', 'du', 'für']);
const LEADING_STOP = new Set([
  'The',
  'Under',
  'On',
  'In',
  'At',
  'With',
  'By',
  'As',
  'According',
  'For',
  'And',
  'Both',
  'This',
  'That',
  'Officials',
  'Meanwhile',
  'Also',
  'Separately',
  'Earlier',
  'Last',
  'Next',
  'A',
  'An',
  'Its',
  'Their',
  'From',
]);
/** Generic groups ("U.S. universities" is no one organisation), skipped. */
const ENGLISH_GENERIC_LAST = new Set(['Universities', 'Institutes', 'Laboratories', 'Companies']);

const ACRONYM = /^ ?\(([A-Z][A-Za-z0-9&-]{1,11})\)/;

export function findNewMentions(context: TextContext, taken: Span[]): Mention[] {
  const found = context.language === 'ko' ? koreanShapes(context, taken) : [];
  found.push(...englishShapes(context, [...taken, ...found.map((mention) => mention.span)]));
  found.push(...laterAcronyms(context, found, [...taken, ...found.map((mention) => mention.span)]));
  return found.sort((a, b) => a.span.start - b.span.start);
}

const overlaps = (taken: Span[], start: number, end: number): boolean =>
  taken.some((span) => start < span.end && span.start < end);

function koreanShapes(context: TextContext, taken: Span[]): Mention[] {
  const { input } = context;
  const found: Mention[] = [];
  for (const run of input.matchAll(/[가-힣]+/g)) {
    const runStart = run.index;
    const word = run[0];
    if (overlaps(taken, runStart, runStart + word.length)) continue;
    const split = splitSuffix(word) ?? pairedName(input, runStart, word);
    if (!split) continue;
    let start = runStart;
    let name = split.stem;
    // "프라운호퍼 연구소": a bare suffix takes the word before it as its name.
    if (name.length - split.suffix.length < 2) {
      const previous = input.slice(0, runStart).match(/([가-힣]+) $/)?.[1];
      if (!previous || previous.length < 2 || COUNTRIES.some((c) => c.ko.includes(previous))) continue;
      // A word that ends in a particle ("연구단지에 연구원") is no part of a name.
      if (/[에의를을은는이가와과도로]$/.test(previous)) continue;
      // "일부 연구원", "신진 연구원": a determiner or adjective, not a name.
      if (KOREAN_STOP.has(previous) || DETERMINERS.has(previous)) continue;
      if (overlaps(taken, runStart - previous.length - 1, runStart)) continue;
      start = runStart - previous.length - 1;
      name = `${previous} ${name}`;
    }
    if (KOREAN_STOP.has(name) || KOREAN_STOP_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
    const end = start + name.length;
    const acronymMatch = input.slice(end).match(ACRONYM);
    const acronym = acronymMatch?.[1] ?? null;
    const mentionEnd = acronymMatch ? end + acronymMatch[0].length : end;
    if (acronym && overlaps(taken, end, mentionEnd)) continue;
    const particle = acronym ? hangulRunAt(input, mentionEnd) : split.particle;
    // "프랑스전력공사": a country written against the name; else one just before it (프랑스 원자력안전청).
    const solid = COUNTRIES.find((c) =>
      c.ko.some((w) => w.length >= 2 && name.startsWith(w) && w !== '우리'),
    );
    const cue = solid ? { code: solid.code, text: solid.nameKo } : countryBefore(context, start);
    const code = cue?.code ?? 'KR';
    const country = COUNTRY_BY_CODE.get(code)?.iso === false ? null : code;
    const reasons = [
      split.suffix
        ? `new organisation by its suffix ${split.suffix}`
        : `new organisation: "${name}(${acronym})", kind guessed`,
      cue
        ? `country ${cue.code} from "${cue.text}"`
        : 'no country named: taken as Korean, as the article is Korean',
      acronym
        ? `acronym ${acronym} in parentheses; English name set to the acronym until the reviewer writes it`
        : 'English name set to the Korean name until the reviewer writes it',
    ];
    const guess: NewInstitution = {
      key: acronym ?? name,
      nameEn: acronym ?? name,
      nameKo: name,
      acronym,
      kind: split.kind,
      country,
      reasons,
    };
    const how = acronym ? 'shape-and-acronym' : 'shape';
    const mention = newMention(context, start, mentionEnd, how, guess, particle);
    if (mention) found.push(mention);
  }
  return found;
}

/** Words before an acronym that name a thing, not an organisation: 에너지저장장치(ESS), 인공지능(AI). */
const THING_ENDINGS =
  /(?:기술|장치|원자로|시스템|지능|전지|센서|컴퓨터|컴퓨팅|로봇|위성|발사체|망원경|소재|부품|장비|플랫폼|프로그램|사업|계획|협정|약정|대화|회의|정상회의|이니셔티브|반도체|에너지|저장|탐사|연료|전략|법|망|기금)$/;
const THING_ACRONYMS = new Set([
  'AI',
  'ESS',
  'SMR',
  'ICT',
  'IoT',
  'EV',
  'UAM',
  'MOU',
  'R&D',
  'CET',
  'GPU',
  'HPC',
  'LNG',
]);

/** "한국수력원자력(KHNP)": a name the suffixes miss, known for an organisation by its acronym in parentheses. */
function pairedName(
  input: string,
  start: number,
  word: string,
): { stem: string; suffix: string; kind: InstitutionKind; particle: string } | null {
  const acronym = input.slice(start + word.length).match(ACRONYM)?.[1];
  if (!acronym || word.length < 4 || THING_ACRONYMS.has(acronym) || THING_ENDINGS.test(word)) return null;
  if (!/[A-Z].*[A-Z]/.test(acronym)) return null;
  return { stem: word, suffix: '', kind: 'agency', particle: '' };
}

function splitSuffix(
  word: string,
): { stem: string; suffix: string; kind: InstitutionKind; particle: string } | null {
  for (let cut = word.length; cut >= 2; cut--) {
    const particle = word.slice(cut);
    if (!isParticleTail(particle)) continue;
    const stem = word.slice(0, cut);
    const found = KOREAN_SUFFIXES.find(([suffix]) => stem.endsWith(suffix));
    if (found) return { stem, suffix: found[0], kind: found[1], particle };
  }
  return null;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function englishShapes(context: TextContext, taken: Span[]): Mention[] {
  const { input } = context;
  const found: Mention[] = [];
  const tokens: Token[] = [...input.matchAll(/[A-Za-z][A-Za-z0-9&.’'-]*[A-Za-z0-9]|[A-Za-z]|&/g)].map(
    (m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }),
  );
  let i = 0;
  while (i < tokens.length) {
    const sequence: Token[] = [];
    let j = i;
    while (j < tokens.length) {
      const token = tokens[j]!;
      const previous = sequence.at(-1);
      if (previous && !joined(input, previous, token)) break;
      const possessive = /['’]s$/.test(token.text);
      if (/^[A-Z]/.test(token.text) || (previous && CONNECTORS.has(token.text))) {
        if (possessive) break;
        sequence.push(token);
        j++;
      } else break;
    }
    i = Math.max(j, i + 1);
    const name = trimSequence(sequence);
    if (name.length === 0) continue;
    const heads = name.map((token) => ENGLISH_HEADS[token.text]).filter((kind) => kind !== undefined);
    if (heads.length === 0 || ENGLISH_GENERIC_LAST.has(name.at(-1)!.text)) continue;
    const start = name[0]!.start;
    const end = name.at(-1)!.end;
    if (overlaps(taken, start, end)) continue;
    const text = input.slice(start, end);
    const acronymMatch = input.slice(end).match(ACRONYM);
    const acronym = acronymMatch?.[1] ?? null;
    const mentionEnd = acronymMatch ? end + acronymMatch[0].length : end;
    if (acronymMatch && overlaps(taken, end, mentionEnd)) continue;
    const cue = findCountryCues(text)[0] ?? null;
    const before = cue ? null : countryBefore(context, start);
    const code = cue?.code ?? before?.code ?? null;
    const country = code && COUNTRY_BY_CODE.get(code)?.iso === false ? null : code;
    const kind = heads.at(-1)!;
    const reasons = [`new organisation by its head word ${name.find((t) => ENGLISH_HEADS[t.text])!.text}`];
    if (acronym) reasons.push(`acronym ${acronym} in parentheses`);
    reasons.push(
      country
        ? `country ${country} from "${cue?.span.text ?? before!.text}"`
        : 'no country named: no country prefix in its id',
    );
    reasons.push('Korean name set to the English name until the reviewer writes it');
    const guess: NewInstitution = {
      key: acronym ?? text.toLowerCase(),
      nameEn: text,
      nameKo: text,
      acronym,
      kind,
      country,
      reasons,
    };
    const mention = newMention(
      context,
      start,
      mentionEnd,
      acronym ? 'shape-and-acronym' : 'shape',
      guess,
      '',
    );
    if (mention) found.push(mention);
  }
  return found;
}

/** Two tokens of one name: one space between them, or ", " inside a list that an "and" closes. */
function joined(input: string, previous: Token, token: Token): boolean {
  const gap = input.slice(previous.end, token.start);
  if (gap === ' ') return true;
  if (gap === ', ') return /^(?:[A-Z][a-z]+,? )+and [A-Z]/.test(input.slice(token.start, token.start + 80));
  return false;
}

function trimSequence(sequence: Token[]): Token[] {
  let from = 0;
  let to = sequence.length;
  while (from < to && (LEADING_STOP.has(sequence[from]!.text) || CONNECTORS.has(sequence[from]!.text)))
    from++;
  while (to > from && CONNECTORS.has(sequence[to - 1]!.text)) to--;
  return sequence.slice(from, to);
}

/** The country word just before a name (미 상무부, 프랑스 원자력청, Japan's AIST, the French CEA). */
function countryBefore(context: TextContext, start: number): { code: string; text: string } | null {
  const from = Math.max(0, start - 14);
  const cue = findCountryCues(context.input.slice(from, start), from).at(-1);
  if (!cue) return null;
  const between = context.input.slice(cue.span.end, start);
  if (!/^(?:['’]s)? ?(?:the )?$/.test(between) && !/^ (?:산하 )?$/.test(between)) return null;
  return { code: cue.code, text: cue.span.text };
}

/** The acronym of a new organisation, used alone after its first mention. */
function laterAcronyms(context: TextContext, found: Mention[], taken: Span[]): Mention[] {
  const { input } = context;
  const later: Mention[] = [];
  const all = [...taken];
  for (const mention of found) {
    const acronym = mention.guess?.acronym;
    if (!acronym) continue;
    for (let at = input.indexOf(acronym); at >= 0; at = input.indexOf(acronym, at + 1)) {
      const end = at + acronym.length;
      if (isAsciiWordChar(input[at - 1]) || isAsciiWordChar(input[end]) || overlaps(all, at, end)) continue;
      const next = newMention(
        context,
        at,
        end,
        'acronym',
        mention.guess!,
        isHangul(input[end]) ? hangulRunAt(input, end) : '',
      );
      if (next) {
        later.push(next);
        all.push(next.span);
      }
    }
  }
  return later;
}

function newMention(
  context: TextContext,
  start: number,
  end: number,
  how: Mention['how'],
  guess: NewInstitution,
  particle: string,
): Mention | null {
  const sentence = sentenceOf(context.sentences, start);
  if (sentence < 0) return null;
  return {
    span: { start, end, text: context.input.slice(start, end) },
    sentence,
    how,
    candidates: [],
    guess,
    particle: isParticleTail(particle) ? particle : '',
    choice: null,
    countryActor: false,
  };
}
