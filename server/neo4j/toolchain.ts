/**
 * Java and Maven are what the local Neo4j needs. When one is missing, say so and name the fix,
 * rather than letting a spawn fail with ENOENT.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

const NO_DOCKER_HINT =
  'or point the app at a running Neo4j with NEO4J_URI (see README: "Neo4j, three ways").';

export function javaExecutable(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Fails unless `java -version` reports 17 or newer (Neo4j 5.26 runs on 17 and 21). */
export function checkJava(): void {
  const java = javaExecutable();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      `Java was not found (${java}). Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jre-headless), ` +
        NO_DOCKER_HINT,
    );
  }
  const major = /version "(\d+)/.exec(result.stderr)?.[1];
  if (major && Number(major) < 17) {
    throw new MissingToolError(
      `Java ${major} is too old for Neo4j 5.26: install Java 17 or newer, ${NO_DOCKER_HINT}`,
    );
  }
}

export function checkMaven(): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      'Maven (mvn) was not found: it fetches the Neo4j server jars the first time. ' +
        `Install it (Debian: apt-get install maven), ${NO_DOCKER_HINT}`,
    );
  }
}
