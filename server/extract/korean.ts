/**
 * Korean particles and the words that follow a name without ending it (NSF와, 과기정통부는,
 * 국립과학재단(NSF)이, NIST)간, 우주항공청장). Korean writes them against the noun, so a name is recognised
 * when what follows it, up to the next non-Hangul character, splits wholly into these pieces.
 */
import { isHangul } from './language.js';

/** Case particles, postpositions and the bound nouns of relations, longest first where they overlap. */
const PIECES = [
  '으로부터',
  '로부터',
  '에서부터',
  '으로서',
  '으로써',
  '에서는',
  '에서도',
  '에게서',
  '이라는',
  '라는',
  '과의',
  '와의',
  '과는',
  '와는',
  '과도',
  '와도',
  '에는',
  '에도',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '마저',
  '조차',
  '께서',
  '이나',
  '이며',
  '이고',
  '이다',
  '이었다',
  '였다',
  '로서',
  '로써',
  '간의',
  '간에',
  '측은',
  '측이',
  '측과',
  '측의',
  '측도',
  '들과',
  '들은',
  '들이',
  '들의',
  '만의',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
  '나',
  '며',
  '고',
  '간',
  '측',
  '등',
  '들',
  '랑',
  '산하',
];

/** Titles written against an institution's name: the mention still names the institution. */
const TITLES = [
  '장관',
  '차관',
  '원장',
  '청장',
  '처장',
  '이사장',
  '총장',
  '소장',
  '위원장',
  '회장',
  '실장',
  '국장',
  '부원장',
  '센터장',
  '단장',
  '관계자',
  '장',
];

const ALL = [...new Set([...PIECES, ...TITLES])].sort((a, b) => b.length - a.length);

/** Particles that mark the subject or topic of the clause. */
export const SUBJECT_PARTICLES = ['은', '는', '이', '가', '께서', '측은', '측이', '들은', '들이', '에서는'];

/** True when `tail` (Hangul only) is a sequence of particles and titles; the empty string is one. */
export function isParticleTail(tail: string): boolean {
  if (tail.length === 0) return true;
  if (tail.length > 12) return false;
  const ok: boolean[] = new Array<boolean>(tail.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < tail.length; i++) {
    if (!ok[i]) continue;
    for (const piece of ALL) if (tail.startsWith(piece, i)) ok[i + piece.length] = true;
  }
  return ok[tail.length]!;
}

/** The run of Hangul that starts at `from`. */
export function hangulRunAt(input: string, from: number): string {
  let end = from;
  while (end < input.length && isHangul(input[end])) end++;
  return input.slice(from, end);
}

/** The subject particle that starts the tail, if any ("은" of "은 합의했다"). */
export function startsWithSubjectParticle(tail: string): boolean {
  return SUBJECT_PARTICLES.some((particle) => tail === particle || tail.startsWith(particle));
}
