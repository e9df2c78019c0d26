/**
 * GET /api/export over HTTP, on the seed graph in the real Neo4j: every format is parsed back with the
 * reader its users have (graphology-gexf, graphology-graphml, Graph.import, an RFC 4180 parser) and
 * compared with /api/graph.
 */
import { DOMParser } from '@xmldom/xmldom';
import Graph, { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';

import type { NetworkGraph } from '../contract/graph.js';
import { writeCsv } from '../server/services/export/csv.js';
import { tendGraph } from '../server/maintenance/upkeep.js';
import { writeGraphml } from '../server/services/export/graphml.js';
import { parseCsv } from './support/csv.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();
let network: NetworkGraph;

beforeAll(async () => {
  // Laid out as `npm start` leaves it, so that the files carry the stored positions.
  await tendGraph(seeded.db);
  network = (await (await seeded.app.get('/api/graph')).json()) as NetworkGraph;
});

async function download(query: string): Promise<{ response: Response; text: string }> {
  const response = await seeded.app.get(`/api/export?${query}`);
  expect(response.status, query).toBe(200);
  // The raw bytes: `response.text()` would swallow the CSV's byte order mark.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text };
}

/**
 * Parses XML as strictly as a picky reader such as Gephi: any parser warning fails, and so do characters
 * XML 1.0 forbids and prefixes without a namespace declaration, which xmldom lets through.
 */
function parseXmlStrictly(text: string): Document {
  expect(text).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  const fail = (message: unknown) => {
    throw new Error(`not well-formed XML: ${String(message)}`);
  };
  const document = new DOMParser({
    errorHandler: { warning: fail, error: fail, fatalError: fail },
  }).parseFromString(text, 'application/xml');
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    if (element.prefix) expect(element.namespaceURI, element.tagName).toBeTruthy();
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.prefix && attribute.prefix !== 'xmlns') {
        expect(attribute.namespaceURI, attribute.name).toBeTruthy();
      }
    }
  }
  return document;
}

const nist = { nameEn: 'National Institute of Standards and Technology', nameKo: '국립표준기술연구소' };
const quantumLink = {
  key: 'cooperation:kr-kriss:us-nist',
  agreementIds:
    'kriss-nist-quantum-computer-cooperation;kriss-nist-quantum-supercomputing-consultation;' +
    'standards-institutes-mou-basic-agreement',
  domains: 'quantum;standards',
};

