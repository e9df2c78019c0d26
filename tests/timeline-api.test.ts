/** GET /api/timeline on the seed graph: the dialogue's month, the summit's, the planned year, filters. */
import { describe, expect, it } from 'vitest';

import type { Timeline } from '../contract/timeline.js';
import { readDatasetFile } from '../server/import/validate-dataset.js';
import { SEED_FILE } from './support/database.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
const seed = readDatasetFile(SEED_FILE).dataset;

async function timeline(query = '', status = 200): Promise<Timeline> {
  const response = await seeded.app.get(`/api/timeline${query}`);
  expect(response.status, query).toBe(status);
  return (await response.json()) as Timeline;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('GET /api/timeline', () => {
  it("counts every agreement's one entry in its month, stacked by status, with the months between", async () => {
    const answer = await timeline();
    expect(answer.total).toBe(seed.agreements.length);
    expect(answer.months[0]?.month).toBe('2023-04');
    expect(answer.months.at(-1)?.month).toBe('2023-12');
    expect(answer.months).toHaveLength(9);
    const december = answer.months.at(-1)!;
    const april = answer.months[0]!;
    expect(total(april.counts) + total(december.counts)).toBe(seed.agreements.length);
    expect(april.counts.agreed).toBe(1);
    const planned = seed.agreements.filter((agreement) => agreement.status === 'planned').length;
    expect(december.counts.planned).toBe(planned);
    expect(answer.months.slice(1, -1).every((month) => total(month.counts) === 0)).toBe(true);
    expect(answer.years).toEqual([]);
  });

  it('lists the entries in date order, each naming its agreement and source', async () => {
    const { entries } = await timeline();
    expect(entries.map((entry) => entry.date)).toEqual(entries.map((entry) => entry.date).sort());
    expect(entries[0]).toMatchObject({
      agreementId: 'cet-dialogue-launch-2023',
      status: 'agreed',
      date: '2023-04-26',
      parties: ['kr-presidential-office', 'us-white-house'],
    });
    expect(new Set(entries.map((entry) => entry.agreementId)).size).toBe(seed.agreements.length);
  });

  it('takes the filters of the network, and a limit', async () => {
    const quantum = await timeline('?domain=quantum&status=in-consultation');
    expect(quantum.total).toBeGreaterThan(0);
    expect(quantum.entries.every((entry) => entry.status === 'in-consultation')).toBe(true);
    const limited = await timeline('?limit=3');
    expect(limited).toMatchObject({ truncated: true, total: seed.agreements.length });
    expect(limited.entries).toHaveLength(3);
    const problem = (await (await seeded.app.get('/api/timeline?domain=alchemy')).json()) as {
      errors: { parameter: string }[];
    };
    expect(problem.errors[0]?.parameter).toBe('domain');
  });
});
