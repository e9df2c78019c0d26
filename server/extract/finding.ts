/** An agreement as extraction reads it from its sentences, before the draft gives it an id and titles. */
import type { AgreementKind, AgreementStatus } from '../../contract/vocabulary.js';
import type { StatedAmount } from './amounts.js';
import type { Mention, Span } from './types.js';

export interface AgreementFinding {
  sentence: number;
  /** Draft ids of the parties, in order of mention. */
  parties: string[];
  partyMentions: Mention[];
  carried: boolean;
  /** No cue named the kind: general cooperation, filed as exchange. */
  general: boolean;
  kind: AgreementKind;
  status: AgreementStatus;
  date: string | null;
  /** The sentences named no date: `date` is the publication day. */
  dateFromPublication: boolean;
  amount: StatedAmount | null;
  domains: string[];
  /** Cue words, the date and the amount, for the evidence. */
  cues: Span[];
  reasons: string[];
  confidence: number;
  /** Further sentences that state the same agreement. */
  more: number[];
}