describe('GET /api/export', () => {
  it('exports GEXF that graphology-gexf reads back: same nodes, edges, names and weights', async () => {
    const { response, text } = await download('format=gexf');
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cooperation-graph.gexf"');

    const document = parseXmlStrictly(text);
    expect(document.documentElement.namespaceURI).toBe('http://www.gexf.net/1.2draft');
    expect(text).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');

    const graph = parseGexf(Graph, text);
    expect(graph.order).toBe(network.nodes.length);
    expect(graph.size).toBe(network.edges.length);
    expect(graph.getNodeAttributes('us-nist')).toMatchObject({
      label: nist.nameEn,
      nameKo: nist.nameKo,
      acronym: 'NIST',
      kind: 'institute',
      country: 'US',
    });
    // Null attributes are left out, not written as empty strings.
    expect(graph.getNodeAttributes('semiconductor-technology-center')).not.toHaveProperty('country');
    expect(graph.getEdgeAttributes(quantumLink.key)).toMatchObject({
      weight: 3,
      relation: 'cooperation',
      agreementIds: quantumLink.agreementIds,
      domains: quantumLink.domains,
    });
    for (const edge of network.edges) {
      expect(graph.getEdgeAttribute(edge.key, 'weight'), edge.key).toBe(edge.attributes.weight);
    }
  });

  it('exports GEXF that plays on a timeline and opens laid out: start days, positions, sizes, colours', async () => {
    const { text } = await download('format=gexf');
    const document = parseXmlStrictly(text);
    const graphElement = document.getElementsByTagName('graph')[0]!;
    expect(graphElement.getAttribute('mode')).toBe('dynamic');
    expect(graphElement.getAttribute('timeformat')).toBe('date');
    const element = (tag: string, id: string) =>
      Array.from(document.getElementsByTagName(tag)).find((item) => item.getAttribute('id') === id)!;
    expect(element('node', 'us-nist').getAttribute('start')).toBe('2023-12-09');
    expect(element('edge', quantumLink.key).getAttribute('start')).toBe('2023-12-09');
    // The summit's agreement of April 2023 starts the governments' link before the dialogue.
    const summit = network.edges.find((edge) =>
      edge.attributes.agreementIds.includes('cet-dialogue-launch-2023'),
    )!;
    expect(element('edge', summit.key).getAttribute('start')).toBe('2023-04-26');

    const graph = parseGexf(Graph, text);
    const page = (await (await seeded.app.get('/api/graph/page?size=100')).json()) as {
      institutions: { id: string[]; x: number[]; y: number[] };
    };
    const stored = page.institutions;
    const at = stored.id.indexOf('us-nist');
    const nistNode = graph.getNodeAttributes('us-nist');
    expect(nistNode.x).toBeCloseTo(stored.x[at]!, 3);
    expect(nistNode.y).toBeCloseTo(stored.y[at]!, 3);
    expect(nistNode.start).toBe('2023-12-09');
    // Sized by partners: a government that is party to most agreements is drawn larger than NIST.
    expect(graph.getNodeAttribute('kr-government', 'size')).toBeGreaterThan(nistNode.size as number);
    // One colour per country: Korea's institutions share one, and it is not the US's.
    expect(graph.getNodeAttribute('kr-kriss', 'color')).toBe(graph.getNodeAttribute('kr-msit', 'color'));
    expect(graph.getNodeAttribute('kr-kriss', 'color')).not.toBe(nistNode.color);
  });

  it('exports the agreements as a CSV, one row each with parties, status history, amount and quotes', async () => {
    const { response, text } = await download('format=agreements-csv');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="cooperation-graph.agreements.csv"',
    );
    const [header, ...rows] = parseCsv(text.slice(1));
    const column = (name: string) => header!.indexOf(name);
    const listed = new Set(network.edges.flatMap((edge) => edge.attributes.agreementIds));
    expect(rows.map((row) => row[column('id')]).sort()).toEqual([...listed].sort());
    const pledge = rows.find((row) => row[column('id')] === 'msit-nsf-bioeconomy-funding')!;
    expect(pledge[column('parties')]).toBe('kr-msit (party);us-nsf (party)');
    expect(pledge[column('amount')]).toBe('10000000');
    expect(pledge[column('currency')]).toBe('USD');
    expect(pledge[column('amountStated')]).toBe('최소 1000만 달러');
    expect(pledge[column('statusHistory')]).toBe('agreed 2023-12-09 (article-2023-12-09-cet-dialogue)');
    expect(pledge[column('quotesKo')]).toContain('최소 1000만 달러');
    expect(pledge[column('sources')]).toBe('article-2023-12-09-cet-dialogue');
  });

  it('exports GraphML that graphology-graphml reads back, with typed keys', async () => {
    const { response, text } = await download('format=graphml');
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="cooperation-graph.graphml"',
    );

    const document = parseXmlStrictly(text);
    expect(document.documentElement.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = Array.from(document.getElementsByTagName('key')).map((key) => [
      key.getAttribute('for'),
      key.getAttribute('attr.name'),
      key.getAttribute('attr.type'),
    ]);
    expect(keys).toEqual(
      expect.arrayContaining([
        ['node', 'label', 'string'],
        ['node', 'nameKo', 'string'],
        ['edge', 'weight', 'int'],
        ['edge', 'agreementIds', 'string'],
        ['graph', 'truncated', 'boolean'],
        ['node', 'x', 'double'],
        ['node', 'color', 'string'],
        ['node', 'start', 'string'],
        ['edge', 'start', 'string'],
      ]),
    );

    const graph = parseGraphml(Graph, text);
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(network.nodes.length);
    expect(graph.size).toBe(network.edges.length);
    expect(graph.getNodeAttributes('us-nist')).toMatchObject({ label: nist.nameEn, ...nist, country: 'US' });
    expect(graph.getEdgeAttributes(quantumLink.key)).toMatchObject({
      weight: 3,
      agreementIds: quantumLink.agreementIds,
      domains: quantumLink.domains,
    });
    for (const node of network.nodes) {
      expect(graph.getNodeAttribute(node.key, 'nameKo')).toBe(node.attributes.nameKo);
    }
  });

  it("exports JSON that is /api/graph's serialized graph", async () => {
    const { response, text } = await download('format=json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cooperation-graph.json"');
    const serialized = JSON.parse(text) as NetworkGraph;
    expect(serialized).toEqual(network);
    const graph = new Graph();
    graph.import(serialized);
    expect(graph.order).toBe(network.nodes.length);
    expect(graph.size).toBe(network.edges.length);
  });

  it('exports CSV as an RFC 4180 edge list with a byte order mark, in English or Korean', async () => {
    const { response, text } = await download('format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cooperation-graph.csv"');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/\r\n$/);

    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'source',
      'target',
      'sourceName',
      'targetName',
      'relation',
      'weight',
      'agreementIds',
      'domains',
      'start',
    ]);
    expect(rows).toHaveLength(network.edges.length);
    expect(new Set(rows.flatMap((row) => [row[0], row[1]])).size).toBeLessThanOrEqual(network.nodes.length);
    const quantum = rows.find((row) => row[0] === 'kr-kriss' && row[1] === 'us-nist');
    expect(quantum).toEqual([
      'kr-kriss',
      'us-nist',
      'Korea Research Institute of Standards and Science',
      nist.nameEn,
      'cooperation',
      '3',
      quantumLink.agreementIds,
      quantumLink.domains,
      '2023-12-09',
    ]);
    const weights = new Map(
      network.edges.map((edge) => [`${edge.source}|${edge.target}`, edge.attributes.weight]),
    );
    for (const row of rows) expect(Number(row[5])).toBe(weights.get(`${row[0]}|${row[1]}`));

    const korean = parseCsv((await download('format=csv&lang=ko')).text.slice(1));
    const names = new Map(network.nodes.map((node) => [node.key, node.attributes.nameKo]));
    for (const row of korean.slice(1)) {
      expect(row[2]).toBe(names.get(row[0]!));
      expect(row[3]).toBe(names.get(row[1]!));
    }
    expect(korean.find((row) => row[1] === 'us-nist')?.[3]).toBe('국립표준기술연구소');
  });

  it('exports the filtered network with the filters in the file name', async () => {
    const filtered = (await (await seeded.app.get('/api/graph?domain=quantum')).json()) as NetworkGraph;
    const { response, text } = await download('format=gexf&domain=quantum&status=agreed');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="cooperation-graph-domain-quantum-status-agreed.gexf"',
    );
    expect(parseGexf(Graph, text).size).toBeLessThan(network.edges.length);

    const csv = await download('format=csv&domain=quantum');
    expect(csv.response.headers.get('content-disposition')).toBe(
      'attachment; filename="cooperation-graph-domain-quantum.csv"',
    );
    const rows = parseCsv(csv.text.slice(1)).slice(1);
    expect(rows).toHaveLength(filtered.edges.length);
    expect(rows.length).toBeLessThan(network.edges.length);
    for (const row of rows) expect(row[7]!.split(';')).toContain('quantum');

    const graphml = parseGraphml(Graph, (await download('format=graphml&domain=quantum')).text);
    expect(graphml.order).toBe(filtered.nodes.length);
    expect(graphml.size).toBe(filtered.edges.length);
  });

  it('exports an empty network when nothing passes the filters', async () => {
    const query = 'status=signed&format=';
    expect(parseGexf(Graph, (await download(`${query}gexf`)).text).order).toBe(0);
    expect(parseGraphml(Graph, (await download(`${query}graphml`)).text).order).toBe(0);
    expect(parseCsv((await download(`${query}csv`)).text.slice(1))).toHaveLength(1);
    expect((JSON.parse((await download(`${query}json`)).text) as NetworkGraph).nodes).toEqual([]);
  });

  it('answers 400 naming format and its values when format is missing or unknown', async () => {
    for (const query of ['', '?format=xlsx', '?format=GEXF']) {
      const response = await seeded.app.get(`/api/export${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      const problem = (await response.json()) as { detail: string; errors: { parameter: string }[] };
      expect(problem.errors).toEqual([
        { parameter: 'format', message: 'must be one of graphml, gexf, json, csv, agreements-csv' },
      ]);
      expect(problem.detail).toMatch(/format: .*graphml, gexf, json, csv, agreements-csv/);
    }
  });

  it('answers 400 for a bad filter, limit or language', async () => {
    for (const [query, parameter] of [
      ['format=csv&domain=no-such-domain', 'domain'],
      ['format=csv&limit=0', 'limit'],
      ['format=csv&lang=fr', 'lang'],
    ] as const) {
      const response = await seeded.app.get(`/api/export?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ parameter }] });
    }
  });
});

