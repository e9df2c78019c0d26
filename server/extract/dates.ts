/**
 * Dates as the sentence states them, at the precision it states: "2024년 3월 15일" is a day, "3월" a month
 * of the article's year, "내년"/"next year" a year counted from the day the article appeared. English
 * absolute and relative dates are read by chrono-node; Korean ones by the rules below.
 */
import * as chrono from 'chrono-node';

import type { Span } from './types.js';

export interface StatedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  span: Span;
  /** How it was read, for the reasons ("내년 from the publication date 2023-12-09"). */
  reading: string;
  /** Counted from the publication date rather than written out. */
  relative: boolean;
  /** The first day it can mean (YYYY-MM-DD): "2024년 하반기" begins on 2024-07-01. */
  earliest: string;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (year: number, m: number): string => `${year}-${pad(m)}`;

function shiftMonth(day: Day, by: number): { year: number; month: number } {
  const index = day.year * 12 + (day.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function parseDay(published: string | null): Day | null {
  const match = published?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

const KOREAN_RELATIVE_YEARS: [string, number][] = [
  ['내후년', 2],
  ['내년', 1],
  ['올해', 0],
  ['금년', 0],
  ['연내', 0],
  ['지난해', -1],
  ['작년', -1],
  ['재작년', -2],
];

/** Dates in `text` (offsets from `offset`), first stated first. */
export function findDates(
  text: string,
  published: string | null,
  language: 'ko' | 'en',
  offset = 0,
): StatedDate[] {
  const today = parseDay(published);
  const found = language === 'ko' ? koreanDates(text, today) : englishDates(text, today);
  return found
    .map((date) => ({
      ...date,
      earliest: date.earliest ?? earliestDay(date.value),
      span: { ...date.span, start: date.span.start + offset, end: date.span.end + offset },
    }))
    .sort((a, b) => a.span.start - b.span.start);
}

/** A date as a rule finds it; `earliest` only where the value alone does not tell (하반기). */
type Found = Omit<StatedDate, 'earliest'> & { earliest?: string };

function earliestDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function koreanDates(text: string, today: Day | null): Found[] {
  const found: Found[] = [];
  const taken = (start: number, end: number): boolean =>
    found.some((date) => start < date.span.end && date.span.start < end);
  const add = (
    index: number,
    written: string,
    value: string,
    reading: string,
    relative: boolean,
    half?: string,
  ): void => {
    if (taken(index, index + written.length)) return;
    const earliest = half === '하반기' ? `${value}-07-01` : undefined;
    found.push({
      value,
      span: { start: index, end: index + written.length, text: written },
      reading,
      relative,
      ...(earliest ? { earliest } : {}),
    });
  };
  for (const m of text.matchAll(/(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g)) {
    add(m.index, m[0], `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, `"${m[0]}" as written`, false);
  }
  for (const m of text.matchAll(/(\d{4})년\s*(\d{1,2})월/g)) {
    add(m.index, m[0], month(Number(m[1]), Number(m[2])), `"${m[0]}" as written`, false);
  }
  for (const m of text.matchAll(/(\d{4})년\s*(상반기|하반기)/g)) {
    add(m.index, m[0], m[1]!, `"${m[0]}" as written`, false, m[2]);
  }
  for (const m of text.matchAll(/(\d{4})년(?!\s*(?:까지|부터)?\s*\d)/g))
    add(m.index, m[0], m[1]!, `"${m[0]}" as written`, false);
  if (!today) return found;
  const from = ` from the publication date ${today.year}-${pad(today.month)}-${pad(today.day)}`;
  for (const [word, years] of KOREAN_RELATIVE_YEARS) {
    for (const m of text.matchAll(
      new RegExp(
        `(?<![가-힣])${word}(?:\\s*(\\d{1,2})월(?:\\s*(\\d{1,2})일)?|\\s*(상반기|하반기|초|말))?`,
        'g',
      ),
    )) {
      const year = today.year + years;
      const value = m[1]
        ? m[2]
          ? `${month(year, Number(m[1]))}-${pad(Number(m[2]))}`
          : month(year, Number(m[1]))
        : String(year);
      add(m.index, m[0], value, `"${m[0]}"${from}`, true, m[3]);
    }
  }
  const months: [RegExp, number][] = [
    [/(?<![가-힣])다음\s?달/g, 1],
    [/(?<![가-힣])내달/g, 1],
    [/(?<![가-힣])이달/g, 0],
    [/(?<![가-힣])이번\s?달/g, 0],
    [/(?<![가-힣])지난달/g, -1],
  ];
  for (const [pattern, by] of months) {
    for (const m of text.matchAll(pattern)) {
      const shifted = shiftMonth(today, by);
      const day = text.slice(m.index + m[0].length).match(/^\s*(\d{1,2})일/);
      const value = day
        ? `${month(shifted.year, shifted.month)}-${pad(Number(day[1]))}`
        : month(shifted.year, shifted.month);
      add(m.index, day ? m[0] + day[0] : m[0], value, `"${m[0]}"${from}`, true);
    }
  }
  // "3월 15일", "3월": the article's year; a month far behind it is read as next year's only when it says 내년.
  for (const m of text.matchAll(/(?<![\d년])(\d{1,2})월\s*(\d{1,2})일/g)) {
    add(
      m.index,
      m[0],
      `${month(today.year, Number(m[1]))}-${pad(Number(m[2]))}`,
      `"${m[0]}" in the year of publication`,
      true,
    );
  }
  for (const m of text.matchAll(/(?<![\d년])(?:지난\s)?(\d{1,2})월(?![가-힣]*(?:간|동안))/g)) {
    add(m.index, m[0], month(today.year, Number(m[1])), `"${m[0]}" in the year of publication`, true);
  }
  // "9일 서울에서", "지난 3일": a day of the month of publication.
  for (const m of text.matchAll(/(?<![\d월년])(?:지난\s)?(\d{1,2})일(?![가-힣]*간)/g)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    add(
      m.index,
      m[0],
      `${month(today.year, today.month)}-${pad(day)}`,
      `"${m[0]}" in the month of publication`,
      true,
    );
  }
  for (const m of text.matchAll(/(?<![가-힣])(?:이날|오늘)(?![가-힣]{2})/g)) {
    add(
      m.index,
      m[0],
      `${today.year}-${pad(today.month)}-${pad(today.day)}`,
      `"${m[0]}": the publication date`,
      true,
    );
  }
  return found;
}

function englishDates(text: string, today: Day | null): Found[] {
  const found: Found[] = [];
  const reference = today ? new Date(today.year, today.month - 1, today.day, 12) : new Date(2000, 0, 1, 12);
  for (const result of chrono.parse(text, reference)) {
    const start = result.start;
    const relative = !start.isCertain('year') || /\b(?:next|last|this|coming|previous)\b/i.test(result.text);
    if (relative && !today) continue;
    const year = start.get('year');
    const m = start.get('month');
    const d = start.get('day');
    if (year === null) continue;
    let value: string;
    if (start.isCertain('day') && start.isCertain('month') && m !== null && d !== null)
      value = `${year}-${pad(m)}-${pad(d)}`;
    else if (start.isCertain('month') && m !== null) value = month(year, m);
    else if (start.isCertain('year') || /\byear\b/i.test(result.text)) value = String(year);
    else continue;
    const reading = relative
      ? `"${result.text}" from the publication date (chrono-node)`
      : `"${result.text}" as written (chrono-node)`;
    found.push({
      value,
      span: { start: result.index, end: result.index + result.text.length, text: result.text },
      reading,
      relative,
    });
  }
  // chrono leaves bare years ("in 2026", "by 2030") and "later this year" without a unit it trusts.
  for (const m of text.matchAll(/\b(?:in|by|from|until|through|during|since|of)\s+((?:19|20)\d{2})\b/g)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (found.some((date) => start < date.span.end && date.span.start < start + 4)) continue;
    found.push({
      value: m[1]!,
      span: { start, end: start + 4, text: m[1]! },
      reading: `"${m[1]}" as written`,
      relative: false,
    });
  }
  return found;
}
