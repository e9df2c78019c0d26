/**
 * The cooperation network on the wire: graphology's serialized graph (what `Graph.import` reads),
 * with the attribute shapes the server writes and the client draws.
 */
import type { SerializedGraph } from 'graphology-types';

import type { AgreementKind, AgreementStatus, InstitutionKind, PartyRole } from './vocabulary.js';

export interface InstitutionNodeAttributes {
  nameEn: string;
  nameKo: string;
  acronym: string | null;
  kind: InstitutionKind;
  /** ISO 3166-1 alpha-2, or null for actors that span countries. */
  country: string | null;
}

/**
 * An edge of the drawn network: `cooperation` is a `COOPERATES_WITH` edge (the agreements two
 * institutions are both party to); `part-of` links an institution to its parent organisation, so a
 * ministry whose agencies sign the agreements still shows where it belongs.
 */
export interface CooperationEdgeAttributes {
  relation: 'cooperation' | 'part-of';
  /** Empty for `part-of`. */
  agreementIds: string[];
  domains: string[];
  /** Number of shared agreements (1 for `part-of`). */
  weight: number;
}

export interface NetworkAttributes {
  countries: { code: string; nameEn: string; nameKo: string }[];
  domains: { id: string; nameEn: string; nameKo: string }[];
}

export type NetworkGraph = SerializedGraph<
  InstitutionNodeAttributes,
  CooperationEdgeAttributes,
  NetworkAttributes
>;

export interface EvidenceQuote {
  quoteKo: string;
  quoteEn: string;
  source: {
    id: string;
    title: string;
    publisher: string | null;
    published: string | null;
    url: string | null;
  };
}

export interface AgreementSummary {
  id: string;
  titleEn: string;
  titleKo: string;
  kind: AgreementKind;
  status: AgreementStatus;
  date: string | null;
  amountUsd: number | null;
  summaryEn: string;
  summaryKo: string;
  domains: string[];
  parties: { id: string; nameEn: string; nameKo: string; acronym: string | null; role: PartyRole }[];
  evidence: EvidenceQuote[];
}

export interface InstitutionRef {
  id: string;
  nameEn: string;
  nameKo: string;
  acronym: string | null;
}

/** `GET /api/institutions/:id` */
export interface InstitutionDetail extends InstitutionNodeAttributes {
  id: string;
  aliases: string[];
  parent: InstitutionRef | null;
  children: InstitutionRef[];
  agreements: (AgreementSummary & { role: PartyRole })[];
}
