/**
 * docker-compose.yml cannot run on machines without a Docker engine, so its shape is checked here: the
 * official Neo4j 5.26 community image, a healthcheck the image can run, a volume, and the app wired to it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { loadConfig } from '../server/config.js';
import { localNeo4jConf } from '../server/neo4j/local-conf.js';
import { PROJECT_DIR } from '../server/runtime.js';

interface Service {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(path.join(PROJECT_DIR, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const neo4j = compose.services.neo4j!;
const app = compose.services.app!;

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 community image with authentication and a data volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-.{8,}\}$/);
    const [volume, mountPoint] = neo4j.volumes![0]!.split(':');
    expect(mountPoint).toBe('/data');
    expect(compose.volumes).toHaveProperty(volume!);
  });

  it('locks Neo4j down as the local server is', () => {
    // The image maps NEO4J_a_b__c to the setting a.b_c.
    const local = Object.fromEntries(
      localNeo4jConf({ boltPort: 7687, dataDir: '', logsDir: '', importDir: '', pageCache: '' })
        .trim()
        .split('\n')
        .map((line) => line.split('=') as [string, string]),
    );
    for (const setting of [
      'dbms.security.allow_csv_import_from_file_urls',
      'internal.dbms.cypher_ip_blocklist',
      'dbms.security.procedures.allowlist',
      'dbms.usage_report.enabled',
      'db.transaction.timeout',
      'db.transaction.monitor.check.interval',
      'db.memory.transaction.max',
    ]) {
      const variable = `NEO4J_${setting.replace(/_/g, '__').replace(/\./g, '_')}`;
      expect(neo4j.environment[variable], variable).toBe(local[setting]);
    }
    for (const port of [...neo4j.ports!, ...app.ports!]) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('has a healthcheck that the image can run (it has wget, not curl)', () => {
    const command = neo4j.healthcheck!.test.join(' ');
    expect(command).not.toMatch(/curl/);
    expect(command).toMatch(/wget|cypher-shell/);
  });

  it('wires the app to Neo4j through settings the app accepts, once Neo4j is healthy', () => {
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    const environment = Object.fromEntries(
      Object.entries(app.environment).map(([key, value]) => [key, value.replace(/\$\{\w+:-([^}]*)\}/, '$1')]),
    );
    const config = loadConfig(environment);
    expect(config.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.NEO4J_PASSWORD).toBe(
      neo4j.environment.NEO4J_AUTH!.split('/')[1]!.replace(/\$\{\w+:-([^}]*)\}/, '$1'),
    );
  });
});
