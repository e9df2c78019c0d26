/**
 * The configuration of the Neo4j the project starts itself. It is locked down from the first start:
 * loopback only, authentication on, no HTTP, no LOAD CSV from files or the network, only allowlisted
 * procedures, and a memory ceiling per transaction. Neo4j validates settings strictly: an unknown name
 * stops it at start, so every name here is one Neo4j 5.26 knows (the console tests start it).
 */

export interface LocalConfOptions {
  boltPort: number;
  dataDir: string;
  logsDir: string;
  importDir: string;
  pageCache: string;
}

/**
 * Procedures beyond the built-ins that may load (plugins). Built-in procedures ignore this setting, so
 * the Cypher console keeps an allowlist of its own (server/console/allowlists.ts).
 */
const PROCEDURE_ALLOWLIST = [
  'db.index.fulltext.queryNodes',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
];

/** Every IPv4 and IPv6 address: LOAD CSV may fetch from none of them. */
const ALL_ADDRESSES = ['0.0.0.0/0', '::/0'];

export function localNeo4jConf(options: LocalConfOptions): string {
  const settings: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': '127.0.0.1',
    'server.bolt.listen_address': `127.0.0.1:${options.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${options.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    'dbms.security.allow_csv_import_from_file_urls': 'false',
    // The file setting above leaves http(s) URLs open: LOAD CSV could reach any host the machine can.
    // Community has no LOAD privilege, but its URL checker refuses every address in this blocklist.
    'internal.dbms.cypher_ip_blocklist': ALL_ADDRESSES.join(','),
    'dbms.security.procedures.allowlist': PROCEDURE_ALLOWLIST.join(','),
    'dbms.security.procedures.unrestricted': '',
    // There is no internet to report to, and nothing should leave the machine anyway.
    'dbms.usage_report.enabled': 'false',
    'server.directories.data': options.dataDir,
    'server.directories.logs': options.logsDir,
    // LOAD CSV resolves file URLs against this folder; keep it an empty one of our own.
    'server.directories.import': options.importDir,
    'server.memory.pagecache.size': options.pageCache,
    // A safety net under the app's own per-query timeouts. It is only the default of transactions that
    // do not name a timeout: the app always names one, and the console caps what users may ask for.
    'db.transaction.timeout': '60s',
    // Neo4j marks timed-out transactions on this beat (2 s by default): a 3 s timeout then really stops
    // the query after at most 3.5 s.
    'db.transaction.monitor.check.interval': '500ms',
    // One query fails with a memory error instead of taking the heap from everyone else (the pool of all
    // transactions is already capped at 70% of the heap). It also bounds how large a single row can be:
    // the JavaScript driver decodes a row of tens of megabytes slowly, and blocks the app meanwhile.
    'db.memory.transaction.max': '32m',
    // Bolt otherwise idles 5 s twice on shutdown; with no client left there is nothing to wait for.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
  };
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')
    .concat('\n');
}
