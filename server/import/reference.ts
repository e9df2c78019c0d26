/**
 * The reference gazetteer, `seed/reference/*.yaml`: the public institutions analysts meet in science and
 * technology cooperation news, each with the background source that establishes it. Files in the data
 * set format, checked as every data set is; stored as `(:ReferenceInstitution)` nodes apart from the
 * network, so search and extraction know them while the map draws an institution only once a source
 * links it to an agreement (an import then writes it as an `Institution`).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { Logger } from 'pino';

import type { Country, Dataset, Institution, Source } from '../../contract/dataset.js';
import type { Database } from '../db/database.js';
import { DatasetError, readDatasetFile, type DatasetIssue } from './validate-dataset.js';

/** A gazetteer entry as extraction carries it into a draft: the record with what it cites. */
export interface ReferenceRecord {
  institution: Institution;
  source: Source | null;
  country: Country | null;
}

/**
 * Every file of `folder` (sorted, so that the order is stable), checked whole: a reference to an
 * institution must resolve within the gazetteer or to `knownIds` (the seed's), countries and sources
 * within the file that uses them, and no id may be defined twice.
 */
export function readReferenceFolder(folder: string, knownIds: ReadonlySet<string>): Dataset[] {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(folder, name));
  const checked = files.map((file) => ({ file, checked: readDatasetFile(file) }));
  const defined = new Map<string, string>();
  const issues: (DatasetIssue & { file: string })[] = [];
  for (const { file, checked: entry } of checked) {
    entry.dataset.institutions.forEach((institution, i) => {
      const earlier = defined.get(institution.id);
      if (earlier !== undefined) {
        issues.push({
          file,
          path: `institutions[${i}].id`,
          message: `${institution.id} is defined in ${earlier} too`,
        });
      }
      defined.set(institution.id, path.basename(file));
    });
  }
  for (const { file, checked: entry } of checked) {
    for (const [kind, references] of Object.entries(entry.external)) {
      for (const [id, paths] of references) {
        if (kind === 'institutions' && (defined.has(id) || knownIds.has(id))) continue;
        for (const at of paths)
          issues.push({ file, path: at, message: `refers to ${id}, which is not defined` });
      }
    }
  }
  if (issues.length > 0) {
    const [first] = issues;
    throw new DatasetError(
      issues.map(({ file, ...issue }) => ({ ...issue, path: `${path.basename(file)}: ${issue.path}` })),
      first ? path.dirname(first.file) : folder,
    );
  }
  return checked.map(({ checked: entry }) => entry.dataset);
}

/** Each institution of the gazetteer with the source and country its file gives it. */
export function referenceRecords(datasets: Dataset[]): ReferenceRecord[] {
  return datasets.flatMap((dataset) => {
    const sources = new Map(dataset.sources.map((source) => [source.id, source]));
    const countries = new Map(dataset.countries.map((country) => [country.code, country]));
    return dataset.institutions.map((institution) => ({
      institution,
      source: (institution.source && sources.get(institution.source)) || null,
      country: (institution.country && countries.get(institution.country)) || null,
    }));
  });
}

/** The project's gazetteer, checked against the seed data set whose institutions it may name as parents. */
export function readProjectReference(folder: string, seedFile: string): Dataset[] {
  const seedIds = new Set(
    readDatasetFile(seedFile).dataset.institutions.map((institution) => institution.id),
  );
  return readReferenceFolder(folder, seedIds);
}

/**
 * Writes the gazetteer in one transaction: every entry as it stands in the files, and entries the files
 * no longer hold removed. It runs at every start, so it writes only when the files changed since the
 * stored digest.
 */
export async function storeReference(
  db: Database,
  records: ReferenceRecord[],
  logger?: Logger,
): Promise<void> {
  const rows = records.map((record) => {
    const { id, nameEn, nameKo, acronym, aliases, kind, country, partOf, source } = record.institution;
    return {
      id,
      nameEn,
      nameKo,
      acronym: acronym ?? null,
      aliases,
      kind,
      country: country ?? null,
      parent: partOf?.institution ?? null,
      sourceId: source ?? null,
      record: JSON.stringify(record),
    };
  });
  const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const [stored] = await db.read('reference/digest');
  if (stored?.digest === digest) {
    logger?.info(`Reference gazetteer: ${rows.length} institutions, as stored.`);
    return;
  }
  await db.write(async (tx) => {
    await tx.run(db.cypher.get('reference/upsert'), { rows });
    await tx.run(db.cypher.get('reference/prune'), { ids: rows.map((row) => row.id) });
    await tx.run(db.cypher.get('reference/version'), { digest });
  });
  logger?.info(`Reference gazetteer: ${rows.length} institutions known to search and extraction.`);
}
