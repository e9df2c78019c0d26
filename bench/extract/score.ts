/**
 * Scoring one extraction against its labels. A labelled institution is a catalogue id, or `new:NAME`
 * for one the labeller did not find in the catalogue: it counts as found when a proposal has that id,
 * or (for `new:`) when a proposal names it so — its record's name, acronym or an alias, or its first
 * mention. A `new:` organisation that the gazetteer has since learned is then found as the gazetteer's
 * entry, as an analyst would want. An agreement counts as found when its party set matches; its kind,
 * status, date and amount are then compared one by one.
 */
import type { ExtractResponse, InstitutionProposal } from '../../contract/extract.js';

export interface Labels {
  published: string;
  institutions: string[];
  agreements: {
    parties: string[];
    kind: string;
    status: string;
    date?: string;
    amount?: { value: number; currency: string; per?: string; stated: string };
  }[];
}

export interface Score {
  institutions: { gold: number; proposed: number; found: number; missed: string[]; extra: string[] };
  agreements: {
    gold: number;
    proposed: number;
    found: number;
    /** Of the found ones, how many have the labelled value (where the label gives one). */
    kind: [number, number];
    status: [number, number];
    date: [number, number];
    amount: [number, number];
    missed: string[];
    extra: string[];
  };
}

type Extraction = Omit<ExtractResponse, 'elapsedMs'>;

export function score(result: Extraction, labels: Labels): Score {
  const proposals = result.review.filter((item): item is InstitutionProposal => item.type === 'institution');
  const records = new Map(result.draft.institutions.map((record) => [record.id, record]));
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const label of labels.institutions) {
    const proposal = proposals.find((p) => !used.has(p.id) && matches(label, p, records.get(p.id)));
    if (proposal) {
      idOf.set(label, proposal.id);
      used.add(proposal.id);
    }
  }
  const gold = labels.agreements.map((a) => ({
    ...a,
    ids: a.parties.map((p) => idOf.get(p) ?? `missing:${p}`),
  }));
  const taken = new Set<number>();
  const counts = { kind: [0, 0], status: [0, 0], date: [0, 0], amount: [0, 0] } as Record<
    string,
    [number, number]
  >;
  const missed: string[] = [];
  for (const want of gold) {
    const index = result.draft.agreements.findIndex(
      (a, i) =>
        !taken.has(i) &&
        sameSet(
          a.parties.map((p) => p.institution),
          want.ids,
        ) &&
        a.kind === want.kind,
    );
    const fallback =
      index >= 0
        ? index
        : result.draft.agreements.findIndex(
            (a, i) =>
              !taken.has(i) &&
              sameSet(
                a.parties.map((p) => p.institution),
                want.ids,
              ),
          );
    if (fallback < 0) {
      missed.push(`${want.parties.join('+')} ${want.kind}`);
      continue;
    }
    taken.add(fallback);
    const got = result.draft.agreements[fallback]!;
    tally(counts.kind!, got.kind === want.kind);
    tally(counts.status!, got.status === want.status);
    if (want.date) tally(counts.date!, got.date === want.date);
    if (want.amount || got.amount)
      tally(counts.amount!, JSON.stringify(amountOf(got.amount)) === JSON.stringify(amountOf(want.amount)));
  }
  const extra = result.draft.agreements
    .filter((_, i) => !taken.has(i))
    .map((a) => `${a.parties.map((p) => p.institution).join('+')} ${a.kind}`);
  return {
    institutions: {
      gold: labels.institutions.length,
      proposed: proposals.length,
      found: idOf.size,
      missed: labels.institutions.filter((label) => !idOf.has(label)),
      extra: proposals.filter((p) => !used.has(p.id)).map((p) => p.id),
    },
    agreements: {
      gold: gold.length,
      proposed: result.draft.agreements.length,
      found: taken.size,
      kind: counts.kind!,
      status: counts.status!,
      date: counts.date!,
      amount: counts.amount!,
      missed,
      extra,
    },
  };
}

function matches(
  label: string,
  proposal: InstitutionProposal,
  record: { nameEn: string; nameKo: string; acronym?: string; aliases?: string[] } | undefined,
): boolean {
  if (!label.startsWith('new:')) return proposal.id === label;
  const name = label.slice(4);
  const [known] = proposal.candidates;
  return (
    record?.acronym === name ||
    record?.nameKo === name ||
    record?.nameEn === name ||
    (record?.aliases ?? []).includes(name) ||
    (known !== undefined && [known.acronym, known.nameEn, known.nameKo].includes(name)) ||
    proposal.name.startsWith(name)
  );
}

function amountOf(
  amount: { value: number; currency: string; per?: string; stated: string } | undefined,
): unknown {
  return amount
    ? { value: amount.value, currency: amount.currency, per: amount.per ?? null, stated: amount.stated }
    : null;
}

function tally(count: [number, number], right: boolean): void {
  count[1]++;
  if (right) count[0]++;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
