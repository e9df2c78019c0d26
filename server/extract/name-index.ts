/**
 * Every way the text may write a catalogue institution: its names, acronym and aliases, and the short
 * forms Korean and English articles use for them (국립과학재단 for 미국 국립과학재단, 원자력연 for
 * 한국원자력연구원, National Science Foundation for U.S. National Science Foundation).
 */
import type { Catalogue, KnownInstitution } from './catalogue.js';
import { COUNTRIES } from './countries.js';
import { isHangul } from './language.js';

export type VariantHow = 'name' | 'acronym' | 'alias' | 'short-name';

export interface NameVariant {
  text: string;
  /** Institutions written this way (several when an acronym is shared), catalogue order. */
  ids: string[];
  how: VariantHow;
  /** Acronyms and single Latin words match as written; longer English names in any case. */
  caseSensitive: boolean;
  /** The bare name of a country, standing for its government (미국, 인도). */
  bareCountry: boolean;
  /** Ids for which this is only a derived short form, weaker than a name or alias another id has. */
  derived: Set<string>;
}

export interface NameIndex {
  /** Longest first: the longest match wins. */
  variants: NameVariant[];
  byId: Map<string, KnownInstitution>;
  /** The government of each country, where the catalogue has one. */
  governments: Map<string, string>;
}

const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((country) => [...country.ko, ...country.en]));
const KOREAN_COUNTRY_PREFIXES = COUNTRIES.flatMap((country) => country.ko.slice(0, 2)).sort(
  (a, b) => b.length - a.length,
);

export function buildNameIndex(catalogue: Catalogue): NameIndex {
  const variants = new Map<string, NameVariant>();
  const add = (text: string, id: string, how: VariantHow, bareCountry = false): void => {
    const trimmed = text.trim();
    if (trimmed.length < 2) return;
    const caseSensitive = how === 'acronym' || !/\s/.test(trimmed) || !/^[A-Za-z]/.test(trimmed);
    const key = caseSensitive ? trimmed : trimmed.toLowerCase();
    const existing = variants.get(key);
    const derived = new Set(how === 'short-name' ? [id] : []);
    if (!existing) {
      variants.set(key, { text: trimmed, ids: [id], how, caseSensitive, bareCountry, derived });
    } else if (!existing.ids.includes(id)) {
      existing.ids.push(id);
      if (how === 'short-name') existing.derived.add(id);
    }
  };
  for (const institution of catalogue.institutions) {
    if (isGeneric(institution)) continue;
    const { id } = institution;
    const isGovernment = institution.kind === 'government';
    add(institution.nameEn, id, 'name');
    add(institution.nameKo, id, 'name');
    if (institution.acronym) add(institution.acronym, id, 'acronym');
    for (const alias of institution.aliases) {
      add(alias, id, 'alias', isGovernment && COUNTRY_WORDS.has(alias));
    }
    for (const short of shortForms(institution)) add(short, id, 'short-name');
  }
  const governments = new Map<string, string>();
  for (const institution of catalogue.institutions) {
    if (institution.kind === 'government' && institution.country && !governments.has(institution.country)) {
      governments.set(institution.country, institution.id);
    }
  }
  // The European Union acts through its Commission where the catalogue has no record for the Union itself.
  const union =
    catalogue.institutions.find((institution) => institution.id === 'eu') ??
    catalogue.institutions.find((institution) => institution.id === 'eu-commission');
  if (union) governments.set('EU', union.id);
  return {
    variants: [...variants.values()].sort((a, b) => b.text.length - a.text.length),
    byId: new Map(catalogue.institutions.map((institution) => [institution.id, institution])),
    governments,
  };
}

/** The forms articles shorten a name to; too generic a rest (fewer than four characters) is left out. */
function shortForms(institution: KnownInstitution): string[] {
  const forms: string[] = [];
  for (const name of [institution.nameKo, ...institution.aliases.filter((alias) => isHangul(alias[0]))]) {
    // A one-syllable prefix (미) counts only before a space: 미래창조과학부 is no American ministry.
    const prefix = KOREAN_COUNTRY_PREFIXES.find(
      (word) => name.startsWith(word) && (word.length > 1 || name[1] === ' '),
    );
    const rest = prefix ? name.slice(prefix.length).trim() : name;
    if (rest !== name && rest.length >= 4) forms.push(rest);
    // 한국원자력연구원 → 원자력연: the press shortens government-funded institutes this way.
    const stem = rest.match(/^([가-힣]{2,})연구원$/)?.[1];
    if (stem && institution.country === 'KR') forms.push(`${stem}연`);
  }
  const english = institution.nameEn.replace(/^(?:The |U\.S\. |US |United States )/, '');
  if (english !== institution.nameEn && english.split(' ').length >= 3) forms.push(english);
  return forms;
}

/**
 * A group rather than one organisation ("U.S. universities", 한국 산업계): named everywhere and party to
 * nothing in particular, so extraction leaves it for the reviewer to add.
 */
function isGeneric(institution: KnownInstitution): boolean {
  return (
    institution.acronym === null &&
    /\b(?:universities|companies|industry|institutes|laboratories|firms)\b/i.test(institution.nameEn)
  );
}
