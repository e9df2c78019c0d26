/**
 * What extraction knows before it reads a text: the institutions of the graph and of the reference
 * gazetteer (seed/reference/), the domains and the countries. The service builds it from Neo4j (cached per
 * graph version); tests and the labelled-set benchmark build it from data set files. Extraction itself
 * reads nothing else.
 */
import type { Dataset, Institution } from '../../contract/dataset.js';
import type { InstitutionKind } from '../../contract/vocabulary.js';

export interface KnownInstitution {
  id: string;
  nameEn: string;
  nameKo: string;
  acronym: string | null;
  aliases: string[];
  kind: InstitutionKind;
  country: string | null;
  /** The parent's id, where the graph or the gazetteer records one. */
  parent: string | null;
  /** `graph`: in the network, a draft refers to it by id; `reference`: a draft must carry `record`. */
  in: 'graph' | 'reference';
  /** The gazetteer's record, in the data set's shape, for a draft that names a reference institution. */
  record: Institution | null;
}

export interface Catalogue {
  institutions: KnownInstitution[];
  /** Domains the graph holds: a draft refers to them by id. */
  domains: Dataset['domains'];
  /** Countries the graph holds, by code. */
  countries: Dataset['countries'];
  /** The background sources and countries a reference record cites, for a draft that carries it. */
  referenceSources: Dataset['sources'];
  referenceCountries: Dataset['countries'];
}

/** A data set record as extraction knows it; a gazetteer entry keeps its record for the draft. */
export function knownInstitution(record: Institution, where: KnownInstitution['in']): KnownInstitution {
  return {
    id: record.id,
    nameEn: record.nameEn,
    nameKo: record.nameKo,
    acronym: record.acronym ?? null,
    aliases: record.aliases,
    kind: record.kind,
    country: record.country ?? null,
    parent: record.partOf?.institution ?? null,
    in: where,
    record: where === 'reference' ? record : null,
  };
}
