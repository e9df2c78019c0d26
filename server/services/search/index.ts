/** Search over institutions and agreements through the full-text indexes, ranked, with the matched field. */
import neo4j from 'neo4j-driver';

import type { SearchAnswer, SearchResult } from '../../../contract/explore.js';
import type { Database } from '../../db/database.js';
import { luceneQuery } from './lucene-query.js';
import { bestField, type FieldText } from './matched-field.js';

interface Hit {
  type: SearchResult['type'];
  score: number;
  item: {
    id: string;
    nameEn: string;
    nameKo: string;
    acronym: string | null;
    aliases: string[];
    kind: SearchResult['kind'];
    country: string | null;
    summaryEn?: string;
    summaryKo?: string;
  };
}

export async function search(
  db: Database,
  query: string,
  limit: number,
  types: SearchResult['type'][] | undefined,
): Promise<SearchAnswer> {
  const lucene = luceneQuery(query);
  if (lucene === null) return { query, results: [], truncated: false };
  // Lucene's scores are not comparable across the two indexes (long summaries repeat names), so fetch more
  // candidates than asked and rank institutions whose names contain the query first (someone typing 표준
  // looks for KRISS and NIST before the standards agreements whose titles have the word itself), then by
  // how well the best field matches, institutions first at equal match.
  const rows = (await db.read('api/search', {
    lucene,
    limit: neo4j.int(limit * CANDIDATES_PER_RESULT),
    types: types ?? null,
  })) as unknown as Hit[];
  const ranked = rows
    .map((hit) => toResult(query, hit))
    .sort(
      (a, b) =>
        Number(b.named) - Number(a.named) ||
        b.quality - a.quality ||
        rank(b.result.type) - rank(a.result.type) ||
        b.result.score - a.result.score,
    );
  return {
    query,
    results: ranked.slice(0, limit).map(({ result }) => result),
    truncated: ranked.length > limit,
  };
}

const CANDIDATES_PER_RESULT = 3;

/** At equal match: the network's institutions, then the gazetteer's, then agreements. */
const rank = (type: SearchResult['type']): number => ({ institution: 2, reference: 1, agreement: 0 })[type];

function toResult(
  query: string,
  { type, score, item }: Hit,
): { result: SearchResult; quality: number; named: boolean } {
  const fields: FieldText[] =
    type !== 'agreement'
      ? [
          ...(item.acronym ? [{ field: 'acronym' as const, text: item.acronym }] : []),
          { field: 'nameEn', text: item.nameEn },
          { field: 'nameKo', text: item.nameKo },
          ...item.aliases.map((alias) => ({ field: 'aliases' as const, text: alias })),
        ]
      : [
          { field: 'titleEn', text: item.nameEn },
          { field: 'titleKo', text: item.nameKo },
          { field: 'summary', text: `${item.summaryEn ?? ''} ${item.summaryKo ?? ''}` },
        ];
  const { field: matched, quality, contains } = bestField(query, fields);
  const result: SearchResult = {
    type,
    id: item.id,
    nameEn: item.nameEn,
    nameKo: item.nameKo,
    acronym: item.acronym,
    kind: item.kind,
    country: item.country,
    score: Math.round(score * 1000) / 1000,
    matchedField: matched.field,
    matchedText: matched.text,
  };
  return { result, quality, named: type !== 'agreement' && contains };
}
