/**
 * The command line of `npm run bench`: `--sizes 1k,10k,100k`, `--iterations 200`, `--heap 4g`, and
 * switches to leave parts out. Unknown options stop the run with the list of known ones.
 */
import { parseSize } from './generator/index.js';

export interface BenchOptions {
  /** Institutions per data set, ascending; the largest one also gets the API and path benchmarks. */
  sizes: number[];
  seed: string;
  /** Timed calls per API endpoint and per side (HTTP, driver), after a warm-up of a tenth as many. */
  iterations: number;
  /** Institutions of the data set the naive importer writes one record per transaction. */
  naiveSize: number;
  heap: string;
  pageCache: string;
  /** Import each data set a second time (idempotence and the MERGE path's speed); default up to 10k. */
  reimportUpTo: number;
  /** Agreement batch sizes (and concurrencies) tried on the 10k data set to choose the defaults. */
  sweep: boolean;
  skipNaive: boolean;
  skipApi: boolean;
  /** The explorer in Chromium against bare sigma, at every size. */
  skipClient: boolean;
  /** The offline first load of every data set, against the bulk importer's graph and time. */
  skipOffline: boolean;
  /** A tenth more institutions imported into the largest graph, through the live (bulk) importer. */
  skipLive: boolean;
  /** Page loads per side and size in the client benchmark. */
  clientRuns: number;
  /**
   * The name of the results files in bench/results/ (`latest`): a run of a few parts only writes beside
   * the whole run's figures instead of over them.
   */
  results: string;
}

const DEFAULTS: BenchOptions = {
  sizes: [1_000, 10_000, 100_000],
  seed: 'bench',
  iterations: 200,
  naiveSize: 1_000,
  heap: '4g',
  pageCache: '1g',
  reimportUpTo: 10_000,
  sweep: false,
  skipNaive: false,
  skipApi: false,
  skipClient: false,
  skipOffline: false,
  skipLive: false,
  clientRuns: 3,
  results: 'latest',
};

const USAGE = `Usage: npm run bench -- [options]
  --sizes 1k,10k,100k   institutions per data set (default 1k,10k,100k); about 5 agreements each
  --iterations N        timed calls per API endpoint and side (default 200)
  --seed TEXT           generator seed (default "bench")
  --naive-size 1k       data set of the naive one-record-per-transaction importer (default 1k)
  --reimport-up-to 10k  import data sets up to this size twice (default 10k)
  --heap 4g             heap of the benchmark's own Neo4j (default 4g)
  --page-cache 1g       its page cache (default 1g)
  --sweep               also try batch sizes and concurrencies on 10k (a few minutes more)
  --client-runs N       page loads per side and size in the client benchmark (default 3)
  --skip-naive, --skip-api, --skip-client, --skip-offline, --skip-live
  --results NAME        write bench/results/NAME.md and .json (default latest), e.g. for a partial run`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value\n\n${USAGE}`);
      return next;
    };
    switch (arg) {
      case '--sizes':
        options.sizes = value()
          .split(',')
          .map(parseSize)
          .sort((a, b) => a - b);
        break;
      case '--iterations':
        options.iterations = positiveInteger(arg, value());
        break;
      case '--seed':
        options.seed = value();
        break;
      case '--naive-size':
        options.naiveSize = parseSize(value());
        break;
      case '--reimport-up-to':
        options.reimportUpTo = parseSize(value());
        break;
      case '--heap':
        options.heap = memory(arg, value());
        break;
      case '--page-cache':
        options.pageCache = memory(arg, value());
        break;
      case '--sweep':
        options.sweep = true;
        break;
      case '--skip-naive':
        options.skipNaive = true;
        break;
      case '--skip-api':
        options.skipApi = true;
        break;
      case '--skip-client':
        options.skipClient = true;
        break;
      case '--skip-offline':
        options.skipOffline = true;
        break;
      case '--skip-live':
        options.skipLive = true;
        break;
      case '--results': {
        const name = value();
        if (!/^[a-z0-9-]+$/.test(name))
          throw new Error(`--results takes a file name such as offline, not "${name}"`);
        options.results = name;
        break;
      }
      case '--client-runs':
        options.clientRuns = positiveInteger(arg, value());
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
    }
  }
  if (options.sizes.length === 0) throw new Error(`--sizes names no size\n\n${USAGE}`);
  return options;
}

export function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

function memory(name: string, text: string): string {
  if (!/^\d+[mg]$/i.test(text)) throw new Error(`${name} must look like 512m or 4g`);
  return text;
}
