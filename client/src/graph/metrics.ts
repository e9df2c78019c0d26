/** The ranked tables of the analysis panel: brokers (betweenness) and the most connected (partners). */
import type { Stats } from '../../../contract/stats.js';

export type RankedInstitution = Stats['institutions'][number];

/** Institutions that lie on the most shortest paths; those on none are not brokers and are left out. */
export function topBrokers(stats: Stats, count: number): RankedInstitution[] {
  return [...stats.institutions]
    .filter((institution) => institution.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, count);
}

/** Institutions with the most partners, ties broken by agreements. */
export function mostConnected(stats: Stats, count: number): RankedInstitution[] {
  return [...stats.institutions]
    .filter((institution) => institution.degree > 0)
    .sort((a, b) => b.degree - a.degree || b.agreements - a.agreements || a.id.localeCompare(b.id))
    .slice(0, count);
}

export interface CommunitySummary {
  community: number;
  size: number;
  /** The community's best-connected institution, to name it by. */
  representative: RankedInstitution;
}

/** Communities by size, each named after its best-connected member. */
export function communities(stats: Stats): CommunitySummary[] {
  const groups = new Map<number, RankedInstitution[]>();
  for (const institution of stats.institutions) {
    if (institution.community === null) continue;
    groups.set(institution.community, [...(groups.get(institution.community) ?? []), institution]);
  }
  return [...groups.entries()]
    .map(([community, members]) => ({
      community,
      size: members.length,
      representative: mostConnected({ ...stats, institutions: members }, 1)[0] ?? members[0]!,
    }))
    .sort((a, b) => b.size - a.size || a.community - b.community);
}
