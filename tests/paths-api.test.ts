/** GET /api/paths: how two agencies are linked, with every hop explained, on the seed graph. */
import { describe, expect, it } from 'vitest';

import type { PathsAnswer } from '../contract/explore.js';
import { useSeededApp } from './support/seeded-app.js';

const seeded = useSeededApp();

interface DocumentedParameter {
  name: string;
  style?: string;
  explode?: boolean;
  schema: { items?: { enum?: string[] } };
}

async function paths(query: string): Promise<PathsAnswer> {
  const response = await seeded.app.get(`/api/paths?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as PathsAnswer;
}

describe('GET /api/paths', () => {
  it('by default takes agreements and parents only: KEIT and NIST share no agreement, only the dialogue', async () => {
    const answer = await paths('from=KEIT&to=NIST');
    expect(answer.paths).toEqual([]);
    expect(answer.reason).toMatch(/through agreement, parent/);
    // KRISS and NIST do cooperate: that path needs nothing more.
    const kriss = await paths('from=KRISS&to=NIST');
    expect(kriss.paths[0]?.nodes.map((node) => node.type)).toEqual([
      'institution',
      'agreement',
      'institution',
    ]);
  });

  it('links KEIT to NIST through the dialogue when asked to, explaining every hop', async () => {
    const answer = await paths('from=KEIT&to=NIST&via=agreement,parent,event');
    expect(answer.from.id).toBe('kr-keit');
    expect(answer.to.id).toBe('us-nist');
    const [path] = answer.paths;
    expect(path?.length).toBe(4);
    expect(path?.nodes.map((n) => n.type)).toEqual([
      'institution',
      'agreement',
      'event',
      'agreement',
      'institution',
    ]);
    expect(path?.nodes[1]?.id).toBe('keit-evsts-mou-joint-research');
    expect(path?.nodes[2]?.id).toBe('cet-dialogue-2023-12-09');

    const [toMou, mouAtDialogue, otherAtDialogue, nistParty] = path!.hops;
    expect(toMou).toMatchObject({
      relation: 'PARTY_TO',
      agreement: { kind: 'mou', domains: ['batteries-energy'] },
    });
    expect(toMou?.text).toMatch(/^KEIT is a party to .*MOU/);
    expect(toMou?.agreement?.quoteKo).toContain(
      '한국산업기술기획평가원과 미국 차량 운송 분야 산업협력연구센터(EVSTS)',
    );
    expect(mouAtDialogue).toMatchObject({
      relation: 'AGREED_AT',
      event: { id: 'cet-dialogue-2023-12-09', date: '2023-12-09' },
    });
    expect(mouAtDialogue?.text).toMatch(
      /was agreed at 1st Korea–US Next Generation Critical and Emerging Technology Dialogue/,
    );
    expect(otherAtDialogue?.relation).toBe('AGREED_AT');
    expect(nistParty).toMatchObject({ relation: 'PARTY_TO', from: 'us-nist' });
    // Three KRISS–NIST agreements tie for the last step; any of them is a shortest path.
    expect([
      'kriss-nist-quantum-computer-cooperation',
      'kriss-nist-quantum-supercomputing-consultation',
      'standards-institutes-mou-basic-agreement',
    ]).toContain(nistParty?.agreement?.id);
    expect(nistParty?.agreement?.quoteEn).toBeTruthy();
  });

  it('finds every shortest path, and the k shortest', async () => {
    const all = await paths('from=kr-keit&to=us-nist&mode=all-shortest&via=agreement,event');
    // Three agreements tie NIST to the dialogue: the two quantum ones and the standards MOU.
    expect(all.paths).toHaveLength(3);
    expect(all.paths.every((p) => p.length === 4)).toBe(true);
    const k = await paths('from=KRISS&to=NIST&mode=k&k=2');
    expect(k.paths).toHaveLength(2);
    expect(k.paths[0]?.length).toBe(2);
  });

  it('accepts Korean names and restricts links with via and domain', async () => {
    const answer = await paths(
      `from=${encodeURIComponent('한국표준과학연구원')}&to=NIST&via=agreement&domain=quantum`,
    );
    expect(answer.paths[0]?.hops.map((h) => h.agreement?.domains)).toEqual([['quantum'], ['quantum']]);
  });

  it('takes an acronym or a name in either language whatever its case, and says which end names nobody', async () => {
    const lower = await paths(
      `from=kriss&to=${encodeURIComponent('national institute of standards and technology')}`,
    );
    expect([lower.from.id, lower.to.id]).toEqual(['kr-kriss', 'us-nist']);
    const korean = await paths(`from=KRISS&to=${encodeURIComponent('국립표준기술연구소')}`);
    expect(korean.to.id).toBe('us-nist');
    // A part of a name is not a name: the problem names the end, so a client can ask about that one.
    const response = await seeded.app.get(`/api/paths?from=KRISS&to=${encodeURIComponent('표준')}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ end: 'to', errors: [{ parameter: 'to' }] });
  });

  it('follows parent organisations, and explains them', async () => {
    const answer = await paths('from=KRISS&to=DOC');
    const hops = answer.paths[0]!.hops;
    expect(hops.at(-1)).toMatchObject({
      relation: 'PART_OF',
      from: 'us-nist',
      to: 'us-doc',
      text: 'NIST is part of DOC.',
    });
    expect(hops.at(-1)?.parent?.quoteKo).toContain('상무부 산하');
  });

  it('links the two national security offices through the people who chair the dialogue', async () => {
    const answer = await paths('from=kr-national-security-office&to=us-national-security-council&via=person');
    expect(answer.paths[0]?.nodes.map((n) => n.id)).toEqual([
      'kr-national-security-office',
      'cho-tae-yong',
      'cet-dialogue-2023-12-09',
      'jake-sullivan',
      'us-national-security-council',
    ]);
    expect(answer.paths[0]?.hops[0]?.text).toMatch(
      /Cho Tae-yong holds the post of Director of National Security/,
    );
  });

  it('answers 200 with an empty list and a reason when no path qualifies', async () => {
    const answer = await paths('from=KEIT&to=NIST&via=agreement');
    expect(answer.paths).toEqual([]);
    expect(answer.reason).toMatch(/No path links the two institutions with links through agreement/);
    const tooShort = await paths('from=KEIT&to=NIST&maxHops=3&via=agreement,event');
    expect(tooShort.reason).toMatch(/at most 3 hops/);
  });

  it('accepts every kind of link the document lists for via, alone and as a comma list', async () => {
    const document = (await (await seeded.app.get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: DocumentedParameter[] } }>;
    };
    const via = document.paths['/api/paths']?.get.parameters.find((parameter) => parameter.name === 'via');
    // OpenAPI's way of saying "comma-separated": an array in the form style, not exploded.
    expect(via).toMatchObject({ style: 'form', explode: false });
    const links = via?.schema.items?.enum ?? [];
    expect(links).toEqual(['agreement', 'parent', 'event', 'person']);
    for (const value of [...links, links.join(',')]) {
      expect((await seeded.app.get(`/api/paths?from=KEIT&to=NIST&via=${value}`)).status, value).toBe(200);
    }
  });

  it('names the parameter of every bad input', async () => {
    const cases: [string, number, string][] = [
      ['to=NIST', 400, 'from'],
      ['from=nobody-at-all&to=NIST', 404, 'from'],
      ['from=KEIT&to=NIST&mode=longest', 400, 'mode'],
      ['from=KEIT&to=NIST&via=agreement,teleport', 400, 'via[1]'],
      ['from=KEIT&to=NIST&via=agreement,%20event', 400, 'via[1]'],
      ['from=KEIT&to=NIST&via=', 400, 'via[0]'],
      ['from=KEIT&to=NIST&maxHops=40', 400, 'maxHops'],
      ['from=KEIT&to=NIST&k=0&mode=k', 400, 'k'],
      ['from=KEIT&to=NIST&domain=astrology', 400, 'domain'],
    ];
    for (const [query, status, parameter] of cases) {
      const response = await seeded.app.get(`/api/paths?${query}`);
      expect(response.status, query).toBe(status);
      const problem = (await response.json()) as { errors: { parameter: string }[] };
      expect(problem.errors[0]?.parameter, query).toBe(parameter);
    }
  });
});
