/** Settings from the environment: defaults, and a bad value named in the error. */
import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../server/config.js';

describe('loadConfig', () => {
  it('serves on loopback port 8080 and starts its own Neo4j by default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 8080, HOST: '127.0.0.1', NEO4J_DATABASE: 'neo4j' });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(
      /NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/,
    );
  });

  it('asks for the password of a Neo4j named by NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j://db.internal:7687' })).toThrow(/NEO4J_PASSWORD/);
  });
});
