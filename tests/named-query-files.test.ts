/**
 * The named query files (cypher/queries/*.cypher): each declares exactly the parameters its Cypher uses,
 * their headers parse as documented, and the registry refuses a malformed one at start.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { CypherLibrary } from '../server/db/cypher-library.js';
import { parseQueryHeader, QueryHeaderError } from '../server/queries/header.js';
import { QueryRegistry } from '../server/queries/registry.js';
import { CYPHER_DIR } from '../server/runtime.js';

const QUERIES_DIR = path.join(CYPHER_DIR, 'queries');
const queryFiles = readdirSync(QUERIES_DIR).filter((file) => file.endsWith('.cypher'));

describe('the query files', () => {
  // Read independently of the registry's parser: the `@param` lines, and the `$names` outside comments.
  it.each(queryFiles)('%s declares exactly the parameters its Cypher uses', (file) => {
    const text = readFileSync(path.join(QUERIES_DIR, file), 'utf8');
    const declared = [...text.matchAll(/^\/\/ @param (\w+)/gm)].map((m) => m[1]).sort();
    const code = text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    const used = [...new Set([...code.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
    expect(used).toEqual(declared);
    expect(declared).toContain('limit');
    expect(code).toMatch(/LIMIT \$limit \+ 1/);
  });
});

describe('query headers', () => {
  const header = (...lines: string[]) => lines.join('\n');
  const valid = [
    '// @title T',
    '// @description D',
    '// @param limit integer(1..100)=10 Maximum rows',
    '// @column x The x',
    '// @returns rows',
    '',
    'UNWIND range(1, 5) AS x RETURN x LIMIT $limit + 1',
  ];

  it('reads titles, continued descriptions, typed parameters with defaults, and columns', () => {
    const parsed = parseQueryHeader(
      'q.cypher',
      header(
        '// @title Agreements',
        '// @description First line',
        '// and its continuation.',
        '// @param status enum(agreed,planned)? Only this status',
        '// @param since date=2023 From this date',
        '// @param tags string[] Tags',
        '// @param ratio number(0..1)=0.5 A ratio',
        '// @param exact boolean=false Whether',
        '// @column a The agreement',
        '// @returns agreements',
        'MATCH (a) RETURN a',
      ),
    );
    expect(parsed).toMatchObject({
      title: 'Agreements',
      description: 'First line and its continuation.',
      returns: 'agreements',
      columns: [{ name: 'a', description: 'The agreement', line: 9 }],
      length: 10,
    });
    expect(parsed.parameters.map((p) => [p.name, p.typeText, p.required, p.default, p.line])).toEqual([
      ['status', 'enum(agreed,planned)', false, undefined, 4],
      ['since', 'date', false, '2023', 5],
      ['tags', 'string[]', true, undefined, 6],
      ['ratio', 'number(0..1)', false, 0.5, 7],
      ['exact', 'boolean', false, false, 8],
    ]);
  });

  it.each([
    [header('MATCH (n) RETURN n'), 1, /must start with its header/],
    [header('// Some text', '// @title T'), 1, /must start with its header/],
    [header('// @title T', '// @descriptoin D'), 2, /unknown tag @descriptoin/],
    [header('// @title T', '// @description D', '// @param x strng A'), 3, /unknown type "strng"/],
    [header('// @title T', '// @description D', '// @param x string'), 3, /@param x needs a description/],
    [header('// @title T', '// @param n integer=ten N'), 2, /default "ten" must be a whole number/],
    [header('// @title T', '// @param n integer(1..500)=501 N'), 2, /must be a whole number from 1 to 500/],
    [header('// @title T', '// @param s enum(a,b c) S'), 2, /"enum\(a,b" is not a type/],
    [header('// @title T', '// @param n integer(5..1) N'), 2, /empty range/],
    [
      header('// @title T', '// @param s string? S', '// @param s string S'),
      3,
      /parameter s is declared twice/,
    ],
    [header('// @title T', '// @title U'), 2, /@title appears twice/],
    [header('// @title T', '// @description D', '// @returns r', 'RETURN 1 AS x'), 3, /names no @column/],
    [header('// @title T', '// @description D', '// @column x X', 'RETURN 1 AS x'), 3, /has no @returns/],
    [header(...valid.slice(0, 5), '', '// @param extra string E', 'RETURN 1'), 7, /@param below the header/],
  ])('refuses a malformed header, naming the file and line (%#)', (text, line, reason) => {
    let error: unknown;
    try {
      parseQueryHeader('cypher/queries/bad.cypher', text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QueryHeaderError);
    expect((error as QueryHeaderError).message).toMatch(new RegExp(`^cypher/queries/bad\\.cypher:${line}: `));
    expect((error as QueryHeaderError).reason).toMatch(reason);
  });
});

describe('the registry, at start', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A Cypher library holding one named query with the given text. */
  function load(text: string, name = 'q'): QueryRegistry {
    const dir = mkdtempSync(path.join(tmpdir(), 'named-queries-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'queries'));
    writeFileSync(path.join(dir, 'queries', `${name}.cypher`), text);
    return QueryRegistry.load(CypherLibrary.load(dir));
  }
  const head = [
    '// @title T',
    '// @description D',
    '// @param limit integer(1..100)=10 Maximum rows',
    '// @column x The x',
    '// @returns rows',
    '',
  ];

  it('accepts a header that matches its statement, ignoring $ in strings and comments', () => {
    const registry = load(
      [
        ...head,
        "// Shows 'US$10' and $notAParameter in a comment",
        'UNWIND [\'US$10\', "$x"] AS x',
        'RETURN x /* $neither */ LIMIT $limit + 1',
      ].join('\n'),
    );
    expect(registry.list().map((q) => q.name)).toEqual(['q']);
  });

  it.each([
    [[...head, 'UNWIND $items AS x', 'RETURN x LIMIT $limit + 1'], 7, /\$items is used but not declared/],
    [
      [head[0]!, head[1]!, '// @param unused string? U', ...head.slice(2), 'RETURN 1 AS x LIMIT $limit + 1'],
      3,
      /@param unused is declared but the statement never uses \$unused/,
    ],
    [[...head, 'RETURN 1 AS x LIMIT $limit'], 7, /LIMIT \$limit \+ 1/],
    [
      [
        head[0]!,
        head[1]!,
        '// @param limit integer(1..5000)=10 Rows',
        ...head.slice(3),
        'RETURN 1 AS x LIMIT $limit + 1',
      ],
      3,
      /at most 1000/,
    ],
    [
      [head[0]!, head[1]!, '// @param n integer=1 N', ...head.slice(3), 'RETURN $n AS x'],
      5,
      /every named query takes a row cap/,
    ],
  ])('refuses a query whose parameters do not match its statement (%#)', (lines, line, reason) => {
    expect(() => load(lines.join('\n'))).toThrow(QueryHeaderError);
    try {
      load(lines.join('\n'));
    } catch (error) {
      expect((error as QueryHeaderError).message).toMatch(new RegExp(`^cypher/queries/q\\.cypher:${line}: `));
      expect((error as QueryHeaderError).reason).toMatch(reason);
    }
  });

  it('refuses a file name that cannot be a URL segment', () => {
    expect(() => load(head.join('\n') + 'RETURN 1 AS x LIMIT $limit + 1', 'Bad_Name')).toThrow(
      /cypher\/queries\/Bad_Name\.cypher:1: .*lower-case/,
    );
  });
});
