/** The schema in cypher/schema is applied idempotently and gives every key a uniqueness constraint. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../server/db/database.js';
import { applySchema } from '../server/db/schema.js';
import { connectTestDatabase, resetDatabase } from './support/database.js';

let db: Database;

beforeAll(async () => {
  db = connectTestDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

describe('the schema', () => {
  it('has a uniqueness constraint on the key of every label', async () => {
    const { records } = await db.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS key",
    );
    const keys = Object.fromEntries(records.map((r) => [r.get('label') as string, r.get('key') as string]));
    expect(keys).toEqual({
      Institution: 'id',
      Agreement: 'id',
      Domain: 'id',
      Source: 'id',
      Country: 'code',
      Event: 'id',
      Person: 'id',
      Layout: 'id',
      GraphVersion: 'id',
      WriteLease: 'id',
      ReferenceInstitution: 'id',
      ReferenceVersion: 'id',
    });
  });

  it('indexes institution names, acronyms and aliases for Korean and English full-text search', async () => {
    const { records } = await db.driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, properties, options, state WHERE name = 'institution_names' RETURN *",
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('properties')).toEqual(['nameEn', 'nameKo', 'acronym', 'aliases']);
    expect(
      (records[0]?.get('options') as { indexConfig: Record<string, string> }).indexConfig[
        'fulltext.analyzer'
      ],
    ).toBe('cjk');
    expect(records[0]?.get('state')).toBe('ONLINE');
  });

  it('can be applied again without error or change', async () => {
    const count = async (): Promise<number> =>
      (await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN count(*) AS n')).records[0]?.get(
        'n',
      ) as number;
    const before = Number(await count());
    await applySchema(db);
    expect(Number(await count())).toBe(before);
  });

  it('rejects a second institution with the same id', async () => {
    await db.driver.executeQuery("CREATE (:Institution {id: 'duplicate-test'})");
    await expect(db.driver.executeQuery("CREATE (:Institution {id: 'duplicate-test'})")).rejects.toThrow(
      /already exists/,
    );
  });
});
