/**
 * Resolves Neo4j Community server's jars from Maven Central through `neo4j/pom.xml`, once, into a cache
 * folder named after the version. A marker file written last makes an interrupted download start over.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import type { Logger } from 'pino';

import { checkMaven } from './toolchain.js';

const COMPLETE_MARKER = '.complete';

export function neo4jVersion(pomPath: string): string {
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomPath, 'utf8'))?.[1];
  if (!version) throw new Error(`${pomPath} does not declare <neo4j.version>`);
  return version;
}

/** Returns the folder holding every jar of the server, downloading them first when needed. */
export async function ensureNeo4jJars(pomPath: string, cacheDir: string, logger: Logger): Promise<string> {
  const version = neo4jVersion(pomPath);
  const libDir = path.join(cacheDir, `lib-${version}`);
  if (existsSync(path.join(libDir, COMPLETE_MARKER))) return libDir;

  checkMaven();
  rmSync(libDir, { recursive: true, force: true });
  logger.info(`Fetching the jars of Neo4j ${version} with Maven (once; about 120 MB)…`);
  const started = Date.now();
  let downloaded = 0;
  const child = spawn(
    'mvn',
    [
      '--batch-mode',
      '--file',
      pomPath,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${libDir}`,
      '-DincludeScope=runtime',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const tail: string[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (line.includes('Downloaded from')) {
      downloaded += 1;
      if (downloaded % 25 === 0) logger.info(`  …${downloaded} files downloaded`);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => tail.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `Maven could not fetch Neo4j ${version} (exit ${code}). Check that Maven Central is reachable.\n` +
        tail.join('\n'),
    );
  }
  writeFileSync(path.join(libDir, COMPLETE_MARKER), new Date().toISOString());
  logger.info(`Neo4j ${version} jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${libDir}).`);
  return libDir;
}
