/**
 * Every Cypher statement the app runs lives in a `.cypher` file under `cypher/`. They are read once at
 * start into this library, keyed by their path without the extension (`graph/network`), so a missing or
 * empty file fails the start, not a request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export class CypherLibrary {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  static load(directory: string): CypherLibrary {
    const statements = new Map<string, string>();
    for (const entry of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.cypher')) continue;
      const text = readFileSync(path.join(directory, entry), 'utf8').trim();
      if (!text) throw new Error(`cypher/${entry} is empty`);
      statements.set(entry.replace(/\\/g, '/').replace(/\.cypher$/, ''), text);
    }
    return new CypherLibrary(statements);
  }

  /**
   * The statement named `name`. A `{{slot}}` in it is replaced by `slots[slot]`: only for what Cypher
   * cannot take as a parameter (a path selector), and only with text from the server's own allowlists.
   */
  get(name: string, slots: Record<string, string> = {}): string {
    const statement = this.statements.get(name);
    if (statement === undefined) throw new Error(`There is no cypher/${name}.cypher`);
    return statement.replace(/\{\{(\w+)\}\}/g, (_match, slot: string) => {
      const text = slots[slot];
      if (text === undefined) throw new Error(`cypher/${name}.cypher needs the slot {{${slot}}}`);
      return text;
    });
  }

  /** The statements of a file that holds several, separated by semicolons at the end of a line. */
  getAll(name: string): string[] {
    return this.get(name)
      .split(/;\s*$/m)
      .map((statement) => stripComments(statement).trim())
      .filter(Boolean);
  }

  names(prefix = ''): string[] {
    return [...this.statements.keys()].filter((name) => name.startsWith(prefix)).sort();
  }
}

function stripComments(statement: string): string {
  return statement
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}
