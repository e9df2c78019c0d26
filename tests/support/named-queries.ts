/**
 * Requests to the named-query endpoints of a test app, and the row shapes the seed's queries return.
 */
import { expect } from 'vitest';

import type { NamedQueryResult } from '../../contract/named-queries.js';
import type { Problem } from '../../contract/problem.js';
import type { SeededApp } from './seeded-app.js';

/** A map a query returns for an institution, agreement, domain, event or person. */
export interface Ref {
  id: string;
  country?: string | null;
  [key: string]: unknown;
}

export type Pair = {
  domain: Ref;
  institutionA: Ref;
  institutionB: Ref;
  agreements: Ref[];
  agreementCount: number;
};
export type Bridge = {
  institution: Ref;
  partnerCountries: string[];
  foreignPartners: number;
  partners: Ref[];
};
export type Listed = { status: string; agreement: Ref; parties: Ref[]; domains: string[] };
export type Hub = { institution: Ref; partners: number; agreements: number; partnerCountries: string[] };
export type Decision = { event: Ref; agreement: Ref; parties: Ref[]; domains: string[] };
export type Quote = { agreement: Ref; quoteKo: string; quoteEn: string; source: Ref };
export type Link = { relation: string; depth: number; institution: Ref };
export type Planned = { agreement: Ref; hosts: string[] };
export type Chair = { event: Ref; person: Ref; posts: unknown[] };
export type Partner = { partner: Ref; agreements: Ref[]; agreementCount: number };

export const ids = (rows: { id: string }[]): string[] => rows.map((row) => row.id);

export function namedQueries(seeded: SeededApp) {
  const post = (name: string, body: string | undefined): Promise<Response> =>
    fetch(`${seeded.app.url}/api/queries/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined ? { body } : {}),
    });

  /**
   * Runs a query that must succeed, and returns its rows as objects keyed by column; `Row` names the
   * columns a test reads (the assertions check the values).
   */
  async function run<Row = Record<string, unknown>>(
    name: string,
    params?: Record<string, unknown>,
  ): Promise<{ rows: Row[]; truncated: boolean }> {
    const response = await post(name, JSON.stringify(params ? { params } : {}));
    const answer = (await response.json()) as NamedQueryResult;
    expect(response.status, JSON.stringify(answer)).toBe(200);
    expect(answer.name).toBe(name);
    const rows = answer.rows.map(
      (row) => Object.fromEntries(answer.columns.map((column, i) => [column, row[i]])) as Row,
    );
    return { rows, truncated: answer.truncated };
  }

  /** Runs a request that must fail, and returns its problem. */
  async function refused(name: string, body: string | undefined, status = 400): Promise<Problem> {
    const response = await post(name, body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    return (await response.json()) as Problem;
  }

  return { post, run, refused };
}
