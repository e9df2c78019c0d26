/**
 * Settings come from the environment, parsed once at start: a bad value stops the process with a
 * message that names the variable.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

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
  return parsed.data;
}
