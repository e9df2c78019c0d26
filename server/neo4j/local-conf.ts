/**
 * The configuration of the Neo4j the project starts itself. It is locked down from the first start:
 * loopback only, authentication on, no HTTP, no LOAD CSV from files, and only allowlisted procedures.
 */

export interface LocalConfOptions {
  boltPort: number;
  dataDir: string;
  logsDir: string;
  importDir: string;
  pageCache: string;
}

/** Procedures beyond the built-ins that may load; the built-ins are checked by the app's own gate. */
const PROCEDURE_ALLOWLIST = [
  'db.index.fulltext.queryNodes',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
];

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
    'dbms.security.procedures.allowlist': PROCEDURE_ALLOWLIST.join(','),
    'dbms.security.procedures.unrestricted': '',
    // There is no internet to report to, and nothing should leave the machine anyway.
    'dbms.usage_report.enabled': 'false',
    'server.directories.data': options.dataDir,
    'server.directories.logs': options.logsDir,
    // LOAD CSV resolves file URLs against this folder; keep it an empty one of our own.
    'server.directories.import': options.importDir,
    'server.memory.pagecache.size': options.pageCache,
    // A safety net under the app's own per-query timeouts.
    'db.transaction.timeout': '60s',
    // Bolt otherwise idles 5 s twice on shutdown; with no client left there is nothing to wait for.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
  };
  return Object.entries(settings)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')
    .concat('\n');
}
