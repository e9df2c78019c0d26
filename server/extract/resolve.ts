/**
 * Mentions to the institutions of the draft: a catalogue institution keeps its id; a new organisation
 * gets one guessed from its acronym or English name, with its country as prefix, and every mention of it
 * (the name with its acronym, the acronym alone later, the name again) shares that id.
 */
import type { KnownInstitution } from './catalogue.js';
import { shortHash, slug, uniqueId } from './ids.js';
import type { NameIndex } from './name-index.js';
import type { Mention, NewInstitution } from './types.js';

export interface ResolvedInstitution {
  id: string;
  match: 'graph' | 'reference' | 'new';
  known: KnownInstitution | null;
  guess: NewInstitution | null;
  mentions: Mention[];
  candidates: string[];
}

export interface Resolution {
  institutions: ResolvedInstitution[];
  /** The draft id of each mention. */
  idOf: Map<Mention, string>;
}

export function resolveMentions(mentions: Mention[], index: NameIndex): Resolution {
  const taken = new Set(index.byId.keys());
  const byId = new Map<string, ResolvedInstitution>();
  const idOf = new Map<Mention, string>();
  const newIds = new Map<string, string>();
  // The name written again without its acronym is the same organisation.
  const keyOfName = new Map<string, string>();
  for (const mention of mentions) {
    const guess = mention.guess;
    if (guess?.acronym) {
      keyOfName.set(guess.nameKo, guess.key);
      keyOfName.set(guess.nameEn, guess.key);
    }
  }
  for (const mention of [...mentions].sort((a, b) => a.span.start - b.span.start)) {
    let id: string;
    if (mention.candidates.length > 0) {
      id = mention.candidates[0]!;
    } else if (mention.guess) {
      const key = keyOfName.get(mention.guess.nameKo) ?? mention.guess.key;
      let known = newIds.get(key);
      if (!known) {
        known = uniqueId(guessId(mention.guess), taken);
        newIds.set(key, known);
      }
      id = known;
    } else {
      continue;
    }
    idOf.set(mention, id);
    const existing = byId.get(id);
    if (existing) {
      existing.mentions.push(mention);
      for (const candidate of mention.candidates) {
        if (!existing.candidates.includes(candidate)) existing.candidates.push(candidate);
      }
      // The first mention with an acronym gives the record its acronym.
      if (existing.guess && !existing.guess.acronym && mention.guess?.acronym) existing.guess = mention.guess;
      continue;
    }
    const known = mention.candidates.length > 0 ? (index.byId.get(id) ?? null) : null;
    byId.set(id, {
      id,
      match: known ? known.in : 'new',
      known,
      guess: known ? null : mention.guess,
      mentions: [mention],
      candidates: [...mention.candidates],
    });
  }
  return { institutions: [...byId.values()], idOf };
}

/** kr-kasa, de-fraunhofer-society, kr-ministry-3fa2c1: acronym, else English slug, else a hash of the name. */
function guessId(guess: NewInstitution): string {
  const prefix = guess.country ? `${guess.country.toLowerCase()}-` : '';
  if (guess.key.endsWith('-government')) return guess.key;
  const base = guess.acronym ? slug(guess.acronym, 3) : slug(guess.nameEn, 5);
  if (base) return `${prefix}${base}`;
  return `${prefix}${guess.kind}-${shortHash(guess.nameKo)}`;
}
