/**
 * One CSV file of Neo4j's offline importer (`neo4j-admin database import full`), written as records
 * stream past: a header of typed columns (`name:type`, `:ID(space)`, `:START_ID(space)`…), then one line
 * per node or relationship. Every string is quoted (a doubled quote inside), and arrays are joined by a
 * character no text of the data set holds, so that `;` or `,` in a name stays part of it. A file notes
 * whether a value spanned lines: the importer reads such files more slowly, so only they are named to it
 * as multi-line.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Between the elements of an array value: the ASCII unit separator. */
export const ARRAY_DELIMITER = '\u001f';

export type ColumnType = 'string' | 'string[]' | 'double' | 'long' | 'id' | 'start' | 'end';

export interface Column {
  /** The property (empty for a relationship's ends). */
  name: string;
  type: ColumnType;
  /** The id space of an `id`, `start` or `end` column. */
  space?: string;
}

export type Value = string | number | readonly string[] | null | undefined;

export class CsvFile {
  private readonly out: WriteStream;
  private lines = 0;
  private multiline = false;

  constructor(
    readonly path: string,
    private readonly columns: readonly Column[],
  ) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
    this.out.write(columns.map(headerOf).join(',') + '\n');
  }

  get rows(): number {
    return this.lines;
  }

  /** True when a value holds a line break: the file must be read as multi-line. */
  get spansLines(): boolean {
    return this.multiline;
  }

  /** One line; `values` in the order of the columns. Resolves once the stream takes more. */
  async write(values: readonly Value[]): Promise<void> {
    const line = values.map((value, at) => this.field(value, this.columns[at]!.type)).join(',');
    this.lines += 1;
    if (!this.out.write(line + '\n')) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }

  /** An absent value is an empty field, which the importer leaves out: no property, as Cypher's null. */
  private field(value: Value, type: ColumnType): string {
    if (value === null || value === undefined) return '';
    if (type === 'double' || type === 'long') return String(value);
    const text = typeof value === 'string' ? value : (value as readonly string[]).join(ARRAY_DELIMITER);
    if (!this.multiline && /[\r\n]/.test(text)) this.multiline = true;
    return `"${text.replaceAll('"', '""')}"`;
  }
}

function headerOf({ name, type, space }: Column): string {
  switch (type) {
    case 'id':
      return `${name}:ID(${space})`;
    case 'start':
      return `:START_ID(${space})`;
    case 'end':
      return `:END_ID(${space})`;
    default:
      return `${name}:${type}`;
  }
}