describe('the GraphML writer', () => {
  it('escapes markup, drops characters XML cannot hold and keeps types, lists and Korean', () => {
    const graph = new UndirectedGraph();
    graph.replaceAttributes({ title: 'a <graph> & "quotes"' });
    graph.addNode('a&b', {
      label: `R&D <"정부"> 'x'\tline\nbreak`,
      count: 3,
      share: 0.5,
      flag: true,
      gone: null,
    });
    graph.addNode('c', { label: 'bell\u0007 and lone \uD800 surrogate, 😀 kept', count: 2 ** 40 });
    graph.addEdgeWithKey('e<1>', 'a&b', 'c', { ids: ['x', 'y'], weight: 2 });

    const text = writeGraphml(graph);
    const document = parseXmlStrictly(text);
    expect(document.getElementsByTagName('node')).toHaveLength(2);
    const types = Object.fromEntries(
      Array.from(document.getElementsByTagName('key')).map((key) => [
        key.getAttribute('attr.name') ?? '',
        key.getAttribute('attr.type'),
      ]),
    );
    // `count` holds an int and a number past 32 bits: long fits both.
    expect(types).toEqual({
      title: 'string',
      label: 'string',
      count: 'long',
      share: 'double',
      flag: 'boolean',
      ids: 'string',
      weight: 'int',
    });

    const parsed = parseGraphml(Graph, text);
    expect(parsed.getAttribute('title')).toBe('a <graph> & "quotes"');
    expect(parsed.getNodeAttributes('a&b')).toEqual({
      label: `R&D <"정부"> 'x'\tline\nbreak`,
      count: 3,
      share: 0.5,
      flag: true,
    });
    expect(parsed.getNodeAttribute('c', 'label')).toBe('bell and lone  surrogate, 😀 kept');
    expect(parsed.getEdgeAttributes('e<1>')).toEqual({ ids: 'x;y', weight: 2 });
  });
});

describe('the CSV writer', () => {
  it('keeps a name that starts like a formula as text', () => {
    const csv = writeCsv(
      {
        options: { type: 'undirected', multi: false, allowSelfLoops: false },
        attributes: { countries: [], domains: [] },
        nodes: [
          {
            key: 'a',
            attributes: {
              nameEn: '=HYPERLINK("x")',
              nameKo: '가',
              acronym: null,
              kind: 'agency',
              country: null,
            },
          },
          {
            key: 'b',
            attributes: { nameEn: 'Plain', nameKo: '나', acronym: null, kind: 'agency', country: null },
          },
        ],
        edges: [
          {
            key: 'e',
            source: 'a',
            target: 'b',
            attributes: { relation: 'cooperation', agreementIds: ['x'], domains: ['ai'], weight: 1 },
          },
        ],
      },
      'en',
      () => null,
    );
    expect(csv.split('\r\n')[1]).toBe(`a,b,"'=HYPERLINK(""x"")",Plain,cooperation,1,x,ai,`);
  });
});
