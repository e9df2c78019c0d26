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

/**
 * `base` cut to the agreements known by the end of `month` (of `status` then, when the filter names
 * one). `base` is the view of the other filters, status aside: a link keeps the known agreements among
 * its own, or — for a network's pages, whose links come without them — among those its two ends are
 * party to. Parent links stay between the institutions still shown.
 */
export function timeView(
  graph: CooperationGraph,
  base: NetworkView | null,
  entries: readonly TimelineEntry[],
  month: string,
  status: AgreementStatus | null,
): NetworkView {
  const known = knownAt(entries, month);
  if (status !== null) {
    for (const [id, agreement] of known) if (agreement.status !== status) known.delete(id);
  }
  const pairs = agreementsByPair(known);
  const nodes = new Set<string>();
  const edges = new Map<string, EdgeInView>();
  const partOf: string[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.relation === 'part-of') {
      partOf.push(edge);
      return;
    }
    const inBase = base?.edges == null ? attributes : base.edges.get(edge);
    if (inBase === undefined) return;
    const ids =
      inBase.agreementIds.length > 0
        ? inBase.agreementIds.filter((id) => known.has(id))
        : (pairs.get(pairKey(source, target)) ?? []);
    if (ids.length === 0) return;
    edges.set(edge, { agreementIds: ids, domains: inBase.domains, weight: ids.length });
    nodes.add(source);
    nodes.add(target);
  });
  for (const edge of partOf) {
    if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge)))
      edges.set(edge, graph.getEdgeAttributes(edge));
  }
  return { filtered: true, nodes, edges, truncated: base?.truncated ?? false };
}
