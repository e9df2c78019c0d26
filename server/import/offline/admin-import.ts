/**
 * Runs Neo4j's offline importer on the files of files.ts, into a store of its own (`dataDir`), not the
 * server's: the server's database is only replaced once the import has succeeded (index.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { LocalNeo4j } from '../../neo4j/local-server.js';
import type { ImportInput } from './files.js';

export interface AdminImportOptions {
  /** The data folder to create the database in (`databases/<name>`, `transactions/<name>`). */
  dataDir: string;
  database: string;
  /** Each progress line the importer prints (its phases and percentages). */
  onLine: (line: string) => void;
}

export async function runAdminImport(
  local: LocalNeo4j,
  inputs: readonly ImportInput[],
  options: AdminImportOptions,
): Promise<void> {
  const config = path.join(path.dirname(options.dataDir), 'offline-import.conf');
  writeFileSync(config, `server.directories.data=${options.dataDir}\n`);
  const multiline = inputs.filter((input) => input.multiline).map((input) => input.file);
  await local.admin(
    [
      'database',
      'import',
      'full',
      // First: after the file options, which take several values, it would be read as one more file.
      options.database,
      `--additional-config=${config}`,
      '--overwrite-destination=true',
      '--id-type=string',
      // csv-file.ts joins arrays with the unit separator.
      '--array-delimiter=U+001F',
      `--report-file=${path.join(path.dirname(options.dataDir), 'offline-import.report')}`,
      ...(multiline.length > 0
        ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`]
        : []),
      ...inputs
        .filter((input) => input.rows > 0)
        .map((input) => `--${input.kind}=${input.label}=${input.file}`),
    ],
    options.onLine,
  );
}
