/**
 * The network as it stood at the end of a month, cut from the view the filters let through: the time
 * bar plays it month by month without asking the server (positions stay, only what is shown changes).
 * The rules are those of `/api/graph?asOf=`: an agreement is there once a source has stated any status
 * of it, with the last status stated by then; institutions are those its links join.
 */
import type { Timeline } from '../../../contract/timeline.js';
import type { AgreementStatus } from '../../../contract/vocabulary.js';
import type { EdgeInView, NetworkView } from '../state/types.js';
import type { CooperationGraph } from './network.js';

type TimelineEntry = Timeline['entries'][number];

export interface KnownAgreement {
  status: AgreementStatus;
  parties: readonly string[];
}

/**
 * The end of a month as the server compares dates: as text, so that `2024` and `2024-06` (partial
 * dates) fall before the end of June 2024. The 31st of every month is as good as its real last day.
 */
const endOf = (month: string): string => `${month}-31`;

/** The agreements known by the end of `month`, each with its status then (entries are in date order). */
export function knownAt(entries: readonly TimelineEntry[], month: string): Map<string, KnownAgreement> {
  const end = endOf(month);
  const known = new Map<string, KnownAgreement>();
  for (const entry of entries) {
    if (entry.date > end) break;
    known.set(entry.agreementId, { status: entry.status, parties: entry.parties });
  }
  return known;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Known agreements by the pair of parties they link, for links that came without their agreements. */
function agreementsByPair(known: ReadonlyMap<string, KnownAgreement>): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const [id, { parties }] of known) {
    for (let i = 0; i < parties.length; i += 1) {
      for (let j = i + 1; j < parties.length; j += 1) {
        const key = pairKey(parties[i]!, parties[j]!);
        const list = pairs.get(key);
        if (list === undefined) pairs.set(key, [id]);
        else list.push(id);
      }
    }
  }
  return pairs;
}

/** A link of the map with the agreements it may stand for, worked out once per timeline and view. */
interface Candidate {
  edge: string;
  source: string;
  target: string;
  agreementIds: readonly string[];
  domains: string[];
}

export type TimeSlicer = (month: string, status: AgreementStatus | null) => NetworkView;

/**
 * Cuts `base` month by month. `base` is the view of the other filters, status aside: a link keeps the
 * known agreements among its own, or — for a network's pages, whose links come without them — among
 * those its two ends are party to. Which agreements each link may stand for is worked out once, so a
 * month costs one pass over the entries and one over the links (the time bar plays many a second).
 * Parent links stay between the institutions still shown.
 */
export function createTimeSlicer(
  graph: CooperationGraph,
  base: NetworkView | null,
  entries: readonly TimelineEntry[],
): TimeSlicer {
  const everyAgreement = new Map<string, KnownAgreement>();
  for (const entry of entries) everyAgreement.set(entry.agreementId, entry);
  const pairs = agreementsByPair(everyAgreement);
  const candidates: Candidate[] = [];
  const partOf: string[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.relation === 'part-of') {
      partOf.push(edge);
      return;
    }
    const inBase = base?.edges == null ? attributes : base.edges.get(edge);
    if (inBase === undefined) return;
    const agreementIds =
      inBase.agreementIds.length > 0 ? inBase.agreementIds : (pairs.get(pairKey(source, target)) ?? []);
    if (agreementIds.length > 0)
      candidates.push({ edge, source, target, agreementIds, domains: inBase.domains });
  });

  return (month, status) => {
    const known = knownAt(entries, month);
    const nodes = new Set<string>();
    const edges = new Map<string, EdgeInView>();
    for (const { edge, source, target, agreementIds, domains } of candidates) {
      const ids = agreementIds.filter((id) => {
        const agreement = known.get(id);
        return agreement !== undefined && (status === null || agreement.status === status);
      });
      if (ids.length === 0) continue;
      edges.set(edge, { agreementIds: ids, domains, weight: ids.length });
      nodes.add(source);
      nodes.add(target);
    }
    for (const edge of partOf) {
      if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge)))
        edges.set(edge, graph.getEdgeAttributes(edge));
    }
    return { filtered: true, nodes, edges, truncated: base?.truncated ?? false };
  };
}
