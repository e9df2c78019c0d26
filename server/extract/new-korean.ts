/**
 * New organisations in Korean text, by the suffix of their names (…연구원, …재단, …위원회, …부, …청,
 * …대학교), or by an acronym in parentheses after a name the suffixes miss (한국수력원자력(KHNP)).
 */
import type { InstitutionKind } from '../../contract/vocabulary.js';
import { COUNTRIES, COUNTRY_BY_CODE } from './countries.js';
import { hangulRunAt, isParticleTail } from './korean.js';
import { ACRONYM, countryBefore, newMention, overlaps } from './new-mention.js';
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

export function koreanShapes(context: TextContext, taken: Span[]): Mention[] {
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
