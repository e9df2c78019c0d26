/** Agreements stated more than once in an article, told apart from those stated once. */
import type { AgreementFinding } from './finding.js';
import type { Resolution } from './resolve.js';

/**
 * One agreement stated twice: the headline and the body, a sentence that goes on about it, or a general
 * "cooperation" between the same parties in the same field beside a specific one.
 */
export function mergeRepeats(findings: AgreementFinding[], resolution: Resolution): AgreementFinding[] {
  const kept: AgreementFinding[] = [];
  // A headline states least: the first body sentence that repeats it gives the reading.
  const headline = new Set<AgreementFinding>(findings.filter((finding) => finding.sentence === 0));
  for (const finding of findings) {
    const same = kept.find(
      (other) =>
        sameSet(other.parties, finding.parties) &&
        sameDomains(other, finding) &&
        (other.kind === finding.kind || other.general || finding.general || headline.has(other)),
    );
    if (!same) {
      kept.push(finding);
      continue;
    }
    same.more.push(finding.sentence);
    same.cues.push(...finding.cues);
    same.reasons.push(`also stated in sentence ${finding.sentence + 1}`);
    if ((same.general && !finding.general) || headline.has(same)) {
      headline.delete(same);
      Object.assign(same, {
        kind: finding.kind,
        general: finding.general,
        status: finding.status,
        date: finding.date,
        dateFromPublication: finding.dateFromPublication,
        amount: finding.amount,
      });
    }
    if (!same.amount && finding.amount) same.amount = finding.amount;
    // A sentence that names the day beats one that left it to the publication date.
    if (same.dateFromPublication && !finding.dateFromPublication) {
      Object.assign(same, { date: finding.date, dateFromPublication: false });
    }
  }
  return dropHeadline(kept, resolution);
}

/** A headline agreement whose sides the body states more fully (DST–MSIT for "India and Korea") adds nothing. */
function dropHeadline(findings: AgreementFinding[], resolution: Resolution): AgreementFinding[] {
  const headline = findings.find((finding) => finding.sentence === 0 && finding.more.length === 0);
  if (!headline) return findings;
  const country = new Map(
    resolution.institutions.map((i) => [i.id, i.known?.country ?? i.guess?.country ?? i.id]),
  );
  const sides = (finding: AgreementFinding): string[] => [
    ...new Set(finding.parties.map((id) => country.get(id) ?? id)),
  ];
  const covered = findings.some((other) => other !== headline && sameSet(sides(other), sides(headline)));
  return covered ? findings.filter((finding) => finding !== headline) : findings;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function sameDomains(a: AgreementFinding, b: AgreementFinding): boolean {
  return a.domains.some((domain) => b.domains.includes(domain));
}
