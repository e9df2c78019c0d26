/** The OpenAPI document: valid, generated from the route declarations, and covering every route. */
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiRoutes } from '../server/app.js';
import type { Database } from '../server/db/database.js';
import { connectTestDatabase } from './support/database.js';
import { startApp, type RunningApp } from './support/http.js';

let db: Database;
let app: RunningApp;

beforeAll(async () => {
  db = connectTestDatabase();
  app = await startApp(db);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = (await (await app.get('/api/openapi.json')).json()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('documents every route the app serves, with its parameters', async () => {
    const document = (await (await app.get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const routes = apiRoutes(db);
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      // A template with concrete paths (the named queries) is documented by each of them instead.
      const paths = route.variants?.map((variant) => `/api${variant.path}`) ?? [
        `/api${route.path.replace(/:(\w+)/g, '{$1}')}`,
      ];
      for (const path of paths) {
        const operation = document.paths[path]?.[route.method];
        expect(operation, `${route.method} ${path}`).toBeDefined();
        for (const name of Object.keys((route.query as { shape?: object } | undefined)?.shape ?? {})) {
          expect(
            operation?.parameters?.map((p) => p.name),
            `${path} ${name}`,
          ).toContain(name);
        }
      }
    }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/search',
        '/api/paths',
        '/api/institutions/{id}/neighbourhood',
        '/api/agreements/{id}',
        '/api/sources/{id}',
      ]),
    );
  });

  it('is rendered for people at /api/docs/', async () => {
    const page = await app.get('/api/docs/');
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger-ui/i);
    const initializer = await (await app.get('/api/docs/swagger-initializer.js')).text();
    expect(initializer).toContain('/api/openapi.json');
  });
});
