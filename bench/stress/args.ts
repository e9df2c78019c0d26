/**
 * The command line of `npm run stress`: which scenarios, and the bounds of each. Unknown options stop the
 * run with the list of known ones.
 */
import { positiveInteger } from '../args.js';
import { parseSize } from '../generator/index.js';

/** In the order a full run takes them: the interrupted import last, as it leaves the graph half written. */
export const SCENARIOS = ['load', 'outage', 'shutdown', 'slow-clients', 'import'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface StressOptions {
  only: ScenarioName[];
  /** Seconds of the load scenario. */
  duration: number;
  /** Connections of the load scenario. */
  connections: number;
  /** Connections kept busy while Neo4j is killed. */
  outageConnections: number;
  /** Institutions of the base graph's generated data set. */
  institutions: number;
  /** Institutions of the new data the interrupted import writes. */
  importInstitutions: number;
  seed: string;
  /** Seconds the normal requests are timed without, then with, the slow clients. */
  slowSeconds: number;
  slowSockets: number;
  /** Seconds the interrupted import's graph is watched for healing. */
  healSeconds: number;
  /** Settings given to every app started (`--app-env NEO4J_MAX_RUNNING_READS=4`), to try another value. */
  appEnv: Record<string, string>;
}

const DEFAULTS: StressOptions = {
  only: [...SCENARIOS],
  duration: 60,
  connections: 200,
  outageConnections: 10,
  institutions: 3_000,
  importInstitutions: 3_000,
  seed: 'stress',
  slowSeconds: 30,
  slowSockets: 100,
  healSeconds: 120,
  appEnv: {},
};

/** Set by the harness itself: the app must stay on loopback, on its port, with its own Neo4j. */
const HARNESS_SETTINGS = ['PORT', 'HOST', 'NEO4J_INSTANCE', 'NEO4J_URI', 'ALLOWED_HOSTS'];

const USAGE = `Usage: npm run stress -- [options]
  --only load,outage     scenarios to run: ${SCENARIOS.join(', ')} (default all, in that order)
  --duration 60          seconds of the load scenario
  --connections 200      connections of the load scenario
  --outage-connections 10  connections kept busy while Neo4j is killed
  --institutions 3k      institutions of the base graph (five agreements each)
  --import-institutions 3k  institutions of the new data the interrupted import writes
  --seed TEXT            generator seed (default "stress")
  --slow-seconds 30      seconds normal requests are timed, without and then with the slow clients
  --slow-sockets 100     slow clients (sockets sending their headers a byte at a time)
  --heal-seconds 120     how long the graph is watched after the import is killed
  --app-env NAME=VALUE   a setting for every app started (README's settings), e.g. NEO4J_MAX_RUNNING_READS=4;
                         may be given several times`;

export function parseStressArgs(argv: readonly string[]): StressOptions {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value\n\n${USAGE}`);
      return next;
    };
    switch (arg) {
      case '--only':
        options.only = scenarios(value());
        break;
      case '--duration':
        options.duration = positiveInteger(arg, value());
        break;
      case '--connections':
        options.connections = positiveInteger(arg, value());
        break;
      case '--outage-connections':
        options.outageConnections = positiveInteger(arg, value());
        break;
      case '--institutions':
        options.institutions = parseSize(value());
        break;
      case '--import-institutions':
        options.importInstitutions = parseSize(value());
        break;
      case '--seed':
        options.seed = value();
        break;
      case '--slow-seconds':
        options.slowSeconds = positiveInteger(arg, value());
        break;
      case '--slow-sockets':
        options.slowSockets = positiveInteger(arg, value());
        break;
      case '--heal-seconds':
        options.healSeconds = positiveInteger(arg, value());
        break;
      case '--app-env': {
        const [name, setting] = appSetting(value());
        options.appEnv = { ...options.appEnv, [name]: setting };
        break;
      }
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
    }
  }
  return options;
}

function scenarios(text: string): ScenarioName[] {
  const wanted = text.split(',').map((name) => name.trim());
  for (const name of wanted) {
    if (!(SCENARIOS as readonly string[]).includes(name)) {
      throw new Error(`--only: unknown scenario "${name}"; known: ${SCENARIOS.join(', ')}`);
    }
  }
  // Always in the full run's order, whatever order they were named in.
  return SCENARIOS.filter((name) => wanted.includes(name));
}

function appSetting(text: string): [string, string] {
  const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(text);
  if (!match) throw new Error(`--app-env must look like NAME=VALUE, not "${text}"`);
  if (HARNESS_SETTINGS.includes(match[1]!)) {
    throw new Error(
      `--app-env: ${match[1]} is set by npm run stress itself (${HARNESS_SETTINGS.join(', ')})`,
    );
  }
  return [match[1]!, match[2]!];
}
