/**
 * The named-query endpoints over HTTP on the seed graph in the real Neo4j: the listing of every file of
 * cypher/queries/ with its parameters, and the problems that name each invalid parameter. What each query
 * answers on the seed is in named-queries-seed.test.ts; the files and their headers in named-query-files.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { NamedQueryListing } from '../contract/named-queries.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../contract/vocabulary.js';
import { CYPHER_DIR } from '../server/runtime.js';
import { namedQueries } from './support/named-queries.js';
import { useSeededApp } from './support/seeded-app.js';

const queryFiles = readdirSync(path.join(CYPHER_DIR, 'queries')).filter((file) => file.endsWith('.cypher'));

const seeded = useSeededApp();
const { refused } = namedQueries(seeded);

describe('GET /api/queries', () => {
  it('lists every file of cypher/queries, at least eight, with typed parameters and columns', async () => {
    const response = await seeded.app.get('/api/queries');
    expect(response.status).toBe(200);
    const { queries } = (await response.json()) as NamedQueryListing;
    expect(queries.map((q) => q.name)).toEqual(
      queryFiles.map((file) => file.replace(/\.cypher$/, '')).sort(),
    );
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const query of queries) {
      expect(query.title, query.name).not.toBe('');
      expect(query.description, query.name).not.toBe('');
      expect(query.returns, query.name).not.toBe('');
      expect(query.columns.length, query.name).toBeGreaterThan(0);
      expect(
        query.parameters.find((p) => p.name === 'limit'),
        query.name,
      ).toMatchObject({
        required: false,
        minimum: 1,
      });
    }
    const events = queries.find((q) => q.name === 'event-decisions');
    expect(events?.parameters).toEqual([
      {
        name: 'event',
        type: 'string',
        required: false,
        default: 'cet-dialogue-2023-12-09',
        description: "The event's id",
      },
      {
        name: 'status',
        type: 'enum(agreed,planned,signed,in-consultation)',
        required: false,
        values: ['agreed', 'planned', 'signed', 'in-consultation'],
        description: 'Only agreements with this status (all when absent)',
      },
      {
        name: 'limit',
        type: 'integer(1..1000)',
        required: false,
        default: 100,
        minimum: 1,
        maximum: 1000,
        description: 'Maximum rows',
      },
    ]);
    expect(queries.find((q) => q.name === 'domain-evidence')?.parameters[0]).toMatchObject({
      name: 'domain',
      required: true,
    });
  });

  it('keeps enums of statuses and kinds in step with the vocabulary', async () => {
    const { queries } = (await (await seeded.app.get('/api/queries')).json()) as NamedQueryListing;
    for (const parameter of queries.flatMap((q) => q.parameters)) {
      if (parameter.name === 'status') expect(parameter.values).toEqual([...AGREEMENT_STATUSES]);
      if (parameter.name === 'kind') expect(parameter.values).toEqual([...AGREEMENT_KINDS]);
    }
  });

  it('documents the listing, and each query at its own path with a body required when it must be', async () => {
    const document = (await (await seeded.app.get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { required: boolean } }>>;
    };
    const { queries } = (await (await seeded.app.get('/api/queries')).json()) as NamedQueryListing;
    expect(Object.keys(document.paths['/api/queries'] ?? {})).toEqual(['get']);
    for (const query of queries) {
      const operation = document.paths[`/api/queries/${query.name}`];
      expect(Object.keys(operation ?? {}), query.name).toEqual(['post']);
      const needsParams = query.parameters.some((parameter) => parameter.required);
      expect(operation?.post?.requestBody?.required, query.name).toBe(needsParams);
    }
    expect(queries.filter((query) => query.parameters.some((p) => p.required)).length).toBeGreaterThan(0);
    // The template would only repeat those paths with looser bodies; another name is no path at all.
    expect(document.paths['/api/queries/{name}']).toBeUndefined();
  });
});

describe('POST /api/queries/:name refuses bad input with a problem naming the parameter', () => {
  it('404 for an unknown query, 400 for a malformed name', async () => {
    expect((await refused('no-such-query', '{}', 404)).detail).toMatch(/no-such-query/);
    expect((await refused('Bad%20Name', '{}')).errors).toMatchObject([{ parameter: 'name' }]);
  });

  it('400 for a limit of the wrong type, above the maximum, or not whole', async () => {
    const expected = 'must be a whole number from 1 to 1000';
    expect((await refused('top-partners', '{"params":{"limit":"ten"}}')).errors).toEqual([
      { parameter: 'params.limit', message: expected },
    ]);
    expect((await refused('top-partners', '{"params":{"limit":1001}}')).errors).toEqual([
      { parameter: 'params.limit', message: expected },
    ]);
    expect((await refused('top-partners', '{"params":{"limit":2.5}}')).errors).toEqual([
      { parameter: 'params.limit', message: expected },
    ]);
    expect((await refused('top-partners', '{"params":{"limit":0}}')).errors).toMatchObject([
      { parameter: 'params.limit' },
    ]);
  });

  it('400 for an unknown enum value, naming the allowed ones', async () => {
    const problem = await refused('agreements-by-status', '{"params":{"status":"approved"}}');
    expect(problem.errors).toEqual([
      { parameter: 'params.status', message: 'must be one of agreed, planned, signed, in-consultation' },
    ]);
    expect(problem.detail).toMatch(/params\.status/);
  });

  it('400 for an unknown parameter, listing those the query takes', async () => {
    const problem = await refused('funding-pledges', '{"params":{"domain":"bio","amount":5}}');
    expect(problem.errors).toEqual([
      {
        parameter: 'params.amount',
        message: 'is not a parameter of funding-pledges, which takes: domain, limit',
      },
    ]);
  });

  it('400 for a missing required parameter, a bad date, a wrong type, or null where a value is needed', async () => {
    expect((await refused('domain-evidence', '{}')).errors).toEqual([
      {
        parameter: 'params.domain',
        message: 'is required and must be a non-empty text of at most 500 characters',
      },
    ]);
    expect((await refused('planned-activities', '{"params":{"period":"2024/05"}}')).errors).toEqual([
      { parameter: 'params.period', message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect((await refused('cross-border-links', '{"params":{"domain":5}}')).errors).toMatchObject([
      { parameter: 'params.domain' },
    ]);
    expect((await refused('domain-evidence', '{"params":{"domain":null}}')).errors).toMatchObject([
      { parameter: 'params.domain' },
    ]);
  });

  it('400 for a body that is not {"params": {...}}', async () => {
    const misplaced = await refused('top-partners', '{"limit":5}');
    expect(misplaced.errors).toEqual([
      { parameter: 'body', message: 'unexpected "limit": send parameters as {"params": {...}}' },
    ]);
    expect((await refused('top-partners', '{"params":[1]}')).errors).toEqual([
      { parameter: 'params', message: 'must be an object of parameter values' },
    ]);
  });

  it('400 for malformed JSON', async () => {
    const problem = await refused('top-partners', '{"params": {"limit": ');
    expect(problem.title).toBe('Invalid request');
  });
});
