/** Shapes passed between the steps of extraction; the wire shapes are in contract/extract.ts. */
import type { InstitutionKind } from '../../contract/vocabulary.js';

/** A stretch of the input, offsets in UTF-16 code units: `input.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Language = 'ko' | 'en';

/** What every step reads about the text. */
export interface TextContext {
  input: string;
  language: Language;
  /** YYYY-MM-DD, when the request gave it: relative dates count from it. */
  published: string | null;
  sentences: Span[];
  /** Countries the article is about, most named first (ISO codes). */
  countries: string[];
}

/** How a mention was recognised, for the reasons a reviewer reads. */
export type MentionHow =
  | 'name'
  | 'acronym'
  | 'alias'
  | 'short-name'
  | 'name-and-acronym'
  | 'country'
  | 'pair'
  | 'home-government'
  | 'shape'
  | 'shape-and-acronym';

/** A guessed record for an organisation the catalogue does not know. */
export interface NewInstitution {
  key: string;
  nameEn: string;
  nameKo: string;
  acronym: string | null;
  kind: InstitutionKind;
  country: string | null;
  reasons: string[];
}

/** One place where the text names an institution, before it has an id in the draft. */
export interface Mention {
  span: Span;
  sentence: number;
  how: MentionHow;
  /** Catalogue ids it may be, best first; empty for a new organisation. */
  candidates: string[];
  /** For a new organisation, its guessed record. */
  guess: NewInstitution | null;
  /** The Korean particles after the name (은, 와, 간 …), empty when none. */
  particle: string;
  /** Why the first candidate was chosen over the others, when there were several. */
  choice: string | null;
  /** A name for the country alone (미국은, Japan) rather than an organisation of it. */
  countryActor: boolean;
}
