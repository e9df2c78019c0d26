/** Names of synthetic institutions: plausible in both languages and unique by their number. */
import type { InstitutionKind } from '../../contract/vocabulary.js';
import type { Random } from './random.js';
import { FIELDS, PLACES, QUALIFIERS, type Bilingual } from './words.js';

export const KIND_SHORT_KO: Record<InstitutionKind, string> = {
  institute: '연',
  academia: '대',
  industry: '사',
  'research-centre': '센터',
  agency: '원',
  office: '실',
  ministry: '부',
  government: '청',
};

export function institutionName(
  random: Random,
  kind: InstitutionKind,
  i: number,
): Bilingual & { field: Bilingual } {
  const field = random.pick(FIELDS);
  const qualifier = random.pick(QUALIFIERS);
  const place = random.pick(PLACES);
  const [en, ko] = ((): [string, string] => {
    switch (kind) {
      case 'ministry':
        return [`Ministry of ${field.en}`, `${field.ko}부`];
      case 'government':
        return [`${place.en} Metropolitan Government`, `${place.ko}시`];
      case 'agency':
        return [`${qualifier.en} ${field.en} Agency`, `${qualifier.ko}${field.ko}진흥원`];
      case 'institute':
        return [`${qualifier.en} Institute of ${field.en}`, `${qualifier.ko}${field.ko}연구원`];
      case 'research-centre':
        return [`${place.en} ${field.en} Research Centre`, `${place.ko}${field.ko}연구센터`];
      case 'office':
        return [`Office of ${field.en} Policy`, `${field.ko}정책실`];
      case 'industry':
        return [`${place.en} ${field.en} Corporation`, `${place.ko}${field.ko} 주식회사`];
      case 'academia':
        return [`${place.en} University of ${field.en}`, `${place.ko}${field.ko}대학교`];
    }
  })();
  return { en: `${en} ${i}`, ko: `${ko} ${i}`, field };
}

export function initials(name: string): string {
  return name
    .split(' ')
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}
