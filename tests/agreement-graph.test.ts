/** GET /api/graph?shape=agreements on the seed graph: agreements as nodes with everyone party to each. */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';

import type { AgreementGraph } from '../contract/agreement-graph.js';
import { readDatasetFile } from '../server/import/validate-dataset.js';
import { SEED_FILE } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
const seed = readDatasetFile(SEED_FILE).dataset;

async function graph(query: string, status = 200): Promise<AgreementGraph> {
  const response = await seeded.app.get(`/api/graph?shape=agreements${query}`);
  expect(response.status, query).toBe(status);
  return (await response.json()) as AgreementGraph;
}

const ofType = (answer: AgreementGraph, type: string) =>
  answer.nodes.filter((node) => node.attributes.type === type);

describe('GET /api/graph?shape=agreements', () => {
  it('answers every agreement as a node, linked to each of its parties with the role, as graphology reads it', async () => {
    const answer = await graph('');
    const network = Graph.from(answer);
    expect(network.type).toBe('directed');
    expect(ofType(answer, 'agreement')).toHaveLength(seed.agreements.length);
    for (const agreement of seed.agreements) {
      const key = `agreement:${agreement.id}`;
      const parties = network
        .inNeighbors(key)
        .map((neighbour) => neighbour.replace('institution:', ''))
        .sort();
      expect(parties, agreement.id).toEqual(agreement.parties.map((party) => party.institution).sort());
    }
    const lead = network.edge(
      'institution:kr-national-security-office',
      'agreement:kr-us-advanced-tech-cooperation',
    );
    expect(network.getEdgeAttribute(lead, 'role')).toBe('lead');
    expect(network.getNodeAttributes('agreement:msit-nsf-bioeconomy-funding')).toMatchObject({
      type: 'agreement',
      kind: 'funding',
      amount: 10_000_000,
      currency: 'USD',
      domains: ['bio'],
    });
    expect(network.getNodeAttributes('institution:us-nist')).toMatchObject({
      type: 'institution',
      acronym: 'NIST',
    });
  });

  it('adds events and domains on request', async () => {
    const plain = await graph('');
    expect(ofType(plain, 'event')).toEqual([]);
    const answer = await graph('&include=events,domains');
    expect(
      ofType(answer, 'event')
        .map((node) => node.key)
        .sort(),
    ).toEqual(
      [...new Set(seed.agreements.flatMap((agreement) => agreement.agreedAt ?? []))]
        .map((id) => `event:${id}`)
        .sort(),
    );
    const covers = answer.edges.filter((edge) => edge.attributes.relation === 'covers');
    expect(covers).toHaveLength(
      seed.agreements.reduce((sum, agreement) => sum + agreement.domains.length, 0),
    );
    expect(ofType(answer, 'domain').length).toBeGreaterThan(0);
  });

  it('takes the filters, asOf and limit', async () => {
    const before = await graph('&asOf=2023-12-08');
    expect(ofType(before, 'agreement').map((node) => node.key)).toEqual([
      'agreement:cet-dialogue-launch-2023',
    ]);
    const planned = await graph('&status=planned');
    expect(
      ofType(planned, 'agreement').every(
        (node) => 'status' in node.attributes && node.attributes.status === 'planned',
      ),
    ).toBe(true);
    const limited = await graph('&limit=2');
    expect(ofType(limited, 'agreement')).toHaveLength(2);
    expect(limited.attributes.truncated).toBe(true);
  });

  it('names a wrong shape or extra in a 400', async () => {
    for (const [query, parameter] of [
      ['shape=agreements&include=people', 'include[0]'],
      ['shape=triangles', 'shape'],
    ] as const) {
      const response = await seeded.app.get(`/api/graph?${query}`);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { parameter: string }[] };
      expect(problem.errors[0]?.parameter).toBe(parameter);
    }
  });
});
