/**
 * Money as the sentence states it, in its own currency and never converted: "최소 1000만 달러" is
 * 10,000,000 USD, "500억 원" 50,000,000,000 KRW, "$5 million a year" 5,000,000 USD per year.
 */
import { hangulRunAt, isParticleTail } from './korean.js';
import type { Span } from './types.js';

type Currency = 'USD' | 'KRW' | 'EUR' | 'JPY' | 'CNY' | 'GBP' | 'INR' | 'AUD' | 'CAD' | 'CHF';

export interface StatedAmount {
  value: number;
  currency: Currency;
  per: 'year' | null;
  /** The words of the text: "최소 1000만 달러". */
  stated: string;
  span: Span;
}

const KOREAN_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3 };
const KOREAN_CURRENCIES: Record<string, Currency> = {
  달러: 'USD',
  원: 'KRW',
  유로: 'EUR',
  엔: 'JPY',
  위안: 'CNY',
  파운드: 'GBP',
  루피: 'INR',
  프랑: 'CHF',
};
const ENGLISH_SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  crore: 1e7,
  lakh: 1e5,
};
const SYMBOLS: Record<string, Currency> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₹': 'INR',
  A$: 'AUD',
  C$: 'CAD',
};
const CODES = new Set(['USD', 'KRW', 'EUR', 'JPY', 'CNY', 'GBP', 'INR', 'AUD', 'CAD', 'CHF']);
const WORDS: Record<string, Currency> = {
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  yen: 'JPY',
  won: 'KRW',
  pounds: 'GBP',
  rupees: 'INR',
  yuan: 'CNY',
  francs: 'CHF',
};

const number = (text: string): number => Number(text.replace(/,/g, ''));

export function findAmounts(text: string, offset = 0): StatedAmount[] {
  const found: StatedAmount[] = [];
  const add = (start: number, end: number, value: number, currency: Currency): void => {
    if (!(value > 0) || found.some((a) => start < a.span.end - offset && a.span.start - offset < end)) return;
    // "최소", "at least", "up to" belong to what was stated; "a year", "연간" make it yearly.
    const before = text.slice(Math.max(0, start - 12), start);
    const qualifier =
      before.match(
        /(?:(?<![가-힣])(?:최소|최대|약|총|연간|매년|연)|\b(?:at least|up to|about|around|some|nearly|over|more than))\s*$/,
      )?.[0] ?? '';
    const after = text.slice(end, end + 24);
    const yearlyAfter =
      after.match(/^(?:\s*(?:a|per|each|every)\s+year|\s*annually|\s*a\s+year|씩)/)?.[0] ?? '';
    const from = start - qualifier.length;
    const to = end + (yearlyAfter.startsWith('씩') ? 0 : yearlyAfter.length);
    const yearly =
      /연간|매년|^연/.test(qualifier) ||
      /year|annually/.test(yearlyAfter) ||
      /(?:연간|매년|해마다)\s*$/.test(text.slice(Math.max(0, from - 8), from));
    found.push({
      value,
      currency,
      per: yearly ? 'year' : null,
      stated: text.slice(from, to),
      span: { start: offset + from, end: offset + to, text: text.slice(from, to) },
    });
  };
  // Korean: 1000만 달러, 500억 원, 1조 2000억 원, 3억5000만 달러, 10억 엔.
  const korean =
    /(\d[\d,]*(?:\.\d+)?)\s*(조|억|만|천)?(?:\s*(\d[\d,]*)\s*(억|만|천))?(?:\s*(\d[\d,]*)\s*(만|천))?\s*(달러|원|유로|엔|위안|파운드|루피|프랑)/g;
  for (const m of text.matchAll(korean)) {
    // "500억 원을" is money; "3개 원자력" is not: only particles may follow the currency.
    if (!isParticleTail(hangulRunAt(text, m.index + m[0].length))) continue;
    let value = number(m[1]!) * (m[2] ? KOREAN_UNITS[m[2]]! : 1);
    if (m[3] && m[4]) value += number(m[3]) * KOREAN_UNITS[m[4]]!;
    if (m[5] && m[6]) value += number(m[5]) * KOREAN_UNITS[m[6]]!;
    add(m.index, m.index + m[0].length, value, KOREAN_CURRENCIES[m[7]!]!);
  }
  // Symbols: $5 million, US$10m, €10 million, £2.5bn.
  const symbol =
    /(US\$|A\$|C\$|\$|€|£|¥|₩|₹)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|crore|lakh|mn|bn|m|b)\b)?/g;
  for (const m of text.matchAll(symbol)) {
    add(
      m.index,
      m.index + m[0].length,
      round(number(m[2]!) * (m[3] ? ENGLISH_SCALES[m[3]]! : 1)),
      SYMBOLS[m[1]!]!,
    );
  }
  // Codes and words: KRW 50 billion, 5 million dollars, 10 billion won, Rs 100 crore.
  const coded =
    /\b(USD|KRW|EUR|JPY|CNY|GBP|INR|AUD|CAD|CHF|Rs\.?)\s?(\d[\d,]*(?:\.\d+)?)(?:\s(thousand|million|billion|trillion|crore|lakh)\b)?/g;
  for (const m of text.matchAll(coded)) {
    const code = m[1]!.startsWith('Rs') ? 'INR' : m[1]!;
    if (CODES.has(code))
      add(
        m.index,
        m.index + m[0].length,
        round(number(m[2]!) * (m[3] ? ENGLISH_SCALES[m[3]]! : 1)),
        code as Currency,
      );
  }
  const worded =
    /\b(\d[\d,]*(?:\.\d+)?)\s(?:(thousand|million|billion|trillion|crore|lakh)\s)?(dollars|dollar|euros|euro|yen|won|pounds|rupees|yuan|francs)\b/g;
  for (const m of text.matchAll(worded)) {
    add(
      m.index,
      m.index + m[0].length,
      round(number(m[1]!) * (m[2] ? ENGLISH_SCALES[m[2]]! : 1)),
      WORDS[m[3]!]!,
    );
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** 2.5 × 1e6 is 2500000.0000000005 in floating point; the stated figure has no such fraction. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
