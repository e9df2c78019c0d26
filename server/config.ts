/**
 * Settings come from the environment, parsed once at start: a bad value stops the process with a
 * message that names the variable.
 */
import { z } from 'zod';

import { POOL_DEFAULTS, type PoolOptions } from './db/database.js';
import { DEFAULT_ALLOWED_HOSTS } from './http/security.js';

const port = z.coerce.number().int().min(0).max(65535);

const allowedHosts = z
  .string()
  .regex(
    /^\s*[^,\s]+(\s*,\s*[^,\s]+)*\s*$/,
    'must be host names separated by commas, such as localhost,example.org',
  )
  .default(DEFAULT_ALLOWED_HOSTS.join(','))
  .transform((value) => value.split(',').map((host) => host.trim()));

const environmentSchema = z.object({
  PORT: port.default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** When unset, the project starts its own Neo4j (see server/neo4j/). */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** How long the start waits for that Neo4j to answer (docker compose may still be booting it); 0: not at all. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(60_000),
  /** The project's own Neo4j: its folder under `.neo4j/` (data, logs, password). */
  NEO4J_INSTANCE: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be a folder name (letters, digits, - and _)')
    .default('default'),
  /** On SIGTERM or Ctrl-C, how long requests in flight may take to finish before they are cut off. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Heap of the Neo4j the project starts. */
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 512m or 2g')
    .default('1g'),
  /** Upper bound of every read the API runs, in milliseconds. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  SEED_FILE: z.string().default('seed/korea-us-cet-dialogue-2023.yaml'),
  /** The reference gazetteer's folder (server/import/reference.ts); loaded at every start. */
  REFERENCE_DIR: z.string().default('seed/reference'),
  /** Host names the app answers for (comma-separated, `name` or `name:port`, `*` for any): DNS rebinding. */
  ALLOWED_HOSTS: allowedHosts,
  /** Connections the driver may open: the API's reads, the console's share, health probes and writes. */
  NEO4J_POOL_SIZE: z.coerce.number().int().min(4).max(1_000).default(POOL_DEFAULTS.size),
  /** The API's reads that hold a connection at once; the rest wait in the queue. */
  NEO4J_MAX_RUNNING_READS: z.coerce.number().int().min(1).max(1_000).default(POOL_DEFAULTS.running),
  /** Reads that may wait for a connection; past it a request answers 503 with Retry-After at once. */
  NEO4J_READ_QUEUE: z.coerce.number().int().min(0).max(100_000).default(POOL_DEFAULTS.queued),
  /** Longest a read waits in that queue; then it answers 503 with Retry-After. */
  NEO4J_READ_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(POOL_DEFAULTS.waitMs),
  /**
   * The bearer token `POST /api/import` asks for (server/services/import/access.ts). Unset (or empty, as
   * docker compose passes an unset one), imports are open only while the app listens on loopback.
   */
  IMPORT_TOKEN: z
    .string()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .min(16, 'must be at least 16 characters (for one: openssl rand -hex 32)')
        .regex(
          /^[\x21-\x7e]+$/,
          'must be printable ASCII without spaces, as an Authorization header carries it',
        )
        .optional(),
    )
    .optional(),
});

export type Config = z.output<typeof environmentSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  if (parsed.data.NEO4J_URI && parsed.data.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: give the password of that Neo4j.');
  }
  const consoleShare = Number(environment.CONSOLE_MAX_CONCURRENT ?? 4) || 4;
  const needed = parsed.data.NEO4J_MAX_RUNNING_READS + consoleShare + RESERVED_CONNECTIONS;
  if (parsed.data.NEO4J_POOL_SIZE < needed) {
    throw new ConfigError(
      `NEO4J_POOL_SIZE (${parsed.data.NEO4J_POOL_SIZE}) must be at least NEO4J_MAX_RUNNING_READS + ` +
        `CONSOLE_MAX_CONCURRENT + ${RESERVED_CONNECTIONS} (health probes and writes) = ${needed}.`,
    );
  }
  return parsed.data;
}

/** Connections kept out of the reads' and the console's shares: health probes and imports. */
const RESERVED_CONNECTIONS = 4;

/** ALLOWED_HOSTS alone, for the app (the rest of the settings are the start's business). */
export function allowedHostsSetting(environment: NodeJS.ProcessEnv = process.env): string[] {
  const parsed = allowedHosts.safeParse(environment.ALLOWED_HOSTS);
  if (!parsed.success)
    throw new ConfigError(`Invalid environment:\n  ALLOWED_HOSTS: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The pool settings as the query layer takes them. */
export function poolOptions(config: Config): PoolOptions {
  return {
    size: config.NEO4J_POOL_SIZE,
    running: config.NEO4J_MAX_RUNNING_READS,
    queued: config.NEO4J_READ_QUEUE,
    waitMs: config.NEO4J_READ_QUEUE_TIMEOUT_MS,
  };
}
